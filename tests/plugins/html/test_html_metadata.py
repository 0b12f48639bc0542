"""Page metadata: each source of title, authors, dates, address, site, language and tags."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsmodel import ArticleDate, DateOrigin, DateValue, Document, Precision, RawSource
from newsmodel_html import newsmodel_read
from newsmodel_html._dates import quick_day

BODY = (
    "<p>The city council voted on Tuesday to expand the bus network to the northern suburbs, "
    "after months of debate over the cost of the new routes and the timetable.</p>"
    "<p>Supporters said the plan would cut commuting times by a third for thousands of "
    "residents who now rely on two or three connections to reach the centre.</p>"
)


def read(
    head: str = "", body: str = BODY, *, url: str | None = None, html_attrs: str = ""
) -> Document:
    html = f"<html{html_attrs}><head>{head}</head><body><article>{body}</article></body></html>"
    document = newsmodel_read(source=RawSource(data=html.encode(), url=url, name="page.html"))
    assert document is not None
    return document


def ld(**fields: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def meta(key: str, content: str, attr: str = "name") -> str:
    return f'<meta {attr}="{key}" content="{content}">'


# -- title ---------------------------------------------------------------------


def test_title_from_json_ld_headline_first() -> None:
    head = ld(headline="Council expands buses") + meta("og:title", "Other", "property")
    assert read(head).title == "Council expands buses"


def test_title_from_json_ld_in_a_graph() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Example News"},
        {"@type": ["NewsArticle"], "headline": "Council expands buses"},
    ]}  # fmt: skip
    head = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    assert read(head).title == "Council expands buses"


def test_title_from_open_graph() -> None:
    assert (
        read(meta("og:title", "Council expands buses", "property")).title == "Council expands buses"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Council expands buses | Example News",
        "Council expands buses - Example News",
        "Example News: Council expands buses",
        "Council expands buses — EXAMPLE NEWS",
    ],
)
def test_site_name_is_removed_from_the_title(title: str) -> None:
    head = f"<title>{title}</title>" + meta("og:site_name", "Example News", "property")
    assert read(head).title == "Council expands buses"


def test_site_name_from_the_address_is_removed_from_the_title() -> None:
    head = "<title>Council expands buses - ExampleNews.com</title>"
    assert read(head, url="https://www.examplenews.com/story").title == "Council expands buses"


def test_title_part_matching_the_h1_is_the_title() -> None:
    head = "<title>Buses | Local | The Daily Example</title>"
    assert read(head, "<h1>Buses</h1>" + BODY).title == "Buses"


def test_a_dash_inside_the_title_stays() -> None:
    head = "<title>Buses - and trams - for the north</title>"
    assert read(head).title == "Buses - and trams - for the north"


def test_title_from_h1_when_nothing_else() -> None:
    assert read("", "<h1>Council expands buses</h1>" + BODY).title == "Council expands buses"


# -- authors -------------------------------------------------------------------


def test_authors_from_json_ld_people_not_organisations() -> None:
    head = ld(author=[
        {"@type": "Person", "name": "Jane Doe"},
        {"@type": "Person", "name": "John Smith"},
        {"@type": "Organization", "name": "Example Newsroom"},
    ])  # fmt: skip
    assert read(head).authors == ("Jane Doe", "John Smith")


def test_author_from_json_ld_string() -> None:
    assert read(ld(author="By Jane Doe")).authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("key", "attr"),
    [
        ("author", "name"),
        ("article:author", "property"),
        ("parsely-author", "name"),
        ("sailthru.author", "name"),
        ("dc.creator", "name"),
    ],
)
def test_author_from_meta(key: str, attr: str) -> None:
    assert read(meta(key, "Jane Doe", attr)).authors == ("Jane Doe",)


def test_author_meta_that_is_an_address_is_not_a_name() -> None:
    head = meta("article:author", "https://www.facebook.com/janedoe", "property")
    assert read(head).authors == ()


def test_the_company_a_copyright_notice_names_beside_the_writer_is_no_author() -> None:
    head = (
        meta("copyright", "Copyright (c) Harrow Lane 2025")
        + meta("author", "Harrow Lane")
        + meta("article:author", "Jane Doe", "property")
    )
    assert read(head).authors == ("Jane Doe",)


def test_a_blogger_who_holds_the_copyright_stays_the_author() -> None:
    head = meta("copyright", "© 2025 Jane Doe") + meta("author", "Jane Doe")
    assert read(head).authors == ("Jane Doe",)


def test_author_from_rel_author_link() -> None:
    body = "<p class='info'>Story by <a rel='author' href='/staff/jd'>Jane Doe</a></p>" + BODY
    assert read("", body).authors == ("Jane Doe",)


def byline_page(header: str, *, after: str = "") -> str:
    """A page whose header, far above the story's box, holds the byline."""
    nested = "<div><div><div><div class='story'>" + BODY + after + "</div></div></div></div>"
    return (
        "<html><head><title>Council expands buses</title></head><body>"
        f"<div class='top'><h1>Council expands buses</h1>{header}</div>"
        f"<main><div class='wrap'>{nested}</div></main></body></html>"
    )


