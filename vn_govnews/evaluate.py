"""Evaluation: entity and facts P/R/F1, the numbers of ../shared/tools/score.py.

Entities are scored exactly on `(start, end, label)`, micro and per label,
with overlap-based partial recall beside. Events become facts
`(type, key, slot, value)` compared after folding (EVENTS.md, "Scoring").
Documents pair by `id`; a gold document without a prediction predicts nothing.

>>> gold = {"d": {"id": "d", "text": "x", "spans": [{"start": 0, "end": 1, "label": "ORG"}]}}
>>> report = score(gold, {"d": {"id": "d", "spans": [{"start": 0, "end": 1, "label": "ORG"}]}})
>>> report.entities.f1, report.to_dict()["entities"]["tp"]
(1.0, 1)
"""

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from .schema import SCORED_SLOTS

_TONES = "\u0300\u0301\u0303\u0309\u0323"
_OPEN_GLIDE = re.compile(r"(o|u)(a|e|y)([" + _TONES + r"])(?![a-z\u0300-\u036f])")
_LEVEL = re.compile(
    r"\b(?:thành phố|thị xã|thị trấn|đặc khu|tỉnh|tp|quận|huyện|xã|phường)\s+(?!ủy\b|uỷ\b|đoàn\b)"
)


def fold(value):
    """Comparison form of a value: NFC, lower case, one tone placement, tidy spaces.

    >>> fold(" Quận Uỷ  Gò Vấp ") == fold("quận ủy gò vấp")
    True
    """
    s = unicodedata.normalize("NFD", str(value).lower())
    s = _OPEN_GLIDE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), s)
    s = unicodedata.normalize("NFC", s)
    s = re.sub(r"\s*-\s*", "-", s)
    return re.sub(r"\s+", " ", s).strip(" \t\n\"'“”‘’.,;:()[]")


def fold_body(value):
    """Comparison form of a body: `fold`, then level words before a name dropped.

    >>> fold_body("Tỉnh ủy tỉnh Hải Dương") == fold_body("Tỉnh ủy Hải Dương")
    True
    """
    s = fold(value).replace("tp.", "tp ")
    s = _LEVEL.sub("", s + " ").strip()
    return re.sub(r"\s+", " ", s)


