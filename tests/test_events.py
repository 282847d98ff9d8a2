"""The event layer: normalisers as tables, linking cases, warnings."""

import pytest

from vn_govnews.events.canon import canonical_award, canonical_body, canonical_rating, split_position, Places
from vn_govnews.events.dates import find_date
from vn_govnews.events.numbers import parse_fraction, parse_number, parse_ordinal, parse_percent, parse_year_range


@pytest.mark.parametrize("text,value", [
    ("8.700", 8700), ("97,7", 97.7), ("1 250", 1250), ("1.250.000", 1250000), ("12", 12), ("3,05", 3.05),
    ("abc", None), ("", None),
])
def test_numbers_vietnamese_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text,value", [
    ("43/44", (43, 44)), ("1.250/1.300", (1250, 1300)), ("5 / 6", (5, 6)), ("3/0", None), ("a/b", None),
])
def test_numbers_fractions(text, value):
    assert parse_fraction(text) == value


@pytest.mark.parametrize("text,value", [("97,7%", 97.7), ("53,2 %", 53.2), ("100%", 100.0), ("7.5%", 7.5), ("%", None)])
def test_numbers_percentages(text, value):
    assert parse_percent(text) == value


@pytest.mark.parametrize("text,value", [
    ("khóa XIII", 13), ("khoá 12", 12), ("lần thứ Nhất", 1), ("khóa IX", 9), ("khóa XLIV", 44), ("khóa mới", None),
])
def test_numbers_ordinals(text, value):
    assert parse_ordinal(text) == value


@pytest.mark.parametrize("text,value", [
    ("2020-2025", (2020, 2025)), ("2021 - 2026", (2021, 2026)), ("2025 – 2030", (2025, 2030)),
    ("nhiệm kỳ 2026—2031", (2026, 2031)), ("năm 2023", None),
])
def test_numbers_year_ranges(text, value):
    assert parse_year_range(text) == value


@pytest.mark.parametrize("text,year,value", [
    ("Sáng 12/5, kỳ họp khai mạc", 2024, "2024-05-12"),
    ("ngày 3-9-2021 Ban Thường vụ quyết định", None, "2021-09-03"),
    ("ngày 09 tháng 11 năm 2023", None, "2023-11-09"),
    ("Chiều 31/2, sai ngày", 2024, None),
    ("ngày 12/5", None, None),
])
def test_dates_resolve_with_year(text, year, value):
    assert find_date(text, year) == value


@pytest.mark.parametrize("text,value", [
    ("Bí thư Tỉnh ủy", ("Bí thư", "Tỉnh ủy")),
    ("Phó Chủ tịch Thường trực HĐND tỉnh", ("Phó Chủ tịch Thường trực", "Hội đồng nhân dân tỉnh")),
    ("Trưởng Đoàn đại biểu Quốc hội tỉnh Yên Bái", ("Trưởng đoàn", "Đoàn đại biểu Quốc hội tỉnh Yên Bái")),
    ("Chánh Văn phòng Tỉnh ủy", ("Chánh Văn phòng", "Văn phòng Tỉnh ủy")),
    ("nguyên Chủ tịch UBND huyện", ("nguyên Chủ tịch", "Ủy ban nhân dân huyện")),
    ("Tổng Bí thư", ("Tổng Bí thư", None)),
    ("Huyện uỷ viên", ("Ủy viên", "Huyện ủy")),
    ("Ủy viên Trung ương Đảng", ("Ủy viên", "Trung ương Đảng")),
])
def test_canon_position_splits_role_and_body(text, value):
    assert split_position(text) == value


