"""The article body when link lists outweigh its prose, and the notes that end a story."""

from __future__ import annotations

import pytest

from newsmodel import BlockKind, Document, RawSource
from newsmodel_html import newsmodel_read

SHOP_PROSE = [
    "Winter sales have started early this year, and the best prices on kettles, heaters and "
    "warm bedding are already to be found at the big department stores.",
    "We looked through hundreds of offers so that you do not have to, and kept only the ones "
    "that beat last season's lowest price by a clear margin.",
    "Heaters go first every year, so if your flat is cold it is worth deciding this week rather "
    "than waiting for the final markdowns in January.",
    "Bedding is the quiet bargain of the season: duvets and flannel sheets are often cut by "
    "half, and stock of the popular sizes lasts longer than you might think.",
    "Kettles and toasters rarely fall further after the first week, so there is little to gain "
    "from waiting if yours has already broken down.",
]


def offers(shop: str, count: int) -> str:
    items = "".join(
        f"<li><a href='/go/{shop}/{i}'>{10 + i} per cent off the {shop} heater model {i}, "
        f"now {40 + i} dollars instead of {90 + i}</a></li>"
        for i in range(count)
    )
    return f"<p>{shop}</p><ul class='offers'>{items}</ul>"


def body_of(document: Document) -> str:
    """The body as the benchmark scores it: every block but the captions."""
    return "\n\n".join(
        document.text[b.start : b.end] for b in document.blocks if b.kind is not BlockKind.CAPTION
    )


def read(html: str) -> Document:
    document = newsmodel_read(source=RawSource(data=html.encode(), name="page.html"))
    assert document is not None
    return document


def test_link_lists_between_the_paragraphs_do_not_shrink_the_article_to_its_intro() -> None:
    # The intro sits in a box of its own; the rest of the story runs between
    # long lists of linked offers, which count against their container.
    shops = ["Northgate", "Riverside", "Hillcrest", "Lakeside", "Parkview"]
    rest = "".join(
        f"<p>{text}</p>{offers(shop, 12)}"
        for text, shop in zip(SHOP_PROSE[1:], shops, strict=False)
    )
    html = (
        "<html lang='en'><head><title>The best early winter sales</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/deals'>Deals</a></nav>"
        "<article><h1>The best early winter sales</h1><div class='primary'>"
        f"<div class='intro'><p>{SHOP_PROSE[0]}</p></div>{rest}</div></article></body></html>"
    )
    text = read(html).text
    for paragraph in SHOP_PROSE:
        assert paragraph in text


def test_a_story_in_one_box_stays_in_its_box() -> None:
    # The prose beside the story (a sidebar's summaries) is less than the story's.
    story = "".join(f"<p>{p}</p>" for p in SHOP_PROSE)
    side = (
        "<div class='side'><p>Another piece about the city's new cycle lanes opens with a "
        "long paragraph of its own that is not part of this story at all.</p></div>"
    )
    html = (
        "<html lang='en'><head><title>The best early winter sales</title></head><body>"
        f"<div class='page'><article><h1>The best early winter sales</h1>{story}</article>"
        f"{side}{offers('Sidebar', 20)}</div></body></html>"
    )
    text = read(html).text
    assert "cycle lanes" not in text
    assert SHOP_PROSE[0] in text


@pytest.mark.parametrize("count", [0, 3])
def test_a_short_story_among_few_lists_is_unchanged(count: int) -> None:
    story = "".join(f"<p>{p}</p>" for p in SHOP_PROSE[:2])
    html = (
        "<html lang='en'><head><title>Sales</title></head><body><article><h1>Sales</h1>"
        f"<div class='body'>{story}{offers('Corner', count)}</div></article></body></html>"
    )
    text = read(html).text
    assert SHOP_PROSE[0] in text and SHOP_PROSE[1] in text


STORY = "".join(f"<p>{p}</p>" for p in SHOP_PROSE[:3])


def story_with(note: str) -> str:
    html = (
        "<html lang='en'><head><title>Winter sales</title></head><body><article>"
        f"<h1>Winter sales</h1>{STORY}<p>{note}</p></article></body></html>"
    )
    return read(html).text


