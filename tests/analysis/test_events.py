"""Events: participants from the clause, places, dates, modality, merging."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel import (
    Actor,
    ActorKind,
    Block,
    BlockKind,
    DateMention,
    Event,
    Mention,
    Modality,
    Quote,
    find_dates,
)
from newsmodel._analysis.events import find_events
from newsmodel._analysis.events.vocabulary import PLOVER_MODES, PLOVER_TYPES, kind_of

REFERENCE = "2025-03-14"  # a Friday

#: Invented people, places and countries, with the forms the text uses.
CAST: dict[str, tuple[ActorKind, tuple[str, ...]]] = {
    "Anna Keller": (ActorKind.PERSON, ("Anna Keller", "Keller")),
    "Tomas Reyes": (ActorKind.PERSON, ("Tomas Reyes", "Reyes")),
    "Mira Osei": (ActorKind.PERSON, ("Mira Osei", "Osei")),
    "Kenji Sato": (ActorKind.PERSON, ("Kenji Sato", "Sato")),
    "Jonas Berg": (ActorKind.PERSON, ("Jonas Berg", "Berg")),
    "Pavel Orlov": (ActorKind.PERSON, ("Pavel Orlov", "Orlov")),
    "Vienna": (ActorKind.PLACE, ("Vienna",)),
    "Lisbon": (ActorKind.PLACE, ("Lisbon",)),
    "Oslo": (ActorKind.PLACE, ("Oslo",)),
    "Nairobi": (ActorKind.PLACE, ("Nairobi",)),
    "Jeddah": (ActorKind.PLACE, ("Jeddah",)),
    "Cairo": (ActorKind.PLACE, ("Cairo",)),
    "Kenya": (ActorKind.PLACE, ("Kenya", "Kenyan")),
    "Peru": (ActorKind.PLACE, ("Peru", "Peruvian")),
    "Ukraine": (ActorKind.PLACE, ("Ukraine", "Ukrainian")),
    "Saudi Arabia": (ActorKind.PLACE, ("Saudi Arabia",)),
    "Reuters": (ActorKind.OUTLET, ("Reuters",)),
}


def _actors(text: str) -> list[Actor]:
    out = []
    for n, (name, (kind, forms)) in enumerate(CAST.items(), start=1):
        pattern = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
        spans = [(m.start(), m.end()) for m in re.finditer(rf"\b(?:{pattern})\b", text)]
        if spans:
            out.append(
                Actor(
                    id=f"a{n}",
                    name=name,
                    kind=kind,
                    mentions=[Mention(start=s, end=e) for s, e in spans],
                )
            )
    return out


def _events(text: str, quotes: tuple[Quote, ...] = ()) -> tuple[list[Event], dict[str, str]]:
    actors = _actors(text)
    blocks = [Block(kind=BlockKind.PARAGRAPH, start=0, end=len(text))]
    dates = find_dates(text, REFERENCE)
    events = find_events(text, blocks, actors, dates, quotes)
    return events, {a.id: a.name for a in actors}


def _one(text: str, trigger: str) -> tuple[Event, set[str]]:
    events, names = _events(text)
    got = [e for e in events if any(text[s.start : s.end] == trigger for s in e.mentions)]
    assert len(got) == 1, [(e.trigger, e.kind) for e in events]
    return got[0], {names[p] for p in got[0].participants}


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "people", "location", "date"),
    [
        (
            "Officials said Anna Keller met Tomas Reyes in Vienna on Thursday.",
            "met", "meeting", {"Anna Keller", "Tomas Reyes"}, "Vienna", "2025-03-13",
        ),
        (
            "Jonas Berg, a close Keller ally, met Pavel Orlov on March 3 for an hour.",
            "met", "meeting", {"Jonas Berg", "Pavel Orlov"}, None, "2025-03-03",
        ),
        (
            "Keller's special envoy, Jonas Berg, met with Orlov in Cairo.",
            "met", "meeting", {"Jonas Berg", "Pavel Orlov"}, "Cairo", None,
        ),
        (
            "The talks, held in Lisbon on March 12 between Mira Osei and Kenji Sato, ended late.",
            "talks", "meeting", {"Mira Osei", "Kenji Sato"}, "Lisbon", "2025-03-12",
        ),
        (
            "Orlov's March 10 visit to Oslo drew a large crowd.",
            "visit", "visit", {"Pavel Orlov"}, "Oslo", "2025-03-10",
        ),
        (
            "Observers praised a Kenyan-Peruvian agreement forged in Jeddah, Saudi Arabia, on 5 March.",
            "agreement", "agreement", {"Kenya", "Peru"}, "Jeddah", "2025-03-05",
        ),
        (
            "Ukrainian forces, who seized the village in August 2024, later withdrew.",
            "seized", "coercion", {"Ukraine"}, None, "2024-08",
        ),
        (
            "After his meeting with Mira Osei, Pavel Orlov flew home.",
            "meeting", "meeting", {"Pavel Orlov", "Mira Osei"}, None, None,
        ),
        (
            "Keller, speaking in Oslo during a meeting with Reyes, praised the plan.",
            "meeting", "meeting", {"Anna Keller", "Tomas Reyes"}, None, None,
        ),
        (
            "Berg was arrested in Nairobi on Monday, Reuters reported.",
            "arrested", "arrest", {"Jonas Berg"}, "Nairobi", "2025-03-10",
        ),
        (
            "Osei launched a tour on Monday, visiting Vienna and Lisbon.",
            "visiting", "visit", {"Mira Osei"}, "Vienna", "2025-03-10",
        ),
        (
            "Analysts expect talks between the government and Reyes to resume.",
            "talks", "meeting", {"Tomas Reyes"}, None, None,
        ),
        (
            "Sato held talks with Osei in Vienna last week.",
            "talks", "meeting", {"Kenji Sato", "Mira Osei"}, "Vienna", "2025-W10",
        ),
    ],
)  # fmt: skip
def test_who_where_when(
    text: str, trigger: str, kind: str, people: set[str], location: str | None, date: str | None
) -> None:
    event, participants = _one(text, trigger)
    assert event.kind == kind
    assert event.category in PLOVER_TYPES
    assert event.kind == kind_of(event.category, event.mode)
    assert participants == people
    assert event.location == location
    assert (event.date.isoformat() if event.date else None) == date


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("Keller met Reyes in Vienna.", "met", Modality.ASSERTED),
        ("Keller did not meet Reyes in Vienna.", "meet", Modality.NEGATED),
        ("Keller never met Reyes.", "met", Modality.NEGATED),
        ("Keller could meet Reyes next week.", "meet", Modality.HYPOTHETICAL),
        ("Keller will meet Reyes on Monday.", "meet", Modality.FUTURE),
        ("Keller and Reyes agreed to consider a ceasefire.", "agreed", Modality.ASSERTED),
        ("A proposed ceasefire was discussed in Oslo.", "ceasefire", Modality.PROPOSED),
        ("Keller plans to visit Oslo.", "visit", Modality.PROPOSED),
        ("The two sides signed a ceasefire in Oslo.", "signed", Modality.ASSERTED),
        ("Now consider Orlov's visit to Oslo last year.", "visit", Modality.ASSERTED),
        ("Orlov is considering a visit to Oslo.", "visit", Modality.PROPOSED),
    ],
)
def test_modality(text: str, trigger: str, modality: Modality) -> None:
    event, _ = _one(text, trigger)
    assert event.modality is modality
    assert event.factual is (modality is Modality.ASSERTED)


@pytest.mark.parametrize(
    "text",
    [
        "Keller seized on the remark at once.",
        "The proposal met with criticism from both parties.",
        "Reyes suffered a heart attack last year.",
        "A great deal of work remains.",
        "Keller said it was a sign of progress.",
        "The firm is meeting the deadline set by Osei.",
    ],
)
def test_idioms_are_not_events(text: str) -> None:
    events, _ = _events(text)
    assert [
        (e.kind, e.trigger) for e in events if e.kind in ("military", "meeting", "agreement")
    ] == []


def test_the_same_event_mentioned_twice_is_merged() -> None:
    text = (
        "Keller met Reyes in Vienna on Thursday. "
        "The meeting between Keller and Reyes lasted two hours, officials said. "
        "Keller met Osei on Monday."
    )
    events, names = _events(text)
    meetings = [e for e in events if e.kind == "meeting"]
    assert len(meetings) == 2
    first, second = meetings
    assert len(first.mentions) == 2
    assert {names[p] for p in first.participants} == {"Anna Keller", "Tomas Reyes"}
    assert first.date is not None and first.date.isoformat() == "2025-03-13"
    assert {names[p] for p in second.participants} == {"Anna Keller", "Mira Osei"}


def test_a_definite_mention_refers_back() -> None:
    text = "Sato and Osei met in Lisbon on Monday. The talks ended without a deal."
    events, _ = _events(text)
    meeting = [e for e in events if e.kind == "meeting"]
    assert len(meeting) == 1
    assert len(meeting[0].mentions) == 2


def test_events_inside_quotes_are_words_not_facts() -> None:
    text = 'Keller said: "We met Reyes in Vienna." Osei visited Oslo.'
    inner = "We met Reyes in Vienna."
    start = text.index(inner)
    quote = Quote(id="q1", text=inner, start=start, end=start + len(inner))
    events, _ = _events(text, (quote,))
    assert [e.trigger for e in events] == ["visited"]


def test_vocabulary_codes_only_the_manuals_types_and_modes() -> None:
    from newsmodel._analysis.events import vocabulary

    table, patterns = vocabulary._tables()
    codes = [c for t in table.values() for c in (t.verb_code, t.noun_code) if c]
    codes += [(r[1], r[2]) for rows in patterns.values() for r in rows]
    for type_, mode in codes:
        if type_ == "-":
            continue
        assert type_ in PLOVER_TYPES
        assert mode is None or mode in PLOVER_MODES[type_], (type_, mode)
    assert set(PLOVER_TYPES) <= {c[0] for c in codes}


_WORDS = st.sampled_from(
    [
        "Keller", "Reyes", "met", "meeting", "with", "between", "and", "in", "Vienna", ",",
        "the", "talks", "did", "not", "his", "'s", "visit", "to", "Oslo", "on", "Thursday",
        "who", "seized", "Ukrainian", "forces", "agreement", "Kenyan-Peruvian", ".", "could",
        "ceasefire", "proposed", "—", ";", "After", "he", "arrested", "by",
    ]
)  # fmt: skip


@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_events_point_at_their_text(text: str) -> None:
    events, names = _events(text)
    for e in events:
        assert e.trigger == text[e.start : e.end]
        assert any(s.start == e.start for s in e.mentions)
        assert all(p in names for p in e.participants)
        if e.location_span is not None:
            assert e.location_span.of(text) in CAST[e.location or ""][1]


@given(st.text(max_size=300))
def test_find_events_never_raises(text: str) -> None:
    events, _ = _events(text)
    assert all(isinstance(e, Event) for e in events)


def test_dates_outside_the_trigger_claim_go_to_the_nearer_event() -> None:
    text = "The talks built on an agreement signed in Jeddah on March 11."
    events, _ = _events(text)
    by_kind = {e.kind: e for e in events}
    assert by_kind["agreement"].date is not None
    assert by_kind["agreement"].location == "Jeddah"
    assert by_kind["meeting"].date is None
    assert by_kind["meeting"].location is None


def test_mentions_are_date_mentions() -> None:
    # find_events takes the pipeline's own date mentions.
    assert all(isinstance(d, DateMention) for d in find_dates("on March 3", REFERENCE))
