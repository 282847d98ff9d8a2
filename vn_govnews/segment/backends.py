"""Statistical word segmenters (pyvi, underthesea) aligned to syllable tokens.

Each backend is used through its public API. Its words are aligned back to
the text; then syllables that fall inside one backend word, separated by a
single space, are grouped. A backend can therefore join syllables but never
split one or cross punctuation.
"""

from .syllables import syllable_spans


def _align(text, words):
    """Locate each word's syllables in text, in order; returns word spans."""
    spans = []
    pos = 0
    for word in words:
        first = last = None
        for syl in word.split():
            found = text.find(syl, pos)
            if found < 0:
                break
            if first is None:
                first = found
            last = found + len(syl)
            pos = last
        if first is not None:
            spans.append((first, last))
    return spans


def group_syllables(text, word_spans):
    """Group syllable tokens that lie inside one word span.

    text (str): the text.
    word_spans (list): `(start, end)` of the backend's words.
    RETURNS (list): word spans made of whole syllables.
    """
    syllables = syllable_spans(text)
    out = []
    w = 0
    for start, end in syllables:
        while w < len(word_spans) and word_spans[w][1] <= start:
            w += 1
        inside = w < len(word_spans) and word_spans[w][0] <= start and end <= word_spans[w][1]
        if (
            out
            and inside
            and out[-1][2] == w
            and text[out[-1][1] : start] == " "
            and text[start].isalpha()
            and text[out[-1][1] - 1].isalpha()
        ):
            out[-1] = (out[-1][0], end, w)
        else:
            out.append((start, end, w if inside else -1))
    return [(s, e) for s, e, _ in out]


class PyviSegmenter:
    """pyvi's CRF word segmenter (`ViTokenizer.tokenize`)."""

    name = "pyvi"

    def __init__(self):
        from pyvi import ViTokenizer

        self._tokenize = ViTokenizer.tokenize

    def segment(self, text):
        words = [w.replace("_", " ") for w in self._tokenize(text).split()]
        return group_syllables(text, _align(text, words))


class UndertheseaSegmenter:
    """underthesea's word segmenter (`underthesea.word_tokenize`)."""

    name = "underthesea"

    def __init__(self):
        from underthesea import word_tokenize

        self._tokenize = word_tokenize

    def segment(self, text):
        spans = []
        for line_start, line in _lines(text):
            words = self._tokenize(line) if line.strip() else []
            spans += [(s + line_start, e + line_start) for s, e in _align(line, words)]
        return group_syllables(text, spans)


def _lines(text):
    start = 0
    for line in text.split("\n"):
        yield start, line
        start += len(line) + 1
