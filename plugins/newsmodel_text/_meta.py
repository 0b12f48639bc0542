"""Metadata lines: bylines, "Published:"/"Updated:" lines, and datelines.

A line is metadata only when *all* of it is: a byline is names, roles and
outlets; a date line is dates and labels, with "|" or "·" between parts.
Body sentences that start with "By" or mention a date are never taken.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings

from attrs import frozen
from dateutil import parser as date_parser
from dateutil import tz

from newsmodel import DateValue, Precision

__all__ = [
    "Dateline",
    "MetaLine",
    "parse_date",
    "read_dateline",
    "read_meta_line",
    "read_split_byline",
    "split_site",
]

_I = re.IGNORECASE

_ROLE_WORDS = frozenset(
    """writer writers reporter reporters correspondent correspondents editor editors contributor
    contributors columnist chief senior analyst producer photographer staff journalist intern
    fellow freelance freelancer special political business sports science health economics
    bureau desk contributing investigative national international foreign deputy managing
    associate digital team""".split()
)
_OUTLET_WORDS = frozenset(
    """press news times post reuters ap afp bloomberg agency network journal tribune herald
    guardian telegraph daily media service wire magazine radio tv television bbc cnn npr gazette
    chronicle observer review associated agence dpa efe xinhua tass upi online weekly dispatch
    courier star sun mail express independent standard bulletin report reporter-telegram
    newswire""".split()
)
_PARTICLES = frozenset("de del della der den van von da di du la le bin ibn al el ter".split())
_NOT_NAMES = frozenset(
    """the a an of and or in on at for to with this that these those our your his her their its
    my we you it is was are be by from""".split()
)

_BY = re.compile(
    r"^(?:(?:written|reported|story|words|text|article|analysis|reporting)\s+)?by\s*:?\s+(?=\S)",
    _I,
)
# How every metadata line without "|" or "," begins: "By", a label, a weekday, a month, a digit.
_META_HINT = re.compile(
    r"(?:written|reported|story|words|text|article|analysis|reporting|by|published|posted"
    r"|updated|last|modified|date|released|first|originally|mon|tue|wed|thu|fri|sat|sun|jan"
    r"|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)",
    _I,
)
_PARTS = re.compile(r"\s+[|·•]\s+|\s*\|\s*|\s+[—–]\s+")
_CHUNKS = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")
_ATTACHED = re.compile(r"\s+(?:in|for|at|from|with)\s+\S.*$")
_TOKEN_EDGE = ".,’'()"
_NAME_TOKEN = re.compile(r"^[^\W\d_][\w’'.-]*$")
_NOT_A_NAME = _ROLE_WORDS | _OUTLET_WORDS | _NOT_NAMES

_MONTHS = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
_WEEKDAYS = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DATE_SHAPE = re.compile(
    rf"\b(?:{_MONTHS})\b|\b\d{{4}}-\d\d-\d\d|\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{4}}\b", _I
)
_TIME = re.compile(r"\d{1,2}:\d\d|\d\s*[ap]\.?m\b", _I)
_MERIDIEM = re.compile(r"\b([ap])\.m\.?", _I)
_DATE_LABEL = re.compile(
    r"^(?P<label>(?:first |originally )?published|posted|updated|last updated|last modified"
    r"|modified|date(?:d)?|released)\b(?: on| at)?\s*(?P<colon>[:\-–—]?)\s*(?P<rest>.{0,80})$",
    _I,
)
_RELATIVE = re.compile(
    r"^(?:\d+|an?|one)\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|hour|day|week|month)s?\s+ago"
    r"|yesterday|today|just now$",
    _I,
)
_READING_TIME = re.compile(
    r"^\d{1,3}\s*min(?:ute)?s?\.?(?:\s+read)?$|^\d[\d,.]*\s*[km]?\s+views?$", _I
)

_EASTERN = tz.gettz("America/New_York")
_CENTRAL = tz.gettz("America/Chicago")
_MOUNTAIN = tz.gettz("America/Denver")
_PACIFIC = tz.gettz("America/Los_Angeles")
_TZINFOS: dict[str, int | dt.tzinfo | None] = {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 3600, "CET": 3600, "CEST": 7200, "EET": 7200,
    "EEST": 10800, "MSK": 10800, "IST": 19800, "JST": 32400, "AEST": 36000, "AEDT": 39600,
    "EST": -18000, "EDT": -14400, "CST": -21600, "CDT": -18000, "MST": -25200,
    "MDT": -21600, "PST": -28800, "PDT": -25200,
    "ET": _EASTERN, "CT": _CENTRAL, "MT": _MOUNTAIN, "PT": _PACIFIC,
}  # fmt: skip


@frozen
class MetaLine:
    """What a metadata line says: its kind, authors, and dates."""

    kind: str  #: "byline", "published" or "updated"
    authors: tuple[str, ...] = ()
    published: DateValue | None = None
    updated: DateValue | None = None
    bare_date: bool = False  #: only a date, with no label and no byline


@frozen
class Dateline:
    """A dateline at the start of a paragraph; ``date`` is its date text, if any."""

    end: int
    date: str | None


def parse_date(text: str) -> DateValue | None:
    """A full date, or date and time, such as "Friday, March 14, 2025 10:32 a.m. ET"."""
    cleaned = _MERIDIEM.sub(r"\1m", text.strip(" .,;"))
    if not (_YEAR.search(cleaned) and _DATE_SHAPE.search(cleaned)) or len(cleaned) > 80:
        return None
    default = dt.datetime(2000, 1, 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unknown time zone names: the date still stands
            value = date_parser.parse(cleaned, default=default, tzinfos=_TZINFOS)
    except (ValueError, OverflowError):
        return None
    if _TIME.search(cleaned):
        return DateValue(precision=Precision.TIME, value=value)
    return DateValue.of(value.year, value.month, value.day)


def _name(chunk: str) -> str | None:
    """``chunk`` as a person's name (title-cased if it was all capitals), or ``None``."""
    tokens = chunk.split()
    if not 2 <= len(tokens) <= 5:
        return None
    capitalised = 0
    for token in tokens:
        bare = token.strip(_TOKEN_EDGE).lower()
        if not _NAME_TOKEN.match(token) or bare in _NOT_A_NAME:
            return None
        if token[0].isupper():
            capitalised += 1
        elif bare not in _PARTICLES and not token.startswith(("al-", "el-")):
            return None
    if capitalised < 2 or not tokens[-1][0].isupper():
        return None
    return chunk.title() if chunk.isupper() else chunk


