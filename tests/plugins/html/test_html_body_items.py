"""The article body of list articles and of stories with widgets between their paragraphs."""

from __future__ import annotations

import pytest

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


UPDATES = [
    "Crews closed the coast road at dawn after the river rose above the flood wall for the "
    "first time in twenty years.",
    "The mayor asked residents of the lower town to move their cars to higher ground before "
    "the evening tide, when the water is expected to peak.",
    "Volunteers are filling sandbags at the sports hall, and the council says it has enough "
    "sand for another two thousand of them tonight.",
    "The water has started to fall at the harbour gauge, though engineers warn that the "
    "flood wall will be watched through the night.",
]


def live_page(posts: str, before: str = "") -> str:
    return (
        "<!doctype html><html lang='en'><head><title>Flood live</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main>"
        f"{before}<div class='feed'>{posts}</div></main></body></html>"
    )


def test_the_posts_of_a_live_blog_are_all_the_body() -> None:
    posts = "".join(
        f"<article class='post'><h2>Update at {8 + i}:00</h2><time>{8 + i}:00</time>"
        f"<p>{text}</p></article>"
        for i, text in enumerate(reversed(UPDATES))
    )
    body = body_of(read(live_page(posts, "<h1>Flood on the coast: live updates</h1>")))
    for text in UPDATES:
        assert text in body


def test_teasers_titled_by_links_are_no_live_blog() -> None:
    story = "".join(f"<p>{text}</p>" for text in UPDATES[:2])
    teasers = "".join(
        f"<article class='card'><h3><a href='/story/{i}'>{text[:40]}</a></h3>"
        f"<p>{text}</p></article>"
        for i, text in enumerate(UPDATES[2:] + INTRO)
    )
    html = live_page(teasers, f"<h1>Coast road closed</h1><div class='story'>{story}</div>")
    body = body_of(read(html))
    assert all(text in body for text in UPDATES[:2])
    assert not any(text in body for text in UPDATES[2:] + INTRO)


def test_posts_after_the_story_that_holds_the_headline_are_other_articles() -> None:
    lead = " ".join(UPDATES[:2])
    # The posts below hold most of the prose, as a live blog's do.
    posts = [*UPDATES[2:], *INTRO, *(text for _, text in ITEMS)]
    story = f"<article class='story'><h1>Coast road closed</h1><p>{lead}</p></article>"
    others = "".join(
        f"<article class='post'><h2>Another story {i}</h2><p>{text}</p></article>"
        for i, text in enumerate(posts)
    )
    # The next articles in a box of their own, the story beside it.
    body = body_of(read(live_page(f"{story}<div class='next'>{others}</div>")))
    assert lead in body
    assert not any(text in body for text in posts)


def test_a_live_blog_inside_the_article_that_holds_its_headline() -> None:
    posts = "".join(
        f"<article class='post'><h2>Update at {8 + i}:00</h2><p>{text}</p></article>"
        for i, text in enumerate(UPDATES)
    )
    html = live_page(
        f"<article class='live'><h1>Flood on the coast: live</h1><div class='posts'>{posts}</div>"
        "</article><aside><h2>Most read</h2><a href='/a'>Storm warning for the islands</a></aside>"
    )
    body = body_of(read(html))
    for text in UPDATES:
        assert text in body


def test_untitled_articles_after_the_story_are_no_live_blog() -> None:
    # Readers' replies, each an <article> without a heading, under a story
    # whose headline stands above both.
    replies = "".join(
        f"<article class='reply'><p>{text}</p></article>"
        for text in [*UPDATES[1:], *INTRO, *(text for _, text in ITEMS)]
    )
    html = live_page(
        f"<div class='story'><p>{UPDATES[0]}</p></div><div class='responses'>{replies}</div>",
        "<h1>Coast road closed</h1>",
    )
    body = body_of(read(html))
    assert UPDATES[0] in body
    assert INTRO[0] not in body


