"""Annotating many records: streaming, parallel, resumable, nothing lost.

Every input record gives exactly one output row, in input order: an
annotated record, or an error row `{"id", "error", "line"}` when the record
cannot be read or annotated. With `n_process > 1`, chunks of records go to
worker processes that each load the pipeline once; at most two chunks per
worker are in flight, so memory stays bounded however long the input. BLAS
runs single-threaded in every process, so the output does not depend on the
number of processes.
"""

import collections
import contextlib
import multiprocessing
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Errors
from .records import RecordError
from .records_doc import doc_to_record


@dataclass
class Summary:
    """Counts of one annotation run; `done + failed + skipped == total`."""

    done: int = 0
    failed: int = 0
    skipped: int = 0
    errors: list = field(default_factory=list)

    @property
    def total(self):
        return self.done + self.failed + self.skipped


def _make_doc(nlp, record):
    """Tokenise a record's text and attach its meta (the event layer reads the date)."""
    doc = nlp.make_doc(record["text"])
    doc._.meta = record.get("meta") or {}
    return doc


def _error_row(item):
    return {"id": item.record_id, "error": str(item), "line": item.line}


LONG_DOCUMENT = 100_000  # characters; longer texts are annotated in pieces cut at line breaks


def _pieces(text, size=LONG_DOCUMENT):
    """Cut a long text at line breaks (or spaces) into pieces of at most `size` characters."""
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = text.rfind("\n", start + size // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + size // 2, end)
            end = cut + 1 if cut >= 0 else end
        yield start, text[start:end]
        start = end


def _annotate_long(nlp, record):
    """A record too long for one `Doc`: annotate its pieces and shift their offsets."""
    spans, events = [], []
    for offset, piece in _pieces(record["text"]):
        doc = nlp(_make_doc(nlp, dict(record, text=piece)))
        part = doc_to_record(doc)
        spans += [dict(s, start=s["start"] + offset, end=s["end"] + offset) for s in part["spans"]]
        for ev in part["events"]:
            ev["evidence"] = [[a + offset, b + offset] for a, b in ev.get("evidence") or []]
            events.append(ev)
    return {"id": record.get("id"), "text": record["text"], "spans": spans, "events": events,
            "meta": dict(record.get("meta") or {})}


def _annotate_good(nlp, records, batch_size):
    """Annotate records (all valid); a failing document becomes an error row."""
    from . import extensions

    extensions.register()
    if any(len(r["text"]) > LONG_DOCUMENT for r in records):
        rows = []
        for record in records:
            if len(record["text"]) > LONG_DOCUMENT:
                try:
                    rows.append(_annotate_long(nlp, record))
                except Exception as err:  # noqa: BLE001 - reported in the error row
                    rows.append({"id": record.get("id"), "error": f"annotation failed: {err!r}"})
            else:
                rows += _annotate_good(nlp, [record], batch_size)
        return rows
    # strings and lexemes of these documents are freed when the zone closes (spaCy >= 3.8),
    # so memory does not grow with the number of documents annotated
    zone = nlp.memory_zone() if hasattr(nlp, "memory_zone") else contextlib.nullcontext()
    with zone:
        try:
            docs = list(nlp.pipe((_make_doc(nlp, r) for r in records), batch_size=batch_size))
        except Exception:  # noqa: BLE001 - one bad document must not cost the batch: retry one by one
            docs = []
            for record in records:
                try:
                    docs.append(nlp(_make_doc(nlp, record)))
                except Exception as err:  # noqa: BLE001 - reported in the error row
                    docs.append(err)
        rows = []
        for record, doc in zip(records, docs):
            if isinstance(doc, Exception):
                rows.append({"id": record.get("id"), "error": f"annotation failed: {doc!r}"})
            else:
                rows.append(doc_to_record(doc, id=record.get("id"), meta=record.get("meta") or {}))
    return rows


def _single_thread_blas():
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=1)


_WORKER = {}


def _init_worker(model):
    _single_thread_blas()
    from . import load

    _WORKER["nlp"] = load(model)


def _work(payload):
    records, batch_size = payload
    return _annotate_good(_WORKER["nlp"], records, batch_size)


def _chunks(items, size):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _assemble(chunk, rows):
    it = iter(rows)
    return [_error_row(item) if isinstance(item, RecordError) else next(it) for item in chunk]


