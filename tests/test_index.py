"""The SQLite index: the same answers as the in-memory corpus, kept up to date incrementally."""

from __future__ import annotations

import io
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from corpus_strategies import ACTOR_NAMES, BOUNDS, articles, corpora, queries
from factories import sample_article
from newsmodel import (
    Article,
    Corpus,
    Index,
    IndexFileError,
    QuoteQuery,
    QuoteRow,
    SchemaError,
    Source,
    select_quotes,
)
from newsmodel._index import INDEX_VERSION
from newsmodel._index import _write as index_write
from newsmodel.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def assert_same_answers(index: Index, corpus: Corpus, query: QuoteQuery) -> None:
    expected = select_quotes(corpus, query)
    assert index.quotes(query) == expected
    assert index.rows(query) == [QuoteRow.of(r) for r in expected]
    assert index.count(query) == len(expected)


@given(corpora(), st.lists(queries(), min_size=1, max_size=8))
def test_index_answers_what_the_corpus_answers(
    articles_: list[Article], asked: list[QuoteQuery]
) -> None:
    with Index(":memory:") as index:
        index.add_many(articles_)
        corpus = Corpus(articles_)
        assert list(index.articles()) == articles_
        assert index.actors() == list(corpus.actors)
        for query in asked:
            assert_same_answers(index, corpus, query)
        for name in ACTOR_NAMES:
            assert index.find_actors(name) == corpus.find_actors(name)
            assert_same_answers(index, corpus, QuoteQuery(actor=name))
            assert_same_answers(index, corpus, QuoteQuery(actor=name, since="2025-03-14"))


@given(
    corpora(max_size=5),
    st.lists(st.tuples(st.integers(0, 7), st.booleans()), max_size=4),
    st.data(),
)
def test_replacing_and_removing_articles_keeps_the_answers_equal(
    first: list[Article], changes: list[tuple[int, bool]], data: st.DataObject
) -> None:
    """Replaced articles keep their place, removed ones leave, new ones go last."""
    expected = list(first)
    with Index(":memory:") as index:
        index.add_many(first)
        for number, remove in changes:
            path = f"dir{number % 2}/a{number}.txt"
            at = next((i for i, a in enumerate(expected) if a.source.path == path), None)
            if remove:
                assert index.remove(path) is (at is not None)
                if at is not None:
                    del expected[at]
                continue
            article = data.draw(articles(number=number))
            outcome = index.add(article)
            if at is None:
                assert outcome == "added"
                expected.append(article)
            else:
                assert outcome == ("unchanged" if expected[at] == article else "replaced")
                expected[at] = article
        assert list(index.articles()) == expected
        corpus = Corpus(expected)
        assert index.actors() == list(corpus.actors)
        assert_same_answers(index, corpus, QuoteQuery())
        assert_same_answers(index, corpus, QuoteQuery(actor="Putin", since="2025-03-14"))


def test_seed_articles_answer_the_same(shared: Path) -> None:
    paths = sorted((shared / "corpus" / "seeds").iterdir()) + sorted(EXAMPLES.iterdir())
    with Index(":memory:") as index:
        report = index.update(paths)
        corpus = Corpus([newsmodel.parse(p) for p in paths])
        assert report.added == len(paths) and not report.failed
        assert index.actors() == list(corpus.actors)
        names = sorted({n for a in corpus.actors for n in a.names})
        assert names, "the seeds have actors"
        for name in [*names, "Zelenskiy", "Peskov"]:
            for since, until in [(None, None), ("2025-03-14", None), (None, "2025-03-13")]:
                assert_same_answers(index, corpus, QuoteQuery(actor=name, since=since, until=until))
        for bound in BOUNDS:
            assert_same_answers(index, corpus, QuoteQuery(since=bound))
        for words in ["ceasefire", "Good", "war"]:
            assert_same_answers(index, corpus, QuoteQuery(text=words))


# -- files, incrementally -------------------------------------------------------


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    src = tmp_path / "articles"
    src.mkdir()
    for p in EXAMPLES.glob("*.txt"):
        (src / p.name).write_bytes(p.read_bytes())
    (src / "two.txt").write_text(
        "Minister Anna Lind said on Monday: “We will not sign this deal.”\n", encoding="utf-8"
    )
    return src


