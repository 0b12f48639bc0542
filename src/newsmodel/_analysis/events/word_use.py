"""How a trigger word is used where it stands.

Whether a word that can be both is a verb here ("to visit") or a noun ("a visit"),
whether a word that can only be a verb stands where a verb can ("the detained
journalists" is no arrest), whether a capitalised trigger is part of a name ("Federal
Election Commission"), and the verb pattern a verb that codes nothing alone codes
through ("gave aid", "Twelve suspects were handed over").
"""

from __future__ import annotations

import re

from newsmodel._analysis.events.clause import Sentence
from newsmodel._analysis.events.framing import HELD_BACK_FROM
from newsmodel._analysis.events.hits import NO_TRIGGER
from newsmodel._analysis.events.vocabulary import (
    PLOVER_TYPES,
    Trigger,
    cue_words,
    cues,
    pattern_for,
    pattern_in,
    trigger_of,
)
from newsmodel._analysis.text import caseless, fold_case

__all__ = [
    "STATEMENT_BEFORE",
    "in_name",
    "in_verb_position",
    "passive_pattern",
    "reads_as_verb",
    "verb_pattern",
]

_VERB_BEFORE = re.compile(
    r"(?:\b(?:to|will|would|could|can|may|might|should|must|did|does|do|not|never|n[’']t|"
    r"he|she|they|we|who|also|then|and|reportedly|later)|,)\s+$",
    re.I,
)
#: Verbs of giving that take two objects: "gave [Kenya] aid".
_GIVING = cue_words("giving_verbs")
_WORD_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_NAME_BEFORE = re.compile(
    r"(?<!\bthe\s)(?<!\bThe\s)(?<!\ba\s)(?<!\bA\s)(?<!\ban\s)\b[A-Z][\w.]*(?:['’]s)?\s+$"
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|his|her|their)\s+$", re.I)
_DETERMINER_BEFORE_FOLDED = caseless(_DETERMINER_BEFORE)  # on fold_case() text: faster
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|this|that|these|those|his|her|their|its|our|of|for|in|on|at|during|"
    r"after|before|following|with|about|new|first|recent|planned|proposed)|['’]s)\s+$",
    re.I,
)
_PLURAL_SUBJECT_BEFORE = re.compile(r"\b(?:[a-z]+s|police|people|they|we)\s+$")


def reads_as_verb(text: str, start: int, end: int, verb: bool, noun: bool) -> bool:
    """Whether a trigger that can be both is a verb here ("to visit") or a noun ("a visit")."""
    if not noun:
        return True
    if not verb:
        return False
    before = text[max(0, start - 16) : start]
    if _NOUN_BEFORE.search(before):
        return False
    if _VERB_BEFORE.search(before):
        return True
    word = text[start:end].lower()
    if word.endswith("ed"):
        return True  # "attacked", "protested": a past tense is a verb
    if (
        word.split()[0] in _UNCHANGED_PAST
        and _LOWER_WORD_BEFORE.search(before)
        and _OBJECT_NEXT.match(text, end)
    ):
        return True  # "the government cut aid": a past tense (but "the budget cut was")
    # A name right before: "Putin visits Kursk", but "the Moscow meeting" is a noun.
    name = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if name is not None and not word.endswith("ing"):
        # ("gave Kenya aid": a verb of giving's first object, then the noun)
        giver = _WORD_BEFORE.search(text, max(0, name.start() - 24), name.start())
        return giver is None or giver.group(1) not in _GIVING
    # "Protesters rally", "police raid": a plural subject before a bare form; but after
    # "a/an" the plural modifies a singular noun ("an arms embargo").
    return bool(
        not word.endswith(("ing", "s"))
        and _PLURAL_SUBJECT_BEFORE.search(before)
        and not _SINGULAR_NOUN_BEFORE.search(before)
    )


# The close of a short quoted title, after its capitalised first word: “Ceasefire”, “The
# Last Strike”.
_TITLE_CLOSE = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,3}[\"”’']")


