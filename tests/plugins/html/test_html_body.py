"""The article body of HTML pages: boilerplate left out, structure kept."""

from __future__ import annotations

import lxml.etree
import lxml.html
import pytest

import newsmodel
from newsmodel import BlockKind, Document, RawSource
from newsmodel_html import newsmodel_read

PROSE = [
    "The city council voted on Tuesday to expand the bus network to the northern suburbs, "
    "after months of debate over the cost of the new routes.",
    "Supporters said the plan would cut commuting times by a third for thousands of residents "
    "who now rely on two or three connections to reach the centre.",
    "Opponents argued that the money would be better spent on repairing the existing fleet, "
    "much of which is more than fifteen years old and often breaks down.",
    "The first new routes are expected to open next spring, the council said in a statement "
    "released after the vote.",
]


def page(article: str, *, before: str = "", after: str = "", head: str = "") -> str:
    """A small news page: the article between whatever surrounds it."""
    return (
        f"<!doctype html><html lang='en'><head><title>Council expands buses</title>{head}</head>"
        f"<body>{before}<article><h1>Council expands buses</h1>{article}</article>{after}"
        "</body></html>"
    )


def paragraphs() -> str:
    return "".join(f"<p>{p}</p>" for p in PROSE)


def read(html: str, url: str | None = None) -> Document:
    document = newsmodel_read(source=RawSource(data=html.encode(), url=url, name="page.html"))
    assert document is not None
    return document


def kinds(document: Document) -> list[tuple[BlockKind, str]]:
    return [(b.kind, document.text[b.start : b.end]) for b in document.blocks]


def test_the_article_paragraphs_are_the_body() -> None:
    document = read(page(paragraphs()))
    assert [text for _, text in kinds(document)] == PROSE
    assert all(kind is BlockKind.PARAGRAPH for kind, _ in kinds(document))


def test_the_headline_is_not_repeated_in_the_body() -> None:
    assert "Council expands buses" not in read(page(paragraphs())).text


BOILERPLATE = {
    "navigation": "<nav><a href='/'>Home</a> <a href='/world'>World</a> <a href='/sport'>Sport</a></nav>",
    "menu": "<div class='main-menu'><a href='/a'>Politics</a> <a href='/b'>Business</a></div>",
    "footer": "<footer><p>Copyright 2025 Example Media. All rights reserved worldwide.</p></footer>",
    "sidebar": "<div id='sidebar'><p>Weather today: sunny spells with a light breeze in the afternoon.</p></div>",
    "aside": "<aside><p>Our correspondent also covers transport policy across the whole region.</p></aside>",
    "share": "<div class='share-buttons'><a href='#'>Share on Facebook</a> <a href='#'>Share on X</a></div>",
    "social": "<ul class='socialLinks'><li><a href='#'>Follow us on Instagram</a></li></ul>",
    "advertisement": "<div class='ad-slot'><p>Advertisement: the best mortgage rates are here for you.</p></div>",
    "sponsored": "<div class='sponsored-content'><p>Sponsored: ten gadgets every traveller needs this year.</p></div>",
    "related": (
        "<div class='related-articles'><h3>Related</h3><ul><li><a href='/x'>Train fares to rise "
        "again</a></li><li><a href='/y'>Cycle lanes open downtown</a></li></ul></div>"
    ),
    "most read": (
        "<section class='most-read'><h2>Most read</h2><ol><li><a href='/1'>Mayor resigns after "
        "scandal</a></li><li><a href='/2'>Storm hits coast</a></li></ol></section>"
    ),
    "comments": (
        "<div id='comments'><p>I have been waiting for this bus route for years, finally the "
        "council listens to us.</p><p>What a waste of money, nobody will ever ride those buses "
        "at all.</p><p>The fares are too high already and this will only make them higher for "
        "everyone.</p></div>"
    ),
    "newsletter": "<div class='newsletter-signup'><p>Sign up for our morning briefing, delivered daily.</p></div>",
    "paywall": "<div class='paywall-prompt'><p>Subscribe now to keep reading unlimited articles.</p></div>",
    "cookie banner": (
        "<div class='cookie-consent'><p>We use cookies to improve your experience on our "
        "site.</p><button>Accept</button></div>"
    ),
    "hidden": "<div style='display: none'><p>Hidden teaser text that readers never see at all.</p></div>",
    "aria hidden": "<div aria-hidden='true'><p>Decorative text for screen readers to skip.</p></div>",
    "script": "<script>var tracking = 'pageview counter script text';</script>",
    "form": "<form action='/search'><label>Search the site for more news stories</label></form>",
    "breadcrumbs": "<ol class='breadcrumb'><li><a href='/'>Home</a></li><li><a href='/local'>Local</a></li></ol>",
    "tags": "<div class='article-tags'><a href='/t/buses'>Buses</a> <a href='/t/council'>Council</a></div>",
    "byline": "<div class='byline'>By Jane Doe, Transport Correspondent</div>",
}  # fmt: skip


def _visible_text(markup: str) -> str:
    root = lxml.etree.fromstring(f"<div>{markup}</div>", lxml.etree.HTMLParser())
    return " ".join(lxml.etree.tostring(root, method="text", encoding="unicode").split())


