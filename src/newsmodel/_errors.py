"""Every error newsmodel raises on purpose.

Callers catch :class:`NewsmodelError` to handle any failure of the library;
the subclasses say what went wrong.  Parsing arbitrary input raises nothing
else: a plugin that crashes is reported as :class:`PluginError`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

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
        self._message = message
        if self.tried:
            message = f"{message} (formats tried: {', '.join(self.tried)})"
        else:
            message = f"{message} (no format plugin is installed)"
        super().__init__(message)

    def __reduce__(self) -> tuple[type[UnknownFormatError], tuple[str], dict[str, object]]:
        # Rebuilt from the original message and formats, so it survives pickling.
        return type(self), (self._message,), {"tried": self.tried, "_message": self._message}

    def __setstate__(self, state: dict[str, Any] | None) -> None:
        self.__dict__.update(state or {})
        tried = self.tried
        suffix = (
            f" (formats tried: {', '.join(tried)})" if tried else " (no format plugin is installed)"
        )
        self.args = (self._message + suffix,)


class InputTooLargeError(SourceError):
    """A source is larger than the configured limit."""

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(f"input of {size:,} bytes exceeds the limit of {limit:,} bytes")

    def __reduce__(self) -> tuple[type[InputTooLargeError], tuple[int, int]]:
        return type(self), (self.size, self.limit)


class PluginError(NewsmodelError):
    """A plugin raised an unexpected exception or returned something malformed.

    ``plugin`` names the plugin; the original exception is chained as ``__cause__``.
    """

    def __init__(self, plugin: str, message: str) -> None:
        self.plugin = plugin
        self.message = message
        super().__init__(f"plugin {plugin!r}: {message}")

    def __reduce__(self) -> tuple[type[PluginError], tuple[str, str]]:
        return type(self), (self.plugin, self.message)


class SchemaError(NewsmodelError):
    """JSON that does not follow the newsmodel article schema."""


class QueryError(NewsmodelError):
    """A malformed query: an unparsable date, an empty actor name."""