def read_page(html: str) -> Document:
    document = newsmodel_read(source=RawSource(data=html.encode(), name="page.html"))
    assert document is not None
    return document


@pytest.mark.parametrize(
    "href", ["/author/jane-doe", "/contributors/jane-doe", "/writers/jane-doe"]
)
def test_an_author_link_under_the_headline_far_from_the_story_names_the_author(
    href: str,
) -> None:
    # Other stories' author links below: the page's links do not all name one person.
    more = "".join(
        f"<li><a href='/story/{i}'>Another story number {i}</a> by "
        f"<a href='/author/{i}'>{name}</a></li>"
        for i, name in enumerate(("Ann Lee", "Tom Reed"))
    )
    html = byline_page(
        f"<div class='k1'>By <a href='{href}'>Jane Doe</a> on March 4, 2025</div>",
        after=f"<ul>{more}</ul>",
    )
    assert read_page(html).authors == ("Jane Doe",)


def test_an_author_link_just_over_the_headline_names_the_author() -> None:
    more = "".join(
        f"<li><a href='/story/{i}'>Another story number {i}</a> by "
        f"<a href='/author/{i}'>{name}</a></li>"
        for i, name in enumerate(("Ann Lee", "Tom Reed"))
    )
    html = byline_page("", after=f"<ul>{more}</ul>").replace(
        "<h1>", "<div class='k1'><a href='/author/jane-doe'>Jane Doe</a></div><h1>"
    )
    assert read_page(html).authors == ("Jane Doe",)


def test_a_link_to_a_page_about_a_person_under_the_headline_is_no_author() -> None:
    html = byline_page("<div class='k1'>Topics: <a href='/people/ann-lee'>Ann Lee</a></div>")
    assert read_page(html).authors == ()


def test_text_for_screen_readers_run_on_after_the_name_is_read_apart() -> None:
    byline = (
        "<div class='byline'><a href='/author/jdoe'>Jane Doe<span class='sr'>archive page</span>"
        "</a></div>"
    )
    assert read("", byline + BODY).authors == ("Jane Doe",)


def test_rel_author_links_of_other_stories_are_not_the_authors() -> None:
    # Co-authors each in a box of their own, side by side in the byline.
    byline = (
        "<div class='credits'><span>Story by <a rel='author' href='/staff/jd'>Jane Doe</a></span>"
        " <span>and <a rel='author' href='/staff/js'>John Smith</a></span></div>"
    )
    more = "".join(
        f"<li><a href='/story/{i}'>Another story about the harbour, number {i}</a> "
        f"<span>by <a rel='author' href='/staff/{i}'>{name}</a></span></li>"
        for i, name in enumerate(("Ann Lee", "Tom Reed"))
    )
    body = byline + BODY + f"<ul class='more'>{more}</ul>"
    assert read("", body).authors == ("Jane Doe", "John Smith")


@pytest.mark.parametrize(
    "byline",
    [
        # The box's text runs a section on after the name its author link gives.
        "<div class='byline'>By <a href='/author/jdoe'>Jane Doe</a> Harbour Life</div>",
        "<div class='byline'><a href='/author/jdoe'>Jane Doe</a> NORTHFIELD TODAY</div>",
    ],
)
def test_a_name_with_words_run_on_after_it_gives_way_to_the_name_alone(byline: str) -> None:
    assert read("", byline + BODY).authors == ("Jane Doe",)


def test_author_from_microdata() -> None:
    body = (
        "<div itemprop='author' itemscope itemtype='https://schema.org/Person'>"
        "<span itemprop='name'>Jane Doe</span></div>" + BODY
    )
    assert read("", body).authors == ("Jane Doe",)


@pytest.mark.parametrize(
    "byline",
    [
        "By Jane Doe and John Smith",
        "By JANE DOE and JOHN SMITH, Staff Writers",
        "Jane Doe, Senior Correspondent | John Smith, Reporter",
        "By Jane Doe &amp; John Smith | November 19, 2019 3:45 PM",
        "Analysis by Jane Doe, John Smith, Associated Press",
    ],
)
def test_authors_from_a_byline_element(byline: str) -> None:
    body = f"<div class='byline'>{byline}</div>" + BODY
    assert read("", body).authors == ("Jane Doe", "John Smith")


@pytest.mark.parametrize("outlet", ["Example News", "Reuters", "Associated Press", "Staff"])
def test_outlets_are_not_authors(outlet: str) -> None:
    head = meta("author", outlet) + meta("og:site_name", "Example News", "property")
    assert read(head).authors == ()


def test_json_ld_author_wins_over_the_byline() -> None:
    body = "<div class='byline'>By Someone Else</div>" + BODY
    assert read(ld(author={"@type": "Person", "name": "Jane Doe"}), body).authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("byline", "credit"),
    [
        ("<p class='byline'>By <a href='https://example.edu/'>University of Northland</a></p>",
         "University of Northland"),
        ("<p class='byline'>by Institute for Coastal Studies</p>", "Institute for Coastal Studies"),
        ("<div class='meta'><a href='/author/metro-desk'>Metro Desk</a></div>", "Metro Desk"),
        ("<span class='author-name'>By Harbour Sports Syndicate | May 4, 2021</span>",
         "Harbour Sports Syndicate"),
    ],
)  # fmt: skip
def test_a_visible_byline_that_credits_an_organisation(byline: str, credit: str) -> None:
    head = meta("og:site_name", "Example News", "property")
    assert read(head, byline + BODY).authors == (credit,)