def test_an_unchanged_file_is_skipped_and_a_changed_one_replaced(
    folder: Path, tmp_path: Path
) -> None:
    db = tmp_path / "news.db"
    with Index(db) as index:
        first = index.update([folder])
        assert (first.added, first.unchanged) == (2, 0)
        keys = index.keys()

    with Index(db) as index:  # persisted
        again = index.update([folder])
        assert (again.added, again.replaced, again.unchanged) == (0, 0, 2)

        # Touched but identical: the content hash says so; no parse.
        two = folder / "two.txt"
        os.utime(two, ns=(1, 1))
        touched = index.update([folder])
        assert (touched.replaced, touched.unchanged) == (0, 2)

        two.write_text("Anna Lind said: “We will sign.”\n", encoding="utf-8")
        changed = index.update([folder])
        assert (changed.replaced, changed.unchanged) == (1, 1)
        assert index.keys() == keys, "a replaced article keeps its place"
        texts = [q.quote.text for q in index.rows(actor="Lind")]
        assert texts == ["We will sign."]
        assert_same_answers(index, index.corpus(), QuoteQuery(actor="Anna Lind"))


def test_force_parses_again(folder: Path) -> None:
    with Index(":memory:") as index:
        index.update([folder])
        report = index.update([folder], force=True)
        assert (report.unchanged, report.replaced, report.added) == (2, 0, 0)


def test_a_file_that_now_fails_loses_its_article(folder: Path, tmp_path: Path) -> None:
    with Index(":memory:") as index:
        index.update([folder])
        (folder / "two.txt").write_bytes(b"\x1f\x8b not really gzip")
        seen: list[str] = []
        report = index.update([folder], on_error=lambda r: seen.append(r.path))
        assert [r.path for r in report.failed] == seen == [str(folder / "two.txt")]
        assert isinstance(report.failed[0].error, newsmodel.SourceError)
        assert report.removed == 1 and len(index) == 1


def test_prune_removes_articles_of_deleted_files(folder: Path) -> None:
    with Index(":memory:") as index:
        index.update([folder])
        (folder / "two.txt").unlink()
        assert index.update([folder]).removed == 0 and len(index) == 2
        report = index.update([folder], prune=True)
        assert report.removed == 1 and len(index) == 1
        assert index.find_actors("Anna Lind") == []


