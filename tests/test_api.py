"""The Python API as the README shows it."""

import subprocess
import sys

import vn_govnews


def test_api_load_annotate_and_record(nlp):
    text = "Phó Bí thư Đảng ủy phường Hòa Cường Vi Thị Lan trao Huy hiệu 40 năm tuổi Đảng."
    doc = nlp(text)
    assert doc.text == text
    labels = [(e.text, e.label_) for e in doc.ents]
    assert ("Vi Thị Lan", "PERSON") in labels and ("Huy hiệu 40 năm tuổi Đảng", "AWARD") in labels
    record = vn_govnews.to_record(doc, id="r1", meta={"date": "2025-09-01"})
    assert record["id"] == "r1" and record["meta"] == {"date": "2025-09-01"}
    for span in record["spans"]:
        assert text[span["start"]:span["end"]]
    assert any(ev["type"] == "official" for ev in record["events"])


def test_api_pipe_matches_single_calls(nlp):
    texts = ["Huyện ủy họp.", "Năm 2023 đạt 98,5%.", ""]
    piped = [vn_govnews.to_record(d) for d in nlp.pipe(texts, batch_size=2)]
    single = [vn_govnews.to_record(nlp(t)) for t in texts]
    assert piped == single


def test_api_load_path_and_bad_path(tmp_path, nlp):
    nlp.to_disk(tmp_path / "copy")
    again = vn_govnews.load(tmp_path / "copy")
    assert again.pipe_names == nlp.pipe_names
    import pytest

    with pytest.raises(OSError, match="E002"):
        vn_govnews.load(tmp_path / "missing")


def test_api_import_is_light():
    code = "import sys, vn_govnews; print('spacy' in sys.modules, 'underthesea' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_api_non_string_input_is_a_coded_error(nlp):
    import pytest

    with pytest.raises(TypeError, match="E001"):
        nlp.tokenizer(42)


def test_api_spacy_fit_without_importing_the_package(tmp_path, nlp):
    """The model folder loads with spacy.load, and the factories come from entry points."""
    nlp.to_disk(tmp_path / "m")
    code = (
        "import spacy; nlp = spacy.load(%r); "
        "blank = spacy.blank('vi', config={'nlp': {'tokenizer': {'@tokenizers': 'vn_govnews.tokenizer.v1'}}}); "
        "blank.add_pipe('govnews_entity_rules'); blank.add_pipe('govnews_events'); "
        "doc = nlp('Bí thư Huyện ủy Lò Văn Giàng trao Giấy khen.'); "
        "print(len(doc.ents), len(doc._.events), len(blank('nhiệm kỳ 2020-2025')._.events))"
    ) % str(tmp_path / "m")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["3", "2", "1"]
