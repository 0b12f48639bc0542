"""A persistent corpus: parsed articles in SQLite, queried without parsing again.

Layout.  ``articles`` keeps each article's lossless JSON (zlib-compressed)
with the fingerprint of the file it came from; ``quotes`` has one row per
quote with what queries filter and sort on (the corpus speaker, the date as
day numbers, the folded text, which an FTS5 trigram index covers); ``actors``,
``actor_names`` and ``members`` hold the corpus actors.

Identity.  Corpus actors are not computed here: after articles change, the
index hands every article, in corpus order, to the same merge that
:class:`Corpus` runs, and stores what it returns.  So :meth:`Index.quotes`
answers exactly what :meth:`Corpus.quotes` answers over
:meth:`Index.articles`, whatever the merge becomes.

Safety.  Writes go through transactions: an article and its quotes are
stored together or not at all, so an interrupted run leaves every article
either old or new, and marks the actors stale; they are merged again before
the next query.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any, cast

from attrs import frozen

from newsmodel._analysis.lexicon import fold
from newsmodel._api import ParseResult, iter_paths, parse_many
from newsmodel._corpus import Corpus, CorpusActor, QuoteRecord, find_actors
from newsmodel._errors import NewsmodelError, SchemaError, SourceError
from newsmodel._json import article_from_dict, article_to_dict
from newsmodel._model import Article, ArticleDate, DateValue, Quote, Source, Span
from newsmodel._parallel import PluginFactory
from newsmodel._pipeline import DateLike
from newsmodel._plugins import PluginManager
from newsmodel._query import ArticleInfo, QuoteQuery, QuoteRow, outlet_keys

__all__ = ["ActorMerge", "Index", "IndexFileError", "IndexReport", "corpus_actors"]

#: Computes the corpus actors of articles given in corpus order.
ActorMerge = Callable[[Sequence[Article]], Sequence[CorpusActor]]

#: The layout of the database; an index of another version must be rebuilt.
INDEX_VERSION = "1"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,          -- the corpus order
    key TEXT NOT NULL UNIQUE,        -- the file's absolute path, or the article's address
    size INTEGER, mtime_ns INTEGER, sha256 TEXT,
    path TEXT, url TEXT, title TEXT, published TEXT, published_origin TEXT, site_name TEXT
);
-- Apart from the articles' metadata, so that the rows queries join stay small.
CREATE TABLE IF NOT EXISTS bodies (
    article INTEGER PRIMARY KEY,
    body BLOB NOT NULL               -- the article's JSON, zlib-compressed
);
CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    position INTEGER NOT NULL,
    speaker_actor INTEGER,           -- actors.id, set when actors are merged
    date_lo INTEGER, date_hi INTEGER, date TEXT,   -- first and last day as ordinals
    folded TEXT NOT NULL,
    reporter TEXT,
    qid TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, stop INTEGER NOT NULL,
    speaker TEXT, mention_start INTEGER, mention_stop INTEGER,
    cue TEXT, cue_start INTEGER, cue_stop INTEGER,
    said_on TEXT, said_on_start INTEGER, said_on_stop INTEGER,
    reported_by TEXT, partial INTEGER NOT NULL, continues INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article, position);
-- date_hi in the index: a range query tests it without reading the row.
CREATE INDEX IF NOT EXISTS quotes_speaker_date ON quotes (speaker_actor, date_lo, date_hi);
CREATE INDEX IF NOT EXISTS quotes_date ON quotes (date_lo, date_hi);
CREATE TABLE IF NOT EXISTS quote_outlets (
    outlet TEXT NOT NULL, quote INTEGER NOT NULL, PRIMARY KEY (outlet, quote)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS quote_outlets_quote ON quote_outlets (quote);
CREATE VIRTUAL TABLE IF NOT EXISTS quote_fts USING fts5 (
    folded, content='quotes', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER IF NOT EXISTS quotes_fts_insert AFTER INSERT ON quotes BEGIN
    INSERT INTO quote_fts (rowid, folded) VALUES (new.id, new.folded);
END;
CREATE TRIGGER IF NOT EXISTS quotes_fts_delete AFTER DELETE ON quotes BEGIN
    INSERT INTO quote_fts (quote_fts, rowid, folded) VALUES ('delete', old.id, old.folded);
    DELETE FROM quote_outlets WHERE quote = old.id;
END;
CREATE TABLE IF NOT EXISTS actors (
    id INTEGER PRIMARY KEY,          -- the order of the merge's result
    cid TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
    aliases TEXT NOT NULL, roles TEXT NOT NULL, members TEXT NOT NULL, reasons TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS actor_names (
    folded TEXT NOT NULL, actor INTEGER NOT NULL, PRIMARY KEY (folded, actor)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS members (
    article INTEGER NOT NULL, local TEXT NOT NULL, actor INTEGER NOT NULL,
    PRIMARY KEY (article, local)
) WITHOUT ROWID;
"""