def test_an_interrupted_update_keeps_whole_articles_only(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "news.db"
    real = index_write._insert_quotes
    calls = 0

    def fail_on_second(db: sqlite3.Connection, article_id: int, article: Article) -> None:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise KeyboardInterrupt
        real(db, article_id, article)

    monkeypatch.setattr(index_write, "_insert_quotes", fail_on_second)
    with Index(db, batch_size=1) as index, pytest.raises(KeyboardInterrupt):
        index.update([folder])
    monkeypatch.setattr(index_write, "_insert_quotes", real)

    with Index(db) as index:
        assert len(index) == 1, "the first article was committed, the second rolled back"
        assert index.stale
        corpus = index.corpus()
        assert_same_answers(index, corpus, QuoteQuery())  # merges the actors again first
        assert not index.stale
        assert index.update([folder]).added == 1


def test_json_lines_from_parse_are_indexed(tmp_path: Path) -> None:
    a = sample_article()
    b = sample_article(source=Source(path="b.txt"))
    lines = [newsmodel.dumps(a), "", newsmodel.dumps(b)]
    with Index(":memory:") as index:
        report = index.add_json_lines(lines)
        assert (report.added, len(index)) == (2, 2)
        assert index.add_json_lines(lines[:1]).unchanged == 1
        with pytest.raises(SchemaError, match="line 2"):
            index.add_json_lines([newsmodel.dumps(a), '{"format": 1}'])


def test_articles_without_path_or_url_are_keyed_by_content() -> None:
    a = sample_article(source=Source())
    with Index(":memory:") as index:
        assert index.add(a) == "added"
        assert index.add(a) == "unchanged"
        assert index.keys()[0].startswith("sha256:")


def test_another_layout_version_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    Index(db).close()
    with sqlite3.connect(db) as con:
        con.execute("UPDATE meta SET value = 'old' WHERE key = 'version'")
    con.close()
    with pytest.raises(IndexFileError, match=f"reads {INDEX_VERSION}"):
        Index(db)


def _as_version_3(con: sqlite3.Connection) -> None:
    """Give a current index file the layout of version 3: its (speaker, day) index."""
    con.execute("DROP TABLE joint")
    con.execute("DROP INDEX quotes_speaker_day")
    con.execute("CREATE INDEX quotes_speaker_date ON quotes (speaker_actor, date_lo, date_hi)")
    con.execute("UPDATE meta SET value = '3' WHERE key = 'version'")


def _index_names(db: Path) -> set[str]:
    with sqlite3.connect(db) as con:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    con.close()
    return names


def test_a_version_1_index_is_migrated_and_keeps_its_quotes(tmp_path: Path) -> None:
    import attrs

    db = tmp_path / "v1.db"
    quote = sample_article().quotes[0]
    why = newsmodel.Attribution(rule="cue-after", antecedent=None)
    with Index(db) as index:
        index.add(sample_article())
    # Make the file what version 1 wrote: no attribution columns.
    with sqlite3.connect(db) as con:
        _as_version_3(con)
        for column in ("rule", "antecedent_start", "antecedent_stop"):
            con.execute(f"ALTER TABLE quotes DROP COLUMN {column}")
        con.execute("UPDATE meta SET value = '1' WHERE key = 'version'")
    con.close()
    with Index(db) as index:
        rows = index.rows(QuoteQuery())
        assert [r.quote.text for r in rows] == [quote.text]
        assert rows[0].quote.attribution is None
        # New quotes keep why they have their speaker.
        later = sample_article(source=Source(path="later.txt"))
        later = attrs.evolve(later, quotes=(attrs.evolve(later.quotes[0], attribution=why),))
        index.add(later)
        assert {r.quote.attribution for r in index.rows(QuoteQuery())} == {None, why}
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT value FROM meta WHERE key = 'version'").fetchone() == (
            INDEX_VERSION,
        )
    con.close()


def test_a_version_2_index_gains_the_wide_date_indexes_and_keeps_its_actors(
    tmp_path: Path,
) -> None:
    db = tmp_path / "v2.db"
    with Index(db) as index:
        index.add(sample_article())
        expected = index.rows(QuoteQuery(actor="Putin", since="2025-03-01"))
        assert not index.stale
    with sqlite3.connect(db) as con:
        _as_version_3(con)
        con.execute("DROP INDEX quotes_wide")
        con.execute("DROP INDEX quotes_speaker_wide")
        con.execute("UPDATE meta SET value = '2' WHERE key = 'version'")
    con.close()
    with Index(db) as index:
        assert not index.stale  # the merge reads nothing the step changed
        assert index.rows(QuoteQuery(actor="Putin", since="2025-03-01")) == expected
    with sqlite3.connect(db) as con:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        version = con.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    con.close()
    assert {"quotes_wide", "quotes_speaker_wide"} <= names
    assert version == (INDEX_VERSION,)


def test_a_version_3_index_gains_the_covering_speaker_index_and_answers_the_same(
    tmp_path: Path,
) -> None:
    import attrs

    db = tmp_path / "v3.db"
    quote = sample_article().quotes[0]
    articles_ = [
        sample_article(
            source=Source(path=f"a{n}.txt"),
            quotes=[attrs.evolve(quote, said_on=newsmodel.DateValue.of(2025, 3, day))],
        )
        for n, day in enumerate([20, 2, 14, 14, 30])
    ]
    asked = [
        QuoteQuery(actor="Putin", since="2025-03-10", until="2025-03-20"),
        QuoteQuery(actor="Putin"),
        QuoteQuery(since="2025-03-01"),
    ]
    with Index(db) as index:
        index.add_many(articles_)
        expected = [index.rows(query) for query in asked]
        assert [len(rows) for rows in expected] == [3, 5, 5]
    with sqlite3.connect(db) as con:
        _as_version_3(con)
    con.close()
    assert "quotes_speaker_day" not in _index_names(db)
    with Index(db) as index:
        assert not index.stale  # the merge reads nothing the step changed
        assert [index.rows(query) for query in asked] == expected
        corpus = Corpus(articles_)
        for query in asked:
            assert_same_answers(index, corpus, query)
    names = _index_names(db)
    assert "quotes_speaker_day" in names and "quotes_speaker_date" not in names


