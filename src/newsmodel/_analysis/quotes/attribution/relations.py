"""People of a person's, who speak instead of the person named: "friends of
Tom Bell", "an aide to Gov. Ruiz", "a voter who backs X", "the woman X defeated",
"X's lawyer": the head of the phrase speaks, unnamed, never the name inside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsmodel._analysis.clause import verb_gap
from newsmodel._analysis.lexicon import (
    HONORIFICS,
    ORG_HEADS,
    TITLE_WORDS,
    data_alternation,
    data_section,
    descriptor_kind,
    names_a_person,
    singular,
)
from newsmodel._analysis.quotes.attribution.document import QuoteDocument
from newsmodel._analysis.quotes.attribution.speaker import Speaker
from newsmodel._analysis.quotes.attribution.vocabulary import (
    DOCUMENT_NOUNS,
    is_role_or_group_noun,
    people_in_the_plural,
)
from newsmodel._analysis.quotes.cues import ORGANISATION_NOUNS, SOURCE_NOUNS, SPEECH_NOUNS
from newsmodel._model import ActorKind, Span

#: Words after which a name is the head's own: "a man [calling himself] X".
_NAMING_BEFORE = re.compile(
    r"\b(?:" + data_alternation("attribution_cues.txt", "naming_phrases") + r")\s+$"
)

#: What stands before a name inside a modifier of a subject's head noun: "a voter
#: [who backs] X", "the group [that] X founded", "a woman [standing next to] X", "a man
#: [hired by] X".
_NAME_IN_MODIFIER = re.compile(
    r"\s*(?i:" + data_alternation("clause_cues.txt", "determiners") + r")\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*)\s+"
    r"(?:(?:who|whom|that|which)\s+(?P<relative>(?:[a-z][\w’'-]*\s+){0,4})"
    r"|[a-z]+ing\s+(?:[a-z]+\s+){0,2}|[a-z]+ed\s+by\s+)(?:the\s+)?(?:[A-Z][\w’'-]*\.?\s+){0,2}"
)

#: A determiner and a noun of people without a role, right before a name: "[the woman ]X".
_GENERIC_HEAD_BEFORE = re.compile(
    r"\s*(?i:"
    + data_alternation("clause_cues.txt", "determiners")
    + r")\s+(?P<head>"
    + data_alternation("attribution_cues.txt", "generic_person_heads")
    + r")\s+"
)

#: A past verb right after a name, opening the relative clause it is the subject of:
#: "the woman X [defeated]", "the man X [hired]".
_PAST_VERB_AFTER = re.compile(
    r"\s+(?:[a-z]+ed|" + data_alternation("actor_cues.txt", "irregular_pasts") + r")\b"
)

#: A possessive's noun right after it: "X's [aides]", "X's [camp]".
_OWNED_NOUN = re.compile(r"(?:’s|'s|’|')\s+(?:[a-z][\w-]*\s+)?(?P<head>[a-z][\w-]*)")

_RELATION_ADJECTIVES = data_alternation("attribution_cues.txt", "relation_adjectives")

#: A subject phrase opening with people joined to a person: "friends of", "a lawyer
#: for", "an aide to", "people close to", "a longtime friend of the late".
_PEOPLE_OF = re.compile(
    r"\s*(?P<np>(?:(?i:" + data_alternation("clause_cues.txt", "determiners") + r"|two|three)\s+)?"
    r"(?:[a-z-]+\s+)?(?P<noun>(?!(?:"
    + _RELATION_ADJECTIVES
    + r")\b)[A-Za-z][a-z-]+))(?:\s+(?:"
    + _RELATION_ADJECTIVES
    + r"))?\s+(?P<prep>of|for|to)\s+"
)

#: Singular nouns for a body of people: "the family of X", "the camp of X".
_COLLECTIVE_PEOPLE = frozenset(data_section("attribution_cues.txt", "collective_people"))

#: "Someone loyal to X", "anyone close to X": people, unnamed.
_INDEFINITE_PEOPLE = frozenset(data_section("clause_cues.txt", "indefinite_pronouns")) - {
    "he",
    "she",
    "they",
    "we",
    "i",
}


def no_one_person(noun: str) -> bool:
    """A head no single name can stand in apposition to: people in the plural
    ("neighbours", "aides") or a body of them ("the family", "his campaign")."""
    word = noun.lower()
    return people_in_the_plural(word) or word in _COLLECTIVE_PEOPLE


def names_people_of(noun: str) -> bool:
    """Whether a noun before "of"/"for"/"to" names people a person has: "Allies", "a lawyer".

    A document ("a statement from X", "a letter of X") is not: it speaks for X.
    """
    word = noun.lower()
    one = singular(word)
    if word in DOCUMENT_NOUNS or one in DOCUMENT_NOUNS:
        return False
    if noun in ORG_HEADS:
        return False  # "University of California law professor X": a body's name opens
    return (
        is_role_or_group_noun(word)
        or names_a_person(one)
        or word in _INDEFINITE_PEOPLE
        or word in _COLLECTIVE_PEOPLE
        or people_in_the_plural(word)  # "staff of X"
    )


#: What may stand between "of"/"for" and the name it governs: "the late", a title.
_OWNED_NAME_GAP = re.compile(r"\s*(?:the\s+)?(?:(?:[a-z][\w-]*|[A-Z][\w’'-]*\.?)\s+){0,5}")

#: Lower-case words that may stand before an owner's name: "an aide to [former] Gov. X".
_NAME_PREMODIFIERS = frozenset(data_section("attribution_cues.txt", "name_premodifiers"))

#: Prepositions, which open a phrase of their own inside a gap ("the union [of] teachers").
_PREPOSITIONS = frozenset(data_section("attribution_cues.txt", "object_prepositions"))

#: Determiners, which open a noun phrase of their own inside a description.
_DETERMINERS = frozenset(data_section("clause_cues.txt", "determiners"))

#: Relative pronouns, which open a clause inside a gap ("one fan, [who] blamed captain X").
_RELATIVE_PRONOUNS = frozenset(data_section("attribution_cues.txt", "relative_pronouns"))


def names_the_head_before(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends in words that name the head before a name:
    "a man [calling himself] X", "a witness, [who gave her name as] X"."""
    return _NAMING_BEFORE.search(text, max(start, end - 40), end) is not None


