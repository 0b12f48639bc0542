"""Hypothesis strategies for messy and hostile input, and hostile inputs at full size.

What a source-format plugin meets in the wild: text with debris, bytes in
mixed encodings and mojibake, quote marks of every style broken and
mismatched, tag soup and truncated pages, and documents that are huge or
nested deep.  Each strategy makes ``str`` or ``bytes`` that a plugin must
read or refuse with a :class:`~newsmodel.NewsmodelError`, never crash on.

:func:`hostile_inputs` gives the inputs that expose catastrophic regular
expression backtracking and superlinear algorithms, at a chosen scale: they
are too big for Hypothesis to make, so they are built directly.
"""

from __future__ import annotations

import codecs
import html
from collections.abc import Iterator

from attrs import frozen
from hypothesis import strategies as st

from newsmodel.testing._messy_text import DEBRIS_LINES, clean_paragraphs, messy_dumps

__all__ = [
    "HTML_TAGS",
    "QUOTE_MARKS",
    "HostileInput",
    "broken_quotes",
    "deeply_nested_html",
    "hostile_inputs",
    "huge_documents",
    "messy_html",
    "messy_inputs",
    "messy_texts",
    "mixed_encodings",
    "mojibake",
    "news_pages",
    "tag_soup",
    "truncated_html",
]

#: Every quote mark newsmodel reads, and look-alikes it must not trip on.
QUOTE_MARKS = (
    '"', "'", "“", "”", "„", "‟", "‘", "’", "‚", "‛", "«", "»", "‹", "›", "「", "」", "『", "』",
    "″", "′", "`", "´", "〝", "〞", "＂",
)  # fmt: skip

#: Tags of news pages, boilerplate and the odd corners of HTML.
HTML_TAGS = (
    "html", "head", "body", "title", "meta", "link", "base", "script", "style", "div", "p",
    "span", "a", "b", "i", "em", "br", "hr", "h1", "h2", "h3", "ul", "ol", "li", "table", "tr",
    "td", "th", "blockquote", "q", "pre", "code", "figure", "figcaption", "nav", "footer",
    "aside", "header", "article", "main", "section", "time", "img", "noscript", "svg", "math",
    "template", "iframe", "object", "textarea", "select", "option", "plaintext", "xmp", "frameset",
)  # fmt: skip

_ATTRIBUTES = (
    'class="article-body"', 'class="share social"', 'itemprop="articleBody"', "hidden",
    'id="comments"', 'style="display:none"', 'datetime="2025-03-14T09:00:00Z"', 'lang="en"',
    'property="og:title" content="Port reopens"', 'name="author" content="By Ana Ruiz"',
    'type="application/ld+json"', 'href="file:///etc/passwd"', 'src="http://127.0.0.1/x.js"',
    'charset="shift_jis"', 'onload="alert(1)"', "class='unclosed", 'a="b"c="d"', "=", '"',
)  # fmt: skip

_MARKUP_PIECES = (
    "<!DOCTYPE html>", "<!doctype html public '-//W3C//DTD HTML 4.01//EN'>", "<!--", "-->",
    "<![CDATA[", "]]>", "<?xml version='1.0' encoding='utf-16'?>", "&amp;", "&nbsp;", "&eacute;",
    "&#0;", "&#xD800;", "&#x110000;", "&#99999999999;", "&bogus;", "&", "<", ">", "</", "<>",
    "</>", "<p", "<a href=", '<meta charset="utf-7">', "+ADw-p+AD4-", "\x00", "\ufeff", "\r",
    '<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "JSON body"',
    "</script>", "<style>p{}</style>",
)  # fmt: skip

_WORDS = (
    "The council said on Monday that the bridge will open in March, according to Reuters. "
    "Sen. Ana Ruiz told reporters in Kyiv on 13 March 2025 there was no deal. "
).split(" ")

_ENCODINGS = (
    "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1",
    "cp1251", "koi8-r", "shift_jis", "gb18030", "big5", "iso-8859-7", "mac-roman", "utf-7",
)  # fmt: skip


def _prose() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30).map(" ".join)


def messy_texts() -> st.SearchStrategy[str]:
    """Plain text with debris lines, odd whitespace and invisible characters, as ``str``."""
    debris_line = st.sampled_from([line for line, _kind in DEBRIS_LINES])
    piece = st.one_of(
        _prose(),
        debris_line,
        st.sampled_from(["", " ", "\t", "\u00a0", "\u200b", "\u00ad", "\ufeff", "\x0c", "\x1b[0m"]),
        st.text(max_size=20),
    )
    line_end = st.sampled_from(["\n", "\n\n", "\r\n", "\r", "\u2028", "\u0085", "\n\n\n\n"])
    return st.lists(st.tuples(piece, line_end), max_size=40).map(
        lambda pairs: "".join(p + e for p, e in pairs)
    )


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, "replace")


