"""`appointment` events: elections, appointments, dismissals, retirements,
disciplinary decisions, with role, body, term and date.
"""

import re

from ..normalize import canonical
from .canon import canonical_body, split_position
from .dates import find_date
from .numbers import parse_ordinal, parse_year_range
from .types import Appointment

ACTIONS = [
    ("reappointed", r"bổ nhiệm lại"),
    ("dismissed", r"miễn nhiệm|bãi nhiệm|cho thôi giữ chức|thôi giữ chức|cho thôi làm|miễn nhiệm chức"),
    ("resigned", r"xin thôi|xin nghỉ|nghỉ thôi việc|nghỉ công tác theo nguyện vọng|xin từ chức|từ chức"),
    ("retired", r"nghỉ hưu|nghỉ chế độ|nghỉ hưởng chế độ"),
    ("disciplined", r"kỷ luật|cảnh cáo|khiển trách|cách chức|khai trừ"),
    ("confirmed", r"phê chuẩn|chuẩn y"),
    ("elected", r"bầu(?! cử)|trúng cử|tái đắc cử|đắc cử|tái cử"),
    ("appointed", r"bổ nhiệm|chỉ định|điều động|luân chuyển|giao giữ chức|giao quyền"),
    ("assigned", r"phân công|giao nhiệm vụ|giao phụ trách"),
]
_VERB = re.compile("|".join(f"(?P<{a}>\\b(?:{p})\\b)" for a, p in ACTIONS), re.IGNORECASE)
_NOMINATION = re.compile(r"giới thiệu để bầu|giới thiệu bầu|đề cử|ứng cử|ứng viên|dự kiến|đề nghị bầu", re.IGNORECASE)
_OFFICE = re.compile(r"(?:giữ chức(?: vụ)?|chức vụ|chức danh|chức|làm|vào vị trí|vị trí|vào|là)\s*$", re.IGNORECASE)
_PASSIVE = re.compile(r"(?:được|bị|đã được|đã bị|vừa được|vừa bị|xin|đã)\s*$", re.IGNORECASE)


def _term(ctx, ents):
    for x in ents:
        if x.label == "TERM":
            years = parse_year_range(canonical(x.text))
            if years:
                return f"{years[0]}-{years[1]}"
            n = parse_ordinal(x.text)
            if n is not None:
                return f"khóa {n}"
    return None


def extract(ctx):
    """Appointments of a document.

    ctx (DocContext): the document.
    RETURNS (list): `Appointment` events, one per (person, action).
    """
    out = {}
    year = ctx.doc_year()
    first_date = find_date(ctx.norm[: ctx.sentences[0][1]] if ctx.sentences else "", year)
    for sent in range(len(ctx.sentences)):
        s, e, para = ctx.sentences[sent]
        sentence = ctx.norm[s:e]
        verbs = [m for m in _VERB.finditer(sentence)]
        if not verbs:
            continue
        ents = ctx.sentence_ents(sent)
        persons = [x for x in ents if x.label == "PERSON"]
        if not persons:
            continue
        para_start = min(ps for ps, pe, pp in ctx.sentences if pp == para)
        date = find_date(sentence, year) or find_date(ctx.norm[para_start:s], year) or first_date
        term = _term(ctx, ents)
        for vi, verb in enumerate(verbs):
            if _NOMINATION.search(sentence[max(0, verb.start() - 25) : verb.end() + 5]):
                continue
            action = verb.lastgroup
            v_start, v_end = s + verb.start(), s + verb.end()
            seg_end = s + verbs[vi + 1].start() if vi + 1 < len(verbs) else e
            seg_start = s + verbs[vi - 1].end() if vi > 0 else s
            if _PASSIVE.search(ctx.norm[seg_start:v_start]) or not any(v_end <= p.start < seg_end for p in persons):
                targets = [p for p in persons if seg_start <= p.start < v_start][-1:]
            else:
                targets = [p for p in persons if v_end <= p.start < seg_end]
            if not targets:
                continue
            for t, person in enumerate(targets):
                limit = targets[t + 1].start if t + 1 < len(targets) else seg_end
                role, body = _office(ctx, ents, person, v_end, limit, s)
                ev = Appointment(
                    name=person.value,
                    action=action,
                    role=role,
                    body=body,
                    term=term,
                    date=date,
                    evidence=[(v_start, v_end), (person.start, person.end)],
                    rule=f"appointment_{action}",
                )
                k = (person.value.lower(), action)
                if k in out:
                    old = out[k]
                    for slot in ("role", "body", "term", "date"):
                        if getattr(old, slot) is None:
                            setattr(old, slot, getattr(ev, slot))
                    old.evidence += ev.evidence
                else:
                    out[k] = ev
    return list(out.values())


def _office(ctx, ents, person, v_end, limit, s):
    """The office of an appointment: after "giữ chức ..." or beside the name."""
    positions = [x for x in ents if x.label == "POSITION"]
    chosen = None
    for x in positions:
        if v_end <= x.start < limit and _OFFICE.search(ctx.norm[max(s, x.start - 16) : x.start]):
            chosen = x
            break
    if chosen is None:
        for x in positions:
            if x.start >= person.end and re.match(r"^\s*[,(\-–]?\s*$", ctx.norm[person.end : x.start]):
                chosen = x
                break
            if x.end <= person.start and re.match(r"^\s*(?:,\s*)?(?:(?:đồng chí|ông|bà|đ/c)\s*)?$", ctx.norm[x.end : person.start], re.IGNORECASE):
                chosen = x
    if chosen is None:
        return None, None
    role, body = split_position(chosen.text)
    return role, canonical_body(body, ctx.places) if body else None
