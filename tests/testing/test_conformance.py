"""The conformance suite: the built-in plugins and the docs' example pass it; broken plugins fail it."""

from __future__ import annotations

import importlib.util
import json
import random
import socket
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import strategies as st

import newsmodel
import newsmodel_html
import newsmodel_text
from newsmodel import Block, Document, OffsetMap, RawSource, SourceError, hookimpl
from newsmodel.testing import (
    ConformanceError,
    FormatPluginChecker,
    FormatPluginTests,
    check_deterministic_across_processes,
    check_format_plugin,
    check_source_map,
    messy_dumps,
    news_html,
    news_pages,
    news_text,
    render_html,
    render_text,
)
from newsmodel_text._normalize import repaired

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "docs" / "examples" / "newsmodel_jsonld.py"
TEXT_CORPUS = sorted((ROOT / "tests" / "plugins" / "text" / "corpus").glob("*.txt"))


def _load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsmodel_jsonld", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _json_ld(seed: int) -> str:
    return json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Council approves plan",
            "datePublished": "2025-03-14T09:00:00Z",
            "author": [{"@type": "Person", "name": "Ana Ruiz"}],
            "keywords": "council, budget",
            "articleBody": "\n\n".join(news_text(1000, seed).split("\n\n")[3:]),
        }
    )


# -- the built-in plugins and the docs' example -----------------------------------------


class TestTextPlugin(FormatPluginTests):
    plugin = newsmodel_text
    name = "text"
    samples = (
        *(news_text(1000, seed) for seed in range(3)),
        *(p.read_bytes() for p in TEXT_CORPUS[:4]),
    )
    import_path = "newsmodel_text"

    def render(self, article: newsmodel.Article) -> str | None:
        return render_text(article)

    def source_text(self, raw: RawSource) -> str | None:
        return raw.text if raw.text is not None else newsmodel_text.decode(raw.data)

    def repair(self, sequence: str) -> str | None:
        return repaired(sequence)

    def idempotent_inputs(self) -> st.SearchStrategy[str | bytes]:
        return messy_dumps().map(lambda dump: dump.data)


class TestHtmlPlugin(FormatPluginTests):
    plugin = newsmodel_html
    name = "html"
    samples = tuple(news_html(1500, seed) for seed in range(3))
    import_path = "newsmodel_html"

    def render(self, article: newsmodel.Article) -> str | None:
        return render_html(article)

    def idempotent_inputs(self) -> st.SearchStrategy[str | bytes]:
        return news_pages()


def test_text_plugin_repairs_mojibake_the_first_time() -> None:
    source = b"The mayor said it was \xe2\x00\x80\x98good\xe2\x80\x99 news for the residents."
    checker = FormatPluginChecker(newsmodel_text, "text", render=lambda a: a.text)
    checker.check(source)


def test_the_example_plugin_leaves_no_lone_surrogates() -> None:
    # Found by the thorough profile: a JSON escape of half a surrogate pair.
    source = '{"@type": "NewsArticle", "headline": "\\ud800Port", "articleBody": "B\\udc80ody."}'
    article = FormatPluginChecker(TestJsonLdExample.plugin, "jsonld").check(source)
    assert isinstance(article, newsmodel.Article)
    assert (article.title, article.text) == ("\ufffdPort", "B\ufffdody.")


@pytest.mark.xfail(
    reason="newsmodel_html: a one-character paragraph before a blockquote is kept in a bare "
    "fragment but dropped as boilerplate from a clean <article> page",
    strict=True,
)
def test_html_plugin_keeps_a_short_paragraph_of_a_clean_page() -> None:
    checker = FormatPluginChecker(newsmodel_html, "html", render=render_html)
    checker.check('0<BLOCKQUOTE>00000000000000000000000000000"')


class TestJsonLdExample(FormatPluginTests):
    plugin = _load_example()
    name = "jsonld"
    samples = tuple(_json_ld(seed) for seed in range(3))
    import_path = str(EXAMPLE)

    def render(self, article: newsmodel.Article) -> str | None:
        body = {"@context": "https://schema.org", "@type": "NewsArticle"}
        return json.dumps({**body, "headline": article.title, "articleBody": article.text})


