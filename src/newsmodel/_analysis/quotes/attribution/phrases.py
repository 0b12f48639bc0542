"""Reading a speaker's phrase: a subject phrase before a verb ("Kremlin spokesman
Dmitry Peskov", "Morrison, Vindman's superior,") and the phrase right after an inverted
verb ("said [White House Press Secretary X]"), names the actor stage missed included.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from newsmodel._analysis.clause import VERBISH
from newsmodel._analysis.coreference import modifies_noun
from newsmodel._analysis.lexicon import COMMON_WORDS, ORG_HEADS, gazetteer, is_person_noun
from newsmodel._analysis.quotes.attribution.document import QuoteDocument, is_latent
from newsmodel._analysis.quotes.attribution.groups import ONE_OF_THEM, group_phrase, one_of_them
from newsmodel._analysis.quotes.attribution.reader import SpeakerReader
from newsmodel._analysis.quotes.attribution.relations import (
    describes_a_person,
    head_speaker,
    is_name_premodifier,
    names_the_head_before,
)
from newsmodel._analysis.quotes.attribution.speaker import Speaker
from newsmodel._analysis.quotes.attribution.vocabulary import (
    NOMINAL,
    is_role_or_group_noun,
    unknown_name,
)
from newsmodel._analysis.quotes.cues import GROUP, ORGANISATION_NOUNS, SOURCE_NOUNS
from newsmodel._model import Actor, ActorKind, Mention, Span

#: A preposition joining a name to the name that modifies it: "X [of] Y", "X [at the] Y".
_POST_MODIFIER = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?")


def head_person(text: str, people: Sequence[tuple[Mention, Actor]]) -> tuple[Mention, Actor]:
    """The person a subject phrase is about: the last one named, but not a name that
    only modifies another after "of" ("Amos Terrell of Civic Ledger")."""
    for first, later in itertools.pairwise(people):
        if _POST_MODIFIER.fullmatch(text, first[0].end, later[0].start):
            return first
    return people[-1]


#: A possessive determiner and a noun for people: "his deputy", "her long-time lawyer".
_POSSESSIVE_ROLE = re.compile(r"(?i:his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z][\w-]*)")

#: An indefinite subject phrase without an article: "one user", "someone else".
_INDEFINITE_PHRASE = re.compile(
    r"(?i:(?:one|another|each)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*|some(?:one|body)(?:\s+else)?)"
)

#: A relative clause about a person opening after a comma: ", who".
_WHO_AFTER_COMMA = re.compile(r",\s+who\b")

#: A description after an inverted verb, up to four words: "said [the former governor]".
_INVERTED_DESCRIPTION = re.compile(r"(?:the|a|an|one|another)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}")

#: A source noun right after another one: "a government [spokesperson]".
_NEXT_SOURCE_NOUN = re.compile(
    r"[ \t]+(?i:" + "|".join(sorted(SOURCE_NOUNS, key=len, reverse=True)) + r")\b"
)

#: Two to four capitalised words, as a person's name is written: "He Jianxiong".
_CAPITALISED_NAME = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}")

#: An organisation's name: capitalised words, one hyphenated or an acronym among them.
_ORGANISATION_NAME = re.compile(
    r"[A-Z][\w’'&-]+(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w’'&-]+){0,4}"
)

#: An apposition giving a role: ", the former executive director for …".
_ROLE_APPOSITION = re.compile(
    r"\s*(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z][\w-]*)\b(?=\s+(?:of|for|at|to|in|with)\b|\s*,)"
)


def phrase_speaker(doc: SpeakerReader, start: int, end: int) -> Speaker | None:
    """The speaker named by a subject phrase: "Kremlin spokesman Dmitry Peskov".

    In "Morrison, Vindman's superior," the head before the apposition
    speaks; in "friends of Tom Bell", someone of Bell's.
    """
    return head_speaker(doc, start, end, _phrase_speaker(doc, start, end))


def _phrase_speaker(doc: SpeakerReader, start: int, end: int) -> Speaker | None:
    comma = doc.text.find(",", start, end)
    if comma > start:
        head = doc.phrase_speaker(start, comma)
        if head is not None and head.actor is None:
            # "the party's general secretary, Ama Owusu,": the name in
            # apposition to an unnamed description is who it is.
            apposed = [
                (m, a)
                for m, a in doc.speakers_between(comma, end)
                if a.kind is ActorKind.PERSON
                and re.fullmatch(r"[\s,]*", doc.text[comma + 1 : m.start])
                and re.fullmatch(r"[\s,]*", doc.text[m.end : end])
            ]
            if apposed:
                m, a = apposed[0]
                return Speaker(a.id, m.span)
        if head is not None:
            return head
        named = named_by_apposition(doc, start, comma, end)
        if named is not None:
            return named
        head_phrase = doc.text[start:comma].strip()
        if (
            unknown_name(head_phrase)
            and _WHO_AFTER_COMMA.match(doc.text, comma)
            and not doc.speakers_between(start, comma)
        ):
            # "“…,” Barrow, who chairs the committee, told reporters": a name
            # before "who" speaks, not anyone inside the relative clause.
            lead = len(doc.text[start:comma]) - len(doc.text[start:comma].lstrip())
            span = Span(start=start + lead, end=start + lead + len(head_phrase))
            return Speaker(None, span, head_phrase, kind=ActorKind.PERSON)
    phrase = doc.text[start:end].strip()
    if re.fullmatch(r"(?i:he|she|it|they|we)", phrase):
        return doc.pronoun(Span(start=start, end=end))
    if ONE_OF_THEM.fullmatch(phrase):
        partitive = one_of_them(doc, start, end, phrase)
        if partitive is not None:
            return partitive
    found = doc.speakers_between(start, end)
    people = [(m, a) for m, a in found if a.kind is ActorKind.PERSON]
    if people and modifies_noun(doc.text, people[-1][0].start, people[-1][0].end):
        # "The Salcedo campaign": the name modifies the noun that speaks.
        nm = NOMINAL.search(doc.text, start, end)
        return doc.nominal(Span(start=nm.start("np"), end=nm.end("np"))) if nm else None
    if people:
        m, a = head_person(doc.text, people)
        return Speaker(a.id, m.span)
    if not found:
        latent = _latent_person(doc, start, end)
        if latent is not None:
            return latent
    grouped = group_phrase(doc, start, end)
    if grouped is not None and not (
        # ("the National Police Service said": a named organisation whose
        # name holds a source noun is that organisation, not a group.)
        found and found[-1][0].start <= grouped[1] and found[-1][0].end > grouped[1]
    ):
        return doc.group(*grouped)
    if found:
        return Speaker(found[-1][1].id, found[-1][0].span)
    nm = NOMINAL.search(doc.text, start, end)
    if nm:
        return doc.nominal(Span(start=nm.start("np"), end=nm.end("np")))
    owned = _POSSESSIVE_ROLE.fullmatch(phrase)
    if _INDEFINITE_PHRASE.fullmatch(phrase) or (
        owned is not None
        and not found
        # ("her daughter", "his wife": a relation too is someone of theirs)
        and (
            is_role_or_group_noun(owned.group("noun").lower())
            or is_person_noun(owned.group("noun").lower())
        )
    ):
        # “…,” one user joked / someone else wrote: an unnamed speaker; "His
        # deputy disagreed, saying": someone of his, unnamed, and never he.
        lead = len(doc.text[start:end]) - len(doc.text[start:end].lstrip())
        span = Span(start=start + lead, end=start + lead + len(phrase))
        return Speaker(None, span, phrase)
    return None


def named_by_apposition(doc: QuoteDocument, start: int, comma: int, end: int) -> Speaker | None:
    """A name the actor stage missed, before an apposition that gives a role or a kind.

    "He Jianxiong, the former executive director for Asia at the World
    Bank,": the capitalised words before the comma name a person; the
    organisation inside the apposition is where they work, not who speaks.
    """
    role = _ROLE_APPOSITION.match(doc.text, comma + 1, end)
    if role is None or doc.speakers_between(start, comma):
        return None  # (a name the actor stage typed otherwise: trust it)
    head = role.group("head").lower()
    name = doc.text[start:comma].strip()
    if (
        (head in ORGANISATION_NOUNS or head.capitalize() in ORG_HEADS)
        and _ORGANISATION_NAME.fullmatch(name)
        and not any(w.lower() in COMMON_WORDS for w in name.split())
        and gazetteer().lookup(name) is None
    ):
        # "Agri-Union, the largest farmers' federation,": an organisation.
        kind = ActorKind.ORGANIZATION
    elif _CAPITALISED_NAME.fullmatch(name) and is_role_or_group_noun(head):
        kind = ActorKind.PERSON
    else:
        return None
    lead = len(doc.text[start:comma]) - len(doc.text[start:comma].lstrip())
    span = Span(start=start + lead, end=start + lead + len(name))
    return Speaker(None, span, name, None, kind)


def _latent_person(doc: QuoteDocument, start: int, end: int) -> Speaker | None:
    """A person the actor stage missed, named in ``[start, end)`` (see coreference)."""
    for s0, s1, entity in doc.discourse.between(start, end):
        if is_latent(entity.key) and entity.kind is ActorKind.PERSON:
            span = Span(start=s0, end=s1)
            return Speaker(None, span, entity.name, None, ActorKind.PERSON)
    return None


def first_speaker(
    doc: SpeakerReader,
    start: int,
    end: int,
    *,
    allow_outlet: bool = True,
    prefer_person: bool = False,
) -> Speaker | None:
    """The speaker named right at ``start``: "said [White House Press Secretary X]".

    "said a friend of Tom Bell": someone of Bell's, unnamed.
    """
    found = _first_speaker(doc, start, end, allow_outlet=allow_outlet, prefer_person=prefer_person)
    return head_speaker(doc, start, end, found)


#: A phrase's comma, then the words of a role before a name in apposition to the
#: phrase: "another witness[ in the probe, former adviser ]Fiona Hill".
_APPOSED_ROLE = re.compile(r"[^,.;:]*,\s*(?P<role>(?:[\w.’'-]+\s+){0,6})")


def _apposed(text: str, start: int, end: int) -> bool:
    """Whether a name at ``end`` is in apposition to the phrase ending at ``start``."""
    m = _APPOSED_ROLE.fullmatch(text, start, end)
    if m is None:
        return False
    if names_the_head_before(text, start, end):
        return True  # "said another witness, who gave her name as X"
    lower = [w for w in m.group("role").split() if w[:1].islower()]
    if any(w.endswith("ing") and not is_name_premodifier(w) for w in lower):
        return False  # "one fan, standing beside captain X": a participle's object
    return not lower or describes_a_person(lower)


def _first_speaker(
    doc: SpeakerReader, start: int, end: int, *, allow_outlet: bool, prefer_person: bool
) -> Speaker | None:
    text = doc.text
    while start < end and text[start].isspace():
        start += 1
    reach = min(end, start + (140 if prefer_person else 80))
    found = [
        (m, a)
        for m, a in doc.speakers_between(start, reach)
        if allow_outlet or a.kind is not ActorKind.OUTLET
    ]
    # The name phrase runs while words are capitalised, roles or determiners.
    head = re.match(
        r"(?:(?:[A-Z][\w.’'&-]*|the|a|an|another|one|of|for|and|[a-z]+-[a-z-]+|"
        r"[a-z]+(?=(?:\s+[a-z]+){0,2}\s+[A-Z]))\s+)*(?:[A-Z][\w.’'&-]*)?",
        text[start:reach],
    )
    head_end = start + (head.end() if head else 0)
    in_head = [(m, a) for m, a in found if m.end <= head_end]
    people = [(m, a) for m, a in in_head if a.kind is ActorKind.PERSON]
    if people:
        return Speaker(people[-1][1].id, people[-1][0].span)
    if not in_head:
        latent = _latent_person(doc, start, head_end)
        if latent is not None:
            return latent
    gm = GROUP.match(text, start, reach)
    if prefer_person and gm:
        # "said another witness in the probe, former adviser Fiona Hill": a name in
        # apposition, after the phrase's comma and words of a role only (not "said
        # one resident, who …, as Mayor X looked on").
        later = [(m, a) for m, a in found if a.kind is ActorKind.PERSON]
        if later and _apposed(text, gm.end(), later[0][0].start):
            return Speaker(later[0][1].id, later[0][0].span)
    if gm:
        end = gm.end("np")
        while (more := _NEXT_SOURCE_NOUN.match(text, end, reach)) is not None:
            end = more.end()  # "a government spokesperson": one phrase
        return doc.group(gm.start("np"), end)
    if in_head:
        return Speaker(in_head[-1][1].id, in_head[-1][0].span)
    pm = re.match(r"(he|she|it|they)\b", text[start:end], re.I)
    if pm:
        return doc.pronoun(Span(start=start + pm.start(1), end=start + pm.end(1)))
    nm = _INVERTED_DESCRIPTION.match(text, start, end)
    if nm:
        # The phrase runs to a comma or a full stop, or to its first function
        # word: "the former governor[, who …]", "the 71-year-old [in] …".
        words = list(re.finditer(r"[\w'’-]+", nm.group()))
        cut = next(
            (
                w.start()
                for w in words[2:]
                if w.group().lower() in COMMON_WORDS or w.group().lower() in VERBISH
            ),
            None,
        )
        rest = text[nm.end() : nm.end() + 2]
        if cut is not None and text[nm.start() + cut :].split()[0].lower() not in VERBISH:
            phrase = nm.group()[:cut].rstrip()
        elif cut is None and (not rest.strip() or rest.lstrip()[:1] in ",.;:"):
            phrase = nm.group()
        else:
            # "says the party will “…”": only a determiner and a noun are sure.
            phrase = " ".join(w.group() for w in words[:2])
        if re.search(r"[a-z0-9][\w-]*$", phrase) and len(phrase.split()) >= 2:
            return doc.nominal(Span(start=start, end=start + len(phrase)))
    return None