def test_a_story_column_of_a_layout_table_is_the_body() -> None:
    # An old page: a table lays out the menu and the story, whose paragraphs
    # are split by <br> in one cell.
    story = "<br><br>".join([*UPDATES, *INTRO])
    html = (
        "<html><head><title>Coast road closed</title></head><body><h1>Coast road closed</h1>"
        "<table><tr><td><a href='/'>Home</a><br><a href='/news'>News</a><br>"
        f"<a href='/sport'>Sport</a></td><td>{story}</td></tr></table></body></html>"
    )
    document = read(html)
    assert [document.text[b.start : b.end] for b in document.blocks] == [*UPDATES, *INTRO]
    assert all(b.kind is BlockKind.PARAGRAPH for b in document.blocks)


def test_a_data_table_with_short_cells_stays_a_table() -> None:
    rows = "".join(
        f"<tr><td>Gauge {i}</td><td>{3 + i}.2 metres</td><td>rising</td></tr>" for i in range(4)
    )
    html = (
        "<html><head><title>Coast road closed</title></head><body><article>"
        "<h1>Coast road closed</h1>"
        + "".join(f"<p>{text}</p>" for text in UPDATES)
        + f"<table>{rows}</table></article></body></html>"
    )
    document = read(html)
    tables = [document.text[b.start : b.end] for b in document.blocks if b.kind is BlockKind.TABLE]
    assert tables[0] == "Gauge 0 | 3.2 metres | rising"


QUESTIONS = [
    ("when-open", "When will the coast road open again?"),
    ("who-pays", "Who pays for the repairs to the flood wall?"),
]


def test_a_heading_that_links_to_itself_is_a_subheading() -> None:
    # Section headings carry a permalink to themselves: no link elsewhere.
    sections = "".join(
        f"<h2 id='{anchor}'><a href='#{anchor}'>{question}</a></h2><p>{text}</p>"
        for (anchor, question), text in zip(QUESTIONS, UPDATES[2:], strict=False)
    )
    html = (
        "<html><head><title>Coast road closed</title></head><body><article>"
        "<h1>Coast road closed</h1>"
        + "".join(f"<p>{text}</p>" for text in UPDATES[:2])
        + sections
        + "</article></body></html>"
    )
    document = read(html)
    headings = [
        document.text[b.start : b.end] for b in document.blocks if b.kind is BlockKind.HEADING
    ]
    assert headings == [question for _, question in QUESTIONS]


def test_a_table_of_contents_linking_to_the_sections_is_left_out() -> None:
    contents = "<ul class='toc'>" + "".join(
        f"<li><a href='#{anchor}'>{question}</a></li>" for anchor, question in QUESTIONS
    )
    sections = "".join(
        f"<h2 id='{anchor}'>{question}</h2><p>{text}</p>"
        for (anchor, question), text in zip(QUESTIONS, UPDATES[2:], strict=False)
    )
    html = (
        "<html><head><title>Coast road closed</title></head><body><article>"
        "<h1>Coast road closed</h1>"
        + "".join(f"<p>{text}</p>" for text in UPDATES[:2])
        + contents
        + "</ul>"
        + sections
        + "</article></body></html>"
    )
    document = read(html)
    assert [b.kind for b in document.blocks].count(BlockKind.LIST_ITEM) == 0


KEY_POINTS = [
    "The coast road will stay closed until the flood wall is checked",
    "Residents of the lower town are asked to move their cars tonight",
]


def key_points_page(points: str) -> str:
    story = "".join(f"<p>{text} {text}</p>" for text in UPDATES)
    return (
        "<html><head><title>Coast road closed</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<div class='head'><h1>Coast road closed</h1>{points}"
        "<p class='by'>By Ann Lee</p></div>"
        f"<div class='story'>{story}</div></body></html>"
    )


def test_key_points_under_the_headline_open_the_body() -> None:
    points = "<ul>" + "".join(f"<li>{point}</li>" for point in KEY_POINTS) + "</ul>"
    text = read(key_points_page(points)).text
    assert text.startswith("\n\n".join(KEY_POINTS))
    assert UPDATES[-1] in text


def test_links_listed_under_the_headline_are_no_key_points() -> None:
    points = "<ul>" + "".join(f"<li><a href='/x'>{point}</a></li>" for point in KEY_POINTS)
    text = read(key_points_page(points + "</ul>")).text
    assert not any(point in text for point in KEY_POINTS)