# -- broken plugins fail, each for its reason ----------------------------------------------


class _Format:
    """A minimal format plugin: reads any source as one paragraph."""

    @hookimpl
    def newsmodel_recognize(self, source: RawSource) -> float | None:
        return 0.5

    @hookimpl
    def newsmodel_read(self, source: RawSource) -> Document | None:
        text = source.data.decode("utf-8", "replace").strip()
        return Document.from_blocks([("paragraph", text)])


class _Crashes(_Format):
    @hookimpl
    def newsmodel_read(self, source: RawSource) -> Document | None:
        if b"<" in source.data:
            raise IndexError("no such element")
        return super().newsmodel_read(source)


class _BadConfidence(_Format):
    @hookimpl
    def newsmodel_recognize(self, source: RawSource) -> float | None:
        return 2.0 if source.data.startswith(b"{") else 0.5


class _Random(_Format):
    @hookimpl
    def newsmodel_read(self, source: RawSource) -> Document | None:
        return Document.from_blocks([("paragraph", f"Text {random.random()}")])


class _LoneSurrogate(_Format):
    @hookimpl
    def newsmodel_read(self, source: RawSource) -> Document | None:
        return Document.from_blocks([("paragraph", "broken \udc80 text")])


class _Fetches(_Format):
    @hookimpl
    def newsmodel_read(self, source: RawSource) -> Document | None:
        socket.create_connection(("127.0.0.1", 9))
        return None


class _Refuses(_Format):
    @hookimpl
    def newsmodel_read(self, source: RawSource) -> Document | None:
        if source.data.startswith(b"{"):
            raise SourceError("not my kind of JSON")
        return None


@pytest.mark.parametrize(
    ("plugin", "source", "check"),
    [
        (_Crashes(), "<p>Hello</p>", "crash"),
        (_BadConfidence(), "{}", "recognize"),
        (_Random(), "Anything.", "deterministic"),
        (_LoneSurrogate(), "Anything.", "json"),
        (_Fetches(), "Anything.", "network"),
    ],
    ids=["crash", "recognize", "deterministic", "json", "network"],
)
def test_broken_plugins_fail_their_check(plugin: object, source: str, check: str) -> None:
    with pytest.raises(ConformanceError) as failed:
        FormatPluginChecker(plugin, "broken").check(source)
    assert failed.value.check == check
    assert failed.value.plugin == "broken"
    assert repr(source) in str(failed.value)


class _RepairsQuotes(_Format):
    """Repairs the mojibake "â€œ" to "“", mapping it as a replacement or, when ``copy``, wrongly."""

    def __init__(self, *, copy: bool = False, made: str = "“") -> None:
        self.copy = copy
        self.made = made

    @hookimpl
    def newsmodel_read(self, source: RawSource) -> Document | None:
        decoded = source.data.decode("utf-8")
        at = decoded.index("â€œ")
        text = decoded[:at] + self.made + decoded[at + 3 :]
        repair = (at, at, 1) if self.copy else (at, at, 1, 3)
        segments = [(0, 0, at), repair, (at + 1, at + 3, len(decoded) - at - 3)]
        return Document(
            text=text,
            blocks=[Block(kind="paragraph", start=0, end=len(text))],
            source_map=OffsetMap(segments=[seg for seg in segments if seg[2]]),
        )


def _decoded(raw: RawSource) -> str:
    return raw.data.decode("utf-8")


def _as_utf8(sequence: str) -> str:
    return sequence.encode("cp1252").decode("utf-8")


@pytest.mark.parametrize(
    ("plugin", "detail"),
    [
        (_RepairsQuotes(copy=True), "not a copy of source character 4 'â'"),
        (_RepairsQuotes(made="”"), "is not what 'â€œ' repairs to ('“')"),
    ],
    ids=["copy", "wrong-repair"],
)
def test_a_source_map_that_misplaces_a_repair_fails(plugin: object, detail: str) -> None:
    source = "Say â€œhi."
    with pytest.raises(ConformanceError) as failed:
        FormatPluginChecker(plugin, "fmt", source_text=_decoded, repair=_as_utf8).check(source)
    assert failed.value.check == "source_map"
    assert detail in str(failed.value)


