"""A quoted fragment with no verb of saying of its own: the agent of a passive
verb ("dismissed as “lies” by X"), or the subject of the clause that quotes it.
"""

from __future__ import annotations

import re

from newsmodel._analysis.clause import leading_subject
from newsmodel._analysis.quotes.attribution.passive import (
    ADDRESSED_AFTER,
    BY_AFTER_QUOTE,
    PASSIVE_BEFORE_QUOTE,
)
from newsmodel._analysis.quotes.attribution.reader import SpeakerReader
from newsmodel._analysis.quotes.attribution.relations import head_of
from newsmodel._analysis.quotes.attribution.speaker import NO_ATTRIBUTION, Attribution, Speaker
from newsmodel._analysis.quotes.marks import QuoteSpan
from newsmodel._analysis.quotes.mentions import is_possessive
from newsmodel._model import ActorKind, Mention

_COMPLEMENT = re.compile(r"\b(?:that|whether|if)\b")

#: A complementiser (and any title) right before a name: the name's clause is embedded.
_COMPLEMENT_BEFORE = re.compile(r"\b(?:that|whether|if)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$")


def _apposed_to_noun(text: str, mention: Mention, floor: int) -> bool:
    """A name set off by commas after a common noun, with no verb of its own after
    it: "leaned on the county clerk, Ines Waldo, to “recheck”" (an object's
    apposition; in "Her lawyer, Ana Ruiz, called it" a verb follows: the subject)."""
    return (
        re.match(r",\s+(?:to|that|in|on|at|for|with|about|into|over)\b", text[mention.end :])
        is not None
        and re.search(r"[a-z][\w’'-]*,\s*$", text[max(floor, mention.start - 40) : mention.start])
        is not None
    )


def _partial(text: str, q: QuoteSpan, sentence_start: int) -> bool:
    """The quote continues the author's sentence rather than standing alone."""
    before = text[sentence_start : q.open].rstrip()
    return bool(before) and before[-1] not in ":,.—–-(" and not text[q.start].isupper()


def _fragment(text: str, q: QuoteSpan) -> bool:
    """A few words inside the author's sentence rather than a sentence of their own."""
    words = text[q.start : q.end].split()
    return len(words) <= 6 and not text[q.start : q.start + 1].isupper()


def fragment_speaker(doc: SpeakerReader, q: QuoteSpan, b0: int, b1: int) -> Attribution:
    """Who quotes a fragment that no verb of saying introduces, ``text[b0:b1]`` before it.

    The agent of a passive verb before it ("dismissed as “lies” by X"), else the subject
    of the clause quoting it: the person named last before a short fragment, the
    sentence's first subject, or the main clause's subject past a complement ("a judge
    ruled that Quist …"); else no one.
    """
    text = doc.text
    passive = PASSIVE_BEFORE_QUOTE.search(text, max(b0, q.open - 60), q.open)
    by = BY_AFTER_QUOTE.match(text, q.close) if passive is not None else None
    if by is not None:
        # "The claims were dismissed as “lies” by President X": the passive
        # verb's agent called them so, not its subject.
        agent = doc.first_speaker(by.end(), doc.sentence_at(q.open).end, prefer_person=True)
        if agent is not None and (agent.actor is not None or agent.group is not None):
            return Attribution(agent, None, None, "partial-subject")
    people = [(m, a) for m, a in doc.speakers_between(b0, b1) if a.kind is ActorKind.PERSON]
    if people and _fragment(text, q):
        mention, actor = people[-1]
        # Only the subject of the clause quoting the fragment: "issues X
        # deferred to a “second phase”", not an object or an owner ("X's").
        acts = re.match(
            r"\s+(?:[a-z]+ly\s+)?[a-z]{2,}(?:ed|s)\b", text[mention.end : mention.end + 40]
        )
        # ("a judge ruled that Quist should stay … her “history of absconding”":
        # the subject of a clause inside another verb's object is not the speaker.)
        embedded = _COMPLEMENT_BEFORE.search(text, max(b0, mention.start - 60), mention.start)
        # ("X was asked not to “…”": the subject of a passive verb of
        # addressing is spoken to.)
        addressed = ADDRESSED_AFTER.match(text, mention.end, mention.end + 60)
        if (
            (doc.subject_like(mention, b0) or acts)
            and not is_possessive(text, mention)
            and embedded is None
            and addressed is None
            and not _apposed_to_noun(text, mention, b0)
        ):
            nearest = head_of(doc, Speaker(actor.id, mention.span), b0, mention.end)
            return Attribution(nearest, None, None, "fragment-nearest")
    if people and _partial(text, q, b0):
        # "Benioff introduced Cook as “…”": the subject of a sentence quoting a fragment.
        subjects = [
            (m, a)
            for m, a in people
            if doc.subject_like(m, b0)
            and not _COMPLEMENT_BEFORE.search(text, max(b0, m.start - 60), m.start)
            and not ADDRESSED_AFTER.match(text, m.end, m.end + 60)
            and not _apposed_to_noun(text, m, b0)
        ]
        if subjects:
            mention, actor = subjects[0]
            return Attribution(Speaker(actor.id, mention.span), None, None, "partial-subject")
    if people and (_fragment(text, q) or _partial(text, q, b0)):
        # "But a judge ruled that Quist should stay … her “history of
        # absconding”": everyone named sits in the embedded clause, so the
        # main clause's subject quotes the fragment.
        complement = _COMPLEMENT.search(text, b0, people[0][0].start)
        lead = leading_subject(text, b0, q.open)
        if complement is not None and lead is not None and lead[1] <= complement.start():
            own = doc.phrase_speaker(*lead)
            if own is not None:
                return Attribution(own, None, None, "partial-subject")
    return NO_ATTRIBUTION
