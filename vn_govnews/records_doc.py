"""From a `Doc` to a record (kept apart from `records` so reading files needs no spaCy)."""

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH


def entity_offsets(doc):
    """`(start_char, end_char, label)` of `doc.ents`, read in one pass over token arrays.

    The same spans as `doc.ents` (trimmed of edge whitespace), without
    building a `Span` per entity.
    """
    if not len(doc):
        return []
    arr = doc.to_array([ENT_IOB, ENT_TYPE, IDX, LENGTH])
    iob, etype, idx, length = arr[:, 0], arr[:, 1], arr[:, 2], arr[:, 3]
    out = []
    starts = numpy.flatnonzero(iob == 3)
    strings = doc.vocab.strings
    n = len(doc)
    text = doc.text
    for s in starts:
        e = s + 1
        while e < n and iob[e] == 1:
            e += 1
        start, end = int(idx[s]), int(idx[e - 1] + length[e - 1])
        # a record's span never starts or ends on whitespace (a model may tag a space token)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            out.append((start, end, strings[int(etype[s])]))
    return out


def doc_to_record(doc, id=None, meta=None):
    """See `vn_govnews.to_record`."""
    data = getattr(doc._, "event_data", None) if doc.has_extension("event_data") else None
    if meta is None and doc.has_extension("meta"):
        meta = doc._.meta
    return {
        "id": id,
        "text": doc.text,
        "spans": [{"start": s, "end": e, "label": label} for s, e, label in entity_offsets(doc)],
        "events": [{k: v for k, v in ev.items() if k != "rule"} for ev in data or []],
        "meta": dict(meta or {}),
    }