@pytest.mark.parametrize(
    "byline",
    [
        "<p class='byline'>By Example News</p>",  # the site signs every page
        "<p class='byline'>By Associated Press</p>",  # an agency is the source, not the author
        "<p class='byline'>By AP</p>",
        "<p class='byline'>By Staff</p>",  # a role alone
        "<p class='byline'>By Staff Correspondent</p>",
        "<p class='byline'>By the newsroom</p>",  # no name's shape
        "<p class='byline'>By</p>",
        "<div class='author-box'><a class='author-social' href='https://social.example/jd'>"
        "Chirper</a></div>",  # a link in the author's box, not to an author's page
        "<p class='story-info'>By Harbour Sports Syndicate</p>",  # no byline box
    ],
)
def test_no_organisation_credit_without_a_named_byline(byline: str) -> None:
    head = meta("og:site_name", "Example News", "property")
    assert read(head, byline + BODY).authors == ()


def test_a_person_in_the_byline_wins_over_an_organisation() -> None:
    body = "<p class='byline'>By Jane Doe, Institute for Coastal Studies</p>" + BODY
    assert read("", body).authors == ("Jane Doe",)


def test_an_organisation_credit_only_in_metadata_is_no_author() -> None:
    head = ld(author={"@type": "Organization", "name": "Metro Desk"})
    assert read(head, "<p>Metro Desk</p>" + BODY).authors == ()


# -- dates ---------------------------------------------------------------------


def test_published_and_modified_from_json_ld_are_kept_apart() -> None:
    document = read(ld(datePublished="2019-11-19T08:41:00Z", dateModified="2019-11-20T10:00:00Z"))
    assert document.published is not None and document.updated is not None
    assert document.published.value.value == dt.datetime(2019, 11, 19, 8, 41, tzinfo=dt.UTC)
    assert document.updated.value.value == dt.datetime(2019, 11, 20, 10, 0, tzinfo=dt.UTC)
    assert document.published.origin is DateOrigin.METADATA


def test_dates_from_open_graph_article_tags() -> None:
    head = meta("article:published_time", "2019-11-19T08:41:00-05:00", "property") + meta(
        "article:modified_time", "2019-11-19T12:00:00-05:00", "property"
    )
    document = read(head)
    assert document.published is not None and document.updated is not None
    assert document.published.value.isoformat() == "2019-11-19T08:41:00-05:00"
    assert document.updated.value.isoformat() == "2019-11-19T12:00:00-05:00"


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("pubdate", "2019-11-19", "2019-11-19"),
        ("sailthru.date", "2019-11-19 08:41:00", "2019-11-19T08:41:00"),
        ("parsely-pub-date", "2019-11-19T08:41:00Z", "2019-11-19T08:41:00+00:00"),
        ("dc.date", "Tue, 19 Nov 2019", "2019-11-19"),
        ("date", "November 2019", "2019-11"),
        # An ambiguous zone abbreviation is dropped, without a warning.
        ("publishdate", "Tue, 19 Nov 2019 3:45 PM EST", "2019-11-19T15:45:00"),
        ("publish-date", "1574168580", "2019-11-19T13:03:00+00:00"),
    ],
)
def test_published_from_other_meta(key: str, value: str, expected: str) -> None:
    document = read(meta(key, value))
    assert document.published is not None
    assert document.published.value.isoformat() == expected


def test_published_from_itemprop() -> None:
    body = "<time itemprop='datePublished' datetime='2019-11-19'>Nov 19</time>" + BODY
    document = read("", body)
    assert document.published is not None
    assert document.published.value == DateValue.of(2019, 11, 19)
    assert document.published.origin is DateOrigin.METADATA


def test_modified_from_itemprop_is_not_the_publication_date() -> None:
    body = "<meta itemprop='dateModified' content='2019-11-20'>" + BODY
    document = read("", body, url="https://example.com/news/buses")
    assert document.published is None
    assert document.updated is not None and document.updated.value == DateValue.of(2019, 11, 20)


def test_published_from_a_time_element_in_the_article() -> None:
    body = "<p class='when'><time datetime='2019-11-19T08:41'>Tuesday</time></p>" + BODY
    document = read("", body)
    assert document.published is not None
    assert document.published.value.precision is Precision.TIME
    assert document.published.origin is DateOrigin.METADATA


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.com/2019/11/19/buses.html", DateValue.of(2019, 11, 19)),
        ("https://example.com/news/20191119/buses", DateValue.of(2019, 11, 19)),
        ("https://example.com/2019-11-19-buses", DateValue.of(2019, 11, 19)),
        ("https://example.com/blog/2019/11/buses/", DateValue.of(2019, 11)),
        ("https://example.com/world/2019/nov/19/buses", DateValue.of(2019, 11, 19)),
        ("https://example.com/2019/September/3/buses", DateValue.of(2019, 9, 3)),
    ],
)
def test_published_from_the_address(url: str, expected: DateValue) -> None:
    document = read(url=url)
    assert document.published is not None
    assert document.published.value == expected
    assert document.published.origin is DateOrigin.URL