def test_the_name_over_a_list_of_links_goes_with_the_list() -> None:
    offers = "".join(
        f"<p>Harbour Books</p><ul><li><a href='/go/{i}'>Twenty per cent off maps of the "
        f"coast, edition {i}</a></li><li><a href='/go/x{i}'>Tide tables for {2025 + i}, "
        "half price</a></li></ul>"
        for i in range(3)
    )
    html = (
        "<html><head><title>Coast road closed</title></head><body><article>"
        "<h1>Coast road closed</h1>"
        + "".join(f"<p>{text}</p>" for text in UPDATES)
        + offers
        + "".join(f"<p>{text}</p>" for text in INTRO)
        + "</article></body></html>"
    )
    assert body_of(read(html)).split("\n\n") == [*UPDATES, *INTRO]


def test_a_short_line_over_prose_is_kept() -> None:
    html = (
        "<html><head><title>Coast road closed</title></head><body><article>"
        "<h1>Coast road closed</h1>"
        + "".join(f"<p>{text}</p>" for text in UPDATES[:2])
        + "<p>What happens next</p>"
        + "".join(f"<p>{text}</p>" for text in UPDATES[2:])
        + "</article></body></html>"
    )
    assert "What happens next" in body_of(read(html))


@pytest.mark.parametrize("container", ["article", "div class='comments'", "div class='hidden'"])
def test_the_title_and_label_of_a_video_box_between_paragraphs_are_left_out(
    container: str,
) -> None:
    # In a container misnamed as boilerplate too: its rescued blocks are the
    # story's own, and the box's link list is still a link list.
    tag = container.split()[0]
    more = [
        "Engineers from the county will inspect the sea wall at first light, and the road "
        "stays closed until they have checked every section between the two harbours.",
        "Residents of the lower streets were told to keep their sandbags in place for the "
        "rest of the week, since another high tide is expected on Thursday evening.",
    ]
    player = (
        "<div class='player'><div class='player-top'><div>Watch</div>"
        "<div>Volunteers fill sandbags through the night</div></div>"
        "<div class='playlist'><div><a href='/v/1'>Volunteers fill sandbags through the "
        "night</a></div><div><a href='/v/2'>Harbour gauge falls after the high tide</a></div>"
        "<div><a href='/v/3'>Coast road reopens to buses in the morning</a></div></div></div>"
    )
    html = (
        f"<html><head><title>Coast road closed</title></head><body><{container}>"
        "<h1>Coast road closed</h1>"
        + "".join(f"<p>{text}</p>" for text in UPDATES[:2])
        + player
        + "".join(f"<p>{text}</p>" for text in [*UPDATES[2:], *more])
        + f"</{tag}></body></html>"
    )
    assert body_of(read(html)).split("\n\n") == [*UPDATES, *more]


def test_a_subheading_beside_a_link_list_and_prose_stays() -> None:
    section = (
        f"<section><h2>Where to park</h2><p>{UPDATES[2]}</p><ul><li><a href='/map/1'>North "
        "car park map</a></li><li><a href='/map/2'>Station car park map</a></li></ul></section>"
    )
    html = (
        "<html><head><title>Coast road closed</title></head><body><article>"
        "<h1>Coast road closed</h1>"
        + "".join(f"<p>{text}</p>" for text in UPDATES[:2])
        + section
        + f"<p>{UPDATES[3]}</p></article></body></html>"
    )
    assert "Where to park" in body_of(read(html))


def list_article(items: str) -> str:
    return (
        "<html><head><title>Gifts for gardeners</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/garden'>Garden</a></nav><article>"
        "<h1>Gifts for gardeners under 30 dollars</h1>"
        + "".join(f"<p>{p}</p>" for p in INTRO)
        + f"<ol>{items}</ol></article></body></html>"
    )


def test_linked_names_over_descriptions_in_a_list_article_are_its_items() -> None:
    items = "".join(
        f"<li><h3><a href='https://shop.example.com/item/{i}'>{name}</a></h3><p>{text}</p></li>"
        for i, (name, text) in enumerate(ITEMS)
    )
    body = body_of(read(list_article(items)))
    assert body.split("\n\n") == [*INTRO, *(part for item in ITEMS for part in item)]


