"""The spaCy component `govnews_events`: `doc._.events` from `doc.ents`."""

from spacy.language import Language

from .. import extensions
from ..records_doc import entity_offsets
from . import extract_events


@Language.factory("govnews_events", assigns=["doc._.event_data"], requires=["doc.ents"])
def make_events(nlp, name):
    """Factory: `nlp.add_pipe("govnews_events")` after the entity components."""
    return EventExtractor(name)


class EventExtractor:
    """Read events from a document's entities (`vn_govnews.events`)."""

    def __init__(self, name="govnews_events"):
        extensions.register()
        self.name = name

    def __call__(self, doc):
        ents = entity_offsets(doc)
        doc._.event_data = [ev.to_state() for ev in extract_events(doc.text, ents, doc._.meta)]
        return doc

    def to_disk(self, path, exclude=tuple()):
        pass

    def from_disk(self, path, exclude=tuple()):
        return self
