"""Documents as speakers: "the statement said", "its report", "a letter from
her office": whoever the text says made the document, or the document itself.
"""

from __future__ import annotations

import re

from newsmodel._analysis.clause import leading_subject
from newsmodel._analysis.lexicon import data_alternation, data_section
from newsmodel._analysis.quotes.attribution.reader import SpeakerReader
from newsmodel._analysis.quotes.attribution.references import resolve
from newsmodel._analysis.quotes.attribution.speaker import Speaker
from newsmodel._analysis.quotes.attribution.vocabulary import DOCUMENT_NOUNS, POSSESSIVE_SUBJECT
from newsmodel._analysis.quotes.mentions import is_possessive
from newsmodel._model import ActorKind, Span

#: Documents that speak for themselves when nobody is said to have made them.
_WRITTEN_NOUNS = frozenset(data_section("attribution_cues.txt", "written_nouns"))

_POSSESSIVE_DETERMINER = re.compile(r"(?i:(his|her|its|their))\s")

#: Where a document comes from, right after it: "[ from her] office", "[ signed by ]the mayor".
_DOCUMENT_FROM = re.compile(
    r"\s+(?:(?:"
    + data_alternation("attribution_cues.txt", "issuing_verbs")
    + r")\s+)?(?:from|by)\s+"
    r"(?:(?P<owner>his|her|their|its)\s+(?=[a-z]))?"
)

#: A verb of making a document public: "X [issued] a statement", "Y [filed] a lawsuit".
_MADE = re.compile(r"\b(?:" + data_alternation("attribution_cues.txt", "making_verbs") + r")\b")

#: "on behalf of" right after a document: who it speaks for.
_ON_BEHALF_OF = re.compile(r"\s+on\s+behalf\s+of\s+", re.IGNORECASE)

#: What joins two coordinated names, titles included: " and council leader ".
_COORDINATED_MAKER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[\w.’'-]+\s+){0,3}?")


def _sent_from(doc: SpeakerReader, after: int, end: int) -> Speaker | None:
    """Whom a document ending at ``after`` comes from, read up to ``end`` (its sentence's
    end): "[a statement] from her office" (the owner pronoun's referent), "[a letter]
    signed by the mayor" (the first speaker after "by").  ``None`` where no "from"/"by"
    follows, or what follows names no actor or group."""
    source = _DOCUMENT_FROM.match(doc.text, after)
    if source is None:
        return None
    sent_by = (
        doc.pronoun(Span(start=source.start("owner"), end=source.end("owner")))
        if source.group("owner")
        else doc.first_speaker(source.end(), end)
    )
    if sent_by is not None and (sent_by.actor is not None or sent_by.group):
        return sent_by
    return None


def document_speaker(doc: SpeakerReader, span: Span, phrase: str, head: str) -> Speaker | None:
    """A document's description as speaker: "the statement", "its report", "a letter
    from her office" (``head``, its noun, is a document's).  ``None`` leaves it to the
    readings of other descriptions."""
    # "the statement said": whoever made the statement, when the text
    # says who (an organisation that spoke just before), else the
    # document itself, never merely the nearest person.
    # "a statement from her office", "a letter signed by the mayor": the one it comes from.
    sent_by = _sent_from(doc, span.end, doc.sentence_at(span.start).end)
    if sent_by is not None:
        return sent_by._replace(mention=span, antecedent=sent_by.mention)
    owner = _POSSESSIVE_DETERMINER.match(phrase)
    if owner is not None:
        # "its monthly report", "her statement": whom the possessive names
        # made it; the document itself where no one agrees.
        word = POSSESSIVE_SUBJECT[owner.group(1).lower()]
        found = resolve(doc, span.start, word)
        if found is not None:
            return Speaker(found[0], span, antecedent=found[1])
        return Speaker(None, span, phrase)
    sent = doc.sentence_at(span.start)
    owners = [
        (m, a)
        # (Who made a document is named close before it: a bounded look back.)
        for m, a in doc.speakers_between(max(sent.start, span.start - 300), span.start)
        if doc.subject_like(m, sent.start)
        # Only who made it: "X issued a statement", not "X was named in the lawsuit".
        and _MADE.search(doc.text, m.end, span.start)
    ]
    if owners:
        # "The Harbor Club issued a statement reading: “…”": the subject
        # of the document's own sentence made it.
        m, a = owners[0]
        return Speaker(a.id, span, antecedent=m.span)
    if phrase.split()[0].lower() in ("the", "this", "that"):
        made = doc.document_maker(span.start, head)
        if made is not None:
            # "The Presidency issued a statement. … The statement said":
            # the maker the text gave it, or the document itself.
            if made.actor is not None or made.group is not None:
                return made._replace(mention=span, antecedent=made.mention)
            return Speaker(None, span, phrase)
    if phrase.split()[0].lower() in ("a", "an"):
        # "A new county report says": a document brought in here, no
        # earlier speaker's, speaks for itself.
        return Speaker(None, span, phrase)
    prev = doc.actors.get(doc.previous or "")
    # (An outlet reports a document; it does not make it: "Reuters reported.")
    if prev is not None and prev.kind not in (ActorKind.PERSON, ActorKind.OUTLET):
        return Speaker(prev.id, span)
    maker = doc.last_speaker_before(span.start)
    if maker is not None and (
        maker.group is not None
        or (
            maker.actor is not None
            and doc.actors[maker.actor].kind not in (ActorKind.PERSON, ActorKind.OUTLET)
        )
    ):
        return Speaker(maker.actor, span, maker.group)
    if head in _WRITTEN_NOUNS and phrase.split()[0].lower() in ("the", "a", "an"):
        return Speaker(None, span, phrase)
    if prev is not None:
        return Speaker(prev.id, span)
    if maker is not None:
        return Speaker(maker.actor, span, maker.group)
    return None


def document_maker(doc: SpeakerReader, pos: int, head: str) -> Speaker | None:
    """Who made the document a definite description before ``pos`` refers back to.

    The latest earlier mention of the same document noun ("a longer
    statement") whose sentence says it was made ("the Presidency issued"):
    its subject when the text knows it as a speaker, else a speaker with no
    actor (the document stands for itself). ``None`` when no earlier
    mention says who made it.
    """
    earlier = None
    mention = re.compile(
        rf"(?i:\b(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(head)}\b)"
    )
    for m in mention.finditer(doc.text, max(0, pos - 3000), pos):
        earlier = m
    if earlier is None:
        return None
    sent = doc.sentence_at(earlier.start())
    owner = POSSESSIVE_SUBJECT.get(earlier.group(0).split()[0].lower())
    if owner is not None and owner != "they":  # ("their letter": no one person's)
        # "made clear in her own letter": the letter is hers.
        found = resolve(doc, earlier.start(), owner)
        if found is not None:
            named = found[1] or Span(start=earlier.start(), end=earlier.end())
            return Speaker(found[0], named, antecedent=named)
    # "In a statement issued by his campaign, he urged …": who it came from.
    sent_by = _sent_from(doc, earlier.end(), sent.end)
    if sent_by is not None:
        return sent_by
    made = _MADE.search(doc.text, sent.start, earlier.start())
    if made is None:
        return None
    behalf = _ON_BEHALF_OF.match(doc.text, earlier.end(), sent.end)
    if behalf is not None:
        # "read out a statement on behalf of the Forum": the Forum made it.
        principal = doc.first_speaker(behalf.end(), sent.end)
        if principal is not None and (principal.actor is not None or principal.group):
            return principal
    makers = [
        (m, a)
        for m, a in doc.speakers_between(sent.start, made.start())
        if doc.subject_like(m, sent.start) and not is_possessive(doc.text, m)
    ]
    if makers:
        subject, actor = makers[0]
        if any(
            a.kind is ActorKind.PERSON
            and a.id != actor.id
            and _COORDINATED_MAKER.fullmatch(doc.text, subject.end, m.start)
            for m, a in doc.speakers_between(subject.end, made.start())
        ):
            # "Kroll and Petit sent the board a letter": made by both, so
            # the letter speaks for itself, never for one of them.
            return Speaker(None, Span(start=earlier.start(), end=earlier.end()))
        return Speaker(actor.id, subject.span, antecedent=subject.span)
    lead = leading_subject(doc.text, sent.start, made.start())
    if lead is not None and doc.text[lead[0] : lead[1]].split()[-1].lower() not in (DOCUMENT_NOUNS):
        # "The finance ministry issued a statement": an unnamed maker.
        maker = doc.phrase_speaker(*lead)
        if maker is not None and maker.group is not None:
            return maker
    return Speaker(None, Span(start=earlier.start(), end=earlier.end()))
