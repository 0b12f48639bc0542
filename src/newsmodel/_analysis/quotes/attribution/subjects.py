"""The subject the clause reader (:mod:`...clause`) finds before a verb, read
as a speaker: a name and its apposition, a family, a share of people, a country, an
office, a body by its initials, a description or a document.
"""

from __future__ import annotations

import re

from newsmodel._analysis.clause import subject_before, verb_gap
from newsmodel._analysis.coreference import modifies_noun
from newsmodel._analysis.lexicon import (
    TITLE_WORDS,
    data_alternation,
    data_section,
    gazetteer,
    is_given_name,
)
from newsmodel._analysis.quotes.attribution.descriptions import latter_or_former
from newsmodel._analysis.quotes.attribution.groups import SHARE_BEFORE, group_phrase, one_of_them
from newsmodel._analysis.quotes.attribution.phrases import head_person, named_by_apposition
from newsmodel._analysis.quotes.attribution.reader import SpeakerReader
from newsmodel._analysis.quotes.attribution.relations import names_people_of, office_of, owner_gap
from newsmodel._analysis.quotes.attribution.speaker import Speaker
from newsmodel._analysis.quotes.attribution.vocabulary import (
    DOCUMENT_NOUNS,
    MODIFIED_HEAD,
    PREPOSITION_BEFORE_NP,
    is_role,
    is_role_or_group_noun,
    unknown_name,
)
from newsmodel._analysis.quotes.cues import ORGANISATION_NOUNS, find_cues
from newsmodel._analysis.quotes.mentions import is_possessive
from newsmodel._model import Actor, ActorKind, Mention, Span

#: A family by its surname in the plural: "the Varleys", "the Hendersons".
_FAMILY = re.compile(r"(?:(?i:the)\s+)?([A-Z][a-z]+?)(?:es|s)")

#: What may stand between a subject and a name in apposition to it: a role.
_APPOSED_ROLE = re.compile(
    # (No "for", "to", "at" … among the role's words: in ", a spokeswoman for
    # Senator Otero," the name is whom the role serves, not the apposition.)
    r"\s*,\s*(?:(?:the|a|an|his|her|their|its)\s+"
    r"(?:(?!(?:for|at|to|with|from|by)\s)[\w.’'-]+\s+){0,4}?"
    # (without a determiner, a role's words, not a participle's phrase: ", authored
    # by Chief Justice X,", ", responding to Grant,")
    r"|(?!(?:the|a|an|his|her|their|its)\s)"
    # (nor a relative clause: ", who advises Fenella Aske,": its object is not the subject)
    r"(?!(?:who|whom|whose|which|that)\s)"
    r"(?:(?![a-z]+(?:ed|ing)\s|(?:by|to|with|from|after)\s)[\w.’'-]+\s+){0,4}?)"
    r"(?:[A-Z][\w.’'-]*\s+){0,3}"
)

#: A predicate joined to the reporting verb after an apposition: ", declined to
#: comment and said".
_JOINED_PREDICATE = re.compile(
    r",\s+[a-z][^,;:“”\"]{0,80}?\s(?:and|but)\s+(?:(?:also|then|only|later)\s+)?"
)

#: A word opening a clause of its own: "watched [as] Ruiz spoke".
_SUBORDINATOR = re.compile(
    r"\b(?:as|while|when|whereas|after|before|because|until|since|if|once|whom?|which|that)\b"
)

#: A full name in apposition before the verb, particles and all: ", Pieter van Wyk, ".
_APPOSED_NAME = re.compile(
    r"\s*,\s*(?P<name>[A-Z][^\W\d_]+(?:[ -](?:(?:van|von|de|der|den|da|di|du|del|la|le|bin|"
    r"ibn|al|el|ter|ten)\s+)?[A-Z][^\W\d_’'-]*(?:[’'-][A-Z]?[^\W\d_]+)?){1,3}),\s*"
)

#: A definite description with a lower-case head: "The presidency", "the Democratic governor".
_DESCRIPTION_SUBJECT = re.compile(r"(?i:the)\s+(?:[\w-]+\s+){0,3}[a-z][\w-]*")

