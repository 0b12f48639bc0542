"""The quote engine: detection and attribution, construction by construction.

Every article here is invented.  Each case names the quotes expected and who
says them; a quote not listed must not be found.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from newsmodel import Article, Document, PluginManager

LEAD = "On Friday, March 14, 2025, officials met in Geneva.\n\n"

CASES = [
    # (name, body, [(quote, speaker name or None)])
    ("said after", '"We will win," Putin said.', [("We will win,", "Putin")]),
    (
        "said before name",
        '"We will win," said Vladimir Putin.',
        [("We will win,", "Vladimir Putin")],
    ),
    (
        "pronoun after",
        'Maria Lopez spoke first.\n\n"It is done," she said.',
        [("It is done,", "Maria Lopez")],
    ),
    (
        "subject then verb then colon",
        "Prime Minister Ana Silva said: “The vote is final.”",
        [("The vote is final.", "Ana Silva")],
    ),
    (
        "apposition",
        "“Prices will fall,” Tom Becker, a spokesman for the port, told reporters.",
        [("Prices will fall,", "Tom Becker")],
    ),
    (
        "role before name",
        "“Talks resume Monday,” Kremlin spokesman Dmitry Peskov said.",
        [("Talks resume Monday,", "Dmitry Peskov")],
    ),
    (
        "according to",
        "According to Ana Silva, the plan is “dead on arrival.”",
        [("dead on arrival.", "Ana Silva")],
    ),
    (
        "told outlet",
        "Ana Silva told Reuters the deal was “a turning point.”",
        [("a turning point.", "Ana Silva")],
    ),
    (
        "wrote on platform",
        "Jon Reyes wrote on X: “We are not done.”",
        [("We are not done.", "Jon Reyes")],
    ),
    (
        "label",
        "Jon Reyes: “We are not done yet, not at all.”",
        [("We are not done yet, not at all.", "Jon Reyes")],
    ),
    (
        "participle",
        "The union backed the plan, with organiser Lena Park declaring, “This is our moment.”",
        [("This is our moment.", "Lena Park")],
    ),
    (
        "described as",
        "Governor Ruth Adams described the storm as “the worst in a century.”",
        [("the worst in a century.", "Ruth Adams")],
    ),
    (
        "who relative",
        "Critics were joined by senator Dan Ortiz, who called it “reckless.”",
        [("reckless.", "Dan Ortiz")],
    ),
    (
        "possessive speech noun",
        "Mayor Eva Long spoke on Monday, echoing Ana Silva's warning of a “lost decade.”",
        [("lost decade.", "Ana Silva")],
    ),
    (
        "continuation",
        '"We are ready," Ana Silva said. "The ships can sail tomorrow."',
        [("We are ready,", "Ana Silva"), ("The ships can sail tomorrow.", "Ana Silva")],
    ),
    (
        "multi-paragraph",
        'Ana Silva said: "The first part runs on.\n\n"The second part ends here."',
        [("The first part runs on.", "Ana Silva"), ("The second part ends here.", "Ana Silva")],
    ),
    (
        "unnamed source",
        '"The talks failed," a senior official said.',
        [("The talks failed,", "a senior official")],
    ),
    (
        "group",
        "“Inflation will ease,” economists said on Monday.",
        [("Inflation will ease,", "economists")],
    ),
    (
        "organisation it",
        "The ministry said the decision was final. “We will not appeal,” it said.",
        [("We will not appeal,", "The ministry")],
    ),
    (
        "per source",
        "Jon Reyes met the envoy for a “long” session, per a source.",
        [("long", "a source")],
    ),
    (
        "inverted later",
        "Reyes was known for telling aides “he ran the show,” said a former adviser, Ana Silva.",
        [("he ran the show,", "Ana Silva")],
    ),
    # Marks of other languages are paired; attribution is English-only, so no speaker is claimed.
    (
        "guillemets",
        "« Nous resterons ici jusqu'à la fin », a déclaré Ana Silva.",
        [("Nous resterons ici jusqu'à la fin", None)],
    ),
    (
        "low-high german marks",
        "Kanzler Olaf Weber sagte: „Wir bleiben hier bis zum Ende.“ Dann ging er.",
        [("Wir bleiben hier bis zum Ende.", None)],
    ),
    (
        "nested single quotes",
        "\"He told me, 'never again,' and left,\" Jon Reyes said.",
        [("He told me, 'never again,' and left,", "Jon Reyes")],
    ),
    ("title of a work", "Teachers played the song “We’re Not Gonna Take It” from the steps.", []),
    ("so-called term", "Analysts doubt the so-called “peace dividend” will arrive.", []),
    ("scare quote", "The “reform” changed nothing.", []),
    (
        "stray mark",
        "Jon Reyes said “the talks were fine.\n\nNo one else spoke. The meeting ended at noon.",
        [],
    ),
]


def _quotes(article: Article) -> list[tuple[str, str | None]]:
    out = []
    for q in article.quotes:
        sp = article.speaker(q)
        out.append((q.text, sp.name if sp else None))
    return out


@pytest.mark.parametrize(("name", "body", "expected"), CASES, ids=[c[0] for c in CASES])
def test_construction(name: str, body: str, expected: list[tuple[str, str | None]]) -> None:
    article = newsmodel.parse(LEAD + body, format="text")
    got = _quotes(article)
    for quote, speaker in expected:
        found = [g for g in got if g[0] == quote]
        assert found, f"{quote!r} not found in {got}"
        if speaker is not None:
            assert found[0][1] is not None, f"{quote!r} has no speaker"
            assert speaker.split()[-1] in found[0][1], f"{quote!r}: {found[0][1]} is not {speaker}"
    assert len(got) == len(expected), f"unexpected quotes: {got}"


def test_speaker_mentions_point_at_the_attribution() -> None:
    article = newsmodel.parse(LEAD + 'Maria Lopez spoke.\n\n"It is done," she said.', format="text")
    q = article.quotes[0]
    assert q.speaker_mention is not None
    assert q.speaker_mention.of(article.text) == "she"
    assert q.cue == "said"
    assert q.cue_span is not None
    assert q.cue_span.of(article.text) == "said"
    speaker = article.speaker(q)
    assert speaker is not None
    assert any(m.kind.value == "pronoun" for m in speaker.mentions)


def test_said_on_and_reported_by() -> None:
    article = newsmodel.parse(
        LEAD + "Ana Silva, speaking on Thursday, called the deal “fragile,” per Reuters.",
        format="text",
    )
    q = article.quotes[0]
    assert q.said_on is not None
    assert q.said_on.isoformat() == "2025-03-13"
    reporter = article.actor(q.reported_by)
    assert reporter is not None
    assert reporter.name == "Reuters"


def test_platforms_are_not_reporters() -> None:
    article = newsmodel.parse(LEAD + "Jon Reyes wrote on X: “We are not done.”", format="text")
    assert article.quotes[0].reported_by is None


def test_partial_flag() -> None:
    article = newsmodel.parse(
        LEAD + 'Ana Silva called it "a mess." Later she said, "We will fix it."', format="text"
    )
    partial = {q.text: q.partial for q in article.quotes}
    assert partial == {"a mess.": True, "We will fix it.": False}


def test_unmarked_blockquote_is_a_quote() -> None:
    doc = Document.from_blocks(
        [
            ("paragraph", "Senator Jane Roe wrote on X on Monday:"),
            ("blockquote", "We will not back down."),
        ]
    )

    class Fixed:
        @newsmodel.hookimpl
        def newsmodel_recognize(self, source: newsmodel.RawSource) -> float:
            return 1.0

        @newsmodel.hookimpl
        def newsmodel_read(self, source: newsmodel.RawSource) -> Document:
            return doc

    pm = PluginManager()
    pm.register(Fixed(), name="fixed")
    article = pm.parse("ignored", format="fixed")
    assert _quotes(article) == [("We will not back down.", "Jane Roe")]


@given(st.integers(min_value=1, max_value=400))
def test_a_stray_mark_never_swallows_what_follows(n: int) -> None:
    body = "Jon Reyes said “it was fine.\n\n" + "\n\n".join(
        f"Ana Silva said “this is quote number {i} for the record.”" for i in range(3)
    )
    article = newsmodel.parse(LEAD + body + "\n\n" + "x " * n, format="text")
    texts = [q.text for q in article.quotes]
    assert texts == [f"this is quote number {i} for the record." for i in range(3)]


def test_said_on_from_an_attribution_after_the_quote_anchors_dates_inside_it() -> None:
    article = newsmodel.parse(
        LEAD + '"We spoke yesterday and it went well," Ana Silva said Thursday.', format="text"
    )
    q = article.quotes[0]
    assert q.said_on is not None
    assert q.said_on.isoformat() == "2025-03-13"
    yesterday = next(d for d in article.dates if d.text == "yesterday")
    assert yesterday.anchor == "statement"
    assert yesterday.value is not None
    assert yesterday.value.isoformat() == "2025-03-12"
