"""The plugin manager: a typed façade over pluggy that a caller creates and owns."""

from __future__ import annotations

import datetime as dt
import importlib.metadata
import os
from collections.abc import Callable
from typing import Any

import attrs
import pluggy

from newsmodel import hookspecs
from newsmodel._document import Document
from newsmodel._errors import NewsmodelError, PluginError, UnknownFormatError
from newsmodel._findings import Findings
from newsmodel._model import Article, ArticleDate
from newsmodel._pipeline import parse_with
from newsmodel._source import RawSource, SourceLike

__all__ = ["ENTRY_POINT_GROUP", "PluginInfo", "PluginManager"]

#: The entry-point group that installed plugins, built-in ones included, register in.
ENTRY_POINT_GROUP = "newsmodel"

#: The name under which newsmodel's own analysis stages are registered.
CORE_ANALYSIS = "newsmodel.analysis"


#: Names of installed plugins to leave unloaded, comma-separated: a broken
#: plugin can be switched off without uninstalling it.
DISABLE_VARIABLE = "NEWSMODEL_DISABLE_PLUGINS"


def disabled_plugins() -> list[str]:
    """The plugin names listed in ``NEWSMODEL_DISABLE_PLUGINS``."""
    value = os.environ.get(DISABLE_VARIABLE, "")
    return [name.strip() for name in value.split(",") if name.strip()]


def installed_plugin_names(group: str = ENTRY_POINT_GROUP) -> set[str]:
    """The names plugins can be disabled by: every installed one's, and the analysis's."""
    return {ep.name for ep in importlib.metadata.entry_points(group=group)} | {CORE_ANALYSIS}


@attrs.frozen(kw_only=True)
class PluginInfo:
    """A registered plugin: its name, whether it reads a format, and its package.

    ``disabled`` is true for a name that is blocked (``NEWSMODEL_DISABLE_PLUGINS``,
    :meth:`PluginManager.block`): it is known but never loaded, so nothing
    else is known about it.  ``error`` is set for an installed plugin that
    failed to load: why, as ``"ImportError: ..."``; it is not registered.
    """

    name: str
    is_format: bool
    distribution: str | None = None
    version: str | None = None
    disabled: bool = False
    error: str | None = None