#: An article and a few modifiers before a name: "a senior [Otero] adviser".
_ARTICLE_AND_MODIFIERS = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){1,2}$")

_NEXT_NOUN = re.compile(r"\s+([a-z][\w-]*)\b")


def _modifies_role(text: str, name: Mention, s0: int, s1: int) -> bool:
    """Whether a name inside a subject modifies the role noun after it.

    "A senior Otero adviser" is an adviser of Otero's, not Otero.
    """
    noun = _NEXT_NOUN.match(text, name.end, s1)
    return (
        noun is not None
        and is_role_or_group_noun(noun.group(1))
        and _ARTICLE_AND_MODIFIERS.search(text, max(s0, name.start - 30), name.start) is not None
    )


#: Title words right before a name: "[Gov. ]Lena Marsh", "[Sen. ]X".
_TITLES_BEFORE = re.compile(r"(?<![\w.])(?:(?:[A-Z][a-z]{0,3}\.|[A-Z][a-z]+)\s+){1,2}$")

#: A group noun and a preposition right before a subject the clause reader found:
#: "[Analysts at] Brightwater Securities".
_MODIFIED_BY_PP = re.compile(
    r"(?<![\w’'-])(?P<np>(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Tt]wo|[Tt]hree)\s+)?(?:[a-z-]+\s+)?"
    r"(?P<noun>[A-Za-z][a-z-]+))\s+(?:at|of|for|from|with)\s+(?:the\s+)?$"
)


def _last_preposition(phrase: str) -> str:
    """The preposition a phrase ends with, past "the": "A lawyer for the " → "for"."""
    return [w for w in phrase.split() if w != "the"][-1]


#: Capitalised title words after an organisation's name: "[United Nations] High Commissioner".
_TITLE_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,2}(?:"
    + "|".join(re.escape(w) for w in sorted(TITLE_WORDS, key=len, reverse=True) if w[:1].isupper())
    + r")\b"
)

#: A sentence's start (or a dateline's dash) right before a subject.
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n\s*|\)\s*[-—–]+\s*|^\s*[-—–]+\s*)$")

#: A subject whose head noun a participle phrase follows: "The union representing …".
_HEAD_BEFORE_PARTICIPLE = re.compile(r"(?i:the|a|an)\s+(?P<noun>[a-z-]+)\s+[a-z]+ing\b")

#: A share of people as a subject: "Forty-one percent", "52%", "a majority", "two-thirds".
_SHARE_OF_PEOPLE = re.compile(
    r"(?i:(?:about\s+|nearly\s+|almost\s+|some\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)"
    r"|[a-z]+(?:-[a-z]+)?\s+(?:percent|per\s+cent)|(?:a|the)\s+majority|[a-z]+-thirds"
    r"|(?:about\s+)?half))"
)

#: A body by its initials after "the", perhaps with a nationality: "the Chinese CDC".
_DEFINITE_ACRONYM = re.compile(r"(?i:the)\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z]{2,6}")

#: Subjects that are unnamed sources without a noun: "another", "some", "others".
_QUANTIFIER = re.compile(
    r"(?i:" + data_alternation("attribution_cues.txt", "quantifier_subjects") + r")"
)

#: A determiner or ordinal before "one": "the very first one", "that one".
_ORDINAL_BEFORE = re.compile(
    r"\b(?i:the|this|that|each|every|which|first|second|third|last|other|latest)\s+(?:\w+\s+)?$"
)

#: An owner and the organisation noun of a unit of theirs: "the city's power utility".
_OWNED_UNIT = re.compile(
    r"(?:[Tt]he\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,4}?['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z]+)"
)

#: A bare plural common noun: "censors", "protesters" (not "its", "this").
_BARE_PLURAL = re.compile(r"(?!(?:them|our|your)selves\b)[a-z]{3,}[^s\W]s")

#: A definite description in lower case: "the crowd", "the angry crowd".
_DEFINITE_DESCRIPTION = re.compile(
    # (an age among the modifiers, "the 58-year-old former harbour pilot", or as the
    # head: "the 52-year-old")
    r"(?i:the)\s+(?:(?:[a-z][\w-]*|\d{1,3}-year-old)\s+){0,4}(?:[a-z][a-z-]*|\d{1,3}-year-old)"
)


