"""Invariants over arbitrary input (hypothesis)."""

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vn_govnews
from vn_govnews.records import parse_record, dumps

VI = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
ALPHABET = VI + VI.upper() + string.digits + " .,;:/%-–()\"“”\n\u00a0\u0300\u0301"
WORDS = ["Bí thư", "Tỉnh ủy", "UBND", "tỉnh", "Hà Giang", "Nguyễn Văn An", "đồng chí", "trao", "Bằng khen",
         "nhiệm kỳ 2020-2025", "khóa XII", "17/18", "97,7%", "ngày 2/9", "hoàn thành tốt nhiệm vụ", "trở lên",
         "đạt", "cho", "12 tập thể", ",", ".", "\n", "Huân chương Lao động hạng Ba", "Quận uỷ", "bầu", "giữ chức"]
texts = st.one_of(st.text(alphabet=ALPHABET, max_size=200), st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(texts)
def test_properties_spans_in_bounds_and_disjoint(nlp, text):
    doc = nlp(text)
    record = vn_govnews.to_record(doc)
    assert record["text"] == text
    last = 0
    for span in record["spans"]:
        assert 0 <= span["start"] < span["end"] <= len(text)
        assert span["start"] >= last
        mention = text[span["start"]:span["end"]]
        assert mention.strip() == mention and mention
        last = span["end"]
    for ev in record["events"]:
        for start, end in ev["evidence"]:
            assert 0 <= start < end <= len(text)


@SETTINGS
@given(texts)
def test_properties_annotation_is_deterministic(nlp, text):
    assert vn_govnews.to_record(nlp(text)) == vn_govnews.to_record(nlp(text))


@SETTINGS
@given(texts)
def test_properties_record_round_trip(nlp, text):
    record = vn_govnews.to_record(nlp(text), id="p", meta={"k": "v"})
    assert parse_record(dumps(record)) == record
