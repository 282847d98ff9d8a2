"""Annotating on Spark: `annotate(df, text_col=..., id_col=...)`.

Each executor Python process loads the pipeline once (a cached loader keyed
by the model path) and annotates its partitions with `mapInPandas`; the
result is a DataFrame of records (spans as structs, events as JSON strings)
or, with `tables=True`, the three flat tables of `vn_govnews.io.writers`.
The workers must run the same interpreter as the driver (set
`PYSPARK_PYTHON=sys.executable`) and see the model folder (ship it with
`--archives` or put it on shared storage; see the README).
"""

import functools
import json
from pathlib import Path

RECORD_SCHEMA = (
    "id string, text string, spans array<struct<start:int,end:int,label:string>>, "
    "events array<string>, meta string, error string"
)


@functools.lru_cache(maxsize=4)
def _pipeline(model):
    """The pipeline for `model`, loaded once per Python worker process."""
    from threadpoolctl import threadpool_limits

    from . import load

    threadpool_limits(limits=1)
    return load(model or None)


def _annotate_frames(frames, model, text_col, id_col, batch_size):
    import pandas as pd

    from .batch import annotate_records
    from .records import RecordError, validate_record

    nlp = _pipeline(model)
    for frame in frames:
        items = []
        for n, (rid, text, meta) in enumerate(zip(frame[id_col], frame[text_col], frame["__meta"]), 1):
            record = {"id": None if rid is None else str(rid), "text": text, "meta": json.loads(meta or "{}")}
            try:
                items.append(validate_record(record, n))
            except RecordError as err:
                err.record_id = record["id"]
                items.append(err)
        rows = list(annotate_records(nlp, items, batch_size))
        yield pd.DataFrame(
            {
                "id": [r.get("id") for r in rows],
                "text": [r.get("text") for r in rows],
                "spans": [r.get("spans") or [] for r in rows],
                "events": [[json.dumps(e, ensure_ascii=False) for e in r.get("events") or []] for r in rows],
                "meta": [json.dumps(r.get("meta") or {}, ensure_ascii=False) for r in rows],
                "error": [r.get("error") for r in rows],
            }
        )


def annotate(df, text_col="text", id_col="id", meta_col=None, model=None, batch_size=64, tables=False):
    """Annotate a Spark DataFrame of documents.

    df (pyspark.sql.DataFrame): one row per document.
    text_col (str): the text column.
    id_col (str): the id column.
    meta_col (str | None): a column of JSON strings or maps with each document's meta.
    model (str | Path | None): a pipeline folder visible to the executors (default: the bundled one).
    batch_size (int): documents per `nlp.pipe` batch.
    tables (bool): return `(documents, entities, events)` DataFrames instead of records.
    RETURNS (DataFrame | tuple): records, or the three flat tables.
    """
    from pyspark.sql import functions as F

    model = str(Path(model).resolve()) if model else ""
    if meta_col is None:
        meta = F.lit("{}")
    elif dict(df.dtypes)[meta_col] == "string":
        meta = F.col(meta_col)
    else:
        meta = F.to_json(F.col(meta_col))
    src = df.select(F.col(id_col).cast("string").alias(id_col), F.col(text_col).alias(text_col), meta.alias("__meta"))
    fn = functools.partial(_annotate_frames, model=model, text_col=text_col, id_col=id_col, batch_size=batch_size)
    records = src.mapInPandas(fn, schema=RECORD_SCHEMA)
    if not tables:
        return records
    return to_tables(records)


def to_tables(records):
    """The three flat tables of a records DataFrame (see `vn_govnews.io.writers`)."""
    from pyspark.sql import functions as F

    documents = records.select(
        "id", "text", "meta", F.size("spans").alias("n_entities"), F.size("events").alias("n_events"), "error"
    )
    entities = records.select(F.col("id").alias("doc_id"), "text", F.posexplode("spans").alias("pos", "s")).select(
        "doc_id", F.col("s.start").alias("start"), F.col("s.end").alias("end"), F.col("s.label").alias("label"),
        F.expr("substring(text, s.start + 1, s.end - s.start)").alias("text"),
    )
    events = records.select(F.col("id").alias("doc_id"), F.posexplode("events").alias("index", "event"))
    return documents, entities, events


def record_from_row(row):
    """A Spark output row as a plain record (the JSONL form)."""
    if row["error"] is not None:
        return {"id": row["id"], "error": row["error"]}
    return {
        "id": row["id"],
        "text": row["text"],
        "spans": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in row["spans"]],
        "events": [json.loads(e) for e in row["events"]],
        "meta": json.loads(row["meta"] or "{}"),
    }


def session(app_name="vn_govnews"):
    """A SparkSession: the cluster's when SPARK_MASTER is set, else local[*] with this interpreter."""
    import os
    import sys

    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name).master(os.environ.get("SPARK_MASTER", "local[*]"))
    return builder.config("spark.ui.enabled", "false").config("spark.sql.execution.arrow.pyspark.enabled", "true").getOrCreate()


def annotate_path_spark(src, dst, model=None, force=False, text_field="text", id_field="id", split=None):
    """`vn-govnews annotate --engine spark`: read the input, annotate on Spark, write like the local engine."""
    import pandas as pd

    from .batch import Summary
    from .errors import Errors
    from .io import iter_records, open_writer
    from .records import RecordError

    dst = Path(dst)
    if dst.exists() and not force:
        raise FileExistsError(Errors.E022.format(path=dst))
    spark = session()
    rows, errors = [], []
    for n, item in enumerate(iter_records(src, text_field=text_field, id_field=id_field, split=split)):
        if isinstance(item, RecordError):
            errors.append((n, {"id": item.record_id, "error": str(item), "line": item.line}))
        else:
            rows.append({"__n": n, "id": item["id"], "text": item["text"],
                         "meta": json.dumps(item.get("meta") or {}, ensure_ascii=False)})
    summary = Summary()
    out = {}
    if rows:
        df = spark.createDataFrame(pd.DataFrame(rows))
        order = {r["id"]: r["__n"] for r in rows}
        for row in annotate(df, "text", "id", meta_col="meta", model=model).toLocalIterator():
            out[order[row["id"]]] = record_from_row(row)
    for n, row in errors:
        out[n] = row
    with open_writer(dst) as writer:
        for n in sorted(out):
            row = out[n]
            if "error" in row:
                summary.failed += 1
                summary.errors.append(row)
            else:
                summary.done += 1
            writer.write(row)
    return summary
