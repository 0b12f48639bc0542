"""The candidate events the trigger finder and its passes hand along.

A :class:`Hit` is a trigger found in the text with its PLOVER type and mode, before its
clause is read for actors; the passes over the hits of a text (:mod:`.govern`,
:mod:`.content`, :mod:`.background`, :mod:`.relatives`) keep, drop or retype them.  The
patterns and type groups here are those more than one of them reads.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

from newsmodel._analysis.events.clause import Sentence
from newsmodel._analysis.events.vocabulary import Trigger

__all__ = [
    "BY_AFTER",
    "CLAUSE_BREAK_PUNCTUATION",
    "CLAUSE_JOIN",
    "NO_TRIGGER",
    "PASSIVE_BEFORE",
    "PAST_TOLD",
    "TOLD_IN_PASSING",
    "Hit",
    "inside",
]


class Hit(NamedTuple):
    """A trigger kept as an event so far: where it is, its type and mode, and how it reads."""

    start: int
    end: int
    category: str
    mode: str | None
    as_verb: bool
    sentence: Sentence
    code_end: int  #: where the trigger's pattern ends (its end when it has none)
    light: bool = False  #: a verb that codes only through its pattern ("held talks")


def inside(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``pos`` lies in the last of ``spans`` (sorted) that starts at or before it."""
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


#: What a word that is no trigger reads as: ``(trigger_of(w) or NO_TRIGGER).noun``.
NO_TRIGGER = Trigger(verb=False, noun=False, verb_code=None, noun_code=None, lemma="", block="")

# A passive's auxiliary right before a participle: "was attacked", "were quickly freed".
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)\s+(?:\w+ly\s+)?$", re.I)

# A participle's agent: "villagers abducted by bandits", "a step welcomed by Washington".
BY_AFTER = re.compile(r"\s+by\s")

# Punctuation that closes a clause: a comma, a semicolon, a colon, a parenthesis.
CLAUSE_BREAK_PUNCTUATION = re.compile(r"[,;:()]")
#: Harm and protest told in passing are still news: ", leaving 12 people injured",
#: ", prolonging a walkout by dockers".
TOLD_IN_PASSING = frozenset({"ASSAULT", "PROTEST"})

# What dates a relative clause in the past, before the news: a year or a decade, "last
# year", "years ago", "once", or a pluperfect ("who had been convicted").
PAST_TOLD = re.compile(
    r"\b(?:(?:1[89]|20)\d\d(?:s|['’]s)?|last\s+(?:year|month|decade)|\w+\s+ago|once"
    r"|formerly|had)\b",
    re.I,
)

# What ends a clause or opens another between two verbs.
CLAUSE_JOIN = re.compile(
    r"[,;:()\"“”]|\b(?:and|or|but|that|which|who|whom|whose|when|while|after|before|"
    r"as(?!\s+part\s+of\b)|because|if|unless|until|since|said|says|say)\b",
    re.I,
)
