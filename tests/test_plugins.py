"""The plugin manager: registration, format choice, errors, analysis hooks."""

from __future__ import annotations

import attrs
import pytest

import newsmodel
from newsmodel import (
    Document,
    Findings,
    PluginError,
    PluginManager,
    RawSource,
    UnknownFormatError,
    hookimpl,
)


class ShoutFormat:
    """A toy format: files ending in .shout, read as one upper-cased paragraph."""

    @hookimpl
    def newsmodel_recognize(self, source: RawSource) -> float | None:
        return 1.0 if source.suffix == ".shout" or source.data.startswith(b"SHOUT:") else None

    @hookimpl
    def newsmodel_read(self, source: RawSource) -> Document:
        text = source.data.decode().removeprefix("SHOUT:").strip().upper()
        return Document.from_blocks([("paragraph", text)], title="SHOUTED")


def test_builtin_formats_come_from_entry_points() -> None:
    pm = PluginManager()
    assert {"text", "html"} <= set(pm.formats)
    infos = {p.name: p for p in pm.plugins()}
    assert infos["text"].is_format
    assert infos["text"].distribution == "newsmodel"
    assert not infos["newsmodel.analysis"].is_format


def test_managers_share_nothing() -> None:
    a, b = PluginManager(), PluginManager()
    a.register(ShoutFormat(), name="shout")
    assert "shout" in a.formats
    assert "shout" not in b.formats


def test_registered_plugin_parses_and_is_named() -> None:
    pm = PluginManager()
    pm.register(ShoutFormat(), name="shout")
    article = pm.parse("SHOUT: hello there")
    assert article.format == "shout"
    assert article.text == "HELLO THERE"
    assert article.title == "SHOUTED"


def test_explicit_format_overrides_detection() -> None:
    pm = PluginManager()
    pm.register(ShoutFormat(), name="shout")
    assert pm.parse("<p>quiet</p>", format="shout").text == "<P>QUIET</P>"
    assert pm.parse("SHOUT: x", format="text").format == "text"


def test_unknown_format_names_the_installed_formats() -> None:
    pm = PluginManager()
    with pytest.raises(UnknownFormatError) as info:
        pm.parse("anything", format="nope")
    assert "html" in str(info.value)
    # Nothing was tried: the formats there are are named as such.
    assert info.value.tried == () and "text" in info.value.installed
    assert "(installed formats: " in str(info.value) and "tried" not in str(info.value)


def test_nobody_recognises_binary() -> None:
    pm = PluginManager()
    with pytest.raises(UnknownFormatError, match="installed formats") as info:
        pm.parse(b"\x00\x01\x02binary\x00")
    assert info.value.tried == ()  # no format recognised it, so none tried to read it


def test_formats_tried_are_those_that_read_and_failed() -> None:
    pm = PluginManager(entry_points=False)
    pm.register(Refusing(), name="refusing")
    with pytest.raises(UnknownFormatError, match=r"\(formats tried: refusing\)") as info:
        pm.parse("Any words at all.")
    assert info.value.tried == ("refusing",)


def test_no_plugins_at_all() -> None:
    pm = PluginManager(entry_points=False)
    with pytest.raises(UnknownFormatError, match="no format plugin is installed"):
        pm.parse("text")


def test_duplicate_and_unknown_names() -> None:
    pm = PluginManager()
    with pytest.raises(PluginError, match="text"):
        pm.register(ShoutFormat(), name="text")
    with pytest.raises(PluginError, match="no plugin"):
        pm.unregister("nope")
    pm.unregister("html")
    assert "html" not in pm.formats


def test_block_refuses_a_plugin() -> None:
    pm = PluginManager(entry_points=False)
    pm.block("text")
    loaded = pm.load_entry_points()
    # Third-party plugins installed beside newsmodel load too: only "text" is refused.
    assert "html" in loaded and "text" not in loaded
    assert "html" in pm.formats and "text" not in pm.formats


