"""The typed model: validation, spans, dates, and the article's invariants."""

from __future__ import annotations

import datetime as dt
import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from factories import TEXT
from factories import sample_article as article
from newsmodel import (
    Actor,
    ActorKind,
    ArticleDate,
    Attribution,
    Block,
    DateValue,
    Event,
    OffsetMap,
    Precision,
    Quote,
    Span,
)
from newsmodel.testing import offset_maps


def test_models_are_frozen_and_keyword_only() -> None:
    span = Span(start=1, end=3)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        span.start = 2  # type: ignore[misc]
    with pytest.raises(TypeError):
        Span(1, 3)  # type: ignore[call-arg]


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (5, 4)])
def test_span_rejects_impossible_ranges(start: int, end: int) -> None:
    with pytest.raises(ValueError, match=r"span end|must be >= 0"):
        Span(start=start, end=end)


def test_span_helpers() -> None:
    s = Span(start=2, end=6)
    assert s.of("abcdefgh") == "cdef"
    assert len(s) == 4
    assert s.contains(Span(start=3, end=5)) and not s.contains(Span(start=1, end=5))
    assert s.overlaps(Span(start=5, end=9)) and not s.overlaps(Span(start=6, end=9))


def test_article_checks_offsets_point_at_their_text() -> None:
    good = article()
    assert good.text[good.quotes[0].start : good.quotes[0].end] == "no deal"
    with pytest.raises(ValueError, match="does not match"):
        article(quotes=[Quote(id="q1", text="no deal", start=11, end=18)])
    with pytest.raises(ValueError, match="past the end"):
        article(blocks=[Block(kind="paragraph", start=0, end=len(TEXT) + 1)])


def test_article_checks_references() -> None:
    with pytest.raises(ValueError, match="unknown actor"):
        article(quotes=[Quote(id="q1", text="no deal", start=12, end=19, speaker="a9")])
    with pytest.raises(ValueError, match="unique"):
        article(
            actors=[
                Actor(id="a1", name="A", kind="person"),
                Actor(id="a1", name="B", kind="person"),
            ]
        )


@pytest.mark.parametrize(
    ("group", "problem"),
    [
        (Actor(id="g1", name="A and B", kind="group", consists_of=["a9"]), "unknown actor"),
        (Actor(id="g1", name="A and B", kind="group", consists_of=["g1"]), "itself"),
        (Actor(id="g1", name="A and A", kind="group", consists_of=["a1", "a1"]), "twice"),
        (Actor(id="g1", name="A Corp", kind="organization", consists_of=["a1"]), "no group"),
    ],
)
def test_article_checks_a_group_s_members(group: Actor, problem: str) -> None:
    person = Actor(id="a1", name="A", kind="person")
    article(actors=[person, Actor(id="g2", name="A", kind="group", consists_of=["a1"])])
    with pytest.raises(ValueError, match=problem):
        article(actors=[person, group])


def test_article_lookups() -> None:
    a = article()
    q = a.quotes[0]
    speaker = a.speaker(q)
    assert speaker is not None and speaker.name == "Vladimir Putin"
    assert a.actor(None) is None and a.actor("nobody") is None
    assert a.quotes_by("a1") == (q,)
    assert a.body == TEXT


def test_strings_fields_refuse_a_lone_string() -> None:
    with pytest.raises(TypeError, match="single string"):
        Actor(id="a1", name="X", kind="person", aliases="Putin")


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        (DateValue.of(2025), "2025"),
        (DateValue.of(2025, 3), "2025-03"),
        (DateValue.of(2025, 3, 14), "2025-03-14"),
        (DateValue.week(2025, 11), "2025-W11"),
        (
            DateValue.from_date(dt.datetime(2025, 3, 14, 9, 30, tzinfo=dt.UTC)),
            "2025-03-14T09:30:00+00:00",
        ),
    ],
)
def test_date_values_round_trip_through_iso(value: DateValue, iso: str) -> None:
    assert value.isoformat() == iso
    assert DateValue.parse(iso) == value


def test_date_value_ranges() -> None:
    assert DateValue.of(2024, 2).last_day == dt.date(2024, 2, 29)
    assert DateValue.of(2024).last_day == dt.date(2024, 12, 31)
    assert DateValue.week(2025, 11).last_day == dt.date(2025, 3, 16)


