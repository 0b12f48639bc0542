"""Hostile input: no catastrophic backtracking, linear work, bounded memory, clear limits, no fetching.

No test here times anything.  Inputs built to trigger catastrophic regular
expression backtracking run at full size (100,000 quote marks, 1 MB without
a space, 10,000 nested tags, 100,000 empty paragraphs): superlinear code
makes the ordinary test run hang, which is the failure.  Superlinear Python
code is also caught deterministically, by counting executed steps at two
sizes (``assert_scales_linearly``).  Known problems owned elsewhere are
marked with the cause, to be unmarked when fixed.
"""

from __future__ import annotations

import gzip
import http.server
import threading
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, ClassVar

import pytest

import newsmodel
import newsmodel_html
import newsmodel_text
from newsmodel import (
    DEFAULT_MAX_BYTES,
    InputTooLargeError,
    NewsmodelError,
    PluginError,
    PluginManager,
    RawSource,
    SourceError,
)
from newsmodel.testing import (
    HostileInput,
    assert_scales_linearly,
    check_article,
    concatenated_articles,
    concatenated_articles_html,
    hostile_inputs,
    news_html,
    news_text,
    repeated_officials_text,
)

FORMATS = ("text", "html")
# Full-size inputs that take hours today: not run, so that the suite finishes.
_HANGS: dict[tuple[str, str], str] = {}


def _cases() -> Iterator[Any]:
    for hostile in hostile_inputs():
        for fmt in FORMATS:
            marks = []
            if (fmt, hostile.name) in _HANGS:
                marks.append(pytest.mark.xfail(run=False, reason=_HANGS[fmt, hostile.name]))
            yield pytest.param(fmt, hostile, marks=marks, id=f"{fmt}-{hostile.name}")


@pytest.fixture(scope="module")
def manager() -> PluginManager:
    return PluginManager()


def _parse(manager: PluginManager, source: str | bytes, fmt: str) -> newsmodel.Article | None:
    """The article, ``None`` when refused with a SourceError; a crash fails the test."""
    try:
        article = manager.parse(source, format=fmt)
    except PluginError as exc:
        pytest.fail(f"{exc} (cause: {exc.__cause__!r})")
    except SourceError:
        return None
    assert check_article(article) == []
    return article


@pytest.mark.parametrize(("fmt", "hostile"), list(_cases()))
def test_hostile_input_at_full_size(
    manager: PluginManager, fmt: str, hostile: HostileInput
) -> None:
    _parse(manager, hostile.data, fmt)


# -- nesting ----------------------------------------------------------------------------

_DEEP_TEXT = "The town council met on Tuesday to vote on the new bus routes for the suburbs."
_AFTER_TEXT = "The village school reopened after the summer holidays with two new classrooms."


def _nested(depth: int) -> str:
    return (
        "<html><body><article>"
        + "<div>" * depth
        + f"<p>{_DEEP_TEXT}</p>"
        + "</div>" * depth
        + f"<p>{_AFTER_TEXT}</p></article></body></html>"
    )


def test_nesting_within_the_limit_keeps_all_text(manager: PluginManager) -> None:
    article = _parse(manager, _nested(200), "html")
    assert article is not None
    assert _DEEP_TEXT in article.text and _AFTER_TEXT in article.text


@pytest.mark.parametrize("depth", [300, 10_000])
def test_nesting_past_the_limit_is_refused_not_truncated(
    manager: PluginManager, depth: int
) -> None:
    try:
        article = manager.parse(_nested(depth), format="html")
    except SourceError as exc:
        message = str(exc).lower()
    else:
        message = ""
        assert _DEEP_TEXT in article.text and _AFTER_TEXT in article.text
    assert not message or "nest" in message or "depth" in message


# -- linear work ---------------------------------------------------------------------------

# Fixed: date overlap checks, said_on look-ups and attribution windows are now
# bounded per item (see the commit that retired these entries).
_PARSE_KNOWN_SUPERLINEAR: dict[str, str] = {}

_FIRST = "Anna Marek Lena Tomas Ines Kofi Priya Omar Elin Rosa Yusuf Hana Diego Greta".split()
_LAST = "Kovacs Lindqvist Mensah Okafor Haddad Castillo Brenner Nakamura Petrova Duarte".split()