class Refusing:
    """Recognises every source, then reads none."""

    @hookimpl
    def newsmodel_recognize(self, source: RawSource) -> float:
        return 0.5

    @hookimpl
    def newsmodel_read(self, source: RawSource) -> Document | None:
        return None


class Crashing:
    @hookimpl
    def newsmodel_recognize(self, source: RawSource) -> float:
        return 1.0

    @hookimpl
    def newsmodel_read(self, source: RawSource) -> Document:
        raise ZeroDivisionError("bug in the plugin")


def test_plugin_crash_becomes_plugin_error_naming_it() -> None:
    pm = PluginManager()
    pm.register(Crashing(), name="crashy")
    with pytest.raises(PluginError, match="crashy") as info:
        pm.parse("x")
    assert isinstance(info.value.__cause__, ZeroDivisionError)


class BadScore:
    @hookimpl
    def newsmodel_recognize(self, source: RawSource) -> float:
        return 7.0


def test_recognise_must_return_a_confidence() -> None:
    pm = PluginManager()
    pm.register(BadScore(), name="bad")
    with pytest.raises(PluginError, match=r"not a number in \[0, 1\]"):
        pm.parse("x")


class NoQuotes:
    """Replaces the quote stage: this newsroom's articles have none."""

    @hookimpl
    def newsmodel_find_quotes(self, document: Document, findings: Findings) -> Findings:
        return attrs.evolve(findings, quotes=())


class TagDates:
    """Wraps the date stage and keeps only dates with a day."""

    @hookimpl(wrapper=True)
    def newsmodel_find_dates(self, document: Document, findings: Findings):  # type: ignore[no-untyped-def]
        result: Findings = yield
        days = [d for d in result.dates if d.value is not None and d.value.precision.value == "day"]
        return attrs.evolve(result, dates=days)


TEXT = (
    "On Friday, March 14, 2025, Putin said of 2022: “We will win.” He spoke on Thursday, March 13."
)


def test_analysis_stage_can_be_replaced() -> None:
    pm = PluginManager()
    assert pm.parse(TEXT).quotes
    pm.register(NoQuotes(), name="no-quotes")
    assert pm.parse(TEXT).quotes == ()


def test_analysis_stage_can_be_wrapped() -> None:
    pm = PluginManager()
    assert any(d.text == "2022" for d in pm.parse(TEXT).dates)
    pm.register(TagDates(), name="days-only")
    assert [d.text for d in pm.parse(TEXT).dates] == [
        "Friday, March 14, 2025",
        "Thursday, March 13",
    ]


def test_module_level_parse_uses_installed_plugins() -> None:
    article = newsmodel.parse("<html><body><p>One paragraph of text.</p></body></html>")
    assert article.format == "html"


def test_plugins_can_be_disabled_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSMODEL_DISABLE_PLUGINS", "html, nonexistent")
    pm = PluginManager()
    assert "html" not in pm.formats
    assert "text" in pm.formats


def test_a_plugin_that_fails_to_load_is_recorded_and_the_rest_work(broken_plugin: object) -> None:
    pm = PluginManager()
    (broken,) = pm.broken
    assert broken.name == "zither" and (broken.distribution, broken.version) == (
        "newsmodel-zither",
        "0.3",
    )
    assert broken.error == "ImportError: zither_format needs libzither 2, found none"
    assert broken in pm.plugins()
    assert {"text", "html"} <= set(pm.formats) and "zither" not in pm.formats
    assert pm.parse("Plain words, one paragraph.").format == "text"


def test_a_strict_manager_raises_for_a_plugin_that_fails_to_load(broken_plugin: object) -> None:
    with pytest.raises(PluginError, match=r"zither.*needs libzither 2"):
        PluginManager(strict=True)


def test_a_disabled_broken_plugin_is_not_loaded(
    broken_plugin: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSMODEL_DISABLE_PLUGINS", "zither")
    assert PluginManager(strict=True).broken == ()
