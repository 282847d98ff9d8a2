"""The `Doc` and `Span` extensions the pipeline sets.

- `Span._.source` (str | None): where an entity came from: "model" or
  "rule:<rule name>" (e.g. "rule:term_years").
- `Doc._.events` (list): the document's events as typed objects
  (`vn_govnews.events.types`), read from `Doc._.event_data`, the plain data
  the `govnews_events` component stores (plain data survives `Doc`
  serialisation and multiprocessing).
- `Doc._.meta` (dict): the record's `meta`, when the caller passes it
  (`doc._.meta = {"date": "2023-05-12"}`); the event layer reads the year
  for dates from it.
"""

from spacy.tokens import Doc, Span


def _events(doc):
    from .events.types import Event

    data = doc._.event_data
    return None if data is None else [Event.from_state(d) for d in data]


def register():
    """Register the extensions (idempotent; called by the components)."""
    if not Span.has_extension("source"):
        Span.set_extension("source", default=None)
    if not Doc.has_extension("event_data"):
        Doc.set_extension("event_data", default=None)
    if not Doc.has_extension("events"):
        Doc.set_extension("events", getter=_events)
    if not Doc.has_extension("meta"):
        Doc.set_extension("meta", default=None)
