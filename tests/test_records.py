import gzip
import io
import json

import pytest

from vn_govnews.records import RecordError, read_jsonl, write_jsonl

BAD_LINES = [
    ('{"id": "a", "text": "x"', "E010", "JSON"),
    ('{"id": "a"}', "E011", "'text'"),
    ('{"id": "a", "text": 42}', "E012", "'text'"),
    ('{"id": "a", "text": "abc", "spans": [{"start": 1, "end": 9, "label": "ORG"}]}', "E013", "'spans[0]'"),
    ('{"id": "a", "text": "abc", "spans": [{"start": -1, "end": 2, "label": "ORG"}]}', "E013", "'spans[0]'"),
    ('{"id": "a", "text": "abcdef", "spans": [{"start": 0, "end": 3, "label": "ORG"}, '
     '{"start": 2, "end": 5, "label": "TERM"}]}', "E014", "'spans'"),
    ('{"id": "a", "text": "abc", "spans": [{"start": 0, "end": 2, "label": "LOC"}]}', "E015", "'spans[0].label'"),
    ('{"id": "a", "text": "abc", "spans": [{"start": "0", "end": 2, "label": "ORG"}]}', "E016", "'spans[0]'"),
    ('{"id": "a", "text": "abc", "events": [{"type": "party"}]}', "E018", "'events'"),
    ('[1, 2]', "E017", "object"),
    ('{"id": [1], "text": "abc"}', "E023", "'id'"),
]


@pytest.mark.parametrize("line,code,field", BAD_LINES)
def test_records_bad_line_names_line_and_field(line, code, field):
    stream = io.StringIO('{"id": "ok", "text": "tốt"}\n\n' + line + "\n")
    with pytest.raises(RecordError) as info:
        list(read_jsonl(stream))
    message = str(info.value)
    assert code in message and field in message and "line 3" in message
    assert info.value.line == 3


def test_records_errors_can_be_yielded_in_place():
    stream = io.StringIO('{"id": "a", "text": "x"}\nnot json\n{"id": "c", "text": "y"}\n')
    items = list(read_jsonl(stream, on_error="yield"))
    assert [type(i).__name__ for i in items] == ["dict", "RecordError", "dict"]


def test_records_invalid_utf8_is_reported(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(b'{"id": "a", "text": "ok"}\n{"id": "b", "text": "\xff\xfe"}\n')
    with pytest.raises(RecordError, match="E019"):
        list(read_jsonl(path))


def test_records_round_trip(tmp_path):
    records = [
        {"id": "x", "text": "Bí thư Lò Văn A", "spans": [{"start": 7, "end": 15, "label": "PERSON"}],
         "events": [{"type": "term", "start": 2020, "end": 2025}], "meta": {"date": "2024-01-02"}},
    ]
    for name in ("out.jsonl", "out.jsonl.gz"):
        write_jsonl(records, tmp_path / name)
        assert list(read_jsonl(tmp_path / name)) == records
    assert gzip.open(tmp_path / "out.jsonl.gz").read().decode().startswith('{"id": "x"')
