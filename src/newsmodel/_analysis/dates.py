"""Date expressions: found with their spans, resolved against the right anchor.

:func:`find_dates` is public (``newsmodel.find_dates``) and is the same code
the pipeline runs.  It finds

- absolute dates: "March 14, 2025", "14 March 2025", "2025-03-14",
  "3/14/2025" (month first unless told or shown otherwise), "August 2024",
  "in 2022", "a 2019 report", "2019 has been", a range ("2009-2010", valued
  as its first year), "fiscal 2024" and "FY24" (TimeML's FY2024), "Q3
  2024" and "the first quarter of 2024" (2024-Q3), with a time of day when
  one is attached ("10:30 a.m. Thursday"); centuries ("the 19th century",
  TimeML's 18), decades ("the 1990s", TimeML's 199), half years ("the first
  half of 2024", 2024-H1), seasons ("the summer of 1976", TimeML's 1976-SU)
  and holidays ("Good Friday 2019", from ``data/holidays.tsv``);
- TimeML's reference values: "now", "currently" and "these days"
  (PRESENT_REF), "the past", "recently" and "recent years" (PAST_REF), "the future"
  (FUTURE_REF), which name no calendar date;
- dates relative to the reference (the publication date, or inside a quote
  the day the words were said): "March 13", "in April", "Thursday",
  "late Thursday", "yesterday", "last week", "earlier this month",
  "two days ago", "a decade ago", "next year", "this fiscal year", "last
  quarter", "the third quarter", "fourth-quarter", "the December quarter",
  "the end of the year", "last summer", "this century", "over the weekend"
  (TimeML's 2025-W10-WE), "before Christmas";
- dates relative to the date mentioned before them: "two days later",
  "the next day", "earlier that week", "the quarter" after a quarter, "for
  the year", "later in the day", "July" in "June and July".

News conventions decide what the text leaves open.  A bare weekday is the
most recent one, the reference day's own weekday being that day, unless the
clause speaks of the future ("will meet on Monday" is the next Monday, so is
"a ruling expected on Monday") or its verb is a present tense that schedules
("the trial begins on Tuesday"); a plan in the past perfect ("had planned to
vote on Friday") was overtaken, its day gone.  Tense is read in the date's
own sentence.  A day, month, season or holiday without a year is the nearest
one to the reference, the past counting double (once after "until"); the
next one in a future clause, the last one after "since" or in a past clause
("the survey ran in June").  A week is an ISO 8601 week; a season is "last"
once over by the sky's reckoning; "this fiscal year" is named by the year it
ends in when the text says which month ends it.  "a year earlier" counts
from the date its sentence spoke of, not from the date of a report of it
("figures showed last year").  "today" set against another time or after a
verb of lasting state ("survive today") is PRESENT_REF.

What looks like a date but is not is left alone: numbers followed by a unit
("30-day ceasefire", "2,000 troops") or an address ("the 1900 block"),
names ("7-Eleven", "Theresa May", "the Sunday Times", "Black Friday",
"Fourth of July Creek", "the Arab Spring"), scores, amounts, "may" the verb,
"the fall in prices", a game's "fourth quarter" or "first half", a time of
day on its own.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from importlib import resources
from typing import NamedTuple

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from newsmodel._analysis.lexicon import (
    SPEECH_VERBS,
    TITLE_WORDS,
    data_alternation,
    data_section,
    is_given_name,
)
from newsmodel._analysis.text import sentence_start, trie_pattern
from newsmodel._model import DateMention, DateValue, Precision, Quote
from newsmodel._model.dates import SEASON_MONTHS

__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "anchor_quoted_dates",
    "coerce_reference",
    "dayfirst_for",
    "find_dates",
    "is_holiday_name",
]

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
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
#: Centuries written in words: "the nineteenth century".
_ORDINAL_WORDS = {
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
}  # fmt: skip


# Month names are capitalised in running text: "march" and "may" in lower
# case are a verb and a modal.
_MONTH = "|".join(
    sorted(
        {m.capitalize() for m in MONTHS} | {m.upper() for m in MONTHS if len(m) > 3},
        key=len,
        reverse=True,
    )
)
_WEEKDAY = "|".join(w.capitalize() for w in WEEKDAYS)
# Abbreviated weekdays only ever stand in front of a full date ("Thu., March
# 13"): alone, "Sun", "Sat" and "Wed" are words of their own.
_WD_PREFIX = rf"(?:{_WEEKDAY}|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?)"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|21\d\d)"
_NUM = trie_pattern(list(NUMBERS))
# "twenty-five": tens and units joined by a hyphen.
_TENS_UNITS = (
    r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-"
    r"(?:one|two|three|four|five|six|seven|eight|nine)\b"
)
_PART = r"(?:\s+(?:morning|afternoon|evening|night)\b)"


def _holiday_key(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


def _load_holidays() -> dict[str, str]:
    """Holiday names (lower case, straight apostrophes) and their rules, from
    ``data/holidays.tsv``."""
    path = resources.files("newsmodel._analysis").joinpath("data").joinpath("holidays.tsv")
    rules = {}
    for line in path.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, rule = line.split("\t")
            rules[_holiday_key(name)] = rule.strip()
    return rules


_HOLIDAYS = _load_holidays()


@functools.lru_cache(maxsize=1 << 14)  # a pure function of a phrase, asked of every name
def is_holiday_name(phrase: str) -> bool:
    """Whether ``phrase`` names a holiday of ``data/holidays.tsv``: "Labor Day"."""
    return _holiday_key(phrase) in _HOLIDAYS


_HOLIDAY = "|".join(
    r"\s+".join(re.escape(w).replace("'", "['’]") for w in name.split())
    for name in sorted(_HOLIDAYS, key=len, reverse=True)
)
_MOD = r"(?:(?P<mod>[Ee]arly|[Ll]ate|[Mm]id-?)\s*)"

_PATTERNS: dict[str, re.Pattern[str]] = {
    "iso": re.compile(
        rf"(?<![\d./-])(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])"
        r"(?:[T ](?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?"
        r"(?P<tz>Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?)?(?![\d/-]|\.\d)"
    ),
    # Day, month and year in figures.  Dots and dashes need a four-figure year
    # (1.2.25 is a version number); slashes allow two figures.
    "numeric": re.compile(
        r"(?<![\w/.,:-])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)"
        r"(?P<y>\d{4}|(?<=/)\d{2})(?![\w/-]|[.,:]\d)"
    ),
    "ymd": re.compile(
        rf"(?<![\w/.-])(?P<y>{_YEAR})/(?P<m>0?[1-9]|1[0-2])/(?P<d>[12]\d|3[01]|0?[1-9])(?![\w/-])"
    ),
    "mdy": re.compile(
        rf"\b{_MOD}?(?:(?P<wd>{_WD_PREFIX}){_PART}?,?\s+)?"
        # One line break may fall inside a date, a blank line may not ("in April.\n\n7 p.m.").
        rf"(?P<month>{_MONTH})\.?(?:[ \t]+|[ \t]*\n[ \t]*)(?P<d>{_DAYNUM})\b"
        # "Dec. 18-19": the days of one meeting, valued as the first.
        r"(?:[-–](?:[12]\d|3[01]|0?[1-9])\b)?"
        r"(?![.,:/-]?\d|\s*%|\s+per\s*cent)"
        rf"(?:,?\s+(?P<y>{_YEAR})\b(?![.,:/-]?\d))?"
    ),
    "dmy": re.compile(
        rf"(?<![\w,./:-])(?:(?P<wd>{_WD_PREFIX}),?\s+)?(?:the\s+)?(?P<d>{_DAYNUM})\s+(?:of\s+)?"
        rf"(?P<month>{_MONTH})\b(?:\.(?=,?\s+\d))?(?:,?\s+(?P<y>{_YEAR})\b(?![.,:/-]?\d))?"
    ),
    "my": re.compile(
        rf"\b{_MOD}?(?P<month>{_MONTH})\.?,?\s+(?:of\s+)?(?P<y>{_YEAR})\b(?![.,:/-]?\d|['’]?s\b)"
    ),
    "month": re.compile(
        r"\b(?P<pre>(?i:in|into|since|until|till|by|for|during|from|through|throughout|before|after|"
        r"between|and|or|to|of|last|this|next|early|late|mid-|the|"
        r"(?:the\s+)?(?:end|beginning|start|middle)\s+of)"
        # "its wettest April", "the busiest December": a superlative names a month.
        r"|(?P<most>\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+(?:[a-z]{2,}est|worst|best)))"
        # "until at least March": the hedge is outside the expression, as the preposition is.
        r"(?:\s+at\s+least)?"
        rf"\s*(?P<month>{_MONTH})\b(?!\.?[ \t]*\n?[ \t]*\d|-\w|['’](?!s\b)\w|\s+[A-Z][a-z])"
    ),
    "year": re.compile(rf"(?<![\w$£€¥.,:/])(?<!\d-)(?P<y>{_YEAR})\b(?![.,:/-]?\d|%|['’]?s\b)"),
    # "2009-2010", "2009–10": the range, valued as its first year.
    "yrange": re.compile(
        rf"(?<![\w$£€¥.,:/-])(?P<y>{_YEAR})\s?[-–—]\s?(?P<y2>{_YEAR}|\d\d)\b(?![.,:/-]?\d|%)"
    ),
    "fiscal": re.compile(
        # "the fiscal year ended June 30": the one that ends on that day (the day is a date
        # of its own).
        r"\b(?:(?P<ended_the>[Tt]he)\s+fiscal\s+year(?=\s+(?:that\s+|which\s+)?"
        rf"(?P<ended>ended|ending|ends)\s+(?:on\s+|in\s+)?(?P<fm>{_MONTH})\b\.?"
        rf"(?:\s+(?P<fd>{_DAYNUM})\b)?(?:,?\s+(?P<fy>{_YEAR})\b)?)"
        r"|(?P<rel>(?i:this|last|next|the\s+current|the\s+previous|the\s+coming|the\s+next|"
        r"the\s+last|the\s+past|the))\s+fiscal\s+year\b(?!\s+(?:ended|ending|to)\b|\s*\d)"
        rf"|(?i:fiscal)(?:\s+year)?\s+(?P<y>{_YEAR})\b"
        rf"|[Tt]he\s+(?P<y3>{_YEAR})\s+fiscal\s+year\b"
        rf"|FY\s?(?P<y2>{_YEAR}|\d\d)\b)"
    ),
    "quarter": re.compile(
        r"\b(?:(?:[Tt]he\s+)?(?P<ord>(?i:first|second|third|fourth|final)|1st|2nd|3rd|4th)[\s-]+"
        r"(?:fiscal\s+|calendar\s+)?quarter"
        rf"(?:\s+(?:of\s+)?(?:(?P<y>{_YEAR})\b|(?P<rel>this|last|next)\s+year\b|"
        r"(?P<this>the\s+year|the\s+fiscal\s+year)\b))?"
        rf"|Q(?P<q>[1-4])(?:\s+(?P<y2>{_YEAR}))?\b"
        r"|(?P<rel2>last|this|next|the\s+current|the\s+previous|the\s+prior|the\s+preceding|"
        # "its latest quarter": the possessive outside.
        r"(?:the\s+)?latest|(?:the\s+)?most\s+recent)\s+quarter\b"
        # "the December quarter": the quarter that month ends.
        rf"|the\s+(?P<qm>March|June|September|December)(?:\s+(?P<y3>{_YEAR}))?\s+quarter\b"
        # "the quarter ended Sept. 30": the quarter of that day (the day is a date of its own).
        r"|(?P<ended_q>[Tt]he\s+quarter)(?=\s+(?:that\s+|which\s+)?(?P<qe>ended|ending|ends)\s+"
        rf"(?:on\s+)?(?P<qe_m>{_MONTH})\b\.?\s+(?P<qe_d>{_DAYNUM})\b(?:,?\s+(?P<qe_y>{_YEAR})\b)?)"
        # "the quarter" after a quarter was named: that quarter.
        r"|(?P<same>[Tt]he\s+(?:same\s+)?quarter)\b(?!\s+(?:of|to|ended|ending)\b|-))"
    ),
    # "the 1990s", "the mid-1980s", "the '90s": TimeML's decade, 199.
    "decade": re.compile(
        r"(?<![\w$£€¥.,:/])(?:(?:early|mid|late)[- ])?(?:(?P<y>1[89]\d0|20\d0)|['’](?P<yy>\d0))"
        r"['’]?s\b"
    ),
    # "the 19th century", "a 20th-century church", "this century": TimeML's 18, 19, 20.
    "century": re.compile(
        r"\b(?:(?P<the>[Tt]he\s+)?(?:(?:early|mid|late)[- ])?"
        r"(?:(?P<n>1\d|2[0-2])(?:st|nd|rd|th)|(?P<word>(?i:fifteenth|sixteenth|seventeenth|"
        r"eighteenth|nineteenth|twentieth|twenty-first|twenty-second)))[- ]century"
        r"|(?P<rel>(?i:this|last|next|the\s+last|the\s+previous|the\s+next|the\s+current))"
        r"\s+century)\b(?!\s+[A-Z])"
    ),
    # "last summer", "the spring of 2020", "this autumn", "fall 2024": TimeML's 2024-SU.
    "season": re.compile(
        r"\b(?:(?P<det>(?i:the|this|last|next|past|coming|this\s+past|this\s+coming))\s+)?"
        r"(?:(?P<mod>(?i:early|late|mid-?))\s*)?(?P<season>spring|summer|autumn|fall|winter)"
        rf"(?:,?\s+(?:of\s+)?(?P<y>{_YEAR})\b(?![.,:/-]?\d))?"
        r"(?![-\w]|\s+[A-Z]|['’]s\s+[A-Z]|\s+of\s+(?!\d)|\s+(?:storms?|weather|solstice|"
        r"equinox|camps?|wheat|water|collection|fashion|olympics|games|tyres|tires)\b)"
    ),
    "half": re.compile(
        r"\b(?:the\s+)?(?P<h>first|second)[\s-]+half"
        rf"(?:\s+of\s+(?:(?P<y>{_YEAR})\b|(?P<rel>this|last|next)\s+year\b|"
        r"(?P<this>the\s+year)\b))?(?!\s+of\s+(?!the\s+year|this|last|next|\d))",
        re.IGNORECASE,
    ),
    # "the end of the year": the year, month or week it is part of.
    "part": re.compile(
        r"\b(?:the\s+)?(?:end|beginning|start|middle|rest|remainder|close|turn)\s+of\s+"
        r"(?P<rel>the|this|last|next)\s+(?P<unit>year|month|week|decade)\b",
        re.IGNORECASE,
    ),
    # "by year-end", "at year's end", "by midyear": the year, after a preposition of time
    # (a modifier is no date: "year-end bonuses", "midyear results").
    "year_end": re.compile(
        r"\b(?P<pre>(?i:by|at|before|until|till|through|toward|towards|after|since|around|near))"
        r"\s+(?:at\s+least\s+)?(?P<end>year[- ]end|year['’]s\s+end|mid-?year)\b"
        r"(?![-\w]|\s+(?!of\b|and\b|or\b)[a-z]+s\b)"
    ),
    # TimeML's reference values: "now", "the past", "the future".
    "ref": re.compile(
        r"\b(?:(?P<present>(?:right\s+)?now|currently|at\s+present|at\s+the\s+moment|"
        r"nowadays|these\s+days(?!\s+(?:are|were|have|had|of|when)\b))(?![\w-])"
        # "in recent years": TimeML's PAST_REF, a stretch up to now with no calendar edge.
        r"|(?P<past>(?<![\w-])recently(?![\w-])|the\s+past|recent\s+(?:years|decades|months|weeks))(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|"
        r"nine|ten|\w+\s+(?:days?|weeks?|months?|years?|decades?)|days?|weeks?|months?|"
        r"years?|decades?|centur(?:y|ies)|week(?:end)?|night|season|tense))"
        # "in the coming months", "the years ahead": TimeML's FUTURE_REF, as "recent months"
        # is its PAST_REF ("the coming week" is next week).
        r"|(?P<future>the\s+future(?!\s+of\b)|(?<![\w-])(?:the\s+)?coming\s+(?:days|weeks|months|years)"
        r"|the\s+(?:days|weeks|months|years)\s+ahead)(?![\w-]))",
        re.IGNORECASE,
    ),
    # "Christmas", "this Thanksgiving", "Easter 2024"; not "Fourth of July Creek".
    "holiday": re.compile(
        rf"\b(?:(?P<rel>(?i:this|last|next))\s+)?(?P<name>(?i:{_HOLIDAY}))"
        rf"(?:,?\s+(?P<y>{_YEAR})\b(?![.,:/-]?\d))?(?![-\w]|['’]s\b|\s+[A-Z])"
    ),
    "weekday": re.compile(
        r"\b(?:(?P<rel>last|next|this\s+past|this\s+coming|this|coming|past|early|late)\s+)?"
        rf"(?P<wd>{_WEEKDAY})\b(?:{_PART})?",
        re.IGNORECASE,
    ),
    "deictic": re.compile(
        r"\b(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today|"
        rf"tomorrow|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b{_PART}?",
        re.IGNORECASE,
    ),
    # "the weekend", "this past weekend": the last one, or the coming one in the future.
    "weekend": re.compile(
        r"\b(?P<rel>the|this\s+past|this\s+coming)\s+weekend\b(?![-\w])"
        r"(?!\s+(?:edition|editions|papers?|shifts?|trips?|crowds?|traffic|rates?|schedule)\b)",
        re.IGNORECASE,
    ),
    # "for the year", "earlier in the month", "later in the day": the year, month, week or
    # day spoken of, else the reference's.
    "anaphor": re.compile(
        r"\b(?:(?P<adv>earlier|later|early|late)\s+)?(?:in|for|during|through|throughout)\s+"
        r"(?P<the>the\s+(?:(?:full|whole|entire)\s+)?(?P<unit>year|month|week|day|decade))\b"
        r"(?![-'’]|\s*\d|\s+(?:ended|ending|to|through|"
        r"before|after|earlier|ago|of|in|that|when|since|which)\b)",
        re.IGNORECASE,
    ),
    "period": re.compile(
        r"\b(?P<rel>(?:(?:earlier|later|early|late)\s+)?(?:last|this\s+past|this\s+coming|this|"
        r"next|the\s+coming|the\s+current))\s+"
        r"(?P<unit>week(?:end)?|month|year|decade)\b",
        re.IGNORECASE,
    ),
    "offset": re.compile(
        rf"\b(?P<n>\d{{1,3}}|{_TENS_UNITS}|{_NUM})\s+(?P<unit>day|week|month|year|decade)s?\s+"
        r"(?P<dir>ago|later|earlier|before|after|prior)\b",
        re.IGNORECASE,
    ),
    # "the year-earlier quarter", "the same period a year ago", "the same quarter of 1993":
    # the period spoken of, a year before or in the year named.
    "year_before": re.compile(
        r"\b[Tt]he\s+(?:same\s+)?(?:year[- ](?:earlier|ago)|(?:prior|previous)[- ]year)\s+"
        r"(?P<unit>quarter|period|half|month)\b"
        r"|\b[Tt]he\s+same\s+(?P<unit2>quarter|period|half|month)\s+(?:a\s+year\s+"
        r"(?:earlier|ago|before)|(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year)\b"
        rf"|\b[Tt]he\s+same\s+(?P<unit3>quarter|period|half|month)\s+(?:of|in)\s+(?P<y>{_YEAR})\b"
    ),
    "sequel": re.compile(
        r"\b(?:the\s+(?P<rel>next|following|previous|prior)\s+(?P<unit>day|week|month|year)|"
        r"the\s+(?P<unit2>day|week|month|year)\s+(?P<dir>before|after)(?=\s*[,.;:)—–]|\s*$)|"
        r"(?P<that>(?:(?:earlier|later)\s+)?that|the\s+same)\s+(?P<unit3>day|week|month|year))\b",
        re.IGNORECASE,
    ),
}


def _anchor_words() -> dict[str, str]:
    words: dict[str, str] = {}
    for m in MONTHS:
        words[m.capitalize()] = "month"
        if len(m) > 3:
            words[m.upper()] = "month"
    for w in WEEKDAYS:
        for form in (w, w.capitalize(), w.upper()):
            words[form] = "weekday"
    for w in data_section("date_cues.txt", "deictic"):
        words[w] = words[w.capitalize()] = "deictic"
    for w in data_section("date_cues.txt", "units"):
        words[w] = words[w.capitalize()] = "unit"
    for w in data_section("date_cues.txt", "calendar_units"):
        words[w] = words[w.capitalize()] = "unit_ym"
    words["weekend"] = words["Weekend"] = "unit_we"
    words["midyear"] = words["Midyear"] = "unit_ym"  # "by midyear"
    for w in "fiscal FY".split():
        words[w] = words[w.capitalize()] = "fiscal"
    for w in data_section("date_cues.txt", "quarters"):
        words[w] = "quarter"
    words["half"] = "half"
    for w in data_section("date_cues.txt", "seasons"):
        words[w] = "season"
    for w in "century Century".split():
        words[w] = "century"
    for w in data_section("date_cues.txt", "reference_words"):
        words[w] = words[w.capitalize()] = "ref"
    # A holiday is found by its last word that is no other anchor ("Good" of "Good
    # Friday", "Year's" of "New Year's Day"): the holiday rule never runs near every
    # weekday, month or "day".
    for name in _HOLIDAYS:
        for w in reversed(name.split()):
            w = w.capitalize()
            if w != "Of" and "." not in w and words.get(w, "holiday") == "holiday":
                words[w] = words[w.replace("'", "’")] = "holiday"
                break
    return words


# Every date expression contains an anchor: one of these words, or figures.
# One pass finds them; only the patterns an anchor can belong to run, and only
# near it.
_ANCHOR_WORDS = _anchor_words()
# The lookahead on the possible first characters lets the engine skip other
# positions without entering the trie.
_ANCHOR = re.compile(
    rf"(?=[{re.escape(''.join(sorted({w[0] for w in _ANCHOR_WORDS})))}\d])"
    rf"(?:\b(?:{trie_pattern(list(_ANCHOR_WORDS))})\b|\d[\d/.-]*\d)"
)
_ISO_ANCHOR = re.compile(r"\d{4}-\d\d-\d\d")
_NUMERIC_ANCHOR = re.compile(r"\d[/.-]\d{1,2}[/.-]\d")
_YEAR_ANCHOR = re.compile(rf"{_YEAR}")
_RANGE_ANCHOR = re.compile(rf"{_YEAR}-(?:{_YEAR}|\d\d)")
_RULES_OF = {
    "month": ("mdy", "dmy", "my", "month"),
    # A full date holds its month name, whose window reaches the weekday and the year
    # around it: weekdays and years need not run the month patterns again.
    "weekday": ("weekday",),
    "iso": ("iso",),
    "numeric": ("numeric", "ymd"),
    "year": ("year", "ymd", "yrange", "fiscal", "quarter", "decade", "half"),
    "deictic": ("deictic",),
    # "quarter" and "fiscal" have anchors of their own; "the year" and "the weekend" run
    # only near their own words.
    "unit": ("period", "offset", "sequel", "part", "ref", "anaphor"),
    "unit_ym": ("period", "offset", "sequel", "part", "ref", "anaphor", "year_before", "year_end"),
    "unit_we": ("period", "weekend"),
    "fiscal": ("fiscal", "quarter"),
    "quarter": ("quarter", "year_before"),
    "half": ("half", "year_before"),
    "ref": ("ref",),
    "season": ("season",),
    "century": ("century",),
    "holiday": ("holiday",),
}

_REACH = 48

# What every match of a rule holds, a necessary condition found with a fast scan (a
# literal or a character set first): a window without it skips the rule's pattern,
# which opens with a word boundary and so is tried at every position.  ``True``: the
# needle is read in the lower-cased window, as the rule's pattern ignores case; only
# an ASCII window, where lower case and IGNORECASE agree ("ſ" matches "s").
_NEEDLES: dict[str, tuple[re.Pattern[str], bool]] = {
    "decade": (re.compile(r"0['’]?s"), False),  # "1990s", "'90s"
    "dmy": (re.compile(r"[0-9]"), False),  # the day
    "mdy": (re.compile(r"[0-9]"), False),
    "my": (re.compile(r"1[89]|2[01]"), False),  # the year
    "quarter": (re.compile(r"quarter|Q[1-4]"), False),
    "fiscal": (re.compile(r"fiscal|fy"), True),  # "fiscal" in any case, "FY"
    "yrange": (re.compile(r"[-–—]"), False),  # "2009-2010"
    "ymd": (re.compile(r"/"), False),  # "2025/03/13"
    "half": (re.compile(r"half"), True),
    "part": (re.compile(r"of\s+(?:the|this|last|next)\s+(?:year|month|week|decade)"), True),
    "anaphor": (
        re.compile(r"the\s+(?:(?:full|whole|entire)\s+)?(?:year|month|week|day|decade)"),
        True,
    ),
    "period": (
        re.compile(r"(?:last|past|coming|this|next|current)\s+(?:week|month|year|decade)"),
        True,
    ),
    "year_end": (re.compile(r"year[- ]end|year['’]s\s+end|mid-?year"), True),
    "ref": (
        re.compile(r"now|current|present|moment|these\s+days|recent|past|future|coming|ahead"),
        True,
    ),
    "year_before": (re.compile(r"year[- ](?:earlier|ago)|(?:prior|previous)[- ]year|same\s"), True),
    "sequel": (
        re.compile(r"(?:the|next|following|previous|prior|that|same)\s+(?:day|week|month|year)"),
        True,
    ),
    "offset": (
        re.compile(r"(?:day|week|month|year|decade)s?\s+(?:ago|later|earlier|before|after|prior)"),
        True,
    ),
}


def _may_match(needle: tuple[re.Pattern[str], bool], text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds a rule's needle (or is not ASCII, where it cannot tell)."""
    pattern, lowered = needle
    if not lowered:
        return pattern.search(text, lo, hi) is not None
    window = text[lo:hi]
    return not window.isascii() or pattern.search(window.lower()) is not None


