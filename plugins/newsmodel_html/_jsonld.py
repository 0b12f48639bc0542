"""Schema.org JSON-LD: the page's article object, however the page nests it."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

__all__ = ["ARTICLE_TYPES", "article_object", "json_ld_objects", "names", "text_of"]

#: schema.org types whose object describes the article itself.
ARTICLE_TYPES = frozenset(
    "Article NewsArticle ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle "
    "ReviewNewsArticle BackgroundNewsArticle AskPublicQuestionNewsArticle BlogPosting "
    "LiveBlogPosting SocialMediaPosting Report ScholarlyArticle TechArticle SatiricalArticle "
    "AdvertiserContentArticle DiscussionForumPosting Review".split()
)
_PAGE_TYPES = frozenset({"WebPage", "ItemPage", "Blog"})
# Some sites wrap their JSON in HTML comments or CDATA markers.
_WRAPPER = re.compile(
    r"^\s*(?:<!--|/\*\s*<!\[CDATA\[\s*\*/|<!\[CDATA\[)|(?:-->|/\*\s*\]\]>\s*\*/|\]\]>)\s*$"
)
_MAX_OBJECTS = 500


def _types(obj: dict[str, Any]) -> set[str]:
    value = obj.get("@type")
    found = value if isinstance(value, list) else [value]
    # "http://schema.org/NewsArticle" and "schema:NewsArticle" name the same type.
    return {t.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for t in found if isinstance(t, str)}


def _flatten(data: Any) -> Iterator[dict[str, Any]]:
    stack = [data]
    seen = 0
    while stack and seen < _MAX_OBJECTS:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            seen += 1
            yield item
            for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
                if isinstance(item.get(key), dict | list):
                    stack.append(item[key])


def json_ld_objects(scripts: Iterable[str]) -> list[dict[str, Any]]:
    """Every object of the page's JSON-LD scripts, ``@graph`` and lists flattened."""
    objects: list[dict[str, Any]] = []
    for script in scripts:
        text = _WRAPPER.sub("", script).strip()
        if not text:
            continue
        try:
            data = json.loads(text, strict=False)
        except (ValueError, RecursionError):
            continue
        objects.extend(_flatten(data))
    return objects


def article_object(objects: list[dict[str, Any]]) -> dict[str, Any]:
    """The object that describes the article: an Article type with the most to say.

    Falls back to a web page object with a headline, then to nothing.
    """
    articles = [o for o in objects if _types(o) & ARTICLE_TYPES]
    if not articles:
        articles = [o for o in objects if _types(o) & _PAGE_TYPES and "headline" in o]
    if not articles:
        return {}
    # A page lists related articles too; the article itself has a body or a date.
    return max(articles, key=lambda o: (len(text_of(o.get("articleBody")) or ""), len(o)))


def text_of(value: Any) -> str | None:
    """A JSON-LD value as a non-empty string: a string, or the first of a list."""
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if isinstance(value, str) and value.strip():
        # Sites often write HTML entities into JSON strings ("Trump&#8217;s").
        return html.unescape(value).strip() if "&" in value else value.strip()
    return None


def names(value: Any) -> list[tuple[str, bool]]:
    """The names in an ``author`` or ``creator`` value, each with whether it is a person.

    A ``Person`` or a plain string may be a person; an ``Organization`` is not.
    An object whose ``name`` is a list names each of its people.
    """
    out: list[tuple[str, bool]] = []
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, str) and item.strip():
            out.append((item.strip(), True))
        elif isinstance(item, dict):
            listed = item.get("name")
            if isinstance(listed, list) and len(listed) > 1:
                # One object naming several people: {"@type": "Person", "name": [...]}.
                types = _types(item)
                person = not types or bool(types & {"Person", "Thing"})
                out.extend((text, person) for n in listed if (text := text_of(n)) is not None)
                continue
            name = text_of(item.get("name"))
            if name is None:
                given, family = text_of(item.get("givenName")), text_of(item.get("familyName"))
                name = " ".join(n for n in (given, family) if n) or None
            if name is not None:
                types = _types(item)
                # "Thing" says nothing: the name decides, as for a plain string.
                person = not types or bool(types & {"Person", "Thing"})
                out.append((name, person))
    return out
