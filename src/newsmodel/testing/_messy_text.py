"""Hypothesis strategies: clean articles, and the messy plain-text dumps made of them.

A :class:`MessyDump` is a clean article put through what scrapers, archives
and copy-paste do to text: header lines (tag, byline, date), debris lines
between paragraphs and inside wrapped ones, several paragraph layouts
(blank lines, one line each, hard-wrapped, indented, double-spaced),
paragraphs broken mid-sentence and words hyphenated across lines,
invisible characters, odd spaces, any line ending, and an encoding (UTF-8
with or without a mark, UTF-16, UTF-32, cp1252, or mojibake: UTF-8 read
as cp1252 and saved again).  A reader of dumps should give the clean
article back::

    @given(messy_dumps())
    def test_paragraphs_come_back(dump):
        document = read(dump.data)
        assert paragraphs_of(document) == dump.article.paragraphs

Every article is invented from small word lists; the strategies need only
Hypothesis.
"""

from __future__ import annotations

import codecs
import datetime as dt
import random

from attrs import frozen
from hypothesis import strategies as st

__all__ = [
    "DEBRIS_LINES",
    "LAYOUTS",
    "CleanArticle",
    "MessyDump",
    "clean_articles",
    "clean_paragraphs",
    "messy_dumps",
]

# Lower-case words of news prose; none starts with a word that forms hyphenated
# compounds ("well", "self", "half"...), so a hyphen a dump adds at a line end
# is never a real one.
_WORDS = (
    "council officials agreed proposal harbor committee residents budget approved "
    "announced government negotiators agreement infrastructure regional services "
    "decision expected statement ministry railway hospital volunteers schools students "
    "workers farmers election district minister spokesperson investigation community "
    "construction inspectors equipment authorities measure opposition coalition "
    "international parliament environmental shipping supplies villages electricity "
    "museum library orchestra festival airport tunnel bridge river market prices"
).split()
_VERBS = "said announced warned argued confirmed explained added noted insisted".split()
_LINKS = "after before during while because although since until and but".split()
_ACCENTED = "café résumé naïve Zürich São Malmö Łódź Ærø piñata".split()
_FIRST_NAMES = "Anna Marek Lena Tomas Ines Kofi Priya Omar Elin Rosa Yusuf Hana Diego Greta".split()
_SURNAMES = (
    "Kovacs Lindqvist Mensah Okafor Haddad Castillo Brenner Nakamura Petrova Duarte "
    "Whitfield Osei Varga Moreau Ibáñez Ekström"
).split()
_TITLES = "Sen. Dr. Gen. Gov. Rep. Prof.".split()
_TAGS = "politics world business science EUROPE Local News".split(" ")
_MONTHS = "January February March April May June July August September October November December"

#: Debris lines a dump may hold, with the kind a reader should give them.
DEBRIS_LINES: tuple[tuple[str, str], ...] = (
    ("230 views", "counter"),
    ("1.2K shares", "counter"),
    ("Share", "share"),
    ("Share this article", "share"),
    ("Facebook Twitter Email", "share"),
    ("Advertisement", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("Read more: Officials plan a second bridge over the river", "related"),
    ("Follow us on Twitter and Facebook", "follow"),
    ("We use cookies to improve your experience. Accept all cookies", "cookie"),
    ("Sign up for our free newsletter", "newsletter"),
    ("Photo: Reuters", "credit"),
    ("(AP Photo/Jane Doe)", "credit"),
    ("Getty Images", "credit"),
    ("Comments (12)", "counter"),
    ("Skip to content", "navigation"),
)

#: More words than any headline has: an untitled article's lead has more.
LEAD_WORDS = 25

#: How a dump separates paragraphs and lines.
LAYOUTS = ("blank", "single", "wrapped", "indented", "double_spaced", "broken")

_ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "mojibake")
_LINE_ENDS = ("\n", "\r\n", "\r")
_INVISIBLES = ("\u200b", "\u00ad", "\ufeff", "\u2060", "\x07")


