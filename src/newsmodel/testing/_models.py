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
import functools

import attrs
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

# Speed: a composite defined inside a function is decorated again on every
# call (Hypothesis reads its source each time), and every new strategy object
# is validated on its first draw.  The composites below live at module level
# and take their parameters as arguments; strategies that depend only on a
# length or on a few hashable arguments are built once and cached.  The drawn
# values are the same as building them afresh.
_CACHE = 1024

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


# Short strings: news words, any Unicode text, and characters that break parsers.
_WORDS = st.one_of(
    st.sampled_from(_PROSE),
    st.text(max_size=12),
    st.sampled_from(["\n", "\r\n", "\u2028", "\x00", "\ufeff", "\u200b", "𝒜", "👍🏽", "e\u0301"]),
)
_PIECES = st.lists(_WORDS, min_size=1, max_size=8).map(" ".join)
_BLOCK_KINDS = st.sampled_from(BlockKind)


@st.composite
def _article_text(
    draw: st.DrawFn, pieces: st.SearchStrategy[list[str]]
) -> tuple[str, tuple[Block, ...]]:
    parts: list[str] = []
    out: list[Block] = []
    pos = 0
    for piece in draw(pieces):
        if parts:
            parts.append("\n\n")
            pos += 2
        kind = draw(_BLOCK_KINDS)
        out.append(Block(kind=kind, start=pos, end=pos + len(piece)))
        parts.append(piece)
        pos += len(piece)
    return "".join(parts), tuple(out)


def article_texts(max_blocks: int = 4) -> st.SearchStrategy[tuple[str, tuple[Block, ...]]]:
    """An article text and its blocks: pieces of text joined by blank lines, or no blocks.

    Any Unicode can appear (astral characters, combining marks, controls), so
    offsets are tested as Python string indices, not bytes or graphemes.
    """
    return _article_texts(max_blocks)


@functools.lru_cache(maxsize=_CACHE)
def _article_texts(max_blocks: int) -> st.SearchStrategy[tuple[str, tuple[Block, ...]]]:
    return _article_text(st.lists(_PIECES, max_size=max_blocks))


def spans(text_length: int | None = None) -> st.SearchStrategy[Span]:
    """Spans inside a text of ``text_length`` characters (any offsets when ``None``)."""
    return _spans(10**6 if text_length is None else text_length)


@st.composite
def _span(draw: st.DrawFn, top: int) -> Span:
    start = draw(st.integers(0, top))
    return Span(start=start, end=draw(st.integers(start, top)))


@functools.lru_cache(maxsize=_CACHE)
def _spans(top: int) -> st.SearchStrategy[Span]:
    return _span(top)


@functools.lru_cache(maxsize=_CACHE)
def _optional_spans(text_length: int) -> st.SearchStrategy[Span | None]:
    return st.none() | spans(text_length)


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
    return _date_values(tuple(precisions), min_value, max_value)


@functools.lru_cache(maxsize=_CACHE)
def _date_values(
    precisions: tuple[Precision, ...], min_value: dt.date, max_value: dt.date
) -> st.SearchStrategy[DateValue]:
    bounded = (min_value, max_value) != (dt.date.min, dt.date.max)
    usable = [p for p in precisions if not (bounded and p in REFERENCE_PRECISIONS)]
    return _date_value(st.sampled_from(usable or [Precision.DAY]), st.dates(min_value, max_value))


_SEASON_CODES = st.sampled_from(["SP", "SU", "FA", "WI"])


@st.composite
def _date_value(
    draw: st.DrawFn,
    precisions: st.SearchStrategy[Precision],
    days: st.SearchStrategy[dt.date],
) -> DateValue:
    precision = draw(precisions)
    day = draw(days)
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
        code = draw(_SEASON_CODES)
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


_ORIGINS = st.sampled_from(DateOrigin)


def article_dates() -> st.SearchStrategy[ArticleDate]:
    """Publication or update dates with every origin."""
    return _ARTICLE_DATES


_ARTICLE_DATES = st.builds(ArticleDate, value=date_values(), origin=_ORIGINS)
_OPTIONAL_DATES = st.none() | date_values()
_ANCHORS = st.sampled_from(DATE_ANCHORS) | st.text(max_size=8)


@st.composite
def _date_mention(draw: st.DrawFn, text: str) -> DateMention:
    span = draw(spans(len(text)))
    return DateMention(
        text=span.of(text),
        start=span.start,
        end=span.end,
        value=draw(_OPTIONAL_DATES),
        anchor=draw(_ANCHORS),
    )