def test_metadata_date_wins_over_the_address() -> None:
    document = read(ld(datePublished="2019-11-20"), url="https://example.com/2019/11/19/buses")
    assert document.published is not None
    assert document.published.value == DateValue.of(2019, 11, 20)
    assert document.published.origin is DateOrigin.METADATA


def test_published_from_a_dateline() -> None:
    body = (
        "<p>WASHINGTON, Nov. 19, 2019 /PRNewswire/ -- The city council voted on Tuesday to "
        "expand the bus network to the northern suburbs after months of debate.</p>" + BODY
    )
    document = read("", body)
    assert document.published is not None
    assert document.published.value == DateValue.of(2019, 11, 19)
    assert document.published.origin is DateOrigin.DATELINE


def test_no_date_anywhere() -> None:
    assert read(url="https://example.com/news/buses").published is None


# -- address, site, language, description, tags -----------------------------------


def test_canonical_url_is_made_absolute() -> None:
    head = '<link rel="canonical" href="/news/buses">'
    document = read(head, url="https://example.com/amp/news/buses?x=1")
    assert document.canonical_url == "https://example.com/news/buses"
    assert document.url == "https://example.com/amp/news/buses?x=1"


def test_canonical_url_from_open_graph() -> None:
    head = meta("og:url", "https://example.com/news/buses", "property")
    assert read(head).canonical_url == "https://example.com/news/buses"


def test_site_name_from_open_graph_then_json_ld_publisher() -> None:
    assert read(meta("og:site_name", "Example News", "property")).site_name == "Example News"
    head = ld(publisher={"@type": "Organization", "name": "Example Media"})
    assert read(head).site_name == "Example Media"


@pytest.mark.parametrize(
    ("head", "html_attrs", "expected"),
    [
        ("", " lang='en-GB'", "en-GB"),
        ("", " xml:lang='fr'", "fr"),
        ('<meta http-equiv="content-language" content="de">', "", "de"),
        ('<meta property="og:locale" content="pt_BR">', "", "pt-BR"),
        (
            '<script type="application/ld+json">{"@type": "Article", "inLanguage": "es"}</script>',
            "",
            "es",
        ),
        ("", " lang='not a language'", None),
    ],
)
def test_language(head: str, html_attrs: str, expected: str | None) -> None:
    assert read(head, html_attrs=html_attrs).language == expected


def test_description() -> None:
    head = meta("og:description", "Buses for the north.", "property") + meta("description", "Other")
    assert read(head).description == "Buses for the north."


def test_tags_from_article_tags() -> None:
    head = meta("article:tag", "Buses", "property") + meta("article:tag", "Council", "property")
    assert read(head).tags == ("Buses", "Council")


def test_tags_from_keywords_split_and_deduplicated() -> None:
    assert read(meta("keywords", "buses, council; Buses,transport")).tags == (
        "buses",
        "council",
        "transport",
    )


def test_tags_from_json_ld_keywords() -> None:
    assert read(ld(keywords=["buses", "council"])).tags == ("buses", "council")


def test_broken_json_ld_is_ignored() -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'
    head += "<title>Council expands buses</title>"
    assert read(head).title == "Council expands buses"


def test_json_ld_entities_are_decoded() -> None:
    assert read(ld(headline="Mayor&#8217;s buses &amp; trams")).title == "Mayor’s buses & trams"


# -- the title reconciled with the visible headline ----------------------------


def test_the_visible_h1_wins_over_differently_worded_metadata() -> None:
    head = (
        ld(headline="Northern suburbs to get new bus routes after long debate")
        + meta("og:title", "Buses for the north: what you need to know", "property")
        + "<title>Buses for the north | The Daily Example</title>"
    )
    assert read(head, "<h1>Council expands buses</h1>" + BODY).title == "Council expands buses"


def test_a_metadata_title_cut_with_an_ellipsis_gives_way_to_the_h1() -> None:
    full = "Council expands the bus network to the northern suburbs after a long debate"
    head = meta("og:title", "Council expands the bus network to the northern...", "property")
    assert read(head, f"<h1>{full}</h1>" + BODY).title == full


def test_a_headline_is_not_cut_at_its_colon() -> None:
    headline = "Buses: the council votes for seven new routes"
    head = f"<title>{headline} - The Daily Example</title>" + meta(
        "og:site_name", "The Daily Example", "property"
    )
    assert read(head).title == headline
    assert read(head, f"<h1>{headline}</h1>" + BODY).title == headline


def test_a_kicker_inside_the_h1_is_not_part_of_the_headline() -> None:
    headline = "The council was right to expand the buses"
    head = meta("og:title", headline, "property")
    body = f"<h1><span class='kicker'>Opinion</span> {headline}</h1>" + BODY
    assert read(head, body).title == headline


