"""Page metadata: title, authors, dates, address, site, language, description and tags.

Every field has an ordered list of sources, most reliable first: JSON-LD, then
``<meta>`` tags (Open Graph, Dublin Core, parse.ly, Sailthru), then microdata
and link relations, then visible markup.  The first source that gives a
usable value wins.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.etree
from attrs import frozen

from newsmodel import ArticleDate, DateOrigin, DateValue, Precision
from newsmodel_html._authors import PICTURE_CREDIT, clean_authors, credit_name
from newsmodel_html._dates import date_from_url, parse_date
from newsmodel_html._jsonld import article_object, json_ld_objects, names
from newsmodel_html._jsonld import text_of as ld_text
from newsmodel_html._walk import elements, text_of

__all__ = [
    "Metadata",
    "area_authors",
    "area_bylines",
    "area_credit",
    "byline_authors",
    "read_metadata",
    "without_picture_credits",
]

Element = lxml.etree._Element

_SPACE = re.compile(r"\s+")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:·•»«/~]\s+|\s*[|·•»«]\s*|\s+::\s+|:\s+")
_WORD = re.compile(r"\w{3,}")
_MAX_HEADLINE_CHARS = 300
_MAX_KICKER_WORDS = 3
_MIN_HEADLINE_WORDS = 3
_KICKER_SHARE = 0.6
_SAME_MOMENT_SECONDS = 60
_TAG_SPLIT = re.compile(r"\s*[,;]\s*")
_MAX_TAGS = 50

_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time",
    "datepublished", "article.published", "pubdate", "publishdate", "publish-date",
    "publish_date", "published_time", "published-date", "article_date_original",
    "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.created", "dcterms.date",
    "sailthru.date", "parsely-pub-date", "citation_publication_date", "date", "og:pubdate",
)  # fmt: skip
_MODIFIED_META = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
    "article.updated", "last-modified", "lastmod", "dcterms.modified", "dc.date.modified",
    "modified", "updated_time", "revised",
)  # fmt: skip
_AUTHOR_META = (
    "author", "article:author", "og:article:author", "parsely-author", "sailthru.author",
    "dc.creator", "dcterms.creator", "citation_author", "twitter:creator:name",
)  # fmt: skip
_TAG_META = (
    "article:tag", "og:article:tag", "parsely-tags", "sailthru.tags", "news_keywords",
    "keywords",
)  # fmt: skip
# Element loops rather than XPaths of ``contains()``: libxml2 evaluates every
# ``contains()`` on every element, several times slower, and cannot stop early.


def _is_byline_box(el: Element) -> bool:
    class_ = el.get("class")
    return el.get("rel") == "author" or (
        class_ is not None
        and ("byline" in class_ or "author" in class_ or "Byline" in class_ or "Author" in class_)
    )


def _byline_elements(holder: Element) -> list[Element]:
    """The holder and its descendants that are byline or author boxes, in document order."""
    return [el for el in holder.iter(lxml.etree.Element) if _is_byline_box(el)]


def _area_byline_elements(scope: Element, limit: int) -> list[Element]:
    """The first ``limit`` bylines below ``scope``: byline and author boxes, and links
    to an author's page, but not the author's biography; in document order."""
    found: list[Element] = []
    for el in scope.iterdescendants(lxml.etree.Element):
        class_ = el.get("class") or ""
        if not (
            el.get("rel") == "author"
            or "byline" in class_
            or "Byline" in class_
            or "author" in class_
            or "Author" in class_
            or (el.tag == "a" and _is_author_href(el.get("href")))
        ):
            continue
        if (
            "bio" in class_
            or "Bio" in class_
            or "about" in class_
            or "About" in class_
            or "desc" in class_
        ):
            continue
        found.append(el)
        if len(found) >= limit:
            break
    return found


# The paths of author pages ("/author/jane-doe"); not "/people/" or "/person/",
# which as often lead to the page of a person the story is about.
_AUTHOR_HREFS = (
    "/author/", "/authors/", "/staff/", "/byline/", "/contributor/", "/contributors/",
    "/writer/", "/writers/", "/journalist/",
)  # fmt: skip
# One search for all of them: an element loop asks it of every link.
_AUTHOR_HREF = re.compile("|".join(re.escape(part) for part in _AUTHOR_HREFS))
_AUTHOR_LINK_XPATH = lxml.etree.XPath(
    "//a[contains(@href,'/author/') or contains(@href,'/authors/') or @rel='author']"
)
_AREA_LEVELS = 3
_AREA_MAX_FOUND = 60
_AREA_MAX_ELEMENTS = 12
# A byline over the headline stands among the header's few elements before it.
_OVER_HEADLINE_ELEMENTS = 20
# Co-authors' links stand in one byline box: the first link's parent's parent.
_REL_BYLINE_LEVELS = 2
# A paragraph of the story's prose: the bylines of the story stand before its first.
_PROSE_CHARS = 80
_TEXT_LENGTH = lxml.etree.XPath("string-length(normalize-space())")
_ITEMPROP_XPATH = lxml.etree.XPath("//@itemprop/..")
_REL_AUTHOR_XPATH = lxml.etree.XPath("//a[contains(concat(' ', @rel, ' '), ' author ')]")
_BODY_PROPS = ("articleBody", "articlebody", "reviewBody")
_MAX_BYLINE_CHARS = 120


@frozen(kw_only=True)
class Metadata:
    """What a page says about its article outside the body text."""

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: ArticleDate | None = None
    updated: ArticleDate | None = None
    language: str | None = None
    canonical_url: str | None = None
    site_name: str | None = None
    description: str | None = None
    tags: tuple[str, ...] = ()
    #: The names of the site and its publisher, which are never authors.
    outlets: tuple[str, ...] = ()
    #: The JSON-LD ``articleBody``, to fall back on when the markup fails.
    article_body: str | None = None
    #: The elements that microdata marks as the article body.
    article_elements: tuple[Element, ...] = ()
    #: Every summary the page's metadata gives (description, og:description,
    #: twitter:description, JSON-LD), each once: the standfirst repeats one.
    summaries: tuple[str, ...] = ()


def _text(el: Element) -> str:
    return " ".join(text_of(el).split())


def _byline_text(el: Element) -> str:
    """A byline's text, with a bar where two elements' texts meet with no space and
    the second opens a new word in capitals, or any word after a name of
    several words: a name and the role or section set after it ("Jane Doe"
    "Staff Writer") run together in the markup, and no "DoeStaff" is a name."""
    if len(el) == 0:
        return _text(el)  # text alone: nothing runs together
    pieces: list[str] = []
    for raw in el.itertext(lxml.etree.Element):
        piece = str(raw)
        before = pieces[-1] if pieces else ""
        if (
            before[-1:].isalnum()
            and (
                (piece[:1].isupper() and before[-1:] not in _CAPITALS)
                # A lower-case word after a name of several words in its own element
                # ("Jane Doe" "archive page", text for screen readers).
                or (piece[:1].islower() and before[-1:].islower() and " " in before.strip())
            )
        ):
            pieces.append(" | ")
        if piece:
            pieces.append(piece)
    return " ".join("".join(pieces).split())


# A capital at the end of the text before: an initial or an acronym, as likely
# to run on into the next piece of a name as to end one.
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")


class _Page:
    """The page's machine-readable parts, gathered in one pass each."""

    def __init__(self, root: Element) -> None:
        self.meta: dict[str, list[str]] = {}
        self.links: dict[str, str] = {}
        scripts: list[str] = []
        for el in root.iter("meta", "link", "script"):
            tag = el.tag
            if tag == "meta":
                content = el.get("content")
                if content is None or not content.strip():
                    continue
                for attr in ("property", "name", "itemprop", "http-equiv"):
                    key = el.get(attr)
                    if key:
                        self.meta.setdefault(key.strip().lower(), []).append(content.strip())
            elif tag == "link":
                href = el.get("href")
                for rel in (el.get("rel") or "").lower().split():
                    if href and rel not in self.links:
                        self.links[rel] = href.strip()
            elif (el.get("type") or "").strip().lower() == "application/ld+json" and el.text:
                scripts.append(el.text)
        self.objects = json_ld_objects(scripts)
        self.article = article_object(self.objects)
        self.itemprops: dict[str, list[Element]] = {}
        for el in elements(_ITEMPROP_XPATH(root)):
            for prop in (el.get("itemprop") or "").split():
                self.itemprops.setdefault(prop, []).append(el)

    def first_meta(self, *keys: str) -> str | None:
        for key in keys:
            values = self.meta.get(key)
            if values:
                return values[0]
        return None

    def metas(self, *keys: str) -> Iterator[str]:
        for key in keys:
            yield from self.meta.get(key, ())

    def ld(self, key: str) -> str | None:
        return ld_text(self.article.get(key))

    def itemprop_values(self, prop: str) -> Iterator[str]:
        for el in self.itemprops.get(prop, ()):
            value = el.get("content") or el.get("datetime")
            if value is None and el.tag != "meta":
                value = _text(el)
            if value:
                yield value.strip()


