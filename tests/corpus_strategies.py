"""Hypothesis strategies for small corpora and the queries asked of them.

Names, phrases and dates come from small pools on purpose: articles then
share people (in several spellings), outlets and statements, so merges,
alias look-ups and statement grouping all have something to do.
"""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

from newsmodel import (
    Actor,
    Article,
    ArticleDate,
    Block,
    DateValue,
    Mention,
    Quote,
    QuoteQuery,
    Source,
)

PEOPLE = [
    "Vladimir Putin",
    "Putin",
    "Volodymyr Zelensky",
    "Volodymyr Zelenskyy",
    "V. Zelensky",
    "Zelensky",
    "Donald Trump",
    "Trump",
    "Dmitry Peskov",
    "Dmitri Peskov",
    "Anna Peskova",
    "José Álvarez",
    "Jose Alvarez",
]
OTHERS = [
    ("the Kremlin", "organization"),
    ("NATO", "organization"),
    ("officials", "group"),
    ("a senior official", "group"),
    ("Kyiv", "place"),
]
OUTLETS = ["CNN", "BBC News", "Reuters"]
ROLES = ["President", "spokesman", "Russian President", ""]
PHRASES = [
    "no deal",
    "We agree to ceasefire proposals, but they must lead to peace",
    "we agree to ceasefire proposals but they must lead to peace!",
    "We agree to ceasefire proposals, but they should lead to peace",
    "a very good chance",
    "Très bien, très bien",
    "root causes of the conflict",
    "Root causes of the conflicts",
    "It was a productive meeting",
]
SITES = [None, "BBC News", "CNN", "Le Monde"]
HOSTS = [None, "https://www.bbc.co.uk/news/", "https://edition.cnn.com/", "https://lemonde.fr/"]

DATES = [
    DateValue.of(2025, 3, 13),
    DateValue.of(2025, 3, 14),
    DateValue.of(2025, 3),
    DateValue.of(2025),
    DateValue.of(2024, 12, 31),
    DateValue.week(2025, 11),
    DateValue.from_date(dt.datetime(2025, 3, 14, 23, 30, tzinfo=dt.UTC)),
]
BOUNDS = [
    None,
    "2025-03-13",
    "2025-03-14",
    "2025-03-15",
    "2025-01-01",
    "2024-12-31",
    dt.date(2025, 3, 10),
    "2025-03",
]


# Strategies are built once, not inside every draw: building them costs more
# than drawing from them, and the thorough profile draws a million articles.
_CAST = st.lists(
    st.one_of(
        st.tuples(st.sampled_from(PEOPLE), st.just("person")),
        st.sampled_from(OTHERS),
        st.tuples(st.sampled_from(OUTLETS), st.just("outlet")),
    ),
    max_size=5,
)
_QUOTE_COUNT = st.integers(0, 5)
_PHRASE = st.sampled_from(PHRASES)
#: An optional position in a list of each length the cast can have.
_POSITION = {n: st.none() | st.integers(0, n - 1) for n in range(1, 6)}
_CUE = st.sampled_from([None, "said", "told"])
_DATE = st.none() | st.sampled_from(DATES)
_ROLE = st.sampled_from(ROLES)
_MENTION_COUNT = st.integers(1, 3)
_HOST = st.sampled_from(HOSTS)
_SITE = st.sampled_from(SITES)