def test_linked_headlines_over_one_line_summaries_in_a_list_are_teasers() -> None:
    items = "".join(
        f"<li><h3><a href='/story/{i}'>{name}</a></h3><p>{text}</p></li>"
        for i, (name, text) in enumerate(
            [
                ("Council approves the new harbour wall", UPDATES[0]),
                ("Ferries resume", UPDATES[1]),
                ("Harbour gauge", UPDATES[3]),
            ]
        )
    )
    body = body_of(read(list_article(items)))
    assert body.split("\n\n") == INTRO


@pytest.mark.parametrize("tag", ["div", "section"])
def test_the_next_story_loaded_under_this_one_is_left_out(tag: str) -> None:
    story = "".join(f"<p>{text} {text}</p>" for text in UPDATES)
    following = "".join(f"<p>{text} {text}</p>" for text in INTRO)
    html = (
        "<html><head><title>Coast road closed</title></head><body>"
        "<nav><a href='/'>Home</a></nav><main>"
        f"<{tag} class='post'><h1>Coast road closed</h1><p>By Ann Lee</p>{story}</{tag}>"
        f"<{tag} class='post'><h1>Gifts for gardeners</h1><p>By Bo Chan</p>{following}</{tag}>"
        "</main></body></html>"
    )
    body = body_of(read(html))
    assert all(text in body for text in UPDATES)
    assert not any(text in body for text in INTRO)


def test_a_story_with_a_headline_over_each_part_is_kept_whole() -> None:
    # Parts of one story in boxes of their own, only the first under an <h1>.
    parts = "".join(
        f"<div class='part'><h2>Part {i}</h2><p>{text} {text}</p></div>"
        for i, text in enumerate(UPDATES[1:], start=2)
    )
    html = (
        "<html><head><title>Coast road closed</title></head><body><main>"
        f"<div class='part'><h1>Coast road closed</h1><p>{UPDATES[0]}</p></div>{parts}"
        "</main></body></html>"
    )
    body = body_of(read(html))
    assert all(text in body for text in UPDATES)


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("Follow The Coast Courier on Instagram and X for the latest flood updates.", True),
        ("Follow Ann Lee on Threads.", True),
        ("Our flood guide is free for every reader: click here to read it.", True),
        ("Contributing: Jo Park and the Coast Wire news agency", True),
        ("Reprinted by permission of Harbour Press. Excerpted from Tides, by Ann Lee.", True),
        ("Contributing to the repairs, the council set aside two million for the wall.", False),
        ("Editor's Note: This story was reported before the flood wall was checked.", True),
        ("Clarification: The gauge is run by the harbour board, not the council.", True),
        ("This story originally appeared in the Harbour Times and is republished here.", True),
        ("A version of this article was published in our spring print issue.", True),
        ("You're reading the Coast Briefing. Sign up to get it in your inbox.", True),
        ("This story ran against the odds: the council had expected no flood at all.", False),
        ("Waiting for your permission to load the map of the flooded streets.", True),
        (
            "This video is hosted by Example Tube. To show you this content, we need your "
            "consent to the use of cookies.",
            True,
        ),
        ("This document is subject to copyright. No part may be reproduced.", True),
        ("Keep our coast reporting going by giving us as little as $2 a month.", True),
        ("Help keep our journalism free for every reader on the coast.", True),
        ("Image 4 of 11", True),
        ("Photo 2 of / 9", True),
        ("3 / 12", True),
        ("Of the 12 pumps, 3 of 12 were working by noon on the harbour road.", False),
        ("The harbour board said it needed the owners' permission to open the sheds.", False),
        ("Volunteers say donations as little as $5 bought sandbags for a street.", False),
        (
            "Residents follow the river on Instagram, where a gauge posts its level every hour.",
            False,
        ),
    ],
)
def test_prompts_and_credit_lines_are_furniture(line: str, furniture: bool) -> None:
    html = (
        "<html><head><title>Coast road closed</title></head><body><article>"
        "<h1>Coast road closed</h1>"
        + "".join(f"<p>{text}</p>" for text in UPDATES)
        + f"<p>{line}</p></article></body></html>"
    )
    assert (line not in body_of(read(html))) is furniture


