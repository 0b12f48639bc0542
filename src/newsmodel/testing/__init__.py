"""A testing kit for newsmodel and its plugins (needs Hypothesis; the pytest parts need pytest).

**Strategies for messy input**, ``str`` or ``bytes`` a format plugin must
survive: :func:`messy_dumps` (clean articles made into messy text dumps,
with the clean article to compare against), :func:`messy_texts`,
:func:`mojibake`, :func:`mixed_encodings`, :func:`broken_quotes`,
:func:`tag_soup`, :func:`news_pages`, :func:`truncated_html`, :func:`messy_html`,
:func:`deeply_nested_html`, :func:`huge_documents`, and all of them at once,
:func:`messy_inputs`.  :func:`hostile_inputs` builds the inputs that expose
catastrophic backtracking (100,000 quote marks, 1 MB without a space, 10,000
nested tags, 100,000 empty paragraphs) at any scale.

**Strategies for the model**: :func:`spans`, :func:`mentions`,
:func:`blocks`, :func:`actors`, :func:`quotes`, :func:`events`,
:func:`date_values`, :func:`date_mentions`, :func:`article_dates`,
:func:`debris`, :func:`offset_maps` and whole valid :func:`articles`.  They
are registered for ``st.from_type`` too, through Hypothesis' entry point.

**The conformance suite** for format plugins: :func:`check_format_plugin`,
or the pytest base class :class:`FormatPluginTests`; see
:mod:`newsmodel.testing.conformance`.

**An opt-in pytest plugin** with fixtures:
``pytest -p newsmodel.testing.pytest_plugin``; see
:mod:`newsmodel.testing.pytest_plugin`.

**Scaling checks** that count Python steps instead of timing:
:func:`count_steps`, :func:`assert_scales_linearly`, with inputs that repeat as real
text does (:func:`repeated_officials_text`, :func:`concatenated_articles`,
:func:`concatenated_articles_html`).

**Generated articles** of any size for benchmarks: :func:`news_text`,
:func:`news_html`, :func:`news_paragraphs`.

``docs/testing.md`` shows a plugin author using all of it.
"""

from newsmodel.testing._generate import news_html, news_paragraphs, news_text
from newsmodel.testing._messy import (
    HTML_TAGS,
    QUOTE_MARKS,
    HostileInput,
    broken_quotes,
    deeply_nested_html,
    hostile_inputs,
    huge_documents,
    messy_html,
    messy_inputs,
    messy_texts,
    mixed_encodings,
    mojibake,
    news_pages,
    tag_soup,
    truncated_html,
)
from newsmodel.testing._messy_text import (
    DEBRIS_LINES,
    LAYOUTS,
    CleanArticle,
    MessyDump,
    clean_articles,
    clean_paragraphs,
    messy_dumps,
)
from newsmodel.testing._models import (
    DATE_ANCHORS,
    actors,
    article_dates,
    article_texts,
    articles,
    attributions,
    blocks,
    date_mentions,
    date_values,
    debris,
    events,
    mentions,
    offset_maps,
    quotes,
    spans,
)
from newsmodel.testing._scaling import (
    assert_scales_linearly,
    concatenated_articles,
    concatenated_articles_html,
    count_steps,
    repeated_officials_text,
)
from newsmodel.testing.conformance import (
    ConformanceError,
    ConformanceReport,
    FormatPluginChecker,
    FormatPluginTests,
    Render,
    check_article,
    check_deterministic_across_processes,
    check_format_plugin,
    check_source_map,
    mutated,
    no_network,
    render_html,
    render_text,
    run_property,
)

__all__ = [
    "DATE_ANCHORS",
    "DEBRIS_LINES",
    "HTML_TAGS",
    "LAYOUTS",
    "QUOTE_MARKS",
    "CleanArticle",
    "ConformanceError",
    "ConformanceReport",
    "FormatPluginChecker",
    "FormatPluginTests",
    "HostileInput",
    "MessyDump",
    "Render",
    "actors",
    "article_dates",
    "article_texts",
    "articles",
    "assert_scales_linearly",
    "attributions",
    "blocks",
    "broken_quotes",
    "check_article",
    "check_deterministic_across_processes",
    "check_format_plugin",
    "check_source_map",
    "clean_articles",
    "clean_paragraphs",
    "concatenated_articles",
    "concatenated_articles_html",
    "count_steps",
    "date_mentions",
    "date_values",
    "debris",
    "deeply_nested_html",
    "events",
    "hostile_inputs",
    "huge_documents",
    "mentions",
    "messy_dumps",
    "messy_html",
    "messy_inputs",
    "messy_texts",
    "mixed_encodings",
    "mojibake",
    "mutated",
    "news_html",
    "news_pages",
    "news_paragraphs",
    "news_text",
    "no_network",
    "offset_maps",
    "quotes",
    "render_html",
    "render_text",
    "repeated_officials_text",
    "run_property",
    "spans",
    "tag_soup",
    "truncated_html",
]