@pytest.mark.parametrize("kind", sorted(BOILERPLATE))
@pytest.mark.parametrize("where", ["inside", "outside"])
def test_boilerplate_is_left_out(kind: str, where: str) -> None:
    markup = BOILERPLATE[kind]
    prose = paragraphs()
    if where == "inside":
        # Between the second and third paragraphs of the article itself.
        middle = prose.index("<p>Opponents")
        html = page(prose[:middle] + markup + prose[middle:])
    else:
        html = page(prose, before=markup, after=markup)
    document = read(html)
    body = document.text
    for paragraph in PROSE:
        assert paragraph in body
    boilerplate = _visible_text(markup)
    if boilerplate:
        assert boilerplate not in body


def test_boilerplate_inside_the_article_is_kept_as_debris() -> None:
    middle = paragraphs().index("<p>Opponents")
    share = "<div class='share-tools'><a href='#'>Share this story</a></div>"
    document = read(page(paragraphs()[:middle] + share + paragraphs()[middle:]))
    assert ("share", "Share this story") in [(d.kind, d.text) for d in document.debris]


def test_link_lists_inside_the_article_are_left_out() -> None:
    links = (
        "<ul>"
        + "".join(f"<li><a href='/{i}'>Another story {i}</a></li>" for i in range(5))
        + "</ul>"
    )
    document = read(page(paragraphs() + links))
    assert "Another story" not in document.text


def test_teasers_of_other_articles_are_left_out() -> None:
    teasers = "".join(
        f"<div class='card'><h3><a href='/s{i}'>Headline of another story number {i}</a></h3>"
        f"<p>A summary of that other story, long enough to look like prose on its own, "
        f"number {i} in a list that follows the article.</p></div>"
        for i in range(6)
    )
    html = page(paragraphs(), after=f"<div class='more'>{teasers}</div>")
    assert "summary of that other story" not in read(html).text


def test_a_boilerplate_word_on_the_articles_own_container_does_not_drop_it() -> None:
    html = (
        "<html><body><nav><a href='/'>Home</a></nav>"
        f"<div class='promo-layout'>{paragraphs()}</div></body></html>"
    )
    assert read(html).text.split("\n\n") == PROSE


def test_container_states_are_not_boilerplate() -> None:
    html = f"<html><body><div class='content has-sidebar'>{paragraphs()}</div></body></html>"
    assert read(html).text.split("\n\n") == PROSE


def test_headings_blockquotes_lists_and_captions_keep_their_kind() -> None:
    article = (
        f"<p>{PROSE[0]}</p>"
        "<h2>What happens next</h2>"
        f"<p>{PROSE[1]}</p>"
        "<blockquote><p>We listened to the riders.</p></blockquote>"
        "<aside class='pullquote'>It will change how people get to work.</aside>"
        "<figure><img src='bus.jpg'><figcaption>A new bus on a test drive.</figcaption></figure>"
        "<p class='photo-credit'>Photo: City Council</p>"
        "<ul><li>Route 12 to Northgate</li><li>Route 14 to the airport</li></ul>"
        f"<p>{PROSE[2]}</p>"
        "<pre>route  stops\n12     18</pre>"
        "<table><tr><th>Route</th><th>Stops</th></tr><tr><td>12</td><td>18</td></tr></table>"
        f"<p>{PROSE[3]}</p>"
    )
    found = kinds(read(page(article)))
    assert (BlockKind.HEADING, "What happens next") in found
    assert (BlockKind.BLOCKQUOTE, "We listened to the riders.") in found
    assert (BlockKind.BLOCKQUOTE, "It will change how people get to work.") in found
    assert (BlockKind.CAPTION, "A new bus on a test drive.") in found
    assert (BlockKind.CAPTION, "Photo: City Council") in found
    assert (BlockKind.LIST_ITEM, "Route 12 to Northgate") in found
    assert (BlockKind.LIST_ITEM, "Route 14 to the airport") in found
    assert (BlockKind.PREFORMATTED, "route  stops\n12     18") in found
    assert (BlockKind.TABLE, "Route | Stops") in found
    assert (BlockKind.TABLE, "12 | 18") in found
    # Article order is kept.
    texts = [text for _, text in found]
    assert texts.index(PROSE[0]) < texts.index("What happens next") < texts.index(PROSE[3])


@pytest.mark.parametrize(
    "class_",
    ["pull-quote", "article__pull-quote--left", "PullQuote", "wp-block-pullquote"],
)
def test_a_pull_quote_is_read_by_its_class(class_: str) -> None:
    quote = "It will change how people get to work."
    article = f"<p>{PROSE[0]}</p><div class='{class_}'>{quote}</div>" + "".join(
        f"<p>{p}</p>" for p in PROSE[1:]
    )
    assert (BlockKind.BLOCKQUOTE, quote) in kinds(read(page(article)))


