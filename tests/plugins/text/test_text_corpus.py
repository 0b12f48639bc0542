"""The messy-dump corpus: each dump is read into its expected structure.

``corpus/NAME.txt`` is a dump as a file holds it (any encoding);
``corpus/NAME.expected.json`` is what a careful reader gets from it: title,
authors, dates, blocks with their texts, and the kinds of debris set aside.
All articles are invented.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsmodel import ArticleDate, Document, RawSource
from newsmodel_text import newsmodel_read

CORPUS = Path(__file__).parent / "corpus"
DUMPS = sorted(CORPUS.glob("*.txt"))


def _date(date: ArticleDate | None) -> dict[str, str] | None:
    if date is None:
        return None
    return {"value": date.value.isoformat(), "origin": date.origin.value}


def _structure(document: Document) -> dict[str, Any]:
    return {
        "title": document.title,
        "site_name": document.site_name,
        "authors": list(document.authors),
        "published": _date(document.published),
        "updated": _date(document.updated),
        "description": document.description,
        "tags": list(document.tags),
        "blocks": [[b.kind.value, document.text[b.start : b.end]] for b in document.blocks],
        "debris": [d.kind for d in document.debris],
    }


def test_the_corpus_is_large_enough() -> None:
    assert len(DUMPS) >= 25
    assert all(p.with_name(f"{p.stem}.expected.json").is_file() for p in DUMPS)


@pytest.mark.parametrize("path", DUMPS, ids=[p.stem for p in DUMPS])
def test_dump_reads_as_expected(path: Path) -> None:
    expected = json.loads(path.with_name(f"{path.stem}.expected.json").read_text("utf-8"))
    document = newsmodel_read(source=RawSource(data=path.read_bytes(), name=path.name))
    got = _structure(document)
    assert {key: got[key] for key in expected} == expected
