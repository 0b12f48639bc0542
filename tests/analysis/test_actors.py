"""The actor finder: people with titles and roles, organisations, outlets, places."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel import Actor, Article

LEAD = "On Friday, March 14, 2025, officials met.\n\n"


def _parse(body: str) -> Article:
    return newsmodel.parse(LEAD + body, format="text")


def _by_name(article: Article) -> dict[str, Actor]:
    return {a.name: a for a in article.actors}


@pytest.mark.parametrize(
    ("body", "name", "kind", "role"),
    [
        (
            "Russian President Vladimir Putin spoke.",
            "Vladimir Putin",
            "person",
            "Russian President",
        ),
        ("Kremlin spokesman Dmitry Peskov spoke.", "Dmitry Peskov", "person", "Kremlin spokesman"),
        (
            "White House Press Secretary Karoline Leavitt spoke.",
            "Karoline Leavitt",
            "person",
            "White House Press Secretary",
        ),
        (
            "U.S. Secretary of State Marco Rubio spoke.",
            "Marco Rubio",
            "person",
            "U.S. Secretary of State",
        ),
        (
            "Steve Witkoff, a close Trump ally and special envoy, spoke.",
            "Steve Witkoff",
            "person",
            "close Trump ally and special envoy",
        ),
        ("Sen. Chris Murphy spoke.", "Chris Murphy", "person", "Sen."),
        (
            "Wells Fargo analyst Zachary Fadem wrote.",
            "Zachary Fadem",
            "person",
            "Wells Fargo analyst",
        ),
        (
            "The Institute for the Study of War said so.",
            "Institute for the Study of War",
            "organization",
            None,
        ),
        ("The Pentagon said so.", "Pentagon", "organization", None),
        ("BBC News reported it.", "BBC News", "outlet", None),
        ("He posted on Truth Social.", "Truth Social", "outlet", None),
        ("They met in Jeddah, Saudi Arabia.", "Saudi Arabia", "place", None),
        ("Troops reached Kursk.", "Kursk", "place", None),
    ],
)
def test_detection(body: str, name: str, kind: str, role: str | None) -> None:
    actors = _by_name(_parse(body))
    assert name in actors, sorted(actors)
    assert actors[name].kind.value == kind
    if role is not None:
        assert role in actors[name].roles


@pytest.mark.parametrize(
    "body",
    [
        "A Breakthrough in Moscow\n\nThe talks went on.",
        "Peace through Strength was the slogan of the day.",
        "World War II ended in 1945.",
        "Blue Origin and Lockheed Martin bid for the contract.",
        "Fox News and Truth Social carried the speech.",
        "Saudi Arabia hosted the talks in Jeddah.",
        "The Joint Chiefs of Staff met at Walter Reed.",
        "Two United States service members were hurt.",
        "Both Trump and Peskov’s comments drew notice.",
    ],
)
def test_no_false_persons(body: str) -> None:
    article = _parse(body)
    persons = [a.name for a in article.actors if a.kind.value == "person"]
    for wrong in ("A Breakthrough", "Peace", "World War", "Blue Origin", "Lockheed Martin", "Fox News",
                  "Truth Social", "Saudi Arabia", "Joint Chiefs", "Two United States", "Both Trump"):  # fmt: skip
        assert wrong not in persons, persons


def test_surnames_possessives_and_descriptions_link_to_the_person() -> None:
    article = _parse(
        "U.S. President Donald Trump met envoys. Trump’s aides said little. "
        "The president left early. Mr. Trump returned."
    )
    trump = _by_name(article)["Donald Trump"]
    kinds = [m.kind.value for m in trump.mentions]
    assert kinds.count("alias") == 2  # "Trump’s", "Mr. Trump"
    assert "nominal" in kinds
    texts = [article.text[m.start : m.end] for m in trump.mentions]
    assert "The president" in texts


def test_two_people_with_one_surname_stay_apart() -> None:
    article = _parse("Joe Biden spoke. Hunter Biden did not. Later Biden said more.")
    people = _by_name(article)
    assert {"Joe Biden", "Hunter Biden"} <= set(people)
    # The lone "Biden" goes to the one mentioned last before it.
    assert "Biden" in people["Hunter Biden"].aliases


def test_a_lone_surname_needs_a_title_or_a_verb() -> None:
    people = {a.name for a in _parse("Schiff asked a question. Review panels met.").actors}
    assert "Schiff" in people
    assert "Review" not in people


def test_evidence_from_context() -> None:
    body = (
        "Serbia’s Novak Djokovic won. Vasek Pospisil edged Reilly Opelka 7-6, 7-6. "
        "He met his Chinese counterpart, Xi Jinping."
    )
    persons = {a.name for a in _parse(body).actors if a.kind.value == "person"}
    assert {"Novak Djokovic", "Vasek Pospisil", "Reilly Opelka", "Xi Jinping"} <= persons


_PIECES = [
    *"Aa Bb.,’'-\n“”",
    "Mr. ",
    "Sen. ",
    "U.S. ",
    "President ",
    "Ana ",
    "Silva",
    "The ",
    "said ",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=80).map("".join))
def test_mentions_always_point_into_the_text(body: str) -> None:
    article = newsmodel.parse(LEAD + body, format="text")
    for actor in article.actors:
        for m in actor.mentions:
            assert 0 <= m.start < m.end <= len(article.text)
