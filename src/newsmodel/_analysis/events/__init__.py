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

import re
from collections.abc import Sequence

from attrs import Factory, define

from newsmodel._analysis.events.background import FUTURE_PREDICATE, RESPONSE_WITH
from newsmodel._analysis.events.clause import (
    Found,
    Group,
    MentionIndex,
    Sentence,
    is_agent_word,
    is_state,
    read_clause,
)
from newsmodel._analysis.events.content import content_end
from newsmodel._analysis.events.framing import auxiliary_of, clause_start, modality_of, nearest_date
from newsmodel._analysis.events.govern import ASK_MODE, CONFLICT, INTENT, THREAT_MODE
from newsmodel._analysis.events.hits import NO_TRIGGER, PASSIVE_BEFORE, Hit, inside
from newsmodel._analysis.events.triggers import HOSTING, RECEIVING, find_hits
from newsmodel._analysis.events.vocabulary import PLOVER_MODES, PLOVER_TYPES, kind_of, trigger_of
from newsmodel._analysis.lexicon import data_alternation, fold
from newsmodel._analysis.text import sentences, with_mentions
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
