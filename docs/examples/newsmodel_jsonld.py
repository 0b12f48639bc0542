# file: newsmodel_jsonld.py
"""A newsmodel source-format plugin for schema.org NewsArticle JSON-LD files.

Many publishing systems export articles as JSON-LD, the structured data that
also sits in a ``<script type="application/ld+json">`` of a news page::

    {"@context": "https://schema.org", "@type": "NewsArticle",
     "headline": "...", "datePublished": "2025-03-14T09:00:00Z",
     "author": [{"@type": "Person", "name": "Jane Doe"}],
     "articleBody": "First paragraph.\\n\\nSecond paragraph."}

Install it with an entry point in the ``newsmodel`` group (see
``docs/plugins.md``) or register it on a :class:`newsmodel.PluginManager`.
"""

from __future__ import annotations

import json
from typing import Any

from dateutil import parser as dateparser

import newsmodel
from newsmodel import ArticleDate, DateOrigin, DateValue, Document, RawSource, hookimpl

ARTICLE_TYPES = {
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "BlogPosting",
}


def _article(data: Any) -> dict[str, Any] | None:
    """The first schema.org article in the JSON, looking inside lists and @graph."""
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            kinds = item.get("@type")
            kinds = set(kinds) if isinstance(kinds, list) else {kinds}
            if kinds & ARTICLE_TYPES:
                return item
            stack.extend(v for k, v in item.items() if k == "@graph")
    return None


def _text(value: Any) -> str | None:
    """A JSON string as text; ``None`` for anything else.

    JSON may escape half a surrogate pair ("\\ud800"), which decodes to a
    lone surrogate: no valid text holds one, and it cannot be written as
    UTF-8, so it becomes U+FFFD, the replacement character.
    """
    if not isinstance(value, str):
        return None
    return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _names(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    names = (_text(i.get("name") if isinstance(i, dict) else i) for i in items)
    return tuple(n.strip() for n in names if n and n.strip())


def _date(value: Any) -> ArticleDate | None:
    text = _text(value)
    if text is None:
        return None
    try:
        parsed = dateparser.isoparse(text)
    except ValueError:
        return None
    return ArticleDate(value=DateValue.from_date(parsed), origin=DateOrigin.METADATA)


@hookimpl
def newsmodel_recognize(source: RawSource) -> float | None:
    """JSON whose first object mentions schema.org."""
    head = source.head(2048).lstrip()
    if not head.startswith((b"{", b"[")):
        return None
    return 0.95 if b"schema.org" in head or source.suffix == ".jsonld" else 0.1


@hookimpl
def newsmodel_read(source: RawSource) -> Document | None:
    """The article body as paragraphs, and the metadata JSON-LD carries."""
    try:
        data = json.loads(source.text if source.text is not None else source.data)
    except (ValueError, RecursionError) as exc:
        raise newsmodel.SourceError(f"not JSON: {exc}") from exc
    item = _article(data)
    body = _text(item.get("articleBody")) if item is not None else None
    if item is None or body is None:
        return None
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    keywords = item.get("keywords")
    listed = keywords.split(",") if isinstance(keywords, str) else keywords
    tags = [_text(t) for t in listed] if isinstance(listed, list) else []
    return Document.from_blocks(
        [("paragraph", p) for p in paragraphs],
        title=_text(item.get("headline")),
        authors=_names(item.get("author")),
        published=_date(item.get("datePublished")),
        updated=_date(item.get("dateModified")),
        language=_text(item.get("inLanguage")),
        url=_text(item.get("url")),
        tags=tuple(t.strip() for t in tags if t and t.strip()),
    )
