"""Joint speakers: "A and B said" is one group of both, found by either name.

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel import ActorKind, Article, Corpus

LEAD = "On Friday, March 14, 2025, lawmakers met in Salem.\n\n"


def _speakers(article: Article) -> list[tuple[str, str | None, tuple[str, ...]]]:
    """(quote, speaker name, the names of the speaker's members) for each quote."""
    out = []
    for q in article.quotes:
        sp = article.speaker(q)
        group = [article.actor(m) for m in sp.consists_of] if sp else []
        members = tuple(a.name for a in group if a is not None)
        out.append((q.text, sp.name if sp else None, members))
    return out


@pytest.mark.parametrize(
    ("body", "group", "members"),
    [
        (
            "Senators Marta Quill and Owen Farrow said: “We will not vote for this budget.”",
            "Marta Quill and Owen Farrow",
            ("Marta Quill", "Owen Farrow"),
        ),
        (
            "“We will not vote for this budget,” said Sen. Marta Quill and Sen. Owen Farrow "
            "in a joint statement.",
            "Marta Quill and Owen Farrow",
            ("Marta Quill", "Owen Farrow"),
        ),
        (
            "Marta Quill and Owen Farrow on Tuesday said the budget was “dead on arrival.”",
            "Marta Quill and Owen Farrow",
            ("Marta Quill", "Owen Farrow"),
        ),
        (
            "Marta Quill, Owen Farrow and Ines Badu wrote: “The budget hides a deficit.”",
            "Marta Quill, Owen Farrow and Ines Badu",
            ("Marta Quill", "Owen Farrow", "Ines Badu"),
        ),
        (
            "“The fossil is older than we thought,” said Dr. Lotte Brenner of the Hallam "
            "Institute and colleagues.",
            "Lotte Brenner and colleagues",
            ("Lotte Brenner",),
        ),
        (
            "Dr. Lotte Brenner and colleagues said: “The fossil is older than we thought.”",
            "Lotte Brenner and colleagues",
            ("Lotte Brenner",),
        ),
        (
            "Dr. Lotte Brenner of the Hallam Institute and her colleagues wrote: “The fossil "
            "is older than we thought.”",
            "Lotte Brenner and her colleagues",
            ("Lotte Brenner",),
        ),
        (
            "Owen Farrow and his guest, state senator Marta Quill, called the plan "
            "“a giveaway” on the show.",
            "Owen Farrow and Marta Quill",
            ("Owen Farrow", "Marta Quill"),
        ),
    ],
)
def test_a_coordinated_subject_is_one_group_of_its_members(
    body: str, group: str, members: tuple[str, ...]
) -> None:
    article = newsmodel.parse(LEAD + body, format="text")
    [(_quote, name, names)] = _speakers(article)
    assert (name, names) == (group, members)
    speaker = article.speaker(article.quotes[0])
    assert speaker is not None and speaker.kind is ActorKind.GROUP


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # Two clauses, each with its own subject.
        ("“No,” said Marta Quill, and Owen Farrow added: “Never.”", "Owen Farrow"),
        # The first name is an object, not a subject.
        ("Marta Quill thanked Ines Badu and Owen Farrow said: “Never.”", "Owen Farrow"),
        # The names follow a preposition: they are no subject.
        ("Unlike Marta Quill, Owen Farrow and Ines Badu said: “Never.”", "Ines Badu"),
        # The last name owns the one who speaks.
        ("“Never,” said Marta Quill and Owen Farrow’s lawyer, Ines Badu.", None),
        # After "said A and B", B has a verb of its own.
        ("“Never,” said Marta Quill and Owen Farrow left the room.", None),
        # The coordination is the subject of another verb than the cue.
        (
            "Marta Quill and Owen Farrow left early. “Never,” Owen Farrow told reporters.",
            "Owen Farrow",
        ),
    ],
)
def test_names_that_are_not_one_subject_make_no_group(body: str, speaker: str | None) -> None:
    article = newsmodel.parse(LEAD + body, format="text")
    said = {name for _q, name, _m in _speakers(article) if name is not None}
    assert speaker is None or speaker in said
    assert not any(a.consists_of for a in article.actors)


