"""Character spans: how everything extracted points back at the text."""

from __future__ import annotations

import bisect
import enum
from collections.abc import Iterable, Sequence

from attrs import field, frozen
from attrs.validators import ge, instance_of

__all__ = ["Mention", "MentionKind", "OffsetMap", "Span", "check_span"]


def check_span(instance: object, attribute: object, value: int) -> None:
    """attrs validator for an ``end`` field: it may not precede ``start``."""
    start = getattr(instance, "start")  # noqa: B009 - every spanned class names it so
    if value < start:
        raise ValueError(f"span end {value} precedes its start {start}")


_offset = [instance_of(int), ge(0)]


@frozen(kw_only=True)
class Span:
    """A half-open range ``[start, end)`` of Python string indices into a text."""

    start: int = field(validator=_offset)
    end: int = field(validator=[*_offset, check_span])

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


@frozen(kw_only=True)
class Mention:
    """One place in the text where an actor is mentioned."""

    start: int = field(validator=_offset)
    end: int = field(validator=[*_offset, check_span])
    kind: MentionKind = field(default=MentionKind.NAME, converter=MentionKind)

    @property
    def span(self) -> Span:
        """The mention's characters as a :class:`Span`."""
        return Span(start=self.start, end=self.end)


def _segments(value: Iterable[Sequence[int]]) -> tuple[tuple[int, int, int], ...]:
    out = []
    for seg in value:
        target, source, length = (int(x) for x in seg)
        if target < 0 or source < 0 or length <= 0:
            raise ValueError(f"bad offset map segment {tuple(seg)!r}")
        out.append((target, source, length))
    return tuple(out)


@frozen(kw_only=True)
class OffsetMap:
    """Maps offsets in a normalised text back to offsets in the original source.

    Stored as runs ``(text_offset, source_offset, length)`` inside which the
    mapping is the identity shifted by a constant; an offset between runs (text
    that was inserted by normalisation, such as a joining space) maps to the
    source position where the next run begins.  Plugins build it while they
    normalise, so provenance survives every rewrite.
    """

    segments: tuple[tuple[int, int, int], ...] = field(converter=_segments)
    _starts: tuple[int, ...] = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        starts = tuple(seg[0] for seg in self.segments)
        if any(b < a + n for (a, _, n), b in zip(self.segments, starts[1:], strict=False)):
            raise ValueError("offset map segments must be sorted and disjoint")
        object.__setattr__(self, "_starts", starts)

    def to_source(self, offset: int) -> int:
        """The source offset of text offset ``offset``."""
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0:
            target, source, length = self.segments[i]
            if offset < target + length:
                return source + offset - target
            if i + 1 < len(self.segments):
                return self.segments[i + 1][1]
            return source + length
        return self.segments[0][1] if self.segments else offset

    def span_to_source(self, span: Span) -> Span:
        """The source range a text span came from."""
        start = self.to_source(span.start)
        end = self.to_source(span.end - 1) + 1 if len(span) else start
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
