"""Events told in passing: background, circumstances, consequences and asides.

A sentence reports its news; much of what else it tells is no event of its own: a
participle describing its first noun phrase ("The agreement, signed in 2015,
limited"), a talk or accord only spoken of as a subject ("The talks in Geneva ended
without a deal"), an event noun as a circumstance ("resigned amid protests"), an
attack's effect ("cutting power to 100,000 homes"), what the doer said alongside or
what a participle tells as the act's result (", saying ...", ", settling a dispute"),
a source's aside after a reporting tag, a question the speaker was asked, and an
agreement that did not come out of talks.
"""

from __future__ import annotations

import re

from newsmodel._analysis.events.clause import Sentence
from newsmodel._analysis.events.hits import (
    CLAUSE_BREAK_PUNCTUATION,
    CLAUSE_JOIN,
    NO_TRIGGER,
    PAST_TOLD,
    TOLD_IN_PASSING,
    Hit,
)
from newsmodel._analysis.events.vocabulary import cue_words, trigger_of
from newsmodel._analysis.lexicon import data_alternation

__all__ = [
    "FUTURE_PREDICATE",
    "ONCE_BEFORE",
    "PARTICIPLE_OPEN",
    "RESPONSE_WITH",
    "drop_circumstances",
    "drop_consequences",
    "drop_continuations",
    "drop_failed_outcomes",
    "drop_speaker_asides",
    "in_question_asked",
    "is_background",
    "named_as_subject",
]

# A sentence's opening noun phrase, with no verb in it: "An oil engineer", "The deal".
_OPENING_PHRASE = re.compile(
    r"\s*(?:the|a|an|two|three|four|five|six|\d[\d,]*)\s+"
    r"(?:(?!(?:is|are|was|were|has|have|had|been|be|will|would)\b)[\w'’-]+\s+){0,3}",
    re.I,
)
# A reduced relative's own circumstances, then the sentence's passive verb: "kidnapped in
# March was released", "signed by both sides last year has been suspended".
_REDUCED_RELATIVE_AFTER = re.compile(
    r"\s+(?:in|on|at|by|last|this|earlier|during)\b[^,;:.()]{0,50}?\s"
    r"(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\b",
    re.I,
)