def _is_role_or_outlet(chunk: str) -> bool:
    tokens = [t.strip(_TOKEN_EDGE).lower() for t in chunk.split()]
    if not 1 <= len(tokens) <= 6:
        return False
    if not any(t in _ROLE_WORDS or t in _OUTLET_WORDS for t in tokens):
        return False
    return all(w[:1].isupper() or w.lower() in _NOT_NAMES for w in chunk.split())


def _authors(text: str) -> tuple[list[str], bool] | None:
    """Names in a byline's text, and whether a role or an outlet stood beside them."""
    names: list[str] = []
    described = False
    for raw in _CHUNKS.split(text.strip(" .")):
        chunk = raw.strip()
        if not chunk:
            continue
        bare = _ATTACHED.sub("", chunk)  # "Jane Doe in Moscow", "Jane Doe for The Planet"
        name = _name(chunk) or _name(bare)
        if name is not None:
            names.append(name)
        elif _is_role_or_outlet(chunk) or _is_role_or_outlet(bare):
            described = True
        else:
            return None
    return names, described


def _date_part(part: str) -> MetaLine | None:
    labelled = _DATE_LABEL.match(part)
    if labelled:
        rest = labelled["rest"]
        value = parse_date(rest)
        if value is None and not (labelled["colon"] or _RELATIVE.match(rest)):
            return None
        label = labelled["label"].lower()
        if "updated" in label or "modified" in label:
            return MetaLine("updated", updated=value)
        return MetaLine("published", published=value)
    value = parse_date(part)
    return MetaLine("published", published=value, bare_date=True) if value is not None else None