def in_name(text: str, start: int, end: int, sentence: Sentence) -> bool:
    """A capitalised trigger inside a name: "Federal Election Commission", "Amnesty
    International"; at a sentence's start, only when a capitalised word follows."""
    if not text[start].isupper():
        return False
    if start > sentence.start:
        before = text[max(sentence.start, start - 3) : start]
        if not re.search(r"[\"“‘'(]\s*$", before):
            return True
        if (
            start - 1 > sentence.start
            and re.search(r"[\"“‘']$", before)
            and _TITLE_CLOSE.match(text, end, sentence.end)
        ):
            return True  # the drama “Ceasefire”, her film ‘Blockade’: a title
    nxt = re.match(r"\s+([A-Z][\w'’-]*)", text[end : end + 30])
    return nxt is not None and nxt.group(1) not in ("I",)


_BE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|be|being|am|not|n[’']t|and)\s+(?:\w+ly\s+)?$|,\s*$", re.I
)
_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:to|will|would|could|can|may|might|should|must|did|does|do|not|never|n[’']t|"
    r"he|she|they|we|i|you|it|who|also|then|and|reportedly|often|jointly|"
    r"[a-z]+s|police|people)|[A-Z][\w.-]*(?<![.-]))\s+$"
)  # not a possessive ("Gallinari's free throws") nor a number ("10 assists")
_ATTRIBUTIVE_BEFORE = re.compile(
    r"\b(?:the|a|an|two|three|four|five|its|his|her|their|of|to|free|release|other|"
    r"several|many|some|\d+)\s+$",
    re.I,
)
_ATTRIBUTIVE_BEFORE_FOLDED = caseless(_ATTRIBUTIVE_BEFORE)  # on fold_case() text: faster


def in_verb_position(text: str, start: int, end: int, word: str, lemma: str) -> bool:
    """Whether a word that can only be a verb stands where a verb can.

    A base or -s form needs a subject or auxiliary before it ("they trade",
    "to link"), an -ing form a "be" or a comma, and an -ed form used before a
    noun after a determiner is an adjective ("the detained journalists").
    """
    before = text[max(0, start - 30) : start]
    if _DETERMINER_BEFORE_FOLDED.search(fold_case(before)):
        return False
    first = word.split()[0]
    if first.endswith("ing"):
        # "marched on Saturday demanding": after a day the participle is a verb.
        return (
            bool(_BE_BEFORE.search(before))
            or before.rstrip().endswith(",")
            or _DAY_BEFORE.search(before) is not None
            or STATEMENT_BEFORE.search(before) is not None  # "a statement accusing"
            or HELD_BACK_FROM.search(before) is not None  # "stopped short of endorsing"
        )
    if (
        first in _UNCHANGED_PAST
        and (_LOWER_WORD_BEFORE.search(before) or _NAME_SUBJECT_BEFORE.search(before))
        and not _SINGULAR_NOUN_BEFORE.search(before)
        and _OBJECT_NEXT.match(text, end)
    ):
        # "the government shut down the", "Kenya cut aid to": a past tense
        return True
    if first == lemma.split()[0] or (first.endswith("s") and not first.endswith("ss")):
        nxt = re.match(r"\s+([a-z]+)", text[end : end + 24])
        if (
            nxt is not None
            and (trigger_of(nxt.group(1)) or NO_TRIGGER).noun
            and _INFINITIVE_BEFORE.search(before) is None  # ("will lift sanctions": a verb)
        ):
            return False  # "trade talks", "aid deal": a noun modifying an event noun
        if first == lemma.split()[0] and _SINGULAR_NOUN_BEFORE.search(before):
            return False  # "a police station": no verb's bare form after a singular noun
        if (
            first != lemma.split()[0]
            and not first.endswith("ss")
            and _PLURAL_SUBJECT_BEFORE.search(before) is not None
        ):
            return False  # "police stations": no singular verb after a plural
        if first in _UNCHANGED_PAST and _LOWER_WORD_BEFORE.search(before):
            return True  # "the regime put troops": a past tense after a singular subject
        if _DAY_BEFORE.search(before) is not None:
            return False  # "during Sunday mass", "Friday prayers": a day is no subject
        # (a modal with an adverb: "would probably send warships")
        return bool(_SUBJECT_BEFORE.search(before) or _INFINITIVE_BEFORE.search(before))
    if _ATTRIBUTIVE_BEFORE_FOLDED.search(fold_case(before)) and re.match(
        r"\s+[a-z]", text[end : end + 3]
    ):
        nxt = re.match(r"\s+([a-z]+)", text[end : end + 20])
        if nxt is not None and nxt.group(1) not in _PREPOSITION_WORDS:
            return False
    return True


