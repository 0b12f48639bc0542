"""Reading a decoded dump: header, debris, paragraphs, headings and captions.

The reading goes line by line over the normalised text:

1. every line that is debris or metadata (a byline, a date line) is set
   aside, kept as :class:`Debris`;
2. the header gives the tag line, the title and a standfirst;
3. the remaining lines are joined into blocks: a break is kept unless the
   sentence clearly runs on (:mod:`newsmodel_text._joins`), the line was
   wrapped at the document's width, or, in indented dumps, the next line
   is not indented (further);
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
from newsmodel_text._joins import Join, ends_sentence, join_kind, keeps_hyphen
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
    is_title_like,
    lowercase_words,
)

__all__ = ["read_layout"]

#: The widest line a hard-wrapped dump is taken to have.
MAX_WRAP_WIDTH = 160
#: The narrowest.
MIN_WRAP_WIDTH = 30
#: How many words a line without a final stop needs to be taken for broken prose.
UNFINISHED_WORDS = 4
#: The share of lines that may run well past the width of wrapped text (URLs, tables).
OVERLONG_SHARE = 0.05
#: How long a line without a final stop must be to be taken for the rest of a sentence.
COMPLETING_LENGTH = 80
#: How many text lines (tag, title, standfirst) a header holds before a date alone on a line.
HEADER_LINES = 3
#: How far short of the width most wrapped lines end.
WRAP_SLACK = 15
#: How much of the text the year of a dateline without one is looked for in.
YEAR_CONTEXT = 3000
_LINK_ITEM_WORDS = 20
_EMPHASIS = re.compile(r"^([*_]{1,3})(\S.*?\S|\S)\1$")
_ENUMERATED = re.compile(r"^(?:\d{1,3}|[a-zA-Z])[.)]\s")
_CLOSING_MARKS = re.compile(r"\s+#+\s*$")

Role = str | MetaLine | None


@define
class _Style:
    """How the dump lays out paragraphs."""

    width: int | None = None  #: the wrap width of a hard-wrapped dump
    blank_lines_wrap: bool = False  #: even wrapped lines are separated by blank lines
    indented: bool = False  #: paragraphs start with an indented line
    base_indent: int = 0  #: the indentation of lines that do not start a paragraph
    every_indent_starts: bool = False  #: indented lines never run on into indented lines

    def starts_paragraph(self, prev: Line, cur: Line) -> bool:
        """Whether indentation says ``cur`` starts a paragraph after ``prev``."""
        if not self.indented:
            return False
        if self.every_indent_starts and cur.indent > self.base_indent:
            return True
        return cur.indent > prev.indent


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

    def source_span(self, start: int, end: int) -> Span:
        """The decoded-source span of ``text[start:end]``, repaired characters whole.

        The span ends where the next character's source begins, so a
        character repaired from a sequence ("Ã©" → "é") keeps all of it.
        """
        source_start = self.to_source.to_source(start)
        if end >= len(self.text):
            source_end = self.to_source.to_source(len(self.text))
        else:
            source_end = self.to_source.to_source(end)
        return Span(start=source_start, end=max(source_start, source_end))

    def discard(self, kind: str, start: int, end: int, text: str | None = None) -> None:
        """Set ``text[start:end]`` aside as debris of ``kind``."""
        found = text if text is not None else self.text[start:end]
        self.debris.append(Debris(kind=kind, text=found, source=self.source_span(start, end)))

    def blank_lines(self, i: int, j: int) -> int:
        """The longest run of blank lines between lines ``i`` and ``j`` (``i < j``).

        Lines set aside in between (debris) do not count, nor do they join
        the blank lines around them into one longer run.
        """
        lines = self.lines
        if lines[j].number - lines[i].number == j - i:
            return 0
        return max(lines[k + 1].number - lines[k].number - 1 for k in range(i, j))

    def blank_between(self, i: int, j: int) -> bool:
        """Whether a blank line stands between lines ``i`` and ``j`` (``i < j``)."""
        return self.blank_lines(i, j) > 0


def _plain(text: str) -> str:
    """``text`` without Markdown emphasis around all of it: "*By Jane Doe*"."""
    emphasis = _EMPHASIS.match(text)
    return emphasis.group(2) if emphasis else text


def _roles(lines: Sequence[Line]) -> list[Role]:
    """What each line is when it is not article text: debris, a byline, a date line."""
    roles: list[Role] = []
    text_lines = 0
    for n, line in enumerate(lines):
        text = _plain(line.text)
        kind = debris_kind(text)
        if kind is None and is_list_header(text):
            kind = "related"
        role: Role = kind
        if kind is None and not text[0].islower():  # a lower-case line continues a sentence
            role = read_meta_line(text)
            # A date alone on a line is the article's only in the header or at the end.
            in_body = text_lines >= HEADER_LINES and n + 1 < len(lines)
            if isinstance(role, MetaLine) and role.bare_date and in_body:
                role = None
        text_lines += role is None
        roles.append(role)
    return roles


def _is_link_item(text: str) -> bool:
    return (is_title(text) and len(words(text)) <= _LINK_ITEM_WORDS) or debris_kind(text) == "link"


def _absorb_link_lists(reading: _Reading) -> None:
    """Take the items under a "Related:" or "Most read" header as debris too."""
    lines, roles = reading.lines, reading.roles
    for i, line in enumerate(lines):
        if roles[i] != "related" or not is_list_header(_plain(line.text)):
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
    """Whether the next word would not have fitted on ``prev``: a wrapped line.

    A line well past the width was not wrapped at it.
    """
    length = prev.indent + len(prev.text)
    return width < length + 1 + _first_word(cur.text) and length <= width + WRAP_SLACK


def _wrap_width(
    prevs: Sequence[Line], *, run_on_needed: bool = True, samples_needed: int = 2
) -> int | None:
    """The width a dump was hard-wrapped at, judged from lines that have a next line.

    Most such lines of a wrapped dump end close to the width, and most end
    mid-sentence; ``run_on_needed=False`` waives the second test where blank
    lines already separate the paragraphs.
    """
    if len(prevs) < samples_needed or not prevs:
        return None
    lengths = sorted(line.indent + len(line.text) for line in prevs)
    width = lengths[-1] if len(lengths) < 10 else lengths[int(0.9 * (len(lengths) - 1))]
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return None
    # Wrapped text has hardly a line well past its width; a list of short lines
    # among long paragraphs is not wrapped text.
    overlong = sum(1 for n in lengths if n > width + WRAP_SLACK)
    if overlong > OVERLONG_SHARE * len(lengths):
        return None
    slack = min(WRAP_SLACK, width // 4)
    near = sum(1 for n in lengths if n >= width - slack)
    run_on = sum(1 for line in prevs if not ends_sentence(line.text))
    if near < 0.6 * len(lengths) or (run_on_needed and run_on < 0.4 * len(prevs)):
        return None
    return width


def _style(reading: _Reading, body: Sequence[int]) -> _Style:
    lines = reading.lines
    gaps = [(i, j, reading.blank_lines(i, j)) for i, j in itertools.pairwise(body)]
    adjacent = [(i, j) for i, j, gap in gaps if gap == 0]
    # Where blank lines separate most lines, lines that touch are most likely wrapped.
    touching = sum(1 for a, b in itertools.pairwise(lines) if b.number == a.number + 1)
    blank_style = 2 * touching <= len(lines) - 1
    width = _wrap_width(
        [lines[i] for i, _ in adjacent],
        run_on_needed=not blank_style,
        samples_needed=1 if blank_style else 3,
    )
    blank_lines_wrap = False
    wider_gaps = any(reading.blank_lines(k, k + 1) > 1 for k in range(len(lines) - 1))
    if width is None and wider_gaps and len(adjacent) < 0.2 * len(gaps):
        # Double-spaced dumps: one blank line after every line, more between some blocks.
        width = _wrap_width([lines[i] for i, _, gap in gaps if gap == 1], samples_needed=1)
        blank_lines_wrap = width is not None
    indented = any(lines[j].indent != lines[i].indent for i, j in adjacent)
    base = min((lines[i].indent for i in body), default=0)
    starts = sum(1 for i in body if lines[i].indent > base)
    # Indented lines that run on, mid-sentence, into equally indented ones make
    # a quotation block, not paragraph indentation.
    runs = sum(
        1
        for i, j in adjacent
        if lines[i].indent == lines[j].indent > base and not ends_sentence(lines[i].text)
    )
    return _Style(
        width=width,
        blank_lines_wrap=blank_lines_wrap,
        indented=indented,
        base_indent=base,
        every_indent_starts=indented and runs <= 0.3 * starts,
    )


def _adjacent(reading: _Reading, style: _Style, i: int, j: int) -> bool:
    """Whether lines ``i`` and ``j`` may be one paragraph's consecutive lines."""
    return reading.blank_lines(i, j) <= (1 if style.blank_lines_wrap else 0)


