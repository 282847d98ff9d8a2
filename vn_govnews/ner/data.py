"""From corpus records to spaCy training data, counting what tokenisation loses.

A gold span whose boundary falls inside a token cannot be learned; the
tokenizer is designed so that this does not happen, and `to_docbin` counts it.
"""

from dataclasses import dataclass

from spacy.tokens import DocBin


@dataclass
class Alignment:
    """Gold spans kept and lost to token misalignment."""

    spans: int = 0
    lost: int = 0
    examples: tuple = ()

    @property
    def lost_share(self):
        return self.lost / self.spans if self.spans else 0.0


def to_docs(nlp, records):
    """Gold `Doc`s of records and the alignment counts.

    nlp (Language): a pipeline whose tokenizer is used.
    records (iterable): gold records.
    RETURNS (tuple): `(docs, Alignment)`.
    """
    docs = []
    stats = Alignment()
    lost = []
    for record in records:
        doc = nlp.make_doc(record["text"])
        ents = []
        for s in record.get("spans") or []:
            stats.spans += 1
            span = doc.char_span(s["start"], s["end"], label=s["label"])
            if span is None:
                stats.lost += 1
                lost.append((record["id"], record["text"][s["start"] : s["end"]], s["label"]))
            else:
                ents.append(span)
        doc.ents = ents
        docs.append(doc)
    stats.examples = tuple(lost[:20])
    return docs, stats


def to_docbin(nlp, records, path):
    """Write records as a spaCy `DocBin` file; RETURNS (Alignment) the counts."""
    docs, stats = to_docs(nlp, records)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return stats