def annotate_records(nlp, items, batch_size=64):
    """Annotate records with a loaded pipeline, in this process.

    nlp (Language): the pipeline.
    items (iterable): records (dicts) or `RecordError`s.
    batch_size (int): documents per `nlp.pipe` batch.
    YIELDS (dict): one output row per input item, in order.
    """
    for chunk in _chunks(items, max(batch_size, 1)):
        good = [r for r in chunk if not isinstance(r, RecordError)]
        yield from _assemble(chunk, _annotate_good(nlp, good, batch_size))


def annotate_stream(items, model=None, n_process=1, batch_size=64, chunk_size=128):
    """Annotate records with the pipeline at `model`, in 1 or more processes.

    items (iterable): records (dicts) or `RecordError`s.
    model (Path | None): a pipeline folder (default: the bundled model).
    n_process (int): worker processes (1: this process).
    batch_size (int): documents per `nlp.pipe` batch.
    chunk_size (int): records per chunk sent to a worker.
    YIELDS (dict): one output row per input item, in input order.
    """
    if n_process <= 1:
        with _single_thread_blas():
            from . import load

            yield from annotate_records(load(model), items, batch_size)
        return
    # fork starts workers at once on Linux (the parent has not loaded a model); spawn elsewhere
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    with ctx.Pool(n_process, initializer=_init_worker, initargs=(model,)) as pool:
        window = collections.deque()
        for chunk in _chunks(items, chunk_size):
            good = [r for r in chunk if not isinstance(r, RecordError)]
            window.append((chunk, pool.apply_async(_work, ((good, batch_size),))))
            if len(window) >= 2 * n_process:
                done_chunk, result = window.popleft()
                yield from _assemble(done_chunk, result.get())
        while window:
            done_chunk, result = window.popleft()
            yield from _assemble(done_chunk, result.get())


def done_ids(path):
    """Ids already in a JSONL output; a last line cut short is removed first.

    path (Path): the output of an earlier, interrupted run.
    RETURNS (set): the ids written completely.
    """
    import json

    path = Path(path)
    if not path.exists():
        return set()
    with open(path, "rb+") as fh:
        data = fh.read()
        end = data.rfind(b"\n") + 1
        if end < len(data):
            fh.truncate(end)  # a record cut in the middle by the interruption
        data = data[:end]
    ids = set()
    for line in data.splitlines():
        if line.strip():
            ids.add(json.loads(line).get("id"))
    return ids


def annotate_path(src, dst, model=None, n_process=1, batch_size=64, force=False, resume=False,
                  text_field="text", id_field="id", split=None, progress=None):
    """Annotate a file or folder of inputs into JSONL or Parquet tables.

    src (str | Path): .jsonl(.gz), .parquet, .csv, .txt, a folder of .txt, or a saved `datasets` dataset.
    dst (str | Path): the output: .jsonl(.gz), or a folder name ending in .parquet.
    model (Path | None): a pipeline folder.
    n_process (int): worker processes.
    batch_size (int): documents per batch.
    force (bool): overwrite `dst`.
    resume (bool): continue an interrupted run: skip the ids already written
        (in `dst.part`, or in `dst` itself) and append the rest (JSONL only).
    text_field, id_field (str): input field names.
    split (str | None): the split of a saved `DatasetDict`.
    progress (callable | None): wraps the row iterator (e.g. tqdm).
    RETURNS (Summary): counts; error rows are in the output too.
    """
    from .io import iter_records, open_writer
    from .io.writers import part_path

    dst = Path(dst)
    if dst.exists() and not (force or resume):
        raise FileExistsError(Errors.E022.format(path=dst))
    part = part_path(dst)
    append = False
    if resume and not dst.name.endswith(".parquet"):
        # continue an interrupted run (its .part file), or a finished output that the input outgrew
        if not part.exists() and dst.exists():
            dst.replace(part)
        append = part.exists()
    skip = done_ids(part) if append else set()
    summary = Summary()
    seen = set()

    def items():
        for item in iter_records(src, text_field=text_field, id_field=id_field, split=split):
            rid = item.record_id if isinstance(item, RecordError) else item.get("id")
            if rid is not None and rid in skip:
                summary.skipped += 1
                continue
            if not isinstance(item, RecordError) and rid in seen:
                item = RecordError(Errors.E025.format(id=rid), None, rid)
            seen.add(rid)
            yield item

    rows = annotate_stream(items(), model=model, n_process=n_process, batch_size=batch_size)
    if progress is not None:
        rows = progress(rows)
    with open_writer(dst, append=append) as writer:
        for row in rows:
            if "error" in row:
                summary.failed += 1
                if len(summary.errors) < 1000:
                    summary.errors.append(row)
            else:
                summary.done += 1
            writer.write(row)
            writer.flush()  # a killed run loses at most the record being written
    return summary
