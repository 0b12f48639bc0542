"""Events: who did what to whom, where and when, and how the text frames it.

Every event has one of the PLOVER manual's 16 types and, where the words
say, one of its modes.  Trigger words come from a vocabulary derived from
PETRARCH2's CAMEO verb dictionary and the PLOVER manual's keywords (see
:mod:`.vocabulary`): a verb codes a type alone ("attacked": ASSAULT) or
through its object ("suspended aid": SANCTION); a noun codes one
("sanctions", "talks", "airstrike").

- A verb that governs an event noun or an infinitive decides one event:
  "suspended aid" is SANCTION, not AID; "refused to meet" is REJECT (mode
  meet); "vowed to attack" is THREATEN.  A verb that codes nothing alone
  ("held talks", "failed to reach agreement") leaves the noun's event.
- Words before the trigger set the auxiliary mode, recorded and never used
  to drop an event: "did not meet" is negation, "could meet" hypothetical,
  "will meet" future; an event dated two years or more before the
  publication date is historical.  As the manual asks, a future meeting,
  support, cooperation or aid is coded AGREE, and a future retreat CONCEDE.
- Precision: a verbal or metaphorical attack ("an attack on the bill",
  "attacked the bank for raising rates") is ACCUSE, a cyber attack COERCE;
  a capitalised trigger inside a name ("Federal Election Commission",
  "Amnesty International") is no event, nor is a verb's form used as a
  noun ("a sign that").  Sense checks read the trigger's arguments: a thing or a force
  as the subject acts in no event ("inflation eased", "winds whipped the
  coast"), "meet" needs people to meet, a warning about things is a
  forecast.  What a verbal event is about is its content, not an event of
  its own ("condemned the demolition of homes", "threatened to X unless
  Y"), and a protest's demand is its topic.
- The trigger's clause gives the actors (subject; a noun's possessor, actor
  modifiers, "between X and Y"), the recipients (objects, "sanctions on
  X"), the place and the date (see :mod:`.clause`).  A subject or object
  that names no actor but a group ("protesters", "riot police", "the
  junta") becomes a group actor.  The same event mentioned twice is
  reported once, with every mention.

``modality`` is kept beside ``auxiliary`` for earlier readers: asserted,
negated, hypothetical, proposed or future.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from attrs import Factory, define

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
    FUTURE_PREDICATE,
    ONCE_BEFORE,
    PARTICIPLE_OPEN,
    RESPONSE_WITH,
    drop_circumstances,
    drop_consequences,
    drop_continuations,
    drop_failed_outcomes,
    drop_speaker_asides,
    in_question_asked,
    is_background,
    named_as_subject,
)
from newsmodel._analysis.events.clause import (
    UNDERGOING,
    Found,
    Group,
    MentionIndex,
    Sentence,
    is_agent_word,
    is_state,
    read_clause,
)
from newsmodel._analysis.events.content import VERBAL, content_end, drop_content
from newsmodel._analysis.events.contexts import (
    ABOUT_QUESTIONS,
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
    QUESTION_OBJECT,
    REBUTTED,
    RELIEF_PURPOSE,
    REPORTING_END,
    RESTRICTED_BEFORE,
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
)
from newsmodel._analysis.events.framing import auxiliary_of, clause_start, modality_of, nearest_date
from newsmodel._analysis.events.govern import ASK_MODE, CONFLICT, INTENT, THREAT_MODE, govern_hits
from newsmodel._analysis.events.hits import (
    BY_AFTER,
    CLAUSE_BREAK_PUNCTUATION,
    NO_TRIGGER,
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
    drop_habitual_relatives,
    drop_later_relatives,
    drop_object_relatives,
    drop_reduced_relatives,
    drop_thing_relatives,
)
from newsmodel._analysis.events.vocabulary import (
    PLOVER_MODES,
    PLOVER_TYPES,
    cue_words,
    cues,
    find_triggers,
    kind_of,
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
from newsmodel._analysis.lexicon import data_alternation, fold
from newsmodel._analysis.text import folded, sentences, with_mentions
from newsmodel._model import (
    Actor,
    ActorKind,
    Auxiliary,
    Block,
    DateMention,
    DateValue,
    Event,
    Mention,
    MentionKind,
    Modality,
    Precision,
    Quote,
    Span,
)

__all__ = ["PLOVER_TYPES", "find_events", "find_events_and_actors"]

# A proposal as a verb's object: "accept [any new peace] plan", "sign the offer".
_PROPOSAL_OBJECT = re.compile(
    r"\s+(?:(?:the|a|an|any|this|that|their|its|his|her|such)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:" + data_alternation("event_cues.txt", "proposals") + r")s?\b",
    re.I,
)
_DEFINITE = re.compile(r"\b(?:the|these|this|those)\s+(?:[\w-]+\s+)?$", re.I)

#: Types whose noun's "from" phrase names who acts: "protests from Belgrade", "aid from
#: the IMF", "calls from the opposition" (not "withdrawal from", "expulsion from").
_SENT_FROM = frozenset({"AID", "ACCUSE", "PROTEST", "SUPPORT", "REQUEST", "THREATEN", "REJECT"})

# A negated will or would is a refusal: "will not negotiate", "would never accept", "there
# would be no negotiations".
_REFUSAL = re.compile(
    r"\b(?:(?:will|would|shall)\s+(?:not|never)|won['’]t|wouldn['’]t)\s+(?:\w+ly\s+)?$"
    r"|\b(?:will|would|shall)\s+be\s+no\s+(?:more\s+|further\s+)?$",  # "would be no talks"
    re.I,
)

_UNLESS = re.compile(r"\bunless\b", re.I)
_WOULD_BEFORE = re.compile(r"\b(?:would|could|might)\s+(?:\w+ly\s+)?$", re.I)


@define
class _Draft:
    kind: str
    category: str
    mode: str | None
    trigger: Span
    sentence: Sentence
    date: DateMention | None
    location: Found | None
    participants: list[Actor]
    actors: list[Actor]
    recipients: list[Actor]
    groups: list[tuple[Group, bool]]  #: (phrase, acts) of unnamed group actors
    modality: Modality
    auxiliary: Auxiliary | None
    definite: bool
    mentions: list[Span] = Factory(list)
    words: set[str] = Factory(set)  #: the trigger words of its mentions, lower case
    doers: set[str] = Factory(set)  #: who acts: actor ids and group phrases, folded


#: Verbs of permission: refused, they are a refusal ("will not allow X to").
_PERMITTING = frozenset({"allow", "permit"})
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


def _triggers(
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
        hosting = trig.lemma in _RECEIVING and hosts_people(text, end, names, meetings=False)
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
        if (
            not as_verb
            or trig.noun
            or (
                not word.endswith(("ed", "ing"))
                and DETERMINED.search(text, max(s.start, start - 24), start) is not None
            )
        ) and re.match(r"\s+([\w-]+)", text[end : end + 20]):
            following = re.match(r"\s+([\w-]+)", text[end : end + 20])
            if following is not None and names_agents(following.group(1).lower()):
                continue  # "riot police", "aid groups": a modifier of an actor
        if (
            NATURAL_SUBJECT_FOLDED.search(folded(text), max(s.start, start - 30), start)
            or word in NATURE
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
        if (
            not as_verb
            and code[0] == "CONSULT"
            and AUDIENCE_BEFORE.search(text, max(s.start, start - 50), start)
        ):
            continue  # "told a conference in Jakarta": an audience, no meeting of parties
        if as_verb and code[0] in ("SUPPORT", "AGREE") and INVESTMENT_OBJECT.match(text, end):
            continue  # "would welcome investment", "backed foreign investors": business
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
        if trig.lemma in _HOSTING and as_verb and not hosts_people(text, end, names):
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


#: Verbs of saying and telling: their object is what is said (its nouns code themselves).
_SAYING_VERBS = cue_words("saying_verbs")

_INVITED_TO = re.compile(
    r"\s+(?:[\w'’.-]+\s+){1,6}?to\s+(?:(?:pay\s+)?(?:an?\s+)?(?:official\s+|state\s+)?visit|"
    r"attend|address|meet|come\s+to|hold\s+talks|take\s+part\s+in\s+talks)\b",
    re.I,
)
_FOUND_GUILTY = re.compile(r"\s+(?:(?!not\b)[\w'’.-]+\s+){1,6}?guilty\b", re.I)  # (not acquitted)
#: CAMEO's synonym blocks of assembling: protesters who gather protest.
_ASSEMBLING = frozenset({"assemble"})
#: Verbs whose object received is a visit when it is people: "received the minister".
_RECEIVING = frozenset({"receive"})
#: Verbs of hosting, a visit only when people are hosted: not "host the opening match".
_HOSTING = frozenset({"host"})


def find_events(
    text: str,
    blocks: Sequence[Block],
    actors: Sequence[Actor],
    dates: Sequence[DateMention],
    quotes: Sequence[Quote] = (),
    reference: DateValue | None = None,
) -> list[Event]:
    """The events ``text`` reports outside quotes, merged when mentioned twice.

    Only the given actors take part; :func:`find_events_and_actors` also
    makes group actors of unnamed collective actors ("protesters").
    """
    return _find(text, blocks, actors, dates, quotes, reference, groups=False)[0]


def find_events_and_actors(
    text: str,
    blocks: Sequence[Block],
    actors: Sequence[Actor],
    dates: Sequence[DateMention],
    quotes: Sequence[Quote] = (),
    reference: DateValue | None = None,
) -> tuple[list[Event], list[Actor]]:
    """The events ``text`` reports, and the actors with a group actor added for each
    unnamed collective actor of an event ("protesters", "riot police", "the junta")."""
    return _find(text, blocks, actors, dates, quotes, reference, groups=True)


def _find(
    text: str,
    blocks: Sequence[Block],
    actors: Sequence[Actor],
    dates: Sequence[DateMention],
    quotes: Sequence[Quote],
    reference: DateValue | None,
    *,
    groups: bool,
) -> tuple[list[Event], list[Actor]]:
    sents = [Sentence(s.start, s.end) for s in sentences(text, blocks)]
    if not sents:
        return [], list(actors)
    quoted = sorted((q.start, q.end) for q in quotes)
    names = sorted(
        (m.start, m.end)
        for a in actors
        if a.kind in (ActorKind.ORGANIZATION, ActorKind.OUTLET, ActorKind.PERSON)
        for m in a.mentions
        if m.kind is not MentionKind.PRONOUN
    )
    mentioned = sorted((m.start, m.end) for a in actors for m in a.mentions)
    hits = _triggers(text, sents, quoted, names, mentioned)
    if not hits:
        return [], list(actors)
    index = MentionIndex(
        [
            Found(m.start, m.end, a, m.kind)
            for a in actors
            if a.kind is not ActorKind.OUTLET
            for m in a.mentions
        ]
    )
    date_starts = {d.end: d.start for d in dates}
    dated = sorted(
        (
            d
            for d in dates
            if d.value is not None and not d.value.is_reference and not inside(d.start, quoted)
        ),
        key=lambda d: d.start,
    )
    starts = [d.start for d in dated]
    ref = reference.date if reference is not None else None
    drafts: list[_Draft] = []
    run_of: list[tuple[int, int]] = []
    first = 0
    for i in range(len(hits) + 1):
        if i == len(hits) or hits[i].sentence != hits[first].sentence:
            run_of.extend([(first, i)] * (i - first))
            first = i
    for i, hit in enumerate(hits):
        trigger = Span(start=hit.start, end=hit.end)
        run_lo, run_hi = run_of[i]
        kind = kind_of(hit.category, hit.mode)
        # Another event's trigger between this one and a date or place claims it.
        lo = max([h.end for h in hits[run_lo:i]], default=hit.sentence.start)
        hi = min([h.start for h in hits[i + 1 : run_hi]], default=hit.sentence.end)
        reading = read_clause(
            text,
            hit.sentence,
            index,
            (hit.start, hit.end),
            kind,
            hit.as_verb,
            date_starts,
            source_from=hit.category in _SENT_FROM,
        )
        location = reading.location
        if location is not None and not lo <= location.start < hi:
            location = None
        clause_lo = max(lo, clause_start(text, hit.sentence, hit.start))
        date = nearest_date(dated, starts, Sentence(lo, hi), clause_lo, trigger)
        definite = bool(_DEFINITE.search(text, max(0, hit.start - 24), hit.start))
        modality = modality_of(text, hit.sentence, trigger)
        if (
            modality is Modality.ASSERTED
            and not hit.as_verb
            and hit.category == "CONSULT"
            and FUTURE_PREDICATE.match(text, hit.end, hit.sentence.end)
        ):
            modality = Modality.FUTURE  # "talks with the rebels will resume next month"
        category, mode = hit.category, hit.mode
        if (
            modality is Modality.NEGATED
            and category in ASK_MODE
            and (
                refusal := _REFUSAL.search(text, max(hit.sentence.start, hit.start - 40), hit.start)
            )
            and (
                category == "CONSULT"
                or "never" in refusal.group().lower()
                or (category == "AGREE" and _PROPOSAL_OBJECT.match(text, hit.end, hit.sentence.end))
                or (category == "AGREE" and _meeting_object(text, hit))
            )
        ):
            # "will not negotiate", "would never accept", "would not accept any peace
            # plan" (a proposal turned down): a refusal, REJECT; other negated intentions
            # keep their type, negated ("will not resign", "would not accept troops").
            category, mode = "REJECT", ASK_MODE[category]
        elif modality in (Modality.FUTURE, Modality.PROPOSED, Modality.HYPOTHETICAL):
            # The manual: intended cooperation is AGREE, and so is an accord's signing
            # held out as possible ("may sign the accord", "would be prepared to sign"),
            # where other possible cooperation keeps its type ("might hold joint
            # manoeuvres"); an announced retreat is CONCEDE (a possible one is a retreat).
            if category in INTENT and (
                modality is not Modality.HYPOTHETICAL or category == "SUPPORT"
            ):
                category, mode = "AGREE", None
            elif category == "RETREAT" and modality is not Modality.HYPOTHETICAL:
                category, mode = "CONCEDE", None
            elif (
                category in CONFLICT
                and _WOULD_BEFORE.search(text, max(hit.sentence.start, hit.start - 30), hit.start)
                and _UNLESS.search(
                    text, hit.code_end, content_end(text, hit._replace(category="THREATEN"))
                )
            ):
                # The manual: a coercive act held out as hypothetical on a condition
                # ("would block the ports unless fuel duty was cut") is one THREATEN, not
                # the act + hypothetical; one announced ("will strike unless") stays.
                # The threat itself is made, asserted.
                modality = Modality.ASSERTED
                category, mode = (
                    "THREATEN",
                    (
                        mode
                        if mode in PLOVER_MODES["THREATEN"]
                        else THREAT_MODE.get(category, "violence")
                    ),
                )
        if (
            category == "PROTEST"
            and reading.actors
            and not reading.actor_groups
            and all(is_state(a) for a in reading.actors)
            and not any(_people_of(text, a, hit.sentence) for a in reading.actors)
        ):
            # The manual: a state's protest is diplomatic, ACCUSE disapprove.
            category, mode = "ACCUSE", "disapprove"
        if mode is not None and mode not in PLOVER_MODES.get(category, frozenset()):
            mode = None  # a mode of the type the trigger had ("ended their strike": CONCEDE)
        if (
            category == "MOBILIZE"
            and hit.as_verb
            and not reading.actors
            and not reading.actor_groups
            and (reading.recipients or reading.recipient_groups)
            and PASSIVE_BEFORE.search(text, max(hit.sentence.start, hit.start - 20), hit.start)
        ):
            # "Police across the capital were placed on high alert", "Troops were deployed
            # to the border": the forces moved are the side that mobilizes.
            reading = reading._replace(
                actors=reading.recipients,
                recipients=[],
                actor_groups=reading.recipient_groups,
                recipient_groups=[],
            )
        if (
            category == "CONSULT"
            and (reading.recipients or reading.recipient_groups)
            and (
                mode in (None, "phone", "multilateral")
                or (
                    mode == "visit"
                    and hit.as_verb
                    and (
                        trigger_of(text[hit.start : hit.end].lower().split()[0]) or NO_TRIGGER
                    ).lemma
                    in _RECEIVING | _HOSTING
                )
            )
        ):
            # The manual: a meeting is reciprocal, all its parties act ("X met Y"), no
            # recipient; a host's visitor acts ("X received Y": Y), and the host is kept
            # among the actors, as where host and visitor are not told apart.
            if mode == "visit":
                parties = [*reading.recipients, *reading.actors]
                groups_of = [*reading.recipient_groups, *reading.actor_groups]
            else:
                parties = [*reading.actors, *reading.recipients]
                groups_of = [*reading.actor_groups, *reading.recipient_groups]
            reading = reading._replace(
                actors=parties,
                recipients=[],
                participants=parties,
                actor_groups=groups_of,
                recipient_groups=[],
            )
        group_roles = [(g, True) for g in reading.actor_groups] + [
            (g, False) for g in reading.recipient_groups
        ]
        drafts.append(
            _Draft(
                kind_of(category, mode),
                category,
                mode,
                trigger,
                hit.sentence,
                date,
                location,
                reading.participants,
                reading.actors,
                reading.recipients,
                group_roles if groups else [],
                modality,
                auxiliary_of(modality, date, ref),
                definite and not hit.as_verb,
                [trigger],
                # (a verb's, or a response's: a noun's owner is read too loosely to keep
                # two events apart)
                doers=_doer_keys(text, reading.actors, reading.actor_groups)
                if hit.as_verb
                or (
                    " with " in text[max(hit.sentence.start, hit.start - 50) : hit.start]
                    and RESPONSE_WITH.search(
                        text, max(hit.sentence.start, hit.start - 50), hit.start
                    )
                )
                else set(),
            )
        )
    return _merge(text, drafts, actors)


# The next few words after a trigger: "take [part in talks]".
_NEXT_WORDS = re.compile(r"(?:\s+[\w'’-]+){1,4}")


def _meeting_object(text: str, hit: Hit) -> bool:
    """Whether a meeting noun follows an intent's verb within a few words, in its clause:
    "will not take part in talks", "would not join the negotiations" (a meeting refused)."""
    m = _NEXT_WORDS.match(text, hit.end, content_end(text, hit))
    if m is None:
        return False
    return any(
        (t := trigger_of(w)) is not None
        and t.noun
        and t.noun_code is not None
        and t.noun_code[0] == "CONSULT"
        for w in m.group().split()
    )


_PLURAL_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?[a-z]+s\b")


def _people_of(text: str, actor: Actor, sentence: Sentence) -> bool:
    """Whether the sentence names the country's people, not the state: "Kenyan doctors"."""
    return any(
        sentence.start <= m.start < sentence.end and _PLURAL_AFTER.match(text, m.end)
        for m in actor.mentions
    )


