"""AWARD and RATING: forms of commendation, emulation titles, quality grades.

>>> from vn_govnews.rules.base import Syllables
>>> def show(text):
...     sy = Syllables(text)
...     return [(sy.norm[sy.spans[m.start][0]:sy.spans[m.end - 1][1]], m.label) for m in find_awards(sy)]
>>> show("trao Huân chương Lao động hạng Ba và Huy hiệu 55 năm tuổi Đảng")
[('Huân chương Lao động hạng Ba', 'AWARD'), ('Huy hiệu 55 năm tuổi Đảng', 'AWARD')]
>>> show("43 chi bộ đạt hoàn thành tốt nhiệm vụ trở lên; phấn đấu hoàn thành nhiệm vụ được giao")
[('hoàn thành tốt nhiệm vụ', 'RATING')]
"""

from ..lexicon import phrase_trie
from .base import Match

_CLASSES = {"nhất", "nhì", "ba"}
_TRIGGERS = {
    ("đạt",), ("loại",), ("xếp", "loại"), ("mức",), ("tiêu", "chuẩn"), ("đánh", "giá"),
    ("là",), ("đạt", "mức"), ("xếp",), ("hiệu",), ("hạng",), ("được",), (":",),
}
_QUOTES = {'"', "'"}
_STOP = {"cho", "của", "tặng", "và", "năm", "đối", "với", "các", "trao", "đã", "được", "tại", "nhân", "dịp", "vì"}


def find_awards(sy):
    """AWARD and RATING matches.

    sy (Syllables): the text.
    RETURNS (list): `Match`es.
    """
    out = []
    awards = phrase_trie("awards")
    ratings = phrase_trie("ratings")
    n = len(sy)
    i = 0
    while i < n:
        end, row = sy.lookup(awards, i)
        if row is not None:
            end = _extend_award(sy, i, end, row)
            out.append(Match(i, end, "AWARD", "award", 4))
            i = end
            continue
        badge = _party_badge(sy, i)
        if badge > i:
            out.append(Match(i, badge, "AWARD", "party_badge", 4))
            i = badge
            continue
        end, row = sy.lookup(ratings, i)
        if row is not None and _is_grade(sy, i, end, row):
            out.append(Match(i, end, "RATING", "rating", 4))
            i = end
            continue
        i += 1
    return out


def _extend_award(sy, i, end, row):
    n = len(sy)
    if row["classes"] == "yes" and end + 1 < n and sy.lower[end] == "hạng" and sy.lower[end + 1] in _CLASSES:
        return end + 2
    if row["kind"] == "commemorative_medal" and end < n and sy.joined(end) and sy.is_cap(end):
        j = end
        while j < n and sy.joined(j) and sy.is_word(j) and (j == end or sy.lower[j] not in _STOP) and j - end < 8:
            j += 1
        return j
    return end


def _party_badge(sy, i):
    """End of "Huy hiệu N (năm) tuổi Đảng" at i, or i."""
    n = len(sy)
    if not (i + 4 < n and sy.lower[i] == "huy" and sy.lower[i + 1] == "hiệu" and sy.forms[i + 2].isascii() and sy.forms[i + 2].isdigit()):
        return i
    j = i + 3
    if sy.lower[j] == "năm":
        j += 1
    if j + 1 < n and sy.lower[j] == "tuổi" and sy.lower[j + 1] == "đảng":
        return j + 2
    return i


def _is_grade(sy, i, end, row):
    """A rating phrase used as a grade, not as a verb phrase with an object."""
    k = i - 1
    quoted_before = k >= 0 and sy.forms[k] in _QUOTES
    if quoted_before:
        k -= 1
    before = tuple(sy.lower[max(0, k - 1) : k + 1])
    trigger = before in _TRIGGERS or before[-1:] in _TRIGGERS
    after = sy.lower[end : end + 2]
    at_least = after == ["trở", "lên"]
    quoted = quoted_before and end < len(sy) and sy.forms[end] in _QUOTES
    if row["form"] in ("yếu kém",):
        return trigger and not quoted_before or at_least
    if row["form"].startswith("trong sạch") and not (sy.is_cap(i) or trigger):
        return False
    if len(row["form"]) <= 5 and row["form"].isalpha():  # HTXSNV ... abbreviations
        return sy.forms[i].isupper()
    return trigger or at_least or quoted
