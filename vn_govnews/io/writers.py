"""Writers: JSONL records, or Parquet as three flat tables.

Parquet output is a folder with `documents.parquet` (id, text, meta as JSON,
counts, error), `entities.parquet` (doc_id, start, end, label, text) and
`events.parquet` (doc_id, index, type and one column per slot of every
event type). Both writers write to a `.part` path and rename it when closed,
so an interrupted run never leaves a half-written output under the final name.
"""

import json
import os
import shutil
from pathlib import Path

from ..records import dumps, open_text
from ..schema import EVENT_SLOTS

_SLOT_COLUMNS = []
for _slots in EVENT_SLOTS.values():
    for _slot in _slots:
        if _slot not in _SLOT_COLUMNS:
            _SLOT_COLUMNS.append(_slot)
# period is split into two integer columns; lists are kept as lists
FLAT_EVENT_COLUMNS = ["doc_id", "index", "type"] + [
    c for c in _SLOT_COLUMNS if c != "period"
] + ["period_from", "period_to", "warnings", "evidence"]


def flatten(record):
    """One output record as rows of the three flat tables.

    record (dict): an annotated record (or an error row).
    RETURNS (tuple): `(document_row, entity_rows, event_rows)`.
    """
    text = record.get("text")
    doc = {
        "id": record.get("id"),
        "text": text,
        "meta": json.dumps(record.get("meta") or {}, ensure_ascii=False),
        "n_entities": len(record.get("spans") or []),
        "n_events": len(record.get("events") or []),
        "error": record.get("error"),
    }
    entities = [
        {"doc_id": record.get("id"), "start": s["start"], "end": s["end"], "label": s["label"],
         "text": text[s["start"] : s["end"]] if text else None}
        for s in record.get("spans") or []
    ]
    events = []
    for i, ev in enumerate(record.get("events") or []):
        row = {c: None for c in FLAT_EVENT_COLUMNS}
        row.update(doc_id=record.get("id"), index=i, type=ev.get("type"))
        for slot in _SLOT_COLUMNS:
            if slot == "period":
                period = ev.get("period")
                if period:
                    row["period_from"], row["period_to"] = int(period[0]), int(period[1])
            elif slot in ev:
                row[slot] = ev[slot]
        row["recipients_named"] = list(ev.get("recipients_named") or []) if ev.get("type") == "award" else None
        row["warnings"] = list(ev.get("warnings") or [])
        row["evidence"] = json.dumps(ev.get("evidence") or [])
        events.append(row)
    return doc, entities, events


def part_path(path):
    """Where an output is written until the run completes."""
    path = Path(path)
    return path.with_name(path.name + ".part")


class _Writer:
    """Context manager shared by the writers: close (and rename) only after a complete run."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if exc[0] is None:
            self.close()
        else:
            self.abandon()

    def abandon(self):
        """Stop writing after an error, keeping the `.part` output for `--resume`."""


class JsonlWriter(_Writer):
    """Write records as JSON lines (`.gz` compressed when the name says so).

    Lines go to `<path>.part`, renamed to `path` when the run completes.

    path (Path): the output file.
    append (bool): continue the `.part` file of an interrupted run (for `--resume`).
    """

    def __init__(self, path, append=False):
        self.path = Path(path)
        self.append = append
        self.tmp = part_path(self.path)
        self.fh = open_text(self.tmp, "a" if append else "w")

    def write(self, record):
        self.fh.write(dumps(record) + "\n")

    def flush(self):
        """Push what was written to disk (called after every chunk)."""
        self.fh.flush()

    def close(self):
        self.fh.close()
        os.replace(self.tmp, self.path)

    def abandon(self):
        self.fh.close()


class ParquetWriter(_Writer):
    """Write records as the three flat tables in a folder.

    path (Path): the output folder (e.g. `out.parquet`).
    batch_size (int): rows buffered per table before a row group is written.
    """

    def __init__(self, path, batch_size=2048):
        import pyarrow as pa

        self.path = Path(path)
        self.tmp = self.path.with_name(self.path.name + ".part")
        if self.tmp.exists():
            shutil.rmtree(self.tmp)
        self.tmp.mkdir(parents=True)
        self.batch_size = batch_size
        self.schemas = _schemas(pa)
        self.buffers = {name: [] for name in self.schemas}
        self.writers = {}

    def write(self, record):
        doc, entities, events = flatten(record)
        self.buffers["documents"].append(doc)
        self.buffers["entities"].extend(entities)
        self.buffers["events"].extend(events)
        for name, rows in self.buffers.items():
            if len(rows) >= self.batch_size:
                self._flush(name)

    def _flush(self, name):
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = self.buffers[name]
        table = pa.Table.from_pylist(rows, schema=self.schemas[name])
        if name not in self.writers:
            self.writers[name] = pq.ParquetWriter(self.tmp / f"{name}.parquet", self.schemas[name])
        self.writers[name].write_table(table)
        self.buffers[name] = []

    def flush(self):
        pass

    def close(self):
        for name in self.schemas:
            self._flush(name)
            self.writers[name].close()
        if self.path.exists():
            shutil.rmtree(self.path)
        os.replace(self.tmp, self.path)


def _schemas(pa):
    text_slots = {"name", "role", "body", "award", "award_kind", "giver", "presenter", "recipient",
                  "recipient_type", "criterion", "subject", "rating", "action", "term", "date"}
    int_slots = {"recipient_count", "numerator", "denominator", "year", "start", "end", "ordinal",
                 "period_from", "period_to", "index"}
    fields = []
    for c in FLAT_EVENT_COLUMNS:
        if c in ("doc_id", "type") or c in text_slots:
            fields.append(pa.field(c, pa.string()))
        elif c in int_slots:
            fields.append(pa.field(c, pa.int64()))
        elif c == "percent":
            fields.append(pa.field(c, pa.float64()))
        elif c == "at_least":
            fields.append(pa.field(c, pa.bool_()))
        elif c in ("recipients_named", "warnings"):
            fields.append(pa.field(c, pa.list_(pa.string())))
        else:
            fields.append(pa.field(c, pa.string()))
    return {
        "documents": pa.schema([("id", pa.string()), ("text", pa.string()), ("meta", pa.string()),
                                ("n_entities", pa.int64()), ("n_events", pa.int64()), ("error", pa.string())]),
        "entities": pa.schema([("doc_id", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
                               ("label", pa.string()), ("text", pa.string())]),
        "events": pa.schema(fields),
    }


def open_writer(path, fmt=None, append=False):
    """A writer for `path`: Parquet tables when it ends in `.parquet` (or fmt="parquet"), else JSONL."""
    path = Path(path)
    fmt = fmt or ("parquet" if path.name.endswith(".parquet") else "jsonl")
    if fmt == "parquet":
        if append:
            raise ValueError("--resume works with JSONL output; Parquet tables are written in one run")
        return ParquetWriter(path)
    return JsonlWriter(path, append=append)
