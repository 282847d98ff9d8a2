import unicodedata

import pytest

from vn_govnews.segment import get_segmenter

WHOLE = ["17/18", "97,7%", "8.700", "2020-2025", "TP.HCM", "05/NQ-TU", "1234/QĐ-UBND", "Đ/c"]
SEGMENTERS = ["syllable", "pyvi", "underthesea"]


@pytest.mark.parametrize("segmenter", SEGMENTERS)
@pytest.mark.parametrize("expr", WHOLE)
def test_tokenizer_keeps_numeric_expressions_whole(segmenter, expr):
    text = f"Huyện đạt {expr} trong năm"
    seg = get_segmenter(segmenter)
    assert expr in [text[s:e] for s, e in seg.segment(text)]


@pytest.mark.parametrize("segmenter", SEGMENTERS)
def test_tokenizer_spaced_range_splits_on_token_boundaries(segmenter):
    text = "nhiệm kỳ 2021 - 2026 của Ủy ban"
    words = [text[s:e] for s, e in get_segmenter(segmenter).segment(text)]
    assert "2021" in words and "2026" in words


@pytest.mark.parametrize(
    "text",
    [
        "Bí thư Tỉnh uỷ  Hà Giang\n\n“Giấy khen”",
        "a\u00a0b\tc\u200bd",
        unicodedata.normalize("NFD", "Phó Chủ tịch Ủy ban nhân dân tỉnh"),
        "  leading and trailing  ",
        "",
    ],
)
def test_tokenizer_doc_text_is_input(rules_nlp, text):
    doc = rules_nlp.make_doc(text)
    assert doc.text == text
    assert "".join(t.text_with_ws for t in doc) == text


def test_tokenizer_norm_is_canonical_lowercase(rules_nlp):
    doc = rules_nlp.make_doc("Quận Uỷ")
    assert [t.norm_ for t in doc] == ["quận", "ủy"]


@pytest.mark.parametrize("segmenter", SEGMENTERS)
def test_tokenizer_each_backend_builds_a_doc(segmenter):
    import vn_govnews

    nlp = vn_govnews.blank(segmenter=segmenter)
    text = "Chủ tịch UBND huyện Mường Tè Lò Văn Sáng trao 25 Giấy khen."
    doc = nlp(text)
    assert doc.text == text
    assert ("Giấy khen", "AWARD") in [(e.text, e.label_) for e in doc.ents]


def test_tokenizer_unknown_segmenter_is_a_coded_error():
    with pytest.raises(ValueError, match="E003"):
        get_segmenter("nope")