def _first_date(values: Iterable[str | None]) -> DateValue | None:
    for value in values:
        parsed = parse_date(value)
        if parsed is not None:
            return parsed
    return None


def _is_utc(value: DateValue) -> bool:
    moment = value.value
    return isinstance(moment, dt.datetime) and moment.utcoffset() == dt.timedelta(0)


# The time zones in use lie between these offsets from UTC.
_WESTMOST = dt.timedelta(hours=-12)
_EASTMOST = dt.timedelta(hours=14)


def _in_some_zone(value: DateValue, day: dt.date) -> bool:
    """Whether a UTC moment falls on ``day`` in some time zone: a story published
    at 17:00 UTC was published that day everywhere from UTC-12 up to UTC+6,
    and the next day from UTC+7 on, never the day before."""
    moment = value.value
    if not isinstance(moment, dt.datetime):
        return True
    return (moment + _WESTMOST).date() <= day <= (moment + _EASTMOST).date()


def _local(value: DateValue, others: Iterable[str | None]) -> DateValue:
    """The same moment as ``value`` in the zone the page writes it in.

    A publication time given in UTC may fall on the next or the previous
    calendar day from where it was published.  When another source on the
    page (an Open Graph tag, a ``<time>`` element) gives the same moment with
    its local offset, that calendar date is the one the page states.
    """
    if not _is_utc(value):
        return value
    moment = value.value
    assert isinstance(moment, dt.datetime)
    for text in others:
        other = parse_date(text)
        if other is None or other.precision is not Precision.TIME:
            continue
        local = other.value
        assert isinstance(local, dt.datetime)
        offset = local.utcoffset()
        if offset is None or offset == dt.timedelta(0):
            continue
        if abs((local - moment).total_seconds()) <= _SAME_MOMENT_SECONDS:
            return other
    return value


