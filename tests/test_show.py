"""`vn-govnews show`: a standalone page, escaped text, rendered by a real browser (marked `browser`)."""

import json
import re
import shutil
import subprocess
import sys

import pytest

from vn_govnews.show import render

RECORDS = [
    {"id": "a", "text": "Bí thư Huyện ủy Lò Văn Giàng trao Giấy khen.",
     "spans": [{"start": 0, "end": 15, "label": "POSITION"}, {"start": 16, "end": 28, "label": "PERSON"},
               {"start": 34, "end": 43, "label": "AWARD"}],
     "events": [{"type": "term", "start": 2026, "end": 2061, "warnings": ["implausible_term"]}]},
    {"id": "b", "text": "<script>document.title='owned'</script> Chi bộ có 43/44 đảng viên.",
     "spans": [{"start": 50, "end": 55, "label": "RATIO"}], "events": []},
    {"id": "c", "error": "[E010] line 3: invalid JSON"},
]


def test_show_page_is_standalone_and_escaped():
    page = render(RECORDS)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert not re.search(r"(?:src|href)=[\"']?https?:", page)
    assert page.count("<mark") == 4
    assert 'class="warning"' in page and "implausible_term" in page
    assert "E010" in page


def test_show_cli_writes_a_page(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x", "text": "Chủ tịch UBND xã Hà Thị Duyên trao Bằng khen."}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    out = tmp_path / "page.html"
    subprocess.run([sys.executable, "-m", "vn_govnews.cli", "show", str(src), "-o", str(out)], check=True,
                   capture_output=True)
    assert "Hà Thị Duyên" in out.read_text(encoding="utf-8")


@pytest.mark.browser
def test_show_renders_in_headless_chromium(tmp_path):
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        pytest.fail("chromium is not installed (.ci/run installs Debian's chromium)")
    page = tmp_path / "page.html"
    page.write_text(render(RECORDS), encoding="utf-8")
    flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1000,800"]
    shot = tmp_path / "page.png"
    subprocess.run(flags + [f"--screenshot={shot}", page.as_uri()], check=True, capture_output=True, timeout=120)
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 5000
    dom = subprocess.run(flags + ["--dump-dom", page.as_uri()], check=True, capture_output=True, text=True,
                         timeout=120).stdout
    marks = re.findall(r"<mark[^>]*>\s*([^<]+?)\s*<span[^>]*>\s*(\w+)\s*</span>", dom)
    assert ("Lò Văn Giàng", "PERSON") in marks and ("43/44", "RATIO") in marks
    assert "owned" not in re.search(r"<title>(.*?)</title>", dom).group(1)
