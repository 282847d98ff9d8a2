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
_PASSIVE = re.compile(r"(?:được|bị)\s*(?:hiệp thương\s*)?$", re.IGNORECASE)


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


def _doc_term(ctx, before):
    """The nearest TERM before `before` in the same paragraph."""
    terms = [x for x in ctx.ents if x.label == "TERM"]
    earlier = [x for x in terms if x.end <= before]
    para = ctx.sentences[ctx.sentence_of(before)][2]
    earlier = [x for x in earlier if ctx.sentences[x.sent][2] == para]
    for pool in (earlier[::-1],):
        for x in pool:
            value = _term(ctx, [x])
            if value:
                return value
    return None


def extract(ctx):
    """Appointments of a document.

    ctx (DocContext): the document.
    RETURNS (list): `Appointment` events, one per (person, action, office).
    """
    out = {}
    year = ctx.doc_year()
    first_date = find_date(ctx.norm, year)
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
        date = find_date(sentence, year) or find_date(ctx.norm[min(ps for ps, pe, pp in ctx.sentences if pp == para):s], year) or first_date
        term = _term(ctx, ents) or _doc_term(ctx, s)
        for vi, verb in enumerate(verbs):
            if _NOMINATION.search(sentence[max(0, verb.start() - 25) : verb.end() + 5]):
                continue
            action = verb.lastgroup
            v_start, v_end = s + verb.start(), s + verb.end()
            seg_end = s + verbs[vi + 1].start() if vi + 1 < len(verbs) else e
            seg_start = s + verbs[vi - 1].end() if vi > 0 else s
            # a clause boundary (";") also ends the segment
            semi = ctx.norm.rfind(";", seg_start, v_start)
            seg_start = max(seg_start, semi + 1)
            semi = ctx.norm.find(";", v_end, seg_end)
            seg_end = semi if semi >= 0 else seg_end
            before = [p for p in persons if seg_start <= p.start < v_start]
            after = [p for p in persons if v_end <= p.start < seg_end]
            passive = bool(_PASSIVE.search(ctx.norm[seg_start:v_start])) or not after
            targets = _listed(ctx, before) if passive else after
            if not targets:
                continue
            offices = _offices(ctx, ents, targets, v_end, seg_end, s, passive)
            for person, role, body in offices:
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
                _add(out, ev)
    return list(out.values())


def _add(out, ev):
    """Add an event; one with no office merges into one for the same person and action."""
    k = (ev.name.lower(), ev.action, (ev.role or "").lower(), (ev.body or "").lower())
    same = [key for key in out if key[:2] == k[:2]]
    if ev.role is None and same:
        return
    for key in same:
        if key[2:] == ("", ""):
            del out[key]
    if k in out:
        out[k].evidence += ev.evidence
    else:
        out[k] = ev


def _listed(ctx, persons):
    """The last name before a verb, with the names listed right before it ("A, B và C")."""
    if not persons:
        return []
    chosen = [persons[-1]]
    for p in persons[-2::-1]:
        if re.match(r"^\s*(?:,|và)\s*(?:(?:đồng chí|ông|bà)\s+)?$", ctx.norm[p.end : chosen[0].start], re.IGNORECASE):
            chosen.insert(0, p)
        else:
            break
    return chosen


_JOIN = re.compile(r"(?:tham gia|vào|làm (?:thành viên|ủy viên|uỷ viên))\s*$", re.IGNORECASE)


def _offices(ctx, ents, targets, start, end, s, passive=False):
    """(person, role, body) for each person and each office named for them.

    Names after the verb take the offices up to the next name; names before a
    passive verb ("A và B được bầu làm ...") share the offices after it.
    """
    out = []
    respectively = "lần lượt" in ctx.norm[s:end]
    positions = [x for x in ents if x.label == "POSITION" and start <= x.start < end]
    if passive and not (respectively and len(positions) == len(targets) > 1):
        shared = [p for p in _offices(ctx, ents, targets[-1:], start, end, s) if p[1] is not None]
        if shared:
            return [(person, role, body) for person in targets for _, role, body in shared]
        return [(person,) + _office(ctx, ents, person, start, end, s) for person in targets]
    if respectively and len(targets) > 1 and len(positions) == len(targets):
        shared = next((split_position(x.text)[1] for x in reversed(positions) if split_position(x.text)[1]), None)
        for person, pos in zip(targets, positions):
            role, body = split_position(pos.text)
            body = body or shared
            out.append((person, role, canonical_body(body, ctx.places) if body else None))
        return out
    for t, person in enumerate(targets):
        limit = targets[t + 1].start if t + 1 < len(targets) and targets[t + 1].start > person.end else end
        lo = person.end if person.end > start else start
        found = []
        for x in ents:
            if not (lo <= x.start < limit):
                continue
            lead = ctx.norm[max(s, x.start - 18) : x.start]
            if x.label == "POSITION" and (_OFFICE.search(lead) or re.search(r"(?:,|và)\s*$", lead) and found):
                role, body = split_position(x.text)
                found.append((person, role, canonical_body(body, ctx.places) if body else None))
            elif x.label == "ORG" and _JOIN.search(lead):
                found.append((person, "Ủy viên", canonical_body(x.text, ctx.places)))
        if not found:
            role, body = _office(ctx, ents, person, start, limit, s)
            found.append((person, role, body))
        out += found
    return out


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