@pytest.mark.parametrize(
    "h1",
    [
        "<h1><a href='/opinion/'>Opinion</a> <span>Why the ferry must keep sailing</span></h1>",
        "<h1><div class='k'>Local |</div><span>Why the ferry must keep sailing</span></h1>",
    ],
)
def test_a_kicker_in_its_own_element_in_the_h1_is_left_out_without_metadata(h1: str) -> None:
    assert read("", h1 + BODY).title == "Why the ferry must keep sailing"


@pytest.mark.parametrize(
    ("h1", "title"),
    [
        # A word set apart inside the headline's own text.
        (
            "<h1><em>Harbour</em> ferry returns after repairs</h1>",
            "Harbour ferry returns after repairs",
        ),
        # A headline of few words after the first element.
        ("<h1><span>Ferry</span> <span>returns</span></h1>", "Ferry returns"),
    ],
)
def test_an_h1_without_a_kicker_stays_whole(h1: str, title: str) -> None:
    assert read("", h1 + BODY).title == title


def test_a_kicker_the_metadata_sets_apart_as_the_h1_does_is_left_out() -> None:
    head = meta("og:title", "Opinion | Why the ferry must keep sailing", "property")
    h1 = "<h1><span>Opinion</span> <span>Why the ferry must keep sailing</span></h1>"
    assert read(head, h1 + BODY).title == "Why the ferry must keep sailing"


def test_a_headline_that_opens_with_a_word_in_an_element_of_its_own_stays_whole() -> None:
    # The metadata gives the same words with no separator: no kicker.
    head = meta("og:title", "Harbour ferry returns after repairs", "property")
    h1 = "<h1><em>Harbour</em> <span>ferry returns after repairs</span></h1>"
    assert read(head, h1 + BODY).title == "Harbour ferry returns after repairs"


def h2_page(head: str, h2s: str) -> str:
    return f"<html><head>{head}</head><body><header><h1><img src='logo.png' alt=''></h1></header>{h2s}{BODY}</body></html>"


def test_an_h2_that_shows_the_title_is_the_headline_where_no_h1_does() -> None:
    # The metadata's title words its end otherwise; the <h2> is what readers see.
    head = meta("og:title", "Ferry is back: Harbour ferry returns | The Gazette", "property")
    h2s = "<h2>Latest news</h2><h2>Harbour ferry returns</h2>"
    assert read_page(h2_page(head, h2s)).title == "Harbour ferry returns"


def test_an_h2_that_completes_a_title_cut_short_is_the_headline() -> None:
    head = meta("og:title", "Harbour ferry returns after a winter of...", "property")
    h2s = "<h2>Harbour ferry returns after a winter of repairs and delays</h2>"
    assert read_page(h2_page(head, h2s)).title == (
        "Harbour ferry returns after a winter of repairs and delays"
    )


def test_an_h2_that_only_shares_words_with_the_title_is_no_headline() -> None:
    head = meta("og:title", "What the ferry costs the town each year", "property")
    h2s = "<h2>What the ferry costs</h2>"
    assert read_page(h2_page(head, h2s)).title == "What the ferry costs the town each year"


def test_an_h1_naming_the_site_is_not_the_headline() -> None:
    head = ld(headline="Council expands buses") + meta(
        "og:site_name", "The Daily Example", "property"
    )
    assert read(head, "<h1>The Daily Example</h1>" + BODY).title == "Council expands buses"


def test_of_several_h1s_the_one_sharing_words_with_the_metadata() -> None:
    head = meta("og:title", "Council expands buses to the north", "property")
    body = "<h1>Local news</h1><h1>Council expands the buses</h1>" + BODY
    assert read(head, body).title == "Council expands the buses"


# -- dates at the calendar date the page states --------------------------------


def test_a_utc_time_is_read_at_the_local_date_another_source_states() -> None:
    head = ld(datePublished="2025-03-14T02:30:00Z")
    body = "<time datetime='2025-03-13T22:30:00-04:00'>March 13, 10:30 PM EDT</time>" + BODY
    published = read(head, body).published
    assert published is not None
    assert published.value.date == dt.date(2025, 3, 13)


def test_a_utc_time_a_day_off_the_address_takes_the_addresss_date() -> None:
    head = meta("article:published_time", "2025-03-14T01:10:00Z", "property")
    published = read(head, url="https://news.example/2025/03/13/buses").published
    assert published is not None
    assert published.value.date == dt.date(2025, 3, 13)


@pytest.mark.parametrize("url", ["/2019/marketing/12/buses", "/2019/feb/30/buses"])
def test_no_date_from_an_address_without_one(url: str) -> None:
    assert read(url="https://example.com" + url).published is None


def test_a_utc_time_no_zone_puts_on_the_addresss_day_stands() -> None:
    # 17:10 UTC is the 14th from UTC-12 to UTC+6 and the 15th further east,
    # never the 13th: the address holds the day the story was first filed.
    head = meta("article:published_time", "2025-03-14T17:10:00Z", "property")
    published = read(head, url="https://news.example/2025/03/13/buses").published
    assert published is not None
    assert published.value.date == dt.date(2025, 3, 14)


