"""Hypothesis strategies for newsmodel's model objects.

Every strategy makes objects their constructors accept.  The objects that
point into a text (:class:`~newsmodel.Quote`, :class:`~newsmodel.DateMention`,
:class:`~newsmodel.Event`) take the text as an argument and point at
characters of it; :func:`articles` makes whole articles whose every offset,
quoted text and actor reference is consistent, so ``Article(...)`` accepts
them and ``loads(dumps(article)) == article`` must hold.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from newsmodel._model import (
    Actor,
    ActorKind,
    Article,
    ArticleDate,
    Attribution,
    Auxiliary,
    Block,
    BlockKind,
    DateMention,
    DateOrigin,
    DateValue,
    Debris,
    Event,
    Mention,
    MentionKind,
    Modality,
    OffsetMap,
    Precision,
    Quote,
    Source,
    Span,
)
from newsmodel._model.dates import REFERENCE_PRECISIONS

__all__ = [
    "DATE_ANCHORS",
    "actors",
    "article_dates",
    "article_texts",
    "articles",
    "attributions",
    "blocks",
    "date_mentions",
    "date_values",
    "debris",
    "events",
    "mentions",
    "offset_maps",
    "quotes",
    "spans",
]

#: What a relative date can be resolved against (:attr:`DateMention.anchor`).
DATE_ANCHORS = ("absolute", "publication", "statement", "context")

_PROSE = (
    "The council said on Monday that “the bridge will open in March,” according to Reuters. "
    "Sen. Ana Ruiz told reporters: 'We have no deal.' "
    "Officials met in Kyiv on 13 March 2025; «Très bien», a senior official added. "
).split(" ")

# Offsets from UTC that ISO 8601 can write, from minutes to whole hours.
_OFFSETS = st.one_of(
    st.just(dt.UTC),
    st.integers(-23 * 60 - 59, 23 * 60 + 59).map(lambda m: dt.timezone(dt.timedelta(minutes=m))),
)


def _words() -> st.SearchStrategy[str]:
    """Short strings: news words, any Unicode text, and characters that break parsers."""
    return st.one_of(
        st.sampled_from(_PROSE),
        st.text(max_size=12),
        st.sampled_from(
            ["\n", "\r\n", "\u2028", "\x00", "\ufeff", "\u200b", "𝒜", "👍🏽", "e\u0301"]
        ),
    )


def article_texts(max_blocks: int = 4) -> st.SearchStrategy[tuple[str, tuple[Block, ...]]]:
    """An article text and its blocks: pieces of text joined by blank lines, or no blocks.

    Any Unicode can appear (astral characters, combining marks, controls), so
    offsets are tested as Python string indices, not bytes or graphemes.
    """

    @st.composite
    def build(draw: st.DrawFn) -> tuple[str, tuple[Block, ...]]:
        pieces = draw(
            st.lists(st.lists(_words(), min_size=1, max_size=8).map(" ".join), max_size=max_blocks)
        )
        parts: list[str] = []
        out: list[Block] = []
        pos = 0
        for piece in pieces:
            if parts:
                parts.append("\n\n")
                pos += 2
            kind = draw(st.sampled_from(BlockKind))
            out.append(Block(kind=kind, start=pos, end=pos + len(piece)))
            parts.append(piece)
            pos += len(piece)
        return "".join(parts), tuple(out)

    return build()


def spans(text_length: int | None = None) -> st.SearchStrategy[Span]:
    """Spans inside a text of ``text_length`` characters (any offsets when ``None``)."""
    top = 10**6 if text_length is None else text_length

    @st.composite
    def build(draw: st.DrawFn) -> Span:
        start = draw(st.integers(0, top))
        return Span(start=start, end=draw(st.integers(start, top)))

    return build()


def mentions(text_length: int | None = None) -> st.SearchStrategy[Mention]:
    """Mentions of any kind inside a text of ``text_length`` characters."""
    return st.builds(
        lambda span, kind: Mention(start=span.start, end=span.end, kind=kind),
        spans(text_length),
        st.sampled_from(MentionKind),
    )


def attributions(text_length: int | None = None) -> st.SearchStrategy[Attribution]:
    """Attribution reasons whose antecedent, when set, lies inside a text of ``text_length``."""
    return st.builds(
        Attribution,
        rule=st.sampled_from(["cue-after", "pronoun", "continuation"]) | st.text(max_size=12),
        antecedent=st.none() | spans(text_length),
    )


def blocks(text_length: int | None = None) -> st.SearchStrategy[Block]:
    """One block of any kind inside a text of ``text_length`` characters."""
    return st.builds(
        lambda span, kind: Block(kind=kind, start=span.start, end=span.end),
        spans(text_length),
        st.sampled_from(BlockKind),
    )


def date_values(
    precisions: tuple[Precision, ...] = tuple(Precision),
    min_value: dt.date = dt.date.min,
    max_value: dt.date = dt.date.max,
) -> st.SearchStrategy[DateValue]:
    """Dates at every precision: centuries, decades, years, fiscal years, halves, quarters,
    seasons, months, ISO weeks, weekends, days, datetimes, and (unless bounded) the reference
    values PRESENT_REF, PAST_REF and FUTURE_REF.

    Datetimes are naive or carry a fixed UTC offset (what ISO 8601 can write
    and :meth:`DateValue.parse` reads back); a named zone would come back as
    its offset.
    """

    @st.composite
    def build(draw: st.DrawFn) -> DateValue:
        bounded = (min_value, max_value) != (dt.date.min, dt.date.max)
        usable = [p for p in precisions if not (bounded and p in REFERENCE_PRECISIONS)]
        precision = draw(st.sampled_from(usable or [Precision.DAY]))
        day = draw(st.dates(min_value, max_value))
        if precision in REFERENCE_PRECISIONS:
            return DateValue.reference(precision)
        if precision is Precision.YEAR:
            return DateValue.of(day.year)
        if precision is Precision.FISCAL_YEAR:
            return DateValue.fiscal_year(day.year)
        if precision is Precision.QUARTER:
            return DateValue.quarter(day.year, (day.month - 1) // 3 + 1)
        if precision is Precision.HALF:
            return DateValue.half(day.year, 1 if day.month <= 6 else 2)
        if precision is Precision.DECADE and day.year >= 10:
            return DateValue.decade(day.year)
        if precision is Precision.DECADE:
            return DateValue.of(day.year)
        if precision is Precision.CENTURY and day.year >= 100:
            return DateValue.century(day.year)
        if precision is Precision.CENTURY:
            return DateValue.of(day.year)
        if precision is Precision.SEASON and day.year < 9999:
            code = draw(st.sampled_from(["SP", "SU", "FA", "WI"]))
            return DateValue.season(day.year, code)
        if precision is Precision.SEASON:
            return DateValue.of(day.year)
        if precision is Precision.MONTH:
            return DateValue.of(day.year, day.month)
        if precision is Precision.WEEK:
            monday = day - dt.timedelta(days=day.weekday())  # 0001-01-01 is a Monday
            return DateValue(precision=Precision.WEEK, value=monday)
        if precision is Precision.WEEKEND and day.year < 9999:
            saturday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(days=5)
            return DateValue(precision=Precision.WEEKEND, value=saturday)
        if precision is Precision.DAY:
            return DateValue.of(day.year, day.month, day.day)
        moment = draw(
            st.datetimes(
                dt.datetime.combine(day, dt.time.min),
                dt.datetime.combine(day, dt.time.max),
                timezones=st.one_of(st.none(), _OFFSETS),
            )
        )
        return DateValue.from_date(moment)

    return build()


def article_dates() -> st.SearchStrategy[ArticleDate]:
    """Publication or update dates with every origin."""
    return st.builds(ArticleDate, value=date_values(), origin=st.sampled_from(DateOrigin))


def _span_in(draw: st.DrawFn, text: str) -> Span:
    return draw(spans(len(text)))


def date_mentions(text: str) -> st.SearchStrategy[DateMention]:
    """Date mentions of ``text``: each one's ``text`` is the characters it spans."""

    @st.composite
    def build(draw: st.DrawFn) -> DateMention:
        span = _span_in(draw, text)
        return DateMention(
            text=span.of(text),
            start=span.start,
            end=span.end,
            value=draw(st.none() | date_values()),
            anchor=draw(st.sampled_from(DATE_ANCHORS) | st.text(max_size=8)),
        )

    return build()


