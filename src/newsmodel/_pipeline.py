"""The pipeline: source → format plugin → document → analysis → article."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsmodel._document import Document
from newsmodel._errors import PluginError
from newsmodel._findings import Findings
from newsmodel._model import Article, ArticleDate, Source
from newsmodel._source import RawSource, SourceLike, read_source

if TYPE_CHECKING:
    from newsmodel._plugins import PluginManager

__all__ = ["assemble", "parse_raw", "parse_with"]


def parse_with(
    manager: PluginManager,
    source: SourceLike,
    *,
    format: str | None = None,
    url: str | None = None,
) -> Article:
    """Read, analyse and assemble one source with ``manager``'s plugins."""
    return parse_raw(manager, read_source(source, url=url), format=format)


def parse_raw(manager: PluginManager, raw: RawSource, *, format: str | None = None) -> Article:
    """Parse an already-read source."""
    name, document = manager.read(raw, format=format)
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