#: Event nouns of talk and accord, which a subject's predicate may only speak about.
_SPOKEN_OF = frozenset({"CONSULT", "AGREE"})
# A clause's opening before its subject: the sentence's start or a report's "that".
_SUBJECT_OPENING = re.compile(
    r"(?:^|\b(?:said|says|added|announced|warned|noted)\s+(?:that\s+)?|\bthat\s+)"
    r"[\"“‘']?(?:(?:the|these|this|those|its|their|his|her)\s+)?(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
_ENDING_PREDICATES = cue_words("ending_predicates")
# A meeting noun's own predicate in the future: "talks ... will resume", "the summit is
# due to take place", "a meeting is expected to open".
FUTURE_PREDICATE = re.compile(
    r"(?:\s+(?:in|at|between|with|on|among|of)\s+[^,;:.()]{1,50}?)?"
    r"(?:\s*,[^,;:.()]{1,90},)?"  # "Talks ..., which broke down last year, are due to"
    r"\s+(?:will|would|shall|(?:is|are)\s+(?:due|expected|set|scheduled)\s+to)\s+"
    r"(?:[a-z]+ly\s+)?(?:be\s+held|take\s+place|begin|start|open|resume|continue|convene)\b",
    re.I,
)
_RELATIVE_BETWEEN_COMMAS = re.compile(r"\s*,[^,;:.()]{1,90},")
_PREDICATE_WORD = re.compile(r"[A-Za-z][\w'’-]*|[,;:.()]")
_SUBJECT_PHRASE_OPENERS = frozenset("in at between with on over among of from".split())
_AUXILIARIES = frozenset(
    "has have had will would could may might is are was were be been not never also still "
    "now finally".split()
)
# Predicates by which talks or an accord take place: they are then events.
_TAKING_PLACE = frozenset(
    "begin begins began begun start starts started open opens opened resume resumes resumed "
    "continue continues continued held convene convened take takes took get got went go "
    "goes come came last lasts lasted".split()
)


def _verbish(word: str) -> bool:
    if word in _AUXILIARIES or (word.endswith("ed") and len(word) > 4):
        return True
    found = trigger_of(word)
    return found is not None and found.verb and not found.noun


def named_as_subject(text: str, hit: Hit) -> bool:
    """Whether a noun of talks or an accord is only spoken of, as its clause's subject:
    "The talks in Geneva ended without a deal", "the deal would strengthen the
    company" (but "talks began on Monday" and "the agreement was signed", where a verb is
    an event, and "The talks, which were mediated by Qatar, ended", whose relative clause
    tells of them)."""
    if hit.as_verb or hit.category not in _SPOKEN_OF:
        return False
    lo, hi = hit.sentence
    # (A bounded look back: the opening is a few words before the noun.)  Its "^"
    # matches at the text's start only, so only a story's first sentence reads as
    # such an opening; a later sentence's "The talks ended" stays an event that may
    # refer back to the meeting before it.
    if _SUBJECT_OPENING.search(text, max(lo, hit.start - 120), hit.start) is None:
        return False
    pos = hit.end
    if FUTURE_PREDICATE.match(text, pos, hi) is not None:
        return False  # "the summit is due to take place": it will (AGREE)
    if (rel := _RELATIVE_BETWEEN_COMMAS.match(text, pos, hi)) is not None:
        if PAST_TOLD.search(text, rel.start(), rel.end()) is None:
            return False  # "The talks, which were mediated by Qatar, ended": they are told of
        # "The deal, which was signed in 2015, still shapes ...": a relative clause dated
        # before the news describes it; the predicate after it tells whether it is news.
        pos = rel.end()
    words = [w.group() for w in _PREDICATE_WORD.finditer(text, pos, min(hi, pos + 120))][:12]
    i = 0
    if words and words[0].lower() in _SUBJECT_PHRASE_OPENERS:
        # "in Geneva", "between the two sides": up to the first word that can be a verb
        i = 1
        while i < len(words) and not (words[i].islower() and _verbish(words[i])):
            if words[i] in ",;:.()" or i > 8:
                return False
            i += 1
    aux = False
    while i < len(words) and (words[i].lower() in _AUXILIARIES or words[i].endswith("ly")):
        aux = aux or words[i].lower() in _AUXILIARIES
        i += 1
    if i >= len(words) or not words[i].islower():
        return False
    verb = words[i]
    if verb in _TAKING_PLACE:
        return False
    found = trigger_of(verb)
    if found is not None and found.verb_code is not None and found.verb_code[0] != "-":
        return False  # "the agreement was signed": the verb's event
    if found is not None and found.noun:
        return False  # "truce talks were held": a compound, not a predicate
    return aux or verb in _ENDING_PREDICATES


# A fronted question a speaker was asked: "Asked whether the army would withdraw,".
_ASKED_OPENING = re.compile(
    r"\s*[\"“]?asked\s+(?:whether|if|about|what|how|why|when|who)\b[^,;:]*,", re.I
)


def in_question_asked(text: str, h: Hit) -> bool:
    """Whether the trigger lies in a sentence's fronted question ("Asked whether ...,")."""
    m = _ASKED_OPENING.match(text, h.sentence.start, h.sentence.end)
    return m is not None and h.end <= m.end()


# "once" right before a verb: what someone once did or underwent ("was once jailed").
ONCE_BEFORE = re.compile(r"\bonce\s+$", re.I)
# The sentence's first noun phrase, then a participle set off by a comma, up to an event
# noun of its phrase: "The law, passed after the " (not "sparked by Russia's": a doer).
_DESCRIBING_PHRASE = re.compile(
    r"\s*[\"“]?(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+[a-z]+ed\s+"
    r"(?:in|on|at|over|during|after|since|under|with|amid|following)\s+[^,;:()]*",
    re.I,
)

# A participle set off by commas after the sentence's first noun phrase, with its own
# circumstances of time, place or manner: "The treaty, negotiated over three years,".
_DESCRIBING_CIRCUMSTANCES = re.compile(
    r"\s+[a-z]+ed\s+(?:in|on|at|by|last|this|earlier|over|during|after|since|under|with|"
    r"between|for)\b"
)

PARTICIPLE_OPEN = re.compile(r",\s+$")


def is_background(text: str, hit: Hit) -> bool:
    """Whether a trigger is a participle describing the sentence's first noun phrase:
    set off by commas, "The agreement, signed in 2015, limited ...", or reduced before a
    passive verb, "An engineer kidnapped in March was freed ...".

    (A relative clause's event is still an event: "forces, who seized the village in
    August 2024, later withdrew" reports the seizure.)
    """
    lo, hi = hit.sentence
    before = text[lo : hit.start]
    if (
        hit.as_verb
        and text[hit.start : hit.end].lower().endswith("ed")
        and _OPENING_PHRASE.fullmatch(before) is not None
        and _REDUCED_RELATIVE_AFTER.match(text, hit.end, hi) is not None
    ):
        return True  # "An engineer kidnapped in March was freed on Friday": it describes
    if (
        not hit.as_verb
        and hit.category not in TOLD_IN_PASSING
        and _DESCRIBING_PHRASE.fullmatch(before) is not None
        and text.find(",", hit.end, hi) >= 0
    ):
        return True  # "The law, passed after the summit in Lima, bans": what describes it
    closes = text.find(",", hit.end, hi) >= 0
    # "The agreement, signed in 2015, limited ...": the first comma of the sentence.
    return (
        closes
        and hit.as_verb
        and text[hit.start : hit.end].lower().endswith("ed")
        and PARTICIPLE_OPEN.search(before) is not None
        and re.search(r"[,;:]", before.rstrip().rstrip(",")) is None
        and _DESCRIBING_CIRCUMSTANCES.match(text, hit.start - 1) is not None
    )


def drop_circumstances(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop event nouns that are circumstances after a sentence's first event: "killed
    six militants in a raid", "resigned amid protests", "recalled its ambassador for
    consultations", "expressed regret over the deaths in the raid"."""
    first_verb: dict[Sentence, int] = {}
    for h in hits:
        first_verb.setdefault(h.sentence, h.start)  # the sentence's first event
    out = []
    dropped: Hit | None = None  # the last circumstance dropped
    for h in hits:
        verb_at = first_verb.get(h.sentence)
        if (
            not h.as_verb
            and dropped is not None
            and dropped.sentence == h.sentence
            and _COORDINATED_NOUN_GAP.fullmatch(text, dropped.end, h.start) is not None
        ):
            dropped = h
            continue  # "after a wave of prison riots and car bombings": the same phrase
        if (
            not h.as_verb
            and verb_at is not None
            and h.start > verb_at  # a trailing circumstance; a fronted one is its own event
            and _ADJUNCT_BEFORE.search(text, max(h.sentence.start, h.start - 50), h.start)
            and not (
                " with " in text[max(h.sentence.start, h.start - 50) : h.start]
                and RESPONSE_WITH.search(text, max(h.sentence.start, h.start - 50), h.start)
            )
            and not _subordinate_subject(text, h)
        ):
            dropped = h
            continue
        if not h.as_verb and _KNOWN_EVENT_BEFORE.search(
            text, max(h.sentence.start, h.start - 24), h.start
        ):
            continue  # "below levels seen before the attacks": a known event, for a time
        out.append(h)
    return out


# Between two coordinated nouns: "riots and car [bombings]", "protests or strikes".
_COORDINATED_NOUN_GAP = re.compile(r"\s*,?\s+(?:and|or)\s+(?:[\w'’-]+\s+){0,2}")
# A time told by a known event: "before the attacks", "since the protests".
_KNOWN_EVENT_BEFORE = re.compile(r"\b(?:before|after|since|following)\s+the\s+$", re.I)

# Prepositions that make a noun a circumstance of another event ("in the raid").
_ADJUNCT_BEFORE = re.compile(
    r"\b(?:in|at|during|after|amid|over|from|following|since|before|despite|for|about|under|"
    r"of|unless|if|into|with|against|to|pending|(?<!well\s)as)\s+(?:[\w'’-]+\s+){0,3}$",
    re.I,
)

# "responded with airstrikes": the response is the event the noun names, no circumstance.
RESPONSE_WITH = re.compile(
    r"\b(?:" + data_alternation("event_cues.txt", "response_stems") + r")\w*\s+with\s+"
    r"(?:[\w'’-]+\s+){0,3}$",
    re.I,
)

# "after clashes between rival groups left two dead": a clause of its own, whose subject
# the noun is; not "after clashes in the north" (a circumstance).
_SUBORDINATOR_BEFORE = re.compile(
    r"\b(?:after|before|since|until)\s+(?:(?:the|a|an|renewed|fresh|new|"
    r"deadly|violent|heavy|weeks\s+of|days\s+of|months\s+of)\s+)*$",
    re.I,
)
_FINITE_AFTER = re.compile(
    r"(?:\s+(?:"
    + data_alternation("event_cues.txt", "finite_after_prepositions")
    + r")\s+[^,;:.()]{1,50}?)?"
    r"\s+(?:had\s+|have\s+|has\s+)?(?:left|killed|wounded|injured|erupted|broke\s+out|"
    r"flared|escalated|spread|began|turned|resumed)\b",  # (not "ended", "collapsed")
    re.I,
)


def _subordinate_subject(text: str, hit: Hit) -> bool:
    """Whether an event noun is the subject of a clause opened by "after", "since" and
    the like, so an event of its own: "arrested 34 people after clashes between rival
    groups left two dead"."""
    lo = max(hit.sentence.start, hit.start - 40)
    return (
        _SUBORDINATOR_BEFORE.search(text, lo, hit.start) is not None
        and _FINITE_AFTER.match(text, hit.end, hit.sentence.end) is not None
    )


# A participle right after a comma: ", cutting power to 100,000 homes".
_COMMA_BEFORE = re.compile(r",\s*$")
#: What the infinitive after aid may tell of as its purpose: support, help, cooperation.
_PURPOSES = frozenset({"SUPPORT", "AID", "COOPERATE"})
_PURPOSE_TO = re.compile(r"\b(?:to|in\s+order\s+to)\s+$", re.I)
#: What an attack's participle may tell of as its effect: supplies cut, services lost.
_EFFECTS = frozenset({("SANCTION", None), ("SANCTION", "discontinue"), ("COERCE", "withhold")})


def drop_consequences(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop a participle after an attack that tells its effect on supplies or services:
    "drones struck an energy facility, cutting power to 100,000 homes" (the strike is
    the event; the cut is what it did, no reduction of relations by anyone)."""
    out: list[Hit] = []
    for h in hits:
        before = [o for o in out if o.sentence == h.sentence]
        if (
            h.as_verb
            and h.category in _PURPOSES
            and before
            and before[-1].category == "AID"
            and _PURPOSE_TO.search(text, max(before[-1].end, h.start - 80), h.start) is not None
            and CLAUSE_JOIN.search(text, before[-1].end, h.start) is None
        ):
            continue  # "will give Jordan 500 million euros to support refugees": its purpose
        if (
            h.as_verb
            and (h.category, h.mode) in _EFFECTS
            and text[h.start : h.end].lower().endswith("ing")
            and _COMMA_BEFORE.search(text, max(h.sentence.start, h.start - 4), h.start)
            and any(o.category == "ASSAULT" and o.sentence == h.sentence for o in out)
        ):
            continue
        out.append(h)
    return out


# A participle clause after a comma: ", giving the army powers", ", saying it had".
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:(?:\w+ly|then|also)\s+)?([a-z]+ing)\b")
_PREPOSITIONAL_PARTICIPLES = cue_words("prepositional_participles")

_SAYING_PARTICIPLES = cue_words("saying_participles")
#: Verbs of pledging: their participle is a speech act of its own (", pledging to train").
_PLEDGING = frozenset({"pledge", "promise", "vow", "offer", "commit", "agree"})
#: What a participle tells as the act's result or part, no act of its own: cooperation
#: (", settling a dispute"), help or powers given (", giving the army powers"), the terms
#: of a measure (", freezing their assets and banning them from travel").  Reductions of
#: relations, harm, protests and speech acts are news of their own.
_TOLD_AS_RESULT = frozenset(
    {"AGREE", "SUPPORT", "CONSULT", "AID", "COERCE", "COOPERATE", "MOBILIZE", "RETREAT"}
)


def drop_continuations(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop events of a participle clause after a sentence's event of another type that
    tell how the news is told, not news of its own: what the doer said alongside ("defied
    the order, saying the state had a right to defend itself") and cooperation, help or
    terms told as the act's result or part ("signed the treaty, settling a dispute",
    "declared a state of emergency, giving the army powers"); the manual codes the
    sentence's event.  A participle of a reduction of relations or a speech act is news of
    its own ("met the envoys, cutting aid to Peru", "closed the border, accusing Moscow of
    sending migrants"), and so is harm or a protest told in passing; one of the same type
    as the sentence's event is that event told again ("shelled the town, killing six")."""
    out: list[Hit] = []
    before: list[Hit] = []  # the events kept so far in the hit's sentence (hits in order)
    for h in hits:
        if before and before[-1].sentence != h.sentence:
            before = []
        if (
            not before
            or h.category in TOLD_IN_PASSING
            or h.category in {o.category for o in before}
        ):
            out.append(h)
            before.append(h)
            continue
        # The participle clause that holds the trigger, after the sentence's first event:
        # from its comma to the next break (", a day after Helsinki expelled" is a clause
        # of its own); a participle joined by "and" to one that told the act's terms is in
        # that clause (", freezing their assets and banning them from travel").
        opening = None
        for m in _PARTICIPLE_CLAUSE.finditer(text, before[0].end, h.end):
            if m.group(1).lower() not in _PREPOSITIONAL_PARTICIPLES:
                opening = m
        if (
            opening is not None
            and opening.end(1) <= h.end
            and CLAUSE_BREAK_PUNCTUATION.search(text, opening.end(), h.start) is None
            and (
                # what the doer said alongside: ", saying its forces could guarantee"
                (opening.group(1).lower() in _SAYING_PARTICIPLES and h.start > opening.start(1))
                # told as the act's result or part: ", settling a dispute" (but a pledge
                # is a speech act: ", pledging to train 3,000 soldiers")
                or (
                    h.category in _TOLD_AS_RESULT
                    and not (
                        h.start == opening.start(1)
                        and (trigger_of(opening.group(1).lower()) or NO_TRIGGER).lemma in _PLEDGING
                    )
                )
            )
        ):
            continue
        out.append(h)
        before.append(h)
    return out


# A reporting tag after the news, then a participle clause: ", local medics said,
# blaming", ", the agency said on Monday, warning" (the participle is the speaker's).
_TAG_THEN_PARTICIPLE = re.compile(
    r",\s+[^,;:()\"“”]{1,60}?\s(?:said|says|told\s+[^,;:()]{1,40}?|added|reported)"
    r"(?:\s+on\s+\w+day)?,\s+(?:\w+ly\s+)?([a-z]+ing)\b"
)

# A trailing reporting tag itself: ", the minister said", ", officials told reporters".
_TRAILING_TAG = re.compile(
    r",\s+[^,;:()\"“”]{1,60}?\s(?:said|says|told\s+[^,;:()]{1,40}?|added|reported|announced)\b"
)


def drop_speaker_asides(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop the events of a participle clause after a trailing reporting tag: what the
    source added about the news it reports ("an air strike killed 12 people, local medics
    said, blaming the air force"; "prices rose, the agency said, warning that ..."), not
    news of its own; the manual codes the reported event.  What a participle of saying
    brings is more of the source's report, news ("the ministry said, adding that it had
    recalled its ambassador").  Nor is an event noun in the tag's own phrases: where and
    when it was said ("the minister said during a visit to Vilnius", "the two
    governments said in a statement after a call between their ministers")."""
    out: list[Hit] = []
    for h in hits:
        if not h.as_verb and _in_tag_phrase(text, h, out):
            continue
        tag = None
        for m in _TAG_THEN_PARTICIPLE.finditer(text, h.sentence.start, h.end):
            tag = m
        if (
            tag is not None
            and tag.group(1).lower() not in _SAYING_PARTICIPLES  # (", adding that": news)
            and tag.start(1) <= h.start
            and CLAUSE_BREAK_PUNCTUATION.search(text, tag.end(1), h.start) is None
        ):
            continue
        out.append(h)
    return out


def _in_tag_phrase(text: str, h: Hit, kept: list[Hit]) -> bool:
    """Whether a trigger stands in the phrases after a trailing reporting tag, in its
    clause, with the news reported before the tag: "Kenya expelled two envoys, the
    minister said during a [visit] to Oslo"."""
    tag = None
    for m in _TRAILING_TAG.finditer(text, h.sentence.start, h.start):
        tag = m
    return (
        tag is not None
        and any(o.sentence == h.sentence and o.end <= tag.start() for o in kept)
        and CLAUSE_BREAK_PUNCTUATION.search(text, tag.end(), h.start) is None
        and _THAT_CLAUSE.search(text, tag.end(), h.start) is None
    )


# A that-clause after a verb of saying: what is said, not where it was said.
_THAT_CLAUSE = re.compile(r"\bthat\b", re.I)

# An agreement that did not come: "failed to agree", "without reaching a deal", "ended
# without agreement".
_NOT_REACHED = re.compile(
    r"\b(?:without|fail(?:ed|s)?\s+to|no)\s+(?:reach(?:ing)?\s+|an?\s+|any\s+|final\s+)*$", re.I
)


def _meeting_named(before: str) -> bool:
    """Whether a meeting noun stands in ``before`` ("The talks in Geneva ended"), whether
    or not it was kept as an event of its own (a definite mention may refer back)."""
    return any(
        (t := trigger_of(w)) is not None
        and t.noun
        and t.noun_code is not None
        and t.noun_code[0] == "CONSULT"
        for w in re.findall(r"[a-z][\w'’-]*", before)
    )


def drop_failed_outcomes(text: str, hits: list[Hit]) -> list[Hit]:
    """Drop an agreement that did not come out of talks told in the same sentence: "held
    talks ... but failed to agree on a timetable", "negotiated through the night without
    reaching a deal", "the talks ended without agreement" (one event, the talks; the
    manual codes a failure to agree as negated AGREE only where no meeting is told)."""
    out: list[Hit] = []
    for h in hits:
        if (
            h.category == "AGREE"
            and _NOT_REACHED.search(text, max(h.sentence.start, h.start - 30), h.start)
            and (
                any(o.sentence == h.sentence and o.category == "CONSULT" for o in out)
                or _meeting_named(text[h.sentence.start : h.start])
            )
        ):
            continue
        out.append(h)
    return out
