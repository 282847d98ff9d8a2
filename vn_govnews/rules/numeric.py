"""TERM and RATIO: terms of office, fractions and percentages.

>>> from vn_govnews.rules.base import Syllables
>>> def show(text):
...     sy = Syllables(text)
...     return [(sy.norm[sy.spans[m.start][0]:sy.spans[m.end - 1][1]], m.label) for m in find_numeric(sy)]
>>> show("nhiệm kỳ 2025-2030, 2026-2031 và khóa XIII")
[('nhiệm kỳ 2025-2030', 'TERM'), ('2026-2031', 'TERM'), ('khóa XIII', 'TERM')]
>>> show("Ngày 25/8, có 43/44 chi bộ đạt 97,7% và 53,2 % hộ; Quyết định 05/QĐ-UBND")
[('43/44', 'RATIO'), ('97,7%', 'RATIO'), ('53,2 %', 'RATIO')]
"""

import re

from ..events.numbers import parse_roman
from .base import Match

_YEAR_RANGE = re.compile(r"^(?:19|20)\d\d[-–](?:19|20)\d\d$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_FRACTION = re.compile(r"^(\d+(?:[.,]\d+)*)/(\d+(?:[.,]\d+)*)$")
_PERCENT = re.compile(r"^\d+(?:[.,]\d+)*%$")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")
_DATE_WORDS = {
    "ngày", "đợt", "dịp", "sáng", "chiều", "tối", "trưa", "đêm", "hôm", "từ", "đến", "tới",
    "trước", "sau", "vào", "mùng", "lễ", "tết", "nay", "qua", "hạn", "kỳ", "khai", "mạc",
}


def _year_range(sy, i):
    """End of a year range at syllable i ("2020-2025" or "2021 - 2026"), or i."""
    if i < len(sy) and _YEAR_RANGE.match(sy.forms[i]):
        return i + 1
    if (
        i + 2 < len(sy)
        and _YEAR.match(sy.forms[i])
        and sy.forms[i + 1] in ("-", "–")
        and _YEAR.match(sy.forms[i + 2])
    ):
        return i + 3
    return i


def find_numeric(sy):
    """TERM and RATIO matches.

    sy (Syllables): the text.
    RETURNS (list): `Match`es.
    """
    out = []
    n = len(sy)
    i = 0
    while i < n:
        low = sy.lower[i]
        if low == "nhiệm" and i + 2 < n and sy.lower[i + 1] in ("kỳ", "kì") and sy.joined(i + 1):
            k = i + 2
            if k < n and sy.forms[k] == ":":
                k += 1
            end = _year_range(sy, k)
            if end > k:
                out.append(Match(i, end, "TERM", "term_years", 5))
                i = end
                # coordinated ranges without the keyword: ", 2026-2031", "và 2026-2031"
                while i + 1 < n and sy.forms[i] in (",", "và", ";"):
                    more = _year_range(sy, i + 1)
                    if more == i + 1:
                        break
                    out.append(Match(i + 1, more, "TERM", "term_coordinated", 5))
                    i = more
                continue
        if low in ("khóa", "khoá") and i + 1 < n and sy.joined(i + 1):
            value = sy.forms[i + 1]
            if (value.isascii() and value.isdigit() and 0 < int(value) < 100) or (value.isupper() and parse_roman(value)):
                out.append(Match(i, i + 2, "TERM", "term_ordinal", 5))
                i += 2
                continue
        m = _FRACTION.match(sy.forms[i])
        if m and not _is_date(sy, i, m):
            out.append(Match(i, i + 1, "RATIO", "fraction", 5))
        elif _PERCENT.match(sy.forms[i]):
            out.append(Match(i, i + 1, "RATIO", "percent", 5))
        elif _NUMBER.match(sy.forms[i]) and i + 1 < n and sy.forms[i + 1] == "%" and sy.gap(i + 1) in ("", " "):
            out.append(Match(i, i + 2, "RATIO", "percent", 5))
            i += 2
            continue
        i += 1
    return out


def _is_date(sy, i, m):
    """A d/m expression read as a date, not a part of a whole."""
    try:
        a, b = int(m.group(1)), int(m.group(2))
    except ValueError:
        return False
    if not (1 <= a <= 31 and 1 <= b <= 12):
        return False
    prev = sy.lower[i - 1] if i > 0 else ""
    if prev in _DATE_WORDS or prev in ("(", "-", "–") or i == 0:
        return True
    if a > b:
        return True
    nxt = sy.lower[i + 1] if i + 1 < len(sy) else ""
    return not sy.is_word(i + 1) and nxt not in ("(",)