@dataclass
class Scores:
    """True positives, predictions and gold items; P/R/F1 derived from them."""

    tp: int = 0
    pred: int = 0
    gold: int = 0

    def __add__(self, other):
        return Scores(self.tp + other.tp, self.pred + other.pred, self.gold + other.gold)

    @property
    def p(self):
        return self.tp / self.pred if self.pred else 0.0

    @property
    def r(self):
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self):
        p, r = self.p, self.r
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self):
        return {
            "p": round(self.p, 4),
            "r": round(self.r, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "pred": self.pred,
            "gold": self.gold,
        }


@dataclass
class Report:
    """All scores of one evaluation."""

    entities: Scores
    partial_tp: int
    entities_by_label: dict
    facts: Scores
    facts_by_type: dict
    documents: int
    missing_predictions: list

    @property
    def partial_recall(self):
        return self.partial_tp / self.entities.gold if self.entities.gold else 0.0

    def to_dict(self):
        """The JSON structure of `score.py --json`."""
        return {
            "entities": self.entities.to_dict(),
            "entities_partial_recall": round(self.partial_recall, 4),
            "entities_by_label": {k: v.to_dict() for k, v in sorted(self.entities_by_label.items())},
            "facts": self.facts.to_dict(),
            "facts_by_type": {k: v.to_dict() for k, v in sorted(self.facts_by_type.items())},
            "documents": self.documents,
            "missing_predictions": self.missing_predictions,
        }

    def table(self):
        """A plain-text table of the scores."""
        e, f = self.entities, self.facts
        lines = [
            f"documents {self.documents}  missing predictions {len(self.missing_predictions)}",
            f"{'':<13}{'P':>7}{'R':>7}{'F1':>7}{'gold':>7}{'pred':>7}",
            f"{'entities':<13}{e.p:7.3f}{e.r:7.3f}{e.f1:7.3f}{e.gold:7d}{e.pred:7d}"
            f"   partial recall {self.partial_recall:.3f}",
        ]
        for k, v in sorted(self.entities_by_label.items()):
            lines.append(f"  {k:<11}{v.p:7.3f}{v.r:7.3f}{v.f1:7.3f}{v.gold:7d}{v.pred:7d}")
        lines.append(f"{'facts':<13}{f.p:7.3f}{f.r:7.3f}{f.f1:7.3f}{f.gold:7d}{f.pred:7d}")
        for k, v in sorted(self.facts_by_type.items()):
            lines.append(f"  {k:<11}{v.p:7.3f}{v.r:7.3f}{v.f1:7.3f}{v.gold:7d}{v.pred:7d}")
        return "\n".join(lines)


def event_key(ev):
    """The identifying value of an event (EVENTS.md, "Scoring")."""
    t = ev.get("type")
    if t == "official":
        return fold(ev.get("name") or "")
    if t == "appointment":
        return fold(ev.get("name") or "") + "|" + fold(ev.get("action") or "")
    if t == "award":
        return fold(ev.get("award") or "")
    if t == "ratio":
        if ev.get("numerator") is not None and ev.get("denominator") is not None:
            return f"{int(ev['numerator'])}/{int(ev['denominator'])}"
        if ev.get("percent") is not None:
            return f"{float(ev['percent']):g}%"
        return ""
    if t == "term":
        if ev.get("start") is not None and ev.get("end") is not None:
            return f"{int(ev['start'])}-{int(ev['end'])}"
        if ev.get("ordinal") is not None:
            return f"khóa {int(ev['ordinal'])}"
        return ""
    return ""


def facts(events):
    """Facts `(type, key, slot, value)` of a list of events.

    >>> facts([{"type": "term", "start": 2020, "end": 2025, "body": "Quận ủy"}])
    [('term', '2020-2025', None, None), ('term', '2020-2025', 'body', 'quận ủy')]
    """
    out = []
    for ev in events or []:
        t = ev.get("type")
        if t not in SCORED_SLOTS:
            continue
        k = event_key(ev)
        if not k:
            continue
        out.append((t, k, None, None))
        for slot in SCORED_SLOTS[t]:
            v = ev.get(slot)
            if v is None or v == []:
                continue
            if slot == "recipients_named":
                out.extend((t, k, slot, fold(n)) for n in v)
            elif slot == "period":
                out.append((t, k, slot, f"{int(v[0])}-{int(v[1])}"))
            elif slot in ("percent", "recipient_count", "year"):
                out.append((t, k, slot, float(v)))
            elif slot == "at_least":
                out.append((t, k, slot, bool(v)))
            elif slot in ("body", "giver"):
                out.append((t, k, slot, fold_body(v)))
            else:
                out.append((t, k, slot, fold(v)))
    return out


def _same(g, p):
    if g[:3] != p[:3]:
        return False
    slot, gv, pv = g[2], g[3], p[3]
    if slot == "percent":
        return abs(gv - pv) <= 0.05 + 1e-9
    if slot == "subject":
        return pv.startswith(gv)
    return gv == pv


def match_facts(gold, pred):
    """Greedy one-to-one matching of facts; RETURNS (int) the matches."""
    left = list(pred)
    n = 0
    for g in gold:
        for i, p in enumerate(left):
            if _same(g, p):
                n += 1
                del left[i]
                break
    return n


def score(gold_docs, pred_docs):
    """Score predictions against gold.

    gold_docs (dict): id → gold record.
    pred_docs (dict): id → predicted record.
    RETURNS (Report): the scores.
    """
    entities = Scores()
    partial = 0
    by_label = defaultdict(Scores)
    fact_total = Scores()
    by_type = defaultdict(Scores)
    for did, g in gold_docs.items():
        p = pred_docs.get(did, {})
        gs = {(s["start"], s["end"], s["label"]) for s in g.get("spans") or []}
        ps = {(s["start"], s["end"], s["label"]) for s in p.get("spans") or []}
        entities += Scores(len(gs & ps), len(ps), len(gs))
        partial += sum(1 for a in gs if any(b[2] == a[2] and b[0] < a[1] and a[0] < b[1] for b in ps))
        for lab in {x[2] for x in gs | ps}:
            gl = {x for x in gs if x[2] == lab}
            pl = {x for x in ps if x[2] == lab}
            by_label[lab] += Scores(len(gl & pl), len(pl), len(gl))
        gf, pf = facts(g.get("events")), facts(p.get("events"))
        for t in {x[0] for x in gf + pf}:
            gt = [x for x in gf if x[0] == t]
            pt = [x for x in pf if x[0] == t]
            s = Scores(match_facts(gt, pt), len(pt), len(gt))
            by_type[t] += s
            fact_total += s
    return Report(
        entities=entities,
        partial_tp=partial,
        entities_by_label=dict(by_label),
        facts=fact_total,
        facts_by_type=dict(by_type),
        documents=len(gold_docs),
        missing_predictions=sorted(set(gold_docs) - set(pred_docs)),
    )
