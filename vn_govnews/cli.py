"""The `vn-govnews` command line: thin wrappers over plain functions.

Each command checks its arguments, calls a library function and prints.
Library code raises; only this module exits.
"""

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Vietnamese government news → entities and events.")
corpus_app = typer.Typer(no_args_is_help=True, help="Check, count and build the labelled corpus.")
app.add_typer(corpus_app, name="corpus")


def _fail(message, code=2):
    typer.secho(message, fg=typer.colors.RED, err=True)
    raise typer.Exit(code)


def _load(model):
    from . import load

    try:
        return load(model)
    except OSError as err:
        _fail(str(err))


@app.command()
def annotate(
    src: Path = typer.Argument(..., help="Input: .jsonl(.gz), .parquet, .csv, a .txt file, a folder of .txt files, or a saved datasets dataset."),
    output: Path = typer.Option(..., "-o", "--output", help="Output: .jsonl(.gz), or a folder name ending in .parquet for the three flat tables."),
    model: Optional[Path] = typer.Option(None, "--model", "-m", help="A pipeline folder (default: the bundled model)."),
    n_process: int = typer.Option(1, "-j", "--jobs", min=1, help="Worker processes."),
    force: bool = typer.Option(False, "--force", help="Overwrite OUTPUT if it exists."),
    resume: bool = typer.Option(False, "--resume", help="Skip ids already in OUTPUT (JSONL) and append the rest."),
    text_field: str = typer.Option("text", "--text-field", help="Input field holding the text."),
    id_field: str = typer.Option("id", "--id-field", help="Input field holding the id (generated when absent)."),
    split: Optional[str] = typer.Option(None, "--split", help="Split of a saved DatasetDict."),
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Documents per batch."),
    engine: str = typer.Option("local", "--engine", help="local, or spark (local[*] unless SPARK_MASTER is set)."),
):
    """Annotate documents: each output record keeps id, text and meta and carries spans and events."""
    from tqdm import tqdm

    from .batch import annotate_path
    from .io.readers import count_records

    if not src.exists():
        _fail(f"{src}: no such file or folder")
    if output.exists() and not (force or resume):
        _fail(f"{output} exists; use --force to overwrite it or --resume to continue it")
    if force and resume:
        _fail("--force and --resume exclude each other")
    if engine not in ("local", "spark"):
        _fail(f"--engine must be local or spark, not {engine!r}")
    if model is not None and not (model / "config.cfg").is_file():
        _fail(f"{model}: not a pipeline folder (no config.cfg)")
    total = count_records(src)
    bar = lambda rows: tqdm(rows, total=total, unit="doc", disable=None, desc="annotate", smoothing=0.1)  # noqa: E731
    try:
        if engine == "spark":
            from .spark import annotate_path_spark

            summary = annotate_path_spark(src, output, model=model, force=force,
                                          text_field=text_field, id_field=id_field, split=split)
        else:
            summary = annotate_path(src, output, model=model, n_process=n_process, batch_size=batch_size,
                                    force=force, resume=resume, text_field=text_field, id_field=id_field,
                                    split=split, progress=bar)
    except (ValueError, FileExistsError, FileNotFoundError, OSError) as err:
        _fail(str(err))
    for row in summary.errors[:20]:
        typer.secho(f"error: {row.get('id')}: {row.get('error')}", fg=typer.colors.YELLOW, err=True)
    typer.echo(f"done {summary.done}, failed {summary.failed}, skipped {summary.skipped} → {output}", err=True)
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="Gold records (.jsonl)."),
    pred: Optional[Path] = typer.Argument(None, help="Predicted records; annotated from the gold texts when omitted."),
    model: Optional[Path] = typer.Option(None, "--model", "-m", help="Pipeline used when PRED is omitted."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON (the structure of score.py --json)."),
    gold_entities: bool = typer.Option(False, "--gold-entities", help="Score the event layer alone: events read from the gold entities."),
):
    """Score predictions against gold: entities exact and partial, facts; micro, per label and per type."""
    from .evaluate import score
    from .records import RecordError, read_jsonl

    try:
        gold_docs = {r["id"]: r for r in read_jsonl(gold)}
        if gold_entities:
            from .events import extract_events

            pred_docs = {}
            for r in gold_docs.values():
                ents = [(x["start"], x["end"], x["label"]) for x in r["spans"]]
                events = extract_events(r["text"], ents, r.get("meta"))
                pred_docs[r["id"]] = dict(r, events=[e.to_dict() for e in events])
        elif pred is not None:
            pred_docs = {r["id"]: r for r in read_jsonl(pred, require_text=False)}
        else:
            from .batch import annotate_stream

            if model is not None and not (model / "config.cfg").is_file():
                _fail(f"{model}: not a pipeline folder (no config.cfg)")
            pred_docs = {r["id"]: r for r in annotate_stream(gold_docs.values(), model=model)}
    except (RecordError, OSError) as err:
        _fail(f"{err}")
    report = score(gold_docs, pred_docs)
    if as_json:
        typer.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        typer.echo(report.table())


