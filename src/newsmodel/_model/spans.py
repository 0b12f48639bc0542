"""Character spans: how everything extracted points back at the text."""

from __future__ import annotations

import bisect
import enum
import itertools
from collections.abc import Iterable, Sequence
from typing import Any

from attrs import field, frozen
from attrs.validators import ge, instance_of

__all__ = [
    "Mention",
    "MentionKind",
    "OffsetMap",
    "Segment",
    "Span",
    "check_end",
    "check_offset",
    "check_span",
]


def check_span(instance: object, attribute: object, value: int) -> None:
    """attrs validator for an ``end`` field: it may not precede ``start``."""
    start = getattr(instance, "start")  # noqa: B009 - every spanned class names it so
    if value < start:
        raise ValueError(f"span end {value} precedes its start {start}")


_offset = [instance_of(int), ge(0)]
_offset_and_end = [*_offset, check_span]


def check_offset(instance: object, attribute: Any, value: int) -> None:
    """attrs validator for an offset: an ``int`` (``instance_of``), not negative (``ge(0)``).

    The common case (a plain non-negative ``int``) is one test; anything else
    runs the attrs validators, so errors and their messages are theirs.
    """
    if value.__class__ is not int or value < 0:
        for validate in _offset:
            validate(instance, attribute, value)


def check_end(instance: object, attribute: Any, value: int) -> None:
    """attrs validator for an ``end`` offset: :func:`check_offset`, then :func:`check_span`."""
    if value.__class__ is not int or value < 0 or value < getattr(instance, "start"):  # noqa: B009
        for validate in _offset_and_end:
            validate(instance, attribute, value)


@frozen(kw_only=True)
class Span:
    """A half-open range ``[start, end)`` of Python string indices into a text."""

    start: int = field(validator=check_offset)
    end: int = field(validator=check_end)

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        """The characters of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies entirely inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


class MentionKind(enum.StrEnum):
    """How an actor is referred to at one place in the text."""

    NAME = "name"  #: the full name, or the fullest form used there
    ALIAS = "alias"  #: a shorter or variant form: a surname, an acronym
    NOMINAL = "nominal"  #: a description: "the president", "the envoy"
    PRONOUN = "pronoun"  #: "he", "she", "they"


def _mention_kind(value: str) -> MentionKind:
    # A member as it is: calling the enum class costs a Python-level look-up, and
    # this runs for every object built.
    return value if isinstance(value, MentionKind) else MentionKind(value)


@frozen(kw_only=True)
class Mention:
    """One place in the text where an actor is mentioned."""

    start: int = field(validator=check_offset)
    end: int = field(validator=check_end)
    kind: MentionKind = field(default=MentionKind.NAME, converter=_mention_kind)

    @property
    def span(self) -> Span:
        """The mention's characters as a :class:`Span`."""
        return Span(start=self.start, end=self.end)


#: One segment of an :class:`OffsetMap`: ``(text_offset, source_offset, length)``
#: for an identity run, or ``(text_offset, source_offset, length, source_length)``
#: for a replacement.
Segment = tuple[int, int, int] | tuple[int, int, int, int]


def _segments(value: Iterable[Sequence[int]]) -> tuple[Segment, ...]:
    out: list[Segment] = []
    for seg in value:
        numbers = tuple(int(x) for x in seg)
        if len(numbers) == 3:
            target, source, length = numbers
            source_length = length
        elif len(numbers) == 4:
            target, source, length, source_length = numbers
        else:
            raise ValueError(f"an offset map segment has 3 or 4 numbers, not {tuple(seg)!r}")
        if target < 0 or source < 0 or length <= 0 or source_length <= 0:
            raise ValueError(f"bad offset map segment {tuple(seg)!r}")
        # Equal lengths are a copy: stored the compact way, so equal maps compare equal.
        if source_length == length:
            out.append((target, source, length))
        else:
            out.append((target, source, length, source_length))
    return tuple(out)


@frozen(kw_only=True)
class OffsetMap:
    """Maps offsets in a normalised text back to offsets in the original source.

    Stored as segments of two kinds, sorted and disjoint in the text and in
    the source:

    - an *identity run* ``(text_offset, source_offset, length)``: the
      ``length`` characters at ``text_offset`` are copies of those at
      ``source_offset`` (up to normalised spaces and line ends), one for one;
    - a *replacement* ``(text_offset, source_offset, length, source_length)``
      with ``source_length != length``: ``length`` text characters made from
      ``source_length`` source characters as a whole ("â€œ" repaired to "“",
      "\\r\\n" to "\\n"), with no finer correspondence inside.  A span never
      splits one: it maps to the whole source sequence.

    Text between segments (inserted by normalisation, such as the break
    between blocks) maps to the source position where the next segment
    begins; source between segments was dropped.  Plugins build the map while
    they normalise, so provenance survives every rewrite.
    """

    segments: tuple[Segment, ...] = field(converter=_segments)
    _starts: tuple[int, ...] = field(init=False, repr=False, eq=False)
    _runs: tuple[tuple[int, int, int, int], ...] = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        runs = tuple((s[0], s[1], s[2], s[3] if len(s) == 4 else s[2]) for s in self.segments)
        for (t, s, n, m), (t2, s2, _, _) in itertools.pairwise(runs):
            if t2 < t + n or s2 < s + m:
                raise ValueError(
                    "offset map segments must be sorted and disjoint in the text and the source"
                )
        object.__setattr__(self, "_starts", tuple(run[0] for run in runs))
        object.__setattr__(self, "_runs", runs)

    @property
    def runs(self) -> tuple[tuple[int, int, int, int], ...]:
        """Every segment as ``(text_offset, source_offset, length, source_length)``.

        ``source_length == length`` for an identity run.
        """
        return self._runs

    def to_source(self, offset: int) -> int:
        """The source offset of text offset ``offset``.

        Inside an identity run, the copied character's offset; inside a
        replacement, where its source sequence begins; between segments,
        where the next one begins (after the last, where the last one ends).
        """
        runs = self._runs
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0:
            target, source, length, source_length = runs[i]
            if offset < target + length:
                return source + offset - target if length == source_length else source
            if i + 1 < len(runs):
                return runs[i + 1][1]
            return source + source_length
        return runs[0][1] if runs else offset

    def _source_end(self, offset: int) -> int:
        """Where the source of text character ``offset`` ends (its start when it was inserted)."""
        if not self._runs:  # no segments: the text is taken as its own source
            return offset + 1
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0:
            target, source, length, source_length = self._runs[i]
            if offset < target + length:
                if length == source_length:
                    return source + offset - target + 1
                return source + source_length
        return self.to_source(offset)

    def span_to_source(self, span: Span) -> Span:
        """The source range a text span came from.

        A span that starts or ends inside a replacement takes its whole
        source sequence; text a rewrite inserted adds no source character.
        """
        start = self.to_source(span.start)
        end = self._source_end(span.end - 1) if len(span) else start
        return Span(start=start, end=max(start, end))

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a text that is its source, unchanged."""
        return cls(segments=[(0, 0, length)] if length else [])


def mention_tuple(value: Iterable[Mention]) -> tuple[Mention, ...]:
    """A converter: any iterable of Mention objects as a tuple."""
    return tuple(value)


def span_tuple(value: Iterable[Span]) -> tuple[Span, ...]:
    """A converter: any iterable of Span objects as a tuple."""
    return tuple(value)
