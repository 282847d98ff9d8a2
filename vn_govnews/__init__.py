"""vn_govnews: read Vietnamese government news and turn it into data.

>>> import vn_govnews
>>> nlp = vn_govnews.load()
>>> doc = nlp("Chủ tịch UBND tỉnh Lò Văn Pấng trao Bằng khen cho 12 tập thể.")
>>> [(ent.text, ent.label_) for ent in doc.ents]
[('Chủ tịch UBND tỉnh', 'POSITION'), ('Lò Văn Pấng', 'PERSON'), ('Bằng khen', 'AWARD')]
>>> vn_govnews.to_record(doc, id="d1")["spans"][0]
{'start': 0, 'end': 18, 'label': 'POSITION'}

Importing the package is cheap: spaCy and the model load on `load()`.
"""

__version__ = "0.1.0"
__all__ = ["load", "blank", "to_record", "__version__"]

import logging

logging.getLogger(__name__).addHandler(logging.NullHandler())


def load(path=None):
    """Load a pipeline: the bundled default model, or the folder at `path`.

    path (str | Path | None): a pipeline folder; None for the default.
    RETURNS (Language): a spaCy pipeline; `nlp(text)` gives a `Doc`.
    """
    from .pipeline import load as _load

    return _load(path)


def blank(segmenter="syllable", events=True):
    """A rules-only pipeline, without the statistical model.

    segmenter (str): "syllable", "pyvi" or "underthesea".
    events (bool): add the event component.
    RETURNS (Language): the pipeline.
    """
    from .pipeline import blank as _blank

    return _blank(segmenter=segmenter, events=events)


def to_record(doc, id=None, meta=None):
    """A `Doc` as a record of the spec's JSONL format.

    doc (Doc): an annotated document.
    id (str | None): the record's id.
    meta (dict | None): the record's meta (default: `doc._.meta`).
    RETURNS (dict): `{"id", "text", "spans", "events", "meta"}`.
    """
    from .records_doc import doc_to_record

    return doc_to_record(doc, id=id, meta=meta)
