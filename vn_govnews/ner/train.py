"""Training the statistical NER and assembling the shipped pipeline.

`train_pipeline` converts the corpus with the library's own tokenizer,
trains spaCy's NER from `config.cfg` (fixed seed), then builds candidate
pipelines (model only, model + rules with each precedence) and keeps the one
with the best entity F1 on dev. The result is a complete pipeline folder:
tokenizer, tok2vec, ner, `govnews_entity_rules`, `govnews_events`, with its
meta (corpus version, training date, dev and test scores, alignment).
"""

import datetime
import json
import shutil
import tempfile
from importlib import resources
from pathlib import Path

from ..records import read_jsonl
from .data import to_docbin

CONFIG = resources.files(__package__).joinpath("config.cfg")


def _score_pipeline(nlp, records):
    from ..batch import annotate_records
    from ..evaluate import score

    gold = {r["id"]: r for r in records}
    pred = {r["id"]: r for r in annotate_records(nlp, records)}
    return score(gold, pred)


def _trained(model_dir):
    """The trained tok2vec + ner of `model_dir`, without the rule and event components."""
    from .. import load

    nlp = load(model_dir)
    for name in ("govnews_entity_rules", "govnews_events"):
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    return nlp


# candidates in order of preference on a tie: rules that match the model on dev are kept,
# since they do not depend on the corpus's phrasing
_PREFERENCE = (
    "rules for their best labels only",
    "per-label merge",
    "model, rules fill gaps",
    "model only",
    "rules, model fills gaps",
)


def _candidates(model_dir, rule_labels):
    out = {}
    for name, cfg in (
        ("model only", None),
        ("model, rules fill gaps", {"precedence": "model"}),
        ("rules, model fills gaps", {"precedence": "rules"}),
        ("per-label merge", {"precedence": "labels", "rule_labels": sorted(rule_labels)}),
        ("rules for their best labels only", {"precedence": "labels_only", "rule_labels": sorted(rule_labels)}),
    ):
        nlp = _trained(model_dir)
        if cfg is not None:
            nlp.add_pipe("govnews_entity_rules", config=cfg)
        nlp.add_pipe("govnews_events")
        out[name] = nlp
    return out


def train_pipeline(corpus_dir, output, segmenter="syllable", max_steps=3000, seed=13, log=print):
    """Train the NER on `corpus_dir/train.jsonl` and write the best pipeline to `output`.

    corpus_dir (Path): folder with train/dev/test.jsonl and MANIFEST.json.
    output (Path): the pipeline folder to write (replaced if it exists).
    segmenter (str): the tokenizer's segmenter.
    max_steps (int): training steps.
    seed (int): random seed.
    log (callable): progress messages.
    RETURNS (dict): the meta written with the pipeline.
    """
    import spacy
    from spacy.cli.train import train as spacy_train

    from .. import blank

    corpus_dir, output = Path(corpus_dir), Path(output)
    splits = {s: list(read_jsonl(corpus_dir / f"{s}.jsonl")) for s in ("train", "dev", "test")}
    manifest = json.loads((corpus_dir / "MANIFEST.json").read_text(encoding="utf-8"))
    tok = blank(segmenter=segmenter, events=False)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        alignment = {}
        for split in ("train", "dev"):
            stats = to_docbin(tok, splits[split], tmp / f"{split}.spacy")
            alignment[split] = {"spans": stats.spans, "lost": stats.lost, "lost_share": round(stats.lost_share, 5)}
            log(f"{split}: {stats.spans} gold spans, {stats.lost} lost to token misalignment")
        cfg_path = tmp / "config.cfg"
        cfg_path.write_text(CONFIG.read_text(encoding="utf-8"), encoding="utf-8")
        overrides = {
            "paths.train": str(tmp / "train.spacy"),
            "paths.dev": str(tmp / "dev.spacy"),
            "nlp.tokenizer.segmenter": segmenter,
            "system.seed": seed,
            "training.max_steps": max_steps,
        }
        spacy_train(cfg_path, tmp / "trained", overrides=overrides)
        meta = assemble_pipeline(tmp / "trained" / "model-best", corpus_dir, output, log=log)
        meta["vn_govnews"].update(
            trained=datetime.date.today().isoformat(), seed=seed, max_steps=max_steps, alignment=alignment
        )
        _write_meta(output, meta)
    return meta


def _write_meta(output, meta):
    import srsly

    path = Path(output) / "meta.json"
    current = srsly.read_json(path)
    current.update(meta)
    srsly.write_json(path, current)


def assemble_pipeline(model_dir, corpus_dir, output, segmenter="syllable", log=print):
    """Combine trained NER weights with the rules in every way, keep the best on dev, write it.

    Rules take the labels where they score at least as well as the model on
    dev; among candidates with the same dev F1 the one that keeps rules wins
    (see `_PREFERENCE`).

    model_dir (Path): a folder with the trained tok2vec and ner.
    corpus_dir (Path): the corpus (dev and test are scored).
    output (Path): where to write the chosen pipeline (replaced).
    RETURNS (dict): the meta written.
    """
    from .. import blank

    corpus_dir = Path(corpus_dir)
    splits = {s: list(read_jsonl(corpus_dir / f"{s}.jsonl")) for s in ("dev", "test")}
    manifest = json.loads((corpus_dir / "MANIFEST.json").read_text(encoding="utf-8"))
    rules_only = _score_pipeline(blank(segmenter=segmenter), splits["dev"])
    model_only = _score_pipeline(_candidates(model_dir, [])["model only"], splits["dev"])
    rule_labels = [
        label
        for label, s in rules_only.entities_by_label.items()
        if label in model_only.entities_by_label and s.f1 >= model_only.entities_by_label[label].f1
    ]
    candidates = _candidates(model_dir, rule_labels)
    candidates["rules only"] = blank(segmenter=segmenter)
    table = {}
    for name, nlp in candidates.items():
        dev = _score_pipeline(nlp, splits["dev"])
        test = _score_pipeline(nlp, splits["test"])
        table[name] = {"dev": dev.to_dict(), "test": test.to_dict()}
        log(f"{name:<34} dev F1 {dev.entities.f1:.4f}  test F1 {test.entities.f1:.4f}  facts dev {dev.facts.f1:.4f}")
    best = max(
        _PREFERENCE, key=lambda n: (table[n]["dev"]["entities"]["f1"], -_PREFERENCE.index(n))
    )
    nlp = candidates[best]
    meta = {
        "name": "vn_govnews_default",
        "version": "0.1.0",
        "description": f"vn_govnews pipeline: {best}",
        "vn_govnews": {
            "corpus_version": manifest.get("version"),
            "corpus_documents": manifest.get("documents"),
            "segmenter": segmenter,
            "combination": best,
            "rule_labels": rule_labels,
            "dev": table[best]["dev"],
            "test": table[best]["test"],
            "candidates": table,
        },
    }
    old = dict(nlp.meta.get("vn_govnews") or {})
    nlp.meta.update(meta)
    nlp.meta["vn_govnews"] = {**{k: old[k] for k in ("trained", "seed", "max_steps", "alignment") if k in old},
                              **meta["vn_govnews"]}
    output = Path(output)
    tmp = output.with_name(output.name + ".part")
    if tmp.exists():
        shutil.rmtree(tmp)
    nlp.to_disk(tmp)
    if output.exists():
        shutil.rmtree(output)
    tmp.replace(output)
    return nlp.meta
