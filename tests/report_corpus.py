"""A small corpus of invented articles for the report's tests (with and without a browser)."""

from __future__ import annotations

from typing import Any

from newsmodel import (
    Actor,
    Article,
    ArticleDate,
    Attribution,
    Block,
    Corpus,
    DateMention,
    DateValue,
    Event,
    Mention,
    Quote,
    Source,
    Span,
)

ONE = (
    "Mayor Ilse Varga opened the bridge on Monday.\n\n"
    "“It joins two halves of the town,” Varga said. "
    "The harbour board disagreed. “Too late,” it said in a statement."
)
TWO = "Ilse Varga spoke again on 4 May. “We will build a second one,” she told reporters."


def span_of(text: str, words: str, after: int = 0) -> Span:
    start = text.index(words, after)
    return Span(start=start, end=start + len(words))


def _quote(text: str, qid: str, words: str, **kw: Any) -> Quote:
    s = span_of(text, words)
    return Quote(id=qid, text=words, start=s.start, end=s.end, **kw)


def article_one() -> Article:
    t = ONE
    varga = span_of(t, "Varga", span_of(t, "town").end)
    said = span_of(t, "said")
    board = span_of(t, "The harbour board")
    paragraph_two = t.index("“It")
    return Article(
        source=Source(path="news/bridge.txt", url="https://www.example-gazette.test/bridge"),
        format="text",
        text=t,
        title="Bridge opens",
        published=ArticleDate(value=DateValue.of(2024, 4, 29), origin="metadata"),
        blocks=[
            Block(kind="heading", start=0, end=t.index("\n")),
            Block(kind="paragraph", start=paragraph_two, end=len(t)),
        ],
        actors=[
            Actor(
                id="a1",
                name="Ilse Varga",
                kind="person",
                aliases=["Varga"],
                roles=["Mayor"],
                mentions=[Mention(start=6, end=16), Mention(start=varga.start, end=varga.end)],
            ),
            Actor(
                id="a2",
                name="The harbour board",
                kind="organization",
                mentions=[Mention(start=board.start, end=board.end)],
            ),
        ],
        quotes=[
            _quote(
                t,
                "q1",
                "It joins two halves of the town,",
                speaker="a1",
                speaker_mention=varga,
                cue="said",
                cue_span=said,
                attribution=Attribution(rule="cue-after"),
            ),
            _quote(
                t,
                "q2",
                "Too late,",
                speaker="a2",
                speaker_mention=span_of(t, "it", t.index("late")),
                cue="said",
                attribution=Attribution(rule="pronoun", antecedent=board),
            ),
        ],
        events=[
            Event(
                id="e1",
                kind="opening",
                category="OTHER",
                start=t.index("opened"),
                end=t.index("opened") + 6,
                trigger="opened",
                participants=["a1"],
            )
        ],
        dates=[
            DateMention(
                text="Monday",
                start=t.index("Monday"),
                end=t.index("Monday") + 6,
                value=DateValue.of(2024, 4, 29),
                anchor="publication",
            )
        ],
    )


def article_two() -> Article:
    t = TWO
    may = span_of(t, "4 May")
    return Article(
        source=Source(path="news/second.txt"),
        format="text",
        text=t,
        title="A second bridge",
        site_name="Town Courier",
        published=ArticleDate(value=DateValue.of(2024, 5, 5), origin="metadata"),
        blocks=[Block(kind="paragraph", start=0, end=len(t))],
        actors=[
            Actor(
                id="a1",
                name="Ilse Varga",
                kind="person",
                mentions=[
                    Mention(start=0, end=10),
                    Mention(start=t.index("she"), end=t.index("she") + 3, kind="pronoun"),
                ],
            )
        ],
        quotes=[
            _quote(
                t,
                "q1",
                "We will build a second one,",
                speaker="a1",
                speaker_mention=span_of(t, "she"),
                cue="told",
                said_on=DateValue.of(2024, 5, 4),
                said_on_span=may,
                attribution=Attribution(rule="pronoun", antecedent=Span(start=0, end=10)),
            )
        ],
        dates=[
            DateMention(text="4 May", start=may.start, end=may.end, value=DateValue.of(2024, 5, 4))
        ],
    )


THREE = (
    "Engineer Tomas Reyes said the design was “safe and simple”. "
    "“Traffic will move faster,” Reyes said on Friday."
)


def article_three() -> Article:
    t = THREE
    reyes = span_of(t, "Reyes", t.index("faster"))
    friday = span_of(t, "Friday")
    return Article(
        source=Source(path="news/engineer.txt", url="https://courier.example.test/engineer"),
        format="html",
        text=t,
        title="The engineer's view",
        site_name="Town Courier",
        published=ArticleDate(value=DateValue.of(2024, 6, 10), origin="metadata"),
        blocks=[Block(kind="paragraph", start=0, end=len(t))],
        actors=[
            Actor(
                id="a1",
                name="Tomas Reyes",
                kind="person",
                roles=["Engineer"],
                mentions=[Mention(start=9, end=20), Mention(start=reyes.start, end=reyes.end)],
            )
        ],
        quotes=[
            _quote(
                t,
                "q1",
                "safe and simple",
                speaker="a1",
                speaker_mention=Span(start=9, end=20),
                cue="said",
                partial=True,
                attribution=Attribution(rule="cue-before"),
            ),
            _quote(
                t,
                "q2",
                "Traffic will move faster,",
                speaker="a1",
                speaker_mention=reyes,
                cue="said",
                said_on=DateValue.of(2024, 6, 7),
                said_on_span=friday,
                attribution=Attribution(rule="cue-after"),
            ),
        ],
        dates=[
            DateMention(
                text="Friday", start=friday.start, end=friday.end, value=DateValue.of(2024, 6, 7)
            )
        ],
    )


def report_corpus(*, engineer: bool = False) -> Corpus:
    """The invented articles as a corpus (the third, the engineer's, on request)."""
    chosen = [article_one(), article_two()]
    if engineer:
        chosen.append(article_three())
    return Corpus(chosen)