def mojibake() -> st.SearchStrategy[bytes]:
    """Text encoded, misread as another encoding and saved again, up to three times."""
    misreadings = st.lists(
        st.tuples(st.sampled_from(["utf-8", "cp1252"]), st.sampled_from(["cp1252", "latin-1"])),
        min_size=1,
        max_size=3,
    )

    def spoil(text: str, rounds: list[tuple[str, str]]) -> bytes:
        for written, read in rounds:
            text = text.encode(written, "replace").decode(read, "replace")
        return text.encode("utf-8", "surrogatepass")

    source = st.one_of(
        clean_paragraphs().map("\n\n".join), _prose(), st.text(min_size=1, max_size=50)
    )
    return st.builds(spoil, source, misreadings)


def mixed_encodings() -> st.SearchStrategy[bytes]:
    """Bytes whose parts are in different encodings, with stray marks and invalid bytes."""
    part = st.one_of(
        st.builds(_encode, st.one_of(_prose(), st.text(max_size=30)), st.sampled_from(_ENCODINGS)),
        st.sampled_from(
            [
                codecs.BOM_UTF8,
                codecs.BOM_UTF16_LE,
                codecs.BOM_UTF16_BE,
                codecs.BOM_UTF32_LE,
                b"\xff",
                b"\xc3",
                b"\xed\xa0\x80",  # an encoded surrogate
                b"\xf4\x90\x80\x80",  # past U+10FFFF
                b"\x00",
                b"\x1f\x8b",  # a gzip header with no stream
            ]
        ),
        st.binary(max_size=8),
    )
    return st.lists(part, max_size=12).map(b"".join)


def broken_quotes() -> st.SearchStrategy[str]:
    """News prose with quote marks of every style: unbalanced, mismatched, nested, runs."""
    mark = st.sampled_from(QUOTE_MARKS)
    piece = st.one_of(
        _prose(),
        mark,
        st.builds(lambda m, n: m * n, mark, st.integers(2, 50)),
        st.builds(lambda o, t, c: f"{o}{t}{c}", mark, _prose(), mark),
        st.sampled_from([" said", ", he said.", " told Reuters:", "\n\n", "don't", "’90s"]),
    )
    return st.lists(piece, max_size=40).map(" ".join)


def _tag(name: str, attributes: list[str], closing: bool, self_closing: bool) -> str:
    if closing:
        return f"</{name}>"
    attrs = "".join(" " + a for a in attributes)
    return f"<{name}{attrs}{' /' if self_closing else ''}>"


def tag_soup() -> st.SearchStrategy[str]:
    """Misnested, unclosed and malformed markup mixed with text, entities and scripts."""
    tag = st.builds(
        _tag,
        st.sampled_from(HTML_TAGS) | st.text(alphabet="abcxyz-:0", min_size=1, max_size=6),
        st.lists(st.sampled_from(_ATTRIBUTES), max_size=3),
        st.booleans(),
        st.booleans(),
    )
    piece = st.one_of(
        tag, tag, st.sampled_from(_MARKUP_PIECES), _prose(), broken_quotes(), st.text(max_size=15)
    )
    return st.lists(piece, max_size=60).map("".join)


def _page(paragraphs: tuple[str, ...], title: str) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>{html.escape(title)}</h1>{body}</article><footer>© News</footer>"
        "</body></html>"
    )


def news_pages() -> st.SearchStrategy[str]:
    """Clean news pages: a headline and paragraphs of invented prose among boilerplate."""
    return st.builds(_page, clean_paragraphs(), _prose())


def truncated_html() -> st.SearchStrategy[str]:
    """A clean news page cut off anywhere: inside a tag, an attribute, an entity, a word."""
    return _truncated(news_pages())


@st.composite
def _truncated(draw: st.DrawFn, pages: st.SearchStrategy[str]) -> str:
    page = draw(pages)
    return page[: draw(st.integers(0, len(page)))]


def messy_html() -> st.SearchStrategy[str]:
    """A news page with tag soup spliced in at random places."""
    return _spliced(news_pages(), tag_soup())


@st.composite
def _spliced(draw: st.DrawFn, pages: st.SearchStrategy[str], soup: st.SearchStrategy[str]) -> str:
    # The strategies come in built once: building them per draw cost more than drawing.
    page = draw(pages)
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(page)))
        page = page[:at] + draw(soup) + page[at:]
    return page


def deeply_nested_html(max_depth: int = 3000) -> st.SearchStrategy[str]:
    """Text inside hundreds or thousands of nested elements, and text after them."""
    return st.builds(
        lambda tag, depth, inner, after, closed: (
            "<html><body>"
            + f"<{tag}>" * depth
            + f"<p>{inner}</p>"
            + (f"</{tag}>" * depth if closed else "")
            + f"<p>{after}</p></body></html>"
        ),
        st.sampled_from(["div", "span", "b", "blockquote", "li", "section", "table"]),
        st.integers(1, max_depth),
        _prose(),
        _prose(),
        st.booleans(),
    )


