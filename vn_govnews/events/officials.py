"""`official` events: a person presented with an office.

"Title Name" (with chains of titles), "Name, Title" (apposition, with
chains), "Name (Title)", "Name - Title". An office reached only in an
appointment phrase ("giữ chức ...") is left to `appointments`.
"""

import re

from ..normalize import fold
from .canon import canonical_body, split_position
from .types import Official

_CHAIN_GAP = re.compile(r"^\s*(?:,|kiêm|và)?\s*(?:kiêm\s+)?$")
_TITLE_NAME_GAP = re.compile(r"^\s*(?:,\s*)?(?:(?:đồng chí|Đồng chí|đ/c|Đ/c|ông|bà|Ông|Bà)\s*)?$")
_APPOSITION_GAP = re.compile(r"^\s*[,(\-–:]\s*$")
_OFFICE_OF_APPOINTMENT = re.compile(
    r"(?:giữ chức(?: vụ)?|chức vụ|chức danh|chức|làm|vào vị trí|vị trí|bầu|bổ nhiệm|trúng cử|tái đắc cử|miễn nhiệm|thôi)\s*$",
    re.IGNORECASE,
)


def _official(ctx, person, position, rule):
    role, body = split_position(position.text)
    return Official(
        name=person.value,
        role=role,
        body=canonical_body(body, ctx.places) if body else None,
        evidence=[(position.start, position.end), (person.start, person.end)],
        rule=rule,
    )


def _is_appointment_office(ctx, position):
    return bool(_OFFICE_OF_APPOINTMENT.search(ctx.norm[max(0, position.start - 25) : position.start]))


def extract(ctx):
    """Officials of a document.

    ctx (DocContext): the document.
    RETURNS (list): `Official` events, one per (person, office).
    """
    out = []
    ents = ctx.ents
    shared = {}  # plural title ("các Phó Chủ tịch ...") carried along a list of names
    for i, ent in enumerate(ents):
        if ent.label != "PERSON":
            continue
        # titles before the name, chained
        k = i - 1
        gap_ok = _TITLE_NAME_GAP
        before = []
        while k >= 0 and ents[k].label == "POSITION" and gap_ok.match(ctx.norm[ents[k].end : ents[k + 1].start]):
            before.append(ents[k])
            gap_ok = _CHAIN_GAP
            k -= 1
        for pos in before:
            if not _is_appointment_office(ctx, pos):
                out.append(_official(ctx, ent, pos, "title_name"))
        if before and before[0].text.lower().startswith("các "):
            shared = {"positions": before, "end": ent.end}
        elif not before and shared and re.match(r"^\s*(?:,|và)\s*$", ctx.norm[shared["end"] : ent.start]):
            for pos in shared["positions"]:
                out.append(_official(ctx, ent, pos, "title_list"))
            shared["end"] = ent.end
        elif not before:
            shared = {}
        # apposition after the name
        k = i + 1
        gap_ok = _APPOSITION_GAP
        while k < len(ents) and ents[k].label == "POSITION" and gap_ok.match(ctx.norm[ents[k - 1].end : ents[k].start]):
            if k + 1 < len(ents) and ents[k + 1].label == "PERSON" and _TITLE_NAME_GAP.match(
                ctx.norm[ents[k].end : ents[k + 1].start]
            ):
                break  # the title introduces the next name
            if not _is_appointment_office(ctx, ents[k]):
                out.append(_official(ctx, ent, ents[k], "name_title"))
            gap_ok = _CHAIN_GAP
            k += 1
    return _dedupe(out)


def _dedupe(events):
    seen = {}
    for ev in events:
        k = (fold(ev.name), fold(ev.role or ""), fold(ev.body or ""))
        if k in seen:
            seen[k].evidence += ev.evidence
        else:
            seen[k] = ev
    return list(seen.values())