def read_meta_line(line: str) -> MetaLine | None:
    """Read a byline or a date line; ``None`` for any other line."""
    if len(line) > 240 or not (_META_HINT.match(line) or _PARTS.search(line) or "," in line):
        return None
    parts = [p for p in _PARTS.split(line) if p]
    authors: list[str] = []
    published: DateValue | None = None
    updated: DateValue | None = None
    byline = False
    kinds: list[str] = []
    bare = True
    for i, part in enumerate(parts):
        by = _BY.match(part)
        found = _authors(part[by.end() :] if by else part)
        if by and found is None:
            return None  # "By the end of the week, ..."
        if found is not None and found[0] and (by or found[1] or len(parts) > 1):
            authors += found[0]
            byline = True
            continue
        if by or _READING_TIME.match(part) or (i and _is_role_or_outlet(part)):
            byline = byline or bool(by)
            continue
        dated = _date_part(part)
        if dated is None:
            return None
        kinds.append(dated.kind)
        bare = bare and dated.bare_date
        published = published or dated.published
        updated = updated or dated.updated
    if not (byline or kinds):
        return None
    kind = "byline" if byline else kinds[0]
    return MetaLine(kind, tuple(authors), published, updated, bare and not byline)


def read_split_byline(name_line: str, role_line: str) -> MetaLine | None:
    """A byline set on two lines: "Jane Doe" over "Staff Writer" or "Reuters"."""
    name = _name(name_line.strip())
    if name is None or len(role_line) > 60 or not _is_role_or_outlet(role_line):
        return None
    return MetaLine("byline", (name,))


_PLACE = r"[A-Z][A-Za-z.'’-]*(?: [A-Z][A-Za-z.'’-]*){0,3}"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE}(?:, {_PLACE})?)"
    rf"(?:,? (?P<date>(?:{_WEEKDAYS},? )?(?:{_MONTHS})\.? \d{{1,2}}(?:, \d{{4}})?"
    rf"|\d{{1,2}} (?:{_MONTHS})\.?(?: \d{{4}})?))?"
    r"(?: ?\((?P<agency>[A-Za-z][\w .&'’/-]{0,40})\)| ?/(?P<wire>[A-Za-z][\w .-]{0,30})/)?"
    r" ?(?:—|–|―|--?) ?"
)


def read_dateline(paragraph: str) -> Dateline | None:
    """The dateline opening a paragraph: "WASHINGTON (AP) —", "Moscow, March 13 (Reuters) -"."""
    match = _DATELINE.match(paragraph)
    if match is None or match.end() >= len(paragraph):
        return None
    place = match["place"]
    if not (match["date"] or match["agency"] or match["wire"] or place.upper() == place):
        return None
    return Dateline(match.end(), match["date"])


# A site's name after the headline: "... - Reuters", "... | The Daily Planet".
_SITE_SUFFIX = re.compile(
    r"\s+(?P<mark>\||[-–—])\s+(?P<site>(?:(?!\s(?:\||[-–—])\s)[^|]){1,40}?)\s*$"
)
_SITE_WORD = re.compile(r"^(?:[A-Z0-9][\w.&’'!-]*|&|of|the|and|on|de|du|la|le|el|der)$")
#: The fewest words a headline keeps when a site's name is taken off its end.
TITLE_LEFT = 2


def _site_like(site: str, mark: str) -> bool:
    tokens = site.split()
    if not 1 <= len(tokens) <= 5 or not all(_SITE_WORD.match(t) for t in tokens):
        return False
    if any(t.isdigit() for t in tokens):  # "Top 10 Picks": a headline's own ending
        return False
    if mark == "|":
        return True
    # After a dash only a name that is clearly an outlet's: "Reuters", "AP News";
    # "Election 2024 - What Happens Next" keeps its ending.
    bare = {t.strip(_TOKEN_EDGE).lower() for t in tokens}
    return len(tokens) == 1 or bool(bare & _OUTLET_WORDS)


def split_site(title: str) -> tuple[str, str | None]:
    """A headline without the site's name after " - " or " | ", and that name.

    "Port strike ends | Daily Planet" gives ("Port strike ends", "Daily
    Planet"); with several parts ("Title | World | Daily Planet") the last is
    the site and the sections between are dropped with it.
    """
    site: str | None = None
    rest = title
    while True:
        match = _SITE_SUFFIX.search(rest)
        if match is None or not _site_like(match["site"], match["mark"]):
            break
        head = rest[: match.start()]
        if len(head.split()) < TITLE_LEFT:
            break
        site = site or match["site"]
        rest = head
        if match["mark"] != "|":
            break  # only "|" strings sections together
    return rest, site
