"""Writing the article text: blocks of joined line pieces, with a map back to the lines."""

from __future__ import annotations

import re

from attrs import frozen

from newsmodel import Block, BlockKind
from newsmodel_text._joins import Join
from newsmodel_text._offsets import Segment, SegmentWriter

__all__ = ["Piece", "PlannedBlock", "TextBuilder"]

_INNER_SPACE = re.compile(r"[ \t]{2,}|\t")


@frozen
class Piece:
    """``normalised[start:end]``, joined to the piece before it by ``join``.

    ``gap`` is where the line break before the piece begins in the
    normalised text: the joining space maps there.
    """

    start: int
    end: int
    join: Join = Join.SPACE
    gap: int = 0


@frozen
class PlannedBlock:
    """A block to write: its kind and pieces."""

    kind: BlockKind
    pieces: tuple[Piece, ...]


class TextBuilder:
    """Writes blocks separated by blank lines, collapsing runs of spaces inside lines."""

    def __init__(self, normalised: str) -> None:
        self._source = normalised
        self._parts: list[str] = []
        self._pos = 0
        self._map = SegmentWriter()
        self.blocks: list[Block] = []

    def _emit(self, start: int, end: int) -> None:
        chunk = self._source[start:end]
        if "  " not in chunk and "\t" not in chunk:
            self._write(chunk, start)
            return
        done = start
        for run in _INNER_SPACE.finditer(chunk):
            a, b = start + run.start(), start + run.end()
            self._write(self._source[done:a], done)
            self._write(" ", a)
            done = b
        self._write(self._source[done:end], done)

    def _write(self, text: str, source: int | None) -> None:
        if not text:
            return
        if source is not None:
            self._map.add(self._pos, source, len(text))
        self._parts.append(text)
        self._pos += len(text)

    def add(self, block: PlannedBlock) -> None:
        """Append a block after a blank line."""
        if self.blocks:
            self._write("\n\n", None)
        start = self._pos
        for i, piece in enumerate(block.pieces):
            end = piece.end
            if i and piece.join is Join.SPACE:
                self._write(" ", piece.gap)
            if i + 1 < len(block.pieces) and block.pieces[i + 1].join is Join.DROP_HYPHEN:
                end -= 1  # the hyphen of a word broken across lines
            self._emit(piece.start, end)
        if self._pos > start:
            self.blocks.append(Block(kind=block.kind, start=start, end=self._pos))

    @property
    def text(self) -> str:
        """The text written so far."""
        return "".join(self._parts)

    @property
    def segments(self) -> tuple[Segment, ...]:
        """The map from the written text to the normalised text."""
        return tuple(self._map.segments)
