"""The trigger finder: every trigger word of a text that its context keeps an event.

Each trigger the vocabulary finds outside quotes and names is read in place: a verb
that codes only through a pattern needs its pattern ("gave aid"), a word is read as a
verb or a noun (:mod:`.word_use`), the contexts of :mod:`.contexts` rule it out or
give it another reading, :mod:`.refine` sets its type and mode, and the tests of
:mod:`.agents` drop those with no actor.  The passes over all the hits then make one
event of a verb and the noun it governs (:mod:`.govern`) and drop what is told in
passing (:mod:`.background`), in relative clauses (:mod:`.relatives`) or as another
event's content (:mod:`.content`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newsmodel._analysis.clause import duration_before, subject_head_before
from newsmodel._analysis.events.agents import (
    BY_NEXT,
    LOWER_WORD,
    PRIVATE_EVENTS,
    hosts_people,
    market_head,
    names_agents,
    one_body_deliberates,
    predicate_subject_acts,
    private_agent,
    released_noun_thing,
    released_thing,
    thing_agent,
    thing_met,
    thing_object,
    thing_subject,
    thing_warned,
)
from newsmodel._analysis.events.background import (
    ONCE_BEFORE,
    PARTICIPLE_OPEN,
    drop_circumstances,
    drop_consequences,
    drop_continuations,
    drop_failed_outcomes,
    drop_speaker_asides,
    in_question_asked,
    is_background,
    named_as_subject,
)
from newsmodel._analysis.events.clause import UNDERGOING, Sentence
from newsmodel._analysis.events.content import VERBAL, drop_content
from newsmodel._analysis.events.contexts import (
    ABOUT_QUESTIONS,
    ABOUT_TOPIC_BEFORE,
    ABSTRACT_ADVERSARY,
    ACCIDENT_CAUSE,
    ADVISED,
    AGENT_PARTICIPLE,
    AGENT_SOON_AFTER,
    APPOSITIVE_NOUN_BEFORE,
    ARRIVED_AT,
    ARRIVING,
    ASKED_FOR,
    ASKING,
    ASSERTED,
    ASSERTING,
    AT_AFTER,
    AUDIENCE_BEFORE,
    BY_QUANTITY,
    CALLED_ELECTION,
    CARRIER_NEXT,
    CHARACTERISED,
    CLAUSE_VERB_AFTER,
    CONDEMNED,
    DELIBERATING,
    DELIVERED_THING,
    DEMAND_FOR_GOODS,
    DEMAND_MOVES,
    DESCRIBED_BY_ROLE,
    DESPITE_BEFORE,
    DETERMINED,
    DETERMINED_OBJECT,
    ECONOMIC_OBJECT,
    ELECTORATE,
    ENDANGERED,
    EXPECTED_BEFORE,
    FIGURATIVE_NOUN,
    FIGURATIVE_OBJECT,
    FORECAST_BEFORE,
    HURT,
    IN_MARKET,
    INVESTMENT_OBJECT,
    LEGISLATION_OBJECT,
    MARKET_OBJECT,
    MARKET_SUBJECT_FOLDED,
    MASS_NOUNS,
    MEETING,
    MET_WITH,
    NATURAL_AGENT,
    NATURAL_SUBJECT_FOLDED,
    NATURE,
    NEED_OF,
    NOT_AFTER,
    NOT_BEFORE_FOLDED,
    OBLIGED_BEFORE,
    OPENING_HEAD_OF,
    OR_FACE,
    PARTICLE,
    PARTICLE_BACK,
    PERCENT_NEXT,
    PP_NOUN_BEFORE,
    PREDICATE_OF,
    PRESSED_TO,
    PRONOUN_BEFORE,
    PULLED_BEFORE,
    QUESTION_INFINITIVE_BEFORE,
    QUESTION_OBJECT,
    REBUTTED,
    RELIEF_PURPOSE,
    REPORTING_END,
    RESTRICTED_BEFORE,
    ROLE_REMIT_BEFORE,
    ROUTINE_MEETING,
    SAID_BEFORE,
    SAYING,
    SCORE,
    SEIZED_ON,
    SOUGHT_OFFICE,
    SPACECRAFT_BEFORE,
    STATIONED,
    STATIONED_SUBJECT,
    STRIFE,
    SUPERLATIVE_BEFORE,
    TAKES_OBJECT,
    THREATENED_OBJECT,
    TOPIC_OF_BEFORE,
    TREND_BEFORE,
    UNFOLDING_OBJECT,
    WARNED_OF_ECONOMY,
    WEAPON_NEXT,
    YEAR_NAMED_BEFORE,
)
from newsmodel._analysis.events.govern import ASK_MODE, CONFLICT, INTENT, THREAT_MODE, govern_hits
from newsmodel._analysis.events.hits import (
    BY_AFTER,
    CLAUSE_BREAK_PUNCTUATION,
    PASSIVE_BEFORE,
    Hit,
    inside,
)
from newsmodel._analysis.events.refine import (
    ACCIDENT,
    ASSAULT_MODES,
    MILITARY_CONTEXT,
    PROTESTERS_BEFORE,
    context_type,
    military_targets,
)
from newsmodel._analysis.events.relatives import (
    drop_biographies,
    drop_described_charges,
    drop_habitual_relatives,
    drop_later_relatives,
    drop_object_relatives,
    drop_place_descriptions,
    drop_reduced_relatives,
    drop_thing_relatives,
)
from newsmodel._analysis.events.vocabulary import (
    PLOVER_TYPES,
    cue_words,
    cues,
    find_triggers,
    may_pattern,
    trigger_of,
)
from newsmodel._analysis.events.word_use import (
    in_name,
    in_verb_position,
    passive_pattern,
    reads_as_verb,
    verb_pattern,
)
from newsmodel._analysis.lexicon import ROLE_NOUNS
from newsmodel._analysis.text import folded

__all__ = ["HOSTING", "RECEIVING", "find_hits"]

#: Verbs of saying and telling: their object is what is said (its nouns code themselves).
_SAYING_VERBS = cue_words("saying_verbs")

#: Verbs of permission: refused, they are a refusal ("will not allow X to").
_PERMITTING = frozenset({"allow", "permit"})
#: The word right after a trigger: "riot [police]".
_NEXT_WORD = re.compile(r"\s+([\w-]+)")
_NEGATION_BEFORE = re.compile(r"\b(?:not|never|n['’]t)\s+(?:\w+ly\s+)?$", re.I)
# The one let act and its infinitive, in the clause: " a UN team to investigate".
_LET_ACT = re.compile(r"\s+(?:[\w'’.-]+\s+){1,6}?to\s+[a-z]+", re.I)


def _forbids(text: str, start: int, end: int) -> bool:
    """Whether a verb of permission is negated and lets someone act: "will not allow a UN
    team to investigate", "did not permit observers to enter" (the manual's refusal)."""
    return (
        _NEGATION_BEFORE.search(text, max(0, start - 20), start) is not None
        and (m := _LET_ACT.match(text, end, min(len(text), end + 80))) is not None
        and CLAUSE_BREAK_PUNCTUATION.search(text, end, m.end()) is None
    )


