"""Shared fixtures and the markers for heavy checks (see pyproject.toml)."""

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def nlp():
    """The bundled default pipeline, loaded once."""
    import vn_govnews

    return vn_govnews.load()


@pytest.fixture(scope="session")
def rules_nlp():
    """A rules-only pipeline (no statistical model)."""
    import vn_govnews

    return vn_govnews.blank()


@pytest.fixture(scope="session")
def shared():
    """The contract folder ../shared (CI places a copy beside the checkout)."""
    if not (SHARED / "tools" / "score.py").is_file():
        pytest.fail(f"../shared not found at {SHARED}: the contract files are needed for this test")
    return SHARED


def ents_of(doc):
    """(mention, label) pairs of a Doc."""
    return [(e.text, e.label_) for e in doc.ents]
