"""Lexicons: titles, bodies, sectors, abbreviations, awards, ratings,
honorifics, surnames, places, levels. Data files in `data/`, one loader.

Each file is a UTF-8 TSV with a header row; the first column is `form`,
normalised (see `vn_govnews.normalize`), in lower case except where case
decides how the text is cut ("TP.HCM"). Entries are matched, ignoring case,
as sequences of syllable tokens: the form the tokenizer produces.

>>> rows = load("ratings")
>>> rows[0]["form"], rows[0]["canonical"]
('hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành xuất sắc nhiệm vụ')
>>> trie = phrase_trie("levels")
>>> trie.longest(["thành", "phố", "vinh"], 0)[0]
2
"""

import csv
import functools
from importlib import resources

from ..normalize import normalize
from ..segment.syllables import syllable_spans

NAMES = (
    "titles",
    "bodies",
    "sectors",
    "abbreviations",
    "awards",
    "ratings",
    "honorifics",
    "surnames",
    "places",
    "levels",
)


class LexiconError(ValueError):
    """A lexicon data file that does not have the expected form."""


@functools.lru_cache(maxsize=4096)
def key(form):
    """The syllable-token key of a lexicon form: a tuple of lower-case norms.

    form (str): an entry as written.
    RETURNS (tuple): its syllables.
    """
    norm = normalize(form)
    return tuple(norm[s:e].lower() for s, e in syllable_spans(norm))


@functools.lru_cache(maxsize=None)
def load(name):
    """Rows of one lexicon, validated.

    name (str): one of `NAMES`.
    RETURNS (tuple): rows as dicts keyed by the header's columns.
    """
    if name not in NAMES:
        raise LexiconError(f"unknown lexicon {name!r}; known: {', '.join(NAMES)}")
    text = resources.files(__package__).joinpath("data", f"{name}.tsv").read_text(encoding="utf-8")
    reader = csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE)
    if not reader.fieldnames or reader.fieldnames[0] != "form":
        raise LexiconError(f"{name}.tsv: the first column must be 'form'")
    rows = []
    for lineno, row in enumerate(reader, 2):
        if None in row or any(v is None for v in row.values()):
            raise LexiconError(f"{name}.tsv:{lineno}: expected {len(reader.fieldnames)} columns")
        if not row["form"].strip():
            raise LexiconError(f"{name}.tsv:{lineno}: empty form")
        rows.append(row)
    return tuple(rows)


class Trie:
    """Longest-match lookup of syllable sequences."""

    def __init__(self):
        self.root = {}

    def add(self, syllables, value):
        node = self.root
        for syl in syllables:
            node = node.setdefault(syl, {})
        node[None] = value

    def longest(self, norms, i):
        """The longest entry starting at `norms[i]`.

        norms (list): lower-case syllable norms.
        i (int): where to start.
        RETURNS (tuple): `(length, value)`, `(0, None)` when nothing matches.
        """
        node = self.root
        best = (0, None)
        j = i
        while j < len(norms) and norms[j] in node:
            node = node[norms[j]]
            j += 1
            if None in node:
                best = (j - i, node[None])
        return best

    def all(self, norms, i):
        """Every entry starting at `norms[i]`, longest first, as `(length, value)`."""
        node = self.root
        found = []
        j = i
        while j < len(norms) and norms[j] in node:
            node = node[norms[j]]
            j += 1
            if None in node:
                found.append((j - i, node[None]))
        return found[::-1]


@functools.lru_cache(maxsize=None)
def forms(name):
    """The set of a lexicon's forms (lower case), for membership tests.

    name (str): one of `NAMES`.
    RETURNS (frozenset): the forms.
    """
    return frozenset(row["form"].lower() for row in load(name))


@functools.lru_cache(maxsize=None)
def phrase_trie(name):
    """A `Trie` of one lexicon's forms, each mapping to its row.

    name (str): one of `NAMES`.
    RETURNS (Trie): the trie.
    """
    trie = Trie()
    for row in load(name):
        trie.add(key(row["form"]), row)
    return trie
