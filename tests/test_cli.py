"""The command line: index, and quotes and actors answered from an index as from files."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import pytest

from newsmodel.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for p in EXAMPLES.iterdir():
        (folder / p.name).write_bytes(p.read_bytes())
    (folder / "more.txt").write_text(
        "Published: 2025-06-11\n\nSen. Anna Caballero said: “This is the most important water "
        "bill in a generation,” on Wednesday. Reuters reported that Caballero called it “a "
        "lifeline”.\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture
def db(articles: Path, tmp_path: Path) -> Path:
    path = tmp_path / "news.db"
    code, out, err = run("index", articles, "--db", path)
    assert (code, out) == (0, "")
    assert "added" in err
    return path


def test_index_answers_as_the_files_do(articles: Path, db: Path) -> None:
    for command in (
        ["quotes", "--json"],
        ["quotes", "--json", "--actor", "Caballero", "--since", "2025-06-11"],
        ["quotes"],
        ["quotes", "--group", "--json"],
        ["actors", "--json"],
        ["actors", "--kind", "person"],
    ):
        from_files = run(*command, articles)
        from_index = run(*command, "--db", db)
        assert from_index == from_files
        assert from_files[1], f"{command} printed nothing"


def test_seeds_answer_as_the_files_do(shared: Path, tmp_path: Path) -> None:
    seeds = shared / "corpus" / "seeds"
    db = tmp_path / "seeds.db"
    assert run("index", seeds, "--db", db, "-q") == (0, "", "")
    for command in (["quotes", "--json"], ["actors", "--json"], ["quotes", "--actor", "Putin"]):
        assert run(*command, "--db", db) == run(*command, seeds)


def test_a_second_run_skips_unchanged_files(articles: Path, db: Path) -> None:
    code, _out, err = run("index", articles, "--db", db)
    assert code == 0
    assert "0 added, 0 replaced, 3 unchanged" in err


def test_a_bad_file_is_named_and_the_rest_indexed(articles: Path, tmp_path: Path) -> None:
    (articles / "bad.txt.gz").write_bytes(b"\x1f\x8b\x08 not gzip")
    db = tmp_path / "x.db"
    code, out, err = run("index", articles, tmp_path / "missing", "--db", db)
    assert (code, out) == (1, "")
    assert f"{articles / 'bad.txt.gz'}:" in err and "missing: no such file" in err
    assert "3 added" in err and "1 failed" in err


def test_parallel_indexing_gives_the_same_answers(articles: Path, db: Path, tmp_path: Path) -> None:
    parallel = tmp_path / "parallel.db"
    assert run("index", articles, "--db", parallel, "-j", "2", "-q") == (0, "", "")
    assert run("quotes", "--json", "--db", parallel) == run("quotes", "--json", "--db", db)


def test_articles_from_parse_can_be_indexed(
    articles: Path, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, parsed, _err = run("parse", articles)
    assert code == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO(parsed))
    from_json = tmp_path / "json.db"
    code, _out, err = run("index", "--json-lines", "-", "--db", from_json)
    assert code == 0 and "3 added" in err
    assert run("actors", "--json", "--db", from_json) == run("actors", "--json", "--db", db)


def test_filters_and_exports(db: Path, tmp_path: Path) -> None:
    code, out, _ = run("quotes", "--db", db, "--contains", "WATER BILL", "--export", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and len(rows) == 2
    assert {r["speaker_name"] for r in rows} == {"Anna Caballero"}
    target = tmp_path / "out.jsonl"
    assert (
        run("quotes", "--db", db, "--source", "/nowhere", "--export", "jsonl", "-o", target)[0] == 0
    )
    assert target.read_text() == ""
    code, out, _ = run("quotes", "--db", db, "--outlet", "reuters", "--json")
    assert code == 0 and [json.loads(line)["text"] for line in out.splitlines()] == ["a lifeline"]


def test_grouped_statements_count_copies(db: Path) -> None:
    code, out, _ = run("quotes", "--db", db, "--group", "--json", "--contains", "water bill")
    (statement,) = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and statement["count"] == 2 and len(statement["sources"]) == 2
    assert statement["speaker"]["name"] == "Anna Caballero"


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (["quotes"], 2, "give FILEs to read, or --db"),
        (["actors", "x.txt", "--db", "x.db"], 2, "not both"),
        (["quotes", "--db", "nowhere.db"], 1, "no such index"),
        (["quotes", "--db", "{db}", "--since", "soon"], 2, "--since: not a date"),
        (["quotes", "--db", "{db}", "--export", "parquet"], 2, "needs --output"),
        (["index", "-", "--db", "{db}"], 1, "standard input cannot be indexed"),
        (["index", "x", "--db", "{db}", "-j", "-1"], 2, "must be 0"),
    ],
)
def test_usage_and_input_errors(
    argv: list[str], status: int, message: str, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [a.replace("{db}", str(db)) for a in argv]
    try:
        code, out, err = run(*argv)
    except SystemExit as exc:  # argparse reports usage errors on sys.stderr
        code, out, err = int(str(exc.code)), "", capsys.readouterr().err
    assert (code, out) == (status, "")
    assert message in err


def test_a_file_that_is_not_an_index_is_an_error(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("not a database, not at all" * 100)
    code, out, err = run("quotes", "--db", junk)
    assert (code, out) == (1, "")
    assert "not a newsmodel index" in err
