"""The article body and metadata of an HTML page, with lxml."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import lxml.etree
import lxml.html
from dateutil import parser as dateparser

from newsmodel import ArticleDate, BlockKind, DateOrigin, DateValue, Document, SourceError

__all__ = ["read_page"]

_DROP_TAGS = {
    "script", "style", "noscript", "nav", "footer", "aside", "form", "iframe", "svg", "button",
    "select", "input", "textarea", "template", "canvas", "video", "audio", "object", "embed",
    "header", "menu", "dialog",
}  # fmt: skip
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|footer|sidebar|side-bar|share|sharing|social|related|"
    r"recommend\w*|promo\w*|advert\w*|ads?|ad-slot|sponsor\w*|newsletter|subscribe\w*|"
    r"subscription|cookie\w*|consent|breadcrumbs?|comments?|popup|modal|paywall|outbrain|"
    r"taboola|most-read|mostread|trending|byline|author-bio|tags?|toolbar|masthead|banner)"
    r"(?:$|[\s_-])",
    re.I,
)
_BLOCK_TAGS = {
    "p": BlockKind.PARAGRAPH, "h2": BlockKind.HEADING, "h3": BlockKind.HEADING,
    "h4": BlockKind.HEADING, "h5": BlockKind.HEADING, "h6": BlockKind.HEADING,
    "blockquote": BlockKind.BLOCKQUOTE, "figcaption": BlockKind.CAPTION,
    "li": BlockKind.LIST_ITEM, "pre": BlockKind.PREFORMATTED,
}  # fmt: skip
_SPACE = re.compile(r"\s+")


def _parse(data: bytes | str) -> Any:
    parser = lxml.html.HTMLParser(
        remove_comments=True, remove_pis=True, no_network=True, recover=True
    )
    try:
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogatepass")
            parser = lxml.html.HTMLParser(
                remove_comments=True,
                remove_pis=True,
                no_network=True,
                recover=True,
                encoding="utf-8",
            )
        if not data.strip():
            return None
        return lxml.html.document_fromstring(data, parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise SourceError(f"unreadable HTML: {exc}") from exc


def _text(el: Any) -> str:
    return _SPACE.sub(" ", el.text_content()).strip()


def _is_boilerplate(el: Any) -> bool:
    attrs = " ".join(str(el.get(a) or "") for a in ("class", "id", "role"))
    if el.get("role") in ("navigation", "banner", "contentinfo", "complementary"):
        return True
    if el.get("aria-hidden") == "true" or el.get("hidden") is not None:
        return True
    return bool(attrs.strip()) and bool(_BOILERPLATE.search(attrs))


def _clean(root: Any) -> None:
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        if el.tag in _DROP_TAGS or (
            el.tag not in ("html", "body", "article", "main") and _is_boilerplate(el)
        ):
            parent = el.getparent()
            if parent is not None:
                el.drop_tree()


def _score(el: Any) -> float:
    paragraphs = el.findall(".//p")
    text = sum(len(_text(p)) for p in paragraphs)
    links = sum(len(_text(a)) for a in el.findall(".//a"))
    return text - 2 * links


def _main(root: Any) -> Any:
    for query in ('.//*[@itemprop="articleBody"]', ".//article", ".//main"):
        found = root.findall(query)
        found = [f for f in found if len(_text(f)) > 200]
        if found:
            return max(found, key=_score)
    best, best_score = root, 0.0
    for el in root.iter("div", "section", "td"):
        s = _score(el)
        if s > best_score:
            best, best_score = el, s
    return best


def _blocks(main: Any) -> Iterator[tuple[str, str]]:
    for el in main.iter():
        if not isinstance(el.tag, str):
            continue
        kind = _BLOCK_TAGS.get(el.tag)
        if kind is None:
            continue
        if el.tag == "p" and any(
            a.tag in ("blockquote", "li", "figcaption") for a in el.iterancestors()
        ):
            continue
        if el.tag == "li" and el.find(".//p") is not None:
            continue
        text = _text(el)
        if text:
            yield kind.value, text


def _meta(root: Any, *names: str) -> str | None:
    for name in names:
        for el in root.iterfind(f'.//meta[@property="{name}"]'):
            if el.get("content", "").strip():
                return str(el.get("content")).strip()
        for el in root.iterfind(f'.//meta[@name="{name}"]'):
            if el.get("content", "").strip():
                return str(el.get("content")).strip()
        for el in root.iterfind(f'.//meta[@itemprop="{name}"]'):
            if el.get("content", "").strip():
                return str(el.get("content")).strip()
    return None


def _json_ld(root: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for el in root.iterfind('.//script[@type="application/ld+json"]'):
        try:
            data = json.loads(el.text or "")
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                out.append(item)
    return [
        d
        for d in out
        if "Article" in str(d.get("@type", "")) or "NewsArticle" in str(d.get("@type", ""))
    ]


def _date(value: str | None, origin: DateOrigin) -> ArticleDate | None:
    if not value:
        return None
    try:
        parsed = dateparser.isoparse(value.strip())
    except (ValueError, OverflowError):
        try:
            parsed = dateparser.parse(value.strip())
        except (ValueError, OverflowError, dateparser.ParserError):
            return None
    has_time = bool(re.search(r"\d:\d", value))
    return ArticleDate(
        value=DateValue.from_date(parsed if has_time else parsed.date()), origin=origin
    )


def _authors(ld: list[dict[str, Any]], root: Any) -> list[str]:
    names: list[str] = []
    for item in ld:
        author = item.get("author")
        for a in author if isinstance(author, list) else [author]:
            name = a.get("name") if isinstance(a, dict) else a
            if isinstance(name, str) and name.strip() and name.strip() not in names:
                names.append(name.strip())
    if not names:
        meta = _meta(root, "author", "article:author", "parsely-author", "sailthru.author")
        if meta and not meta.startswith("http"):
            names.extend(n.strip() for n in re.split(r",| and ", meta) if n.strip())
    return [re.sub(r"^by\s+", "", n, flags=re.I) for n in names]


def read_page(data: bytes | str, *, url: str | None = None) -> Document | None:
    """The document of an HTML page, or ``None`` when it has no text at all."""
    root = _parse(data)
    if root is None:
        return None
    ld = _json_ld(root)
    first = ld[0] if ld else {}
    title = (
        (first.get("headline") if isinstance(first.get("headline"), str) else None)
        or _meta(root, "og:title", "twitter:title")
        or (_text(root.find(".//title")) if root.find(".//title") is not None else None)
    )
    published = _date(
        (first.get("datePublished") if isinstance(first.get("datePublished"), str) else None)
        or _meta(root, "article:published_time", "datePublished", "pubdate", "date"),
        DateOrigin.METADATA,
    )
    updated = _date(
        (first.get("dateModified") if isinstance(first.get("dateModified"), str) else None)
        or _meta(root, "article:modified_time", "dateModified"),
        DateOrigin.METADATA,
    )
    authors = _authors(ld, root)
    language = root.get("lang") or _meta(root, "og:locale")
    canonical = root.find('.//link[@rel="canonical"]')
    _clean(root)
    body = root.find(".//body")
    main = _main(body if body is not None else root)
    parts = list(_blocks(main))
    if not parts and isinstance(first.get("articleBody"), str):
        parts = [("paragraph", p.strip()) for p in first["articleBody"].split("\n") if p.strip()]
    if not parts:
        text = _text(main)
        if not text:
            return None
        parts = [("paragraph", text)]
    return Document.from_blocks(
        parts,
        title=title,
        authors=tuple(authors),
        published=published,
        updated=updated,
        language=language,
        url=url,
        canonical_url=canonical.get("href") if canonical is not None else None,
        site_name=_meta(root, "og:site_name"),
        description=_meta(root, "og:description", "description"),
    )