def _next_text_line(reading: _Reading, i: int) -> int | None:
    """The next line after ``i`` that is not debris, unless metadata comes first."""
    for j in range(i + 1, len(reading.lines)):
        role = reading.roles[j]
        if role is None:
            return j
        if isinstance(role, MetaLine):
            return None
    return None


def _runs_on(reading: _Reading, i: int, j: int | None) -> bool:
    """Whether line ``i``'s sentence clearly runs on into line ``j``, blank lines or not."""
    return j is not None and join_kind(reading.lines[i].text, reading.lines[j].text) is not None


def _standalone(reading: _Reading, i: int, style: _Style) -> bool:
    """Whether line ``i`` stands alone rather than running on into the next text line."""
    j = _next_text_line(reading, i)
    if j is None:
        return True
    if _runs_on(reading, i, j):
        return False
    if not _adjacent(reading, style, i, j):
        return True
    prev, cur = reading.lines[i], reading.lines[j]
    if style.starts_paragraph(prev, cur):
        return True
    if _unfinished(prev.text) and _completes(cur.text):
        return False
    return not (style.width and _is_full(prev, cur, style.width))


def _set_apart(reading: _Reading, i: int) -> bool:
    """Whether line ``i`` is followed by a blank line, metadata, or nothing."""
    j = _next_text_line(reading, i)
    return j is None or reading.blank_between(i, j)


