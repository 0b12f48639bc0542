"""Converters and validators the model's classes share.

The typed converter of each model class's tuples (``mention_tuple``,
``actor_tuple``, ...) lives beside the class, so that this module imports no
model module and the model's imports go one way.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from attrs.validators import deep_iterable, instance_of


def strings(value: Iterable[str]) -> tuple[str, ...]:
    """A tuple of strings; a lone string is refused rather than split into characters."""
    if isinstance(value, str):
        raise TypeError("expected a sequence of strings, got a single string")
    return tuple(value)


def each(kind: type) -> Any:
    """A validator: a tuple whose every member is a ``kind``."""
    return _Each(kind)


class _Each:
    """:func:`each`: attrs' ``deep_iterable`` of ``instance_of``, with a fast path.

    It runs for every tuple of every model object built (each stage's
    findings re-check all actors): one ``isinstance`` a member here, and only
    a failure goes through attrs' validators, which raise their own errors.
    """

    __slots__ = ("kind", "slow")

    def __init__(self, kind: type) -> None:
        self.kind = kind
        self.slow = deep_iterable(
            member_validator=instance_of(kind), iterable_validator=instance_of(tuple)
        )

    def __call__(self, inst: Any, attr: Any, value: Any) -> None:
        kind = self.kind
        if value.__class__ is not tuple or not all(isinstance(v, kind) for v in value):
            self.slow(inst, attr, value)

    def __repr__(self) -> str:
        return repr(self.slow)
