import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vn_govnews.normalize import canonical, fix_tone_placement, fold, normalize, normalize_with_map

CASES = [
    ("Quận uỷ", "Quận ủy"),
    ("hoà bình", "hòa bình"),
    ("khoẻ mạnh", "khỏe mạnh"),
    ("Thuỷ lợi", "Thủy lợi"),
    ("quà tặng", "quà tặng"),
    ("quý", "quý"),
    ("hoàn thành", "hoàn thành"),
    ("HOÀ BÌNH", "HÒA BÌNH"),
    ("\u00d0ảng", "Đảng"),
    ("“Trong sạch”", '"Trong sạch"'),
    ("a\u00a0b", "a b"),
    ("2021–2026", "2021-2026"),
    (unicodedata.normalize("NFD", "Nguyễn Thị Hoà"), "Nguyễn Thị Hòa"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_normalize_canonical_spelling(text, expected):
    assert normalize(text) == expected


@pytest.mark.parametrize("text", [c[0] for c in CASES])
def test_normalize_map_points_into_original(text):
    norm, offsets = normalize_with_map(text)
    assert len(offsets) == len(norm) + 1
    assert offsets[-1] == len(text)
    assert list(offsets) == sorted(offsets)


def test_normalize_fold_ignores_tone_style_and_case():
    assert fold("Uỷ ban Nhân dân") == fold("ủy ban nhân dân")
    assert canonical('  “Hoàn thành tốt  nhiệm vụ”. ') == "Hoàn thành tốt nhiệm vụ"


@given(st.text())
def test_normalize_is_idempotent(text):
    once = normalize(text)
    assert normalize(once) == once
    assert fix_tone_placement(fix_tone_placement(text)) == fix_tone_placement(text)


@given(st.text())
def test_normalize_map_is_monotonic_and_bounded(text):
    norm, offsets = normalize_with_map(text)
    assert len(offsets) == len(norm) + 1
    assert all(0 <= o <= len(text) for o in offsets)
    assert list(offsets) == sorted(offsets)


VI = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"


@given(st.text(alphabet=VI + VI.upper() + " .,-"))
def test_normalize_fast_path_agrees_with_tone_fix(text):
    assert normalize(text) == fix_tone_placement(text)
