"""Date expressions: the table of expressions, locale, anchors and properties."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path
from typing import NamedTuple

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import DateMention, DateValue, Precision, Quote, find_dates
from newsmodel._analysis.dates import (
    _NEEDLES,
    _PATTERNS,
    WEEKDAYS,
    _may_match,
    anchor_quoted_dates,
    dayfirst_for,
)
from newsmodel.testing import date_values

TABLE = Path(__file__).resolve().parent.parent / "data" / "dates.tsv"
#: The invented newswire sets of benchmarks/bench_dates.py, one per author.
NEWSWIRE = [
    TABLE.with_name(name)
    for name in ("dates_newswire.jsonl", "dates_newswire2.jsonl", "dates_newswire3.jsonl")
]


class Row(NamedTuple):
    line: int
    reference: str
    dayfirst: bool | None
    sentence: str
    expression: str
    value: str  # "-" for a trap
    anchor: str | None


def _rows() -> list[Row]:
    rows = []
    for n, raw in enumerate(TABLE.read_text("utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        cols = raw.split("\t")
        ref, first, sentence, expression, value = cols[:5]
        anchor = cols[5] if len(cols) > 5 and cols[5] else None
        dayfirst = {"T": True, "F": False, "-": None}[first]
        rows.append(Row(n, ref, dayfirst, sentence, expression, value, anchor))
    return rows


ROWS = _rows()


def test_the_table_is_large_and_has_traps() -> None:
    assert len(ROWS) >= 100
    assert sum(r.value == "-" for r in ROWS) >= 25
    for r in ROWS:
        assert r.expression in r.sentence, f"line {r.line}: expression not in its sentence"


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.line}:{r.expression}" for r in ROWS])
def test_date_table(row: Row) -> None:
    found = find_dates(row.sentence, row.reference, dayfirst=row.dayfirst)
    start = row.sentence.index(row.expression)
    end = start + len(row.expression)
    if row.value == "-":
        overlapping = [m.text for m in found if m.start < end and start < m.end]
        assert overlapping == [], f"{row.expression!r} is not a date"
        return
    got = [m for m in found if (m.start, m.end) == (start, end)]
    assert got, f"{row.expression!r} not found as such; found {[m.text for m in found]}"
    mention = got[0]
    assert mention.value is not None
    assert mention.value.isoformat() == row.value
    if row.anchor:
        assert mention.anchor == row.anchor


@pytest.mark.parametrize("path", NEWSWIRE, ids=lambda p: p.name)
def test_the_newswire_set_is_well_formed(path: Path) -> None:
    docs = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
    docs = [d for d in docs if "text" in d]
    assert len(docs) >= 40
    assert {d["split"] for d in docs} == {"tune", "check"}
    for d in docs:
        dct = DateValue.parse(d["dct"]).date
        spans = [(t["start"], t["end"]) for t in d["timex"]]
        assert spans == sorted(spans), d["id"]
        for t in d["timex"]:
            assert d["text"][t["start"] : t["end"]] == t["text"], d["id"]
            assert t["type"] in ("DATE", "TIME", "DURATION", "SET"), d["id"]
            if t["type"] != "DATE":
                continue
            value = DateValue.parse(t["value"])  # every gold value is one newsmodel can write
            weekday = next((w for w in WEEKDAYS if w in t["text"].lower()), None)
            if weekday and value.precision is Precision.DAY:
                assert value.date.weekday() == WEEKDAYS[weekday], (d["id"], t["text"])
                assert abs((value.date - dct).days) <= 7, (d["id"], t["text"])


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en-US", False),
        ("en_us", False),
        ("en-GB", True),
        ("en-AU", True),
        ("en-IN", True),
        ("fr", True),
        ("de-AT", True),
        ("en", None),
        ("ja", None),
        (None, None),
        ("", None),
    ],
)
def test_dayfirst_for_language(language: str | None, expected: bool | None) -> None:
    assert dayfirst_for(language) is expected


def test_the_text_settles_ambiguous_numeric_dates() -> None:
    # 25/03/2025 can only be day first, so 04/03/2025 beside it is March 4.
    found = find_dates("Filed 25/03/2025; amended 04/03/2025.")
    assert [m.value.isoformat() if m.value else None for m in found] == [
        "2025-03-25",
        "2025-03-04",
    ]
    # The caller's word wins over the text's.
    found = find_dates("Amended 04/03/2025.", dayfirst=False)
    assert found[0].value == DateValue.of(2025, 4, 3)


def test_relative_dates_need_a_reference() -> None:
    found = find_dates("He left on Thursday, a day after March 12, 2025.")
    assert [(m.text, m.value) for m in found] == [
        ("Thursday", None),
        ("March 12, 2025", DateValue.of(2025, 3, 12)),
    ]


def test_context_needs_a_fine_enough_earlier_date() -> None:
    found = find_dates("It began in 2020. Two days later it ended.", "2025-03-14")
    assert found[-1].text == "Two days later"
    assert found[-1].value is None
    assert found[-1].anchor == "context"


def _quote(text: str, inner: str, said_on: DateValue | None) -> Quote:
    start = text.index(inner)
    return Quote(id="q1", text=inner, start=start, end=start + len(inner), said_on=said_on)


def test_quoted_dates_count_from_the_statement() -> None:
    text = 'On March 10, she said: "We met yesterday and will meet again on Friday." He agreed.'
    dates = find_dates(text, "2025-03-14")
    before = {m.text: m for m in dates}
    assert before["yesterday"].value == DateValue.of(2025, 3, 13)
    quote = _quote(
        text, "We met yesterday and will meet again on Friday.", DateValue.of(2025, 3, 10)
    )
    after = {m.text: m for m in anchor_quoted_dates(text, dates, [quote])}
    assert after["yesterday"].value == DateValue.of(2025, 3, 9)
    assert after["yesterday"].anchor == "statement"
    assert after["Friday"].value == DateValue.of(2025, 3, 14)  # future from Monday the 10th
    assert after["March 10"] == before["March 10"]  # outside the quote


def test_quotes_without_a_statement_date_change_nothing() -> None:
    text = 'She said: "We met yesterday."'
    dates = find_dates(text, "2025-03-14")
    quote = _quote(text, "We met yesterday.", None)
    assert anchor_quoted_dates(text, dates, [quote]) == dates


def test_a_blank_line_ends_a_date() -> None:
    found = find_dates("Tickets went on sale in April.\n\n7 p.m. shows were added.", "2025-03-14")
    assert [(m.text, m.value.isoformat() if m.value else None) for m in found] == [
        ("April", "2024-04")
    ]
    found = find_dates("The hearing is set for April\n7, the clerk said.", "2025-03-14")
    assert [m.text for m in found] == ["April\n7"]


def test_time_needs_a_day() -> None:
    assert find_dates("The polls close at 8 p.m. sharp.", "2025-03-14") == []
    found = find_dates("Polls closed Thursday at 8 p.m.", "2025-03-14")
    assert found[0].value is not None and found[0].value.precision is Precision.TIME


# Text built from date-like pieces finds the edge cases faster than random text.
_PIECES = st.sampled_from(
    [
        "March", "13", "2025", "Thursday", "late", "yesterday", "last", "week", "two",
        "days", "later", "in", "on", "the", "May", "may", "3/4", "/", "-", ",", ".",
        " ", "\n", "12:30", "p.m.", "of", "next", "year", "2,000", "7-Eleven", "Sept.",
        "mid-", "’s", "EST", "that", "day", "ago", "T09:00Z", "1990s", "$",
    ]
)  # fmt: skip
_TEXTS = st.one_of(st.text(max_size=200), st.lists(_PIECES, max_size=40).map(" ".join))
_REFS = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)))


@given(_TEXTS, _REFS, st.sampled_from([None, True, False]))
def test_mentions_point_at_their_text(text: str, ref: dt.date | None, first: bool | None) -> None:
    found = find_dates(text, ref, dayfirst=first)
    for m in found:
        assert isinstance(m, DateMention)
        assert m.text == text[m.start : m.end]
        assert m.anchor in ("absolute", "publication", "context")
    for a, b in itertools.pairwise(found):
        assert a.end <= b.start


@given(_TEXTS, _REFS)
def test_resolution_is_deterministic(text: str, ref: dt.date | None) -> None:
    assert find_dates(text, ref) == find_dates(text, ref)


@given(_TEXTS, st.dates(dt.date(1901, 1, 1), dt.date(2098, 12, 31)))
def test_absolute_dates_ignore_the_reference(text: str, ref: dt.date) -> None:
    without = {(m.start, m.end): m.value for m in find_dates(text) if m.anchor == "absolute"}
    with_ref = {(m.start, m.end): m.value for m in find_dates(text, ref) if m.anchor == "absolute"}
    for span, value in without.items():
        if value is not None:
            assert with_ref.get(span) == value


@given(st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)), st.sampled_from(list(range(7))))
def test_weekdays_resolve_to_the_past_week(ref: dt.date, offset: int) -> None:
    day = ref - dt.timedelta(days=offset)
    name = day.strftime("%A")
    found = find_dates(f"The minister resigned on {name}.", ref)
    assert [m.value for m in found] == [DateValue.of(day.year, day.month, day.day)]


@given(st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)))
def test_full_dates_round_trip(day: dt.date) -> None:
    for text in (
        f"It happened on {day:%B} {day.day}, {day.year}.",
        f"It happened on {day.day} {day:%B} {day.year}.",
        f"It happened on {day.isoformat()}.",
    ):
        found = find_dates(text)
        assert [m.value for m in found] == [DateValue.of(day.year, day.month, day.day)], text


@pytest.mark.parametrize(
    ("value", "iso", "first", "last"),
    [
        (DateValue.quarter(2024, 3), "2024-Q3", "2024-07-01", "2024-09-30"),
        (DateValue.quarter(2024, 4), "2024-Q4", "2024-10-01", "2024-12-31"),
        (DateValue.fiscal_year(2025), "FY2025", "2025-01-01", "2025-12-31"),
        (DateValue.half(2024, 2), "2024-H2", "2024-07-01", "2024-12-31"),
        (DateValue.decade(1994), "199", "1990-01-01", "1999-12-31"),
        (DateValue.reference("present_ref"), "PRESENT_REF", "0001-01-01", "9999-12-31"),
        (DateValue.reference("past_ref"), "PAST_REF", "0001-01-01", "9999-12-31"),
        (DateValue.reference("future_ref"), "FUTURE_REF", "0001-01-01", "9999-12-31"),
        (DateValue.season(2024, "SU"), "2024-SU", "2024-06-01", "2024-08-31"),
        (DateValue.season(2023, "WI"), "2023-WI", "2023-12-01", "2024-02-29"),
        (DateValue.century(1987), "19", "1900-01-01", "1999-12-31"),
        (DateValue.weekend(2025, 11), "2025-W11-WE", "2025-03-15", "2025-03-16"),
    ],
)
def test_quarters_fiscal_years_and_reference_values(
    value: DateValue, iso: str, first: str, last: str
) -> None:
    assert value.isoformat() == iso
    assert DateValue.parse(iso) == value
    assert (value.date.isoformat(), value.last_day.isoformat()) == (first, last)
    assert value.is_reference == iso.endswith("_REF")


@given(date_values())
def test_every_precision_round_trips_through_iso(value: DateValue) -> None:
    assert DateValue.parse(value.isoformat()) == value


def test_a_reference_value_is_no_context_for_what_follows() -> None:
    found = find_dates("Prices are high now. Two days later they fell.", "2025-03-14")
    assert [(d.text, d.value.isoformat() if d.value else None) for d in found] == [
        ("now", "PRESENT_REF"),
        ("Two days later", None),
    ]


@given(
    st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)),
    st.sampled_from(["spring", "summer", "autumn", "winter"]),
)
def test_last_and_next_seasons_lie_either_side_of_the_reference(ref: dt.date, season: str) -> None:
    last, this, nxt = (
        find_dates(f"Sales rose {rel} {season}.", ref)[0].value for rel in ("last", "this", "next")
    )
    assert last is not None and this is not None and nxt is not None
    assert last.last_day < ref < nxt.date
    # In January "this spring" is "next spring"; in June, "last spring".
    assert last.date <= this.date <= nxt.date


@given(
    st.dates(dt.date(1950, 1, 1), dt.date(2090, 12, 31)),
    st.sampled_from(["Christmas", "Easter", "Thanksgiving", "Good Friday", "Memorial Day"]),
)
def test_last_and_next_holidays_lie_either_side_of_the_reference(ref: dt.date, name: str) -> None:
    last = find_dates(f"Shops closed last {name}.", ref)[0].value
    nxt = find_dates(f"Shops will close next {name}.", ref)[0].value
    assert last is not None and nxt is not None
    assert last.date < ref < nxt.date
    # A year apart, two on the day itself; movable feasts move by weeks.
    assert (nxt.date - last.date).days <= 2 * 366 + 35


@pytest.mark.parametrize("bad", ["2024-Q5", "FY24", "NOW_REF", "present", "2024-SM", "2024-W10-SA"])
def test_unknown_forms_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        DateValue.parse(bad)


# Words the date rules are made of, with capitals and IGNORECASE's odd letters ("ſ").
_DATE_WORDS = st.sampled_from(
    [
        *"the The in for of this last next past coming same that following earlier later early "
        "first second Q3 quarter fiscal half end start rest year Year YEAR month week day decade "
        "ago after before 1990s '90s 90s 2019 1870 12 3rd March Mar May Sept Monday ſame Half "
        "2020s".split(),
        *["in the year", "the first half of", "two days ago", "12 March 2019", "March 2019"],
        *["end of the month", "the next day", "this week", "THE YEAR", "the day before"],
        *["FY24", "Fiscal 2021", "fiscal year", "2009-2010", "2019–20", "2025/03/13"],
        *"now Now currently recently recent months years future ahead present moment days "
        "these year-earlier year-ago prior previous period year-end year's by at ended".split(),
        *["the same period a year ago", "the coming weeks", "at year-end", "by year's end"],
    ]
)
_DATE_TEXT = st.lists(st.tuples(_DATE_WORDS, st.sampled_from([" ", ", ", "  ", "-", "’s "])))


@given(_DATE_TEXT)
def test_a_window_a_rule_can_match_in_holds_its_needle(parts: list[tuple[str, str]]) -> None:
    # The needle is a prefilter: skipping a window without it must never lose a match.
    text = "".join(w + sep for w, sep in parts)
    for rule, needle in _NEEDLES.items():
        for m in _PATTERNS[rule].finditer(text):
            assert _may_match(needle, text, m.start(), m.end()), (rule, m.group())
