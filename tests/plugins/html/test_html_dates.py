"""Publication dates as the article's header shows them, and the written days it reads."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from newsmodel import DateOrigin, DateValue, Document, Precision, RawSource
from newsmodel_html import newsmodel_read
from newsmodel_html._dates import shown_day

HEADLINE = "Harbour ferry returns after a winter of repairs"
BODY = (
    "<p>The old harbour ferry carried its first passengers of the year on Monday, after a "
    "winter in dry dock that cost the town more than it had planned to spend.</p>"
    "<p>Its captain said the engine now ran quieter than at any time in the thirty years "
    "she had sailed it, and that the timetable would return to four crossings a day.</p>"
    "<p>The town council will decide next month whether to buy a second boat for the busy "
    "summer season, when queues at the pier often stretch past the fish market.</p>"
)


def page(
    header: str,
    *,
    head: str = "",
    lang: str = "en",
    body: str = BODY,
    url: str | None = "https://news.example.org/story/ferry",
) -> Document:
    html = (
        f"<html lang='{lang}'><head><title>{HEADLINE}</title>{head}</head><body>"
        f"<nav><a href='/'>Home</a> <a href='/local'>Local</a></nav>"
        f"<main><div class='top'><h1>{HEADLINE}</h1>{header}</div>"
        f"<div class='story'>{body}</div></main></body></html>"
    )
    document = newsmodel_read(source=RawSource(data=html.encode(), url=url, name="page.html"))
    assert document is not None
    return document


def ld(**fields: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def day_of(document: Document) -> dt.date | None:
    return document.published.value.date if document.published is not None else None


# -- the header's visible date -----------------------------------------------------


def test_a_date_beside_the_byline_is_read_when_the_markup_has_none() -> None:
    # Neither the class names nor a <time> say "date": the text does.
    header = (
        "<p class='k1'>A short standfirst about the ferry and the town that waited for it.</p>"
        "<span class='k2'><span class='k3'>Mira Holt</span><span class='k3'>Mar 04, 2024</span>"
        "<span class='k3'>12 Shares</span></span>"
    )
    document = page(header)
    assert day_of(document) == dt.date(2024, 3, 4)
    assert document.published is not None and document.published.origin is DateOrigin.METADATA


def test_a_utc_time_gives_way_to_the_local_day_the_header_states() -> None:
    head = ld(headline=HEADLINE, datePublished="2024-03-05T02:30:00Z")
    header = "<div class='by'>By Mira Holt</div><div>Published 9:30 PM EST, Mon March 4, 2024</div>"
    assert day_of(page(header, head=head)) == dt.date(2024, 3, 4)


def test_the_update_is_the_stated_date_when_the_header_shows_only_it() -> None:
    head = ld(
        headline=HEADLINE,
        datePublished="2024-03-01T09:00:00Z",
        dateModified="2024-03-06T11:15:00Z",
    )
    header = "<div>Mira Holt</div><div>Wednesday 6 March 2024 11:15, UK</div>"
    assert day_of(page(header, head=head)) == dt.date(2024, 3, 6)


def test_an_update_date_the_header_shows_dates_a_page_with_no_other_date() -> None:
    # No markup date, no date in the address: the header's "Updated on" is all there is.
    header = "<div class='k1'>By Mira Holt</div><div class='k2'>Updated on March 6, 2024</div>"
    assert day_of(page(header, url=None)) == dt.date(2024, 3, 6)


def test_published_stays_apart_from_updated_when_the_header_shows_both() -> None:
    head = ld(
        headline=HEADLINE,
        datePublished="2024-03-01T09:00:00-05:00",
        dateModified="2024-03-06T11:15:00-05:00",
    )
    header = "<p>Updated: March 6, 2024</p><p>Published: March 1, 2024</p>"
    document = page(header, head=head)
    # The markup's value is kept, with its time, when the header shows its day.
    assert document.published is not None
    assert document.published.value.isoformat() == "2024-03-01T09:00:00-05:00"
    assert document.updated is not None and document.updated.value.date == dt.date(2024, 3, 6)


def test_a_day_the_header_labels_published_wins_over_one_shown_as_the_update() -> None:
    # The markup's UTC time falls on the day the header gives as the update.
    head = ld(headline=HEADLINE, datePublished="2024-03-02T01:00:00Z")
    header = (
        "<span class='line__updated'>Updated: Mar. 2, 2024, 9:10 a.m.</span> | "
        "<span class='line__published'>Published: Mar. 1, 2024, 8:00 p.m.</span>"
    )
    assert day_of(page(header, head=head)) == dt.date(2024, 3, 1)


def test_a_header_date_labelled_by_the_piece_before_it() -> None:
    head = ld(headline=HEADLINE, datePublished="2024-02-20", dateModified="2024-03-06")
    header = "<span>Updated on</span> <span>March 6, 2024</span>"
    assert day_of(page(header, head=head)) == dt.date(2024, 3, 6)


def test_the_markup_stays_when_its_day_is_shown_beside_a_first_filing() -> None:
    head = ld(headline=HEADLINE, datePublished="2024-03-02T17:08:00Z")
    header = "<p>Sat 2 Mar 2024 18.08 CET</p><p>First published on Fri 1 Mar 2024 22.12 CET</p>"
    document = page(header, head=head)
    assert document.published is not None
    assert document.published.value.precision is Precision.TIME
    assert day_of(document) == dt.date(2024, 3, 2)


def test_a_header_date_labelled_published_wins_over_an_old_first_filing() -> None:
    # An evergreen piece: first filed in 2021, updated since, shown as of 2024.
    head = ld(
        headline=HEADLINE,
        datePublished="2021-06-10T10:00:00-07:00",
        dateModified="2024-03-09T08:00:00-08:00",
    )
    header = "<div>By Mira Holt</div><span class='posted-on'>Mar 4, 2024 3:30 am PST</span>"
    assert day_of(page(header, head=head)) == dt.date(2024, 3, 4)


def test_a_markup_time_with_a_local_offset_and_no_update_stands() -> None:
    # Its calendar day is the one the page states; the header is not read.
    head = ld(headline=HEADLINE, datePublished="2024-03-04T23:30:00-08:00")
    header = "<div>By Mira Holt</div><div>March 5, 2024</div>"
    document = page(header, head=head)
    assert document.published is not None
    assert document.published.value.isoformat() == "2024-03-04T23:30:00-08:00"


def test_an_unlabelled_header_date_far_from_the_markups_does_not_replace_it() -> None:
    # A date under the headline that is neither the markup's day nor a zone
    # away from it may belong to something else (a teaser, an event).
    head = ld(headline=HEADLINE, datePublished="2024-03-04T10:00:00-05:00")
    header = "<div>Harbour Festival Returns, June 8, 2024</div><div>By Mira Holt</div>"
    assert day_of(page(header, head=head)) == dt.date(2024, 3, 4)


def test_a_date_in_a_sentence_of_the_standfirst_is_no_header_date() -> None:
    head = ld(headline=HEADLINE, datePublished="2024-03-04")
    header = "<p>The ferry first sailed in the bay on April 23, 1985.</p>"
    assert day_of(page(header, head=head)) == dt.date(2024, 3, 4)


def test_a_date_far_below_the_headline_is_not_the_header_date() -> None:
    body = BODY * 4 + "<p><span>Jan 5, 2020</span></p>"
    document = page("", body=body, url="https://news.example.org/2024/03/04/ferry")
    assert document.published is not None
    assert document.published.origin is DateOrigin.URL
    assert day_of(document) == dt.date(2024, 3, 4)


def test_a_time_element_without_text_in_the_header() -> None:
    header = "<div class='meta'><time datetime='2024-03-04T08:00:00+01:00'></time></div>"
    assert day_of(page(header)) == dt.date(2024, 3, 4)


def test_a_class_naming_both_published_and_updated_is_no_label() -> None:
    head = ld(headline=HEADLINE, datePublished="2024-03-04T08:00:00Z", dateModified="2024-03-09")
    header = "<time class='entry-date published updated'>March 4, 2024</time>"
    document = page(header, head=head)
    assert document.published is not None
    assert document.published.value.precision is Precision.TIME


@pytest.mark.parametrize(
    ("lang", "written", "expected"),
    [
        ("de", "04.03.2024", dt.date(2024, 3, 4)),
        ("en-GB", "04/03/2024", dt.date(2024, 3, 4)),
        ("en-US", "03/04/2024", dt.date(2024, 3, 4)),
        ("en", "03/04/2024", dt.date(2024, 3, 4)),
        ("", "03/04/2024", dt.date(2024, 3, 4)),
        ("en-AU", "04/03/2024", dt.date(2024, 3, 4)),
        # A number over twelve tells the order, whatever the language.
        ("en-US", "13/03/2024", dt.date(2024, 3, 13)),
        ("fr", "03/13/2024", dt.date(2024, 3, 13)),
    ],
)
def test_numeric_header_dates_follow_the_pages_language(
    lang: str, written: str, expected: dt.date
) -> None:
    header = f"<div>Mira Holt</div><div>{written} 08:15</div>"
    assert day_of(page(header, lang=lang)) == expected


# -- shown_day ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Published 9:30 PM EST, Mon March 4, 2024", DateValue.of(2024, 3, 4)),
        ("Wednesday 6 March 2024 11:15, UK", DateValue.of(2024, 3, 6)),
        ("Last updated on -Mar 6, 2024, 08:59 IST", DateValue.of(2024, 3, 6)),
        ("Mar. 4th, 2024", DateValue.of(2024, 3, 4)),
        ("2024-03-04", DateValue.of(2024, 3, 4)),
        ("04.03.2024", DateValue.of(2024, 3, 4)),
        # The first day written is the one shown.
        ("4.3.2024, updated March 9, 2024", DateValue.of(2024, 3, 4)),
        ("by Mira Holt - 22/03/24 11:35 AM ET", DateValue.of(2024, 3, 22)),
    ],
)
def test_shown_day_reads_the_day_as_written(text: str, expected: DateValue) -> None:
    assert shown_day(text, dayfirst=True) == expected


@pytest.mark.parametrize(
    "text",
    [
        "12 Shares",
        "3d ago",
        "31.02.2024",
        "Page 3 of 12",
        "1,024 views",
        "14/15/2024",
        # Two-digit years only after slashes: dotted and hyphenated ones are versions, scores.
        "Version 1.2.23",
        "won 3-4-24",
    ],
)
def test_shown_day_refuses_what_is_no_day(text: str) -> None:
    assert shown_day(text, dayfirst=True) is None


def custom_page(top: str, *, masthead: str = "", url: str | None = None) -> Document:
    html = (
        f"<html lang='en'><head><title>{HEADLINE}</title></head><body>"
        f"<header class='site'>{masthead}<nav><a href='/'>Home</a></nav></header>"
        f"<main><div class='wrap'><div class='top'>{top}</div>"
        f"<div class='story'>{BODY}</div></div></main></body></html>"
    )
    document = newsmodel_read(source=RawSource(data=html.encode(), url=url, name="page.html"))
    assert document is not None
    return document


def test_a_headline_set_as_an_h2_under_a_logo_h1_dates_the_page_from_its_header() -> None:
    html = (
        f"<html lang='en'><head><title>{HEADLINE}</title></head><body>"
        "<header><h1><a href='/'><img src='logo.png' alt=''></a></h1></header>"
        f"<main><div class='k0'><h2>{HEADLINE}</h2><div class='k1'>March 4, 2024 - 10:15</div></div>"
        f"<div class='k2'>{BODY}</div></main></body></html>"
    )
    document = newsmodel_read(source=RawSource(data=html.encode(), name="page.html"))
    assert document is not None
    assert day_of(document) == dt.date(2024, 3, 4)


def test_a_date_over_the_headline_is_read() -> None:
    top = f"<div class='kicker'><a href='/local'>Local</a> <span>Mar 4, 2024</span></div><h1>{HEADLINE}</h1>"
    assert day_of(custom_page(top)) == dt.date(2024, 3, 4)


def test_the_date_of_the_day_in_the_masthead_is_not_the_articles() -> None:
    top = f"<h1>{HEADLINE}</h1><p>By Mira Holt</p>"
    document = custom_page(
        top,
        masthead="<div class='today'>Monday, March 11, 2024</div>",
        url="https://news.example.org/2024/03/04/ferry",
    )
    assert document.published is not None
    assert document.published.origin is DateOrigin.URL
    assert day_of(document) == dt.date(2024, 3, 4)


def test_hidden_text_beside_a_date_over_the_headline_does_not_end_the_look_back() -> None:
    note = (
        "<div class='d-none'><p>"
        + "This note on how our desk checks its stories opens only on a click. " * 6
        + "</p></div>"
    )
    html = (
        f"<html lang='en'><head><title>{HEADLINE}</title></head><body><main>"
        f"<div class='k0'><p>March 4, 2024</p>{note}</div><h1>{HEADLINE}</h1>"
        f"<div class='story'>{BODY}</div></main></body></html>"
    )
    document = newsmodel_read(source=RawSource(data=html.encode(), name="page.html"))
    assert document is not None
    assert day_of(document) == dt.date(2024, 3, 4)


def test_a_long_block_before_the_headline_ends_the_look_back() -> None:
    teaser = (
        "<div class='promo'><p>"
        + "A long promotion for another story. " * 10
        + "</p><span>Jan 2, 2024</span></div>"
    )
    top = f"{teaser}<h1>{HEADLINE}</h1>"
    document = custom_page(top, url="https://news.example.org/2024/03/04/ferry")
    assert day_of(document) == dt.date(2024, 3, 4)


def test_a_two_digit_year_in_the_byline_is_read_month_first_in_american_english() -> None:
    header = "<div class='by'>by Mira Holt - 03/04/24 11:35 AM ET</div>"
    assert day_of(page(header, lang="en-US")) == dt.date(2024, 3, 4)


def test_an_editors_byline_does_not_make_the_date_below_it_an_update() -> None:
    # The markup's UTC time is a day off the date the header shows.
    head = ld(headline=HEADLINE, datePublished="2024-03-05T02:30:00Z")
    header = "<div>Written by Mira Holt</div><div>Edited by Tom Reed</div><div>March 4, 2024</div>"
    assert day_of(page(header, head=head)) == dt.date(2024, 3, 4)
