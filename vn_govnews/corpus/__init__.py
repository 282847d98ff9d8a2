"""The labelled corpus: source format, validation, statistics, splits, `datasets` loading.

>>> from vn_govnews.corpus import load_dataset
>>> ds = load_dataset()
>>> sorted(ds.keys())
['dev', 'test', 'train']
"""

from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent.parent.parent / "corpus"
SPLITS = ("train", "dev", "test")


def load_any(path):
    """Records of a corpus file: a `.jsonl` of records or a `src/*.txt` source file.

    path (str | Path): the file.
    RETURNS (list): records.
    """
    path = Path(path)
    if path.suffix == ".txt":
        from .markup import read_source

        return read_source(path)
    from ..records import read_jsonl

    return list(read_jsonl(path))


def load_dataset(path=None):
    """The corpus splits as a `datasets.DatasetDict` (local files, no hub).

    path (str | Path | None): the folder with train/dev/test.jsonl (default: `corpus/`).
    RETURNS (DatasetDict): splits "train", "dev", "test"; columns id, text,
        spans, events (each event as a JSON string: the slots differ by type), meta (JSON string).
    """
    import json

    from datasets import Dataset, DatasetDict

    from ..records import read_jsonl

    folder = Path(path) if path is not None else CORPUS_DIR
    out = {}
    for split in SPLITS:
        rows = list(read_jsonl(folder / f"{split}.jsonl"))
        out[split] = Dataset.from_dict(
            {
                "id": [r["id"] for r in rows],
                "text": [r["text"] for r in rows],
                "spans": [r["spans"] for r in rows],
                "events": [[json.dumps(e, ensure_ascii=False) for e in r["events"]] for r in rows],
                "meta": [json.dumps(r.get("meta") or {}, ensure_ascii=False) for r in rows],
            }
        )
    return DatasetDict(out)
