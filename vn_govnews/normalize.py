"""Text normalisation: one canonical spelling beside the text, never instead of it.

The pipeline never rewrites `doc.text`. These functions produce the
normalised form used for matching (`Token.norm_`) and for canonical event
values, plus an offset map so that anything found in the normalised string
can be traced back to the original.

Canonical form: Unicode NFC; the traditional tone-mark placement that most
news uses (hòa, thủy, Quận ủy rather than hoà, thuỷ, Quận uỷ); "Ð" (U+00D0)
read as "Đ"; curly quotes as straight ones; every odd space as a plain space;
invisible characters (zero-width joiners, soft hyphens, BOM) dropped.

>>> canonical("Quận uỷ  quận Gò Vấp")
'Quận ủy quận Gò Vấp'
>>> normalize("Ho\u0300a Bi\u0300nh") == "Hòa Bình"
True
"""

import functools
import re
import unicodedata

_TONES = "\u0300\u0301\u0303\u0309\u0323"
# new-style placement "oà, oè, uỳ" at the end of a syllable → "òa, òe, ùy";
# "qu" is a consonant, so "quà", "quý" are left alone.
_NEW_STYLE = re.compile(
    r"(?<![qQ])([oOuU])([aAeEyY])([" + _TONES + r"])(?![a-zA-ZđĐ\u0300-\u036f])"
)
_VOWEL_WITH_TONE = "".join(
    c for c in (chr(i) for i in range(0xC0, 0x1EFA))
    if unicodedata.normalize("NFD", c)[:1].lower() in "aey"
    and any(m in unicodedata.normalize("NFD", c) for m in _TONES)
    and len(unicodedata.normalize("NFD", c)) == 2
)
# the same placement fix on NFC text: "o" or "u" then a, e or y carrying the tone
_NEW_STYLE_NFC = re.compile(
    r"(?<![qQ])[oOuU][" + _VOWEL_WITH_TONE + r"](?![a-zA-ZđĐ\u00C0-\u1EF9\u0300-\u036f])"
)
# characters mapped one-to-one
_CHAR_MAP = {
    "\u00d0": "Đ",  # Icelandic eth, seen in legacy-encoded text
    "\u00f0": "đ",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2018": "'",
    "\u2019": "'",
    "\u2013": "-",
    "\u2014": "-",
    "\u2012": "-",
    "\u2212": "-",
    "\u2010": "-",
    "\u2011": "-",
    "\t": " ",
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u200b": " ",
    "\u3000": " ",
}
for _cp in range(0x2000, 0x200B):
    _CHAR_MAP[chr(_cp)] = " "
# characters dropped from the normalised form
_DROP = frozenset("\u00ad\u200c\u200d\u2060\ufeff")
_SPECIAL = re.compile("[" + re.escape("".join(_CHAR_MAP) + "".join(_DROP)) + "]")
_DROP_RE = re.compile("[" + "".join(_DROP) + "]")
_TRANSLATE = str.maketrans(_CHAR_MAP)
_MEMO_LIMIT = 20000  # texts up to this length are memoised (a few recent documents)


def _fix_pair(m):
    return fix_tone_placement(m.group(0))


def fix_tone_placement(text):
    """Move tone marks to the traditional placement (hoà → hòa, uỷ → ủy).

    text (str): any text.
    RETURNS (str): the text in NFC with traditional tone placement.

    >>> fix_tone_placement("Thuỷ lợi, hoà bình, khoẻ")
    'Thủy lợi, hòa bình, khỏe'
    >>> fix_tone_placement("quà, quý, hoàn")
    'quà, quý, hoàn'
    """
    nfd = unicodedata.normalize("NFD", text)
    fixed = _NEW_STYLE.sub(lambda m: m.group(1) + m.group(3) + m.group(2), nfd)
    return unicodedata.normalize("NFC", fixed)


def _clusters(text):
    """Split text into (start, end) ranges of a base character and its marks."""
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or not unicodedata.combining(text[i]):
            yield start, i
            start = i


def normalize_with_map(text):
    if len(text) <= _MEMO_LIMIT:
        return _normalize_with_map_memo(text)
    return _normalize_with_map(text)


@functools.lru_cache(maxsize=512)
def _normalize_with_map_memo(text):
    return _normalize_with_map(text)


def _normalize_with_map(text):
    """Normalise `text` and map every normalised character to the original.

    text (str): the original text.
    RETURNS (tuple): `(norm, offsets)` where `norm` is the normalised text and
        `offsets[i]` is the index in `text` where the character `norm[i]`
        comes from; `offsets[len(norm)] == len(text)`.

    >>> norm, offsets = normalize_with_map("Ho\u0300a\u00a0Bình")
    >>> norm, offsets
    ('Hòa Bình', [0, 1, 3, 4, 5, 6, 7, 8, 9])
    """
    if text.isascii():
        return text.replace("\t", " "), range(len(text) + 1)
    if unicodedata.is_normalized("NFC", text) and not _DROP_RE.search(text):
        # the common case: every change is one character for one, offsets are the identity
        return _NEW_STYLE_NFC.sub(_fix_pair, text.translate(_TRANSLATE)), range(len(text) + 1)
    out = []
    offsets = []
    for start, end in _clusters(text):
        chunk = text[start:end]
        if chunk in _DROP:
            continue
        chunk = _CHAR_MAP.get(chunk, chunk)
        if not chunk.isascii():
            chunk = unicodedata.normalize("NFC", chunk)
        for ch in chunk:
            out.append(ch)
            offsets.append(start)
    offsets.append(len(text))
    norm = "".join(out)
    # tone placement only swaps marks between two letters: length-preserving in NFC
    fixed = fix_tone_placement(norm)
    if len(fixed) == len(norm):
        norm = fixed
    return norm, offsets


def normalize(text):
    """The normalised form of `text` (see the module docstring).

    text (str): any text.
    RETURNS (str): the normalised text.

    >>> normalize("“Uỷ ban”")
    '"Ủy ban"'
    """
    return normalize_with_map(text)[0]


@functools.lru_cache(maxsize=4096)
def canonical(text):
    """Canonical form for event values: normalised, single-spaced, trimmed.

    text (str): a mention or value as written.
    RETURNS (str): the canonical value.

    >>> canonical(" “Hoàn thành  xuất sắc nhiệm vụ” ")
    'Hoàn thành xuất sắc nhiệm vụ'
    """
    norm = re.sub(r"\s+", " ", normalize(text))
    return norm.strip(" \"'.,;:()[]")


def fold(text):
    """Comparison key: canonical form in lower case (hoà = hòa, uỷ = ủy).

    text (str): any text.
    RETURNS (str): the folded form.

    >>> fold("Quận Uỷ") == fold("quận ủy")
    True
    """
    return canonical(text).lower()