@frozen
class CleanArticle:
    """An article as it should be read: title, authors, date and paragraphs."""

    title: str | None
    authors: tuple[str, ...]
    published: dt.date | None
    paragraphs: tuple[str, ...]


@frozen
class MessyDump:
    """A clean article made into a messy dump, and how it was made messy."""

    article: CleanArticle
    data: bytes  #: the dump as a file holds it
    text: str  #: the dump before encoding
    layout: str  #: one of :data:`LAYOUTS`
    encoding: str  #: a codec name, or ``"mojibake"``
    debris: tuple[str, ...]  #: the kinds of the debris lines put in, in order
    tag: str | None = None  #: the category line above the title, if any


def _capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


# Speed.  A dump is hundreds of small choices (each word, each line break,
# each invisible character); drawing each from Hypothesis costs far more than
# reading the dump, and made the properties over dumps take hours at 10,000
# examples.  So Hypothesis draws the structure (how many paragraphs,
# sentences and words, the layout, the encoding, the width, which debris
# where) and a seed, and a ``random.Random`` of that seed makes the small
# choices.  Failures still shrink to fewer paragraphs, sentences and words;
# the seed shrinks too, towards plainer noise.
_RANDOMS = st.integers(0, 2**32 - 1).map(random.Random)
_FIRST = st.sampled_from(_FIRST_NAMES)
_LAST = st.sampled_from(_SURNAMES)
_names = st.builds(lambda first, last: f"{first} {last}", _FIRST, _LAST)


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST_NAMES)} {rng.choice(_SURNAMES)}"


def _extra(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return _name(rng)
    if kind == 1:
        return f"{rng.choice(_TITLES)} {_name(rng)}"
    if kind == 2:
        return rng.choice(_ACCENTED)
    if kind == 3:
        return rng.choice(_LINKS)
    if kind == 4:
        return str(rng.randint(2, 9999))
    return rng.choice(["U.S. officials", "the U.N. agency", "inter-city"])


def _make_sentence(size: int, extras: int, rng: random.Random) -> str:
    words = [rng.choice(_WORDS) for _ in range(size)]
    for _ in range(extras):
        words.insert(rng.randint(1, len(words)), _extra(rng))
    words.insert(rng.randint(1, len(words)), rng.choice(_VERBS))
    if rng.random() < 0.5:
        at = rng.randint(2, len(words) - 1)
        words[at] = words[at] + ","
    sentence = " ".join(words)
    quote = rng.choice(["", "“", '"'])
    if quote:
        close = "”" if quote == "“" else '"'
        return f"{quote}{_capitalise(sentence)},{close} {_name(rng)} said."
    dash = rng.choice(["", " — "])
    if dash:
        first, _, rest = sentence.partition(" ")
        return f"{_capitalise(first)}{dash}{rest}."
    return _capitalise(sentence) + "."


_sentence = st.builds(_make_sentence, st.integers(5, 16), st.integers(0, 4), _RANDOMS)
_paragraph = st.lists(_sentence, min_size=1, max_size=4).map(" ".join)


def clean_paragraphs(min_size: int = 1, max_size: int = 6) -> st.SearchStrategy[tuple[str, ...]]:
    """Paragraphs of invented news prose, each one to four sentences."""
    return st.lists(_paragraph, min_size=min_size, max_size=max_size).map(tuple)


def _make_title(size: int, rng: random.Random) -> str:
    return " ".join(_capitalise(rng.choice(_WORDS)) for _ in range(size))


_titles = st.builds(_make_title, st.integers(3, 8), _RANDOMS)


def _make_clean_article(
    title: str | None,
    authors: tuple[str, ...],
    published: dt.date | None,
    paragraphs: tuple[str, ...],
    rng: random.Random,
) -> CleanArticle:
    if title is None:
        # An untitled article's lead holds two sentences and more than LEAD_WORDS
        # words: a short block above a longer paragraph is what a headline looks
        # like, and a reader rightly takes it for one.
        first = f"{paragraphs[0]} {_make_sentence(rng.randint(5, 16), rng.randint(0, 4), rng)}"
        while len(first.split()) <= LEAD_WORDS:
            first = f"{first} {_make_sentence(rng.randint(5, 16), rng.randint(0, 4), rng)}"
        paragraphs = (first, *paragraphs[1:])
    return CleanArticle(title=title, authors=authors, published=published, paragraphs=paragraphs)


_clean_articles = st.builds(
    _make_clean_article,
    title=st.none() | _titles,
    authors=st.lists(_names, max_size=2, unique=True).map(tuple),
    published=st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2039, 12, 31)),
    paragraphs=clean_paragraphs(),
    rng=_RANDOMS,
)


