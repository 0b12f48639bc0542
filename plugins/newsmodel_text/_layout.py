"""Reading a decoded dump: header, debris, paragraphs, headings and captions.

The reading goes line by line over the normalised text:

1. every line that is debris or metadata (a byline, a date line) is set
   aside, kept as :class:`Debris`;
2. the header gives the tag line, the title and a standfirst;
3. the remaining lines are joined into blocks: a break is kept unless the
   sentence clearly runs on (:mod:`newsmodel_text._joins`), the line was
   wrapped at the document's width, or, in indented dumps, the next line
   is not indented;
4. short single-line blocks become headings and captions.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from attrs import define, field

from newsmodel import (
    ArticleDate,
    BlockKind,
    DateOrigin,
    DateValue,
    Debris,
    Document,
    OffsetMap,
    Precision,
    Span,
    find_dates,
)
from newsmodel_text._build import Piece, PlannedBlock, TextBuilder
from newsmodel_text._debris import LIST_MARKER, debris_kind, is_list_header, split_credit
from newsmodel_text._joins import Join, join_kind, keeps_hyphen
from newsmodel_text._lines import Line, split_lines, words
from newsmodel_text._meta import MetaLine, read_dateline, read_meta_line
from newsmodel_text._normalize import normalize
from newsmodel_text._offsets import compose
from newsmodel_text._shapes import (
    MARKDOWN_HEADING,
    is_caption,
    is_heading,
    is_tag,
    is_title,
    lowercase_words,
)

__all__ = ["read_layout"]

#: The widest line a hard-wrapped dump is taken to have.
MAX_WRAP_WIDTH = 160
#: How far short of the width most wrapped lines end.
WRAP_SLACK = 15
#: How much of the text the year of a dateline without one is looked for in.
YEAR_CONTEXT = 3000
_SENTENCE_END = (".", "!", "?", '"', "”", "’", ":", ")")
_LINK_ITEM_WORDS = 20
_CLOSING_MARKS = re.compile(r"\s+#+\s*$")

Role = str | MetaLine | None


@define
class _Style:
    """How the dump lays out paragraphs."""

    width: int | None = None  #: the wrap width of a hard-wrapped dump
    blank_lines_wrap: bool = False  #: even wrapped lines are separated by blank lines
    indented: bool = False  #: paragraphs start with an indented line


@define
class _Header:
    title: int | None = None
    tag: int | None = None
    standfirst: int | None = None


@define
class _Reading:
    """What the reading of one dump has found so far."""

    text: str
    to_source: OffsetMap
    lines: list[Line]
    roles: list[Role]
    debris: list[Debris] = field(factory=list)

    def discard(self, kind: str, start: int, end: int, text: str | None = None) -> None:
        span = self.to_source.span_to_source(Span(start=start, end=end))
        found = text if text is not None else self.text[start:end]
        self.debris.append(Debris(kind=kind, text=found, source=span))

    def blank_between(self, i: int, j: int) -> bool:
        """Whether a blank line stands between lines ``i`` and ``j`` (``i < j``)."""
        return self.lines[j].number - self.lines[i].number != j - i


def _roles(lines: Sequence[Line]) -> list[Role]:
    roles: list[Role] = []
    for line in lines:
        kind = debris_kind(line.text)
        if kind is None and is_list_header(line.text):
            kind = "related"
        roles.append(kind if kind is not None else read_meta_line(line.text))
    return roles


def _is_link_item(text: str) -> bool:
    return (is_title(text) and len(words(text)) <= _LINK_ITEM_WORDS) or debris_kind(text) == "link"


def _absorb_link_lists(reading: _Reading) -> None:
    """Take the items under a "Related:" or "Most read" header as debris too."""
    lines, roles = reading.lines, reading.roles
    for i, line in enumerate(lines):
        if roles[i] != "related" or not is_list_header(line.text):
            continue
        marked: bool | None = None
        for j in range(i + 1, len(lines)):
            if roles[j] is not None:
                if isinstance(roles[j], str):
                    continue
                break
            item = lines[j].text
            is_marked = bool(LIST_MARKER.match(item))
            if marked is None:
                marked = is_marked
            if marked:
                if not is_marked:
                    break
            elif not _is_link_item(item) or (j > i + 1 and reading.blank_between(j - 1, j)):
                break
            roles[j] = "related"


def _first_word(text: str) -> int:
    return len(text.split(None, 1)[0])


def _is_full(prev: Line, cur: Line, width: int) -> bool:
    """Whether the next word would not have fitted on ``prev``: a wrapped line."""
    return prev.indent + len(prev.text) + 1 + _first_word(cur.text) > width


def _wrap_width(prevs: Sequence[Line]) -> int | None:
    """The width a dump was hard-wrapped at, judged from lines that have a next line."""
    if len(prevs) < 2:
        return None
    lengths = sorted(line.indent + len(line.text) for line in prevs)
    width = lengths[-1] if len(lengths) < 10 else lengths[int(0.9 * (len(lengths) - 1))]
    if width > MAX_WRAP_WIDTH:
        return None
    near = sum(1 for n in lengths if n >= width - WRAP_SLACK)
    run_on = sum(1 for line in prevs if not line.text.endswith(_SENTENCE_END))
    if near < 0.6 * len(lengths) or run_on < 0.4 * len(prevs):
        return None
    return width


def _style(reading: _Reading, body: Sequence[int]) -> _Style:
    pairs = list(itertools.pairwise(body))
    adjacent = [(i, j) for i, j in pairs if not reading.blank_between(i, j)]
    lines = reading.lines
    width = _wrap_width([lines[i] for i, _ in adjacent])
    blank_lines_wrap = False
    if width is None and len(adjacent) < 0.2 * len(pairs):
        width = _wrap_width([lines[i] for i, _ in pairs])
        blank_lines_wrap = width is not None
    indented = any(lines[j].indent > lines[i].indent for i, j in adjacent)
    return _Style(width=width, blank_lines_wrap=blank_lines_wrap, indented=indented)


def _standalone(reading: _Reading, i: int, style: _Style) -> bool:
    """Whether line ``i`` stands alone rather than running on into the next line."""
    j = i + 1
    if j >= len(reading.lines) or reading.blank_between(i, j) or reading.roles[j] is not None:
        return True
    prev, cur = reading.lines[i], reading.lines[j]
    if join_kind(prev.text, cur.text) is not None:
        return False
    return not (style.width and _is_full(prev, cur, style.width))


def _header(reading: _Reading, style: _Style) -> _Header:
    """Find the tag line, title and standfirst at the top of the dump."""
    lines, roles = reading.lines, reading.roles
    content = [i for i, role in enumerate(roles) if role is None]
    header = _Header()
    if len(content) < 2:
        return header
    first, second = content[0], content[1]
    text = lines[first].text
    if (
        len(content) >= 3
        and is_tag(text)
        and _standalone(reading, first, style)
        and is_title(lines[second].text)
        and _standalone(reading, second, style)
        and len(words(lines[second].text)) >= max(3, len(words(text)) + 1)
    ):
        header.tag, header.title = first, second
    elif (
        is_title(_unmarked(text))
        and _standalone(reading, first, style)
        and read_dateline(text) is None
    ):
        header.title = first
    if header.title is None:
        return header
    rest = [i for i in content if i > header.title]
    if len(rest) >= 2:
        candidate = rest[0]
        after = candidate + 1
        if (
            _standalone(reading, candidate, style)
            and len(words(lines[candidate].text)) >= 6
            and read_dateline(lines[candidate].text) is None
            and after < len(lines)
            and isinstance(roles[after], MetaLine)
        ):
            header.standfirst = candidate
    return header


def _heading_bounds(text: str) -> tuple[int, int]:
    """Where the words of a line start and end, Markdown heading marks left out."""
    marks = MARKDOWN_HEADING.match(text)
    if marks is None:
        return 0, len(text)
    closing = _CLOSING_MARKS.search(text, marks.end())
    return marks.end(), closing.start() if closing else len(text)


def _unmarked(text: str) -> str:
    start, end = _heading_bounds(text)
    return text[start:end]


def _boundary(
    reading: _Reading, style: _Style, i: int, j: int, block_start: int, lowered: str
) -> Join | None:
    """How body line ``j`` joins the block that line ``i`` ends, or ``None`` for a new block."""
    prev, cur = reading.lines[i], reading.lines[j]
    if LIST_MARKER.match(cur.text) or MARKDOWN_HEADING.match(cur.text):
        return None
    if MARKDOWN_HEADING.match(prev.text):
        return None
    adjacent = style.blank_lines_wrap or not reading.blank_between(i, j)
    first = reading.lines[block_start]
    if LIST_MARKER.match(first.text):
        # A list item runs on only onto lines indented under it.
        return Join.SPACE if adjacent and cur.indent > first.indent else None
    if adjacent and style.indented and cur.indent > prev.indent:
        return None
    join = join_kind(prev.text, cur.text)
    if join is Join.DROP_HYPHEN and keeps_hyphen(prev.text, cur.text, lowered):
        return Join.GLUE
    if join is not None:
        return join
    if adjacent and style.width and _is_full(prev, cur, style.width):
        return Join.SPACE
    return None


def _group(reading: _Reading, style: _Style, body: Sequence[int]) -> list[list[tuple[int, Join]]]:
    groups: list[list[tuple[int, Join]]] = []
    lowered = reading.text.lower()
    for n, j in enumerate(body):
        join = _boundary(reading, style, body[n - 1], j, groups[-1][0][0], lowered) if n else None
        if join is None:
            groups.append([(j, Join.SPACE)])
        else:
            groups[-1].append((j, join))
    return groups


def _pieces(reading: _Reading, group: Sequence[tuple[int, Join]]) -> list[Piece]:
    lines = reading.lines
    return [
        Piece(lines[j].start, lines[j].end, join, lines[j - 1].end if n else 0)
        for n, (j, join) in enumerate(group)
    ]


def _plan_single(
    reading: _Reading, line: Line, common: frozenset[str], has_prev: bool, has_next: bool
) -> PlannedBlock:
    """The block a line that stands alone makes: list item, heading, caption or paragraph."""
    text = line.text
    marker = LIST_MARKER.match(text)
    if marker:
        return PlannedBlock(BlockKind.LIST_ITEM, (Piece(line.start + marker.end(), line.end),))
    if MARKDOWN_HEADING.match(text):
        start, end = _heading_bounds(text)
        return PlannedBlock(BlockKind.HEADING, (Piece(line.start + start, line.start + end),))
    credit = split_credit(text)
    if credit is not None:
        caption_end = line.start + len(text[:credit].rstrip())
        reading.discard("credit", line.start + credit, line.end, text[credit:].strip())
        return PlannedBlock(BlockKind.CAPTION, (Piece(line.start, caption_end),))
    kind = BlockKind.PARAGRAPH
    if is_caption(text, common):
        kind = BlockKind.CAPTION
    elif has_next and is_heading(text) and (has_prev or len(words(text)) > 1):
        kind = BlockKind.HEADING
    return PlannedBlock(kind, (Piece(line.start, line.end),))


def _plan(reading: _Reading, groups: Sequence[Sequence[tuple[int, Join]]]) -> list[PlannedBlock]:
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
    return planned


def _date_from_dateline(
    text: str, blocks: Sequence[PlannedBlock], updated: ArticleDate | None
) -> ArticleDate | None:
    """The publication date a dateline gives, its year from the article when it has none."""
    lead = next((b for b in blocks if b.kind is BlockKind.PARAGRAPH), None)
    if lead is None:
        return None
    opening = " ".join(text[p.start : p.end] for p in lead.pieces[:3])
    dateline = read_dateline(opening)
    if dateline is None or dateline.date is None:
        return None
    reference: DateValue | None = updated.value if updated else None
    if reference is None:
        context = " ".join(
            text[p.start : p.end] for b in blocks for p in b.pieces if p.start < YEAR_CONTEXT
        )
        reference = next(
            (m.value for m in find_dates(context) if m.value and m.anchor == "absolute"), None
        )
    for mention in find_dates(dateline.date, reference):
        value = mention.value
        if value is not None and value.precision is Precision.DAY:
            return ArticleDate(value=value, origin=DateOrigin.DATELINE)
    return None


def _unique(names: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(names))


def read_layout(source: str) -> Document:
    """Read a decoded plain-text article into a :class:`Document`.

    ``source`` is the decoded source; :attr:`Document.source_map` and every
    debris span point into it.
    """
    normal = normalize(source)
    lines = split_lines(normal.text)
    reading = _Reading(
        text=normal.text,
        to_source=OffsetMap(segments=normal.segments),
        lines=lines,
        roles=_roles(lines),
    )
    _absorb_link_lists(reading)
    candidates = [i for i, role in enumerate(reading.roles) if role is None]
    style = _style(reading, candidates)
    header = _header(reading, style)
    taken = {header.title, header.tag, header.standfirst}
    body = [i for i in candidates if i not in taken]

    authors: list[str] = []
    published: ArticleDate | None = None
    updated: ArticleDate | None = None
    for line, role in zip(lines, reading.roles, strict=True):
        if isinstance(role, MetaLine):
            reading.discard(role.kind, line.start, line.end)
            authors += role.authors
            if role.published is not None and published is None:
                published = ArticleDate(value=role.published, origin=DateOrigin.METADATA)
            if role.updated is not None and updated is None:
                updated = ArticleDate(value=role.updated, origin=DateOrigin.METADATA)
        elif role is not None:
            reading.discard(role, line.start, line.end)
    tags: list[str] = []
    if header.tag is not None:
        tag = lines[header.tag]
        reading.discard("tag", tag.start, tag.end)
        tags.append(tag.text)

    planned = _plan(reading, _group(reading, style, body))
    builder = TextBuilder(normal.text)
    for block in planned:
        builder.add(block)
    if published is None:
        published = _date_from_dateline(normal.text, planned, updated)

    def line_text(i: int | None) -> str | None:
        return " ".join(_unmarked(lines[i].text).split()) if i is not None else None

    return Document(
        text=builder.text,
        blocks=builder.blocks,
        title=line_text(header.title),
        authors=_unique(authors),
        published=published,
        updated=updated,
        description=line_text(header.standfirst),
        tags=tags,
        debris=sorted(reading.debris, key=lambda d: d.source.start if d.source else 0),
        source_map=OffsetMap(segments=compose(builder.segments, normal.segments)),
    )
