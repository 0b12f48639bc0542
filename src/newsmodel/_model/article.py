"""The article: text, layout, metadata and everything extracted from it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from attrs import field, frozen
from attrs.validators import deep_iterable, instance_of, optional

from newsmodel._model import _convert
from newsmodel._model.actors import Actor, ActorKind, actor_tuple
from newsmodel._model.blocks import Block, BlockKind, Debris, block_tuple, debris_tuple
from newsmodel._model.dates import ArticleDate, DateMention, date_mention_tuple
from newsmodel._model.events import Event, event_tuple
from newsmodel._model.quotes import Quote, quote_tuple
from newsmodel._model.spans import OffsetMap

__all__ = ["Article", "Source"]

_opt_str = optional(instance_of(str))


def _tuple_of(kind: type) -> tuple[object, object]:
    return tuple, deep_iterable(member_validator=instance_of(kind))


@frozen(kw_only=True)
class Source:
    """Where an article came from: a file path, an address, or both."""

    path: str | None = field(default=None, validator=_opt_str)
    url: str | None = field(default=None, validator=_opt_str)


@frozen(kw_only=True)
class Article:
    """A news article as a typed model.

    Every span in ``blocks``, ``actors``, ``quotes``, ``events`` and ``dates``
    indexes :attr:`text`, and construction checks it: an :class:`Article`
    whose offsets do not point at the text they claim cannot exist.
    ``format`` names the plugin that read the source.
    """

    source: Source = field(validator=instance_of(Source))
    format: str = field(validator=instance_of(str))
    text: str = field(validator=instance_of(str))
    title: str | None = field(default=None, validator=_opt_str)
    authors: tuple[str, ...] = field(
        default=(),
        converter=_convert.strings,
        validator=_convert.each(str),
    )
    published: ArticleDate | None = field(
        default=None, validator=optional(instance_of(ArticleDate))
    )
    updated: ArticleDate | None = field(default=None, validator=optional(instance_of(ArticleDate)))
    language: str | None = field(default=None, validator=_opt_str)
    canonical_url: str | None = field(default=None, validator=_opt_str)
    site_name: str | None = field(default=None, validator=_opt_str)
    description: str | None = field(default=None, validator=_opt_str)
    tags: tuple[str, ...] = field(
        default=(),
        converter=_convert.strings,
        validator=_convert.each(str),
    )
    blocks: tuple[Block, ...] = field(
        default=(),
        converter=block_tuple,
        validator=_convert.each(Block),
    )
    actors: tuple[Actor, ...] = field(
        default=(),
        converter=actor_tuple,
        validator=_convert.each(Actor),
    )
    quotes: tuple[Quote, ...] = field(
        default=(),
        converter=quote_tuple,
        validator=_convert.each(Quote),
    )
    events: tuple[Event, ...] = field(
        default=(),
        converter=event_tuple,
        validator=_convert.each(Event),
    )
    dates: tuple[DateMention, ...] = field(
        default=(),
        converter=date_mention_tuple,
        validator=_convert.each(DateMention),
    )
    debris: tuple[Debris, ...] = field(
        default=(),
        converter=debris_tuple,
        validator=_convert.each(Debris),
    )
    source_map: OffsetMap | None = field(default=None, validator=optional(instance_of(OffsetMap)))
    _actors_by_id: dict[str, Actor] = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        by_id = {a.id: a for a in self.actors}
        if len(by_id) != len(self.actors):
            raise ValueError("actor ids must be unique within an article")
        object.__setattr__(self, "_actors_by_id", by_id)
        _check_offsets(self)
        _check_references(self, by_id)

    def actor(self, actor_id: str | None) -> Actor | None:
        """The actor with this id, or ``None``."""
        return self._actors_by_id.get(actor_id) if actor_id is not None else None

    def speaker(self, quote: Quote) -> Actor | None:
        """The actor who said ``quote``, or ``None`` when it is unattributed."""
        return self.actor(quote.speaker)

    def blocks_of(self, *kinds: BlockKind) -> tuple[Block, ...]:
        """The blocks of the given kinds, in text order."""
        return tuple(b for b in self.blocks if b.kind in kinds)

    @property
    def body(self) -> str:
        """The body text without captions: paragraphs, headings, quotes, lists, tables."""
        keep = [b for b in self.blocks if b.kind is not BlockKind.CAPTION]
        return "\n\n".join(self.text[b.start : b.end] for b in keep)

    def quotes_by(self, actor_id: str) -> tuple[Quote, ...]:
        """The quotes whose speaker is the actor with this id."""
        return tuple(q for q in self.quotes if q.speaker == actor_id)


class _Ranged(Protocol):
    """Anything with an end offset: a span, or a block, mention, quote, event or date."""

    @property
    def end(self) -> int: ...


def _spans(article: Article) -> Iterable[tuple[str, _Ranged]]:
    # The objects themselves, not their .span: building and validating a Span for
    # each only to read its end cost ~1.5% of a parse.
    for b in article.blocks:
        yield "block", b
    for a in article.actors:
        for m in a.mentions:
            yield f"mention of {a.id}", m
    for q in article.quotes:
        yield f"quote {q.id}", q
        for name in ("speaker_mention", "cue_span", "said_on_span"):
            s = getattr(q, name)
            if s is not None:
                yield f"{name} of quote {q.id}", s
        if q.attribution is not None and q.attribution.antecedent is not None:
            yield f"attribution antecedent of quote {q.id}", q.attribution.antecedent
    for e in article.events:
        yield f"event {e.id}", e
        for s in (e.date_span, e.location_span, *e.mentions):
            if s is not None:
                yield f"span of event {e.id}", s
    for d in article.dates:
        yield "date", d


def _check_offsets(article: Article) -> None:
    n = len(article.text)
    for what, span in _spans(article):
        if span.end > n:
            raise ValueError(f"{what} ends at {span.end}, past the end of the text ({n})")
    for q in article.quotes:
        if article.text[q.start : q.end] != q.text:
            raise ValueError(f"quote {q.id} text does not match the article text at its offsets")
    for d in article.dates:
        if article.text[d.start : d.end] != d.text:
            raise ValueError(f"date {d.text!r} does not match the article text at its offsets")
    last = 0
    for b in article.blocks:
        if b.start < last:
            raise ValueError("blocks must be in text order and must not overlap")
        last = b.end


def _check_references(article: Article, by_id: dict[str, Actor]) -> None:
    def need(actor_id: str | None, what: str) -> None:
        if actor_id is not None and actor_id not in by_id:
            raise ValueError(f"{what} refers to unknown actor {actor_id!r}")

    for a in article.actors:
        if a.consists_of and a.kind is not ActorKind.GROUP:
            raise ValueError(f"actor {a.id} has members but is no group ({a.kind.value})")
        if len(set(a.consists_of)) != len(a.consists_of):
            raise ValueError(f"actor {a.id} lists a member twice")
        for member in a.consists_of:
            need(member, f"actor {a.id} consists_of")
            if member == a.id:
                raise ValueError(f"actor {a.id} cannot consist of itself")
    ids: set[str] = set()
    for q in article.quotes:
        need(q.speaker, f"quote {q.id} speaker")
        need(q.reported_by, f"quote {q.id} reported_by")
        ids.add(q.id)
    if len(ids) != len(article.quotes):
        raise ValueError("quote ids must be unique within an article")
    for e in article.events:
        for p in (*e.participants, *e.actors, *e.recipients):
            need(p, f"event {e.id} participant")
