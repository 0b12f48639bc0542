"""The lines of a normalised text, with their offsets and indentation."""

from __future__ import annotations

import re

from attrs import frozen

__all__ = ["Line", "split_lines", "words"]

_WORD = re.compile(r"\w[\w’'.&-]*")
_TAB_WIDTH = 4


@frozen
class Line:
    """A non-blank line: ``text`` is ``normalised[start:end]``, stripped.

    ``number`` counts every line, blank ones included, so two lines are
    adjacent exactly when their numbers differ by one.
    """

    number: int
    start: int
    end: int
    text: str
    indent: int


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of a text whose line breaks are all ``\\n``."""
    lines = []
    pos = 0
    for number, raw in enumerate(text.split("\n")):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            indent = len(raw[:lead].expandtabs(_TAB_WIDTH))
            start = pos + lead
            lines.append(Line(number, start, start + len(stripped), stripped, indent))
        pos += len(raw) + 1
    return lines


def words(text: str) -> list[str]:
    """The words of ``text``, abbreviations keeping their final period."""
    return _WORD.findall(text)
