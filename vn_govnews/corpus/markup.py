"""The corpus source format: documents written with inline entity markup.

Corpus documents are written by people (and reviewed by a second reader) in
`corpus/src/*.txt`. Writing character offsets by hand is error-prone, so the
source marks each mention inline and this module computes the offsets::

    @@ id: hn-award-001
    @@ meta: {"date": "2023-01-15", "topic": "award_ceremony", "province": "Hà Nội", "level": "district"}
    [[Bí thư Quận ủy|POSITION]] [[Nguyễn Văn An|PERSON]] trao [[Giấy khen|AWARD]] ...

    Second paragraph ...
    @@ events
    {"type": "official", "name": "Nguyễn Văn An", "role": "Bí thư", "body": "Quận ủy quận Ba Đình"}
    @@ end

The text is everything between the `@@ meta` line and `@@ events`, with the
markup removed; blank lines inside it are paragraph breaks and are kept.
Outer blank lines are dropped. Events are one JSON object per line.

>>> text, spans = parse_marked("[[Bí thư|POSITION]] [[Lê Văn Tám|PERSON]] phát biểu.")
>>> text
'Bí thư Lê Văn Tám phát biểu.'
>>> [(text[s["start"]:s["end"]], s["label"]) for s in spans]
[('Bí thư', 'POSITION'), ('Lê Văn Tám', 'PERSON')]
"""

import json
import re

MARK = re.compile(r"\[\[([^\[\]|]+?)\|([A-Z]+)\]\]")


class MarkupError(ValueError):
    """A source document that cannot be read; the message names the line."""


def parse_marked(marked):
    """Strip inline markup, returning the plain text and its spans.

    marked (str): text with `[[mention|LABEL]]` marks.
    RETURNS (tuple): `(text, spans)`, spans as `{"start", "end", "label"}` dicts.
    """
    out = []
    spans = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        before = marked[pos : m.start()]
        out.append(before)
        length += len(before)
        mention, label = m.group(1), m.group(2)
        spans.append({"start": length, "end": length + len(mention), "label": label})
        out.append(mention)
        length += len(mention)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if "[[" in text or "]]" in text:
        bad = text.find("[[") if "[[" in text else text.find("]]")
        raise MarkupError(f"unbalanced or malformed markup near: {text[max(0, bad - 30):bad + 30]!r}")
    return text, spans


def read_source(path):
    """Read a corpus source file into records (validation is separate).

    path (str | Path): a `corpus/src/*.txt` file.
    RETURNS (list): records with `id`, `text`, `spans`, `events`, `meta`.
    """
    records = []
    state = "out"
    current = None
    body = []
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for lineno, line in enumerate(lines, 1):
        where = f"{path}:{lineno}"
        if line.startswith("@@ id:"):
            if state != "out":
                raise MarkupError(f"{where}: new document before '@@ end'")
            current = {"id": line[len("@@ id:"):].strip(), "line": lineno}
            body = []
            state = "head"
        elif line.startswith("@@ meta:"):
            if state != "head":
                raise MarkupError(f"{where}: '@@ meta' outside a document header")
            try:
                current["meta"] = json.loads(line[len("@@ meta:"):])
            except json.JSONDecodeError as err:
                raise MarkupError(f"{where}: meta is not valid JSON: {err}") from None
            state = "text"
        elif line.strip() == "@@ events":
            if state != "text":
                raise MarkupError(f"{where}: '@@ events' before the text")
            try:
                text, spans = parse_marked("\n".join(body).strip("\n "))
            except MarkupError as err:
                raise MarkupError(f"{path}: document {current['id']}: {err}") from None
            current.update(text=text, spans=spans, events=[])
            state = "events"
        elif line.strip() == "@@ end":
            if state != "events":
                raise MarkupError(f"{where}: '@@ end' without '@@ events'")
            records.append(
                {
                    "id": current["id"],
                    "text": current["text"],
                    "spans": current["spans"],
                    "events": current["events"],
                    "meta": current.get("meta", {}),
                }
            )
            state = "out"
        elif state == "text":
            body.append(line)
        elif state == "events":
            if line.strip():
                try:
                    event = json.loads(line)
                except json.JSONDecodeError as err:
                    raise MarkupError(f"{where}: event is not valid JSON: {err}") from None
                current["events"].append(event)
        elif state == "head":
            raise MarkupError(f"{where}: expected '@@ meta:' after '@@ id:'")
        elif line.strip():
            raise MarkupError(f"{where}: text outside a document")
    if state != "out":
        raise MarkupError(f"{path}: last document has no '@@ end'")
    return records
