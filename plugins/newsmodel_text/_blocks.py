"""Lines to blocks: which breaks end a paragraph, and what each block is."""

from __future__ import annotations

from collections.abc import Sequence

from newsmodel import BlockKind
from newsmodel_text._build import Piece, PlannedBlock
from newsmodel_text._debris import LIST_MARKER, split_credit
from newsmodel_text._joins import Join, Spellings, join_kind, keeps_hyphen
from newsmodel_text._lines import Line
from newsmodel_text._reading import Reading
from newsmodel_text._shapes import (
    MARKDOWN_HEADING,
    completes,
    heading_bounds,
    is_caption,
    is_heading,
    lowercase_words,
    unfinished,
)
from newsmodel_text._style import Style, adjacent, is_full

__all__ = ["group_lines", "plan_blocks"]

#: The lines of one block, each with how it joins the line before it.
Group = list[tuple[int, Join]]


def _boundary(
    reading: Reading, style: Style, i: int, j: int, block_start: int, spellings: Spellings
) -> Join | None:
    """How body line ``j`` joins the block that line ``i`` ends, or ``None`` for a new block."""
    prev, cur = reading.lines[i], reading.lines[j]
    if LIST_MARKER.match(cur.text) or MARKDOWN_HEADING.match(cur.text):
        return None
    if MARKDOWN_HEADING.match(prev.text):
        return None
    touching = adjacent(reading, style, i, j)
    first = reading.lines[block_start]
    if LIST_MARKER.match(first.text):
        # A list item runs on only onto lines indented under it.
        return Join.SPACE if touching and cur.indent > first.indent else None
    join = join_kind(prev.text, cur.text)  # a sentence that runs on outweighs indentation
    if join is Join.DROP_HYPHEN and keeps_hyphen(prev.text, cur.text, spellings):
        return Join.GLUE
    if join is not None:
        return join
    if touching and style.starts_paragraph(prev, cur):
        return None
    continues = touching and style.continues_paragraph(cur)
    if continues and not is_heading(cur.text, sentence_case=False):  # evaluated only if needed
        return Join.SPACE
    if touching and style.width and is_full(prev, cur, style.width):
        return Join.SPACE
    if touching and unfinished(prev.text) and completes(cur.text):
        return Join.SPACE
    return None


def group_lines(reading: Reading, style: Style, body: Sequence[int]) -> list[Group]:
    """The body lines (indices into ``reading.lines``) grouped into blocks."""
    groups: list[Group] = []
    spellings = Spellings(reading.text)
    for n, j in enumerate(body):
        join = _boundary(reading, style, body[n - 1], j, groups[-1][0][0], spellings) if n else None
        if join is None:
            groups.append([(j, Join.SPACE)])
        else:
            groups[-1].append((j, join))
    return groups


def _pieces(reading: Reading, group: Group) -> list[Piece]:
    lines = reading.lines
    return [
        Piece(lines[j].start, lines[j].end, join, lines[j - 1].end if n else 0)
        for n, (j, join) in enumerate(group)
    ]


def _plan_single(
    reading: Reading, line: Line, common: frozenset[str], has_prev: bool, has_next: bool
) -> PlannedBlock:
    """The block a line that stands alone makes: list item, heading, caption or paragraph."""
    text = line.text
    marker = LIST_MARKER.match(text)
    if marker:
        return PlannedBlock(BlockKind.LIST_ITEM, (Piece(line.start + marker.end(), line.end),))
    if MARKDOWN_HEADING.match(text):
        start, end = heading_bounds(text)
        return PlannedBlock(BlockKind.HEADING, (Piece(line.start + start, line.start + end),))
    credit = split_credit(text)
    if credit is not None:
        caption_end = line.start + len(text[:credit].rstrip())
        reading.discard("credit", line.start + credit, line.end, text[credit:].strip())
        return PlannedBlock(BlockKind.CAPTION, (Piece(line.start, caption_end),))
    kind = BlockKind.PARAGRAPH
    if is_caption(text, common):
        kind = BlockKind.CAPTION
    elif has_next and is_heading(text, sentence_case=has_prev):
        kind = BlockKind.HEADING
    return PlannedBlock(kind, (Piece(line.start, line.end),))


def plan_blocks(reading: Reading, groups: Sequence[Group]) -> list[PlannedBlock]:
    """The blocks the groups make, each with its kind; credits in captions set aside."""
    body_text = " ".join(reading.lines[j].text for group in groups for j, _ in group)
    common = lowercase_words(body_text)
    planned = []
    for n, group in enumerate(groups):
        if len(group) == 1:
            line = reading.lines[group[0][0]]
            planned.append(_plan_single(reading, line, common, n > 0, n + 1 < len(groups)))
            continue
        pieces = _pieces(reading, group)
        first = reading.lines[group[0][0]]
        marker = LIST_MARKER.match(first.text)
        kind = BlockKind.PARAGRAPH
        if marker:
            kind = BlockKind.LIST_ITEM
            pieces[0] = Piece(first.start + marker.end(), first.end)
        planned.append(PlannedBlock(kind, tuple(pieces)))
    return _lists_are_not_headings(reading, groups, planned)


def _lists_are_not_headings(
    reading: Reading, groups: Sequence[Group], planned: list[PlannedBlock]
) -> list[PlannedBlock]:
    """Heading-like lines in a row are a list: its items after a line ending in ":"."""
    out = list(planned)

    def plain_heading(n: int) -> bool:
        line = reading.lines[groups[n][0][0]].text
        return out[n].kind is BlockKind.HEADING and not MARKDOWN_HEADING.match(line)

    n = 0
    while n < len(out):
        end = n
        while end < len(out) and plain_heading(end):
            end += 1
        if end - n >= 2:
            opener = out[n - 1] if n else None
            after_colon = opener is not None and reading.text[opener.pieces[-1].end - 1] == ":"
            kind = BlockKind.LIST_ITEM if after_colon else BlockKind.PARAGRAPH
            out[n:end] = [PlannedBlock(kind, block.pieces) for block in out[n:end]]
        n = max(end, n + 1)
    return out
