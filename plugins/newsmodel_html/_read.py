"""A page to a document: parse, read the metadata, walk the body, keep the article."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator

import lxml.etree

from newsmodel import (
    ArticleDate,
    BlockKind,
    DateOrigin,
    DateValue,
    Debris,
    Document,
    Precision,
)
from newsmodel_html._authors import clean_authors
from newsmodel_html._content import choose, select_blocks
from newsmodel_html._dates import date_from_dateline, parse_date, quick_day, shown_day
from newsmodel_html._metadata import (
    Metadata,
    area_authors,
    area_bylines,
    area_credit,
    byline_authors,
    read_metadata,
    without_picture_credits,
)
from newsmodel_html._parse import parse_html
from newsmodel_html._vocabulary import DROP_TAGS, boilerplate_of_attributes
from newsmodel_html._walk import Pruned, TextBlock, text_of, walk

__all__ = ["read_page"]

Element = lxml.etree._Element

_SPACE = re.compile(r"\s+")
_MARKUP = re.compile(r"<[a-zA-Z/!][^>]*>")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\r\n\s*\r\n|\n(?=\S)")
# JSON-LD's articleBody replaces the markup's body when it is more than this
# many times longer (the markup held a paywall teaser, or a script renders it).
_JSONLD_BODY_RATIO = 2.0
_DEBRIS_MAX_CHARS = 500
# A byline line opens the article: among its first few blocks, and short.
_BYLINE_LINE_BLOCKS = 3
_MAX_BYLINE_LINE_CHARS = 250
_BY = re.compile(r"(?:By|BY)\s+")
_AFTER_BYLINE_NAME = re.compile(r"\s*(?:[,|/•·–—-]|and\b|&|\n|$)|\s+[A-Z]")
_BIO_LAST_BLOCKS = 3
_MAX_CREDIT_WORDS = 5
_MAX_BIO_CHARS = 600
_BIO_VERB = re.compile(r"\s+(?:is|was|covers|writes|reports|has been|joined)\b")
_BIO_OPENING = re.compile(
    r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}\s+(?:is|was)\s+(?:a|an|the)\b"
)
_BIO_ROLE = re.compile(
    r"\b(?:reporter|writer|editor|journalist|correspondent|columnist|contributor|critic"
    r"|photographer|producer|author of)\b",
    re.IGNORECASE,
)
# Boilerplate the walk leaves out that may hold the byline.
_BYLINE_HOLDERS = frozenset({"byline", "header"})


def _date_class_elements(scope: Element, limit: int) -> list[Element]:
    """The first ``limit`` elements below ``scope`` whose class names a date, in document order.

    A loop rather than an XPath of ``contains()``: libxml2 evaluates every
    ``contains()`` on every element, several times slower, and cannot stop at
    ``limit``.
    """
    found: list[Element] = []
    for el in scope.iterdescendants(lxml.etree.Element):
        class_ = el.get("class")
        if class_ is not None and (
            "date" in class_
            or "Date" in class_
            or "time" in class_
            or "Time" in class_
            or "publish" in class_
        ):
            found.append(el)
            if len(found) >= limit:
                break
    return found


_UPDATED = re.compile(r"updat|modif|edited", re.IGNORECASE)
_DATE_SCOPE_LEVELS = 4
_MAX_DATE_ELEMENTS = 20
_MAX_DATE_CHARS = 80
# The article's header shows its dates among the first few.
_MAX_SHOWN_DATES = 6
_SHOWN_DATE_LEVELS = 3


def _protected(article_bodies: Iterable[Element]) -> frozenset[Element]:
    """The explicit article bodies and their ancestors: never boilerplate."""
    keep: set[Element] = set()
    for el in article_bodies:
        keep.add(el)
        keep.update(el.iterancestors())
    return frozenset(keep)


def _without_title(blocks: list[TextBlock], title: str | None) -> list[TextBlock]:
    """Drop the headline where the body repeats it: it is metadata, not body text."""
    if not blocks:
        return blocks
    folded = title.casefold() if title else None
    return [
        b
        for b in blocks
        if not (
            b.kind is BlockKind.HEADING
            and (b.tag == "h1" or (folded is not None and b.text.casefold() == folded))
        )
    ]


def _without_byline_lines(
    blocks: list[TextBlock], authors: tuple[str, ...]
) -> tuple[list[TextBlock], list[Debris]]:
    """The blocks without a byline line opening the article: a short line among
    the first few that reads "By" and an author's name ("By Jane Doe, Staff
    Writer | Updated March 4, 2024"), which no class marked as a byline."""
    names = tuple(a for a in authors if a)
    if not names or not blocks:
        return blocks, []
    drop = {
        i
        for i, block in enumerate(blocks[:_BYLINE_LINE_BLOCKS])
        if block.kind is BlockKind.PARAGRAPH
        and len(block.text) <= _MAX_BYLINE_LINE_CHARS
        and (match := _BY.match(block.text)) is not None
        and any(_names_at(block.text, match.end(), name) for name in names)
    }
    if not drop:
        return blocks, []
    debris = [Debris(kind="byline", text=blocks[i].text[:_DEBRIS_MAX_CHARS]) for i in sorted(drop)]
    return [b for i, b in enumerate(blocks) if i not in drop], debris


