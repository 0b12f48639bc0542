"""One walk over the page: text blocks with their kind, link text and ancestors.

The walk visits each element once, in document order.  Boilerplate subtrees
(navigation, share bars, advertisements, ...) are not entered; they are
recorded as :class:`Pruned` so the caller can keep the ones inside the
article as debris.  Inline elements flow into the enclosing block; every
block-level element starts a new :class:`TextBlock`, and text that follows a
nested block inside its parent becomes a block of the parent.
"""

from __future__ import annotations

import re
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

__all__ = ["Pruned", "TextBlock", "walk"]

Element = lxml.etree._Element

# libxml2 never yields NUL in text, so it can stand for a <br>.
_BR: Final = "\x00"
_SPACE = re.compile(r"\s+")
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")
_BR_RUN = re.compile(r" ?(?:\x00 ?){2,}")
_BR_ONE = re.compile(r" ?\x00 ?")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_TEXT_LENGTH = lxml.etree.XPath("string-length(normalize-space())")
# Paragraphs long enough to be article prose, which boilerplate does not hold.
_PROSE_PARAGRAPHS = lxml.etree.XPath("count(.//p[string-length(normalize-space()) > 150])")
_MIN_PROSE_PARAGRAPHS = 3
# Kinds of boilerplate that hold prose of their own, which the rescue must not keep.
_PROSE_BOILERPLATE = frozenset({"comments", "hidden"})
_HAS_LAYOUT = lxml.etree.XPath(
    "boolean(.//table|.//p|.//div|.//ul|.//ol|.//blockquote|.//h1|.//h2|.//h3|.//h4)"
)
# A boilerplate word on an element holding more than this share of the page's
# text is a misnamed container (a "content-with-sidebar" wrapper), not boilerplate.
_RESCUE_SHARE = 0.5


class TextBlock:
    """A block of text: its kind, its text, and the containers it sits in.

    ``path`` holds the block-level ancestors from the root down to the
    element that owns the text; ``link_chars`` counts the characters inside
    links.
    """

    __slots__ = ("kind", "link_chars", "path", "tag", "text")

    def __init__(
        self, kind: BlockKind, text: str, link_chars: int, path: tuple[Element, ...], tag: str
    ) -> None:
        self.kind = kind
        self.text = text
        self.link_chars = link_chars
        self.path = path
        self.tag = tag

    @property
    def link_density(self) -> float:
        """The share of the block's characters that are link text."""
        return min(1.0, self.link_chars / len(self.text)) if self.text else 0.0

    def __repr__(self) -> str:
        return f"TextBlock({self.kind.value}, {self.tag}, {self.text[:40]!r})"


class Pruned:
    """A boilerplate subtree the walk did not enter, and what kind it is."""

    __slots__ = ("element", "kind", "path")

    def __init__(self, element: Element, kind: str, path: tuple[Element, ...]) -> None:
        self.element = element
        self.kind = kind
        self.path = path


