"""The article body of list articles and of stories with widgets between their paragraphs."""

from __future__ import annotations

from newsmodel import BlockKind, Document, RawSource
from newsmodel_html import newsmodel_read

INTRO = [
    "Finding a present for a keen gardener does not have to cost a fortune, and a few small "
    "tools make a far better gift than another pair of novelty gloves.",
    "We tried every item below in our own allotments over the summer, and kept only the ones "
    "that were still in use by the end of the season.",
]

ITEMS = [
    (
        "Folding Kneeler Stool",
        "A kneeler that flips over into a low seat saves the knees of anyone who weeds for "
        "hours. The frame folds flat, and the foam pad wipes clean after a muddy afternoon.",
    ),
    (
        "Copper Plant Labels",
        "These labels weather to a soft green instead of fading, so the names stay readable "
        "for years. A pencil scratch is enough to write on them, and a set holds forty.",
    ),
    (
        "Seed Tin With Dividers",
        "Loose seed packets end up damp and torn in a shed drawer. This tin keeps them sorted "
        "by month, and the lid seals tightly enough to keep out mice and moisture.",
    ),
]


def read(html: str) -> Document:
    document = newsmodel_read(source=RawSource(data=html.encode(), url=None, name="page.html"))
    assert document is not None
    return document


def body_of(document: Document) -> str:
    """The body as the benchmark scores it: every block but the captions."""
    return "\n\n".join(
        document.text[b.start : b.end] for b in document.blocks if b.kind is not BlockKind.CAPTION
    )


def item_card(name: str, description: str, number: int) -> str:
    """A product in a gift list: its name, picture, shop button and description."""
    return (
        f"<div class='entry'><div class='entry-head'><h3>{name}</h3></div>"
        f"<div class='entry-picture'><img src='item{number}.jpg' alt=''>"
        f"<p class='entry-shop'>Garden Shop</p></div>"
        f"<div class='entry-buy'><a href='/buy/{number}'>Buy at Garden Shop ${12 + number}</a></div>"
        f"<p>{description}</p></div>"
    )


def test_a_described_item_beside_its_picture_is_prose_not_a_caption() -> None:
    cards = "".join(item_card(name, text, i) for i, (name, text) in enumerate(ITEMS))
    html = (
        "<!doctype html><html lang='en'><head><title>Gifts for gardeners</title></head><body>"
        "<article><h1>Gifts for gardeners under 30 dollars</h1>"
        + "".join(f"<p>{p}</p>" for p in INTRO)
        + f"<div class='gift-list'>{cards}</div></article></body></html>"
    )
    body = body_of(read(html))
    for name, description in ITEMS:
        assert description in body
        assert name in body


def test_a_one_line_caption_in_a_box_with_a_heading_stays_a_caption() -> None:
    box = (
        "<div class='photo'><h4>On the plot</h4><img src='plot.jpg' alt=''>"
        "<p>Volunteers clear the allotment before the winter frost.</p></div>"
    )
    html = (
        "<!doctype html><html lang='en'><head><title>Gifts for gardeners</title></head><body>"
        "<article><h1>Gifts for gardeners under 30 dollars</h1>"
        + "".join(f"<p>{p}</p>" for p in INTRO)
        + box
        + "".join(f"<p>{text}</p>" for _, text in ITEMS)
        + "</article></body></html>"
    )
    document = read(html)
    captions = [
        document.text[b.start : b.end] for b in document.blocks if b.kind is BlockKind.CAPTION
    ]
    assert "Volunteers clear the allotment before the winter frost." in captions