_QUOTE_COLUMNS = (
    "q.id, q.article, q.position, q.speaker_actor, q.date, q.reporter, q.qid, q.text, q.start, "
    "q.stop, q.speaker, q.mention_start, q.mention_stop, q.cue, q.cue_start, q.cue_stop, "
    "q.said_on, q.said_on_start, q.said_on_stop, q.reported_by, q.partial, q.continues, "
    "a.path, a.url, a.title, a.published, a.published_origin, a.site_name"
)

# The longest period a date value covers (a leap year) minus one day: a quote
# whose last day is on or after D starts on or after D - _LONGEST_PERIOD, which
# lets the (speaker, first day) index bound both ends of a date range.
_LONGEST_PERIOD = 366


class IndexFileError(NewsmodelError):
    """An index file that cannot be used: another layout version, or not an index."""


def corpus_actors(articles: Sequence[Article]) -> Sequence[CorpusActor]:
    """The corpus actors :class:`Corpus` finds in ``articles`` (the default merge)."""
    return Corpus(articles).actors


@frozen(kw_only=True)
class IndexReport:
    """What one :meth:`Index.update` did, file by file counted.

    ``failed`` holds the results of the files that could not be parsed; an
    article indexed earlier from a file that now fails is removed.
    """

    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    removed: int = 0
    failed: tuple[ParseResult, ...] = ()

    @property
    def changed(self) -> bool:
        """Whether the index's articles changed."""
        return bool(self.added or self.replaced or self.removed)


def _ordinal(value: DateValue | None) -> tuple[int | None, int | None]:
    if value is None:
        return None, None
    return value.date.toordinal(), value.last_day.toordinal()


def _span(s: Span | None) -> tuple[int | None, int | None]:
    return (None, None) if s is None else (s.start, s.end)


def _read_span(start: int | None, stop: int | None) -> Span | None:
    return None if start is None or stop is None else Span(start=start, end=stop)


def _encode(article: Article) -> tuple[bytes, str]:
    text = json.dumps(article_to_dict(article), ensure_ascii=False, separators=(",", ":"))
    data = text.encode()
    return zlib.compress(data, 6), hashlib.sha256(data).hexdigest()


def _decode(body: bytes) -> Article:
    return article_from_dict(json.loads(zlib.decompress(body)))


@frozen(kw_only=True)
class _Fingerprint:
    size: int | None = None
    mtime_ns: int | None = None
    sha256: str | None = None