def test_a_standfirst_beside_the_headline_and_its_picture_is_no_caption() -> None:
    html = (
        "<html><head><title>Coast road closed</title></head><body>"
        "<div class='head'><h1>Coast road closed</h1><img src='flood.jpg' alt=''>"
        "<p>The river rose above the flood wall overnight.</p></div>"
        "<div class='story'>" + "".join(f"<p>{text}</p>" for text in UPDATES) + "</div>"
        "</body></html>"
    )
    body = body_of(read(html))
    assert body.startswith("The river rose above the flood wall overnight.\n\n")


def offers_page(items: list[str]) -> str:
    listed = "".join(f"<li><a href='/go/{i}'>{item}</a></li>" for i, item in enumerate(items))
    return (
        "<html><head><title>Winter sales</title></head><body><article>"
        "<h1>The best early winter sales</h1>"
        + "".join(f"<p>{p}</p>" for p in INTRO)
        + f"<p>Harbour Books</p><ul>{listed}</ul>"
        + "".join(f"<p>{text}</p>" for _, text in ITEMS)
        + "</article></body></html>"
    )


def test_a_list_of_linked_offers_in_a_shopping_article_is_its_text() -> None:
    items = [
        "30% off the coast walking guide, now $14 (was $20)",
        "Tide tables for 2026, half price at $6",
        "Waterproof map case, 25 per cent off",
        "Free delivery on every order this week",
    ]
    body = body_of(read(offers_page(items)))
    assert all(item in body for item in items)
    assert "Harbour Books" in body


def test_a_list_of_linked_headlines_is_no_list_of_offers() -> None:
    items = [
        "Council approves the new harbour wall",
        "Ferry fares rise to $5 from January",
        "Volunteers clear the allotments before the frost",
        "Storm warning for the islands tonight",
    ]
    body = body_of(read(offers_page(items)))
    assert not any(item in body for item in items)


def test_offers_in_lists_of_one_under_each_shop_are_the_articles_text() -> None:
    shops = {
        "Harbour Books": "Up to 40 per cent off maps and guides",
        "Quay Outdoor": "$20 off waterproof jackets",
        "North Pier Kitchen": "25% off cast iron pans this week",
    }
    listed = "".join(
        f"<p>{shop}</p><ul><li><a href='/go/{i}'>{offer}</a></li></ul>"
        for i, (shop, offer) in enumerate(shops.items())
    )
    html = (
        "<html><head><title>Winter sales</title></head><body><article>"
        "<h1>The best early winter sales</h1>"
        + "".join(f"<p>{p}</p>" for p in INTRO)
        + listed
        + "</article></body></html>"
    )
    body = body_of(read(html))
    assert all(shop in body and offer in body for shop, offer in shops.items())


def test_more_stories_with_short_titles_and_long_summaries_do_not_draw_the_body() -> None:
    more = "".join(
        f"<li><h3><a href='/story/{i}'>{name}</a></h3><p>{text}</p></li>"
        for i, (name, text) in enumerate(ITEMS)
    )
    html = (
        "<html><head><title>Coast road closed</title></head><body><main>"
        "<h1>Coast road closed</h1>"
        + "".join(f"<p>{text}</p>" for text in UPDATES[:2])
        + f"</main><section><h2>More stories</h2><ul>{more}</ul></section></body></html>"
    )
    body = body_of(read(html))
    assert body.split("\n\n") == UPDATES[:2]


GLOSSARY = [
    "Flood wall: a barrier of concrete or steel built along a river bank to hold back the water "
    "when the river rises above its usual level, as it did on the coast road this week.",
    "Tide gauge: an instrument at the harbour that records the height of the water every few "
    "minutes, so that engineers can see how fast a flood is rising or falling.",
    "Storm surge: the rise of the sea above the predicted tide, pushed by strong winds and low "
    "pressure, which adds to the height of a river flood at its mouth.",
]


