"""The clause reader: a verb's subject past what stands between, on invented sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel._analysis.clause import (
    leading_subject,
    object_after,
    subject_before,
    subject_head_before,
)

SUBJECTS = [
    ("Iran on Tuesday said", "Iran"),
    ("The ministry last week warned", "The ministry"),
    ("Dmitry Peskov, who was in Minsk, said", "Dmitry Peskov"),
    ("The senator — who faces re-election next year — said", "The senator"),
    ("Ana Silva, the minister, said", "Ana Silva"),
    ("The agency (which runs the port) said", "The agency"),
    ("Some people responded, and another just wrote", "another"),
    ("He met the board, and she has also repeatedly said", "she"),
    ("In an interview with Omar Haddad, he pointed", "he"),
    ("After the vote, Kremlin spokesman Dmitry Peskov told", "Kremlin spokesman Dmitry Peskov"),
    ("The minister on March 3 said", "The minister"),
    ("The UN High Commissioner for Human Rights said", "The UN High Commissioner for Human Rights"),
    ("Analysts at Brightwater Securities called", "Analysts at Brightwater Securities"),
    ("Lucia Ferro, speaking on Friday, said", "Lucia Ferro"),
    ("Critics say that Maria Lopez said", "Maria Lopez"),
    ("Maria Lopez did not reply to the BBC but wrote", "Maria Lopez"),
    ("(The ministry declined to comment and later wrote", "The ministry"),
    ("Tomas Vrba, a senior analyst at Norland Capital, the Oslo fund, told", "Tomas Vrba"),
    ("Ines Ruiz, founder of Ruiz Home Goods told", "Ines Ruiz"),
    ("Ana Silva, head of research at the Valmont Institute, said", "Ana Silva"),
    ("The head of the agency said", "the agency"),
    ("Despite her apology, Omar Haddad took the call calmly and admitted", "Omar Haddad"),
    ("The Minister for Housing has been accused", "The Minister for Housing"),
]


LEADING = [
    ("The Office of Personnel Management said it had begun", "The Office of Personnel Management"),
    ("But a judge ruled that Quist should stay", "a judge"),
    ("However, the court ruled that", "the court"),
    ("The Salcedo campaign later claimed victory", "The Salcedo campaign"),
    ("The head of the agency said", "The head"),
    ("At the summit in Lima, the ministers agreed", "the ministers"),
    ("Soon, the brand was pitching", "the brand"),
    ("The AS member shared with TBL", "The AS member"),
    ("Inside, when Reyes rose to speak, the crowd jeered", "the crowd"),
    ("Ultimately, the court ruled that", "the court"),
    (
        "The regional human rights commission has also expressed concern",
        "The regional human rights commission",
    ),
    ("Outside the depot, about 40 drivers have gathered", "about 40 drivers"),
    ("Behind the stage, the organisers argued", "the organisers"),
    ("More than 120 nurses signed the letter", "More than 120 nurses"),
    ("Over 300 farmers marched", "Over 300 farmers"),
    ("Mayoral candidate Ines Vale had spoken for an hour", "Mayoral candidate Ines Vale"),
]


@pytest.mark.parametrize(("clause", "subject"), LEADING)
def test_leading_subject(clause: str, subject: str) -> None:
    found = leading_subject(clause, 0, len(clause))
    assert found is not None and clause[found[0] : found[1]] == subject


@pytest.mark.parametrize(("sentence", "subject"), SUBJECTS)
def test_subject(sentence: str, subject: str) -> None:
    verb = sentence.rindex(" ") + 1
    found = subject_before(sentence, verb)
    assert found is not None and sentence[found[0] : found[1]] == subject


def test_no_subject_at_the_start_of_a_clause() -> None:
    sentence = "“We will stay,” said"
    assert subject_before(sentence, sentence.rindex(" ") + 1) is None


def test_object() -> None:
    sentence = "She told the BBC that she would stay."
    found = object_after(sentence, sentence.index("told") + 4, len(sentence))
    assert found is not None and sentence[found[0] : found[1]] == "the BBC"


@given(st.text(max_size=80), st.integers(0, 80))
def test_the_subject_lies_before_the_verb(text: str, verb: int) -> None:
    verb = min(verb, len(text))
    found = subject_before(text, verb)
    if found is not None:
        assert 0 <= found[0] < found[1] <= verb


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Foreign ministers of the Gulf states held", "Foreign ministers of the Gulf states"),
        ("Prices in the euro zone on Friday eased", "Prices in the euro zone"),
        ("Lawyers for the former mayor filed", "Lawyers for the former mayor"),
        ("Iran on Tuesday said", "Iran"),
        ("Ana Silva, the minister, said", "Ana Silva"),
    ],
)
def test_subject_head(sentence: str, subject: str) -> None:
    verb = sentence.rindex(" ") + 1
    found = subject_head_before(sentence, verb)
    assert found is not None and sentence[found[0] : found[1]] == subject


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        # A time phrase without a date between subject and verb.
        ("The regulator for the first time in a decade fined", "The regulator"),
        ("Police over the weekend arrested", "Police"),
        ("Farmers in recent days blocked", "Farmers"),
        ("The agency overnight said", "The agency"),
        # A restrictive relative clause: the phrase before "who" or "that".
        ("Militants who crossed the river overnight attacked", "Militants"),
        ("Officials who spoke on condition of anonymity said", "Officials"),
        ("Guards that were posted at the gate stopped", "Guards"),
        # Not a relative: a content clause, and a relative with a verb of saying.
        ("Officials said that the army attacked", "the army"),
        ("Residents who said the rebels attacked", "the rebels"),
    ],
)
def test_subject_past_durations_and_relatives(sentence: str, subject: str) -> None:
    verb = sentence.rindex(" ") + 1
    found = subject_before(sentence, verb)
    assert found is not None and sentence[found[0] : found[1]] == subject


_CLAUSE_WORDS = [
    "Ana", "said", "also", "ALSO", "has", "not", "n't", "on", "Monday", "in", "Jan.", "14th",
    "2024", "3", "days", "ago", "(which", "runs)", "today", "the", "week", "İ", "ſ", "and",
    "then", ",", "\n", "  ",
]  # fmt: skip


@given(st.lists(st.sampled_from(_CLAUSE_WORDS), max_size=20).map(" ".join))
def test_the_last_word_tests_never_reject_a_clause_the_patterns_match(chunk: str) -> None:
    """The subject reader searches its end-anchored patterns only where the clause's
    last word allows a match: that test must hold wherever a pattern matches."""
    from newsmodel._analysis import clause

    chunk = chunk.rstrip()
    last = chunk.rsplit(None, 1)[-1] if chunk else ""
    if clause._BETWEEN.search(chunk):
        assert clause._BETWEEN_LAST.fullmatch(last)
    if clause._TIME.search(chunk):
        assert clause._TIME_LAST.fullmatch(last)
    if clause._PAREN.search(chunk):
        assert last.endswith(")")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Lina Osei of the Harbour Trust said no.", "Lina Osei of the Harbour Trust"),
        (
            "Dr Tom Abara from the Coastal Institute said no.",
            "Dr Tom Abara from the Coastal Institute",
        ),
        # Not past a clause's edge: the ministry is the subject here.
        ("In a letter to Lina Osei of the Trust, the ministry said no.", "the ministry"),
    ],
)
def test_a_name_before_a_preposition_and_the_heads_the_subject(text: str, subject: str) -> None:
    found = subject_before(text, text.index("said"), 0)
    assert found is not None and text[found[0] : found[1]] == subject


def test_an_age_in_apposition_is_not_the_subject() -> None:
    text = "Omar Ferreira, 39, a bus driver who lives nearby, said no."
    found = subject_before(text, text.index("said"), 0)
    assert found is not None and text[found[0] : found[1]] == "Omar Ferreira"


def test_a_verb_coordinated_after_a_new_clause_takes_that_clauses_subject() -> None:
    text = "Some agreed at once, and another wrote that it was fine and added a note."
    found = subject_before(text, text.index("added"))
    assert found is not None and text[found[0] : found[1]] == "another"


@pytest.mark.parametrize(
    ("text", "verb", "subject"),
    [
        (
            "The incident report filed by the coastguard on Friday states that",
            "states",
            "The incident report",
        ),
        ("A suit brought by Ana Ruiz alleges that", "alleges", "A suit"),
    ],
)
def test_a_participle_and_its_agent_after_a_noun_do_not_hide_the_noun(
    text: str, verb: str, subject: str
) -> None:
    found = subject_before(text, text.rindex(verb))
    assert found is not None and text[found[0] : found[1]] == subject


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        (
            "Ines Varga of the Ministry of Roads and Bridges told the panel",
            "Ines Varga of the Ministry of Roads and Bridges",
        ),
        ("Varga and Quist told the panel", "Quist"),
    ],
)
def test_and_inside_the_object_of_a_names_of_stays_in_the_subject(
    sentence: str, subject: str
) -> None:
    found = subject_before(sentence, sentence.index(" told") + 1, 0)
    assert found is not None
    assert sentence[found[0] : found[1]] == subject


@pytest.mark.parametrize(
    ("sentence", "verb", "subject"),
    [
        ("Democrats, led by Sen. Mara Quill, called the move unfair", " called", "Democrats"),
        ("The coalition, backed by Gov. Lena Marsh, said it would sue", " said", "The coalition"),
    ],
)
def test_an_apposition_with_a_titled_name_is_set_aside(
    sentence: str, verb: str, subject: str
) -> None:
    found = subject_before(sentence, sentence.index(verb) + 1, 0)
    assert found is not None
    assert sentence[found[0] : found[1]] == subject
