"""Batch annotation: every input format, -j N, resume, error isolation, Parquet tables."""

import json

import pytest

from vn_govnews.batch import annotate_path, annotate_stream, done_ids
from vn_govnews.io import iter_records

TEXTS = [
    "Bí thư Huyện ủy Lò Văn Giàng trao Giấy khen cho 8 tập thể.",
    "Năm 2024, có 30/31 chi bộ đạt hoàn thành tốt nhiệm vụ trở lên, đạt 96,8%.",
    "Sáng 12/5, HĐND tỉnh bầu ông Vàng A Sính giữ chức Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026.",
    "Đảng ủy xã Tân Lập khóa I ra mắt.",
]


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def many(tmp_path):
    rows = [{"id": f"d{i:03d}", "text": TEXTS[i % len(TEXTS)] + f" Tin số {i}.", "meta": {"date": "2024-05-13"}}
            for i in range(40)]
    return _jsonl(tmp_path / "many.jsonl", rows)


def test_batch_reads_every_format(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq
    from datasets import Dataset

    rows = [{"ma": f"x{i}", "noi_dung": t} for i, t in enumerate(TEXTS)]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "in.parquet")
    (tmp_path / "in.csv").write_text("ma,noi_dung\n" + "".join(f'{r["ma"]},"{r["noi_dung"]}"\n' for r in rows), encoding="utf-8")
    _jsonl(tmp_path / "in.jsonl", rows)
    import gzip

    (tmp_path / "in.jsonl.gz").write_bytes(gzip.compress((tmp_path / "in.jsonl").read_bytes()))
    Dataset.from_list(rows).save_to_disk(str(tmp_path / "ds"))
    for name in ("in.parquet", "in.csv", "in.jsonl", "in.jsonl.gz", "ds"):
        got = [(r["id"], r["text"]) for r in iter_records(tmp_path / name, text_field="noi_dung", id_field="ma")]
        assert got == [(r["ma"], r["noi_dung"]) for r in rows], name


def test_batch_generates_and_records_missing_ids(tmp_path):
    path = _jsonl(tmp_path / "noid.jsonl", [{"text": TEXTS[0]}, {"id": "", "text": TEXTS[1]}])
    records = list(iter_records(path))
    assert [r["id"] for r in records] == ["noid-000001", "noid-000002"]
    assert all(r["meta"]["id_generated"] for r in records)


def test_batch_parallel_output_identical(many, tmp_path):
    one = annotate_path(many, tmp_path / "j1.jsonl", n_process=1)
    two = annotate_path(many, tmp_path / "j2.jsonl", n_process=2)
    assert (one.done, two.done) == (40, 40)
    assert (tmp_path / "j1.jsonl").read_bytes() == (tmp_path / "j2.jsonl").read_bytes()


def test_batch_error_rows_keep_counts_and_order(tmp_path):
    src = tmp_path / "bad.jsonl"
    src.write_text(
        '{"id": "a", "text": "Huyện ủy họp."}\nnot json\n{"id": "c", "text": null}\n'
        '{"id": "a", "text": "lặp id"}\n{"id": "e", "text": "Chi bộ họp."}\n', encoding="utf-8")
    summary = annotate_path(src, tmp_path / "out.jsonl")
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r.get("id") for r in rows] == ["a", None, "c", "a", "e"]
    assert ["error" in r for r in rows] == [False, True, True, True, False]
    assert "E025" in rows[3]["error"]
    assert (summary.done, summary.failed, summary.skipped) == (2, 3, 0)
    assert summary.total == 5


def test_batch_resume_after_interruption(many, tmp_path):
    full = tmp_path / "full.jsonl"
    annotate_path(many, full)
    lines = full.read_bytes().splitlines(keepends=True)
    out = tmp_path / "partial.jsonl"
    part = tmp_path / "partial.jsonl.part"
    part.write_bytes(b"".join(lines[:13]) + lines[13][: len(lines[13]) // 2])  # killed mid-record
    summary = annotate_path(many, out, resume=True)
    assert summary.skipped == 13 and summary.done == 27 and summary.total == 40
    assert out.read_bytes() == full.read_bytes() and not part.exists()
    assert len(done_ids(out)) == 40


def test_batch_killed_run_resumes_to_the_same_output(many, tmp_path):
    """Kill `vn-govnews annotate` at a random point, resume, compare with one full run."""
    import random
    import signal
    import subprocess
    import sys
    import time

    full = tmp_path / "full.jsonl"
    annotate_path(many, full)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "vn_govnews.cli", "annotate", str(many), "-o", str(out), "--batch-size", "4"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    part = tmp_path / "out.jsonl.part"
    deadline = time.time() + 120
    while time.time() < deadline and (not part.exists() or part.stat().st_size == 0) and proc.poll() is None:
        time.sleep(0.05)
    time.sleep(random.uniform(0, 0.5))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not out.exists() or out.read_bytes() == full.read_bytes()
    result = subprocess.run(cmd + ["--resume"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() == full.read_bytes()


def test_batch_refuses_to_overwrite(many, tmp_path):
    out = tmp_path / "o.jsonl"
    out.write_text("x\n", encoding="utf-8")
    with pytest.raises(FileExistsError, match="E022"):
        annotate_path(many, out)


def test_batch_parquet_tables_query_with_duckdb(many, tmp_path):
    import duckdb

    out = tmp_path / "out.parquet"
    annotate_path(many, out)
    assert sorted(p.name for p in out.iterdir()) == ["documents.parquet", "entities.parquet", "events.parquet"]
    con = duckdb.connect()
    # the README's example: awards by kind, officials by body
    awards = con.execute(
        f"SELECT award_kind, count(*) AS n FROM '{out}/events.parquet' WHERE type = 'award' GROUP BY award_kind"
    ).fetchall()
    assert awards == [("commendation", 10)]
    officials = con.execute(
        f"SELECT name, role, body FROM '{out}/events.parquet' WHERE type = 'official' ORDER BY doc_id LIMIT 1"
    ).fetchall()
    assert officials == [("Lò Văn Giàng", "Bí thư", "Huyện ủy")]
    n_docs = con.execute(f"SELECT count(*) FROM '{out}/documents.parquet'").fetchone()[0]
    n_ents = con.execute(f"SELECT count(*) FROM '{out}/entities.parquet' WHERE label = 'PERSON'").fetchone()[0]
    assert (n_docs, n_ents) == (40, 20)


def test_batch_stream_matches_single_process_api(many):
    from vn_govnews import load
    from vn_govnews.batch import annotate_records

    records = list(iter_records(many))
    assert list(annotate_stream(records)) == list(annotate_records(load(), records))
