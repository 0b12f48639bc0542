"""Events: who did what, where and when, and whether it happened.

A trigger word gives the event's kind, from a small vocabulary mapped to
PLOVER categories (:data:`EVENT_KINDS`):

==============  ===========  ==============================================
kind            PLOVER       triggers (examples)
==============  ===========  ==============================================
meeting         CONSULT      met, meeting, talks, summit, negotiations
visit           CONSULT      visited, visit, trip to, arrived in
agreement       AGREE        signed, agreement, deal, accord, treaty
ceasefire       AGREE        ceasefire, truce, armistice
statement       OTHER        announced, hailed, declared, pledged, vowed
military        ASSAULT      attacked, invaded, invasion, seized, offensive
sanction        SANCTION     sanctioned, sanctions, embargo
arrest          COERCE       arrested, detained, jailed, arrest
election        OTHER        elected, election
protest         PROTEST      protested, protests, demonstrations
aid             AID          aid, delivered, supplied, donated
accusation      DISAPPROVE   accused, blamed, condemned
threat          THREATEN     threatened, threatens
rejection       REJECT       rejected, refused, vetoed
demand          DEMAND       demanded, urged
deployment      MOBILIZE     deployed, mobilized, deployment
investigation   INVESTIGATE  investigated, investigation, inquiry, probe
withdrawal      RETREAT      withdrew, pulled out, withdrawal
==============  ===========  ==============================================

Where PLOVER has no category the category is ``OTHER``: PLOVER does not
code plain statements (announcements, declarations, pledges without a policy
change) nor elections.  PLOVER files accusations under DISAPPROVE.

For each trigger outside a quote, the trigger's clause gives the
participants (its subject and objects, a noun's possessor and actor
modifiers, "between X and Y", "with X": see :mod:`.clause`), the place ("in
Moscow", "in Jeddah, Saudi Arabia" → Jeddah) and the date (the nearest date
in the clause, else in the sentence).  Words before the trigger in its clause
set the modality: "did not meet" is negated, "could meet" hypothetical,
"agreed to consider" and "a proposed ceasefire" proposed, "will meet" future;
only asserted events are reported as having happened.  The same event
mentioned twice is reported once, with every mention.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

from attrs import Factory, define

from newsmodel._analysis.events.clause import (
    Found,
    MentionIndex,
    Sentence,
    read_clause,
)
from newsmodel._analysis.events.vocabulary import EVENT_KINDS, TRIGGER_PATTERN, trigger_of
from newsmodel._analysis.text import sentences
from newsmodel._model import (
    Actor,
    ActorKind,
    Block,
    DateMention,
    DateValue,
    Event,
    Modality,
    Precision,
    Quote,
    Span,
)

__all__ = ["EVENT_KINDS", "find_events"]

_NEGATION = re.compile(
    r"\b(?:not|n[’']t|never|no|without|failed\s+to|refused\s+to|declined\s+to)\b[^.,;:]{0,25}$",
    re.I,
)
_HYPOTHETICAL = re.compile(
    r"\b(?:could|might|may|would|if|whether|possible|potential|possibly|hopes?\s+(?:for|of)|"
    r"fear(?:s|ed|ing)?|risk)\b[^.,;:]{0,30}$",
    re.I,
)
_FUTURE = re.compile(
    r"\b(?:will|['’]ll|shall|expected\s+to|set\s+to|scheduled|upcoming|due\s+to|next)\b"
    r"[^.,;:]{0,25}$",
    re.I,
)
_PROPOSED = re.compile(
    r"(?:\b(?:propos\w*|offer\w*|suggest\w*|to\s+consider|consider(?:s|ed|ing)|"
    r"call(?:ed|s|ing)?\s+for|"
    r"push(?:ed|es|ing)?\s+for|urg\w+|demand\w*|pending|plans?\s+to|planned|planning|"
    r"intends?\s+to|seek(?:s|ing)?|sought|want(?:s|ed)?\s+to|aim(?:s|ed)?\s+to)\b|-proposed\b)"
    r"[^.,;:]{0,30}$",
    re.I,
)
_PROPOSAL_AFTER = re.compile(r"^\s*(?:proposal|plan|offer|bid|idea|terms|deal\s+proposal)\b", re.I)
_DEFINITE = re.compile(r"\b(?:the|these|this|those)\s+(?:[\w-]+\s+)?$", re.I)
_CLAUSE_START = re.compile(r"[;:—–()]|,\s+(?:which|who|where|when|while|but|although|though)\b")


@define
class _Draft:
    kind: str
    trigger: Span
    sentence: Sentence
    date: DateMention | None
    location: Found | None
    participants: list[Actor]
    modality: Modality
    definite: bool
    mentions: list[Span] = Factory(list)
    words: set[str] = Factory(set)  #: the trigger words of its mentions, lower case


def _clause_start(text: str, sentence: Sentence, pos: int) -> int:
    """Where the clause holding ``pos`` begins: after the last clause break before it."""
    lo = max(sentence.start, pos - 120)
    last = lo
    for m in _CLAUSE_START.finditer(text, lo, pos):
        last = m.end()
    return last


def _modality(text: str, sentence: Sentence, trigger: Span) -> Modality:
    lo = max(_clause_start(text, sentence, trigger.start), trigger.start - 60)
    before = text[lo : trigger.start]
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


_VERB_BEFORE = re.compile(
    r"(?:\b(?:to|will|would|could|can|may|might|should|must|did|does|do|not|never|n[’']t|"
    r"he|she|they|we|who|also|then|and|reportedly|later)|,)\s+$",
    re.I,
)
_NAME_BEFORE = re.compile(
    r"(?<!\bthe\s)(?<!\bThe\s)(?<!\ba\s)(?<!\bA\s)(?<!\ban\s)\b[A-Z][\w.]*(?:['’]s)?\s+$"
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|this|that|these|those|his|her|their|its|our|of|for|in|on|at|during|"
    r"after|before|following|with|about|new|first|recent|planned|proposed)|['’]s)\s+$",
    re.I,
)


def _as_verb(text: str, start: int, end: int, verb: bool, noun: bool) -> bool:
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
    # A name right before: "Putin visits Kursk", but "the Moscow meeting" is a noun.
    name = _NAME_BEFORE.search(text, max(0, start - 40), start)
    return name is not None and not text[start:end].lower().endswith("ing")


def _nearest_date(
    dates: Sequence[DateMention],
    starts: Sequence[int],
    span: Sentence,
    clause_lo: int,
    trigger: Span,
) -> DateMention | None:
    """The date of the trigger's clause, else of the stretch it owns, nearest after it first."""
    best: tuple[float, DateMention] | None = None
    i = bisect.bisect_left(starts, span.start)
    while i < len(dates) and dates[i].start < span.end:
        d = dates[i]
        i += 1
        if d.end > span.end:
            continue
        if d.start >= trigger.end:
            distance = float(d.start - trigger.end)
        else:
            distance = (trigger.start - d.end) * 1.5
        if d.start < clause_lo:
            distance *= 3  # another clause's date
        if best is None or distance < best[0]:
            best = (distance, d)
    return best[1] if best else None


