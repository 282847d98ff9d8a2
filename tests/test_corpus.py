"""The corpus: valid, large and varied enough, original, and buildable from its sources."""

import json
import re

import pytest

from conftest import ROOT
from vn_govnews.corpus import SPLITS, load_dataset
from vn_govnews.corpus.build import build
from vn_govnews.corpus.stats import stats
from vn_govnews.corpus.validate import validate_record, validate_records
from vn_govnews.records import read_jsonl

CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def splits():
    return {s: list(read_jsonl(CORPUS / f"{s}.jsonl")) for s in SPLITS}


def test_corpus_validator_passes_on_all_splits(splits):
    for name, records in splits.items():
        assert validate_records(records) == [], name


def test_corpus_meets_the_counts(splits):
    assert (len(splits["train"]), len(splits["dev"]), len(splits["test"])) >= (380, 60, 60)
    assert all(len(splits[s]) >= 60 for s in ("dev", "test")) and len(splits["train"]) >= 380
    everything = stats([r for records in splits.values() for r in records])
    train = stats(splits["train"])
    assert everything["documents"] >= 500
    assert sum(everything["labels"].values()) >= 8000
    assert min(train["labels"].values()) >= 400 and len(train["labels"]) == 7
    assert sum(everything["event_types"].values()) >= 1500
    assert min(everything["event_types"].values()) >= 150 and len(everything["event_types"]) == 5
    assert len(everything["topics"]) >= 10 and len(everything["provinces"]) >= 40
    assert set(everything["levels"]) == {"central", "provincial", "district", "commune"}
    assert everything["after_reform"] >= 100
    words = [len(r["text"].split()) for records in splits.values() for r in records]
    assert min(words) >= 100 and max(words) <= 500


def test_corpus_documents_share_no_paragraph(splits):
    seen = {}
    for records in splits.values():
        for r in records:
            for para in r["text"].split("\n"):
                para = para.strip()
                if len(para.split()) < 8:
                    continue  # captions and bylines may repeat
                assert para not in seen, (r["id"], seen.get(para))
                seen[para] = r["id"]


def test_corpus_reuses_no_sentence_of_the_seed(splits, shared):
    seed = (shared / "seed" / "article.txt").read_text(encoding="utf-8")
    sentences = {s.strip() for s in re.split(r"(?<=[.;!?])\s+", seed) if len(s.split()) >= 6}
    for records in splits.values():
        for r in records:
            for sentence in sentences:
                assert sentence not in r["text"], r["id"]


def test_corpus_builds_from_sources_reproducibly(tmp_path):
    manifest = build(CORPUS / "src", tmp_path)
    assert manifest == json.loads((CORPUS / "MANIFEST.json").read_text(encoding="utf-8"))
    for s in SPLITS:
        assert (tmp_path / f"{s}.jsonl").read_bytes() == (CORPUS / f"{s}.jsonl").read_bytes()


def test_corpus_loads_through_datasets():
    ds = load_dataset()
    assert sorted(ds) == ["dev", "test", "train"]
    row = ds["test"][0]
    assert isinstance(row["text"], str) and row["spans"]
    assert json.loads(row["events"][0])["type"]


@pytest.mark.parametrize(
    "record,message",
    [
        ({"id": "x", "text": "Bí thư Lê", "spans": [{"start": 0, "end": 7, "label": "POSITION"}]}, "ends with a space"),
        ({"id": "x", "text": "abc", "spans": [{"start": 0, "end": 9, "label": "ORG"}]}, "bad offsets"),
        ({"id": "x", "text": "abcdef", "spans": [{"start": 0, "end": 3, "label": "ORG"}, {"start": 2, "end": 5, "label": "ORG"}]}, "overlap"),
        ({"id": "x", "text": "abc", "spans": [{"start": 0, "end": 3, "label": "LOC"}]}, "unknown label"),
        ({"id": "x", "text": "abc", "events": [{"type": "meeting"}]}, "unknown event type"),
        ({"id": "x", "text": "abc", "events": [{"type": "term", "start": 2020, "end": 2025, "chair": "x"}]}, "unknown slot"),
        ({"id": "x", "text": "abc", "events": [{"type": "term", "start": 2020, "end": 2025, "body": "UBND tỉnh"}]}, "abbreviation"),
        ({"id": "x", "text": "abc", "events": [{"type": "term", "start": 2020, "end": 2025, "body": "Quận uỷ"}]}, "not canonical"),
        ({"id": "x", "text": "abc", "events": [{"type": "ratio", "percent": 5, "rating": "tốt"}]}, "is not one of"),
        ({"id": "x", "text": "abc", "events": [{"type": "official", "name": "Lê Văn A", "role": "Bí thư"}]}, "not a PERSON span"),
    ],
)
def test_corpus_validator_rejects(record, message):
    assert any(message in p.message for p in validate_record(record))