_INVITED_TO = re.compile(
    r"\s+(?:[\w'’.-]+\s+){1,6}?to\s+(?:(?:pay\s+)?(?:an?\s+)?(?:official\s+|state\s+)?visit|"
    r"attend|address|meet|come\s+to|hold\s+talks|take\s+part\s+in\s+talks)\b",
    re.I,
)
_FOUND_GUILTY = re.compile(r"\s+(?:(?!not\b)[\w'’.-]+\s+){1,6}?guilty\b", re.I)  # (not acquitted)
#: Verbs that make law of a legislative instrument as their object.
_LAWMAKING = frozenset({"approve", "sign"})
# What makes a bare form a verb: a modal or an infinitive's "to" ("could storm").
_BARE_VERB_BEFORE = re.compile(
    r"\b(?:to|will|would|could|may|might|can|shall|should|must|did|not)\s+(?:\w+ly\s+)?$", re.I
)
#: Events a gathering's noun names, which a speaker may address as an audience.
_GATHERINGS = frozenset({"CONSULT", "PROTEST"})
#: CAMEO's synonym blocks of assembling: protesters who gather protest.
_ASSEMBLING = frozenset({"assemble"})
#: Verbs whose object received is a visit when it is people: "received the minister".
RECEIVING = frozenset({"receive"})
#: Verbs of hosting, a visit only when people are hosted: not "host the opening match".
HOSTING = frozenset({"host"})

# The manual's mutual cooperation said with "joint": "staged a joint live-fire drill",
# "jointly launched a dredging project" (what is done together, not said together).
# (The "j" before its word boundary: the engine skips straight to that letter.)
_JOINT = re.compile(
    r"j(?<!\wj)oint\s+(?:[\w'’-]+\s+){0,2}?" + rf"{cues('joint_activities')}\b"
    r"|j(?<!\wj)ointly\s+([a-z]+)\b"
)

_TO_VERB = re.compile(r"\s+to\s+([a-z]+)\b")


def _vowed_force(text: str, end: int, hi: int) -> str | None:
    """The THREATEN mode of a promise whose infinitive is a verb of force that codes
    nothing alone: "vowed to crush the rebellion" (its CAMEO synonym block's head verb,
    "destroy", is force)."""
    m = _TO_VERB.match(text, end, hi)
    if m is None:
        return None
    verb = trigger_of(m.group(1))
    if verb is None or not verb.verb or verb.noun or verb.verb_code is None or verb.keyword:
        return None  # (the common verbs of the keyword list, "hold", "take": too many senses)
    if verb.verb_code[0] != "-":
        return None  # a verb that codes itself is its own hit ("vowed to attack")
    head = trigger_of(verb.block.rstrip("_"))
    if head is None or head.verb_code is None or head.verb_code[0] != "ASSAULT":
        return None
    return "violence"


