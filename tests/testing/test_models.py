"""The model strategies make valid objects, and the model keeps its promises on all of them."""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel import (
    Actor,
    Article,
    ArticleDate,
    Block,
    DateMention,
    DateValue,
    Debris,
    Event,
    Mention,
    OffsetMap,
    Quote,
    Span,
)
from newsmodel.testing import (
    article_texts,
    articles,
    check_article,
    date_mentions,
    date_values,
    events,
    quotes,
)
from newsmodel.testing._hypothesis_hook import _hypothesis_setup_hook

HOOK = "newsmodel.testing._hypothesis_hook:_hypothesis_setup_hook"
MODEL_TYPES = [
    Span, Mention, Block, DateValue, ArticleDate, DateMention, Actor, Quote, Event, Debris,
    OffsetMap, Article,
]  # fmt: skip


@given(articles())
def test_articles_are_valid(article: Article) -> None:
    assert check_article(article) == []
    # Construction checks them again: rebuilding an article changes nothing.
    assert Article(**{f: getattr(article, f) for f in _init_fields()}) == article


def _init_fields() -> list[str]:
    import attrs

    return [a.name for a in attrs.fields(Article) if a.init]


@given(articles())
def test_json_round_trip_is_lossless(article: Article) -> None:
    text = newsmodel.dumps(article)
    back = newsmodel.loads(text)
    assert back == article
    assert newsmodel.dumps(back) == text
    assert newsmodel.loads(text.encode("utf-8")) == article
    assert newsmodel.article_from_dict(json.loads(text)) == article


@given(articles())
def test_indented_json_reads_the_same(article: Article) -> None:
    assert newsmodel.loads(newsmodel.dumps(article, indent=2)) == article


@given(date_values())
def test_date_values_round_trip_through_iso_8601(value: DateValue) -> None:
    assert DateValue.parse(value.isoformat()) == value
    assert value.date <= value.last_day


@given(article_texts().flatmap(lambda t: st.tuples(st.just(t[0]), quotes(t[0]), events(t[0]))))
def test_quotes_and_events_hold_the_text_they_span(drawn: tuple[str, Quote, Event]) -> None:
    text, quote, event = drawn
    assert text[quote.start : quote.end] == quote.text
    assert text[event.start : event.end] == event.trigger


@given(st.text().flatmap(lambda t: st.tuples(st.just(t), date_mentions(t))))
def test_date_mentions_hold_the_text_they_span(drawn: tuple[str, DateMention]) -> None:
    text, mention = drawn
    assert text[mention.start : mention.end] == mention.text


def test_an_empty_date_anchor_survives_json() -> None:
    date = DateMention(text="", start=0, end=0, anchor="")
    article = Article(source=newsmodel.Source(), format="text", text="", dates=[date])
    assert newsmodel.loads(newsmodel.dumps(article)) == article


def test_check_article_finds_what_construction_does_not_check() -> None:
    text = "Talks began."
    event = Event(id="e1", kind="meeting", category="CONSULT", start=0, end=5, trigger="Begun")
    article = Article(source=newsmodel.Source(), format="text", text=text, events=[event])
    assert check_article(article) == ["event e1 trigger 'Begun' is not the text it spans"]


@pytest.mark.parametrize("kind", MODEL_TYPES, ids=lambda t: t.__name__)
def test_from_type_makes_valid_objects(kind: type) -> None:
    _hypothesis_setup_hook()  # idempotent; the entry point runs it when Hypothesis loads

    @given(st.from_type(kind))
    def valid(value: object) -> None:
        assert isinstance(value, kind)
        if isinstance(value, Article):
            assert check_article(value) == []

    valid()


def test_the_hypothesis_entry_point_is_installed() -> None:
    found = importlib.metadata.entry_points(group="hypothesis")
    assert HOOK in [ep.value for ep in found]


def test_from_type_works_without_calling_the_hook_in_a_fresh_process() -> None:
    script = (
        "from hypothesis import HealthCheck, given, settings, strategies as st\n"
        "import newsmodel\n"
        "from newsmodel.testing import check_article\n"
        # A fresh process has none of conftest's profiles: a busy machine must not fail it.
        "@settings(max_examples=20, database=None, deadline=None,\n"
        "          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])\n"
        "@given(st.from_type(newsmodel.Article))\n"
        "def valid(article):\n"
        "    assert check_article(article) == []\n"
        "valid()\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
