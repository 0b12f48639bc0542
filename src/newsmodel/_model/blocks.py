"""The article's layout: blocks of body text, and debris kept out of the body."""

from __future__ import annotations

import enum
from collections.abc import Iterable

from attrs import field, frozen
from attrs.validators import instance_of, optional

from newsmodel._model.spans import Span, check_end, check_offset

__all__ = ["Block", "BlockKind", "Debris"]


class BlockKind(enum.StrEnum):
    """What a block of the article body is."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    CAPTION = "caption"
    BLOCKQUOTE = "blockquote"
    LIST_ITEM = "list_item"
    PREFORMATTED = "preformatted"
    TABLE = "table"


def _block_kind(value: str) -> BlockKind:
    # A member as it is: calling the enum class costs a Python-level look-up, and
    # this runs for every object built.
    return value if isinstance(value, BlockKind) else BlockKind(value)


@frozen(kw_only=True)
class Block:
    """One block of the article text, ``text[start:end]``."""

    kind: BlockKind = field(converter=_block_kind)
    start: int = field(validator=check_offset)
    end: int = field(validator=check_end)

    @property
    def span(self) -> Span:
        """The block's characters as a :class:`Span`."""
        return Span(start=self.start, end=self.end)


@frozen(kw_only=True)
class Debris:
    """Text of the source that is not part of the article body.

    View counters, "Share" and "Advertisement" lines, newsletter prompts,
    photo credits: left out of :attr:`Article.text` but kept, so nothing is
    silently lost.  ``kind`` names what it is (``"counter"``, ``"share"``,
    ``"advertisement"``, ``"related"``, ``"credit"``, ``"tag"``, ``"byline"``, ...)
    and ``source`` is where it stood in the decoded source, when known.
    """

    kind: str = field(validator=instance_of(str))
    text: str = field(validator=instance_of(str))
    source: Span | None = field(default=None, validator=optional(instance_of(Span)))


def block_tuple(value: Iterable[Block]) -> tuple[Block, ...]:
    """A converter: any iterable of Block objects as a tuple."""
    return tuple(value)


def debris_tuple(value: Iterable[Debris]) -> tuple[Debris, ...]:
    """A converter: any iterable of Debris objects as a tuple."""
    return tuple(value)
