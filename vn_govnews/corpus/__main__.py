"""`python -m vn_govnews.corpus check FILE...`: check corpus source files without installing spaCy."""

import sys

from .markup import MarkupError, read_source
from .validate import validate_records


def main(argv):
    if len(argv) < 2 or argv[0] != "check":
        print("usage: python -m vn_govnews.corpus check FILE [FILE ...]")
        return 2
    records, failed = [], False
    for path in argv[1:]:
        try:
            records += read_source(path)
        except MarkupError as err:
            print(f"ERROR {err}")
            failed = True
    problems = validate_records(records)
    for p in problems:
        print(f"ERROR {p}")
    labels, types = {}, {}
    for r in records:
        for s in r["spans"]:
            labels[s["label"]] = labels.get(s["label"], 0) + 1
        for e in r["events"]:
            types[e.get("type")] = types.get(e.get("type"), 0) + 1
    words = [len(r["text"].split()) for r in records]
    print(f"{len(records)} documents, words min {min(words, default=0)} max {max(words, default=0)}")
    print("spans:", dict(sorted(labels.items())), "total", sum(labels.values()))
    print("events:", dict(sorted(types.items())), "total", sum(types.values()))
    short = [r["id"] for r, w in zip(records, words) if not 100 <= w <= 500]
    if short:
        print("ERROR documents outside 100-500 words:", short)
    return 1 if failed or problems or short else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