@pytest.mark.parametrize(
    "note",
    [
        "Ana Lopes can be reached at ana.lopes@example.org.",
        "Tom Reed and Ana Lopes may be reached by email at desk@example.org.",
        "Got a story tip? Write to the desk at tips@example.org.",
        "Have a tip? Call the newsroom any day of the week.",
        "Independent journalism needs your support. Please give what you can.",
        "Subscribe today and read every story without limits.",
        "Not a subscriber yet? Join now for one dollar a week.",
        "Receive the best of our reviews and deals straight to your inbox.",
        "*** Please sign up for the Example Weekly newsletters to keep up with the sales.",
        "This column is for informational purposes only and does not constitute financial advice.",
        "The news and editorial staff of the Example Gazette had no role in producing this page.",
        "Comments on this article are moderated before they appear.",
        "Comments are closed.",
        "Disclaimer: All rights reserved for the text and design of this site. No claim is made "
        "to the pictures, which belong to their owners. " * 3,
    ],
)
def test_a_note_ending_the_story_is_not_its_text(note: str) -> None:
    text = story_with(note)
    assert SHOP_PROSE[0] in text
    assert note.strip() not in text


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor said she can be reached by residents at the town hall every Monday.",
        "Have a look at the heaters first: they sell out before anything else does.",
        "The ministry said the figures were published for informational purposes only.",
        "Shoppers who subscribe today to the store's card get a further ten per cent off.",
    ],
)
def test_story_sentences_like_those_notes_stay(sentence: str) -> None:
    assert sentence in story_with(sentence)


def test_a_line_in_capitals_over_a_dropped_link_list_goes_with_it() -> None:
    links = "".join(
        f"<li><a href='/s/{i}'>Another story about town number {i}</a></li>" for i in range(6)
    )
    html = (
        "<html lang='en'><head><title>Winter sales</title></head><body><article>"
        f"<h1>Winter sales</h1>{STORY}<p>MORE FROM THE DESK</p><ul>{links}</ul>"
        "</article></body></html>"
    )
    text = read(html).text
    assert SHOP_PROSE[0] in text
    assert "MORE FROM THE DESK" not in text


def test_a_line_in_capitals_over_kept_text_stays() -> None:
    html = (
        "<html lang='en'><head><title>Winter sales</title></head><body><article>"
        f"<h1>Winter sales</h1>{STORY}<p>UPDATE</p><p>{SHOP_PROSE[4]}</p>"
        "</article></body></html>"
    )
    assert "UPDATE" in read(html).text


@pytest.mark.parametrize(
    "note",
    [
        "Contact Ana Lopes at ana.lopes@example.org or on Signal.",
        "Contact Tom with tips via email, tom@example.org.",
        "Photographer: Ana Lopes",
        "Copy Editors: Tom Reed, Ana Lopes and Lee Park",
        "Senior Fashion Editor: Ana Lopes",
    ],
)
def test_contact_and_credit_lines_are_not_the_story(note: str) -> None:
    assert note not in story_with(note)


def test_a_credit_like_sentence_stays() -> None:
    sentence = "Producer prices: the index rose for the third month in a row, the office said."
    assert sentence in story_with(sentence)


def test_a_biography_under_the_authors_name_and_role_goes_with_them() -> None:
    bio = (
        "<p>Ana Lopes</p><p>Senior Shopping Reporter</p>"
        "<p>Ana is a senior reporter covering retail and consumer prices.</p>"
        "<p>Ana lives by the coast with two dogs and far too many kettles.</p>"
    )
    html = (
        "<html lang='en'><head><title>Winter sales</title>"
        "<meta name='author' content='Ana Lopes'></head><body><article>"
        f"<h1>Winter sales</h1>{STORY}{bio}</article></body></html>"
    )
    document = read(html)
    assert SHOP_PROSE[2] in document.text
    for line in ("Ana Lopes", "Senior Shopping Reporter", "Ana is a senior", "Ana lives"):
        assert line not in document.text
    assert any(d.text.startswith("Ana is a senior") for d in document.debris)


def test_a_last_paragraph_about_someone_with_the_authors_first_name_stays() -> None:
    # No newsroom role: a story's own ending, not a biography.
    ending = "Ana is a retired teacher who has bought a heater every winter since 1990."
    html = (
        "<html lang='en'><head><title>Winter sales</title>"
        "<meta name='author' content='Ana Lopes'></head><body><article>"
        f"<h1>Winter sales</h1>{STORY}<p>{ending}</p></article></body></html>"
    )
    assert ending in read(html).text


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Ana Lopes, Staff Writer | Updated March 4, 2024, 3:31 p.m.", True),
        ("By Ana Lopes and Tom Reed Shopping Desk", True),
        ("By Ana Lopes's own count, heaters sold out in two days.", False),
        ("By Tuesday the shops had run out of heaters.", False),
    ],
)
def test_a_byline_line_opening_the_story_is_no_body(line: str, byline: bool) -> None:
    # No class names the line: the author's name after "By" says what it is.
    html = (
        "<html lang='en'><head><title>Winter sales</title>"
        "<meta name='author' content='Ana Lopes'></head><body><article>"
        f"<h1>Winter sales</h1><p>{line}</p>{STORY}</article></body></html>"
    )
    document = read(html)
    assert (line not in document.text) is byline
    if byline:
        assert any(d.kind == "byline" and d.text == line for d in document.debris)


