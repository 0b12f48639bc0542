"""Events: who did what, where and when, with modality.

A trigger word gives the event's kind, from a small vocabulary mapped to
PLOVER categories.  The date, place and participants come from the trigger's
sentence; words before the trigger say whether the text reports the event as
fact, denies it, supposes it or merely proposes it.  The same event mentioned
twice is reported once, with both mentions.
"""

from __future__ import annotations

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
    drafts: list[_Draft] = []
    for sentence in sentences(text, blocks):
        for m in _TRIGGER.finditer(text, sentence.start, sentence.end):
            if any(a <= m.start() < b for a, b in quoted):
                continue
            trigger = Span(start=m.start(), end=m.end())
            kind = _TRIGGERS[m.group().lower()]
            in_sentence = [
                (s, e, a) for s, e, a in mentions if sentence.start <= s and e <= sentence.end
            ]
            participants: list[str] = []
            for _s, _e, a in in_sentence:
                if (
                    a.kind is not ActorKind.PLACE
                    or kind
                    in (
                        "agreement",
                        "military",
                        "sanction",
                        "ceasefire",
                        "aid",
                    )
                ) and a.id not in participants:
                    participants.append(a.id)
            location = None
            for s, e, a in in_sentence:
                if (
                    a.kind is ActorKind.PLACE
                    and s > trigger.start
                    and _LOCATION_BEFORE.search(text[max(sentence.start, s - 12) : s])
                ):
                    location = (a.name, Span(start=s, end=e))
                    break
            if location is not None and kind not in (
                "agreement",
                "military",
                "sanction",
                "ceasefire",
                "aid",
            ):
                participants = [
                    p for p in participants if p != _actor_id_at(in_sentence, location[1])
                ]
            date = _nearest_date(dates, sentence, trigger, quoted)
            drafts.append(
                _Draft(
                    kind,
                    trigger,
                    sentence,
                    date,
                    location,
                    participants,
                    _modality(text, sentence, trigger),
                    [trigger],
                )
            )
    return _merge(text, drafts)


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