@pytest.mark.parametrize(
    "class_",
    # A float, a grid column's order and a style for the quotes inside: no pull quote.
    ["col-md-8 pull-right", "col-sm-9 col-sm-pull-3", "entry blockquote-style-2"],
)
def test_a_container_whose_class_mentions_quotes_or_pulls_holds_paragraphs(class_: str) -> None:
    html = page(
        f"<div class='{class_}'>"
        + paragraphs()
        + "".join(f"<p>{p}</p>" for p in MORE_PROSE)
        + "</div>"
    )
    found = kinds(read(html))
    assert found == [(BlockKind.PARAGRAPH, p) for p in PROSE + MORE_PROSE]


def test_captions_are_not_part_of_the_article_body() -> None:
    article = paragraphs() + "<figure><figcaption>A new bus on a test drive.</figcaption></figure>"
    article_obj = newsmodel.parse(page(article), format="html")
    assert "A new bus on a test drive." in article_obj.text
    assert "A new bus on a test drive." not in article_obj.body


def test_line_breaks_split_paragraphs() -> None:
    html = "<html><body><div>" + "<br><br>".join(PROSE) + "</div></body></html>"
    assert read(html).text.split("\n\n") == PROSE


def test_a_single_line_break_stays_inside_the_paragraph() -> None:
    html = f"<html><body><p>{PROSE[0]}<br>{PROSE[1]}</p>{paragraphs()}</body></html>"
    assert f"{PROSE[0]}\n{PROSE[1]}" in read(html).text


def test_inline_markup_and_entities_flow_into_the_paragraph() -> None:
    html = page(
        "<p>The <b>council</b> voted &amp; the <a href='/m'>mayor</a> said &ldquo;yes&rdquo;, "
        "and the buses, which are <em>new</em>, will run from the spring onwards every day.</p>"
        + paragraphs()
    )
    assert (
        "The council voted & the mayor said “yes”, and the buses, which are new, will run from "
        "the spring onwards every day." in read(html).text
    )


def test_json_ld_article_body_is_used_when_the_markup_has_none() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Buses", '
        '"articleBody": "' + "\\n\\n".join(PROSE) + '"}</script>'
    )
    html = f"<html><head>{ld}</head><body><div id='app'>Loading…</div></body></html>"
    assert read(html).text.split("\n\n") == PROSE


def test_json_ld_article_body_does_not_replace_a_good_markup_body() -> None:
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"articleBody": "A short teaser."}</script>'
    )
    assert read(page(paragraphs(), head=ld)).text.split("\n\n") == PROSE


def test_microdata_article_body_is_preferred_to_a_longer_list_of_teasers() -> None:
    teasers = "".join(
        f"<li><p>Another long teaser paragraph about a different subject entirely, number {i}, "
        f"with enough words to look like article prose to a naive extractor.</p></li>"
        for i in range(12)
    )
    html = (
        "<html><body><div class='layout'>"
        f"<div itemprop='articleBody'>{paragraphs()}</div>"
        f"<ul class='stream'>{teasers}</ul></div></body></html>"
    )
    assert read(html).text.split("\n\n") == PROSE


# -- containers judged by their content, not by a word in their class ----------

MORE_PROSE = [
    "Bus drivers' unions welcomed the decision but warned that staffing would have to rise "
    "before any of the new timetables could be kept reliably through the winter months.",
    "A consultation on the exact stops will run until the end of March, and residents can "
    "send their comments by post or at any of the public meetings in the town hall.",
    "The transport committee will publish its final report in the summer, together with an "
    "estimate of how many passengers the extended routes are expected to carry each day.",
]


def bare(body: str, *, around: str = "") -> str:
    """A page with no semantic <article>: only class names say what is what."""
    return (
        "<!doctype html><html lang='en'><head><title>Council expands buses</title></head>"
        f"<body><nav><a href='/'>Home</a> <a href='/local'>Local</a></nav>{body}{around}"
        "</body></html>"
    )


@pytest.mark.parametrize(
    "wrapper",
    [
        "<div id='comments-wrapper'>{}</div>",
        "<div class='not-a-paywall'>{}</div>",
        "<div class='story__content-and-sidebar'>{}</div>",
        "<section class='sponsored'>{}</section>",
        "<div class='sidebar-layout hidden-print visible-lg'>{}</div>",
    ],
)
def test_a_misnamed_container_is_read_for_its_prose(wrapper: str) -> None:
    sidebar = (
        "<div class='sidebar'><ul>"
        + "".join(f"<li><a href='/{i}'>Popular story number {i}</a></li>" for i in range(6))
        + "</ul></div>"
    )
    body = wrapper.format("<h1>Council expands buses</h1>" + paragraphs() + sidebar)
    document = read(bare(body))
    assert document.text.split("\n\n") == PROSE


SHORT_STORY = [
    "The lighthouse on Gull Point will open to visitors on weekends from May, the trust "
    "that looks after it said on Monday.",
    "Volunteers have repainted the lamp room and fitted a handrail to the spiral stair, "
    "which had been closed since a storm damaged it.",
]


@pytest.mark.parametrize("word", ["sidebar", "comments", "related-wrap", "promo-box", "hidden"])
def test_a_short_story_misnamed_is_read_when_nothing_outside_boilerplate_is_prose(
    word: str,
) -> None:
    # A story of two short paragraphs (under the margin a misnamed container
    # must otherwise win by) in a container named by a boilerplate word.
    story = "".join(f"<p>{p}</p>" for p in SHORT_STORY)
    body = f"<div class='{word}'><h1>Lighthouse to reopen</h1>{story}</div>"
    assert read(bare(body)).text.split("\n\n") == SHORT_STORY