@corpus_app.command("validate")
def corpus_validate(paths: List[Path] = typer.Argument(..., help="Corpus .jsonl files or src/*.txt files.")):
    """Reject bad offsets, overlaps, unknown labels, untidy span edges and non-canonical events."""
    from .corpus import load_any
    from .corpus.validate import validate_records

    total = 0
    bad = 0
    for path in paths:
        try:
            records = load_any(path)
        except (ValueError, OSError) as err:
            typer.secho(f"{path}: {err}", fg=typer.colors.RED, err=True)
            bad += 1
            continue
        problems = validate_records(records)
        total += len(records)
        for p in problems:
            typer.secho(f"{path}: {p}", fg=typer.colors.RED, err=True)
        bad += len(problems)
        typer.echo(f"{path}: {len(records)} documents, {len(problems)} problems")
    if bad:
        raise typer.Exit(1)


@corpus_app.command("stats")
def corpus_stats(paths: List[Path] = typer.Argument(..., help="Corpus .jsonl files.")):
    """Counts per label, event type, topic, province and level."""
    from .corpus import load_any
    from .corpus.stats import format_stats, stats

    records = []
    for path in paths:
        records += load_any(path)
    typer.echo(format_stats(stats(records)))


@corpus_app.command("build")
def corpus_build(
    src: Path = typer.Option(Path("corpus/src"), help="Folder of source files (batch_*.txt)."),
    out: Path = typer.Option(Path("corpus"), help="Folder for train/dev/test.jsonl."),
):
    """Build the JSONL splits from the source files (deterministic)."""
    from .corpus.build import build

    counts = build(src, out)
    typer.echo(json.dumps(counts))


@app.command()
def train(
    corpus: Path = typer.Option(Path("corpus"), help="Folder with train/dev/test.jsonl and MANIFEST.json."),
    output: Path = typer.Option(Path("models/vn_govnews_default"), help="Pipeline folder to write."),
    segmenter: str = typer.Option("syllable", help="syllable, pyvi or underthesea."),
    max_steps: int = typer.Option(3000, min=1, help="Training steps."),
    seed: int = typer.Option(13, help="Random seed."),
    force: bool = typer.Option(False, "--force", help="Replace OUTPUT if it exists."),
):
    """Train the statistical NER on the corpus and write the best combined pipeline."""
    from .ner.train import train_pipeline

    if output.exists() and not force:
        _fail(f"{output} exists; use --force to replace it")
    meta = train_pipeline(corpus, output, segmenter=segmenter, max_steps=max_steps, seed=seed,
                          log=lambda m: typer.echo(m, err=True))
    info = meta["vn_govnews"]
    typer.echo(json.dumps({k: info[k] for k in ("combination", "alignment", "corpus_version")}, ensure_ascii=False))
    typer.echo(f"dev entity F1 {info['dev']['entities']['f1']}, test entity F1 {info['test']['entities']['f1']}")


