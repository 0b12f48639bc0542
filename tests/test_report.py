"""The report: its data from a corpus or an index, and its page, without a browser.

The page's behaviour in a browser is tested in ``tests/browser/``.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

import newsmodel
from corpus_strategies import corpora, queries
from newsmodel import (
    Article,
    Block,
    Corpus,
    Index,
    NewsmodelError,
    Quote,
    QuoteQuery,
    Source,
    select_quotes,
)
from newsmodel._report._data import CUE, DATE, EVENT, MENTION
from newsmodel._report._page import embed_json, render_page
from newsmodel.cli import main
from newsmodel.testing import articles
from report_corpus import report_corpus, span_of


@pytest.fixture
def corpus() -> Corpus:
    return report_corpus()


# -- the data ------------------------------------------------------------------


def test_actors_are_merged_across_articles_and_counted(corpus: Corpus) -> None:
    data = newsmodel.report_data(corpus)
    varga = data["actors"][0]
    assert varga["name"] == "Ilse Varga"
    assert varga["kind"] == "person"
    assert "Varga" in varga["aliases"]
    assert varga["roles"] == ["Mayor"]
    assert (varga["quotes"], varga["articles"]) == (2, 2)
    board = next(a for a in data["actors"] if a["name"] == "The harbour board")
    assert (board["quotes"], board["articles"]) == (1, 1)


def test_quotes_carry_speaker_date_and_why(corpus: Corpus) -> None:
    data = newsmodel.report_data(corpus)
    by_text = {q["text"]: q for q in data["quotes"]}
    actors = data["actors"]
    q1 = by_text["It joins two halves of the town,"]
    assert actors[q1["speaker"]]["name"] == "Ilse Varga"
    assert (q1["date"], q1["dated"]) == ("2024-04-29", "published")
    assert q1["rule"] == "cue-after"
    assert q1["antecedent"] is None
    text = data["articles"][q1["article"]]["text"]
    assert text[q1["mention"][0] : q1["mention"][1]] == "Varga"
    assert text[q1["cueSpan"][0] : q1["cueSpan"][1]] == "said"
    q2 = by_text["Too late,"]
    assert text[q2["antecedent"][0] : q2["antecedent"][1]] == "The harbour board"
    assert q2["rule"] == "pronoun"
    q3 = by_text["We will build a second one,"]
    assert (q3["date"], q3["dated"]) == ("2024-05-04", "said")
    assert data["articles"][q3["article"]]["outlet"] == "Town Courier"
    assert data["articles"][q1["article"]]["outlet"] == "example-gazette.test"


def test_quotes_are_sorted_by_date_and_point_at_their_article(corpus: Corpus) -> None:
    data = newsmodel.report_data(corpus)
    assert [q["date"] for q in data["quotes"]] == sorted(q["date"] for q in data["quotes"])
    for q in data["quotes"]:
        article = data["articles"][q["article"]]
        assert article["text"][q["start"] : q["end"]] == q["text"]


def test_article_text_is_laid_out_with_its_marks(corpus: Corpus) -> None:
    data = newsmodel.report_data(corpus)
    a = data["articles"][0]
    assert [p[2] for p in a["paragraphs"]] == ["heading", "paragraph"]
    text = a["text"]
    flagged = {text[s:e]: flags for s, e, flags, *_ in a["segments"]}
    assert flagged["Ilse Varga"] & MENTION
    assert flagged["Monday"] & DATE
    assert flagged["opened"] & EVENT
    assert flagged["said"] & CUE
    # Quote pieces point at the report's quotes.
    pieces = {text[s:e]: k for s, e, k in a["quotes"]}
    assert data["quotes"][pieces["Too late,"]]["text"] == "Too late,"
    assert a["events"][0]["participants"] == ["Ilse Varga"]
    assert a["dates"][0] == {"text": "Monday", "value": "2024-04-29", "anchor": "publication"}


def test_a_filter_keeps_only_articles_with_selected_quotes(corpus: Corpus) -> None:
    data = newsmodel.report_data(corpus, QuoteQuery(since="2024-05-01"))
    assert [q["text"] for q in data["quotes"]] == ["We will build a second one,"]
    assert [a["title"] for a in data["articles"]] == ["A second bridge"]
    assert data["filters"] == {"since": "2024-05-01"}
    # The quote the filter left out of the first article is not linked.
    data = newsmodel.report_data(corpus, QuoteQuery(actor="the harbour board"))
    assert [a["title"] for a in data["articles"]] == ["Bridge opens"]
    assert sorted(k for _s, _e, k in data["articles"][0]["quotes"]) == [-1, 0]


def test_text_outside_blocks_is_still_shown() -> None:
    text = "Stray line.\n\nA paragraph."
    start = text.index("A paragraph")
    article = Article(
        source=Source(path="x.txt"),
        format="text",
        text=text,
        blocks=[Block(kind="paragraph", start=start, end=len(text))],
    )
    data = newsmodel.report_data(Corpus([article]))
    shown = [text[s:e] for s, e, _k in data["articles"][0]["paragraphs"]]
    assert shown == ["Stray line.", "A paragraph."]


def _covered(segments: list[list[int]], flag: int) -> set[int]:
    return {i for s, e, f, *_ in segments if f & flag for i in range(s, e)}


# Corpus needs a word in every person's name (it merges people by surname).
mergeable = articles().filter(lambda a: all(x.name.split() for x in a.actors if x.kind == "person"))


@given(mergeable)
def test_layout_nests_and_loses_no_mark(article: Article) -> None:
    data = newsmodel.report_data(Corpus([article]))
    json.dumps(data)  # JSON-ready
    (a,) = data["articles"]
    paragraphs, pieces, segments = a["paragraphs"], a["quotes"], a["segments"]
    shown = {i for s, e, _k in paragraphs for i in range(s, e)}
    last = 0
    for s, e, _kind in paragraphs:
        assert last <= s < e <= len(article.text)
        last = e

    def inside(s: int, e: int, spans: list[list[Any]]) -> bool:
        return any(ps <= s and e <= pe for ps, pe, *_ in spans)

    last = 0
    for s, e, _k in pieces:
        assert last <= s < e and inside(s, e, paragraphs)
        last = e
    last = 0
    for s, e, *_ in segments:
        assert last <= s < e and inside(s, e, paragraphs)
        # Inside one quote piece, or outside all of them.
        assert inside(s, e, pieces) or not any(ps < e and s < pe for ps, pe, _k in pieces)
        last = e
    # Every mark's shown characters are covered by segments with its flag.
    expect = {
        MENTION: [m.span for x in article.actors for m in x.mentions]
        + [q.speaker_mention for q in article.quotes if q.speaker_mention],
        DATE: [d.span for d in article.dates],
        EVENT: [s for e in article.events for s in (e.mentions or (e.span,))],
        CUE: [q.cue_span for q in article.quotes if q.cue_span],
    }
    for flag, spans in expect.items():
        covered = _covered(segments, flag)
        for span in spans:
            assert set(range(span.start, span.end)) & shown <= covered
    # Every quote is in the table, and every shown quote piece links to one.
    assert len(data["quotes"]) == len(article.quotes)
    for s, e, k in pieces:
        q = data["quotes"][k]
        assert q["start"] <= s and e <= q["end"]


@given(corpora(), queries())
def test_the_report_selects_what_select_quotes_selects(
    articles: list[Article], query: QuoteQuery
) -> None:
    corpus = Corpus(articles)
    data = newsmodel.report_data(corpus, query)
    expected = select_quotes(corpus, query)
    got = [(data["articles"][q["article"]]["source"], q["id"], q["date"]) for q in data["quotes"]]
    assert got == [
        (
            r.article.source.path or r.article.source.url,
            r.quote.id,
            r.date.isoformat() if r.date else None,
        )
        for r in expected
    ]
    names = [
        data["actors"][q["speaker"]]["name"] if q["speaker"] is not None else None
        for q in data["quotes"]
    ]
    assert names == [r.speaker.name if r.speaker else None for r in expected]


def test_an_index_gives_the_corpus_report(corpus: Corpus, tmp_path: Path) -> None:
    with Index(tmp_path / "news.db") as index:
        index.add_many(corpus.articles)
        for query in (None, QuoteQuery(actor="Varga"), QuoteQuery(until="2024-04-30")):
            assert newsmodel.report_data(index, query) == newsmodel.report_data(corpus, query)


# -- the page ------------------------------------------------------------------

HOSTILE = "</script><script>alert(1)</script> <!-- & \u2028\u2029 \ud800 'x' \"y\""


def _embedded(page: str) -> Any:
    m = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', page, re.S)
    assert m is not None
    return json.loads(m[1])


def test_embedded_json_is_safe_and_round_trips() -> None:
    data = {"text": HOSTILE, "list": [1, None, "ü"]}
    text = embed_json(data)
    for bad in ("<", ">", "&", "\u2028", "\u2029", "\ud800"):
        assert bad not in text
    assert json.loads(text) == data


def test_hostile_text_cannot_break_out_of_the_page() -> None:
    t = f"He said “{HOSTILE}” today."
    q = span_of(t, HOSTILE)
    article = Article(
        source=Source(path="<b>x</b>.txt"),
        format="text",
        text=t,
        title="<script>alert(2)</script>",
        quotes=[Quote(id="q1", text=HOSTILE, start=q.start, end=q.end)],
    )
    page = newsmodel.report_html(Corpus([article]), title="A <title> & more")
    page.encode("utf-8")  # writable as UTF-8 despite the lone surrogate
    assert page.lower().count("</script>") == 2  # the data's and the script's own
    assert "<script>alert" not in page
    assert "<title>A &lt;title&gt; &amp; more</title>" in page
    data = _embedded(page)
    assert data["quotes"][0]["text"] == HOSTILE
    assert data["articles"][0]["title"] == "<script>alert(2)</script>"


EXTERNAL = [
    re.compile(
        r"""\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?!#|data:)[a-z][a-z0-9+.-]*:""", re.I
    ),
    re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*//""", re.I),
    re.compile(r"@import", re.I),
    re.compile(r"url\(\s*['\"]?\s*(?!data:|#)", re.I),
    re.compile(r"\b(?:fetch|XMLHttpRequest|WebSocket|EventSource|importScripts|sendBeacon)\b"),
]