def test_a_database_that_is_not_an_index_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as con:
        con.execute("CREATE TABLE t (x)")
    con.close()
    with pytest.raises(IndexFileError, match="not a newsmodel index"):
        Index(db)
    text = tmp_path / "text.db"
    text.write_text("hello, this is not sqlite at all" * 100)
    with pytest.raises(IndexFileError):
        Index(text)


def test_stats_count_what_is_stored(tmp_path: Path) -> None:
    with Index(tmp_path / "n.db") as index:
        index.add(sample_article())
        index.refresh()
        stats = index.stats()
        assert (stats["articles"], stats["quotes"], stats["actors"]) == (1, 1, 1)
        assert stats["bytes"] > 0


def test_a_custom_merge_decides_the_actors() -> None:
    def one_actor_each(arts: object) -> list[newsmodel.CorpusActor]:
        return [
            newsmodel.CorpusActor(
                id="x1",
                name="Everyone",
                kind="person",
                aliases=(),
                roles=(),
                members=((0, "a1"),),
            )
        ]

    with Index(":memory:", merge=one_actor_each) as index:
        index.add(sample_article())
        (row,) = index.rows(actor="everyone")
        assert row.speaker is not None and row.speaker.id == "x1"


def test_a_range_finds_quotes_dated_by_a_decade_a_month_or_now() -> None:
    """A quote dated by a long period is in every range that period overlaps, as in memory."""
    import attrs

    base = sample_article()
    said_on = [
        newsmodel.DateValue.decade(2020),  # starts years before the ranges asked
        newsmodel.DateValue.reference("present_ref"),
        newsmodel.DateValue.of(2025, 2),
        newsmodel.DateValue.of(2025, 3, 20),
        newsmodel.DateValue.of(2031, 1, 1),
    ]
    quote = base.quotes[0]
    articles_ = [
        sample_article(
            source=Source(path=f"a{n}.txt"),
            quotes=[attrs.evolve(quote, said_on=value)],
        )
        for n, value in enumerate(said_on)
    ]
    corpus = Corpus(articles_)
    with Index(":memory:") as index:
        index.add_many(articles_)
        for since, until in [
            ("2025-03-14", "2025-04-01"),
            ("2025-02-20", None),
            (None, "2025-02-01"),
            ("2029-12-31", "2030-01-31"),
            ("2025-04-01", "2025-03-01"),  # backwards: nothing
        ]:
            query = QuoteQuery(since=since, until=until)
            assert_same_answers(index, corpus, query)
            assert_same_answers(index, corpus, query.where(actor="Putin"))
        found = index.rows(QuoteQuery(since="2025-03-14", until="2025-04-01"))
        assert {str(r.date) for r in found} >= {"202", "PRESENT_REF", "2025-03-20"}


def test_iter_rows_streams_and_filters_compose() -> None:
    with Index(":memory:") as index:
        index.add(sample_article())
        base = QuoteQuery(actor="Putin")
        assert [r.quote.id for r in index.iter_rows(base)] == ["q1"]
        assert index.rows(base.where(text="DEAL")) == index.rows(base)
        assert index.rows(base, text="nothing like it") == []


# -- damaged files ---------------------------------------------------------------------------

_PAGE = 4096


@pytest.fixture
def built(folder: Path, tmp_path: Path) -> tuple[Path, Path]:
    """An index of ``folder``, closed (its write-ahead log folded into the file)."""
    db = tmp_path / "news.db"
    with Index(db) as index:
        index.update([folder])
        index.actors()
    return folder, db


def _pages(db: Path) -> int:
    return db.stat().st_size // _PAGE


def _overwrite_page(db: Path, page: int) -> None:
    with db.open("r+b") as f:
        f.seek((page - 1) * _PAGE)
        f.write(bytes((i * 37 + page) % 256 for i in range(_PAGE)))


