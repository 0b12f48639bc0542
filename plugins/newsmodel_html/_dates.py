"""Publication dates from markup, addresses and datelines, at the precision they give."""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as dateparser

from newsmodel import ArticleDate, DateOrigin, DateValue

__all__ = [
    "date_from_dateline",
    "date_from_url",
    "is_timestamp_line",
    "parse_date",
    "quick_day",
    "shown_day",
]

_ISO = re.compile(
    r"^\s*(?P<y>\d{4})-?(?P<m>\d{2})(?:-?(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{1,2}):?(?P<M>\d{2})(?::?(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?)?)?\s*$",
    re.IGNORECASE,
)
_EPOCH = re.compile(r"^\s*(\d{10})(\d{3})?\s*$")
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
_HAS_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_DAY_NAMES = re.compile(r"\b(?:on|at|published|posted|updated|modified|le|am)\b[:]?", re.I)
_MIN_YEAR, _MAX_YEAR = 1990, 2100

_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})[/-](?P<m>0?[1-9]|1[0-2])(?:[/-](?P<d>0?[1-9]|[12]\d|3[01]))?(?=[/_.-]|$)"
    r"|/(?P<y2>(?:19|20)\d{2})(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
    # The month as a word: /2019/nov/19/ or /2019/november/19/.
    r"|/(?P<y3>(?:19|20)\d{2})/(?P<m3>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may"
    r"|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))"
    r"/(?P<d3>0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)"
)
_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1
    )
}
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "WASHINGTON, Nov. 19, 2019 /PRNewswire/ --" or "LONDON, 19 November 2019 (Reuters) -"
_DATELINE = re.compile(
    r"^[A-Z][A-Za-z.'’ -]{1,40}(?:,\s*[A-Z][A-Za-z. ]{1,30})?,\s*"
    rf"(?P<date>{_MONTHS}\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}|\d{{1,2}}\s+{_MONTHS}\s+(?:19|20)\d{{2}})"
    r"\s*(?:[(/][^)/]{1,40}[)/]\s*)?(?:--|[-–—])"
)


def _plausible(year: int) -> bool:
    return _MIN_YEAR <= year <= _MAX_YEAR


def _from_iso(match: re.Match[str]) -> DateValue | None:
    year, month = int(match["y"]), int(match["m"])
    if not _plausible(year):
        return None
    if match["d"] is None:
        return DateValue.of(year, month)
    day = int(match["d"])
    if match["H"] is None:
        return DateValue.of(year, month, day)
    tz = match["tz"]
    zone: dt.tzinfo | None = None
    if tz:
        if tz.upper() == "Z":
            zone = dt.UTC
        else:
            digits = tz[1:].replace(":", "")
            hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
            offset = dt.timedelta(hours=hours, minutes=minutes)
            zone = dt.timezone(-offset if tz[0] == "-" else offset)
    value = dt.datetime(
        year, month, day, int(match["H"]), int(match["M"]), int(match["S"] or 0), tzinfo=zone
    )
    return DateValue.from_date(value)


def parse_date(text: str | None) -> DateValue | None:
    """A date or datetime from markup: ISO 8601, a Unix timestamp or a written date.

    Returns the value at the precision the text gives (a bare ``2019-11`` is a
    month), or ``None`` for text that holds no plausible date.
    """
    if not text or len(text) > 200:
        return None
    try:
        if match := _ISO.match(text):
            return _from_iso(match)
        if match := _EPOCH.match(text):
            stamp = int(match[1])
            moment = dt.datetime.fromtimestamp(stamp, tz=dt.UTC)
            return DateValue.from_date(moment) if _plausible(moment.year) else None
        return _from_words(text)
    except (ValueError, OverflowError):
        return None


def _zone(name: str, offset: int | None) -> dt.tzinfo | None:
    # Zone abbreviations ("EST", "IST") are ambiguous: keep a stated offset, else none,
    # instead of letting dateutil warn.
    return dt.timezone(dt.timedelta(seconds=offset)) if offset is not None else None


def _from_words(text: str) -> DateValue | None:
    if not _HAS_YEAR.search(text):
        return None
    cleaned = _DAY_NAMES.sub(" ", text)
    # Parse twice with different defaults: a field that changes was not in the text.
    first = dt.datetime(2001, 1, 1)
    second = dt.datetime(2002, 2, 2)
    try:
        a = dateparser.parse(cleaned, default=first, fuzzy=True, tzinfos=_zone)
        b = dateparser.parse(cleaned, default=second, fuzzy=True, tzinfos=_zone)
    except (ValueError, OverflowError, dateparser.ParserError):
        return None
    if a.year != b.year or not _plausible(a.year):
        return None
    if a.month != b.month:
        return DateValue.of(a.year)
    if a.day != b.day:
        return DateValue.of(a.year, a.month)
    if _HAS_TIME.search(text):
        return DateValue.from_date(a)
    return DateValue.of(a.year, a.month, a.day)


