"""The functions most callers need: parse one source, or stream over many."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Generator, Iterable, Iterator, Sized
from pathlib import Path
from typing import Any

from attrs import frozen

from newsmodel._errors import NewsmodelError
from newsmodel._json import article_to_dict
from newsmodel._model import Article, ArticleDate
from newsmodel._parallel import PluginFactory, Progress, manager_for, parse_in_processes
from newsmodel._pipeline import DateLike, given_date
from newsmodel._plugins import PluginManager
from newsmodel._source import SourceLike

__all__ = ["ParseResult", "iter_paths", "parse", "parse_many", "parse_record"]


@functools.cache
def _shared_manager() -> PluginManager:
    # Built once per process and never handed out, so nobody can change it:
    # callers who register plugins make their own PluginManager.
    return PluginManager()


def parse(
    source: SourceLike,
    *,
    format: str | None = None,
    url: str | None = None,
    published: DateLike | None = None,
    plugins: PluginManager | None = None,
) -> Article:
    """Parse one article.

    ``source`` is a path (:class:`pathlib.Path`; ``Path("-")`` is standard
    input), the article's ``bytes``, or its text as a ``str``.  A ``str``
    that is a file's name, a path or a URL is refused with a
    :class:`SourceError` saying what to pass instead: newsmodel never reads a
    file named by a ``str`` and never fetches URLs.  Gzip data is read
    transparently.  ``format`` names the plugin to read it with instead of
    detecting one (``"text"``, ``"html"``); ``url`` records where the page
    came from.  ``published`` (a date, a datetime or ISO 8601 text) is the
    publication date when the source states none: the article records it with
    origin ``given`` and resolves relative dates ("on Tuesday") against it.
    ``plugins`` is the :class:`PluginManager` to use; by default, every
    installed plugin.

    Raises :class:`UnknownFormatError` when no plugin reads the source,
    :class:`SourceError` when it cannot be read, and never anything but a
    :class:`NewsmodelError` for bad input (a ``published`` that is no date
    is a :class:`ValueError`, a mistake in the call).
    """
    manager = plugins if plugins is not None else _shared_manager()
    return manager.parse(source, format=format, url=url, published=published)


@frozen(kw_only=True)
class ParseResult:
    """One source of :func:`parse_many`: its article, or the error that stopped it."""

    path: str
    article: Article | None = None
    error: NewsmodelError | None = None

    @property
    def ok(self) -> bool:
        """True when the source was parsed."""
        return self.error is None


def parse_record(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    plugin_factory: PluginFactory | None = None,
    published: DateLike | None = None,
) -> dict[str, Any]:
    """Parse one file into a JSON-ready record, for pipelines that move data between machines.

    The record is ``{"path": str, "article": dict | None, "error": str | None}``
    with the article as :func:`article_to_dict` writes it, or the message
    of the error that stopped it: plain data that any serializer, queue or
    worker framework (Dask, Spark, Ray) carries, unlike exceptions and
    model objects.  Never raises for a bad file.  The plugins are
    ``plugin_factory()``'s, built once per process; by default every
    installed plugin.  ``published`` is :func:`parse`'s.
    """
    manager = manager_for(plugin_factory) if plugin_factory else _shared_manager()
    given = given_date(published)
    try:
        article = manager.parse(Path(path), format=format, published=given)
    except NewsmodelError as exc:
        return {"path": os.fspath(path), "article": None, "error": str(exc)}
    return {"path": os.fspath(path), "article": article_to_dict(article), "error": None}


def iter_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path]:
    """Expand directories (recursively, sorted, hidden files skipped) into files."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        else:
            yield path


def parse_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    format: str | None = None,
    plugins: PluginManager | None = None,
    jobs: int = 1,
    plugin_factory: PluginFactory | None = None,
    progress: bool | None = False,
    chunk_size: int = 8,
    published: DateLike | None = None,
) -> Generator[ParseResult, None, None]:
    """Parse many files lazily, one :class:`ParseResult` per file, in input order.

    Directories are walked.  A file that fails yields a result carrying its
    error instead of stopping the stream, so one bad file never hides the
    rest.

    ``jobs`` above 1 parses in that many worker processes, ``chunk_size``
    files at a time, and still yields results in input order; at most
    ``3 * jobs`` chunks are in flight, so memory stays constant however many
    files there are; closing the generator early stops the workers.  A
    :class:`PluginManager` cannot cross processes: with
    ``jobs`` > 1 pass ``plugin_factory``, a picklable callable (a module-level
    function) that builds one in each worker; by default each worker uses
    every installed plugin.  Worker processes are started with ``spawn``, so
    a script that calls this must guard its entry point with
    ``if __name__ == "__main__":``.

    ``progress`` draws a progress line on standard error: ``True`` always,
    ``None`` only when standard error is a terminal, ``False`` (the default)
    never.  ``published`` is :func:`parse`'s, for every file: the date of
    those that state none.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    given = given_date(published)
    if jobs > 1 and plugins is not None:
        raise ValueError(
            "a PluginManager cannot be sent to worker processes: "
            "pass plugin_factory= (a picklable function that builds one) instead"
        )
    total = None
    if progress is not False and isinstance(paths, Sized):
        # A count of the inputs is only a count of files when none is a folder.
        paths = list(paths)
        total = None if any(Path(p).is_dir() for p in paths) else len(paths)
    meter = Progress(total, stream=sys.stderr, enabled=progress)
    try:
        for path, article, error in _parse_paths(
            iter_paths(paths), format, plugins, jobs, plugin_factory, chunk_size, given
        ):
            meter.advance()
            yield ParseResult(path=path, article=article, error=error)
    finally:
        meter.close()


def _parse_paths(
    paths: Iterator[Path],
    fmt: str | None,
    plugins: PluginManager | None,
    jobs: int,
    factory: PluginFactory | None,
    chunk_size: int,
    published: ArticleDate | None,
) -> Iterator[tuple[str, Article | None, NewsmodelError | None]]:
    if jobs > 1:
        yield from parse_in_processes(
            paths,
            format=fmt,
            factory=factory or PluginManager,
            jobs=jobs,
            chunk_size=chunk_size,
            published=published,
        )
        return
    if plugins is not None:
        manager = plugins
    elif factory is not None:
        manager = factory()
    else:
        manager = _shared_manager()
    for path in paths:
        try:
            yield str(path), manager.parse(path, format=fmt, published=published), None
        except NewsmodelError as exc:
            yield str(path), None, exc