def _compatible(a: DateValue | None, b: DateValue | None) -> bool:
    """Neither date contradicts the other: equal, or one contains the other."""
    if a is None or b is None:
        return True
    return a.date <= b.last_day and b.date <= a.last_day


def _doer_keys(text: str, actors: Sequence[Actor], groups: Sequence[Group]) -> set[str]:
    """Who acts in an event, comparable across drafts: actor ids and group phrases."""
    keys = {a.id for a in actors}
    for g in groups:
        phrase = re.sub(r"^(?:a|an|the|some|both)\s+", "", text[g.start : g.end], flags=re.I)
        keys.add("group:" + fold(phrase))
    return keys


def _same(a: _Draft, b: _Draft, ids_a: set[str] | None = None) -> bool:
    """Whether ``b`` names the event ``a`` is: the same kind, date and modality, and the
    same participants (two of them, or one on the same day); never two events whose
    actors are known and differ ("the attacker stabbed three people before being shot
    by officers").  ``ids_a``, when given, is the ids of ``a``'s participants."""
    if a.kind != b.kind or a.category != b.category or a.modality is not b.modality:
        return False
    if a.doers and b.doers and not a.doers & b.doers:
        return False
    da = a.date.value if a.date else None
    db = b.date.value if b.date else None
    if not _compatible(da, db):
        return False
    if ids_a is None:
        ids_a = {p.id for p in a.participants}
    ids_b = {p.id for p in b.participants}
    shared = ids_a & ids_b
    if len(shared) >= 2:
        return True
    if a.sentence == b.sentence and (shared or not ids_a or not ids_b):
        return True  # "an agreement was signed": one event, two words
    return bool(shared) and da is not None and da == db and da.precision is Precision.DAY


