"""Comparing ways to combine the model and the rules, and an outside baseline.

`compare` scores, on dev and test, per label: rules only, model only, model
with rules filling its gaps, rules with the model filling theirs, the
per-label merge, and underthesea's NER mapped to PERSON and ORG.
"""

import re

from ..evaluate import score
from ..records import read_jsonl

_UTS_LABELS = {"PER": "PERSON", "ORG": "ORG"}


def underthesea_spans(text):
    """underthesea.ner entities of `text` as PERSON/ORG spans with offsets of `text`.

    text (str): a document.
    RETURNS (list): `{"start", "end", "label"}` dicts.
    """
    from underthesea import ner

    spans = []
    offset = 0
    for line in text.split("\n"):
        pos = 0
        current = None
        if line.strip():
            for token in ner(line):
                word, tag = token[0], token[-1]
                found = line.find(word, pos)
                if found < 0:
                    current = None
                    continue
                start, end = found, found + len(word)
                pos = end
                kind = tag[2:] if len(tag) > 2 else None
                if tag.startswith("B-") or (tag.startswith("I-") and (current is None or current["kind"] != kind)):
                    current = {"start": start, "end": end, "kind": kind}
                    spans.append(current)
                elif tag.startswith("I-") and current is not None:
                    current["end"] = end
                else:
                    current = None
        for s in spans:
            if "line" not in s:
                s["start"] += offset
                s["end"] += offset
                s["line"] = True
        offset += len(line) + 1
    return [
        {"start": s["start"], "end": s["end"], "label": _UTS_LABELS[s["kind"]]}
        for s in spans
        if s["kind"] in _UTS_LABELS and not re.fullmatch(r"\W*", text[s["start"] : s["end"]])
    ]


def pipelines(model):
    """The combinations to compare, built from a trained pipeline folder."""
    from .. import blank, load

    meta = load(model).meta.get("vn_govnews", {})
    out = {"rules only": blank(segmenter=meta.get("segmenter", "syllable"))}
    nlp = load(model)
    if "govnews_entity_rules" in nlp.pipe_names:
        nlp.remove_pipe("govnews_entity_rules")
    out["model only"] = nlp
    for name, precedence in (
        ("model, rules fill gaps", "model"),
        ("rules, model fills gaps", "rules"),
        ("per-label merge", "labels"),
        ("rules for their best labels only", "labels_only"),
    ):
        nlp = load(model)
        if "govnews_entity_rules" not in nlp.pipe_names:
            nlp.add_pipe("govnews_entity_rules", before="govnews_events")
        rules = nlp.get_pipe("govnews_entity_rules")
        rules.precedence = precedence
        rules.rule_labels = set(meta.get("rule_labels", []))
        out[name] = nlp
    return out


def compare(corpus_dir, model, splits=("dev", "test"), with_baseline=True):
    """Entity scores of every combination (and underthesea) on the given splits.

    corpus_dir (Path): folder with the split files.
    model (Path): a trained pipeline folder.
    RETURNS (dict): variant → split → `Report`.
    """
    from ..batch import annotate_records

    data = {s: list(read_jsonl(f"{corpus_dir}/{s}.jsonl")) for s in splits}
    gold = {s: {r["id"]: r for r in data[s]} for s in splits}
    table = {}
    for name, nlp in pipelines(model).items():
        table[name] = {s: score(gold[s], {r["id"]: r for r in annotate_records(nlp, data[s])}) for s in splits}
    if with_baseline:
        table["underthesea.ner (PERSON/ORG)"] = {
            s: score(gold[s], {r["id"]: {"id": r["id"], "spans": underthesea_spans(r["text"])} for r in data[s]})
            for s in splits
        }
    return table


def format_table(table, labels=("PERSON", "POSITION", "ORG", "TERM", "RATIO", "AWARD", "RATING")):
    """A Markdown table: one row per variant, entity F1 micro and per label, dev / test."""
    head = "| combination | split | micro | " + " | ".join(labels) + " |"
    lines = [head, "|" + "---|" * (len(labels) + 3)]
    for name, by_split in table.items():
        for split, report in by_split.items():
            cells = [f"{report.entities_by_label[l].f1:.3f}" if l in report.entities_by_label else "-" for l in labels]
            lines.append(f"| {name} | {split} | {report.entities.f1:.3f} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