def _cli(*argv: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main([str(a) for a in argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


_COMMANDS: tuple[tuple[str, ...], ...] = (
    ("quotes",),
    ("quotes", "--json", "--actor", "Stam"),
    ("quotes", "--export", "csv"),
    ("actors",),
    ("actors", "--json"),
)


def test_every_command_refuses_a_file_damaged_anywhere(built: tuple[Path, Path]) -> None:
    """Any page overwritten: every command fails with one line naming the file, nothing else."""
    folder, db = built
    pristine = db.read_bytes()
    assert _pages(db) > 5
    for page in range(2, _pages(db) + 1):
        db.write_bytes(pristine)
        _overwrite_page(db, page)
        for command in [*_COMMANDS, ("index", folder)]:
            argv = (*command[:1], *command[1:], "--db", db)
            code, out, err = _cli(*argv)
            assert code == 1, (page, command)
            assert out == "", (page, command)
            assert err.count("\n") == 1 and str(db) in err and "--rebuild" in err, err
            assert "damaged" in err or "not a newsmodel index" in err, err


def test_every_query_refuses_an_empty_file(tmp_path: Path) -> None:
    """A zero-byte file is no index: one line naming it and --rebuild, not an empty answer."""
    db = tmp_path / "empty.db"
    db.write_bytes(b"")
    for command in _COMMANDS:
        code, out, err = _cli(*command[:1], *command[1:], "--db", db)
        assert (code, out) == (1, ""), command
        assert err.count("\n") == 1 and str(db) in err and "--rebuild" in err, err
    assert db.read_bytes() == b""


def test_rebuild_builds_a_damaged_index_again(built: tuple[Path, Path]) -> None:
    folder, db = built
    code, expected, _ = _cli("quotes", "--json", "--db", db)
    with Index(db) as index:
        assert index.check() is None
    _overwrite_page(db, _pages(db) // 2)
    with Index(db, check=False) as index:
        assert index.check() is not None
    assert _cli("quotes", "--db", db)[0] == 1
    code, _, err = _cli("index", folder, "--db", db, "--rebuild", "-q")
    assert (code, err) == (0, "")
    assert _cli("quotes", "--json", "--db", db)[1] == expected


def test_rebuild_deletes_only_sqlite_files(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes, not an index\n")
    code, _, err = _cli("index", EXAMPLES, "--db", notes, "--rebuild")
    assert code == 1 and "not an SQLite file" in err
    assert notes.read_text() == "my notes, not an index\n"


_READS: tuple[Callable[[Index], object], ...] = (
    lambda index: list(index.iter_rows()),
    lambda index: index.actors(),
    lambda index: index.rows(actor="Stam", since="2025-01-01"),
    lambda index: list(index.articles()),
    lambda index: index.update([EXAMPLES], force=True),
)


def _reads_or_names_the_file(index: Index, read: Callable[[Index], object]) -> bool:
    """Whether ``read`` succeeds; a failure must be an IndexFileError naming the file."""
    try:
        read(index)
    except IndexFileError as exc:
        message = str(exc)
    else:
        return True
    assert index.path in message and "--rebuild" in message
    return False


def test_damage_found_later_is_an_index_error(built: tuple[Path, Path]) -> None:
    """Without the check on opening, reading a damaged page raises an IndexFileError, nothing else.

    (What reads no damaged page succeeds: that is why the check on opening is the default.)
    """
    _folder, db = built
    pristine = db.read_bytes()
    failures = 0
    for page in range(2, _pages(db) + 1):
        db.write_bytes(pristine)
        _overwrite_page(db, page)
        try:
            index = Index(db, check=False)
        except IndexFileError:
            failures += 1
            continue
        with index:
            failures += sum(not _reads_or_names_the_file(index, read) for read in _READS)
    assert failures > _pages(db)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE bodies SET body = x'789c0300'",  # a valid zlib stream of nothing
        "UPDATE bodies SET body = x'00ff00ff'",
        "DELETE FROM actors",
    ],
    ids=["empty-body", "garbage-body", "actors-gone"],
)
def test_rows_that_do_not_fit_together_are_an_index_error(
    built: tuple[Path, Path], sql: str
) -> None:
    """Damage SQLite cannot see (rows of sound pages that contradict each other)."""
    _folder, db = built
    with sqlite3.connect(db) as con:
        con.execute(sql)
    con.close()
    with Index(db) as index, pytest.raises(IndexFileError, match=str(db)):
        # Reading every quote with its article meets the contradiction.
        index.quotes(QuoteQuery())


def test_the_merge_reads_a_stream_of_articles() -> None:
    """The index hands the merge an iterator, read once, not a list of every article."""
    seen: list[object] = []

    def merge(arts: Iterable[Article]) -> Sequence[newsmodel.CorpusActor]:
        seen.append(arts)
        return newsmodel.Corpus(list(arts)).actors

    with Index(":memory:", merge=merge) as index:
        index.add_many([sample_article(), sample_article(source=Source(path="b.txt"))])
        index.refresh()
    assert len(seen) == 1 and isinstance(seen[0], Iterator)


def test_a_joint_statement_is_found_by_either_member(tmp_path: Path) -> None:
    body = (
        "On Friday, March 14, 2025, lawmakers met in Salem.\n\n"
        "Senators Marta Quill and Owen Farrow said: “We will not vote for this budget.”"
    )
    article = newsmodel.parse(body, format="text")
    with Index(tmp_path / "joint.db") as index:
        index.add(article)
        corpus = Corpus([article])
        for name in ("Marta Quill", "Farrow", "Marta Quill and Owen Farrow"):
            assert [r.quote.text for r in index.quotes(QuoteQuery(actor=name))] == [
                "We will not vote for this budget."
            ], name
            assert_same_answers(index, corpus, QuoteQuery(actor=name))


def test_a_version_4_index_gains_the_joint_table_and_keeps_its_actors(tmp_path: Path) -> None:
    db = tmp_path / "v4.db"
    with Index(db) as index:
        index.add(sample_article())
        expected = index.rows(QuoteQuery(actor="Putin"))
    with sqlite3.connect(db) as con:
        con.execute("DROP TABLE joint")
        con.execute("UPDATE meta SET value = '4' WHERE key = 'version'")
    con.close()
    with Index(db) as index:
        assert not index.stale
        assert index.rows(QuoteQuery(actor="Putin")) == expected
    with sqlite3.connect(db) as con:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        version = con.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    con.close()
    assert "joint" in tables
    assert version == (INDEX_VERSION,)


def test_an_index_kept_among_its_articles_skips_its_own_files(tmp_path: Path) -> None:
    folder = tmp_path / "dispatches"
    folder.mkdir()
    for i, town in enumerate(("Orvel", "Kastmoor")):
        (folder / f"{i}.txt").write_text(
            f"“The ferry runs again,” said harbormaster Ilse Varga of {town}.\n", encoding="utf-8"
        )
    db = folder / "dispatches.db"
    for _ in range(2):  # the second run meets the -wal and -shm files of the first
        code, out, err = _cli("index", folder, "--db", db)
        assert (code, out) == (0, "")
        assert "0 failed; 2 articles" in err
    with Index(db) as index:
        report = index.update([folder])
        assert (report.added, report.unchanged, report.failed) == (0, 2, ())
        assert len(index) == 2


@pytest.mark.parametrize(
    ("where", "problem"),
    [
        ("notes", "not a newsmodel index (not an SQLite database file)"),
        ("missing-folder", "no such directory: "),
        ("a-folder", "a directory, not an index file"),
        ("a-device", "not a regular file, so no index file"),
    ],
)
def test_no_rebuild_is_advised_where_it_cannot_help(
    where: str, problem: str, tmp_path: Path
) -> None:
    notes = tmp_path / "ledger.txt"
    notes.write_text("Tuesday: pay the ferry toll\n", encoding="utf-8")
    db = {
        "notes": notes,
        "missing-folder": tmp_path / "gone" / "x.db",
        "a-folder": tmp_path,
        "a-device": Path(os.devnull),
    }[where]
    for command in (("quotes",), ("index", notes)):
        code, out, err = _cli(*command, "--db", db)
        assert (code, out) == (1, "")
        assert err.startswith(f"newsmodel: {db}: {problem}") and err.count("\n") == 1, err
        assert "--rebuild" not in err
    assert notes.read_text(encoding="utf-8") == "Tuesday: pay the ferry toll\n"
