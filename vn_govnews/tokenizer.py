"""The spaCy tokenizer: text → `Doc`, with the text kept byte for byte.

Segmentation runs on the normalised text (see `normalize`); word boundaries
are mapped back to the original string, so `doc.text == text` always and
every token's offsets are offsets of the input. `Token.norm_` holds the
normalised, lower-cased form that lexicons and the model match on.

>>> import spacy
>>> nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vn_govnews.tokenizer.v1"}}})
>>> doc = nlp("Quận uỷ\u00a0Gò Vấp")
>>> doc.text == "Quận uỷ\u00a0Gò Vấp", [t.norm_ for t in doc if not t.is_space]
(True, ['quận', 'ủy', 'gò', 'vấp'])
"""

import srsly
from spacy.tokens import Doc
from spacy.util import registry

from .errors import Errors
from .normalize import normalize_with_map
from .segment import get_segmenter

DEFAULT_SEGMENTER = "syllable"


def _add_whitespace(gap, words, spaces, norms):
    """Whitespace between tokens: one space is the previous token's `whitespace_`, the rest a token."""
    if not gap:
        return
    if words and gap[0] == " " and not spaces[-1]:
        spaces[-1] = True
        gap = gap[1:]
    if gap:
        words.append(gap)
        spaces.append(False)
        norms.append(" ")


@registry.tokenizers("vn_govnews.tokenizer.v1")
def create_tokenizer(segmenter: str = DEFAULT_SEGMENTER):
    """spaCy registry entry: `[nlp.tokenizer] @tokenizers = "vn_govnews.tokenizer.v1"`."""

    def make(nlp):
        return VietnameseTokenizer(nlp.vocab, segmenter=segmenter)

    return make


class VietnameseTokenizer:
    """Vietnamese word segmentation into a spaCy `Doc`.

    vocab (Vocab): the pipeline's vocabulary.
    segmenter (str): "syllable", "pyvi" or "underthesea".
    """

    def __init__(self, vocab, segmenter=DEFAULT_SEGMENTER):
        self.vocab = vocab
        self.segmenter_name = segmenter
        self._segmenter = None

    @property
    def segmenter(self):
        if self._segmenter is None:
            self._segmenter = get_segmenter(self.segmenter_name)
        return self._segmenter

    def __call__(self, text):
        if not isinstance(text, str):
            raise TypeError(Errors.E001.format(type=type(text).__name__))
        norm, offsets = normalize_with_map(text)
        words, spaces, norms = [], [], []
        prev_end = 0
        for nstart, nend in self.segmenter.segment(norm):
            start, end = offsets[nstart], offsets[nend]
            if start < prev_end or start >= end:
                continue
            _add_whitespace(text[prev_end:start], words, spaces, norms)
            words.append(text[start:end])
            spaces.append(False)
            norms.append(norm[nstart:nend].lower())
            prev_end = end
        _add_whitespace(text[prev_end:], words, spaces, norms)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        for i, (word, word_norm) in enumerate(zip(words, norms)):
            if word_norm != " " and word.lower() != word_norm:
                doc[i].norm_ = word_norm  # only where normalisation changed the word
        return doc

    def pipe(self, texts, batch_size=1000):
        for text in texts:
            yield self(text)

    # serialisation: the tokenizer's only setting is the segmenter's name
    def to_bytes(self, **kwargs):
        return srsly.msgpack_dumps({"segmenter": self.segmenter_name})

    def from_bytes(self, data, **kwargs):
        self.segmenter_name = srsly.msgpack_loads(data)["segmenter"]
        self._segmenter = None
        return self

    def to_disk(self, path, **kwargs):
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "tokenizer.json", {"segmenter": self.segmenter_name})

    def from_disk(self, path, **kwargs):
        self.segmenter_name = srsly.read_json(path / "tokenizer.json")["segmenter"]
        self._segmenter = None
        return self
