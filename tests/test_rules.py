"""The rule layer, label by label: positive cases (all entities of the text)
and negative cases (a mention that must not be tagged with a label).
Written by us, in other words than the reference article."""

import pytest

from conftest import ents_of

POSITIVE = [
    # PERSON and POSITION: titles, chains, honorifics, bylines
    ("Phó Chủ tịch UBND tỉnh Trịnh Văn Lộc phát biểu.",
     [("Phó Chủ tịch UBND tỉnh", "POSITION"), ("Trịnh Văn Lộc", "PERSON")]),
    ("Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy Khổng Thị Mến dự.",
     [("Ủy viên Ban Thường vụ Tỉnh ủy", "POSITION"), ("Trưởng Ban Tuyên giáo Tỉnh ủy", "POSITION"),
      ("Khổng Thị Mến", "PERSON")]),
    ("Đến dự có đồng chí Lường Văn Piếng, Tỉnh ủy viên.",
     [("Lường Văn Piếng", "PERSON"), ("Tỉnh ủy viên", "POSITION")]),
    ("Đ/c Mạc Thị Huyền nhận nhiệm vụ mới.", [("Mạc Thị Huyền", "PERSON")]),
    ("Giám đốc Sở Nội vụ Âu Quang Vinh công bố quyết định.",
     [("Giám đốc Sở Nội vụ", "POSITION"), ("Âu Quang Vinh", "PERSON")]),
    ("Thủ tướng Chính phủ đã ký quyết định.", [("Thủ tướng Chính phủ", "POSITION")]),
    ("Tin vui đến với cả xã.\nKIỀU TRANG", [("KIỀU TRANG", "PERSON")]),
    ("Lãnh đạo huyện tặng hoa chúc mừng. Ảnh: Hồng Nhung", [("Hồng Nhung", "PERSON")]),
    # ORG
    ("Ban Chấp hành Đảng bộ huyện Yên Thế quyết định.", [("Ban Chấp hành Đảng bộ huyện Yên Thế", "ORG")]),
    ("UBND TP.HCM vừa ban hành kế hoạch.", [("UBND TP.HCM", "ORG")]),
    ("Huyện ủy đã chỉ đạo sát sao.", [("Huyện ủy", "ORG")]),
    ("Ủy ban MTTQ Việt Nam tỉnh Cà Mau phối hợp thực hiện.", [("Ủy ban MTTQ Việt Nam tỉnh Cà Mau", "ORG")]),
    ("Văn bản gửi Chính phủ và Quốc hội.", [("Chính phủ", "ORG"), ("Quốc hội", "ORG")]),
    ("Đảng ủy phường Phú Thượng họp phiên đầu tiên.", [("Đảng ủy phường Phú Thượng", "ORG")]),
    # TERM
    ("Đại hội bầu Ban Chấp hành khóa XIV, nhiệm kỳ 2025 – 2030.",
     [("Ban Chấp hành", "ORG"), ("khóa XIV", "TERM"), ("nhiệm kỳ 2025 – 2030", "TERM")]),
    ("Kỳ họp của HĐND tỉnh khoá 17 diễn ra hai ngày.", [("HĐND tỉnh", "ORG"), ("khoá 17", "TERM")]),
    ("chuẩn bị nhân sự nhiệm kỳ 2025-2030 và 2030-2035", [("nhiệm kỳ 2025-2030", "TERM"), ("2030-2035", "TERM")]),
    # RATIO
    ("Có 38/40 hộ đồng thuận, đạt 95%.", [("38/40", "RATIO"), ("95%", "RATIO")]),
    ("Thu ngân sách tăng 12,4 % so với cùng kỳ.", [("12,4 %", "RATIO")]),
    ("Tỷ lệ bao phủ đạt 101,5%.", [("101,5%", "RATIO")]),
    # AWARD
    ("Trao Huân chương Bảo vệ Tổ quốc hạng Nhì cho đơn vị.", [("Huân chương Bảo vệ Tổ quốc hạng Nhì", "AWARD")]),
    ("Nhiều đảng viên nhận Huy hiệu 45 năm tuổi Đảng.", [("Huy hiệu 45 năm tuổi Đảng", "AWARD")]),
    ("được công nhận danh hiệu Tập thể lao động xuất sắc", [("Tập thể lao động xuất sắc", "AWARD")]),
    ("xã được tặng cờ thi đua và giấy khen", [("cờ thi đua", "AWARD"), ("giấy khen", "AWARD")]),
    # RATING
    ("Năm nay, chi bộ được xếp loại “Hoàn thành tốt nhiệm vụ”.", [("Hoàn thành tốt nhiệm vụ", "RATING")]),
    ("12 chi bộ đạt trong sạch, vững mạnh trở lên.", [("trong sạch, vững mạnh", "RATING")]),
]

NEGATIVE = [
    ("Ngày 19/5, huyện tổ chức lễ dâng hương.", "RATIO", "19/5"),
    ("Đợt 2/9 năm nay có nhiều hoạt động.", "RATIO", "2/9"),
    ("Thực hiện Nghị quyết số 05/NQ-TU của Tỉnh ủy.", "RATIO", "05"),
    ("Kế hoạch giai đoạn 2021-2025 đã hoàn tất.", "TERM", "2021-2025"),
    ("Đại hội lần thứ XIII của Đảng", "TERM", "XIII"),
    ("Các cấp ủy cần quan tâm hơn nữa.", "ORG", "cấp ủy"),
    ("Công tác xây dựng Đảng được chú trọng.", "ORG", "Đảng"),
    ("Cán bộ phấn đấu hoàn thành nhiệm vụ được giao.", "RATING", "hoàn thành nhiệm vụ"),
    ("Đảng bộ hoàn thành xuất sắc nhiệm vụ xây dựng nông thôn mới.", "RATING", "hoàn thành xuất sắc nhiệm vụ"),
    ("xây dựng chính quyền trong sạch, vững mạnh", "RATING", "trong sạch, vững mạnh"),
    ("các đồng chí bí thư chi bộ tham dự", "POSITION", "bí thư chi bộ"),
    ("Tin tổng hợp.\nPV", "PERSON", "PV"),
    ("tặng gấp 2 lần, 174 đảng viên mới", "RATIO", "174"),
]


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_rules_tag_all_labels(rules_nlp, text, expected):
    assert ents_of(rules_nlp(text)) == expected


@pytest.mark.parametrize("text,label,mention", NEGATIVE)
def test_rules_leave_out_look_alikes(rules_nlp, text, label, mention):
    assert not [e for e in rules_nlp(text).ents if e.label_ == label and mention in e.text]


def test_rules_record_their_provenance(rules_nlp):
    doc = rules_nlp("nhiệm kỳ 2020-2025")
    assert [e._.source for e in doc.ents] == ["rule:term_years"]


@pytest.mark.parametrize(
    "variant",
    [
        "Bí thư Huyện uỷ Lò Văn Pấng trao Giấy khen",
        "Bí thư Huyện\u00a0ủy Lò Văn Pấng trao Giấy khen",
        __import__("unicodedata").normalize("NFD", "Bí thư Huyện ủy Lò Văn Pấng trao Giấy khen"),
    ],
)
def test_rules_same_entities_for_any_spelling(rules_nlp, variant):
    doc = rules_nlp(variant)
    labels = [e.label_ for e in doc.ents]
    assert labels == ["POSITION", "PERSON", "AWARD"]
    for ent in doc.ents:
        assert variant[ent.start_char : ent.end_char] == ent.text
