"""The :class:`Index` class: a thin façade over the schema, writing, actor and query modules."""

from __future__ import annotations

import functools
import inspect
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, ParamSpec, TypeVar, cast

from attrs import frozen

from newsmodel._analysis.lexicon import fold
from newsmodel._api import ParseResult, iter_paths, parse_many
from newsmodel._corpus import Corpus, CorpusActor, QuoteRecord, find_actors
from newsmodel._errors import NewsmodelError, SchemaError, SourceError
from newsmodel._index._actors import (
    ActorMerge,
    actor_from_row,
    corpus_actors,
    is_stale,
    refresh_actors,
)
from newsmodel._index._read import ARTICLE, POSITION, SPEAKER, RowReader, quote_sql
from newsmodel._index._schema import damage, index_error, open_database
from newsmodel._index._write import (
    Batch,
    BodyError,
    Fingerprint,
    Transaction,
    check_file,
    decode_body,
    prune_files,
    remove_article,
    store_article,
)
from newsmodel._json import article_from_dict
from newsmodel._model import Article, DateValue, Source
from newsmodel._parallel import PluginFactory
from newsmodel._pipeline import DateLike
from newsmodel._plugins import PluginManager
from newsmodel._query import QuoteQuery, QuoteRow

__all__ = ["Index", "IndexReport"]

P = ParamSpec("P")
T = TypeVar("T")

#: How many parsed dates an index keeps between queries, at most.
_DATES_KEPT = 20_000

#: What a damaged file raises besides sqlite3.Error: a body that does not
#: decode, a row that points at nothing.
_DAMAGE = (sqlite3.Error, BodyError, KeyError, IndexError)


def _guarded(method: Callable[P, T]) -> Callable[P, T]:
    """Turn any failure of the database inside ``method`` into an :class:`IndexFileError`.

    Generators are guarded while they are iterated.
    """

    def fail(index: Index, exc: BaseException) -> NewsmodelError:
        # Say "damaged" only when SQLite agrees; otherwise report the failure itself.
        problem = None if index.path == ":memory:" else _damage_of(index)
        if problem is not None:
            return index_error(index.path, f"the index is damaged ({problem})")
        return index_error(index.path, f"the index cannot be read: {exc}")

    if inspect.isgeneratorfunction(method):

        @functools.wraps(method)
        def generator(*args: P.args, **kwargs: P.kwargs) -> Any:
            try:
                yield from cast(Iterator[Any], method(*args, **kwargs))
            except NewsmodelError:
                raise
            except _DAMAGE as exc:
                raise fail(cast(Index, args[0]), exc) from exc

        return cast(Callable[P, T], generator)

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return method(*args, **kwargs)
        except NewsmodelError:
            raise
        except _DAMAGE as exc:
            raise fail(cast(Index, args[0]), exc) from exc

    return wrapper