@pytest.mark.parametrize(
    "value",
    [
        DateValue.of(9999, 12),
        DateValue.quarter(9999, 4),
        DateValue.season(9999, "WI"),
        DateValue(precision=Precision.DECADE, value=dt.date(9990, 1, 1)),
        DateValue(precision=Precision.CENTURY, value=dt.date(9900, 1, 1)),
        DateValue.week(9999, 52),
    ],
    ids=str,
)
def test_a_range_at_the_calendars_end_stops_at_its_last_day(value: DateValue) -> None:
    # The Hypothesis thorough profile found December 9999 raising instead of answering.
    assert value.date <= value.last_day <= dt.date.max


def test_date_value_validates_its_precision() -> None:
    with pytest.raises(ValueError, match="first day"):
        DateValue(precision=Precision.MONTH, value=dt.date(2025, 3, 5))
    with pytest.raises(ValueError, match="datetime"):
        DateValue(precision=Precision.TIME, value=dt.date(2025, 3, 5))
    with pytest.raises(ValueError):
        DateValue.parse("14 March")


def test_article_date_carries_its_origin() -> None:
    d = ArticleDate(value=DateValue.of(2025, 3, 14), origin="dateline")
    assert d.origin.value == "dateline"


def test_event_factual_flag() -> None:
    e = Event(
        id="e1",
        kind="meeting",
        category="CONSULT",
        start=0,
        end=3,
        trigger="met",
        modality="negated",
    )
    assert not e.factual


def test_offset_map_maps_text_back_to_source() -> None:
    # text "ab cd" built from source "ab\n\ncd": "ab" at 0, "cd" at 4, a joining space inserted.
    m = OffsetMap(segments=[(0, 0, 2), (3, 4, 2)])
    assert [m.to_source(i) for i in range(5)] == [0, 1, 4, 4, 5]
    assert m.span_to_source(Span(start=3, end=5)) == Span(start=4, end=6)
    assert OffsetMap.identity(3).to_source(2) == 2
    with pytest.raises(ValueError, match="sorted"):
        OffsetMap(segments=[(0, 0, 5), (3, 9, 2)])


def test_a_replacement_maps_its_characters_to_the_whole_sequence() -> None:
    # text "“yes” ok" from source "â€œyesâ€\x9d\r\nok": two 3-to-1 repairs, "\r\n" to " ".
    m = OffsetMap(segments=[(0, 0, 1, 3), (1, 3, 3), (4, 6, 1, 3), (5, 9, 1, 2), (6, 11, 2)])
    assert [m.to_source(i) for i in range(9)] == [0, 3, 4, 5, 6, 9, 11, 12, 13]
    assert m.span_to_source(Span(start=0, end=1)) == Span(start=0, end=3)
    assert m.span_to_source(Span(start=1, end=4)) == Span(start=3, end=6)
    assert m.span_to_source(Span(start=0, end=5)) == Span(start=0, end=9)
    assert m.span_to_source(Span(start=5, end=6)) == Span(start=9, end=11)
    assert m.span_to_source(Span(start=4, end=4)) == Span(start=6, end=6)
    # Two text characters from one source character: a span of either takes it whole.
    split = OffsetMap(segments=[(0, 0, 1), (1, 1, 2, 1), (3, 2, 1)])
    assert split.span_to_source(Span(start=2, end=3)) == Span(start=1, end=2)
    assert split.to_source(2) == 1
    assert [run[3] for run in split.runs] == [1, 1, 1]


def test_offset_map_segments_are_checked() -> None:
    assert OffsetMap(segments=[(0, 0, 2, 2)]).segments == ((0, 0, 2),)  # equal lengths: a copy
    with pytest.raises(ValueError, match="sorted"):
        OffsetMap(segments=[(0, 0, 1, 3), (1, 2, 1)])  # the source overlaps
    with pytest.raises(ValueError, match="3 or 4"):
        OffsetMap(segments=[(0, 0, 1, 3, 5)])
    with pytest.raises(ValueError, match="bad"):
        OffsetMap(segments=[(0, 0, 1, 0)])


