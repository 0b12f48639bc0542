"""The example plugin of docs/plugins.md: registered and run, and the docs show it whole."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from newsmodel import DateOrigin, PluginManager, SourceError

EXAMPLE = Path(__file__).resolve().parent.parent / "docs" / "examples" / "newsmodel_jsonld.py"
DOC = EXAMPLE.parent.parent / "plugins.md"

ARTICLE = {
    "@context": "https://schema.org",
    "@graph": [
        {"@type": "WebPage", "name": "ignored"},
        {
            "@type": ["NewsArticle"],
            "headline": "Port reopens after storm",
            "datePublished": "2025-02-03T08:00:00+01:00",
            "author": [{"@type": "Person", "name": "Ana Ruiz"}, "Li Wei"],
            "keywords": "ports, weather",
            "articleBody": 'The port reopened on Monday.\n\n"We are back," harbour master Jan Visser said.',
        },
    ],
}


@pytest.fixture(scope="module")
def plugin() -> ModuleType:
    spec = importlib.util.spec_from_file_location("newsmodel_jsonld", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def manager(plugin: ModuleType) -> PluginManager:
    pm = PluginManager()
    pm.register(plugin, name="jsonld")
    return pm


def test_docs_show_the_example_whole() -> None:
    assert EXAMPLE.read_text(encoding="utf-8") in DOC.read_text(encoding="utf-8")


def test_reads_json_ld(manager: PluginManager) -> None:
    article = manager.parse(json.dumps(ARTICLE).encode())
    assert article.format == "jsonld"
    assert article.title == "Port reopens after storm"
    assert article.authors == ("Ana Ruiz", "Li Wei")
    assert article.tags == ("ports", "weather")
    assert article.published is not None
    assert article.published.origin is DateOrigin.METADATA
    assert article.published.value.isoformat() == "2025-02-03T08:00:00+01:00"
    assert [q.text for q in article.quotes] == ["We are back,"]
    speaker = article.speaker(article.quotes[0])
    assert speaker is not None
    assert speaker.name == "Jan Visser"
    monday = next(d for d in article.dates if d.text == "Monday")
    assert monday.value is not None
    assert monday.value.isoformat() == "2025-02-03"


def test_leaves_other_json_and_text_alone(manager: PluginManager) -> None:
    assert manager.parse("Just a sentence.").format == "text"
    with pytest.raises(SourceError, match="not JSON"):
        manager.parse(b'{"@context": "https://schema.org", broken', format="jsonld")
