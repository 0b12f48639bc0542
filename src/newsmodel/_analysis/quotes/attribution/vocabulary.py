"""What words and short phrases name, with no document to read: nouns of people,
roles and documents, names no list knows, and the phrase shapes several readings share.
"""

from __future__ import annotations

import re

from newsmodel._analysis.lexicon import (
    COMMON_WORDS,
    GROUP_NOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
    data_alternation,
    data_section,
    gazetteer,
    is_person_noun,
    names_a_person,
    singular,
)

#: Nouns of documents, which speak for whoever made them: "statement", "letter".
DOCUMENT_NOUNS = frozenset(data_section("attribution_cues.txt", "document_nouns"))

#: The subject pronoun of a possessive determiner: "her letter" is the letter "she" wrote.
POSSESSIVE_SUBJECT = dict(
    entry.split() for entry in data_section("attribution_cues.txt", "possessive_subjects")
)

#: An age as a description's head: "the [52-year-old]".
AGE = re.compile(r"\d+-year-old$")


def names_nationality(phrase: str) -> bool:
    """ "the Portuguese", "the Ukrainian": a person named by nationality."""
    words = phrase.split()
    return (
        len(words) == 2
        and words[0].lower() == "the"
        and gazetteer().country_of_demonym(words[1]) is not None
    )


def unknown_name(phrase: str) -> bool:
    """Capitalised words that read as a name no list knows: "Putin", "Ana Ruiz"."""
    if not _CAPITALISED_NAME_OR_WORD.fullmatch(phrase):
        return False
    words = phrase.split()
    return not (
        re.search(r"['’]s?$", phrase)  # "China's [ambassador]": an owner, not a name
        or any(w.lower() in COMMON_WORDS for w in words)
        or any(is_person_noun(w.lower().rstrip("s")) for w in words)
        or gazetteer().lookup(phrase) is not None
        or gazetteer().country_of_demonym(words[-1]) is not None
    )


#: One to three capitalised words.
_CAPITALISED_NAME_OR_WORD = re.compile(r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,2}")


def is_role(head: str) -> bool:
    """A role noun, or a title written as one: "spokesman", "the cardinal", "the sheriff"."""
    return head in ROLE_NOUNS or head.capitalize() in TITLE_WORDS or head.upper() in TITLE_WORDS


def is_role_or_group_noun(word: str) -> bool:
    """A role or group noun, singular or plural: "lawyers", "premier", "experts"."""
    return any(w in ROLE_NOUNS or w in GROUP_NOUNS for w in (word, word.removesuffix("s")))


#: Nouns of people in the plural that do not end in "s": "the staff", "the crowd".
_PLURAL_PEOPLE = frozenset(data_section("attribution_cues.txt", "people_in_the_plural"))


def people_in_the_plural(noun: str) -> bool:
    """A plural noun of people: "senators", "fishermen", "staff" (not "talks", "news")."""
    if noun in _PLURAL_PEOPLE:
        return True
    if noun.endswith("men"):
        return names_a_person(noun[:-3] + "man")
    return noun.endswith("s") and names_a_person(singular(noun))


#: Words after a description's head that are no part of it: its modifier's prepositions
#: ("a source [inside] the camp") and "an aide [to]", "a person [close] to", "a source
#: [familiar] with", "someone [who]".
_AFTER_HEAD = frozenset(data_section("attribution_cues.txt", "group_modifier_prepositions")) | set(
    data_section("attribution_cues.txt", "description_closers")
)


def description_head(phrase: str) -> str:
    """The head noun of a description, lower case: the word before its first modifier word.

    "A source inside the Tolmar prison" → "source"; "senior official" → "official".
    """
    words = phrase.lower().split()
    for i, word in enumerate(words):
        if word in _AFTER_HEAD and i > 0:
            return words[i - 1]
    return words[-1] if words else ""


#: A preposition right before a noun phrase, whose object it makes it: "[inside ]the camp".
PREPOSITION_BEFORE_NP = re.compile(
    r"\b(?i:of|in|inside|outside|within|at|for|from|with|on|by|to|near|behind|among)\s+$"
)

#: A noun right after a name (possessive or not): "Tesla's [lawyers]", "NASA [engineers]".
MODIFIED_HEAD = re.compile(r"(?:['’]s?)?\s+(?P<head>[a-z][a-z-]+)\b")

#: A determiner's noun phrase ending a stretch of text: "the former governor", "a spokesman".
NOMINAL = re.compile(
    r"(?<![\w'’-])(?P<np>(?:the|a|an|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?P<head>\w[\w-]*))\s*$",
    re.IGNORECASE,
)

#: A clause opening with "he" or "she", perhaps after an adverbial and a comma.
PRONOUN_OPENS = re.compile(
    r"\s*(?:[^,.;:!?“”\"]{1,40},\s*"
    # ("At one point she reminded them:": a short opening phrase without a comma.)
    r"|(?:At|In|On|Later|Then|Afterwards|Finally)\s+(?:[a-z]+\s+){1,3}?)?(he|she|He|She)\b"
)

#: A verb of asking after its subject: "[Another reporter] asked whether", "shouted a question".
ASKS_AFTER = re.compile(
    r"\s+(?:(?:" + data_alternation("attribution_cues.txt", "asking_verbs") + r")\b"
    r"|(?:shouted|called\s+out|put|posed|had)\s+(?:a|one|another)\s+(?:\w+\s+){0,2}?question)"
)
