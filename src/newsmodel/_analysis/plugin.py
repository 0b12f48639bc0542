"""newsmodel's own analysis stages, registered as a plugin that runs last."""

from __future__ import annotations

import attrs

from newsmodel._analysis.actors import find_actors
from newsmodel._analysis.dates import anchor_quoted_dates, dayfirst_for, find_dates
from newsmodel._analysis.events import find_events_and_actors
from newsmodel._analysis.lead import lead_date
from newsmodel._analysis.quotes import attribute_quotes
from newsmodel._document import Document
from newsmodel._findings import Findings
from newsmodel._model import ArticleDate
from newsmodel.hookspecs import hookimpl

__all__ = ["CoreAnalysis"]


class CoreAnalysis:
    """The built-in implementations of the analysis hooks.

    Each runs last (``trylast``), so a plugin that returns a result from the
    same hook replaces it, and a wrapper sees and may change its result.
    """

    @hookimpl(trylast=True)
    def newsmodel_publication_date(self, document: Document) -> ArticleDate | None:
        return lead_date(document.text, document.blocks)

    @hookimpl(trylast=True)
    def newsmodel_find_dates(self, document: Document, findings: Findings) -> Findings:
        dates = find_dates(
            document.text, findings.reference, dayfirst=dayfirst_for(document.language)
        )
        return attrs.evolve(findings, dates=dates)

    @hookimpl(trylast=True)
    def newsmodel_find_actors(self, document: Document, findings: Findings) -> Findings:
        actors = find_actors(document.text, document.blocks, document.title)
        return attrs.evolve(findings, actors=actors)

    @hookimpl(trylast=True)
    def newsmodel_find_quotes(self, document: Document, findings: Findings) -> Findings:
        quotes, actors = attribute_quotes(
            document.text, document.blocks, findings.actors, findings.dates
        )
        # Relative dates inside a quote count from the day the words were said.
        dates = anchor_quoted_dates(
            document.text, findings.dates, quotes, dayfirst=dayfirst_for(document.language)
        )
        return attrs.evolve(findings, quotes=quotes, actors=actors, dates=dates)

    @hookimpl(trylast=True)
    def newsmodel_find_events(self, document: Document, findings: Findings) -> Findings:
        events, actors = find_events_and_actors(
            document.text,
            document.blocks,
            findings.actors,
            findings.dates,
            findings.quotes,
            findings.reference,
        )
        return attrs.evolve(findings, events=events, actors=actors)
