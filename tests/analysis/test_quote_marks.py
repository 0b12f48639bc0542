"""Quotation marks: articles that quote in single marks, and what stays an apostrophe.

Every article here is invented.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article
from newsmodel._analysis.quotes import marks
from newsmodel._analysis.quotes.marks import in_double_marks

LEAD = "Council row over ferry timetable deepens\n\n"


def _quotes(article: Article) -> list[tuple[str, str | None]]:
    out = []
    for q in article.quotes:
        speaker = article.speaker(q)
        out.append((q.text, speaker.name if speaker else None))
    return out


def test_an_article_in_curly_single_marks_has_its_quotes_and_speakers() -> None:
    article = newsmodel.parse(
        LEAD + "The harbour master, Niamh Quill, said the new timetable was ‘unworkable’.\n\n"
        "‘We can’t run a ferry on hope,’ Ms Quill said. ‘The islanders’ patience is gone.’\n\n"
        "Councillor Ewan Tait said: ‘The timetable stays. The money isn’t there.’",
        format="text",
    )
    assert _quotes(article) == [
        ("unworkable", "Niamh Quill"),
        ("We can’t run a ferry on hope,", "Niamh Quill"),
        ("The islanders’ patience is gone.", "Niamh Quill"),
        ("The timetable stays. The money isn’t there.", "Ewan Tait"),
    ]
    for q in article.quotes:
        assert article.text[q.start : q.end] == q.text


def test_an_article_in_straight_single_marks_has_its_quotes() -> None:
    article = newsmodel.parse(
        LEAD
        + "Dr Omar Pell, who chairs the board, said: 'We'll publish the figures on Monday.'\n\n"
        "'It's the passengers' money,' he said.",
        format="text",
    )
    assert _quotes(article) == [
        ("We'll publish the figures on Monday.", "Omar Pell"),
        ("It's the passengers' money,", "Omar Pell"),
    ]


def test_a_single_mark_quote_over_two_paragraphs_continues() -> None:
    article = newsmodel.parse(
        LEAD + "Ms Rhona Vale said: ‘We asked three times for a meeting.\n\n"
        "‘Nobody answered. That tells you everything.’",
        format="text",
    )
    assert _quotes(article) == [
        ("We asked three times for a meeting.", "Rhona Vale"),
        ("Nobody answered. That tells you everything.", "Rhona Vale"),
    ]


def test_double_marks_nested_in_single_ones_stay_inside_the_quote() -> None:
    article = newsmodel.parse(
        LEAD + "‘They called it “a final offer” and walked out,’ said Rhona Vale.",
        format="text",
    )
    assert _quotes(article) == [("They called it “a final offer” and walked out,", "Rhona Vale")]


def test_single_marks_nested_in_double_ones_change_nothing() -> None:
    text = (
        "Senator faces ‘long road’ after vote\n\n"
        "Sen. Carl Moody said the bill was “what we called ‘the deal’ in March,” and he "
        "would fight it.\n\n“Never,” he said."
    )
    article = newsmodel.parse(text, format="text")
    assert in_double_marks(article.text, article.blocks) == article.text
    assert _quotes(article) == [
        ("what we called ‘the deal’ in March,", "Carl Moody"),
        ("Never,", "Carl Moody"),
    ]


def test_apostrophes_and_elisions_open_no_quotation() -> None:
    text = (
        "Rock ’n’ roll returns to the pier\n\n"
        "The O’Briens’ band played hits of the ’90s until ’til dawn, and the "
        "organisers’ plan worked."
    )
    article = newsmodel.parse(text, format="text")
    assert in_double_marks(article.text, article.blocks) == article.text
    assert article.quotes == ()


_MARKS = "‘’“”'\""


@given(st.text(alphabet=st.sampled_from(list("ab s.,\n") + list(_MARKS)), max_size=80))
def test_reading_single_marks_as_double_changes_only_marks(text: str) -> None:
    article = newsmodel.parse(LEAD + text, format="text")
    read = in_double_marks(article.text, article.blocks)
    assert len(read) == len(article.text)
    assert all(
        a == b or (a in _MARKS and b in _MARKS) for a, b in zip(read, article.text, strict=True)
    )


# The single-mark patterns open with their mark and look behind it (so the engine skips
# straight to marks); they must find what the plain reading finds, a lookbehind first.
_OPENER_AS_WRITTEN = re.compile(
    marks._SINGLE_OPENER.pattern.replace(
        r"(?P<mark>[‘'])(?<![^\s(\[{—–/:-].)", r"(?<![^\s(\[{—–/:-])(?P<mark>[‘'])", 1
    )
)
_CLOSER_AS_WRITTEN = re.compile(r"(?<=\S)[’'](?!\w)(?:(?!\s+[a-z])|(?<!s[’']))")
_MARKED = st.lists(
    st.sampled_from([*"ab s(—-:1\n‘’'\"“”", "’s ", "'90s", "'em "]), max_size=30
).map("".join)


@given(_MARKED)
def test_single_mark_patterns_match_where_their_plain_reading_matches(text: str) -> None:
    assert _OPENER_AS_WRITTEN.pattern != marks._SINGLE_OPENER.pattern
    for fast, plain in (
        (marks._SINGLE_OPENER, _OPENER_AS_WRITTEN),
        (marks._SINGLE_CLOSER, _CLOSER_AS_WRITTEN),
    ):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        for at in range(len(text)):
            found, expected = fast.search(text, at), plain.search(text, at)
            assert (found and found.span()) == (expected and expected.span())


def test_quote_spans_are_a_fresh_list_each_time() -> None:
    text = "“One,” she said. “Two,” he said."
    blocks = [newsmodel.Block(kind=newsmodel.BlockKind.PARAGRAPH, start=0, end=len(text))]
    first = marks.find_quote_spans(text, blocks)
    assert len(first) == 2
    first.clear()  # (the spans are read once a document: the caller's list is its own)
    assert len(marks.find_quote_spans(text, blocks)) == 2
