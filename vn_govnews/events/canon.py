"""Canonical values: bodies, positions → (role, body), award names and kinds, ratings.

>>> canonical_body("UBND TP.HCM")
'Ủy ban nhân dân Thành phố Hồ Chí Minh'
>>> places = Places(); places.add("quận", "Gò Vấp")
>>> canonical_body("Quận uỷ", places)
'Quận ủy Gò Vấp'
>>> split_position("Phó Bí thư Thường trực Quận ủy")
('Phó Bí thư Thường trực', 'Quận ủy')
>>> split_position("Trưởng Ban Tổ chức Trung ương"), split_position("Tỉnh ủy viên")
(('Trưởng ban', 'Ban Tổ chức Trung ương'), ('Ủy viên', 'Tỉnh ủy'))
>>> canonical_award("HCLĐ hạng ba"), canonical_award("Huy hiệu 50 tuổi Đảng")
(('Huân chương Lao động hạng Ba', 'order'), ('Huy hiệu 50 năm tuổi Đảng', 'party_badge'))
>>> canonical_rating("hoàn thành tốt nhiệm vụ")
'Hoàn thành tốt nhiệm vụ'
"""

import functools
import re
from collections import Counter

from ..lexicon import forms, key, load, phrase_trie
from ..normalize import canonical

_COMMITTEE_LEVEL = {
    "tỉnh ủy": "tỉnh",
    "thành ủy": "thành phố",
    "huyện ủy": "huyện",
    "quận ủy": "quận",
    "thị ủy": "thị xã",
}
_LEVEL_WORDS = ("thành phố", "thị xã", "thị trấn", "đặc khu", "tỉnh", "huyện", "quận", "xã", "phường")
_UPPER = "A-ZĐÀ-ỸÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĨŨƠƯẠ-Ỹ"
_PLACE_RE = re.compile(
    r"(?<![\w])(thành phố|thị xã|thị trấn|đặc khu|tỉnh|huyện|quận|xã|phường|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy)\s+"
    r"((?:[" + _UPPER + r"][\w']*)(?:\s+[" + _UPPER + r"][\w']*){0,3}|\d{1,2}\b)"
)
_MEMBER = re.compile(r"^(tỉnh|thành|huyện|quận|thị|đảng|chi) ủy viên$", re.IGNORECASE)


class Places:
    """The places an article establishes, per level ("quận" → "Gò Vấp")."""

    def __init__(self):
        self.by_level = {}

    def add(self, level, name):
        self.by_level.setdefault(level, Counter())[name] += 1

    def get(self, level):
        names = self.by_level.get(level)
        if not names:
            if level == "thành phố":
                return self.get("tỉnh")
            return None
        return names.most_common(1)[0][0]

    @classmethod
    def from_mentions(cls, mentions, province=None):
        """Collect places from ORG/POSITION mentions (and the meta's province).

        mentions (iterable): texts of body and title mentions.
        province (str | None): `meta.province`, used when the text names none.
        """
        places = cls()
        surnames = forms("surnames")
        for text in mentions:
            text = expand_abbreviations(canonical(text))
            for m in _PLACE_RE.finditer(text):
                head, name = m.group(1), m.group(2)
                words = name.split()
                # a name after a place is a person: "tỉnh Sơn La Lò Văn Pấng"
                for cut in range(1, len(words)):
                    if words[cut].lower() in surnames and len(words) - cut >= 2 and cut >= 2:
                        words = words[:cut]
                        break
                if words[0].lower() in surnames and len(words) >= 3:
                    continue  # "Huyện ủy Lò Văn Giàng ...": a title, then a person
                level = _COMMITTEE_LEVEL.get(head.lower(), head.lower())
                places.add(level, " ".join(words))
        if province and not places.get("tỉnh"):
            places.add("tỉnh", canonical(province))
        return places


@functools.lru_cache(maxsize=None)
def _abbreviations():
    """One pattern for every abbreviation of the lexicon, longest first, and their expansions."""
    rows = sorted((r for r in load("abbreviations") if r["form"] not in ("TP", "TP.")), key=lambda r: -len(r["form"]))
    pattern = re.compile(r"(?<![\w.])(" + "|".join(re.escape(r["form"]) for r in rows) + r")(?![\w])")
    return pattern, {r["form"]: r["expansion"] for r in rows}


_TP = re.compile(r"(?<![\w.])TP\.?\s*(?=[" + _UPPER + r"\d])")


def expand_abbreviations(text):
    """Expand body abbreviations (UBND → Ủy ban nhân dân, TP.HCM → Thành phố Hồ Chí Minh).

    text (str): canonical text.
    RETURNS (str): the text with abbreviations expanded.
    """
    pattern, expansions = _abbreviations()
    text = pattern.sub(lambda m: expansions[m.group(1)], text)
    text = _TP.sub("thành phố ", text)
    return re.sub(r"\s+", " ", text).strip()