class _Walker:
    def __init__(self, page_chars: int, protected: frozenset[Element]) -> None:
        self.blocks: list[TextBlock] = []
        self.pruned: list[Pruned] = []
        self.path: list[Element] = []
        self.kinds: list[BlockKind] = [BlockKind.PARAGRAPH]
        self.pieces: list[str] = []
        self.chars = 0
        self.link_chars = 0
        self.links = 0
        self.pre = 0
        self.page_chars = page_chars
        self.protected = protected

    def add(self, text: str | None) -> None:
        if text:
            self.pieces.append(text)
            if self.links:
                self.link_chars += len(text.strip())

    def flush(self) -> None:
        if not self.pieces:
            return
        raw = "".join(self.pieces)
        self.pieces = []
        link_chars, self.link_chars = self.link_chars, 0
        owner = self.path[-1] if self.path else None
        tag = owner.tag if owner is not None else ""
        path = tuple(self.path)
        kind = self.kinds[-1]
        if self.pre:
            text = _INVISIBLE.sub("", raw).replace(_BR, "\n").strip("\n")
            if text.strip():
                self.blocks.append(TextBlock(kind, text, link_chars, path, str(tag)))
            return
        text = _SPACE.sub(" ", _INVISIBLE.sub("", raw)).strip(" \x00")
        if not text:
            return
        if _BR not in text:
            self.blocks.append(TextBlock(kind, text, link_chars, path, str(tag)))
            return
        parts = [_BR_ONE.sub("\n", p).strip() for p in _BR_RUN.split(text)]
        total = sum(len(p) for p in parts) or 1
        for part in parts:
            if part:
                share = link_chars * len(part) // total
                self.blocks.append(TextBlock(kind, part, share, path, str(tag)))

    def boilerplate(self, el: Element, tag: str) -> str | None:
        if self.is_hidden(el):
            return "hidden"
        get = el.get
        kind = STRUCTURAL_BOILERPLATE.get(tag)
        if kind is None:
            kind = boilerplate_of_attributes(get("class"), get("id"), get("role"))
            if kind is None and "-" in tag:
                # Custom elements are named like classes: <amp-ad>, <related-stories>.
                kind = boilerplate_of_attributes(tag, None, None)
        if kind is None or el in self.protected:
            return None
        if kind == "hidden":
            return kind
        if tag == "form" or kind not in _PROSE_BOILERPLATE:
            # Some sites wrap the whole page in a form, or name the article's
            # container with a boilerplate word.
            return None if self.holds_prose(el) else kind
        return kind

    @staticmethod
    def is_hidden(el: Element) -> bool:
        get = el.get
        return (
            get("hidden") is not None
            or get("aria-hidden") == "true"
            or ((style := get("style")) is not None and _HIDDEN_STYLE.search(style) is not None)
        )

    def is_too_large(self, el: Element) -> bool:
        chars: float = _TEXT_LENGTH(el)  # type: ignore[assignment]
        return chars > _RESCUE_SHARE * self.page_chars

    def holds_prose(self, el: Element) -> bool:
        """A misnamed container: a boilerplate word on the article itself."""
        count: float = _PROSE_PARAGRAPHS(el)  # type: ignore[assignment]
        return count >= _MIN_PROSE_PARAGRAPHS or self.is_too_large(el)

    def visit(self, el: Element) -> None:
        tag = el.tag
        if not isinstance(tag, str):
            return
        if tag == "br":
            self.pieces.append(_BR)
            return
        if tag not in BLOCK_TAGS and "-" not in tag:
            if self.is_hidden(el):
                return
            if tag == "a":
                self.links += 1
                self.add(el.text)
                for child in el:
                    self.visit(child)
                    self.add(child.tail)
                self.links -= 1
            else:
                self.add(el.text)
                for child in el:
                    self.visit(child)
                    self.add(child.tail)
            return
        self.visit_block(el, tag)

    def visit_block(self, el: Element, tag: str) -> None:
        class_ = el.get("class")
        kind = KIND_OF_TAG.get(tag)
        if class_ is not None and kind is None:
            if is_pullquote_class(class_):
                kind = BlockKind.BLOCKQUOTE
            elif is_caption_class(class_):
                kind = BlockKind.CAPTION
        if kind is not BlockKind.BLOCKQUOTE and (reason := self.boilerplate(el, tag)):
            self.flush()
            self.pruned.append(Pruned(el, reason, tuple(self.path)))
            return
        if tag == "table" and not _HAS_LAYOUT(el):
            self.visit_table(el)
            return
        self.flush()
        self.path.append(el)
        if kind is not None:
            self.kinds.append(kind)
        if tag == "pre":
            self.pre += 1
        self.add(el.text)
        for child in el:
            self.visit(child)
            self.add(child.tail)
        self.flush()
        if tag == "pre":
            self.pre -= 1
        if kind is not None:
            self.kinds.pop()
        self.path.pop()

    def visit_table(self, table: Element) -> None:
        """A data table: one block per row, its cells separated by `` | ``."""
        self.flush()
        self.path.append(table)
        self.kinds.append(BlockKind.TABLE)
        for row in table.iter("tr"):
            cells = []
            for cell in row:
                if cell.tag in ("td", "th"):
                    self.add(cell.text)
                    for child in cell:
                        self.visit(child)
                        self.add(child.tail)
                    cells.append(_SPACE.sub(" ", "".join(self.pieces)).strip())
                    self.pieces = []
            line = " | ".join(c for c in cells if c)
            if line:
                self.pieces = [line]
                self.flush()
        self.kinds.pop()
        self.path.pop()


def walk(body: Element, page_chars: int, protected: frozenset[Element]) -> tuple[
    list[TextBlock], list[Pruned]
]:
    """The text blocks of ``body`` in document order, and the subtrees left out.

    ``page_chars`` is the length of the page's text, against which a
    boilerplate-named element is judged too large to be boilerplate;
    ``protected`` elements (ancestors of an explicit article body) are never
    left out.
    """
    walker = _Walker(page_chars, protected)
    walker.visit(body)
    walker.flush()
    return walker.blocks, walker.pruned
