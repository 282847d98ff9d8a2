"""`term` events: terms of office with the body they belong to."""

import re

from ..normalize import canonical
from .canon import canonical_body
from .numbers import parse_ordinal, parse_year_range
from .types import Term

_ADJACENT = re.compile(r"^\s*(?:lần thứ\s+[IVXLC\d]+)?\s*[,(]?\s*$", re.IGNORECASE)


def implausible(start, end):
    """True when a term is not 2 to 5 years long (or ends before it starts).

    >>> implausible(2020, 2025), implausible(2026, 2061), implausible(2022, 2025)
    (False, True, False)
    """
    return end < start or not 2 <= end - start <= 5


_MEETING = re.compile(r"\b(?:Đại hội|đại hội|Kỳ họp|kỳ họp|Hội nghị)\b")
_BODY_HEAD = re.compile(r"^(?:Đảng bộ|Đảng ủy|Đảng uỷ|Chi bộ|HĐND|Hội đồng nhân dân|Ban Chấp hành|BCH|Quốc hội|Hội|Công đoàn|Đoàn|Ủy ban Mặt trận|Uỷ ban Mặt trận|Ủy ban MTTQ|Uỷ ban MTTQ|MTTQ|Liên đoàn)", re.IGNORECASE)


def _congress_body(ctx, ents, i):
    """The body whose congress or session the sentence is about ("Đảng bộ phường X khai mạc Đại hội ..., nhiệm kỳ ...")."""
    ent = ents[i]
    s, _, _ = ctx.sentences[ent.sent]
    if not _MEETING.search(ctx.norm[s : ent.start]):
        return None
    for prev in reversed(ents[:i]):
        if prev.sent != ent.sent:
            break
        if prev.label == "ORG" and _BODY_HEAD.match(prev.text):
            return canonical_body(prev.text, ctx.places)
        if prev.label == "TERM":
            break
    return None


def extract(ctx):
    """Terms of a document, one per value.

    ctx (DocContext): the document.
    RETURNS (list): `Term` events.
    """
    out = {}
    ents = ctx.ents
    previous_body = None
    for i, ent in enumerate(ents):
        if ent.label != "TERM":
            previous_body = None
            continue
        years = parse_year_range(canonical(ent.text))
        ordinal = None if years else parse_ordinal(ent.text)
        if not years and ordinal is None:
            continue
        body = None
        if i > 0 and _ADJACENT.match(ctx.norm[ents[i - 1].end : ent.start]):
            prev = ents[i - 1]
            if prev.label == "ORG":
                body = canonical_body(prev.text, ctx.places)
            elif prev.label == "TERM":
                body = previous_body
        if body is None and ent.label == "TERM":
            body = _congress_body(ctx, ents, i)
        previous_body = body
        ev = Term(
            start=years[0] if years else None,
            end=years[1] if years else None,
            ordinal=ordinal,
            body=body,
            evidence=[(ent.start, ent.end)],
            rule="term",
        )
        if years and implausible(*years):
            ev.warnings.append("implausible_term")
        # one event per (value, body): the same term of two bodies is two events (guideline 1);
        # a mention without a body joins an event of the same value
        value = (ev.start, ev.end, ev.ordinal)
        same = [k for k in out if k[0] == value]
        if body is None and same:
            out[same[0]].evidence += ev.evidence
            continue
        unbodied = [k for k in same if k[1] is None]
        if body is not None and unbodied:
            old = out.pop(unbodied[0])
            ev.evidence = old.evidence + ev.evidence
        k = (value, None if body is None else body.lower())
        if k in out:
            out[k].evidence += ev.evidence
        else:
            out[k] = ev
    return list(out.values())