def _level_of(body):
    low = body.lower()
    for committee, level in _COMMITTEE_LEVEL.items():
        if low.endswith(committee):
            return level, False
    for level in _LEVEL_WORDS:
        if low.endswith(" " + level):
            return level, True
    if low.startswith(("sở ", "công an", "bộ chỉ huy")) and not _has_place(body):
        return "tỉnh", False
    return None, False


def _has_place(body):
    return bool(_PLACE_RE.search(body)) or any(
        w[:1].isupper() for w in body.split()[-1:] if w.lower() not in ("ủy", "bộ")
    ) and body.split()[-1].lower() not in ("ủy", "bộ", "sở")


def canonical_body(text, places=None):
    """A body in canonical form, completed with the article's place.

    text (str): the body as written.
    places (Places | None): the article's places.
    RETURNS (str): the canonical body.
    """
    body = expand_abbreviations(canonical(text))
    if places is not None:
        level, bare_level = _level_of(body)
        if level is not None:
            name = places.get(level)
            if name:
                body = f"{body} {name}"
    return body


def split_position(text):
    """A title as written → `(role, body)`; body is None when the title names none.

    text (str): a POSITION mention.
    RETURNS (tuple): `(role, body)` canonical, body not yet completed with a place.
    """
    title = expand_abbreviations(canonical(text))
    words = title.split()
    prefix = []
    while words and words[0].lower() in ("nguyên", "quyền"):
        prefix.append(words.pop(0))
    rest = " ".join(words)
    if _MEMBER.match(rest):
        return " ".join(prefix + ["Ủy viên"]), rest[: -len(" viên")]
    syllables = key(rest)
    best = None
    for length, row in phrase_trie("titles").all(list(syllables), 0):
        best = (length, row)
        break
    if best is None:
        return " ".join(prefix + words) or title, None
    length, row = best
    n_words = len(" ".join(syllables[:length]).split())
    role_words = words[:n_words]
    body_words = words[n_words:]
    if body_words[:2] and [w.lower() for w in body_words[:2]] == ["thường", "trực"]:
        role_words += body_words[:2]
        body_words = body_words[2:]
    if row["kind"] == "standalone" and body_words == [] and row["form"].endswith("ủy viên"):
        return " ".join(prefix + ["Ủy viên"]), None
    if row["form"] in ("trưởng", "phó trưởng") and body_words and body_words[0].lower() in ("ban", "đoàn"):
        role_words = role_words + [body_words[0].lower()]
    elif row["form"] in ("chánh", "phó chánh") and body_words:
        role_words = role_words + body_words[:2] if body_words[0].lower() == "văn" else role_words + body_words[:1]
    elif row["form"] in ("trưởng ban", "phó trưởng ban") and body_words:
        role_words[-1] = "ban"
        body_words = ["Ban"] + body_words
    role = " ".join(prefix + role_words)
    body = " ".join(body_words) or None
    return role, body


def canonical_award(text):
    """An AWARD mention → `(canonical name, kind)`.

    text (str): the mention as written.
    RETURNS (tuple): `(name, award_kind)`.
    """
    award = canonical(text)
    m = re.match(r"(?i)huy hiệu\s+(\d+)\s+(?:năm\s+)?tuổi\s+đảng", award)
    if m:
        return f"Huy hiệu {m.group(1)} năm tuổi Đảng", "party_badge"
    syllables = key(award)
    length, row = phrase_trie("awards").longest(list(syllables), 0)
    if row is None:
        if award.lower() in ("cờ", "cờ thi đua"):
            return "Cờ thi đua", "emulation_flag"
        return award[:1].upper() + award[1:], "other"
    name = row["canonical"]
    rest = syllables[length:]
    rest_words = award.split()[len(" ".join(syllables[:length]).split()) :]
    if len(rest) >= 2 and rest[0] == "hạng" and rest[1] in ("nhất", "nhì", "ba"):
        name += " hạng " + rest[1].capitalize()
        rest_words = rest_words[2:]
    if rest_words:
        name += " " + " ".join(rest_words)
    return name, row["kind"]


def canonical_rating(text):
    """A RATING mention → its canonical grade (or the text canonicalised).

    text (str): the mention.
    RETURNS (str): one of `schema.RATINGS` when recognised.
    """
    syllables = key(canonical(text))
    length, row = phrase_trie("ratings").longest(list(syllables), 0)
    if row is not None and length == len(syllables):
        return row["canonical"]
    value = canonical(text)
    return value[:1].upper() + value[1:]