def test_a_replacement_for_the_whole_sequence_conforms() -> None:
    source = "Say â€œhi."
    checker = FormatPluginChecker(_RepairsQuotes(), "fmt", source_text=_decoded, repair=_as_utf8)
    article = checker.check(source)
    assert isinstance(article, newsmodel.Article)
    assert check_source_map(article, source, _as_utf8) == []
    assert check_source_map(article, source[:5]) == [
        "source map segment (4, 4, 1, 3) is not inside the source of 5 characters",
        "source map segment (5, 7, 3, 3) is not inside the source of 5 characters",
    ]


def test_refusing_with_newsmodel_errors_conforms() -> None:
    checker = FormatPluginChecker(_Refuses(), "refuses")
    assert isinstance(checker.check("{}"), SourceError)
    assert isinstance(checker.check("plain"), SourceError)  # None: UnknownFormatError
    assert checker.report.inputs == 2 and checker.report.articles == 0
    assert checker.report.refused == {"SourceError": 1, "UnknownFormatError": 1}


def test_a_plugin_that_is_not_a_format_fails_registration() -> None:
    class Analysis:
        @hookimpl
        def newsmodel_find_dates(self, document: Document) -> None:
            return None

    with pytest.raises(ConformanceError, match="not a format plugin"):
        FormatPluginChecker(Analysis(), "analysis").check_registration()


def test_render_that_changes_the_text_fails_idempotence() -> None:
    checker = FormatPluginChecker(_Format(), "fmt", render=lambda a: a.text + " More.")
    with pytest.raises(ConformanceError) as failed:
        checker.check("Some text.")
    assert failed.value.check == "idempotent"


def test_check_format_plugin_finds_a_crash_in_messy_input() -> None:
    with pytest.raises(ConformanceError) as failed:
        check_format_plugin(_Crashes(), "crashes", samples=["Fine text."], max_examples=200)
    assert failed.value.check == "crash"


def test_check_format_plugin_reports_what_it_saw() -> None:
    report = check_format_plugin(
        _Format(), "fmt", samples=["One.", "Two."], max_examples=20, hostile_scale=0.001
    )
    assert report.plugin == "fmt"
    assert report.inputs >= 2 + 20
    assert report.articles + sum(report.refused.values()) == report.inputs
    assert "fmt:" in str(report)


_SET_ORDER_PLUGIN = """
from newsmodel import Document, hookimpl

@hookimpl
def newsmodel_recognize(source):
    return 0.5

@hookimpl
def newsmodel_read(source):
    words = set(source.data.decode().split())
    return Document.from_blocks([("paragraph", " ".join(words))])
"""


def test_set_order_is_caught_across_processes(tmp_path: Path) -> None:
    plugin = tmp_path / "set_order.py"
    plugin.write_text(_SET_ORDER_PLUGIN, encoding="utf-8")
    sample = " ".join(f"word{i}" for i in range(40))
    with pytest.raises(ConformanceError, match="PYTHONHASHSEED"):
        check_deterministic_across_processes(str(plugin), "setorder", [sample])


def test_an_ordered_plugin_passes_across_processes(tmp_path: Path) -> None:
    plugin = tmp_path / "ordered.py"
    plugin.write_text(_SET_ORDER_PLUGIN.replace("set(", "sorted(set("), encoding="utf-8")
    plugin.write_text(plugin.read_text().replace(".split())", ".split()))"), encoding="utf-8")
    check_deterministic_across_processes(str(plugin), "ordered", ["b a c", "z y"])


def test_the_checker_fixture_makes_checkers(
    newsmodel_checker: Callable[..., FormatPluginChecker],
) -> None:
    checker = newsmodel_checker(_Format(), "fmt", render=render_text)
    assert checker.name == "fmt" and checker.render is render_text


class _NoSamples(FormatPluginTests):
    """A suite whose author forgot the samples (no Test prefix: not collected itself)."""

    plugin = newsmodel_text
    name = "text"


def test_a_suite_without_samples_fails_and_says_why() -> None:
    with pytest.raises(ConformanceError, match=r"no samples: set `samples`"):
        _NoSamples().test_reads_its_samples()