def clean_articles() -> st.SearchStrategy[CleanArticle]:
    """Articles with an optional title, authors and publication date.

    An untitled article's first paragraph holds two sentences and more than
    :data:`LEAD_WORDS` words, so that it never looks like a headline.
    """
    return _clean_articles


def _byline(rng: random.Random, authors: tuple[str, ...]) -> str:
    if len(authors) == 1 and rng.random() < 0.5:
        return f"{authors[0]} | {rng.choice(['Reuters', 'The Coastal Herald'])}"
    return "By " + " and ".join(authors)


def _date_line(rng: random.Random, day: dt.date) -> str:
    month = _MONTHS.split()[day.month - 1]
    label = rng.choice(["Published: ", "Published ", "Posted on ", ""])
    return f"{label}{month} {day.day}, {day.year}"


def _wrap(rng: random.Random, paragraph: str, width: int, indent: str) -> list[str]:
    """Hard-wrap a paragraph greedily, sometimes hyphenating a word that does not fit."""
    lines: list[str] = []
    line = indent
    for word in paragraph.split(" "):
        room = width - len(line) - (1 if line.strip() else 0)
        if len(word) > room and line.strip():
            cut = room - 1  # the first part of the word and its hyphen
            splittable = word.isalpha() and word.islower() and 4 <= cut <= len(word) - 4
            if splittable and rng.randint(0, 2) == 0:
                lines.append(f"{line} {word[:cut]}-")
                line, word = "", word[cut:]
            if line.strip():
                lines.append(line)
                line = ""
        line = f"{line} {word}" if line.strip() else line + word
    lines.append(line)
    return lines


def _ends_sentence(line: str) -> bool:
    return line.rstrip().endswith((".", ".”", '."'))


def _break(rng: random.Random, paragraph: str) -> list[str]:
    """Break a paragraph mid-sentence, before lower-case words, as copy-paste does."""
    tokens = paragraph.split(" ")
    pieces: list[list[str]] = [[]]
    for n, token in enumerate(tokens):
        can_break = len(pieces[-1]) >= 3 and token[:1].islower() and n + 1 < len(tokens)
        if can_break and rng.randint(0, 5) == 0:
            pieces.append([])
        pieces[-1].append(token)
    return [" ".join(piece) for piece in pieces]


def _scatter(rng: random.Random, line: str) -> str:
    """Add invisible characters and odd spaces that a reader should not see."""
    if not line or rng.random() < 0.5:
        return line
    chars = list(line)
    for _ in range(rng.randint(1, 3)):
        at = rng.randint(1, len(chars))
        chars.insert(at, rng.choice(_INVISIBLES))
    text = "".join(chars)
    if rng.random() < 0.5:
        text = text.replace(" ", "\u00a0", rng.randint(1, 3))
    return text + rng.choice(["", " ", "\t", "  "])


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "mojibake":
        # UTF-8 read as Windows-1252 (undefined bytes as C1 controls) and saved again.
        misread = "".join(
            bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8")
        )
        return misread.encode("utf-8")
    if encoding in ("utf-16", "utf-32"):
        return text.encode(encoding)  # Python writes the byte-order mark
    if encoding == "utf-8-sig":
        return codecs.BOM_UTF8 + text.encode("utf-8")
    return text.encode(encoding)


