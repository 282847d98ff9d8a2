"""Corpus statistics: counts per label, event type, topic, province, level, split."""

from collections import Counter


def stats(records):
    """Counts of a list of records.

    records (list): records.
    RETURNS (dict): counters by label, event type, topic, province, level; totals.
    """
    out = {
        "documents": len(records),
        "words": sum(len(r["text"].split()) for r in records),
        "labels": Counter(),
        "event_types": Counter(),
        "topics": Counter(),
        "provinces": Counter(),
        "levels": Counter(),
        "after_reform": 0,
    }
    for r in records:
        meta = r.get("meta") or {}
        out["labels"].update(s["label"] for s in r.get("spans") or [])
        out["event_types"].update(e.get("type") for e in r.get("events") or [])
        out["topics"][meta.get("topic", "?")] += 1
        out["provinces"][meta.get("province", "?")] += 1
        out["levels"][meta.get("level", "?")] += 1
        if str(meta.get("date", "")) >= "2025-07-01":
            out["after_reform"] += 1
    return out


def format_stats(s):
    """A readable report of `stats`."""
    lines = [
        f"documents {s['documents']}  words {s['words']}  dated after 2025-07-01: {s['after_reform']}",
        f"entity spans {sum(s['labels'].values())}",
    ]
    lines += [f"  {k:<10} {v}" for k, v in sorted(s["labels"].items())]
    lines.append(f"events {sum(s['event_types'].values())}")
    lines += [f"  {k:<12} {v}" for k, v in sorted(s["event_types"].items())]
    for key in ("topics", "levels", "provinces"):
        lines.append(f"{key} ({len(s[key])})")
        lines += [f"  {k:<24} {v}" for k, v in s[key].most_common()]
    return "\n".join(lines)
