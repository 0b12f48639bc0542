"""Actors: the people, organisations, outlets, groups and places an article names."""

from __future__ import annotations

import enum
from collections.abc import Iterable

from attrs import field, frozen
from attrs.validators import deep_iterable, instance_of

from newsmodel._model import _convert
from newsmodel._model.spans import Mention, mention_tuple

__all__ = ["Actor", "ActorKind"]


class ActorKind(enum.StrEnum):
    """What kind of actor."""

    PERSON = "person"
    ORGANIZATION = "organization"  #: companies, ministries, agencies, governments, parties
    OUTLET = "outlet"  #: news outlets, agencies and platforms: "Reuters", "Truth Social"
    GROUP = "group"  #: unnamed or collective sources: "analysts", "a senior official"
    PLACE = "place"  #: countries, cities, regions
    UNKNOWN = "unknown"


def _actor_kind(value: str) -> ActorKind:
    # A member as it is: calling the enum class costs a Python-level look-up, and
    # this runs for every object built.
    return value if isinstance(value, ActorKind) else ActorKind(value)


_str_tuple = deep_iterable(member_validator=instance_of(str), iterable_validator=instance_of(tuple))


@frozen(kw_only=True)
class Actor:
    """Someone or something the article names, with every place it is mentioned.

    ``name`` is the fullest form the article uses; ``aliases`` are the other
    forms ("Putin", "Mr. Putin"); ``roles`` are titles and functions given to
    the actor ("Russian President", "Kremlin spokesman").  ``id`` is unique
    within its article.  ``consists_of`` names the actors a group is made of,
    by id: the two senators of "Sen. Ana Ruiz and Sen. Tom Hale said in a
    joint statement", or the lead author of "Dr. Ana Ruiz and colleagues"
    (empty for every other actor).
    """

    id: str = field(validator=_convert.exactly(str))
    name: str = field(validator=_convert.exactly(str))
    kind: ActorKind = field(converter=_actor_kind)
    aliases: tuple[str, ...] = field(
        default=(), converter=_convert.strings, validator=_convert.each(str)
    )
    roles: tuple[str, ...] = field(
        default=(), converter=_convert.strings, validator=_convert.each(str)
    )
    mentions: tuple[Mention, ...] = field(
        default=(),
        converter=mention_tuple,
        validator=_convert.each(Mention),
    )
    consists_of: tuple[str, ...] = field(
        default=(), converter=_convert.strings, validator=_convert.each(str)
    )

    @property
    def names(self) -> tuple[str, ...]:
        """The name followed by every alias."""
        return (self.name, *self.aliases)


def actor_tuple(value: Iterable[Actor]) -> tuple[Actor, ...]:
    """A converter: any iterable of Actor objects as a tuple."""
    return tuple(value)