def test_a_group_that_speaks_on_continues_and_answers_to_they() -> None:
    body = (
        "Marta Quill and Owen Farrow said in a statement: “The budget is dead.” "
        "“We will write our own,” they added."
    )
    article = newsmodel.parse(LEAD + body, format="text")
    assert [name for _q, name, _m in _speakers(article)] == ["Marta Quill and Owen Farrow"] * 2


def test_a_group_does_not_tell_its_own_member() -> None:
    body = (
        "Marta Quill and Owen Farrow said in a statement: “The budget is dead.”\n\n"
        "“It is not dead,” they told Quill later."
    )
    article = newsmodel.parse(LEAD + body, format="text")
    speakers = {q: name for q, name, _m in _speakers(article)}
    assert speakers["It is not dead,"] != "Marta Quill and Owen Farrow"


def test_a_joint_statement_is_found_by_either_member() -> None:
    body = "Senators Marta Quill and Owen Farrow said: “We will not vote for this budget.”"
    corpus = Corpus([newsmodel.parse(LEAD + body, format="text")])
    for name in ("Marta Quill", "Farrow", "Owen Farrow"):
        assert [r.quote.text for r in corpus.quotes(actor=name)] == [
            "We will not vote for this budget."
        ], name


def test_a_group_that_speaks_again_keeps_its_members() -> None:
    body = (
        "Marta Quill and Owen Farrow said in a statement: “The budget is dead.” "
        "“We will write our own,” they added.\n\n"
        "Later, Marta Quill and Owen Farrow said: “We have the votes.”"
    )
    article = newsmodel.parse(LEAD + body, format="text")
    groups = [a for a in article.actors if a.kind is ActorKind.GROUP]
    assert [len(g.consists_of) for g in groups] == [2]
    corpus = Corpus([article])
    assert len(corpus.quotes(actor="Farrow")) == 3


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # A team with unnamed associates: a plural noun for people, used here first.
        (
            "Dr. Ilse Marrow of the Tallis Institute and colleagues wrote: “The lake "
            "froze twice.”\n\nThe cores were taken in winter.\n\n“Both freezes left a "
            "layer of silt,” the geologists said.",
            "Ilse Marrow and colleagues",
        ),
        # Named members: by their shared role, or by their number.
        (
            "Senator Ada Voss and Senator Piet Lorne said in a statement: “The bill is "
            "dead.”\n\n“We will write our own,” the senators said.",
            "Ada Voss and Piet Lorne",
        ),
        (
            "Ada Voss and Piet Lorne said in a statement: “The bill is dead.”\n\n“We "
            "will write our own,” the pair said.",
            "Ada Voss and Piet Lorne",
        ),
    ],
)
def test_a_plural_description_names_the_group_that_spoke(body: str, speaker: str) -> None:
    said = _speakers(newsmodel.parse(LEAD + body, format="text"))
    assert [name for _q, name, _m in said] == [speaker, speaker]


@pytest.mark.parametrize(
    "body",
    [
        # The noun named others before: "geologists" who are not the team.
        "Geologists from the state survey drilled the lake last year.\n\nDr. Ilse Marrow "
        "and colleagues wrote: “The lake froze twice.”\n\n“Both freezes left a layer of "
        "silt,” the geologists said.",
        # Someone else spoke in between.
        "Dr. Ilse Marrow and colleagues wrote: “The lake froze twice.”\n\nTom Reed "
        "disagreed: “It froze once.”\n\n“Both freezes left a layer of silt,” the "
        "geologists said.",
        # A role the members do not hold, a number they are not.
        "Ada Voss and Piet Lorne said in a statement: “The bill is dead.”\n\n“We will "
        "write our own,” the mayors said.",
        "Ada Voss and Piet Lorne said in a statement: “The bill is dead.”\n\n“We will "
        "write our own,” the trio said.",
    ],
)
def test_a_plural_description_that_does_not_fit_the_group_is_its_own(body: str) -> None:
    said = _speakers(newsmodel.parse(LEAD + body, format="text"))
    assert len(said) >= 2
    assert said[-1][1] is None or " and " not in said[-1][1]


