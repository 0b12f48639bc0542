"""Deterministic scaling checks: count the Python work a call does, not its time.

Timing a parser at two sizes makes a flaky test on a shared machine.  The
number of Python function calls and executed lines is exact instead: a
linear parser does about four times the work on four times the input, a
quadratic one sixteen times.  What the count cannot see is work done inside
C code, such as a regular expression backtracking; inputs from
:func:`~newsmodel.testing.hostile_inputs` run at full size catch that.
"""

from __future__ import annotations

import functools
import html
import sys
from collections.abc import Callable, Sequence
from types import FrameType
from typing import Any

__all__ = [
    "assert_scales_linearly",
    "concatenated_articles",
    "concatenated_articles_html",
    "count_steps",
    "repeated_officials_text",
]


def count_steps(call: Callable[[], object]) -> int:
    """The number of Python calls and executed lines (loop iterations included) of ``call()``."""
    steps = 0

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal steps
        steps += 1
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        call()
    finally:
        sys.settrace(previous)
    return steps


def assert_scales_linearly(
    make: Callable[[int], Any],
    run: Callable[[Any], object],
    *,
    sizes: Sequence[int] = (250, 1000),
    slack: float = 1.5,
) -> list[int]:
    """Assert that ``run(make(n))`` does at most linearly more work as ``n`` grows.

    ``run`` is called once on ``make(sizes[0])`` first, untraced, so that
    caches and lazy imports do not count.  Then the steps of each size are
    counted; between consecutive sizes the work may grow by at most
    ``slack`` times the growth of ``n``.  Returns the step counts.
    """
    run(make(sizes[0]))
    counts = []
    for n in sizes:
        counts.append(count_steps(functools.partial(run, make(n))))
    for (n0, c0), (n1, c1) in zip(
        zip(sizes, counts, strict=True), zip(sizes[1:], counts[1:], strict=True), strict=False
    ):
        allowed = slack * (n1 / n0)
        if c1 > allowed * max(c0, 1):
            raise AssertionError(
                f"work grows superlinearly: {c0:,} steps at n={n0:,}, {c1:,} at n={n1:,} "
                f"({c1 / max(c0, 1):.1f}x for {n1 / n0:.1f}x the input; at most {allowed:.1f}x)"
            )
    return counts


# -- inputs with realistic repetition ------------------------------------------------------
#
# Generated prose with random names hides work that grows with repetition:
# real text quotes the same group source thousands of times, names the same
# people throughout, and is often many articles concatenated.  These
# generators repeat on purpose.  All names and sentences are invented.

_CAST = (
    ("Mayor", "Ana Ruiz", "Ruiz", "mayor"),
    ("Minister", "Tomas Brenner", "Brenner", "minister"),
    ("Dr.", "Priya Okafor", "Okafor", "doctor"),
    ("Gen.", "Omar Lindqvist", "Lindqvist", "general"),
    ("Sen.", "Greta Haddad", "Haddad", "senator"),
    ("spokeswoman", "Elin Castillo", "Castillo", "spokeswoman"),
)
_GROUPS = ("officials", "a senior official", "residents", "analysts", "diplomats")
_SAYINGS = (
    "We will not comment on the talks",
    "The bridge will open when it is safe",
    "Nobody told us anything about the closures",
    "The budget cannot carry another delay",
    "We expect the vote to pass next week",
    "Prices at the port have doubled since the strike began",
    "This is the worst flooding we have seen",
)
_DAYS = ("on Monday", "on Tuesday", "last week", "on March 13", "on 4 April 2024", "yesterday")
_TOPICS = ("port strike", "bridge repairs", "budget vote", "flood defences", "rail tunnel")


def _cycle_paragraph(i: int, *, groups_only: bool) -> str:
    """Paragraph ``i`` of a story: a short paragraph, usually one quote."""
    saying = _SAYINGS[i % len(_SAYINGS)]
    day = _DAYS[i % len(_DAYS)]
    if groups_only:
        # The same group source, thousands of times, every paragraph.
        return f"“{saying},” officials said {day}."
    title, name, surname, noun = _CAST[i % len(_CAST)]
    group = _GROUPS[i % len(_GROUPS)]
    kind = i % 6
    if kind == 0:
        return f"“{saying},” {title} {name} said {day}."
    if kind == 1:
        return f"“{saying},” {group} said. {surname} disagreed."
    if kind == 2:
        return f"{surname} told reporters {day}: “{saying}.”"
    if kind == 3:
        return f"The {noun} said the plan was on track. “{saying},” she added."
    if kind == 4:
        return f"{name} met {_CAST[(i + 1) % len(_CAST)][1]} in Porto {day}."
    return f"“{saying},” {group} told the council {day}."


def repeated_officials_text(size: int) -> str:
    """About ``size`` characters of short paragraphs, each quoting "officials"."""
    out = ["Port strike enters its second month", "March 14, 2025"]
    total = sum(len(p) + 2 for p in out)
    i = 0
    while total < size:
        paragraph = _cycle_paragraph(i, groups_only=True)
        out.append(paragraph)
        total += len(paragraph) + 2
        i += 1
    return "\n\n".join(out)


def _article_paragraphs(n: int, size: int) -> list[str]:
    topic = _TOPICS[n % len(_TOPICS)]
    paragraphs = [
        f"City faces new {topic} row",
        f"By {_CAST[n % len(_CAST)][1]}",
        f"March {n % 28 + 1}, 2025",
    ]
    total = 0
    i = n * 7
    while total < size:
        paragraph = _cycle_paragraph(i, groups_only=False)
        paragraphs.append(paragraph)
        total += len(paragraph) + 2
        i += 1
    return paragraphs


def concatenated_articles(size: int, *, article_size: int = 3_000) -> str:
    """About ``size`` characters of news articles, one after another, as one plain text.

    Each article has a headline, a byline and a date, then short paragraphs
    quoting the same recurring people and group sources.
    """
    out: list[str] = []
    total = 0
    n = 0
    while total < size:
        article = "\n\n".join(_article_paragraphs(n, min(article_size, size - total)))
        out.append(article)
        total += len(article) + 2
        n += 1
    return "\n\n".join(out)


def concatenated_articles_html(size: int, *, article_size: int = 3_000) -> str:
    """The articles of :func:`concatenated_articles` as one HTML page, an ``<article>`` each."""
    head = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<title>News</title></head><body><main>"
    )
    tail = "</main></body></html>"
    out: list[str] = []
    total = len(head) + len(tail)
    n = 0
    while total < size:
        headline, byline, date, *body = _article_paragraphs(n, min(article_size, size - total))
        article = (
            f"<article><h2>{html.escape(headline)}</h2><p>{html.escape(byline)}</p>"
            f"<p>{html.escape(date)}</p>"
            + "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in body)
            + "</article>"
        )
        out.append(article)
        total += len(article)
        n += 1
    return head + "".join(out) + tail