def test_a_short_story_misnamed_outweighs_an_address_line() -> None:
    # Outside boilerplate, only a line of the site's address: the short story
    # named as comments is the page's text (the line may come along with it).
    more = "The trust hopes to welcome school groups on weekdays once the stair is inspected."
    story = "".join(f"<p>{p}</p>" for p in [*SHORT_STORY, more])
    address = (
        "<div class='site-info'><p>Gull Point Trust - Harbour Road 12 - Saltmarsh - "
        "registered charity number 1234567 - open daily</p></div>"
    )
    body = f"<div class='comments'><h1>Lighthouse to reopen</h1>{story}</div>{address}"
    text = read(bare(body)).text
    assert all(paragraph in text for paragraph in SHORT_STORY)


def test_a_real_comment_section_beside_the_article_stays_out() -> None:
    comments = (
        "<div id='comments'><h3>12 comments</h3>"
        + "".join(
            f"<div class='comment'><a href='/u/{i}'>reader{i}</a> <span>2 hours ago</span>"
            f"<p>I agree with this, comment number {i}.</p><a href='#'>Reply</a></div>"
            for i in range(8)
        )
        + "</div>"
    )
    document = read(page(paragraphs(), after=comments))
    assert document.text.split("\n\n") == PROSE


def test_the_rest_of_a_story_hidden_until_a_script_shows_it_is_read() -> None:
    shown = f"<div class='subscriber-preview'><p>{PROSE[0]}</p><p>{PROSE[1]}</p></div>"
    hidden = "".join(
        f"<div class='subscriber-only' style='display:none'><p>{p}</p></div>"
        for p in PROSE[2:] + MORE_PROSE
    )
    document = read(page(shown + hidden))
    assert document.text.split("\n\n") == PROSE + MORE_PROSE


def test_paragraphs_each_classed_as_boilerplate_are_read_together() -> None:
    paywalled = "".join(f"<p class='paywall'>{p}</p>" for p in PROSE[1:] + MORE_PROSE)
    document = read(page(f"<p>{PROSE[0]}</p>" + paywalled))
    assert document.text.split("\n\n") == PROSE + MORE_PROSE


# More of the story, for pages where the hidden part must outweigh what shows.
LATER_PROSE = [
    "Cyclists' groups asked for racks on the new buses, and the council said it would "
    "test two designs on the longest of the routes before deciding.",
    "The northern suburbs have grown by a fifth in ten years, the council's planning "
    "department said, and most of the new homes are far from a railway station.",
    "A second vote, on fares for the new routes, is expected before the end of the financial year.",
    "Shopkeepers on the high street said they hoped the buses would bring more customers "
    "from the suburbs, where many residents now drive to out-of-town retail parks.",
    "The council's finance director told members that the cost would be met from the "
    "transport budget for the next three years, without any rise in local taxes.",
    "Residents of the eastern districts asked why their own routes had not been "
    "included, and the council promised to review them in the autumn.",
    "Two of the new routes will run through the night at weekends, a first for the city "
    "outside its centre, the transport committee's chair said after the meeting.",
    "The regional government, which pays for a share of the city's transport, said it "
    "would study the plan before deciding whether to contribute to the cost.",
    "Work on the new shelters and timetable boards is due to begin in January, weather "
    "permitting, starting with the stops closest to the hospital.",
    "The council will report on passenger numbers on the new routes after their first "
    "six months of service.",
]


def test_a_misnamed_container_of_paragraphs_each_misnamed_is_read() -> None:
    # The container's word ("comments") and each paragraph's ("paywall")
    # are both wrong: the content, judged a level at a time, is the story.
    story = "".join(f"<div class='paywall'><p>{p}</p></div>" for p in PROSE + MORE_PROSE)
    sidebar = "<div class='sidebar'><p><a href='/a'>Popular</a> <a href='/b'>Latest</a></p></div>"
    body = f"<div class='comments-area'><h1>Council expands buses</h1>{story}</div>{sidebar}"
    document = read(bare(body))
    assert document.text.split("\n\n") == PROSE + MORE_PROSE


SALE_PROSE = [
    "The winter sales have started early this year, and several of the larger department "
    "stores have already cut the prices of their kitchen and garden ranges by a third.",
    "Shoppers looking for a new kettle or toaster will find the best offers online, where "
    "the stores say their stock of small appliances is larger than in their shops.",
    "Outdoor furniture is also marked down, since the stores want to clear the summer ranges "
    "before the new collections arrive in the spring, as they do every year.",
    "Prices may change quickly over the first days of the sale, so it is worth checking "
    "again before buying, and keeping the receipt in case a price falls further.",
    "Some of the smaller shops in the high street have joined in as well, with discounts "
    "on books, toys and clothing that last until the end of the first week of January.",
    "Consumer groups advise comparing prices across several stores first, because a few "
    "of the advertised reductions are measured against prices that were never charged.",
]


