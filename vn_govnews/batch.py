"""Annotating many records: streaming, error rows, nothing lost.

A record that cannot be read or annotated becomes an error row
`{"id": ..., "error": "...", "line": N}` in the output; every input record
yields exactly one output row.
"""

import os
from dataclasses import dataclass, field
from pathlib import Path

from .errors import Errors
from .records import RecordError, dumps, open_text, read_inputs
from .records_doc import doc_to_record


@dataclass
class Summary:
    """Counts of one annotation run."""

    done: int = 0
    failed: int = 0
    skipped: int = 0
    errors: list = field(default_factory=list)

    @property
    def total(self):
        return self.done + self.failed + self.skipped


def annotate_records(nlp, items, batch_size=64):
    """Annotate records; errors pass through as error rows.

    nlp (Language): the pipeline.
    items (iterable): records (dicts) or `RecordError`s.
    batch_size (int): documents per `nlp.pipe` batch.
    YIELDS (dict): one output row per input item, in order.
    """
    from . import extensions

    extensions.register()
    buffer = []
    for item in items:
        buffer.append(item)
        if len(buffer) >= batch_size:
            yield from _annotate_batch(nlp, buffer)
            buffer = []
    if buffer:
        yield from _annotate_batch(nlp, buffer)


def _annotate_batch(nlp, items):
    good = [r for r in items if isinstance(r, dict)]
    docs = {}
    try:
        for record, doc in zip(good, nlp.pipe((_make_doc(nlp, r) for r in good), batch_size=len(good) or 1)):
            docs[id(record)] = doc
    except Exception:  # one bad document must not cost the batch: retry one by one
        docs = {}
        for record in good:
            try:
                docs[id(record)] = nlp(_make_doc(nlp, record))
            except Exception as err:  # noqa: BLE001 - reported in the error row
                docs[id(record)] = err
    for item in items:
        if isinstance(item, RecordError):
            yield {"id": item.record_id, "error": str(item), "line": item.line}
            continue
        doc = docs.get(id(item))
        if isinstance(doc, Exception) or doc is None:
            yield {"id": item.get("id"), "error": f"annotation failed: {doc!r}"}
            continue
        yield doc_to_record(doc, id=item.get("id"), meta=item.get("meta") or {})


def _make_doc(nlp, record):
    """Tokenise a record's text and attach its meta (the event layer reads the date)."""
    doc = nlp.make_doc(record["text"])
    doc._.meta = record.get("meta") or {}
    return doc


def annotate_path(nlp, src, dst, force=False, batch_size=64, progress=None):
    """Annotate a file or folder of inputs into a JSONL file.

    nlp (Language): the pipeline.
    src (str | Path): .jsonl(.gz), .txt, or a folder of .txt files.
    dst (str | Path): the output .jsonl (or .jsonl.gz).
    force (bool): overwrite `dst` if it exists.
    batch_size (int): documents per batch.
    progress (callable | None): wraps the row iterator (e.g. tqdm).
    RETURNS (Summary): counts; error rows are in the output too.
    """
    dst = Path(dst)
    if dst.exists() and not force:
        raise FileExistsError(Errors.E022.format(path=dst))
    items = read_inputs(src, on_error="yield")
    rows = annotate_records(nlp, items, batch_size=batch_size)
    if progress is not None:
        rows = progress(rows)
    summary = Summary()
    tmp = dst.with_name(dst.name + ".part")
    with open_text(tmp, "w") as fh:
        for row in rows:
            if "error" in row:
                summary.failed += 1
                summary.errors.append(row)
            else:
                summary.done += 1
            fh.write(dumps(row) + "\n")
    os.replace(tmp, dst)
    return summary
