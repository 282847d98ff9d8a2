"""The `Doc` and `Span` extensions the pipeline sets.

- `Span._.source` (str | None): where an entity came from: "model" or
  "rule:<rule name>" (e.g. "rule:term_years").
- `Doc._.events` (list): the document's events (`vn_govnews.events.Event`),
  set by the `govnews_events` component.
- `Doc._.meta` (dict): the record's `meta`, when the caller passes it
  (`doc._.meta = {"date": "2023-05-12"}`); the event layer reads the year
  for dates from it.
"""

from spacy.tokens import Doc, Span


def register():
    """Register the extensions (idempotent; called by the components)."""
    if not Span.has_extension("source"):
        Span.set_extension("source", default=None)
    if not Doc.has_extension("events"):
        Doc.set_extension("events", default=None)
    if not Doc.has_extension("meta"):
        Doc.set_extension("meta", default=None)