def _offers(start: int) -> str:
    return (
        "<ul>"
        + "".join(
            f"<li><a href='/deal/{n}'>Example Brand model {n} appliance, now half price at the "
            f"Example Store online shop</a></li>"
            for n in range(start, start + 6)
        )
        + "</ul>"
    )


@pytest.mark.parametrize("word", ["comments", "hidden"])
def test_a_shopping_story_of_many_links_misnamed_is_read(word: str) -> None:
    # The story's offers make most of its text links, and its container is
    # named as boilerplate: it still holds all the page's long paragraphs,
    # so it is the story, not the short boxes of other stories beside it.
    story = "".join(f"<p>{p}</p>{_offers(i * 10)}" for i, p in enumerate(SALE_PROSE))
    others = (
        "<div class='more'><article><h4>Garden</h4><p>The best deals on garden tools this "
        "week, from hoses to lawnmowers.</p></article><article><h4>Kitchen</h4><p>Our pick "
        "of the cheapest coffee machines in the sales this week.</p></article></div>"
    )
    body = f"<div class='{word}'><h1>Winter sales start early</h1>{story}</div>{others}"
    text = read(bare(body)).text
    assert all(p in text for p in SALE_PROSE)


def test_a_story_hidden_whole_until_a_script_shows_it_is_read() -> None:
    # The page shows only a promotion until a script reveals the story: the
    # hidden story far outweighs it, and is the article.
    promo = (
        "<div class='top'><div class='welcome'><p>Our weekend magazine brings you the best of "
        "the arts, food and travel writing from around the region, with new recipes every "
        "week.</p><p>Readers who join this month receive a free guide to the walking trails "
        "of the northern hills, with maps, photographs and the stories of the villages.</p>"
        "<p>Members also get early tickets to our summer festival of ideas, where writers "
        "and readers meet every year in the old market hall by the river.</p></div></div>"
    )
    story = (
        "<article class='hidden'><h1>Council expands buses</h1>"
        + "".join(f"<p>{p}</p>" for p in PROSE + MORE_PROSE + LATER_PROSE)
        + "</article>"
    )
    document = read(bare(f"<main>{promo}{story}</main>"))
    assert document.text.split("\n\n") == PROSE + MORE_PROSE + LATER_PROSE


def test_a_story_shown_as_one_short_teaser_reads_its_hidden_rest() -> None:
    # The visible teaser is too short to be the story; the hidden rest,
    # though it does not sit beside the teaser's paragraph, is the story.
    teaser = "".join(f"<p>{p}</p>" for p in PROSE[:2])
    rest = "".join(f"<p>{p}</p>" for p in PROSE[2:] + MORE_PROSE)
    document = read(
        page(
            f"<div class='intro'><div class='lede'>{teaser}</div></div><div class='hidden'>{rest}</div>"
        )
    )
    assert document.text.split("\n\n") == PROSE + MORE_PROSE


def test_a_hidden_appeal_beside_the_story_stays_out() -> None:
    appeal = (
        "<div class='support-box'><div class='support-box__message hidden'>"
        "<p>Independent journalism needs your support more than ever before, and every "
        "contribution, however small, keeps our reporting free for everyone to read.</p>"
        "<p>Our reporters spend weeks on investigations that hold the powerful to account, "
        "and we cannot keep doing it without readers who chip in every month.</p>"
        "<p>Support us today with a donation of any size; it takes only a minute.</p>"
        "</div></div>"
    )
    middle = paragraphs().index("<p>Opponents")
    document = read(page(paragraphs()[:middle] + appeal + paragraphs()[middle:]))
    assert document.text.split("\n\n") == PROSE


def test_a_hidden_copy_of_the_story_is_not_read_twice() -> None:
    copy = f"<div style='display:none'><p>{' '.join(PROSE)}</p></div>"
    document = read(page(paragraphs() + copy))
    assert document.text.split("\n\n") == PROSE


def test_a_link_heavy_paragraph_written_as_sentences_is_kept() -> None:
    linked = (
        "<p>The plan follows <a href='/a'>a report by the regional transport authority</a> "
        "and <a href='/b'>a petition signed by nine thousand residents</a> of the northern "
        "districts.</p>"
    )
    links = "<ul>" + "".join(f"<li><a href='/{i}'>Another story {i}</a></li>" for i in range(5))
    document = read(page(paragraphs() + linked + links + "</ul>"))
    assert "a petition signed by nine thousand residents of the northern districts." in (
        document.text
    )
    assert "Another story" not in document.text


def test_a_short_linked_sentence_between_paragraphs_of_prose_is_kept() -> None:
    linked = (
        "<p><a href='/p/ward'>Councillor Ward</a> <a href='/t/vote'>voted against</a> the "
        "<a href='/t/plan'>plan</a>.</p>"
    )
    cross = "<p><a href='/buses'>Read all our reports on the buses here.</a></p>"
    html = page(
        f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p>{linked}<p>{PROSE[2]}</p>{cross}<p>{PROSE[3]}</p>"
    )
    text = read(html).text
    assert "Councillor Ward voted against the plan." in text
    assert "Read all our reports" not in text