@pytest.mark.parametrize(
    "caption",
    [
        "Shoppers queue outside the store on the first morning of the sale (Image: Example Photos)",
        "The heater aisle at a department store. Credit: Mira Holt.",
        "(Credit: Example Agency)",
        "Kettles on display in the window. Photo credit: Tom Reed",
        "A queue forms before dawn on the first day of the sale. (Mira Holt / Example Agency)",
        "The heater aisle, almost empty by noon (Example Photo/Tom Reed)",
        "The lounge stays open until two. Photograph courtesy of the owners.",
        "Snow on the shop awnings. Photo by Tom Reed.",
        "Photo: Tom Reed, Example Agency",
        "Bargain hunters at the doors before the store opened. Image: Mira Holt",
        "Shoppers queue at the doors of the store before it opened.Mira Holt/Example Agency",
        "A heater on sale in the window of a department store.Example Agency",
    ],
)
def test_a_text_ending_with_a_pictures_credit_is_a_caption(caption: str) -> None:
    html = (
        "<html lang='en'><head><title>Winter sales</title></head><body><article>"
        f"<h1>Winter sales</h1>{STORY}<p>{caption}</p><p>{SHOP_PROSE[4]}</p></article></body></html>"
    )
    document = read(html)
    captions = [
        document.text[b.start : b.end] for b in document.blocks if b.kind.value == "caption"
    ]
    assert caption in captions
    assert caption not in body_of(document)


@pytest.mark.parametrize(
    "sentence",
    [
        "Families can also claim a winter fuel tax credit: up to 200 dollars a season.",
        "The store would not say who took the picture (a customer, it seems).",
        "The vote on opening hours split the board along old lines (Labour/Liberal).",
        "The heaters were sold out by noon, the manager said, and were restocked by Friday.",
        "The picture is mixed: heaters sold out by noon, kettles barely moved at all.",
        "The heaters sold out by noon.Then the kettles went too, the manager said.",
    ],
)
def test_story_sentences_about_credit_are_not_captions(sentence: str) -> None:
    html = (
        "<html lang='en'><head><title>Winter sales</title></head><body><article>"
        f"<h1>Winter sales</h1>{STORY}<p>{sentence}</p></article></body></html>"
    )
    assert sentence in body_of(read(html))


LATEST = [
    (
        "Orchard growers fear a late frost",
        "VALLEYTOWN: Apple growers across the valley spent the night lighting braziers between "
        "the rows as temperatures fell well below freezing for the third time this",
    ),
    (
        "Library to open on Sundays",
        "PORT MERRICK: The town library will open its doors on Sunday afternoons from next "
        "month, after volunteers offered to staff the reading rooms and the children's",
    ),
    (
        "Rowing club wins regional cup",
        "EASTBRIDGE: A crew of eight students from the rowing club took the regional cup on "
        "Saturday, beating the holders by half a length in a finish that left the crowd",
    ),
    (
        "New bakery draws queues downtown",
        "MILLHAVEN: Queues stretched around the block on the first morning of a bakery opened "
        "by two former teachers, who say they learned to bake sourdough during the long",
    ),
]


def test_a_list_of_linked_headlines_run_into_summaries_cut_short_is_left_out() -> None:
    # Each item: another story's linked headline, then its summary cut short
    # ("..."), in the same box as the story.
    items = "".join(
        f"<li><a href='/news/{i}'>{title}</a> <span>{summary}...</span></li>"
        for i, (title, summary) in enumerate(LATEST)
    )
    story = "".join(f"<p>{p}</p>" for p in SHOP_PROSE)
    html = (
        "<!doctype html><html lang='en'><head><title>Winter sales</title></head><body>"
        f"<div><div><b>Latest news</b><ul>{items}</ul></div>"
        f"<div><h1>Winter sales</h1>{story}</div></div></body></html>"
    )
    document = read(html)
    assert body_of(document).split("\n\n") == SHOP_PROSE


