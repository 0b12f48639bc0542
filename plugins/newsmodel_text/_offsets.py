"""Offset bookkeeping: rewrites of a text that remember where each character came from.

A rewrite is described by *segments* ``(target, source, length,
source_length)``: the ``length`` characters at ``target`` in the new text
came from the ``source_length`` characters at ``source`` in the old one;
one for one when the lengths are equal (a copy), as a whole otherwise (a
replacement: "â€œ" → "“").  :class:`newsmodel.OffsetMap` takes them as they
are.  Rewrites chain with :func:`compose`, so the final text maps straight
to the decoded source however many passes it went through.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from attrs import frozen

__all__ = ["Mapped", "Segment", "SegmentWriter", "compose", "substitute"]

Segment = tuple[int, int, int, int]


class SegmentWriter:
    """Accumulates segments in order, merging copies that continue each other.

    A piece whose source overlaps the previous segment's (two pieces of the
    text made from one replacement) joins it into one replacement, so that
    segments stay disjoint in the source and a replacement is never split.
    """

    __slots__ = ("segments",)

    def __init__(self) -> None:
        self.segments: list[Segment] = []

    def add(self, target: int, source: int, length: int, source_length: int | None = None) -> None:
        """Record that ``length`` characters at ``target`` came from those at ``source``.

        ``source_length`` says how many source characters; it defaults to
        ``length``, a copy, character for character.
        """
        m = length if source_length is None else source_length
        if length <= 0 or m <= 0:
            return
        segments = self.segments
        if segments:
            t, s, n, k = segments[-1]
            if s <= source < s + k:  # the same source characters again: one replacement
                # (Should its lengths come out equal, it reads as a copy: the
                # layout cannot say otherwise, and no pass of this plugin makes one.)
                segments[-1] = (t, s, target + length - t, max(s + k, source + m) - s)
                return
            if n == k and length == m and t + n == target and s + n == source:
                segments[-1] = (t, s, n + length, k + m)
                return
        segments.append((target, source, length, m))


@frozen
class Mapped:
    """A text and the segments mapping its offsets to the text it was made from."""

    text: str
    segments: tuple[Segment, ...]

    @classmethod
    def identity(cls, text: str) -> Mapped:
        """A text that is its own source."""
        return cls(text, ((0, 0, len(text), len(text)),) if text else ())


def substitute(
    text: str, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str | None]
) -> Mapped | None:
    """Replace the matches of ``pattern`` by ``replace(match)``; ``None`` if nothing changed.

    ``replace`` returns the new text of a match, or ``None`` to keep it.  A
    replacement of the same length maps character for character, an empty one
    drops the match, and any other maps as a whole to the whole match.
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
        out.add(pos, start, len(new), end - start)
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
    stay unmapped in the result.  Replacements carry through whole: a copy
    of part of an inner replacement maps to all of its source, an outer
    replacement to everything its B characters came from, and two pieces
    made from one replacement become one.
    """
    starts = [seg[0] for seg in inner]
    out = SegmentWriter()
    for target, source, length, source_length in outer:
        pos, end = source, source + source_length
        i = max(bisect.bisect_right(starts, pos) - 1, 0)
        copy = length == source_length
        hull: tuple[int, int] | None = None  # the A range of an outer replacement
        while pos < end and i < len(inner):
            b_start, a_start, run, a_run = inner[i]
            if pos < b_start:  # a gap in ``inner``: skip to its next run
                pos = b_start
                continue
            if pos >= b_start + run:
                i += 1
                continue
            take = min(end, b_start + run) - pos
            if run == a_run:  # an inner copy: its A characters one for one
                a_lo, a_hi = a_start + pos - b_start, a_start + pos - b_start + take
            else:  # an inner replacement: all of its A characters, however little is used
                a_lo, a_hi = a_start, a_start + a_run
            if copy:
                out.add(target + pos - source, a_lo, take, a_hi - a_lo)
            else:
                hull = (a_lo, a_hi) if hull is None else (hull[0], a_hi)
            pos += take
            i += 1
        if hull is not None:
            out.add(target, hull[0], length, hull[1] - hull[0])
    return tuple(out.segments)