def test_a_utc_time_without_another_source_stays_as_given() -> None:
    published = read(ld(datePublished="2025-03-14T01:10:00Z")).published
    assert published is not None
    assert published.value.date == dt.date(2025, 3, 14)


def test_published_is_kept_apart_from_modified() -> None:
    head = ld(datePublished="2025-03-10T09:00:00+01:00", dateModified="2025-03-12T18:00:00+01:00")
    document = read(head)
    assert document.published is not None and document.updated is not None
    assert document.published.value.date == dt.date(2025, 3, 10)
    assert document.updated.value.date == dt.date(2025, 3, 12)


def test_a_visible_date_in_the_byline_when_the_markup_has_none() -> None:
    byline = (
        "<div class='story-meta'><span class='author'>By Jane Doe</span>"
        "<span class='publish-date'>March 13, 2025</span></div>"
    )
    published = read("", byline + BODY).published
    assert published == ArticleDate(value=DateValue.of(2025, 3, 13), origin=DateOrigin.METADATA)


def test_a_visible_updated_date_gives_way_to_the_published_one() -> None:
    byline = (
        "<div class='dates'><span class='update-date'>Updated March 15, 2025</span>"
        "<span class='pub-date'>March 13, 2025</span></div>"
    )
    published = read("", byline + BODY).published
    assert published is not None
    assert published.value == DateValue.of(2025, 3, 13)


# -- visible bylines in the article's area ---------------------------------------


def test_a_visible_byline_in_the_article_area_names_the_authors() -> None:
    body = "<div class='story-authors'>BY Jane Doe, John Smith</div>" + BODY
    assert read("", body).authors == ("Jane Doe", "John Smith")


def test_a_link_to_an_author_page_names_the_author() -> None:
    body = "<p class='credit'><a href='/author/jdoe'>Jane Doe</a></p>" + BODY
    assert read("", body).authors == ("Jane Doe",)


def test_an_author_bio_is_not_a_byline() -> None:
    bio = (
        "<div class='author-bio'>Jane Doe covers transport for the paper and has "
        "written about buses since 2010.</div>"
    )
    assert read("", BODY + bio).authors == ()


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("ByJane Doe", ("Jane Doe",)),
        ("Jane DoePublished 13 March 2025", ("Jane Doe",)),
        ("By Jane Doe The Associated Press", ("Jane Doe",)),
        ("About the Author", ()),
        ("Jane Doe, Chief Technology Officer", ("Jane Doe",)),
        ("By Ursula von der Leyen", ("Ursula von der Leyen",)),
    ],
)
def test_byline_text_is_cleaned_to_names(byline: str, names: tuple[str, ...]) -> None:
    assert read("", f"<div class='byline'>{byline}</div>" + BODY).authors == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        # A name and the role set after it, their elements run together.
        ("By <a href='/people/jdoe'>Jane Doe</a><span>Staff Writer</span>", ("Jane Doe",)),
        ("<a href='/people/jdoe'>Jane Doe</a><span>Transport</span>", ("Jane Doe",)),
        # A name split over elements with a space stays one name.
        ("By <span>Jane</span> <span>Doe</span>", ("Jane Doe",)),
    ],
)
def test_byline_elements_run_together_are_read_apart(byline: str, names: tuple[str, ...]) -> None:
    assert read("", f"<div class='byline'>{byline}</div>" + BODY).authors == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Author: Jane Doe", ("Jane Doe",)),
        ("Authors Jane Doe and John Smith", ("Jane Doe", "John Smith")),
        ("<b>Author</b> Jane Doe <b>Date published</b> May 4, 2025", ("Jane Doe",)),
        ("Jane Doe Date: yesterday", ("Jane Doe",)),
        ("By Jane Doe for Harbourline", ("Jane Doe",)),
        ("By Jane Doe For The Harbour Gazette", ("Jane Doe",)),
        ("Jane Doe | Northfield Media Group for Example.com", ("Jane Doe",)),
        # "For" inside a name is no outlet.
        ("By Sam Forrest", ("Sam Forrest",)),
    ],
)
def test_byline_labels_and_the_outlet_written_for_are_no_names(
    byline: str, names: tuple[str, ...]
) -> None:
    assert read("", f"<div class='byline'>{byline}</div>" + BODY).authors == names


def test_the_byline_under_the_headline_wins_over_the_bylines_of_linked_stories() -> None:
    cards = "".join(
        f"<div class='card'><a href='/story/{i}'>Another story number {i} about the city</a>"
        f"<div class='card-byline'>by {name} 2 hours ago</div></div>"
        for i, name in enumerate(("Ann Lee", "Tom Reed"))
    )
    body = (
        "<h1>Council expands buses</h1>"
        "<div class='meta'><a href='/author/jdoe'>Jane Doe</a></div>"
        + BODY.replace("</p><p>", f"</p>{cards}<p>", 1)
    )
    assert read("", body).authors == ("Jane Doe",)


def test_an_author_typed_as_a_thing_in_json_ld_is_read_by_its_name() -> None:
    assert read(ld(author={"@type": "Thing", "name": "Jane Doe"})).authors == ("Jane Doe",)


