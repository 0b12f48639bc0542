"""The hooks newsmodel plugins implement.

A **source-format plugin** implements :func:`newsmodel_recognize` and
:func:`newsmodel_read`.  It is registered under a name (the entry point's
name in the ``newsmodel`` group, such as ``text`` or ``html``), and that name
is the format: ``newsmodel.parse(..., format="html")`` and
:attr:`newsmodel.Article.format` use it.

An **analysis plugin** implements one of the ``newsmodel_find_*`` stage hooks
to replace newsmodel's own extractor for that stage (return a result), or
wraps the hook (``@hookimpl(wrapper=True)``) to add to or correct what the
built-in extractor finds.  The stages run in the order dates, actors, quotes,
events; each receives the findings of the stages before it.

Implement hooks with :data:`newsmodel.hookimpl`.  Hook arguments are
keyword-only in practice: pluggy passes them by name, and an implementation
may accept any subset of them.
"""

from __future__ import annotations

import pluggy

from newsmodel._document import Document
from newsmodel._findings import Findings
from newsmodel._model import ArticleDate
from newsmodel._source import RawSource

__all__ = ["hookimpl", "hookspec"]

hookspec = pluggy.HookspecMarker("newsmodel")
hookimpl = pluggy.HookimplMarker("newsmodel")


@hookspec
def newsmodel_recognize(source: RawSource) -> float | None:
    """Say how likely it is that ``source`` is in this plugin's format.

    Return a confidence between 0 and 1, or ``None`` when the source is
    certainly not in this format.  Look at :attr:`RawSource.suffix` and
    :meth:`RawSource.head`; do not parse the whole source here.  Every format
    plugin is asked; the most confident one reads the source, ties going to the
    plugin whose name sorts first.  Must not raise.
    """


@hookspec(firstresult=True)
def newsmodel_read(source: RawSource) -> Document | None:
    """Read ``source`` into a :class:`~newsmodel.Document`.

    Called only on the plugin chosen for the source (the most confident
    recogniser, or the one the caller named), so an implementation reads its
    own format and needs no check that the source is for it.  Return the
    document, or ``None`` when the content turns out not to be in the format
    after all.  Raise :class:`~newsmodel.SourceError` for content that is in
    the format but cannot be read; any other exception is reported as a
    :class:`~newsmodel.PluginError` naming the plugin.
    """


@hookspec(firstresult=True)
def newsmodel_publication_date(document: Document) -> ArticleDate | None:
    """Infer the publication date of a document whose format carried none.

    Called only when :attr:`Document.published` is ``None``.  Stops at the
    first non-``None`` result.  newsmodel's own implementation runs last and
    takes the first full date of the lead, with origin ``inferred``.
    """


@hookspec(firstresult=True)
def newsmodel_find_dates(document: Document, findings: Findings) -> Findings | None:
    """Find and resolve the date expressions of ``document.text``.

    Return ``findings`` with ``dates`` filled in.  Stops at the first
    non-``None`` result: returning one replaces newsmodel's own date finder,
    which runs last.  ``findings.reference`` is the publication date.
    """


@hookspec(firstresult=True)
def newsmodel_find_actors(document: Document, findings: Findings) -> Findings | None:
    """Find the people, organisations, outlets and places ``document.text`` names.

    Return ``findings`` with ``actors`` filled in, each with every mention.
    Stops at the first non-``None`` result; newsmodel's own finder runs last.
    """


@hookspec(firstresult=True)
def newsmodel_find_quotes(document: Document, findings: Findings) -> Findings | None:
    """Find the quotes of ``document.text`` and attribute them to speakers.

    Return ``findings`` with ``quotes`` filled in; a quote's speaker is the id
    of an actor in the returned ``actors``, to which this stage may add (an
    unnamed "senior official").  Stops at the first non-``None`` result;
    newsmodel's own attribution engine runs last.
    """


@hookspec(firstresult=True)
def newsmodel_find_events(document: Document, findings: Findings) -> Findings | None:
    """Find the events ``document.text`` reports, with date, place and participants.

    Return ``findings`` with ``events`` filled in.  Stops at the first
    non-``None`` result; newsmodel's own event finder runs last.
    """