class Index:
    """A corpus of parsed articles stored in a SQLite file.

    Parse once, query many times::

        with Index("news.db") as index:
            index.update(["articles/"], jobs=2)        # only new and changed files
            for row in index.rows(QuoteQuery(actor="Putin", since="2025-03-01")):
                print(row.date, row.speaker.name, row.quote.text)

    :meth:`quotes` returns the :class:`QuoteRecord` list that
    :meth:`Corpus.quotes` gives for :meth:`articles`; :meth:`rows` the same
    quotes as :class:`QuoteRow` without loading articles, which is what makes
    queries over millions of quotes take milliseconds.

    ``merge`` computes the corpus actors from the articles in corpus order;
    by default it is :class:`Corpus`'s own, so results equal the corpus's.
    One writer at a time: SQLite locks the file while an update writes, and
    readers in other processes see the last committed state.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        merge: ActorMerge = corpus_actors,
        batch_size: int = 200,
    ) -> None:
        self.path = str(path)
        self._merge = merge
        self._batch_size = batch_size
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error as exc:
            raise IndexFileError(f"{self.path}: cannot open: {exc}") from exc
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            # Queries jump between quote rows: keep more pages than the 2 MB default.
            self._db.execute("PRAGMA cache_size=-65536")
            self._setup()
        except IndexFileError:
            self._db.close()
            raise
        except sqlite3.DatabaseError as exc:
            self._db.close()
            raise IndexFileError(f"{self.path}: not a newsmodel index: {exc}") from exc
        self._actor_cache: dict[int, CorpusActor] = {}
        self._all_actors: list[CorpusActor] | None = None
        self._id_of: dict[str, int] | None = None

    def _setup(self) -> None:
        row = None
        tables = {r[0] for r in self._db.execute("SELECT name FROM sqlite_master")}
        if "meta" in tables:
            row = self._db.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        elif tables:
            raise IndexFileError(f"{self.path}: not a newsmodel index")
        if row is not None and row[0] != INDEX_VERSION:
            raise IndexFileError(
                f"{self.path}: index layout version {row[0]}, this newsmodel reads "
                f"{INDEX_VERSION}: delete the file and index again"
            )
        if row is None:
            # One script, one transaction: a half-made index never exists.
            self._db.executescript(
                f"BEGIN IMMEDIATE;\n{_SCHEMA}\n"
                f"INSERT INTO meta VALUES ('version', '{INDEX_VERSION}'), ('actors_stale', '0');\n"
                "COMMIT;"
            )

    # -- housekeeping ------------------------------------------------------------

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def __enter__(self) -> Index:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def __repr__(self) -> str:
        return f"Index({self.path!r})"

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db)

    @property
    def stale(self) -> bool:
        """Whether articles changed since the actors were last merged."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'actors_stale'").fetchone()
        return bool(row and row[0] == "1")

    def _mark_stale(self) -> None:
        self._db.execute("UPDATE meta SET value = '1' WHERE key = 'actors_stale'")

    def stats(self) -> dict[str, int]:
        """Counts of articles, quotes and actors, and the file's size in bytes."""
        count = {
            name: int(self._db.execute(f"SELECT count(*) FROM {name}").fetchone()[0])
            for name in ("articles", "quotes", "actors")
        }
        size = 0
        if self.path != ":memory:":
            for suffix in ("", "-wal"):
                p = Path(self.path + suffix)
                size += p.stat().st_size if p.exists() else 0
        return {**count, "bytes": size}

    # -- writing -----------------------------------------------------------------

    def add(self, article: Article, *, key: str | None = None) -> str:
        """Store ``article``, replacing the one stored under the same key.

        ``key`` defaults to the article's path or URL (or, with neither, its
        content).  Returns ``"added"``, ``"replaced"`` or ``"unchanged"``.
        Actors are merged again before the next query.
        """
        with self._transaction():
            return self._store(article, key, None)

    def add_many(self, articles: Iterable[Article]) -> IndexReport:
        """Store many articles as :meth:`add` does, committing in batches."""
        counts = {"added": 0, "replaced": 0, "unchanged": 0}
        batch = _Batch(self._db, self._batch_size)
        with batch:
            for article in articles:
                counts[self._store(article, None, None)] += 1
                batch.tick()
        return IndexReport(
            added=counts["added"], replaced=counts["replaced"], unchanged=counts["unchanged"]
        )

    def add_json_lines(self, lines: Iterable[str | bytes]) -> IndexReport:
        """Store articles read from JSON Lines, as ``newsmodel parse`` prints them.

        Blank lines are skipped; a line that is not an article raises
        :class:`SchemaError` naming its number, after the lines before it are
        stored.
        """

        def articles() -> Iterator[Article]:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    yield article_from_dict(json.loads(line))
                except (SchemaError, ValueError) as exc:
                    raise SchemaError(f"line {number}: {exc}") from exc

        return self.add_many(articles())

    def remove(self, key: str) -> bool:
        """Remove the article stored under ``key``; whether there was one."""
        with self._transaction():
            return self._remove(key)

    def _remove(self, key: str) -> bool:
        row = self._db.execute("SELECT id FROM articles WHERE key = ?", (key,)).fetchone()
        if row is None:
            return False
        self._db.execute("DELETE FROM quotes WHERE article = ?", (row[0],))
        self._db.execute("DELETE FROM articles WHERE id = ?", (row[0],))
        self._db.execute("DELETE FROM bodies WHERE article = ?", (row[0],))
        self._mark_stale()
        return True

    def _store(self, article: Article, key: str | None, fingerprint: _Fingerprint | None) -> str:
        body, digest = _encode(article)
        if key is None:
            key = article.source.path or article.source.url or f"sha256:{digest}"
        if fingerprint is None:
            fingerprint = _Fingerprint(sha256=digest)
        row = self._db.execute(
            "SELECT a.id, b.body FROM articles a JOIN bodies b ON b.article = a.id WHERE a.key = ?",
            (key,),
        ).fetchone()
        published = article.published
        values = (
            key,
            fingerprint.size,
            fingerprint.mtime_ns,
            fingerprint.sha256,
            article.source.path,
            article.source.url,
            article.title,
            published.value.isoformat() if published else None,
            published.origin.value if published else None,
            article.site_name,
        )
        # zlib is deterministic at one level: equal articles compress to equal bytes.
        if row is not None and row[1] == body:
            self._db.execute(
                "UPDATE articles SET size = ?, mtime_ns = ?, sha256 = ? WHERE id = ?",
                (fingerprint.size, fingerprint.mtime_ns, fingerprint.sha256, row[0]),
            )
            return "unchanged"
        if row is None:
            cursor = self._db.execute(
                "INSERT INTO articles (key, size, mtime_ns, sha256, path, url, title, published, "
                "published_origin, site_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                values,
            )
            article_id = cast(int, cursor.lastrowid)
            self._db.execute("INSERT INTO bodies VALUES (?, ?)", (article_id, body))
        else:
            # Replaced in place: the article keeps its position in the corpus.
            article_id = row[0]
            self._db.execute("DELETE FROM quotes WHERE article = ?", (article_id,))
            self._db.execute(
                "UPDATE articles SET key = ?, size = ?, mtime_ns = ?, sha256 = ?, path = ?, "
                "url = ?, title = ?, published = ?, published_origin = ?, site_name = ? "
                "WHERE id = ?",
                (*values, article_id),
            )
            self._db.execute("UPDATE bodies SET body = ? WHERE article = ?", (body, article_id))
        self._insert_quotes(article_id, article)
        self._mark_stale()
        return "added" if row is None else "replaced"

    def _insert_quotes(self, article_id: int, article: Article) -> None:
        published = article.published.value if article.published else None
        for position, q in enumerate(article.quotes):
            date = q.said_on or published
            lo, hi = _ordinal(date)
            reporter = article.actor(q.reported_by)
            cursor = self._db.execute(
                "INSERT INTO quotes (article, position, date_lo, date_hi, date, folded, reporter, "
                "qid, text, start, stop, speaker, mention_start, mention_stop, cue, cue_start, "
                "cue_stop, said_on, said_on_start, said_on_stop, reported_by, partial, continues) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    position,
                    lo,
                    hi,
                    date.isoformat() if date else None,
                    fold(q.text),
                    reporter.name if reporter else None,
                    q.id,
                    q.text,
                    q.start,
                    q.end,
                    q.speaker,
                    *_span(q.speaker_mention),
                    q.cue,
                    *_span(q.cue_span),
                    q.said_on.isoformat() if q.said_on else None,
                    *_span(q.said_on_span),
                    q.reported_by,
                    int(q.partial),
                    int(q.continues),
                ),
            )
            self._db.executemany(
                "INSERT INTO quote_outlets (outlet, quote) VALUES (?, ?)",
                [(k, cursor.lastrowid) for k in sorted(outlet_keys(article, q))],
            )

    def update(
        self,
        paths: Iterable[str | os.PathLike[str]],
        *,
        format: str | None = None,
        jobs: int = 1,
        plugins: PluginManager | None = None,
        plugin_factory: PluginFactory | None = None,
        progress: bool | None = False,
        force: bool = False,
        prune: bool = False,
        on_error: Callable[[ParseResult], None] | None = None,
        published: DateLike | None = None,
    ) -> IndexReport:
        """Parse the new and changed files under ``paths`` and store them.

        A file whose size and modification time are those recorded is
        skipped without being read; one whose content hash is unchanged is
        skipped without being parsed; ``force`` parses every file again.  A
        file that fails is reported (``on_error`` is called as it happens)
        and an article stored from it before is removed.  ``prune`` removes
        the articles of files under ``paths`` that no longer exist.

        Articles are committed in batches, each atomic, and the actors are
        merged once at the end; an interrupted update keeps what it
        committed.  ``jobs``, ``plugins``, ``plugin_factory``, ``progress``
        and ``published`` are those of :func:`parse_many`; ``jobs=0`` uses
        one process per CPU, or one process when only a few files need
        parsing (starting workers costs more than it saves there).  A file
        whose content is unchanged is not parsed again, so a new
        ``published`` reaches it only with ``force``.
        """
        roots = [Path(p) for p in paths]
        seen: set[str] = set()
        stale: list[Path] = []
        pending: dict[str, tuple[str, _Fingerprint]] = {}
        unchanged = 0
        failed: list[ParseResult] = []
        for path in iter_paths(roots):
            key = str(path.resolve())
            seen.add(key)
            try:
                fingerprint, same = self._check(key, path, force)
            except OSError as exc:
                # Unreadable here means unreadable for the parser too: report
                # it now rather than send it to a worker.
                failed.append(ParseResult(path=str(path), error=_source_error(path, exc)))
                if on_error is not None:
                    on_error(failed[-1])
                continue
            if same:
                unchanged += 1
            else:
                stale.append(path)
                pending[str(path)] = (key, fingerprint)
        counts = {"added": 0, "replaced": 0, "unchanged": unchanged, "removed": 0}
        if jobs == 0:
            jobs = _automatic_jobs(len(stale)) if plugins is None else 1
        batch = _Batch(self._db, self._batch_size)
        with batch:
            for result in parse_many(
                stale,
                format=format,
                jobs=jobs,
                plugins=plugins,
                plugin_factory=plugin_factory,
                progress=progress,
                published=published,
            ):
                key, fingerprint = pending.pop(result.path)
                if result.article is None:
                    failed.append(result)
                    if on_error is not None:
                        on_error(result)
                    counts["removed"] += self._remove(key)
                else:
                    counts[self._store(result.article, key, fingerprint)] += 1
                batch.tick()
            if prune:
                counts["removed"] += self._prune(roots, seen)
        self.refresh()
        return IndexReport(
            added=counts["added"],
            replaced=counts["replaced"],
            unchanged=counts["unchanged"],
            removed=counts["removed"],
            failed=tuple(failed),
        )

    def _check(self, key: str, path: Path, force: bool) -> tuple[_Fingerprint, bool]:
        st = path.stat()
        row = self._db.execute(
            "SELECT size, mtime_ns, sha256 FROM articles WHERE key = ?", (key,)
        ).fetchone()
        if row is not None and not force and (row[0], row[1]) == (st.st_size, st.st_mtime_ns):
            return _Fingerprint(size=row[0], mtime_ns=row[1], sha256=row[2]), True
        with path.open("rb") as f:
            digest = hashlib.file_digest(f, "sha256").hexdigest()
        fingerprint = _Fingerprint(size=st.st_size, mtime_ns=st.st_mtime_ns, sha256=digest)
        if row is not None and not force and row[2] == digest:
            # Touched but not changed: remember the new time so the next run
            # need not read it again.
            with self._transaction():
                self._db.execute(
                    "UPDATE articles SET size = ?, mtime_ns = ? WHERE key = ?",
                    (st.st_size, st.st_mtime_ns, key),
                )
            return fingerprint, True
        return fingerprint, False

    def _prune(self, roots: Sequence[Path], seen: set[str]) -> int:
        removed = 0
        for root in roots:
            base = str(root.resolve())
            prefix = base.rstrip(os.sep) + os.sep
            rows = self._db.execute(
                "SELECT key FROM articles WHERE key = ? OR substr(key, 1, ?) = ?",
                (base, len(prefix), prefix),
            ).fetchall()
            for (key,) in rows:
                if key not in seen:
                    removed += self._remove(key)
        return removed

    def refresh(self) -> None:
        """Merge the actors again if articles changed since they were merged.

        Every article is read back and given, in corpus order, to the merge;
        its result replaces the stored actors in one transaction.
        """
        if not self.stale:
            return
        ids: list[int] = []
        articles: list[Article] = []
        for article_id, body in self._db.execute(
            "SELECT article, body FROM bodies ORDER BY article"
        ):
            ids.append(article_id)
            articles.append(_decode(body))
        actors = self._merge(articles)
        del articles
        with self._transaction():
            for table in ("actors", "actor_names", "members"):
                self._db.execute(f"DELETE FROM {table}")
            for number, a in enumerate(actors, start=1):
                self._db.execute(
                    "INSERT INTO actors VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        number,
                        a.id,
                        a.name,
                        a.kind,
                        json.dumps(a.aliases, ensure_ascii=False),
                        json.dumps(a.roles, ensure_ascii=False),
                        json.dumps(a.members, ensure_ascii=False),
                        json.dumps(a.reasons, ensure_ascii=False),
                    ),
                )
                self._db.executemany(
                    "INSERT INTO actor_names VALUES (?, ?)",
                    [(k, number) for k in sorted({fold(n) for n in a.names})],
                )
                self._db.executemany(
                    "INSERT OR REPLACE INTO members VALUES (?, ?, ?)",
                    [(ids[i], local, number) for i, local in a.members],
                )
            self._db.execute(
                "UPDATE quotes SET speaker_actor = (SELECT m.actor FROM members m "
                "WHERE m.article = quotes.article AND m.local = quotes.speaker)"
            )
            self._db.execute("UPDATE meta SET value = '0' WHERE key = 'actors_stale'")
        self._actor_cache.clear()
        self._all_actors = None
        self._id_of = None

    # -- reading -----------------------------------------------------------------

    def articles(self) -> Iterator[Article]:
        """Every stored article, in corpus order."""
        for (body,) in self._db.execute("SELECT body FROM bodies ORDER BY article"):
            yield _decode(body)

    def corpus(self) -> Corpus:
        """The stored articles as an in-memory :class:`Corpus` (loads them all)."""
        return Corpus(list(self.articles()))

    def keys(self) -> list[str]:
        """The keys of the stored articles (files' absolute paths), in corpus order."""
        return [k for (k,) in self._db.execute("SELECT key FROM articles ORDER BY id")]

    def actors(self) -> list[CorpusActor]:
        """The corpus actors, in the merge's order."""
        self.refresh()
        if self._all_actors is None:
            rows = self._db.execute("SELECT * FROM actors ORDER BY id").fetchall()
            self._all_actors = [self._actor_cache.setdefault(r[0], _actor(r)) for r in rows]
        return list(self._all_actors)

    def article_sources(self) -> list[Source]:
        """The source of every stored article, in corpus order.

        :attr:`CorpusActor.members` refer to articles by this position.
        """
        return [
            Source(path=p, url=u)
            for p, u in self._db.execute("SELECT path, url FROM articles ORDER BY id")
        ]

    def find_actors(self, name: str) -> list[CorpusActor]:
        """The actors called ``name``, as :meth:`Corpus.find_actors` finds them."""
        self.refresh()
        if name.strip():
            ids = [
                r[0]
                for r in self._db.execute(
                    "SELECT actor FROM actor_names WHERE folded = ? ORDER BY actor", (fold(name),)
                )
            ]
            if ids:
                # An exact name is the corpus's first answer; only a miss needs
                # the fuzzy search over every actor.
                return self._actors_by_id(ids)
        return find_actors(self.actors(), name)

    def _actors_by_id(self, ids: Iterable[int]) -> list[CorpusActor]:
        wanted = list(dict.fromkeys(ids))
        missing = [i for i in wanted if i not in self._actor_cache]
        for start in range(0, len(missing), 500):
            part = missing[start : start + 500]
            marks = ",".join("?" * len(part))
            for r in self._db.execute(f"SELECT * FROM actors WHERE id IN ({marks})", part):
                self._actor_cache[r[0]] = _actor(r)
        return [self._actor_cache[i] for i in wanted]

    def _actor_number(self, actor: CorpusActor) -> int:
        if self._id_of is None:
            self._id_of = {cid: n for n, cid in self._db.execute("SELECT id, cid FROM actors")}
        return self._id_of[actor.id]

    def iter_rows(self, query: QuoteQuery | None = None, **filters: Any) -> Iterator[QuoteRow]:
        """The quotes matching ``query`` (or keyword filters) as rows, streamed.

        Sorted by date (undated last), then corpus order: the order of
        :meth:`Corpus.quotes`.
        """
        query = _query(query, filters)
        sql, params = self._sql(query)
        if sql is None:
            return
        # Many rows share an article and a date: build each of those once.
        infos: dict[int, ArticleInfo] = {}
        dates: dict[str, DateValue] = {}
        for r in self._db.execute(sql, params):
            yield self._row(r, infos, dates)

    def rows(self, query: QuoteQuery | None = None, **filters: Any) -> list[QuoteRow]:
        """The quotes matching ``query`` (or keyword filters) as :class:`QuoteRow`."""
        return list(self.iter_rows(query, **filters))

    def count(self, query: QuoteQuery | None = None, **filters: Any) -> int:
        """How many quotes match, without building them."""
        sql, params = self._sql(_query(query, filters), count=True)
        return 0 if sql is None else int(self._db.execute(sql, params).fetchone()[0])

    def quotes(self, query: QuoteQuery | None = None, **filters: Any) -> list[QuoteRecord]:
        """The matching quotes as :class:`QuoteRecord`, loading their articles.

        Equal to :meth:`QuoteQuery.run` on :meth:`corpus`.
        """
        query = _query(query, filters)
        sql, params = self._sql(query)
        if sql is None:
            return []
        loaded: dict[int, Article] = {}
        out = []
        for r in self._db.execute(sql, params):
            article_id, position = r[1], r[2]
            if article_id not in loaded:
                (body,) = self._db.execute(
                    "SELECT body FROM bodies WHERE article = ?", (article_id,)
                ).fetchone()
                loaded[article_id] = _decode(body)
            article = loaded[article_id]
            quote = article.quotes[position]
            published = article.published.value if article.published else None
            out.append(
                QuoteRecord(
                    quote=quote,
                    article=article,
                    speaker=self._speaker(r[3]),
                    date=quote.said_on or published,
                )
            )
        return out

    def _speaker(self, number: int | None) -> CorpusActor | None:
        if number is None:
            return None
        actor = self._actor_cache.get(number)
        return actor if actor is not None else self._actors_by_id([number])[0]

    def _sql(self, query: QuoteQuery, *, count: bool = False) -> tuple[str | None, list[Any]]:
        self.refresh()
        where: list[str] = []
        params: list[Any] = []
        if query.actor is not None:
            numbers = [self._actor_number(a) for a in self.find_actors(query.actor)]
            if not numbers:
                return None, []
            where.append(f"q.speaker_actor IN ({','.join('?' * len(numbers))})")
            params += numbers
        lo, hi = query.bounds()
        if lo is not None or hi is not None:
            where.append("q.date_lo IS NOT NULL")
        if lo is not None:
            where.append("q.date_hi >= ? AND q.date_lo >= ?")
            params += [lo.toordinal(), lo.toordinal() - _LONGEST_PERIOD]
        if hi is not None:
            where.append("q.date_lo <= ?")
            params.append(hi.toordinal())
        if query.outlet is not None:
            where.append("q.id IN (SELECT quote FROM quote_outlets WHERE outlet = ?)")
            params.append(fold(query.outlet))
        if query.source is not None:
            n = len(query.source)
            where.append("(substr(a.path, 1, ?) = ? OR substr(a.url, 1, ?) = ?)")
            params += [n, query.source, n, query.source]
        if query.text is not None:
            needle = fold(query.text)
            if len(needle) >= 3:
                # The trigram index narrows the rows; instr() decides, exactly
                # as the in-memory substring test does.
                where.append("q.id IN (SELECT rowid FROM quote_fts WHERE quote_fts MATCH ?)")
                params.append('"' + needle.replace('"', '""') + '"')
            where.append("instr(q.folded, ?) > 0")
            params.append(needle)
        columns = "count(*)" if count else _QUOTE_COLUMNS
        sql = f"SELECT {columns} FROM quotes q JOIN articles a ON a.id = q.article"
        if where:
            sql += " WHERE " + " AND ".join(where)
        if not count:
            sql += " ORDER BY q.date_lo IS NULL, q.date_lo, q.article, q.position"
        return sql, params

    def _row(
        self, r: Sequence[Any], infos: dict[int, ArticleInfo], dates: dict[str, DateValue]
    ) -> QuoteRow:
        (
            _id, article_id, _position, speaker_actor, date, reporter, qid, text, start, stop,
            speaker, m_start, m_stop, cue, c_start, c_stop, said_on, s_start, s_stop,
            reported_by, partial, continues, path, url, title, published, origin, site_name,
        ) = r  # fmt: skip
        info = infos.get(article_id)
        if info is None:
            info = infos[article_id] = ArticleInfo(
                source=Source(path=path, url=url),
                title=title,
                published=None
                if published is None
                else ArticleDate(value=DateValue.parse(published), origin=origin),
                site_name=site_name,
            )
        quote = Quote(
            id=qid,
            text=text,
            start=start,
            end=stop,
            speaker=speaker,
            speaker_mention=_read_span(m_start, m_stop),
            cue=cue,
            cue_span=_read_span(c_start, c_stop),
            said_on=None if said_on is None else _date(said_on, dates),
            said_on_span=_read_span(s_start, s_stop),
            reported_by=reported_by,
            partial=bool(partial),
            continues=bool(continues),
        )
        return QuoteRow(
            quote=quote,
            speaker=self._speaker(speaker_actor),
            date=None if date is None else _date(date, dates),
            article=info,
            reported_by=reporter,
        )


