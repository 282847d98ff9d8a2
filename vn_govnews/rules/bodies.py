"""ORG and POSITION: bodies, titles with their bodies, and the names after them.

A body is `prefix* head [location]`: "Ban Thường vụ" + "Tỉnh ủy" + "Nghệ An";
"UBND" + "huyện" + "Củ Chi"; "Sở" + "Nội vụ". A position is
`[nguyên] title [Thường trực] [body]`: "Phó Chủ tịch UBND tỉnh",
"Bí thư Quận ủy", "Tỉnh ủy viên". Where a place name runs into a person's
name ("Chủ tịch UBND xã Tân Phú Lê Văn Bình"), surnames and the list of
provinces decide where the place ends.
"""

from ..lexicon import forms, phrase_trie
from .base import Match

_PLURAL = {"các", "những", "nhiều", "mỗi", "từng", "một", "hai", "ba"}
_CENTRAL = {("trung", "ương"), ("tw",), ("tư",), ("t.ư",)}
_STANDALONE_HEADS = {"committee", "party_unit", "state", "national", "prefix"}
# prefixes that name a body on their own ("Ban Chấp hành khóa XIV")
_SELF_STANDING_FORMS = {"ban chấp hành", "ban thường vụ", "ủy ban kiểm tra", "bch", "btv", "ubkt", "đảng đoàn", "ban cán sự đảng"}
_SELF_STANDING = {"ban", "ủy", "bch", "btv", "ubkt"}


def starts_structure(sy, i):
    """True when syllable i begins a title, a body or a level word."""
    for name in ("titles", "bodies", "levels"):
        end, row = sy.lookup(phrase_trie(name), i)
        if row is not None and (name != "levels" or not sy.is_cap(i)):
            return True
    return False


def caps_run(sy, i, limit=5):
    """End of the run of capitalised syllables starting at i (space-joined)."""
    j = i
    while (
        j < len(sy)
        and j - i < limit
        and sy.is_cap(j)
        and sy.forms[j].replace("'", "").isalpha()
        and (j == i or sy.joined(j))
        and (j == i or not starts_structure(sy, j))
    ):
        j += 1
    return j


def parse_place(sy, i, level=None):
    """End of a place name at syllable i (i itself when there is none).

    level (str): the level word before it ("tỉnh", "xã" ...), if any.
    """
    end, row = sy.lookup(phrase_trie("places"), i)
    if row is not None and (end >= len(sy) or not sy.is_cap(end) or not sy.joined(end)):
        return end
    if row is not None:
        rest = caps_run(sy, end)
        if sy.lower[end] in forms("surnames") or rest - end >= 2:
            return end
    if i < len(sy) and sy.forms[i].isdigit() and level in ("quận", "phường", "khu phố", "tổ dân phố", "ấp", "thôn"):
        return i + 1
    if level == "tỉnh" and row is None:
        return i
    run = caps_run(sy, i, limit=7)
    n = run - i
    if n == 0:
        return i
    surnames = forms("surnames")
    if n <= 2:
        if level is None and n == 2 and sy.lower[i] in surnames:
            return i
        return run
    if n == 3:
        return i if sy.lower[i] in surnames else run
    for cut in (2, 3, 1):
        if i + cut < run and sy.lower[i + cut] in surnames and run - (i + cut) >= 2:
            return i + cut
    return i if sy.lower[i] in surnames else i + 2