# The words a bare year follows ("in 2022", "Russia's 2022 invasion"); a
# number after anything else is more often a count or an amount.
_YEAR_BEFORE = re.compile(r"(?:\b(?P<w>[A-Za-z]+)|(?P<poss>['’]s)|(?P<mid>\bmid-))[ \t]*\(?$")
_YEAR_WORDS = frozenset(data_section("date_cues.txt", "year_words"))
# "2019 has been a hard year": a year opening a clause before its verb.
_YEAR_VERB_AFTER = re.compile(
    r"[ \t]+(?:" + data_alternation("date_cues.txt", "year_subject_verbs") + r")\b"
)
_DETERMINERS = frozenset(data_section("date_cues.txt", "determiners"))
_YEAR_NOUNS = frozenset(data_section("date_cues.txt", "year_nouns"))
# "only 2016 and 2020", "2021 and the summer of 1936": a number joined to a year is one
# too, unless the pair counts something ("2000 and 2500 troops").
_AND_YEAR_AFTER = re.compile(
    rf"[ \t]+(?:and|or)[ \t]+(?:the[ \t]+[a-z]+[ \t]+of[ \t]+)?{_YEAR}\b"
    r"(?![.,:/-]?\d|[ \t]+(?!was\b|is\b|has\b)[a-z]+s\b)"
)
# "2000 troops"; not "2023 as a whole", "2020 was" (function words) or "2019 unless".
_PLURAL_AFTER = re.compile(r"[ \t]+(?P<w>[a-z]+[^\Ws]s)\b")

