"""What every rule family works on: the syllables of the normalised text.

Rules see `Syllables`: the text normalised (NFC, one tone placement, plain
spaces and quotes), cut into syllable tokens, with lower-case norms for
lexicon lookup and the original offsets for the result. A family returns
`Match`es in syllable indices; the resolver keeps the best non-overlapping
ones and maps them to the original text.
"""

from dataclasses import dataclass

from ..normalize import normalize_with_map
from ..segment.syllables import syllable_spans


@dataclass(frozen=True)
class Match:
    """A candidate entity: syllables `[start, end)`, its label, the rule that made it."""

    start: int
    end: int
    label: str
    rule: str
    priority: int = 0


class Syllables:
    """The syllables of one text, in normalised and original coordinates.

    text (str): the original text.
    """

    def __init__(self, text):
        self.text = text
        self.norm, self.offsets = normalize_with_map(text)
        self.spans = syllable_spans(self.norm)
        self.forms = [self.norm[s:e] for s, e in self.spans]
        self.lower = [f.lower() for f in self.forms]

    def __len__(self):
        return len(self.spans)

    def gap(self, i):
        """The characters between syllable i-1 and syllable i."""
        if i <= 0 or i >= len(self.spans):
            return ""
        return self.norm[self.spans[i - 1][1] : self.spans[i][0]]

    def joined(self, i):
        """True when syllable i follows i-1 with a single space (inside a phrase)."""
        return self.gap(i) == " "

    def is_cap(self, i):
        """True when syllable i starts with a capital letter."""
        if i < 0 or i >= len(self.forms):
            return False
        f = self.forms[i]
        return f[:1].isupper() and f[:1].isalpha()

    def is_word(self, i):
        return 0 <= i < len(self.forms) and self.forms[i][:1].isalpha()

    def char_range(self, start, end):
        """Original-text offsets of syllables `[start, end)`."""
        return self.offsets[self.spans[start][0]], self.offsets[self.spans[end - 1][1]]

    def lookup(self, trie, i, joined=True):
        """Longest lexicon entry at syllable i whose syllables are space-joined.

        RETURNS (tuple): `(end, row)`, `(i, None)` when nothing matches.
        """
        if i >= len(self.lower) or self.lower[i] not in trie.root:
            return i, None
        length, row = trie.longest(self.lower, i)
        while length and joined and not all(
            self.gap(k) in (" ", "") for k in range(i + 1, i + length)
        ):
            length, row = trie.longest(self.lower[: i + length - 1], i)
        return i + length, row
