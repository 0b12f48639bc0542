"""Unnamed and vague speakers: "a senior official", "two people familiar with the
talks", "one of them", "a spokesperson" for the organisation that just spoke, "her office".
"""

from __future__ import annotations

import re

from newsmodel._analysis.coreference import previous_paragraph_start
from newsmodel._analysis.lexicon import COMMON_WORDS, data_section
from newsmodel._analysis.quotes.attribution.document import REACH, QuoteDocument
from newsmodel._analysis.quotes.attribution.reader import SpeakerReader
from newsmodel._analysis.quotes.attribution.references import resolve
from newsmodel._analysis.quotes.attribution.speaker import Speaker
from newsmodel._analysis.quotes.attribution.vocabulary import DOCUMENT_NOUNS, POSSESSIVE_SUBJECT
from newsmodel._analysis.quotes.cues import GROUP, ORGANISATION_NOUNS, SOURCE_NOUNS, clean_group
from newsmodel._model import ActorKind, Span

#: Nouns of people who speak for an organisation: "a spokesperson", "a representative".
_SPOKESPEOPLE = frozenset(data_section("attribution_cues.txt", "spokesperson_nouns"))

_SHARE = r"(?i:one|two|three|some|each|both|either|neither|none)\s+of\s+"

#: A share's words right before "them": "[one of ]them".
SHARE_BEFORE = re.compile(_SHARE + r"$")

#: A share of a group named before: "one of them", "two of those".
ONE_OF_THEM = re.compile(_SHARE + r"(?i:them|those)")

#: A counted plural source opening its phrase: "[Two] people …", "[The three] officials".
_COUNTED_GROUP = re.compile(
    # (A count of sources is small: "50,000 people" is a crowd, and "000" no count.)
    r"(?i:(?:the\s+)?(?:two|three|four|five|several|some|many|both|(?<![\d,.])\d{1,2}))\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:people|[a-z]+s)\b"
)

#: One lower-case noun after a source noun, ending the subject: "member [states]".
_COMPOUND_HEAD = re.compile(r"[ \t]+([a-z][a-z-]*[a-z])[ \t]*")


def _is_function_word(word: str) -> bool:
    """A pronoun, adverb or other closed-class word: "both", "themselves", "privately"."""
    return word in COMMON_WORDS or word.endswith("ly")


_POSSESSIVE_BEFORE = re.compile(r"\b(?i:his|her|its|their)\s+$")

#: An unnamed owner right before a noun: "[the union]'s ", "[a ministry]’s ".
_NOUN_OWNER_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<np>(?i:the|a|an|this|that)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z][\w-]*))['’]s\s+$"
)


def group(doc: SpeakerReader, start: int, end: int) -> Speaker | None:
    """An unnamed source described by ``text[start:end]`` ("a senior official", "the union"),
    or the organisation or maker it stands for; ``None`` when the phrase is no source."""
    trimmed = clean_group(doc.text, start, end)
    if trimmed is None:
        return None
    span = Span(start=trimmed[0], end=trimmed[1])
    phrase = span.of(doc.text)
    agent = _agent_of_organisation(doc, span, phrase)
    if agent is not None:
        return agent
    if phrase.split()[-1].lower() in DOCUMENT_NOUNS:
        owner = _NOUN_OWNER_BEFORE.search(doc.text, max(0, span.start - 40), span.start)
        if owner is not None and owner.group("noun").lower() in SOURCE_NOUNS:
            # "The union's statement called …": the union made it.
            made_by = doc.group(owner.start("np"), owner.end("np"))
            if made_by is not None:
                return made_by._replace(mention=span, antecedent=made_by.mention)
        owned = _POSSESSIVE_BEFORE.search(doc.text, max(start, span.start - 8), span.start)
        if owned is not None:
            # "its monthly report": the owner the trimming set aside made it.
            span = Span(start=owned.start(), end=span.end)
        return doc.nominal(span)
    owned = _POSSESSIVE_BEFORE.search(doc.text, max(start, span.start - 8), span.start)
    if owned is not None and phrase.split()[-1].lower() in ORGANISATION_NOUNS:
        # "Her office said": the office of the person "her" names.
        word = POSSESSIVE_SUBJECT.get(doc.text[owned.start() : owned.end()].split()[0].lower())
        found = resolve(doc, owned.start(), word) if word else None
        holder = doc.actors.get(found[0]) if found else None
        if holder is not None and found is not None:
            whole = Span(start=owned.start(), end=span.end)
            return Speaker(None, whole, f"{holder.name}’s {phrase}", antecedent=found[1])
    if phrase.split()[0].lower() in ("the", "this", "that"):
        # "the company", "the senator": a description of someone named before.
        described = doc.nominal(span)
        if described.actor is not None or described.antecedent is not None:
            return described  # someone named, or introduced, before
    return Speaker(None, span, phrase)


