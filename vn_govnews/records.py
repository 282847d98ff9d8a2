"""Records: the JSONL format of ../shared/spec/ANNOTATION.md, read and written.

A record is a dict `{"id", "text", "spans", "events", "meta"}`; gold data
and predictions share it. Reading validates each line and raises a
`RecordError` naming the line and the field; nothing is silently dropped.

>>> import io
>>> good = '{"id": "a", "text": "Bí thư Lê Văn Tám", "spans": [{"start": 7, "end": 17, "label": "PERSON"}]}'
>>> [r["id"] for r in read_jsonl(io.StringIO(good + "\\n"))]
['a']
>>> bad = '{"id": "b", "text": "ngắn", "spans": [{"start": 0, "end": 9, "label": "ORG"}]}'
>>> list(read_jsonl(io.StringIO(bad)))
Traceback (most recent call last):
...
vn_govnews.records.RecordError: [E013] line 1: field 'spans[0]': offsets 0..9 out of range for a text of 4 characters
"""

import gzip
import io
import json
import os

from .errors import Errors
from .schema import EVENT_TYPES, LABELS


class RecordError(ValueError):
    """A record that does not follow the format; `line` is 1-based."""

    def __init__(self, message, line=None, record_id=None):
        super().__init__(message)
        self.line = line
        self.record_id = record_id


def parse_record(raw, line=1, require_text=True):
    """Parse and validate one JSONL line.

    raw (str): the line.
    line (int): its 1-based number, for messages.
    require_text (bool): False for predictions, which may leave the text out.
    RETURNS (dict): the record, with `spans`, `events` and `meta` filled in.
    """
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as err:
        raise RecordError(Errors.E010.format(line=line, detail=err.msg + f" at column {err.colno}"), line) from None
    return validate_record(obj, line, require_text)


def validate_record(obj, line=1, require_text=True):
    """Validate a record object (see `parse_record`)."""
    if not isinstance(obj, dict):
        raise RecordError(Errors.E017.format(line=line, type=type(obj).__name__), line)
    rid = obj.get("id")
    if rid is not None and (isinstance(rid, bool) or not isinstance(rid, (str, int))):
        raise RecordError(Errors.E023.format(line=line, type=type(rid).__name__), line)
    if "text" not in obj and require_text:
        raise RecordError(Errors.E011.format(line=line), line, rid)
    text = obj.get("text")
    if not (text is None and not require_text) and not isinstance(text, str):
        raise RecordError(Errors.E012.format(line=line, type=type(text).__name__), line, rid)
    spans = obj.get("spans") or []
    if not isinstance(spans, list):
        raise RecordError(Errors.E024.format(line=line, field="spans", detail="must be a list"), line, rid)
    for i, span in enumerate(spans):
        if not isinstance(span, dict):
            raise RecordError(Errors.E016.format(line=line, index=i, detail="must be an object"), line, rid)
        start, end, label = span.get("start"), span.get("end"), span.get("label")
        if isinstance(start, bool) or isinstance(end, bool) or not isinstance(start, int) or not isinstance(end, int):
            raise RecordError(Errors.E016.format(line=line, index=i, detail="'start' and 'end' must be integers"), line, rid)
        if not 0 <= start < end or (text is not None and end > len(text)):
            raise RecordError(
                Errors.E013.format(line=line, index=i, start=start, end=end, length=len(text or "")), line, rid
            )
        if label not in LABELS:
            raise RecordError(Errors.E015.format(line=line, index=i, label=label), line, rid)
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in zip(ordered, ordered[1:]):
        if b["start"] < a["end"]:
            raise RecordError(
                Errors.E014.format(
                    line=line, a=f"{a['start']}..{a['end']}", b=f"{b['start']}..{b['end']}"
                ),
                line,
                rid,
            )
    events = obj.get("events") or []
    if not isinstance(events, list):
        raise RecordError(Errors.E018.format(line=line, detail="must be a list"), line, rid)
    for i, ev in enumerate(events):
        if not isinstance(ev, dict):
            raise RecordError(Errors.E018.format(line=line, detail=f"events[{i}] must be an object"), line, rid)
        if ev.get("type") not in EVENT_TYPES:
            raise RecordError(
                Errors.E018.format(line=line, detail=f"events[{i}].type: unknown event type {ev.get('type')!r}"),
                line,
                rid,
            )
    meta = obj.get("meta") or {}
    if not isinstance(meta, dict):
        raise RecordError(Errors.E024.format(line=line, field="meta", detail="must be an object"), line, rid)
    record = dict(obj)
    record.update(spans=spans, events=events, meta=meta)
    return record


def read_jsonl(source, on_error="raise", require_text=True):
    """Records of a JSONL stream or file, validated line by line.

    source (str | Path | file): a path (`.jsonl` or `.jsonl.gz`) or an open text stream.
    on_error (str): "raise" to stop at the first bad line, "yield" to yield
        the `RecordError` in its place and go on.
    require_text (bool): False to accept records without text (predictions).
    YIELDS (dict | RecordError): records (and errors, with on_error="yield").
    """
    if isinstance(source, (str, os.PathLike)):
        with open_text(source) as fh:
            yield from read_jsonl(fh, on_error, require_text)
        return
    line = 0
    while True:
        try:
            raw = source.readline()
        except UnicodeDecodeError as err:
            error = RecordError(Errors.E019.format(line=line + 1, detail=err.reason), line + 1)
            if on_error == "raise":
                raise error from None
            yield error
            return
        if not raw:
            return
        line += 1
        if not raw.strip():
            continue
        try:
            yield parse_record(raw, line, require_text)
        except RecordError as err:
            if on_error == "raise":
                raise
            yield err


def open_text(path, mode="r"):
    """Open a UTF-8 text file, gzip-compressed when the name ends in .gz."""
    path = str(path)
    if path.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path, mode.replace("t", "") + "b"), encoding="utf-8", newline="\n")
    return open(path, mode, encoding="utf-8", newline="\n")


def dumps(record):
    """One record as a JSON line (UTF-8 characters kept, no trailing newline)."""
    return json.dumps(record, ensure_ascii=False)


def write_jsonl(records, path):
    """Write records to a JSONL file (gzip when the name ends in .gz).

    records (iterable): records.
    path (str | Path): where to write.
    RETURNS (int): the number of records written.
    """
    n = 0
    with open_text(path, "w") as fh:
        for record in records:
            fh.write(dumps(record) + "\n")
            n += 1
    return n