@app.command()
def bench(
    source: Path = typer.Option(Path("corpus/dev.jsonl"), help="Records whose texts are used (repeated as needed)."),
    docs: int = typer.Option(4000, min=1, help="Documents for the pipeline runs (-j 1 and -j 2)."),
    baseline_docs: int = typer.Option(300, min=1, help="Documents for the head-to-head with underthesea.ner."),
    rss_sizes: str = typer.Option("", help="Comma-separated document counts for peak RSS, e.g. 1000,20000."),
    model: Optional[Path] = typer.Option(None, "--model", "-m", help="Pipeline folder (default: bundled)."),
    as_json: bool = typer.Option(False, "--json", help="Also print all figures as JSON."),
):
    """Throughput, load time and peak RSS, as ratios against baselines run now."""
    from .bench import bench as run_bench

    sizes = tuple(int(x) for x in rss_sizes.split(",") if x.strip())
    res = run_bench(source, n_docs=docs, n_baseline=baseline_docs, sizes=sizes, model=model, log=typer.echo)
    if as_json:
        typer.echo(json.dumps(res, indent=1, default=str))


@app.command()
def segmenters(
    paths: List[Path] = typer.Argument(..., help="Gold records (.jsonl) to tokenise."),
):
    """Compare the segmenters: gold spans lost to token boundaries, tokens per document, speed."""
    import time

    from . import blank
    from .ner.data import to_docs
    from .records import read_jsonl

    records = [r for path in paths for r in read_jsonl(path)]
    typer.echo(f"{len(records)} documents, {sum(len(r['spans']) for r in records)} gold spans")
    typer.echo(f"{'segmenter':<12}{'lost spans':>12}{'tokens/doc':>12}{'docs/s':>10}")
    for name in ("syllable", "pyvi", "underthesea"):
        nlp = blank(segmenter=name, events=False)
        nlp.make_doc("khởi động")
        start = time.perf_counter()
        docs, stats = to_docs(nlp, records)
        seconds = time.perf_counter() - start
        tokens = sum(len(d) for d in docs) / max(len(docs), 1)
        typer.echo(f"{name:<12}{stats.lost:>7} ({stats.lost_share:.2%}){tokens:>10.0f}{len(docs) / seconds:>10.1f}")
        for example in stats.examples[:3]:
            typer.echo(f"    lost: {example}")


@app.command()
def show(
    src: Path = typer.Argument(..., help="Annotated records (.jsonl), or raw input to annotate first."),
    output: Path = typer.Option(..., "-o", "--output", help="The HTML page to write."),
    model: Optional[Path] = typer.Option(None, "--model", "-m", help="Pipeline for raw input."),
    limit: int = typer.Option(200, min=1, help="At most this many documents."),
    force: bool = typer.Option(False, "--force", help="Overwrite OUTPUT if it exists."),
):
    """One standalone HTML page: entities highlighted, events as tables, warnings marked."""
    import itertools

    from .batch import annotate_stream
    from .io import iter_records
    from .records import RecordError
    from .show import render

    if not src.exists():
        _fail(f"{src}: no such file or folder")
    if output.exists() and not force:
        _fail(f"{output} exists; use --force to overwrite it")
    try:
        items = list(itertools.islice(iter_records(src), limit))
    except (ValueError, OSError) as err:
        _fail(str(err))
    annotated = all(isinstance(r, dict) and r.get("spans") for r in items) and any(r.get("events") for r in items)
    if annotated:
        rows = items
    else:
        rows = list(annotate_stream(items, model=model))
    rows = [{"id": r.record_id, "error": str(r)} if isinstance(r, RecordError) else r for r in rows]
    output.write_text(render(rows, title=f"vn_govnews: {src.name}"), encoding="utf-8")
    typer.echo(f"{len(rows)} documents → {output}", err=True)


@app.command()
def compare(
    corpus: Path = typer.Option(Path("corpus"), help="Folder with dev.jsonl and test.jsonl."),
    model: Path = typer.Option(Path("models/vn_govnews_default"), help="A trained pipeline folder."),
    baseline: bool = typer.Option(True, help="Include underthesea.ner mapped to PERSON/ORG."),
):
    """Entity F1 per label on dev and test: rules, model, their combinations, underthesea."""
    from .ner.compare import compare as run_compare
    from .ner.compare import format_table

    typer.echo(format_table(run_compare(corpus, model, with_baseline=baseline)))


def main():
    """Entry point of the `vn-govnews` script."""
    app()


if __name__ == "__main__":
    sys.exit(main())
