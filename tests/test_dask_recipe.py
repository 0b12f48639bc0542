"""The Dask recipe of docs/scale.md, run on Dask's local process scheduler."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

import pytest

from newsmodel import Index, article_rows, parse

dask = pytest.importorskip("dask")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture
def recipe(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    # Importable by name, so that worker processes can import it too.
    monkeypatch.syspath_prepend(str(ROOT / "docs" / "examples"))
    return importlib.import_module("dask_recipe")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for p in EXAMPLES.iterdir():
        (folder / p.name).write_bytes(p.read_bytes())
    (folder / "broken.txt.gz").write_bytes(b"\x1f\x8b\x08 broken")
    return folder


def test_dask_fills_the_index_that_newsmodel_index_makes(
    recipe: ModuleType, corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with dask.config.set(scheduler="processes", num_workers=2):
        files = recipe.write_json_lines(
            recipe.parse_bag([corpus], partition_size=2), tmp_path / "j"
        )
    assert len(files) == 2
    report = recipe.load_index(files, tmp_path / "dask.db")
    assert report.added == len(list(EXAMPLES.iterdir()))  # every article, not the broken file
    assert "broken.txt.gz" in capsys.readouterr().err

    with Index(tmp_path / "dask.db") as by_dask, Index(tmp_path / "direct.db") as direct:
        assert len(direct.update([corpus]).failed) == 1
        assert by_dask.keys() == direct.keys()
        assert list(by_dask.articles()) == list(direct.articles())
        assert by_dask.actors() == direct.actors()
        assert by_dask.rows() == direct.rows()


def test_dask_writes_parquet_per_partition(
    recipe: ModuleType, corpus: Path, tmp_path: Path
) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    with dask.config.set(scheduler="processes", num_workers=2):
        files = recipe.write_json_lines(
            recipe.parse_bag([corpus], partition_size=2), tmp_path / "j"
        )
        rows = recipe.write_parquet_parts(recipe.read_json_lines(files), tmp_path / "pq")
    table = pq.read_table(tmp_path / "pq")
    expected = [
        (row.quote.text, row.speaker.name if row.speaker else None)
        for p in sorted(EXAMPLES.iterdir())
        for row in article_rows(parse(p))
    ]
    assert rows == table.num_rows == len(expected) > 0

    def key(pair: tuple[str, str | None]) -> tuple[str, str]:
        return pair[0], pair[1] or ""

    written = zip(table["text"].to_pylist(), table["speaker_name"].to_pylist(), strict=True)
    assert sorted(written, key=key) == sorted(expected, key=key)
