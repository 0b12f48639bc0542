"""The report: a corpus as one self-contained HTML page to look at.

:func:`report_data` turns a :class:`~newsmodel.Corpus` or an
:class:`~newsmodel.Index` into a JSON-ready dict; :func:`write_report` writes
it as a page whose own script draws the actors, the timeline, the quotes
table and the annotated articles.  See ``docs/report.md``.
"""

from newsmodel._report._data import REPORT_SCHEMA, report_data
from newsmodel._report._page import (
    embed_json,
    render_page,
    report_html,
    write_page,
    write_report,
)

__all__ = [
    "REPORT_SCHEMA",
    "embed_json",
    "render_page",
    "report_data",
    "report_html",
    "write_page",
    "write_report",
]
