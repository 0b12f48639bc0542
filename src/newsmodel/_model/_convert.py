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
    return deep_iterable(member_validator=instance_of(kind), iterable_validator=instance_of(tuple))
