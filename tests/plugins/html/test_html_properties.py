"""Property tests: tag soup and random bytes never crash the HTML plugin."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel import BlockKind, Document, NewsmodelError, RawSource
from newsmodel_html import newsmodel_read

TAGS = [
    "html", "head", "body", "title", "meta", "script", "style", "div", "p", "span", "a", "b",
    "br", "h1", "h2", "h3", "ul", "ol", "li", "table", "tr", "td", "th", "blockquote", "pre",
    "figure", "figcaption", "nav", "footer", "aside", "header", "article", "main", "section",
    "form", "time", "img", "noscript", "svg", "template", "dl", "dt", "dd", "q", "amp-ad",
]  # fmt: skip
ATTRIBUTES = [
    'class="share"', 'class="article-body"', 'class="related has-sidebar"', 'id="comments"',
    'hidden', 'aria-hidden="true"', 'style="display:none"', 'itemprop="articleBody"',
    'itemprop="author"', 'rel="author"', 'class="byline"', 'class="caption"',
    'datetime="2019-11-19T08:41:00Z"', 'lang="en"', 'charset="utf-8"', 'role="navigation"',
    'property="og:title" content="A title"', 'name="author" content="By Jane Doe"',
    'type="application/ld+json"', 'class="pullquote"',
]  # fmt: skip
TEXTS = [
    "The council voted to expand the bus network to the northern suburbs this week.",
    "By Jane Doe | Nov 19, 2019", "&amp;", "&eacute;", "&#0;", "&#xD800;", "&bogus;", "<", ">",
    "\u00a0", "\u200b", "\x00", "\ud800", "“quoted”", "WASHINGTON, Nov. 19, 2019 -- ",
    '{"@type": "NewsArticle", "headline": "H", "articleBody": "<p>Body</p>"}', "]]>", "<!--",
    "-->", "<![CDATA[", "<?xml version='1.0'?>", "<!DOCTYPE html>",
]  # fmt: skip

_open = st.builds(
    lambda tag, attrs: f"<{tag}{''.join(' ' + a for a in attrs)}>",
    st.sampled_from(TAGS),
    st.lists(st.sampled_from(ATTRIBUTES), max_size=3),
)
_close = st.builds(lambda tag: f"</{tag}>", st.sampled_from(TAGS))
_piece = st.one_of(_open, _close, st.sampled_from(TEXTS), st.text(max_size=20))
tag_soup = st.lists(_piece, max_size=80).map("".join)


def _check(document: Document | None) -> None:
    if document is None:
        return
    for block in document.blocks:
        text = document.text[block.start : block.end]
        assert text.strip()
        # Preformatted text keeps its indentation; nothing keeps trailing space.
        assert text == (text.rstrip() if block.kind is BlockKind.PREFORMATTED else text.strip())
        assert "\x00" not in text


def _read(data: bytes, text: str | None = None) -> Document | None:
    try:
        return newsmodel_read(source=RawSource(data=data, text=text, name="page.html"))
    except NewsmodelError:
        return None


@given(tag_soup)
def test_tag_soup_as_text(html: str) -> None:
    _check(_read(html.encode("utf-8", "surrogatepass"), html))


@given(tag_soup, st.sampled_from(["utf-8", "cp1252", "utf-16", "latin-1", "shift_jis"]))
def test_tag_soup_as_bytes(html: str, encoding: str) -> None:
    _check(_read(html.encode(encoding, "replace")))


@given(st.binary(max_size=2000))
def test_random_bytes(data: bytes) -> None:
    _check(_read(data))


@given(st.binary(max_size=500), tag_soup)
def test_random_bytes_inside_markup(noise: bytes, html: str) -> None:
    _check(_read(b"<html><body><p>" + noise + b"</p>" + html.encode("utf-8", "replace")))


@given(tag_soup)
def test_parse_raises_only_newsmodel_errors(html: str) -> None:
    try:
        article = newsmodel.parse(html, format="html")
    except NewsmodelError:
        return
    assert article.format == "html"