_TO_INFINITIVE = re.compile(r"\bto\s+[a-z]+\b")


def _ultimatum_verb(text: str, lo: int, at: int) -> tuple[int, int] | None:
    """The verb that sets an ultimatum ("gave", "ordered", "told") before its infinitive
    ("to leave ... or face"): the nearest verb before the last "to" before ``at``."""
    infinitives = list(_TO_INFINITIVE.finditer(text, lo, at))
    if not infinitives:
        return None
    for w in reversed(list(LOWER_WORD.finditer(text, lo, infinitives[-1].start()))):
        found = trigger_of(w.group())
        if (found is not None and found.verb and not found.noun) or (
            w.group().endswith("ed") and len(w.group()) > 4
        ):
            return w.start(), w.end()
    return None


def _joint_hits(
    text: str,
    sents: Sequence[Sentence],
    sent_starts: Sequence[int],
    quoted: Sequence[tuple[int, int]],
    names: Sequence[tuple[int, int]],
) -> list[Hit]:
    """COOPERATE hits for activities done jointly: a "joint" activity noun, or a verb
    after "jointly" that codes no event of its own ("jointly produce", not "jointly
    condemned", which is the verb's)."""
    out = []
    for m in _JOINT.finditer(text):
        start, end = m.span()
        if inside(start, quoted) or inside(start, names):
            continue
        s = sents[max(0, bisect.bisect_right(sent_starts, start) - 1)]
        if end > s.end:
            continue
        verb = m.group(1)
        if verb is not None:
            trig = trigger_of(verb)
            if verb in _SAYING_VERBS or (
                trig is not None and trig.verb_code is not None and trig.verb_code[0] != "-"
            ):
                continue  # "jointly condemned": the verb's own event
        out.append(
            Hit(start, end, "COOPERATE", None, verb is not None, Sentence(s.start, s.end), end)
        )
    return out


