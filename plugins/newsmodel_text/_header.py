"""The head of a dump: tag line, title and standfirst."""

from __future__ import annotations

from collections.abc import Sequence

from attrs import define

from newsmodel_text._joins import ends_sentence, join_kind
from newsmodel_text._lines import words
from newsmodel_text._meta import MetaLine, read_dateline
from newsmodel_text._reading import Reading, next_text_line
from newsmodel_text._shapes import (
    completes,
    is_headline_sentence,
    is_tag,
    is_title,
    is_title_like,
    unfinished,
    unmarked,
)
from newsmodel_text._style import Style, adjacent, is_full

__all__ = ["Header", "find_header", "headline_lines"]


@define
class Header:
    """The lines (indices into ``Reading.lines``) that make the head of a dump."""

    title: int | None = None
    tag: int | None = None
    standfirst: int | None = None


def _runs_on(reading: Reading, i: int, j: int | None) -> bool:
    """Whether line ``i``'s sentence clearly runs on into line ``j``, blank lines or not."""
    return j is not None and join_kind(reading.lines[i].text, reading.lines[j].text) is not None


def _standalone(reading: Reading, i: int, style: Style) -> bool:
    """Whether line ``i`` stands alone rather than running on into the next text line."""
    j = next_text_line(reading, i)
    if j is None:
        return True
    if _runs_on(reading, i, j):
        return False
    if not adjacent(reading, style, i, j):
        return True
    prev, cur = reading.lines[i], reading.lines[j]
    if style.starts_paragraph(prev, cur):
        return True
    if unfinished(prev.text) and completes(cur.text):
        return False
    return not (style.width and is_full(prev, cur, style.width))


def _set_apart(reading: Reading, i: int) -> bool:
    """Whether line ``i`` is followed by a blank line, metadata, or nothing."""
    j = next_text_line(reading, i)
    return j is None or reading.blank_between(i, j)


#: How many more words than a headline the paragraph under it has, at least.
LONGER_BY = 5
#: How many paragraphs under a headline are looked at for a longer one.
PARAGRAPHS_LOOKED_AT = 2


def _paragraph_end(reading: Reading, i: int) -> tuple[int, int]:
    """The words of the text lines from ``i`` to the next blank line, and the last line's index."""
    lines, roles = reading.lines, reading.roles
    count, last = len(words(lines[i].text)), i
    for k in range(i + 1, len(lines)):
        if roles[k] is not None:
            continue
        if reading.blank_between(last, k):
            break
        count, last = count + len(words(lines[k].text)), k
    return count, last


def _longer_paragraph_follows(reading: Reading, i: int) -> bool:
    """Whether one of the next paragraphs (past metadata and debris) is longer than line ``i``.

    The paragraph straight under a headline may be a short standfirst or
    caption; the lead is one of the first two.
    """
    size = len(words(reading.lines[i].text))
    start = i
    for _ in range(PARAGRAPHS_LOOKED_AT):
        after = next(
            (k for k in range(start + 1, len(reading.lines)) if reading.roles[k] is None), None
        )
        if after is None:
            return False
        count, start = _paragraph_end(reading, after)
        if count >= size + LONGER_BY:
            return True
    return False


def _heads_a_paragraph(reading: Reading, i: int, style: Style) -> bool:
    """Whether line ``i`` is a headline straight on top of its lead: no blank line between.

    A line without a final stop over a line that completes it reads as one
    broken sentence, unless the line under it starts a sentence of its own
    and neither the wrap width nor indentation joins the two.
    """
    j = next_text_line(reading, i)
    if j is None:
        return False
    prev, cur = reading.lines[i], reading.lines[j]
    if style.continues_paragraph(cur) or (style.width and is_full(prev, cur, style.width)):
        return False
    start = cur.text[:1]
    return (
        is_headline_sentence(unmarked(reading.lines[i].text))
        and (start.isupper() or start.isdigit() or start in "“‘\"'")
        and _longer_paragraph_follows(reading, i)
    )


def _opens_with_dateline(text: str) -> bool:
    """Whether ``text`` opens with a dateline; "CO-FOUNDER" in a headline is no dash of one."""
    dateline = read_dateline(text)
    if dateline is None:
        return False
    end = dateline.end
    glued = text[end - 1] in "-–" and text[end - 2].isalnum() and text[end : end + 1].isalnum()
    return not glued


def _may_be_title(reading: Reading, i: int) -> bool:
    """Whether line ``i`` looks like a headline, whatever follows it."""
    text = unmarked(reading.lines[i].text)
    if _opens_with_dateline(text) or _runs_on(reading, i, next_text_line(reading, i)):
        return False
    # Straight on top of the text, only a headline-cased line is a title.
    if is_title(text) and (is_title_like(text) or _set_apart(reading, i)):
        return True
    # A headline written as a sentence, in capitals or quoted, whatever its last
    # character: short, and over a longer paragraph.
    return is_headline_sentence(text) and _longer_paragraph_follows(reading, i)


def _plainly_a_tag(text: str) -> bool:
    """A tag that no headline-cased title could be: lower case, capitals, a path, two words."""
    return (
        text.islower()
        or text.isupper()
        or any(mark in text for mark in ">›»/|")
        or len(words(text)) <= 2
    )


def headline_lines(reading: Reading, candidates: Sequence[int]) -> int:
    """How many of the first text lines are a tag line and a headline-cased title.

    They say nothing of how the text is wrapped.
    """
    count = 0
    for i in candidates[:2]:
        text = unmarked(reading.lines[i].text)
        if count == 0 and is_tag(text) and not ends_sentence(text):
            count += 1
        elif (is_title_like(text) or is_headline_sentence(text)) and _may_be_title(reading, i):
            return count + 1
        else:
            break
    return 0


def find_header(reading: Reading, style: Style) -> Header:
    """Find the tag line, title and standfirst at the top of the dump."""
    lines, roles = reading.lines, reading.roles
    content = [i for i, role in enumerate(roles) if role is None]
    header = Header()
    if len(content) < 2:
        return header
    first, second = content[0], content[1]
    text = lines[first].text
    if (
        len(content) >= 3
        and is_tag(text)
        and _standalone(reading, first, style)
        and _may_be_title(reading, second)
        and (_standalone(reading, second, style) or _heads_a_paragraph(reading, second, style))
        and len(words(lines[second].text)) >= max(3, len(words(text)) + 1)
        and (is_title(unmarked(lines[second].text)) or _plainly_a_tag(text))
    ):
        header.tag, header.title = first, second
    elif _may_be_title(reading, first) and (
        _standalone(reading, first, style) or _heads_a_paragraph(reading, first, style)
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
