"""Reading layouts: header, link lists, Markdown, datelines and the seed articles' structure."""

from __future__ import annotations

import json
from pathlib import Path

from newsmodel import BlockKind, DateOrigin, Document, RawSource
from newsmodel_text import newsmodel_read, read_layout


def _blocks(document: Document) -> list[tuple[str, str]]:
    return [(b.kind.value, document.text[b.start : b.end]) for b in document.blocks]


def test_a_metadata_date_wins_over_the_dateline() -> None:
    document = read_layout(
        "Rates Climb Again\n\nPublished: March 20, 2025\n\n"
        "ROTTERDAM, March 13 (Reuters) - Rates rose for a fifth week, brokers said.\n"
    )
    assert document.published is not None
    assert document.published.origin is DateOrigin.METADATA
    assert document.published.value.isoformat() == "2025-03-20"


def test_a_dateline_without_a_year_takes_it_from_the_lead() -> None:
    document = read_layout(
        "Rates Climb Again\n\nROTTERDAM, Dec. 30 (Reuters) - Rates rose, brokers said on "
        "Tuesday, citing figures published on January 2, 2026, by an index.\n"
    )
    assert document.published is not None
    assert document.published.origin is DateOrigin.DATELINE
    assert document.published.value.isoformat() == "2025-12-30"  # the nearest Dec. 30


def test_a_dateline_without_any_year_gives_no_date() -> None:
    document = read_layout("Moscow, March 13 (Reuters) - Russia said it would reply.\n")
    assert document.published is None
    assert _blocks(document)[0][1].startswith("Moscow, March 13 (Reuters) - ")


def test_unmarked_link_lists_end_at_the_first_blank_line() -> None:
    document = read_layout(
        "Museum Returns Statues\n\nThe museum said on Tuesday it would return them.\n\n"
        "Related stories\nTown council votes to build new gallery\nFishermen recall the day\n\n"
        "The statues will go on display next summer.\n"
    )
    assert [kind for kind, _ in _blocks(document)] == ["paragraph", "paragraph"]
    assert [d.kind for d in document.debris] == ["related"] * 3


def test_markdown_headings_and_lists() -> None:
    document = read_layout(
        "# Schools Add Coding\n\nPupils will learn from September, the board said.\n\n"
        "## What pupils will learn ##\n\n* Loops and\n  repetition\n* Finding mistakes\n\n"
        "Teachers will be trained first.\n"
    )
    assert document.title == "Schools Add Coding"
    assert _blocks(document)[1:4] == [
        ("heading", "What pupils will learn"),
        ("list_item", "Loops and repetition"),
        ("list_item", "Finding mistakes"),
    ]


def test_standfirst_becomes_the_description() -> None:
    document = read_layout(
        "Inside the Race to Save an Orchard\n\n"
        "Volunteers are grafting cuttings from very old trees before they die.\n\n"
        "By Imogen Hart\n\nThe orchard has not been tended in decades.\n"
    )
    assert document.description == (
        "Volunteers are grafting cuttings from very old trees before they die."
    )
    assert _blocks(document) == [("paragraph", "The orchard has not been tended in decades.")]


def test_a_lone_line_is_the_body_not_a_title() -> None:
    document = read_layout("Bridge Reopens After Repairs\n")
    assert document.title is None
    assert _blocks(document) == [("paragraph", "Bridge Reopens After Repairs")]


def test_empty_and_blank_input() -> None:
    for source in ("", "\n\n  \r\n", "\u200b\ufeff"):
        document = read_layout(source)
        assert document.text == "" and document.blocks == ()


def test_caption_credit_is_split_off() -> None:
    document = read_layout(
        "Wildfire Spreads\n\nCrews fought the fire on Saturday, officials said.\n\n"
        "Nora Lindgren (AP Photo/Emil Strand)\n\nEvacuations continued on Sunday.\n"
    )
    assert ("caption", "Nora Lindgren") in _blocks(document)
    assert [(d.kind, d.text) for d in document.debris] == [("credit", "(AP Photo/Emil Strand)")]


def test_seed_structure(shared: Path) -> None:
    gold = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))
    for entry in gold["articles"]:
        path = shared / "corpus" / "seeds" / entry["file"]
        document = newsmodel_read(source=RawSource(data=path.read_bytes(), name=path.name))
        blocks = _blocks(document)
        paragraphs = [text for kind, text in blocks if kind == BlockKind.PARAGRAPH]
        assert document.title == entry["title"]
        for junk in (entry.get("not_body") or []) + (entry.get("captions") or []):
            assert junk not in paragraphs
        for heading in entry.get("headings") or []:
            assert ("heading", heading) in blocks
        for joined in entry.get("rejoined") or []:
            assert any(joined in text for text in paragraphs)


def test_a_date_alone_on_a_line_is_metadata_only_in_the_header() -> None:
    header = read_layout(
        "Ferry Fares Rise\n\nMarch 9, 2025\n\nFares will rise, the operator said.\n"
    )
    assert header.published is not None and header.published.value.isoformat() == "2025-03-09"
    body = read_layout(
        "Ferry Fares Rise\n\nFares will rise, the operator said.\n\nThe timetable changes too.\n\n"
        "Islanders met on this date:\n\nMarch 9, 2025\n\nThey voted to protest.\n"
    )
    assert body.published is None
    assert "March 9, 2025" in [text for _, text in _blocks(body)]


def test_a_byline_on_two_lines() -> None:
    document = read_layout(
        "Lawmakers Reach Deal\n\nMartin Alvarez\nSenior Correspondent\n\n"
        "Lawmakers reached a deal on Wednesday, aides said.\n\nVladimir Putin\nThe talks ended.\n"
    )
    assert document.authors == ("Martin Alvarez",)
    assert [d.kind for d in document.debris] == ["byline", "byline"]
    assert ("caption", "Vladimir Putin") in _blocks(document)
