"""`ratio` events: fractions and percentages with what they count.

A fraction and the percentage that states its share in the same clause are
one event; a percentage of another base is its own.
"""

import re

from ..normalize import canonical
from .canon import canonical_rating
from .numbers import parse_fraction, parse_percent
from .types import Ratio

_STOP_AFTER = re.compile(
    r"\s(?:đạt|được|có|đã|tham gia|hoàn thành|xếp|trở|tán thành|đồng ý|biểu quyết|bỏ phiếu|dự|là|chiếm|của|so|tăng|giảm|vượt|với|trên|trong|tại|thực hiện)\b"
    r"|\s\d|,\s*(?=\d)|[.;:()\"“”]"
)
_VERBS_BEFORE = re.compile(
    r"\s(?:ước đạt|đạt tỷ lệ|đạt|là|chiếm|còn|giảm còn|tăng|giảm|bằng|vượt|lên|xuống|với tỷ lệ|có)\s*$"
)
_SAME_BASE = re.compile(r"^[\s,]*(?:\(|đạt tỷ lệ|đạt|tỷ lệ|bằng tỷ lệ|chiếm)?[\s,]*$")


def _subject_after(ctx, end, limit):
    tail = ctx.norm[end:limit]
    m = _STOP_AFTER.search(tail)
    phrase = tail[: m.start()] if m else tail
    words = phrase.split()[:12]
    if not words or not words[0][:1].isalpha():
        return None
    return " ".join(words)


def _subject_before(ctx, start, floor):
    head = ctx.norm[floor:start]
    m = _VERBS_BEFORE.search(head)
    if not m:
        return None
    head = head[: m.start()]
    cut = max(head.rfind(c) for c in ",;:.")
    words = head[cut + 1 :].split()
    while words and words[0].lower() in ("trong", "đó", "có", "và", "riêng", "toàn", "đến", "nay", "số"):
        words = words[1:]
    if not words or re.search(r"\d", words[0]):
        return None
    return " ".join(words[:12])


def drop_rate(subject):
    """'tỷ lệ hộ nghèo' → 'hộ nghèo': the subject names what is counted (guideline 18)."""
    if subject and re.match(r"(?i)t[ỷỉ] lệ\s+\S", subject):
        return subject.split(None, 2)[2]
    return subject


def _clauses(ctx, sent):
    s, e, _ = ctx.sentences[sent]
    text = ctx.norm[s:e]
    start = s
    for piece in text.split(";"):
        yield start, start + len(piece)
        start += len(piece) + 1


def extract(ctx):
    """Ratios of a document.

    ctx (DocContext): the document.
    RETURNS (list): `Ratio` events.
    """
    out = []
    for sent in range(len(ctx.sentences)):
        for c_start, c_end in _clauses(ctx, sent):
            ents = [e for e in ctx.ents if c_start <= e.start < c_end]
            ratios = [e for e in ents if e.label == "RATIO"]
            used = set()
            for i, ent in enumerate(ratios):
                if i in used:
                    continue
                frac = parse_fraction(ent.text)
                pct = parse_percent(ent.text)
                if frac is None and pct is None:
                    continue
                ev = Ratio(evidence=[(ent.start, ent.end)], rule="ratio")
                end = ent.end
                nxt_fraction = next(
                    (r.start for r in ratios[i + 1 :] if parse_fraction(r.text)), c_end
                )
                if frac:
                    ev.numerator, ev.denominator = frac
                    for j in range(i + 1, len(ratios)):
                        p = parse_percent(ratios[j].text)
                        if ratios[j].start >= nxt_fraction or p is None:
                            continue
                        between = ctx.norm[ent.end : ratios[j].start]
                        calc = 100.0 * frac[0] / frac[1] if frac[1] else None
                        close = calc is not None and abs(calc - p) <= 1.0
                        if close or _SAME_BASE.match(between) or (
                            "tỷ lệ" in between and "tổng số" not in ctx.norm[ratios[j].end : ratios[j].end + 12]
                        ):
                            ev.percent = p
                            ev.evidence.append((ratios[j].start, ratios[j].end))
                            used.add(j)
                            break
                    ev.subject = _subject_after(ctx, ent.end, c_end)
                else:
                    ev.percent = pct
                    ev.subject = _subject_after(ctx, ent.end, c_end) or _subject_before(ctx, ent.start, c_start)
                rating = next(
                    (e for e in ents if e.label == "RATING" and ent.end <= e.start < nxt_fraction), None
                )
                if rating is not None:
                    ev.rating = canonical_rating(rating.text)
                    ev.at_least = bool(re.match(r"^[\s\"”]*trở lên", ctx.norm[rating.end : rating.end + 12]))
                    ev.evidence.append((rating.start, rating.end))
                ev.subject = drop_rate(ev.subject)
                ev.year = ctx.year_for(ent.start)
                _warn(ev)
                out.append(ev)
    return out


def _warn(ev):
    if ev.numerator is not None and ev.denominator:
        if ev.numerator > ev.denominator:
            ev.warnings.append("numerator_exceeds_total")
        if ev.percent is not None and abs(100.0 * ev.numerator / ev.denominator - ev.percent) > 0.1 + 1e-9:
            ev.warnings.append("percent_mismatch")
