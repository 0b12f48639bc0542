"""The messy-input strategies make what they say, and the hostile inputs have their sizes."""

from __future__ import annotations

import re

from hypothesis import find, given

from newsmodel.testing import (
    QUOTE_MARKS,
    CleanArticle,
    broken_quotes,
    clean_articles,
    deeply_nested_html,
    hostile_inputs,
    huge_documents,
    messy_inputs,
    mixed_encodings,
    mojibake,
    news_html,
    news_text,
    tag_soup,
    truncated_html,
)
from newsmodel.testing._messy_text import LEAD_WORDS, _readable_layout


@given(broken_quotes())
def test_broken_quotes_are_text(text: str) -> None:
    assert isinstance(text, str)


def test_broken_quotes_hold_quote_marks() -> None:
    found = find(broken_quotes(), lambda t: sum(t.count(m) for m in QUOTE_MARKS) >= 10)
    assert sum(found.count(m) for m in QUOTE_MARKS) >= 10


@given(mojibake())
def test_mojibake_is_utf8_bytes(data: bytes) -> None:
    data.decode("utf-8", "surrogatepass")


@given(mixed_encodings())
def test_mixed_encodings_are_bytes(data: bytes) -> None:
    assert isinstance(data, bytes)


@given(tag_soup())
def test_tag_soup_is_text(text: str) -> None:
    assert isinstance(text, str)


@given(truncated_html())
def test_truncated_pages_are_prefixes_of_a_page(text: str) -> None:
    assert "<!DOCTYPE html>".startswith(text[:15]) or text.startswith("<!DOCTYPE html>")


@given(deeply_nested_html(max_depth=500))
def test_nested_pages_nest(text: str) -> None:
    depth = re.match(r"<html><body>((?:<(\w+)>)+?)<p>", text)
    assert depth is not None


@given(huge_documents(min_size=1000, max_size=5000))
def test_huge_documents_have_their_size(text: str) -> None:
    assert 1000 <= len(text) <= 5000


@given(messy_inputs())
def test_messy_inputs_are_str_or_bytes(value: str | bytes) -> None:
    assert isinstance(value, str | bytes)


def test_hostile_inputs_at_full_size() -> None:
    found = {h.name: h.data for h in hostile_inputs()}
    assert found["straight-quotes"] == '"' * 100_000
    assert len(found["every-mark"]) == 100_000
    assert len(found["one-word"]) == 1_000_000
    assert not re.search(r"\s", found["one-token"])
    assert found["nested-div"].count("<div>") == 10_000
    assert found["empty-paragraphs"].count("<p></p>") == 100_000
    assert found["blank-lines"].count("\n\n") == 100_001
    assert len(found) == len(list(hostile_inputs(0.01)))


def test_hostile_inputs_scale_down() -> None:
    small = {h.name: h.data for h in hostile_inputs(0.01)}
    assert small["straight-quotes"] == '"' * 1000
    assert small["nested-div"].count("<div>") == 100


def test_generated_articles_are_deterministic_and_sized() -> None:
    for size in (1_000, 50_000):
        text, page = news_text(size, seed=3), news_html(size, seed=3)
        assert text == news_text(size, seed=3) and page == news_html(size, seed=3)
        assert size <= len(text) < size + 1_000
        assert size <= len(page) < size + 1_500
    assert news_text(5_000, seed=1) != news_text(5_000, seed=2)


@given(clean_articles())
def test_an_untitled_article_leads_with_more_than_a_headline(article: CleanArticle) -> None:
    # One short sentence over a longer paragraph reads as a headline: an untitled
    # article's lead is longer than any headline, and of two sentences at least.
    if article.title is None:
        lead = article.paragraphs[0]
        assert len(lead.split()) > LEAD_WORDS and re.search(r"\.[”\"]? [A-Z“\"]", lead)


def test_a_lone_indented_lead_opening_with_a_whole_sentence_is_written_on_one_line() -> None:
    # An indented whole sentence over flush lines could be a headline: the
    # thorough profile found the reader taking one for the title.
    lead = (
        "The harbour board met on Friday to review the plan. Members said the pier "
        "repairs would start in spring and cost less than feared."
    )
    untitled = CleanArticle(title=None, authors=(), published=None, paragraphs=(lead,))
    at_stop = [["  The harbour board met on Friday to review the plan.", lead[52:]]]
    mid_sentence = [["  The harbour board met on Friday to review", lead[42:]]]
    assert _readable_layout("indented", untitled, at_stop) == "single"
    assert _readable_layout("indented", untitled, mid_sentence) == "indented"
    titled = CleanArticle(
        title="Pier Repairs Agreed", authors=(), published=None, paragraphs=(lead,)
    )
    assert _readable_layout("indented", titled, at_stop) == "indented"
    two = CleanArticle(title=None, authors=(), published=None, paragraphs=(lead, lead))
    assert _readable_layout("indented", two, at_stop * 2) == "indented"
    assert _readable_layout("wrapped", untitled, at_stop) == "wrapped"
