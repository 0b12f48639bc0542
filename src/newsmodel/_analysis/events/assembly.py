"""Events from a text: hits read for their clause, framed, coded, drafted and merged.

Each hit of the trigger finder is read for its actors, recipients and place
(:mod:`.clause`), framed with its modality, auxiliary mode and date
(:mod:`.framing`), and coded as the manual asks where the framing changes the type
(a refusal is REJECT, intended cooperation AGREE, a state's protest ACCUSE, a meeting
reciprocal); the drafts are then merged (:mod:`.merge`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsmodel._analysis.events.background import FUTURE_PREDICATE, RESPONSE_WITH
from newsmodel._analysis.events.clause import (
    Found,
    Group,
    MentionIndex,
    Sentence,
    is_state,
    read_clause,
)
from newsmodel._analysis.events.content import content_end
from newsmodel._analysis.events.framing import auxiliary_of, clause_start, modality_of, nearest_date
from newsmodel._analysis.events.govern import ASK_MODE, CONFLICT, INTENT, THREAT_MODE
from newsmodel._analysis.events.hits import NO_TRIGGER, PASSIVE_BEFORE, Hit, inside
from newsmodel._analysis.events.merge import Draft, group_key, merge_drafts
from newsmodel._analysis.events.triggers import HOSTING, RECEIVING, find_hits
from newsmodel._analysis.events.vocabulary import PLOVER_MODES, kind_of, trigger_of
from newsmodel._analysis.lexicon import data_alternation
from newsmodel._analysis.text import sentences
from newsmodel._model import (
    Actor,
    ActorKind,
    Block,
    DateMention,
    DateValue,
    Event,
    MentionKind,
    Modality,
    Quote,
    Span,
)

__all__ = ["events_and_actors"]

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


def events_and_actors(
    text: str,
    blocks: Sequence[Block],
    actors: Sequence[Actor],
    dates: Sequence[DateMention],
    quotes: Sequence[Quote],
    reference: DateValue | None,
    *,
    groups: bool,
) -> tuple[list[Event], list[Actor]]:
    """Every event of ``text``, each hit's clause read, framed and coded, then merged;
    with ``groups`` the unnamed collective actors become group actors too."""
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
    hits = find_hits(text, sents, quoted, names, mentioned)
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
    drafts: list[Draft] = []
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
                    in RECEIVING | HOSTING
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
            Draft(
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
    return merge_drafts(text, drafts, actors)


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


def _doer_keys(text: str, actors: Sequence[Actor], groups: Sequence[Group]) -> set[str]:
    """Who acts in an event, comparable across drafts: actor ids and group phrases."""
    keys = {a.id for a in actors}
    keys |= {"group:" + group_key(text[g.start : g.end]) for g in groups}
    return keys
