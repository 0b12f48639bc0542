"""Quotes: who said what, where in the text, and when."""

from __future__ import annotations

from collections.abc import Iterable

from attrs import field, frozen
from attrs.validators import ge, instance_of, optional

from newsmodel._model.dates import DateValue
from newsmodel._model.spans import Span, check_span

__all__ = ["Quote"]

_offset = [instance_of(int), ge(0)]
_opt_span = optional(instance_of(Span))
_opt_str = optional(instance_of(str))


@frozen(kw_only=True)
class Quote:
    """Words the article attributes to a speaker, ``text == article.text[start:end]``.

    - ``speaker``: the id of the speaking actor (possibly an unnamed group such
      as "a senior official"); ``None`` when the quote cannot be attributed.
    - ``speaker_mention``: the words of the attribution that name the speaker,
      which may be a pronoun ("he") or a description ("the spokesman").
    - ``cue``: the reporting words ("said", "according to") and ``cue_span``
      where they stand.
    - ``said_on``: when the text says the words were said, with the date
      expression's span; not the publication date.
    - ``reported_by``: the id of the outlet the article credits ("per CNN").
    - ``partial``: the quote is a fragment inside the author's own sentence.
    - ``continues``: a later paragraph of a multi-paragraph quote.
    """

    id: str = field(validator=instance_of(str))
    text: str = field(validator=instance_of(str))
    start: int = field(validator=_offset)
    end: int = field(validator=[*_offset, check_span])
    speaker: str | None = field(default=None, validator=_opt_str)
    speaker_mention: Span | None = field(default=None, validator=_opt_span)
    cue: str | None = field(default=None, validator=_opt_str)
    cue_span: Span | None = field(default=None, validator=_opt_span)
    said_on: DateValue | None = field(default=None, validator=optional(instance_of(DateValue)))
    said_on_span: Span | None = field(default=None, validator=_opt_span)
    reported_by: str | None = field(default=None, validator=_opt_str)
    partial: bool = field(default=False, validator=instance_of(bool))
    continues: bool = field(default=False, validator=instance_of(bool))

    @property
    def span(self) -> Span:
        """The quoted words as a :class:`Span`."""
        return Span(start=self.start, end=self.end)


def quote_tuple(value: Iterable[Quote]) -> tuple[Quote, ...]:
    """A converter: any iterable of Quote objects as a tuple."""
    return tuple(value)
