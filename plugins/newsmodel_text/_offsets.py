"""Offset bookkeeping: rewrites of a text that remember where each character came from.

A rewrite is described by *segments* ``(target, source, length)``: the
``length`` characters at ``target`` in the new text came from ``source`` in
the old one, the same layout as :class:`newsmodel.OffsetMap`.  Rewrites
chain with :func:`compose`, so the final text maps straight to the decoded
source however many passes it went through.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from attrs import frozen

__all__ = ["Mapped", "Segment", "SegmentWriter", "compose", "substitute"]

Segment = tuple[int, int, int]


class SegmentWriter:
    """Accumulates segments, merging runs that continue each other."""

    __slots__ = ("segments",)

    def __init__(self) -> None:
        self.segments: list[Segment] = []

    def add(self, target: int, source: int, length: int) -> None:
        """Record that ``length`` characters at ``target`` came from ``source``."""
        if length <= 0:
            return
        segments = self.segments
        if segments:
            t, s, n = segments[-1]
            if t + n == target and s + n == source:
                segments[-1] = (t, s, n + length)
                return
        segments.append((target, source, length))


@frozen
class Mapped:
    """A text and the segments mapping its offsets to the text it was made from."""

    text: str
    segments: tuple[Segment, ...]

    @classmethod
    def identity(cls, text: str) -> Mapped:
        """A text that is its own source."""
        return cls(text, ((0, 0, len(text)),) if text else ())


def substitute(
    text: str, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str | None]
) -> Mapped | None:
    """Replace the matches of ``pattern`` by ``replace(match)``; ``None`` if nothing changed.

    ``replace`` returns the new text of a match, or ``None`` to keep it.  A
    replacement of the same length maps character for character; any other
    maps each of its characters to where the match began.
    """
    pieces: list[str] = []
    out = SegmentWriter()
    done = 0  # how much of ``text`` has been copied or replaced
    pos = 0  # length of the output so far
    for match in pattern.finditer(text):
        new = replace(match)
        if new is None:
            continue
        start, end = match.span()
        if start > done:
            pieces.append(text[done:start])
            out.add(pos, done, start - done)
            pos += start - done
        if len(new) == end - start:
            out.add(pos, start, len(new))
        else:
            for i in range(len(new)):
                out.add(pos + i, start, 1)
        pieces.append(new)
        pos += len(new)
        done = end
    if not pieces:
        return None
    if done < len(text):
        pieces.append(text[done:])
        out.add(pos, done, len(text) - done)
    return Mapped("".join(pieces), tuple(out.segments))


def compose(outer: Sequence[Segment], inner: Sequence[Segment]) -> tuple[Segment, ...]:
    """Chain two maps: ``outer`` (C → B) after ``inner`` (B → A) gives C → A.

    Characters of B that ``inner`` does not map (text a rewrite inserted)
    stay unmapped in the result.
    """
    starts = [seg[0] for seg in inner]
    out = SegmentWriter()
    for target, source, length in outer:
        pos, end = source, source + length
        i = max(bisect.bisect_right(starts, pos) - 1, 0)
        while pos < end and i < len(inner):
            b_start, a_start, run = inner[i]
            if pos < b_start:  # a gap in ``inner``: skip to its next run
                pos = b_start
                continue
            if pos >= b_start + run:
                i += 1
                continue
            take = min(end, b_start + run) - pos
            out.add(target + pos - source, a_start + pos - b_start, take)
            pos += take
            i += 1
    return tuple(out.segments)