def _title_as_description(phrase: str) -> bool:
    """A title standing for its bearer, capitalised as British style writes it:
    "the Prime Minister", "the Foreign Secretary", "the Taoiseach"."""
    words = phrase.split()
    return (
        len(words) in (2, 3, 4)
        and words[0].lower() == "the"
        and all(w in TITLE_WORDS for w in words[1:])
        and is_role(words[-1].lower())
    )


#: Words after "the" that head no description: "the most", "the same", "the latter".
_POSTDETERMINERS = frozenset(data_section("attribution_cues.txt", "postdeterminers"))

#: A determiner opening a document's noun phrase: "A letter", "the report", "its memo".
_DETERMINED_DOCUMENT = re.compile(r"(?i:\ba|\ban|\bthe|\bthis|\bthat|\bits|\bhis|\bher|\btheir)\s")


def clause_subject(doc: SpeakerReader, cue: Span, floor: int) -> Speaker | None:
    """The speaker the clause reader finds as the verb's subject, when it names one.

    "Iran on Tuesday said", "Peskov, who was in Minsk, said", "another
    just wrote": the subject past time phrases, appositives and adverbs.
    A subject that names nobody the text knows (no actor, pronoun or
    source noun) is left to the other rules.
    """
    found = subject_before(doc.text, cue.start, floor)
    if found is None:
        return None
    s0, s1 = found
    # A name with commas or "and" in it ("the Ministry of Housing, Communities
    # and Local Government") is one subject, wherever the reader stopped in it.
    # (past "the": "The [Office of Management and Budget]")
    named_from = s0 + 4 if doc.text[s0 : s0 + 4].lower() == "the " else s0
    around = [
        m
        for m, _a in doc.speakers_between(max(floor, s0 - 120), cue.start)
        if m.start <= named_from and s1 <= m.end and (m.start, m.end) != (s0, s1)
    ]
    if around:
        s0, s1 = around[-1].start, around[-1].end
    phrase = doc.text[s0:s1]
    if phrase.lower() in ("the latter", "the former"):
        return latter_or_former(doc, Span(start=s0, end=s1), phrase)
    family = _family(doc, s0, s1, phrase)
    if family is not None:
        return family
    share = SHARE_BEFORE.search(doc.text, max(floor, s0 - 12), s0)
    if share is not None and phrase.lower() in ("them", "those"):
        # "One of them said": the clause reader stops at "of"; the share is
        # of the counted source named before.
        partitive = one_of_them(doc, share.start(), s1, doc.text[share.start() : s1])
        if partitive is not None:
            return partitive
    if re.fullmatch(r"(?i:he|she|it|they)", phrase):
        sp = doc.pronoun(Span(start=s0, end=s1))
        if sp.actor is not None or sp.group is not None:
            return sp
        # "In a statement, it said": "it" and "they" name no person, and no
        # noun elsewhere in the clause may stand in for the unresolved
        # subject; the quote stays unattributed rather than go to a name.
        return sp if phrase.lower() in ("it", "they") else None
    apposed = _apposition(doc, s0, s1, cue)
    if apposed is not None:
        return apposed
    if (
        _DESCRIPTION_SUBJECT.fullmatch(phrase)
        and "," in doc.text[s1 : cue.start]
        and not doc.speakers_between(s0, s1)
        # ("X's contact inside the ministry, an official …, said": a
        # preposition's object is no subject.)
        and not PREPOSITION_BEFORE_NP.search(doc.text, max(floor, s0 - 16), s0)
    ):
        # "The presidency, in a statement by a spokesman, said": the
        # description before the apposition speaks, not a noun inside it.
        return doc.nominal(Span(start=s0, end=s1))
    people = [(m, a) for m, a in doc.speakers_between(s0, s1) if a.kind is ActorKind.PERSON]
    # A possessive before the head noun is not the speaker: "Quinlan's spokesman".
    owners = [p for p in people if is_possessive(doc.text, p[0])]
    if (
        owners and owners[-1] is people[-1] and MODIFIED_HEAD.match(doc.text, people[-1][0].end, s1)
    ) or (
        people
        and (
            modifies_noun(doc.text, people[-1][0].start, people[-1][0].end)
            or _modifies_role(doc.text, people[-1][0], s0, s1)
        )
    ):
        # ("The Salcedo campaign said": a name before a noun modifies it.)
        return doc.nominal(Span(start=s0, end=s1))
    someone_of = _someone_of(doc, s0, s1, floor, people)
    if someone_of is not None:
        return someone_of
    if people:
        m, a = head_person(doc.text, people)
        return Speaker(a.id, m.span)
    others = doc.speakers_between(s0, s1)
    modified = _MODIFIED_BY_PP.search(doc.text, max(floor, s0 - 40), s0)
    if modified is None and others:
        # The subject read may itself open with the group: "[Analysts at] X".
        modified = _MODIFIED_BY_PP.fullmatch(doc.text, s0, others[0][0].start)
    if (
        modified is not None
        and is_role_or_group_noun(modified.group("noun").lower())
        # (", U.N. Director for …", "X, a former director … and an opponent of …":
        # an apposition to a name before it, not the subject.)
        and not re.search(r"[A-Z][\w.’'-]*,\s", doc.text[floor : modified.start()])
    ):
        # "Analysts at Brightwater Securities called": the name after a
        # preposition modifies the group that speaks.
        return doc.group(modified.start("np"), s1)
    if others and others[-1][0].end == s1 and not is_possessive(doc.text, others[-1][0]):
        m, a = others[-1]
        return Speaker(a.id, m.span)
    office = [m for m, _a in others if _TITLE_AFTER.match(doc.text, m.end, s1)]
    if office and not people:
        # "The United Nations High Commissioner for Human Rights said": the
        # office holder speaks, not the organisation naming the office.
        return Speaker(None, Span(start=s0, end=s1), phrase)
    places = [
        (m, a)
        for m, a in doc.places_between(s0, s1)
        if m.start == s0
        and m.end == s1
        and gazetteer().country_of_demonym(phrase) is None
        # Only a sentence's own first subject, of its own verb: the reader's
        # guesses past "and" or inside a clause are less sure than a name's.
        and _OPENS_SENTENCE.search(doc.text, max(0, s0 - 12), s0)
        and not re.search(r"\b(?:and|but|or|that)\b", doc.text[s1 : cue.start])
    ]
    if places and not others:
        # "China on Monday warned": a country the clause makes the subject
        # of a verb of saying speaks as its government.
        m, a = places[0]
        return Speaker(a.id, m.span)
    head = _HEAD_BEFORE_PARTICIPLE.match(phrase)
    if head is not None and (
        head.group("noun").lower() in ORGANISATION_NOUNS
        or is_role_or_group_noun(head.group("noun").lower())
    ):
        # "The union representing the workers said": the noun before the
        # participle heads the subject.
        return doc.group(s0, s1)
    if not others:
        nameless = _nameless_subject(doc, s0, s1, floor, phrase)
        if nameless is not None:
            return nameless
    unit = _OWNED_UNIT.fullmatch(phrase)
    if unit is not None and unit.group("noun").lower() in ORGANISATION_NOUNS:
        # "The city's power utility said": a part of an organisation, unnamed,
        # speaks as itself (never as the owner before it).
        return Speaker(None, Span(start=s0, end=s1), phrase, kind=ActorKind.ORGANIZATION)
    # ("Osei said the report confirmed “…”": inside another verb's object the
    # fragment is the main subject's, as other rules read.)
    embedded = any(
        "," not in doc.text[c1:s0] for _c0, c1 in find_cues(doc.text, doc.sentence_at(s0).start, s0)
    )
    # ("A critic in the comments replied": a preposition's object is no subject.)
    governed = PREPOSITION_BEFORE_NP.search(doc.text, max(floor, s0 - 16), s0) is not None
    grouped = None if others or embedded or governed else group_phrase(doc, s0, s1)
    if grouped is not None and grouped[1] == s1:
        # "…, but a senior official told Reuters": an unnamed source the
        # clause reader found as the subject, not a name in the clause before.
        unnamed = doc.group(*grouped)
        if unnamed is not None and (unnamed.actor is not None or unnamed.group is not None):
            return unnamed
    if not others and _BARE_PLURAL.fullmatch(phrase):
        # "censors had told news sites to “…”": a bare plural noun as the
        # verb's whole subject is an unnamed group, never anyone named nearby.
        return Speaker(None, Span(start=s0, end=s1), phrase)
    if (
        not others
        and (_DEFINITE_DESCRIPTION.fullmatch(phrase) or _title_as_description(phrase))
        and phrase.split()[-1].lower() not in _POSTDETERMINERS
        and not embedded
        and not governed
    ):
        # "When Reyes rose to speak, the crowd chanted “…”": a description
        # the clause reader found as the subject speaks, whether or not it
        # refers back to someone named, never a name in another clause.
        return doc.nominal(Span(start=s0, end=s1))
    if (
        not others
        and phrase.split()[-1].lower() in DOCUMENT_NOUNS
        and _DETERMINED_DOCUMENT.match(phrase)
        # (One noun phrase: not "A judge read the letter".)
        and len(_DETERMINED_DOCUMENT.findall(" " + phrase)) == 1
        and not embedded
        and not governed
    ):
        # "A letter signed by the Harbour Trust called …": a document as the
        # subject speaks for whoever the text says made it, or for itself.
        return doc.nominal(Span(start=s0, end=s1))
    return None