def _agent_of_organisation(doc: SpeakerReader, span: Span, phrase: str) -> Speaker | None:
    """A spokesperson, named by the organisation they speak for.

    "The ministry said …  “…,” a spokesperson said": a bare spokesperson
    right after an organisation spoke is its own ("a spokesperson for the
    Ministry of Housing").
    """
    words = phrase.split()
    if len(words) != 2 or words[1].lower() not in _SPOKESPEOPLE:
        return None
    said = doc.last_speaker_before(span.start)
    if said is None:
        return None
    org = doc.actors.get(said.actor or "")
    named = said.antecedent or said.mention
    if org is None or org.kind is not ActorKind.ORGANIZATION or named is None:
        return None
    det = "the " if not org.name.lower().startswith("the ") else ""
    return Speaker(None, span, f"{words[0]} {words[1]} for {det}{org.name}", antecedent=named)


def one_of_them(doc: QuoteDocument, start: int, end: int, phrase: str) -> Speaker | None:
    """ "one of them" after "Two people familiar with the talks said …": one of those.

    The latest counted unnamed source in this paragraph or the one before
    ("two people", "three officials"), with no one named between, is who
    "them" are.
    """
    # (Bounded: a paragraph may run long, and the work per quote may not.)
    floor = max(previous_paragraph_start(doc.text, start), start - REACH)
    counted: Span | None = None
    for g in GROUP.finditer(doc.text, floor, start):
        trimmed = clean_group(doc.text, g.start("np"), g.end("np"))
        if trimmed is None or doc.quoted_at(trimmed[0]):
            continue
        if _COUNTED_GROUP.match(doc.text, trimmed[0], trimmed[1]) is not None:
            counted = Span(start=trimmed[0], end=trimmed[1])
    if counted is None:
        return None
    if any(a.kind is ActorKind.PERSON for _m, a in doc.speakers_between(counted.end, start)):
        return None
    lead = len(doc.text[start:end]) - len(doc.text[start:end].lstrip())
    span = Span(start=start + lead, end=start + lead + len(phrase))
    share = phrase.rsplit(None, 1)[0]  # "one of"
    np = counted.of(doc.text)
    described = f"{share[:1].lower()}{share[1:]} {np[:1].lower()}{np[1:]}"
    return Speaker(None, span, described, antecedent=counted)


def group_phrase(doc: QuoteDocument, start: int, end: int) -> tuple[int, int] | None:
    """The last unnamed source's phrase in ``text[start:end]``, as a range.

    "The council member": a source noun modifying the next one is part of
    its phrase, not a group of its own.
    """
    groups = list(GROUP.finditer(doc.text, start, end))
    if not groups:
        return None
    first = groups[-1].start("np")
    for earlier in reversed(groups[:-1]):
        if not re.fullmatch(r"[ \t]+", doc.text[earlier.end("np") : first]):
            break
        first = earlier.start("np")
    last = groups[-1].end("np")
    compound = _COMPOUND_HEAD.fullmatch(doc.text, last, end)
    if compound is not None and not _is_function_word(compound.group(1)):
        # "nine member states": the source noun modifies the head after it.
        last = compound.end(1)
    return first, last