def test_the_page_references_no_external_resource(corpus: Corpus) -> None:
    page = newsmodel.report_html(corpus)
    # The data may hold any address (articles' URLs); the page itself may not load one.
    m = re.search(r'<script type="application/json" id="report-data">.*?</script>', page, re.S)
    assert m is not None
    shell = page[: m.start()] + page[m.end() :]
    for pattern in EXTERNAL:
        assert not pattern.search(shell), pattern.pattern
    assert "https://www.example-gazette.test/bridge" in m[0]


def test_the_policy_allows_only_the_pages_own_style_and_script(corpus: Corpus) -> None:
    import base64
    import hashlib

    page = newsmodel.report_html(corpus)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert policy is not None
    assert "default-src &#x27;none&#x27;" in policy[1]
    for tag in ("style", "script"):
        body = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.S)
        assert body is not None
        digest = base64.b64encode(hashlib.sha256(body[1].encode()).digest()).decode()
        assert f"sha256-{digest}" in policy[1]


def test_the_page_is_semantic_html(corpus: Corpus) -> None:
    from lxml import html

    tree = html.fromstring(newsmodel.report_html(corpus).encode())
    for tag in ("header", "nav", "main", "section", "table", "footer"):
        assert tree.findall(f".//{tag}"), tag
    assert {th.get("scope") for th in tree.iter("th")} == {"col"}
    assert tree.get("lang") == "en"
    # Every form control has a label.
    for control in (*tree.iter("input"), *tree.iter("select")):
        assert any(a.tag == "label" for a in control.iterancestors()), control.get("id")


