"""Building the corpus splits from the source files.

Deterministic: documents are ordered within each source file by a hash of
their id, and every 25 documents give 3 to test, 3 to dev and 19 to train.
Warnings (EVENTS.md) are derived from the slots, so annotators do not write them.
"""

import hashlib
import json
from pathlib import Path

from ..events.ratios import drop_rate
from ..events.terms import implausible
from ..records import write_jsonl
from .markup import read_source
from .validate import validate_records


def with_warnings(event):
    """The event with its `warnings` computed from its slots (and guideline 18 applied)."""
    ev = dict(event)
    if isinstance(ev.get("subject"), str):
        ev["subject"] = drop_rate(ev["subject"])
    warnings = []
    if ev.get("type") == "ratio":
        num, den, pct = ev.get("numerator"), ev.get("denominator"), ev.get("percent")
        if num is not None and den:
            if num > den:
                warnings.append("numerator_exceeds_total")
            if pct is not None and abs(100.0 * num / den - pct) > 0.1 + 1e-9:
                warnings.append("percent_mismatch")
    if ev.get("type") == "term" and ev.get("start") is not None and ev.get("end") is not None:
        if implausible(ev["start"], ev["end"]):
            warnings.append("implausible_term")
    ev["warnings"] = warnings
    return ev


def split_of(position):
    """The split of the document at `position` in its file's hash order."""
    slot = position % 25
    return "test" if slot < 3 else "dev" if slot < 6 else "train"


def build(src, out):
    """Write train/dev/test.jsonl and MANIFEST.json from `src/batch_*.txt`.

    src (Path): the source folder.
    out (Path): the corpus folder.
    RETURNS (dict): documents per split.
    """
    src, out = Path(src), Path(out)
    splits = {"train": [], "dev": [], "test": []}
    for path in sorted(src.glob("batch_*.txt")):
        records = read_source(path)
        problems = validate_records(records)
        if problems:
            raise ValueError(f"{path}: {len(problems)} problems, first: {problems[0]}")
        records.sort(key=lambda r: hashlib.sha256(r["id"].encode()).hexdigest())
        for pos, r in enumerate(records):
            r["events"] = [with_warnings(e) for e in r["events"]]
            splits[split_of(pos)].append(r)
    digest = hashlib.sha256()
    counts = {}
    for name, records in splits.items():
        records.sort(key=lambda r: r["id"])
        write_jsonl(records, out / f"{name}.jsonl")
        digest.update((out / f"{name}.jsonl").read_bytes())
        counts[name] = len(records)
    manifest = {"version": digest.hexdigest()[:12], "documents": counts}
    (out / "MANIFEST.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest
