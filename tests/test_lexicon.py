"""Lexicon data files: loadable, tidy, and in the form the tokenizer produces."""

import pytest

from vn_govnews.lexicon import NAMES, key, load
from vn_govnews.normalize import normalize
from vn_govnews.schema import AWARD_KINDS, RATINGS


@pytest.mark.parametrize("name", NAMES)
def test_lexicon_entries_are_normalised_and_unique(name):
    forms = [row["form"] for row in load(name)]
    assert forms, name
    assert len(forms) == len(set(f.lower() for f in forms)), "duplicate entries"
    for form in forms:
        assert form == normalize(form).strip(), form
        assert "  " not in form


@pytest.mark.parametrize("name", NAMES)
def test_lexicon_entries_survive_tokenisation(name, rules_nlp):
    """An entry's key equals the norms the tokenizer gives the same words in text."""
    for row in load(name):
        doc = rules_nlp.make_doc(row["form"])
        norms = tuple(t.norm_ for t in doc if not t.is_space)
        assert norms == key(row["form"]), row["form"]


def test_lexicon_awards_and_ratings_use_schema_values():
    assert {row["kind"] for row in load("awards")} <= set(AWARD_KINDS)
    assert {row["canonical"] for row in load("ratings")} <= set(RATINGS)


def test_lexicon_unknown_name_is_an_error():
    from vn_govnews.lexicon import LexiconError

    with pytest.raises(LexiconError):
        load("nope")
