"""From a `Doc` to a record (kept apart from `records` so reading files needs no spaCy)."""


def doc_to_record(doc, id=None, meta=None):
    """See `vn_govnews.to_record`."""
    events = getattr(doc._, "events", None) if doc.has_extension("events") else None
    if meta is None and doc.has_extension("meta"):
        meta = doc._.meta
    return {
        "id": id,
        "text": doc.text,
        "spans": [{"start": e.start_char, "end": e.end_char, "label": e.label_} for e in doc.ents],
        "events": [ev.to_dict() for ev in events or []],
        "meta": dict(meta or {}),
    }