def _family(doc: SpeakerReader, s0: int, s1: int, phrase: str) -> Speaker | None:
    """The people of one surname as the subject ``phrase`` at ``[s0, s1)``: "the Varleys
    argued" (a group of the namesakes the text knows).  ``None`` for a surname alone
    ("Williams said") or one no two people share."""
    family = _FAMILY.fullmatch(phrase)
    if (
        family is not None
        and not phrase.lower().startswith("the ")
        and doc.text[max(0, s0 - 4) : s0].lower() != "the "
    ):
        family = None  # ("Williams said": a surname, not a family)
    others = doc.speakers_between(s0, s1)
    if family is not None and all(a.name == phrase.split()[-1] for _m, a in others):
        members = doc.namesakes.get(family.group(1)) or doc.namesakes.get(family.group(1) + "e")
        if members:
            # "the Varleys argued": the people of that surname, together.
            ids = sorted(members, key=lambda i: min(m.start for m in doc.actors[i].mentions))
            names = [doc.actors[i].name for i in ids]
            return Speaker(
                None,
                Span(start=s0, end=s1),
                group=", ".join(names[:-1]) + " and " + names[-1],
                kind=ActorKind.GROUP,
                members=tuple(ids),
            )
    return None


def _apposition(doc: SpeakerReader, s0: int, s1: int, cue: Span) -> Speaker | None:
    """Who speaks by an apposition to the subject ``[s0, s1)`` before the verb ``cue``:
    the person named in it ("Quinlan's spokesman, Dev Kapoor, said"), a name in it the
    actor stage missed, or the subject, a name the actor stage missed, typed by the noun
    of its apposition ("Agri-Union, the largest farmers' federation, said")."""
    # "Quinlan's spokesman, Dev Kapoor, said": the name in apposition to
    # the subject is who speaks.
    apposed = [
        (m, a)
        for m, a in doc.speakers_between(s1, cue.start)
        if a.kind is ActorKind.PERSON
        # (", former adviser Fiona Hill,", ", the centre-left senator Ana Ruiz,")
        and _APPOSED_ROLE.fullmatch(doc.text, s1, m.start)
        # (", had told": auxiliaries and adverbs may stand before the verb, or
        # a first predicate joined to it: ", declined to name the officials and added")
        and doc.text.startswith(",", m.end)
        and (
            verb_gap(doc.text, m.end + 1, cue.start)
            or (
                _JOINED_PREDICATE.fullmatch(doc.text, m.end, cue.start) is not None
                # (not ", watched as Ruiz stood up and said": another clause's verb)
                and not _SUBORDINATOR.search(doc.text, m.end, cue.start)
                and not doc.speakers_between(m.end, cue.start)
            )
        )
    ]
    if apposed:
        m, a = apposed[0]
        return Speaker(a.id, m.span)
    named = _APPOSED_NAME.fullmatch(doc.text, s1, cue.start)
    if named is not None and not doc.speakers_between(s1, cue.start):
        # "The party's spokesperson on energy, Pieter van Wyk, said", the name
        # unknown to the actor stage: the name in apposition speaks.
        span = Span(start=named.start("name"), end=named.end("name"))
        return Speaker(None, span, span.of(doc.text), kind=ActorKind.PERSON)
    if doc.text.startswith(",", s1) and not doc.speakers_between(s0, cue.start):
        # "Agri-Union, the largest farmers' federation, said": a name the
        # actor stage missed, typed by the noun of its apposition.
        introduced = named_by_apposition(doc, s0, s1, cue.start)
        if introduced is not None:
            return introduced
    return None


