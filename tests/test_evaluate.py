"""`vn-govnews evaluate` gives the numbers of ../shared/tools/score.py."""

import importlib.util
import json
import subprocess
import sys

import pytest

from conftest import FIXTURES
from vn_govnews.evaluate import Scores, fold_body, score
from vn_govnews.records import read_jsonl


def _reference(shared):
    spec = importlib.util.spec_from_file_location("score_ref", shared / "tools" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _docs(path):
    return {r["id"]: r for r in read_jsonl(path, require_text=False)}


def test_evaluate_equals_reference_on_fixtures(shared):
    ref = _reference(shared)
    gold, pred = FIXTURES / "gold.jsonl", FIXTURES / "pred.jsonl"
    assert score(_docs(gold), _docs(pred)).to_dict() == ref.score(ref.load(gold), ref.load(pred))


def test_evaluate_equals_reference_on_seed_annotated(shared, nlp, tmp_path):
    import vn_govnews
    from vn_govnews.batch import annotate_records

    ref = _reference(shared)
    gold_path = shared / "seed" / "gold.jsonl"
    gold = _docs(gold_path)
    rows = list(annotate_records(nlp, gold.values()))
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    ours = score(gold, _docs(pred_path)).to_dict()
    assert ours == ref.score(ref.load(gold_path), ref.load(pred_path))
    assert vn_govnews.__version__


def test_evaluate_cli_json_matches_reference_cli(shared):
    gold, pred = str(FIXTURES / "gold.jsonl"), str(FIXTURES / "pred.jsonl")
    ours = subprocess.run([sys.executable, "-m", "vn_govnews.cli", "evaluate", gold, pred, "--json"],
                          capture_output=True, text=True, check=True)
    theirs = subprocess.run([sys.executable, str(shared / "tools" / "score.py"), gold, pred, "--json"],
                            capture_output=True, text=True, check=True)
    assert json.loads(ours.stdout) == json.loads(theirs.stdout)


@pytest.mark.parametrize(
    "a,b",
    [("Tỉnh ủy tỉnh Hải Dương", "Tỉnh ủy Hải Dương"), ("Quận ủy quận 4", "Quận ủy 4"),
     ("Ủy ban nhân dân TP. Hồ Chí Minh", "Ủy ban nhân dân Hồ Chí Minh")],
)
def test_evaluate_body_folding_drops_level_words(a, b):
    assert fold_body(a) == fold_body(b)


def test_evaluate_scores_add_and_serialise():
    s = Scores(3, 4, 5) + Scores(1, 1, 1)
    assert (s.tp, s.pred, s.gold) == (4, 5, 6)
    assert s.to_dict() == {"p": 0.8, "r": 0.6667, "f1": 0.7273, "tp": 4, "pred": 5, "gold": 6}
