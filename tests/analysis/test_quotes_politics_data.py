"""The invented political-news quote sets (``tests/data/quotes_politics*.jsonl``) are well formed.

The sets are gold data for ``benchmarks/bench_quotes.py``: ``quotes_politics.jsonl`` gives
the rows ``politics-tune`` and ``politics-check``, ``quotes_politics2.jsonl`` (a second
author's articles, all held out) the row ``politics2``, ``quotes_politics3.jsonl`` (a third
author's articles, all for tuning) the row ``politics3-tune``, and ``quotes_politics4.jsonl`` (a fourth author's articles, the odd ids for
tuning and the even ids held out) the rows ``politics4-tune`` and ``politics4-check``, and
``quotes_politics5.jsonl`` (a fifth author's US national-politics articles, split the same way)
the rows ``politics5-tune`` and ``politics5-check``, and ``quotes_politics6.jsonl`` (a sixth
author's US national-politics articles, split the same way) the rows ``politics6-tune`` and
``politics6-check``, and ``quotes_politics7.jsonl`` (a seventh author's US and world political
news, split the same way) the rows ``politics7-tune`` and ``politics7-check``, and
``quotes_politics8.jsonl`` (an eighth author's US and world political news, split the same way)
the rows ``politics8-tune`` and ``politics8-check``, and ``quotes_politics9.jsonl`` (a ninth
author's US and world political news, split the same way) the rows ``politics9-tune`` and
``politics9-check``, and ``quotes_politics10.jsonl`` (a tenth author's US and world political
news, split the same way) the rows ``politics10-tune`` and ``politics10-check``. All are annotated by the rules of the evaluation kit's gold README: every
offset is a Python ``str`` index into the article's ``text``, quotes sit between double
quotation marks (single ones in the British-style articles of the seventh to tenth sets) (or run to the end of their paragraph when a quote goes on in the next
one), speaker mentions never lie inside a quote. Only the data is checked here, never
newsmodel's scores.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parent.parent / "data" / "quotes_politics.jsonl"
#: The second, fully held-out set: its articles are never tuned on, only scored.
DATA2 = DATA.with_name("quotes_politics2.jsonl")
#: The third set, by yet another author: a tuning set whose errors may be read.
DATA3 = DATA.with_name("quotes_politics3.jsonl")
#: The fourth set, by a fourth author: odd ids for tuning, even ids held out as a check.
DATA4 = DATA.with_name("quotes_politics4.jsonl")
#: The fifth set, by a fifth author (US national politics): odd ids tune, even ids held out.
DATA5 = DATA.with_name("quotes_politics5.jsonl")
#: The sixth set, by a sixth author (US national politics): odd ids tune, even ids held out.
DATA6 = DATA.with_name("quotes_politics6.jsonl")
#: The seventh set, by a seventh author (US and world politics): odd ids tune, even ids held out.
DATA7 = DATA.with_name("quotes_politics7.jsonl")
#: The eighth set, by an eighth author (US and world politics): odd ids tune, even ids held out.
DATA8 = DATA.with_name("quotes_politics8.jsonl")
#: The ninth set, by a ninth author (US and world politics): odd ids tune, even ids held out.
DATA9 = DATA.with_name("quotes_politics9.jsonl")
#: The tenth set, by a tenth author (US and world politics): odd ids tune, even ids held out.
DATA10 = DATA.with_name("quotes_politics10.jsonl")

_KEYS = {"id", "split", "published", "text", "persons", "quotes"}
_QUOTE_KEYS = {
    "text",
    "start",
    "end",
    "speaker",
    "speaker_kind",
    "speaker_mention",
    "cue",
    "partial",
    "continues",
}
_KINDS = {"person", "organization", "group", "unknown"}
_OPENING = '“"«'
_CLOSING = '”"»'
#: British papers quote in single marks; the seventh and eighth sets have such articles.
_SINGLE_OPENING = _OPENING + "‘"
_SINGLE_CLOSING = _CLOSING + "’"


_HALVES = frozenset({"tune", "check"})
_HELDOUT = frozenset({"heldout"})
_TUNE3 = frozenset({"tune3"})
_HALVES4 = frozenset({"tune4", "check4"})
_HALVES5 = frozenset({"tune5", "check5"})
_HALVES6 = frozenset({"tune6", "check6"})
_HALVES7 = frozenset({"tune7", "check7"})
_HALVES8 = frozenset({"tune8", "check8"})
_HALVES9 = frozenset({"tune9", "check9"})
_HALVES10 = frozenset({"tune10", "check10"})


def _load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _occurs(word: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text) is not None


def _unclosed(text: str, end: int) -> bool:
    """True when a quote ending at ``end`` has no closing mark but its paragraph ends."""
    rest = text[end:]
    return rest == "" or rest.startswith("\n")


def validate(
    article: dict[str, Any],
    splits: frozenset[str] = _HALVES,
    opening: str = _OPENING,
    closing: str = _CLOSING,
) -> list[str]:
    """Every problem of one annotated article (an empty list when it is well formed).

    ``splits`` are the split names its set allows; ``opening`` and ``closing`` the
    quotation marks that may bound a quote.
    """
    errors: list[str] = []
    if set(article) != _KEYS:
        return [f"keys {sorted(article)} != {sorted(_KEYS)}"]
    text = article["text"]
    if not isinstance(text, str) or not text.strip():
        return ["empty text"]
    if article["split"] not in splits:
        errors.append(f"split {article['split']!r}")
    try:
        dt.date.fromisoformat(article["published"])
    except (TypeError, ValueError):
        errors.append(f"published {article['published']!r} is not an ISO date")
    names = set()
    for person in article["persons"]:
        if set(person) != {"name", "aliases", "role"}:
            errors.append(f"person keys {sorted(person)}")
            continue
        names.add(person["name"])
        if not _occurs(person["name"], text):
            errors.append(f"person {person['name']!r} not in the text")
        for alias in person["aliases"]:
            if not isinstance(alias, str) or not _occurs(alias, text):
                errors.append(f"alias {alias!r} of {person['name']!r} not in the text")
        if person["role"] is not None and not isinstance(person["role"], str):
            errors.append(f"role of {person['name']!r}")
    if len(names) != len(article["persons"]):
        errors.append("a person is listed twice")
    spans = [(q.get("start", -1), q.get("end", -1)) for q in article["quotes"]]
    previous: dict[str, Any] | None = None
    for q in article["quotes"]:
        where = f"quote at {q.get('start')}"
        if set(q) != _QUOTE_KEYS:
            errors.append(f"{where}: keys {sorted(q)}")
            previous = None
            continue
        start, end = q["start"], q["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            errors.append(f"{where}: bad offsets")
            previous = None
            continue
        if text[start:end] != q["text"]:
            errors.append(f"{where}: text[{start}:{end}] != {q['text'][:40]!r}")
        if q["text"] != q["text"].strip() or "\n" in q["text"]:
            errors.append(f"{where}: untrimmed or spans paragraphs")
        before = text[:start].rstrip(" ")
        if not before or before[-1] not in opening:
            errors.append(f"{where}: no opening quotation mark")
        after = text[end:].lstrip(" ")
        if not (_unclosed(text, end) or (after and after[0] in closing)):
            errors.append(f"{where}: no closing quotation mark")
        if previous is not None and start < previous["end"]:
            errors.append(f"{where}: not sorted or overlapping")
        kind, speaker = q["speaker_kind"], q["speaker"]
        if kind not in _KINDS:
            errors.append(f"{where}: speaker_kind {kind!r}")
        if (speaker is None) != (kind == "unknown"):
            errors.append(f"{where}: speaker {speaker!r} with kind {kind!r}")
        if speaker in names and kind != "person":
            errors.append(f"{where}: named person {speaker!r} typed {kind!r}")
        mention = q["speaker_mention"]
        if mention is not None:
            ms, me = mention["start"], mention["end"]
            if text[ms:me] != mention["text"]:
                errors.append(f"{where}: mention text[{ms}:{me}] != {mention['text']!r}")
            if any(s <= ms < e or s < me <= e for s, e in spans):
                errors.append(f"{where}: speaker mention inside a quote")
        if q["cue"] is not None and not (isinstance(q["cue"], str) and _occurs(q["cue"], text)):
            errors.append(f"{where}: cue {q['cue']!r} not in the text")
        if not (isinstance(q["partial"], bool) and isinstance(q["continues"], bool)):
            errors.append(f"{where}: partial/continues not booleans")
        if q["continues"] and (
            previous is None
            or not _unclosed(text, previous["end"])
            or previous["speaker"] != speaker
            or "\n" not in text[previous["end"] : start]
        ):
            errors.append(f"{where}: continues no unclosed part of the same speaker")
        previous = q
    return errors


ARTICLES = _load(DATA)
HELDOUT = _load(DATA2)
TUNE3 = _load(DATA3)
SET4 = _load(DATA4)
SET5 = _load(DATA5)
SET6 = _load(DATA6)
SET7 = _load(DATA7)
SET8 = _load(DATA8)
SET9 = _load(DATA9)
SET10 = _load(DATA10)


@pytest.mark.parametrize("article", ARTICLES, ids=[a.get("id", "?") for a in ARTICLES])
def test_article_is_well_formed(article: dict[str, Any]) -> None:
    assert validate(article) == []


@pytest.mark.parametrize("article", HELDOUT, ids=[a.get("id", "?") for a in HELDOUT])
def test_heldout_article_is_well_formed(article: dict[str, Any]) -> None:
    assert validate(article, _HELDOUT) == []


def test_the_set_is_large_and_split_in_halves() -> None:
    ids = [a["id"] for a in ARTICLES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert len(ARTICLES) >= 40
    # At least 25 quotes per 5 articles on average.
    assert sum(len(a["quotes"]) for a in ARTICLES) >= 5 * len(ARTICLES)
    splits = [a["split"] for a in ARTICLES]
    assert splits == ["tune" if i % 2 == 0 else "check" for i in range(len(splits))]
    kinds = Counter(q["speaker_kind"] for a in ARTICLES for q in a["quotes"])
    # The set exercises non-person sources too, not only named people.
    assert kinds["organization"] and kinds["group"]


def test_the_heldout_set_is_large_and_apart() -> None:
    ids = [a["id"] for a in HELDOUT]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert not set(ids) & {a["id"] for a in ARTICLES}, "an id shared with the first set"
    assert len(HELDOUT) >= 30
    # Whole news articles, not snippets: 400 to 900 words each.
    assert all(400 <= len(a["text"].split()) <= 900 for a in HELDOUT)
    assert sum(len(a["quotes"]) for a in HELDOUT) >= 10 * len(HELDOUT)
    quotes = [q for a in HELDOUT for q in a["quotes"]]
    kinds = Counter(q["speaker_kind"] for q in quotes)
    assert kinds["organization"] and kinds["group"]
    # The hard cases are there: partial quotes, continued paragraphs, pronoun speakers.
    assert any(q["partial"] for q in quotes) and any(q["continues"] for q in quotes)
    pronouns = {"he", "she", "it", "they"}
    assert any(
        q["speaker_mention"] and q["speaker_mention"]["text"].lower() in pronouns for q in quotes
    )


def _assert_hard_cases(quotes: list[dict[str, Any]]) -> None:
    """The hard cases a tuning set must hold: organisations and groups speaking, partial
    and continued quotes, cue-less follow-ups, pronoun speakers, unnamed speakers."""
    kinds = Counter(q["speaker_kind"] for q in quotes)
    assert kinds["organization"] and kinds["group"]
    assert any(q["partial"] for q in quotes) and any(q["continues"] for q in quotes)
    assert any(q["cue"] is None for q in quotes)
    pronouns = {"he", "she", "it", "they"}
    assert any(
        q["speaker_mention"] and q["speaker_mention"]["text"].lower() in pronouns for q in quotes
    )
    assert any(q["speaker"] and q["speaker"][0].islower() for q in quotes)


@pytest.mark.parametrize("article", TUNE3, ids=[a.get("id", "?") for a in TUNE3])
def test_third_set_article_is_well_formed(article: dict[str, Any]) -> None:
    assert validate(article, _TUNE3) == []


def test_the_third_set_is_large_apart_and_hard() -> None:
    ids = [a["id"] for a in TUNE3]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert not set(ids) & {a["id"] for a in ARTICLES + HELDOUT}, "an id shared with another set"
    assert len(TUNE3) >= 25
    assert all(400 <= len(a["text"].split()) <= 900 for a in TUNE3)
    assert sum(len(a["quotes"]) for a in TUNE3) >= 10 * len(TUNE3)
    _assert_hard_cases([q for a in TUNE3 for q in a["quotes"]])


@pytest.mark.parametrize("article", SET4, ids=[a.get("id", "?") for a in SET4])
def test_fourth_set_article_is_well_formed(article: dict[str, Any]) -> None:
    assert validate(article, _HALVES4) == []


def _assert_alike_halves(
    articles: list[dict[str, Any]],
    number: int,
    others: list[dict[str, Any]],
    words: tuple[int, int],
    least: int = 24,
) -> None:
    """A set split by id parity into ``tune<number>`` and ``check<number>`` halves: ids
    ``pol<number>-001`` onwards shared with no other set, at least ``least`` whole articles of
    ``words`` words, at least ten quotes per article and a hundred per half."""
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids)), "duplicate ids"
    assert not set(ids) & {a["id"] for a in others}, "an id shared with another set"
    assert ids == [f"pol{number}-{i:03d}" for i in range(1, len(ids) + 1)]
    assert len(articles) >= least
    # Whole news articles, not snippets.
    assert all(words[0] <= len(a["text"].split()) <= words[1] for a in articles)
    assert sum(len(a["quotes"]) for a in articles) >= 10 * len(articles)
    # Odd ids tune, even ids check: the halves interleave, so they are alike and equal in size.
    splits = [a["split"] for a in articles]
    assert splits == [
        f"tune{number}" if i % 2 == 0 else f"check{number}" for i in range(len(splits))
    ]
    # Each half on its own has enough quotes to be scored.
    for half in (f"tune{number}", f"check{number}"):
        assert sum(len(a["quotes"]) for a in articles if a["split"] == half) >= 100


def test_the_fourth_set_is_large_apart_hard_and_split_in_alike_halves() -> None:
    _assert_alike_halves(SET4, 4, ARTICLES + HELDOUT + TUNE3, (350, 700))
    _assert_hard_cases([q for a in SET4 for q in a["quotes"]])


@pytest.mark.parametrize("article", SET5, ids=[a.get("id", "?") for a in SET5])
def test_fifth_set_article_is_well_formed(article: dict[str, Any]) -> None:
    assert validate(article, _HALVES5) == []


def test_the_fifth_set_is_large_apart_hard_and_split_in_alike_halves() -> None:
    _assert_alike_halves(SET5, 5, ARTICLES + HELDOUT + TUNE3 + SET4, (400, 800))
    # Each half holds every hard case, so the held-out half checks them too.
    for half in _HALVES5:
        _assert_hard_cases([q for a in SET5 if a["split"] == half for q in a["quotes"]])
    quotes = [q for a in SET5 for q in a["quotes"]]
    # US political reporting: people sharing a surname in one article, and joint statements.
    assert any(len({p["name"].split()[-1] for p in a["persons"]}) < len(a["persons"]) for a in SET5)
    assert any(q["speaker"] and " and " in q["speaker"] for q in quotes)


@pytest.mark.parametrize("article", SET6, ids=[a.get("id", "?") for a in SET6])
def test_sixth_set_article_is_well_formed(article: dict[str, Any]) -> None:
    assert validate(article, _HALVES6) == []


def test_the_sixth_set_is_large_apart_hard_and_split_in_alike_halves() -> None:
    _assert_alike_halves(SET6, 6, ARTICLES + HELDOUT + TUNE3 + SET4 + SET5, (400, 800), 20)
    # Each half holds every hard case, so the held-out half checks them too.
    for half in _HALVES6:
        _assert_hard_cases([q for a in SET6 if a["split"] == half for q in a["quotes"]])
    quotes = [q for a in SET6 for q in a["quotes"]]
    # US political reporting: people sharing a surname in one article, and joint statements.
    assert any(len({p["name"].split()[-1] for p in a["persons"]}) < len(a["persons"]) for a in SET6)
    assert any(q["speaker"] and " and " in q["speaker"] for q in quotes)


@pytest.mark.parametrize("article", SET7, ids=[a.get("id", "?") for a in SET7])
def test_seventh_set_article_is_well_formed(article: dict[str, Any]) -> None:
    assert validate(article, _HALVES7, _SINGLE_OPENING, _SINGLE_CLOSING) == []


def test_the_seventh_set_is_large_apart_hard_and_split_in_alike_halves() -> None:
    others = ARTICLES + HELDOUT + TUNE3 + SET4 + SET5 + SET6
    _assert_alike_halves(SET7, 7, others, (400, 800), 20)
    # Each half holds every hard case, so the held-out half checks them too.
    for half in _HALVES7:
        _assert_hard_cases([q for a in SET7 if a["split"] == half for q in a["quotes"]])
    quotes = [q for a in SET7 for q in a["quotes"]]
    assert any(len({p["name"].split()[-1] for p in a["persons"]}) < len(a["persons"]) for a in SET7)
    assert any(q["speaker"] and " and " in q["speaker"] for q in quotes)
    # British single quotation marks bound the quotes of at least two articles.
    single = [a for a in SET7 if any(a["text"][q["start"] - 1] == "‘" for q in a["quotes"])]
    assert len(single) >= 2
    # Only those articles need the single marks: every other one passes the double-mark check.
    for article in SET7:
        if article not in single:
            assert validate(article, _HALVES7) == []


@pytest.mark.parametrize("article", SET8, ids=[a.get("id", "?") for a in SET8])
def test_eighth_set_article_is_well_formed(article: dict[str, Any]) -> None:
    assert validate(article, _HALVES8, _SINGLE_OPENING, _SINGLE_CLOSING) == []


def test_the_eighth_set_is_large_apart_hard_and_split_in_alike_halves() -> None:
    others = ARTICLES + HELDOUT + TUNE3 + SET4 + SET5 + SET6 + SET7
    _assert_alike_halves(SET8, 8, others, (400, 800), 20)
    # Each half holds every hard case, so the held-out half checks them too.
    for half in _HALVES8:
        _assert_hard_cases([q for a in SET8 if a["split"] == half for q in a["quotes"]])
    quotes = [q for a in SET8 for q in a["quotes"]]
    assert any(len({p["name"].split()[-1] for p in a["persons"]}) < len(a["persons"]) for a in SET8)
    assert any(q["speaker"] and " and " in q["speaker"] for q in quotes)
    # One British article quotes in single marks; every other one passes the double-mark check.
    single = [a for a in SET8 if any(a["text"][q["start"] - 1] == "‘" for q in a["quotes"])]
    assert len(single) == 1
    for article in SET8:
        if article not in single:
            assert validate(article, _HALVES8) == []


@pytest.mark.parametrize("article", SET9, ids=[a.get("id", "?") for a in SET9])
def test_ninth_set_article_is_well_formed(article: dict[str, Any]) -> None:
    assert validate(article, _HALVES9, _SINGLE_OPENING, _SINGLE_CLOSING) == []


def test_the_ninth_set_is_large_apart_hard_and_split_in_alike_halves() -> None:
    others = ARTICLES + HELDOUT + TUNE3 + SET4 + SET5 + SET6 + SET7 + SET8
    _assert_alike_halves(SET9, 9, others, (400, 800), 20)
    # Each half holds every hard case, so the held-out half checks them too.
    for half in _HALVES9:
        _assert_hard_cases([q for a in SET9 if a["split"] == half for q in a["quotes"]])
    quotes = [q for a in SET9 for q in a["quotes"]]
    assert any(len({p["name"].split()[-1] for p in a["persons"]}) < len(a["persons"]) for a in SET9)
    assert any(q["speaker"] and " and " in q["speaker"] for q in quotes)
    # One British article quotes in single marks; every other one passes the double-mark check.
    single = [a for a in SET9 if any(a["text"][q["start"] - 1] == "‘" for q in a["quotes"])]
    assert len(single) == 1
    for article in SET9:
        if article not in single:
            assert validate(article, _HALVES9) == []


@pytest.mark.parametrize("article", SET10, ids=[a.get("id", "?") for a in SET10])
def test_tenth_set_article_is_well_formed(article: dict[str, Any]) -> None:
    assert validate(article, _HALVES10, _SINGLE_OPENING, _SINGLE_CLOSING) == []


def test_the_tenth_set_is_large_apart_hard_and_split_in_alike_halves() -> None:
    others = ARTICLES + HELDOUT + TUNE3 + SET4 + SET5 + SET6 + SET7 + SET8 + SET9
    _assert_alike_halves(SET10, 10, others, (400, 800), 20)
    # Each half holds every hard case, so the held-out half checks them too.
    for half in _HALVES10:
        _assert_hard_cases([q for a in SET10 if a["split"] == half for q in a["quotes"]])
    quotes = [q for a in SET10 for q in a["quotes"]]
    assert any(
        len({p["name"].split()[-1] for p in a["persons"]}) < len(a["persons"]) for a in SET10
    )
    assert any(q["speaker"] and " and " in q["speaker"] for q in quotes)
    # One British-style article quotes in single marks; every other one passes the double-mark check.
    single = [a for a in SET10 if any(a["text"][q["start"] - 1] == "‘" for q in a["quotes"])]
    assert len(single) == 1
    for article in SET10:
        if article not in single:
            assert validate(article, _HALVES10) == []


def test_the_validator_checks_single_marks_only_when_asked() -> None:
    article = next(a for a in SET7 if any(a["text"][q["start"] - 1] == "‘" for q in a["quotes"]))
    assert validate(article, _HALVES7, _SINGLE_OPENING, _SINGLE_CLOSING) == []
    assert any("quotation mark" in e for e in validate(article, _HALVES7))


def test_the_validator_checks_the_split() -> None:
    article = copy.deepcopy(HELDOUT[0])
    assert validate(article, _HELDOUT) == []
    assert any("split" in e for e in validate(article))
    article["split"] = "tune"
    assert any("split" in e for e in validate(article, _HELDOUT))
    assert any("split" in e for e in validate(article, _TUNE3))
    article["split"] = "tune3"
    assert validate(article, _TUNE3) == []
    assert any("split" in e for e in validate(article, _HALVES4))
    article["split"] = "check4"
    assert validate(article, _HALVES4) == []
    assert any("split" in e for e in validate(article))
    assert any("split" in e for e in validate(article, _HALVES5))
    article["split"] = "tune5"
    assert validate(article, _HALVES5) == []
    assert any("split" in e for e in validate(article, _HALVES4))
    assert any("split" in e for e in validate(article, _HALVES6))
    article["split"] = "check6"
    assert validate(article, _HALVES6) == []
    assert any("split" in e for e in validate(article, _HALVES5))
    assert any("split" in e for e in validate(article, _HALVES7))
    article["split"] = "tune7"
    assert validate(article, _HALVES7) == []
    assert any("split" in e for e in validate(article, _HALVES6))
    assert any("split" in e for e in validate(article, _HALVES8))
    article["split"] = "check8"
    assert validate(article, _HALVES8) == []
    assert any("split" in e for e in validate(article, _HALVES7))
    assert any("split" in e for e in validate(article, _HALVES9))
    article["split"] = "tune9"
    assert validate(article, _HALVES9) == []
    assert any("split" in e for e in validate(article, _HALVES8))
    assert any("split" in e for e in validate(article, _HALVES10))
    article["split"] = "check10"
    assert validate(article, _HALVES10) == []
    assert any("split" in e for e in validate(article, _HALVES9))


def test_the_validator_catches_broken_annotations() -> None:
    good = ARTICLES[0]
    shifted = copy.deepcopy(good)
    shifted["quotes"][0]["start"] += 1
    assert any("!=" in e for e in validate(shifted))
    inside = copy.deepcopy(good)
    q = inside["quotes"][0]
    inside["quotes"][0]["speaker_mention"] = {
        "text": q["text"][:3],
        "start": q["start"],
        "end": q["start"] + 3,
    }
    assert any("inside a quote" in e for e in validate(inside))
    orphan = copy.deepcopy(good)
    orphan["quotes"][0]["continues"] = True
    assert any("continues" in e for e in validate(orphan))
