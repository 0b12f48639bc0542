"""The same event mentioned twice, reported once; events and their group actors.

A draft is an event as one trigger tells it.  Drafts of the same kind, modality and
date with the same participants (or in one sentence) are one event, and a definite
mention naming nobody new ("the talks") refers back to the latest event of its kind.
Each merged draft becomes an :class:`~newsmodel.Event`, and each unnamed collective
actor ("protesters", "the junta") one group actor per distinct phrase.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import Factory, define

from newsmodel._analysis.events.clause import Found, Group, Sentence, is_agent_word
from newsmodel._analysis.lexicon import fold
from newsmodel._analysis.text import with_mentions
from newsmodel._model import (
    Actor,
    ActorKind,
    Auxiliary,
    DateMention,
    DateValue,
    Event,
    Mention,
    MentionKind,
    Modality,
    Precision,
    Span,
)

__all__ = ["Draft", "merge_drafts"]


@define
class Draft:
    """One event found in a sentence, before drafts that report the same event are merged."""

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


def _compatible(a: DateValue | None, b: DateValue | None) -> bool:
    """Neither date contradicts the other: equal, or one contains the other."""
    if a is None or b is None:
        return True
    return a.date <= b.last_day and b.date <= a.last_day


def _same(a: Draft, b: Draft, ids_a: set[str] | None = None) -> bool:
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


def _antecedent(text: str, merged: Sequence[tuple[Draft, set[str]]], d: Draft) -> Draft | None:
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
    best: Draft | None = None
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
        self.events: list[Draft] = []
        self.ids: list[set[str]] = []  #: the ids of each merged event's participants
        self.keys: dict[tuple[object, ...], list[int]] = {}
        self.by_kind: dict[tuple[str, Modality], list[int]] = {}

    def add(self, d: Draft) -> None:
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

    def grow(self, d: Draft, n: int, new: set[str], dated: bool) -> None:
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

    def same(self, d: Draft) -> tuple[int, Draft] | None:
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


def group_key(phrase: str) -> str:
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
                self.by_key.setdefault(group_key(a.name), i)
        self.taken = {a.id for a in actors}
        # A group's later mentions, by start: its actor is rebuilt once at the
        # end, not every time the group is named again (quadratic in long texts).
        self.later: dict[int, dict[int, Mention]] = {}

    def actor_for(self, group: Group) -> str:
        known = self.by_start.get(group.start)
        if known is not None:
            return known
        phrase = self.text[group.start : group.end]
        key = group_key(phrase)
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


def merge_drafts(
    text: str, drafts: list[Draft], actors: Sequence[Actor]
) -> tuple[list[Event], list[Actor]]:
    """The events the drafts tell, those reporting the same event merged into one with
    every mention, and the actors with any group actors the events made."""
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
