"""The spaCy component `govnews_entity_rules`: rule entities into `doc.ents`.

After a statistical NER, the component combines both. `precedence` decides
overlaps: "model" (the model's entities stay, rules fill the gaps), "rules"
(rule entities win), "labels" (rule entities win for the labels listed in
`rule_labels`, the model's for the others, each filling the other's gaps) or
"labels_only" (rules give the labels in `rule_labels`, the model all the
others). The training command chooses the list and the mode on dev.
"""

from spacy.language import Language
from spacy.tokens import Span
from spacy.util import filter_spans

from .. import extensions
from . import find_entities

PRECEDENCE = ("model", "rules", "labels", "labels_only")
_EDGE_PUNCT = frozenset(",.;:!?\"'“”‘’()[]…-–—")


def tidy(span):
    """The span without spaces or punctuation at its edges (the model may include them), or None."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_space or doc[start].text in _EDGE_PUNCT):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].text in _EDGE_PUNCT):
        end -= 1
    if start == end:
        return None
    if (start, end) == (span.start, span.end):
        return span
    return Span(doc, start, end, label=span.label)


@Language.factory(
    "govnews_entity_rules",
    assigns=["doc.ents", "span._.source"],
    default_config={"precedence": "model", "rule_labels": []},
)
def make_entity_rules(nlp, name, precedence: str, rule_labels: list):
    """Factory: `nlp.add_pipe("govnews_entity_rules", config={"precedence": "model"})`."""
    return EntityRules(name, precedence=precedence, rule_labels=rule_labels)


class EntityRules:
    """Tag entities with the rule families of `vn_govnews.rules`.

    name (str): the component's name in the pipeline.
    precedence (str): "model", "rules" or "labels" (see the module docstring).
    rule_labels (list): with "labels", the labels where rules win.
    """

    def __init__(self, name="govnews_entity_rules", precedence="model", rule_labels=()):
        if precedence not in PRECEDENCE:
            raise ValueError(f"precedence must be one of {PRECEDENCE}, got {precedence!r}")
        extensions.register()
        self.name = name
        self.precedence = precedence
        self.rule_labels = set(rule_labels)

    def rule_spans(self, doc):
        """The rule entities of `doc` as token-aligned spans."""
        spans = []
        labels = self.rule_labels if self.precedence == "labels_only" else None
        for start, end, label, rule in find_entities(doc.text, labels=labels):
            span = doc.char_span(start, end, label=label, alignment_mode="expand")
            if span is None or span.start_char != start or span.end_char != end:
                # a segmenter joined a boundary syllable to its neighbour; keep the token-aligned span
                span = doc.char_span(start, end, label=label, alignment_mode="contract")
            if span is None or not len(span):
                continue
            span._.source = f"rule:{rule}"
            spans.append(span)
        return spans

    def __call__(self, doc):
        ruled = self.rule_spans(doc)
        existing = [t for t in (tidy(span) for span in doc.ents) if t is not None]
        for span in existing:
            if span._.source is None:
                span._.source = "model"
        if self.precedence == "rules":
            first, second = ruled, existing
        elif self.precedence == "model":
            first, second = existing, ruled
        else:
            first = [s for s in ruled if s.label_ in self.rule_labels]
            first += [s for s in existing if s.label_ not in self.rule_labels]
            second = [s for s in existing if s.label_ in self.rule_labels]
            if self.precedence == "labels":
                second += [s for s in ruled if s.label_ not in self.rule_labels]
        first = filter_spans(first)
        taken = set()
        for span in first:
            taken.update(range(span.start, span.end))
        merged = first + [s for s in second if not taken.intersection(range(s.start, s.end))]
        doc.ents = sorted(filter_spans(merged), key=lambda s: s.start)
        return doc

    def to_disk(self, path, exclude=tuple()):
        pass  # no state besides the config; the lexicons ship with the package

    def from_disk(self, path, exclude=tuple()):
        return self