def _word(text: str, span: Span) -> str:
    return text[span.start : span.end].lower().rstrip("s")


#: How many of the latest events of its kind a definite mention may refer back to.
_ANTECEDENT_REACH = 100


def _antecedent(text: str, merged: Sequence[tuple[_Draft, set[str]]], d: _Draft) -> _Draft | None:
    """The event a definite mention ("the talks") refers to, among merged events
    given with the ids of their participants.

    Only a definite mention naming nobody new, at no other date or place,
    refers back: to an event of its kind, one written with the same word
    first, then the most mentioned, then the earliest.
    """
    if not d.definite:
        return None
    ids = {p.id for p in d.participants}
    word = _word(text, d.trigger)
    best: _Draft | None = None
    best_key = (False, 0)
    for m, known in merged:
        if m.kind != d.kind or m.modality is not d.modality:
            continue
        if not ids <= known:
            continue
        if not _compatible(m.date.value if m.date else None, d.date.value if d.date else None):
            continue
        if d.location and (m.location is None or m.location.actor.id != d.location.actor.id):
            continue
        key = (word in m.words, len(m.mentions))
        if best is None or key > best_key:
            best, best_key = m, key
    return best


#: Past this many participants a merged event is filed under each participant
#: rather than each pair of them: an event that gathers people over a long text
#: would otherwise file the square of their number.
_WIDE = 16


