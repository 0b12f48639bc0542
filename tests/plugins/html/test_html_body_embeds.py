"""Posts from social platforms embedded in a story: debris, not the story's text."""

from __future__ import annotations

import pytest

from newsmodel import Document, RawSource
from newsmodel_html import newsmodel_read
from newsmodel_html._vocabulary import is_social_post_address

STORY = [
    "The harbour authority cancelled the evening ferries to the outer islands on Sunday, "
    "citing a forecast of gusts above sixty knots along the channel.",
    "Passengers already at the terminal were offered rooms in two hotels near the quay, "
    "and the authority said the first morning sailing would leave an hour early.",
    "Islanders reacted quickly online, some praising the caution and others asking why the "
    "warning had come so late in the afternoon.",
    "A spokesman for the authority said the timetable would return to normal on Tuesday if "
    "the wind dropped as expected overnight.",
]


def read(article: str) -> Document:
    html = (
        "<!doctype html><html lang='en'><head><title>Ferries cancelled</title></head>"
        f"<body><article><h1>Ferries cancelled</h1>{article}</article></body></html>"
    )
    document = newsmodel_read(source=RawSource(data=html.encode(), url=None, name="page.html"))
    assert document is not None
    return document


def story_with(embed: str) -> str:
    paragraphs = [f"<p>{p}</p>" for p in STORY]
    return "".join(paragraphs[:3]) + embed + "".join(paragraphs[3:])


TWEET = (
    "<blockquote class='x-embed'><p lang='en'>Stuck at the quay with a crate of lobsters and "
    "nowhere to sleep, thanks a lot.</p>&mdash; Marta Quill (@mquill_ferries) "
    "<a href='https://twitter.com/mquill_ferries/status/1712345678901234567'>"
    "March 3, 2024</a></blockquote>"
)
INSTAGRAM = (
    "<blockquote data-instgrm-permalink='https://www.instagram.com/p/Cx9aBcDeFgH/'>"
    "<p>The last boat of the season leaving the harbour, seen from the lighthouse path.</p>"
    "<p>A post shared by Outer Islands Walks (@outerwalks)</p></blockquote>"
)
TIKTOK = (
    "<blockquote cite='https://www.tiktok.com/@islandpilot/video/7301234567890123456'>"
    "<section><p>Waves over the breakwater at the ferry terminal this evening</p></section>"
    "</blockquote>"
)


@pytest.mark.parametrize("embed", [TWEET, INSTAGRAM, TIKTOK], ids=["x", "instagram", "tiktok"])
def test_an_embedded_post_is_debris(embed: str) -> None:
    document = read(story_with(embed))
    assert [document.text[b.start : b.end] for b in document.blocks] == STORY
    assert [d.kind for d in document.debris] == ["embed"]


def test_a_quotation_linking_to_a_report_stays() -> None:
    quotation = (
        "<blockquote><p>We will not run a ferry into a storm to keep a timetable, and we never "
        "have.</p><p>Read the <a href='https://example.org/reports/ferry-safety-2023'>safety "
        "report</a>.</p></blockquote>"
    )
    document = read(story_with(quotation))
    assert "We will not run a ferry into a storm" in document.text


@pytest.mark.parametrize(
    ("address", "post"),
    [
        ("https://x.com/someone/status/123456", True),
        ("https://mobile.twitter.com/someone/statuses/99", True),
        ("https://vm.tiktok.com/@someone/video/42", True),
        ("https://www.facebook.com/harbourauthority/posts/pfbid02abc", True),
        ("https://www.threads.net/@someone/post/C1a2b3", True),
        ("https://twitter.com/someone", False),
        ("https://twitter.com/hashtag/ferries", False),
        ("https://example.com/someone/status/123", False),
        ("/news/status/123", False),
        ("mailto:desk@example.com", False),
    ],
)
def test_social_post_addresses(address: str, post: bool) -> None:
    assert is_social_post_address(address) is post