def _date(iso: str, seen: dict[str, DateValue]) -> DateValue:
    value = seen.get(iso)
    if value is None:
        value = seen[iso] = DateValue.parse(iso)
    return value


def _automatic_jobs(files: int) -> int:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return 1 if files < 32 else max(1, cpus or 1)


def _query(query: QuoteQuery | None, filters: dict[str, Any]) -> QuoteQuery:
    if query is None:
        return QuoteQuery(**filters)
    return query.where(**filters) if filters else query


def _actor(r: Sequence[Any]) -> CorpusActor:
    _number, cid, name, kind, aliases, roles, members, reasons = r
    return CorpusActor(
        id=cid,
        name=name,
        kind=kind,
        aliases=tuple(json.loads(aliases)),
        roles=tuple(json.loads(roles)),
        members=tuple((i, local) for i, local in json.loads(members)),
        reasons=tuple(json.loads(reasons)),
    )


def _source_error(path: Path, exc: OSError) -> NewsmodelError:
    return SourceError(f"{path}: {exc.strerror or exc}")


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back when the block raises."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        self._db.execute("COMMIT" if kind is None else "ROLLBACK")


class _Batch:
    """A transaction committed every ``size`` articles or every second.

    Each commit holds whole articles, so an interruption loses at most the
    articles of the open batch, never part of one.
    """

    def __init__(self, db: sqlite3.Connection, size: int) -> None:
        self._db = db
        self._size = size
        self._count = 0
        self._since = 0.0

    def __enter__(self) -> _Batch:
        self._begin()
        return self

    def _begin(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")
        self._count = 0
        self._since = time.monotonic()

    def tick(self) -> None:
        self._count += 1
        if self._count >= self._size or time.monotonic() - self._since >= 1.0:
            self._db.execute("COMMIT")
            self._begin()

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        self._db.execute("COMMIT" if kind is None else "ROLLBACK")