def huge_documents(min_size: int = 10_000, max_size: int = 1_000_000) -> st.SearchStrategy[str]:
    """A drawn unit (prose, markup or junk) repeated to between ``min_size`` and ``max_size``."""
    unit = st.one_of(
        _prose(), tag_soup(), broken_quotes(), messy_texts(), st.text(min_size=1, max_size=20)
    ).filter(bool)
    return st.builds(
        lambda u, size: (u * (size // len(u) + 1))[:size],
        unit,
        st.integers(min_size, max_size),
    )


def messy_inputs() -> st.SearchStrategy[str | bytes]:
    """Any of the messy inputs above, as ``str`` or as the bytes a file would hold."""
    return st.one_of(
        messy_dumps().map(lambda d: d.data),
        messy_texts(),
        mojibake(),
        mixed_encodings(),
        broken_quotes(),
        tag_soup(),
        truncated_html(),
        messy_html(),
        deeply_nested_html(max_depth=400),
        st.binary(max_size=300),
        st.text(max_size=300),
    )


@frozen
class HostileInput:
    """An input built to expose backtracking or superlinear code, and what it is."""

    name: str  #: a short identifier, usable as a test id
    data: str
    description: str


def hostile_inputs(scale: float = 1.0) -> Iterator[HostileInput]:
    """Inputs that catch catastrophic backtracking, at ``scale`` times their full size.

    At scale 1: 100,000 quote marks in several arrangements, 1 MB without a
    space or newline, 10,000 nested tags, 100,000 empty paragraphs (as HTML
    and as blank-line separated text), and a few relatives of each.  A linear
    parser reads each in about the time it takes to read as much news prose.
    """

    def n(count: int) -> int:
        return max(1, int(count * scale))

    marks = n(100_000)
    yield HostileInput("straight-quotes", '"' * marks, f"{marks:,} straight double quotes")
    yield HostileInput("apostrophes", "'" * marks, f"{marks:,} apostrophes")
    yield HostileInput(
        "curly-open", "“" * marks, f"{marks:,} opening curly quotes and no closing one"
    )
    cycle = "".join(QUOTE_MARKS)
    yield HostileInput(
        "every-mark", (cycle * (marks // len(cycle) + 1))[:marks], f"{marks:,} marks of every kind"
    )
    yield HostileInput(
        "quoted-words",
        ("“a” " * (marks // 2)),
        f"{marks:,} curly quote marks around one-letter words, one sentence",
    )
    yield HostileInput(
        "said-quotes",
        "“Yes,” he said. " * (marks // 2),
        f"{marks // 2:,} attributed quotes, one paragraph",
    )
    size = n(1_000_000)
    yield HostileInput("one-word", "a" * size, f"{size:,} letters without a space or newline")
    yield HostileInput(
        "one-token",
        ("Putin.U.S.’-&" * (size // 13 + 1))[:size],
        f"{size:,} word characters and punctuation, no space",
    )
    yield HostileInput("digits", "1" * size, f"{size:,} digits without a space")
    yield HostileInput(
        "punctuation", ".-’'&" * (size // 5), f"{size:,} characters of word-joining punctuation"
    )
    depth = n(10_000)
    yield HostileInput(
        "nested-div",
        "<html><body>"
        + "<div>" * depth
        + "<p>Deep text.</p>"
        + "</div>" * depth
        + "</body></html>",
        f"text inside {depth:,} nested <div>s",
    )
    yield HostileInput(
        "nested-unclosed", "<b><i>" * (depth // 2) + "Unclosed.", f"{depth:,} unclosed inline tags"
    )
    yield HostileInput(
        "nested-quotes", "<q>" * depth + "x" + "</q>" * depth, f"{depth:,} nested <q> elements"
    )
    paragraphs = n(100_000)
    yield HostileInput(
        "empty-paragraphs",
        "<html><body>" + "<p></p>" * paragraphs + "</body></html>",
        f"{paragraphs:,} empty <p> elements",
    )
    yield HostileInput(
        "blank-lines",
        "Title\n\n" + "\n\n" * paragraphs + "End.",
        f"{paragraphs:,} blank paragraphs",
    )
    yield HostileInput("space-lines", " \n" * paragraphs, f"{paragraphs:,} lines holding one space")
    yield HostileInput("open-tags", "<" * n(100_000), f"{n(100_000):,} '<' characters")
    yield HostileInput("entities", "&amp" * n(100_000), f"{n(100_000):,} unterminated entities")
    yield HostileInput("short-lines", "x\n" * paragraphs, f"{paragraphs:,} one-letter lines")