def _readable_layout(layout: str, article: CleanArticle, wrapped: list[list[str]]) -> str:
    """``layout``, or ``"single"`` where the wrapped lines would read two ways."""
    breaks = [line for lines in wrapped for line in lines[:-1]]
    at_ends = sum(_ends_sentence(line) for line in breaks)
    if layout == "double_spaced" and breaks and 2 * at_ends >= len(breaks):
        # Double spacing tells a line break (one blank line) from a paragraph
        # break (two) by the wrapping: wrapped prose breaks its lines mostly
        # inside sentences.  When most wraps fall at a sentence's end instead,
        # the dump reads as well as one-sentence paragraphs unevenly spaced.
        return "single"
    lone = len(wrapped) == 1 and len(wrapped[0]) > 1
    if layout == "indented" and lone and article.title is None and _ends_sentence(wrapped[0][0]):
        # One indented line that is a whole sentence, over flush lines and no
        # other paragraph to show what the indentation means, reads as well as
        # an indented headline over its lead: nothing tells the two apart.
        return "single"
    return layout


@st.composite
def messy_dumps(
    draw: st.DrawFn, articles: st.SearchStrategy[CleanArticle] | None = None
) -> MessyDump:
    """A clean article made into a messy plain-text dump."""
    article = draw(articles if articles is not None else _clean_articles)
    layout = draw(st.sampled_from(LAYOUTS))
    if layout in ("wrapped", "double_spaced") and len(article.paragraphs) == 1:
        # A lone wrapped paragraph reads just as well as lines that are paragraphs:
        # nothing tells the two apart, so such a dump keeps its paragraph whole.
        layout = "single"
    width = draw(st.integers(40, 100))
    indent = " " * draw(st.integers(2, 6))
    rng = draw(_RANDOMS)
    debris: list[str] = []

    def junk() -> list[str]:
        if rng.randint(0, 2) != 0:
            return []
        line, kind = rng.choice(DEBRIS_LINES)
        debris.append(kind)
        return [line]

    # Units are lists of lines; how units are separated depends on the layout.
    header: list[list[str]] = [junk()]
    tag = None
    if article.title is not None:
        if rng.random() < 0.5:
            tag = rng.choice(_TAGS)
            header.append([tag])
        header.append([article.title])
    if article.authors:
        header.append([_byline(rng, article.authors)])
    if article.published is not None:
        header.append([_date_line(rng, article.published)])
    header.append(junk())

    wrapped = [
        _wrap(rng, paragraph, width, indent if layout == "indented" else "")
        for paragraph in article.paragraphs
    ]
    layout = _readable_layout(layout, article, wrapped)
    body: list[list[str]] = []
    for paragraph, wrapped_lines in zip(article.paragraphs, wrapped, strict=True):
        if layout in ("wrapped", "indented", "double_spaced"):
            lines = wrapped_lines
            if len(lines) > 2 and rng.randint(0, 3) == 0:
                at = rng.randint(1, len(lines) - 1)
                lines[at:at] = junk()  # debris inside a wrapped paragraph
        elif layout == "broken":
            lines = _break(rng, paragraph)
        else:
            lines = [paragraph]
        body.append(lines)
        extra = junk()
        if extra:
            body.append(extra)

    units = [unit for unit in header + body if unit]
    if layout == "double_spaced":
        separator, line_break = "\n\n\n", "\n\n"
    elif layout in ("single", "indented"):
        separator, line_break = "\n", "\n"
    elif layout == "broken":
        separator, line_break = "\n\n", rng.choice(["\n", "\n\n"])
    else:
        separator, line_break = "\n\n", "\n"
    text = separator.join(line_break.join(_scatter(rng, ln) for ln in unit) for unit in units)
    text = text.replace("\n", draw(st.sampled_from(_LINE_ENDS)))
    if draw(st.booleans()):
        text += draw(st.sampled_from(_LINE_ENDS))

    encoding = draw(st.sampled_from(_ENCODINGS))
    try:
        data = _encode(text, encoding)
    except UnicodeEncodeError:  # a character cp1252 lacks
        encoding = "utf-8"
        data = _encode(text, encoding)
    return MessyDump(
        article=article,
        data=data,
        text=text,
        layout=layout,
        encoding=encoding,
        debris=tuple(debris),
        tag=tag,
    )
