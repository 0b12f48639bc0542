"""The owner of words named by a noun: "Trump's recent statements urging …",
"claims by Tom Bell that …", "her warning of …".
"""

from __future__ import annotations

import re

from newsmodel._analysis.clause import VERBISH
from newsmodel._analysis.lexicon import data_section
from newsmodel._analysis.quotes.attribution.document import QuoteDocument
from newsmodel._analysis.quotes.attribution.references import resolve_pronoun
from newsmodel._analysis.quotes.attribution.speaker import Speaker
from newsmodel._analysis.quotes.attribution.vocabulary import POSSESSIVE_SUBJECT
from newsmodel._analysis.quotes.cues import SPEECH_NOUNS
from newsmodel._analysis.quotes.mentions import is_possessive
from newsmodel._model import Span

_POSSESSIVE_WORDS = frozenset(data_section("attribution_cues.txt", "possessive_determiners"))

_POSSESSIVE_PRONOUN_SPEECH = re.compile(
    r"\b(?P<who>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,3}?(?P<noun>"
    + "|".join(sorted(SPEECH_NOUNS, key=len, reverse=True))
    + r")\b"
)

#: What a speech noun is about, right after it: "her account [of Hale]".
_ABOUT_AFTER = re.compile(r"\s+(?:of|about|on)\s+(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]*")

#: A speech noun and the preposition of its maker, right before a name: "claims [by] ",
#: "remarks [from] Sen. ".
_SPEECH_NOUN_BY = re.compile(
    r"\b(?P<noun>[a-z]+)\s+(?:made\s+)?(?:by|from)\s+(?:the\s+)?(?:[A-Z][a-z]{0,3}\.\s+)?$"
)

#: A content clause right after a name: "[ that] the vote was" (not a relative clause:
#: "comments by X [that] angered farmers", "a call [that] lasted an hour").
_THAT_CLAUSE = re.compile(r"\s+that\s+(?P<next>[\w’'-]+)")

#: A speech noun's own clause, from its owner: "Bowen's claim that …", "his warning of …".
SPEECH_NOUN_CLAUSE = re.compile(r"(?:['’]s?)?\s+(?:[a-z-]+\s+){0,3}?(?:that|of)\b")

#: Auxiliaries and modals, which open a relative clause's predicate ("that [could] …").
_AUXILIARY_WORDS = frozenset(data_section("attribution_cues.txt", "passive_auxiliaries")) | (
    frozenset(data_section("date_cues.txt", "auxiliaries"))
)

#: A participle clause after a comma: ", calling it", ", saying afterwards".
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+(?:\w+ly\s+)?[a-z]+ing\b")


def _opens_content_clause(text: str, start: int, end: int) -> bool:
    """Whether a content clause opens at ``start`` and runs to ``end`` (the quote):
    "[ that] the vote was “…”", not "[ that] angered farmers, calling it “…”"."""
    clause = _THAT_CLAUSE.match(text, start, end)
    if clause is None:
        return False
    after = clause.group("next").lower()
    if after in VERBISH or after.endswith("ed") or after in _AUXILIARY_WORDS:
        return False  # a relative clause's verb
    return _PARTICIPLE_AFTER_COMMA.search(text, clause.end(), end) is None


def speech_noun_owner(doc: QuoteDocument, start: int, end: int) -> Speaker | None:
    """ "Trump's recent statements urging … “…”": the owner of the words."""
    text = doc.text
    best: Speaker | None = None
    best_at = -1
    for mention, actor in doc.speakers_between(start, end):
        # (the noun may be the word read as the cue: "dismissed [claims] by X that")
        by = _SPEECH_NOUN_BY.search(text, max(0, mention.start - 40), mention.start)
        if (
            by is not None
            and by.group("noun").lower() in SPEECH_NOUNS
            and _opens_content_clause(text, mention.end, end)
        ):
            # "claims by Tom Bell that …", "remarks from Sen. X that …": the content
            # of X's words follows.
            if mention.start > best_at:
                best, best_at = Speaker(actor.id, mention.span), mention.start
            continue
        if not is_possessive(text, mention):
            continue
        tail = text[mention.end : min(end, mention.end + 60)]
        # "Trump's recent statements": a speech noun among the next few words.
        following = re.findall(r"\w+", re.sub(r"^['’]s?", "", tail))[:4]
        if any(w.lower() in SPEECH_NOUNS for w in following) and mention.start > best_at:
            best, best_at = Speaker(actor.id, mention.span), mention.start
    for pm in _POSSESSIVE_PRONOUN_SPEECH.finditer(text, start, end):
        if pm.start() > best_at:
            who = Span(start=pm.start("who"), end=pm.end("who"))
            word = POSSESSIVE_SUBJECT[who.of(text).lower()]
            owner = resolve_pronoun(doc, who.start, word)
            topic = _ABOUT_AFTER.match(text, pm.end(), end)
            # "her account of Hale": "her" is not Hale, of whom she tells.
            if (
                owner is not None
                and topic is not None
                and any(a.id == owner for _m, a in doc.speakers_between(pm.end(), topic.end()))
            ):
                owner = None
            best, best_at = Speaker(owner, who), pm.start()
    return best


def inside_speaker(doc: QuoteDocument, owner: Speaker, speaker: Speaker | None) -> bool:
    """ "The ECOWAS mission said in its statement": "its" is the subject's own.

    A possessive pronoun whose referent is named inside the subject's
    phrase refers to that subject, not to a second speaker.
    """
    if speaker is None or speaker.mention is None or owner.actor is None:
        return False
    if owner.mention is None or owner.mention.of(doc.text).lower() not in _POSSESSIVE_WORDS:
        return False
    actor = doc.actors.get(owner.actor)
    return actor is not None and bool(
        doc.mentions_in(actor, speaker.mention.start, speaker.mention.end)
    )
