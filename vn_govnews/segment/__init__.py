"""Vietnamese segmentation behind one small interface.

A segmenter turns (normalised) text into word spans. Every backend starts from
the same syllable tokens (`syllables.syllable_spans`), which keep numeric
expressions, abbreviations and document numbers whole, and only decides how
syllables group into words. So no backend can cut inside "97,7%", "17/18",
"2020-2025" or "TP.HCM", and no word ever crosses punctuation.

>>> seg = get_segmenter("syllable")
>>> text = "Bí thư Quận ủy trao 17/18 giấy khen"
>>> [text[s:e] for s, e in seg.segment(text)]
['Bí', 'thư', 'Quận', 'ủy', 'trao', '17/18', 'giấy', 'khen']
"""

from typing import List, Protocol, Tuple

from ..errors import Errors

Spans = List[Tuple[int, int]]


class Segmenter(Protocol):
    """What the tokenizer needs from a word segmenter."""

    name: str

    def segment(self, text: str) -> Spans:
        """Word spans `(start, end)` of `text`, in order, not overlapping."""


def get_segmenter(name):
    """The segmenter called `name`: "syllable", "pyvi" or "underthesea".

    name (str): the backend's name.
    RETURNS (Segmenter): a ready segmenter (backends import lazily).
    """
    from .syllables import SyllableSegmenter
    from .backends import PyviSegmenter, UndertheseaSegmenter

    backends = {
        "syllable": SyllableSegmenter,
        "pyvi": PyviSegmenter,
        "underthesea": UndertheseaSegmenter,
    }
    if name not in backends:
        raise ValueError(Errors.E003.format(name=name, options=", ".join(backends)))
    return backends[name]()