def date_mentions(text: str) -> st.SearchStrategy[DateMention]:
    """Date mentions of ``text``: each one's ``text`` is the characters it spans."""
    return _date_mention(text)


_ACTOR_IDS = st.text(min_size=1, max_size=6)


def actors(
    text_length: int | None = None, ids: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[Actor]:
    """Actors of every kind with names, aliases, roles and mentions in the text."""
    return _actor(text_length, _ACTOR_IDS if ids is None else ids)


@st.composite
def _actor(draw: st.DrawFn, text_length: int | None, ids: st.SearchStrategy[str]) -> Actor:
    return Actor(
        id=draw(ids),
        name=draw(_NAMES),
        kind=draw(_ACTOR_KINDS),
        aliases=draw(_ALIASES),
        roles=draw(_ROLES),
        mentions=draw(_mention_lists(text_length)),
    )


@functools.lru_cache(maxsize=_CACHE)
def _mention_lists(text_length: int | None) -> st.SearchStrategy[tuple[Mention, ...]]:
    return st.lists(mentions(text_length), max_size=4).map(tuple)


_NAMES = st.text(max_size=20)
_ACTOR_KINDS = st.sampled_from(ActorKind)
_ALIASES = st.lists(st.text(max_size=10), max_size=3).map(tuple)
_ROLES = st.lists(st.text(max_size=10), max_size=2).map(tuple)
_CUES = st.none() | st.sampled_from(["said", "told", "according to"]) | st.text()


@st.composite
def _quote(
    draw: st.DrawFn, text: str, who: st.SearchStrategy[str | None], ids: st.SearchStrategy[str]
) -> Quote:
    span = draw(spans(len(text)))
    opt_span = _optional_spans(len(text))
    said_on = draw(_OPTIONAL_DATES)
    return Quote(
        id=draw(ids),
        text=span.of(text),
        start=span.start,
        end=span.end,
        speaker=draw(who),
        speaker_mention=draw(opt_span),
        cue=draw(_CUES),
        cue_span=draw(opt_span),
        said_on=said_on,
        said_on_span=draw(opt_span) if said_on is not None else None,
        reported_by=draw(who),
        partial=draw(st.booleans()),
        continues=draw(st.booleans()),
        attribution=draw(_optional_attributions(len(text))),
    )


@functools.lru_cache(maxsize=_CACHE)
def _optional_attributions(text_length: int) -> st.SearchStrategy[Attribution | None]:
    return st.none() | attributions(text_length)


def _who(actor_ids: tuple[str, ...]) -> st.SearchStrategy[str | None]:
    return st.none() | st.sampled_from(actor_ids) if actor_ids else st.none()


def quotes(
    text: str, actor_ids: tuple[str, ...] = (), ids: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[Quote]:
    """Quotes of ``text`` whose speaker and outlet, when set, are among ``actor_ids``."""
    return _quote(text, _who(actor_ids), _ACTOR_IDS if ids is None else ids)


_EVENT_KINDS = st.sampled_from(["meeting", "agreement", "visit", "statement"]) | st.text()
_CATEGORIES = st.sampled_from(["CONSULT", "AGREE", "ASSAULT", ""]) | st.text(max_size=8)
_MODES = st.sampled_from([None, "visit", "aerial"])
_AUXILIARIES = st.sampled_from([None, *Auxiliary])
_LOCATIONS = st.none() | st.text(max_size=12)
_MODALITIES = st.sampled_from(Modality)


@st.composite
def _event(
    draw: st.DrawFn, text: str, actor_ids: tuple[str, ...], ids: st.SearchStrategy[str]
) -> Event:
    span = draw(spans(len(text)))
    opt_span = _optional_spans(len(text))
    participants = draw(st.lists(st.sampled_from(actor_ids), max_size=3)) if actor_ids else []
    return Event(
        id=draw(ids),
        kind=draw(_EVENT_KINDS),
        category=draw(_CATEGORIES),
        mode=draw(_MODES),
        auxiliary=draw(_AUXILIARIES),
        start=span.start,
        end=span.end,
        trigger=span.of(text),
        date=draw(_OPTIONAL_DATES),
        date_span=draw(opt_span),
        location=draw(_LOCATIONS),
        location_span=draw(opt_span),
        participants=tuple(participants),
        actors=tuple(participants[:1]),  # the first acts, the others receive
        recipients=tuple(participants[1:]),
        modality=draw(_MODALITIES),
        mentions=tuple(draw(_span_lists(len(text)))),
    )


@functools.lru_cache(maxsize=_CACHE)
def _span_lists(text_length: int) -> st.SearchStrategy[list[Span]]:
    return st.lists(spans(text_length), max_size=3)


def events(
    text: str, actor_ids: tuple[str, ...] = (), ids: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[Event]:
    """Events of ``text``: the trigger is the characters the event spans."""
    return _event(text, actor_ids, _ACTOR_IDS if ids is None else ids)


def debris(source_length: int | None = None) -> st.SearchStrategy[Debris]:
    """Debris with a kind, its text and, sometimes, its place in the source."""
    return _debris(source_length)


@functools.lru_cache(maxsize=_CACHE)
def _debris(source_length: int | None) -> st.SearchStrategy[Debris]:
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
    return _offset_maps(10**6 if text_length is None else text_length)


@functools.lru_cache(maxsize=_CACHE)
def _offset_maps(top: int) -> st.SearchStrategy[OffsetMap]:
    return _offset_map(st.lists(st.integers(0, top), max_size=8, unique=True))


_SOURCE_STARTS = st.integers(0, 50)
_SOURCE_LENGTHS = st.integers(1, 4)
_SOURCE_GAPS = st.integers(0, 20)


@st.composite
def _offset_map(draw: st.DrawFn, cut_lists: st.SearchStrategy[list[int]]) -> OffsetMap:
    cuts = sorted(draw(cut_lists))
    segments: list[tuple[int, ...]] = []
    source = draw(_SOURCE_STARTS)
    for lo, hi in zip(cuts[::2], cuts[1::2], strict=False):
        length = hi - lo
        source_length = draw(st.just(length) | _SOURCE_LENGTHS)
        if source_length == length:
            segments.append((lo, source, length))
        else:
            segments.append((lo, source, length, source_length))
        source += source_length + draw(_SOURCE_GAPS)
    return OffsetMap(segments=segments)


def _unique_ids(prefix: str) -> st.SearchStrategy[list[str]]:
    readable = st.integers(1, 999).map(lambda n: f"{prefix}{n}")
    return st.lists(readable | st.text(min_size=1, max_size=4), max_size=5, unique=True)


_IDS = {prefix: _unique_ids(prefix) for prefix in "aqe"}
_PATHS = st.none() | st.text(max_size=20)
_FORMATS = st.sampled_from(["text", "html", "jsonld"]) | st.text(max_size=8)
_TITLES = st.none() | st.text(max_size=30)
_AUTHORS = st.lists(st.text(max_size=15), max_size=3)
_OPTIONAL_ARTICLE_DATES = st.none() | _ARTICLE_DATES
_LANGUAGES = st.none() | st.sampled_from(["en", "de-AT", "fr"]) | st.text(max_size=5)
_SITE_NAMES = st.none() | st.text(max_size=10)
_TAGS = st.lists(st.text(max_size=8), max_size=3)
_DEBRIS_LISTS = st.lists(debris(), max_size=3)


@st.composite
def _articles(draw: st.DrawFn, max_blocks: int) -> Article:
    text, layout = draw(article_texts(max_blocks))
    n = len(text)
    actor_ids = tuple(draw(_IDS["a"]))
    cast = [draw(actors(n, ids=st.just(i))) for i in actor_ids]
    if len(cast) >= 3 and draw(st.booleans()):
        # A group of some of the others ("A and B said"): consists_of names them.
        others = actor_ids[1:]
        members = draw(st.lists(st.sampled_from(others), min_size=1, max_size=3, unique=True))
        cast[0] = attrs.evolve(cast[0], kind=ActorKind.GROUP, consists_of=tuple(members))
    quote_ids = draw(_IDS["q"])
    said = [draw(quotes(text, actor_ids, ids=st.just(i))) for i in quote_ids]
    event_ids = draw(_IDS["e"])
    happened = [draw(events(text, actor_ids, ids=st.just(i))) for i in event_ids]
    text_source = draw(_PATHS)
    return Article(
        source=Source(path=text_source, url=draw(_PATHS)),
        format=draw(_FORMATS),
        text=text,
        title=draw(_TITLES),
        authors=tuple(draw(_AUTHORS)),
        published=draw(_OPTIONAL_ARTICLE_DATES),
        updated=draw(_OPTIONAL_ARTICLE_DATES),
        language=draw(_LANGUAGES),
        canonical_url=draw(_PATHS),
        site_name=draw(_SITE_NAMES),
        description=draw(_TITLES),
        tags=tuple(draw(_TAGS)),
        blocks=layout,
        actors=tuple(cast),
        quotes=tuple(said),
        events=tuple(happened),
        dates=tuple(draw(st.lists(date_mentions(text), max_size=4))),
        debris=tuple(draw(_DEBRIS_LISTS)),
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
