"""The two seed articles end to end, against shared/gold/seeds.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsmodel
from newsmodel import Article, Corpus


@pytest.fixture(scope="module")
def seeds(shared: Path) -> dict[str, Article]:
    return {p.name: newsmodel.parse(p) for p in sorted((shared / "corpus" / "seeds").glob("*.txt"))}


@pytest.fixture(scope="module")
def gold(shared: Path) -> dict[str, object]:
    return json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_both_parse_with_the_publication_date(seeds: dict[str, Article], gold: dict) -> None:  # type: ignore[type-arg]
    for g in gold["articles"]:
        article = seeds[g["file"]]
        assert article.published is not None
        assert article.published.value.isoformat() == g["reference_date"]


def test_no_non_person_is_a_person(seeds: dict[str, Article], gold: dict) -> None:  # type: ignore[type-arg]
    for g in gold["articles"]:
        persons = {a.name for a in seeds[g["file"]].actors if a.kind.value == "person"}
        assert not persons & set(g["not_persons"])


def test_core_quotes_have_the_right_speaker(seeds: dict[str, Article], gold: dict) -> None:  # type: ignore[type-arg]
    right = 0
    total = 0
    for g in gold["articles"]:
        article = seeds[g["file"]]
        for gq in g["quotes"]:
            if gq["level"] != "core":
                continue
            total += 1
            found = [q for q in article.quotes if gq["text"].strip(" .,") in q.text]
            speaker = article.speaker(found[0]) if found else None
            surname = gq["speaker"].split()[-1]
            right += bool(speaker and any(surname in n for n in speaker.names))
    assert right >= 20, f"{right} of {total} core quotes have the right speaker"


def test_putin_is_quoted_in_both(seeds: dict[str, Article]) -> None:
    corpus = Corpus(list(seeds.values()))
    paths = {Path(r.article.source.path or "").name for r in corpus.quotes(actor="Putin")}
    assert paths == set(seeds)
