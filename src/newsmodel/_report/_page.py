"""The report page: one self-contained HTML file.

The page's markup, style and script are package data files (``static/``)
assembled with :class:`string.Template`; the data goes in as JSON inside a
``<script type="application/json">`` element.  Nothing is fetched: the
Content-Security-Policy allows no network source at all, and only the one
style and the one script, by their hashes.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
import re
from importlib.resources import files
from pathlib import Path
from string import Template
from typing import TYPE_CHECKING, Any

from newsmodel._corpus import Corpus
from newsmodel._errors import NewsmodelError
from newsmodel._query import QuoteQuery
from newsmodel._report._data import report_data

if TYPE_CHECKING:
    from newsmodel._index import Index

__all__ = ["embed_json", "render_page", "report_html", "write_page", "write_report"]

# Characters that could end the script element or confuse an HTML or JS
# parser, written as JSON escapes instead (JSON.parse reads them back).
_UNSAFE = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


# A lone surrogate (text decoded with surrogateescape, say) cannot be written
# as UTF-8; as a JSON escape it reaches the page's JavaScript unchanged.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _escape_surrogate(m: re.Match[str]) -> str:
    return f"\\u{ord(m[0]):04x}"


def embed_json(data: Any) -> str:
    """``data`` as JSON that is safe inside an HTML ``<script>`` element.

    ``<``, ``>`` and ``&`` are escaped so that no ``</script>`` or ``<!--``
    can appear, U+2028/U+2029 so that the text is also valid JavaScript, and
    lone surrogates so that the page can be written as UTF-8.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in _UNSAFE:
        text = text.replace(char, escape)
    return _SURROGATE.sub(_escape_surrogate, text)


def _static(name: str) -> str:
    return files("newsmodel._report").joinpath("static", name).read_text(encoding="utf-8")


def _csp_hash(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_page(data: dict[str, Any]) -> str:
    """The HTML page for a report dict made by :func:`report_data`."""
    style = _static("report.css")
    script = _static("report.js")
    for name, text in (("style", style), ("script", script)):
        # Our own files; a closing tag inside would cut them short.
        if f"</{name}" in text.lower():
            raise NewsmodelError(f"report {name} contains a closing {name} tag")
    policy = (
        "default-src 'none'; "
        f"style-src {_csp_hash(style)}; script-src {_csp_hash(script)}; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )
    return Template(_static("report.html")).substitute(
        title=html.escape(_SURROGATE.sub("\ufffd", str(data.get("title") or "Report"))),
        policy=html.escape(policy),
        style=style,
        script=script,
        data=embed_json(data),
    )


def report_html(
    source: Corpus | Index, query: QuoteQuery | None = None, *, title: str | None = None
) -> str:
    """The report of ``source`` as one self-contained HTML page (see :func:`write_report`)."""
    return render_page(report_data(source, query, title=title))


def write_report(
    source: Corpus | Index,
    path: str | os.PathLike[str],
    query: QuoteQuery | None = None,
    *,
    title: str | None = None,
) -> Path:
    """Write the report of a :class:`Corpus` or an :class:`Index` to ``path``; returns the path.

    The page is one HTML file with its style, script and data inline: it
    references nothing outside itself, so it opens from disk, offline, and
    can be sent as an attachment.  It shows the actors merged across
    articles, a timeline of each one's quotes, a filterable table of quotes,
    and each article's text with its quotes, speakers, dates and events
    marked.  ``query`` selects the quotes as :func:`newsmodel.select_quotes`
    does; ``title`` heads the page.  An unwritable path raises
    :class:`NewsmodelError`.
    """
    return write_page(report_data(source, query, title=title), path)


def write_page(data: dict[str, Any], path: str | os.PathLike[str]) -> Path:
    """Write the page of a report dict made by :func:`report_data` to ``path``; returns the path."""
    page = render_page(data)
    target = Path(path)
    try:
        target.write_text(page, encoding="utf-8")
    except OSError as exc:
        raise NewsmodelError(f"{target}: cannot write the report: {exc.strerror or exc}") from exc
    return target
