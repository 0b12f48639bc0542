"""Every error newsmodel raises on purpose.

Callers catch :class:`NewsmodelError` to handle any failure of the library;
the subclasses say what went wrong.  Parsing arbitrary input raises nothing
else: a plugin that crashes is reported as :class:`PluginError`.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "InputTooLargeError",
    "NewsmodelError",
    "PluginError",
    "QueryError",
    "SchemaError",
    "SourceError",
    "UnknownFormatError",
]


class NewsmodelError(Exception):
    """Base class of every error raised by newsmodel."""


class SourceError(NewsmodelError):
    """A source could not be read: missing file, unreadable bytes, broken gzip."""


class UnknownFormatError(SourceError):
    """No format plugin recognised the source, or the named format does not exist."""

    def __init__(self, message: str, *, tried: Sequence[str] = ()) -> None:
        self.tried = tuple(tried)
        if self.tried:
            message = f"{message} (formats tried: {', '.join(self.tried)})"
        else:
            message = f"{message} (no format plugin is installed)"
        super().__init__(message)


class InputTooLargeError(SourceError):
    """A source is larger than the configured limit."""

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(f"input of {size:,} bytes exceeds the limit of {limit:,} bytes")


class PluginError(NewsmodelError):
    """A plugin raised an unexpected exception or returned something malformed.

    ``plugin`` names the plugin; the original exception is chained as ``__cause__``.
    """

    def __init__(self, plugin: str, message: str) -> None:
        self.plugin = plugin
        super().__init__(f"plugin {plugin!r}: {message}")


class SchemaError(NewsmodelError):
    """JSON that does not follow the newsmodel article schema."""


class QueryError(NewsmodelError):
    """A malformed query: an unparsable date, an empty actor name."""