def test_a_box_of_a_few_long_paragraphs_named_as_a_sidebar_is_left_out() -> None:
    story = [f"{text} {text}" for text in [*UPDATES, *INTRO, *(t for _, t in ITEMS)]]
    box = "<div class='story-sidebar'><h3>Words to know</h3>" + "".join(
        f"<p>{text}</p>" for text in GLOSSARY
    )
    html = (
        "<html><head><title>Coast road closed</title></head><body><article>"
        "<h1>Coast road closed</h1><div class='story-body'>"
        + "".join(f"<p>{text}</p>" for text in story[:4])
        + box
        + "</div>"
        + "".join(f"<p>{text}</p>" for text in story[4:])
        + "</div></article></body></html>"
    )
    body = body_of(read(html))
    assert all(text in body for text in story)
    assert not any(text in body for text in GLOSSARY)


def test_an_items_name_beside_its_shop_buttons_titles_its_description() -> None:
    cards = "".join(
        f"<div class='entry'><div class='card'><h3>{name}</h3>"
        f"<figure><img src='i{i}.jpg' alt=''><figcaption>Garden Shop</figcaption></figure>"
        f"<div><a href='/buy/{i}'>Buy at Garden Shop</a></div>"
        f"<div><a href='/buy/x{i}'>Buy at Seed Store</a></div></div><p>{text}</p></div>"
        for i, (name, text) in enumerate(ITEMS)
    )
    html = (
        "<html><head><title>Gifts for gardeners</title></head><body><article>"
        "<h1>Gifts for gardeners under 30 dollars</h1>"
        + "".join(f"<p>{p}</p>" for p in INTRO)
        + f"<div class='gift-list'>{cards}</div></article></body></html>"
    )
    body = body_of(read(html))
    assert body.split("\n\n") == [*INTRO, *(part for item in ITEMS for part in item)]


def test_a_line_announcing_an_embed_left_out_goes_with_it() -> None:
    embed = "<div class='video'><a href='/v/9'>Play video</a></div>"
    html = (
        "<html><head><title>Coast road closed</title></head><body><article>"
        "<h1>Coast road closed</h1>"
        + "".join(f"<p>{text}</p>" for text in UPDATES[:2])
        + f"<p>Watch the mayor's briefing on the flood here:</p>{embed}"
        + "".join(f"<p>{text}</p>" for text in UPDATES[2:])
        + "</article></body></html>"
    )
    assert body_of(read(html)).split("\n\n") == UPDATES


def test_a_line_with_a_colon_over_the_storys_prose_stays() -> None:
    html = (
        "<html><head><title>Coast road closed</title></head><body><article>"
        "<h1>Coast road closed</h1>"
        + "".join(f"<p>{text}</p>" for text in UPDATES[:2])
        + "<p>The mayor gave residents three pieces of advice:</p>"
        + "".join(f"<p>{text}</p>" for text in UPDATES[2:])
        + "</article></body></html>"
    )
    assert "The mayor gave residents three pieces of advice:" in body_of(read(html))


def test_a_list_of_market_prices_is_no_list_of_offers() -> None:
    items = ["Gold $2,031", "Oil $78.40", "Bitcoin $42,100", "Silver $24.15"]
    body = body_of(read(offers_page(items)))
    assert not any(item in body for item in items)


@pytest.mark.parametrize(
    ("subtitle", "kept"),
    [
        ("The river rose above the flood wall for the first time in twenty years.", True),
        ("What the flood means for the coast road", False),
    ],
)
def test_a_sentence_set_as_a_heading_under_the_headline_is_the_standfirst(
    subtitle: str, kept: bool
) -> None:
    html = (
        "<html><head><title>Coast road closed</title></head><body>"
        f"<div class='head'><h1>Coast road closed</h1><h2>{subtitle}</h2></div>"
        "<div class='story'>" + "".join(f"<p>{text}</p>" for text in UPDATES) + "</div>"
        "</body></html>"
    )
    assert (subtitle in body_of(read(html))) is kept