def test_a_page_wrapper_with_a_little_prose_outside_the_story_is_not_the_article() -> None:
    promo = (
        "<div class='promo-strip'><p>Our weekend magazine has the best of the arts, food "
        "and travel writing.</p></div>"
    )
    html = (
        "<html><body><div class='page'><div class='story-body'>"
        + paragraphs()
        + "".join(f"<p>{p}</p>" for p in MORE_PROSE)
        + f"</div>{promo}</div></body></html>"
    )
    document = read(html)
    assert document.text.split("\n\n") == PROSE + MORE_PROSE


# -- over-extraction inside the article container ------------------------------


def body_of(document: Document) -> str:
    """The body as Article.body gives it: the blocks except captions."""
    text = document.text
    return "\n\n".join(
        text[b.start : b.end] for b in document.blocks if b.kind is not BlockKind.CAPTION
    )


def test_a_caption_outside_figure_is_a_caption() -> None:
    photo = (
        "<div class='media-box'><img src='bus.jpg' alt=''>"
        "<div class='media-box__text'>A new electric bus on the route to Northfield.</div>"
        "<span class='media-box__credit'>Photo: City Transport</span></div>"
    )
    middle = paragraphs().index("<p>Opponents")
    document = read(page(paragraphs()[:middle] + photo + paragraphs()[middle:]))
    assert body_of(document).split("\n\n") == PROSE
    captions = [
        document.text[b.start : b.end] for b in document.blocks if b.kind is BlockKind.CAPTION
    ]
    assert "A new electric bus on the route to Northfield." in captions


def test_a_short_paragraph_beside_a_large_image_in_the_body_stays_prose() -> None:
    body = "<img src='map.png' alt=''>" + paragraphs()
    assert body_of(read(page(body))).split("\n\n") == PROSE


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "If you buy something through links in this story, we may earn a commission.",
        "SEE ALSO: Train fares rise again in the new year",
        "Read more: How the city plans its bus routes",
        "Sign up for our free morning newsletter to get the day's top stories.",
        "Follow us on Instagram for more local news.",
        "© 2025 Example Media Group. All rights reserved.",
        "We use cookies to improve your experience. By continuing you agree to our use of them.",
        "SIGN UP: Get the morning briefing delivered to your inbox.",
    ],
)
def test_site_furniture_lines_inside_the_article_are_left_out(line: str) -> None:
    middle = paragraphs().index("<p>Opponents")
    document = read(page(paragraphs()[:middle] + f"<p>{line}</p>" + paragraphs()[middle:]))
    assert body_of(document).split("\n\n") == PROSE


def test_a_sentence_that_merely_mentions_advertising_stays() -> None:
    line = (
        "<p>The council will also spend money on advertisement boards at every new stop, "
        "the transport director said, and on a campaign to follow the new routes.</p>"
    )
    document = read(page(paragraphs() + line))
    assert "advertisement boards" in body_of(document)


def test_summaries_of_other_articles_in_a_list_are_left_out() -> None:
    items = "".join(
        f"<li><div class='item'><a href='/story/{i}'>Other headline number {i} about trains</a> "
        f"<a href='/writer/{i}'>A. Writer</a> <time>May {i + 1}, 2025</time></div>"
        f"<p>A summary of another story, number {i}, that is long enough to read as a "
        "sentence of prose in its own right.</p></li>"
        for i in range(4)
    )
    document = read(page(paragraphs() + f"<ul class='items'>{items}</ul>"))
    assert body_of(document).split("\n\n") == PROSE


def test_an_author_biography_at_the_end_is_debris() -> None:
    bio = (
        "<p>Jane Doe is a transport reporter at the Daily Example. Reach her at "
        "jane.doe@example.com.</p>"
    )
    head = "<meta name='author' content='Jane Doe'>"
    document = read(page(paragraphs() + bio, head=head))
    assert body_of(document).split("\n\n") == PROSE
    assert any(d.text.startswith("Jane Doe is a transport reporter") for d in document.debris)


def test_a_biography_by_first_name_under_the_authors_credit_line_is_debris() -> None:
    # The author's box at the end, its classes no help: the name run into the
    # role, then a biography that opens with the first name and names no role.
    box = (
        "<p>Tomas ReyHome and garden writer</p>"
        "<p>Tomas has been testing kettles, toasters and garden tools for readers since "
        "2019, and before that ran a hardware shop in his home town for ten years.</p>"
    )
    head = "<meta name='author' content='Tomas Rey'>"
    document = read(page(paragraphs() + box, head=head))
    assert body_of(document).split("\n\n") == PROSE
    assert any(d.text.startswith("Tomas has been testing") for d in document.debris)


def test_a_paragraph_opening_with_a_name_mid_article_stays() -> None:
    middle = (
        "<p>Jane Doe is a bus driver who has worked the northern routes for twenty years, "
        "and she said the change was overdue.</p>"
    )
    rest = "".join(f"<p>{p}</p>" for p in PROSE[1:])
    document = read(page(f"<p>{PROSE[0]}</p>" + middle + rest))
    assert "Jane Doe is a bus driver" in body_of(document)