def _meetings(n: int) -> str:
    """``n`` distinct meetings: other people, other days."""
    return " ".join(
        f"{_FIRST[i % 14]} {_LAST[i % 10]} met {_FIRST[(i + 3) % 14]} {_LAST[i // 10 % 10]} "
        f"in Paris on March {i % 28 + 1}, {1990 + i % 30}."
        for i in range(n)
    )


def _parse_with(fmt: str) -> Callable[[str], object]:
    manager = PluginManager()
    return lambda source: manager.parse(source, format=fmt)


def _read_with(plugin: Any) -> Callable[[str], object]:
    return lambda source: plugin.newsmodel_read(source=RawSource(data=source.encode(), text=source))


_LINEAR = {
    "dates": ("text", lambda n: "On March 13, 2025 and on Monday, and last week. " * n),
    "quote-paragraphs": ("text", lambda n: "“We will build it,” Ana Ruiz said on Monday.\n\n" * n),
    # Four quotes a step: attribution reads a bounded window around each quote,
    # so the smaller size must already be longer than that window (400 chars).
    "quoted-words": ("text", lambda n: "“a” " * (n * 4)),
    "news-text": ("text", lambda n: news_text(n * 60, seed=1)),
    "news-page": ("html", lambda n: news_html(n * 80, seed=1)),
    "empty-paragraphs": ("html", lambda n: "<p>Text.</p>" + "<p></p>" * (n * 10)),
    "blank-lines": ("text", lambda n: "Title\n\n" + "\n\n" * (n * 10) + "End of the story."),
    "many-events": ("text", _meetings),
    "event-mentions": (
        "text",
        lambda n: "The talks, the meeting, the agreement and the visit were held. " * n,
    ),
    # Depth itself is capped at 256 (deeper pages are refused): grow deep structures side by side.
    "nested-divs": (
        "html",
        lambda n: ("<div>" * 200 + "<p>Deep.</p>" + "</div>" * 200) * max(1, n // 200),
    ),
}


def _linear_cases() -> Iterator[Any]:
    for name, (fmt, make) in _LINEAR.items():
        marks = []
        if name in _PARSE_KNOWN_SUPERLINEAR:
            marks.append(pytest.mark.xfail(reason=_PARSE_KNOWN_SUPERLINEAR[name], strict=True))
        yield pytest.param(fmt, make, marks=marks, id=name)


@pytest.mark.parametrize(("fmt", "make"), list(_linear_cases()))
def test_parsing_work_grows_linearly(fmt: str, make: Callable[[int], str]) -> None:
    assert_scales_linearly(make, _parse_with(fmt), sizes=(100, 400))


# Realistic repetition: one group source quoted in every paragraph, the same
# people named throughout, articles one after another.  Work that grows with
# everything seen so far (a group's actor rebuilt each time it speaks, a scan
# of all of a person's mentions) hides here, and only as a modest excess at
# small sizes: linear code does 3.95x the steps for 4x the input, so the slack
# is tight (the quadratic paths fixed for issue 17 did 6.3x or more).
_REPETITION = {
    "repeated-officials": ("text", lambda n: repeated_officials_text(n * 60)),
    "repeated-officials-page": (
        "html",
        lambda n: "<p>" + repeated_officials_text(n * 60).replace("\n\n", "</p><p>") + "</p>",
    ),
    "concatenated-articles": ("text", lambda n: concatenated_articles(n * 80, article_size=2000)),
    # A page of many <article> elements is read as its main one: the same articles
    # as paragraphs of one body are analysed whole.
    "concatenated-pages": (
        "html",
        lambda n: concatenated_articles_html(n * 100, article_size=2000),
    ),
    "concatenated-articles-page": (
        "html",
        lambda n: (
            "<p>"
            + concatenated_articles(n * 80, article_size=2000).replace("\n\n", "</p><p>")
            + "</p>"
        ),
    ),
    # Quotes nobody is named for: each was compared with every later quote.
    "unattributed-quotes": (
        "text",
        lambda n: "\n\n".join(f"“The harbour reopens after repair {i}.”" for i in range(n)),
    ),
    "she-said": (
        "text",
        lambda n: (
            "Mayor Ana Ruiz spoke.\n\n"
            + "\n\n".join(f"“We fixed road {i},” she said." for i in range(n))
        ),
    ),
    # A description ("the 56-year-old") scanned every mention before it.
    "described-speakers": (
        "text",
        lambda n: "\n\n".join(
            f"{_FIRST[i % 14]} {_LAST[i // 14 % 10]} spoke. “Road {i} is closed,” "
            "the 56-year-old said."
            for i in range(n)
        ),
    ),
    # Many people of one surname: "Smith" alone asked each of them.
    "shared-surname": (
        "text",
        lambda n: "\n\n".join(
            f"Dr. {_FIRST[i % 14]}{i} Smith said clinic {i} opened. Smith added it was busy."
            for i in range(n)
        ),
    ),
    # A group that takes part in event after event: its actor was rebuilt each time.
    "event-groups": (
        "text",
        lambda n: "\n\n".join(f"Police arrested protesters near bridge {i}." for i in range(n)),
    ),
    # One meeting that gathers a new guest in every paragraph: the merged event was
    # filed again under every pair of its participants each time it grew.
    "growing-meeting": (
        "text",
        lambda n: "\n\n".join(
            f"Ministers Omar Haddad and Rosa Duarte met {_FIRST[i % 14]} "
            f"{chr(65 + i // 140 % 26)}. {_LAST[i // 14 % 10]} in Geneva."
            for i in range(n)
        ),
    ),
    # "They" looked back for the last speaker, who was "they" in turn: 2**n.
    "they-said": (
        "text",
        lambda n: "\n\n".join(f"“Road {i} is closed,” they said." for i in range(n)),
    ),
}


@pytest.mark.parametrize(("fmt", "make"), list(_REPETITION.values()), ids=list(_REPETITION))
def test_work_grows_linearly_on_repetition(fmt: str, make: Callable[[int], str]) -> None:
    assert_scales_linearly(make, _parse_with(fmt), sizes=(100, 400), slack=1.15)


@pytest.mark.parametrize(
    ("plugin", "make"),
    [
        (newsmodel_text, lambda n: news_text(n * 60, seed=2)),
        (newsmodel_html, lambda n: news_html(n * 80, seed=2)),
        (newsmodel_text, lambda n: "x\n" * (n * 20)),
        (newsmodel_html, lambda n: "<p><b><i>Misnested</b></i> text" * n),
    ],
    ids=["text-news", "html-news", "text-short-lines", "html-misnested-tags"],
)
def test_format_plugins_read_in_linear_work(plugin: Any, make: Callable[[int], str]) -> None:
    assert_scales_linearly(make, _read_with(plugin), sizes=(200, 800))


# -- bounded memory ------------------------------------------------------------------------

# Peak traced memory per byte of input; today's worst case is about 100 (a
# megabyte of word characters and punctuation: one token object per piece).
_BYTES_PER_INPUT_BYTE = 150


@pytest.mark.parametrize(
    ("fmt", "name"),
    [("text", "one-token"), ("html", "one-token"), ("text", "said-quotes"), ("html", "entities")],
)
def test_memory_is_bounded_by_the_input(manager: PluginManager, fmt: str, name: str) -> None:
    source = next(h.data for h in hostile_inputs(0.3) if h.name == name)
    manager.parse(source[:1000], format=fmt)  # lazy imports and caches do not count
    tracemalloc.start()
    try:
        _parse(manager, source, fmt)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak <= _BYTES_PER_INPUT_BYTE * len(source.encode())


# -- size limits -----------------------------------------------------------------------------


def test_a_gzip_bomb_is_refused_without_inflating_it(tmp_path: Path) -> None:
    bomb = gzip.compress(b"\0" * (DEFAULT_MAX_BYTES + 1_000_000), compresslevel=9)
    assert len(bomb) < DEFAULT_MAX_BYTES // 100
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(bomb)
    for source in (bomb, path):
        with pytest.raises(InputTooLargeError, match="exceeds the limit") as refused:
            newsmodel.parse(source)
        assert refused.value.limit == DEFAULT_MAX_BYTES


def test_text_past_the_limit_is_refused() -> None:
    with pytest.raises(InputTooLargeError) as refused:
        newsmodel.parse("a" * (DEFAULT_MAX_BYTES + 1))
    assert refused.value.size == DEFAULT_MAX_BYTES + 1


# -- HTML never fetches and never expands entities --------------------------------------------


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Recorder.requests.append(self.path)
        body = b'<!ENTITY leaked "FETCHED-OVER-HTTP">FETCHED-OVER-HTTP'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    """A loopback HTTP server that records every request it gets."""
    _Recorder.requests = []
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


_SECRET = "LOCAL-FILE-CONTENT-7f3a"
_PROSE = (
    "<p>The city council voted on Tuesday to expand the bus network to the northern "
    "suburbs, after months of debate over the cost of the new routes.</p>"
)


def _pages(base: str, secret: Path) -> dict[str, str]:
    file_url = secret.as_uri()
    return {
        "external-dtd": f'<!DOCTYPE html SYSTEM "{base}/page.dtd"><html><body>{_PROSE}</body></html>',
        "parameter-entity": (
            f'<!DOCTYPE html [<!ENTITY % remote SYSTEM "{base}/remote.dtd"> %remote;]>'
            f"<html><body>{_PROSE}<p>&leaked;</p></body></html>"
        ),
        "external-entities": (
            f'<!DOCTYPE html [<!ENTITY web SYSTEM "{base}/entity">'
            f'<!ENTITY file SYSTEM "{file_url}">]>'
            f"<html><body>{_PROSE}<p>&web; &file;</p></body></html>"
        ),
        "xinclude": (
            '<html xmlns:xi="http://www.w3.org/2001/XInclude"><body>'
            f'{_PROSE}<xi:include href="{file_url}" parse="text"/>'
            f'<xi:include href="{base}/include" parse="text"/></body></html>'
        ),
        "resources": (
            f'<html><head><base href="{base}/"><link rel="stylesheet" href="{base}/s.css">'
            f'<script src="{base}/s.js"></script><meta http-equiv="refresh" content="0;url={base}/r">'
            f'</head><body>{_PROSE}<img src="{file_url}"><iframe src="{base}/frame"></iframe>'
            f'<object data="{file_url}"></object><embed src="{base}/embed"></body></html>'
        ),
        "xml-stylesheet": (
            f'<?xml version="1.0"?><?xml-stylesheet href="{base}/style.xsl"?>'
            f"<html><body>{_PROSE}</body></html>"
        ),
    }


@pytest.mark.parametrize(
    "page",
    [
        "external-dtd",
        "parameter-entity",
        "external-entities",
        "xinclude",
        "resources",
        "xml-stylesheet",
    ],
)
@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
def test_html_never_fetches(server: str, tmp_path: Path, page: str, as_bytes: bool) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(_SECRET, encoding="utf-8")
    html = _pages(server, secret)[page]
    try:
        article = newsmodel.parse(html.encode() if as_bytes else html, format="html")
    except SourceError:
        article = None
    assert _Recorder.requests == []
    if article is not None:
        dumped = newsmodel.dumps(article)
        assert _SECRET not in dumped and "FETCHED-OVER-HTTP" not in dumped
        assert "bus network" in article.text


def test_html_never_expands_entities(manager: PluginManager) -> None:
    levels = ['<!ENTITY lol0 "LOL">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    html = (
        f"<!DOCTYPE html [{''.join(levels)}]><html><body>{_PROSE}"
        + "<p>&lol9;</p>" * 100
        + "</body></html>"
    )
    article = _parse(manager, html, "html")
    assert article is not None
    assert "LOL" not in article.text
    assert len(article.text) < 10 * len(html)


def test_text_input_is_never_fetched_either(server: str, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(_SECRET, encoding="utf-8")
    page = _pages(server, secret)["external-entities"]
    try:
        article = newsmodel.parse(page, format="text")
    except NewsmodelError:
        article = None
    assert _Recorder.requests == []
    assert article is None or _SECRET not in newsmodel.dumps(article)
