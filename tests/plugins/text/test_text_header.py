"""The head of a dump: which first line is the title, and the site's name after it."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel import RawSource
from newsmodel_text import newsmodel_read
from newsmodel_text._meta import split_site
from newsmodel_text._shapes import is_headline_sentence

_LEAD = (
    "The regional council on Tuesday approved a plan to rebuild the harbor wall, "
    "ending two years of argument over who should pay for the work."
)


def _read(text: str) -> newsmodel.Document:
    return newsmodel_read(source=RawSource(data=text.encode(), text=text))


@pytest.mark.parametrize(
    "headline",
    [
        "Council approves harbor wall plan.",
        "Council approves harbor wall plan",
        "COUNCIL APPROVES HARBOR WALL PLAN.",
        "“Our harbor is safe again”: Council approves wall plan",
        '"Our harbor is safe again," mayor says as council approves plan',
        "Harbor wall: Council approves plan after two years",
        "Will the harbor wall hold? Council approves plan",
        "Council Approves Harbor Wall Plan!",
    ],
)
def test_a_short_first_line_over_a_longer_paragraph_is_the_title(headline: str) -> None:
    document = _read(f"{headline}\n\n{_LEAD}\n\nWork starts in May.\n")
    assert document.title == headline
    assert document.text.startswith("The regional council")


@pytest.mark.parametrize("separator", ["\n\n", "\n"])
def test_a_long_lead_sentence_is_not_a_title(separator: str) -> None:
    lead = " ".join([_LEAD.rstrip(".")] * 3) + "."  # one sentence of some 70 words
    document = _read(f"{lead}{separator}Work starts in May.{separator}It ends in 2027.\n")
    assert document.title is None
    assert document.text.startswith("The regional council")


def test_a_paragraph_of_sentences_is_not_a_title() -> None:
    first = "The council met on Tuesday evening. It voted to rebuild the wall by the spring."
    document = _read(f"{first}\n\n{_LEAD}\n")
    assert document.title is None


@pytest.mark.parametrize(
    "headline",
    [
        "Harbor walls are failing. Here is how to fix them.",
        "Will the wall hold? Engineers say it will, for now.",
        "LOOK OUT! Storm season is here",
    ],
)
def test_short_two_part_headlines_are_titles(headline: str) -> None:
    assert _read(f"{headline}\n\n{_LEAD}\n").title == headline


@pytest.mark.parametrize("separator", ["\n", "\n\n"])
def test_a_headline_straight_on_top_of_its_lead(separator: str) -> None:
    dump = f"Council approves harbor wall plan\n{_LEAD}{separator}Work starts in May.\n"
    document = _read(dump)
    assert document.title == "Council approves harbor wall plan"
    assert document.text.startswith("The regional council")


def test_a_short_standfirst_does_not_hide_the_lead() -> None:
    dump = f"Council approves harbor wall plan.\n\nAt last.\n\n{_LEAD}\n"
    assert _read(dump).title == "Council approves harbor wall plan."


def test_a_hyphen_in_a_capitals_headline_is_no_dateline() -> None:
    dump = f"HARBOR CO-OP BACKS WALL PLAN AFTER VOTE\n\n{_LEAD}\n"
    assert _read(dump).title == "HARBOR CO-OP BACKS WALL PLAN AFTER VOTE"


def test_a_short_line_over_a_shorter_one_is_not_a_title() -> None:
    document = _read("Work starts in May next year.\n\nIt ends in 2027.\n")
    assert document.title is None


def test_a_tag_line_above_a_sentence_headline_stays_debris() -> None:
    document = _read(f"politics\n\nCouncil approves harbor wall plan.\n\n{_LEAD}\n")
    assert document.title == "Council approves harbor wall plan."
    assert document.tags == ("politics",)
    assert [d.kind for d in document.debris] == ["tag"]


@pytest.mark.parametrize(
    ("line", "title", "site"),
    [
        ("Council approves plan - Reuters", "Council approves plan", "Reuters"),
        ("Council approves plan | Reuters", "Council approves plan", "Reuters"),
        ("Council approves plan | Politics | The Coastal Herald", "Council approves plan",
         "The Coastal Herald"),
        ("Council approves plan — AP News", "Council approves plan", "AP News"),
        ("Election 2024 - What Happens Next", "Election 2024 - What Happens Next", None),
        ("Talks end | live updates", "Talks end | live updates", None),
        ("Trump - Putin", "Trump - Putin", None),
        ("Best harbor walls | Top 10 Picks", "Best harbor walls | Top 10 Picks", None),
    ],
)  # fmt: skip
def test_a_site_name_after_the_headline_is_split_off(
    line: str, title: str, site: str | None
) -> None:
    assert split_site(line) == (title, site)


def test_the_site_name_goes_to_the_document() -> None:
    document = _read(f"Council approves harbor wall plan | The Coastal Herald\n\n{_LEAD}\n")
    assert document.title == "Council approves harbor wall plan"
    assert document.site_name == "The Coastal Herald"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor says plan failed.", True),
        ("Mayor Jane Doe says U.S. plan failed.", True),
        ("The plan failed. The mayor resigned.", True),
        ("The plan failed on Monday night after a long debate. The mayor quit on Tuesday.", False),
        ("He said the plan failed.", False),
        # A quote tagged in the past tense with a stop is a lead; a headline says "says".
        ("“The wall will hold,” Ines Waldo said.", False),
        ("“The wall will hold,” said Ines Waldo.", False),
        ("“The wall will hold,” says Ines Waldo", True),
        ("Here is what we know:", False),
        ("one", False),
    ],
)
def test_headline_sentences(text: str, expected: bool) -> None:
    assert is_headline_sentence(text) is expected


def test_the_headline_is_not_body_text_for_actors_and_quotes() -> None:
    dump = (
        "Marta Lindqvist Commits Millions to “Save the Harbor” Fund.\n\n"
        "The shipping magnate Marta Lindqvist said on Monday she would give 25 million "
        "euros to a fund to rebuild the harbor wall, the largest gift in the city's history.\n\n"
        "“It is my home,” Lindqvist said.\n"
    )
    article = newsmodel.parse(dump.encode(), format="text")
    assert article.title == "Marta Lindqvist Commits Millions to “Save the Harbor” Fund."
    assert "Commits" not in article.text
    assert not any("Commits" in a.name for a in article.actors)
    # The headline's quotation is the title's: no body quote is made of it.
    assert [q.text for q in article.quotes] == ["It is my home,"]


def test_a_headline_cased_title_over_a_sentence_is_no_tag() -> None:
    dump = f"Harbor Wall Plan\n\nCouncil says work starts in May.\n\n{_LEAD}\n"
    document = _read(dump)
    assert (document.title, document.tags) == ("Harbor Wall Plan", ())