def test_a_list_of_whole_sentences_that_trail_off_stays() -> None:
    # A story's own list: items written as sentences, one trailing off, with
    # a link inside, not a headline opening each.
    points = [
        "Routes to the northern suburbs will run every ten minutes at peak times, the "
        "<a href='/plan'>council's plan</a> says, and every twenty in the evening...",
        "Fares will stay at their current level until the end of next year, when the "
        "council will review them against the cost of running the new routes.",
    ]
    items = "".join(f"<li>{point}</li>" for point in points)
    story = "".join(f"<p>{p}</p>" for p in SHOP_PROSE)
    html = (
        "<html lang='en'><head><title>Buses</title></head><body><article><h1>Buses</h1>"
        f"{story}<ul>{items}</ul></article></body></html>"
    )
    assert "every twenty in the evening..." in read(html).text


GALLERY_CAPTION = (
    "Shoppers carry boxed heaters to their cars in the store's car park on the first "
    "morning of the winter sale."
)


def test_a_text_in_a_box_with_a_credit_line_alone_is_a_caption() -> None:
    # A gallery's slide without a figure or a caption class: the caption, a
    # copy of it for small screens, and the credit after them in one box.
    slide = (
        f"<ul><li><div><div>{GALLERY_CAPTION}</div><div>{GALLERY_CAPTION}</div>"
        "Photo: Mira Holt, Example Agency</div></li></ul>"
    )
    story = "".join(f"<p>{p}</p>" for p in SHOP_PROSE)
    html = (
        "<html lang='en'><head><title>Winter sales</title></head><body><article>"
        f"<h1>Winter sales</h1>{slide}{story}</article></body></html>"
    )
    body = body_of(read(html))
    assert GALLERY_CAPTION not in body
    assert body.split("\n\n") == SHOP_PROSE


def test_a_credit_line_under_the_story_captions_no_paragraph() -> None:
    # The story's own box: the credit line of a picture between paragraphs
    # captions nothing but itself.
    story = "".join(f"<p>{p}</p>" for p in SHOP_PROSE[:3])
    html = (
        "<html lang='en'><head><title>Winter sales</title></head><body><article>"
        f"<h1>Winter sales</h1><div>{story}<p><img src='a.jpg' alt=''></p>"
        f"<p>Photo: Mira Holt</p><p>{SHOP_PROSE[3]}</p></div></article></body></html>"
    )
    assert body_of(read(html)).split("\n\n") == [*SHOP_PROSE[:3], SHOP_PROSE[3]]


DIGEST = [
    (
        "The county's water board is raising rates by a tenth from April.",
        " The board says the money will pay for new pipes under the old town.",
    ),
    (
        "A second bakery chain has closed its stores in the valley this winter.",
        " Its owners blamed the price of flour and the cost of heating the ovens.",
    ),
    (
        "The regional airport will add three routes to the coast next summer.",
        " Tickets go on sale in March, the airport said in a short statement.",
    ),
    (
        "Students at the college voted to keep the library open until midnight.",
        " The vote still needs the approval of the governors at their next meeting.",
    ),
]


def test_a_digests_linked_items_of_several_sentences_are_kept() -> None:
    # Most of each item's words link to the story it sums up, but each item
    # is two sentences of its own, and not one link.
    items = "".join(
        f"<li><a href='/story/{i}'>{first}</a>{second}</li>"
        for i, (first, second) in enumerate(DIGEST)
    )
    intro = "<p>Good morning! Here is what you need to know about the valley this Monday.</p>"
    html = (
        "<html lang='en'><head><title>Morning digest</title></head><body><article>"
        f"<h1>Morning digest</h1>{intro}<ol>{items}</ol></article></body></html>"
    )
    body = body_of(read(html))
    assert all(first + second in body for first, second in DIGEST)


@pytest.mark.parametrize("one_link", [True, False], ids=["one link", "one sentence"])
def test_linked_headlines_with_summaries_in_one_item_are_no_digest(one_link: bool) -> None:
    # Items that are one link (a headline and its summary, linked whole), or
    # one linked sentence: a list of other stories.
    if one_link:
        items = "".join(
            f"<li><a href='/other/{i}'>{first}{second}</a></li>"
            for i, (first, second) in enumerate(DIGEST)
        )
    else:
        items = "".join(
            f"<li><a href='/other/{i}'>{first[:-1]}</a> (video).</li>"
            for i, (first, _) in enumerate(DIGEST)
        )
    story = "".join(f"<p>{p}</p>" for p in SHOP_PROSE)
    html = (
        "<html lang='en'><head><title>Winter sales</title></head><body><article>"
        f"<h1>Winter sales</h1>{story}<ul>{items}</ul></article></body></html>"
    )
    assert body_of(read(html)).split("\n\n") == SHOP_PROSE
