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


def test_source_map_writes_three_numbers_for_a_copy_and_four_for_a_replacement() -> None:
    import attrs

    from newsmodel import OffsetMap

    a = article()
    mapped = attrs.evolve(a, source_map=OffsetMap(segments=[(0, 0, 1, 3), (1, 3, 5), (6, 9, 2, 1)]))
    data = article_to_dict(mapped)
    assert data["source_map"] == [[0, 0, 1, 3], [1, 3, 5], [6, 9, 2, 1]]
    assert newsmodel.loads(newsmodel.dumps(mapped)) == mapped
    # Maps written before replacements existed (three numbers each) still read.
    data["source_map"] = [[0, 0, 4], [5, 6, 3]]
    assert article_from_dict(data).source_map == OffsetMap(segments=[(0, 0, 4), (5, 6, 3)])


@pytest.mark.parametrize(
    "segments",
    [
        [[0, 0]],
        [[0, 0, 1, 2, 3]],
        [[0, 0, 1, 0]],
        [[0, 0, 1, 3], [1, 2, 1]],
        [[0, 0, 2], [1, 5, 1]],
    ],
    ids=["two-numbers", "five-numbers", "empty-source", "source-overlap", "text-overlap"],
)
def test_bad_source_map_raises_schema_error(segments: list[list[int]]) -> None:
    data = article_to_dict(article())
    data["source_map"] = segments
    with pytest.raises(SchemaError):
        article_from_dict(data)
