"""The event layer: from entities to normalised structured events.

One module per event type, each with `extract(ctx) -> list[Event]`;
`extract_events` runs them on a document and resolves duplicates.

>>> text = "Bí thư Huyện ủy Hà Văn Khiêm dự Đại hội. Năm 2023, có 52/54 chi bộ đạt hoàn thành tốt nhiệm vụ trở lên."
>>> from vn_govnews.rules import find_entities
>>> ents = [(s, e, label) for s, e, label, _ in find_entities(text)]
>>> [ev.to_dict()["type"] for ev in extract_events(text, ents)]
['official', 'ratio']
"""

from . import appointments, awards, officials, ratios, terms
from .context import DocContext
from .resolve import merge_awards


def extract_events(text, ents, meta=None):
    """Events of one document.

    text (str): the original text.
    ents (list): `(start, end, label)` entities of the text.
    meta (dict | None): the record's meta (its `date` and `province` help).
    RETURNS (list): events (`vn_govnews.events.types`), in a stable order.
    """
    ctx = DocContext(text, ents, meta)
    events = officials.extract(ctx)
    events += merge_awards(awards.extract(ctx))
    events += ratios.extract(ctx)
    events += terms.extract(ctx)
    events += appointments.extract(ctx)
    return events
