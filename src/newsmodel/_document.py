"""The document: what a format plugin reads a source into."""

from __future__ import annotations

from attrs import field, frozen
from attrs.validators import deep_iterable, instance_of, optional

from newsmodel._model import ArticleDate, Block, Debris, OffsetMap, _convert
from newsmodel._model.blocks import block_tuple, debris_tuple

__all__ = ["Document"]

_opt_str = optional(instance_of(str))
_strs = deep_iterable(member_validator=instance_of(str))


@frozen(kw_only=True)
class Document:
    """A source read by a format plugin, before analysis.

    ``text`` is the article body as a reader sees it: blocks of text separated
    by blank lines, with layout debris removed and encodings repaired.
    ``blocks`` say what each part of ``text`` is.  Everything else is metadata
    the format carried: the analysis stages find actors, quotes, events and
    dates in ``text``.  ``source_map`` maps ``text`` offsets back to the
    decoded source when the plugin can say so.
    """

    text: str = field(validator=instance_of(str))
    blocks: tuple[Block, ...] = field(converter=block_tuple, validator=_convert.each(Block))
    title: str | None = field(default=None, validator=_opt_str)
    authors: tuple[str, ...] = field(
        default=(), converter=_convert.strings, validator=_convert.each(str)
    )
    published: ArticleDate | None = field(
        default=None, validator=optional(instance_of(ArticleDate))
    )
    updated: ArticleDate | None = field(default=None, validator=optional(instance_of(ArticleDate)))
    language: str | None = field(default=None, validator=_opt_str)
    url: str | None = field(default=None, validator=_opt_str)
    canonical_url: str | None = field(default=None, validator=_opt_str)
    site_name: str | None = field(default=None, validator=_opt_str)
    description: str | None = field(default=None, validator=_opt_str)
    tags: tuple[str, ...] = field(
        default=(), converter=_convert.strings, validator=_convert.each(str)
    )
    debris: tuple[Debris, ...] = field(
        default=(),
        converter=debris_tuple,
        validator=_convert.each(Debris),
    )
    source_map: OffsetMap | None = field(default=None, validator=optional(instance_of(OffsetMap)))

    def __attrs_post_init__(self) -> None:
        last = 0
        for b in self.blocks:
            if b.start < last or b.end > len(self.text):
                raise ValueError(
                    f"block {b.kind} [{b.start}, {b.end}) is out of order or outside the text"
                )
            last = b.end

    @classmethod
    def from_blocks(cls, parts: list[tuple[str, str]], **metadata: object) -> Document:
        """Build a document from ``(kind, text)`` pairs, joined by blank lines.

        The convenient constructor for plugins that do not keep a source map.
        """
        pieces: list[str] = []
        blocks: list[Block] = []
        pos = 0
        for kind, block_text in parts:
            if not block_text:
                continue
            if pieces:
                pieces.append("\n\n")
                pos += 2
            blocks.append(Block(kind=kind, start=pos, end=pos + len(block_text)))
            pieces.append(block_text)
            pos += len(block_text)
        return cls(text="".join(pieces), blocks=blocks, **metadata)  # type: ignore[arg-type]