def _names_at(text: str, at: int, name: str) -> bool:
    """Whether ``text`` gives ``name`` at ``at`` as a credit: the name ends there, or
    a comma, a bar, a dash or "and" follows it ("By Jane Doe's account" does not)."""
    if not text.startswith(name, at):
        return False
    rest = text[at + len(name) :]
    return not rest or _AFTER_BYLINE_NAME.match(rest) is not None


def _without_bio(
    blocks: list[TextBlock], authors: tuple[str, ...]
) -> tuple[list[TextBlock], list[Debris]]:
    """The blocks without an author's biography at the end of the article.

    A biography is a short block among the last few that opens with an
    author's name, or with any name followed by "is a ..." and a newsroom
    role ("Jane Doe is a reporter covering transport"), or with an author's
    first name and a newsroom role ("Jane is a senior editor").  The lines
    just above it that give the author's name or role ("Senior Editor") go
    with it, and so does a paragraph after it that opens with the author's
    name.
    """
    if not blocks:
        return blocks, []
    names = tuple(a for a in authors if a)
    first_names = tuple({name.split()[0] for name in names if len(name.split()) > 1})
    drop: set[int] = set()
    bios: list[Debris] = []
    for index in range(len(blocks) - 1, max(-1, len(blocks) - 1 - _BIO_LAST_BLOCKS), -1):
        block = blocks[index]
        text = block.text
        if index in drop or len(text) > _MAX_BIO_CHARS or block.kind is BlockKind.HEADING:
            continue
        opens_with_author = any(
            text.startswith(name) and _BIO_VERB.match(text, len(name)) for name in names
        ) or (
            any(text.startswith(name) and _BIO_VERB.match(text, len(name)) for name in first_names)
            and (
                _BIO_ROLE.search(text) is not None
                # Under the author's name and role ("Jane DoeShopping writer"),
                # the bio needs no role of its own.
                or (index > 0 and _is_credit(blocks[index - 1].text, names))
            )
        )
        if opens_with_author or (_BIO_OPENING.match(text) and _BIO_ROLE.search(text)):
            drop.add(index)
            bios.append(Debris(kind="byline", text=text[:_DEBRIS_MAX_CHARS]))
            above = index - 1
            while above >= max(0, index - _BIO_LAST_BLOCKS) and _is_credit(
                blocks[above].text, names
            ):
                drop.add(above)
                bios.append(Debris(kind="byline", text=blocks[above].text[:_DEBRIS_MAX_CHARS]))
                above -= 1
    # A paragraph after a biography that opens with the author's name goes on with it.
    for index in sorted(drop):
        after = index + 1
        if after < len(blocks) and after not in drop and len(blocks[after].text) <= _MAX_BIO_CHARS:
            text = blocks[after].text
            if any(text.startswith(name + " ") for name in (*names, *first_names)):
                drop.add(after)
                bios.append(Debris(kind="byline", text=text[:_DEBRIS_MAX_CHARS]))
    if not drop:
        return blocks, bios
    return [b for i, b in enumerate(blocks) if i not in drop], bios


def _is_credit(text: str, names: tuple[str, ...]) -> bool:
    """A line giving only an author's name or a newsroom role ("Senior Editor")."""
    return len(text.split()) <= _MAX_CREDIT_WORDS and (
        text in names or (_BIO_ROLE.search(text) is not None and not text.rstrip().endswith("."))
    )


