"""The pipeline: source → format plugin → document → analysis → article."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

import attrs

from newsmodel._document import Document
from newsmodel._errors import PluginError
from newsmodel._findings import Findings
from newsmodel._model import Article, ArticleDate, DateOrigin, DateValue, Source
from newsmodel._source import RawSource, SourceLike, read_source

__all__ = ["DateLike", "Stages", "assemble", "given_date", "parse_raw", "parse_with"]

#: A publication date a caller gives: a date, a datetime, or its ISO 8601 text
#: at any precision ("2016-10-01", "2016-10", "2016-10-01T09:30:00+00:00").
DateLike = dt.date | str


def given_date(value: DateLike | ArticleDate | None) -> ArticleDate | None:
    """The caller's publication date as an :class:`ArticleDate` of origin ``given``.

    Raises :class:`ValueError`, saying what is accepted, for anything else.
    """
    if value is None or isinstance(value, ArticleDate):
        return value
    if isinstance(value, dt.date):
        return ArticleDate(value=DateValue.from_date(value), origin=DateOrigin.GIVEN)
    if isinstance(value, str):
        try:
            return ArticleDate(value=DateValue.parse(value), origin=DateOrigin.GIVEN)
        except ValueError:
            pass
    raise ValueError(
        f"published={value!r}: give a date, a datetime or ISO 8601 text "
        "such as '2016-10-01', '2016-10' or '2016-10-01T09:30:00+00:00'"
    )


class Stages(Protocol):
    """The stages the pipeline runs: what a :class:`PluginManager` provides.

    A protocol rather than the class, so that the pipeline does not import the
    plugin manager that calls it.
    """

    def read(self, source: RawSource, *, format: str | None = None) -> tuple[str, Document]:
        """The name of the format plugin that read ``source``, and its document."""
        ...

    def publication_date(self, document: Document) -> ArticleDate | None:
        """The document's publication date, inferred when the format gave none."""
        ...

    def analyze(self, document: Document, findings: Findings) -> Findings:
        """The findings of every analysis stage, in order."""
        ...


def parse_with(
    manager: Stages,
    source: SourceLike,
    *,
    format: str | None = None,
    url: str | None = None,
    published: DateLike | ArticleDate | None = None,
) -> Article:
    """Read, analyse and assemble one source with ``manager``'s plugins."""
    given = given_date(published)
    return parse_raw(manager, read_source(source, url=url), format=format, published=given)


def parse_raw(
    manager: Stages,
    raw: RawSource,
    *,
    format: str | None = None,
    published: ArticleDate | None = None,
) -> Article:
    """Parse an already-read source.

    ``published`` is the caller's date: it stands where the source states
    none, before any date inferred from the text, and relative dates
    resolve against it.
    """
    name, document = manager.read(raw, format=format)
    if document.published is None and published is not None:
        document = attrs.evolve(document, published=published)
    published = manager.publication_date(document)
    findings = Findings(reference=published.value if published else None)
    findings = manager.analyze(document, findings)
    try:
        return assemble(document, findings, raw=raw, format=name, published=published)
    except (ValueError, TypeError) as exc:
        raise PluginError(name, f"produced an inconsistent article: {exc}") from exc


def assemble(
    document: Document,
    findings: Findings,
    *,
    raw: RawSource,
    format: str,
    published: ArticleDate | None = None,
) -> Article:
    """Build the :class:`Article` from a document and its findings.

    Raises :class:`ValueError` when the findings do not fit the text.
    """
    return Article(
        source=Source(path=raw.path, url=raw.url or document.url),
        format=format,
        text=document.text,
        title=document.title,
        authors=document.authors,
        published=published if published is not None else document.published,
        updated=document.updated,
        language=document.language,
        canonical_url=document.canonical_url,
        site_name=document.site_name,
        description=document.description,
        tags=document.tags,
        blocks=document.blocks,
        actors=findings.actors,
        quotes=findings.quotes,
        events=findings.events,
        dates=findings.dates,
        debris=document.debris,
        source_map=document.source_map,
    )