def date_from_url(url: str | None) -> ArticleDate | None:
    """The date in an address such as ``/2019/11/19/``, ``/20191119/`` or ``/2019/nov/19/``."""
    if not url:
        return None
    match = _URL_DATE.search(url)
    if match is None:
        return None
    try:
        if match["y2"]:
            value = DateValue.of(int(match["y2"]), int(match["m2"]), int(match["d2"]))
        elif match["y3"]:
            month = _MONTH_NUMBERS[match["m3"][:3].lower()]
            value = DateValue.of(int(match["y3"]), month, int(match["d3"]))
        elif match["d"]:
            value = DateValue.of(int(match["y"]), int(match["m"]), int(match["d"]))
        else:
            value = DateValue.of(int(match["y"]), int(match["m"]))
    except ValueError:
        return None
    return ArticleDate(value=value, origin=DateOrigin.URL)


def date_from_dateline(first_paragraph: str) -> ArticleDate | None:
    """The date of a dateline opening the article: ``PLACE, Nov. 19, 2019 (Agency) --``."""
    match = _DATELINE.match(first_paragraph)
    if match is None:
        return None
    value = _from_words(match["date"])
    if value is None:
        return None
    return ArticleDate(value=value, origin=DateOrigin.DATELINE)


_MONTH_NUMBER = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
_WRITTEN_DAY = re.compile(
    r"\b(?:(?P<m1>[A-Za-z]{3,9})\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d{2})"
    r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m2>[A-Za-z]{3,9})\.?,?\s+(?P<y2>(?:19|20)\d{2})"
    r"|(?P<y3>(?:19|20)\d{2})-(?P<m3>\d{2})-(?P<d3>\d{2}))(?!\d)"
)


def quick_day(text: str) -> DateValue | None:
    """The first calendar day written in ``text`` ("March 13, 2025", "13 March 2025",
    "2025-03-13"), found by one regular expression; ``None`` for anything else.

    For checking which days a page shows, where :func:`parse_date`'s full
    reading of every format is more than needed.
    """
    for match in _WRITTEN_DAY.finditer(text):
        try:
            if match["y3"]:
                return DateValue.of(int(match["y3"]), int(match["m3"]), int(match["d3"]))
            month_name = (match["m1"] or match["m2"]).lower()
            month = _MONTH_NUMBER.get(month_name)
            if month is None:
                continue
            day = int(match["d1"] or match["d2"])
            return DateValue.of(int(match["y1"] or match["y2"]), month, day)
        except ValueError:
            continue
    return None


# "19.12.2023", "19/12/2023", "12-19-2023": day and month in the order of the page's locale.
_NUMERIC_DAY = re.compile(
    r"(?<![\d.,/-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)"
    # Two-digit years only with slashes ("12/22/23"): dotted pairs are versions and scores.
    r"(?:(?P<y>(?:19|20)\d{2})(?!\d)|(?<=/)(?P<yy>\d{2})(?![\d/]))"
)


def shown_day(text: str, *, dayfirst: bool) -> DateValue | None:
    """The first calendar day written in a short visible text, as the page writes it.

    Reads what :func:`quick_day` reads, and numeric days: with dots always day
    first ("19.12.2023"), with slashes or hyphens day first when ``dayfirst``
    (the page's language writes them so) unless a number over 12 tells the
    order; a two-digit year only after slashes ("12/22/23", this century).
    Any time or zone beside the day is ignored: the calendar day the reader
    sees is the one kept.
    """
    words = _WRITTEN_DAY.search(text)
    numeric = _NUMERIC_DAY.search(text)
    if numeric is not None and (words is None or numeric.start() < words.start()):
        first, second = int(numeric["a"]), int(numeric["b"])
        if numeric["sep"] == "." or first > 12 or (dayfirst and second <= 12):
            day, month = first, second
        else:
            day, month = second, first
        year = int(numeric["y"]) if numeric["y"] else 2000 + int(numeric["yy"])
        try:
            return DateValue.of(year, month, day)
        except ValueError:
            return None
    return quick_day(text[words.start() :]) if words is not None else None


# A day written out: "Nov. 19", "19 November", "19/11/2019", "2019-11-19".
_A_DAY = re.compile(
    rf"\b{_MONTHS}\s+\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTHS}"
    r"|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b",
    re.IGNORECASE,
)
# What else a timestamp holds: weekdays, numbers, times, zones, labels, separators.
_TIMESTAMP_PARTS = re.compile(
    rf"\b(?:{_MONTHS}|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
    r"|\d{1,4}(?:st|nd|rd|th)?|[ap]\.?m\.?|published|updated|posted|modified|last|on|at"
    r"|[A-Z]{1,4}T|UTC|GMT)(?![\w])|[|,:.\-–—/•·]",
    re.IGNORECASE,
)
_LETTER = re.compile(r"[^\W\d_]")
# A stamp, not a date set as a timeline's entry: a time of day or a label.
_STAMPED = re.compile(r"\d:\d\d|\b(?:published|updated|posted|modified)\b", re.IGNORECASE)
_MAX_TIMESTAMP_CHARS = 80


def is_timestamp_line(text: str) -> bool:
    """Whether a short line is only a date with a time or a label, and a zone
    ("Published 11:34 PM EST Nov 19, 2019", "20 Nov, 2019 05:47"): a story's
    timestamp, never its text.  A date alone may be a timeline's entry, and a
    note in brackets ("(Published Monday, Nov. 18, 2019)") is the story's own."""
    if (
        len(text) > _MAX_TIMESTAMP_CHARS
        or text.startswith("(")
        or _STAMPED.search(text) is None
        or _A_DAY.search(text) is None
    ):
        return False
    return _LETTER.search(_TIMESTAMP_PARTS.sub(" ", text)) is None
