"""Converters and validators the model's classes share.

The typed converter of each model class's tuples (``mention_tuple``,
``actor_tuple``, ...) lives beside the class, so that this module imports no
model module and the model's imports go one way.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import repeat
from typing import Any

from attrs.validators import deep_iterable, instance_of, optional


def strings(value: Iterable[str]) -> tuple[str, ...]:
    """A tuple of strings; a lone string is refused rather than split into characters."""
    if isinstance(value, str):
        raise TypeError("expected a sequence of strings, got a single string")
    return tuple(value)


def exactly(kind: type, *, nullable: bool = False) -> Any:
    """attrs validator: ``instance_of(kind)``, or ``optional(instance_of(kind))`` when ``nullable``.

    The common case (a value of exactly ``kind``, or ``None``) is one test;
    anything else runs the attrs validator, so what passes and the errors are
    theirs.  Every model object built runs these (an index query builds quotes
    by the hundred, a parse builds actors and events by the dozen), and the
    attrs validators were half the cost of each.
    """
    full = optional(instance_of(kind)) if nullable else instance_of(kind)

    def check(instance: Any, attribute: Any, value: Any) -> None:
        if value.__class__ is not kind and not (nullable and value is None):
            full(instance, attribute, value)

    return check


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
        # map() over isinstance and repeat(): no Python-level generator frame per member.
        if value.__class__ is not tuple or not all(map(isinstance, value, repeat(self.kind))):
            self.slow(inst, attr, value)

    def __repr__(self) -> str:
        return repr(self.slow)