def actors(
    text_length: int | None = None, ids: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[Actor]:
    """Actors of every kind with names, aliases, roles and mentions in the text."""
    return st.builds(
        Actor,
        id=ids if ids is not None else st.text(min_size=1, max_size=6),
        name=st.text(max_size=20),
        kind=st.sampled_from(ActorKind),
        aliases=st.lists(st.text(max_size=10), max_size=3).map(tuple),
        roles=st.lists(st.text(max_size=10), max_size=2).map(tuple),
        mentions=st.lists(mentions(text_length), max_size=4).map(tuple),
    )


def quotes(
    text: str, actor_ids: tuple[str, ...] = (), ids: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[Quote]:
    """Quotes of ``text`` whose speaker and outlet, when set, are among ``actor_ids``."""
    who = st.none() | st.sampled_from(actor_ids) if actor_ids else st.none()
    opt_span = st.none() | spans(len(text))

    @st.composite
    def build(draw: st.DrawFn) -> Quote:
        span = _span_in(draw, text)
        said_on = draw(st.none() | date_values())
        return Quote(
            id=draw(ids if ids is not None else st.text(min_size=1, max_size=6)),
            text=span.of(text),
            start=span.start,
            end=span.end,
            speaker=draw(who),
            speaker_mention=draw(opt_span),
            cue=draw(st.none() | st.sampled_from(["said", "told", "according to"]) | st.text()),
            cue_span=draw(opt_span),
            said_on=said_on,
            said_on_span=draw(opt_span) if said_on is not None else None,
            reported_by=draw(who),
            partial=draw(st.booleans()),
            continues=draw(st.booleans()),
            attribution=draw(st.none() | attributions(len(text))),
        )

    return build()


def events(
    text: str, actor_ids: tuple[str, ...] = (), ids: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[Event]:
    """Events of ``text``: the trigger is the characters the event spans."""
    opt_span = st.none() | spans(len(text))

    @st.composite
    def build(draw: st.DrawFn) -> Event:
        span = _span_in(draw, text)
        participants = draw(st.lists(st.sampled_from(actor_ids), max_size=3)) if actor_ids else []
        return Event(
            id=draw(ids if ids is not None else st.text(min_size=1, max_size=6)),
            kind=draw(st.sampled_from(["meeting", "agreement", "visit", "statement"]) | st.text()),
            category=draw(
                st.sampled_from(["CONSULT", "AGREE", "ASSAULT", ""]) | st.text(max_size=8)
            ),
            mode=draw(st.sampled_from([None, "visit", "aerial"])),
            auxiliary=draw(st.sampled_from([None, *Auxiliary])),
            start=span.start,
            end=span.end,
            trigger=span.of(text),
            date=draw(st.none() | date_values()),
            date_span=draw(opt_span),
            location=draw(st.none() | st.text(max_size=12)),
            location_span=draw(opt_span),
            participants=tuple(participants),
            actors=tuple(participants[:1]),  # the first acts, the others receive
            recipients=tuple(participants[1:]),
            modality=draw(st.sampled_from(Modality)),
            mentions=tuple(draw(st.lists(spans(len(text)), max_size=3))),
        )

    return build()


def debris(source_length: int | None = None) -> st.SearchStrategy[Debris]:
    """Debris with a kind, its text and, sometimes, its place in the source."""
    return st.builds(
        Debris,
        kind=st.sampled_from(["counter", "share", "advertisement", "credit", "byline"])
        | st.text(max_size=8),
        text=st.text(max_size=30),
        source=st.none() | spans(source_length),
    )


def offset_maps(text_length: int | None = None) -> st.SearchStrategy[OffsetMap]:
    """Source maps inside a text of ``text_length`` characters: identity runs and replacements.

    Segments are sorted and disjoint in the text and in the source, with
    gaps on either side (text a rewrite inserted, source it dropped); a
    replacement makes its text characters from a source sequence of another
    length ("â€œ" → "“", "\\r\\n" → "\\n", "ﬁ" → "fi").
    """
    top = 10**6 if text_length is None else text_length

    @st.composite
    def build(draw: st.DrawFn) -> OffsetMap:
        cuts = sorted(draw(st.lists(st.integers(0, top), max_size=8, unique=True)))
        segments: list[tuple[int, ...]] = []
        source = draw(st.integers(0, 50))
        for lo, hi in zip(cuts[::2], cuts[1::2], strict=False):
            length = hi - lo
            source_length = draw(st.just(length) | st.integers(1, 4))
            if source_length == length:
                segments.append((lo, source, length))
            else:
                segments.append((lo, source, length, source_length))
            source += source_length + draw(st.integers(0, 20))
        return OffsetMap(segments=segments)

    return build()


def _unique_ids(prefix: str) -> st.SearchStrategy[list[str]]:
    readable = st.integers(1, 999).map(lambda n: f"{prefix}{n}")
    return st.lists(readable | st.text(min_size=1, max_size=4), max_size=5, unique=True)


@st.composite
def _articles(draw: st.DrawFn, max_blocks: int) -> Article:
    text, layout = draw(article_texts(max_blocks))
    n = len(text)
    actor_ids = tuple(draw(_unique_ids("a")))
    cast = [draw(actors(n, ids=st.just(i))) for i in actor_ids]
    quote_ids = draw(_unique_ids("q"))
    said = [draw(quotes(text, actor_ids, ids=st.just(i))) for i in quote_ids]
    event_ids = draw(_unique_ids("e"))
    happened = [draw(events(text, actor_ids, ids=st.just(i))) for i in event_ids]
    text_source = draw(st.none() | st.text(max_size=20))
    return Article(
        source=Source(path=text_source, url=draw(st.none() | st.text(max_size=20))),
        format=draw(st.sampled_from(["text", "html", "jsonld"]) | st.text(max_size=8)),
        text=text,
        title=draw(st.none() | st.text(max_size=30)),
        authors=tuple(draw(st.lists(st.text(max_size=15), max_size=3))),
        published=draw(st.none() | article_dates()),
        updated=draw(st.none() | article_dates()),
        language=draw(st.none() | st.sampled_from(["en", "de-AT", "fr"]) | st.text(max_size=5)),
        canonical_url=draw(st.none() | st.text(max_size=20)),
        site_name=draw(st.none() | st.text(max_size=10)),
        description=draw(st.none() | st.text(max_size=30)),
        tags=tuple(draw(st.lists(st.text(max_size=8), max_size=3))),
        blocks=layout,
        actors=tuple(cast),
        quotes=tuple(said),
        events=tuple(happened),
        dates=tuple(draw(st.lists(date_mentions(text), max_size=4))),
        debris=tuple(draw(st.lists(debris(), max_size=3))),
        source_map=draw(st.none() | offset_maps(n)),
    )


def articles(max_blocks: int = 4) -> st.SearchStrategy[Article]:
    """Whole, valid articles: every field set or not, every offset consistent.

    Quotes, date mentions and event triggers hold exactly the characters of
    the text they span; speakers, outlets and participants are ids of the
    article's actors; ids are unique; blocks are ordered and disjoint.  The
    text holds any Unicode, so these articles test JSON writers, exporters
    and indexes on what a parser may legitimately produce.
    """
    return _articles(max_blocks)
