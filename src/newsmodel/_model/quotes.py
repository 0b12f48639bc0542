"""Quotes: who said what, where in the text, and when."""

from __future__ import annotations

from collections.abc import Iterable

from attrs import field, frozen

from newsmodel._model import _convert
from newsmodel._model.dates import DateValue
from newsmodel._model.spans import Span, check_end, check_offset

__all__ = ["Attribution", "Quote"]

_is = _convert.exactly
_str = _is(str)
_bool = _is(bool)
_opt_span = _is(Span, nullable=True)
_opt_str = _is(str, nullable=True)


@frozen(kw_only=True)
class Attribution:
    """Why a quote has its speaker: the rule that chose it and the mention it rests on.

    - ``rule``: the name of the attribution rule that decided, for example
      ``"cue-after"`` ("…," she said), ``"pronoun"`` or ``"continuation"``
      (a follow-up quote with no cue of its own).  The built-in rules are
      listed in ``docs/model.md``; plugins that replace the quotes stage may
      use their own names.
    - ``antecedent``: where the speaker is named when the quote's
      ``speaker_mention`` only refers to them (a pronoun, a description such
      as "the doctor", or the cue of an earlier quote): the named mention the
      reference was resolved to.  ``None`` when the speaker mention itself
      names the speaker, or when there is no mention.
    """

    rule: str = field(validator=_str)
    antecedent: Span | None = field(default=None, validator=_opt_span)


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
    - ``attribution``: why the quote has its speaker (see :class:`Attribution`);
      ``None`` for a quote the analysis did not attribute.
    """

    id: str = field(validator=_str)
    text: str = field(validator=_str)
    start: int = field(validator=check_offset)
    end: int = field(validator=check_end)
    speaker: str | None = field(default=None, validator=_opt_str)
    speaker_mention: Span | None = field(default=None, validator=_opt_span)
    cue: str | None = field(default=None, validator=_opt_str)
    cue_span: Span | None = field(default=None, validator=_opt_span)
    said_on: DateValue | None = field(default=None, validator=_is(DateValue, nullable=True))
    said_on_span: Span | None = field(default=None, validator=_opt_span)
    reported_by: str | None = field(default=None, validator=_opt_str)
    partial: bool = field(default=False, validator=_bool)
    continues: bool = field(default=False, validator=_bool)
    attribution: Attribution | None = field(default=None, validator=_is(Attribution, nullable=True))

    @property
    def span(self) -> Span:
        """The quoted words as a :class:`Span`."""
        return Span(start=self.start, end=self.end)


def quote_tuple(value: Iterable[Quote]) -> tuple[Quote, ...]:
    """A converter: any iterable of Quote objects as a tuple."""
    return tuple(value)
