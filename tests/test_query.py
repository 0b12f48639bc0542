"""Quote queries on a corpus: each filter, their composition, sorting, and statement grouping."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest

from newsmodel import (
    Actor,
    Article,
    ArticleDate,
    Corpus,
    DateValue,
    Index,
    Mention,
    QueryError,
    Quote,
    QuoteQuery,
    QuoteRecord,
    QuoteRow,
    Source,
    group_statements,
    select_quotes,
)


def story(
    path: str,
    quotes: list[tuple[str, str | None]],
    *,
    published: DateValue | None = None,
    said_on: DateValue | None = None,
    site_name: str | None = None,
    url: str | None = None,
    per: str | None = None,
) -> Article:
    """An article whose quotes are (words, speaker name or None); ``per`` credits an outlet."""
    text, spans = "", []
    for words, _who in quotes:
        text += "“"
        spans.append((len(text), len(text) + len(words)))
        text += words + "” "
    names = sorted({who for _w, who in quotes if who})
    actors = [
        Actor(id=f"a{i}", name=n, kind="person", mentions=[Mention(start=0, end=1)])
        for i, n in enumerate(names, start=1)
    ]
    if per:
        actors.append(Actor(id="o1", name=per, kind="outlet", mentions=[Mention(start=0, end=1)]))
    ids = {a.name: a.id for a in actors}
    return Article(
        source=Source(path=path, url=url),
        format="text",
        text=text,
        published=None if published is None else ArticleDate(value=published, origin="metadata"),
        site_name=site_name,
        actors=actors,
        quotes=[
            Quote(
                id=f"q{i}",
                text=words,
                start=start,
                end=end,
                speaker=ids[who] if who else None,
                said_on=said_on,
                reported_by="o1" if per else None,
            )
            for i, ((words, who), (start, end)) in enumerate(zip(quotes, spans, strict=True))
        ],
    )


MARCH_13, MARCH_14 = DateValue.of(2025, 3, 13), DateValue.of(2025, 3, 14)


@pytest.fixture
def corpus() -> Corpus:
    return Corpus(
        [
            story(
                "bbc/one.txt",
                [("We agree to ceasefire proposals, but", "Vladimir Putin"), ("No.", None)],
                published=MARCH_14,
                site_name="BBC News",
                url="https://www.bbc.co.uk/news/1",
            ),
            story(
                "cnn/two.txt",
                [("We agree to ceasefire proposals but", "Putin"), ("Très bien", "Donald Trump")],
                published=MARCH_14,
                said_on=MARCH_13,
                per="Reuters",
            ),
            story("misc/three.txt", [("A good chance", "Donald Trump")]),
        ]
    )


def texts(records: Sequence[QuoteRecord]) -> list[str]:
    return [r.quote.text for r in records]


def test_actor_matches_any_alias_and_dates_fall_back_to_publication(corpus: Corpus) -> None:
    both = select_quotes(corpus, QuoteQuery(actor="putin"))
    assert texts(both) == [
        "We agree to ceasefire proposals but",  # said on the 13th
        "We agree to ceasefire proposals, but",  # published on the 14th
    ]
    assert texts(select_quotes(corpus, QuoteQuery(actor="Putin", until="2025-03-13"))) == [
        "We agree to ceasefire proposals but"
    ]
    assert select_quotes(corpus, QuoteQuery(actor="Nobody")) == []


def test_undated_quotes_come_last_and_drop_out_of_date_ranges(corpus: Corpus) -> None:
    everything = select_quotes(corpus)
    assert texts(everything)[-1] == "A good chance"
    assert "A good chance" not in texts(
        select_quotes(corpus, QuoteQuery(since=dt.date(2000, 1, 1)))
    )


def test_outlet_is_the_site_its_host_or_the_credited_outlet(corpus: Corpus) -> None:
    bbc = ["We agree to ceasefire proposals, but", "No."]
    assert texts(select_quotes(corpus, QuoteQuery(outlet="bbc news"))) == bbc
    assert texts(select_quotes(corpus, QuoteQuery(outlet="BBC.co.uk"))) == bbc
    assert texts(select_quotes(corpus, QuoteQuery(outlet="reuters"))) == [
        "We agree to ceasefire proposals but",
        "Très bien",
    ]
    assert select_quotes(corpus, QuoteQuery(outlet="CNN")) == []


def test_source_is_a_prefix_of_path_or_url(corpus: Corpus) -> None:
    assert texts(select_quotes(corpus, QuoteQuery(source="cnn/"))) == [
        "We agree to ceasefire proposals but",
        "Très bien",
    ]
    assert len(select_quotes(corpus, QuoteQuery(source="https://www.bbc.co.uk/"))) == 2
    assert select_quotes(corpus, QuoteQuery(source="two.txt")) == []


def test_text_ignores_case_and_diacritics(corpus: Corpus) -> None:
    assert texts(select_quotes(corpus, QuoteQuery(text="TRES"))) == ["Très bien"]
    assert len(select_quotes(corpus, QuoteQuery(text="ceasefire proposals"))) == 2


def test_filters_compose(corpus: Corpus) -> None:
    base = QuoteQuery(actor="Putin")
    narrowed = base.where(outlet="Reuters", text="agree")
    assert base.actor == narrowed.actor and base.outlet is None
    assert texts(narrowed.run(corpus)) == ["We agree to ceasefire proposals but"]
    assert narrowed.where(outlet=None).run(corpus) == base.where(text="agree").run(corpus)
    with pytest.raises(TypeError, match="speaker"):
        base.where(speaker="x")


def test_query_runs_the_same_on_an_index(corpus: Corpus) -> None:
    query = QuoteQuery(text="e", since="2025-03-13")
    with Index(":memory:") as index:
        index.add_many(corpus.articles)
        assert query.run(index) == query.run(corpus)


@pytest.mark.parametrize(
    "filters",
    [{"actor": " "}, {"text": ""}, {"outlet": "  "}, {"source": ""}, {"since": "not a date"}],
)
def test_malformed_filters_are_refused_when_made(filters: dict[str, str]) -> None:
    with pytest.raises(QueryError):
        QuoteQuery(**filters)


# -- statements -----------------------------------------------------------------


def test_copies_of_a_statement_are_grouped_with_every_source(corpus: Corpus) -> None:
    rows = [QuoteRow.of(r) for r in select_quotes(corpus)]
    statements = group_statements(rows)
    assert len(statements) == len(rows) - 1
    ceasefire = statements[0]
    assert ceasefire.count == 2
    assert ceasefire.speaker is not None and ceasefire.speaker.name == "Vladimir Putin"
    assert ceasefire.date == MARCH_13
    assert ceasefire.text == "We agree to ceasefire proposals, but"
    assert [s.path for s in ceasefire.sources] == ["cnn/two.txt", "bbc/one.txt"]


def test_near_identical_is_judged_by_similarity() -> None:
    long = "the ceasefire must lead to a lasting peace for everyone in the region"
    variants = [
        story("a.txt", [(long, "Ann Lee")]),
        story("b.txt", [(long.replace("everyone", "every one"), "Ann Lee")]),
        story("c.txt", [("the ceasefire must never happen", "Ann Lee")]),
    ]
    records = select_quotes(Corpus(variants))
    assert [s.count for s in group_statements(records)] == [2, 1]
    assert [s.count for s in group_statements(records, similarity=1.0)] == [1, 1, 1]
    with pytest.raises(ValueError, match="similarity"):
        group_statements(records, similarity=0)


def test_different_speakers_and_unattributed_quotes_stay_apart() -> None:
    arts = [
        story("a.txt", [("No comment.", "Ann Lee"), ("No comment.", None)]),
        story("b.txt", [("no comment", "Bob Smith"), ("No comment", None)]),
        story("c.txt", [("No comment!", "Ann Lee")]),
    ]
    statements = group_statements(select_quotes(Corpus(arts)))
    by_speaker = sorted((s.speaker.name if s.speaker else "-", s.count) for s in statements)
    assert by_speaker == [("-", 1), ("-", 1), ("Ann Lee", 2), ("Bob Smith", 1)]


def test_short_quotes_must_match_exactly() -> None:
    arts = [
        story("a.txt", [("a good deal", "Ann Lee")]),
        story("b.txt", [("a bad deal", "Ann Lee")]),
    ]
    assert len(group_statements(select_quotes(Corpus(arts)))) == 2


@pytest.mark.parametrize(
    ("filters", "field"), [({"text": " "}, "text"), ({"since": "tomorrowish"}, "since")]
)
def test_query_errors_name_the_filter_not_a_command_line_option(
    filters: dict[str, str], field: str
) -> None:
    with pytest.raises(QueryError) as info:
        QuoteQuery(**filters)
    assert info.value.field == field and str(info.value).startswith(f"{field}: ")
    assert "--" not in str(info.value)
