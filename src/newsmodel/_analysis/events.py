"""Events: who did what, where and when, with modality.

A trigger word gives the event's kind, from a small vocabulary mapped to
PLOVER categories.  The date, place and participants come from the trigger's
sentence; words before the trigger say whether the text reports the event as
fact, denies it, supposes it or merely proposes it.  The same event mentioned
twice is reported once, with both mentions.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from attrs import Factory, define

from newsmodel._analysis.text import Sentence, sentences
from newsmodel._model import (
    Actor,
    ActorKind,
    Block,
    DateMention,
    DateValue,
    Event,
    Modality,
    Quote,
    Span,
)

__all__ = ["EVENT_KINDS", "find_events"]

#: The event vocabulary: kind → (PLOVER category, trigger words).
EVENT_KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "meeting": ("CONSULT", ("met", "meet", "meets", "meeting", "meetings", "talks", "summit",
                            "negotiations", "negotiated", "hosted", "conferred", "phone call")),
    "visit": ("CONSULT", ("visit", "visited", "visiting", "visits", "trip to", "travelled to",
                          "traveled to", "arrived in")),
    "agreement": ("AGREE", ("agreement", "agreed", "deal", "accord", "signed", "treaty", "pact")),
    "ceasefire": ("AGREE", ("ceasefire", "cease-fire", "truce", "armistice")),
    "statement": ("OTHER", ("announced", "hailed", "declared", "proclaimed", "pledged", "vowed")),
    "military": ("ASSAULT", ("attacked", "attack", "attacks", "invaded", "invasion", "seized",
                             "captured", "recaptured", "reclaimed", "reclaiming", "bombed",
                             "shelled", "offensive", "counteroffensive", "counter-offensive",
                             "airstrike", "airstrikes", "air strike", "shelling", "bombing")),
    "sanction": ("SANCTION", ("sanctioned", "sanctions")),
    "arrest": ("COERCE", ("arrested", "detained", "jailed", "indicted")),
    "election": ("OTHER", ("elected", "election", "re-elected", "reelected")),
    "protest": ("PROTEST", ("protested", "protests", "demonstrated", "rallied")),
    "aid": ("AID", ("aid", "deliveries", "delivered", "supplied", "donated")),
    "accusation": ("ACCUSE", ("accused", "blamed")),
    "threat": ("THREATEN", ("threatened", "threatens")),
    "rejection": ("REJECT", ("rejected", "refused", "vetoed")),
}  # fmt: skip

_TRIGGERS = {t: kind for kind, (_cat, words) in EVENT_KINDS.items() for t in words}
_TRIGGER = re.compile(
    r"\b(?:" + "|".join(re.escape(t) for t in sorted(_TRIGGERS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|n[’']t|never|no|without|failed\s+to)\b[^.,;]{0,25}$", re.I)
_HYPOTHETICAL = re.compile(
    r"\b(?:could|might|may|would|if|whether|possible|potential|possibly)\b[^.,;]{0,30}$", re.I
)
_FUTURE = re.compile(
    r"\b(?:will|plans?\s+to|planned|expected\s+to|set\s+to|scheduled|upcoming|next)\b[^.,;]{0,25}$",
    re.I,
)
_PROPOSED = re.compile(
    r"\b(?:propos\w*|offer\w*|suggest\w*|consider\w*|agreed\s+to\s+consider|call(?:ed|s)?\s+for|"
    r"push(?:ed|ing)?\s+for|urg\w+|demand\w*|pending)\b[^.,;]{0,30}$",
    re.I,
)
_PROPOSAL_AFTER = re.compile(r"^\s*(?:proposal|plan|offer|bid|idea|terms)\b", re.I)
_LOCATION_BEFORE = re.compile(r"\b(?:in|at|to|near|outside|inside)\s+(?:the\s+)?$", re.I)


@define
class _Draft:
    kind: str
    trigger: Span
    sentence: Sentence
    date: DateMention | None
    location: tuple[str, Span] | None
    participants: list[str]
    modality: Modality
    mentions: list[Span] = Factory(list)


def _modality(text: str, sentence: Sentence, trigger: Span) -> Modality:
    before = text[max(sentence.start, trigger.start - 60) : trigger.start]
    after = text[trigger.end : trigger.end + 20]
    if _NEGATION.search(before):
        return Modality.NEGATED
    if _PROPOSED.search(before) or _PROPOSAL_AFTER.match(after):
        return Modality.PROPOSED
    if _HYPOTHETICAL.search(before):
        return Modality.HYPOTHETICAL
    if _FUTURE.search(before):
        return Modality.FUTURE
    return Modality.ASSERTED


#: Kinds whose participants include countries ("a U.S.-Ukrainian agreement").
_STATE_KINDS = frozenset({"agreement", "military", "sanction", "ceasefire", "aid"})


def find_events(
    text: str,
    blocks: Sequence[Block],
    actors: Sequence[Actor],
    dates: Sequence[DateMention],
    quotes: Sequence[Quote] = (),
) -> list[Event]:
    """The events ``text`` reports, merged when mentioned twice."""
    quoted = [(q.start, q.end) for q in quotes]
    mentions = sorted(
        (
            (m.start, m.end, a)
            for a in actors
            for m in a.mentions
            if a.kind is not ActorKind.OUTLET and a.kind is not ActorKind.GROUP
        ),
        key=lambda x: x[0],
    )
    starts = [m[0] for m in mentions]
    sents = sentences(text, blocks)
    sent_starts = [x.start for x in sents]
    drafts: list[_Draft] = []
    for m in _TRIGGER.finditer(text):
        if not sents or any(a <= m.start() < b for a, b in quoted):
            continue
        sentence = sents[max(0, bisect.bisect_right(sent_starts, m.start()) - 1)]
        if m.end() > sentence.end:
            continue
        lo = bisect.bisect_left(starts, sentence.start)
        hi = bisect.bisect_left(starts, sentence.end)
        in_sentence = [x for x in mentions[lo:hi] if x[1] <= sentence.end]
        trigger = Span(start=m.start(), end=m.end())
        drafts.append(
            _draft(
                text, trigger, _TRIGGERS[m.group().lower()], sentence, in_sentence, dates, quoted
            )
        )
    return _merge(text, drafts)


def _draft(
    text: str,
    trigger: Span,
    kind: str,
    sentence: Sentence,
    in_sentence: list[tuple[int, int, Actor]],
    dates: Sequence[DateMention],
    quoted: list[tuple[int, int]],
) -> _Draft:
    """One mention of an event: its participants, place and date from its sentence."""
    participants: list[str] = []
    for _s, _e, a in in_sentence:
        if (a.kind is not ActorKind.PLACE or kind in _STATE_KINDS) and a.id not in participants:
            participants.append(a.id)
    location = None
    for s, e, a in in_sentence:
        before = text[max(sentence.start, s - 12) : s]
        if a.kind is ActorKind.PLACE and s > trigger.start and _LOCATION_BEFORE.search(before):
            location = (a.name, Span(start=s, end=e))
            break
    if location is not None and kind not in _STATE_KINDS:
        where = _actor_id_at(in_sentence, location[1])
        participants = [p for p in participants if p != where]
    date = _nearest_date(dates, sentence, trigger, quoted)
    modality = _modality(text, sentence, trigger)
    return _Draft(kind, trigger, sentence, date, location, participants, modality, [trigger])


def _actor_id_at(mentions: list[tuple[int, int, Actor]], span: Span) -> str | None:
    for s, e, a in mentions:
        if s == span.start and e == span.end:
            return a.id
    return None


def _nearest_date(
    dates: Sequence[DateMention], sentence: Sentence, trigger: Span, quoted: list[tuple[int, int]]
) -> DateMention | None:
    best = None
    for d in dates:
        if d.value is None or not (sentence.start <= d.start and d.end <= sentence.end):
            continue
        if any(a <= d.start < b for a, b in quoted):
            continue
        distance = (
            d.start - trigger.end if d.start >= trigger.end else (trigger.start - d.end) * 1.5
        )
        if best is None or distance < best[0]:
            best = (distance, d)
    return best[1] if best else None


def _same(a: _Draft, b: _Draft) -> bool:
    if a.kind != b.kind or a.modality is not b.modality:
        return False
    if a.date and b.date and a.date.value != b.date.value:
        return False
    shared = set(a.participants) & set(b.participants)
    return len(shared) >= 2 or (bool(shared) and a.date is not None and b.date is not None)


def _merge(text: str, drafts: list[_Draft]) -> list[Event]:
    merged: list[_Draft] = []
    for d in drafts:
        for m in merged:
            if _same(m, d):
                m.mentions.append(d.trigger)
                m.date = m.date or d.date
                m.location = m.location or d.location
                m.participants += [p for p in d.participants if p not in m.participants]
                break
        else:
            merged.append(d)
    events = []
    for n, d in enumerate(merged, start=1):
        value: DateValue | None = d.date.value if d.date else None
        events.append(
            Event(
                id=f"e{n}",
                kind=d.kind,
                category=EVENT_KINDS[d.kind][0],
                start=d.trigger.start,
                end=d.trigger.end,
                trigger=d.trigger.of(text),
                date=value,
                date_span=d.date.span if d.date else None,
                location=d.location[0] if d.location else None,
                location_span=d.location[1] if d.location else None,
                participants=d.participants,
                modality=d.modality,
                mentions=d.mentions,
            )
        )
    return events