class _MergedIndex:
    """Merged events by what :func:`_same` needs in common, so a draft meets only its candidates.

    A draft is a candidate for the merged events that share its sentence, two of its
    participants, or one participant on its day.  An event is filed under each pair
    of its participants while it has at most :data:`_WIDE` of them, and under each
    one alone after that (a wide event is found by sharing two of them with the
    draft), so filing a participant costs at most :data:`_WIDE` keys, however many
    people the event has gathered.
    """

    def __init__(self) -> None:
        self.events: list[_Draft] = []
        self.ids: list[set[str]] = []  #: the ids of each merged event's participants
        self.keys: dict[tuple[object, ...], list[int]] = {}
        self.by_kind: dict[tuple[str, Modality], list[int]] = {}

    def add(self, d: _Draft) -> None:
        n = len(self.events)
        self.events.append(d)
        self.ids.append(set())
        self.by_kind.setdefault((d.kind, d.modality), []).append(n)
        self._file((d.kind, d.modality, "sentence", d.sentence), n)
        self.grow(d, n, {p.id for p in d.participants}, dated=True)

    def _file(self, key: tuple[object, ...], n: int) -> None:
        bucket = self.keys.setdefault(key, [])
        if not bucket or bucket[-1] != n:
            bucket.append(n)

    def grow(self, d: _Draft, n: int, new: set[str], dated: bool) -> None:
        """File merged event ``n`` (``d``) under the keys it gained: those of its
        ``new`` participants, and every day key when its date was just ``dated``."""
        base = (d.kind, d.modality)
        ids = self.ids[n]
        for a in sorted(new - ids):
            if len(ids) < _WIDE:
                for b in ids:
                    self._file((*base, "pair", *sorted((a, b))), n)
            else:
                if len(ids) == _WIDE:  # just became wide: file the members it has
                    for b in ids:
                        self._file((*base, "member", b), n)
                self._file((*base, "member", a), n)
            ids.add(a)
        value = d.date.value if d.date else None
        if value is not None and value.precision is Precision.DAY:
            for a in sorted(ids if dated else new):
                self._file((*base, "day", value, a), n)

    def same(self, d: _Draft) -> tuple[int, _Draft] | None:
        """The first merged event (in merging order) that ``d`` names again."""
        base = (d.kind, d.modality)
        ids = sorted({p.id for p in d.participants})
        keys: list[tuple[object, ...]] = [(*base, "sentence", d.sentence)]
        keys += [(*base, "pair", a, b) for x, a in enumerate(ids) for b in ids[x + 1 :]]
        value = d.date.value if d.date else None
        if value is not None and value.precision is Precision.DAY:
            keys += [(*base, "day", value, a) for a in ids]
        candidates = {n for key in keys for n in self.keys.get(key, ())}
        wide: dict[int, int] = {}
        for a in ids:
            for n in self.keys.get((*base, "member", a), ()):
                wide[n] = wide.get(n, 0) + 1
        candidates.update(n for n, shared in wide.items() if shared >= 2)
        for n in sorted(candidates):
            if _same(self.events[n], d, self.ids[n]):
                return n, self.events[n]
        return None