class PluginManager:
    """The plugins a parse uses.

    Create one, optionally register plugins of your own, and parse with it::

        pm = PluginManager()
        pm.register(MyFormat(), name="myformat")
        article = pm.parse(Path("story.myformat"))

    By default the manager loads every plugin installed in the ``newsmodel``
    entry-point group (the built-in ``text`` and ``html`` formats among them)
    and newsmodel's own analysis stages, except those named in the
    ``NEWSMODEL_DISABLE_PLUGINS`` environment variable (comma-separated).
    Managers share nothing: registering a plugin on one changes no other.

    An installed plugin that fails to load (it cannot be imported, say) is
    left out and recorded, so that one broken package does not stop every
    program: :attr:`broken` lists it, and :meth:`plugins` shows it with its
    ``error``.  ``strict=True`` raises :class:`PluginError` instead, for
    tests and programs that must have every plugin.
    """

    def __init__(
        self, *, entry_points: bool = True, analysis: bool = True, strict: bool = False
    ) -> None:
        self._pm = pluggy.PluginManager("newsmodel")
        self._pm.add_hookspecs(hookspecs)
        self._dists: dict[str, tuple[str, str]] = {}
        self._strict = strict
        self._broken: dict[str, PluginInfo] = {}
        if analysis:
            from newsmodel._analysis.plugin import CoreAnalysis

            self._pm.register(CoreAnalysis(), name=CORE_ANALYSIS)
        for name in disabled_plugins():
            self._pm.set_blocked(name)
        if entry_points:
            self.load_entry_points()

    # -- registration ---------------------------------------------------------

    def load_entry_points(self, group: str = ENTRY_POINT_GROUP) -> list[str]:
        """Register every installed plugin of ``group`` not registered yet.

        Returns the names registered.  A plugin that fails to import is
        recorded in :attr:`broken` and skipped, or with ``strict`` raises
        :class:`PluginError` naming it.
        """
        loaded = []
        for ep in importlib.metadata.entry_points(group=group):
            if self._pm.has_plugin(ep.name) or self._pm.is_blocked(ep.name):
                continue
            dist = (ep.dist.name, ep.dist.version) if ep.dist is not None else (None, None)
            try:
                plugin = ep.load()
            except Exception as exc:
                if self._strict:
                    raise PluginError(ep.name, f"cannot be loaded: {exc}") from exc
                self._broken[ep.name] = PluginInfo(
                    name=ep.name,
                    is_format=False,  # unknown: its hooks were never seen
                    distribution=dist[0],
                    version=dist[1],
                    error=f"{type(exc).__name__}: {exc}",
                )
                continue
            self.register(plugin, name=ep.name)
            if ep.dist is not None:
                self._dists[ep.name] = (ep.dist.name, ep.dist.version)
            loaded.append(ep.name)
        return loaded

    @property
    def broken(self) -> tuple[PluginInfo, ...]:
        """The installed plugins that failed to load, sorted by name, each with its ``error``."""
        return tuple(self._broken[name] for name in sorted(self._broken))

    def register(self, plugin: object, name: str | None = None) -> str:
        """Register ``plugin`` (a module, class or instance with hook implementations).

        Returns the name it was registered under, which for a format plugin is
        the format's name.  Raises :class:`PluginError` when the name is taken
        or the plugin's hooks do not match the specifications.
        """
        label = name or getattr(plugin, "__name__", None) or type(plugin).__name__
        try:
            registered = self._pm.register(plugin, name=name)
        except (ValueError, pluggy.PluginValidationError) as exc:
            raise PluginError(str(label), str(exc)) from exc
        if registered is None:
            raise PluginError(str(label), "this name is blocked")
        return registered

    def unregister(self, name: str) -> None:
        """Remove the plugin registered under ``name``."""
        plugin = self._pm.get_plugin(name)
        if plugin is None:
            raise PluginError(name, "no plugin is registered under this name")
        self._pm.unregister(plugin, name=name)

    def block(self, name: str) -> None:
        """Unregister ``name`` if registered and refuse it from now on."""
        self._pm.set_blocked(name)

    def get(self, name: str) -> object | None:
        """The plugin registered under ``name``, or ``None``."""
        return self._pm.get_plugin(name)

    @property
    def formats(self) -> tuple[str, ...]:
        """The names of the registered format plugins, sorted."""
        impls = self._pm.hook.newsmodel_read.get_hookimpls()
        return tuple(sorted(i.plugin_name for i in impls))

    def plugins(self) -> list[PluginInfo]:
        """Every registered plugin, every blocked name and every broken plugin, by name."""
        formats = set(self.formats)
        out = list(self._broken.values())
        for name, plugin in self._pm.list_name_plugin():
            dist, version = self._dists.get(name, (None, None))
            out.append(
                PluginInfo(
                    name=name,
                    is_format=name in formats,
                    distribution=dist,
                    version=version,
                    disabled=plugin is None,  # pluggy lists a blocked name with no plugin
                )
            )
        return sorted(out, key=lambda p: p.name)

    # -- calling hooks ---------------------------------------------------------

    def _only(self, hook_name: str, plugin_name: str) -> Callable[..., Any]:
        others = [p for n, p in self._pm.list_name_plugin() if n != plugin_name]
        return self._pm.subset_hook_caller(hook_name, remove_plugins=others)

    def recognize(self, source: RawSource) -> list[tuple[str, float]]:
        """Every format plugin's confidence that it can read ``source``.

        Sorted best first; ties are broken by name, so the choice never depends
        on installation order.  Plugins that answer ``None`` are left out.
        """
        scores = []
        for impl in self._pm.hook.newsmodel_recognize.get_hookimpls():
            name = impl.plugin_name
            try:
                score = self._only("newsmodel_recognize", name)(source=source)
            except NewsmodelError:
                raise
            except Exception as exc:
                raise PluginError(name, f"failed to recognise a source: {exc!r}") from exc
            value = score[0] if score else None
            if value is None:
                continue
            if not isinstance(value, int | float) or not 0 <= value <= 1:
                raise PluginError(name, f"recognise returned {value!r}, not a number in [0, 1]")
            scores.append((name, float(value)))
        return sorted(scores, key=lambda s: (-s[1], s[0]))

    def read(self, source: RawSource, *, format: str | None = None) -> tuple[str, Document]:
        """Read ``source`` with the named format, or the most confident one.

        Returns the format's name and the document.  Raises
        :class:`UnknownFormatError`, naming the formats tried, when no plugin
        reads it.
        """
        formats = self.formats
        if format is not None:
            if format not in formats:
                raise UnknownFormatError(f"no format plugin named {format!r}", installed=formats)
            candidates = [format]
        else:
            candidates = [name for name, score in self.recognize(source) if score > 0]
        where = source.path or source.url or "input"
        for name in candidates:
            document = self._read_with(name, source)
            if document is not None:
                return name, document
        what = source.looks_like()
        seems = f" (it looks like {what})" if what else ""
        raise UnknownFormatError(
            f"{where}: no plugin can read this source{seems}", tried=candidates, installed=formats
        )

    def _read_with(self, name: str, source: RawSource) -> Document | None:
        try:
            result = self._only("newsmodel_read", name)(source=source)
        except NewsmodelError:
            raise
        except Exception as exc:
            raise PluginError(name, f"failed to read a source: {exc!r}") from exc
        if result is not None and not isinstance(result, Document):
            raise PluginError(name, f"read returned a {type(result).__name__}, not a Document")
        return result

    def publication_date(self, document: Document) -> ArticleDate | None:
        """The document's publication date, inferred when the format gave none."""
        if document.published is not None:
            return document.published
        result = self._call_stage("newsmodel_publication_date", document=document)
        if result is not None and not isinstance(result, ArticleDate):
            raise PluginError("newsmodel_publication_date", f"returned {result!r}")
        return result

    def analyze(self, document: Document, findings: Findings) -> Findings:
        """Run the analysis stages (dates, actors, quotes, events) on ``document``."""
        for stage in (
            "newsmodel_find_dates",
            "newsmodel_find_actors",
            "newsmodel_find_quotes",
            "newsmodel_find_events",
        ):
            result = self._call_stage(stage, document=document, findings=findings)
            if result is None:
                continue
            if not isinstance(result, Findings):
                raise PluginError(stage, f"returned a {type(result).__name__}, not Findings")
            findings = result
        return findings

    def _call_stage(self, hook_name: str, **kwargs: object) -> Any:
        try:
            return getattr(self._pm.hook, hook_name)(**kwargs)
        except NewsmodelError:
            raise
        except Exception as exc:
            raise PluginError(hook_name, f"analysis failed: {exc!r}") from exc

    # -- parsing ---------------------------------------------------------------

    def parse(
        self,
        source: SourceLike,
        *,
        format: str | None = None,
        url: str | None = None,
        published: dt.date | str | ArticleDate | None = None,
    ) -> Article:
        """Parse one source into an :class:`~newsmodel.Article`; see :func:`newsmodel.parse`."""
        return parse_with(self, source, format=format, url=url, published=published)

    def __repr__(self) -> str:
        return f"<newsmodel.PluginManager formats={list(self.formats)}>"