def find_hits(
    text: str,
    sents: Sequence[Sentence],
    quoted: Sequence[tuple[int, int]],
    names: Sequence[tuple[int, int]],
    mentions: Sequence[tuple[int, int]] = (),
) -> list[Hit]:
    """Every trigger outside quotes and names that its context keeps an event, in text order."""
    sent_starts = [s.start for s in sents]
    hits: list[Hit] = []
    for m in find_triggers(text):
        start, end = m.start(), m.end()
        trig = trigger_of(m.group())
        if trig is None:
            continue
        light_only = not trig.noun and (trig.verb_code is None or trig.verb_code[0] == "-")
        if light_only and trig.lemma in _SAYING_VERBS:
            continue  # (ruled out below whatever follows: before the costlier tests)
        if inside(start, quoted) or inside(start, names):
            continue  # (a fifth of the candidates: before the costlier tests too)
        # Most triggers are verbs that code only through a pattern ("said", "took"),
        # and most of them have none: one compiled match rules them out first.
        # "received the Iranian foreign minister": to receive people is to host a visit.
        hosting = trig.lemma in RECEIVING and hosts_people(text, end, names, meetings=False)
        # "demonstrators who had gathered outside parliament": protesters assembling protest.
        assembling = (
            light_only
            and trig.block in _ASSEMBLING
            and PROTESTERS_BEFORE.search(text, max(0, start - 50), start) is not None
        )
        # "a jury found the former executive guilty": the manual's conviction, its object
        # between the verb and "guilty" (CAMEO's patterns reach only "found guilty").
        guilty = (
            _FOUND_GUILTY.match(text, end, min(len(text), end + 60))
            if trig.lemma == "find"
            else None
        )
        # The manual: an invitation to a visit or a meeting is AGREE ("invited the
        # Kenyan leader to visit Lima").
        invited = (
            _INVITED_TO.match(text, end, min(len(text), end + 70))
            if trig.lemma == "invite"
            else None
        )
        # "Twelve suspects were handed over": a passive's subject is the verb's object.
        undergone = passive_pattern(text, start, trig) if light_only else None
        # "will not allow a UN team to investigate": a permission refused, REJECT.
        forbidden = light_only and trig.lemma in _PERMITTING and _forbids(text, start, end)
        if (
            light_only
            and not hosting
            and not assembling
            and guilty is None
            and invited is None
            and undergone is None
            and not forbidden
            and not may_pattern(trig, text, end)
        ):
            continue
        if light_only and trig.lemma in _SAYING_VERBS:
            # "said the aid convoy had", "told the opposition": what follows a verb of
            # saying is what is said or to whom, no object that makes it an event (CAMEO's
            # patterns of its block, "said * aid", read a parse; a noun codes itself).
            continue
        s = sents[max(0, bisect.bisect_right(sent_starts, start) - 1)]
        if end > s.end:
            continue
        found = None
        if not trig.noun and (trig.verb_code is None or trig.verb_code[0] == "-"):
            # A verb that codes only through a pattern ("gave aid"): the pattern first,
            # as most of these ("said", "took") have none here.
            found = verb_pattern(trig, text, end, s.end)
            if hosting and found is None:
                found = (("CONSULT", "visit"), end)
            if assembling and found is None:
                found = (("PROTEST", "demo"), end)
            if guilty is not None and found is None:
                found = (("SANCTION", "convict"), guilty.end())
            if invited is not None and found is None:
                found = (("AGREE", None), invited.end())
            if undergone is not None and found is None:
                found = (undergone, end)
            if forbidden and found is None:
                found = (("REJECT", None), end)
            if found is None or found[0][0] not in PLOVER_TYPES:
                continue
            if CLAUSE_VERB_AFTER.match(text, found[1]):
                continue  # "said the plan would cut": the subject of what is said
        sentence = Sentence(s.start, s.end)
        if in_name(text, start, end, sentence):
            continue
        if (
            NOT_AFTER.match(text, end, min(len(text), end + 40))
            and not military_targets(text, trig, end, s)
            # "broke off relations": a pattern that opens with the particle
            and not (found is not None and PARTICLE.match(text, end) is not None)
            and not (
                # "rejected the demands", "welcomed the initiative": a verb of judging
                # takes the noun as its object; it modifies nothing.
                not trig.noun
                and trig.verb_code is not None
                and trig.verb_code[0] in TAKES_OBJECT
                and DETERMINED_OBJECT.match(text, end, min(len(text), end + 40)) is not None
            )
        ):
            continue
        if (
            NOT_BEFORE_FOLDED.search(folded(text), max(0, start - 14), start)
            or text[start - 1 : start] == "-"
        ):
            continue
        if SEIZED_ON.match(text, start, min(len(text), end + 30)):
            continue
        if text[start:end].lower().startswith("met") and MET_WITH.match(text, end):
            continue  # "met with criticism"
        word = " ".join(text[start:end].lower().split())
        if word == "talks" and PRONOUN_BEFORE.search(text, max(0, start - 8), start):
            continue
        as_verb = reads_as_verb(text, start, end, trig.verb, trig.noun)
        code_end = end
        if as_verb:
            if not trig.noun and not in_verb_position(text, start, end, word, trig.lemma):
                continue  # "a sign of", "frozen funds", "detained activists": no verb
            if found is None:
                found = verb_pattern(trig, text, end, s.end)
            code = trig.verb_code
            light = code is None or code[0] == "-"
            if found is not None:
                code, code_end = found
        else:
            code = trig.noun_code
            light = False
        if code is None or code[0] not in PLOVER_TYPES:
            continue
        hit = Hit(start, end, code[0], code[1], as_verb, sentence, code_end, light)
        following = (
            _NEXT_WORD.match(text, end, end + 20)
            if (
                not as_verb
                or trig.noun
                or (
                    not word.endswith(("ed", "ing"))
                    and DETERMINED.search(text, max(s.start, start - 24), start) is not None
                )
            )
            else None
        )
        if following is not None and names_agents(following.group(1).lower()):
            continue  # "riot police", "aid groups": a modifier of an actor
        if (
            NATURAL_SUBJECT_FOLDED.search(folded(text), max(s.start, start - 30), start)
            or (
                word in NATURE
                # ("could storm the town", "to storm the palace": a verb's bare form)
                and not (
                    as_verb and _BARE_VERB_BEFORE.search(text, max(s.start, start - 20), start)
                )
            )
            or (
                as_verb
                and text.startswith(" by ", end)
                and NATURAL_AGENT.match(text, end, s.end)  # "hit by drought"
            )
            or (trig.lemma in UNDERGOING and not MILITARY_CONTEXT.search(text, s.start, s.end))
        ):  # (and "died of cancer": a death is force used only where arms are spoken of)
            continue  # "floods destroyed", "thunderstorms and hail"
        if (
            as_verb
            and code[0] == "ASSAULT"
            and word.endswith(("ed", "en"))
            and ACCIDENT_CAUSE.match(text, end, s.end)
        ):
            continue  # "killed when a bus crashed", "destroyed in the earthquake"
        if (
            as_verb
            and code[0] == "ASSAULT"
            and word.endswith("ing")
            and PARTICIPLE_OPEN.search(text, s.start, start) is not None
            and ACCIDENT.search(text, s.start, start) is not None
            and MILITARY_CONTEXT.search(text, s.start, start) is None
            and not any(p.search(text, s.start, start) for _, p in ASSAULT_MODES)
        ):
            continue  # "a ferry capsized, killing 12": the participle's doer is the accident
        if (
            not as_verb
            and code[0] == "CONSULT"
            and word.startswith("meeting")
            and ROUTINE_MEETING.search(text, max(s.start, start - 40), start) is not None
        ):
            continue  # "left rates unchanged at its October meeting": one body's session
        if (not as_verb or not word.endswith("ed")) and RESTRICTED_BEFORE.search(
            text, max(s.start, start - 60), start
        ):
            continue  # "lifted a ban on opposition rallies": what is banned is no event
        if code[0] == "AID" and NEED_OF.search(text, max(s.start, start - 30), start):
            continue  # "in need of food aid": no aid given
        if MARKET_SUBJECT_FOLDED.search(folded(text), max(s.start, start - 30), start):
            continue  # "stocks rallied", "shares plunged": markets, not actors
        if (
            trig.lemma == "station"
            and not STATIONED.search(text, end, min(s.end, end + 60))
            and not STATIONED_SUBJECT.search(text, max(s.start, start - 60), start)
        ):
            continue  # "outside the police station": a building; forces are stationed
        if as_verb and market_head(text, start, s):
            continue  # "Shares in the Indian conglomerate rallied": its head is a market
        if word.startswith("beat") and SCORE.search(text, s.start, s.end):
            continue  # "beat the visitors 3-1": a game
        if (
            as_verb
            and REPORTING_END.match(text, end, s.end)
            and re.search(
                r"(?:,|[?!]?[\"”’])\s*(?:[\w'’.-]+\s+){1,3}$",
                text[max(s.start, start - 40) : start],
            )
        ):
            continue  # "..., analysts warned.", "'...?' Schiff asked.": a reporting clause
        if (
            as_verb
            and code[0] not in ("ACCUSE", "REJECT")
            and ECONOMIC_OBJECT.match(text, end, s.end)
        ):
            continue  # "cut 3,000 jobs", "beat estimates": business, not a political event
        if as_verb and code[0] in CONFLICT and BY_QUANTITY.match(text, end, s.end):
            continue  # "the budget would be cut by 5 percent": a quantity's change
        if (
            as_verb
            and code[0] == "ACCUSE"
            and code[1] == "investigate"
            and UNFOLDING_OBJECT.match(text, end, s.end)
        ):
            continue  # "monitoring the situation closely": watched, no one investigated
        if (
            as_verb
            and code[0] in INTENT | {"RETREAT", "CONCEDE"}
            and PRESSED_TO.search(text, max(s.start, start - 40), start)
        ):
            continue  # "faced growing pressure to release the detainees": not done
        if as_verb and code[0] == "ASSAULT" and PERCENT_NEXT.match(text, end, s.end):
            continue  # "shot 58 percent from the field", "hit 4 percent": a rate, no force
        if (
            code[0] == "ASSAULT"
            and trig.lemma == "hit"
            and SUPERLATIVE_BEFORE.search(text, max(s.start, start - 12), start)
            and not BY_NEXT.match(text, end, s.end)
        ):
            continue  # "with young people hardest hit": the most affected
        if (
            as_verb
            and code[0] == "ASSAULT"
            and trig.lemma == "hit"
            and thing_agent(text, end, s.end)
            and not any(p.search(text, end, min(s.end, end + 50)) for _, p in ASSAULT_MODES)
            and not MILITARY_CONTEXT.search(text, end, min(s.end, end + 50))
        ):
            continue  # "exports were hit by new tariffs": affected, no force (not "by a shell")
        if (
            as_verb
            and code[0] == "ASSAULT"
            and trig.lemma in HURT
            and PASSIVE_BEFORE.search(text, max(s.start, start - 20), start)
            and not BY_NEXT.match(text, end, s.end)
            and not MILITARY_CONTEXT.search(text, s.start, s.end)
            and not STRIFE.search(text, s.start, s.end)
            and not any(p.search(text, s.start, s.end) for _, p in ASSAULT_MODES)
        ):
            continue  # "Two women were lightly injured": hurt, with no force spoken of
        if code[0] == "ASSAULT" and ABSTRACT_ADVERSARY.match(text, end, s.end):
            continue  # "the battle against inflation": a policy, no force used
        if code[0] == "ASSAULT" and (
            FIGURATIVE_OBJECT.match(text, end, s.end)
            or (not as_verb and FIGURATIVE_NOUN.search(text, max(s.start, start - 30), start))
        ):
            continue  # "fighting an uphill battle", "a legal fight", "a price war": figures
        if not as_verb and code[0] == "ASSAULT" and IN_MARKET.match(text, end, s.end):
            continue  # "the fund manager's offensive in the bond market": business
        if word.startswith("demand") and DEMAND_MOVES.match(text, end, s.end):
            continue  # "as demand weakened": the market's demand, no demand made
        if not as_verb and TREND_BEFORE.search(text, max(s.start, start - 60), start):
            continue  # "an increase in kidnappings", "the number of arrests": a statistic
        if not as_verb and TOPIC_OF_BEFORE.search(text, max(s.start, start - 60), start):
            continue  # "the report into the 2015 bombing": what a work is about, no news
        if not as_verb and ABOUT_TOPIC_BEFORE.search(text, max(s.start, start - 60), start):
            continue  # "a drama about a miners' strike": a topic told about, no news
        if (
            not as_verb
            and (remit := ROLE_REMIT_BEFORE.search(text, max(s.start, start - 60), start))
            and remit.group(1).lower() in ROLE_NOUNS
        ):
            continue  # "the special rapporteur on torture": an office's remit, no event
        if not as_verb and code[0] == "ASSAULT" and WEAPON_NEXT.match(text, end, s.end):
            continue  # "assault weapons", "attack helicopters": a kind of weapon
        if (
            not as_verb
            and word.startswith("probe")
            and SPACECRAFT_BEFORE.search(text, max(s.start, start - 20), start)
        ):
            continue  # "the space probe", "a lunar probe": a spacecraft, no inquiry
        if not as_verb and code[0] == "AID" and CARRIER_NEXT.match(text, end, s.end):
            continue  # "aid convoys were blocked": what carries aid; a verb tells what is done
        if (
            not as_verb
            and code[0] == "ASSAULT"
            and (pred := PREDICATE_OF.search(text, max(s.start, start - 50), start))
            and not predicate_subject_acts(pred.group(1))
        ):
            continue  # "The budget was a direct assault on the middle class": a figure
        if as_verb and code[0] == "AID" and DELIVERED_THING.match(text, end, s.end):
            continue  # "delivered a speech", "provided details of the plan": no aid
        if as_verb and code[0] == "AID" and IN_MARKET.match(text, end, s.end):
            continue  # "intervened in the currency market": a market operation, no aid
        if as_verb and code[0] == "SUPPORT" and MARKET_OBJECT.match(text, end, s.end):
            continue  # "to support the peso": a currency propped up, no actor backed
        if not as_verb and DESPITE_BEFORE.search(text, max(s.start, start - 30), start):
            continue  # "Despite the ceasefire, clashes were reported": a state of things
        if not as_verb and YEAR_NAMED_BEFORE.search(text, max(s.start, start - 40), start):
            continue  # "survivors of the 1988 massacre": a past event named by its year
        if (
            not as_verb
            and code[0] in _GATHERINGS
            and AUDIENCE_BEFORE.search(text, max(s.start, start - 50), start)
        ):
            # "told a conference in Jakarta", "telling a rally in Maracay": an audience the
            # speaker addressed, no meeting of parties and no protest of its own
            continue
        if as_verb and code[0] in ("SUPPORT", "AGREE") and INVESTMENT_OBJECT.match(text, end):
            continue  # "would welcome investment", "backed foreign investors": business
        if as_verb and trig.lemma in _LAWMAKING and LEGISLATION_OBJECT.match(text, end):
            # "voted to approve a bill", "approved the budget", "signed a decree raising the
            # minimum wage": lawmaking, no support given and no agreement signed
            continue
        if (
            not as_verb
            and word == "demand"
            and DEMAND_FOR_GOODS.match(text, end, s.end) is not None
        ):
            continue  # "the demand for oil": the market's, no demand made
        if trig.lemma == "call" and as_verb and CALLED_ELECTION.match(text, end, s.end) is not None:
            continue  # "called early elections": an election is no PLOVER event
        if (
            as_verb
            and trig.lemma == "hold"
            and word in ("held", "holds", "holding")
            and CALLED_ELECTION.match(text, end, s.end) is not None
        ):
            continue  # "Kenya held elections in August": a vote held is no PLOVER event
        if as_verb and trig.lemma == "seek" and SOUGHT_OFFICE.match(text, end, s.end):
            continue  # "would not seek re-election": a candidacy, no request
        if (
            not as_verb
            and code[0] in CONFLICT
            and OR_FACE.search(text, max(s.start, start - 60), start) is not None
        ):
            # "gave the fighters 72 hours to leave or face a military offensive": an
            # ultimatum, the manual's THREATEN, with the content's mode; its verb ("gave")
            # is the threat's, its subject the actor.
            threat = THREAT_MODE.get(code[0], "violence")
            if code[0] == "COERCE":
                threat = "arrest" if code[1] == "arrest" else "restrict"
            hit = hit._replace(category="THREATEN", mode=threat)
            code = ("THREATEN", threat)
            verb = _ultimatum_verb(text, s.start, start)
            if verb is not None:
                hits.append(hit._replace(start=verb[0], end=verb[1], as_verb=True, code_end=end))
                continue
        if (
            not as_verb
            and word in MASS_NOUNS
            and not DETERMINED.search(text, max(s.start, start - 20), start)
        ):
            continue  # "weaker demand in Asia": a quantity, not a demand made
        if (
            as_verb
            and word.endswith("ed")
            and (pp := PP_NOUN_BEFORE.search(text, s.start, start))
            and duration_before(text, start, s.start) is None  # "in a decade arrested"
            and not (code[0] in AGENT_PARTICIPLE and BY_AFTER.match(text, end))
            and not (
                # "The head of the army resigned": the opening phrase's finite verb (but "The
                # text of a letter signed by": a participle with its agent)
                text.startswith("of", pp.start())
                and BY_AFTER.match(text, end) is None
                and OPENING_HEAD_OF.fullmatch(text, s.start, pp.start())
            )
        ):
            continue  # "in a statement released on Monday": a participle, no finite verb
        if (
            as_verb
            and code[0] not in AGENT_PARTICIPLE
            and APPOSITIVE_NOUN_BEFORE.search(text, max(s.start, start - 40), start)
            and AGENT_SOON_AFTER.match(text, end, s.end)
        ):
            continue  # ", a step long demanded by Algeria": it describes the event before
        if trig.lemma == "back" and as_verb and PARTICLE_BACK.match(text, end, s.end):
            if PULLED_BEFORE.search(text, max(s.start, start - 50), start) is None:
                continue  # "came back to": an adverb, no backing
            # "pull its forces back from the border": the particle of a withdrawal
            hit = hit._replace(category="RETREAT", mode="withdraw")
            code = ("RETREAT", "withdraw")
        if trig.lemma in ASKING and not ASKED_FOR.match(text, end, s.end):
            continue  # "asked him about it": a question, not a request
        if trig.lemma in ASSERTING and as_verb and ASSERTED.match(text, end, s.end):
            continue  # "insisting the country's unity is not negotiable": a claim, no demand
        refined = context_type(text, hit, word)
        if refined is None:
            continue
        if (
            as_verb
            and refined[0] in ("SUPPORT", "REJECT")
            and (subject := subject_head_before(text, start, s.start)) is not None
            and ELECTORATE.search(text, subject[0], subject[1]) is not None
        ):
            continue  # "voters approved the proposal": a vote's result, no event
        if FORECAST_BEFORE.search(text, max(s.start, start - 100), start):
            continue  # "analysts expect the two sides to resume talks": a forecast
        if not as_verb and DESCRIBED_BY_ROLE.search(text, max(s.start, start - 90), start):
            continue  # "is a veteran of the nuclear talks": a person described, no event
        if not as_verb and EXPECTED_BEFORE.search(text, max(s.start, start - 80), start):
            continue  # "on fears that fighting could disrupt shipments": what is feared
        if (
            as_verb
            and refined[0] not in ABOUT_QUESTIONS
            and QUESTION_OBJECT.match(text, end, s.end)
        ):
            continue  # "to establish whether the man acted alone": a question, no act
        if as_verb and QUESTION_INFINITIVE_BEFORE.search(text, max(s.start, start - 12), start):
            continue  # "practising how to reinforce the flank": a question, no act
        if (
            refined[0] not in PRIVATE_EVENTS
            or (refined[0] == "AGREE" and not as_verb)
            or refined == ("RETREAT", "resign")  # the manual: officials' resignations
            or (refined[0] == "REJECT" and trig.lemma != "deny")  # a denial, not a refusal
        ) and private_agent(text, hit, s):
            continue  # "the airlines struck a deal", "the coach resigned": no political actor
        if (
            as_verb
            and refined[0] == "SUPPORT"
            and word.endswith("ed")
            and thing_agent(text, end, s.end)
        ):
            continue  # "the shilling, supported by inflows": a market's prop, no backer
        if as_verb and refined[0] not in SAYING and thing_subject(text, hit, mentions):
            continue  # "inflation eased", "winds whipped the coast": no actor acts
        if (
            trig.lemma == "threaten"
            and as_verb
            and (endangered := THREATENED_OBJECT.match(text, end, s.end)) is not None
            and re.sub(r"['’]s?$", "", endangered.group(1).split()[-1].lower()) in ENDANGERED
        ):
            continue  # "threatens the stability of", "threatening chaos": endangers
        if trig.lemma == "warn" and (
            thing_warned(text, end, s.end, mentions)
            or WARNED_OF_ECONOMY.match(text, end, s.end)
            or ADVISED.match(text, end, s.end)
        ):
            continue  # a forecast, no threat: "warned that the glacier", "of lower profits"
        if trig.lemma in MEETING and as_verb and thing_object(text, hit):
            continue  # "failed to meet its targets", "debated the budget": no meeting
        if (
            refined[0] == "CONSULT"
            and as_verb
            and trig.lemma in DELIBERATING
            and one_body_deliberates(text, hit, s)
        ):
            continue  # "the cabinet had discussed the new curriculum": its own session
        if trig.lemma in MEETING and as_verb and thing_met(text, start, s.start):
            continue  # "unless their demands are met": satisfied, no meeting
        if trig.lemma == "aim" and refined[0] == "AGREE" and AT_AFTER.match(text, end):
            continue  # "talks aimed at ending the war": a purpose, no intent to cooperate
        if trig.lemma in ARRIVING and not ARRIVED_AT.match(text, end):
            continue  # "migrants arrived by sea": no visit without a destination
        if (
            refined == ("RETREAT", "release")
            and as_verb
            and released_thing(text, start, end, s.start)
        ):
            continue  # "released a statement", "results released by": a publication
        if refined == ("RETREAT", "release") and not as_verb and released_noun_thing(text, hit):
            continue  # "within a week of its release", "the release of the report"
        if trig.lemma in HOSTING and as_verb and not hosts_people(text, end, names):
            continue  # "will host the opening match": no visit
        if (
            as_verb
            and refined[0] not in VERBAL
            and OBLIGED_BEFORE.search(text, max(s.start, start - 30), start)
            and (saying := SAID_BEFORE.search(text, s.start, start)) is not None
        ):
            # "Kenya said Peru must withdraw its troops": a demand, the speaker's REQUEST
            # (its mode from what is demanded), not the withdrawal.
            hits.append(
                hit._replace(
                    start=saying.start(1),
                    end=saying.end(1),
                    category="REQUEST",
                    mode=ASK_MODE.get(refined[0], "change"),
                    as_verb=True,
                    code_end=end,
                )
            )
            continue
        said = None if as_verb else CHARACTERISED.search(text, max(s.start, start - 40), start)
        judged: tuple[str, str | None] | None = None
        if said is not None and refined[0] == "ACCUSE" and REBUTTED.match(text, end, s.end):
            judged = ("REJECT", None)  # "described the accusations as lies": a denial
        elif said is not None and CONDEMNED.match(text, end, s.end):
            judged = ("ACCUSE", "disapprove")  # "called the attack barbaric": condemned
        if said is not None and judged is not None:
            # The verb is the event, its subject the actor; the noun is what it judges.
            verb_end = said.start() + len(said.group(1))
            hits.append(
                hit._replace(
                    start=said.start(), end=verb_end, category=judged[0], mode=judged[1]
                )._replace(as_verb=True, code_end=end)
            )
            continue
        if (
            as_verb
            and refined[0] == "MOBILIZE"
            and RELIEF_PURPOSE.search(text, end, min(s.end, end + 120))
        ):
            # The manual: forces mobilized for disaster relief are AID ("deployed 5,000
            # soldiers to help search for survivors after the earthquake").
            refined = ("AID", None)
        if as_verb and refined[0] == "AGREE" and (force := _vowed_force(text, end, s.end)):
            refined = ("THREATEN", force)  # "vowed to crush the rebellion": a threat
        hits.append(hit._replace(category=refined[0], mode=refined[1]))
    joint = _joint_hits(text, sents, sent_starts, quoted, names)
    if joint:
        # "held joint military exercises": the joint activity, not also the noun inside it
        hits = [h for h in hits if not any(j.start <= h.start and h.end <= j.end for j in joint)]
        hits.extend(joint)
    # (a denial's verb, moved before its noun, keeps the text order; once per verb)
    hits = sorted({(h.start, h.end): h for h in hits}.values(), key=lambda h: h.start)
    hits = [h for h in hits if not is_background(text, h) and not named_as_subject(text, h)]
    hits = drop_content(
        text, drop_object_relatives(text, drop_circumstances(text, govern_hits(text, hits)))
    )
    hits = drop_consequences(text, drop_biographies(text, drop_reduced_relatives(text, hits)))
    hits = drop_place_descriptions(text, drop_described_charges(text, hits))
    hits = drop_later_relatives(text, drop_continuations(text, hits))
    hits = drop_speaker_asides(
        text, drop_thing_relatives(text, drop_habitual_relatives(text, hits))
    )
    hits = drop_failed_outcomes(text, hits)
    # "The opposition leader was once jailed for organising protests": a biography, no
    # news (its circumstances went with it above); "Asked whether the army would
    # withdraw, the minister declined": what a question asked about.
    return [
        h
        for h in hits
        if not (
            h.as_verb and ONCE_BEFORE.search(text, max(h.sentence.start, h.start - 20), h.start)
        )
        and not in_question_asked(text, h)
    ]
