"""Corpus validation: the checks every gold document must pass.

Stricter than reading records: besides offsets and labels, a gold span must
not start or end on a space or punctuation, and every event must use known
types, slots and canonical values, and agree with the spans it rests on
(an `official` names a PERSON of the text, a `ratio` a RATIO, ...).

>>> rec = {"id": "x", "text": "Bí thư Lê Văn Tám", "events": [],
...        "spans": [{"start": 0, "end": 7, "label": "POSITION"}]}
>>> [p.message for p in validate_record(rec)]
["span 0 ends with a space or punctuation: 'Bí thư '"]
"""

import re
from dataclasses import dataclass

from ..normalize import canonical, fold
from ..schema import (
    ACTIONS,
    AWARD_KINDS,
    COMMON_SLOTS,
    EVENT_SLOTS,
    LABELS,
    RATINGS,
    RECIPIENT_TYPES,
)

_EDGE = " \t\n\r\u00a0.,;:!?\"'“”‘’()[]…-–—/"
_ABBREVIATIONS = re.compile(
    r"\b(UBND|HĐND|MTTQ|BCH|BTV|UBKT|TW|TƯ|LĐLĐ|LHPN|TNCS|ĐBQH|TPHCM|TP\.?HCM|TP\.|HCM)\b"
)
_CLASS = re.compile(r"hạng (nhất|nhì|ba)\b", re.IGNORECASE)
_RATING_FOLDS = {fold(r): r for r in RATINGS}


@dataclass(frozen=True)
class Problem:
    """One validation problem: where it is and what is wrong."""

    doc_id: str
    field: str
    message: str

    def __str__(self):
        return f"{self.doc_id}: {self.field}: {self.message}"


def _text_value_problems(value):
    if not isinstance(value, str):
        return ["is not a string"]
    out = []
    if value != canonical(value):
        out.append(f"is not canonical (expected {canonical(value)!r})")
    return out


def _check_span(text, i, span):
    start, end, label = span.get("start"), span.get("end"), span.get("label")
    if not (isinstance(start, int) and isinstance(end, int)) or not 0 <= start < end <= len(text):
        return [f"span {i} has bad offsets {start}..{end}"]
    out = []
    if label not in LABELS:
        out.append(f"span {i} has unknown label {label!r}")
    mention = text[start:end]
    if mention[0] in _EDGE and not (label == "RATIO" and mention[0].isdigit()):
        out.append(f"span {i} starts with a space or punctuation: {mention!r}")
    if mention[-1] in _EDGE and not (label == "RATIO" and mention.endswith("%")):
        out.append(f"span {i} ends with a space or punctuation: {mention!r}")
    return out


