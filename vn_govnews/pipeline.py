"""Building, saving and loading pipelines.

A pipeline is a spaCy `Language` whose tokenizer is
`vn_govnews.tokenizer.v1` and whose components are the statistical NER
(when trained), `govnews_entity_rules` and `govnews_events`. A folder under
`models/` holds a complete pipeline; loading never downloads anything.
"""

from pathlib import Path

from .errors import Errors

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "vn_govnews_default"


def _register():
    # importing the modules registers the tokenizer and the factories with spaCy
    from . import tokenizer  # noqa: F401
    from .rules import component  # noqa: F401
    from .events import component as events_component  # noqa: F401


def blank(segmenter="syllable", events=True):
    """A rules-only pipeline (no statistical model).

    segmenter (str): "syllable", "pyvi" or "underthesea".
    events (bool): add the event component.
    RETURNS (Language): the pipeline.
    """
    import spacy

    _register()
    nlp = spacy.blank(
        "vi",
        config={"nlp": {"tokenizer": {"@tokenizers": "vn_govnews.tokenizer.v1", "segmenter": segmenter}}},
    )
    nlp.add_pipe("govnews_entity_rules")
    if events:
        nlp.add_pipe("govnews_events")
    return nlp


def load(path=None):
    """Load a pipeline folder; the bundled default when no path is given.

    path (str | Path | None): a folder written by `nlp.to_disk` or `vn-govnews train`.
    RETURNS (Language): the pipeline.
    """
    import spacy

    path = Path(path) if path is not None else DEFAULT_MODEL
    if not (path / "config.cfg").is_file():
        raise OSError(Errors.E002.format(path=path))
    _register()
    from .ner.ops import use_numpy_blas

    return use_numpy_blas(spacy.load(path))