_UNCHANGED_PAST = cue_words("unchanged_past")
# What makes a bare form a verb: "to", a modal, "do" ("to lift sanctions", "will impose").
_INFINITIVE_BEFORE = re.compile(
    r"\b(?:to|will|would|shall|should|must|can|could|may|might|did|does|do|not|n['’]t)"
    r"\s+(?:\w+ly\s+)?$",
    re.I,
)
_OBJECT_NEXT = re.compile(
    r"\s+(?:the|a|an|its|their|his|her|all|off|down|up|back|ties|aid|funding|relations|"
    r"\d)\b",
    re.I,
)
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z][a-z'’-]*\s+$")
# A name as a subject right before the verb: "Kenya cut", "Moscow put" (not a day: "Sunday").
_NAME_SUBJECT_BEFORE = re.compile(
    r"\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z][\w'’-]*\s+$"
)
_SINGULAR_NOUN_BEFORE = re.compile(r"\b(?:a|an)\s+[a-z][\w-]*\s+$", re.I)
# A document or message whose participle is what it does: "issued a statement accusing".
STATEMENT_BEFORE = re.compile(rf"\b{cues('statement_nouns')}\s+$", re.I)
_DAY_BEFORE = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)\s+$"
)

_PREPOSITION_WORDS = cue_words("not_trigger_objects")

_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")

#: The subject phrase and auxiliary before a passive participle: "Twelve suspects were ".
_PASSIVE_SUBJECT = re.compile(
    r"((?:[A-Za-z][\w'’-]*\s+){0,3}[A-Za-z][\w'’-]*)\s+(?:was|were|been|being|is|are)\s+"
    r"(?:[a-z]+ly\s+)?$"
)

#: An auxiliary of the passive among the few characters before a participle (one search,
#: not a substring test per auxiliary).
_PASSIVE_AUX = re.compile(r" (?:was|were|been|being|is|are) ")


def passive_pattern(text: str, start: int, trig: Trigger) -> tuple[str, str | None] | None:
    """The code of a pattern-only verb's passive participle whose subject is the pattern's
    object ("Twelve suspects were handed over", "troops were sent"), or None; not where
    the subject is an event noun, which codes itself ("sanctions were imposed")."""
    if _PASSIVE_AUX.search(text, max(0, start - 24), start) is None:
        return None  # the common case, told cheaply
    word = text[start : start + 40].split(maxsplit=1)[0].lower()
    if not word.endswith(("ed", "en", "t")) or word == trig.lemma:
        return None
    m = _PASSIVE_SUBJECT.search(text, max(0, start - 60), start)
    if m is None:
        return None
    words = [w.lower().strip("'’") for w in m.group(1).split()]
    if (trigger_of(words[-1]) or NO_TRIGGER).noun_code is not None:
        return None
    found = pattern_in(trig, words)
    return found if found is not None and found[0] in PLOVER_TYPES else None


def verb_pattern(
    trig: Trigger, text: str, end: int, limit: int
) -> tuple[tuple[str, str | None], int] | None:
    """:func:`pattern_for`, unless the pattern's last word modifies an event noun after
    it: "deepened military cooperation" is the cooperation, no "boost * military"."""
    found = pattern_for(trig, text, end, limit)
    if found is not None:
        nxt = _NEXT_WORD.match(text, found[1], limit)
        if nxt is not None and (trigger_of(nxt.group(1)) or NO_TRIGGER).noun_code is not None:
            return None
    return found
