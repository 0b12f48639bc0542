"""One walk over the page: text blocks with their kind, link density and ancestors.

The walk visits each element once, in document order.  Boilerplate subtrees
(navigation, share bars, advertisements, ...) are recorded as :class:`Pruned`
so the caller can keep the ones inside the article as debris.  One that may
hold prose (enough text outside links, not a ``<nav>`` or ``<aside>``) is
walked all the same, its blocks marked with it, so that the content can
overrule a misleading class name; inside a subtree whose kind the content
decides (comments, hidden) and that holds the page's prose, boilerplate nested
in it is walked and marked too.
Inline elements flow into the enclosing block; every block-level element
starts a new :class:`TextBlock`, and text that follows a nested block inside
its parent becomes a block of the parent.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

import lxml.etree

from newsmodel import BlockKind
from newsmodel_html._vocabulary import (
    BLOCK_TAGS,
    KIND_OF_TAG,
    STRUCTURAL_BOILERPLATE,
    boilerplate_of_attributes,
    is_caption_class,
    is_pullquote_class,
)

__all__ = ["Pruned", "TextBlock", "elements", "text_of", "walk"]

Element = lxml.etree._Element

# libxml2 never yields NUL in text, so it can stand for a <br>.
_BR: Final = "\x00"
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
_BR_RUN = re.compile(r" ?(?:\x00 ?){2,}")
_BR_ONE = re.compile(r" ?\x00 ?")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_TEXT_LENGTH = lxml.etree.XPath("string-length()")
# A table is laid out with blocks, or with a cell holding a page's worth of
# text (an old page's story column, paragraphs split by <br>): no data table.
_LAYOUT_CELL_CHARS = 600
_HAS_LAYOUT = lxml.etree.XPath(
    "boolean(.//table|.//p|.//div|.//ul|.//ol|.//blockquote|.//h1|.//h2|.//h3|.//h4"
    f"|.//td[string-length() > {_LAYOUT_CELL_CHARS}]|.//th[string-length() > {_LAYOUT_CELL_CHARS}])"
)
# Paragraphs long enough to be article prose, which boilerplate does not hold.
_PROSE_CHARS = 150
_PROSE_PARAGRAPHS = lxml.etree.XPath(
    f"count(.//p[string-length(normalize-space()) > {_PROSE_CHARS}])"
)
_MIN_PROSE_PARAGRAPHS = 3
# A boilerplate word on an element holding more than this share of the page's
# text is a misnamed container (a "content-with-sidebar" wrapper), not boilerplate.
_RESCUE_SHARE = 0.5
# A boilerplate subtree is walked, to be judged by its content, only when it
# has this much text, and less than this share of it in links.
_MIN_RESCUE_CHARS = 50
_MAX_RESCUE_LINK_SHARE = 0.5
_LINK_TEXT = lxml.etree.XPath(".//a//text()")
# A subtree holding this share of the page's long paragraphs holds the story.
_STORY_SHARE = 0.8
# Kinds of boilerplate that hold prose of their own, which the rescue must not keep.
_PROSE_BOILERPLATE = frozenset({"comments", "hidden"})
_HAS_HEADLINE = lxml.etree.XPath("boolean(.//h1)")
# A pull quote is no longer than this; a longer element classed as one is a container.
_MAX_PULLQUOTE_CHARS = 1000
# A permalink's target is its own block or a box a few levels up.
_SELF_LINK_LEVELS = 3


class TextBlock:
    """A block of text: its kind, its text, and the containers it sits in.

    ``path`` holds the block-level ancestors from the root down to the
    element that owns the text; ``link_density`` is the share of its
    characters inside links; ``pruned`` the indexes (into the walk's
    :class:`Pruned` list, outermost first) of the boilerplate subtrees the
    block sits in, empty for a block outside all of them.
    """

    __slots__ = ("kind", "link_density", "path", "pruned", "score", "tag", "text")

    def __init__(
        self,
        kind: BlockKind,
        text: str,
        link_density: float,
        path: tuple[Element, ...],
        tag: str,
        pruned: tuple[int, ...] = (),
    ) -> None:
        self.kind = kind
        self.text = text
        self.link_density = link_density
        self.path = path
        self.tag = tag
        self.pruned = pruned
        #: How much the block looks like prose, once the content step has asked.
        self.score: float | None = None

    def __repr__(self) -> str:
        return f"TextBlock({self.kind.value}, {self.tag}, {self.text[:40]!r})"


class Pruned:
    """A boilerplate subtree, what kind it is, and the containers it sits in.

    The walk enters it all the same, marking its blocks, so that a subtree
    misnamed by its class can be rescued when its content is the article.
    """

    __slots__ = ("element", "holds_the_prose", "kind", "path")

    def __init__(self, element: Element, kind: str, path: tuple[Element, ...]) -> None:
        self.element = element
        self.kind = kind
        self.path = path
        #: Whether the subtree, of a kind the content decides (comments,
        #: hidden), holds nearly all the page's long paragraphs.
        self.holds_the_prose = False


def text_of(el: Element) -> str:
    """All the text inside an element, as lxml gives it (no whitespace repair)."""
    return lxml.etree.tostring(el, method="text", encoding="unicode", with_tail=False)


def elements(found: object) -> list[Element]:
    """The elements of an XPath result (which may also hold strings or numbers)."""
    if not isinstance(found, list):
        return []
    return [item for item in found if isinstance(item, lxml.etree._Element)]


def _is_hidden(get: Callable[[str], str | None]) -> bool:
    return (
        get("hidden") is not None
        or get("aria-hidden") == "true"
        or ((style := get("style")) is not None and _HIDDEN_STYLE.search(style) is not None)
    )


def _normalize(raw: str) -> str:
    if _INVISIBLE.search(raw):
        raw = _INVISIBLE.sub("", raw)
    return " ".join(raw.split())


def _is_short(el: Element) -> bool:
    """Whether an element holds no more text than a pull quote."""
    chars: float = _TEXT_LENGTH(el)  # type: ignore[assignment]
    return chars <= _MAX_PULLQUOTE_CHARS


def _may_be_prose(el: Element) -> bool:
    """Whether a boilerplate subtree has enough text outside links to be article prose."""
    chars: float = _TEXT_LENGTH(el)  # type: ignore[assignment]
    if chars < _MIN_RESCUE_CHARS:
        return False
    found = _LINK_TEXT(el)
    link_chars = sum(len(t) for t in found if isinstance(t, str)) if isinstance(found, list) else 0
    return link_chars < _MAX_RESCUE_LINK_SHARE * chars


class _Walker:
    def __init__(self, root: Element, protected: frozenset[Element]) -> None:
        self.root = root
        self.blocks: list[TextBlock] = []
        self.pruned: list[Pruned] = []
        self.path: list[Element] = []
        self.kinds: list[BlockKind] = [BlockKind.PARAGRAPH]
        # The current block's text, appended to in place and cleared by flush().
        self.pieces: list[str] = []
        self.link_chars = 0
        self.links = 0
        self.pre = 0
        self.page_chars = -1.0
        self.page_paragraphs = -1.0
        self.protected = protected
        # The indexes of the boilerplate subtrees being walked, outermost first.
        self.marks: tuple[int, ...] = ()
        # Whether each outermost subtree walked may be the article (asked once each).
        self.article_like: dict[int, bool] = {}

    def flush(self) -> None:
        pieces = self.pieces
        raw = "".join(pieces)
        pieces.clear()
        link_chars, self.link_chars = self.link_chars, 0
        if not self.pre and (not raw or raw.isspace()):
            return  # most flushes: the white space between blocks, which normalises to ""
        path = tuple(self.path)
        tag = str(path[-1].tag) if path else ""
        kind = self.kinds[-1]
        if self.pre:
            density = min(1.0, link_chars / len(raw)) if raw else 0.0
            # Keep indentation; drop blank lines around the block and trailing spaces.
            text = _INVISIBLE.sub("", raw).replace(_BR, "\n").rstrip().lstrip("\n")
            if text.strip():
                self.blocks.append(TextBlock(kind, text, density, path, tag, self.marks))
            return
        text = _normalize(raw).strip(" \x00")
        if not text:
            return
        density = min(1.0, link_chars / len(text))
        if _BR not in text:
            self.blocks.append(TextBlock(kind, text, density, path, tag, self.marks))
            return
        for part in _BR_RUN.split(text):
            part = _BR_ONE.sub("\n", part).strip()
            if part:
                self.blocks.append(TextBlock(kind, part, density, path, tag, self.marks))

    def boilerplate(self, el: Element, tag: str, class_: str | None) -> str | None:
        get = el.get
        if _is_hidden(get):
            return "hidden"
        kind = STRUCTURAL_BOILERPLATE.get(tag)
        if kind is None:
            kind = boilerplate_of_attributes(class_, get("id"), get("role"))
            if kind is None and "-" in tag:
                # Custom elements are named like classes: <amp-ad>, <related-stories>.
                kind = boilerplate_of_attributes(tag, None, None)
        if kind is None or el in self.protected:
            return None
        if self.marks or (kind in _PROSE_BOILERPLATE and tag != "form"):
            # Inside boilerplate already, or a kind that holds prose of its
            # own: the content decides later (``_content.choose``).
            return kind
        # Some sites wrap the whole page in a form, or name the article's
        # container with a boilerplate word.
        return None if self.holds_prose(el) else kind

    def heads_the_story(self, el: Element, tag: str) -> bool:
        """Whether a ``<header>`` outside other boilerplate holds a headline: its
        standfirst may be the story's lead (``_content.lead``), so it is walked."""
        return tag == "header" and not self.marks and bool(_HAS_HEADLINE(el)) and _may_be_prose(el)

    def may_hold_the_article(self, index: int) -> bool:
        """Whether the outermost boilerplate subtree being walked may be the article
        misnamed: of a kind the content decides (comments, hidden), holding the
        page's prose.  Asked once per subtree."""
        found = self.article_like.get(index)
        if found is None:
            item = self.pruned[index]
            found = item.kind in _PROSE_BOILERPLATE and self.holds_prose(item.element)
            self.article_like[index] = found
        return found

    def holds_the_prose(self, el: Element) -> bool:
        """Whether an element holds nearly all the page's long paragraphs: the story,
        whatever its links and its name."""
        chars: float = _TEXT_LENGTH(el)  # type: ignore[assignment]
        if chars <= _MIN_PROSE_PARAGRAPHS * _PROSE_CHARS:
            return False
        count: float = _PROSE_PARAGRAPHS(el)  # type: ignore[assignment]
        if count < _MIN_PROSE_PARAGRAPHS:
            return False
        if self.page_paragraphs < 0:
            self.page_paragraphs = _PROSE_PARAGRAPHS(self.root)  # type: ignore[assignment]
        return count >= _STORY_SHARE * self.page_paragraphs

    def holds_prose(self, el: Element) -> bool:
        """Whether an element holds article prose: a misnamed container, not boilerplate."""
        chars: float = _TEXT_LENGTH(el)  # type: ignore[assignment]
        count = 0.0
        # Too little text for the long paragraphs: no need to count them.
        if chars > _MIN_PROSE_PARAGRAPHS * _PROSE_CHARS:
            count = _PROSE_PARAGRAPHS(el)  # type: ignore[assignment]
        if count >= _MIN_PROSE_PARAGRAPHS:
            # A misnamed container holds most of the page's prose; a box of a
            # few long paragraphs among many (a glossary beside the story) is
            # boilerplate, which the content may still rescue later.
            if self.page_paragraphs < 0:
                self.page_paragraphs = _PROSE_PARAGRAPHS(self.root)  # type: ignore[assignment]
            if count >= _RESCUE_SHARE * self.page_paragraphs:
                return True
        if self.page_chars < 0:
            self.page_chars = _TEXT_LENGTH(self.root)  # type: ignore[assignment]
        return chars > _RESCUE_SHARE * self.page_chars

    def visit(self, el: Element) -> None:
        tag = el.tag
        if tag.__class__ is not str:
            return
        if tag in BLOCK_TAGS or "-" in tag:
            self.visit_block(el, tag)
            return
        pieces = self.pieces
        if tag == "br":
            pieces.append(_BR)
            return
        if _is_hidden(el.get):
            return
        # Most links point elsewhere: only an in-page one may be a permalink.
        is_link = tag == "a" and not (
            (href := el.get("href")) and href[0] == "#" and self.links_to_own_block(el, href)
        )
        if is_link:
            self.links += 1
        self.visit_contents(el)
        if is_link:
            self.links -= 1

    def links_to_own_block(self, el: Element, href: str) -> bool:
        """Whether an in-page link (``href`` "#...") points at the block it sits in
        (a heading's anchor to itself, ``<h2 id="x"><a href="#x">``): a permalink,
        no link elsewhere."""
        target = href[1:]
        if not target:
            return False
        return el.get("id") == target or any(
            block.get("id") == target for block in self.path[-_SELF_LINK_LEVELS:]
        )

    def visit_contents(self, el: Element) -> None:
        """The element's own text, its children and their tails, counting link text."""
        pieces = self.pieces
        text = el.text
        if text:
            pieces.append(text)
            if self.links:
                self.link_chars += len(text.strip())
        for child in el:
            self.visit(child)
            tail = child.tail
            if tail:
                pieces.append(tail)
                if self.links:
                    self.link_chars += len(tail.strip())

    def visit_block(self, el: Element, tag: str) -> None:
        class_ = el.get("class")
        kind = KIND_OF_TAG.get(tag)
        if class_ is not None and kind is None:
            if is_pullquote_class(class_) and _is_short(el):
                # A pull quote is a sentence or two; a class naming quotes on
                # a container of paragraphs ("blockquote-style-2") styles the
                # quotes inside it.
                kind = BlockKind.BLOCKQUOTE
            elif is_caption_class(class_):
                kind = BlockKind.CAPTION
        pieces = self.pieces
        marks = self.marks
        if kind is not BlockKind.BLOCKQUOTE and (reason := self.boilerplate(el, tag, class_)):
            if pieces:
                self.flush()
            item = Pruned(el, reason, tuple(self.path))
            self.pruned.append(item)
            if not marks and reason in _PROSE_BOILERPLATE and tag not in STRUCTURAL_BOILERPLATE:
                item.holds_the_prose = self.holds_the_prose(el)
            if (
                (tag in STRUCTURAL_BOILERPLATE and not self.heads_the_story(el, tag))
                or (marks and not self.may_hold_the_article(marks[0]))
                or not (_may_be_prose(el) or item.holds_the_prose)
            ):
                # A <nav>, <aside> or <footer> (which say what they are; a
                # misused one holding prose was kept by holds_prose; a <header>
                # holding the headline is walked for its standfirst), inside
                # boilerplate that cannot be the article misnamed, or too
                # little text outside links to be the article (unless it holds
                # the page's long paragraphs: a shopping story's links are
                # its offers): nothing to rescue, no need to walk.
                return
            # Inside a subtree that may be the article misnamed, the mark is
            # added to the outer one: such a container may hold its
            # paragraphs in wrappers of their own (each classed "paywall"),
            # all to be judged.
            self.marks = (*marks, len(self.pruned) - 1)
        if tag == "table" and not _HAS_LAYOUT(el):
            self.visit_table(el)
            self.marks = marks
            return
        if pieces:
            self.flush()
        self.path.append(el)
        if kind is not None:
            self.kinds.append(kind)
        if tag == "pre":
            self.pre += 1
        self.visit_contents(el)
        if pieces:
            self.flush()
        if tag == "pre":
            self.pre -= 1
        if kind is not None:
            self.kinds.pop()
        self.path.pop()
        self.marks = marks

    def visit_table(self, table: Element) -> None:
        """A data table: one block per row, its cells separated by `` | ``."""
        if self.pieces:
            self.flush()
        self.path.append(table)
        self.kinds.append(BlockKind.TABLE)
        pieces = self.pieces
        for row in table.iter("tr"):
            cells = []
            for cell in row:
                if cell.tag in ("td", "th"):
                    if cell.text:
                        pieces.append(cell.text)
                    for child in cell:
                        self.visit(child)
                        if child.tail:
                            pieces.append(child.tail)
                    cells.append(_normalize("".join(pieces)))
                    pieces.clear()
            line = " | ".join(c for c in cells if c)
            if line:
                pieces.append(line)
                self.flush()
        self.link_chars = 0
        self.kinds.pop()
        self.path.pop()


def walk(
    body: Element, protected: frozenset[Element] = frozenset()
) -> tuple[list[TextBlock], list[Pruned]]:
    """The text blocks of ``body`` in document order, and its boilerplate subtrees.

    Blocks inside boilerplate are kept, marked with the subtrees they sit in
    (:attr:`TextBlock.pruned`).  ``protected`` elements (an explicit article
    body and its ancestors) are never boilerplate, unless hidden.
    """
    walker = _Walker(body, protected)
    walker.visit(body)
    if walker.pieces:
        walker.flush()
    return walker.blocks, walker.pruned