def parse_org(sy, i):
    """Parse a body at syllable i.

    RETURNS (tuple | None): `(end, head_kind, has_location)`.
    """
    j = i
    head = None
    while j < len(sy):
        if j > i and not sy.joined(j):
            break
        end, row = sy.lookup(phrase_trie("bodies"), j)
        if row is None:
            break
        kind = row["kind"]
        if kind == "sector":
            s_end, s_row = sy.lookup(phrase_trie("sectors"), end)
            if s_row is not None and sy.joined(end):
                end = s_end
            elif sy.is_cap(end) and sy.joined(end) and sy.lower[j] in ("sở", "bộ", "cục", "tổng cục"):
                end = caps_run(sy, end, limit=4)
            else:
                break
        j = end
        if kind != "prefix":
            head = kind
            break
        head = "prefix"
    if head is None:
        return None
    located = False
    if j < len(sy) and sy.joined(j):
        pair = tuple(sy.lower[j : j + 2])
        if pair[:2] in _CENTRAL or pair[:1] in _CENTRAL:
            j += 2 if pair in _CENTRAL else 1
            located = True
        else:
            lv_end, lv = sy.lookup(phrase_trie("levels"), j)
            if lv is not None and lv["form"] in ("ấp", "thôn", "bản", "khu phố", "tổ dân phố") and head != "party_unit":
                lv = None
            if lv is not None and not sy.is_cap(j) or (lv is not None and sy.lower[j] in ("tp", "tp.")):
                place_at = lv_end + (1 if lv_end < len(sy) and sy.forms[lv_end] == "." else 0)
                place_end = parse_place(sy, place_at, level=lv["form"]) if place_at < len(sy) and sy.joined(place_at) or sy.forms[lv_end - 1] == "." else place_at
                if place_end > place_at:
                    j = place_end
                elif not sy.is_cap(lv_end) or not sy.joined(lv_end):
                    j = lv_end
                else:
                    j = lv_end
                located = True
            elif sy.is_cap(j) and head in ("committee", "state", "party_unit", "national", "state_needs_place", "prefix"):
                place_end = parse_place(sy, j)
                if place_end > j:
                    j = place_end
                    located = True
    if head == "prefix" and not located and not (sy.is_cap(i) and " ".join(sy.lower[i:j]) in _SELF_STANDING_FORMS):
        return None
    if head == "state_needs_place" and not located:
        return None
    return j, head, located


def find_bodies(sy):
    """ORG, POSITION and title-introduced PERSON matches.

    sy (Syllables): the text.
    RETURNS (list): `Match`es.
    """
    matches = []
    i = 0
    n = len(sy)
    while i < n:
        pos = parse_position(sy, i)
        if pos is not None:
            start, end = pos
            matches.append(Match(start, end, "POSITION", "position", 3))
            name_end = _name_after(sy, end)
            if name_end > end:
                matches.append(Match(end, name_end, "PERSON", "person_after_title", 3))
                i = name_end
            else:
                i = end
            continue
        org = parse_org(sy, i)
        if org is not None:
            end, head, located = org
            if _accept_org(sy, i, end, head, located):
                matches.append(Match(i, end, "ORG", "body", 2))
                i = end
                continue
        i += 1
    return matches


def _accept_org(sy, i, end, head, located):
    if i > 0 and sy.lower[i - 1] in _PLURAL and not located:
        return False
    if not sy.is_cap(i):
        return located and head not in ("prefix",) and not (i > 0 and sy.lower[i - 1] in _PLURAL)
    if head in _STANDALONE_HEADS or located:
        return True
    return False


def parse_position(sy, i):
    """Parse a position (title with or without its body) starting at syllable i.

    RETURNS (tuple | None): `(start, end)` in syllables.
    """
    start = i
    j = i
    plural = False
    if j < len(sy) and sy.lower[j] in ("nguyên", "quyền") and sy.joined(j + 1):
        j += 1
    if j < len(sy) and sy.lower[j] == "các" and sy.is_cap(j + 1):
        plural = True
        j += 1
    best = None
    for length, row in phrase_trie("titles").all(sy.lower, j):
        t_end = j + length
        if not all(sy.joined(k) for k in range(j + 1, t_end)):
            continue
        kind = row["kind"]
        k = t_end
        if k + 1 < len(sy) and sy.lower[k : k + 2] == ["thường", "trực"] and sy.joined(k):
            k += 2
        org = parse_org(sy, k) if k < len(sy) and sy.joined(k) else None
        if org is not None and not sy.is_cap(j) and not org[2] and not sy.is_cap(k):
            org = None  # "bí thư chi bộ": a lower-case title with a generic body is a role word
        if org is not None and (org[1] != "prefix" or org[2] or sy.lower[k] in _SELF_STANDING):
            cand = org[0]
        elif kind in ("needs_body", "member"):
            continue
        else:
            cand = k
            if kind != "standalone" and not sy.is_cap(j):
                continue
        if best is None or cand > best:
            best = cand
    if best is None:
        return None
    if not sy.is_cap(j) and sy.lower[j - 1 if j > 0 else 0] in _PLURAL and j - 1 >= 0 and not plural:
        return None
    if start > 0 and sy.lower[start - 1] in _PLURAL:
        return None
    if plural and _name_after(sy, best) == best:
        return None
    return start, best


def _name_after(sy, i):
    """End of a person's name starting at syllable i, right after a title."""
    if i >= len(sy) or not sy.joined(i) or not sy.is_cap(i):
        return i
    if starts_structure(sy, i):
        return i
    end = caps_run(sy, i, limit=5)
    return end if end - i >= 2 or (end < len(sy) and not sy.is_word(end)) else i
