"""Spark in local mode gives exactly the local output (marked `spark`; .ci/run runs it)."""

import json
import subprocess
import sys

import pytest

pytestmark = pytest.mark.spark

TEXTS = [
    "Bí thư Huyện ủy Lò Văn Giàng trao Giấy khen cho 8 tập thể.",
    "Năm 2024, có 30/31 chi bộ đạt hoàn thành tốt nhiệm vụ trở lên, đạt 96,8%.",
    "Sáng 12/5, HĐND tỉnh bầu ông Vàng A Sính giữ chức Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026.",
]


@pytest.fixture(scope="module")
def spark():
    from vn_govnews.spark import session

    s = session("vn_govnews-tests")
    yield s
    s.stop()


def test_spark_records_equal_local(spark):
    import pandas as pd

    from vn_govnews import load
    from vn_govnews.batch import annotate_records
    from vn_govnews.spark import annotate, record_from_row

    rows = [{"doc": f"s{i}", "body": t, "meta": json.dumps({"date": "2024-05-13"})} for i, t in enumerate(TEXTS * 3)]
    df = spark.createDataFrame(pd.DataFrame(rows)).repartition(3)
    got = {r["id"]: record_from_row(r) for r in annotate(df, text_col="body", id_col="doc", meta_col="meta").collect()}
    local = annotate_records(load(), [{"id": r["doc"], "text": r["body"], "meta": {"date": "2024-05-13"}} for r in rows])
    expected = {r["id"]: r for r in local}
    assert got == expected


def test_spark_flat_tables(spark):
    import pandas as pd

    from vn_govnews.spark import annotate

    df = spark.createDataFrame(pd.DataFrame({"id": ["a"], "text": [TEXTS[0]]}))
    documents, entities, events = annotate(df, tables=True)
    assert documents.count() == 1
    assert ("Lò Văn Giàng", "PERSON") in [(r["text"], r["label"]) for r in entities.collect()]
    assert {json.loads(r["event"])["type"] for r in events.collect()} == {"official", "award"}


def test_spark_cli_output_equals_local(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"c{i}", "text": t}, ensure_ascii=False) + "\n"
                           for i, t in enumerate(TEXTS)), encoding="utf-8")
    cli = [sys.executable, "-m", "vn_govnews.cli", "annotate", str(src)]
    subprocess.run(cli + ["-o", str(tmp_path / "local.jsonl")], check=True, capture_output=True)
    subprocess.run(cli + ["-o", str(tmp_path / "spark.jsonl"), "--engine", "spark"], check=True, capture_output=True)
    assert (tmp_path / "spark.jsonl").read_bytes() == (tmp_path / "local.jsonl").read_bytes()
