"""The words of a search, folded the Danish way before they meet the index (the index
folds its text by the same rule in SQL; tests/core/test_search_index.py checks the two
meet)."""

from __future__ import annotations

import pytest

from kkrdesk.services.search.excerpt import excerpt
from kkrdesk.services.search.words import terms


@pytest.mark.parametrize(("typed", "expected"), [
    ("ÆLDRE", ("ældre",)), ("Øster", ("øster",)), ("ØSTERBRO", ("østerbro",)),
    ("Århus", ("aarhus",)), ("ÅRHUS", ("aarhus",)), ("Aarhus", ("aarhus",)),
    ("å", ("aa",)), ("Idé", ("ide",)), ("Müller", ("muller",)), ("Sören", ("soren",)),
    ("Søren", ("søren",)),  # ø stays ø: it is no o with an accent
    ("FK-OSS 2.a", ("fk", "oss", "2", "a")), ("»K-98-løsning«", ("k", "98", "løsning")),
    ("ældre ÆLDRE Ældre", ("ældre",)), ("", ()), ("– … »«", ()), ('"OR" NOT*', ("or", "not")),
    ("Sören\u0301", ("soren",)), ("A\u030arhus", ("aarhus",)),  # decomposed: composed first
])
def test_what_is_typed_becomes_the_words_looked_for(typed, expected):
    assert terms(typed) == expected


def test_a_long_question_is_cut_to_eight_words():
    assert terms("en to tre fire fem seks syv otte ni ti") == (
        "en", "to", "tre", "fire", "fem", "seks", "syv", "otte")


def test_an_excerpt_shows_the_words_around_the_first_match_as_stored():
    text = ("Første afsnit handler om noget helt andet, og det fortsætter længe nok til at "
            "skulle skæres væk. Derefter kommer Århus-sagen om ældreplejen, som er det, der "
            "blev søgt efter, og så følger endnu mere tekst, som heller ikke hører med.")
    shown = excerpt([text], ("aarhus",), ("Titel",))
    assert "Århus-sagen om ældreplejen" in shown  # å as typed, not as the index writes it
    assert shown.startswith("…") and shown.endswith("…") and len(shown) <= 112


def test_no_excerpt_when_the_title_or_context_already_shows_the_match():
    assert excerpt(["Aarhus Kommune"], ("aarhus",), ("Aarhus Kommune", "")) == ""
    place = "KL, Weidekampsgade 10"
    assert excerpt([place], ("weide",), ("Møde", f"Onsdag · {place}")) == ""
    assert excerpt(["intet her"], ("aarhus",), ("Titel",)) == ""
