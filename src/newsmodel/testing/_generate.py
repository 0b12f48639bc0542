"""Deterministic news-like articles of any size, as plain text or as an HTML page.

For benchmarks and scaling tests, where Hypothesis is the wrong tool: the
same ``(size, seed)`` always gives the same document, and its prose has
what the analysis stages look for (names with titles, attributed quotes in
several styles, dates, places, reporting verbs, events) at a steady density,
so that time per byte can be compared across sizes.
"""

from __future__ import annotations

import html
import random
from collections.abc import Iterator

__all__ = ["news_html", "news_paragraphs", "news_text"]

_FIRST = "Anna Marek Lena Tomas Ines Kofi Priya Omar Elin Rosa Yusuf Hana Diego Greta".split()
_LAST = "Kovacs Lindqvist Mensah Okafor Haddad Castillo Brenner Nakamura Petrova Duarte".split()
_TITLES = ("Sen.", "Dr.", "Minister", "Mayor", "President", "spokeswoman", "Gen.")
_PLACES = ("Kyiv", "Lagos", "Lima", "Oslo", "Hanoi", "Quito", "Nairobi", "Porto", "Tbilisi")
_ORGS = ("the council", "the ministry", "Reuters", "the United Nations", "the port authority")
_VERBS = ("said", "told reporters", "added", "warned", "insisted", "explained")
_EVENTS = ("met", "signed an agreement with", "visited", "held talks with", "criticised")
_DATES = (
    "on Monday", "on March 13", "last week", "on 4 April 2024", "in June", "on Friday",
    "on Nov. 19, 2019", "yesterday", "in 2023", "on 2025-03-14",
)  # fmt: skip
_NOUNS = (
    "budget plan bridge hospital railway election harbour talks ceasefire vote schools "
    "prices tunnel project agreement inquiry"
).split()
_WORDS = (
    "the a new local regional final proposed long delayed public costly second early "
    "officials residents workers critics said would could after before during while"
).split()


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _clause(rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(rng.randint(3, 8))]
    words.insert(rng.randint(0, len(words)), rng.choice(_NOUNS))
    return " ".join(words)


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sentence(rng: random.Random) -> str:
    kind = rng.randrange(6)
    who = f"{rng.choice(_TITLES)} {_name(rng)}"
    if kind == 0:
        return f"“The {_clause(rng)},” {who} {rng.choice(_VERBS)} {rng.choice(_DATES)}."
    if kind == 1:
        return f'{who} {rng.choice(_VERBS)}: "We {_clause(rng)}."'
    if kind == 2:
        return (
            f"{_name(rng)} {rng.choice(_EVENTS)} {_name(rng)} in {rng.choice(_PLACES)} "
            f"{rng.choice(_DATES)}, according to {rng.choice(_ORGS)}."
        )
    if kind == 3:
        return f"{_capitalise(rng.choice(_ORGS))} said the {_clause(rng)} {rng.choice(_DATES)}."
    if kind == 4:
        return f"The {_clause(rng)}, {_name(rng)} said, was ‘{_clause(rng)}’."
    return f"{_capitalise(_clause(rng))} in {rng.choice(_PLACES)}."


def _paragraphs(seed: int) -> Iterator[str]:
    rng = random.Random(seed)
    while True:
        yield " ".join(_sentence(rng) for _ in range(rng.randint(1, 4)))


def news_paragraphs(size: int, seed: int = 0) -> list[str]:
    """Paragraphs of generated news prose adding up to about ``size`` characters."""
    out: list[str] = []
    total = 0
    for paragraph in _paragraphs(seed):
        if total >= size:
            break
        out.append(paragraph)
        total += len(paragraph) + 2
    return out


def news_text(size: int, seed: int = 0) -> str:
    """A plain-text article of about ``size`` characters: headline, byline, date, body."""
    rng = random.Random(seed + 1)
    header = f"Council approves {rng.choice(_NOUNS)} plan\n\nBy {_name(rng)}\n\nMarch 14, 2025\n\n"
    return header + "\n\n".join(news_paragraphs(max(0, size - len(header)), seed))


def news_html(size: int, seed: int = 0) -> str:
    """An HTML news page of about ``size`` characters, with boilerplate around the article."""
    rng = random.Random(seed + 2)
    head = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>Council approves plan</title>"
        "<meta property='article:published_time' content='2025-03-14T09:00:00Z'>"
        f"<meta name='author' content='{_name(rng)}'></head><body>"
        "<header><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header>"
        "<main><article><h1>Council approves plan</h1>"
    )
    tail = (
        "</article><aside class='related'><a href='/x'>Related story</a></aside></main>"
        "<footer>© News 2025</footer></body></html>"
    )
    body: list[str] = []
    total = len(head) + len(tail)
    for i, paragraph in enumerate(_paragraphs(seed)):
        if total >= size:
            break
        text = html.escape(paragraph, quote=False)
        parts = []
        if i % 12 == 11:
            parts.append(f"<h2>{html.escape(_capitalise(_clause(rng)))}</h2>")
        if i % 17 == 16:
            parts.append(f"<blockquote><p>{text}</p></blockquote>")
        elif i % 23 == 22:
            parts.append(f"<figure><img src='p.jpg'><figcaption>{text}</figcaption></figure>")
        else:
            parts.append(f"<p>{text}</p>")
        if i % 9 == 8:
            parts.append("<div class='ad'>Advertisement</div><div class='share'>Share</div>")
        body.extend(parts)
        total += sum(map(len, parts))
    return head + "".join(body) + tail