def test_a_prose_paragraph_with_an_ad_word_in_its_class_stays() -> None:
    middle = paragraphs().index("<p>Opponents")
    odd = (
        "<p class='ad-free-paragraph'>Several residents at the meeting asked for later evening "
        "services, saying the last buses leave the centre far too early for the shift workers "
        "of the hospital and the factories.</p>"
    )
    document = read(page(paragraphs()[:middle] + odd + paragraphs()[middle:]))
    assert "Several residents at the meeting asked for later evening services" in body_of(document)


def test_other_articles_inside_the_container_are_left_out() -> None:
    story = "<article class='story'>" + paragraphs() + "</article>"
    others = "".join(
        f"<article class='post'><p>Another post, number {i}, with a sentence long enough to "
        "count as prose on any page of this kind.</p></article>"
        for i in range(5)
    )
    html = f"<html><body><div class='column'>{story}<div class='more'>{others}</div></div></body></html>"
    assert read(html).text.split("\n\n") == PROSE


def test_the_story_in_an_article_beside_a_stream_of_small_posts_is_kept() -> None:
    story = "<article class='entry'><p>" + " ".join(PROSE) + "</p></article>"
    stream = "".join(
        f"<article class='teaser'><p>A short post, number {i}, to be read elsewhere.</p></article>"
        for i in range(6)
    )
    html = f"<html><body><div class='column'>{story}<section>{stream}</section></div></body></html>"
    assert read(html).text == " ".join(PROSE)


def test_a_front_page_of_teasers_reads_as_its_teasers() -> None:
    items = "".join(
        f"<li><h3><a href='/story/{i}'>Headline of story number {i}</a></h3>"
        f"<p>The summary of story number {i}, long enough to be read as a sentence of "
        "prose by anyone.</p></li>"
        for i in range(5)
    )
    document = read(f"<html><body><ul class='stream'>{items}</ul></body></html>")
    assert "The summary of story number 0" in document.text
    assert "The summary of story number 4" in document.text


# -- the lead set apart from the rest of the story -------------------------------

LEAD = (
    "The harbour ferries will stop running at midnight on Friday, the port authority said, "
    "ending a service that has crossed the bay for ninety years."
)
STORY = [
    f"Paragraph {n} of the ferry story goes on about timetables, crews and the cost of fuel, "
    "which the authority says has doubled since the boats were last refitted in the spring."
    for n in range(1, 15)
]


def lead_page(*, highlight: str = "") -> str:
    """A headline in its own box, the lead in another, an advertisement, then the rest."""
    return (
        "<html><body><nav><a href='/'>Home</a> <a href='/local'>Local</a></nav>"
        "<div class='top'><div class='headline-box'><h1>Ferries to stop at midnight</h1>"
        "<p>The last crossing leaves the north pier at eleven.</p></div></div>"
        f"<div class='story'>{highlight}<div class='opening'><p>{LEAD}</p></div>"
        "<div class='ad-slot'><p>Advertisement</p></div>"
        "<div class='story-rest'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div></div>"
        "<footer><p>Copyright Example Media.</p></footer></body></html>"
    )


def test_a_lead_set_apart_from_the_rest_of_the_story_is_kept() -> None:
    text = read(lead_page()).text
    assert LEAD + "\n\n" + STORY[0] in text
    assert all(p in text for p in STORY)
    assert "Advertisement" not in text


def test_a_standfirst_in_the_headlines_box_opens_the_body() -> None:
    text = read(lead_page()).text
    assert text.startswith("The last crossing leaves the north pier at eleven.\n\n" + LEAD)


def test_boxes_nested_in_the_byline_box_do_not_part_the_lead_from_its_headline() -> None:
    # The byline box holds a box of its own per contributor: walked in case
    # a misnamed container holds them, they are still one box under the headline.
    notes = "".join(
        f"<div class='author'><p>Contributor number {i} wrote about the harbour and its ferries.</p></div>"
        for i in range(14)
    )
    html = lead_page().replace(
        "<div class='story'>",
        f"<div class='byline'><p>By the harbour desk.</p>{notes}</div><div class='story'>",
    )
    text = read(html).text
    assert text.startswith("The last crossing leaves the north pier at eleven.\n\n" + LEAD)
    assert "Contributor number" not in text


def _text(html: str) -> str:
    return "".join(str(t) for t in lxml.html.fromstring(html).itertext())


HEADER_STANDFIRST = (
    "The harbour authority says the late boats lose money every night and the crews are "
    "needed for the morning runs."
)


def test_a_standfirst_in_the_articles_header_opens_the_body() -> None:
    # A <header> holding the headline: its prose under the headline is the
    # story's standfirst; its byline and date are not the story.
    header = (
        "<header><h1>Ferries to stop at midnight</h1>"
        f"<p>{HEADER_STANDFIRST}</p><p>By Ana Lopes</p><p>March 3, 2024</p></header>"
    )
    story = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        "<html><head><title>Ferries to stop at midnight</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav>"
        f"<article>{header}<div class='story-body'>{story}</div></article></body></html>"
    )
    assert read(html).text.split("\n\n") == [HEADER_STANDFIRST, *STORY]