def _debris(
    pruned: list[Pruned], container: Element | None, rescued: frozenset[int]
) -> list[Debris]:
    """Boilerplate cut out of the article container, kept so nothing is lost silently."""
    if container is None:
        return []
    out = []
    inside = [i for i, item in enumerate(pruned) if container in item.path and i not in rescued]
    # Only the outermost: a subtree inside another is in its debris already.
    elements = {pruned[i].element for i in inside}
    for i in inside:
        item = pruned[i]
        if not any(el in elements for el in item.element.iterancestors()):
            text = " ".join(text_of(item.element).split())
            if text:
                out.append(Debris(kind=item.kind, text=text[:_DEBRIS_MAX_CHARS]))
    return out


def _json_ld_body(text: str) -> list[tuple[str, str]]:
    """The paragraphs of a JSON-LD ``articleBody``, which may hold HTML."""
    if _MARKUP.search(text):
        root = parse_html(text)
        if root is None:
            return []
        blocks, _ = walk(root)
        return [(b.kind.value, b.text) for b in blocks if not b.pruned]
    paragraphs = (_SPACE.sub(" ", p).strip() for p in _PARAGRAPH_BREAK.split(text))
    return [(BlockKind.PARAGRAPH.value, p) for p in paragraphs if p]


def _time_element_date(container: Element | None) -> ArticleDate | None:
    """The first ``<time datetime>`` of the article the container belongs to."""
    if container is None:
        return None
    parent = container.getparent()
    scope = next(container.iterancestors("article"), parent if parent is not None else container)
    for el in scope.iter("time"):
        value = parse_date(el.get("datetime"))
        if value is not None:
            return ArticleDate(value=value, origin=DateOrigin.METADATA)
    return None


def _visible_date(container: Element | None) -> ArticleDate | None:
    """The date written in the article's byline or header, where the markup has none.

    Looks in the container, then in its ancestors a few levels up, for a short
    element whose class names a date ("date", "time", "published") and whose
    text is a date; an "updated" date only when no other is written.
    """
    if container is None:
        return None
    scope: Element | None = container
    for _ in range(_DATE_SCOPE_LEVELS):
        if scope is None:
            break
        updated: ArticleDate | None = None
        for el in _date_class_elements(scope, _MAX_DATE_ELEMENTS):
            text = " ".join(text_of(el).split())
            if not text or len(text) > _MAX_DATE_CHARS:
                continue
            value = parse_date(text)
            if value is None or value.precision in (Precision.YEAR, Precision.MONTH):
                continue
            found = ArticleDate(value=value, origin=DateOrigin.METADATA)
            if _UPDATED.search(text) or _UPDATED.search(el.get("class") or ""):
                updated = updated or found
                continue
            return found
        if updated is not None:
            return updated
        scope = scope.getparent()
    return None


def _displayed_days(container: Element | None) -> set[dt.date]:
    """The calendar days the article's area shows: its <time> elements and date boxes."""
    days: set[dt.date] = set()
    if container is None:
        return days
    scope: Element | None = container
    for _ in range(_SHOWN_DATE_LEVELS):
        parent = scope.getparent() if scope is not None else None
        if parent is None:
            break
        scope = parent
    if scope is None:
        return days
    found = list(scope.iter("time"))[:_MAX_SHOWN_DATES]
    found += _date_class_elements(scope, _MAX_SHOWN_DATES)
    seen: set[str] = set()
    for el in found:
        # A machine-readable datetime first; the text (slower to read) only
        # when there is none, and each distinct text once.
        value = parse_date(el.get("datetime"))
        if value is None:
            text = " ".join(text_of(el).split())
            if not text or len(text) > _MAX_DATE_CHARS or text in seen:
                continue
            seen.add(text)
            value = quick_day(text)
        if value is not None and value.precision not in (Precision.YEAR, Precision.MONTH):
            days.add(value.date)
    return days