# Words that may stand capitalised before a month or weekday name; any other
# capitalised word makes it part of a name ("Theresa May", "Good Friday").
_FUNCTION_WORDS = frozenset(data_section("date_cues.txt", "function_words"))
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)—–]|$)")
#: Months that are also given names or surnames.
_NAME_MONTHS = frozenset(data_section("date_cues.txt", "name_months"))
_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][a-z]+)\.?[ \t]+$")
_AFTER_THE_NAME = re.compile(r"\s+[A-Z][a-z]")  # "the Sunday Times"
#: Words that make a weekday part of a name: "Good Friday", "Super Tuesday".
_WEEKDAY_NAMES = frozenset(data_section("date_cues.txt", "weekday_names"))

# A time of day attached to a day: "Thursday at 10:30 a.m.", "3 p.m. Friday".
_TZ = r"(?P<tz>UTC|GMT|BST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT)"
_CLOCK = (
    r"(?:(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?\s*(?P<ap>[ap])\.?\s?m\b\.?"
    r"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d:])|(?P<word>noon|midnight))"
)
_TIME_AFTER = re.compile(rf",?\s+(?:at\s+)?{_CLOCK}(?:\s+(?:\(\s*)?{_TZ}\b\)?)?")
_TIME_BEFORE = re.compile(rf"{_CLOCK}(?:\s+{_TZ}\b)?(?:,?\s+on)?\s+$")
_TZ_HOURS = {
    "UTC": 0, "GMT": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
}  # fmt: skip

# The clause speaks of the future: a weekday in it is the next one.
_FUTURE_BEFORE = re.compile(
    r"\b(?P<cue>will|shall|won['’]t|would|wo|going\s+to|plan(?:s|ned|ning)?\s+to|"
    r"(?:hopes?|hoping|aims?|intends?|expects?)\s+to|"
    # A verb of expecting in the present looks ahead whatever its object: "analysts
    # expect second-half earnings to improve".
    r"expects?|expecting|anticipates?|anticipating|"
    # "is set to open", "was set for Friday"; not "the record was set in January".
    r"(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:due|set\s+(?:to|for)|scheduled|expected|slated)|"
    r"due\s+to|"
    # "is to report Friday", "are to be released Thursday"; "the report, due Friday".
    r"(?:is|are)\s+to|due(?=(?:\s+(?:on|in|by|at|for))?\s+$)|"
    # A participle that looks ahead: "an election expected in the autumn"; not one that
    # compares with the plan ("rose more than expected on Monday", "as scheduled").
    r"(?<!than\s)(?<!as\s)(?:expected|scheduled|slated)\s+(?:in|on|for|by|around)|"
    r"scheduled\s+for)\b"
    r"[^.!?;\"“”]*$",
    re.IGNORECASE,
)
_CLAUSE_WINDOW = 70
#: Verbs of lasting state before "today" that make it these days, not the day.
_STATE_VERBS = frozenset(data_section("date_cues.txt", "state_verbs"))
# The word a date follows, "on" left out: "figures [showed] last year", "[said] on Tuesday".
_VERB_BEFORE_DATE = re.compile(r"\b([A-Za-z]+)(?:[ \t]+on)?[ \t]+$")
#: Verbs by which data and documents report: "figures [showed] last year".
_DATA_REPORT_VERBS = frozenset(data_section("date_cues.txt", "data_report_verbs"))
# A future word in the past perfect: "[had] planned to", "[had been] expected to".
_HAD_BEFORE = re.compile(r"\bhad\s+(?:been\s+)?$", re.IGNORECASE)
# A verb in the present tense that schedules: "the Test begins on Thursday", "voters go to
# the polls on Thursday".  After a determiner it is a noun ("the start on Friday").
_SCHEDULED_BEFORE = re.compile(
    r"\b(?P<verb>begins?|starts?|opens?|ends?|closes?|meets?|resumes?|takes?\s+effect|goe?s?|"
    r"comes?\s+into\s+(?:force|effect)|reopens?|premieres?|debuts?|"
    r"plays?|faces?|hosts?|visits?|arrives?|expires?|kicks?\s+off|travels?|"
    r"concludes?|launches?|convenes?|reconvenes?|returns?)\b[^.!?;\"“”]*$"
)
# Past forms: irregular verbs news uses most, and -ed words.  One between a future word
# or a scheduling verb and the date governs the date instead.
_PAST_FORM = re.compile(
    r"\b(?:[a-z]{2,}ed|was|were|had|did|met|went|came|began|took|held|left|made|saw|gave|"
    r"won|lost|spoke|wrote|ran|fell|rose|sent|got|fled|struck|stood|hit|grew|led|paid|"
    r"sold|bought|built|chose|drew|drove|fought|kept|brought|caught|thought|said|told|found|"
    r"heard|felt|knew|became|broke|threw|wore)\b"
)
# Past forms that say nothing of when the date is: participles of plans and expectations
# ("the planned vote in June"), verbs that look ahead ("agreed to meet in June").  A
# reporting verb is past ("told reporters in May"); "said it will open in June" is future
# by its "will".
_NOT_PAST = frozenset(data_section("date_cues.txt", "not_past"))
_WEEK = dt.timedelta(days=7)
# "to be held", "could be delayed": a participle after these is no past tense.
_AUXILIARIES = frozenset(data_section("date_cues.txt", "auxiliaries"))
_DEADLINE_WORDS = frozenset(data_section("date_cues.txt", "deadline_words"))
_UNTIL_WORDS = frozenset(data_section("date_cues.txt", "until_words"))
_WEEKDAY_DEADLINES = frozenset(data_section("date_cues.txt", "weekday_deadlines"))
# A clause, a modal or a verb in the present after the past verb: "said he could return
# in June", "said the line has fuel to run through the summer" are not past.
_CLAUSE_BREAK = re.compile(
    r"[,;:\"“”]|\b(?:and|but|that|which|who|when|if|can|could|may|might|must|shall|should|"
    r"will|would|is|are|has|have)\b"
)
_NOT_A_VERB_AFTER = frozenset(data_section("date_cues.txt", "not_a_verb_after"))
_NOT_PAST_AFTER = _NOT_A_VERB_AFTER | _AUXILIARIES