def _group_key(phrase: str) -> str:
    """A group's phrase without its determiner, folded: "The union" and "the union" agree."""
    return fold(re.sub(r"^(?:a|an|the|some|both)\s+", "", phrase, flags=re.I))


#: Quotation marks: a span holding one is quoted words, never a group of people.
_QUOTE_MARKS = re.compile(r"[“”\"«»]")


class _Groups:
    """Group actors for unnamed collective actors, one per distinct phrase."""

    def __init__(self, text: str, actors: Sequence[Actor]) -> None:
        self.text = text
        self.actors = list(actors)
        self.by_start = {
            m.start: a.id for a in actors if a.kind is ActorKind.GROUP for m in a.mentions
        }
        # A description the quote stage already made a group of ("the union" who
        # spoke) is the same group when the events stage meets it again.
        self.by_key: dict[str, int] = {}
        for i, a in enumerate(self.actors):
            if a.kind is ActorKind.GROUP and not a.consists_of:
                self.by_key.setdefault(_group_key(a.name), i)
        self.taken = {a.id for a in actors}
        # A group's later mentions, by start: its actor is rebuilt once at the
        # end, not every time the group is named again (quadratic in long texts).
        self.later: dict[int, dict[int, Mention]] = {}

    def actor_for(self, group: Group) -> str:
        known = self.by_start.get(group.start)
        if known is not None:
            return known
        phrase = self.text[group.start : group.end]
        key = _group_key(phrase)
        mention = Mention(start=group.start, end=group.end, kind=MentionKind.NOMINAL)
        n = self.by_key.get(key)
        if n is None:
            number = len(self.by_key) + 1
            while f"eg{number}" in self.taken:
                number += 1
            self.taken.add(f"eg{number}")
            self.by_key[key] = len(self.actors)
            # A name the actor stage did not know ("Bola Tinubu welcomed") acts,
            # but of a kind unknown: a person, an organisation, a group.
            words = re.findall(r"[\w’'-]+", phrase)
            named = all(w[:1].isupper() for w in words if w.lower() != "the") and not (
                is_agent_word(words[-1].lower())  # "Protesters" opening a sentence
            )
            kind = ActorKind.UNKNOWN if named else ActorKind.GROUP
            self.actors.append(Actor(id=f"eg{number}", name=phrase, kind=kind, mentions=[mention]))
        else:
            self.later.setdefault(n, {}).setdefault(group.start, mention)
        self.by_start[group.start] = self.actors[self.by_key[key]].id
        return self.by_start[group.start]

    def finish(self) -> list[Actor]:
        """The actors, each group named again with all its mentions, sorted."""
        for n, later in self.later.items():
            self.actors[n] = with_mentions(self.actors[n], later.values())
        self.later = {}
        return self.actors