def test_render_page_accepts_any_report_dict() -> None:
    page = render_page({"title": None, "actors": [], "quotes": [], "articles": []})
    assert "<title>Report</title>" in page


# -- the API and the command line ----------------------------------------------


def test_write_report_writes_the_page(corpus: Corpus, tmp_path: Path) -> None:
    path = newsmodel.write_report(corpus, tmp_path / "r.html", title="Bridges")
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert _embedded(page) == newsmodel.report_data(corpus, title="Bridges")


def test_write_report_raises_newsmodel_error_on_a_bad_path(corpus: Corpus, tmp_path: Path) -> None:
    with pytest.raises(NewsmodelError, match="cannot write the report"):
        newsmodel.write_report(corpus, tmp_path / "missing" / "r.html")


def _run(*argv: str) -> tuple[int, str]:
    err = io.StringIO()
    code = main(list(argv), out=io.StringIO(), err=err)
    return code, err.getvalue()


@pytest.fixture
def files(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "one.txt").write_text(
        "Harbour news\n\nThe harbour reopened on Tuesday. “We are glad,” said Ilse Varga, the mayor.\n",
        encoding="utf-8",
    )
    return d


def test_cli_report_from_files_and_from_an_index(files: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    code, err = _run("report", str(files), "-o", str(out))
    assert code == 0, err
    assert "quotes" in err
    from_files = _embedded(out.read_text(encoding="utf-8"))
    assert from_files["quotes"] and from_files["articles"]
    db = tmp_path / "news.db"
    assert _run("index", str(files), "--db", str(db), "-q", "-j", "1")[0] == 0
    code, err = _run("report", "--db", str(db), "-o", str(out), "-q")
    assert (code, err) == (0, "")
    from_db = _embedded(out.read_text(encoding="utf-8"))
    assert [q["text"] for q in from_db["quotes"]] == [q["text"] for q in from_files["quotes"]]


def test_cli_report_filters_and_errors(files: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    code, _err = _run("report", str(files), "-o", str(out), "--actor", "Nobody", "--title", "T")
    assert code == 0
    data = _embedded(out.read_text(encoding="utf-8"))
    assert (data["quotes"], data["articles"], data["title"]) == ([], [], "T")
    with pytest.raises(SystemExit) as usage:  # a usage error, with the command's usage
        _run("report", str(files), "-o", str(out), "--since", "soon")
    assert usage.value.code == 2
    assert _run("report", str(files), "-o", str(tmp_path / "no" / "r.html"))[0] == 1
    assert _run("report", "--db", str(tmp_path / "missing.db"), "-o", str(out))[0] == 1
    with pytest.raises(SystemExit):
        _run("report", str(files), "--db", str(tmp_path / "x.db"), "-o", str(out))
    with pytest.raises(SystemExit):
        _run("report", str(files))  # no -o


def test_seed_report_has_putin_and_zelenskyy(shared: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    assert _run("report", str(shared / "corpus" / "seeds"), "-o", str(out))[0] == 0
    data = _embedded(out.read_text(encoding="utf-8"))
    speakers = {
        data["actors"][q["speaker"]]["name"] for q in data["quotes"] if q["speaker"] is not None
    }
    assert {"Vladimir Putin", "Volodymyr Zelenskyy"} <= speakers


def test_the_report_finds_a_joint_statement_by_either_member() -> None:
    from newsmodel._report._data import report_data

    lead = "On Friday, March 14, 2025, lawmakers met in Salem.\n\n"
    body = lead + "Senators Marta Quill and Owen Farrow said: “We will not vote for this budget.”"
    corpus = Corpus([newsmodel.parse(body, format="text")])
    data = report_data(corpus, newsmodel.QuoteQuery(actor="Farrow"))
    assert len(corpus.quotes(actor="Farrow")) == 1
    assert "We will not vote for this budget." in str(data)


def test_cli_report_to_standard_output(files: Path, tmp_path: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    code = main(["report", str(files), "-o", "-"], out=out, err=err)
    assert code == 0 and err.getvalue().startswith("newsmodel: <stdout>: 1 quotes")
    assert _embedded(out.getvalue())["quotes"][0]["text"] == "We are glad,"
    assert not (Path.cwd() / "-").exists()