@given(offset_maps(40), st.integers(0, 40), st.integers(0, 40))
def test_span_to_source_is_monotone_inside_the_source_and_keeps_replacements_whole(
    m: OffsetMap, a: int, c: int
) -> None:
    a, c = min(a, c), max(a, c)
    starts = [m.to_source(k) for k in range(42)]
    ends = [m.span_to_source(Span(start=k, end=k + 1)).end for k in range(41)]
    # Monotone, and each character's source lies inside the source.
    assert starts == sorted(starts) and ends == sorted(ends)
    assert all(starts[k] <= ends[k] for k in range(41))
    if m.runs:
        end_of_source = m.runs[-1][1] + m.runs[-1][3]
        assert max(starts + ends) <= end_of_source
    # A span maps to the source of its first character through that of its last.
    end = max(starts[a], ends[c - 1]) if a < c else starts[a]
    assert m.span_to_source(Span(start=a, end=c)) == Span(start=starts[a], end=end)
    # Copies map one for one; every character of a replacement maps to all of its source.
    within = set()
    for t, s, n, k in m.runs:
        for i in range(t, min(t + n, 41)):
            within.add(i)
            if n == k:
                assert (starts[i], ends[i]) == (s + i - t, s + i - t + 1)
            else:
                assert (starts[i], ends[i]) == (s, s + k)
    # Consecutive characters share source only inside one replacement; text a
    # rewrite inserted has none.
    for i in range(40):
        same = any(t <= i and i + 1 < t + n and n != k for t, _, n, k in m.runs)
        assert ends[i] <= starts[i + 1] or same
        if m.runs and i not in within:
            assert starts[i] == ends[i]


def test_actor_kinds_are_strings() -> None:
    assert ActorKind("outlet") is ActorKind.OUTLET
    assert Actor(id="a", name="Reuters", kind="outlet").names == ("Reuters",)


@pytest.mark.parametrize("cls", [Span, Block])
@pytest.mark.parametrize(
    ("start", "end", "error", "message"),
    [
        (-1, 2, ValueError, "'start' must be >= 0"),
        (0, -2, ValueError, "'end' must be >= 0"),
        (3, 2, ValueError, "span end 2 precedes its start 3"),
        ("1", 2, TypeError, "'start' must be <class 'int'>"),
        (1, 2.0, TypeError, "'end' must be <class 'int'>"),
    ],
)
def test_offset_validation_keeps_the_attrs_errors(
    cls: type, start: object, end: object, error: type[Exception], message: str
) -> None:
    # The fast path for plain ints must not change what bad offsets raise.
    kwargs = {"kind": "paragraph"} if cls is Block else {}
    with pytest.raises(error, match=re.escape(message)):
        cls(start=start, end=end, **kwargs)


def test_offset_validation_accepts_int_subclasses() -> None:
    # bool is an int to attrs' instance_of: the fast path defers to it.
    assert Span(start=False, end=True).end == 1
    assert Span(start=0, end=0).start == 0


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ((1, "2"), "must be <class 'int'>"),
        ([1, 2], "must be <class 'tuple'>"),
    ],
)
def test_tuple_validator_refuses_with_attrs_errors(value: object, message: str) -> None:
    """The fast tuple validator accepts what attrs' ``deep_iterable`` accepts, and
    refuses the rest with its errors."""
    from newsmodel._model._convert import each

    @attrs.frozen
    class Holder:
        items: tuple[int, ...] = attrs.field(validator=each(int))

    assert Holder(items=(1, 2)).items == (1, 2)
    assert Holder(items=()).items == ()
    with pytest.raises(TypeError, match=re.escape(message)):
        Holder(items=value)  # type: ignore[arg-type]


class _Name(str):
    """A str subclass: instance_of accepts it, so the quote's fast checks must too."""


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("id", 1, "'id' must be <class 'str'>"),
        ("text", None, "'text' must be <class 'str'>"),
        ("speaker", 3, "'speaker' must be <class 'str'>"),
        ("speaker_mention", (1, 2), "'speaker_mention' must be <class"),
        ("said_on", "2025-03-14", "'said_on' must be <class"),
        ("partial", 1, "'partial' must be <class 'bool'>"),
        ("attribution", "cue-after", "'attribution' must be <class"),
    ],
)
def test_quote_field_checks_keep_the_attrs_errors(field: str, value: object, message: str) -> None:
    # The fast path for values of exactly the right type must not change what bad ones raise.
    fields: dict[str, object] = {"id": "q1", "text": "Yes", "start": 0, "end": 3, field: value}
    with pytest.raises(TypeError, match=re.escape(message)):
        Quote(**fields)  # type: ignore[arg-type]


def test_quote_field_checks_accept_subclasses_and_none() -> None:
    quote = Quote(id=_Name("q1"), text=_Name("Yes"), start=0, end=3, speaker=_Name("a1"))
    assert (quote.id, quote.speaker, quote.cue, quote.attribution) == ("q1", "a1", None, None)
    why = Attribution(rule=_Name("pronoun"), antecedent=Span(start=0, end=1))
    assert Quote(id="q", text="", start=0, end=0, attribution=why).attribution == why