def _someone_of(
    doc: SpeakerReader, s0: int, s1: int, floor: int, people: list[tuple[Mention, Actor]]
) -> Speaker | None:
    """An unnamed someone of the person or thing a subject names after a preposition:
    "A lawyer for John Smithers said", "The widow of the late X said" (``people``: the
    people named in the subject ``[s0, s1)``).  ``None`` where it is no such phrase."""
    titled = _TITLES_BEFORE.search(doc.text, max(floor, s0 - 30), s0)
    lead = titled.start() if titled is not None else s0  # (past "Gov." of "Gov. X")
    owner_of = _MODIFIED_BY_PP.search(doc.text, max(floor, lead - 40), lead)
    noun = owner_of.group("noun") if owner_of is not None else ""
    if (
        owner_of is not None
        # ("Critics of X": a capital only where the phrase opens the sentence)
        and (noun.islower() or (noun[1:].islower() and names_people_of(noun)))
        and (
            owner_gap(
                doc.text,
                owner_of.end(),
                people[0][0].start,
                office_of=office_of(noun, _last_preposition(owner_of.group())),
            )
            if people
            else doc.text.startswith("the ", s0)  # ("Allies of the governor")
        )
    ):
        # "A lawyer for John Smithers said", "The widow of the late X said": someone
        # or something of theirs speaks, unnamed, never the person the phrase names.
        start = owner_of.start("np")
        return Speaker(None, Span(start=start, end=s1), doc.text[start:s1])
    return None


