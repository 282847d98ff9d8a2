"""The command line through its entry point, as a user runs it."""

import json
import subprocess
import sys

import pytest

CLI = [sys.executable, "-m", "vn_govnews.cli"]


def run(*args, check=False):
    return subprocess.run(CLI + [str(a) for a in args], capture_output=True, text=True, check=check)


@pytest.fixture
def inputs(tmp_path):
    jsonl = tmp_path / "in.jsonl"
    rows = [
        {"id": "a1", "text": "Bí thư Huyện ủy Lò Văn Giàng trao Giấy khen cho 8 tập thể.",
         "spans": [{"start": 0, "end": 3, "label": "ORG"}], "meta": {"date": "2024-03-01", "province": "Sơn La"}},
        {"id": "a2", "text": "Năm 2024, có 30/31 chi bộ đạt trong sạch, vững mạnh.", "meta": {}},
    ]
    jsonl.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    folder = tmp_path / "txt"
    folder.mkdir()
    (folder / "x.txt").write_text("Chủ tịch UBND xã Hà Thị Duyên phát biểu.", encoding="utf-8")
    return jsonl, folder


def test_cli_annotate_jsonl_keeps_id_text_meta_and_replaces_spans(inputs, tmp_path):
    jsonl, _ = inputs
    out = tmp_path / "out.jsonl"
    result = run("annotate", jsonl, "-o", out)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    src = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a1", "a2"]
    for r, s in zip(rows, src):
        assert r["text"] == s["text"] and r["meta"] == s["meta"]
    assert {"start": 0, "end": 3, "label": "ORG"} not in rows[0]["spans"]
    assert ("Lò Văn Giàng", "PERSON") in [(rows[0]["text"][s["start"]:s["end"]], s["label"]) for s in rows[0]["spans"]]
    assert any(e["type"] == "award" for e in rows[0]["events"])
    assert "done 2, failed 0, skipped 0" in result.stderr


def test_cli_annotate_txt_file_and_folder(inputs, tmp_path):
    _, folder = inputs
    for src in (folder, folder / "x.txt"):
        out = tmp_path / f"out_{src.name}.jsonl"
        assert run("annotate", src, "-o", out).returncode == 0
        row = json.loads(out.read_text(encoding="utf-8"))
        assert row["id"] == "x" and row["spans"]


def test_cli_annotate_refuses_to_overwrite(inputs, tmp_path):
    jsonl, _ = inputs
    out = tmp_path / "out.jsonl"
    out.write_text("keep me", encoding="utf-8")
    result = run("annotate", jsonl, "-o", out)
    assert result.returncode != 0 and "--force" in result.stderr
    assert out.read_text(encoding="utf-8") == "keep me"
    assert run("annotate", jsonl, "-o", out, "--force").returncode == 0


def test_cli_annotate_bad_lines_become_error_rows(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "ok", "text": "Chi bộ họp."}\n{broken\n{"id": "n", "text": 5}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("annotate", src, "-o", out)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert result.returncode == 1
    assert [("error" in r) for r in rows] == [False, True, True]
    assert "E010" in rows[1]["error"] and "E012" in rows[2]["error"]
    assert "done 1, failed 2" in result.stderr


def test_cli_annotate_missing_input_is_a_clear_error(tmp_path):
    result = run("annotate", tmp_path / "nope.jsonl", "-o", tmp_path / "o.jsonl")
    assert result.returncode == 2 and "no such file" in result.stderr


def test_cli_evaluate_without_predictions_annotates_gold(shared):
    result = run("evaluate", shared / "seed" / "gold.jsonl", "--json", check=True)
    report = json.loads(result.stdout)
    assert report["documents"] == 1
    assert report["entities"]["f1"] >= 0.8
    assert set(report) >= {"entities", "entities_partial_recall", "entities_by_label", "facts", "facts_by_type"}


def test_cli_evaluate_prints_a_table(shared):
    result = run("evaluate", shared / "seed" / "gold.jsonl", check=True)
    assert "entities" in result.stdout and "facts" in result.stdout and "PERSON" in result.stdout
