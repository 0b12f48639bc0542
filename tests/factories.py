"""Small model objects the tests build on."""

from __future__ import annotations

from newsmodel import Actor, Article, Block, DateMention, DateValue, Mention, Quote, Source

TEXT = "Putin said “no deal” on Thursday."


def sample_article(**changes: object) -> Article:
    """A tiny valid article; keyword arguments replace its fields."""
    base: dict[str, object] = {
        "source": Source(path="a.txt"),
        "format": "text",
        "text": TEXT,
        "blocks": [Block(kind="paragraph", start=0, end=len(TEXT))],
        "actors": [
            Actor(id="a1", name="Vladimir Putin", kind="person", mentions=[Mention(start=0, end=5)])
        ],
        "quotes": [Quote(id="q1", text="no deal", start=12, end=19, speaker="a1", cue="said")],
        "dates": [DateMention(text="Thursday", start=24, end=32, value=DateValue.of(2025, 3, 13))],
    }
    base.update(changes)
    return Article(**base)  # type: ignore[arg-type]
