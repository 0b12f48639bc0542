"""Events: who did what, where and when."""

from __future__ import annotations

import enum
from collections.abc import Iterable

from attrs import field, frozen
from attrs.validators import ge, instance_of, optional

from newsmodel._model import _convert
from newsmodel._model.dates import DateValue
from newsmodel._model.spans import Span, check_span, span_tuple

__all__ = ["Event", "Modality"]

_offset = [instance_of(int), ge(0)]
_opt_span = optional(instance_of(Span))


class Modality(enum.StrEnum):
    """Whether the text reports an event as having happened."""

    ASSERTED = "asserted"  #: it happened, or is happening
    NEGATED = "negated"  #: "did not meet"
    HYPOTHETICAL = "hypothetical"  #: "could meet", "if they meet"
    PROPOSED = "proposed"  #: "agreed to consider", "a proposed ceasefire", "plans to visit"
    FUTURE = "future"  #: "will meet"


@frozen(kw_only=True)
class Event:
    """Something that happened, reported in the text.

    ``kind`` comes from newsmodel's event vocabulary (``meeting``,
    ``agreement``, ``visit``, ``statement``, ``military``, ...) and
    ``category`` is its PLOVER category (``CONSULT``, ``AGREE``, ``ASSAULT``,
    ...).  ``start``/``end`` span the trigger word; ``mentions`` list every
    trigger when the same event is mentioned more than once.  ``participants``
    are actor ids.
    """

    id: str = field(validator=instance_of(str))
    kind: str = field(validator=instance_of(str))
    category: str = field(validator=instance_of(str))
    start: int = field(validator=_offset)
    end: int = field(validator=[*_offset, check_span])
    trigger: str = field(validator=instance_of(str))
    date: DateValue | None = field(default=None, validator=optional(instance_of(DateValue)))
    date_span: Span | None = field(default=None, validator=_opt_span)
    location: str | None = field(default=None, validator=optional(instance_of(str)))
    location_span: Span | None = field(default=None, validator=_opt_span)
    participants: tuple[str, ...] = field(
        default=(),
        converter=_convert.strings,
        validator=_convert.each(str),
    )
    modality: Modality = field(default=Modality.ASSERTED, converter=Modality)
    mentions: tuple[Span, ...] = field(
        default=(),
        converter=span_tuple,
        validator=_convert.each(Span),
    )

    @property
    def span(self) -> Span:
        """The trigger's characters as a :class:`Span`."""
        return Span(start=self.start, end=self.end)

    @property
    def factual(self) -> bool:
        """True when the text reports the event as having happened."""
        return self.modality is Modality.ASSERTED


def event_tuple(value: Iterable[Event]) -> tuple[Event, ...]:
    """A converter: any iterable of Event objects as a tuple."""
    return tuple(value)
