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
    """No format plugin recognised the source, or the named format does not exist.

    ``tried`` names the formats that tried to read the source and could not;
    ``installed`` the formats there were, when it says more (none tried: no
    plugin recognised the source, or the format asked for is not among them).
    """

    def __init__(
        self, message: str, *, tried: Sequence[str] = (), installed: Sequence[str] = ()
    ) -> None:
        self.tried = tuple(tried)
        self.installed = tuple(installed)
        self._message = message
        super().__init__(message + self._suffix())

    def _suffix(self) -> str:
        if self.tried:
            return f" (formats tried: {', '.join(self.tried)})"
        if self.installed:
            return f" (installed formats: {', '.join(self.installed)})"
        return " (no format plugin is installed)"

    def __reduce__(self) -> tuple[type[UnknownFormatError], tuple[str], dict[str, object]]:
        # Rebuilt from the original message and formats, so it survives pickling.
        state: dict[str, object] = {
            "tried": self.tried,
            "installed": self.installed,
            "_message": self._message,
        }
        return type(self), (self._message,), state

    def __setstate__(self, state: dict[str, Any] | None) -> None:
        self.__dict__.update(state or {})
        self.installed = getattr(self, "installed", ())
        self.args = (self._message + self._suffix(),)


class InputTooLargeError(SourceError):
    """A source is larger than the configured limit.

    ``size`` is its size in bytes, or with ``at_least`` only how much was read
    before reading stopped (standard input, a stream, data still to be
    decompressed); ``where`` names it (a path, ``-``, ``<bytes>``) when known.
    """

    def __init__(
        self, size: int, limit: int, *, where: str | None = None, at_least: bool = False
    ) -> None:
        self.size = size
        self.limit = limit
        self.where = where
        self.at_least = at_least
        super().__init__(self._describe())

    def _describe(self) -> str:
        amount = f"more than {self.limit:,}" if self.at_least else f"{self.size:,}"
        prefix = f"{self.where}: " if self.where else ""
        return f"{prefix}input of {amount} bytes exceeds the limit of {self.limit:,} bytes"

    def __reduce__(
        self,
    ) -> tuple[type[InputTooLargeError], tuple[int, int], dict[str, object]]:
        state: dict[str, object] = {"where": self.where, "at_least": self.at_least}
        return type(self), (self.size, self.limit), state

    def __setstate__(self, state: dict[str, Any] | None) -> None:
        self.__dict__.update(state or {})
        self.args = (self._describe(),)


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
    """A malformed query: an unparsable date, an empty actor name.

    ``field`` names the :class:`~newsmodel.QuoteQuery` filter at fault
    (``"since"``, ``"text"``), when one is; ``reason`` is what is wrong with it.
    """

    def __init__(
        self, message: str, *, field: str | None = None, reason: str | None = None
    ) -> None:
        self.field = field
        self.reason = reason if reason is not None else message
        super().__init__(message)