def _damage_of(index: Index) -> str | None:
    try:
        db = sqlite3.connect(f"file:{index.path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return damage(db)
    finally:
        db.close()


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

    ``merge`` computes the corpus actors from the articles in corpus order,
    given as an iterable read once (the index streams them rather than load
    them all); by default it is :class:`Corpus`'s own, so results equal the
    corpus's.  One writer at a time: SQLite locks the file while an update
    writes, and readers in other processes see the last committed state.

    ``check`` runs SQLite's ``quick_check`` when an existing file is opened,
    so that a damaged file is refused rather than read as half valid; it
    reads the whole file once.  Any failure of the database, on opening or
    later, raises :class:`IndexFileError` naming the file.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        merge: ActorMerge = corpus_actors,
        batch_size: int = 200,
        check: bool = True,
    ) -> None:
        self.path = str(path)
        self._merge = merge
        self._batch_size = batch_size
        self._db = open_database(self.path, check=check)
        self._actor_cache: dict[int, CorpusActor] = {}
        self._all_actors: list[CorpusActor] | None = None
        self._id_of: dict[str, int] | None = None
        # Dates as stored (ISO text) -> values: a corpus has few distinct dates,
        # and every row has one or two.
        self._dates: dict[str, DateValue] = {}

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

    @_guarded
    def __len__(self) -> int:
        return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def __repr__(self) -> str:
        return f"Index({self.path!r})"

    @property
    def stale(self) -> bool:
        """Whether articles changed since the actors were last merged."""
        return self._stale()

    @_guarded
    def _stale(self) -> bool:
        return is_stale(self._db)

    @_guarded
    def check(self) -> str | None:
        """What SQLite's ``quick_check`` finds wrong with the file, or ``None`` when sound."""
        return damage(self._db)

    @_guarded
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

    def _own_files(self) -> set[str]:
        """The resolved paths of this index's database and SQLite's files beside it."""
        if self.path == ":memory:":
            return set()
        return {
            str(Path(self.path + suffix).resolve()) for suffix in ("", "-wal", "-shm", "-journal")
        }

    # -- writing -----------------------------------------------------------------

    @_guarded
    def add(self, article: Article, *, key: str | None = None) -> str:
        """Store ``article``, replacing the one stored under the same key.

        ``key`` defaults to the article's path or URL (or, with neither, its
        content).  Returns ``"added"``, ``"replaced"`` or ``"unchanged"``.
        Actors are merged again before the next query.
        """
        with Transaction(self._db):
            return store_article(self._db, article, key, None)

    @_guarded
    def add_many(self, articles: Iterable[Article]) -> IndexReport:
        """Store many articles as :meth:`add` does, committing in batches."""
        counts = {"added": 0, "replaced": 0, "unchanged": 0}
        with Batch(self._db, self._batch_size) as batch:
            for article in articles:
                counts[store_article(self._db, article, None, None)] += 1
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

    @_guarded
    def remove(self, key: str) -> bool:
        """Remove the article stored under ``key``; whether there was one."""
        with Transaction(self._db):
            return remove_article(self._db, key)

    @_guarded
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
        pending: dict[str, tuple[str, Fingerprint]] = {}
        unchanged = 0
        failed: list[ParseResult] = []
        own = self._own_files()
        for path in iter_paths(roots):
            key = str(path.resolve())
            if key in own:
                continue  # an index kept beside its articles is not one of them
            seen.add(key)
            try:
                fingerprint, same = check_file(self._db, key, path, force)
            except OSError as exc:
                # Unreadable here means unreadable for the parser too: report
                # it now rather than send it to a worker.
                error = SourceError(f"{path}: {exc.strerror or exc}")
                failed.append(ParseResult(path=str(path), error=error))
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
        with Batch(self._db, self._batch_size) as batch:
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
                    counts["removed"] += remove_article(self._db, key)
                else:
                    counts[store_article(self._db, result.article, key, fingerprint)] += 1
                batch.tick()
            if prune:
                counts["removed"] += prune_files(self._db, roots, seen)
        self.refresh()
        return IndexReport(
            added=counts["added"],
            replaced=counts["replaced"],
            unchanged=counts["unchanged"],
            removed=counts["removed"],
            failed=tuple(failed),
        )

    @_guarded
    def refresh(self) -> None:
        """Merge the actors again if articles changed since they were merged.

        Every article is read back and given, in corpus order and one at a
        time, to the merge; its result replaces the stored actors in one
        transaction.
        """
        if not is_stale(self._db):
            return
        refresh_actors(self._db, self._merge)
        self._actor_cache.clear()
        self._all_actors = None
        self._id_of = None

    # -- reading -----------------------------------------------------------------

    @_guarded
    def articles(self) -> Iterator[Article]:
        """Every stored article, in corpus order."""
        for (body,) in self._db.execute("SELECT body FROM bodies ORDER BY article"):
            yield decode_body(body)

    def corpus(self) -> Corpus:
        """The stored articles as an in-memory :class:`Corpus` (loads them all)."""
        return Corpus(list(self.articles()))

    @_guarded
    def keys(self) -> list[str]:
        """The keys of the stored articles (files' absolute paths), in corpus order."""
        return [k for (k,) in self._db.execute("SELECT key FROM articles ORDER BY id")]

    @_guarded
    def actors(self) -> list[CorpusActor]:
        """The corpus actors, in the merge's order."""
        self.refresh()
        if self._all_actors is None:
            rows = self._db.execute("SELECT * FROM actors ORDER BY id").fetchall()
            self._all_actors = [self._actor_cache.setdefault(r[0], actor_from_row(r)) for r in rows]
        return list(self._all_actors)

    @_guarded
    def article_sources(self) -> list[Source]:
        """The source of every stored article, in corpus order.

        :attr:`CorpusActor.members` refer to articles by this position.
        """
        return [
            Source(path=p, url=u)
            for p, u in self._db.execute("SELECT path, url FROM articles ORDER BY id")
        ]

    @_guarded
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
                self._actor_cache[r[0]] = actor_from_row(r)
        return [self._actor_cache[i] for i in wanted]

    def _actor_number(self, actor: CorpusActor) -> int:
        if self._id_of is None:
            self._id_of = {cid: n for n, cid in self._db.execute("SELECT id, cid FROM actors")}
        return self._id_of[actor.id]

    @_guarded
    def iter_rows(self, query: QuoteQuery | None = None, **filters: Any) -> Iterator[QuoteRow]:
        """The quotes matching ``query`` (or keyword filters) as rows, streamed.

        Sorted by date (undated last), then corpus order: the order of
        :meth:`Corpus.quotes`.
        """
        sql, params = self._sql(_query(query, filters))
        if sql is None:
            return
        if len(self._dates) > _DATES_KEPT:
            self._dates.clear()
        read = RowReader(self._speaker, self._dates).read
        for r in self._db.execute(sql, params):
            yield read(r)

    def rows(self, query: QuoteQuery | None = None, **filters: Any) -> list[QuoteRow]:
        """The quotes matching ``query`` (or keyword filters) as :class:`QuoteRow`."""
        return list(self.iter_rows(query, **filters))

    @_guarded
    def count(self, query: QuoteQuery | None = None, **filters: Any) -> int:
        """How many quotes match, without building them."""
        sql, params = self._sql(_query(query, filters), count=True)
        return 0 if sql is None else int(self._db.execute(sql, params).fetchone()[0])

    @_guarded
    def quotes(self, query: QuoteQuery | None = None, **filters: Any) -> list[QuoteRecord]:
        """The matching quotes as :class:`QuoteRecord`, loading their articles.

        Equal to :meth:`QuoteQuery.run` on :meth:`corpus`.
        """
        sql, params = self._sql(_query(query, filters))
        if sql is None:
            return []
        loaded: dict[int, Article] = {}
        out = []
        for r in self._db.execute(sql, params):
            article_id, position = r[ARTICLE], r[POSITION]
            if article_id not in loaded:
                (body,) = self._db.execute(
                    "SELECT body FROM bodies WHERE article = ?", (article_id,)
                ).fetchone()
                loaded[article_id] = decode_body(body)
            article = loaded[article_id]
            quote = article.quotes[position]
            published = article.published.value if article.published else None
            out.append(
                QuoteRecord(
                    quote=quote,
                    article=article,
                    speaker=self._speaker(r[SPEAKER]),
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
        speakers = None
        if query.actor is not None:
            speakers = [self._actor_number(a) for a in self.find_actors(query.actor)]
            # A joint statement is each member's: "Ruiz and Hale said" is found by "Hale".
            marks = ",".join("?" * len(speakers))
            joint = self._db.execute(
                f"SELECT DISTINCT grp FROM joint WHERE member IN ({marks}) ORDER BY grp", speakers
            )
            known = set(speakers)
            speakers += [r[0] for r in joint if r[0] not in known]
        return quote_sql(query, speakers, count=count)


def _automatic_jobs(files: int) -> int:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return 1 if files < 32 else max(1, cpus or 1)


def _query(query: QuoteQuery | None, filters: dict[str, Any]) -> QuoteQuery:
    if query is None:
        return QuoteQuery(**filters)
    return query.where(**filters) if filters else query
