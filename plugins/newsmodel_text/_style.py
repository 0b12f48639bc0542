"""How a dump lays out its paragraphs: hard-wrapped, double-spaced, indented."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from attrs import define

from newsmodel_text._joins import ends_sentence
from newsmodel_text._lines import Line
from newsmodel_text._reading import Reading

__all__ = ["Style", "adjacent", "detect_style", "is_full", "wrap_width"]

#: The widest line a hard-wrapped dump is taken to have.
MAX_WRAP_WIDTH = 160
#: The narrowest.
MIN_WRAP_WIDTH = 30
#: The share of lines that may run well past the width of wrapped text (URLs, tables).
OVERLONG_SHARE = 0.05
#: How far short of the width most wrapped lines end.
WRAP_SLACK = 15


@define
class Style:
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

    def continues_paragraph(self, cur: Line) -> bool:
        """Whether indentation says ``cur`` continues a paragraph: only indented lines start one."""
        return self.every_indent_starts and cur.indent <= self.base_indent


def _first_word(text: str) -> int:
    """The length of the first word of ``text``."""
    return len(text.split(None, 1)[0])


def is_full(prev: Line, cur: Line, width: int) -> bool:
    """Whether the next word would not have fitted on ``prev``: a wrapped line.

    A line well past the width was not wrapped at it.
    """
    length = prev.indent + len(prev.text)
    return width < length + 1 + _first_word(cur.text) and length <= width + WRAP_SLACK


def wrap_width(
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


def detect_style(reading: Reading, body: Sequence[int]) -> Style:
    """Judge the layout from the body lines ``body`` (indices into ``reading.lines``)."""
    lines = reading.lines
    gaps = [(i, j, reading.blank_lines(i, j)) for i, j in itertools.pairwise(body)]
    touching_pairs = [(i, j) for i, j, gap in gaps if gap == 0]
    # Where blank lines separate paragraphs, or most lines, lines that touch are
    # most likely wrapped.
    touching = sum(1 for a, b in itertools.pairwise(lines) if b.number == a.number + 1)
    blank_style = 2 * touching <= len(lines) - 1 or any(gap for _, _, gap in gaps)
    width = wrap_width(
        [lines[i] for i, _ in touching_pairs],
        run_on_needed=not blank_style,
        samples_needed=1 if blank_style else 2,
    )
    blank_lines_wrap = False
    wider_gaps = any(reading.blank_lines(k, k + 1) > 1 for k in range(len(lines) - 1))
    if width is None and wider_gaps and len(touching_pairs) < 0.2 * len(gaps):
        # Double-spaced dumps: one blank line after every line, more between some blocks.
        width = wrap_width([lines[i] for i, _, gap in gaps if gap == 1], samples_needed=1)
        blank_lines_wrap = width is not None
    indented = any(lines[j].indent != lines[i].indent for i, j in touching_pairs)
    base = min((lines[i].indent for i in body), default=0)
    starts = sum(1 for i in body if lines[i].indent > base)
    # Indented lines that run on, mid-sentence, into equally indented ones make
    # a quotation block, not paragraph indentation.
    runs = sum(
        1
        for i, j in touching_pairs
        if lines[i].indent == lines[j].indent > base and not ends_sentence(lines[i].text)
    )
    return Style(
        width=width,
        blank_lines_wrap=blank_lines_wrap,
        indented=indented,
        base_indent=base,
        every_indent_starts=indented and runs <= 0.3 * starts,
    )


def adjacent(reading: Reading, style: Style, i: int, j: int) -> bool:
    """Whether lines ``i`` and ``j`` may be one paragraph's consecutive lines."""
    return reading.blank_lines(i, j) <= (1 if style.blank_lines_wrap else 0)
