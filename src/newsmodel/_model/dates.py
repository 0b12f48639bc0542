"""Dates at the precision the text gives them, and where they came from."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable

from attrs import field, frozen
from attrs.validators import instance_of

from newsmodel._model import _convert
from newsmodel._model.spans import Span, check_end, check_offset

__all__ = [
    "REFERENCE_PRECISIONS",
    "SEASON_MONTHS",
    "ArticleDate",
    "DateMention",
    "DateOrigin",
    "DateValue",
    "Precision",
]


class Precision(enum.StrEnum):
    """How much of a date is known."""

    CENTURY = "century"  #: "the 20th century", written 19 as in TimeML
    DECADE = "decade"  #: "the 1990s", written 199 as in TimeML
    YEAR = "year"
    FISCAL_YEAR = "fiscal_year"  #: "fiscal 2024", written FY2024 as in TimeML
    HALF = "half"  #: a half year, "2024-H1"
    QUARTER = "quarter"  #: a calendar quarter, "2024-Q3"
    #: a season, "2024-SU" as in TimeML: SP March-May, SU June-August, FA September-November,
    #: WI December to February (named by the year of its December)
    SEASON = "season"
    MONTH = "month"
    WEEK = "week"  #: an ISO 8601 week
    WEEKEND = "weekend"  #: the Saturday and Sunday of an ISO week, "2024-W10-WE" as in TimeML
    DAY = "day"
    TIME = "time"  #: a date and a time of day
    #: TimeML's reference values: "now", "the past", "the future", with no calendar date.
    PRESENT_REF = "present_ref"
    PAST_REF = "past_ref"
    FUTURE_REF = "future_ref"


#: The precisions that name no calendar date (TimeML's PRESENT_REF, PAST_REF, FUTURE_REF).
REFERENCE_PRECISIONS = frozenset({Precision.PRESENT_REF, Precision.PAST_REF, Precision.FUTURE_REF})


_ISO_YEAR = re.compile(r"^(\d{4})$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_ISO_WEEKEND = re.compile(r"^(\d{4})-W(\d{2})-WE$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_FISCAL = re.compile(r"^FY(\d{4})$")
_ISO_HALF = re.compile(r"^(\d{4})-H([12])$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")
_ISO_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
#: TimeML's season codes and the month each season begins in (the northern hemisphere's
#: meteorological seasons).
SEASON_MONTHS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_SEASON_OF_MONTH = {m: code for code, m in SEASON_MONTHS.items()}


def _check_value(instance: DateValue, attribute: object, value: dt.date) -> None:
    p = instance.precision
    is_datetime = isinstance(value, dt.datetime)
    if (p is Precision.TIME) != is_datetime:
        raise ValueError(f"a {p} date needs a {'datetime' if p is Precision.TIME else 'date'}")
    if p in (Precision.YEAR, Precision.FISCAL_YEAR) and (value.month, value.day) != (1, 1):
        raise ValueError("a year is stored as its first day")
    if p is Precision.MONTH and value.day != 1:
        raise ValueError("a month is stored as its first day")
    if p is Precision.WEEK and value.isoweekday() != 1:
        raise ValueError("an ISO week is stored as its Monday")
    if p is Precision.WEEKEND and value.isoweekday() != 6:
        raise ValueError("a weekend is stored as its Saturday")
    if p is Precision.QUARTER and (value.day != 1 or value.month not in (1, 4, 7, 10)):
        raise ValueError("a quarter is stored as its first day")
    if p is Precision.HALF and (value.day != 1 or value.month not in (1, 7)):
        raise ValueError("a half year is stored as its first day")
    if p is Precision.DECADE and (value.year % 10 or (value.month, value.day) != (1, 1)):
        raise ValueError("a decade is stored as its first day")
    if p is Precision.CENTURY and (value.year % 100 or (value.month, value.day) != (1, 1)):
        raise ValueError("a century is stored as its first day")
    if p is Precision.SEASON and (value.day != 1 or value.month not in _SEASON_OF_MONTH):
        raise ValueError("a season is stored as its first day")
    if p in REFERENCE_PRECISIONS and value != dt.date.min:
        raise ValueError("a reference value (PRESENT_REF, ...) has no date: store date.min")


def _precision(value: str) -> Precision:
    # A member as it is: calling the enum class costs a Python-level look-up, and
    # this runs for every object built.
    return value if isinstance(value, Precision) else Precision(value)


@frozen(kw_only=True, order=False)
class DateValue:
    """A calendar date, week, month, year or datetime.

    ``value`` holds the first day of the period (the Monday of a week); a
    ``TIME`` value is a :class:`datetime.datetime`, timezone-aware when the
    source said which zone.  :meth:`isoformat` gives ISO 8601 at the known
    precision: ``19`` (a century), ``199`` (a decade), ``2025``, ``FY2025``
    (a fiscal year), ``2025-H1``, ``2025-Q3``, ``2025-SU`` (a season),
    ``2025-03``, ``2025-W11``, ``2025-W11-WE`` (a weekend),
    ``2025-03-13`` or a full datetime.  TimeML's reference values ("now",
    "the past", "the future") have their own precisions and no calendar
    date: their ``value`` is :data:`datetime.date.min`, they span all time
    (:attr:`date` to :attr:`last_day`), and :meth:`isoformat` writes
    ``PRESENT_REF``, ``PAST_REF`` or ``FUTURE_REF``.
    """

    precision: Precision = field(converter=_precision)
    value: dt.date = field(validator=[instance_of(dt.date), _check_value])

    @classmethod
    def of(cls, year: int, month: int | None = None, day: int | None = None) -> DateValue:
        """A year, month or day; raises :class:`ValueError` for impossible dates."""
        if month is None:
            return cls(precision=Precision.YEAR, value=dt.date(year, 1, 1))
        if day is None:
            return cls(precision=Precision.MONTH, value=dt.date(year, month, 1))
        return cls(precision=Precision.DAY, value=dt.date(year, month, day))

    @classmethod
    def week(cls, year: int, week: int) -> DateValue:
        """An ISO 8601 week."""
        return cls(precision=Precision.WEEK, value=dt.date.fromisocalendar(year, week, 1))

    @classmethod
    def weekend(cls, year: int, week: int) -> DateValue:
        """The weekend (Saturday and Sunday) of an ISO 8601 week."""
        return cls(precision=Precision.WEEKEND, value=dt.date.fromisocalendar(year, week, 6))

    @classmethod
    def quarter(cls, year: int, quarter: int) -> DateValue:
        """A calendar quarter (1 to 4)."""
        if not 1 <= quarter <= 4:
            raise ValueError(f"no quarter {quarter}")
        return cls(precision=Precision.QUARTER, value=dt.date(year, 3 * quarter - 2, 1))

    @classmethod
    def half(cls, year: int, half: int) -> DateValue:
        """A half year (1 or 2)."""
        if half not in (1, 2):
            raise ValueError(f"no half {half}")
        return cls(precision=Precision.HALF, value=dt.date(year, 6 * half - 5, 1))

    @classmethod
    def decade(cls, year: int) -> DateValue:
        """The decade a year falls in ("the 1990s")."""
        return cls(precision=Precision.DECADE, value=dt.date(year - year % 10, 1, 1))

    @classmethod
    def century(cls, year: int) -> DateValue:
        """The century a year falls in, as TimeML counts it: 19 is 1900 to 1999."""
        return cls(precision=Precision.CENTURY, value=dt.date(year - year % 100, 1, 1))

    @classmethod
    def season(cls, year: int, code: str) -> DateValue:
        """A season of a year: ``code`` is TimeML's ``SP``, ``SU``, ``FA`` or ``WI``."""
        if code not in SEASON_MONTHS:
            raise ValueError(f"no season {code!r}")
        return cls(precision=Precision.SEASON, value=dt.date(year, SEASON_MONTHS[code], 1))

    @classmethod
    def fiscal_year(cls, year: int) -> DateValue:
        """A fiscal year, named by the calendar year it is written with ("fiscal 2024")."""
        return cls(precision=Precision.FISCAL_YEAR, value=dt.date(year, 1, 1))

    @classmethod
    def reference(cls, precision: Precision | str) -> DateValue:
        """A reference value: ``PRESENT_REF``, ``PAST_REF`` or ``FUTURE_REF``."""
        p = Precision(precision)
        if p not in REFERENCE_PRECISIONS:
            raise ValueError(f"{p} is not a reference precision")
        return cls(precision=p, value=dt.date.min)

    @property
    def is_reference(self) -> bool:
        """Whether this is a reference value ("now", "the past", "the future")."""
        return self.precision in REFERENCE_PRECISIONS

    @classmethod
    def from_date(cls, value: dt.date) -> DateValue:
        """A day, or a datetime at ``TIME`` precision."""
        if isinstance(value, dt.datetime):
            return cls(precision=Precision.TIME, value=value)
        return cls(precision=Precision.DAY, value=value)

    @classmethod
    def parse(cls, text: str) -> DateValue:
        """Read the ISO 8601 form that :meth:`isoformat` writes.

        Raises :class:`ValueError` for anything else.
        """
        s = text.strip()
        if s.lower() in REFERENCE_PRECISIONS:
            return cls.reference(s.lower())
        if m := _ISO_QUARTER.match(s):
            return cls.quarter(int(m[1]), int(m[2]))
        if m := _FISCAL.match(s):
            return cls.fiscal_year(int(m[1]))
        if m := _ISO_HALF.match(s):
            return cls.half(int(m[1]), int(m[2]))
        if m := _DECADE.match(s):
            return cls.decade(int(m[1]) * 10)
        if m := _CENTURY.match(s):
            return cls.century(int(m[1]) * 100)
        if m := _ISO_SEASON.match(s):
            return cls.season(int(m[1]), m[2])
        if m := _ISO_YEAR.match(s):
            return cls.of(int(m[1]))
        if m := _ISO_MONTH.match(s):
            return cls.of(int(m[1]), int(m[2]))
        if m := _ISO_WEEKEND.match(s):
            return cls.weekend(int(m[1]), int(m[2]))
        if m := _ISO_WEEK.match(s):
            return cls.week(int(m[1]), int(m[2]))
        if m := _ISO_DAY.match(s):
            return cls.of(int(m[1]), int(m[2]), int(m[3]))
        return cls(precision=Precision.TIME, value=dt.datetime.fromisoformat(s))

    @property
    def date(self) -> dt.date:
        """The first calendar day of the value."""
        v = self.value
        return v.date() if isinstance(v, dt.datetime) else v

    @property
    def last_day(self) -> dt.date:
        """The last calendar day the value covers."""
        d = self.date
        if self.precision in REFERENCE_PRECISIONS:
            return dt.date.max
        if self.precision in (Precision.YEAR, Precision.FISCAL_YEAR):
            # A fiscal year's months vary by country and firm: its calendar year stands in.
            return dt.date(d.year, 12, 31)
        if self.precision is Precision.DECADE:
            return dt.date(min(d.year + 9, dt.MAXYEAR), 12, 31)
        if self.precision is Precision.CENTURY:
            return dt.date(min(d.year + 99, dt.MAXYEAR), 12, 31)
        if self.precision is Precision.SEASON:
            end = d.month + 3
            return _day_before_month(d.year + (end > 12), (end - 1) % 12 + 1)
        if self.precision is Precision.HALF:
            return dt.date(d.year, 6, 30) if d.month == 1 else dt.date(d.year, 12, 31)
        if self.precision is Precision.QUARTER:
            return _day_before_month(d.year + (d.month + 2) // 12, (d.month + 2) % 12 + 1)
        if self.precision is Precision.MONTH:
            return _day_before_month(d.year + d.month // 12, d.month % 12 + 1)
        if self.precision is Precision.WEEK:
            return min(d, dt.date.max - dt.timedelta(days=6)) + dt.timedelta(days=6)
        if self.precision is Precision.WEEKEND:
            return min(d, dt.date.max - dt.timedelta(days=1)) + dt.timedelta(days=1)
        return d

    def isoformat(self) -> str:
        """ISO 8601 at the value's precision."""
        v = self.value
        if self.precision in REFERENCE_PRECISIONS:
            return self.precision.value.upper()
        if self.precision is Precision.YEAR:
            return f"{v.year:04d}"
        if self.precision is Precision.FISCAL_YEAR:
            return f"FY{v.year:04d}"
        if self.precision is Precision.DECADE:
            return f"{v.year // 10:03d}"
        if self.precision is Precision.CENTURY:
            return f"{v.year // 100:02d}"
        if self.precision is Precision.SEASON:
            return f"{v.year:04d}-{_SEASON_OF_MONTH[v.month]}"
        if self.precision is Precision.HALF:
            return f"{v.year:04d}-H{1 if v.month == 1 else 2}"
        if self.precision is Precision.QUARTER:
            return f"{v.year:04d}-Q{(v.month + 2) // 3}"
        if self.precision is Precision.MONTH:
            return f"{v.year:04d}-{v.month:02d}"
        if self.precision is Precision.WEEK:
            year, week, _ = v.isocalendar()
            return f"{year:04d}-W{week:02d}"
        if self.precision is Precision.WEEKEND:
            year, week, _ = v.isocalendar()
            return f"{year:04d}-W{week:02d}-WE"
        return v.isoformat()

    def __str__(self) -> str:
        return self.isoformat()


class DateOrigin(enum.StrEnum):
    """Where an article's publication or update date was found."""

    METADATA = "metadata"  #: markup or a "Published:" line made for machines or readers
    DATELINE = "dateline"  #: a dateline such as "Moscow, March 13 (Reuters) -"
    URL = "url"  #: the page's address, such as /2025/03/14/
    INFERRED = "inferred"  #: guessed from the text, such as the lead's first full date
    GIVEN = "given"  #: supplied by the caller


def _date_origin(value: str) -> DateOrigin:
    # A member as it is: calling the enum class costs a Python-level look-up, and
    # this runs for every object built.
    return value if isinstance(value, DateOrigin) else DateOrigin(value)


@frozen(kw_only=True)
class ArticleDate:
    """An article's publication or update date with the place it came from."""

    value: DateValue = field(validator=instance_of(DateValue))
    origin: DateOrigin = field(converter=_date_origin)


_opt_date = _convert.exactly(DateValue, nullable=True)


@frozen(kw_only=True)
class DateMention:
    """A date expression in the text, resolved where possible.

    ``value`` is ``None`` when the expression could not be resolved (a weekday
    with no reference date).  ``anchor`` says what a relative expression was
    resolved against: ``"absolute"`` (no anchor needed), ``"publication"``,
    ``"statement"`` (the date a quoted statement was made) or ``"context"``
    (the previous date mentioned).
    """

    text: str = field(validator=_convert.exactly(str))
    start: int = field(validator=check_offset)
    end: int = field(validator=check_end)
    value: DateValue | None = field(
        default=None, validator=_convert.exactly(DateValue, nullable=True)
    )
    anchor: str = field(default="absolute", validator=_convert.exactly(str))

    @property
    def span(self) -> Span:
        """The expression's characters as a :class:`Span`."""
        return Span(start=self.start, end=self.end)


def date_mention_tuple(value: Iterable[DateMention]) -> tuple[DateMention, ...]:
    """A converter: any iterable of DateMention objects as a tuple."""
    return tuple(value)


def _day_before_month(year: int, month: int) -> dt.date:
    """The day before the first of ``month``; the calendar's last day past year 9999."""
    if year > dt.MAXYEAR:
        return dt.date.max
    return dt.date(year, month, 1) - dt.timedelta(days=1)
