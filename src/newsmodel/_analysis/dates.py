"""Date expressions: found with their spans, resolved against the right anchor.

:func:`find_dates` is public (``newsmodel.find_dates``) and is the same code
the pipeline runs.  News conventions apply: a bare weekday is the most recent
one (the publication day's own weekday is that day), a day without a year is
the nearest such day to the reference.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from newsmodel._model import DateMention, DateValue, Precision

__all__ = ["coerce_reference", "find_dates"]

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_MONTH = "|".join(
    sorted(
        {m.capitalize() for m in MONTHS} | {m.upper() for m in MONTHS if len(m) > 3},
        key=len,
        reverse=True,
    )
)
_WEEKDAY = "|".join(w.capitalize() for w in WEEKDAYS)
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
_NUM = "|".join(sorted(NUMBERS, key=len, reverse=True))
_PART = r"(?:\s+(?:morning|afternoon|evening|night))"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b")),
    (
        "numeric",
        re.compile(r"(?<![\d/.,])\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})\b(?![/\d])"),
    ),
    (
        "mdy",
        re.compile(
            rf"\b(?:(?P<mod>early|late|mid-?)\s*)?(?:(?P<wd>{_WEEKDAY}){_PART}?,?\s+)?"
            rf"(?P<month>{_MONTH})\.?\s+(?P<d>{_DAYNUM})\b(?:,?\s+(?P<y>{_YEAR})\b)?"
        ),
    ),
    (
        "dmy",
        re.compile(
            rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{_DAYNUM})\s+(?:of\s+)?"
            rf"(?P<month>{_MONTH})\.?(?:,?\s+(?P<y>{_YEAR})\b)?"
        ),
    ),
    (
        "my",
        re.compile(
            rf"\b(?:(?P<mod>early|late|mid-?)\s*)?(?P<month>{_MONTH})\.?,?\s+(?:of\s+)?(?P<y>{_YEAR})\b"
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"\b(?:(?P<rel>last|next|this|early|late)\s+)?(?P<wd>{_WEEKDAY})\b{_PART}?",
            re.IGNORECASE,
        ),
    ),
    (
        "deictic",
        re.compile(r"\b(?P<word>yesterday|today|tomorrow|tonight|last\s+night)\b", re.IGNORECASE),
    ),
    (
        "period",
        re.compile(
            r"\b(?P<rel>last|this|next|past|(?:earlier|later)\s+this|(?:earlier|later)\s+last)\s+"
            r"(?P<unit>week|month|year)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "offset",
        re.compile(
            rf"\b(?P<n>\d{{1,3}}|{_NUM})\s+(?P<unit>day|week|month|year)s?\s+"
            r"(?P<dir>ago|later|earlier|before|after)\b(?!\s+(?:the|a|an|his|her|their|its)\b)",
            re.IGNORECASE,
        ),
    ),
    (
        "month",
        re.compile(
            rf"\b(?P<pre>in|since|until|till|by|during|from|through|early|late|mid-|last|this|next|of)"
            rf"\s*(?P<month>{_MONTH})\b(?!\s*\d)"
        ),
    ),
    (
        "year",
        re.compile(
            rf"(?:(?<=\bin )|(?<=\bsince )|(?<=\buntil )|(?<=\bby )|(?<=\bfrom )|(?<=\bduring )"
            rf"|(?<=\bof )|(?<=\bbefore )|(?<=\bafter )|(?<=\bearly )|(?<=\blate )|(?<=\bmid-)"
            rf"|(?<=\bthe )|(?<=['’]s )|(?<=\band )|(?<=\bto )|(?<=\bthrough )|(?<=\bbetween )"
            rf"|(?<=\bIn )|(?<=\bSince )|(?<=\bBy ))"
            rf"(?P<y>{_YEAR})\b(?![-,.]\d|%|\s*(?:percent|per cent))"
        ),
    ),
]


class _Hit(NamedTuple):
    start: int
    end: int
    rule: str
    match: re.Match[str]


def coerce_reference(reference: object) -> dt.date | None:
    """A reference date from a :class:`DateValue`, date, datetime or ISO string."""
    if reference is None:
        return None
    if isinstance(reference, DateValue):
        return reference.date
    if isinstance(reference, dt.datetime):
        return reference.date()
    if isinstance(reference, dt.date):
        return reference
    if isinstance(reference, str):
        return DateValue.parse(reference).date
    raise TypeError(f"a reference date cannot be a {type(reference).__name__}")


# Every date expression contains one of these anchors; only the patterns an
# anchor can belong to run, and only near it.
_ANCHORS: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (re.compile(rf"\b(?:{_MONTH})\b"), ("mdy", "dmy", "my", "month")),
    (re.compile(rf"\b(?:{_WEEKDAY}|{_WEEKDAY.lower()})\b"), ("mdy", "dmy", "weekday")),
    (re.compile(r"\b\d{4}-\d\d-\d\d\b"), ("iso",)),
    (re.compile(r"\d/\d"), ("numeric",)),
    (re.compile(r"\b(?:1[89]|2[01])\d\d\b"), ("year",)),
    (re.compile(r"\b(?:[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|night)\b"), ("deictic",)),
    (re.compile(r"\b(?:weeks?|months?|years?|days?)\b"), ("period", "offset")),
]
_BY_RULE = dict(_PATTERNS)
_REACH = 60


def _hits(text: str) -> list[_Hit]:
    found: dict[tuple[int, int, str], _Hit] = {}
    for anchor, rules in _ANCHORS:
        for a in anchor.finditer(text):
            lo, hi = max(0, a.start() - _REACH), min(len(text), a.end() + _REACH)
            for rule in rules:
                for m in _BY_RULE[rule].finditer(text, lo, hi):
                    if m.start() <= a.start() and a.end() <= m.end():
                        key = (m.start(), m.end(), rule)
                        found.setdefault(key, _Hit(m.start(), m.end(), rule, m))
    # Longest first, then leftmost: "late Thursday, March 13" beats "Thursday".
    ordered = sorted(found.values(), key=lambda h: (-(h.end - h.start), h.start))
    taken: list[_Hit] = []
    for h in ordered:
        if all(h.end <= t.start or h.start >= t.end for t in taken):
            taken.append(h)
    return sorted(taken, key=lambda h: h.start)


def _nearest_year(month: int, day: int, ref: dt.date) -> dt.date | None:
    """The date of this month and day nearest to the reference (past on a tie)."""
    best: dt.date | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - ref).days) < abs((best - ref).days):
            best = candidate
    return best


def _month_start(d: dt.date) -> dt.date:
    return d.replace(day=1)


def _week_start(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _resolve(
    hit: _Hit, ref: dt.date | None, context: dt.date | None
) -> tuple[DateValue | None, str]:
    m = hit.match
    g = m.groupdict()
    rule = hit.rule
    try:
        if rule == "iso":
            return DateValue.of(int(g["y"]), int(g["m"]), int(g["d"])), "absolute"
        if rule == "numeric":
            a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
            if y < 100:
                y += 2000 if y < 70 else 1900
            month, day = (b, a) if a > 12 else (a, b)
            return DateValue.of(y, month, day), "absolute"
        if rule in ("mdy", "dmy"):
            month = MONTHS[g["month"].lower()]
            day = int(re.match(r"\d+", g["d"]).group())  # type: ignore[union-attr]
            if g.get("y"):
                return DateValue.of(int(g["y"]), month, day), "absolute"
            if ref is None:
                return None, "publication"
            near = _nearest_year(month, day, ref)
            return (DateValue.from_date(near) if near else None), "publication"
        if rule == "my":
            return DateValue.of(int(g["y"]), MONTHS[g["month"].lower()]), "absolute"
        if rule == "year":
            return DateValue.of(int(g["y"])), "absolute"
        if ref is None:
            return None, "publication"
        if rule == "month":
            month = MONTHS[g["month"].lower()]
            pre = g["pre"].lower()
            year = ref.year
            if pre == "last":
                year = ref.year if month < ref.month else ref.year - 1
            elif pre == "next":
                year = ref.year if month > ref.month else ref.year + 1
            elif pre != "this":
                # The nearest such month, looking back first.
                if month - ref.month > 6:
                    year -= 1
                elif ref.month - month > 6:
                    year += 1
            return DateValue.of(year, month), "publication"
        if rule == "weekday":
            return _weekday(g, ref), "publication"
        if rule == "deictic":
            word = " ".join(g["word"].lower().split())
            delta = {"yesterday": -1, "tomorrow": 1, "last night": -1}.get(word, 0)
            return DateValue.from_date(ref + dt.timedelta(days=delta)), "publication"
        if rule == "period":
            return _period(g["rel"].lower(), g["unit"].lower(), ref), "publication"
        if rule == "offset":
            return _offset(g, ref, context)
    except (ValueError, KeyError, OverflowError):
        return None, "absolute"
    return None, "publication"


def _weekday(g: dict[str, str], ref: dt.date) -> DateValue:
    target = WEEKDAYS[g["wd"].lower()]
    rel = (g.get("rel") or "").lower()
    back = (ref.weekday() - target) % 7
    if rel == "next":
        ahead = (target - ref.weekday()) % 7 or 7
        return DateValue.from_date(ref + dt.timedelta(days=ahead))
    if rel == "last" and back == 0:
        back = 7
    if rel == "this" and back > 0:
        # "this Friday" said on a Wednesday is ahead.
        return DateValue.from_date(ref + dt.timedelta(days=(target - ref.weekday()) % 7))
    return DateValue.from_date(ref - dt.timedelta(days=back))


def _period(rel: str, unit: str, ref: dt.date) -> DateValue:
    step = -1 if rel.startswith(("last", "past")) or rel == "earlier last" else 0
    if rel == "next":
        step = 1
    if unit == "week":
        start = _week_start(ref) + dt.timedelta(weeks=step)
        return DateValue(precision=Precision.WEEK, value=start)
    if unit == "month":
        start = _month_start(ref) + relativedelta(months=step)
        return DateValue.of(start.year, start.month)
    return DateValue.of(ref.year + step)


def _offset(
    g: dict[str, str], ref: dt.date, context: dt.date | None
) -> tuple[DateValue | None, str]:
    raw = g["n"].lower()
    n = NUMBERS[raw] if raw in NUMBERS else int(raw)
    unit = g["unit"].lower()
    direction = g["dir"].lower()
    anchor, base = ("publication", ref)
    if direction in ("later", "after", "earlier", "before"):
        if context is None:
            return None, "context"
        anchor, base = "context", context
    sign = 1 if direction in ("later", "after") else -1
    delta = {
        "day": relativedelta(days=n),
        "week": relativedelta(weeks=n),
        "month": relativedelta(months=n),
        "year": relativedelta(years=n),
    }[unit]
    moved = base + delta if sign > 0 else base - delta
    if unit in ("day", "week"):
        return DateValue.from_date(moved), anchor
    if unit == "month":
        return DateValue.of(moved.year, moved.month), anchor
    return DateValue.of(moved.year), anchor


def _iter_mentions(text: str, ref: dt.date | None, start: int, end: int) -> Iterator[DateMention]:
    context: dt.date | None = None
    for hit in _hits(text[start:end]):
        value, anchor = _resolve(hit, ref, context)
        if value is not None and value.precision in (Precision.DAY, Precision.TIME):
            context = value.date
        a, b = hit.start + start, hit.end + start
        yield DateMention(text=text[a:b], start=a, end=b, value=value, anchor=anchor)


def find_dates(
    text: str,
    reference: DateValue | dt.date | str | None = None,
) -> list[DateMention]:
    """Find the date expressions in ``text`` and resolve them.

    ``reference`` is the date relative expressions ("Thursday", "last year",
    "March 13") are resolved against, usually the publication date; without
    one they keep ``value=None``.  Returns :class:`~newsmodel.DateMention`
    objects (``start``, ``end``, ``text``, ``value``, ``anchor``) in text
    order.  "Two days later" is resolved against the previous full date
    mentioned, with anchor ``"context"``.
    """
    return list(_iter_mentions(text, coerce_reference(reference), 0, len(text)))
