"""Syllable tokens: the unit every segmenter groups into words.

>>> text = "Ngày 25/8, TP.HCM đạt 97,7% (43/44); nhiệm kỳ 2021 - 2026, Đ/c H'Hen Niê"
>>> [text[s:e] for s, e in syllable_spans(text)]  # doctest: +NORMALIZE_WHITESPACE
['Ngày', '25/8', ',', 'TP.HCM', 'đạt', '97,7%', '(', '43/44', ')', ';', 'nhiệm', 'kỳ',
 '2021', '-', '2026', ',', 'Đ/c', "H'Hen", 'Niê']
"""

import functools
import re

_TOKEN = re.compile(
    r"""
    (?:https?://|www\.)\S+[^\s.,;:!?)\]]            # links
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                  # e-mail
    | \d+(?:[/-]\d+)*(?:/[A-ZĐa-zđ][\w&]*(?:[-/.][\w&]+)*) # document numbers: 05/NQ-TU, 98/2023/NĐ-CP
    | \d+-[A-ZĐ][\w&]*(?:[-/][\w&]+)+               # 366-QĐ/TW
    | (?:19|20)\d\d[-–](?:19|20)\d\d(?!\d)          # year ranges 2020-2025
    | \d+(?:[.,]\d+)*(?:/\d+(?:[.,]\d+)*)*%?        # numbers, fractions, dates, percentages
    | [A-ZĐ]{1,4}\.(?:[A-ZĐ][A-ZĐa-zđ]*\.?)*[A-ZĐ]+(?![\w.]) # TP.HCM, T.Ư
    | [ĐđA-Za-z]/[a-z]\b                           # Đ/c, đ/c
    | [^\W\d_]'[^\W\d_]+                            # H'Hen, K'Ho
    | [^\W_]+                                       # words (letters and digits)
    | \S                                            # anything else, one character
    """,
    re.VERBOSE,
)


def syllable_spans(text):
    """Spans of syllables, numbers and punctuation in `text`.

    text (str): normalised text (NFC; see `vn_govnews.normalize`).
    RETURNS (list): `(start, end)` pairs; whitespace is never inside a span.
    """
    if len(text) <= 20000:
        return _syllable_spans_memo(text)
    return [m.span() for m in _TOKEN.finditer(text)]


@functools.lru_cache(maxsize=512)
def _syllable_spans_memo(text):
    # the tokenizer and the rule layer cut the same documents: cut each once
    return [m.span() for m in _TOKEN.finditer(text)]


class SyllableSegmenter:
    """Syllables as words: no statistical segmentation at all (the fastest)."""

    name = "syllable"

    def segment(self, text):
        return syllable_spans(text)
