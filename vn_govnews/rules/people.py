"""PERSON names introduced by honorifics, in lists, captions, bylines, or
recognisable by a surname.

>>> from vn_govnews.rules.base import Syllables
>>> sy = Syllables("Đồng chí Trịnh Thu Hằng phát biểu. Ảnh: Minh Khôi")
>>> sorted({sy.forms[m.start] for m in find_people(sy, [])})
['Minh', 'Trịnh']
"""

from ..lexicon import forms, phrase_trie
from .base import Match
from .bodies import caps_run, starts_structure

_CREDIT = {"ảnh", "tin", "bài", "tin và ảnh", "bài và ảnh", "tin, ảnh", "bài, ảnh", "video", "clip", "nguồn"}
_NOT_NAMES = {"pv", "ttxvn", "vna", "ctv", "btv", "nhóm pv"}
_PLACE_WORDS = {
    "xã", "phường", "quận", "huyện", "tỉnh", "thành", "phố", "đường", "trường", "thị", "trấn",
    "ấp", "thôn", "bản", "tổ", "khu", "làng", "cầu", "chợ", "sông", "núi", "đặc", "tp", "hồ",
    "tư", "tưởng", "lăng", "bảo", "tàng", "đền", "chùa", "đình", "công", "viên", "quảng", "trường",
    "nhà", "văn", "hóa", "trung", "tâm", "đoàn", "hội", "giải", "thưởng", "huân", "chương",
}


def _name(sy, i, minimum):
    if i >= len(sy) or not sy.is_cap(i) or starts_structure(sy, i):
        return i
    end = caps_run(sy, i, limit=5)
    if end - i < minimum:
        return i
    if sy.lower[i] in _NOT_NAMES:
        return i
    return end


def find_people(sy, taken):
    """PERSON matches not made by the title rules.

    sy (Syllables): the text.
    taken (list): matches already found (names after titles continue lists).
    RETURNS (list): `Match`es.
    """
    matches = []
    n = len(sy)
    honorifics = phrase_trie("honorifics")
    i = 0
    while i < n:
        end, row = sy.lookup(honorifics, i)
        if row is not None and end < n and (sy.joined(end) or sy.gap(end) == "" and sy.forms[end] == ":"):
            at = end + 1 if sy.forms[end] == ":" else end
            minimum = 1 if row["form"] in ("đồng chí", "đ/c", "các đồng chí") else 2
            name_end = _name(sy, at, minimum)
            if name_end > at:
                matches.append(Match(at, name_end, "PERSON", "person_after_honorific", 3))
                i = name_end
                continue
        i = max(i + 1, end)
    matches += _lists(sy, matches + list(taken))
    matches += _credits(sy)
    matches += _surname_names(sy)
    return matches


def _lists(sy, found):
    """Names continuing a list after a known name: "A, B và C"."""
    surnames = forms("surnames")
    out = []
    for m in sorted(found, key=lambda m: m.start):
        if m.label != "PERSON":
            continue
        j = m.end
        while j + 1 < len(sy) and sy.forms[j] in (",", ";", "và") and sy.lower[j + 1] in surnames:
            end = _name(sy, j + 1, 2)
            if end == j + 1:
                break
            out.append(Match(j + 1, end, "PERSON", "person_in_list", 2))
            j = end
    return out


def _credits(sy):
    """Photo credits ("Ảnh: Thu Hà") and a byline alone on the last line."""
    out = []
    for i in range(len(sy)):
        if sy.forms[i] == ":" and i > 0:
            k = i - 1
            while k > 0 and sy.lower[k - 1] in ("tin", "bài", "ảnh", ",", "và"):
                k -= 1
            words = " ".join(sy.lower[k:i]).replace(" ,", ",")
            if words in _CREDIT:
                end = _name(sy, i + 1, 1)
                if end > i + 1:
                    out.append(Match(i + 1, end, "PERSON", "photo_credit", 2))
    # byline: the last line holds only a name
    if len(sy):
        last_line_start = sy.norm.rfind("\n", 0, sy.spans[-1][0]) + 1
        first = next(k for k in range(len(sy)) if sy.spans[k][0] >= last_line_start)
        words = [k for k in range(first, len(sy)) if sy.is_word(k)]
        if words and first > 0 and all(sy.is_cap(k) for k in words) and len(words) <= 4 and words == list(range(first, len(sy))):
            if sy.lower[first] not in _NOT_NAMES and not starts_structure(sy, first):
                out.append(Match(first, len(sy), "PERSON", "byline", 2))
    return out


def _surname_names(sy):
    """A run of 2-4 capitalised syllables opening with a surname, mid-sentence."""
    surnames = forms("surnames")
    out = []
    i = 1
    while i < len(sy):
        if (
            sy.lower[i] in surnames
            and sy.is_cap(i)
            and not sy.is_cap(i - 1)
            and sy.lower[i - 1] not in _PLACE_WORDS
            and sy.is_word(i - 1)
        ):
            end = _name(sy, i, 2)
            if 2 <= end - i <= 4 and " ".join(sy.lower[i:end]) not in ("hồ chí minh",):
                out.append(Match(i, end, "PERSON", "surname", 1))
                i = end
                continue
        i += 1
    return out
