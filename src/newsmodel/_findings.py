"""What the analysis stages have found so far in a document."""

from __future__ import annotations

from attrs import field, frozen
from attrs.validators import deep_iterable, instance_of, optional

from newsmodel._model import Actor, DateMention, DateValue, Event, Quote

__all__ = ["Findings"]


@frozen(kw_only=True)
class Findings:
    """The results of the analysis stages, passed from one stage to the next.

    ``reference`` is the date relative expressions are resolved against (the
    publication date).  Each stage returns a copy with its own part filled in
    (``attrs.evolve(findings, quotes=...)``); later stages read earlier parts.
    """

    reference: DateValue | None = field(default=None, validator=optional(instance_of(DateValue)))
    dates: tuple[DateMention, ...] = field(
        default=(),
        converter=tuple,
        validator=deep_iterable(member_validator=instance_of(DateMention)),
    )
    actors: tuple[Actor, ...] = field(
        default=(), converter=tuple, validator=deep_iterable(member_validator=instance_of(Actor))
    )
    quotes: tuple[Quote, ...] = field(
        default=(), converter=tuple, validator=deep_iterable(member_validator=instance_of(Quote))
    )
    events: tuple[Event, ...] = field(
        default=(), converter=tuple, validator=deep_iterable(member_validator=instance_of(Event))
    )