def _merge(
    text: str, drafts: list[_Draft], actors: Sequence[Actor]
) -> tuple[list[Event], list[Actor]]:
    index = _MergedIndex()
    for d in drafts:
        d.words.update(_word(text, s) for s in d.mentions)
        found = index.same(d)
        if found is None and d.definite:
            # Only the latest events of the kind: a definite mention refers back a
            # little way, and reading every earlier one made long texts quadratic.
            numbers = index.by_kind.get((d.kind, d.modality), [])[-_ANTECEDENT_REACH:]
            antecedent = _antecedent(text, [(index.events[n], index.ids[n]) for n in numbers], d)
            if antecedent is not None:
                found = next((n, e) for n in numbers if (e := index.events[n]) is antecedent)
        if found is None:
            index.add(d)
            continue
        n, into = found
        dated = into.date is None and d.date is not None
        into.mentions.extend(d.mentions)
        into.words.update(d.words)
        into.date = into.date or d.date
        into.location = into.location or d.location
        known = index.ids[n]  # (grown below, once the lists are)
        new = {p.id for p in d.participants} - known
        into.participants += [p for p in d.participants if p.id not in known]
        into.actors += [p for p in d.actors if p.id not in known]
        into.recipients += [p for p in d.recipients if p.id not in known]
        into.groups += d.groups
        into.doers |= d.doers
        index.grow(into, n, new, dated)
    merged = index.events
    made = _Groups(text, actors)
    events = []
    for n, d in enumerate(merged, start=1):
        doers = [p.id for p in d.actors]
        receivers = [p.id for p in d.recipients]
        for group, acts in d.groups:
            if _QUOTE_MARKS.search(text, group.start, group.end):
                continue  # ("“It’s a mess,” said one lobbyist": quoted words are no group)
            gid = made.actor_for(group)
            role = doers if acts else receivers
            if gid not in doers and gid not in receivers:
                role.append(gid)
        participants = [p.id for p in d.participants]
        participants += [g for g in (*doers, *receivers) if g not in participants]
        events.append(
            Event(
                id=f"e{n}",
                kind=d.kind,
                category=d.category,
                mode=d.mode,
                auxiliary=d.auxiliary,
                start=d.trigger.start,
                end=d.trigger.end,
                trigger=d.trigger.of(text),
                date=d.date.value if d.date else None,
                date_span=d.date.span if d.date else None,
                location=d.location.actor.name if d.location else None,
                location_span=(
                    Span(start=d.location.start, end=d.location.end) if d.location else None
                ),
                participants=participants,
                actors=doers,
                recipients=receivers,
                modality=d.modality,
                mentions=sorted(d.mentions, key=lambda s: s.start),
            )
        )
    return events, made.finish()