def is_name_premodifier(word: str) -> bool:
    """A lower-case word that may stand before a name it describes: "former", "acting"."""
    return word in _NAME_PREMODIFIERS


def describes_a_person(words: Sequence[str]) -> bool:
    """Whether lower-case ``words`` before a name describe a person: a noun for people
    last ("journalist", "candidate", "adviser"), after words that modify it ("slain",
    "write-in", "former", "missing"); no preposition or relative pronoun, which would
    open a phrase of its own."""
    if not words or not (words[-1] in _NAME_PREMODIFIERS or names_a_person(words[-1])):
        return False
    return not any(w in _PREPOSITIONS or w in _RELATIVE_PRONOUNS or not w.islower() for w in words)


#: The comma that ends a description a name is in apposition to: "the victim[, ]X".
_APPOSITION_END = re.compile(r"\s*,\s*$")


def owner_gap(
    text: str, start: int, end: int, *, office_of: bool, apposition: bool = False
) -> bool:
    """Whether ``text[start:end]``, between "of"/"for" and a name, keeps the name an owner.

    "friends of [the late ]X", "a lawyer for [Gov. ]X", "aides to [Springfield Mayor ]X",
    "the father of [striker ]X": the name is the person whose people speak.  In "the
    mayor of [Springfield ]X" a place ends the gap, and the name is in apposition: X
    is the mayor.  After an office written as a title and "of" (``office_of``:
    "Secretary of [State ]X", "Minister of [Justice ]X") only an honorific keeps the
    name apart ("the Secretary of [Sen. ]X").  With ``apposition`` (a head that is
    no one person: "neighbours", "the family") the gap may be a description of a
    person and a comma: "neighbours of [the victim, ]X".
    """
    apposed = _APPOSITION_END.search(text, start, end) if apposition else None
    if apposed is not None:
        # "neighbours of the victim, X": the name in apposition to the description
        # it follows, which must be one of a person ("the late poet").
        words = text[start : apposed.start()].split()
        words = words[1:] if words[:1] in (["the"], ["a"], ["an"]) else words
        # (one short noun phrase: "the families to meet the detained members, X" is none)
        return len(words) <= 3 and not _DETERMINERS & set(words) and describes_a_person(words)
    gap = _OWNED_NAME_GAP.fullmatch(text, start, end)
    if gap is None:
        return False
    words = text[start:end].split()
    words = words[1:] if words[:1] == ["the"] else words
    lower = [w for w in words if w[:1].islower()]
    if lower and not describes_a_person(lower):
        return False  # ("the secretary of state X": no modifier of an owner)
    if not words or words[-1][:1].islower() or words[-1] in HONORIFICS:
        # ("the father of striker X", "a spokeswoman for Halvorsen chief executive X":
        # the role right before the name is the owner's own)
        return True
    return not office_of and words[-1] in TITLE_WORDS