GUIDE_ITEMS = [
    (
        "Walnut chopping board",
        "A heavy walnut board that will last for decades if it is oiled now and then, and "
        "which looks handsome enough to serve cheese on at the table. It is large enough "
        "for a whole loaf and a pile of vegetables at once.",
    ),
    (
        "Enamel coffee pot",
        "This stovetop pot makes eight cups and keeps them hot on the lowest flame, which "
        "suits a slow weekend breakfast better than any machine we have tried so far. The "
        "enamel chips if dropped, so keep it off a tiled floor.",
    ),
    (
        "Linen tea towels",
        "A set of three towels in washed linen that dry glasses without leaving lint and get "
        "softer with every wash, in colours that hide the odd stain rather well. They fold "
        "small enough to post in an ordinary envelope.",
    ),
    (
        "Brass bottle opener",
        "A solid opener that hangs on a hook by the fridge, heavy enough to feel like a tool "
        "rather than a trinket, and engraved on request for a small extra charge. It darkens "
        "with use, which most owners come to like.",
    ),
    (
        "Clay herb pots",
        "Three unglazed pots on a shared saucer, sized for a kitchen windowsill and sold with "
        "seeds for basil, parsley and chives that sprout within a fortnight. The saucer keeps "
        "water off the sill, and the pots stack when empty.",
    ),
    (
        "Cast iron griddle",
        "A flat griddle that sits across two burners, for pancakes on a Sunday or flatbreads "
        "on a weeknight, and which only gets better the more it is used. It needs drying at "
        "once after washing, or a little rust appears.",
    ),
    (
        "Olive wood spoons",
        "Four spoons carved from the prunings of old olive groves, each a slightly different "
        "shape, smooth enough for non-stick pans and pretty enough to hang on the wall. Oil "
        "them twice a year and they will not crack.",
    ),
    (
        "Glass storage jars",
        "Six jars with clip lids and rubber seals that keep flour, rice and coffee fresh for "
        "months, and that let the cook see at a glance what is running low. The seals can be "
        "bought separately when they perish.",
    ),
    (
        "Recipe notebook",
        "A cloth-bound notebook with tabbed sections and a pocket for clippings, for the "
        "family recipes that only live in someone's head at the moment. The paper takes ink "
        "well and lies flat when open on the counter.",
    ),
    (
        "Stoneware butter dish",
        "A lidded dish in speckled stoneware that keeps a block of butter soft enough to "
        "spread without letting it melt, even in a warm kitchen in summer. It goes in the "
        "dishwasher, though the glaze lasts longer if washed by hand.",
    ),
]
GUIDE_ADVICE = [
    "Think first about how the person cooks: a keen baker will use a good board every "
    "day, while someone who rarely cooks may prefer something pretty for the table.",
    "Check the shipping dates before you order, since small makers often stop taking "
    "orders a week or more before the holidays begin, and couriers slow down too.",
]


def test_a_guides_advice_after_its_long_list_of_items_is_kept() -> None:
    # The list of items holds nearly all the prose; the advice after it sits
    # in a box of its own beside the list, in the same article.
    items = "".join(
        f"<div><h3>{name}</h3><p>{text}</p><div><a href='/go/{i}'>Buy now</a></div></div>"
        for i, (name, text) in enumerate(GUIDE_ITEMS)
    )
    advice = "<h2>How to choose</h2>" + "".join(f"<p>{p}</p>" for p in GUIDE_ADVICE)
    html = (
        "<html><head><title>Kitchen gifts</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/gifts'>Gifts</a></nav><article>"
        f"<h1>Kitchen gifts</h1><div><div>{items}</div><div>{advice}</div></div></article>"
        "<aside><ul><li><a href='/a'>Best kettles</a></li><li><a href='/b'>Best pans</a>"
        "</li></ul></aside></body></html>"
    )
    body = body_of(read(html))
    assert all(text in body for _, text in GUIDE_ITEMS)
    assert all(paragraph in body for paragraph in GUIDE_ADVICE)


def test_a_wrappers_link_lists_beside_the_story_still_narrow_it() -> None:
    # Beside the story, in the same wrapper: a list of links and a short
    # line of prose; the wrapper adds clutter, and the story is read alone.
    story = "".join(f"<p>{text}</p>" for _, text in GUIDE_ITEMS)
    links = "".join(f"<li><a href='/more/{i}'>Another gift idea {i}</a></li>" for i in range(12))
    note = "<p>Our team tests every product in its own kitchen before it is listed here.</p>"
    html = (
        "<html><head><title>Kitchen gifts</title></head><body><div>"
        f"<div><h1>Kitchen gifts</h1>{story}</div><div><ul>{links}</ul>{note}</div>"
        "</div></body></html>"
    )
    body = body_of(read(html))
    assert "Another gift idea" not in body
    assert "Our team tests" not in body


