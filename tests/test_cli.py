"""The command line: index, and quotes and actors answered from an index as from files."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsmodel.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(*argv: str | Path, stdin: io.StringIO | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err, stdin=stdin or _Terminal())
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


# -- conventions shared by the commands ------------------------------------------------

_UNDATED = (
    "Harbor council votes to rebuild the old wall\n\n"
    "The harbor council voted on Tuesday to rebuild the old sea wall, a project that will "
    "take three years. “We cannot wait for the next storm to decide for us, and we will not "
    "wait,” said Mayor Greta Moreau, who has pushed for the work since her election.\n"
)


@pytest.fixture
def undated(tmp_path: Path) -> Path:
    path = tmp_path / "3f9a2c7d1e.txt"
    path.write_text(_UNDATED, encoding="utf-8")
    return path


def test_piped_quotes_are_whole_and_name_the_article_by_title(undated: Path) -> None:
    code, out, _ = run("quotes", undated, "--published", "2016-10-06")
    header, row = out.splitlines()
    assert code == 0 and header.split() == ["DATE", "SPEAKER", "ARTICLE", "QUOTE"]
    assert row.startswith("2016-10-06  Greta Moreau  Harbor council votes to rebuild the old wall")
    assert row.endswith("We cannot wait for the next storm to decide for us, and we will not wait,")


def test_quote_formats(undated: Path) -> None:
    _, tsv, _ = run("quotes", undated, "--format", "tsv")
    rows = [line.split("\t") for line in tsv.splitlines()]
    assert rows[0] == ["DATE", "SPEAKER", "ARTICLE", "QUOTE"]
    assert rows[1][1:3] == ["Greta Moreau", "Harbor council votes to rebuild the old wall"]
    _, as_csv, _ = run("quotes", undated, "--format", "csv")
    (record,) = csv.DictReader(io.StringIO(as_csv))
    assert record["speaker_name"] == "Greta Moreau"
    assert run("quotes", undated, "--format", "jsonl") == run("quotes", undated, "--json")
    _, grouped, _ = run("quotes", undated, "--group", "--format", "tsv")
    assert grouped.splitlines()[0].split("\t") == ["DATE", "SPEAKER", "ARTICLES", "QUOTE"]


def test_dates_print_at_their_precision(tmp_path: Path) -> None:
    story = tmp_path / "timed.txt"
    story.write_text("Published: March 14, 2025 10:32 a.m. ET\n\n" + _UNDATED, encoding="utf-8")
    _, out, _ = run("quotes", story)
    assert out.splitlines()[1].startswith("2025-03-14 10:32  Greta Moreau")
    _, out, _ = run("quotes", story, "--published", "2016-10")  # the stated date wins
    assert out.splitlines()[1].startswith("2025-03-14 10:32")


def test_a_given_date_reaches_every_command(undated: Path, tmp_path: Path) -> None:
    code, out, err = run("quotes", undated, "--since", "2016-10-01")
    assert (code, out) == (0, "")  # undated: out of any date range, and said so
    assert "1 of 1 articles state no publication date" in err and "--published" in err
    code, out, _ = run("quotes", undated, "--since", "2016-10-01", "--published", "2016-10-06")
    assert code == 0 and "Greta Moreau" in out
    code, out, _ = run("parse", undated, "--published", "2016-10-06")
    article = json.loads(out)
    assert (article["published"], article["published_origin"]) == ("2016-10-06", "given")
    assert run("actors", undated, "--published", "2016-10-06")[0] == 0
    db = tmp_path / "given.db"
    assert run("index", undated, "--db", db, "--published", "2016-10-06", "-q")[0] == 0
    _, out, _ = run("quotes", "--db", db, "--since", "2016-10-01", "--json")
    assert json.loads(out)["date"] == "2016-10-06"


def test_jobs_give_the_same_answers(articles: Path) -> None:
    for command in (["parse"], ["quotes", "--json"], ["actors", "--json"]):
        assert run(*command, articles, "-j", "2", "-q") == run(*command, articles)


def test_quiet_and_verbose(undated: Path) -> None:
    code, _, err = run("quotes", undated, "-v")
    assert code == 0 and f"{undated}: text, 1 quotes" in err and "1 of 1 inputs parsed" in err
    assert run("quotes", undated, "-q")[2] == ""


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0 and capsys.readouterr().out.startswith("newsmodel ")


def test_piped_standard_input_is_read_without_a_path(
    undated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(undated.read_bytes())))
    code, out, _ = run("quotes", stdin=io.StringIO())
    assert code == 0 and "Greta Moreau" in out


def test_parsed_json_piped_into_quotes_is_refused(
    undated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, parsed, _ = run("parse", undated)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(parsed.encode())))
    code, out, err = run("quotes", "-", stdin=io.StringIO())
    assert (code, out) == (1, "")
    assert "<stdin>: no plugin can read this source (it looks like an article in newsmodel" in err


def test_disabled_plugins_are_labelled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSMODEL_DISABLE_PLUGINS", "html")
    code, out, _ = run("plugins")
    (line,) = [line for line in out.splitlines() if line.startswith("html ")]
    assert code == 0 and line.split()[1] == "disabled"
    assert any(line.split()[:2] == ["text", "format"] for line in out.splitlines())


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["actors", "x.txt", "--kind", "persons"], "invalid choice: 'persons'"),
        (["quotes", "x.txt", "--format", "html"], "invalid choice: 'html'"),
        (["quotes", "x.txt", "--json", "--format", "tsv"], "--json is --format jsonl"),
        (["parse", "x.txt", "--published", "last week"], "not a date: 'last week'"),
        (["parse"], "pipe an article in"),
        (["index", "--db", "x.db"], "give PATHs to index"),
    ],
)
def test_usage_errors_of_the_conventions(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        run(*argv)
    assert done.value.code == 2 and message in capsys.readouterr().err


def test_on_a_terminal_the_table_fits_it(undated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("LINES", "24")
    out, err = _Terminal(), io.StringIO()
    assert main(["quotes", str(undated)], out=out, err=err, stdin=_Terminal()) == 0
    rows = out.getvalue().splitlines()
    assert all(len(row) <= 80 for row in rows) and rows[1].endswith("…")


# -- where output cannot go ------------------------------------------------------------


@pytest.mark.parametrize("export", ["csv", "jsonl", "parquet"])
@pytest.mark.parametrize("where", ["missing-folder", "a-folder", "full-device"])
def test_an_export_that_cannot_be_written_is_one_line(
    export: str, where: str, undated: Path, tmp_path: Path
) -> None:
    if export == "parquet":
        pytest.importorskip("pyarrow")
    target = {
        "missing-folder": tmp_path / "no-such-folder" / "out.dat",
        "a-folder": tmp_path,
        "full-device": Path("/dev/full"),
    }[where]
    if where == "full-device" and not target.exists():
        pytest.skip("no /dev/full here")
    code, out, err = run("quotes", undated, "--export", export, "-o", target)
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and err.startswith(
        f"newsmodel: {target}: cannot write the export: "
    )
    assert "Traceback" not in err


class _FullDisk(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")


def test_output_that_cannot_be_written_is_one_line(undated: Path) -> None:
    err = io.StringIO()
    code = main(["parse", str(undated)], out=_FullDisk(), err=err, stdin=_Terminal())
    assert code == 1
    assert err.getvalue() == "newsmodel: standard output: cannot write: No space left on device\n"


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_standard_output_on_a_full_device(undated: Path) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "newsmodel", "parse", str(undated)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert (done.returncode, done.stderr) == (
        1,
        "newsmodel: standard output: cannot write: No space left on device\n",
    )


def test_a_broken_plugin_is_listed_and_named_once(broken_plugin: Path, undated: Path) -> None:
    code, out, err = run("plugins")
    (line,) = [line for line in out.splitlines() if line.startswith("zither ")]
    assert (code, err) == (0, "")
    assert line.split()[1:3] == ["broken", "newsmodel-zither"]
    assert line.endswith("ImportError: zither_format needs libzither 2, found none")
    for jobs in ("1", "2"):
        code, out, err = run("quotes", undated, "-j", jobs, "--json")
        assert code == 0 and "Greta Moreau" in out
        assert err.count("\n") == 1 and err.startswith("newsmodel: plugin zither cannot be loaded")
        assert "NEWSMODEL_DISABLE_PLUGINS=zither" in err


def test_actor_with_a_title_finds_the_person(db: Path, articles: Path) -> None:
    for source in (["--db", db], [articles]):
        code, out, _ = run("quotes", "--json", "--actor", "Sen. Caballero", *source)
        assert code == 0 and out
        assert out == run("quotes", "--json", "--actor", "Caballero", *source)[1]


def _usage_error(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> str:
    """The standard error of a usage error (status 2, nothing on standard output)."""
    with pytest.raises(SystemExit) as done:
        run(*argv)
    captured = capsys.readouterr()
    assert (done.value.code, captured.out) == (2, "")
    return captured.err


def test_an_unknown_input_format_is_one_usage_error(
    undated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _usage_error(capsys, "parse", "--input-format", "nosuch", undated, undated)
    assert err.startswith("usage: newsmodel parse ")
    (line,) = [line for line in err.splitlines() if "nosuch" in line]
    assert line.startswith("newsmodel parse: error: --input-format: no format plugin named")
    assert "(installed: " in line and "tried" not in line


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["quotes", "{file}", "--contains", "  "],
            "newsmodel quotes: error: --contains: cannot be",
        ),
        (["quotes", "{file}", "--until", "later"], "newsmodel quotes: error: --until: not a date"),
        (["actors", "{file}", "--db", "x.db"], "newsmodel actors: error: give FILEs or --db"),
    ],
)
def test_usage_errors_show_the_command_and_the_option_typed(
    argv: list[str], message: str, undated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _usage_error(capsys, *[a.replace("{file}", str(undated)) for a in argv])
    assert err.startswith(f"usage: newsmodel {argv[0]} ")
    assert message in err and "--text" not in err
    assert err.count("newsmodel ") == 2  # the usage line and the error, no doubled prefix


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["quotes", "{file}", "-o", "{tmp}/out.csv"], "-o/--output is where --export writes"),
        (["quotes", "{file}", "--format", "tsv", "--export", "csv"], "leave out --format"),
        (["quotes", "{file}", "--json", "--export", "jsonl"], "leave out --format and --json"),
        (["quotes", "{file}", "--group", "--export", "csv"], "leave out --group"),
        (["quotes", "--db", "{db}", "-j", "2"], "-j/--jobs: nothing is parsed with --db"),
        (["actors", "--db", "{db}", "--published", "2024-05-01"], "--published: nothing is parsed"),
        (["report", "--db", "{db}", "--input-format", "text", "-o", "{tmp}/r.html"], "nothing is"),
        (["index", "--json-lines", "{file}", "--db", "{db}", "--input-format", "text"], "nothing"),
        (["parse", "--url", "https://example.org/a", "{file}", "{file}"], "give one FILE"),
        (["parse", "--url", "https://example.org/a", "{tmp}"], "give one FILE"),
        (["parse", "--indent", "2", "{file}", "{file}"], "--indent prints one article"),
        (["parse", "--indent", "-3", "{file}"], "--indent: must be 0 or more"),
    ],
)
def test_options_that_would_be_ignored_are_refused(
    argv: list[str], message: str, undated: Path, db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled = [
        a.replace("{file}", str(undated)).replace("{db}", str(db)).replace("{tmp}", str(db.parent))
        for a in argv
    ]
    err = _usage_error(capsys, *filled)
    assert f"newsmodel {argv[0]}: error: " in err and message in err
    assert not (db.parent / "out.csv").exists() and not (db.parent / "r.html").exists()


def test_an_indented_article_is_json(undated: Path) -> None:
    code, out, _ = run("parse", "--indent", "2", undated)
    assert code == 0 and json.loads(out)["title"] and out.startswith('{\n  "')


def test_empty_inputs_are_warned_of(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    hollow = tmp_path / "hollow"
    hollow.mkdir()
    (hollow / ".draft.txt").write_text("“Hidden,” said Oren Pike.\n", encoding="utf-8")
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n", encoding="utf-8")
    assert run("parse", hollow) == (
        0,
        "",
        f"newsmodel: {hollow}: no files in it (hidden ones are skipped)\n",
    )
    code, _, err = run("quotes", blank)
    assert (code, err) == (0, f"newsmodel: {blank}: no text in it\n")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    code, _, err = run("actors", stdin=io.StringIO())
    assert (code, err) == (0, "newsmodel: <stdin>: no text in it\n")
    code, _, err = run("index", hollow, "--db", tmp_path / "hollow.db")
    assert code == 0 and err.startswith(f"newsmodel: {hollow}: no files in it")
    assert run("quotes", "-q", hollow, blank) == (0, "", "")


def test_json_lines_index_counts_bad_lines_and_stores_the_rest(
    undated: Path, tmp_path: Path
) -> None:
    _, article, _ = run("parse", undated)
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text('{"title": "no schema"}\n' + "{not json\n\n" + article, encoding="utf-8")
    db = tmp_path / "mixed.db"
    code, out, err = run("index", "--json-lines", mixed, tmp_path / "absent.jsonl", "--db", db)
    assert (code, out) == (1, "")
    lines = err.splitlines()
    assert lines[0].startswith(f"newsmodel: {mixed}: line 1: ")
    assert (
        lines[1]
        == f"newsmodel: {mixed}: line 2: not JSON (Expecting property name enclosed in double quotes)"
    )
    assert lines[2].startswith(f"newsmodel: {tmp_path / 'absent.jsonl'}: ")
    assert "1 added, 0 replaced, 0 unchanged, 0 removed, 3 failed; 1 articles" in lines[3]


def test_a_disabled_name_that_matches_no_plugin_is_warned_of(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEWSMODEL_DISABLE_PLUGINS", "htlm, text")
    code, out, err = run("plugins")
    assert code == 0 and "htlm" not in out
    assert (
        err == "newsmodel: NEWSMODEL_DISABLE_PLUGINS names 'htlm', which is no installed plugin\n"
    )
    assert [line.split()[1] for line in out.splitlines() if line.startswith("text ")] == [
        "disabled"
    ]


@pytest.mark.skipif(sys.platform == "win32", reason="closes descriptor 1 with a POSIX shell")
def test_closed_standard_output_is_one_line(undated: Path, tmp_path: Path) -> None:
    def closed(*argv: str | Path) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "newsmodel", *map(str, argv)]
        return subprocess.run(
            ["sh", "-c", 'exec "$@" >&-', "sh", *command],
            capture_output=False,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )

    done = closed("parse", undated)
    assert (done.returncode, done.stderr) == (
        1,
        "newsmodel: standard output: cannot write: Bad file descriptor\n",
    )
    done = closed("index", undated, "--db", tmp_path / "quiet.db", "-q")
    assert (done.returncode, done.stderr) == (0, "")
