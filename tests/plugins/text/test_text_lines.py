"""Single-line decisions: debris, metadata lines, datelines, joins, headings and captions."""

from __future__ import annotations

import datetime as dt

import pytest

from newsmodel import Precision
from newsmodel_text._debris import debris_kind, is_list_header, split_credit
from newsmodel_text._joins import Join, Spellings, join_kind, keeps_hyphen
from newsmodel_text._meta import parse_date, read_dateline, read_meta_line
from newsmodel_text._shapes import is_caption, is_heading, is_tag, is_title


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("230 views", "counter"),
        ("1.2K shares", "counter"),
        ("5 min read", "counter"),
        ("Share", "share"),
        ("Share on Facebook", "share"),
        ("Facebook | Twitter | Email", "share"),
        ("ADVERTISEMENT", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Read more: Divers find a second wreck", "related"),
        ("Follow us on Instagram", "follow"),
        ("Follow Jane Doe on X", "follow"),
        ("We use cookies to give you the best experience.", "cookie"),
        ("Sign up for our newsletter", "newsletter"),
        ("Photo: Reuters", "credit"),
        ("(AP Photo/Jane Doe)", "credit"),
        ("Jane Doe/Getty Images", "credit"),
        ("Getty Images", "credit"),
        ("© 2025 The Daily Planet. All rights reserved.", "copyright"),
        ("(Reporting by Jane Doe; Editing by John Roe)", "credits"),
        ("https://example.com/story", "link"),
        ("Skip to content", "navigation"),
    ],
)
def test_debris_lines(line: str, kind: str) -> None:
    assert debris_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell 3% on Monday.",
        "Follow the money on Wall Street, he said.",
        "Sign up rates for the program rose by a fifth last year.",
        "The bakery uses cookies from a family recipe.",
        "Photos of the flood spread quickly online.",
        "Advertisement spending rose in the first quarter, the agency said.",
        "Home prices rose again.",
    ],
)
def test_prose_is_not_debris(line: str) -> None:
    assert debris_kind(line) is None


def test_list_headers_and_credits() -> None:
    assert is_list_header("Related:") and is_list_header("Most read")
    assert not is_list_header("Related reading matters, she said.")
    caption = "A firefighter on Saturday. (AP Photo/Lena Ortiz)"
    at = split_credit(caption)
    assert at is not None and caption[at:].strip() == "(AP Photo/Lena Ortiz)"
    assert split_credit("A sentence with no credit.") is None


@pytest.mark.parametrize(
    ("line", "kind", "authors"),
    [
        ("By Jane Doe and John Roe", "byline", ("Jane Doe", "John Roe")),
        ("Jane Doe | Reuters", "byline", ("Jane Doe",)),
        ("Jane Doe, Staff Writer", "byline", ("Jane Doe",)),
        ("By JANE DOE, Associated Press", "byline", ("Jane Doe",)),
        ("By Jane Doe in Moscow", "byline", ("Jane Doe",)),
        ("By Reuters", "byline", ()),
        ("Published: March 14, 2025", "published", ()),
        ("Updated 3 hours ago", "updated", ()),
    ],
)
def test_meta_lines(line: str, kind: str, authors: tuple[str, ...]) -> None:
    meta = read_meta_line(line)
    assert meta is not None
    assert (meta.kind, meta.authors) == (kind, authors)


@pytest.mark.parametrize(
    "line",
    [
        "By the end of the week, the deal was done.",
        "Vladimir Putin, Russian President",
        "Trump | Politics",
        "Updated guidance for schools",
        "Orchestra Finds New Home in Old Tram Depot",
        "Jane Doe",
    ],
)
def test_other_lines_are_not_metadata(line: str) -> None:
    assert read_meta_line(line) is None


def test_dates_of_meta_lines() -> None:
    meta = read_meta_line("By Jane Doe | Published 10:32 AM ET, Fri March 14, 2025")
    assert meta is not None and meta.published is not None
    assert meta.published.precision is Precision.TIME
    value = meta.published.value
    assert isinstance(value, dt.datetime) and value.utcoffset() == dt.timedelta(hours=-4)
    both = read_meta_line("Published: March 14, 2025 | Updated: March 15, 2025")
    assert both is not None and both.updated is not None
    assert both.updated.isoformat() == "2025-03-15"
    assert parse_date("14/03/2025") is not None
    assert parse_date("Thursday") is None
    assert parse_date("around 2025") is None


@pytest.mark.parametrize(
    ("paragraph", "date"),
    [
        ("WASHINGTON (AP) — The Senate voted.", None),
        ("Moscow, March 13 (Reuters) - Russia said.", "March 13"),
        ("SACRAMENTO, Calif. (AP) — The bill passed.", None),
        ("NEW YORK, March 3, 2025 /PRNewswire/ -- Acme said.", "March 3, 2025"),
        ("LONDON — Britain said.", None),
    ],
)
def test_datelines(paragraph: str, date: str | None) -> None:
    dateline = read_dateline(paragraph)
    assert dateline is not None and dateline.date == date


@pytest.mark.parametrize(
    "paragraph", ["The deal — which failed — was new.", "Mr Smith — who left."]
)
def test_dashes_in_prose_are_not_datelines(paragraph: str) -> None:
    assert read_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("prev", "cur", "join"),
    [
        ("said Sen.", "Chris Murphy", Join.SPACE),
        ("the U.S.", "military said", Join.SPACE),
        ("the U.S.", "Senate voted", Join.SPACE),
        ("John F.", "Kennedy", Join.SPACE),
        ("on Jan.", "5, the", Join.SPACE),
        ("two inter-", "national observers", Join.DROP_HYPHEN),
        ("a U.S.-", "Russia accord", Join.GLUE),
        ("peace—", "or merely", Join.GLUE),
        ("WASHINGTON (AP) —", "The Senate", Join.SPACE),
        ("talks with the", "Kremlin", Join.SPACE),
        ("the rivers alike,”", "he said.", Join.SPACE),
        ("The talks ended.", "Officials said", None),
        ("in the U.S.", "The talks", None),
        ("A Breakthrough in Moscow", "The meeting", None),
    ],
)
def test_joins(prev: str, cur: str, join: Join | None) -> None:
    assert join_kind(prev, cur) is join


def test_hyphens_that_are_real_stay() -> None:
    nothing = Spellings("")
    assert keeps_hyphen("a well-", "known mediator", nothing)
    assert not keeps_hyphen("two inter-", "national observers", nothing)
    assert not keeps_hyphen("a well-", "ness centre", Spellings("The wellness centre opened."))
    assert keeps_hyphen("an up-", "date", Spellings("The up-date came."))
    assert keeps_hyphen("state-of-the-", "art", nothing)


def test_shapes() -> None:
    assert is_title("Senate Passes Water Bill After Late-Night Deal")
    assert not is_title("The Senate passed the bill on Tuesday.")
    assert is_tag("trump") and is_tag("POLITICS") and is_tag("Home > World > Europe")
    assert is_heading("A Breakthrough in Moscow") and is_heading("WHAT HAPPENS NEXT")
    assert not is_heading("The talks ended on Friday.")
    assert not is_heading("What happens next", sentence_case=False)
    common = frozenset({"reactions", "global", "talks"})
    assert is_caption("Volodymyr Zelenskyy", common) and is_caption("Trump", common)
    assert is_caption("President Trump", frozenset({"president"}))
    assert not is_caption("Global Reactions", common)
    assert not is_caption("A Rare Outburst", common)
    assert not is_caption("Background", common)
