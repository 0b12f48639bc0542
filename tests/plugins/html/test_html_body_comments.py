"""Readers' comments told by their text: a heading that opens a comment section."""

from __future__ import annotations

import pytest

from newsmodel import Document, RawSource
from newsmodel_html import newsmodel_read

STORY = [
    "The harbour festival returns this weekend after a two-year pause, with a parade of "
    "tall ships expected to enter the bay on Saturday morning.",
    "Organisers said the route along the quay had been widened so that more families "
    "could watch the boats come in without crowding the old stone steps.",
    "Food stalls will open at ten, and the fireworks over the water are planned for nine "
    "in the evening if the wind stays low.",
]

COMMENTS = [
    "We went to the last one with the kids and it was wonderful, although the queues for "
    "the ferry back across the bay were far too long and nobody seemed to be in charge of "
    "them at all. I hope they have sorted that out this time around.",
    "The fireworks are always the best part. Last time we watched from the lighthouse path "
    "and had the whole show to ourselves, which I would recommend to anyone who does not "
    "like crowds, though the path is steep and unlit on the way back down.",
    "Does anyone know whether dogs are allowed on the quay during the parade? Ours is "
    "nervous around loud noises so we may leave him at home, but it would be good to know "
    "the rule before we set off on Saturday morning with the whole family.",
    "Parking was a nightmare last time. Take the bus from the station if you can, it drops "
    "you right by the fish market and runs every ten minutes all weekend long, and the "
    "drivers were very patient with the crowds when we went.",
]


def read(html: str) -> Document:
    document = newsmodel_read(source=RawSource(data=html.encode(), name="page.html"))
    assert document is not None
    return document


def thread(heading: str) -> str:
    items = "".join(
        f"<li><article><footer><b>reader{i}</b> says:<br>June {i + 3}, 2024 at 9:1{i} am"
        f"</footer><div><p>{text}</p></div><a href='#reply-{i}'>Reply</a></article></li>"
        for i, text in enumerate(COMMENTS)
    )
    return f"<div><h2>{heading}</h2><ol>{items}</ol></div>"


@pytest.mark.parametrize(
    "heading",
    [
        "4 thoughts on “Harbour festival returns”",
        "Comments",
        "12 responses to “Harbour festival returns”",
        "Reader comments",
        "Join the discussion",
    ],
)
def test_a_comment_thread_without_class_names_is_not_the_story(heading: str) -> None:
    # No class or id anywhere: only the heading says the thread is comments,
    # and the comments outweigh the story.
    story = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        "<html lang='en'><head><title>Festival returns</title></head><body><main><article>"
        f"<h1>Festival returns</h1><div>{story}</div>{thread(heading)}"
        "</article></main></body></html>"
    )
    assert read(html).text.split("\n\n") == STORY


def test_a_story_section_titled_comments_stays() -> None:
    # The story's own paragraphs under such a heading, in the story's box.
    section = [
        "The mayor welcomed the plans and said the town had missed the festival badly.",
        "Local traders said the weekend usually brings in a month of ordinary takings.",
    ]
    body = "".join(f"<p>{p}</p>" for p in STORY) + "<h2>Comments</h2>"
    body += "".join(f"<p>{p}</p>" for p in section)
    html = (
        "<html lang='en'><head><title>Festival returns</title></head><body><article>"
        f"<h1>Festival returns</h1><div>{body}</div></article></body></html>"
    )
    text = read(html).text
    assert all(p in text for p in [*STORY, *section])