def _nameless_subject(
    doc: SpeakerReader, s0: int, s1: int, floor: int, phrase: str
) -> Speaker | None:
    """Who speaks as a subject ``phrase`` at ``[s0, s1)`` that holds no mention of a
    known speaker (a place's may stand in it): a name no list knows ("Putin"), a share
    of those polled, a body by its initials ("the Chinese CDC"), a quantifier alone
    ("another", "others").  ``None`` where it is none of these."""
    if unknown_name(phrase):
        # "Putin had told Trump that …", with no actor for "Putin": a name the
        # actor stage missed is still who speaks, of a kind left open (a
        # given name first makes it a person).
        kind = (
            ActorKind.PERSON
            if " " in phrase and is_given_name(phrase.split()[0])
            else ActorKind.UNKNOWN
        )
        return Speaker(None, Span(start=s0, end=s1), phrase, kind=kind)
    if _SHARE_OF_PEOPLE.fullmatch(phrase):
        # "Forty-one percent said the senator had been “…”": the share of those
        # polled speaks, never the person their answer is about.
        return Speaker(None, Span(start=s0, end=s1), phrase)
    if _DEFINITE_ACRONYM.fullmatch(phrase):
        if is_role(phrase.split()[-1].lower()):
            # "the MP said", "the CEO said": a title, someone's; whose, if the
            # text said so before.
            return doc.nominal(Span(start=s0, end=s1))
        # "though the Chinese CDC has said": a body by its initials, unknown
        # to the lists, is still who speaks (never a name elsewhere).
        return Speaker(None, Span(start=s0, end=s1), phrase, kind=ActorKind.ORGANIZATION)
    if (
        _QUANTIFIER.fullmatch(phrase)
        # ("the very first one says": one of the things just named, not a person.)
        and not _ORDINAL_BEFORE.search(doc.text, max(floor, s0 - 24), s0)
    ):
        # An unnamed source with no noun: "another just wrote", "others replied".
        return Speaker(None, Span(start=s0, end=s1), phrase)
    return None
