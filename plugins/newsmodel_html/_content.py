"""Which blocks are the article: the container with the most prose and the least clutter.

Each text block votes for every container it sits in: prose (long, sentence-
like, few links) for, link lists and short fragments against.  The container
with the highest total holds the article.  One pass over the blocks and
their ancestor paths; no text is measured twice.
"""

from __future__ import annotations

import re

import lxml.etree

from newsmodel import BlockKind
from newsmodel_html._walk import TextBlock

__all__ = ["block_score", "main_container", "select_blocks"]

Element = lxml.etree._Element

_SENTENCE_END = re.compile(r"[.!?…:;。！？»”’\"')\]]\s*$")
# Link-heavy blocks inside the chosen container are lists of other articles.
_MAX_LINK_DENSITY = 0.5
_PROSE_CHARS = 80
_SENTENCE_CHARS = 30
_MARKED_SHARE = 0.2
_PARAGRAPH_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li dt dd blockquote pre figcaption caption tr td th".split()
)


def block_score(block: TextBlock) -> float:
    """How much a block looks like article prose: positive for prose, negative for clutter."""
    length = len(block.text)
    density = block.link_density
    if block.kind is BlockKind.CAPTION or block.kind is BlockKind.TABLE:
        return 0.0
    if density >= _MAX_LINK_DENSITY:
        return -float(length)
    if block.kind is BlockKind.HEADING:
        return -0.1 * length
    if length >= _PROSE_CHARS or (
        length >= _SENTENCE_CHARS and _SENTENCE_END.search(block.text) is not None
    ):
        return length * (1.0 - density)
    return -0.3 * length


def _is_teaser(block: TextBlock, previous: TextBlock) -> bool:
    """Prose under a linked heading in the same item: the summary of another article."""
    return (
        previous.kind is BlockKind.HEADING
        and previous.link_density >= _MAX_LINK_DENSITY
        and len(previous.path) >= 2
        and previous.path[-2] in block.path
    )


def main_container(
    blocks: list[TextBlock], marked: frozenset[Element] = frozenset()
) -> Element | None:
    """The element whose blocks score highest together; the deepest one on a tie.

    An element ``marked`` as the article body (microdata ``articleBody``) wins
    when its prose is a fair share of the best container's.

    Prose right after a linked heading, in the same item, is the teaser of
    another article, not the article's own prose: it counts for nothing.
    """
    totals: dict[Element, float] = {}
    previous: TextBlock | None = None
    for block in blocks:
        score = block_score(block)
        if score > 0 and previous is not None and _is_teaser(block, previous):
            score = 0.0
        previous = block
        if score:
            # A paragraph is never the container of the article, only a part of it.
            path = block.path[:-1] if block.tag in _PARAGRAPH_TAGS else block.path
            for element in path:
                totals[element] = totals.get(element, 0.0) + score
    best: Element | None = None
    best_score = 0.0
    for element, score in totals.items():
        # Dicts keep insertion order, ancestors first: ">=" prefers descendants.
        if score >= best_score and score > 0:
            best, best_score = element, score
    marked_scores = [(totals[m], m) for m in marked if totals.get(m, 0.0) > 0]
    if marked_scores:
        score, element = max(marked_scores, key=lambda pair: pair[0])
        if score >= _MARKED_SHARE * best_score:
            return element
    return best


def select_blocks(blocks: list[TextBlock], container: Element) -> list[TextBlock]:
    """The blocks inside ``container``, without link lists."""
    return [b for b in blocks if container in b.path and b.link_density < _MAX_LINK_DENSITY]