_DAYLIKE = frozenset({Precision.DAY, Precision.TIME})
_NO_YEAR = frozenset({Precision.DECADE, Precision.CENTURY})
_IN_A_MONTH = frozenset({Precision.MONTH, Precision.WEEK, Precision.DAY, Precision.TIME})
_FINER = {
    Precision.CENTURY: 0,
    Precision.DECADE: 0,
    Precision.HALF: 0,
    Precision.YEAR: 0,
    Precision.FISCAL_YEAR: 0,
    Precision.QUARTER: 0,
    Precision.SEASON: 0,
    Precision.MONTH: 1,
    Precision.WEEK: 2,
    Precision.WEEKEND: 2,
    Precision.DAY: 3,
}


#: The periods "the year-earlier period" and "the same period a year ago" can be: "profit in
#: the third quarter ... against $2 a share in the year-earlier period" is that quarter a
#: year before.
_PERIODS_COMPARED = frozenset({Precision.QUARTER, Precision.HALF, Precision.MONTH})
#: Dates whose year a later month, day or season of their clause takes.
_YEAR_SPOKEN_OF = frozenset({Precision.YEAR, Precision.HALF, Precision.QUARTER})
# What joins one clause to the next ("cut jobs last year and said in April").
_CLAUSES_JOINED = re.compile(r";|\b(?:and|but|or|while|whereas)\b")
_WORD = re.compile(r"[A-Za-z]+")
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")


def _years_back(value: DateValue, years: int) -> DateValue:
    """The same period ``years`` years earlier (a quarter, half, month or year)."""
    return DateValue(
        precision=value.precision, value=value.value.replace(year=value.value.year - years)
    )


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


#: Regions whose English writes numeric dates month first.
_MONTH_FIRST_REGIONS = frozenset({"us", "ph", "fm", "mh", "pw", "um", "as", "gu", "mp", "vi"})
#: Languages that write numeric dates year first; D/M/Y is not theirs to settle.
_YEAR_FIRST_LANGUAGES = frozenset({"zh", "ja", "ko", "hu", "lt", "mn"})


_LANGUAGE_PARTS = re.compile(r"[-_]")


def dayfirst_for(language: str | None) -> bool | None:
    """Whether numeric dates in ``language`` (a BCP 47 tag) put the day first.

    ``en-US`` gives ``False``; other English regions (``en-GB``, ``en-AU``,
    ``en-IN``, ...) and other European languages (``fr``, ``de-AT``) give
    ``True``; plain ``en``, year-first languages and ``None`` give ``None``
    (undecided: the text may show it, else month first).
    """
    if not language:
        return None
    parts = _LANGUAGE_PARTS.split(language.strip().lower())
    lang = parts[0]
    region = next((p for p in parts[1:] if len(p) == 2 and p.isalpha()), None)
    if lang == "en":
        if region is None:
            return None
        return region not in _MONTH_FIRST_REGIONS
    if lang in _YEAR_FIRST_LANGUAGES or not lang.isalpha():
        return None
    return True