@st.composite
def articles(draw: st.DrawFn, number: int = 0) -> Article:
    """One small, valid article with actors, quotes and dates from the pools."""
    cast = draw(_CAST)
    parts: list[str] = ["Lead. "]
    quotes: list[Quote] = []
    n_quotes = draw(_QUOTE_COUNT)
    for i in range(n_quotes):
        phrase = draw(_PHRASE)
        start = sum(map(len, parts)) + 1
        parts.append(f"“{phrase}” someone said. ")
        speaker = draw(_POSITION[len(cast)]) if cast else None
        outlets = [k for k, (_n, kind) in enumerate(cast) if kind == "outlet"]
        at = draw(_POSITION[len(outlets)]) if outlets else None
        reporter = None if at is None else outlets[at]
        quotes.append(
            Quote(
                id=f"q{i + 1}",
                text=phrase,
                start=start,
                end=start + len(phrase),
                speaker=None if speaker is None else f"a{speaker + 1}",
                cue=draw(_CUE),
                said_on=draw(_DATE),
                reported_by=None if reporter is None else f"a{reporter + 1}",
                partial=draw(st.booleans()),
            )
        )
    text = "".join(parts)
    actors = []
    for k, (name, kind) in enumerate(cast):
        surname = name.split()[-1]
        aliases = [surname] if kind == "person" and " " in name and draw(st.booleans()) else []
        role = draw(_ROLE)
        mentions = [Mention(start=0, end=4)] * draw(_MENTION_COUNT)
        actors.append(
            Actor(
                id=f"a{k + 1}",
                name=name,
                kind=kind,
                aliases=aliases,
                roles=[role] if role else [],
                mentions=mentions,
            )
        )
    people = [a for a in actors if a.kind == "person"]
    if len(people) >= 2 and draw(st.booleans()):
        # A joint statement: a group of two of the people, speaking some quotes.
        pair = people[:2]
        group = Actor(
            id=f"a{len(actors) + 1}",
            name=" and ".join(a.name for a in pair),
            kind="group",
            mentions=[Mention(start=0, end=4)],
            consists_of=[a.id for a in pair],
        )
        actors.append(group)
        quotes = [attrs.evolve(q, speaker=group.id) if draw(st.booleans()) else q for q in quotes]
    published = draw(_DATE)
    host = draw(_HOST)
    return Article(
        source=Source(
            path=f"dir{number % 2}/a{number}.txt",
            url=None if host is None else f"{host}story-{number}",
        ),
        format="text",
        text=text,
        title=draw(st.none() | st.just(f"Story {number}")),
        published=None if published is None else ArticleDate(value=published, origin="metadata"),
        site_name=draw(_SITE),
        blocks=[Block(kind="paragraph", start=0, end=len(text))],
        actors=actors,
        quotes=quotes,
    )


@st.composite
def corpora(draw: st.DrawFn, max_size: int = 6) -> list[Article]:
    """Articles with distinct paths, in corpus order."""
    n = draw(st.integers(0, max_size))
    return [draw(articles(number=i)) for i in range(n)]


ACTOR_NAMES = [
    *PEOPLE,
    *(n for n, _k in OTHERS),
    *OUTLETS,
    "PUTIN",
    "putin",
    "Zelenskiy",
    "Peskov",
    "Alvarez",
    "Vladimir Putine",
    "Nobody Here",
]
OUTLET_NAMES = ["cnn", "BBC News", "bbc.co.uk", "edition.cnn.com", "le monde", "Reuters", "nope"]
SOURCE_PREFIXES = ["dir0/", "dir1/a1", "https://www.bbc", "https://lemonde.fr/", "nope"]
TEXTS = ["deal", "AGREE", "tres", "très bien", "no", "root causes of the conflict", "xyz", "! "]


_POOLS: dict[str, st.SearchStrategy[object]] = {
    "actor": st.sampled_from(ACTOR_NAMES),
    "since": st.sampled_from(BOUNDS[1:]),
    "until": st.sampled_from(BOUNDS[1:]),
    "outlet": st.sampled_from(OUTLET_NAMES),
    "source": st.sampled_from(SOURCE_PREFIXES),
    "text": st.sampled_from(TEXTS),
}
_FILTERS = st.lists(st.sampled_from(sorted(_POOLS)), max_size=3, unique=True)


@st.composite
def queries(draw: st.DrawFn) -> QuoteQuery:
    """Queries over the pools with up to three filters, so that many match something."""
    chosen = draw(_FILTERS)
    return QuoteQuery().where(**{name: draw(_POOLS[name]) for name in chosen})
