"""Events told inside relative clauses, which describe a noun rather than report news.

"released the crew of a ship they seized", "wrote off the debt as part of a
restructuring agreed with other creditors", "granted asylum to a former vice president
who fled last week", "rural voters who blame him", "the museum, which tells the story
of the shipyard strikes", "The former mayor, who was arrested in 2019, died": what a
relative clause tells describes its antecedent; the manual codes what the sentence
reports.  A charge, harm or protest told there, a clause dated to the news's own day,
and one on who acts or on a document stay news; a charge told as a reduced relative
("three guards charged over the deaths") says who the people are.
"""

from __future__ import annotations

import re

from newsmodel._analysis.events.agents import actor_words, peoples
from newsmodel._analysis.events.clause import UNDERGOING, Sentence
from newsmodel._analysis.events.hits import (
    BY_AFTER,
    CLAUSE_BREAK_PUNCTUATION,
    CLAUSE_JOIN,
    NO_TRIGGER,
    PAST_TOLD,
    Hit,
)
from newsmodel._analysis.events.vocabulary import PLOVER_TYPES, cue_words, trigger_of

__all__ = [
    "drop_biographies",
    "drop_described_charges",
    "drop_habitual_relatives",
    "drop_later_relatives",
    "drop_object_relatives",
    "drop_place_descriptions",
    "drop_reduced_relatives",
    "drop_thing_relatives",
]

# A relative clause whose object is the noun before it, with no "that": "the weapons it
# promised", "a ship they seized", "diplomats it accused of spying".
_NOT_IN_NOUN_PHRASE = (
    r"(?!(?:and|or|but|said|says|say|told|tells|added|adds|that|which|who|when|as|after|"
    r"before|because|if|while|since|until|where|so|then|than|claimed|claims|believed|"
    r"believes|announced|announces|warned|warns|insisted|insists|thought|thinks)\b)"
)
_OBJECT_RELATIVE_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|two|three|four|five|six|several|\d[\d,]*)\s+"
    rf"(?:{_NOT_IN_NOUN_PHRASE}[\w'’-]+\s+){{0,3}}?{_NOT_IN_NOUN_PHRASE}[a-z][\w'’-]*\s+"
    r"(?:it|they|he|she|we)\s+(?:(?:had|has|have)\s+)?(?:\w+ly\s+)?$",
    re.I,
)

# The same with a noun phrase as the relative clause's subject and a pluperfect, which
# dates its act before the news: "in a move human rights groups had sought", "the reforms
# the opposition had long demanded".
_NOUN_SUBJECT_OBJECT_RELATIVE_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her)\s+"
    rf"(?:{_NOT_IN_NOUN_PHRASE}[\w'’-]+\s+){{0,2}}?{_NOT_IN_NOUN_PHRASE}[a-z][\w'’-]*\s+"
    rf"(?:(?:the|a|an|its|their|his|her)\s+)?(?:{_NOT_IN_NOUN_PHRASE}[\w'’-]+\s+){{1,3}}?"
    r"had\s+(?:\w+ly\s+|long\s+)?$",
    re.I,
)

# A relative clause whose antecedent is a meeting just named: "a state visit, during
# which", "a summit at which", "talks in Geneva, where".
_MEETING_RELATIVE = re.compile(
    r"[^.;:()]{0,80}?,?\s+(?:(?:during|at|in)\s+which|where)\s+[^.;:()]{0,60}", re.I
)