def _may_be_title(reading: _Reading, i: int) -> bool:
    """Whether line ``i`` looks like a headline, whatever follows it."""
    text = _unmarked(reading.lines[i].text)
    return (
        is_title(text)
        and read_dateline(text) is None
        and not _runs_on(reading, i, _next_text_line(reading, i))
        # Straight on top of the text, only a headline-cased line is a title.
        and (is_title_like(text) or _set_apart(reading, i))
    )


def _headline_lines(reading: _Reading, candidates: Sequence[int]) -> int:
    """How many of the first text lines are a tag line and a headline-cased title.

    They say nothing of how the text is wrapped.
    """
    count = 0
    for i in candidates[:2]:
        text = _unmarked(reading.lines[i].text)
        if count == 0 and is_tag(text) and not ends_sentence(text):
            count += 1
        elif is_title_like(text) and _may_be_title(reading, i):
            return count + 1
        else:
            break
    return 0


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
    elif _may_be_title(reading, first) and _standalone(reading, first, style):
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


def _unfinished(text: str) -> bool:
    """A line of prose that stops mid-sentence: no final stop, and not a headline."""
    if not (text[-1].isalnum() or text[-1] == ","):
        return False
    return len(words(text)) >= UNFINISHED_WORDS and not (is_title_like(text) or text.isupper())


def _completes(text: str) -> bool:
    """A line that can finish a sentence another line left open: prose, not a list item."""
    if not (text[0].isalnum() or text[0] in "“‘\"'") or _ENUMERATED.match(text):
        return False
    return ends_sentence(text) or len(text) >= COMPLETING_LENGTH


def _boundary(
    reading: _Reading, style: _Style, i: int, j: int, block_start: int, lowered: str
) -> Join | None:
    """How body line ``j`` joins the block that line ``i`` ends, or ``None`` for a new block."""
    prev, cur = reading.lines[i], reading.lines[j]
    if LIST_MARKER.match(cur.text) or MARKDOWN_HEADING.match(cur.text):
        return None
    if MARKDOWN_HEADING.match(prev.text):
        return None
    adjacent = _adjacent(reading, style, i, j)
    first = reading.lines[block_start]
    if LIST_MARKER.match(first.text):
        # A list item runs on only onto lines indented under it.
        return Join.SPACE if adjacent and cur.indent > first.indent else None
    join = join_kind(prev.text, cur.text)  # a sentence that runs on outweighs indentation
    if join is Join.DROP_HYPHEN and keeps_hyphen(prev.text, cur.text, lowered):
        return Join.GLUE
    if join is not None:
        return join
    if adjacent and style.starts_paragraph(prev, cur):
        return None
    if adjacent and style.width and _is_full(prev, cur, style.width):
        return Join.SPACE
    if adjacent and _unfinished(prev.text) and _completes(cur.text):
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
    elif has_next and is_heading(text, sentence_case=has_prev):
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
    return _lists_are_not_headings(reading, groups, planned)


def _lists_are_not_headings(
    reading: _Reading, groups: Sequence[Sequence[tuple[int, Join]]], planned: list[PlannedBlock]
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
            (
                m.value
                for m in find_dates(context)
                if m.value and m.anchor == "absolute" and m.value.precision is Precision.DAY
            ),
            None,
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
    style = _style(reading, candidates[_headline_lines(reading, candidates) :])
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
