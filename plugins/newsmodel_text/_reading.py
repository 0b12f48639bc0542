"""The lines of a dump and what each one is: text, debris, or metadata.

:class:`Reading` holds the normalised text, its lines and their roles, and
collects the debris set aside with its place in the decoded source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import define, field

from newsmodel import Debris, OffsetMap, Span
from newsmodel_text._debris import LIST_MARKER, debris_kind, is_list_header
from newsmodel_text._lines import Line, words
from newsmodel_text._meta import MetaLine, read_meta_line, read_split_byline
from newsmodel_text._shapes import is_title

__all__ = [
    "HEADER_LINES",
    "Reading",
    "Role",
    "absorb_link_lists",
    "classify_lines",
    "next_text_line",
    "plain",
]

#: How many text lines (tag, title, standfirst) a header holds before a date alone on a line.
HEADER_LINES = 3
_LINK_ITEM_WORDS = 20
_EMPHASIS = re.compile(r"^([*_]{1,3})(\S.*?\S|\S)\1$")

#: What a line is when it is not article text: a debris kind, or a metadata line.
Role = str | MetaLine | None


@define
class Reading:
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


def plain(text: str) -> str:
    """``text`` without Markdown emphasis around all of it: "*By Jane Doe*"."""
    emphasis = _EMPHASIS.match(text)
    return emphasis.group(2) if emphasis else text


def classify_lines(lines: Sequence[Line]) -> list[Role]:
    """What each line is when it is not article text: debris, a byline, a date line."""
    roles: list[Role] = []
    text_lines = 0
    for n, line in enumerate(lines):
        text = plain(line.text)
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
        roles.append(role)
        if role is None and n and roles[n - 1] is None and line.number == lines[n - 1].number + 1:
            pair = read_split_byline(plain(lines[n - 1].text), text)
            if pair is not None and text_lines <= HEADER_LINES:
                roles[n - 1] = pair
                roles[n] = MetaLine("byline")
                text_lines -= 1
                continue
        text_lines += role is None
    return roles


def _is_link_item(text: str) -> bool:
    return (is_title(text) and len(words(text)) <= _LINK_ITEM_WORDS) or debris_kind(text) == "link"


def absorb_link_lists(reading: Reading) -> None:
    """Take the items under a "Related:" or "Most read" header as debris too."""
    lines, roles = reading.lines, reading.roles
    for i, line in enumerate(lines):
        if roles[i] != "related" or not is_list_header(plain(line.text)):
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


def next_text_line(reading: Reading, i: int) -> int | None:
    """The next line after ``i`` that is not debris, unless metadata comes first."""
    for j in range(i + 1, len(reading.lines)):
        role = reading.roles[j]
        if role is None:
            return j
        if isinstance(role, MetaLine):
            return None
    return None
