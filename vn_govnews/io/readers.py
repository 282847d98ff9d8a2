"""Streaming readers for every input format; bad rows become `RecordError`s.

>>> import io, json, tempfile, os
>>> path = os.path.join(tempfile.mkdtemp(), "in.csv")
>>> _ = open(path, "w", encoding="utf-8").write("noi_dung\\nHuyện ủy họp.\\n")
>>> [(r["id"], r["text"]) for r in iter_records(path, text_field="noi_dung")]
[('in-000001', 'Huyện ủy họp.')]
"""

import csv
import json
from pathlib import Path

from ..errors import Errors
from ..records import RecordError, open_text, read_jsonl, validate_record

FORMATS = ("jsonl", "parquet", "csv", "txt", "txtdir", "datasets")


def detect_format(path):
    """The input format of `path` (see `FORMATS`)."""
    path = Path(path)
    if path.is_dir():
        if (path / "dataset_info.json").is_file() or (path / "state.json").is_file() or (
            path / "dataset_dict.json"
        ).is_file():
            return "datasets"
        return "txtdir"
    name = path.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz", ".json", ".ndjson", ".json.gz")):
        return "jsonl"
    if name.endswith(".parquet"):
        return "parquet"
    if name.endswith((".csv", ".csv.gz")):
        return "csv"
    if name.endswith(".txt"):
        return "txt"
    raise ValueError(Errors.E021.format(path=path))


def count_records(path):
    """The number of input rows, cheaply, for a progress bar; None when unknown."""
    path = Path(path)
    try:
        fmt = detect_format(path)
        if fmt == "jsonl" and not path.name.endswith(".gz") and path.stat().st_size < (1 << 31):
            with open(path, "rb") as fh:
                return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
        if fmt == "parquet":
            import pyarrow.parquet as pq

            return pq.ParquetFile(path).metadata.num_rows
        if fmt == "txtdir":
            return sum(1 for p in path.iterdir() if p.suffix == ".txt")
        if fmt == "txt":
            return 1
    except (OSError, ValueError):
        return None
    return None


def iter_records(path, text_field="text", id_field="id", split=None):
    """Records from any supported input, one per document, in input order.

    Field names are mapped to `text` and `id`; a missing id is generated
    (`<file stem>-<row number>`) and `meta.id_generated` records it.

    path (str | Path): the input file or folder.
    text_field (str): the column or key holding the text.
    id_field (str): the column or key holding the id.
    split (str | None): for a saved `DatasetDict`, the split to read.
    YIELDS (dict | RecordError): records, or errors in place of bad rows.
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(Errors.E020.format(path=path))
    fmt = detect_format(path)
    rows = {
        "jsonl": _jsonl_rows,
        "parquet": _parquet_rows,
        "csv": _csv_rows,
        "txt": _txt_rows,
        "txtdir": _txtdir_rows,
        "datasets": lambda p: _datasets_rows(p, split),
    }[fmt](path)
    stem = path.name.split(".")[0]
    for n, row in enumerate(rows, 1):
        if isinstance(row, RecordError):
            yield row
            continue
        yield _to_record(row, n, stem, text_field, id_field)


def _to_record(row, n, stem, text_field, id_field):
    record = dict(row)
    if text_field != "text":
        if text_field in record:
            record["text"] = record.pop(text_field)
        else:
            record.pop("text", None)
    if id_field != "id":
        record["id"] = record.pop(id_field, None)
    meta = record.get("meta")
    if isinstance(meta, str):
        try:
            meta = json.loads(meta)
        except json.JSONDecodeError:
            meta = {"meta": meta}
    record["meta"] = dict(meta or {})
    if record.get("id") in (None, ""):
        record["id"] = f"{stem}-{n:06d}"
        record["meta"]["id_generated"] = True
    elif not isinstance(record["id"], str):
        record["id"] = str(record["id"])
    try:
        record = validate_record(record, n)
    except RecordError as err:
        err.record_id = record.get("id")
        return err
    return record


def _binary_lines(path):
    import gzip

    opener = gzip.open if str(path).endswith(".gz") else open
    with opener(path, "rb") as fh:
        yield from fh


def _jsonl_rows(path):
    # lines are decoded one by one, so a bad byte costs one record, not the rest of the file;
    # records are validated after field mapping, so they are read raw here
    for n, raw in enumerate(_binary_lines(path), 1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            yield RecordError(Errors.E019.format(line=n, detail=err.reason), n)
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            yield RecordError(Errors.E010.format(line=n, detail=f"{err.msg} at column {err.colno}"), n)
            continue
        if not isinstance(obj, dict):
            yield RecordError(Errors.E017.format(line=n, type=type(obj).__name__), n)
            continue
        yield obj


def _parquet_rows(path):
    import pyarrow.parquet as pq

    for batch in pq.ParquetFile(path).iter_batches(batch_size=1024):
        yield from batch.to_pylist()


def _csv_rows(path):
    csv.field_size_limit(1 << 30)
    with open_text(path) as fh:
        yield from csv.DictReader(fh)


def _txt_rows(path):
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        yield RecordError(Errors.E019.format(line=1, detail=f"{path.name}: {err.reason}"), 1, path.stem)
        return
    yield {"id": path.stem, "text": text, "meta": {"source": path.name}}


def _txtdir_rows(path):
    for f in sorted(p for p in path.iterdir() if p.suffix == ".txt" and p.is_file()):
        yield from _txt_rows(f)


def _datasets_rows(path, split):
    from datasets import DatasetDict, load_from_disk

    ds = load_from_disk(str(path))
    if isinstance(ds, DatasetDict):
        if split is None:
            if len(ds) != 1:
                raise ValueError(f"{path} holds the splits {sorted(ds)}; choose one with --split")
            split = next(iter(ds))
        ds = ds[split]
    for row in ds:
        yield row


__all__ = ["iter_records", "detect_format", "FORMATS", "read_jsonl"]