def _inside(pos: int, spans: Sequence[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


class _Hit(NamedTuple):
    start: int
    end: int
    kind: str
    as_verb: bool
    sentence: Sentence


def _triggers(
    text: str, sents: Sequence[Sentence], quoted: Sequence[tuple[int, int]]
) -> list[_Hit]:
    """Every trigger outside quotes that its context keeps an event, in text order."""
    sent_starts = [s.start for s in sents]
    hits: list[_Hit] = []
    for m in TRIGGER_PATTERN.finditer(text):
        start, end = m.start(), m.end()
        if _inside(start, quoted):
            continue
        trig = trigger_of(text, start, end)
        if trig is None:
            continue
        s = sents[max(0, bisect.bisect_right(sent_starts, start) - 1)]
        if end > s.end:
            continue
        as_verb = _as_verb(text, start, end, trig.verb, trig.noun)
        if as_verb and not trig.noun and _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
            continue  # "a sign of", "the accused": a verb's form used as a noun
        hits.append(_Hit(start, end, trig.kind, as_verb, Sentence(s.start, s.end)))
    return hits


def find_events(
    text: str,
    blocks: Sequence[Block],
    actors: Sequence[Actor],
    dates: Sequence[DateMention],
    quotes: Sequence[Quote] = (),
) -> list[Event]:
    """The events ``text`` reports outside quotes, merged when mentioned twice."""
    sents = [Sentence(s.start, s.end) for s in sentences(text, blocks)]
    if not sents:
        return []
    quoted = sorted((q.start, q.end) for q in quotes)
    hits = _triggers(text, sents, quoted)
    if not hits:
        return []
    index = MentionIndex(
        [
            Found(m.start, m.end, a, m.kind)
            for a in actors
            if a.kind is not ActorKind.OUTLET
            for m in a.mentions
        ]
    )
    dated = sorted(
        (d for d in dates if d.value is not None and not _inside(d.start, quoted)),
        key=lambda d: d.start,
    )
    date_starts = [d.start for d in dated]
    drafts: list[_Draft] = []
    # The hits of each sentence are contiguous: remember where each sentence's run begins and ends.
    run_of: list[tuple[int, int]] = []
    first = 0
    for i in range(len(hits) + 1):
        if i == len(hits) or hits[i].sentence != hits[first].sentence:
            run_of.extend([(first, i)] * (i - first))
            first = i
    for i, hit in enumerate(hits):
        trigger = Span(start=hit.start, end=hit.end)
        run_lo, run_hi = run_of[i]
        previous = drafts[-1] if drafts else None
        if (
            previous is not None
            and previous.kind == hit.kind
            and previous.sentence == hit.sentence
            and hit.start - previous.mentions[-1].end <= 2
        ):
            # "a counteroffensive reclaiming Sudzha": one event, its verb adds the place.
            reading = read_clause(text, hit.sentence, index, (hit.start, hit.end), hit.kind, True)
            previous.mentions.append(trigger)
            previous.location = previous.location or reading.location
            continue
        # Another kind's trigger between this one and a date or place claims it:
        # "the talks built on an agreement forged in Jeddah on March 11".
        lo = max(
            [h.end for h in hits[run_lo:i] if h.kind != hit.kind],
            default=hit.sentence.start,
        )
        hi = min(
            [h.start for h in hits[i + 1 : run_hi] if h.kind != hit.kind],
            default=hit.sentence.end,
        )
        reading = read_clause(
            text, hit.sentence, index, (hit.start, hit.end), hit.kind, hit.as_verb
        )
        location = reading.location
        if location is not None and not lo <= location.start < hi:
            location = None
        clause_lo = max(lo, _clause_start(text, hit.sentence, hit.start))
        date = _nearest_date(dated, date_starts, Sentence(lo, hi), clause_lo, trigger)
        definite = bool(_DEFINITE.search(text, max(0, hit.start - 24), hit.start))
        drafts.append(
            _Draft(
                hit.kind,
                trigger,
                hit.sentence,
                date,
                location,
                reading.participants,
                _modality(text, hit.sentence, trigger),
                definite and not hit.as_verb,
                [trigger],
            )
        )
    return _merge(text, drafts)


def _compatible(a: DateValue | None, b: DateValue | None) -> bool:
    """Neither date contradicts the other: equal, or one contains the other."""
    if a is None or b is None:
        return True
    return a.date <= b.last_day and b.date <= a.last_day


def _same(a: _Draft, b: _Draft) -> bool:
    """Whether ``b`` names the event ``a`` is: the same kind, date and modality, and the
    same participants (two of them, or one on the same day)."""
    if a.kind != b.kind or a.modality is not b.modality:
        return False
    da = a.date.value if a.date else None
    db = b.date.value if b.date else None
    if not _compatible(da, db):
        return False
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


def _antecedent(text: str, merged: list[_Draft], d: _Draft) -> _Draft | None:
    """The event a definite mention ("the talks") refers to.

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
    for m in merged:
        if m.kind != d.kind or m.modality is not d.modality:
            continue
        if not ids <= {p.id for p in m.participants}:
            continue
        if not _compatible(m.date.value if m.date else None, d.date.value if d.date else None):
            continue
        if d.location and (m.location is None or m.location.actor.id != d.location.actor.id):
            continue
        key = (word in m.words, len(m.mentions))
        if best is None or key > best_key:
            best, best_key = m, key
    return best


class _MergedIndex:
    """Merged events by what :func:`_same` needs in common, so a draft meets only its candidates."""

    def __init__(self) -> None:
        self.events: list[_Draft] = []
        self.keys: dict[tuple[object, ...], list[int]] = {}
        self.by_kind: dict[tuple[str, Modality], list[int]] = {}

    @staticmethod
    def _keys(d: _Draft) -> set[tuple[object, ...]]:
        base = (d.kind, d.modality)
        ids = sorted({p.id for p in d.participants})
        value = d.date.value if d.date else None
        keys: set[tuple[object, ...]] = {(*base, "sentence", d.sentence)}
        keys.update((*base, "pair", a, b) for x, a in enumerate(ids) for b in ids[x + 1 :])
        if value is not None and value.precision is Precision.DAY:
            keys.update((*base, "day", value, a) for a in ids)
        return keys

    def add(self, d: _Draft) -> None:
        n = len(self.events)
        self.events.append(d)
        self.by_kind.setdefault((d.kind, d.modality), []).append(n)
        self.update(d, n)

    def update(self, d: _Draft, n: int) -> None:
        for key in self._keys(d):
            bucket = self.keys.setdefault(key, [])
            if not bucket or bucket[-1] != n:
                bucket.append(n)

    def same(self, d: _Draft) -> tuple[int, _Draft] | None:
        """The first merged event (in merging order) that ``d`` names again."""
        candidates = sorted({n for key in self._keys(d) for n in self.keys.get(key, ())})
        for n in candidates:
            if _same(self.events[n], d):
                return n, self.events[n]
        return None


def _merge(text: str, drafts: list[_Draft]) -> list[Event]:
    index = _MergedIndex()
    for d in drafts:
        d.words.update(_word(text, s) for s in d.mentions)
        found = index.same(d)
        if found is None and d.definite:
            numbers = index.by_kind.get((d.kind, d.modality), [])
            antecedent = _antecedent(text, [index.events[n] for n in numbers], d)
            if antecedent is not None:
                found = next((n, e) for n in numbers if (e := index.events[n]) is antecedent)
        if found is None:
            index.add(d)
            continue
        n, into = found
        into.mentions.extend(d.mentions)
        into.words.update(d.words)
        into.date = into.date or d.date
        into.location = into.location or d.location
        known = {p.id for p in into.participants}
        into.participants += [p for p in d.participants if p.id not in known]
        index.update(into, n)
    merged = index.events
    events = []
    for n, d in enumerate(merged, start=1):
        events.append(
            Event(
                id=f"e{n}",
                kind=d.kind,
                category=EVENT_KINDS[d.kind][0],
                start=d.trigger.start,
                end=d.trigger.end,
                trigger=d.trigger.of(text),
                date=d.date.value if d.date else None,
                date_span=d.date.span if d.date else None,
                location=d.location.actor.name if d.location else None,
                location_span=(
                    Span(start=d.location.start, end=d.location.end) if d.location else None
                ),
                participants=[p.id for p in d.participants],
                modality=d.modality,
                mentions=sorted(d.mentions, key=lambda s: s.start),
            )
        )
    return events