def _event_problems(ev, mentions):
    """Problems of one event; `mentions` maps label → set of folded mentions."""
    etype = ev.get("type")
    if etype not in EVENT_SLOTS:
        return [f"unknown event type {etype!r}"]
    out = []
    allowed = set(EVENT_SLOTS[etype]) | set(COMMON_SLOTS)
    for key in ev:
        if key not in allowed:
            out.append(f"{etype}: unknown slot {key!r}")
    text_slots = {
        "official": ("name", "role", "body"),
        "award": ("award", "giver", "presenter", "recipient", "criterion"),
        "ratio": ("subject",),
        "term": ("body",),
        "appointment": ("name", "role", "body"),
    }[etype]
    for slot in text_slots:
        value = ev.get(slot)
        if value is not None:
            out += [f"{etype}.{slot} {value!r} {p}" for p in _text_value_problems(value)]
            if slot in ("body", "giver") and isinstance(value, str) and _ABBREVIATIONS.search(value):
                out.append(f"{etype}.{slot} {value!r} keeps an abbreviation; expand it")
    persons = mentions["PERSON"]
    for slot in ("name", "presenter"):
        value = ev.get(slot)
        if slot in EVENT_SLOTS[etype] and value is not None and fold(value) not in persons:
            out.append(f"{etype}.{slot} {value!r} is not a PERSON span of the text")
    if etype in ("official", "appointment") and not ev.get("name"):
        out.append(f"{etype} needs a name")
    if etype == "award":
        if not ev.get("award"):
            out.append("award needs an award name")
        if ev.get("award_kind") not in AWARD_KINDS:
            out.append(f"award.award_kind {ev.get('award_kind')!r} is not one of {AWARD_KINDS}")
        if ev.get("recipient_type") not in (None,) + RECIPIENT_TYPES:
            out.append(f"award.recipient_type {ev.get('recipient_type')!r} is not one of {RECIPIENT_TYPES}")
        for name in ev.get("recipients_named") or []:
            if fold(name) not in persons:
                out.append(f"award.recipients_named {name!r} is not a PERSON span of the text")
        count = ev.get("recipient_count")
        if count is not None and (not isinstance(count, int) or count < 1):
            out.append(f"award.recipient_count {count!r} is not a positive integer")
        period = ev.get("period")
        if period is not None and not (
            isinstance(period, list) and len(period) == 2 and all(isinstance(y, int) for y in period)
            and 1900 <= period[0] <= period[1] <= 2100
        ):
            out.append(f"award.period {period!r} is not [from, to] years")
        award = ev.get("award") or ""
        for m in _CLASS.finditer(award):
            if m.group(1) != m.group(1).capitalize():
                out.append(f"award.award {award!r}: write the class as 'hạng {m.group(1).capitalize()}'")
        crit = ev.get("criterion")
        if crit is not None and fold(crit) in _RATING_FOLDS and crit != _RATING_FOLDS[fold(crit)]:
            out.append(f"award.criterion {crit!r}: use the canonical rating {_RATING_FOLDS[fold(crit)]!r}")
    if etype == "ratio":
        num, den, pct = ev.get("numerator"), ev.get("denominator"), ev.get("percent")
        if (num is None) != (den is None):
            out.append("ratio needs both numerator and denominator, or neither")
        for slot, value in (("numerator", num), ("denominator", den)):
            if value is not None and not isinstance(value, int):
                out.append(f"ratio.{slot} {value!r} is not an integer")
        if pct is not None and not isinstance(pct, (int, float)):
            out.append(f"ratio.percent {pct!r} is not a number")
        if num is None and pct is None:
            out.append("ratio needs a fraction or a percent")
        if isinstance(num, int) and isinstance(den, int) and f"{num}/{den}" not in mentions["RATIO_KEYS"]:
            out.append(f"ratio {num}/{den} is not a RATIO span of the text")
        if num is None and isinstance(pct, (int, float)) and round(float(pct), 4) not in mentions["PERCENTS"]:
            out.append(f"ratio {pct}% is not a RATIO span of the text")
        rating = ev.get("rating")
        if rating is not None and rating not in RATINGS:
            out.append(f"ratio.rating {rating!r} is not one of {RATINGS}")
        if ev.get("at_least") is not None and not isinstance(ev.get("at_least"), bool):
            out.append("ratio.at_least is not true, false or null")
        if rating is None and ev.get("at_least") is not None:
            out.append("ratio.at_least must be null when there is no rating")
        year = ev.get("year")
        if year is not None and not (isinstance(year, int) and 1900 <= year <= 2100):
            out.append(f"ratio.year {year!r} is not a year")
    if etype == "term":
        start, end, ordinal = ev.get("start"), ev.get("end"), ev.get("ordinal")
        if start is None and end is None and ordinal is None:
            out.append("term needs start-end or an ordinal")
        if (start is None) != (end is None):
            out.append("term needs both start and end, or neither")
        for slot, value in (("start", start), ("end", end), ("ordinal", ordinal)):
            if value is not None and not isinstance(value, int):
                out.append(f"term.{slot} {value!r} is not an integer")
    if etype == "appointment":
        if ev.get("action") not in ACTIONS:
            out.append(f"appointment.action {ev.get('action')!r} is not one of {ACTIONS}")
        term = ev.get("term")
        if term is not None and not re.fullmatch(r"\d{4}-\d{4}|khóa \d+", str(term)):
            out.append(f"appointment.term {term!r} is not 'start-end' or 'khóa N'")
        date = ev.get("date")
        if date is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(date)):
            out.append(f"appointment.date {date!r} is not YYYY-MM-DD")
    return out


def _mentions(text, spans):
    from ..events.numbers import parse_fraction, parse_percent  # local: keeps import light

    by_label = {label: set() for label in LABELS}
    keys, percents = set(), set()
    for s in spans:
        mention = text[s["start"] : s["end"]]
        by_label.setdefault(s["label"], set()).add(fold(mention))
        if s["label"] == "RATIO":
            frac = parse_fraction(mention)
            if frac:
                keys.add(f"{frac[0]}/{frac[1]}")
            pct = parse_percent(mention)
            if pct is not None:
                percents.add(round(pct, 4))
    by_label["RATIO_KEYS"] = keys
    by_label["PERCENTS"] = percents
    return by_label


def validate_record(record):
    """All problems of one gold record (an empty list when it is valid).

    record (dict): a record in the spec's format.
    RETURNS (list): `Problem`s.
    """
    doc_id = str(record.get("id"))
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return [Problem(doc_id, "text", "missing, blank or not a string")]
    problems = []
    spans = record.get("spans") or []
    good = []
    for i, span in enumerate(spans):
        msgs = _check_span(text, i, span)
        problems += [Problem(doc_id, "spans", m) for m in msgs]
        if not msgs or not msgs[0].startswith(f"span {i} has bad offsets"):
            good.append(span)
    good.sort(key=lambda s: (s["start"], s["end"]))
    for a, b in zip(good, good[1:]):
        if b["start"] < a["end"]:
            problems.append(
                Problem(doc_id, "spans", f"spans overlap: {text[a['start']:a['end']]!r} and {text[b['start']:b['end']]!r}")
            )
    mentions = _mentions(text, good)
    for i, ev in enumerate(record.get("events") or []):
        if not isinstance(ev, dict):
            problems.append(Problem(doc_id, f"events[{i}]", "is not an object"))
            continue
        problems += [Problem(doc_id, f"events[{i}]", m) for m in _event_problems(ev, mentions)]
    return problems


def validate_records(records):
    """Problems of many records, including duplicate ids.

    records (iterable): records.
    RETURNS (list): `Problem`s.
    """
    seen = set()
    problems = []
    for record in records:
        doc_id = str(record.get("id"))
        if doc_id in seen:
            problems.append(Problem(doc_id, "id", "duplicate id"))
        seen.add(doc_id)
        problems += validate_record(record)
    return problems
