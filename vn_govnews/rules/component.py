"""The spaCy component `govnews_entity_rules`: rule entities into `doc.ents`.

With a statistical NER before it, the component combines both: by default
(`overwrite=False`) the model's entities stay and rules fill the gaps; with
`overwrite=True` rule entities win where the two overlap.
"""

from spacy.language import Language
from spacy.util import filter_spans

from .. import extensions
from . import find_entities


@Language.factory(
    "govnews_entity_rules",
    assigns=["doc.ents", "span._.source"],
    default_config={"overwrite": False},
)
def make_entity_rules(nlp, name, overwrite: bool):
    """Factory: `nlp.add_pipe("govnews_entity_rules", config={"overwrite": False})`."""
    return EntityRules(name, overwrite=overwrite)


class EntityRules:
    """Tag entities with the rule families of `vn_govnews.rules`.

    name (str): the component's name in the pipeline.
    overwrite (bool): rule entities replace overlapping existing ones.
    """

    def __init__(self, name="govnews_entity_rules", overwrite=False):
        extensions.register()
        self.name = name
        self.overwrite = overwrite

    def __call__(self, doc):
        ruled = []
        for start, end, label, rule in find_entities(doc.text):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None or span.start_char != start or span.end_char != end:
                # a segmenter joined a boundary syllable to its neighbour; keep the token-aligned span
                span = doc.char_span(start, end, label=label, alignment_mode="contract")
            if span is None or not len(span):
                continue
            span._.source = f"rule:{rule}"
            ruled.append(span)
        existing = list(doc.ents)
        for span in existing:
            if span._.source is None:
                span._.source = "model"
        first, second = (ruled, existing) if self.overwrite else (existing, ruled)
        taken = set()
        for span in first:
            taken.update(range(span.start, span.end))
        merged = list(first) + [s for s in second if not taken.intersection(range(s.start, s.end))]
        doc.ents = sorted(filter_spans(merged), key=lambda s: s.start)
        return doc

    def to_disk(self, path, exclude=tuple()):
        pass  # no state besides the config; the lexicons ship with the package

    def from_disk(self, path, exclude=tuple()):
        return self
