"""The rule entity layer: lexicon and pattern rules for all seven labels.

Families share one shape, `find_*(Syllables) -> list[Match]`:
`bodies` (ORG, POSITION, names after titles), `people` (PERSON),
`numeric` (TERM, RATIO), `awards` (AWARD, RATING). `find_entities`
runs them and keeps the best non-overlapping matches, in character
offsets of the original text.

>>> [(text, label) for s, e, label, rule in find_entities("Bí thư Huyện ủy Hà Văn Khiêm trao Giấy khen")
...  for text in ["Bí thư Huyện ủy Hà Văn Khiêm trao Giấy khen"[s:e]]]
[('Bí thư Huyện ủy', 'POSITION'), ('Hà Văn Khiêm', 'PERSON'), ('Giấy khen', 'AWARD')]
"""

from .awards import find_awards
from .base import Syllables
from .bodies import find_bodies
from .numeric import find_numeric
from .people import find_people


_FAMILY_LABELS = {"numeric": {"TERM", "RATIO"}, "awards": {"AWARD", "RATING"},
                  "bodies": {"ORG", "POSITION", "PERSON"}, "people": {"PERSON"}}


def find_entities(text, labels=None):
    """Rule entities of `text`.

    text (str): the original text.
    labels (set | None): run only the families that produce these labels (None: all).
    RETURNS (list): `(start_char, end_char, label, rule)` tuples, sorted, not overlapping.
    """
    sy = Syllables(text)

    def wanted(family):
        return labels is None or bool(_FAMILY_LABELS[family] & set(labels))

    found = find_numeric(sy) if wanted("numeric") else []
    if wanted("awards"):
        found += find_awards(sy)
    if wanted("bodies") or wanted("people"):
        bodies = find_bodies(sy)
        found += bodies + find_people(sy, bodies)
    chosen = []
    used = [False] * len(sy)
    for m in sorted(found, key=lambda m: (-m.priority, -(m.end - m.start), m.start)):
        if any(used[m.start : m.end]):
            continue
        for k in range(m.start, m.end):
            used[k] = True
        chosen.append(m)
    out = []
    for m in sorted(chosen, key=lambda m: m.start):
        if labels is not None and m.label not in labels:
            continue
        start, end = sy.char_range(m.start, m.end)
        out.append((start, end, m.label, m.rule))
    return out