def test_the_updated_date_is_the_stated_one_when_the_page_shows_only_it() -> None:
    head = ld(datePublished="2024-06-01T09:00:00+01:00", dateModified="2025-03-12T18:00:00+01:00")
    body = "<div class='article-meta'><span class='date'>Updated March 12, 2025</span></div>" + BODY
    document = read(head, body)
    assert document.published is not None and document.updated is not None
    assert document.published.value.date == dt.date(2025, 3, 12)
    assert document.updated.value.date == dt.date(2025, 3, 12)


def test_the_published_date_stays_when_the_page_shows_it() -> None:
    head = ld(datePublished="2025-03-10T09:00:00+01:00", dateModified="2025-03-12T18:00:00+01:00")
    body = (
        "<div class='article-meta'><time datetime='2025-03-10'>March 10, 2025</time>"
        "<span class='date'>Updated March 12, 2025</span></div>" + BODY
    )
    published = read(head, body).published
    assert published is not None
    assert published.value.date == dt.date(2025, 3, 10)


def test_a_utc_time_is_read_at_the_day_the_page_shows_beside_it() -> None:
    head = ld(datePublished="2025-03-14T03:00:00Z")
    body = "<p class='byline-date'>March 13, 2025</p>" + BODY
    published = read(head, body).published
    assert published is not None
    assert published.value.date == dt.date(2025, 3, 13)


def test_a_section_name_in_the_only_h1_is_not_the_headline() -> None:
    head = meta("og:title", "Council expands buses to the north", "property")
    assert read(head, "<h1>Transport</h1>" + BODY).title == "Council expands buses to the north"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Updated March 13, 2025, 9:41 AM", dt.date(2025, 3, 13)),
        ("Published 13th Mar. 2025", dt.date(2025, 3, 13)),
        ("2025-03-13T09:00:00Z", dt.date(2025, 3, 13)),
        ("Sept 1, 2024", dt.date(2024, 9, 1)),
    ],
)
def test_quick_day_reads_the_common_written_dates(text: str, day: dt.date) -> None:
    value = quick_day(text)
    assert value is not None
    assert value.date == day


@pytest.mark.parametrize("text", ["5 min read", "Feb 30, 2025", "Room 12, 2025 tickets", ""])
def test_quick_day_refuses_what_is_no_date(text: str) -> None:
    assert quick_day(text) is None


# The byline and date-class boxes are found by element loops; these XPaths say
# what the loops must find (the loops are faster, the answer is the same).
_BYLINE_SPEC = (
    "descendant-or-self::*[@rel='author' or contains(@class,'byline')"
    " or contains(@class,'author') or contains(@class,'Byline') or contains(@class,'Author')]"
)
_AREA_SPEC = (
    ".//*[(@rel='author' or contains(@class,'byline') or contains(@class,'Byline')"
    " or contains(@class,'author') or contains(@class,'Author')"
    " or (self::a and (contains(@href,'/author/') or contains(@href,'/authors/')"
    " or contains(@href,'/staff/') or contains(@href,'/byline/'))))"
    " and not(contains(@class,'bio') or contains(@class,'Bio') or contains(@class,'about')"
    " or contains(@class,'About') or contains(@class,'desc'))]"
)
_DATE_SPEC = (
    ".//*[contains(@class,'date') or contains(@class,'Date') or contains(@class,'time')"
    " or contains(@class,'Time') or contains(@class,'publish')]"
)
_BOXES = """
<div class="story-Byline top"><span class="author-name">Ines Varga</span>
  <a href="/staff/ines-varga">Ines</a> <a rel="author" href="/x">IV</a>
  <div class="author-bio">Ines writes about trains.</div>
  <div class="AuthorAbout">More</div><p class="byline-desc">Staff writer</p>
  <a href="/authors/">All</a><a href="/byline/iv" class="author">IV</a><a href="/news/1">News</a>
</div>
<header class="post-header"><time class="dateline">Monday</time>
  <span class="publishedDate">4 May</span><span class="readTime">3 min</span><span class="publish-info">on</span>
  <span class="TimeStamp">10:00</span><span class="updated">later</span><span>plain</span>
  <div class="meta"><span class="date">1</span><span class="date">2</span><span class="date">3</span></div>
</header>
"""


@pytest.mark.parametrize("limit", [1, 2, 5, 60])
def test_box_finders_match_their_xpaths(limit: int) -> None:
    import lxml.etree

    from newsmodel_html._metadata import _area_byline_elements, _byline_elements
    from newsmodel_html._parse import parse_html
    from newsmodel_html._read import _date_class_elements
    from newsmodel_html._walk import elements

    root = parse_html(f"<html><body><main>{_BOXES}</main></body></html>".encode())
    assert root is not None
    for scope in root.iter(lxml.etree.Element):
        assert _byline_elements(scope) == elements(scope.xpath(_BYLINE_SPEC))
        assert _area_byline_elements(scope, limit) == elements(scope.xpath(_AREA_SPEC))[:limit]
        assert _date_class_elements(scope, limit) == elements(scope.xpath(_DATE_SPEC))[:limit]
    # The page has every kind: the comparison above is not between empty lists.
    assert len(elements(root.xpath(_AREA_SPEC))) >= 5
    assert len(elements(root.xpath(_DATE_SPEC))) >= 5