def test_a_site_header_without_the_headline_is_not_read() -> None:
    site = (
        "<header><p>The Harbour Gazette: independent news for the coast and the islands "
        "since 1898, every morning.</p></header>"
    )
    story = "".join(f"<p>{p}</p>" for p in STORY)
    html = (
        "<html><head><title>Ferries to stop at midnight</title></head><body>"
        f"{site}<article><h1>Ferries to stop at midnight</h1>{story}</article></body></html>"
    )
    assert read(html).text.split("\n\n") == STORY


def summary_page(standfirst: str, *, description: str | None = None) -> str:
    """A headline and a short standfirst in a header, a trust box of many lines, then the story."""
    described = description if description is not None else _text(standfirst)
    trust = "".join(f"<div><span>Reason {i} to trust us</span></div>" for i in range(14))
    return (
        "<html><head><title>Ferries to stop at midnight</title>"
        f"<meta name='description' content='{described}'></head><body>"
        f"<div class='top'><h1>Ferries to stop at midnight</h1>{standfirst}</div>"
        f"<aside>{trust}</aside>"
        "<div class='story'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div></body></html>"
    )


@pytest.mark.parametrize(
    "standfirst",
    [
        # Short and without a full stop: no prose by its shape alone.
        "<p>Ninety years of crossings end this week</p>",
        # A subheading without a full stop.
        "<h2>The port authority blames the cost of fuel and a shortage of crews</h2>",
    ],
)
def test_a_standfirst_the_metadata_gives_as_the_summary_opens_the_body(standfirst: str) -> None:
    text = read(summary_page(standfirst)).text
    assert text.startswith(_text(standfirst) + "\n\n" + STORY[0])


def test_a_summary_standfirst_far_below_the_headline_still_opens_the_body() -> None:
    # Many boxes between the headline and the story: the standfirst sits right under
    # the headline, the story after a box of many lines.
    html = (
        summary_page("<p>Ninety years of crossings end this week</p>")
        .replace("<aside>", "<div class='story-extra'>")
        .replace("</aside>", "</div>")
    )
    assert read(html).text.startswith("Ninety years of crossings end this week")


def test_a_summary_standfirst_cut_short_in_the_metadata_opens_the_body() -> None:
    html = summary_page(
        "<p>Ninety years of crossings end this week as the last boat is sold</p>",
        description="Ninety years of crossings end this week as the...",
    )
    assert read(html).text.startswith("Ninety years of crossings end this week as the last")


@pytest.mark.parametrize(
    ("standfirst", "description"),
    [
        # A line that is not the page's summary.
        ("<p>Ninety years of crossings end this week</p>", "The bay loses its ferry service."),
        # The summary, but as a link to elsewhere.
        (
            "<p><a href='/older'>Ninety years of crossings end this week</a></p>",
            "Ninety years of crossings end this week",
        ),
    ],
)
def test_a_short_line_under_the_headline_that_is_no_summary_stays_out(
    standfirst: str, description: str
) -> None:
    text = read(summary_page(standfirst, description=description)).text
    assert "Ninety years" not in text
    assert text.startswith(STORY[0])


def test_a_summary_that_is_the_storys_first_paragraph_is_not_repeated_above_it() -> None:
    # The description repeats the first paragraph, and a box under the headline shows it too.
    html = summary_page(f"<p>{STORY[0]}</p>", description=STORY[0])
    assert read(html).text.count(STORY[0]) == 1


def test_a_summary_in_a_box_of_other_boilerplate_under_the_headline_stays_out() -> None:
    html = summary_page(
        "<div class='share-tools'><p>Ninety years of crossings end this week</p></div>"
    )
    assert "Ninety years" not in read(html).text


def test_a_highlight_repeating_the_story_is_not_taken_for_the_lead() -> None:
    highlight = f"<div class='highlights'><p>{STORY[3]}</p></div>"
    assert read(lead_page(highlight=highlight)).text.count(STORY[3]) == 1


# -- linked subheadings ----------------------------------------------------------


def test_a_linked_name_over_the_storys_prose_is_a_subheading() -> None:
    article = (
        f"<p>{PROSE[0]}</p>"
        "<h2><a href='https://example.org/harbour-cafe'>Harbour Cafe</a></h2>"
        "<h3>12 Quay Street</h3>"
        f"<p>{PROSE[1]}</p>"
        "<h2><a href='https://example.org/north-bakery'>North Bakery</a></h2>"
        f"<p>{PROSE[2]}</p>"
        f"<p>{PROSE[3]}</p>"
    )
    found = kinds(read(page(article)))
    assert (BlockKind.HEADING, "Harbour Cafe") in found
    assert (BlockKind.HEADING, "North Bakery") in found


@pytest.mark.parametrize(
    "heading",
    [
        "Read more: Bus drivers vote to strike over pay",
        "Why are the trams always late in the winter months?",
        "Mayor opens the new station after years of delays and cost overruns",
    ],
)
def test_a_linked_headline_of_another_story_is_no_subheading(heading: str) -> None:
    article = (
        f"<p>{PROSE[0]}</p><p>{PROSE[1]}</p>"
        f"<h3><a href='/other-story'>{heading}</a></h3>"
        f"<p>{PROSE[2]}</p><p>{PROSE[3]}</p>"
    )
    assert heading not in read(page(article)).text