def test_an_authors_box_after_the_story_does_not_widen_it() -> None:
    # No class names: after the story, in the same wrapper, a box of short
    # lines (a date, share buttons, the name) around one paragraph of biography.
    story = "".join(f"<p>{text}</p>" for _, text in GUIDE_ITEMS)
    bio = (
        "Since joining the magazine, Ines has reported from markets, workshops and kitchens "
        "across the north, and has written two books on regional cooking. Before that she "
        "ran a small catering business and taught evening classes in bread making."
    )
    more = "She lives by the sea with two dogs, a vegetable patch and far too many old cookbooks."
    box = (
        "<div><div>03-14-2024</div><div>Share</div>"
        "<h3>About the author</h3><div>Ines</div><div>Varga</div>"
        f"<p>{bio}</p><p>{more}</p><div>Share</div></div>"
    )
    html = (
        "<html><head><title>Kitchen gifts</title></head><body><main>"
        f"<h1>Kitchen gifts</h1><div><div>{story}</div>{box}</div></main></body></html>"
    )
    body = body_of(read(html))
    assert bio not in body
    assert more not in body
    assert all(text in body for _, text in GUIDE_ITEMS)


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Published 9:15 AM EST Mar 3, 2024", True),
        ("POSTED: March 3, 2024 at 9:15 am | UPDATED: March 3, 2024 at 11:02 am", True),
        ("3 Mar, 2024 09:15", True),
        ("Updated Mar. 3, 2024", True),
        ("March 3, 2024", False),
        ("Sunday, March 3, 2024", False),
        ("(Published Sunday, March 3, 2024)", False),
        ("The road reopened at 9:15 on March 3, the council said.", False),
    ],
)
def test_a_timestamp_line_is_no_part_of_the_story(line: str, stamp: bool) -> None:
    # No class says it is a date: the line's words do.
    html = (
        "<html><head><title>Coast road closed</title></head><body><article>"
        f"<h1>Coast road closed</h1><div>{line}</div>"
        + "".join(f"<p>{text}</p>" for text in UPDATES)
        + "</article></body></html>"
    )
    assert (line not in body_of(read(html))) is stamp


TAKEAWAYS = [
    "The coast road will stay shut until the council has checked every culvert under it.",
    "Buses will run a longer route through the hills, adding twenty minutes to the trip.",
    "Residents can claim the cost of sandbags back from the council until the end of May.",
]


@pytest.mark.parametrize("headline", ["<h1>Coast road closed</h1>", ""], ids=["h1", "no h1"])
def test_key_points_in_a_box_named_like_a_byline_open_the_story(headline: str) -> None:
    # "label-meta" reads as a byline's class; the box holds sentences, which
    # no byline does.
    points = "".join(f"<li>{point}</li>" for point in TAKEAWAYS)
    html = (
        "<html><head><title>Coast road closed</title></head><body><article>"
        f"{headline}<div class='summary label-meta'><h2>Takeaways</h2><ul>{points}</ul></div>"
        "<div class='entry-content'>"
        + "".join(f"<p>{text}</p>" for text in UPDATES)
        + "</div></article></body></html>"
    )
    assert body_of(read(html)).split("\n\n") == [*TAKEAWAYS, *UPDATES]


def test_a_byline_box_listing_names_stays_out() -> None:
    people = "".join(
        f"<li>{name}</li>" for name in ["Ana Lopes, coast reporter", "Tom Reed, photographer"]
    )
    html = (
        "<html><head><title>Coast road closed</title></head><body><article>"
        f"<h1>Coast road closed</h1><div class='byline'><ul>{people}</ul></div>"
        + "".join(f"<p>{text}</p>" for text in UPDATES)
        + "</article></body></html>"
    )
    assert body_of(read(html)).split("\n\n") == UPDATES