# -- authors on sites nobody tuned for -------------------------------------------


def test_one_json_ld_person_naming_several_people_names_each() -> None:
    head = ld(author={"@type": "Person", "name": ["Jane Doe", "John Smith"]})
    assert read(head).authors == ("Jane Doe", "John Smith")


def test_a_contributor_credited_for_the_pictures_is_not_an_author() -> None:
    head = ld(author=[
        {"@type": "Person", "name": "Jane Doe"},
        {"@type": "Person", "name": "John Smith"},
    ])  # fmt: skip
    byline = (
        "<p class='credits'><span>By </span><a href='/c/jane'>Jane Doe</a> "
        "<span>Photography by </span><a href='/c/john'>John Smith</a></p>"
    )
    assert read(head, byline + BODY).authors == ("Jane Doe",)


def test_a_contributor_credited_for_pictures_and_by_a_byline_stays_an_author() -> None:
    head = ld(author=[
        {"@type": "Person", "name": "Jane Doe"},
        {"@type": "Person", "name": "John Smith"},
    ])  # fmt: skip
    byline = "<p class='credits'>By Jane Doe and John Smith. Photography by John Smith</p>"
    assert read(head, byline + BODY).authors == ("Jane Doe", "John Smith")


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("By Jane Doe. Photography by John Smith", ("Jane Doe",)),
        ("Words by Jane Doe, photos by John Smith", ("Jane Doe",)),
        ("By Jane Doe | Styled by Ann Lee", ("Jane Doe",)),
        ("Anna Berg as told to Jane Doe", ("Jane Doe",)),
        ("Photos by John Smith", ()),
        ("Jane Doe (Reuters)", ("Jane Doe",)),
        ("Jane Doe @janedoe", ("Jane Doe",)),
        ("Posted by Jane Doe on December 5, 2023", ("Jane Doe",)),
    ],
)
def test_a_byline_names_the_writers_only(byline: str, names: tuple[str, ...]) -> None:
    assert read("", f"<div class='byline'>{byline}</div>" + BODY).authors == names


def test_a_name_beside_the_date_under_the_headline_is_the_byline() -> None:
    body = (
        "<h1>Council expands buses</h1><div class='k3x'><span class='q1'>Jane Doe</span>"
        "<span class='q2'>Dec 05, 2023</span></div>" + BODY
    )
    assert read("<title>Council expands buses</title>", body).authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "<div><span>By</span> <a href='/x/jdoe'>Jane Doe</a><span>Staff Writer</span></div>",
            ("Jane Doe",),
        ),
        ("<p>by Jane Doe , Harbourline</p>", ("Jane Doe",)),
        ("<div><span>Written by&nbsp;</span><span> Jane Doe </span></div>", ("Jane Doe",)),
        (
            "<p>By <a href='/search?name=jane'>Jane Doe</a></p><p>Published: 12:40, 4 May 2025</p>",
            ("Jane Doe",),
        ),
        (
            "<div><span>By</span><span> Jane Doe</span><span> and John Smith,</span>"
            "<span> Updated May 4, 2025</span></div>",
            ("Jane Doe", "John Smith"),
        ),
    ],
)
def test_a_line_opening_with_by_under_the_headline_names_the_authors(
    line: str, names: tuple[str, ...]
) -> None:
    body = "<h1>Council expands buses</h1>" + line + BODY
    assert read("<title>Council expands buses</title>", body).authors == names


def test_a_picture_credit_under_the_headline_is_no_byline() -> None:
    body = "<h1>Council expands buses</h1><p>Photographs by Jane Doe</p>" + BODY
    assert read("<title>Council expands buses</title>", body).authors == ()


def test_a_share_button_beside_the_date_under_the_headline_is_no_byline() -> None:
    body = (
        "<h1>Council expands buses</h1><div class='k3x'><span class='q1'>Share Via</span>"
        "<span class='q2'>Dec 05, 2023</span></div>" + BODY
    )
    assert read("<title>Council expands buses</title>", body).authors == ()


def test_a_credit_in_a_caption_beside_a_date_is_no_byline() -> None:
    body = (
        "<h1>Council expands buses</h1><figure><img src='bus.jpg'><figcaption>"
        "<span>Dec 05, 2023</span><span>Jane Doe</span></figcaption></figure>" + BODY
    )
    assert read("<title>Council expands buses</title>", body).authors == ()


def test_a_json_ld_author_given_by_reference_is_read_from_the_graph() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "headline": "Council expands buses",
         "author": [{"@id": "https://example.org/#/person/jd"}]},
        {"@type": "Person", "@id": "https://example.org/#/person/jd", "name": "Jane Doe"},
    ]}  # fmt: skip
    head = f'<script type="application/ld+json">{json.dumps(graph)}</script>'
    assert read(head).authors == ("Jane Doe",)
