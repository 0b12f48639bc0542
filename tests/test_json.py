"""The JSON schema: lossless round trips and clear errors for bad data."""

from __future__ import annotations

import json

import pytest

import newsmodel
from factories import sample_article as article
from newsmodel import SCHEMA_VERSION, SchemaError, article_from_dict, article_to_dict

# The fields the evaluation kit and users read: renaming any of them is a breaking change.
PUBLIC_ARTICLE_FIELDS = {
    "source", "format", "title", "authors", "published", "language", "text", "blocks",
    "actors", "quotes", "events", "dates",
}  # fmt: skip
PUBLIC_QUOTE_FIELDS = {
    "id",
    "text",
    "start",
    "end",
    "speaker",
    "speaker_mention",
    "cue",
    "said_on",
    "reported_by",
}


def test_round_trip_is_lossless() -> None:
    a = article()
    assert newsmodel.loads(newsmodel.dumps(a)) == a
    assert article_from_dict(json.loads(json.dumps(article_to_dict(a)))) == a


def test_public_fields_are_present() -> None:
    data = article_to_dict(article())
    assert data.keys() >= PUBLIC_ARTICLE_FIELDS
    assert data["quotes"][0].keys() >= PUBLIC_QUOTE_FIELDS
    assert data["schema_version"] == SCHEMA_VERSION
    assert data["dates"][0] == {
        "text": "Thursday", "start": 24, "end": 32, "value": "2025-03-13", "precision": "day", "anchor": "absolute",
    }  # fmt: skip


@pytest.mark.parametrize(
    "bad",
    [
        "not json",
        "[]",
        '{"format": "text"}',
        '{"schema_version": "9.0", "format": "text", "text": ""}',
        '{"format": "text", "text": "abc", "blocks": [{"kind": "paragraph", "start": 0, "end": 9}]}',
        '{"format": "text", "text": "abc", "blocks": [{"kind": "nonsense", "start": 0, "end": 1}]}',
        '{"format": "text", "text": "abc", "published": "yesterday"}',
    ],
)
def test_bad_json_raises_schema_error(bad: str) -> None:
    with pytest.raises(SchemaError):
        newsmodel.loads(bad)


def test_attribution_round_trips_and_its_antecedent_is_checked() -> None:
    import attrs

    from newsmodel import Attribution, Span

    a = article()
    quote = a.quotes[0]
    why = Attribution(rule="pronoun", antecedent=Span(start=0, end=3))
    with_reason = attrs.evolve(a, quotes=(attrs.evolve(quote, attribution=why), *a.quotes[1:]))
    data = article_to_dict(with_reason)
    assert data["quotes"][0]["attribution"] == {
        "rule": "pronoun",
        "antecedent": {"start": 0, "end": 3},
    }
    assert newsmodel.loads(newsmodel.dumps(with_reason)) == with_reason
    past_the_end = Attribution(rule="pronoun", antecedent=Span(start=0, end=len(a.text) + 1))
    with pytest.raises(ValueError, match="antecedent"):
        attrs.evolve(a, quotes=(attrs.evolve(quote, attribution=past_the_end), *a.quotes[1:]))