@pytest.mark.parametrize("text,value", [
    ("UBND TPHCM", "Ủy ban nhân dân Thành phố Hồ Chí Minh"),
    ("BTV Huyện ủy", "Ban Thường vụ Huyện ủy"),
    ("Ủy ban MTTQ Việt Nam tỉnh Kon Tum", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kon Tum"),
    ("UBND TP. Thủ Đức", "Ủy ban nhân dân thành phố Thủ Đức"),
    ("LĐLĐ tỉnh", "Liên đoàn Lao động tỉnh"),
])
def test_canon_body_expands_abbreviations(text, value):
    assert canonical_body(text) == value


def test_canon_body_completed_with_the_article_place():
    places = Places.from_mentions(["Huyện ủy Mộc Châu", "UBND tỉnh Sơn La Lò Văn Pấng"])
    assert canonical_body("Huyện ủy", places) == "Huyện ủy Mộc Châu"
    assert canonical_body("UBND tỉnh", places) == "Ủy ban nhân dân tỉnh Sơn La"
    assert canonical_body("Sở Y tế", places) == "Sở Y tế Sơn La"
    assert canonical_body("Ban cán sự đảng", places) == "Ban cán sự đảng"


@pytest.mark.parametrize("text,value", [
    ("Huân chương Lao động hạng nhì", ("Huân chương Lao động hạng Nhì", "order")),
    ("HCLĐ hạng Ba", ("Huân chương Lao động hạng Ba", "order")),
    ("Huy hiệu 30 năm tuổi Đảng", ("Huy hiệu 30 năm tuổi Đảng", "party_badge")),
    ("bằng khen", ("Bằng khen", "certificate_of_merit")),
    ("cờ", ("Cờ thi đua", "emulation_flag")),
    ("Chiến sỹ thi đua cơ sở", ("Chiến sĩ thi đua cơ sở", "emulation_title")),
    ("Nhà giáo ưu tú", ("Nhà giáo ưu tú", "honorary_title")),
    ("Kỷ niệm chương Vì sự nghiệp Dân vận", ("Kỷ niệm chương Vì sự nghiệp Dân vận", "commemorative_medal")),
])
def test_canon_award_names_and_kinds(text, value):
    assert canonical_award(text) == value


@pytest.mark.parametrize("text,value", [
    ("hoàn thành xuất sắc nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ"),
    ("HTTNV", "Hoàn thành tốt nhiệm vụ"),
    ("trong sạch vững mạnh", "Trong sạch, vững mạnh"),
    ("yếu kém", "Yếu kém"),
])
def test_canon_ratings(text, value):
    assert canonical_rating(text) == value


def _events(nlp, text, meta=None):
    doc = nlp.make_doc(text)
    doc._.meta = meta or {}
    return [e.to_dict() for e in nlp(doc)._.events]


def _slots(event, *names):
    return tuple(event.get(n) for n in names)


def test_events_official_chain_before_name(rules_nlp):
    evs = _events(rules_nlp, "Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Sơn La Cầm Thị Hoa dự hội nghị.")
    officials = [_slots(e, "name", "role", "body") for e in evs if e["type"] == "official"]
    assert ("Cầm Thị Hoa", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Sơn La") in officials
    assert ("Cầm Thị Hoa", "Ủy viên", "Ban Thường vụ Tỉnh ủy Sơn La") in officials


def test_events_official_apposition(rules_nlp):
    evs = _events(rules_nlp, "Đồng chí Hứa Văn Tâm, Bí thư Đảng ủy xã Tân Lập, phát biểu.")
    assert [_slots(e, "name", "role", "body") for e in evs if e["type"] == "official"] == [
        ("Hứa Văn Tâm", "Bí thư", "Đảng ủy xã Tân Lập")
    ]


def test_events_ratio_with_its_percent_rating_and_year(rules_nlp):
    evs = _events(rules_nlp, "Năm 2023, toàn huyện có 52/54 tổ chức cơ sở đảng đạt hoàn thành tốt nhiệm vụ trở lên, đạt 96,3%.")
    ratios = [e for e in evs if e["type"] == "ratio"]
    assert len(ratios) == 1
    assert _slots(ratios[0], "numerator", "denominator", "percent", "rating", "at_least", "year") == (
        52, 54, 96.3, "Hoàn thành tốt nhiệm vụ", True, 2023)
    assert ratios[0]["subject"].startswith("tổ chức cơ sở đảng")
    assert ratios[0]["warnings"] == []


@pytest.mark.parametrize("text,warning", [
    ("có 40/44 chi bộ đạt hoàn thành tốt nhiệm vụ trở lên, đạt tỷ lệ 97,7%.", "percent_mismatch"),
    ("có 46/44 đại biểu tán thành.", "numerator_exceeds_total"),
    ("Đại hội chi bộ nhiệm kỳ 2026-2061 diễn ra thành công.", "implausible_term"),
    ("Ban Chấp hành nhiệm kỳ 2025-2020 được bầu.", "implausible_term"),
])
def test_events_warnings(rules_nlp, text, warning):
    evs = _events(rules_nlp, text)
    assert any(warning in e["warnings"] for e in evs)


def test_events_no_warning_for_usual_terms(rules_nlp):
    evs = _events(rules_nlp, "Chi bộ nhiệm kỳ 2022-2025 và Ban Chấp hành nhiệm kỳ 2020-2025.")
    assert all(e["warnings"] == [] for e in evs if e["type"] == "term")


def test_events_term_belongs_to_adjacent_body(rules_nlp):
    evs = _events(rules_nlp, "Ban Chấp hành Đảng bộ huyện Mèo Vạc khóa XXIV họp phiên thứ nhất.")
    terms = [e for e in evs if e["type"] == "term"]
    assert _slots(terms[0], "ordinal", "body") == (24, "Ban Chấp hành Đảng bộ huyện Mèo Vạc")


def test_events_award_split_by_recipient_group(rules_nlp):
    evs = _events(rules_nlp, "Dịp này, UBND tỉnh Bắc Kạn tặng Bằng khen cho 5 tập thể và 11 cá nhân có thành tích xuất sắc năm 2024.")
    awards = sorted((_slots(e, "award", "giver", "recipient_type", "recipient_count", "period") for e in evs if e["type"] == "award"))
    assert awards == [
        ("Bằng khen", "Ủy ban nhân dân tỉnh Bắc Kạn", "collective", 5, [2024, 2024]),
        ("Bằng khen", "Ủy ban nhân dân tỉnh Bắc Kạn", "individual", 11, [2024, 2024]),
    ]


def test_events_award_giver_after_cua_and_presenter(rules_nlp):
    evs = _events(rules_nlp, "Phó Bí thư Tỉnh ủy Nông Văn Chí trao Bằng khen của Thủ tướng Chính phủ cho 3 tập thể.")
    award = next(e for e in evs if e["type"] == "award")
    assert _slots(award, "giver", "presenter", "recipient_count") == ("Thủ tướng Chính phủ", "Nông Văn Chí", 3)


def test_events_proposals_make_no_award(rules_nlp):
    evs = _events(rules_nlp, "Huyện đề nghị tặng Bằng khen cho 4 tập thể.")
    assert [e for e in evs if e["type"] == "award"] == []


def test_events_appointment_elected_with_role_term_and_date(rules_nlp):
    evs = _events(
        rules_nlp,
        "Sáng 15/7, HĐND tỉnh khóa XVII bầu bà Giàng Thị Mai giữ chức Phó Chủ tịch UBND tỉnh Lai Châu nhiệm kỳ 2021-2026.",
        meta={"date": "2024-07-16"},
    )
    appt = [e for e in evs if e["type"] == "appointment"]
    assert [_slots(e, "name", "action", "role", "body", "date") for e in appt] == [
        ("Giàng Thị Mai", "elected", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Lai Châu", "2024-07-15")
    ]
    assert appt[0]["term"] in ("2021-2026", "khóa 17")
    assert not [e for e in evs if e["type"] == "official" and e["name"] == "Giàng Thị Mai"]


@pytest.mark.parametrize("verb,action", [
    ("miễn nhiệm chức vụ", "dismissed"), ("bổ nhiệm lại", "reappointed"), ("phê chuẩn", "confirmed"),
])
def test_events_appointment_actions(rules_nlp, verb, action):
    evs = _events(rules_nlp, f"Hội nghị {verb} đối với ông Hà Văn Sinh.")
    assert [(e["name"], e["action"]) for e in evs if e["type"] == "appointment"] == [("Hà Văn Sinh", action)]


def test_events_carry_evidence_inside_the_text(rules_nlp):
    text = "Bí thư Huyện ủy Đinh Văn Tùng trao Giấy khen cho 6 chi bộ."
    for ev in _events(rules_nlp, text):
        assert ev["evidence"]
        for start, end in ev["evidence"]:
            assert 0 <= start < end <= len(text)


def test_events_seed_article_end_to_end(nlp, shared):
    text = (shared / "seed" / "article.txt").read_text(encoding="utf-8")
    evs = [e.to_dict() for e in nlp(text)._.events]
    terms = {(e["start"], e["end"]): e for e in evs if e["type"] == "term"}
    assert terms[(2026, 2061)]["warnings"] == ["implausible_term"]
    assert terms[(2020, 2025)]["warnings"] == []
    ratio = next(e for e in evs if e["type"] == "ratio" and e["numerator"] == 43)
    assert (ratio["denominator"], ratio["percent"], ratio["warnings"]) == (44, 97.7, [])
