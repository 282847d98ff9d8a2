"""Batch input and output: the formats `vn-govnews annotate` reads and writes.

Readers (`readers.py`) stream records from JSONL (also .gz), Parquet, CSV,
a folder of .txt files or a `datasets` dataset saved on disk. Writers
(`writers.py`) write JSONL, or Parquet as three flat tables (documents,
entities, events) that DuckDB or pandas query directly.
"""

from .readers import iter_records
from .writers import FLAT_EVENT_COLUMNS, JsonlWriter, ParquetWriter, flatten, open_writer

__all__ = ["iter_records", "JsonlWriter", "ParquetWriter", "open_writer", "flatten", "FLAT_EVENT_COLUMNS"]
