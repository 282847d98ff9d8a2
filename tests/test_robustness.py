"""Bad input gets a clear error or an error row, never a crash or a silent drop.

Each row: what the input is, and what the output row must be.
"""

import json
import unicodedata

import pytest

from vn_govnews.batch import annotate_path

GOOD = "Bí thư Huyện ủy Lò Văn Giàng trao Giấy khen cho 8 tập thể."
CASES = [
    # (name, raw JSONL line or bytes, expectation: "error:<code>" or "ok")
    ("invalid JSON", b'{"id": "a", "text": "x"', "error:E010"),
    ("not an object", b'["a"]', "error:E017"),
    ("missing text", b'{"id": "a"}', "error:E011"),
    ("non-string text", b'{"id": "a", "text": 12}', "error:E012"),
    ("invalid UTF-8", b'{"id": "a", "text": "\xff\xfe"}', "error:E019"),
    ("blank text", b'{"id": "a", "text": "   "}', "ok"),
    ("empty text", b'{"id": "a", "text": ""}', "ok"),
    ("control and zero-width characters", json.dumps({"id": "a", "text": "Bí\u200b thư\x07 Huyện\u200dủy\ufeff Lò Văn Giàng"}).encode(), "ok"),
    ("HTML remnants and entities", json.dumps({"id": "a", "text": "<p>Bí thư Huyện ủy&nbsp;Lò Văn Giàng</p> &amp; <br/>"}).encode(), "ok"),
    ("NFD text", json.dumps({"id": "a", "text": unicodedata.normalize("NFD", GOOD)}, ensure_ascii=False).encode(), "ok"),
    ("mixed tone styles", json.dumps({"id": "a", "text": "Quận uỷ và Quận ủy, hoà và hòa"}, ensure_ascii=False).encode(), "ok"),
    ("another language", json.dumps({"id": "a", "text": "The Prime Minister met the delegation. 首相会見。"}, ensure_ascii=False).encode(), "ok"),
    ("only numbers and punctuation", json.dumps({"id": "a", "text": "17/18 ... 97,7% --- (((2020-2025)))"}).encode(), "ok"),
    ("1 MB document", json.dumps({"id": "a", "text": (GOOD + "\n") * 17000}, ensure_ascii=False).encode(), "ok"),
]


@pytest.mark.parametrize("name,line,expected", CASES, ids=[c[0] for c in CASES])
def test_robustness_bad_input_row(tmp_path, name, line, expected):
    src = tmp_path / "in.jsonl"
    src.write_bytes(line + b"\n" + json.dumps({"id": "next", "text": GOOD}, ensure_ascii=False).encode() + b"\n")
    out = tmp_path / "out.jsonl"
    summary = annotate_path(src, out)
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2 and rows[1]["id"] == "next" and "error" not in rows[1]
    assert summary.total == 2
    if expected == "ok":
        row = rows[0]
        assert "error" not in row
        for s in row["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(row["text"])
            mention = row["text"][s["start"]:s["end"]]
            assert mention == mention.strip() and mention
    else:
        assert expected.split(":")[1] in rows[0]["error"]


def test_robustness_duplicate_ids_are_error_rows(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": "same", "text": GOOD}) + "\n" for _ in range(2)), encoding="utf-8")
    summary = annotate_path(src, tmp_path / "out.jsonl")
    assert (summary.done, summary.failed) == (1, 1) and "E025" in summary.errors[0]["error"]


@pytest.mark.slow
def test_robustness_10_mb_document(tmp_path):
    text = (GOOD + "\n") * 170000
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "big", "text": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    summary = annotate_path(src, tmp_path / "out.jsonl")
    row = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    assert summary.done == 1 and row["text"] == text
    assert sum(1 for s in row["spans"] if s["label"] == "PERSON") == 170000


def test_robustness_models_load_only_from_folders(tmp_path):
    import vn_govnews

    (tmp_path / "model.pkl").write_bytes(b"\x80\x04not a model")
    with pytest.raises(OSError, match="E002"):
        vn_govnews.load(tmp_path)
