"""What the analysis stages have found so far in a document."""

from __future__ import annotations

from attrs import field, frozen
from attrs.validators import instance_of, optional

from newsmodel._model import Actor, DateMention, DateValue, Event, Quote, _convert
from newsmodel._model.actors import actor_tuple
from newsmodel._model.dates import date_mention_tuple
from newsmodel._model.events import event_tuple
from newsmodel._model.quotes import quote_tuple

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
        converter=date_mention_tuple,
        validator=_convert.each(DateMention),
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
