"""Fuzzing with hypothesis: the segmenter, the normalisers and the record reader never crash.

The suite runs a few hundred inputs per target; set FUZZ_EXAMPLES for a long
run, e.g. `FUZZ_EXAMPLES=20000 python -m pytest tests/test_fuzz.py -p no:randomly`.
"""

import io
import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vn_govnews.events.dates import find_date
from vn_govnews.events.numbers import parse_fraction, parse_number, parse_ordinal, parse_percent, parse_year_range
from vn_govnews.normalize import canonical, normalize_with_map
from vn_govnews.records import RecordError, read_jsonl
from vn_govnews.segment import get_segmenter

N = int(os.environ.get("FUZZ_EXAMPLES", "300"))
FUZZ = settings(max_examples=N, deadline=None, suppress_health_check=list(HealthCheck))
ANY_TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)
VI = st.text(alphabet="aăâđeêioôơuưyAĂÂĐEÊIOÔƠUƯY àáảãạóòỏõọúùủũụ0123456789/%,.-–()\n\u00a0\u200b\u0301\u0300 ", max_size=300)
TEXTS = st.one_of(ANY_TEXT, VI)


@FUZZ
@given(TEXTS)
def test_fuzz_segmenter(text):
    seg = get_segmenter("syllable")
    last = 0
    for start, end in seg.segment(text):
        assert last <= start < end <= len(text)
        last = end


@FUZZ
@given(TEXTS)
def test_fuzz_normalisers(text):
    norm, offsets = normalize_with_map(text)
    assert len(offsets) == len(norm) + 1
    canonical(text)
    for f in (parse_number, parse_fraction, parse_percent, parse_ordinal, parse_year_range):
        f(text)
    find_date(text, 2024)


@FUZZ
@given(st.one_of(st.binary(max_size=300), TEXTS.map(lambda t: t.encode("utf-8")),
                 st.dictionaries(st.sampled_from(["id", "text", "spans", "events", "meta"]),
                                 st.one_of(st.none(), st.integers(), TEXTS, st.lists(st.integers())))
                 .map(lambda d: json.dumps(d).encode())))
def test_fuzz_record_reader(raw):
    stream = io.TextIOWrapper(io.BytesIO(raw + b"\n"), encoding="utf-8")
    for item in read_jsonl(stream, on_error="yield"):
        assert isinstance(item, (dict, RecordError))


def test_fuzz_regression_superscript_digits(rules_nlp):
    """Found by the fuzz run: '²' is a digit to str.isdigit but not to int()."""
    from vn_govnews.events.numbers import parse_ordinal

    assert parse_ordinal("²") is None and parse_ordinal("khóa ²") is None
    doc = rules_nlp("Ban Chấp hành khóa ² và Huy hiệu ³ năm tuổi Đảng")
    assert all(e.label_ != "TERM" for e in doc.ents)
