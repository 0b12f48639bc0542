"""Reading a decoded dump: header, debris, paragraphs, headings and captions.

The reading goes line by line over the normalised text:

1. every line that is debris or metadata (a byline, a date line) is set
   aside, kept as :class:`Debris` (:mod:`newsmodel_text._reading`);
2. the layout style is judged: wrap width, double spacing, indentation
   (:mod:`newsmodel_text._style`);
3. the header gives the tag line, the title and a standfirst
   (:mod:`newsmodel_text._header`);
4. the remaining lines are joined into blocks: a break is kept unless the
   sentence clearly runs on (:mod:`newsmodel_text._joins`), the line was
   wrapped at the document's width, or, in indented dumps, the next line
   is not indented (further); short single-line blocks become headings,
   captions and list items (:mod:`newsmodel_text._blocks`).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsmodel import (
    ArticleDate,
    BlockKind,
    DateOrigin,
    DateValue,
    Document,
    OffsetMap,
    Precision,
    find_dates,
)
from newsmodel_text._blocks import group_lines, plan_blocks
from newsmodel_text._build import PlannedBlock, TextBuilder
from newsmodel_text._header import find_header, headline_lines
from newsmodel_text._lines import split_lines
from newsmodel_text._meta import MetaLine, read_dateline, split_site
from newsmodel_text._normalize import normalize
from newsmodel_text._offsets import compose
from newsmodel_text._reading import Reading, absorb_link_lists, classify_lines
from newsmodel_text._shapes import unmarked
from newsmodel_text._style import detect_style

__all__ = ["read_layout"]

#: How much of the text the year of a dateline without one is looked for in.
YEAR_CONTEXT = 3000


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
    reading = Reading(
        text=normal.text,
        to_source=OffsetMap(segments=normal.segments),
        lines=lines,
        roles=classify_lines(lines),
    )
    absorb_link_lists(reading)
    candidates = [i for i, role in enumerate(reading.roles) if role is None]
    style = detect_style(reading, candidates[headline_lines(reading, candidates) :])
    header = find_header(reading, style)
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

    planned = plan_blocks(reading, group_lines(reading, style, body))
    builder = TextBuilder(normal.text)
    for block in planned:
        builder.add(block)
    if published is None:
        published = _date_from_dateline(normal.text, planned, updated)

    def line_text(i: int | None) -> str | None:
        return " ".join(unmarked(lines[i].text).split()) if i is not None else None

    title, site = split_site(line_text(header.title) or "")
    return Document(
        text=builder.text,
        blocks=builder.blocks,
        title=title or None,
        site_name=site,
        authors=_unique(authors),
        published=published,
        updated=updated,
        description=line_text(header.standfirst),
        tags=tags,
        debris=sorted(reading.debris, key=lambda d: d.source.start if d.source else 0),
        source_map=OffsetMap(segments=compose(builder.segments, normal.segments)),
    )