# The article's header (byline, dates) lies within this much text after the headline.
_HEADER_CHARS = 800
# A date over the headline lies within this much text before it, close by.
_HEADER_CHARS_BEFORE = 250
_PROSE_PIECE_CHARS = 200
_AFTER_DATE_CHARS = 250
_HEADER_LEVELS_BEFORE = 2
_STRING_LENGTH = lxml.etree.XPath("string-length()")
# A date the header shows stands alone or beside a label, an author or a time.
_MAX_SHOWN_CHARS = 80
_PUBLISHED_LABEL = re.compile(r"publish|posted|created", re.IGNORECASE)
# "Edited by" names an editor, not a date's kind: only "last edited" labels an update.
_UPDATED_LABEL = re.compile(r"updat|modif|revised|last[ -]?edited", re.IGNORECASE)
# A date in a sentence of the standfirst or body is no header date: the words
# around a header date are labels, names and times, not lower-case prose.
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{2,}(?![\w'’-])")
_HEADER_WORDS = frozenset(
    "on at am pm by and of updated published posted last first modified edited min read".split()
)
_MAX_PROSE_WORDS = 2
_DIGIT = re.compile(r"\d")
# Numeric days are month first in American English, and on an English page or
# one that names no language (US sites are the common case); day first elsewhere.
_MONTH_FIRST_LANGUAGES = frozenset({"en-us", "en", ""})


def _headline_element(
    root: Element, title: str | None, blocks: Iterable[TextBlock] = ()
) -> Element | None:
    """The ``<h1>`` that shows the page's title (a kicker may stand before it), or
    else the ``<h2>`` that shows it alone.

    Looked for among the walk's ``blocks`` first, which is cheaper than a
    search of the whole tree.
    """
    if not title:
        return None
    folded = " ".join(title.split()).casefold()
    for block in blocks:
        if block.tag == "h1" and folded in block.text.casefold():
            return block.path[-1]
    for el in root.iter("h1"):
        if folded in " ".join(text_of(el).split()).casefold():
            return el
    # A page whose <h1> is its logo sets the headline one level down.
    for el in root.iter("h2"):
        if folded == " ".join(text_of(el).split()).casefold():
            return el
    return None


def _pieces(
    element: Element, parent: Element | None, *, seen: bool = False
) -> Iterator[tuple[Element, str, bool]]:
    """The text of ``element`` and its tail in document order, as :func:`_following_texts`
    gives it; with ``seen``, without the text hidden from readers."""
    # Blank text is left out (most of a page's), but never a <time>.
    walker = lxml.etree.iterwalk(element, events=("start", "end"))
    for event, el in walker:
        if event == "start":
            if seen and _unseen(el):
                # Text no reader sees (a popover's note) is no part of the header,
                # nor counted in it; its tail is.
                walker.skip_subtree()
                continue
            text = el.text
            if (text and not text.isspace()) or el.tag == "time":
                yield el, text or "", True
        elif el is not element and (tail := el.tail) and not tail.isspace():
            yield el.getparent(), tail, False
    if (tail := element.tail) and not tail.isspace() and parent is not None:
        yield parent, tail, False


def _unseen(el: Element) -> bool:
    """Whether an element is hidden from readers: by its ``hidden`` attribute, its
    style, or a class that says so ("d-none", "hidden")."""
    get = el.get
    if get("hidden") is not None:
        return True
    style = get("style")
    if style is not None and _HIDDEN_STYLE.search(style) is not None:
        return True
    class_ = get("class")
    return class_ is not None and boilerplate_of_attributes(class_, None, None) == "hidden"


_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _seen_chars(element: Element) -> int:
    """The characters of the element's text that readers see."""
    return sum(len(text.strip()) for _, text, _ in _pieces(element, None, seen=True))


def _following_texts(start: Element) -> Iterator[tuple[Element, str, bool]]:
    """The text after ``start`` in document order: each piece with its element, and
    whether it is the element's own text (a tail's element is its parent).

    Blank text is left out, but every ``<time>`` is given, even empty (it may
    say all in its attribute).
    """
    node: Element | None = start
    while node is not None:
        parent = node.getparent()
        if (tail := node.tail) and not tail.isspace() and parent is not None:
            yield parent, tail, False
        sibling = node.getnext()
        while sibling is not None:
            yield from _pieces(sibling, parent)
            sibling = sibling.getnext()
        node = parent


def _preceding_texts(start: Element) -> Iterator[tuple[Element, str, bool]]:
    """The text just before ``start``, nearest first, inside its parent and grandparent
    only (a masthead's date of the day lies farther out); it stops at an element
    with more text than a header holds."""
    node = start
    for _ in range(_HEADER_LEVELS_BEFORE):
        parent = node.getparent()
        if parent is None:
            return
        sibling = node.getprevious()
        while sibling is not None:
            chars: float = _STRING_LENGTH(sibling)  # type: ignore[assignment]
            if chars > _HEADER_CHARS_BEFORE and _seen_chars(sibling) > _HEADER_CHARS_BEFORE:
                return
            yield from reversed(list(_pieces(sibling, parent, seen=True)))
            sibling = sibling.getprevious()
        if parent.text:
            yield parent, parent.text, True
        node = parent


def _header_days(
    root: Element, title: str | None, language: str | None, blocks: Iterable[TextBlock] = ()
) -> list[tuple[DateValue, str | None]]:
    """The calendar days the article's header shows its readers, in order, each with its
    label: ``"updated"``, ``"published"`` or ``None``.

    The header is the text right after the headline (the byline, the dates,
    a standfirst), then the little just before it (a date over the
    headline).  A date there stands alone in a short piece of text
    ("Dec 5, 2023", "Published 8:00 PM EST, Tue December 19, 2023") or in a
    ``<time>`` element; a label in the piece, its element's class or the
    piece just before it says whether it is the updated date.
    """
    headline = _headline_element(root, title, blocks)
    if headline is None:
        return []
    dayfirst = (language or "").casefold() not in _MONTH_FIRST_LANGUAGES
    found = _shown_days(_following_texts(headline), _HEADER_CHARS, dayfirst)
    before: list[tuple[Element, str, bool]] = []
    seen = 0
    for piece in _preceding_texts(headline):
        seen += len(piece[1].strip())
        if seen > _HEADER_CHARS_BEFORE:
            break
        before.append(piece)
    if before:
        found += _shown_days(reversed(before), _HEADER_CHARS_BEFORE, dayfirst)
    return found


def _shown_days(
    pieces: Iterable[tuple[Element, str, bool]], budget: int, dayfirst: bool
) -> list[tuple[DateValue, str | None]]:
    """The days written in ``pieces`` (in document order) within ``budget`` characters,
    each with its label."""
    found: list[tuple[DateValue, str | None]] = []
    seen = last = 0
    previous = ""
    for el, raw, own in pieces:
        is_time = own and el.tag == "time"
        if is_time:
            text = " ".join(text_of(el).split())
        elif not raw or raw.isspace():
            continue
        else:
            text = " ".join(raw.split())
        seen += len(text)
        if seen > budget or (
            found and (len(text) > _PROSE_PIECE_CHARS or seen > last + _AFTER_DATE_CHARS)
        ):
            # Past the budget, or below a date the body's prose has begun or
            # no other date has come for a while: the dates of a header stand together.
            break
        value = (
            shown_day(text, dayfirst=dayfirst)
            if len(text) <= _MAX_SHOWN_CHARS
            and _DIGIT.search(text) is not None
            and _few_prose_words(text)
            else None
        )
        if value is None and is_time:
            stamp = parse_date(el.get("datetime"))
            if stamp is not None and stamp.precision not in (Precision.YEAR, Precision.MONTH):
                value = DateValue.from_date(stamp.date)
        if value is not None:
            last = seen
            label_text = text if _label(text) else previous
            if own:
                label_text += " " + (el.get("class") or "")
            found.append((value, _label(label_text)))
        if text:
            # A label stands in the piece before the date, never in another date.
            previous = text if value is None else ""
    return found


def _few_prose_words(text: str) -> bool:
    prose = [w for w in _LOWER_WORD.findall(text) if w not in _HEADER_WORDS]
    return len(prose) <= _MAX_PROSE_WORDS


def _label(text: str) -> str | None:
    updated = _UPDATED_LABEL.search(text) is not None
    published = _PUBLISHED_LABEL.search(text) is not None
    # Both ("entry-date published updated") say nothing.
    if updated == published:
        return None
    return "updated" if updated else "published"


def _header_published(
    published: ArticleDate | None,
    updated: ArticleDate | None,
    header: list[tuple[DateValue, str | None]],
) -> ArticleDate | None:
    """The publication date as the article's header states it to readers, or ``None``
    when the header shows no date (or nothing to prefer over the markup's).

    The markup's date stands when the header shows its calendar day, other
    than as the update's.  A header that shows only the update date states
    that one.  Otherwise a header date labelled "published" is the date the
    page states (the markup may hold the date an old piece was first filed),
    and so is an unlabelled one a day off the markup's (the markup holds the
    moment in another zone, a UTC time on the next day).  Without a date in
    the markup, the header's labelled or first date is the page's.
    """
    if not header:
        return None
    labelled = [v for v, label in header if label == "published"]
    unlabelled = [v for v, label in header if label is None]
    if published is not None:
        day = published.value.date
        shown = {value.date for value, _ in header}
        if day in {v.date for v in labelled + unlabelled}:
            return published
        if updated is not None and updated.value.date in shown and day not in shown:
            # The page shows its readers only the later date: that is the
            # date it states for the article.
            return updated
        # An unlabelled date far from the markup's may be another story's.
        unlabelled = [v for v in unlabelled if abs((v.date - day).days) <= 1]
    stated = labelled or unlabelled
    if stated:
        return ArticleDate(value=stated[0], origin=DateOrigin.METADATA)
    return None


def _header_may_tell(meta: Metadata) -> bool:
    """Whether the header's dates may change the publication date the markup gives.

    A markup date and time with a local offset, and no update on another
    day, is the calendar date the page states; otherwise (no date, a UTC
    time, a bare day, an update on another day) the header is read.
    """
    published = meta.published
    if published is None or published.origin is not DateOrigin.METADATA:
        return True
    moment = published.value.value
    if not isinstance(moment, dt.datetime) or moment.utcoffset() in (None, dt.timedelta(0)):
        return True
    updated = meta.updated
    return updated is not None and updated.value.date != published.value.date


def _published(
    meta: Metadata,
    container: Element | None,
    parts: list[tuple[str, str]],
    header: list[tuple[DateValue, str | None]],
) -> ArticleDate | None:
    published = meta.published
    marked = (
        published if published is not None and published.origin is DateOrigin.METADATA else None
    )
    if (found := _header_published(marked, meta.updated, header)) is not None:
        return found
    if published is not None and published.origin is DateOrigin.METADATA:
        day = published.value.date
        updated = meta.updated
        shown: set[dt.date] | None = None
        if updated is not None and updated.value.date != day:
            shown = _displayed_days(container)
            if updated.value.date in shown and day not in shown:
                # The page shows its readers only the later date: that is the
                # date it states for the article.
                return updated
        moment = published.value.value
        if isinstance(moment, dt.datetime) and moment.utcoffset() == dt.timedelta(0):
            # A UTC time whose day the page does not show, next to the day
            # before or after it that the page does show: the local date.
            shown = _displayed_days(container) if shown is None else shown
            near = [d for d in shown if abs((d - day).days) == 1]
            if day not in shown and len(near) == 1:
                return ArticleDate(value=DateValue.from_date(near[0]), origin=DateOrigin.METADATA)
        return published
    found = _time_element_date(container) or _visible_date(container) or meta.published
    if found is None and parts:
        found = date_from_dateline(parts[0][1])
    if found is None and header:
        # The header shows only when the article was updated ("Updated on May 4"),
        # and nothing else dates it: that is the date the page states.
        found = ArticleDate(value=header[0][0], origin=DateOrigin.METADATA)
    return found


# The byline beside the header's date: a name of at most this many characters,
# within this many characters of text after the headline.
_MAX_HEADER_NAME_CHARS = 40
_HEADER_BYLINE_CHARS = 300
_PICTURE_TAGS = ("figure", "figcaption")


def _header_author(
    root: Element, title: str | None, blocks: Iterable[TextBlock], outlets: tuple[str, ...]
) -> tuple[str, ...]:
    """The author named just under its headline, where no markup says who wrote it.

    A byline that no class names stands in the header like one that does: a
    line that opens with "By" (:func:`_said_by`), or a person's name alone in
    its element, right before or after the date standing alone in its own
    ("Jane Doe" "Dec 5, 2023"), outside any figure.  The name must read as a
    person's (:func:`~newsmodel_html._authors.clean_authors`), never an
    outlet's.
    """
    headline = _headline_element(root, title, blocks)
    if headline is None:
        return ()
    pieces: list[str] = []
    seen = 0
    for el, raw, _ in _following_texts(headline):
        text = " ".join(raw.split())
        seen += len(text)
        if seen > _HEADER_BYLINE_CHARS:
            break
        # A picture's caption and credit are no byline.
        if (
            text
            and el.tag not in _PICTURE_TAGS
            and next(el.iterancestors(*_PICTURE_TAGS), None) is None
        ):
            pieces.append(text)
    said = _said_by(pieces, outlets)
    if said:
        return said
    for i, text in enumerate(pieces):
        if (
            len(text) > _MAX_SHOWN_CHARS
            or not _DIGIT.search(text)
            or not _few_prose_words(text)
            or quick_day(text) is None
        ):
            continue
        for near in (i - 1, i + 1):
            if 0 <= near < len(pieces) and len(pieces[near]) <= _MAX_HEADER_NAME_CHARS:
                people = clean_authors([pieces[near]], outlets)
                if len(people) == 1:
                    return tuple(people)
    return ()


def _said_by(pieces: list[str], outlets: tuple[str, ...]) -> tuple[str, ...]:
    """The people a line under the headline says wrote the story: the first short
    piece that opens with "By" ("By Jane Doe", "Written by"), with the pieces
    after it up to the first that holds a digit (the date), each piece apart
    ("By" "Jane Doe" "Staff Writer")."""
    for i, text in enumerate(pieces):
        if len(text) > _MAX_BYLINE_LINE_CHARS or _SAID_BY.match(text) is None:
            continue
        line = [text]
        for after in pieces[i + 1 : i + _BYLINE_PIECES]:
            if _DIGIT.search(after):
                break
            line.append(after)
        return tuple(clean_authors([" | ".join(line)], outlets))
    return ()


# "By Jane Doe", "Written by Jane Doe", or "By" alone before the name's piece.
_SAID_BY = re.compile(r"(?:written\s+)?by\b", re.IGNORECASE)
_BYLINE_PIECES = 5


def read_page(data: bytes | str, *, url: str | None = None) -> Document | None:
    """The document of an HTML page, or ``None`` when the input holds nothing at all.

    Raises :class:`~newsmodel.SourceError` when the page cannot be parsed.
    """
    root = parse_html(data)
    if root is None:
        return None
    meta = read_metadata(root, url)
    lxml.etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    body = next(root.iter("body"), root)
    blocks, pruned = walk(body, _protected(meta.article_elements))
    choice = choose(blocks, pruned, frozenset(meta.article_elements))
    container = choice.container
    selected = (
        select_blocks(
            blocks,
            container,
            choice.rescued,
            without_teasers=choice.teasers,
            summaries=meta.summaries,
        )
        if container is not None
        else []
    )
    selected = _without_title(selected, meta.title)
    authors = meta.authors
    if not authors:
        area = area_bylines(container)
        authors = (
            area_authors(container, meta.outlets, area)
            or byline_authors(
                (p.element for p in pruned if p.kind in _BYLINE_HOLDERS), meta.outlets
            )
            or _header_author(root, meta.title, blocks, meta.outlets)
            or area_credit(area, meta.outlets)
        )
    authors = without_picture_credits(root, authors)
    selected, bylines = _without_byline_lines(selected, authors)
    selected, bios = _without_bio(selected, authors)
    bios = [*bylines, *bios]
    parts = [(b.kind.value, b.text) for b in selected]
    if meta.article_body:
        body_chars = sum(len(text) for _, text in parts)
        if len(meta.article_body) > _JSONLD_BODY_RATIO * body_chars:
            parts = _json_ld_body(meta.article_body) or parts
    return Document.from_blocks(
        parts,
        title=meta.title,
        authors=authors,
        published=_published(
            meta,
            container,
            parts,
            _header_days(root, meta.title, meta.language, blocks) if _header_may_tell(meta) else [],
        ),
        updated=meta.updated,
        language=meta.language,
        url=url,
        canonical_url=meta.canonical_url,
        site_name=meta.site_name,
        description=meta.description,
        tags=meta.tags,
        debris=[*_debris(pruned, container, choice.rescued), *bios],
    )
