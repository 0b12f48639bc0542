"""Events: who did what, where and when."""

from __future__ import annotations

import enum
from collections.abc import Iterable

from attrs import field, frozen

from newsmodel._model import _convert
from newsmodel._model.dates import DateValue
from newsmodel._model.spans import Span, check_end, check_offset, span_tuple

__all__ = ["Auxiliary", "Event", "Modality"]

_opt_date = _convert.exactly(DateValue, nullable=True)

_opt_span = _convert.exactly(Span, nullable=True)


class Modality(enum.StrEnum):
    """Whether the text reports an event as having happened."""

    ASSERTED = "asserted"  #: it happened, or is happening
    NEGATED = "negated"  #: "did not meet"
    HYPOTHETICAL = "hypothetical"  #: "could meet", "if they meet"
    PROPOSED = "proposed"  #: "agreed to consider", "a proposed ceasefire", "plans to visit"
    FUTURE = "future"  #: "will meet"


class Auxiliary(enum.StrEnum):
    """PLOVER's auxiliary modes: how the text frames an event, recorded beside its type."""

    FUTURE = "future"  #: "will meet next month"
    HYPOTHETICAL = "hypothetical"  #: "could strike", "if they meet"
    NEGATION = "negation"  #: "did not attack"
    HISTORICAL = "historical"  #: "in 1995, militias massacred ..."


def _modality(value: str) -> Modality:
    # A member as it is: calling the enum class costs a Python-level look-up, and
    # this runs for every object built.
    return value if isinstance(value, Modality) else Modality(value)


def _auxiliary(value: object) -> Auxiliary | None:
    return None if value is None else Auxiliary(str(value))


@frozen(kw_only=True)
class Event:
    """Something that happened, reported in the text.

    ``category`` is one of the PLOVER manual's 16 event types (``AGREE``,
    ``CONSULT``, ``SUPPORT``, ``CONCEDE``, ``COOPERATE``, ``AID``, ``RETREAT``,
    ``REQUEST``, ``ACCUSE``, ``REJECT``, ``THREATEN``, ``PROTEST``,
    ``SANCTION``, ``MOBILIZE``, ``COERCE``, ``ASSAULT``) and ``mode`` one of
    that type's modes in the manual (``ASSAULT``: ``aerial``, ``firearms``,
    ...), or ``None``; ``auxiliary`` is PLOVER's auxiliary mode (future,
    hypothetical, negation, historical), recorded, never used to drop an
    event.  ``kind`` is newsmodel's own word for the type (``meeting``,
    ``visit``, ``agreement``, ``military``, ...).  ``start``/``end`` span the
    trigger word; ``mentions`` list every trigger when the same event is
    mentioned more than once.  ``actors`` (who acts) and ``recipients`` (who
    is acted on) are actor ids; ``participants`` are both, actors first.
    """

    id: str = field(validator=_convert.exactly(str))
    kind: str = field(validator=_convert.exactly(str))
    category: str = field(validator=_convert.exactly(str))
    start: int = field(validator=check_offset)
    end: int = field(validator=check_end)
    trigger: str = field(validator=_convert.exactly(str))
    date: DateValue | None = field(
        default=None, validator=_convert.exactly(DateValue, nullable=True)
    )
    date_span: Span | None = field(default=None, validator=_opt_span)
    location: str | None = field(default=None, validator=_convert.exactly(str, nullable=True))
    location_span: Span | None = field(default=None, validator=_opt_span)
    participants: tuple[str, ...] = field(
        default=(),
        converter=_convert.strings,
        validator=_convert.each(str),
    )
    modality: Modality = field(default=Modality.ASSERTED, converter=_modality)
    mentions: tuple[Span, ...] = field(
        default=(),
        converter=span_tuple,
        validator=_convert.each(Span),
    )
    mode: str | None = field(default=None, validator=_convert.exactly(str, nullable=True))
    auxiliary: Auxiliary | None = field(default=None, converter=_auxiliary)
    actors: tuple[str, ...] = field(
        default=(),
        converter=_convert.strings,
        validator=_convert.each(str),
    )
    recipients: tuple[str, ...] = field(
        default=(),
        converter=_convert.strings,
        validator=_convert.each(str),
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
