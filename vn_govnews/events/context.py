"""What the event rules read: a document's entities, sentences, paragraphs,
places and date, built once per document.
"""

import re
from dataclasses import dataclass

from ..normalize import canonical, normalize
from .canon import Places

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+(?=[\"“(]?[A-ZĐÀ-Ỹ0-9])")
_YEAR_IN = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_OPENING_YEAR = re.compile(r"^\s*(?:Trong\s+|Tính đến (?:hết\s+)?|Qua\s+|Kết thúc\s+|Hết\s+)?năm\s+((?:19|20)\d\d)\b", re.IGNORECASE)


@dataclass
class Ent:
    """An entity of the document."""

    start: int
    end: int
    label: str
    text: str
    sent: int = 0

    @property
    def value(self):
        return canonical(self.text)


class DocContext:
    """A document prepared for the event rules.

    text (str): the original text.
    ents (list): `(start, end, label)` triples.
    meta (dict | None): the record's meta (date, province ...).
    """

    def __init__(self, text, ents, meta=None):
        self.text = text
        self.norm = normalize(text)
        self.meta = meta or {}
        self.sentences = []  # (start, end, paragraph index)
        self._split()
        self.ents = []
        for start, end, label in sorted(ents):
            self.ents.append(Ent(start, end, label, text[start:end], self.sentence_of(start)))
        mentions = [e.text for e in self.ents if e.label in ("ORG", "POSITION")]
        self.places = Places.from_mentions(mentions + [self.norm], province=self.meta.get("province"))

    def _split(self):
        pos = 0
        for para, block in enumerate(self.text.split("\n")):
            start = pos
            pieces = _SENTENCE_END.split(block) if block else [block]
            offset = 0
            for piece in pieces:
                found = block.find(piece, offset) if piece else offset
                self.sentences.append((start + found, start + found + len(piece), para))
                offset = found + len(piece)
            pos += len(block) + 1

    def sentence_of(self, char):
        for i, (s, e, _) in enumerate(self.sentences):
            if s <= char < e or (char == e and i == len(self.sentences) - 1):
                return i
        return len(self.sentences) - 1

    def sentence_ents(self, i, label=None):
        return [e for e in self.ents if e.sent == i and (label is None or e.label == label)]

    def between(self, a, b):
        """Normalised text between two character offsets."""
        return self.norm[a:b]

    def sentence_text(self, i):
        s, e, _ = self.sentences[i]
        return self.norm[s:e]

    def doc_year(self):
        date = str(self.meta.get("date") or "")
        return int(date[:4]) if re.match(r"\d{4}", date) else None

    def year_for(self, char, stop=None):
        """The year a figure at `char` refers to (EVENTS.md, ratio.year).

        The year stated in the sentence (not after "so với"/"cùng kỳ"), or in
        a time phrase opening an earlier sentence of the same paragraph.
        """
        i = self.sentence_of(char)
        s, e, para = self.sentences[i]
        sentence = self.norm[s:e]
        for m in _YEAR_IN.finditer(sentence):
            before = sentence[max(0, m.start() - 14) : m.start()].lower()
            after = sentence[m.end() : m.end() + 1]
            if "so với" in before or "cùng kỳ" in before or "giai đoạn" in before[-12:]:
                continue
            if after in ("-", "–") or sentence[max(0, m.start() - 1) : m.start()] in ("-", "–", "/"):
                continue
            return int(m.group(1))
        for j in range(i - 1, -1, -1):
            js, je, jpara = self.sentences[j]
            if jpara != para:
                break
            m = _OPENING_YEAR.match(self.norm[js:je])
            if m:
                return int(m.group(1))
        return None