@pytest.mark.parametrize(
    "body",
    [
        "Dr. Ilse Marrow and colleagues wrote that “the vaccine works.”\n\nIn Leeds, "
        "hospital staff rejected the study on Tuesday.\n\n“It is badly flawed,” the critics said.",
        "Ada Voss and Piet Lorne said the verdict was “a travesty.”\n\nTwo other men were "
        "also jailed.\n\n“We are innocent,” the two said.",
        "Senators Ada Voss and Piet Lorne said that “the bill is dead.”\n\nOther senators "
        "disagreed.\n\n“The bill will pass,” the senators said.",
    ],
)
def test_a_plural_description_after_others_came_in_is_not_the_group(body: str) -> None:
    said = _speakers(newsmodel.parse(LEAD + body, format="text"))
    assert " and " not in (said[-1][1] or ""), said[-1]
    assert said[-1][1] not in ("Ada Voss", "Piet Lorne", "Ilse Marrow")


def test_a_relative_clause_after_two_names_keeps_them_one_speaker() -> None:
    article = newsmodel.parse(
        "Farm bill fight\n\nDemocrats smell an opening. Sens. Ana Ruiz and Tom Bell, who lead "
        "the caucus’s rural task force, said in a joint statement that the plan “ignores "
        "farm towns.”\n\n“Rural families deserve a bill written for them,” they said.",
        format="text",
    )
    speakers = {q.text: article.speaker(q) for q in article.quotes}
    for text in ("ignores farm towns.", "Rural families deserve a bill written for them,"):
        speaker = speakers[text]
        assert speaker is not None
        assert speaker.name == "Ana Ruiz and Tom Bell"


def test_a_coordination_of_people_with_written_roles_is_one_speaker() -> None:
    said = _speakers(
        newsmodel.parse(
            LEAD + "In a joint statement, Senate leader Ivo Brannock and House Speaker Lev "
            "Ostrander called the ruling “a map drawn by judges” on Friday.",
            format="text",
        )
    )
    assert said[0][1] == "Ivo Brannock and Lev Ostrander"


@pytest.mark.parametrize("described", ["the two Democrats", "both men", "the two lawmakers"])
def test_a_counted_description_names_the_pair_that_spoke_last(described: str) -> None:
    said = _speakers(
        newsmodel.parse(
            LEAD + "Sen. Ivo Brannock and Rep. Lev Ostrander said the ruling was “a case of "
            f"judges taking sides.”\n\n“Legislatures have drawn districts like this for decades,” "
            f"{described} said.",
            format="text",
        )
    )
    assert said[-1][1] == "Ivo Brannock and Lev Ostrander"


def test_people_joined_with_their_workplaces_are_one_speaker() -> None:
    said = _speakers(
        newsmodel.parse(
            LEAD + "Odile Brisk of the Center for Fair Ballots and Amos Terrell of Civic "
            "Ledger said the measure was “confusing by design.”",
            format="text",
        )
    )
    assert said[0][1] == "Odile Brisk and Amos Terrell"


@pytest.mark.parametrize(
    ("described", "quote"),
    [
        ("The two Koreas said the talks were", "fruitful."),
        ("The two lawmakers who opposed it called it", "reckless."),
    ],
)
def test_a_counted_description_of_others_is_not_the_pair(described: str, quote: str) -> None:
    said = _speakers(
        newsmodel.parse(
            LEAD + "Ana Ruizabal and Tom Bellamy called the bill “a step forward.” "
            f"{described} “{quote}”",
            format="text",
        )
    )
    assert said[-1][1] != "Ana Ruizabal and Tom Bellamy"
