"""`vn-govnews bench`: speed and memory, against baselines measured in the same run.

Each measurement runs in a fresh worker process (so load time and peak RSS
are its own), with one BLAS thread, on the same documents: the default pipeline with 1 and 2
processes, and `underthesea.ner`. Ratios are printed against the
single-process pipeline and against underthesea; no absolute threshold is
asserted here, because the machines are shared and noisy.
"""

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _docs(source, n):
    """n documents from `source`; repeats carry a distinct closing line, so every text is new."""
    from .records import read_jsonl

    texts = [r["text"] for r in read_jsonl(source)]
    if not texts:
        raise ValueError(f"{source}: no documents")
    out = []
    for i in range(n):
        text = texts[i % len(texts)]
        out.append(text if i < len(texts) else f"{text}\n\nBản tin số {i}.")
    return out


def worker(engine, path, n_process=1, model=None):
    """Run one measurement in this process; RETURNS (dict) its figures."""
    # texts are streamed from the file, so the harness holds no corpus in memory
    def texts():
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                yield json.loads(line)

    n_docs = n_chars = 0
    t0 = time.perf_counter()
    if engine == "vn_govnews":
        from .batch import annotate_stream

        # the engine of `vn-govnews annotate -j N`: load time is inside the run for N > 1,
        # so measure it apart (in `_load_time`) and count it out here only for N == 1
        records = ({"id": str(i), "text": t, "meta": {}} for i, t in enumerate(texts()))
        if n_process == 1:
            import vn_govnews
            from threadpoolctl import threadpool_limits

            from .batch import annotate_records

            threadpool_limits(limits=1)
            nlp = vn_govnews.load(model)
            list(annotate_records(nlp, [{"id": "warm-up", "text": "Khởi động.", "meta": {}}]))
            rows = annotate_records(nlp, records)
        else:
            rows = annotate_stream(records, model=model, n_process=n_process)
        loaded = time.perf_counter()
        n_ents = 0
        for row in rows:
            n_ents += len(row.get("spans") or []) + len(row.get("events") or [])
            n_docs += 1
            n_chars += len(row.get("text") or "")
    elif engine == "underthesea":
        from underthesea import ner

        ner("Khởi động.")
        loaded = time.perf_counter()
        n_ents = 0
        for text in texts():
            n_docs += 1
            n_chars += len(text)
            for line in text.split("\n"):
                if line.strip():
                    n_ents += sum(1 for tok in ner(line) if tok[-1] != "O")
    else:
        raise ValueError(f"unknown engine {engine!r}")
    done = time.perf_counter()
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "engine": engine,
        "n_process": n_process,
        "docs": n_docs,
        "chars": n_chars,
        "load_s": loaded - t0,
        "run_s": done - loaded,
        "peak_rss_mb": max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, children) / 1024,
        "found": n_ents,
    }


def _run_worker(engine, texts, n_process=1, model=None):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for t in texts:
            fh.write(json.dumps(t, ensure_ascii=False) + "\n")
        path = fh.name
    try:
        cmd = [sys.executable, "-m", "vn_govnews.bench", engine, path, str(n_process)]
        if model:
            cmd.append(str(model))
        # one BLAS thread per process: "single process" means one core, and -j 2 uses two
        env = dict(os.environ, OPENBLAS_NUM_THREADS="1", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
        out = subprocess.run(cmd, capture_output=True, text=True, check=True, env=env)
        return json.loads(out.stdout.strip().splitlines()[-1])
    finally:
        os.unlink(path)


def _load_time(model=None):
    code = (
        "import time; t=time.perf_counter(); import vn_govnews; "
        f"vn_govnews.load({str(model)!r} if {bool(model)} else None); print(time.perf_counter()-t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def bench(source, n_docs=4000, n_baseline=300, sizes=(), model=None, log=print):
    """Measure the pipeline against underthesea.ner and itself.

    source (Path): a .jsonl of records to draw texts from.
    n_docs (int): documents for the pipeline runs.
    n_baseline (int): documents for the head-to-head with underthesea (same texts for both).
    sizes (tuple): extra document counts for the peak-RSS scaling check (e.g. 1000, 20000).
    model (Path | None): a pipeline folder (default: the bundled one).
    log (callable): where lines go.
    RETURNS (dict): all figures.
    """
    res = {"load_s": min(_load_time(model) for _ in range(3))}
    base_texts = _docs(source, n_baseline)
    ours_small = _run_worker("vn_govnews", base_texts, 1, model)
    theirs = _run_worker("underthesea", base_texts)
    res["head_to_head"] = {"vn_govnews": ours_small, "underthesea": theirs}
    res["speedup_vs_underthesea"] = (ours_small["docs"] / ours_small["run_s"]) / (theirs["docs"] / theirs["run_s"])
    texts = _docs(source, n_docs)
    one = _run_worker("vn_govnews", texts, 1, model)
    two = _run_worker("vn_govnews", texts, 2, model)
    res["j1"], res["j2"] = one, two
    res["speedup_j2_vs_j1"] = one["run_s"] / two["run_s"]
    res["rss"] = {}
    for size in sizes:
        res["rss"][size] = _run_worker("vn_govnews", _docs(source, size), 1, model)["peak_rss_mb"]
    log(f"load time (best of 3, fresh process): {res['load_s']:.2f} s")
    log(f"same {n_baseline} documents, single process:")
    for name, r in res["head_to_head"].items():
        log(f"  {name:<12} {r['docs'] / r['run_s']:8.1f} docs/s {r['chars'] / r['run_s']:10.0f} chars/s  peak RSS {r['peak_rss_mb']:.0f} MB")
    log(f"  ratio vn_govnews / underthesea.ner: {res['speedup_vs_underthesea']:.1f}x")
    log(f"{n_docs} documents:")
    for key in ("j1", "j2"):
        r = res[key]
        log(f"  -j {r['n_process']}  {r['docs'] / r['run_s']:8.1f} docs/s {r['chars'] / r['run_s']:10.0f} chars/s  peak RSS {r['peak_rss_mb']:.0f} MB")
    log(f"  ratio -j 2 / -j 1: {res['speedup_j2_vs_j1']:.2f}x")
    if res["rss"]:
        sizes = sorted(res["rss"])
        log("peak RSS by corpus size: " + ", ".join(f"{s} docs {res['rss'][s]:.0f} MB" for s in sizes))
        log(f"  ratio largest / smallest: {res['rss'][sizes[-1]] / res['rss'][sizes[0]]:.3f}")
    return res


if __name__ == "__main__":
    engine, path, n_process = sys.argv[1], sys.argv[2], int(sys.argv[3])
    model = sys.argv[4] if len(sys.argv) > 4 else None
    print(json.dumps(worker(engine, path, n_process, model)))
