"""The functions most callers need: parse one source, or stream over many."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from attrs import frozen

from newsmodel._errors import NewsmodelError
from newsmodel._model import Article
from newsmodel._plugins import PluginManager
from newsmodel._source import SourceLike

__all__ = ["ParseResult", "iter_paths", "parse", "parse_many"]


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
    plugins: PluginManager | None = None,
) -> Article:
    """Parse one article.

    ``source`` is a path (:class:`pathlib.Path`; ``Path("-")`` is standard
    input), the article's ``bytes``, or its text as a ``str``.  Gzip data is
    read transparently.  ``format`` names the plugin to read it with instead
    of detecting one (``"text"``, ``"html"``); ``url`` records where the page
    came from.  ``plugins`` is the :class:`PluginManager` to use; by default,
    every installed plugin.

    Raises :class:`UnknownFormatError` when no plugin reads the source,
    :class:`SourceError` when it cannot be read, and never anything but a
    :class:`NewsmodelError` for bad input.
    """
    manager = plugins if plugins is not None else _shared_manager()
    return manager.parse(source, format=format, url=url)


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
) -> Iterator[ParseResult]:
    """Parse many files lazily, one :class:`ParseResult` per file, in order.

    Directories are walked.  A file that fails yields a result carrying its
    error instead of stopping the stream, so one bad file never hides the
    rest.
    """
    manager = plugins if plugins is not None else _shared_manager()
    for path in iter_paths(paths):
        try:
            yield ParseResult(path=str(path), article=manager.parse(path, format=format))
        except NewsmodelError as exc:
            yield ParseResult(path=str(path), error=exc)
