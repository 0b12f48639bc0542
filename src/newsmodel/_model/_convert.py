"""Typed converters for the model's tuple fields (named, so type checkers follow them)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from attrs.validators import deep_iterable, instance_of

if TYPE_CHECKING:
    from newsmodel._model.actors import Actor
    from newsmodel._model.blocks import Block, Debris
    from newsmodel._model.dates import DateMention
    from newsmodel._model.events import Event
    from newsmodel._model.quotes import Quote
    from newsmodel._model.spans import Mention, Span


def strings(value: Iterable[str]) -> tuple[str, ...]:
    """A tuple of strings; a lone string is refused rather than split into characters."""
    if isinstance(value, str):
        raise TypeError("expected a sequence of strings, got a single string")
    return tuple(value)


def spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(value)


def mentions(value: Iterable[Mention]) -> tuple[Mention, ...]:
    return tuple(value)


def blocks(value: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(value)


def debris(value: Iterable[Debris]) -> tuple[Debris, ...]:
    return tuple(value)


def actors(value: Iterable[Actor]) -> tuple[Actor, ...]:
    return tuple(value)


def quotes(value: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(value)


def events(value: Iterable[Event]) -> tuple[Event, ...]:
    return tuple(value)


def dates(value: Iterable[DateMention]) -> tuple[DateMention, ...]:
    return tuple(value)


def each(kind: type) -> Any:
    """A validator: a tuple whose every member is a ``kind``."""
    return deep_iterable(member_validator=instance_of(kind), iterable_validator=instance_of(tuple))