def drop_object_relatives(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop a past verb of a relative clause describing an earlier event's object: "the
    Houthis released the crew of a ship they seized", "has not delivered the weapons it
    promised" (the manual codes the sentence's event; what was once done to its object
    describes it), also one whose subject is a noun phrase, in the pluperfect ("freed 37
    prisoners, in a move rights groups had sought"). An accusation stays: "expelled a
    diplomat it accused of spying" reports the charge. A meeting in a relative clause on
    a meeting just named is that meeting: "arrived for a state visit, during which she
    will discuss trade"."""
    first: dict[Sentence, int] = {}
    for h in hits:
        first.setdefault(h.sentence, h.start)
    out = []
    met: tuple[Sentence, int] | None = None  # the last meeting named, and where it ends
    for h in hits:
        at = first[h.sentence]
        if h.category == "CONSULT":
            if (
                met is not None
                and met[0] == h.sentence
                and _MEETING_RELATIVE.fullmatch(text, met[1], h.start)
            ):
                continue  # "a state visit, during which she will discuss trade": that visit
            met = (h.sentence, h.end)
        if (
            h.as_verb
            and h.start > at
            and h.category != "ACCUSE"  # ("a diplomat it accused of spying": the charge)
            and (
                (
                    text[h.start : h.end].lower().endswith("ed")
                    and _OBJECT_RELATIVE_BEFORE.search(text, max(at, h.start - 70), h.start)
                )
                # (after "had" any form is the participle: "had sought", "had won")
                or _NOUN_SUBJECT_OBJECT_RELATIVE_BEFORE.search(text, max(at, h.start - 80), h.start)
            )
        ):
            continue
        out.append(h)
    return out


# A noun phrase's last word right before a past form: no auxiliary, pronoun or adverb.
_NOUN_BEFORE_PAST = re.compile(
    r"(?<![\w'’-])(?!(?:was|were|is|are|be|been|being|has|have|had|will|would|could|should|"
    r"may|might|must|not|never|also|then|later|it|they|he|she|we|to)\b)"
    r"[A-Za-z][\w'’-]*(?<!ly)\s+$",
    re.I,
)

# What follows a passive participle: a phrase or the end, no object ("detained Tomas
# Reyes" is a finite verb with its object).
_PASSIVE_GOES_ON = re.compile(
    r"\s*[,.;:]|\s+(?:in|on|at|with|from|to|for|during|last|since|under|into|over|after|"
    r"before|near|across|earlier|this|along|between|among|outside|inside)\b"
)


def drop_reduced_relatives(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop a past participle right after a noun that an earlier verb of the same clause
    governs: a reduced relative clause describing it, "wrote off the debt as part of a
    restructuring agreed with other creditors", "supplied vehicles to the police unit
    deployed in Haiti" (the clause's verb is the event). One with its doer is kept, as
    relative clauses with theirs are: "rescued 22 children abducted by gunmen"."""
    out: list[Hit] = []
    for h in hits:
        word = text[h.start : h.end].lower()
        if h.as_verb and word.endswith("ed") and BY_AFTER.match(text, h.end) is None:
            # (the earlier event may be a verb's pattern noun: "dropped [charges] against
            # 30 protesters arrested during the unrest")
            verbs = [o for o in out if o.sentence == h.sentence]
            if (
                verbs
                and _PASSIVE_GOES_ON.match(text, h.end) is not None
                and CLAUSE_JOIN.search(text, verbs[-1].end, h.start) is None
                and _NOUN_BEFORE_PAST.search(text, verbs[-1].end, h.start) is not None
            ):
                continue
        out.append(h)
    return out


# A passive participle's complement, with no object before it: "accused of spying",
# "charged with fraud", "charged over the deaths" (the active verb has its object first:
# "accused Kigali of").
_CHARGE_COMPLEMENT = re.compile(r"\s+(?:of|with|over|for|in\s+connection\s+with)\b", re.I)
# The word before a reduced relative: a noun phrase's last word, or a comma after one ("the
# colonel, accused of"), then at most an adverb ("an effort later criticised for"); no
# auxiliary, pronoun or conjunction, which would make the participle a finite passive
# ("was charged with", "arrested and charged with").
_NOUN_BEFORE_CHARGE = re.compile(
    r"(?<![\w'’-])(?!(?:was|were|is|are|be|been|being|get|gets|got|has|have|had|not|never|"
    r"and|or|but|then|also|later|who|that|it|they|he|she|we|to)\b)"
    r"[A-Za-z\d][\w'’-]*(?<!ly),?\s+(?:(?:later|since|widely|roundly|\w+ly)\s+)?$",
    re.I,
)


def drop_described_charges(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop a charge told as a reduced relative clause on a noun: "the trial of eight men
    charged over the murder was adjourned", "a retired colonel accused of ordering the
    killings died" (who the people are, as "men who were charged" tells; the charge was
    laid before, by no one the sentence names). One with its doer is kept ("a colonel
    accused by prosecutors of"), and so is a finite passive ("was charged with")."""
    return [
        h
        for h in hits
        if not (
            h.as_verb
            and h.category == "ACCUSE"
            and text[h.start : h.end].lower().endswith("ed")
            and _CHARGE_COMPLEMENT.match(text, h.end) is not None
            and _NOUN_BEFORE_CHARGE.search(text, max(h.sentence.start, h.start - 40), h.start)
            is not None
            and h.start > h.sentence.start
        )
    ]


# A relative clause on a place or a time: "a prison where", "the rainy season, when".
_PLACE_RELATIVE = re.compile(r"(?<=[\w'’]),?\s+(?:where|when)\s+", re.I)
# What makes such a clause tell how the place is, not what happened there on the news's
# day: a present or perfect tense or a habit ("where labour costs are lower", "where both
# countries have clashed with", "when fighting has traditionally resumed", "where inmates
# say guards routinely beat them").
_STATE_OR_HABIT = re.compile(
    r"\b(?:is|are|has|have|says|say|routinely|traditionally|often|regularly|frequently|"
    r"usually|repeatedly|long|once)\b",
    re.I,
)


def drop_place_descriptions(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop an event told in a relative clause on a place or a time that describes it
    by a state or a habit: "moved production to Vietnam, where labour costs are lower and
    trade deals give it access", "met in Manila, where both countries have clashed with
    Chinese vessels", "fear the truce will not survive the rainy season, when fighting has
    traditionally resumed". What happened there ("met in Beijing, where the two sides
    agreed", "flew to Kabul, where he will meet") stays news."""
    out: list[Hit] = []
    for h in hits:
        opening = None
        for m in _PLACE_RELATIVE.finditer(text, h.sentence.start, h.start):
            opening = m
        if (
            opening is not None
            and opening.start() > h.sentence.start
            and CLAUSE_BREAK_PUNCTUATION.search(text, opening.end(), h.start) is None
            and _STATE_OR_HABIT.search(text, opening.end(), _clause_end(text, h)) is not None
        ):
            continue
        out.append(h)
    return out


# A relative clause's opening after a noun: "..., who fled", "doctors, whose walkout" (not
# "where": "met in Beijing, where the two sides agreed" tells what happened there).
_RELATIVE_OPENING = re.compile(r"(?<=[\w'’])\s*,?\s+(?:who|whom|whose|which)\b", re.I)
# The news's own day in a relative clause: it reports news ("the hostages, who were freed
# on Monday", "the rebels, who agreed to a ceasefire on Sunday").
_NEWS_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
    r"overnight|this\s+week)\b"
)
#: What a relative clause after the sentence's event may still report: a charge, harm, a
#: protest ("expelled a diplomat it accused of spying", "police who beat protesters").
_RELATED_NEWS = frozenset({"ACCUSE", "ASSAULT", "PROTEST"})


def drop_later_relatives(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop an event of a relative clause on a noun after the sentence's event: it tells
    who or what the noun is ("granted asylum to a former vice president who fled last
    week after a court ordered his arrest", "offered talks to the doctors, whose union has
    demanded a pay rise"); the manual codes the sentence's event.  A charge, harm or a
    protest told there stays news, and so does a clause dated to the news's own day
    ("hosted talks with the rebels, who agreed to a ceasefire on Sunday")."""
    out: list[Hit] = []
    first: Hit | None = None  # the sentence's first kept event
    for h in hits:
        if first is None or first.sentence != h.sentence:
            first = h
            out.append(h)
            continue
        if h.category not in _RELATED_NEWS and h.category != first.category:
            opening = None
            for m in _RELATIVE_OPENING.finditer(text, first.end, h.start):
                opening = m
            if (
                opening is not None
                and CLAUSE_BREAK_PUNCTUATION.search(text, opening.end(), h.start) is None
                and not _NEWS_DAY.search(text, opening.end(), _clause_end(text, h))
            ):
                continue
        out.append(h)
    return out


# A relative clause on a thing, a place or a time, not on the people who act: ", which",
# "in which", "during which", a subject "that"; and ", whose" (what is someone's: its
# pronoun; the clause runs to the next break).
_THING_RELATIVE = re.compile(
    r"(?<=[\w'’])(?:\s*,\s+(?:(?:in|during|at|on|under|over|of|through|for|from|by|"
    r"after|before|with)\s+)?|\s+(?:in|during|at|on|under|over|of|through|for|from|by|"
    r"after|before|with)\s+)which\b"
    # a subject relative "that", right before its verb: "the armistice that ended", "a
    # choice that has dismayed" (not the "that" of what is said: "reports that rebels")
    r"|(?<=[a-z])\s+that\s+(?=(?:has|have|had|was|were|is|are|will|would)\b|[a-z]+ed\b)"
    r"|(?<=[\w'’]),\s+whose\b",
    re.I,
)
_ANTECEDENT_WORD = re.compile(r"([\w'’-]+)\s*$")
#: Documents and messages: a relative clause on one tells what it says, the news ("a
#: statement in which the ministry condemned").
_STATEMENT_NOUNS = cue_words("statement_nouns")

# "who" right before a present tense: "voters who blame him", "farmers who oppose".
_WHO_BEFORE = re.compile(r"\bwho\s+(?:\w+ly\s+|also\s+|still\s+)?$", re.I)


def drop_habitual_relatives(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop a verb in the present tense right after "who": a relative clause that tells
    what people habitually do or think ("rural voters who blame him for fuel prices",
    "residents who oppose the dam"), a description, no event at a time."""
    out: list[Hit] = []
    for h in hits:
        word = text[h.start : h.end].lower().split()[0] if h.as_verb else ""
        lemma = (trigger_of(word) or NO_TRIGGER).lemma if word else ""
        if (
            h.as_verb
            and lemma
            and word in (lemma, lemma + "s", lemma + "es")
            and _WHO_BEFORE.search(text, max(h.sentence.start, h.start - 20), h.start)
        ):
            continue
        out.append(h)
    return out


def drop_thing_relatives(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop an event told inside a relative clause on a thing, a place or a time: it
    describes its antecedent ("the museum, which tells the story of the shipyard
    strikes", "a robbery in which a guard was killed", "the armistice that ended the
    fighting"); the manual codes what the sentence reports.  A clause dated to the
    news's own day is news ("the convoy, which rebels attacked on Monday"), and so is
    one on who acts ("the military government, which seized power"), on a document,
    which tells what it says ("a statement in which the ministry condemned"), or on an
    event just named ("a summit, at which the two sides agreed"; "the bombing, which
    killed six").  A clause opened by "whose" tells what is its antecedent's, even
    people's ("the doctors, whose walkout has shut the clinics"), unless dated to the
    news's day.  ("Where" is left alone: "flew to Nairobi, where she met the president"
    tells what happened there.)"""
    out: list[Hit] = []
    for h in hits:
        opening = None
        for m in _THING_RELATIVE.finditer(text, h.sentence.start, h.start):
            opening = m
        if (
            opening is not None
            and CLAUSE_BREAK_PUNCTUATION.search(text, opening.end(), h.start) is None
            and not _NEWS_DAY.search(text, opening.end(), _clause_end(text, h))
            and (
                opening.group().lower().endswith("whose")
                or not _news_antecedent(text, h.sentence.start, opening.start())
            )
            and not any(
                not o.as_verb
                and o.sentence == h.sentence
                and opening.start() - 40 <= o.end <= opening.start()
                and CLAUSE_BREAK_PUNCTUATION.search(text, o.end, opening.start()) is None
                for o in out
            )
        ):
            continue
        out.append(h)
    return out


def _news_antecedent(text: str, lo: int, at: int) -> bool:
    """Whether the word before a relative clause's opening names who acts or a document:
    a clause on either tells news ("the military government, which seized power", "a
    statement in which it condemned"), one on a thing describes it."""
    m = _ANTECEDENT_WORD.search(text, lo, at)
    if m is None:
        return False
    word = m.group(1).lower()
    return word in _STATEMENT_NOUNS or word in actor_words() or word in peoples()


def _clause_end(text: str, h: Hit) -> int:
    """Where the clause of the trigger ends: the next clause break or the sentence's end."""
    m = CLAUSE_BREAK_PUNCTUATION.search(text, h.end, h.sentence.end)
    return m.start() if m is not None else h.sentence.end


# A relative clause on a person or thing: from its pronoun to the next clause break.
_RELATIVE_CLAUSE = re.compile(r"(?<=[\w'’,])\s+(?:who|whom|whose|which)\b[^,;:()\"“”]*", re.I)

_BY_AGENT = re.compile(r"\bby\s+", re.I)
# A relative clause's pluperfect verb: "who had been convicted", "who had sought".
_PLUPERFECT_RELATIVE = re.compile(
    r"\s+(?:who|whom|which)\s+had\s+(?:(?:been|already|previously|earlier|\w+ly)\s+)*", re.I
)
# The main verb after a relative clause set off by commas: ", later withdrew".
_VERB_AFTER_RELATIVE = re.compile(
    r",\s+(?:(?:\w+ly|later|then|also|on\s+\w+day)\s+){0,2}([a-z]+)\b"
)


def _event_verb_after(text: str, end: int) -> bool:
    """Whether the verb right after a relative clause codes an event of its own, found
    or not: "forces, who seized the village in 2024, later withdrew" (not "died")."""
    m = _VERB_AFTER_RELATIVE.match(text, end)
    if m is None:
        return False
    found = trigger_of(m.group(1))
    return (
        found is not None
        and found.verb
        and found.lemma not in UNDERGOING
        and found.verb_code is not None
        and found.verb_code[0] in PLOVER_TYPES
    )


def drop_biographies(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop the events of a relative clause that dates them before the news, in a
    sentence whose own clause reports none: "The former mayor, who was arrested in 2019,
    died on Sunday", "a former general who led the 2014 offensive leads the polls" (what
    a person once did describes them; the manual codes what the sentence reports).

    A passive with its doer keeps its event: "the newspaper, which was shut down by the
    authorities in 2021, resumed publication" tells who did it. Where the sentence
    reports an event of its own, only a pluperfect relative clause is its object's past
    ("pardoned 37 protesters who had been convicted over the riots"); other relative
    clauses are read as before ("forces, who seized the village in 2024, withdrew").
    """
    by_sentence: dict[Sentence, list[Hit]] = {}
    for h in hits:
        by_sentence.setdefault(h.sentence, []).append(h)
    dropped: set[tuple[int, int]] = set()
    for sentence, group in by_sentence.items():
        clauses = [
            (m.start(), m.end())
            for m in _RELATIVE_CLAUSE.finditer(text, sentence.start, sentence.end)
        ]
        if not clauses:
            continue
        inside = [(h, next((c for c in clauses if c[0] <= h.start < c[1]), None)) for h in group]
        told = [(h, c) for h, c in inside if c is not None]
        reported = len(told) < len(group) or any(_event_verb_after(text, c[1]) for c in clauses)
        for h, c in told:
            if reported and (
                h.category == "PROTEST"
                or _PLUPERFECT_RELATIVE.fullmatch(text, c[0], h.start) is None
            ):
                # The sentence's own clause reports an event: its relative clauses are
                # read as before, but for a pluperfect on the past of that event's object
                # ("pardoned 37 protesters who had been convicted"; not "protesters who
                # had gathered": their protest).
                continue
            if PAST_TOLD.search(text, c[0], c[1]) is None:
                continue  # "X, who seized the town on Monday, said": news of its own
            by = _BY_AGENT.search(text, c[0], h.start) or _BY_AGENT.search(text, h.end, c[1])
            if by is not None and not any(by.end() <= g.start < c[1] for g in group):
                continue  # "shut down by the authorities": a doer named (not "by an attack")
            dropped.add((h.start, h.end))
    return [h for h in hits if (h.start, h.end) not in dropped] if dropped else hits