def office_of(noun: str, preposition: str) -> bool:
    """An office written as a title, then "of": "Secretary of", "Minister of" (a place
    or a body follows); "the spokesman of", "the father of" are someone's people."""
    return (
        preposition == "of"
        and noun[:1].isupper()
        and noun in TITLE_WORDS
        and descriptor_kind(noun.lower()) != "relation"
    )


def _heads_a_subject(noun: str) -> bool:
    """A noun that may head a subject a name modifies: people, a body, a document."""
    one = singular(noun)
    return (
        names_a_person(one)
        or people_in_the_plural(noun)
        or one in ORGANISATION_NOUNS
        or one in SOURCE_NOUNS
        or one in DOCUMENT_NOUNS
    )


def _speaks_for_maker(noun: str) -> bool:
    """A document or words, which speak for whoever made them: "a memo that X wrote", "X's plea"."""
    word = singular(noun.lower())
    return word in DOCUMENT_NOUNS or word in SPEECH_NOUNS or noun.lower() in SPEECH_NOUNS


#: Where a word starts.
_WORD_START = re.compile(r"(?<![\w’'.-])[A-Za-z]")


def head_speaker(
    doc: QuoteDocument, start: int, end: int, found: Speaker | None, *, whole_phrase: bool = True
) -> Speaker | None:
    """The speaker found in a subject phrase, unless the phrase's head is someone else.

    "“…,” friends of Tom Bell said", "said an aide to Gov. Ruiz", "people close
    to the mayor", "a farmer who knows X", "a pollster hired by X": someone of
    the person's speaks, unnamed, never the person.  With ``whole_phrase``
    (``text[start:end]`` is the whole subject) a possessive name owns the head
    too: "one of X's advisers", "said X's lawyer".
    """
    if found is None or found.actor is None or found.mention is None:
        return found
    if doc.actors[found.actor].kind is not ActorKind.PERSON:
        return found
    named = found.mention
    if _NAMING_BEFORE.search(doc.text, max(start, named.start - 40), named.start):
        return found  # ("a man who identified himself as X": X is the man)
    phrase_end = end
    modifier = _NAME_IN_MODIFIER.fullmatch(doc.text, start, named.start)
    if (
        modifier is not None
        and (
            not _heads_a_subject(modifier.group("head"))
            # ("a figure that she said was": she is the verb's own subject)
            or (
                modifier.group("relative") == ""
                and (
                    not doc.text[named.end : end].strip(" ,") or verb_gap(doc.text, named.end, end)
                )
            )
        )
    ):
        modifier = None
    if modifier is None:
        # "the woman X defeated said": a relative clause without "who" or "that"
        modifier = _GENERIC_HEAD_BEFORE.fullmatch(doc.text, start, named.start)
        # (the verb right after the name, wherever the phrase was cut)
        if modifier is not None and not _PAST_VERB_AFTER.match(doc.text, named.end):
            modifier = None
    if modifier is None and whole_phrase:
        modifier = _OWNED_NOUN.match(doc.text, named.end, end)
        phrase_end = modifier.end() if modifier is not None else end
    if modifier is not None and not _speaks_for_maker(modifier.group("head")):
        # The name is inside what modifies the head, or owns it; the head speaks.
        return unnamed_phrase(doc, start, phrase_end)
    opening = _PEOPLE_OF.match(doc.text, start, named.start)
    if (
        opening is not None
        and names_people_of(opening.group("noun"))
        and owner_gap(
            doc.text,
            opening.end(),
            named.start,
            office_of=office_of(opening.group("noun"), opening.group("prep")),
            apposition=opening.group("prep") == "of" and no_one_person(opening.group("noun")),
        )
    ):
        return unnamed_phrase(doc, opening.start("np"), named.end)
    return found


def unnamed_phrase(doc: QuoteDocument, start: int, end: int) -> Speaker:
    """An unnamed speaker described by ``text[start:end]``, past spaces and commas."""
    phrase = doc.text[start:end].strip(" ,").rstrip(".;:")  # (not the sentence's stop)
    at = doc.text.index(phrase, start)
    return Speaker(None, Span(start=at, end=at + len(phrase)), phrase)


def head_of(doc: QuoteDocument, found: Speaker, floor: int, end: int) -> Speaker:
    """The speaker found, or the head of a phrase opening before it that it is
    only part of ("Friends of [Tom Bell]", "a voter who backs [X]"), where no
    one has read where the phrase starts."""
    if found.mention is None:
        return found
    named_at = found.mention.start
    for word in _WORD_START.finditer(doc.text, max(floor, named_at - 60), named_at):
        owned = head_speaker(doc, word.start(), end, found, whole_phrase=False)
        if owned is not found and owned is not None:
            return owned
    return found
