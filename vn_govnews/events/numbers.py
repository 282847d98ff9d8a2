"""Vietnamese numbers: decimal comma, thousands dot or space, fractions,
percentages, Roman and Arabic ordinals, year ranges.

>>> parse_number("8.700"), parse_number("97,7"), parse_number("1 250")
(8700, 97.7, 1250)
>>> parse_fraction("43/44"), parse_percent("97,7%"), parse_percent("53,2 %")
((43, 44), 97.7, 53.2)
>>> parse_roman("XIII"), parse_ordinal("khóa 12"), parse_year_range("2021 – 2026")
(13, 12, (2021, 2026))
"""

import re

from ..normalize import normalize

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_RE = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
_WORD_ORDINALS = {"nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5,
                  "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_FRACTION = re.compile(r"^\s*(\d{1,3}(?:[.\s]\d{3})+|\d+)\s*/\s*(\d{1,3}(?:[.\s]\d{3})+|\d+)\s*$")
_PERCENT = re.compile(r"^\s*(\d+(?:[.\s]\d{3})*(?:,\d+)?|\d+(?:\.\d+)?)\s*%\s*$")
_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})\s*[-–—‒−]\s*((?:19|20)\d{2})")


def parse_number(text):
    """Read a Vietnamese number: "8.700" → 8700, "97,7" → 97.7.

    A dot followed by exactly three digits groups thousands; a comma is the
    decimal mark. A lone dot followed by other than three digits is read as
    a decimal point (as in copied English text: "7.5").

    text (str): the number as written.
    RETURNS (int | float | None): the value, or None if it is not a number.
    """
    s = normalize(text).strip().replace(" ", "")
    if not s:
        return None
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):
        s = s.replace(".", "")
    elif re.fullmatch(r"\d+\.\d+", s):
        return float(s)
    if re.fullmatch(r"\d+", s):
        return int(s)
    if re.fullmatch(r"\d+,\d+", s):
        return float(s.replace(",", "."))
    return None


def parse_fraction(text):
    """Read "a/b" as a (numerator, denominator) pair, or None.

    text (str): e.g. "43/44" or "1.250/1.300".
    RETURNS (tuple | None): two ints.
    """
    m = _FRACTION.match(normalize(text))
    if not m:
        return None
    num, den = parse_number(m.group(1)), parse_number(m.group(2))
    if not isinstance(num, int) or not isinstance(den, int) or den == 0:
        return None
    return num, den


def parse_percent(text):
    """Read "97,7%" → 97.7, or None.

    text (str): a percentage as written, sign included.
    RETURNS (float | None): the value.
    """
    m = _PERCENT.match(normalize(text))
    if not m:
        return None
    value = parse_number(m.group(1))
    return None if value is None else float(value)


def parse_roman(text):
    """Read a Roman numeral ("XIII" → 13), or None.

    text (str): the numeral, any case.
    RETURNS (int | None): its value.
    """
    s = text.strip().upper()
    if not s or not _ROMAN_RE.match(s):
        return None
    total = 0
    for i, ch in enumerate(s):
        value = _ROMAN[ch]
        if i + 1 < len(s) and _ROMAN[s[i + 1]] > value:
            total -= value
        else:
            total += value
    return total


def parse_ordinal(text):
    """The number in "khóa XII", "khóa 12", "lần thứ Nhất" (→ 12, 12, 1).

    text (str): an ordinal expression; its last word is read.
    RETURNS (int | None): the number.
    """
    words = normalize(text).strip().split()
    if not words:
        return None
    last = words[-1].strip(".,;:()")
    if last.isascii() and last.isdigit():
        return int(last)
    roman = parse_roman(last)
    if roman is not None:
        return roman
    return _WORD_ORDINALS.get(last.lower())


def parse_year_range(text):
    """The first "YYYY-YYYY" range in text, with any dash and spacing.

    text (str): e.g. "nhiệm kỳ 2021 - 2026".
    RETURNS (tuple | None): (start, end) years.
    """
    m = _YEAR_RANGE.search(text)
    return (int(m.group(1)), int(m.group(2))) if m else None