def _dates(page: _Page, root: Element) -> tuple[DateValue | None, DateValue | None]:
    candidates = [
        page.ld("datePublished"),
        page.ld("dateCreated"),
        *page.metas(*_PUBLISHED_META),
        *page.itemprop_values("datePublished"),
        *(el.get("datetime") for el in root.iter("time") if el.get("pubdate") is not None),
    ]
    published = _first_date(candidates)
    if published is not None and _is_utc(published):
        times = [el.get("datetime") for el in root.iter("time")]
        published = _local(published, [*candidates, *times])
    updated = _first_date(
        [
            page.ld("dateModified"),
            *page.metas(*_MODIFIED_META),
            *page.itemprop_values("dateModified"),
        ]
    )
    return published, updated


def _site_name(page: _Page) -> str | None:
    name = page.first_meta("og:site_name", "application-name", "al:ios:app_name")
    if name is None:
        publisher = page.article.get("publisher")
        found = names(publisher) if publisher else []
        name = found[0][0] if found else None
    return name


def _clean_title(title: str, site_name: str | None, host: str | None, h1: str | None) -> str:
    """The title without the site's name before or after it."""
    parts = [p.strip() for p in _TITLE_SEPARATOR.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    if h1:
        for part in parts:
            if part.casefold() == h1.casefold():
                return part
    site_keys = {_fold(site_name)} if site_name else set()
    if host:
        label = host.removeprefix("www.").split(".")[0]
        site_keys |= {_fold(host.removeprefix("www.")), _fold(label)}
    site_keys.discard("")
    kept = [
        p
        for p in parts
        if not any(k and (k in _fold(p) and len(_fold(p)) <= len(k) + 12) for k in site_keys)
    ]
    if kept and len(kept) < len(parts):
        # Rejoin what was between separators: a title may contain " - " itself.
        start = title.find(kept[0])
        end = title.rfind(kept[-1]) + len(kept[-1])
        return title[start:end].strip() if 0 <= start < end else kept[0]
    return title


_NOT_WORD = re.compile(r"\W+")


def _fold(text: str | None) -> str:
    return _NOT_WORD.sub("", (text or "").casefold())


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _headlines(root: Element, site_keys: set[str]) -> list[Element]:
    """The page's ``<h1>`` elements that can be a headline: not empty, not the site's name."""
    found = []
    for el in root.iter("h1"):
        text = _text(el)
        if not text or len(text) > _MAX_HEADLINE_CHARS or _fold(text) in site_keys:
            continue
        found.append(el)
    return found


def _h2_headline(root: Element, site_keys: set[str], metadata: list[str]) -> str | None:
    """The headline set as an ``<h2>`` on a page with no ``<h1>`` to show it: the
    first of the page's first few ``<h2>`` that gives a metadata title's words,
    the whole title or a part of it between separators, or opens with a title
    cut short with "..." (subheadings and teasers seldom do)."""
    keys: set[str] = set()
    cut: list[str] = []
    for candidate in metadata:
        keys.add(_fold(candidate))
        parts = _TITLE_SEPARATOR.split(candidate)
        keys.update(_fold(part) for part in parts if len(part.split()) >= _MIN_HEADLINE_WORDS)
        if candidate.endswith(("...", "…")):
            cut.append(_fold(candidate))
    keys.discard("")
    if not keys:
        return None
    for el in list(root.iter("h2"))[:_MAX_H2_HEADLINES]:
        text = _text(el)
        key = _fold(text)
        if not key or len(text) > _MAX_HEADLINE_CHARS or key in site_keys:
            continue
        if key in keys or any(c and len(key) > len(c) and key.startswith(c) for c in cut):
            return text
    return None


# The headline is among a page's first few <h2>.
_MAX_H2_HEADLINES = 8


def _site_keys(site_name: str | None, host: str | None) -> set[str]:
    keys = {_fold(site_name)} if site_name else set()
    if host:
        keys |= {_fold(host.removeprefix("www.")), _fold(host.removeprefix("www.").split(".")[0])}
    keys.discard("")
    return keys


def _title(page: _Page, root: Element, site_name: str | None, host: str | None) -> str | None:
    """The headline: the visible ``<h1>`` where the page has one, else the metadata's.

    Metadata titles are often written for search engines or social media
    (another wording, cut with an ellipsis, a kicker in front), while the
    ``<h1>`` is what the reader sees.  An ``<h1>`` that matches a metadata
    title (or a part of it between separators) is the headline; so is the
    only ``<h1>``, or the one sharing the most words with the metadata, or
    the first inside an ``<article>``.  Without an ``<h1>``, an ``<h2>`` that
    gives a metadata title (:func:`_h2_headline`); else the first metadata
    title (JSON-LD, Open Graph, ``<title>``) without the site's name.
    """
    title_el = next(root.iter("title"), None)
    metadata = [
        _SPACE.sub(" ", c).strip()
        for c in (
            page.ld("headline"),
            page.first_meta("og:title", "twitter:title", "parsely-title", "sailthru.title"),
            _text(title_el) if title_el is not None else None,
        )
        if c and c.strip()
    ]
    site_keys = _site_keys(site_name, host)
    headlines = _headlines(root, site_keys)
    h1 = _choose_headline(headlines, metadata)
    if h1 is not None:
        return h1
    if not headlines and (h2 := _h2_headline(root, site_keys, metadata)) is not None:
        return h2
    for candidate in metadata:
        cleaned = _clean_title(candidate, site_name, host, None)
        if cleaned:
            return cleaned
    return None


# A headline after a kicker has at least this many words.
_MIN_KICKER_HEADLINE_WORDS = 4


def _choose_headline(headlines: list[Element], metadata: list[str]) -> str | None:
    texts = [_text(el) for el in headlines]
    folded = {_fold(t): t for t in texts}
    for candidate in metadata:
        if (match := folded.get(_fold(candidate))) is not None:
            # "Opinion | Why ...": the metadata sets the kicker apart as the <h1>
            # does in an element of its own.
            stripped = _without_kicker(headlines[texts.index(match)], match)
            if stripped != match and _fold(
                _TITLE_SEPARATOR.split(candidate, maxsplit=1)[0]
            ) == _fold(match[: len(match) - len(stripped)]):
                return stripped
            return match
        # A kicker before the headline inside the <h1> ("Opinion", "Politics |").
        key = _fold(candidate)
        for text in texts:
            kicker = text[: max(0, len(text) - len(candidate))]
            if (
                key
                and _fold(text).endswith(key)
                and len(kicker.split()) <= _MAX_KICKER_WORDS
                and len(candidate) >= _KICKER_SHARE * len(text)
            ):
                return candidate
        for part in _TITLE_SEPARATOR.split(candidate):
            if len(part.split()) >= 2 and (match := folded.get(_fold(part))) is not None:
                return match
    if not texts:
        return None
    meta_words = set().union(*(_words(m) for m in metadata)) if metadata else set()
    if len(set(texts)) == 1:
        only = texts[0]
        # A one- or two-word <h1> unrelated to the metadata is a section's name.
        if len(only.split()) >= _MIN_HEADLINE_WORDS or not metadata or _words(only) & meta_words:
            return _without_kicker(headlines[0], only)
        return None
    overlaps = [len(_words(t) & meta_words) for t in texts]
    if max(overlaps) > 0:
        best = overlaps.index(max(overlaps))
        return _without_kicker(headlines[best], texts[best])
    for el, text in zip(headlines, texts, strict=True):
        if next(el.iterancestors("article"), None) is not None:
            return _without_kicker(el, text)
    return None


def _without_kicker(headline: Element, text: str) -> str:
    """The headline without a kicker set in an element of its own before it, inside
    the ``<h1>`` ("Opinion", "Sport |"): the ``<h1>`` holds only elements, the
    first of a few words, the others the headline's words.

    Where the metadata gives the headline, it settles the kicker; this reads
    the markup alone.
    """
    children = [child for child in headline if isinstance(child.tag, str)]
    if (
        len(children) < 2
        or (headline.text or "").strip()
        or any((child.tail or "").strip() for child in children)
    ):
        return text
    kicker = _text(children[0])
    rest = " ".join(_text(child) for child in children[1:]).strip()
    if (
        kicker
        and len(kicker.split()) <= _MAX_KICKER_WORDS
        and len(rest.split()) >= _MIN_KICKER_HEADLINE_WORDS
    ):
        return rest
    return text


def _rights_holder(notice: str | None) -> str | None:
    """Who a copyright notice names ("Copyright (c) Example Media 2024" gives
    "Example Media"): the publisher, never an author."""
    if not notice:
        return None
    holder = _COPYRIGHT_WORDS.sub(" ", notice)
    holder = " ".join(holder.split()).strip(" .,;-–—|")
    return holder if 0 < len(holder.split()) <= _MAX_HOLDER_WORDS else None


# The words of a copyright notice around the holder's name.
_COPYRIGHT_WORDS = re.compile(
    r"copyright|\(c\)|©|\b(?:19|20)\d\d\b|all rights reserved\.?|\b\d{4}\s*[-–]\s*\d{4}\b",
    re.IGNORECASE,
)
_MAX_HOLDER_WORDS = 6


def _authors(page: _Page, root: Element, outlets: tuple[str, ...]) -> tuple[str, ...]:
    author_value = _referenced(page.article.get("author") or page.article.get("creator"), page)
    people = [name for name, person in names(author_value) if person]
    sources: list[Iterable[str]] = [
        people,
        page.metas(*_AUTHOR_META),
        _microdata_authors(page),
        _rel_authors(root),
    ]
    holder = _rights_holder(page.first_meta("copyright", "dcterms.rightsholder", "rights"))
    for source in sources:
        found = clean_authors((s for s in source if s and len(s) <= _MAX_BYLINE_CHARS), outlets)
        if len(found) > 1 and holder is not None:
            # The company the copyright names, beside the people who wrote the
            # story ("Example Media" and "Jane Doe" in the author tags), is no
            # author; alone, it may be the blogger who owns the site.
            found = [name for name in found if _fold(name) != _fold(holder)]
        if found:
            return tuple(found)
    return ()


def _referenced(value: Any, page: _Page) -> Any:
    """A JSON-LD value with each reference (``{"@id": ...}`` alone) replaced by the
    object of the page's graph it names, as Yoast and other generators write authors."""
    items = value if isinstance(value, list) else [value]
    if not any(isinstance(item, dict) and "name" not in item and "@id" in item for item in items):
        return value
    index = {o["@id"]: o for o in page.objects if isinstance(o.get("@id"), str) and "name" in o}
    return [
        index.get(item["@id"], item)
        if isinstance(item, dict) and "name" not in item and isinstance(item.get("@id"), str)
        else item
        for item in items
    ]


def byline_authors(holders: Iterable[Element], outlets: tuple[str, ...]) -> tuple[str, ...]:
    """The people named in the first byline found in ``holders`` or inside them.

    The last source of authors, for pages whose metadata names nobody: the
    byline and header boxes the body walk left out.
    """
    texts = (_byline_text(el) for holder in holders for el in _byline_elements(holder))
    return tuple(clean_authors((t for t in texts if t and len(t) <= _MAX_BYLINE_CHARS), outlets))


def _area_scopes(container: Element) -> list[Element]:
    """The container and its ancestors a few levels up, nearest first."""
    scopes = [container]
    while len(scopes) < _AREA_LEVELS and (parent := scopes[-1].getparent()) is not None:
        scopes.append(parent)
    return scopes


def area_bylines(container: Element | None) -> list[Element]:
    """The bylines of the article's area (:func:`area_authors`, :func:`area_credit`),
    found once for both: byline and author boxes and links to author pages in
    the container's ancestor a few levels up."""
    if container is None:
        return []
    return _area_byline_elements(_area_scopes(container)[-1], _AREA_MAX_FOUND)


def _is_prose(paragraph: Element) -> bool:
    chars: float = _TEXT_LENGTH(paragraph)  # type: ignore[assignment]
    return chars >= _PROSE_CHARS


def _is_author_href(href: str | None) -> bool:
    return href is not None and _AUTHOR_HREF.search(href) is not None


def _first_prose(container: Element) -> Element | None:
    """The container's first paragraph of prose."""
    return next((p for p in container.iter("p") if _is_prose(p)), None)


def _header_bylines(
    first: Element | None, headline: Element | None, scope: Element, found: list[Element]
) -> list[Element]:
    """The bylines of ``found`` that stand between the headline and the story's first
    paragraph (``first``): the story's own, where the others (of the stories it links to,
    in cards inside it or in lists after it) follow its prose.

    The ``headline`` is the last ``<h1>`` before that paragraph, if any (in
    ``scope``: else all of ``scope`` before the paragraph counts); with no
    paragraph of prose in the container, none.
    """
    if not found or first is None:
        return []
    wanted = set(found)
    if headline is not None and any(a is scope for a in headline.iterancestors()):
        # Only the few elements between the headline and the paragraph.
        return [el for el in _between(headline, first) if el in wanted]
    before: list[Element] = []
    for el in scope.iter(lxml.etree.Element):
        if el is first:
            return before
        if el in wanted:
            before.append(el)
    return []


def _header_author_links(first: Element | None, headline: Element | None) -> list[Element]:
    """The page's links to an author's page (by their address or ``rel="author"``)
    between the headline (the last ``<h1>`` before the story's ``first``
    paragraph) and that paragraph, wherever the header stands; or, with none
    there, those just over the headline, among the few elements before it.
    None on a page without a headline before that paragraph.
    """
    if first is None or headline is None:
        return []
    links = [
        el for el in _between(headline, first, "a", "p") if el.tag == "a" and _is_author_link(el)
    ]
    if links:
        return links
    return [el for el in elements(_JUST_BEFORE(headline)) if _is_author_link(el)]


def _is_author_link(el: Element) -> bool:
    return el.get("rel") == "author" or _is_author_href(el.get("href"))


def _between(start: Element, stop: Element, *tags: str) -> Iterator[Element]:
    """The elements after ``start`` (its own included) up to ``stop``, in document
    order, of ``tags`` only if given (``stop``'s among them); at most a header's
    worth of them."""
    for count, el in enumerate(_following(start, tags)):
        if el is stop or count >= _MAX_HEADER_ELEMENTS:
            return
        yield el


def _following(start: Element, tags: tuple[str, ...] = ()) -> Iterator[Element]:
    """The elements inside and after ``start``, in document order (of ``tags`` only,
    if given: libxml2 picks them out)."""
    wanted = tags or (lxml.etree.Element,)
    yield from start.iterdescendants(*wanted)
    node: Element | None = start
    while node is not None:
        for sibling in node.itersiblings():
            yield from sibling.iter(*wanted)
        node = node.getparent()


# The nearest <h1> before an element (a reverse axis counts from the element).
_HEADLINE_BEFORE = lxml.etree.XPath("preceding::h1[1]")
# The links among the few elements just before one (a reverse axis: the nearest first).
_JUST_BEFORE = lxml.etree.XPath(f"preceding::*[position() <= {_OVER_HEADLINE_ELEMENTS}][self::a]")
# The header between a headline and the story: a few hundred elements at most.
_MAX_HEADER_ELEMENTS = 2000


def area_authors(
    container: Element | None, outlets: tuple[str, ...], found: list[Element]
) -> tuple[str, ...]:
    """The people in the visible byline of the article's area.

    Looks in the article's container, then in its ancestors a few levels up
    (the byline often sits in a header beside the body), for byline and
    author boxes and links to author pages (``found``, from
    :func:`area_bylines`); the nearest one naming people wins.  The bylines
    between the headline and the story's first paragraph come first
    (:func:`_header_bylines`): the bylines of other stories, in cards inside
    the container or in lists beside it, are as near.
    """
    if container is None:
        return ()
    scopes = _area_scopes(container)
    # The story's first paragraph: the bylines before it are the story's own.
    first = _first_prose(container)
    before = elements(_HEADLINE_BEFORE(first)) if first is not None else []
    headline = before[0] if before else None
    header = _header_bylines(first, headline, scopes[-1], found) or _header_author_links(
        first, headline
    )
    if header:
        texts = (_byline_text(el) for el in header[:_AREA_MAX_ELEMENTS])
        people = clean_authors((t for t in texts if t and len(t) <= _MAX_BYLINE_CHARS), outlets)
        if people:
            return tuple(people)
    # How far out each byline lies: the nearest scope that holds it.
    level = {el: len(scopes) - 1 for el in found}
    for depth in range(len(scopes) - 2, -1, -1):
        scope = scopes[depth]
        for el in found:
            if level[el] == depth + 1 and any(a is scope for a in el.iterancestors()):
                level[el] = depth
    for depth in range(len(scopes)):
        nearest = [el for el in found if level[el] <= depth][:_AREA_MAX_ELEMENTS]
        texts = (_byline_text(el) for el in nearest)
        people = clean_authors((t for t in texts if t and len(t) <= _MAX_BYLINE_CHARS), outlets)
        if people:
            return tuple(people)
    if container is not None:
        # Farther out, only a page whose author links all name one person.
        root = container.getroottree().getroot()
        links = {_byline_text(el) for el in elements(_AUTHOR_LINK_XPATH(root))[:_AREA_MAX_ELEMENTS]}
        people = clean_authors((t for t in links if t and len(t) <= _MAX_BYLINE_CHARS), outlets)
        if len(people) == 1:
            return tuple(people)
    return ()


def area_credit(found: list[Element], outlets: tuple[str, ...]) -> tuple[str, ...]:
    """The organisation the article area's byline credits, for a page that names no person.

    Reads the area's bylines (``found``, from :func:`area_bylines`) that say
    "By" and its links to an author's page, which readers see beside the
    story ("By Example Field Service", a link to "Metro Desk"), and keeps the
    first that reads as an organisation's name
    (:func:`~newsmodel_html._authors.credit_name`).  The markup's author
    values alone are not enough: without a visible byline they as often name
    a content system's account or a syndication feed.
    """
    texts: list[str] = []
    for el in found[:_AREA_MAX_ELEMENTS]:
        text = _text(el)
        # A link to an author's page, not any link in an author's box ("Twitter").
        href = el.get("href") or ""
        is_link = el.get("rel") == "author" or _is_author_href(href)
        if text and len(text) <= _MAX_BYLINE_CHARS and (is_link or _STARTS_WITH_BY.match(text)):
            texts.append(text)
    credit = credit_name(texts, outlets)
    return (credit,) if credit is not None else ()


_STARTS_WITH_BY = re.compile(r"^\s*by\b", re.IGNORECASE)
_NAME_TEXTS = lxml.etree.XPath("//body//text()[contains(., $name)]")
_TEXT_BEFORE = lxml.etree.XPath("preceding::text()[normalize-space()][1]")
_MAX_NAME_MENTIONS = 20
# A byline's own "By" just before a name: that name wrote the story.
_BYLINE_BY = re.compile(r"\bby\s*:?\s*$", re.IGNORECASE)


def without_picture_credits(root: Element, authors: tuple[str, ...]) -> tuple[str, ...]:
    """The authors without those the page credits only for its pictures.

    Metadata often lists everyone in the byline, the photographer and the
    stylist too, while the page shows "Photography by Jane Doe": a name the
    page writes after such a credit, and never after a plain "By", made the
    pictures, not the story.  The page's scripts must be gone (their JSON
    repeats the names).  The only author is always kept.
    """
    if len(authors) < 2:
        return authors
    kept = tuple(a for a in authors if not _credited_for_pictures(root, a))
    return kept or authors


def _credited_for_pictures(root: Element, name: str) -> bool:
    found = _NAME_TEXTS(root, name=name)
    if not isinstance(found, list):
        return False
    credited = False
    for text in found[:_MAX_NAME_MENTIONS]:
        if not isinstance(text, lxml.etree._ElementUnicodeResult):
            continue
        before = text[: text.find(name)]
        if not before.strip():
            holder = text.getparent()
            if holder is None:
                continue
            if text.is_tail:
                before = text_of(holder)
            else:
                previous = _TEXT_BEFORE(holder)
                before = str(previous[0]) if isinstance(previous, list) and previous else ""
        if PICTURE_CREDIT.search(before) is not None:
            credited = True
        elif _BYLINE_BY.search(before) is not None:
            return False
    return credited


def _rel_authors(root: Element) -> Iterator[str]:
    """The names of the page's first byline of ``rel="author"`` links: the first link
    and those beside it (in its parent's parent: co-authors may each have a
    box); the others link the writers of other stories (teasers, lists of
    more stories)."""
    links = elements(_REL_AUTHOR_XPATH(root))
    if len(links) < 2:
        yield from (_byline_text(el) for el in links)
        return
    box = links[0]
    for _ in range(_REL_BYLINE_LEVELS):
        parent = box.getparent()
        if parent is None:
            break
        box = parent
    for el in links:
        if el is box or any(a is box for a in el.iterancestors()):
            yield _byline_text(el)


def _microdata_authors(page: _Page) -> Iterator[str]:
    for el in page.itemprops.get("author", ()):
        names_inside = [n for n in el.iter() if n.get("itemprop") == "name"]
        if names_inside:
            yield from (n.get("content") or _text(n) for n in names_inside)
        else:
            yield el.get("content") or _text(el)


def _language(page: _Page, root: Element) -> str | None:
    candidates = [
        root.get("lang"),
        root.get("{http://www.w3.org/XML/1998/namespace}lang"),
        root.get("xml:lang"),
        page.first_meta("content-language", "language", "dc.language", "og:locale"),
        page.ld("inLanguage"),
    ]
    for value in candidates:
        if value:
            value = value.split(",")[0].strip()
            if _LANGUAGE.match(value):
                return value.replace("_", "-")
    return None


def _tags(page: _Page) -> tuple[str, ...]:
    keywords: Any = page.article.get("keywords")
    sources: list[list[str]] = []
    if isinstance(keywords, list):
        sources.append([k for k in keywords if isinstance(k, str)])
    elif isinstance(keywords, str):
        sources.append([keywords])
    for key in _TAG_META:
        sources.append(list(page.metas(key)))
    for values in sources:
        tags: list[str] = []
        seen: set[str] = set()
        for value in values:
            for tag in _TAG_SPLIT.split(value):
                tag = tag.strip()
                if tag and len(tag) <= 80 and tag.casefold() not in seen:
                    seen.add(tag.casefold())
                    tags.append(tag)
        if tags:
            return tuple(tags[:_MAX_TAGS])
    return ()


def _absolute(href: str | None, base: str | None) -> str | None:
    if not href:
        return None
    if base and not urlsplit(href).scheme:
        try:
            return urljoin(base, href)
        except ValueError:
            return None
    return href


def read_metadata(root: Element, url: str | None) -> Metadata:
    """Everything the page says about its article outside the body text."""
    page = _Page(root)
    canonical = _absolute(
        page.links.get("canonical") or page.first_meta("og:url") or page.ld("url"), url
    )
    address = url or canonical
    try:
        host = urlsplit(address).hostname if address else None
    except ValueError:
        host = None
    site_name = _site_name(page)
    publisher = page.article.get("publisher")
    outlets = tuple(
        n for n in (site_name, host, *(n for n, _ in names(publisher))) if n is not None
    )
    published_value, updated_value = _dates(page, root)
    if published_value is not None and _is_utc(published_value):
        # A UTC time a day off the date in the address: the address has the local date.
        stated = date_from_url(url) or date_from_url(canonical)
        if stated is not None and stated.value.precision is Precision.DAY:
            shift = abs((stated.value.date - published_value.date).days)
            if shift == 1 and _in_some_zone(published_value, stated.value.date):
                published_value = stated.value
    published = (
        ArticleDate(value=published_value, origin=DateOrigin.METADATA)
        if published_value is not None
        else date_from_url(url) or date_from_url(canonical)
    )
    updated = (
        ArticleDate(value=updated_value, origin=DateOrigin.METADATA)
        if updated_value is not None
        else None
    )
    description = page.first_meta("og:description", "description", "twitter:description")
    return Metadata(
        title=_title(page, root, site_name, host),
        authors=_authors(page, root, outlets),
        outlets=outlets,
        published=published,
        updated=updated,
        language=_language(page, root),
        canonical_url=canonical,
        site_name=site_name,
        description=description or page.ld("description"),
        tags=_tags(page),
        article_body=page.ld("articleBody"),
        article_elements=tuple(el for prop in _BODY_PROPS for el in page.itemprops.get(prop, ())),
        summaries=tuple(
            dict.fromkeys(
                s
                for s in (
                    *page.metas("og:description", "description", "twitter:description"),
                    page.ld("description"),
                )
                if s
            )
        ),
    )