def _windows(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching windows merged, in order."""
    spans.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            if hi > merged[-1][1]:
                merged[-1] = (merged[-1][0], hi)
        else:
            merged.append((lo, hi))
    return merged


def _hits(text: str, start: int, end: int) -> list[_Hit]:
    anchors: dict[str, list[tuple[int, int]]] = {}
    for a in _ANCHOR.finditer(text, start, end):
        token = a.group()
        kind = _ANCHOR_WORDS.get(token)
        if kind is None:  # figures
            if _ISO_ANCHOR.match(token):
                kind = "iso"
            elif _NUMERIC_ANCHOR.search(token):
                kind = "numeric"
            elif len(token) == 4 and _YEAR_ANCHOR.fullmatch(token):
                kind = "year"
            elif _RANGE_ANCHOR.fullmatch(token):
                kind = "year"  # "2009-2010"
            elif text[max(0, a.start() - 2) : a.start()] == "FY":
                kind = "fiscal"  # "FY24"
            elif len(token) == 2 and text[max(0, a.start() - 1) : a.start()] in "'’":
                kind = "year"  # "the '90s"
            else:
                continue
        for rule in _RULES_OF[kind]:
            anchors.setdefault(rule, []).append((a.start(), a.end()))
    found: list[_Hit] = []
    for rule, spans in anchors.items():
        pattern = _PATTERNS[rule]
        starts = [s for s, _ in spans]
        windows = _windows([(max(start, s - _REACH), min(end, e + _REACH)) for s, e in spans])
        needle = _NEEDLES.get(rule)
        for lo, hi in windows:
            if needle is not None and not _may_match(needle, text, lo, hi):
                continue
            for m in pattern.finditer(text, lo, hi):
                # Keep the matches that hold an anchor: the pattern ran near one.
                i = bisect.bisect_left(starts, m.start())
                if i < len(spans) and spans[i][1] <= m.end():
                    found.append(_Hit(m.start(), m.end(), rule, m))
    # Longest first, then leftmost: "late Thursday, March 13" beats "Thursday".
    found.sort(key=lambda h: (h.start - h.end, h.start))
    taken: list[_Hit] = []
    # The intervals taken so far, sorted and disjoint: an overlap test is a bisection.
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    for h in found:
        i = bisect.bisect_left(taken_starts, h.end)
        if i and taken_ends[i - 1] > h.start:
            continue  # overlaps the interval that starts last before h ends
        start_at = _accepted_start(text, h)
        if start_at is not None:
            taken.append(h._replace(start=start_at))
            j = bisect.bisect_left(taken_starts, h.start)
            taken_starts.insert(j, h.start)
            taken_ends.insert(j, h.end)
    taken.sort(key=lambda h: h.start)
    return taken


def _word_before(text: str, pos: int) -> str:
    """The word right before ``pos`` (skipping spaces and a comma), or ""."""
    i = pos
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in "'’-"):
        j -= 1
    return text[j:i]


def _sentence_start(text: str, pos: int) -> bool:
    i = pos
    while i > 0 and text[i - 1] in " \t\"“‘'([":
        i -= 1
    return i == 0 or text[i - 1] in ".!?:;\n—–"


#: Words before a month that are not part of the date expression.
_PREPOSITIONS = frozenset(data_section("date_cues.txt", "prepositions"))


def _accepted_start(text: str, hit: _Hit) -> int | None:
    """Where an accepted hit starts (a preposition left out), or None to drop it."""
    if not _plausible(text, hit):
        return None
    if hit.rule == "anaphor":
        return hit.match.start("the")
    if hit.rule == "year_end":
        return hit.match.start("end")
    if hit.rule == "month" and (hit.match["pre"].lower() in _PREPOSITIONS or hit.match["most"]):
        return hit.match.start("month")
    if hit.rule == "decade":
        # "the 1990s": TimeML's extent holds the article.
        m = _THE_BEFORE.search(text, max(0, hit.start - 5), hit.start)
        if m is not None:
            return m.start()
    if hit.rule == "year":
        # "late 2023", "the end of 1994": the modifier belongs to the expression.
        m = _YEAR_MODIFIER.search(text, max(0, hit.start - 24), hit.start)
        if m is not None:
            return m.start()
    return hit.start


# What the text says of the month its fiscal year ends in: "the fiscal year ends in
# June", "fiscal 2025, which ends in September".
_FISCAL_YEAR_END = re.compile(
    rf"(?i:fiscal)(?:\s+year|\s+{_YEAR})?\b[^.;!?]{{0,40}}?\b(?:ends?|ending|ended|closes?)\s+"
    rf"(?:in\s+|on\s+)?(?P<month>{_MONTH})\b"
)
# "late 2023", "mid-2024", "the end of 1994": words of the expression before its year.
_YEAR_MODIFIER = re.compile(
    r"\b(?:[Ee]arly\s+|[Ll]ate\s+|[Mm]id-|"
    r"[Tt]he\s+(?:end|beginning|start|middle|close|turn)\s+of\s+)$"
)
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# A month right before a conjunction: "August and September", "June to August".
_MONTH_BEFORE = re.compile(
    rf"\b(?:{_MONTH})\b\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+{_YEAR})?,?\s*$"
)
_HOLIDAY_BEFORE = re.compile(
    r"\b(?:before|after|at|on|over|until|till|by|since|for|during|around|from|to|and|or|"
    r"through|(?:ahead|week|run-up)\s+of)\s+$"
    # In apposition to a weekday: "closed Monday, Columbus Day".
    rf"|\b(?:{_WEEKDAY}),\s+$",
    re.IGNORECASE,
)
# Words that may follow a season or holiday that names a time; any other lower-case word
# makes it a modifier ("the summer sale", "Christmas music"), unless it is a verb.
_FOLLOWERS = frozenset(data_section("date_cues.txt", "followers"))
#: Prepositions of time before "the fall" the season: "[in] the fall".
_SEASON_PREPOSITIONS = frozenset(data_section("date_cues.txt", "season_prepositions"))
# "the fall in prices", "the fall of Kabul": a fall of something, not the season.
_FALL_OF_SOMETHING = re.compile(
    r"\s+(?:" + data_alternation("date_cues.txt", "fall_of_something") + r")\b"
)
_NEXT_WORD = re.compile(r"[ \t]+([a-z][a-z'’-]*)")
_TIME_OF = re.compile(
    r"\b(?:weeks?|days?|end|start|beginning|middle|rest|remainder|part|half|month)\s+of\b"
)
_THAN = re.compile(r"\s+than\b")
_THAN_A_DAY = re.compile(r"\s+than\s+(?:yesterday|on|last|earlier|at)\b", re.IGNORECASE)
_YEAR_POSSESSIVE = re.compile(
    rf"(?:\b(?P<y>{_YEAR})|\b(?P<rel>(?i:last|this|next))\s+year)['’]s\s+(?:fiscal\s+)?$"
)
_AND_MONTH = re.compile(rf"\s+and\s+(?:{_MONTH})\b")
# A game's words, or goals counted in figures ("his 19 goals").
_GAME_WORDS = re.compile(
    r"\b(?:" + data_alternation("date_cues.txt", "game_words") + r"|\d+\s+goals)\b",
    re.IGNORECASE,
)
_ADDRESS_AFTER = re.compile(
    r"[ \t]+(?:" + data_alternation("date_cues.txt", "address_nouns") + r")\b"
)


def _modifies_a_noun(text: str, end: int, s_verbs: bool) -> bool:
    """Whether the lower-case word after ``end`` is a noun the expression modifies: not a
    function word, a time word or a verb (a past form: "the summer saw"; with ``s_verbs``
    an -s form: "the summer brings", "the summer months"; after a holiday an -s word is a
    plural noun as often: "Christmas ornaments")."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m[1]
    verb = (s_verbs and word.endswith("s")) or _PAST_FORM.fullmatch(word) is not None
    return not (word in _FOLLOWERS or verb)


def _is_name_month(g: dict[str, str]) -> bool:
    return g["month"].lower() in _NAME_MONTHS


def _plausible(text: str, hit: _Hit) -> bool:
    """Filters the patterns cannot express: names, counts and amounts."""
    g = hit.match.groupdict()
    rule = hit.rule
    if rule == "month" and g["pre"].lower() in ("and", "or", "to", "between", "of"):
        # "August and September", "from June to August": a month before it; "to May"
        # and "between May" alone may be a person.
        joined = _MONTH_BEFORE.search(text, max(0, hit.start - 30), hit.start) is not None
        if g["pre"].lower() == "between" and _AND_MONTH.match(text, hit.end):
            return True  # "between May and June"
        if g["pre"].lower() == "of" and _TIME_OF.search(text, max(0, hit.start - 20), hit.end):
            return True  # "the first week of May"
        return joined or (g["pre"].lower() in ("to", "between", "of") and not _is_name_month(g))
    if rule == "month" and g["pre"].lower() == "the":
        # "the November elections", "the October crash": a month before the noun it dates
        # ("the May government" may be a person's).
        return not _is_name_month(g) and _modifies_a_noun(text, hit.end, s_verbs=False)
    if rule == "month" and g["pre"].lower() == "for":
        # "figures for October"; "cheered for May" may be a person.
        return not _is_name_month(g)
    if rule in ("holiday", "season") and _modifies_a_noun(text, hit.end, rule == "season"):
        return False  # "Christmas music", "the summer sale", "the winter cold"
    if rule == "holiday" and not (g["rel"] or g["y"]):
        # "before Christmas", "on Good Friday"; not "a Christmas tree".
        return _HOLIDAY_BEFORE.search(text, max(0, hit.start - 20), hit.start) is not None
    if rule == "season":
        if not (g["det"] or g["y"] or g["mod"]):
            return False  # "spring" alone is as often a coil or a well
        if g["season"] == "fall" and not g["y"]:
            # "the fall of Kabul", "the fall in prices": only "this fall", "last fall",
            # "the fall" ending its clause, or "the fall" after a preposition of time and
            # before no preposition of its own ("its forecast for the fall next month")
            # is the season.
            det = (g["det"] or "").lower()
            if det not in ("", "the") or _CLAUSE_END.match(text, hit.end) is not None:
                return True
            timed = _word_before(text, hit.start).lower() in _SEASON_PREPOSITIONS
            return det == "the" and timed and _FALL_OF_SOMETHING.match(text, hit.end) is None
        return True
    if rule == "quarter" and g.get("ended_q"):
        # A quarter that ends on a calendar quarter's last day: a fiscal quarter ended
        # Oct. 31 has no calendar value.
        return MONTHS[g["qe_m"].lower()] % 3 == 0
    game_quarter = rule == "quarter" and bool(g.get("ord") or g.get("same")) and not g.get("y2")
    game_half = rule == "half" and not (g.get("rel") or g.get("this"))
    if (game_quarter or game_half) and not g.get("y"):
        # "scored in the fourth quarter", "two goals in the first half": a game's part,
        # not a year's.
        lo, hi = max(0, hit.start - 60), min(len(text), hit.end + 60)
        return _GAME_WORDS.search(text, lo, hi) is None
    if rule == "year":
        if _ADDRESS_AFTER.match(text, hit.end):
            return False  # "the 1900 block of Elm Street"
        if _YEAR_VERB_AFTER.match(text, hit.end) or _AND_YEAR_AFTER.match(text, hit.end):
            return True
        noun = _NEXT_WORD.match(text, hit.end)
        if (
            noun is not None
            and noun[1] in _YEAR_NOUNS
            and not _word_before(text, hit.start)[:1].isupper()
        ):
            # "expects 1991 earnings", "12 times 1990 earnings"; not after a name ("Prime
            # Minister May 2019 budget").
            return True
        m = _YEAR_BEFORE.search(text, max(0, hit.start - 20), hit.start)
        if m is None or (m["w"] is not None and m["w"].lower() not in _YEAR_WORDS):
            return False
        # "and 2000 troops" is a count; "the 2022 elections" a year.
        plural = _PLURAL_AFTER.match(text, hit.end)
        if plural and plural["w"] in _FOLLOWERS:
            plural = None
        if plural and not (m["poss"] or (m["w"] and m["w"].lower() in _DETERMINERS)):
            return plural["w"] in ("years", "months", "weeks", "days")
        return True
    if rule == "anaphor" and g["unit"].lower() == "decade":
        return bool(g["adv"])  # "later in the decade"; "in the decade" is as often its span
    if rule == "anaphor" and g["unit"].lower() in ("day", "week") and not g["adv"]:
        # "during the day" is daytime; "later in the day" is a date, and so is the phrase
        # that opens a market report's sentence: "For the week, the index rose 2%".
        return _sentence_start(text, hit.start) and text.startswith(",", hit.end)
    if rule == "period" and g["unit"].lower() == "decade" and "last" in g["rel"].lower():
        return False  # "over the last decade" is ten years up to now, not the 2010s
    if rule == "offset" and _THAN.match(text, hit.end):
        return False  # "a week later than planned" compares, it dates nothing
    if rule == "offset" and g["dir"].lower() in ("before", "after", "prior"):
        # "two days before the vote" counts from the vote, not from a date.
        return _CLAUSE_END.match(text, hit.end) is not None
    if rule == "deictic":
        # "USA Today", "the Tonight Show": capitalised inside a sentence, a name.
        word = g["word"]
        return not (
            word[0].isupper() and word[1:2].islower() and not _sentence_start(text, hit.start)
        )
    if g.get("mod") or g.get("rel") or rule not in ("mdy", "my", "dmy", "weekday"):
        return True
    pos = hit.start if rule == "dmy" or not g.get("wd") else hit.match.start("wd")
    if rule in ("mdy", "my") and not g.get("wd"):
        pos = hit.match.start("month")
    before = _word_before(text, pos)
    low = before.lower()
    if rule == "weekday":
        if low in _WEEKDAY_NAMES or low in ("every", "each"):
            return False  # "Good Friday", "every Thursday"
        return not (low == "the" and _AFTER_THE_NAME.match(text, hit.end))  # "the Sunday Times"
    if g["month"].lower() not in _NAME_MONTHS:
        return True
    # "Theresa May 2019", "Mrs. May", "Prime Minister May": a person, not a month.
    m = _CAPITALISED_BEFORE.search(text, max(0, pos - 30), pos)
    if m is None or m[1].lower() in _FUNCTION_WORDS or m[1].lower() in WEEKDAYS:
        return True
    return not (is_given_name(m[1]) or m[1] in TITLE_WORDS or f"{m[1]}." in TITLE_WORDS)


def _day_in_year(
    month: int,
    day: int,
    ref: dt.date,
    future: bool,
    *,
    in_past: bool = False,
    past_weight: int = 2,
) -> dt.date | None:
    """The year of a day written without one.

    The nearer of the last such day and the next one, the past counting
    double (news reports more of what happened than of what will; ``past_weight``
    1 where the words point ahead); the next one within a year when the
    clause speaks of the future; the last one when it is in the past tense
    (``in_past``).
    """
    past: dt.date | None = None
    nxt: dt.date | None = None
    for back in range(9):  # February 29 may be years away
        try:
            past = dt.date(ref.year - back, month, day)
        except ValueError:
            continue
        if past <= ref:
            break
        past = None
    for ahead in range(9):
        try:
            nxt = dt.date(ref.year + ahead, month, day)
        except ValueError:
            continue
        if nxt >= ref:
            break
        nxt = None
    if past is None or nxt is None or in_past:
        return past or nxt
    return _nearer(ref, past, nxt, future, past_weight)


def _nearer(
    ref: dt.date, past: dt.date, nxt: dt.date, future: bool, past_weight: int = 2
) -> dt.date:
    """The nearer day, the past counting ``past_weight`` times; the next one within a
    year when the clause speaks of the future ("Fiscal 1994 begins Oct. 1", said in
    March 1993: the coming October 1; a February 29 years away stays the last one)."""
    if future and (nxt - ref).days <= 366:
        return nxt
    return nxt if past_weight * (nxt - ref).days < (ref - past).days else past


_WEEKDAY_ABBR = {w[:3]: n for w, n in WEEKDAYS.items()}


def _holiday_in(name: str, year: int) -> dt.date:
    """The day a holiday falls on in a year, by its rule in ``data/holidays.tsv``."""
    rule = _HOLIDAYS[_holiday_key(name)]
    if rule.startswith("easter"):
        return easter(year) + dt.timedelta(days=int(rule[len("easter") :]))
    parts = rule.split()
    if len(parts) == 3:  # the Nth weekday of a month, -1 the last
        nth, weekday, month = int(parts[0]), _WEEKDAY_ABBR[parts[1]], int(parts[2])
        if nth > 0:
            first = dt.date(year, month, 1)
            return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        last = dt.date(year, month, 1) + relativedelta(months=1, days=-1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    month, day = (int(x) for x in rule.split("-"))
    return dt.date(year, month, day)


def _month_in_year(month: int, ref: dt.date, future: bool) -> int:
    """The year of a month written without one, by the rule of :func:`_day_in_year`."""
    ahead = (month - ref.month) % 12
    if ahead == 0:
        return ref.year
    if (future and ahead <= 8) or 2 * ahead < 12 - ahead:
        return ref.year + (month < ref.month)
    return ref.year - (month > ref.month)


# How long after its three calendar months a season ends by the sky's reckoning: at an
# equinox or solstice near the 21st of the next month (summer, June to August, ends on
# about September 22).
_SOLSTICE_LAG = dt.timedelta(days=21)
_SEASON_CODES = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


def _weekend(saturday: dt.date) -> DateValue:
    return DateValue(precision=Precision.WEEKEND, value=saturday)


def _week(d: dt.date) -> DateValue:
    return DateValue(precision=Precision.WEEK, value=d - dt.timedelta(days=d.weekday()))


#: "The previous quarter", "the latest quarter", "next quarter": quarters from the current.
_QUARTER_STEPS = {"last": -1, "previous": -1, "prior": -1, "preceding": -1, "latest": -1,
                  "recent": -1, "next": 1}  # fmt: skip
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
             "4th": 4, "final": 4}  # fmt: skip


def _quarter_number(g: dict[str, str]) -> int:
    if g.get("q"):
        return int(g["q"])
    return _ORDINALS[(g.get("ord") or "").lower()]


def _full_year(y: str) -> int:
    """A year written with four figures or two ("FY24")."""
    n = int(y)
    return n if n >= 100 else 2000 + n if n < 70 else 1900 + n


def _count(raw: str) -> int:
    """A count in figures or words ("12", "three", "twenty-five")."""
    if raw.isdigit():
        return int(raw)
    return sum(NUMBERS[part] for part in raw.split("-"))


def _at_precision(d: dt.date, precision: Precision) -> DateValue:
    if precision is Precision.YEAR:
        return DateValue.of(d.year)
    if precision is Precision.MONTH:
        return DateValue.of(d.year, d.month)
    if precision is Precision.WEEK:
        return _week(d)
    return DateValue.from_date(d)


_UNIT_PRECISION = {
    "decade": Precision.YEAR,
    "day": Precision.DAY,
    "week": Precision.WEEK,
    "weekend": Precision.WEEK,
    "month": Precision.MONTH,
    "year": Precision.YEAR,
}


def _step(d: dt.date, unit: str, n: int) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + dt.timedelta(weeks=n)
    if unit == "month":
        return d + relativedelta(months=n)
    if unit == "decade":
        return d + relativedelta(years=10 * n)
    return d + relativedelta(years=n)


class _Resolver:
    """Resolves hits in text order, remembering the last date for "two days later"."""

    def __init__(self, text: str, ref: dt.date | None, dayfirst: bool | None, label: str) -> None:
        self.text = text
        self.ref = ref
        self.dayfirst = dayfirst
        self.label = label  # "publication" or "statement"
        self.context: DateValue | None = None
        self.context_end = 0  # where the mention of ``context`` ends
        self.context_modifies = False  # whether it modifies a noun ("its 2023 results")
        # The last quarter named: "the quarter" and "the year-earlier quarter" speak of it
        # even after other dates ("a charge against fourth-quarter earnings ... since
        # mid-1990 ... a loss for the quarter").
        self.quarter: DateValue | None = None

    def resolve(self, hit: _Hit) -> tuple[DateValue | None, str]:
        try:
            value, anchor = self._resolve(hit)
        except (ValueError, KeyError, OverflowError):
            return None, "absolute"
        if value is not None and not value.is_reference and not self._dates_a_report(hit):
            self.context = value
            self.context_end = hit.end
            # "its 2023 results", "last year's crop": a date that modifies a noun sets no
            # time for the rest of its clause.
            self.context_modifies = _POSSESSIVE_AFTER.match(self.text, hit.end) is not None or (
                _modifies_a_noun(self.text, hit.end, s_verbs=False)
            )
            if value.precision is Precision.QUARTER and hit.rule != "year_before":
                self.quarter = value  # not the period compared with
        return value, anchor

    def _dates_a_report(self, hit: _Hit) -> bool:
        """Whether the hit only dates a report of what its sentence tells, after an
        earlier date of that sentence: "reached 745,000 in 2022, figures showed last year,
        up from 488,000 a year earlier" counts from 2022, not from the report."""
        if self.context is None:
            return False
        m = _VERB_BEFORE_DATE.search(self.text, max(0, hit.start - 30), hit.start)
        verb = m[1].lower() if m is not None else ""
        if verb not in SPEECH_VERBS and verb not in _DATA_REPORT_VERBS:
            return False
        # The earlier date must be in the same sentence: across one the report's day is
        # the story's ("The firm announced the deal on Monday. The next day ...").
        return sentence_start(self.text, self.context_end, hit.start) == self.context_end

    def _resolve(self, hit: _Hit) -> tuple[DateValue | None, str]:
        g = hit.match.groupdict()
        rule = hit.rule
        if rule == "iso":
            return self._iso(g), "absolute"
        if rule == "numeric":
            return self._numeric(g), "absolute"
        if rule == "ymd":
            return DateValue.of(int(g["y"]), int(g["m"]), int(g["d"])), "absolute"
        if rule in ("mdy", "dmy"):
            month = MONTHS[g["month"].lower()]
            day = int(re.match(r"\d+", g["d"]).group())  # type: ignore[union-attr]
            if g.get("y"):
                return DateValue.of(int(g["y"]), month, day), "absolute"
            year = self._year_spoken_of(hit.start)
            if year is not None:
                return DateValue.of(year, month, day), "context"
            if self.ref is None:
                return None, self.label
            future = self._future(hit.start)
            past = not future and self._past(hit.start)
            # "extended the ban until 31 October": an end date points ahead as often as
            # back, whatever the tense of the verb that set it.
            until = _word_before(self.text, hit.start).lower() in _UNTIL_WORDS
            near = _day_in_year(
                month, day, self.ref, future, in_past=past, past_weight=1 if until else 2
            )
            if past and near is not None and near + relativedelta(years=1) - self.ref <= _WEEK:
                # A day a few days ahead in a past clause: sooner a loose reference date
                # than a day a year ago.
                near = _day_in_year(month, day, self.ref, future)
            return (DateValue.from_date(near) if near else None), self.label
        if rule == "my":
            return DateValue.of(int(g["y"]), MONTHS[g["month"].lower()]), "absolute"
        if rule in ("year", "yrange"):
            return DateValue.of(int(g["y"])), "absolute"
        if rule == "decade":
            year = int(g["y"]) if g.get("y") else _full_year(g["yy"] or "")
            return DateValue.decade(year), "absolute"
        if rule == "holiday" and g.get("y"):
            return DateValue.from_date(_holiday_in(g["name"], int(g["y"]))), "absolute"
        if rule == "century" and not g.get("rel"):
            n = int(g["n"]) if g.get("n") else _ORDINAL_WORDS[g["word"].lower()]
            return DateValue.century(100 * (n - 1)), "absolute"
        if rule == "season" and g.get("y"):
            return DateValue.season(int(g["y"]), _SEASON_CODES[g["season"]]), "absolute"
        if rule == "quarter" and g.get("ord") and not (g.get("y") or g.get("y2") or g.get("rel")):
            # "1988's third quarter", "last year's third quarter": the possessive's year.
            m = _YEAR_POSSESSIVE.search(self.text, max(0, hit.start - 24), hit.start)
            if m is not None and m["y"]:
                return DateValue.quarter(int(m["y"]), _quarter_number(g)), "absolute"
            if m is not None and self.ref is not None:
                step = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
                return DateValue.quarter(self.ref.year + step, _quarter_number(g)), self.label
        if rule == "quarter" and g.get("y3"):
            return DateValue.quarter(int(g["y3"]), MONTHS[g["qm"].lower()] // 3), "absolute"
        if rule == "quarter" and g.get("same"):
            if self.quarter is not None:
                return self.quarter, "context"
            if self.ref is None:
                return None, "context"
            # None named: the last one over ("costs rose in the quarter"), the current one
            # in the future.
            current = (self.ref.month - 1) // 3
            n = self.ref.year * 4 + current - (not self._future(hit.start))
            return DateValue.quarter(n // 4, n % 4 + 1), self.label
        if rule == "half" and g.get("y"):
            return DateValue.half(int(g["y"]), 1 if g["h"].lower() == "first" else 2), "absolute"
        if rule == "ref":
            which = "present" if g.get("present") else "past" if g.get("past") else "future"
            return DateValue.reference(f"{which}_ref"), "absolute"
        if rule == "fiscal" and g.get("ended_the"):
            return self._fiscal_year_ended(g, hit.start)
        if rule == "quarter" and g.get("ended_q"):
            return self._quarter_ended(g, hit.start)
        if rule == "fiscal" and (g.get("y") or g.get("y2") or g.get("y3")):
            year = _full_year(g.get("y") or g.get("y2") or g["y3"] or "")
            return DateValue.fiscal_year(year), "absolute"
        if rule == "quarter" and (g.get("y") or g.get("y2")):
            year = _full_year(g.get("y") or g["y2"] or "")
            return DateValue.quarter(year, _quarter_number(g)), "absolute"
        if rule in ("offset", "sequel"):
            return self._relative(g)
        if rule == "year_before":
            return self._year_before(g)
        ref = self.ref
        if ref is None:
            return None, self.label
        if rule == "month":
            year = self._year_spoken_of(hit.start)
            if year is not None and g["pre"].lower() not in ("last", "this", "next"):
                return DateValue.of(year, MONTHS[g["month"].lower()]), "context"
            return self._month(g, ref, hit.start), self.label
        if rule == "season":
            year = self._year_spoken_of(hit.start)
            if year is not None and (g.get("det") or "the").lower() == "the":
                return DateValue.season(year, _SEASON_CODES[g["season"]]), "context"
            return self._season(g, hit, ref), self.label
        if rule == "holiday":
            return self._holiday(g, hit, ref), self.label
        if rule == "century":
            rel = g["rel"].lower().split()[-1]
            step = {"last": -1, "previous": -1, "next": 1}.get(rel, 0)
            return DateValue.century(ref.year + 100 * step), self.label
        if rule == "weekday":
            return self._weekday(g, hit, ref), self.label
        if rule == "deictic":
            word = " ".join(g["word"].lower().split())
            if word == "today" and self._nowadays(hit):
                return DateValue.reference("present_ref"), "absolute"
            delta = {
                "yesterday": -1,
                "tomorrow": 1,
                "last night": -1,
                "the day before yesterday": -2,
                "the day after tomorrow": 2,
            }.get(word, 0)
            return DateValue.from_date(ref + dt.timedelta(days=delta)), self.label
        if rule == "anaphor":
            return self._anaphor(g["unit"].lower(), ref)
        if rule == "weekend":
            saturday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=5)
            rel = " ".join(g["rel"].lower().split())
            if rel == "this coming" or (
                ref.weekday() < 5 and rel == "the" and self._future(hit.start)
            ):
                return _weekend(saturday), self.label
            if ref.weekday() >= 5 and rel == "the":
                return _weekend(saturday), self.label  # said on the weekend: this one
            return _weekend(saturday - dt.timedelta(weeks=1)), self.label
        if rule == "period":
            words = g["rel"].lower().split()
            rel = {"past": "last", "coming": "next", "current": "this"}.get(words[-1], words[-1])
            return self._period(rel, g["unit"].lower(), ref), self.label
        if rule == "year_end":
            return self._period("this", "year", ref), self.label
        if rule == "part":
            rel = g["rel"].lower()
            return self._period("this" if rel == "the" else rel, g["unit"].lower(), ref), self.label
        if rule == "fiscal":
            rel = (g.get("rel") or "this").lower().split()[-1]
            step = {"previous": -1, "last": -1, "past": -1, "next": 1, "coming": 1}.get(rel, 0)
            return DateValue.fiscal_year(self._fiscal_year_of(ref) + step), self.label
        if rule == "quarter":
            return self._quarter(g, ref, self._future(hit.start)), self.label
        if rule == "half":
            half = 1 if g["h"].lower() == "first" else 2
            rel = (g.get("rel") or "").lower()
            year = ref.year + {"last": -1, "next": 1}.get(rel, 0)
            # "the second half", said in the first: last year's, unless the clause looks
            # ahead ("is expected to climb in the second half").
            said_in_first = not rel and not g.get("this") and half == 2 and ref.month <= 6
            if said_in_first and not self._future(hit.start):
                year -= 1
            return DateValue.half(year, half), self.label
        return None, self.label

    def _fiscal_year_ended(self, g: dict[str, str], pos: int) -> tuple[DateValue | None, str]:
        """ "The fiscal year ended June 30": the fiscal year named by the year of its last
        day."""
        if g.get("fy"):
            return DateValue.fiscal_year(int(g["fy"])), "absolute"
        last_day = self._last_day(g["fm"], g.get("fd"), g["ended"], pos)
        return (DateValue.fiscal_year(last_day.year) if last_day else None), self.label

    def _quarter_ended(self, g: dict[str, str], pos: int) -> tuple[DateValue | None, str]:
        """ "The quarter ended Sept. 30": the calendar quarter of its last day."""
        if g.get("qe_y"):
            month = MONTHS[g["qe_m"].lower()]
            return DateValue.quarter(int(g["qe_y"]), (month - 1) // 3 + 1), "absolute"
        last_day = self._last_day(g["qe_m"], g["qe_d"], g["qe"], pos)
        if last_day is None:
            return None, self.label
        return DateValue.quarter(last_day.year, (last_day.month - 1) // 3 + 1), self.label

    def _last_day(self, month_name: str, day: str | None, verb: str, pos: int) -> dt.date | None:
        """The last day of a period that "ended" (the latest such day) or is "ending" (the
        nearer, the next one in a clause that speaks of the future) on a day written
        without its year."""
        if self.ref is None:
            return None
        month = MONTHS[month_name.lower()]
        number = int(re.match(r"\d+", day).group()) if day else 1  # type: ignore[union-attr]
        past = verb == "ended"
        return _day_in_year(month, number, self.ref, self._future(pos), in_past=past)

    def _fiscal_year_of(self, ref: dt.date) -> int:
        """The fiscal year ``ref`` falls in, named by the calendar year it ends in: the
        reference's own year, or the next when the text says the fiscal year ends in a
        month already past ("this fiscal year, which ends in June", said in December)."""
        m = _FISCAL_YEAR_END.search(self.text)
        if m is None:
            return ref.year
        return ref.year + (ref.month > MONTHS[m["month"].lower()])

    def _quarter(self, g: dict[str, str], ref: dt.date, future: bool) -> DateValue:
        """A quarter without a year: of the year named, else the latest one begun by the
        reference (the next one when the clause speaks of the future)."""
        current = (ref.month - 1) // 3 + 1
        if g.get("qm"):
            month = MONTHS[g["qm"].lower()]
            return DateValue.quarter(_month_in_year(month, ref, future), month // 3)
        rel2 = (g.get("rel2") or "").lower().split()
        if rel2:
            step = _QUARTER_STEPS.get(rel2[-1], 0)
            n = current + step
            year = ref.year + (n - 1) // 4
            return DateValue.quarter(year, (n - 1) % 4 + 1)
        q = _quarter_number(g)
        rel = (g.get("rel") or "").lower()
        if rel:
            return DateValue.quarter(ref.year + {"last": -1, "this": 0, "next": 1}[rel], q)
        if g.get("this"):
            return DateValue.quarter(ref.year, q)
        if future:
            return DateValue.quarter(ref.year if q >= current else ref.year + 1, q)
        return DateValue.quarter(ref.year if q <= current else ref.year - 1, q)

    def _iso(self, g: dict[str, str]) -> DateValue:
        day = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
        if g.get("H") is None:
            return DateValue.from_date(day)
        tz: dt.tzinfo | None = None
        if g.get("tz"):
            raw = g["tz"]
            if raw == "Z":
                tz = dt.UTC
            else:
                sign = -1 if raw[0] == "-" else 1
                digits = raw[1:].replace(":", "")
                tz = dt.timezone(
                    sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
                )
        stamp = dt.datetime(day.year, day.month, day.day, int(g["H"]), int(g["M"]), tzinfo=tz)
        return DateValue.from_date(stamp)

    def _numeric(self, g: dict[str, str]) -> DateValue:
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        if y < 100:
            y += 2000 if y < 70 else 1900
        dayfirst = self.dayfirst
        if dayfirst is None:
            dayfirst = g["sep"] == "."  # dotted dates are European
        month, day = (b, a) if dayfirst else (a, b)
        if month > 12:  # only the other order is a date
            month, day = day, month
        return DateValue.of(y, month, day)

    def _month(self, g: dict[str, str], ref: dt.date, pos: int) -> DateValue:
        month = MONTHS[g["month"].lower()]
        pre = g["pre"].lower()
        context = self.context
        if (
            pre in ("and", "or", "to", "through")
            and context
            and context.precision in _DAYLIKE | {Precision.MONTH}
        ):
            # "in June and July", "from November to February": the year runs on from the
            # month before.
            c = context.date
            return DateValue.of(c.year if month >= c.month else c.year + 1, month)
        future = self._future(pos)
        if pre == "last":
            year = ref.year if month < ref.month else ref.year - 1
        elif pre == "next":
            year = ref.year if month > ref.month else ref.year + 1
        elif pre == "this":
            year = ref.year
        elif pre == "since" or (not future and self._past(pos)):
            year = ref.year if month <= ref.month else ref.year - 1
        else:
            year = _month_in_year(month, ref, future)
        return DateValue.of(year, month)

    def _past(self, pos: int) -> bool:
        """Whether the clause before ``pos`` is in the past tense: its last verb is a past
        form other than a reporting verb ("the survey ran in June", not "he said")."""
        if _word_before(self.text, pos).lower() in _DEADLINE_WORDS:
            return False  # "gave them until Oct. 15": a deadline looks ahead
        # A past verb of the sentence before says nothing of this one ("Lawmakers
        # approved it. The subsidy runs out on April 2.").
        lo = sentence_start(self.text, max(0, pos - _CLAUSE_WINDOW), pos)
        last = None
        for m in _PAST_FORM.finditer(self.text, lo, pos):
            last = m
        if last is None or _CLAUSE_BREAK.search(self.text, last.end(), pos):
            return False
        word = last.group().lower()
        before = _word_before(self.text, last.start()).lower()
        return word not in _NOT_PAST and before not in _NOT_PAST_AFTER

    def _future(self, pos: int) -> bool:
        """Whether the clause before ``pos`` speaks of the future: a future word ("will",
        "is due to") or a present tense that schedules ("begins"), with no past verb
        after it ("will win, he told them on Tuesday")."""
        lo = max(0, pos - _CLAUSE_WINDOW)
        m = _FUTURE_BEFORE.search(self.text, lo, pos)
        if m is not None:
            return not self._past_verb_in(m.end("cue"), pos)
        m = _SCHEDULED_BEFORE.search(self.text, lo, pos)
        if m is None:
            return False
        before = _word_before(self.text, m.start()).lower()
        # After a determiner or a possessive it is a noun: "the start", "Trump's visit".
        noun = before in _NOT_A_VERB_AFTER or before.endswith(("'s", "’s"))
        return not noun and not self._past_verb_in(m.end("verb"), pos)

    def _nowadays(self, hit: _Hit) -> bool:
        """Whether "today" means these days (TimeML's PRESENT_REF), not the day: set
        against another time ("far stronger today than it was then") or after a verb of
        lasting state ("fewer than 150 machines survive today")."""
        if _THAN.match(self.text, hit.end):
            # "higher today than yesterday" compares days: the day.
            return _THAN_A_DAY.match(self.text, hit.end) is None
        return _word_before(self.text, hit.start).lower() in _STATE_VERBS

    def _deadline_ahead(self, pos: int) -> bool:
        """Whether the weekday at ``pos`` is a deadline in a clause with no verb in the past:
        "if no bill is signed by Friday" (not "the crew finished by Friday")."""
        if _word_before(self.text, pos).lower() not in _WEEKDAY_DEADLINES:
            return False
        lo = sentence_start(self.text, max(0, pos - _CLAUSE_WINDOW), pos)
        return not self._past_verb_in(lo, pos)

    def _plan_overtaken(self, pos: int) -> bool:
        """Whether the clause before ``pos`` looks ahead only from the past, in the past
        perfect: "had planned to vote on Thursday", "had been expected to"."""
        lo = max(0, pos - _CLAUSE_WINDOW)
        m = _FUTURE_BEFORE.search(self.text, lo, pos)
        if m is None:
            return False
        return _HAD_BEFORE.search(self.text, max(0, m.start() - 12), m.start()) is not None

    def _past_verb_in(self, lo: int, hi: int) -> bool:
        """Whether a verb in the past tense stands between ``lo`` and ``hi`` (not a
        participle after "be" or a modal: "will be held")."""
        for m in _PAST_FORM.finditer(self.text, lo, hi):
            before = _word_before(self.text, m.start()).lower()
            if m.group().lower() not in _NOT_PAST and before not in _NOT_PAST_AFTER:
                return True
        return False

    def _year_spoken_of(self, pos: int) -> int | None:
        """The year a month, day or season without one falls in when its sentence named
        that year before it ("In 1989, the plant closed in March"; "Last year, the council
        did not pass a budget until late June"), in a clause that does not look ahead."""
        context = self.context
        if context is None or context.precision not in _YEAR_SPOKEN_OF or self.context_modifies:
            return None
        if sentence_start(self.text, self.context_end, pos) != self.context_end:
            return None  # named in an earlier sentence
        if _CLAUSES_JOINED.search(self.text, self.context_end, pos):
            return None  # another clause: "The mine shut last year, and its owner ... in March"
        words = _WORD.findall(self.text, self.context_end, pos)
        if any(w.lower() in SPEECH_VERBS or w.lower() in _DATA_REPORT_VERBS for w in words):
            return None  # a report of it: "Sales fell in 2023, the firm said in March"
        return None if self._future(pos) else context.value.year

    def _month_before(self) -> bool:
        """Whether the date spoken of is a month, which "a year earlier" counts back from at
        its own precision ("sales in November rose 6% from a year earlier").  After a
        quarter it stays a year, as the first invented set has it; "a year ago" counts from
        the reference ("appointed in October 2024, he said: 'A year ago we were ...'")."""
        context = self.context
        return context is not None and context.precision is Precision.MONTH

    def _anaphor(self, unit: str, ref: dt.date) -> tuple[DateValue, str]:
        """ "The year", "the month", "the week", "the day" or "the decade": of the date
        spoken of before, if it has one, else of the reference."""
        base = self.context
        if unit == "decade":
            if base is not None and base.precision is not Precision.CENTURY:
                return DateValue.decade(base.date.year), "context"
            return DateValue.decade(ref.year), self.label
        if unit == "year" and base is not None and base.precision not in _NO_YEAR:
            return DateValue.of(base.date.year), "context"
        if unit == "month" and base is not None and base.precision in _IN_A_MONTH:
            return DateValue.of(base.date.year, base.date.month), "context"
        if unit == "week" and base is not None and base.precision in _DAYLIKE | {Precision.WEEK}:
            return _week(base.date), "context"
        if unit == "day" and base is not None and base.precision in _DAYLIKE:
            return DateValue.from_date(base.date), "context"
        return _at_precision(ref, _UNIT_PRECISION[unit]), self.label

    def _holiday(self, g: dict[str, str], hit: _Hit, ref: dt.date) -> DateValue:
        """A holiday without a year: "this Christmas" is the reference year's, "last" the
        latest before the reference, "next" the first after it, else the nearer."""
        name = g["name"]
        this = _holiday_in(name, ref.year)
        rel = (g.get("rel") or "").lower()
        if rel == "this":
            return DateValue.from_date(this)
        past = this if this < ref or (this == ref and rel != "last") else None
        nxt = this if this > ref or (this == ref and rel != "next") else None
        past = past or _holiday_in(name, ref.year - 1)
        nxt = nxt or _holiday_in(name, ref.year + 1)
        if rel == "last":
            return DateValue.from_date(past)
        if rel == "next":
            return DateValue.from_date(nxt)
        return DateValue.from_date(_nearer(ref, past, nxt, self._future(hit.start)))

    def _season(self, g: dict[str, str], hit: _Hit, ref: dt.date) -> DateValue:
        """A season without a year: "last summer" is the last one over, "this autumn" the
        reference year's, "next spring" the next one to begin; "the summer" the one the
        reference is in, else by tense ("since the summer", "will ... in the spring"), else
        the nearer, the past counting double."""
        code = _SEASON_CODES[g["season"]]
        month = SEASON_MONTHS[code]

        def start(year: int) -> dt.date:
            return dt.date(year, month, 1)

        def end(year: int) -> dt.date:  # the day after it
            return start(year) + relativedelta(months=3)

        begun = ref.year if start(ref.year) <= ref else ref.year - 1  # the last one begun
        det = " ".join((g.get("det") or "").lower().split())
        if det in ("last", "past", "this past"):
            # A season is "last" once it is over by the sky's reckoning too: summer runs to
            # the equinox near September 22, so in mid-September "last summer" is a year
            # ago while "this summer" is the one just gone.
            over = end(begun) + _SOLSTICE_LAG <= ref
            year = begun if over else begun - 1
        elif det in ("next", "coming", "this coming"):
            year = begun + 1
        elif det == "this":
            year = ref.year - 1 if month == 12 and ref.month <= 2 else ref.year
        elif end(begun) > ref or _word_before(self.text, hit.start).lower() == "since":
            year = begun
        elif self._future(hit.start):
            year = begun + 1
        elif self._past(hit.start):
            year = begun
        else:
            # The nearer, the past counting double; an end set by "until" or "through"
            # ("cash to last through the summer") points ahead as often as back.
            after = (ref - end(begun)).days
            weight = 1 if _word_before(self.text, hit.start).lower() in _UNTIL_WORDS else 2
            year = begun + 1 if weight * (start(begun + 1) - ref).days < after else begun
        return DateValue.season(year, code)

    def _weekday(self, g: dict[str, str], hit: _Hit, ref: dt.date) -> DateValue:
        target = WEEKDAYS[g["wd"].lower()]
        rel = " ".join((g.get("rel") or "").lower().split())
        back = (ref.weekday() - target) % 7
        ahead = (target - ref.weekday()) % 7
        if rel == "next" or rel in ("this coming", "coming"):
            return DateValue.from_date(ref + dt.timedelta(days=ahead or 7))
        if rel in ("last", "this past", "past"):
            return DateValue.from_date(ref - dt.timedelta(days=back or 7))
        if rel == "this":
            # "this Friday" said on a Wednesday is ahead, on a Saturday behind.
            if (back and ahead <= 3) or self._future(hit.start):
                return DateValue.from_date(ref + dt.timedelta(days=ahead))
            return DateValue.from_date(ref - dt.timedelta(days=back))
        # A plan in the past perfect for a day within the week was overtaken by events,
        # the day gone ("had planned to vote on Thursday, but"); a season or a month it
        # names may still be ahead ("had planned to start work in the autumn").
        ahead_in_clause = back and (self._future(hit.start) or self._deadline_ahead(hit.start))
        if ahead_in_clause and not self._plan_overtaken(hit.start):
            return DateValue.from_date(ref + dt.timedelta(days=ahead))
        return DateValue.from_date(ref - dt.timedelta(days=back))

    def _period(self, rel: str, unit: str, ref: dt.date) -> DateValue:
        step = {"last": -1, "this": 0, "next": 1}[rel]
        if unit == "decade":
            return DateValue.decade(ref.year + 10 * step)
        if unit == "weekend":
            # The weekend of the reference's week, or the one before or after it.
            saturday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=5)
            return _weekend(saturday + dt.timedelta(weeks=step))
        return _at_precision(_step(ref, unit, step), _UNIT_PRECISION[unit])

    def _year_before(self, g: dict[str, str]) -> tuple[DateValue | None, str]:
        """ "The year-earlier quarter", "the same period a year ago": the quarter named last
        (a period: the date spoken of, a quarter, half or month, else its year), a year
        before or in the year written ("the same quarter of 1993")."""
        unit = (g.get("unit") or g.get("unit2") or g.get("unit3") or "").lower()
        context = self.context
        base: DateValue | None
        if unit == "quarter":
            base = self.quarter
        elif context is not None and context.precision in _PERIODS_COMPARED | {Precision.YEAR}:
            base = context
        else:
            base = self.quarter
        anchor = "context"
        if base is None and unit in ("quarter", "period") and self.ref is not None:
            # None named: the quarter a report of results speaks of, the last one over.
            n = self.ref.year * 4 + (self.ref.month - 1) // 3 - 1
            base, anchor = DateValue.quarter(n // 4, n % 4 + 1), self.label
        if base is None or (unit in ("half", "month") and base.precision.value != unit):
            return None, "context"
        if g.get("y"):
            return _years_back(base, base.value.year - int(g["y"])), anchor
        return _years_back(base, 1), anchor

    def _relative(self, g: dict[str, str | None]) -> tuple[DateValue | None, str]:
        """Resolve "two days ago" from the reference, "two days later" from context (from
        the reference when no date came before).  "A year earlier" keeps the precision of
        the month it counts from."""
        unit = (g.get("unit") or g.get("unit2") or g.get("unit3") or "").lower()
        precision = _UNIT_PRECISION[unit]
        if g.get("n"):
            raw = (g["n"] or "").lower()
            n = _count(raw)
            direction = (g.get("dir") or "").lower()
            if (
                unit == "year"
                and direction in ("earlier", "before", "prior")
                and self._month_before()
            ):
                return _years_back(self.context, n), "context"  # type: ignore[arg-type]
            if direction == "ago":
                if self.ref is None:
                    return None, self.label
                return _at_precision(_step(self.ref, unit, -n), precision), self.label
            sign = 1 if direction in ("later", "after") else -1
        elif g.get("that"):
            n, sign = 0, 0
        else:
            n = 1
            word = (g.get("rel") or g.get("dir") or "").lower()
            sign = 1 if word in ("next", "following", "after") else -1
        base = self.context
        if base is None and self.ref is not None and sign < 0:
            # No date spoken of yet: "a year earlier" counts back from the reference, as
            # TimeML anchors it to the document's date ("two days later" needs a story).
            return _at_precision(_step(self.ref, unit, sign * n), precision), self.label
        if base is None or _FINER.get(base.precision, 3) < _FINER[precision]:
            return None, "context"
        return _at_precision(_step(base.date, unit, sign * n), precision), "context"


def _with_time(text: str, hit: _Hit, value: DateValue) -> tuple[int, int, DateValue]:
    """Extend a day to a time of day written beside it."""
    m = _TIME_AFTER.match(text, hit.end)
    start, end = hit.start, hit.end
    if m is not None:
        end = m.end()
    else:
        lo = max(0, hit.start - 30)
        m = _TIME_BEFORE.search(text, lo, hit.start)
        if m is None or (m.start() > 0 and text[m.start() - 1].isdigit()):
            return start, end, value
        start = m.start()
    g = m.groupdict()
    if g["h24"] and not re.search(r"\bat\s", m.group()):
        return hit.start, hit.end, value  # "3:2" is a score, "10:30" a time only after "at"
    if g["word"]:
        hour, minute = (12, 0) if g["word"].lower() == "noon" else (0, 0)
    elif g["h24"]:
        hour, minute = int(g["h24"]), int(g["m24"])
    else:
        hour, minute = int(g["h"]) % 12 + (12 if g["ap"].lower() == "p" else 0), int(g["m"] or 0)
    tz = dt.timezone(dt.timedelta(hours=_TZ_HOURS[g["tz"]])) if g["tz"] else None
    d = value.date
    stamp = dt.datetime(d.year, d.month, d.day, hour, minute, tzinfo=tz)
    return start, end, DateValue.from_date(stamp)


_TIMED_RULES = frozenset({"mdy", "dmy", "weekday", "deictic", "numeric", "ymd"})


def _infer_dayfirst(hits: Sequence[_Hit]) -> bool | None:
    """What the text's own unambiguous numeric dates say about the others."""
    day_first = month_first = False
    for h in hits:
        if h.rule == "numeric" and h.match["sep"] != ".":
            a, b = int(h.match["a"]), int(h.match["b"])
            day_first |= a > 12 >= b
            month_first |= b > 12 >= a
    if day_first != month_first:
        return day_first
    return None


def _iter_mentions(
    text: str,
    ref: dt.date | None,
    start: int,
    end: int,
    dayfirst: bool | None,
    label: str = "publication",
) -> Iterator[DateMention]:
    hits = _hits(text, start, end)
    if dayfirst is None:
        dayfirst = _infer_dayfirst(hits)
    resolver = _Resolver(text, ref, dayfirst, label)
    for hit in hits:
        value, anchor = resolver.resolve(hit)
        if value is None and hit.rule == "quarter" and hit.match["same"]:
            continue  # "the quarter" with no quarter named before: nothing to refer to
        a, b = hit.start, hit.end
        if value is not None and value.precision is Precision.DAY and hit.rule in _TIMED_RULES:
            a, b, value = _with_time(text, hit, value)
        yield DateMention(text=text[a:b], start=a, end=b, value=value, anchor=anchor)


def find_dates(
    text: str,
    reference: DateValue | dt.date | str | None = None,
    *,
    dayfirst: bool | None = None,
) -> list[DateMention]:
    """Find the date expressions in ``text`` and resolve them.

    ``reference`` is the date relative expressions ("Thursday", "last year",
    "March 13") are resolved against, usually the publication date; without
    one they keep ``value=None``.  ``dayfirst`` says how to read an
    ambiguous numeric date such as 03/04/2025: ``True`` for day first (British,
    European), ``False`` for month first (American); ``None`` lets the text's
    unambiguous numeric dates decide, and reads month first when they do not
    (see :func:`dayfirst_for` for a language tag's answer).

    Returns :class:`~newsmodel.DateMention` objects (``start``, ``end``,
    ``text``, ``value``, ``anchor``) in text order, never overlapping.
    "Two days later" is resolved against the previous date mentioned, with
    anchor ``"context"``.
    """
    return list(_iter_mentions(text, coerce_reference(reference), 0, len(text), dayfirst))


def anchor_quoted_dates(
    text: str,
    dates: Sequence[DateMention],
    quotes: Sequence[Quote],
    *,
    dayfirst: bool | None = None,
) -> list[DateMention]:
    """Resolve the relative dates inside quotes against the day the words were said.

    "Yesterday" in a statement made on March 14 is March 13, whatever the
    publication date.  Mentions inside a quote with a ``said_on`` date and
    resolved against the publication date are resolved again against it, with
    anchor ``"statement"``; every other mention is returned unchanged.
    """
    spoken = sorted((q.start, q.end, q.said_on.date) for q in quotes if q.said_on is not None)
    if not spoken or not dates:
        return list(dates)
    out = list(dates)
    index = {(d.start, d.end): i for i, d in enumerate(out)}
    # The dates inside a quote by bisection over their starts, not a scan of all dates.
    by_start = sorted(dates, key=lambda d: d.start)
    starts = [d.start for d in by_start]
    for q_start, q_end, said_on in spoken:
        lo, hi = bisect.bisect_left(starts, q_start), bisect.bisect_right(starts, q_end)
        inside = [d for d in by_start[lo:hi] if d.end <= q_end and d.anchor == "publication"]
        if not inside:
            continue
        for mention in _iter_mentions(text, said_on, q_start, q_end, dayfirst, "statement"):
            i = index.get((mention.start, mention.end))
            if i is not None and out[i].anchor == "publication":
                out[i] = mention
    return out
