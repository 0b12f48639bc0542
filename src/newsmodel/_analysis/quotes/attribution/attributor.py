"""Who said a quote: the reporting verb (the cue) and its subject.

The attribution of one quote is read from its sentence, in order of how
reliable each construction is:

1. ``“…,” he said`` — a pronoun and a verb right after the quote;
2. ``“…,” said Peskov`` / ``“…,” explains Dr. X`` — an inverted verb;
3. ``“…,” Kremlin spokesman Peskov said`` — a subject phrase, then the verb;
4. ``“long” session, per a source`` — "per" or "according to" naming a source;
   ``“…” — Dana Whitfield, owner of …`` — a name signing the quote;
5. ``X said / declaring / described it as “…”`` — the last cue before the
   quote and its subject, read by the clause reader (:mod:`..clause`) past
   time phrases, appositives and relative clauses, then a relative "who",
   the name right before a participle, the nearest subject-like mention, a
   pronoun, the owner of a speech noun ("Trump's statements urging"), an
   unnamed source;
6. ``“…” fragment …, he warned`` / ``…, said another witness, X`` — a cue
   later in the sentence; ``described by X: “…”`` — a colon introduction;
7. no cue: the owner of a speech noun, or the subject of the clause quoting
   a short fragment.

Pronouns resolve in nearby sentences, then against the discourse state
(:mod:`..coreference`); descriptions ("the doctor", "the company") link to
the named actor they describe; a bare surname two people share goes to the
one named last without doubt.  Each result names its rule (docs/model.md).

The engine (:mod:`.engine`) then applies what spans sentences: the previous
speaker keeps talking, the current speaker of a passage keeps cue-less
quotes, a quoted heading takes the speaker of the same words quoted later.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from newsmodel._analysis.clause import VERBISH, leading_subject, subject_before, verb_gap
from newsmodel._analysis.coreference import (
    Discourse,
    Referent,
    described_subjects,
    fronted_participle,
    latent_people,
    modifies_noun,
    opens_with_participle,
    previous_paragraph_start,
    unnamed_people,
)
from newsmodel._analysis.lexicon import (
    COMMON_WORDS,
    GROUP_NOUNS,
    HONORIFICS,
    ORG_HEADS,
    PRONOUNS,
    ROLE_NOUNS,
    TITLE_WORDS,
    data_alternation,
    data_section,
    descriptor_kind,
    gazetteer,
    is_given_name,
    is_person_noun,
    names_a_person,
    office_modifiers,
    sex_of_noun,
    singular,
)
from newsmodel._analysis.quotes.cues import (
    FINITE_AFTER_FOLDED,
    GROUP,
    NAMED_ORGANISATION_NOUNS,
    ORGANISATION_NOUNS,
    PRONOUN_SUBJECT,
    REPORTING_VERBS,
    SOURCE_NOUNS,
    SPEECH_NOUNS,
    SPOKEN_TAG_VERB,
    TAG_VERB,
    VERB,
    clean_group,
    find_cues,
    is_bare_noun,
)
from newsmodel._analysis.quotes.gender import gender_hints
from newsmodel._analysis.quotes.marks import QuoteSpan
from newsmodel._analysis.quotes.mentions import (
    MentionIndex,
    can_speak,
    is_possessive,
    is_subject_like,
)
from newsmodel._analysis.text import Sentence, fold_case, sentences
from newsmodel._model import Actor, ActorKind, Block, Mention, Span

__all__ = ["Attribution", "Attributor", "Speaker", "description_head"]


class Speaker(NamedTuple):
    """Who speaks: an actor id, or an unnamed source to be created from ``group``."""

    actor: str | None
    mention: Span | None
    group: str | None = None
    #: the named mention a pronoun or description ``mention`` was resolved to
    antecedent: Span | None = None
    #: the kind of actor to create from ``group`` (a first-name-only person, or a group)
    kind: ActorKind = ActorKind.GROUP
    #: the named actors a ``group`` is made of ("A and B said"), by id
    members: tuple[str, ...] = ()


class Attribution(NamedTuple):
    """The speaker of one quote and the cue that says so."""

    speaker: Speaker | None
    cue: str | None
    cue_span: Span | None
    #: the name of the rule that chose the speaker (listed in docs/model.md)
    rule: str | None = None


_NONE = Attribution(None, None, None)
_Step = Callable[[int, int, str], "Attribution | None"]
#: How far before and after a quote its attribution is looked for, in characters.
_WINDOW = 400
#: A quote ending in a question or exclamation, perhaps inside closing marks.
_ENDS_ASKING = re.compile(r"[?!—–-][’'\")\]]*$")
_ACCORDING = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)
#: "per X" / "according to X" naming a source; "per school", "per cent" (a bare
#: singular noun) only divide.
_PER_AFTER = re.compile(
    r"\b(?:[Pp]er\s+(?!(?!(?:the|a|an|his|her|its|their|our)\b)[a-z]+(?<!s)\b)"
    r"|(?i:according\s+to|in\s+the\s+words\s+of)\s+)"
)
_POSSESSIVE_PRONOUN_SPEECH = re.compile(
    r"\b(?P<who>[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,3}?(?P<noun>"
    + "|".join(sorted(SPEECH_NOUNS, key=len, reverse=True))
    + r")\b"
)
#: What a speech noun is about, right after it: "her account [of Hale]".
_ABOUT_AFTER = re.compile(r"\s+(?:of|about|on)\s+(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]*")
_SUBJECT_THEN_CUE = re.compile(
    rf"^\W{{0,3}}\s*(?P<subj>[^.;:!?“”\"«»]{{1,140}}?)\s*,?\s+"
    # (Not a noun after a preposition: "the secretary of [state] said".)
    r"(?<!\bof )(?<!\bfor )(?<!\bin )(?<!\bat )(?<!\bon )(?<!\bwith )(?<!\bfrom )(?<!\bby )"
    rf"(?P<cue>{VERB})\b",
    re.IGNORECASE,
)
#: A tag after a quote whose whole predicate is a verb of ``TAG_VERB``: a name,
#: pronoun or short description, the verb, perhaps an adverb, and the clause's end.
_TAG_SUBJECT = (
    r"^\W{0,3}\s*(?P<subj>(?:he|she|they|(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
    r"|the\s+[\w’'-]+(?:\s+[\w’'-]+)?))\s+"
)
_TAG_END = r"\b(?=(?:\s+(?:back|again|\w+ly))?\s*(?:[.,;!]|$))"
_SUBJECT_THEN_TAG = re.compile(_TAG_SUBJECT + rf"(?P<cue>{TAG_VERB})" + _TAG_END)
_SUBJECT_THEN_SPOKEN_TAG = re.compile(_TAG_SUBJECT + rf"(?P<cue>{SPOKEN_TAG_VERB})" + _TAG_END)
_INVERTED_LATER = re.compile(
    r",\s*(?P<cue>said|says|added|wrote|according\s+to|explained|noted|argued|warned)\s+",
    re.IGNORECASE,
)
_NOMINAL = re.compile(
    r"(?<![\w'’-])(?P<np>(?:the|a|an|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?P<head>\w[\w-]*))\s*$",
    re.IGNORECASE,
)
_AGE = re.compile(r"\d+-year-old$")
#: A possessive determiner and a noun for people: "his deputy", "her long-time lawyer".
_POSSESSIVE_ROLE = re.compile(r"(?i:his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z][\w-]*)")
#: A verb in the past or present ending a clause at its colon: "… fumed:", "… says:".
#: A pronoun and a reporting verb right after a quote: "“…,” she said" (compiled once:
#: built at each call, the pattern's hundreds of verbs were hashed for re's cache).
_PRONOUN_CUE_AFTER = re.compile(
    rf"^\W{{0,3}}\s*(?P<who>he|she|they|it|we)\s+(?P<cue>{VERB})\b", re.I
)
#: A verb in the past or present tense right before a colon: "she tweeted:".
_VERB_BEFORE_COLON = re.compile(r"\b([a-z]{3,}(?:ed|s))\s*:\s*$")
#: Nouns of people who speak for an organisation: "a spokesperson", "a representative".
_SPOKESPEOPLE = frozenset(data_section("attribution_cues.txt", "spokesperson_nouns"))
#: A pronoun and one verb, perhaps with a particle, ending a sentence after a quote.
_PRONOUN_TAG = re.compile(
    r"^[,”\"’'\s]{0,4}(?P<who>he|she|they)\s+(?P<cue>[a-z]{3,}(?:\s+(?:back|out|up|on|in))?)"
    r"\s*[.!?]"
)
#: How many unnamed people before a description it may refer back to.
_UNNAMED_LOOKBACK = 8
#: An owner and the organisation noun of a unit of theirs: "the city's power utility".
_OWNED_UNIT = re.compile(
    r"(?:[Tt]he\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,4}?['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?P<noun>[a-z]+)"
)
_POSSESSIVE_WORDS = frozenset(data_section("attribution_cues.txt", "possessive_determiners"))
_SHARE = r"(?i:one|two|three|some|each|both|either|neither|none)\s+of\s+"
#: A share's words right before "them": "[one of ]them".
_SHARE_BEFORE = re.compile(_SHARE + r"$")
#: A share of a group named before: "one of them", "two of those".
_ONE_OF_THEM = re.compile(_SHARE + r"(?i:them|those)")
#: A counted plural source opening its phrase: "[Two] people …", "[The three] officials".
_COUNTED_GROUP = re.compile(
    # (A count of sources is small: "50,000 people" is a crowd, and "000" no count.)
    r"(?i:(?:the\s+)?(?:two|three|four|five|several|some|many|both|(?<![\d,.])\d{1,2}))\s+"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?:people|[a-z]+s)\b"
)
#: Words before a role noun that tell one holder of the role from another.
_ROLE_QUALIFIERS = frozenset(data_section("attribution_cues.txt", "role_qualifiers"))
#: A noun phrase and a personal pronoun ending a subject read: "a role [he]".
_PRONOUN_ENDS_PHRASE = re.compile(r"\w[\w'’-]*\s+(he|she|they|we)\s*$", re.IGNORECASE)
#: A description after an inverted verb, up to four words: "said [the former governor]".
_INVERTED_DESCRIPTION = re.compile(r"(?:the|a|an|one|another)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}")
#: One lower-case noun after a source noun, ending the subject: "member [states]".
_COMPOUND_HEAD = re.compile(r"[ \t]+([a-z][a-z-]*[a-z])[ \t]*")
_AGE_IN_PHRASE = re.compile(r"\b\d+-year-old\b")
#: A title right before a surname: "Mrs. ", "Governor ", "Sen. ".
_TITLE_BEFORE_NAME = re.compile(r"\b(?:[A-Z][a-z]{1,3}\.|[A-Z][a-z]+)\s+$")
#: An indefinite description of one person: "A Labour whip", "One resident", "Another voter".
_INDEFINITE_PERSON = re.compile(r"(?:[Aa]n?|[Oo]ne|[Aa]nother)\s")
#: A determiner opening a document's noun phrase: "A letter", "the report", "its memo".
_DETERMINED_DOCUMENT = re.compile(r"(?i:\ba|\ban|\bthe|\bthis|\bthat|\bits|\bhis|\bher|\btheir)\s")
#: A free relative pronoun as a verb's subject: "whoever [posted] them".
_FREE_RELATIVE = re.compile(r"\b(?i:whoever|whomever|whatever|anyone\s+who)\s+$")
#: An age stated right after a name: "Ana Ruiz, 52," or "Ana Ruiz (52)".
_STATED_AGE = re.compile(r"(?:,\s*|\s+\()(\d{1,3})(?:,|\))")
#: A complementiser (and any title) right before a name: the name's clause is embedded.
#: A definite description with a lower-case head: "The presidency", "the Democratic governor".
_DESCRIPTION_SUBJECT = re.compile(r"(?i:the)\s+(?:[\w-]+\s+){0,3}[a-z][\w-]*")
_PREPOSITION_BEFORE_NP = re.compile(
    r"\b(?i:of|in|inside|outside|within|at|for|from|with|on|by|to|near|behind|among)\s+$"
)
#: The owner inside a description: "the association's secretary" → "association".
_OWNER_IN_PHRASE = re.compile(r"(\w+)['’]s?\s+\S")
_PRONOUN_SUBJECT_AFTER_COMMA = {
    w: re.compile(rf",\s+{w}\s+[a-z]", re.IGNORECASE) for w in ("he", "she")
}
_AFTER_COMMA = re.compile(r",\s*(?:(?:also|again|then|later)\s+)?$")
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
_POSSESSIVE_BEFORE = re.compile(r"\b(?i:his|her|its|their)\s+$")
_POSSESSIVE_DETERMINER = re.compile(r"(?i:(his|her|its|their))\s")
_COMPLEMENT = re.compile(r"\b(?:that|whether|if)\b")
_COMPLEMENT_BEFORE = re.compile(r"\b(?:that|whether|if)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$")
#: Subjects that are unnamed sources without a noun: "another", "some", "others".
_QUANTIFIER = re.compile(
    r"(?i:another|others|some|many|several|one|most|few|someone|somebody|(?:every|any)(?:one|body))"
)
#: How far back a description or a surname looks for whom it names, in characters;
#: bounded so that the work per quote does not grow with the article.
_REACH = 8000
#: Words joining a modifier name to the head of its noun phrase: " campaign spokesman ".
_NP_LINK = re.compile(
    r"(?:['’]s?)?(?:\s+(?:"
    + "|".join(
        sorted(
            ROLE_NOUNS | frozenset(data_section("attribution_cues.txt", "role_link_words")),
            key=len,
            reverse=True,
        )
    )
    + r"|[A-Z][\w.]*)){1,4}\s+"
)
#: A document issued, then a participle of saying: "issued a statement saying".
#: A noun right after a name (possessive or not): "Tesla's [lawyers]", "NASA [engineers]".
_MODIFIED_HEAD = re.compile(r"(?:['’]s?)?\s+(?P<head>[a-z][a-z-]+)\b")


def _names_nationality(phrase: str) -> bool:
    """ "the Portuguese", "the Ukrainian": a person named by nationality."""
    words = phrase.split()
    return (
        len(words) == 2
        and words[0].lower() == "the"
        and gazetteer().country_of_demonym(words[1]) is not None
    )


#: A share of people as a subject: "Forty-one percent", "52%", "a majority", "two-thirds".
_SHARE_OF_PEOPLE = re.compile(
    r"(?i:(?:about\s+|nearly\s+|almost\s+|some\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)"
    r"|[a-z]+(?:-[a-z]+)?\s+(?:percent|per\s+cent)|(?:a|the)\s+majority|[a-z]+-thirds"
    r"|(?:about\s+)?half))"
)
#: A family by its surname in the plural: "the Varleys", "the Hendersons".
_FAMILY = re.compile(r"(?:(?i:the)\s+)?([A-Z][a-z]+?)(?:es|s)")
#: A body by its initials after "the", perhaps with a nationality: "the Chinese CDC".
_DEFINITE_ACRONYM = re.compile(r"(?i:the)\s+(?:[A-Z][a-z]+\s+){0,2}[A-Z]{2,6}")


def _unknown_name(phrase: str) -> bool:
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


def _is_function_word(word: str) -> bool:
    """A pronoun, adverb or other closed-class word: "both", "themselves", "privately"."""
    return word in COMMON_WORDS or word.endswith("ly")


def _is_role(head: str) -> bool:
    """A role noun, or a title written as one: "spokesman", "the cardinal", "the sheriff"."""
    return head in ROLE_NOUNS or head.capitalize() in TITLE_WORDS or head.upper() in TITLE_WORDS


#: Abbreviated titles and the role nouns they shorten: "Gov." the governor, "Rep."
#: the representative or the congresswoman.
def _title_abbreviations() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for line in data_section("attribution_cues.txt", "title_abbreviations"):
        abbreviation, noun = line.split()
        out.setdefault(abbreviation, set()).add(noun)
    return {a: frozenset(nouns) for a, nouns in out.items()}


_TITLE_ABBREVIATIONS = _title_abbreviations()


def _abbreviates(role: str, words: list[str]) -> bool:
    """Whether a role of abbreviated titles is the description ``words`` (lower case).

    "Gov." is "the governor" and "the 74-year-old governor"; "Lt. Gov." is "the
    lieutenant governor", not "the governor"; "Col." is never "the columnist".
    """
    parts = role.split()
    if not any(p in _TITLE_ABBREVIATIONS for p in parts):
        return False
    expanded = [_TITLE_ABBREVIATIONS.get(p, frozenset({p.lower()})) for p in parts]
    n = len(expanded)
    return (
        len(words) >= n
        and all(w in nouns for w, nouns in zip(words[-n:], expanded, strict=True))
        and not any(_is_role(w) or w in _ROLE_QUALIFIERS for w in words[:-n])
    )


def _holds_now(described: Sequence[str], roles: Sequence[str]) -> bool:
    """Whether "the former trade minister" describes the office's current holder:
    someone whose role has the noun but not "former" is not a former one."""
    if "former" not in described or not described:
        return False
    head = described[-1]
    return any(
        head in r.lower().split() and not {"former", "ex"} & set(re.split(r"[\s-]+", r.lower()))
        for r in roles
    )


def _head_person(text: str, people: Sequence[tuple[Mention, Actor]]) -> tuple[Mention, Actor]:
    """The person a subject phrase is about: the last one named, but not a name that
    only modifies another after "of" ("Amos Terrell of Civic Ledger")."""
    for first, later in itertools.pairwise(people):
        if _POST_MODIFIER.fullmatch(text, first[0].end, later[0].start):
            return first
    return people[-1]


def _role_has(role: str, head: str) -> bool:
    """Whether a role is one of ``head``: "finance minister" is a minister, but "the
    senator's husband" is no senator."""
    return re.search(rf"(?<![\w-]){re.escape(head)}(?![\w-]|[’']s\b)", role.lower()) is not None


def _role_words(role: str) -> set[str]:
    """A role's words in lower case, hyphenated titles split and abbreviations read:
    "Lt. Gov." gives lieutenant and governor, "Vice-President" vice and president."""
    words: set[str] = set()
    for word in re.split(r"[\s\-–]+", role):
        words |= _TITLE_ABBREVIATIONS.get(word, frozenset({word.lower().rstrip(".")}))
    return words


def _uncapitalised(phrase: str) -> str:
    """``phrase`` with a sentence's capital taken off its first word ("The" -> "the")."""
    return phrase[:1].lower() + phrase[1:]


def _is_latent(key: str) -> bool:
    """A discourse key of a named person the actor stage missed ("~Lena").

    Not an unnamed person ("~~" keys: "one woman"), who speaks as a description.
    """
    return key.startswith("~") and not key.startswith("~~")


#: Words after a description's head that are no part of it: its modifier's prepositions
#: ("a source [inside] the camp") and "an aide [to]", "a person [close] to", "a source
#: [familiar] with", "someone [who]".
_AFTER_HEAD = frozenset(data_section("attribution_cues.txt", "group_modifier_prepositions")) | {
    "to",
    "close",
    "near",
    "familiar",
    "who",
    "that",
    "on",
}


def description_head(phrase: str) -> str:
    """The head noun of a description, lower case: the word before its first modifier word.

    "A source inside the Tolmar prison" → "source"; "senior official" → "official".
    """
    words = phrase.lower().split()
    for i, word in enumerate(words):
        if word in _AFTER_HEAD and i > 0:
            return words[i - 1]
    return words[-1] if words else ""


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


def _affiliations(words: Sequence[str]) -> set[str]:
    """The parties and nations among ``words`` (lower case): "democratic", "france"."""
    out = set()
    for w in words:
        if descriptor_kind(w) == "party":
            out.add(w.rstrip("s").removesuffix("ic"))  # "democratic" and "democrats" agree
        country = gazetteer().country_of_demonym(w)
        if country is not None:
            out.add(country.lower())
    return out


def _contradicts(described: Sequence[str], roles: Sequence[str]) -> bool:
    """Whether a description's party, nation or office is not the one a person's roles give.

    "the Democratic nominee" is not "the Republican nominee", nor "the governor"
    Lieutenant Governor X; a role that names no party or nation says nothing
    either way.
    """
    if described:
        # "the governor" is not Lieutenant Governor X, "the chancellor" not the
        # shadow chancellor: every role with the head names another office.
        offices = office_modifiers(" ".join(described))
        headed = [r for r in roles if described[-1] in _role_words(r)]
        if headed and all(office_modifiers(r) != offices for r in headed):
            return True
        if headed and "former" not in described and all("former" in r.lower() for r in headed):
            return True  # "the senator" is not a former senator
    said = _affiliations(described)
    if not said:
        return False
    held = _affiliations([w for r in roles for w in re.findall(r"[\w-]+", r.lower())])
    return bool(held) and not said & held


def _is_epithet(head: str) -> bool:
    """A singular role, occupation or gendered noun: "the duchess", "the new bride".

    Not everyday nouns for people ("the patient", "the source"), which more
    often bring in someone else than name the person in focus.
    """
    if head in ORGANISATION_NOUNS:
        return False  # "the company": an organisation's description
    singular = head.removesuffix("s")
    if singular != head and (singular in ROLE_NOUNS or descriptor_kind(singular) is not None):
        return False  # "the authors": more than one person
    return bool(sex_of_noun(head)) or _is_role(head) or descriptor_kind(head) == "occupation"


def _names_head(name: str, head: str) -> bool:
    """Whether an organisation's name has the description's noun: "Ministry of X", "ministry"."""
    words = {w.lower() for w in re.findall(r"\w+", name)}
    return head in words or (head.endswith("s") and head[:-1] in words)


def _is_person_noun(word: str) -> bool:
    """A role or group noun, singular or plural: "lawyers", "premier", "experts"."""
    return any(w in ROLE_NOUNS or w in GROUP_NOUNS for w in (word, word.removesuffix("s")))


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
        and _is_person_noun(noun.group(1))
        and _ARTICLE_AND_MODIFIERS.search(text, max(s0, name.start - 30), name.start) is not None
    )


#: Verbs whose passive subject is the one spoken to: "he was asked not to “…”".
_ADDRESSEE_PASSIVE = re.compile(
    r"\b(?:"
    + data_alternation("attribution_cues.txt", "passive_auxiliaries")
    + r")\s+"
    + r"(?:\w+ly\s+|not\s+|(?:later|also|never|then|first|once|again|even|still)\s+)?$",
    re.I,
)
_ADDRESSED = frozenset(data_section("attribution_cues.txt", "addressing_verbs"))
#: A passive verb of addressing right after its subject: "[X] was asked not to".
_ADDRESSED_AFTER = re.compile(
    r"\s+(?:(?:has|have|had)\s+been|was|were|is|are|got|gets)\s+"
    r"(?:\w+ly\s+|not\s+|(?:later|also|never|then|first|once|again|even|still)\s+)?"
    r"(?:" + "|".join(sorted(_ADDRESSED)) + r")\b",
    re.I,
)
#: A relative clause opened, and not closed, before a verb: ", which the court has [said]".
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|whom|whose|where)\b[^,;:“”\"]*$")
#: The main clause taken up again after a relative clause: ", and that", ", would".
_RELATIVE_CLOSED = re.compile(
    r"\w,\s+(?:(?:and|but)\s+that|would|will|could|should|must|can|is|was|are|were|has|had)\b"
)
#: A word opening a clause of its own: "watched [as] Ruiz spoke".
_SUBORDINATOR = re.compile(
    r"\b(?:as|while|when|whereas|after|before|because|until|since|if|once|whom?|which|that)\b"
)
#: A predicate joined to the reporting verb after an apposition: ", declined to
#: comment and said".
_JOINED_PREDICATE = re.compile(
    r",\s+[a-z][^,;:“”\"]{0,80}?\s(?:and|but)\s+(?:(?:also|then|only|later)\s+)?"
)
#: The subject pronoun of a possessive determiner: "her letter" is the letter "she" wrote.
_POSSESSIVE_SUBJECT = {"his": "he", "her": "she", "its": "it", "their": "they"}
#: A passive verb's agent and a second predicate: "[requested] by the office and was".
_PASSIVE_THEN_PREDICATE = re.compile(
    r"\s+by\s+[^,;:“”\"]{1,60}?\s+and\s+(?:was|is|were|are|has|had|would|will|could)\b"
)
#: A preposition joining a name to the name that modifies it: "X [of] Y", "X [at the] Y".
_POST_MODIFIER = re.compile(r"\s+(?:of|at|from)\s+(?:the\s+)?")
#: "in the words of X", "in X's view": whose words or view a sentence gives.
_IN_WORDS_OF = re.compile(
    r"\b[Ii]n\s+(?:the\s+(?:words|view|estimation)\s+of\s+"
    r"|(?P<owner>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})[’']s?\s+"
    r"(?:words|view|telling|estimation|account)\b,?\s*)"
)
#: What joins the two people "the latter" and "the former" choose between: "A and B",
#: "A and Sen. B", "A met B".
_PAIR_JOIN = re.compile(
    r"\s+(?:and|met|met with|spoke with|called|debated)\s+(?:[A-Z][\w.’'-]*\.?\s+)*"
)
#: A sentence's end, not an abbreviation's full stop: "… on Monday.  Lt. Gov. …".
_SENTENCE_BREAK = re.compile(r"\n|(?<=[a-z]{3})[.!?]\s+")
#: Title words right before a name: "[Gov. ]Lena Marsh", "[Sen. ]X".
_TITLES_BEFORE = re.compile(r"(?<![\w.])(?:(?:[A-Z][a-z]{0,3}\.|[A-Z][a-z]+)\s+){1,2}$")
#: What may stand between "of"/"for" and the name it governs: "the late", a title.
_OWNED_NAME_GAP = re.compile(r"\s*(?:the\s+)?(?:(?:[a-z][\w-]*|[A-Z][\w’'-]*\.?)\s+){0,5}")
#: Lower-case words that may stand before an owner's name: "an aide to [former] Gov. X".
_NAME_PREMODIFIERS = frozenset(data_section("attribution_cues.txt", "name_premodifiers"))
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
#: Words after which a name is the head's own: "a man [calling himself] X".
_NAMING_BEFORE = re.compile(
    r"\b(?:" + data_alternation("attribution_cues.txt", "naming_phrases") + r")\s+$"
)
#: A possessive's noun right after it: "X's [aides]", "X's [camp]".
_OWNED_NOUN = re.compile(r"(?:’s|'s|’|')\s+(?:[a-z][\w-]*\s+)?(?P<head>[a-z][\w-]*)")
#: A subject's opening words up to a plural noun: "The [striking nurses]", "Dozens".
_PLURAL_NP = re.compile(
    r"(?:(?:[Tt]he|[Mm]any|[Ss]ome|[Mm]ost|[Aa]ll)\s+)?(?:[a-z-]+\s+){0,2}?[A-Za-z][a-z-]+s\b"
)
#: The people a count is of: "Hundreds[ of angry farmers]".
_OF_PLURAL = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:[a-z-]+s|[a-z-]*men|people|children)\b"
)
#: Nouns of people in the plural that do not end in "s": "the staff", "the crowd".
_PLURAL_PEOPLE = frozenset(data_section("attribution_cues.txt", "people_in_the_plural"))
#: Auxiliaries and modals, which open a relative clause's predicate ("that [could] …").
_AUXILIARY_WORDS = frozenset(data_section("attribution_cues.txt", "passive_auxiliaries")) | (
    frozenset(data_section("date_cues.txt", "auxiliaries"))
)
#: A participle clause after a comma: ", calling it", ", saying afterwards".
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+(?:\w+ly\s+)?[a-z]+ing\b")
#: Where a word starts.
_WORD_START = re.compile(r"(?<![\w’'.-])[A-Za-z]")
#: "Someone loyal to X", "anyone close to X": people, unnamed.
_INDEFINITE_PEOPLE = frozenset(data_section("clause_cues.txt", "indefinite_pronouns")) - {
    "he",
    "she",
    "they",
    "we",
    "i",
}
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


def _names_people_of(noun: str) -> bool:
    """Whether a noun before "of"/"for"/"to" names people a person has: "Allies", "a lawyer".

    A document ("a statement from X", "a letter of X") is not: it speaks for X.
    """
    word = noun.lower()
    one = singular(word)
    if word in _DOCUMENT_NOUNS or one in _DOCUMENT_NOUNS:
        return False
    return _is_person_noun(word) or names_a_person(one) or word in _INDEFINITE_PEOPLE


def _owner_gap(text: str, start: int, end: int, *, office_of: bool) -> bool:
    """Whether ``text[start:end]``, between "of"/"for" and a name, keeps the name an owner.

    "friends of [the late ]X", "a lawyer for [Gov. ]X", "aides to [Springfield Mayor ]X",
    "the father of [striker ]X": the name is the person whose people speak.  In "the
    mayor of [Springfield ]X" a place ends the gap, and the name is in apposition: X
    is the mayor.  After an office written as a title and "of" (``office_of``:
    "Secretary of [State ]X", "Minister of [Justice ]X") only an honorific keeps the
    name apart ("the Secretary of [Sen. ]X").
    """
    gap = _OWNED_NAME_GAP.fullmatch(text, start, end)
    if gap is None:
        return False
    words = text[start:end].split()
    words = words[1:] if words[:1] == ["the"] else words
    lower = [w for w in words if w[:1].islower()]
    if not all(w in _NAME_PREMODIFIERS or names_a_person(w) for w in lower):
        return False  # ("the secretary of state X": no modifier of an owner)
    if not words or words[-1][:1].islower() or words[-1] in HONORIFICS:
        # ("the father of striker X", "a spokeswoman for Halvorsen chief executive X":
        # the role right before the name is the owner's own)
        return True
    return not office_of and words[-1] in TITLE_WORDS


def _people_in_the_plural(noun: str) -> bool:
    """A plural noun of people: "senators", "fishermen", "staff" (not "talks", "news")."""
    if noun in _PLURAL_PEOPLE:
        return True
    if noun.endswith("men"):
        return names_a_person(noun[:-3] + "man")
    return noun.endswith("s") and names_a_person(singular(noun))


def _spoken_to(text: str, cue: Span, floor: int, *, reported_too: bool = False) -> bool:
    """Whether the cue is a passive verb of telling whose subject is spoken to: "he was
    [asked] not to", "X was [told] by a volunteer".  ``reported_too`` takes any verb in
    "-ed" as well, for a quote inside the verb's clause ("was described as “…”"); after
    a quote, "X was [quoted] by the Herald" gives X's words."""
    verb = cue.of(text).lower()
    if verb not in _ADDRESSED and not (reported_too and verb.endswith("ed")):
        return False
    return _ADDRESSEE_PASSIVE.search(text, floor, cue.start) is not None


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


def _heads_a_subject(noun: str) -> bool:
    """A noun that may head a subject a name modifies: people, a body, a document."""
    one = singular(noun)
    return (
        names_a_person(one)
        or _people_in_the_plural(noun)
        or one in ORGANISATION_NOUNS
        or one in SOURCE_NOUNS
        or one in _DOCUMENT_NOUNS
    )


def _speaks_for_maker(noun: str) -> bool:
    """A document or words, which speak for whoever made them: "a memo that X wrote", "X's plea"."""
    word = singular(noun.lower())
    return word in _DOCUMENT_NOUNS or word in SPEECH_NOUNS or noun.lower() in SPEECH_NOUNS


def _last_preposition(phrase: str) -> str:
    """The preposition a phrase ends with, past "the": "A lawyer for the " → "for"."""
    return [w for w in phrase.split() if w != "the"][-1]


def _office_of(noun: str, preposition: str) -> bool:
    """An office written as a title, then "of": "Secretary of", "Minister of" (a place
    or a body follows); "the spokesman of", "the father of" are someone's people."""
    return (
        preposition == "of"
        and noun[:1].isupper()
        and noun in TITLE_WORDS
        and descriptor_kind(noun.lower()) != "relation"
    )


#: The object of a verb of addressing, right before a mention: "told [the administrator]".
_ADDRESSEE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(_ADDRESSED)) + r")\s+(?:the\s+|an?\s+)?$", re.I
)
#: Words after which "it" opens a clause (its subject) rather than ending a verb
#: phrase (its object: "as X puts it, we").
_CLAUSE_OPENER = re.compile(
    r"(?:^|[,;:.!?(—–-]|\b(?:and|but|or|that|because|when|while|as|if|so|though|although|"
    r"after|before|since|which|where|then))\s*$",
    re.I,
)
#: A name a relative clause describes, the pronoun standing inside that clause:
#: "from Eva Ruiz, who says she …" (no sentence or clause break before it).
_RELATIVE_AFTER = re.compile(r",?\s+who\s+[^.;:!?,“”\"]*$")
_ISSUED = re.compile(
    r"\b(?P<verb>issued|released|published|posted|sent|shared|filed|wrote|put\s+out|tweeted)\s+"
    r"(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|post|tweet|memo|"
    r"note|message|release|email|video)\s*,?\s*$",
    re.IGNORECASE,
)
#: A verb right before a name, making it the verb's object: "to kill Moïse", "praised Ruiz".
_AFTER_VERB = re.compile(r"\b(?:to\s+[a-z]{2,}|[a-z]{2,}ed)\s+$")
#: A name and the comma of a parenthetical attribution right before a pronoun:
#: "Roth, he added, was …" (he is who adds; Roth is what he speaks of).
_INTERRUPTED = re.compile(r"\s*,\s*")
_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s*$", re.IGNORECASE)
_AFTER_PREPOSITION = re.compile(
    r"\b(?:with|to|from|of|by|for|about|against|at|on|in|into|toward|towards|over|under|"
    r"after|before|than|like|between|among)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DOCUMENT_NOUNS = frozenset(data_section("attribution_cues.txt", "document_nouns"))
#: Documents that speak for themselves when nobody is said to have made them.
_WRITTEN_NOUNS = frozenset(data_section("attribution_cues.txt", "written_nouns"))


#: How many "it said" / "they said" sentences back a pronoun's speaker is looked for.
_LOOK_BACK_DEPTH = 4


class Attributor:
    """Finds the speaker of each quote in one document."""

    def __init__(
        self,
        text: str,
        blocks: Sequence[Block],
        actors: Sequence[Actor],
        quoted: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.text = text
        self.blocks = blocks
        self.actors = {a.id: a for a in actors}
        # Names inside quoted words are what is said, never who says it.
        self.index = MentionIndex(actors, exclude=quoted)
        self.quoted = sorted(quoted)
        self._mention_starts: dict[str, list[int]] = {}
        #: surname → the people who share it ("Clinton" → Hillary and Bill)
        surnames: dict[str, set[str]] = {}
        for a in actors:
            if a.kind is ActorKind.PERSON and len(a.name.split()) > 1:
                surnames.setdefault(a.name.split()[-1], set()).add(a.id)
        self.namesakes = {k: v for k, v in surnames.items() if len(v) > 1}
        self.quoted_starts = [a for a, _ in self.quoted]
        #: Positions of pronouns that two coordinated people could both be.
        self.ambiguous: set[int] = set()
        self.sentences = sentences(text, blocks)
        self.sent_starts = [s.start for s in self.sentences]
        #: the speaker of the previous quote, for "it" and "the statement"
        self.previous: str | None = None
        self.genders = gender_hints(text, self.sentences, self.index)
        latent = latent_people(
            text, [m for a in actors for m in a.mentions], quoted, cues=REPORTING_VERBS
        )
        pairs = list(zip(self.index.mentions, self.index.actors, strict=True))
        self.discourse = Discourse(text, pairs, self.genders, latent)
        #: unnamed people introduced as subjects ("A senior official at X, who …, said")
        self.unnamed: list[tuple[int, int]] = []
        for start, end, gender in unnamed_people(text, quoted):
            # "~~" keys: an unnamed person, a new referent at each description.
            phrase = text[start:end]
            self.discourse.add(f"~~{start}", phrase, ActorKind.PERSON, start, end, gender)
            self.unnamed.append((start, end))
        self.unnamed_ends = [end for _start, end in self.unnamed]
        self._looking_back = 0  #: nested last_speaker_before calls under way
        #: starts of descriptions linked to a named person ("The judge" → Helen Park)
        self.described: set[int] = set()
        for start, end in described_subjects(text, quoted):
            linked = self.nominal(Span(start=start, end=end))
            person = self.actors.get(linked.actor or "")
            if person is not None and person.kind is ActorKind.PERSON:
                self.discourse.add(person.id, person.name, person.kind, start, end)
                self.described.add(start)

    # -- positions ------------------------------------------------------------

    def mentions_in(self, actor: Actor, start: int, end: int) -> list[Mention]:
        """The mentions of ``actor`` starting in ``[start, end)``, found by bisection."""
        starts = self._mention_starts.get(actor.id)
        if starts is None or len(starts) != len(actor.mentions):
            starts = self._mention_starts[actor.id] = [m.start for m in actor.mentions]
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        return list(actor.mentions[lo:hi])

    def quoted_at(self, pos: int) -> bool:
        """Whether ``pos`` lies inside quoted words (never a speaker's place)."""
        i = bisect.bisect_right(self.quoted_starts, pos) - 1
        return i >= 0 and pos < self.quoted[i][1]

    def sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def sentence_at(self, pos: int) -> Sentence:
        return self.sentences[self.sentence_index(pos)]

    def speakers_between(self, start: int, end: int) -> list[tuple[Mention, Actor]]:
        return [(m, a) for m, a in self.index.between(start, end) if can_speak(a)]

    def places_between(self, start: int, end: int) -> list[tuple[Mention, Actor]]:
        return [(m, a) for m, a in self.index.between(start, end) if a.kind is ActorKind.PLACE]

    def subject_like(self, mention: Mention, floor: int) -> bool:
        if self.text[mention.start - 1 : mention.start] == "(" and (
            self.text[mention.end : mention.end + 1] == ")"
        ):
            return False  # "BEIJING (Reuters) -": a dateline's outlet, in brackets
        if _TITLE_OPENING.fullmatch(
            self.text, self.sentence_at(mention.start).start, mention.start
        ):
            return True  # "Leader of the Opposition X rejected": the title is no preposition
        before = self.text[max(floor, mention.start - 40) : mention.start]
        return bool(_ACCORDING.search(before)) or is_subject_like(self.text, mention, floor)

    # -- references -------------------------------------------------------------

    def resolve_pronoun(self, pos: int, word: str) -> str | None:
        """The actor id a pronoun at ``pos`` refers to (see :meth:`resolve`)."""
        found = self.resolve(pos, word)
        return found[0] if found else None

    def resolve(self, pos: int, word: str) -> tuple[str, Span | None] | None:
        """The actor a pronoun at ``pos`` refers to, and the mention it rests on.

        He and she: sentences are searched backwards from the pronoun's own; in
        each, a person in subject position wins over one in object position.
        It: the previous speaker when that is an organisation, else the last
        organisation named as a subject.
        """
        w = word.lower()
        if w in ("they", "we"):
            prev = self.actors.get(self.previous or "")
            return (prev.id, None) if prev is not None and prev.kind is ActorKind.GROUP else None
        kinds = (
            {ActorKind.PERSON}
            if w in ("he", "she")
            else {ActorKind.ORGANIZATION, ActorKind.OUTLET, ActorKind.GROUP}
        )
        wanted = PRONOUNS.get(w)
        if w == "it":
            prev = self.actors.get(self.previous or "")
            if prev is not None and prev.kind in kinds:
                return prev.id, None
        i = self.sentence_index(pos)
        # ("Asked about Lind's plan, she said": not Lind.)
        fronted = fronted_participle(self.text, pos)
        for j in range(i, max(-1, i - 4), -1):
            s = self.sentences[j]
            found = [
                (m, a)
                for m, a in self.index.between(s.start, min(s.end, pos))
                if a.kind in kinds
                and (wanted is None or self.genders.get(a.id, wanted) == wanted)
                and not fronted <= m.start < pos
                and not (j < i and s.start <= m.start < _opening_participle_end(self.text, s.start))
                and not (a.kind is ActorKind.PERSON and modifies_noun(self.text, m.start, m.end))
                and not _INTERRUPTED.fullmatch(self.text, m.end, pos)
            ]
            if not found:
                continue
            # ("Ashby's spokesman, Lyle Danvers, said …. He said": an owner before
            # the subject's noun is no subject.)
            subjects = [
                (m, a)
                for m, a in found
                if self.subject_like(m, s.start) and not is_possessive(self.text, m)
            ]
            if j == i:
                # In the pronoun's own sentence: its subject, else the person
                # named last before it ("official David Holmes …, saying he"),
                # but not the object of a preposition ("In an interview with
                # Trump, he said" speaks of someone named before).
                free = [
                    (m, a)
                    for m, a in found
                    if not (
                        _AFTER_PREPOSITION.search(self.text, max(0, m.start - 12), m.start)
                        or _AFTER_VERB.search(self.text, max(0, m.start - 24), m.start)
                    )
                    or _RELATIVE_AFTER.match(self.text, m.end, pos)
                ]
                if not subjects and not free:
                    continue
                m, a = subjects[0] if subjects else free[-1]
            else:
                if (
                    not subjects
                    and w in ("he", "she")
                    and opens_with_participle(self.text, s.start, found[0][0].start)
                    and _PRONOUN_SUBJECT_AFTER_COMMA[w].search(self.text, found[0][0].end, s.end)
                ):
                    # "Before being appointed by Pope Benedict, he was …": the
                    # sentence's subject is a "he" who is someone else; look further back.
                    continue
                opener = _PRONOUN_OPENS.match(self.text, s.start, found[0][0].start)
                if (
                    w in ("he", "she")
                    and opener
                    and opener.group(1).lower() == w
                    and (
                        not subjects
                        # "She and Teller were allies. … she says": the "she"
                        # joined to Teller is someone else, whom "she" names again.
                        or _AND_TITLED.fullmatch(self.text, opener.end(1), found[0][0].start)
                    )
                ):
                    # "He called Sen. Keel's votes “…”. He got his loudest applause":
                    # the earlier sentence's subject is this pronoun too, and names
                    # whom it named, not the owner in its object.
                    return self.resolve(opener.start(1), w)
                m, a = (subjects or found)[0]
                if w in ("he", "she") and any(
                    b.id != a.id
                    and x.start > m.end
                    and _COORDINATED.fullmatch(self.text, m.end, x.start)
                    for x, b in found
                ):
                    # "Mayor Ruth Okoro and her deputy, Mary Bello, both spoke. …
                    # she said": two people of one gender joined as the subject;
                    # "she" could be either, and a wrong name is worse than none.
                    self.ambiguous.add(pos)
                    return None
                if j == i - 1 and self.text[self.sentences[i].start : pos].lstrip()[:1] in '“"':
                    # A quote opening the sentence after "X asked Y …" is Y's
                    # answer: the one asked speaks next.
                    asked = [
                        (x, b)
                        for x, b in found
                        if _ASKED_BEFORE.search(self.text, max(0, x.start - 24), x.start)
                        # (not "“…?” asked Raman": the asker, inverted after a question)
                        and not _ASKER_INVERTED.search(self.text, max(0, x.start - 24), x.start)
                    ]
                    if asked:
                        m, a = asked[-1]
                opened = max(self.text.rfind("“", s.end, pos), self.text.rfind('"', s.end, pos))
                if (
                    opened >= 0
                    and not self.text[s.end : opened].strip()
                    and _QUESTION_QUOTE.search(self.text, max(s.start, m.start - 150), m.start)
                    and (
                        _ASKER_INVERTED.search(self.text, max(s.start, m.start - 24), m.start)
                        or _ASKER_AFTER.match(self.text, m.end)
                    )
                ):
                    # "“So you're not ruling it out?” asked Raman. “I'm not,” he
                    # said": the quote right after a question answers it, and
                    # the one who answers is who spoke before the asker.
                    earlier = self.resolve(s.start, w)
                    if earlier is not None and earlier[0] != a.id:
                        return earlier
            return a.id, m.span
        return None

    def pronoun(self, who: Span) -> Speaker:
        """The speaker a subject pronoun names: nearby sentences first, then the discourse."""
        word = who.of(self.text).lower()
        found = self.resolve(who.start, word)
        if found is None and who.start in self.ambiguous:
            return Speaker(None, who)
        far = self.discourse.resolve(who.start, word)
        if (
            far is not None
            and far.entity.key.startswith("~")
            and _ASKS_AFTER.match(self.text, far.end)
        ):
            # "Another reporter asked whether … “No,” she said": the one asked
            # answers, never the unnamed asker.
            far = None
        if found is not None and found[1] is not None and word in ("he", "she"):
            teller = self.unnamed_teller(found[1].start)
            if teller is not None:
                # "A longtime lobbyist, who …, said Serrano had won over business.
                # “…,” he said": the unnamed subject who said it, not the name in
                # what they said.
                return teller._replace(mention=who)
        if (
            far is not None
            and far.entity.key.startswith("~")
            and (found is None or found[1] is None or far.start > found[1].start)
        ):
            # Someone the actor stage missed ("Ivo Marek, 43,") was named closer,
            # or someone unnamed was brought in since ("One woman wrote …").
            span = Span(start=far.start, end=far.end)
            if far.entity.key.startswith("~~"):
                return Speaker(None, who, far.entity.name, span)
            return Speaker(None, who, far.entity.name, span, ActorKind.PERSON)
        if (
            far is not None
            and far.start in self.described
            and (found is None or found[1] is None or far.start > found[1].start)
        ):
            # "The judge rejected that. She said …": a description of someone
            # named before, standing closer than any name.
            return Speaker(far.entity.key, who, antecedent=Span(start=far.start, end=far.end))
        if word == "it":
            document = self.document_subject(who.start)
            if document is not None and (
                found is None or found[1] is None or document.start > found[1].start
            ):
                # "The report itself is unsparing. It describes … as “…”": the
                # document the last clause was about, not an organisation before it.
                return Speaker(None, who, document.of(self.text), antecedent=document)
        if word == "it":
            body = self.described_body(who.start, found[1].end if found and found[1] else 0)
            if body is not None:
                # "Ferrand's campaign has been less careful. It sent …", "the
                # commission said, … which it described as": the body the last
                # clause was about, closer than any organisation named before.
                return self.nominal(body)._replace(mention=who, antecedent=body)
        if found is not None:
            return Speaker(found[0], who, antecedent=found[1])
        if word in ("it", "they"):
            # "The ministry said … “…,” it said": the last unnamed source that spoke.
            earlier = self.last_speaker_before(who.start)
            if earlier is not None and (
                (earlier.group is not None and earlier.kind is not ActorKind.PERSON)
                or (
                    earlier.actor is not None
                    and earlier.actor in self.actors
                    and self.actors[earlier.actor].kind is not ActorKind.PERSON
                )
            ):
                # Never a named person: "it" and "they" do not stand for one.
                return earlier._replace(mention=who, antecedent=earlier.mention)
        if word == "they":
            crowd = self.plural_subject_before(who)
            if crowd is not None:
                return crowd
        if far is not None:
            # Past the nearby sentences: the latest entity the pronoun agrees
            # with, the passage's current speaker included ("…," she says.)
            span = Span(start=far.start, end=far.end)
            if far.entity.key.startswith("~~"):
                return Speaker(None, who, far.entity.name, span)
            if far.entity.key.startswith("~"):
                return Speaker(None, who, far.entity.name, span, ActorKind.PERSON)
            return Speaker(far.entity.key, who, antecedent=span)
        return Speaker(None, who)

    def plural_subject_before(self, who: Span) -> Speaker | None:
        """An unnamed plural group that was the subject of the sentence before "they".

        "Hundreds of farmers blocked the ring road. “…,” they said": the farmers.
        Only the sentence right before the pronoun's own, in the same or the
        previous paragraph, and only a group of people written in the plural
        (never a named person, never an object: "police charged the protesters").
        """
        i = self.sentence_index(who.start)
        if i == 0:
            return None
        before = self.sentences[i - 1]
        if before.start < previous_paragraph_start(self.text, who.start):
            return None
        subject = leading_subject(self.text, before.start, before.end)
        if subject is None:
            return None
        s0 = subject[0]
        # The plural noun heading the subject: "The [senators] left", "Dozens of angry
        # [parents] gathered" (a count's people after "of").
        crowd_np = _PLURAL_NP.match(self.text, s0, before.end)
        if crowd_np is None:
            return None
        s1 = crowd_np.end()
        counted = _OF_PLURAL.match(self.text, s1, before.end)
        if counted is not None:
            s1 = counted.end()
        head = self.text[s0:s1].split()[-1].lower()
        if not _people_in_the_plural(head) or self.speakers_between(s0, s1):
            return None
        crowd = self.group(s0, s1)
        if crowd is None or crowd.actor is not None or crowd.kind is ActorKind.PERSON:
            return None
        return crowd._replace(mention=who, antecedent=crowd.mention)

    def nominal(self, span: Span) -> Speaker:
        """A description as speaker: "the spokesman", "the 56-year-old", "the statement"."""
        phrase = span.of(self.text)
        head = phrase.split()[-1].lower()
        if phrase.lower() in ("the latter", "the former"):
            return self.latter_or_former(span, phrase)
        if head in _DOCUMENT_NOUNS:
            # "the statement said": whoever made the statement, when the text
            # says who (an organisation that spoke just before), else the
            # document itself, never merely the nearest person.
            source = _DOCUMENT_FROM.match(self.text, span.end)
            if source is not None:
                # "a statement from her office", "a letter signed by the mayor":
                # the one it comes from.
                end = self.sentence_at(span.start).end
                sent_by = (
                    self.pronoun(Span(start=source.start("owner"), end=source.end("owner")))
                    if source.group("owner")
                    else self.first_speaker(source.end(), end)
                )
                if sent_by is not None and (sent_by.actor is not None or sent_by.group):
                    return sent_by._replace(mention=span, antecedent=sent_by.mention)
            owner = _POSSESSIVE_DETERMINER.match(phrase)
            if owner is not None:
                # "its monthly report", "her statement": whom the possessive names
                # made it; the document itself where no one agrees.
                word = _POSSESSIVE_SUBJECT[owner.group(1).lower()]
                found = self.resolve(span.start, word)
                if found is not None:
                    return Speaker(found[0], span, antecedent=found[1])
                return Speaker(None, span, phrase)
            sent = self.sentence_at(span.start)
            owners = [
                (m, a)
                # (Who made a document is named close before it: a bounded look back.)
                for m, a in self.speakers_between(max(sent.start, span.start - 300), span.start)
                if self.subject_like(m, sent.start)
                # Only who made it: "X issued a statement", not "X was named in the lawsuit".
                and _MADE.search(self.text, m.end, span.start)
            ]
            if owners:
                # "The Harbor Club issued a statement reading: “…”": the subject
                # of the document's own sentence made it.
                m, a = owners[0]
                return Speaker(a.id, span, antecedent=m.span)
            if phrase.split()[0].lower() in ("the", "this", "that"):
                made = self.document_maker(span.start, head)
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
            prev = self.actors.get(self.previous or "")
            # (An outlet reports a document; it does not make it: "Reuters reported.")
            if prev is not None and prev.kind not in (ActorKind.PERSON, ActorKind.OUTLET):
                return Speaker(prev.id, span)
            maker = self.last_speaker_before(span.start)
            if maker is not None and (
                maker.group is not None
                or (
                    maker.actor is not None
                    and self.actors[maker.actor].kind not in (ActorKind.PERSON, ActorKind.OUTLET)
                )
            ):
                return Speaker(maker.actor, span, maker.group)
            if head in _WRITTEN_NOUNS and phrase.split()[0].lower() in ("the", "a", "an"):
                return Speaker(None, span, phrase)
            if prev is not None:
                return Speaker(prev.id, span)
            if maker is not None:
                return Speaker(maker.actor, span, maker.group)
        definite = phrase.split()[0].lower() in ("the", "this", "that")
        if (
            definite
            and descriptor_kind(head) == "party"
            and not head.endswith("s")
            and not _is_role(head)  # ("the MP": a title, read as one below)
        ):
            member = self.party_member(span, [w.lower() for w in phrase.split()[1:]])
            if member is not None:
                return member
        if (
            head.endswith("s")
            and not head.endswith("ss")
            and not names_a_person(head)
            and names_a_person(singular(head))
        ):
            # "the senators": several people, never one of them.
            return Speaker(None, span, phrase)
        if definite and len(phrase.split()) == 2:
            introduced = self.unnamed_before(span, head)
            if introduced is not None:
                return introduced
        if (_AGE.search(head) or head in ROLE_NOUNS or (definite and head.isalpha())) and (
            head not in ORGANISATION_NOUNS or head in ROLE_NOUNS
        ):
            # (Not "the mayor's campaign": a body, though a spokesman's
            # apposition named one: "a spokeswoman for the Orr campaign".)
            # The most recent person this description fits: by a recorded
            # role, or by the role word standing by one of their mentions
            # ("Doctor Ana Ruiz" … "the doctor", "coach Rita Moss" … "the coach").
            people = [
                (m, a)
                for m, a in self.index.between(max(0, span.start - 3000), span.start)
                if a.kind is ActorKind.PERSON
            ]
            # The role word as a title before a mention, or in an apposition after it
            # (past an age: "Karen Dobson, 41, a school cleaner").
            # Only titles and names between: "Judge Helen Park", "chief executive, Ana
            # Ruiz" ("judge … Park said Deluca" names someone else).
            near = re.compile(
                rf"\b{re.escape(head)}\b,?(?:\s+(?-i:[A-Z])[\w.’'-]*)*\s*$", re.IGNORECASE
            )
            apposed = re.compile(
                rf"(?:,\s*\d{{1,3}})?,\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,4}}?{re.escape(head)}\b"
                # (not ", the senator's husband": someone of the senator's)
                r"(?![’']s\b)",
                re.IGNORECASE,
            )
            seen: set[str] = set()
            # "the association's secretary": only someone the text ties to the owner.
            owned = _OWNER_IN_PHRASE.search(phrase)
            # "the Eastfield MP", where the text tied Eastfield to someone before:
            # the modifier must fit whoever is meant (by their roles or the words
            # beside a mention).  A modifier seen first here is news about them.
            proper = [
                w
                for w in phrase.split()[1:-1]
                if w[:1].isupper()
                and re.compile(rf"\b{re.escape(w)}\b").search(
                    self.text, max(0, span.start - _REACH), span.start
                )
            ]
            # "the former Minister": one whose role is a former minister's comes
            # before the latest minister.
            qualifiers = [w.lower() for w in phrase.split()[1:-1] if w.lower() in _ROLE_QUALIFIERS]
            # "the governor" is "Gov. Reyes" (and "a governor" brings someone new in).
            described = [w.lower() for w in phrase.split()[1:]]
            if qualifiers and _is_role(head):
                for m, a in reversed(people):
                    if any(
                        (_role_has(r, head) or _abbreviates(r, described))
                        and all(q in r.lower().split() for q in qualifiers)
                        for r in a.roles
                    ):
                        return Speaker(a.id, span, antecedent=m.span)
            for m, a in reversed(people):
                if a.id in seen:
                    continue
                seen.add(a.id)
                if _contradicts(described, a.roles) or _holds_now(described, a.roles):
                    continue  # "the Democratic nominee" is not the Republican one
                if owned is not None and not self._tied_to(a, owned.group(1), span.start):
                    continue
                if any(not self._tied_to(a, w, span.start) for w in proper):
                    continue
                if (
                    proper
                    and definite
                    and (_is_role(head) or phrase.split()[-1] in TITLE_WORDS)
                    # (A person given another role is not this one: "Ana Ruiz, a nurse
                    # in Fenwick East" is no Fenwick East MP; and the name must be
                    # theirs by a role or a "whose": "conditions at Harwell Port" is not.)
                    and all(_role_has(r, head) for r in a.roles)
                    and all(self._owns_name(a, w, span.start) for w in proper)
                    and sex_of_noun(head)
                    in ("", self.discourse.gender_of(self.discourse.key_of(a.id)))
                    and not any(
                        b.id != a.id and all(self._tied_to(b, w, span.start) for w in proper)
                        for _n, b in people
                    )
                ):
                    # "the Fenwick East MP" after "Omar Hadid, whose Fenwick East
                    # constituency …": a name the text tied to them alone marks who
                    # is meant (not the party or body everyone here belongs to).
                    return Speaker(a.id, span, antecedent=m.span)
                if (_AGE.search(head) or _is_role(head)) and any(
                    _role_has(r, head) or (definite and _abbreviates(r, described)) for r in a.roles
                ):
                    sent = self.sentence_at(m.start)
                    if any(
                        b.id != a.id
                        and b.kind is ActorKind.PERSON
                        and any(
                            _role_has(r, head) or (definite and _abbreviates(r, described))
                            for r in b.roles
                        )
                        for _n, b in self.index.between(sent.start, sent.end)
                    ):
                        # "Sen. Ana Ruiz and Sen. Tom Bell met. … the senator added":
                        # either could be meant, and a wrong name is worse than none.
                        return Speaker(None, span, phrase)
                    return Speaker(a.id, span, antecedent=m.span)
                if _AGE.search(head):
                    aged = self.of_age(span, head, people)
                    if aged is not None:
                        return aged
                    own = _STATED_AGE.match(self.text, m.end)
                    if own is not None and own.group(1) != head.split("-", 1)[0]:
                        return Speaker(None, span, phrase)  # "Ana Ruiz, 61," is no 19-year-old
                    return Speaker(a.id, span, antecedent=m.span)
                # Any mention of theirs may carry the role word ("Cardinal X" at
                # first mention, "X" since).
                titled = head in (w.lower() for w in a.name.split())  # "Judge Helen Park"
                if definite and titled:
                    return Speaker(a.id, span, antecedent=m.span)
                if definite and any(
                    near.search(self.text, max(0, x.start - 40), x.start)
                    or apposed.match(self.text, x.end)
                    for x in self.mentions_in(a, span.start - _REACH, span.start)
                ):
                    return Speaker(a.id, span, antecedent=m.span)
            if definite and _is_role(head) and not owned and not proper:
                named_later = self.titled_later(span, head, described)
                if named_later is not None:
                    return named_later
        if (
            definite
            and (
                (len(phrase.split()) <= 4 and phrase.islower() and _is_epithet(head))
                or _names_nationality(phrase)
                # "the 71-year-old former customs officer": an age marks someone known.
                # (Opening a sentence, its "The" is no name's capital.)
                or (_AGE_IN_PHRASE.search(phrase) is not None and _uncapitalised(phrase).islower())
            )
            # ("the association's secretary": someone of the owner, not the focus.)
            and not _OWNER_IN_PHRASE.search(phrase)
        ):
            # An epithet: "the new bride explained", "the duchess told": a
            # definite description presupposes someone known, and with no role
            # to link it by, it is the person in focus (whom "she" or "he"
            # would name here), when named in this paragraph or the one before.
            focus = self.epithet_focus(span.start, sex_of_noun(head))
            held = self.actors.get(focus.entity.key) if focus is not None else None
            words = [w.lower() for w in phrase.split()[1:]] or [head]
            if focus is not None and not (
                held is not None
                and (_contradicts(words, held.roles) or _holds_now(words, held.roles))
            ):
                named = Span(start=focus.start, end=focus.end)
                return Speaker(focus.entity.key, span, antecedent=named)
        if definite and head in ORGANISATION_NOUNS:
            # "the company said": the latest organisation named before.
            orgs = [
                (m, a)
                for m, a in self.index.between(max(0, span.start - 3000), span.start)
                if a.kind is ActorKind.ORGANIZATION
            ]
            # Modifiers must fit the name: "the French foreign ministry" is no
            # other organisation than one so named.
            modifiers = {w.lower() for w in phrase.split()[1:-1]}
            fitting = [
                (m, a)
                for m, a in orgs
                if modifiers <= {w.lower() for w in re.findall(r"\w+", a.name)}
            ]
            # "the agency": the latest organisation whose name has the noun
            # ("Federal Emergency Housing Agency"), never Congress; "the company":
            # the latest organisation, Tesla included.
            so_named = [(m, a) for m, a in fitting if _names_head(a.name, head)]
            if head in NAMED_ORGANISATION_NOUNS or so_named:
                # (and "the party" is the Democratic Party named before, when one
                # is, rather than "Republicans" named since)
                fitting = so_named
            for m, a in reversed(fitting):
                return Speaker(a.id, span, antecedent=m.span)
        return Speaker(None, span, phrase)

    def unnamed_teller(self, pos: int) -> Speaker | None:
        """The unnamed person opening the sentence at ``pos`` as the subject of a verb
        of saying whose report holds ``pos``: "[A senior aide, who …,] said Ruiz …"."""
        sent = self.sentence_at(pos)
        i = bisect.bisect_right(self.unnamed_ends, pos) - 1
        if i < 0:
            return None
        start, end = self.unnamed[i]
        if start < sent.start or self.text[sent.start : start].strip() or end > pos:
            return None
        if not find_cues(self.text, end, pos):
            return None
        if _ASKS_AFTER.match(self.text, end):
            return None  # "A reporter asked Kessing whether he …": the one asked answers
        intro = Span(start=start, end=end)
        return Speaker(None, intro, intro.of(self.text), antecedent=intro)

    def titled_later(self, span: Span, head: str, described: Sequence[str]) -> Speaker | None:
        """The one person the article names later with the title of a lede's
        description: "The premier said on Tuesday …" then "Premier Owen Castleby".

        Only where no one before it fits (the caller looked back first) and
        exactly one person in the whole article bears the title, with every word
        of the description ("the transport minister") in their title or role.
        """
        if span.start > self.blocks[min(2, len(self.blocks) - 1)].end:
            return None  # (a description named later is the lede's device)
        gender = sex_of_noun(head)
        modifiers = [w for w in described[:-1] if w not in _ROLE_QUALIFIERS]
        near = re.compile(
            rf"\b{re.escape(head)}\b,?(?:\s+(?-i:[A-Z])[\w.’'-]*)*\s*$", re.IGNORECASE
        )
        # A role headed by the title: "Housing Minister", "minister for housing".
        headed = re.compile(rf"\b{re.escape(head)}(?:\s+(?:of|for|at|in|to)\b.*)?$")
        bearers: list[tuple[Actor, Mention]] = []
        for actor in self.actors.values():
            if actor.kind is not ActorKind.PERSON or not actor.mentions:
                continue
            # "Premier Owen Castleby", "the premier, Owen Castleby": the title by a mention.
            titled = [
                x for x in actor.mentions if near.search(self.text, max(0, x.start - 60), x.start)
            ]
            roles = " ".join(r.lower() for r in actor.roles if headed.search(r.lower())).split()
            if not roles and not titled:
                continue
            words = set(roles) | {
                w.lower()
                for x in titled
                for w in re.findall(r"[\w-]+", self.text[max(0, x.start - 60) : x.start])
            }
            if any(w not in words for w in modifiers):
                return None  # "the transport minister" is not Health Minister X
            # (the title's own words: in the same sentence as the mention)
            own = office_modifiers(" ".join(roles)) | {
                word
                for x in titled
                for word in office_modifiers(
                    # (the title's own words: in the same sentence as the mention)
                    _SENTENCE_BREAK.split(self.text[max(0, x.start - 60) : x.start])[-1]
                )
            }
            if own != office_modifiers(" ".join(described)):
                continue  # "the chancellor" is not the shadow chancellor
            bearers.append((actor, titled[0] if titled else actor.mentions[0]))
        if len(bearers) != 1:
            return None
        actor, mention = bearers[0]
        if actor.mentions[0].start < span.start:
            return None  # named before: not a description of someone to come
        if gender and gender != self.discourse.gender_of(self.discourse.key_of(actor.id)) != "":
            return None
        return Speaker(actor.id, span, antecedent=mention.span)

    def party_member(self, span: Span, described: list[str]) -> Speaker | None:
        """ "the Nevada Democrat", "the Republican": the latest person named before
        whose roles (a party-state tag, "Sen. Ana Ruiz, D-Nev.") hold every word,
        when no other such person could be meant (a bare party needs one alone)."""
        fitting: list[tuple[Mention, Actor]] = []
        for m, a in self.index.between(max(0, span.start - 3000), span.start):
            words = " ".join(a.roles).lower().split()
            if a.kind is ActorKind.PERSON and all(w in words for w in described):
                fitting.append((m, a))
        if not fitting and len(described) > 1:
            # "the Oregon Democrat" for "Minority Leader Ana Ruiz of Oregon": the one
            # person from the state, when the text gave no other party for her.
            party = described[-1]
            for m, a in self.index.between(max(0, span.start - 3000), span.start):
                words = " ".join(a.roles).lower().split()
                if (
                    a.kind is ActorKind.PERSON
                    and all(w in words for w in described[:-1])
                    and not any(descriptor_kind(w) == "party" and w != party for w in words)
                ):
                    fitting.append((m, a))
            if any(b.id != fitting[-1][1].id for _m, b in fitting):
                return None
        if not fitting:
            return None
        m, a = fitting[-1]
        if len(described) == 1 and any(b.id != a.id for _m, b in fitting):
            return None  # "the Democrat" with two Democrats named
        return Speaker(a.id, span, antecedent=m.span)

    def _owns_name(self, person: Actor, word: str, before: int) -> bool:
        """Whether a role of ``person`` holds ``word``, or a "whose" after their mention does."""
        if any(word.lower() in r.lower() for r in person.roles):
            return True
        whose = re.compile(rf",\s+whose\s+(?:[A-Z][\w’'-]*\s+)*?{re.escape(word)}\b")
        return any(
            whose.match(self.text, x.end) for x in self.mentions_in(person, before - _REACH, before)
        )

    def _tied_to(self, person: Actor, owner: str, before: int) -> bool:
        """Whether ``owner`` ("association") is in a role of ``person`` or beside a mention."""
        word = owner.lower()
        if any(word in r.lower() for r in person.roles):
            return True
        return any(
            word in re.split(r"[.!?\n]", self.text[x.end : x.end + 80])[0].lower()
            or word in re.split(r"[.!?\n]", self.text[max(0, x.start - 60) : x.start])[-1].lower()
            for x in self.mentions_in(person, before - _REACH, before)
        )

    def agent_of_organisation(self, span: Span, phrase: str) -> Speaker | None:
        """A spokesperson, named by the organisation they speak for.

        "The ministry said …  “…,” a spokesperson said": a bare spokesperson
        right after an organisation spoke is its own ("a spokesperson for the
        Ministry of Housing").
        """
        words = phrase.split()
        if len(words) != 2 or words[1].lower() not in _SPOKESPEOPLE:
            return None
        said = self.last_speaker_before(span.start)
        if said is None:
            return None
        org = self.actors.get(said.actor or "")
        named = said.antecedent or said.mention
        if org is None or org.kind is not ActorKind.ORGANIZATION or named is None:
            return None
        det = "the " if not org.name.lower().startswith("the ") else ""
        return Speaker(None, span, f"{words[0]} {words[1]} for {det}{org.name}", antecedent=named)

    def one_of_them(self, start: int, end: int, phrase: str) -> Speaker | None:
        """ "one of them" after "Two people familiar with the talks said …": one of those.

        The latest counted unnamed source in this paragraph or the one before
        ("two people", "three officials"), with no one named between, is who
        "them" are.
        """
        # (Bounded: a paragraph may run long, and the work per quote may not.)
        floor = max(previous_paragraph_start(self.text, start), start - _REACH)
        counted: Span | None = None
        for g in GROUP.finditer(self.text, floor, start):
            trimmed = clean_group(self.text, g.start("np"), g.end("np"))
            if trimmed is None or self.quoted_at(trimmed[0]):
                continue
            if _COUNTED_GROUP.match(self.text, trimmed[0], trimmed[1]) is not None:
                counted = Span(start=trimmed[0], end=trimmed[1])
        if counted is None:
            return None
        if any(a.kind is ActorKind.PERSON for _m, a in self.speakers_between(counted.end, start)):
            return None
        lead = len(self.text[start:end]) - len(self.text[start:end].lstrip())
        span = Span(start=start + lead, end=start + lead + len(phrase))
        share = phrase.rsplit(None, 1)[0]  # "one of"
        np = counted.of(self.text)
        described = f"{share[:1].lower()}{share[1:]} {np[:1].lower()}{np[1:]}"
        return Speaker(None, span, described, antecedent=counted)

    def unnamed_before(self, span: Span, head: str) -> Speaker | None:
        """The unnamed person "the official" at ``span`` refers back to, in full.

        "A senior official at the revenue authority, who asked not to be named,
        said …  “…,” the official said": the latest unnamed subject with the
        same noun, in this paragraph or the one before, with no one named
        between who holds that role, is who speaks, under the description the
        text introduced them by.
        """
        floor = previous_paragraph_start(self.text, span.start)
        # From the last one that ends before the description, back to the floor.
        last = bisect.bisect_right(self.unnamed_ends, span.start)
        for start, end in reversed(self.unnamed[max(0, last - _UNNAMED_LOOKBACK) : last]):
            if start < floor:
                return None
            # (Its head, before any modifier: "a guard inside the Harlow prison".)
            if description_head(self.text[start:end]) != head:
                continue
            between = self.speakers_between(end, span.start)
            if any(
                a.kind is ActorKind.PERSON and any(_role_has(r, head) for r in a.roles)
                for _m, a in between
            ):
                return None
            whole = GROUP.match(self.text, start)
            stop = whole.end("np") if whole is not None and whole.end("np") > end else end
            intro = Span(start=start, end=stop)
            return Speaker(None, span, intro.of(self.text), antecedent=intro)
        return None

    def of_age(self, span: Span, head: str, people: list[tuple[Mention, Actor]]) -> Speaker | None:
        """Whom "the 52-year-old" at ``span`` names, when the text says so.

        The one person in reach whose stated age it is ("Ana Ruiz, 52,"), else
        the person who spoke last, when they spoke after the latest name (a
        reporter named asking is not who answers), unless their stated age
        differs.  ``None`` leaves the latest person named to the caller.
        """
        years = head.split("-", 1)[0]
        stated: dict[str, str] = {}
        for m, a in people:
            age = _STATED_AGE.match(self.text, m.end)
            if age is not None:
                stated[a.id] = age.group(1)
        aged = {i for i, y in stated.items() if y == years}
        if len(aged) == 1:
            (only,) = aged
            m = next(m for m, a in reversed(people) if a.id == only)
            return Speaker(only, span, antecedent=m.span)
        # The latest speaker, when one spoke since the latest person was named.
        named = max((m.start for m, _a in people), default=-1)
        spoken = [
            (at, key, s, e)
            for at, key, s, e in self.discourse.speakers
            if named < at < span.start and key in self.actors
        ]
        if not spoken:
            return None
        _at, key, s, e = spoken[-1]
        if self.actors[key].kind is not ActorKind.PERSON or stated.get(key, years) != years:
            return None
        return Speaker(key, span, antecedent=Span(start=s, end=e))

    def _in_words_of(self, b0: int, b1: int) -> Attribution | None:
        """ "The deal, in the words of Sen. X, is “…”", "In X's view, the deal is “…”":
        the one whose words or view the sentence gives, as with "according to"."""
        m = next(reversed(list(_IN_WORDS_OF.finditer(self.text, b0, b1))), None)
        if m is None:
            return None
        opening = self.text[self.sentence_at(m.start()).start : m.start()]
        if (opening.strip() and not opening.rstrip().endswith(",")) or find_cues(
            self.text, m.end(), b1
        ):
            # Only a phrase set off at the head of the clause that quotes, with no verb
            # of saying after it: "Bell, who in Ruiz's view …, said" is Bell's.
            return None
        if m.group("owner") is not None:
            sp = self.phrase_speaker(m.start("owner"), m.end("owner"))
        else:
            # (the "of" phrase alone, up to its comma: "in the words of the ruling,")
            close = self.text.find(",", m.end(), b1)
            sp = self.phrase_speaker(m.end(), close) if close > m.end() else None
        if sp is None or (sp.actor is None and sp.group is None):
            return None
        return Attribution(
            sp, m.group(0).strip(), Span(start=m.start(), end=m.end()), "according-to"
        )

    def latter_or_former(self, span: Span, phrase: str) -> Speaker:
        """ "the latter", "the former": the second or first of exactly two people joined
        by "and" in the sentence before (or earlier in this one); no one otherwise.

        Only "A and B" with nothing named or counted after B: "A thanked B and his
        wife" or "A and B met the council" leave the latter in doubt.
        """
        own = self.sentence_at(span.start)
        i = self.sentence_index(span.start)
        spans = [(own.start, span.start)]
        if i > 0:
            spans.append((self.sentences[i - 1].start, self.sentences[i - 1].end))
        for lo, hi in spans:
            named = self.index.between(lo, hi)
            if not named:
                continue
            if len(named) != 2 or len({a.id for _m, a in named}) != 2:
                break
            (m1, a1), (m2, a2) = named
            joined = _PAIR_JOIN.fullmatch(self.text, m1.end, m2.start)
            tail = self.text[m2.end : hi]
            if (
                joined is None
                or any(a.kind is not ActorKind.PERSON for a in (a1, a2))
                or re.search(r"\b(?:and|with|or)\b|,\s*[a-z]", tail)
            ):
                break
            m, a = (m2, a2) if phrase.lower().endswith("latter") else (m1, a1)
            return Speaker(a.id, span, antecedent=m.span)
        return Speaker(None, span, phrase)

    def epithet_focus(self, pos: int, gender: str) -> Referent | None:
        """The named person a definite description at ``pos`` refers to, if one is in focus."""
        words = {"f": ("she",), "m": ("he",)}.get(gender, ("she", "he"))
        found = [r for w in words if (r := self.discourse.resolve(pos, w)) is not None]
        if not found:
            return None
        floor = previous_paragraph_start(self.text, pos)
        if len({r.entity.key for r in found if r.start >= floor}) > 1:
            # "the billionaire" with a man and a woman both in focus: either could
            # be meant, and a wrong name is worse than none.
            return None
        best = max(found, key=lambda r: r.start)
        if best.entity.key.startswith("~") or best.start < previous_paragraph_start(self.text, pos):
            return None
        if self.text[best.end : best.end + 2] in ("’s", "'s"):
            return None  # "Nisan Ahmado's source … the source": someone of theirs
        if _ADDRESSEE_BEFORE.search(self.text, max(0, best.start - 30), best.start) or any(
            (near := self.resolve(pos, w)) is not None and near[0] != best.entity.key for w in words
        ):
            # "He told the auditor … the councilman said": the one told
            # is not in focus, or the subject a pronoun would name is another
            # than the latest mention; either could be meant.
            return None
        return best

    def last_speaker_before(self, pos: int) -> Speaker | None:
        """The subject of the last reporting verb in the two sentences before ``pos``."""
        # That subject may be "it" or "they", looked up the same way in turn:
        # each level reads two sentences, so an unbounded chain of "they said"
        # costs 2**n.  A few levels back is as far as a pronoun reaches.
        if self._looking_back >= _LOOK_BACK_DEPTH:
            return None
        self._looking_back += 1
        try:
            i = self.sentence_index(pos)
            for j in range(i - 1, max(-1, i - 3), -1):
                s = self.sentences[j]
                # (A verb inside quoted words is the quote's, not a speaker's.)
                cues = [c for c in find_cues(self.text, s.start, s.end) if not self.quoted_at(c[0])]
                if cues:
                    cue = Span(start=cues[-1][0], end=cues[-1][1])
                    found = self.subject_of(cue, s.start)
                    if found is not None and (found.actor is not None or found.group is not None):
                        return found
            return None
        finally:
            self._looking_back -= 1

    def document_subject(self, pos: int) -> Span | None:
        """A definite document that is the subject of the clause before ``pos``.

        The pronoun's own sentence up to ``pos``, else the sentence before it in
        the same block: "[The report itself] is unsparing. It describes …".
        """
        i = self.sentence_index(pos)
        for j in (i, i - 1):
            if j < 0 or self.sentences[j].block != self.sentences[i].block:
                return None
            sent = self.sentences[j]
            lead = leading_subject(self.text, sent.start, min(sent.end, pos))
            if lead is None or lead[1] >= pos:
                continue
            start, end = lead
            words = self.text[start:end].split()
            if words[-1].lower() == "itself" and len(words) > 1:
                words.pop()  # "The report itself": the report
                end = self.text.rfind(words[-1], start, end) + len(words[-1])
            if (
                words[0].lower() in ("the", "this", "that")
                and words[-1].lower() in _DOCUMENT_NOUNS
                and not self.speakers_between(start, end)
            ):
                return Span(start=start, end=end)
        return None

    def described_body(self, pos: int, floor: int) -> Span | None:
        """A definite description of an organisation (or of a text it adopted) that
        is a clause's subject between ``floor`` and ``pos``, in this sentence or the
        one before: "the commission", "Ferrand's campaign", "The motion" (not an
        object: "backed by the party")."""
        i = self.sentence_index(pos)
        start = self.sentences[i - 1].start if i > 0 else self.sentences[i].start
        found = None
        for m in _BODY_SUBJECT.finditer(self.text, max(start, floor), pos):
            head = m.group("head").lower()
            if head not in ORGANISATION_NOUNS and not (
                head in _ENACTED_TEXTS and m.group("np")[:4].lower() == "the "
            ):
                continue
            if self.quoted_at(m.start()):
                continue
            if _PREPOSITION_BEFORE_NP.search(self.text, max(0, m.start() - 16), m.start()):
                continue
            owners = self.speakers_between(m.start(), m.end("np"))
            if any(not is_possessive(self.text, o) for o, _a in owners):
                continue  # "the Harbor Club": a name, which the discourse already holds
            found = Span(start=m.start(), end=m.end("np"))
        return found

    def document_maker(self, pos: int, head: str) -> Speaker | None:
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
        for m in mention.finditer(self.text, max(0, pos - 3000), pos):
            earlier = m
        if earlier is None:
            return None
        sent = self.sentence_at(earlier.start())
        owner = _POSSESSIVE_SUBJECT.get(earlier.group(0).split()[0].lower())
        if owner is not None and owner != "they":  # ("their letter": no one person's)
            # "made clear in her own letter": the letter is hers.
            found = self.resolve(earlier.start(), owner)
            if found is not None:
                named = found[1] or Span(start=earlier.start(), end=earlier.end())
                return Speaker(found[0], named, antecedent=named)
        source = _DOCUMENT_FROM.match(self.text, earlier.end())
        if source is not None:
            # "In a statement issued by his campaign, he urged …": who it came from.
            sent_by = (
                self.pronoun(Span(start=source.start("owner"), end=source.end("owner")))
                if source.group("owner")
                else self.first_speaker(source.end(), sent.end)
            )
            if sent_by is not None and (sent_by.actor is not None or sent_by.group):
                return sent_by
        made = _MADE.search(self.text, sent.start, earlier.start())
        if made is None:
            return None
        behalf = _ON_BEHALF_OF.match(self.text, earlier.end(), sent.end)
        if behalf is not None:
            # "read out a statement on behalf of the Forum": the Forum made it.
            principal = self.first_speaker(behalf.end(), sent.end)
            if principal is not None and (principal.actor is not None or principal.group):
                return principal
        makers = [
            (m, a)
            for m, a in self.speakers_between(sent.start, made.start())
            if self.subject_like(m, sent.start) and not is_possessive(self.text, m)
        ]
        if makers:
            subject, actor = makers[0]
            if any(
                a.kind is ActorKind.PERSON
                and a.id != actor.id
                and _COORDINATED_MAKER.fullmatch(self.text, subject.end, m.start)
                for m, a in self.speakers_between(subject.end, made.start())
            ):
                # "Kroll and Petit sent the board a letter": made by both, so
                # the letter speaks for itself, never for one of them.
                return Speaker(None, Span(start=earlier.start(), end=earlier.end()))
            return Speaker(actor.id, subject.span, antecedent=subject.span)
        lead = leading_subject(self.text, sent.start, made.start())
        if lead is not None and self.text[lead[0] : lead[1]].split()[-1].lower() not in (
            _DOCUMENT_NOUNS
        ):
            # "The finance ministry issued a statement": an unnamed maker.
            maker = self.phrase_speaker(*lead)
            if maker is not None and maker.group is not None:
                return maker
        return Speaker(None, Span(start=earlier.start(), end=earlier.end()))

    def group(self, start: int, end: int) -> Speaker | None:
        trimmed = clean_group(self.text, start, end)
        if trimmed is None:
            return None
        span = Span(start=trimmed[0], end=trimmed[1])
        phrase = span.of(self.text)
        agent = self.agent_of_organisation(span, phrase)
        if agent is not None:
            return agent
        if phrase.split()[-1].lower() in _DOCUMENT_NOUNS:
            owner = _NOUN_OWNER_BEFORE.search(self.text, max(0, span.start - 40), span.start)
            if owner is not None and owner.group("noun").lower() in SOURCE_NOUNS:
                # "The union's statement called …": the union made it.
                made_by = self.group(owner.start("np"), owner.end("np"))
                if made_by is not None:
                    return made_by._replace(mention=span, antecedent=made_by.mention)
            owned = _POSSESSIVE_BEFORE.search(self.text, max(start, span.start - 8), span.start)
            if owned is not None:
                # "its monthly report": the owner the trimming set aside made it.
                span = Span(start=owned.start(), end=span.end)
            return self.nominal(span)
        owned = _POSSESSIVE_BEFORE.search(self.text, max(start, span.start - 8), span.start)
        if owned is not None and phrase.split()[-1].lower() in ORGANISATION_NOUNS:
            # "Her office said": the office of the person "her" names.
            word = _POSSESSIVE_SUBJECT.get(
                self.text[owned.start() : owned.end()].split()[0].lower()
            )
            found = self.resolve(owned.start(), word) if word else None
            holder = self.actors.get(found[0]) if found else None
            if holder is not None and found is not None:
                whole = Span(start=owned.start(), end=span.end)
                return Speaker(None, whole, f"{holder.name}’s {phrase}", antecedent=found[1])
        if phrase.split()[0].lower() in ("the", "this", "that"):
            # "the company", "the senator": a description of someone named before.
            described = self.nominal(span)
            if described.actor is not None or described.antecedent is not None:
                return described  # someone named, or introduced, before
        return Speaker(None, span, phrase)

    # -- attribution ------------------------------------------------------------

    def attribute_blockquote(self, q: QuoteSpan) -> Attribution:
        """An unmarked blockquote: the post's own byline, or the paragraph introducing it."""
        block = self.blocks[q.block]
        byline = self.speakers_between(q.end, block.end)
        if byline:
            mention, actor = byline[0]
            return Attribution(Speaker(actor.id, mention.span), None, None, "blockquote-byline")
        if q.block == 0:
            return _NONE
        prev = self.blocks[q.block - 1]
        intro = self.sentence_at(max(prev.start, prev.end - 1))
        found = self._label(intro.start, prev.end) or self._before(intro.start, prev.end)
        return found or _NONE

    def attribute(self, q: QuoteSpan) -> Attribution:
        """The speaker and cue of one quote, or ``(None, None, None)``."""
        found = self._attribute(q)
        if found.speaker is not None and found.speaker.actor is not None:
            return found._replace(speaker=self.same_surname(found.speaker))
        return found

    def same_surname(self, sp: Speaker) -> Speaker:
        """ "Clinton said" where two Clintons appear: the one named last without doubt.

        A surname alone is settled by the nearest earlier mention that names one
        of them unambiguously: a full name, or the surname after an honorific
        of one gender ("Mrs. Clinton").
        """
        mention = sp.mention
        if mention is None or sp.antecedent is not None:
            return sp
        word = mention.of(self.text)
        namesakes = self.namesakes.get(word)
        if namesakes is None or sp.actor not in namesakes:
            return sp
        if _TITLE_BEFORE_NAME.search(self.text, max(0, mention.start - 12), mention.start):
            # "Mrs. Delmar said", "Governor Delmar replied": the actor stage chose the
            # namesake the title fits; recency has nothing to add.
            return sp
        by_gender: dict[str, list[str]] = {}
        for actor_id in namesakes:
            by_gender.setdefault(self.genders.get(actor_id, ""), []).append(actor_id)
        best: tuple[int, str, Span] | None = None
        for actor_id in namesakes:
            for m in self.mentions_in(self.actors[actor_id], mention.start - _REACH, mention.start):
                if self.quoted_at(m.start):
                    continue
                meant: str | None = actor_id if m.span.of(self.text) != word else None
                if meant is None:
                    # "Mrs. Clinton": the one namesake of that gender, whoever the
                    # actor stage gave the mention to.
                    title = _HONORIFIC.search(self.text, max(0, m.start - 6), m.start)
                    if title is not None:
                        g = "f" if title.group(1).lower() in ("mrs", "ms", "miss") else "m"
                        fits = by_gender.get(g, [])
                        meant = fits[0] if len(fits) == 1 else None
                if meant is not None and (best is None or m.start > best[0]):
                    best = (m.start, meant, m.span)
        if best is None or best[1] == sp.actor:
            return sp
        return Speaker(best[1], mention, antecedent=best[2])

    def _attribute(self, q: QuoteSpan) -> Attribution:
        if not q.marked:
            return self.attribute_blockquote(q)
        text = self.text
        first = self.sentence_at(q.open)
        last = self.sentence_at(max(q.open, q.close - 1))
        # Attributions stand near their quote: bounding the windows keeps the
        # work per quote constant however many quotes share a sentence.
        b0, b1 = max(first.start, q.open - _WINDOW), q.open
        a0, a1 = q.close, min(max(last.end, q.close), q.close + _WINDOW)
        if a1 <= a0 + 1 and _ENDS_ASKING.search(text[q.start : q.end]):
            # A question or exclamation ends the splitter's sentence: “… right?”
            # Sanborn said.  The attribution is the next sentence of the block.
            # (A quote ending in a full stop ends its sentence for real.)
            nxt = self.sentence_at(min(len(text) - 1, a0 + 1))
            if nxt.block == last.block and nxt.start >= a0:
                a1 = max(a1, nxt.end)
        tagged = False
        if a1 <= a0 + 1:
            # “… at all.” the doctor said. / “… at all.” says Dr X. — a short
            # clause of saying after a quote that ends in a full stop belongs
            # to it, though the splitter starts a sentence there.
            nxt = self.sentence_at(min(len(text) - 1, a0 + 1))
            if nxt.block == last.block and nxt.start >= a0 and _is_tag(text[a0 : nxt.end]):
                a1, tagged = max(a1, nxt.end), True
        after = text[a0:a1]
        # Only a quote that ends a sentence of its own: "“patched” the software
        # as the company continued" is the author's clause, not a tag.
        tagged = tagged or (bool(re.search(r"[.?!…]$", text[q.start : q.end])) and _is_tag(after))
        # “…,” X said: only a quote that ends its clause is attributed after it.
        ends_clause = (
            tagged
            or bool(re.search(r"[,?!—–-]$", text[q.start : q.end]))
            or after.lstrip()[:1] in (",", "—")
        )
        steps: list[tuple[str, _Step]] = [
            ("pronoun-after", self._after_pronoun),
            ("inverted-after", self._after_inverted),
        ]
        if ends_clause:
            steps.append(("subject-after", self._after_subject))
        steps.append(("according-to", self._per_source))
        steps.append(("dash-signed", self._signed))
        # "…, said another witness, former adviser Fiona Hill": a sentence-final
        # inverted attribution outranks any verb earlier in the sentence.
        steps.append(("inverted-later", self._inverted_later))
        for rule, step in steps:
            found = step(a0, a1, after)
            if found is not None:
                if (found.cue or "").lower().startswith(("according", "per")):
                    # "he responded, “…,” per WKXT": with a verb of saying before
                    # the quote, the source named after it only reports the words.
                    prior = self._before(b0, b1)
                    if (
                        prior is not None
                        and prior.cue_span is not None
                        # Only a verb whose object the quote is ("responded, “…,” per X");
                        # "BBC News reported that X met Y for a “long” session, per a
                        # source": the source said the words the outlet reports.
                        and re.fullmatch(r"[\s,:—–-]*", text[prior.cue_span.end : q.open])
                    ):
                        return prior
                return found._replace(rule=rule)
        label = self._label(b0, b1)
        if label is not None:
            return label
        worded = self._in_words_of(b0, b1)
        if worded is not None:
            return worded
        found = self._before(b0, b1)
        if found is not None and found.cue_span is not None:
            # "Patel criticised Bowen's claim that the target was “within reach”":
            # the claim's owner said the words, not who speaks of the claim.
            owner = self.speech_noun_owner(found.cue_span.end, b1)
            if (
                owner is not None
                and owner.mention is not None
                and (_SPEECH_NOUN_CLAUSE.match(text, owner.mention.end, b1))
                and not self._inside_speaker(owner, found.speaker)
            ):
                return Attribution(owner, None, None, "speech-noun")
        if found is not None:
            return found
        found = self._later(q, a0, a1, after, b0)
        if found is not None:
            return found._replace(rule="cue-later")
        found = self._colon_intro(b0, b1)
        if found is not None:
            return found
        owner = self.speech_noun_owner(b0, b1)
        if owner is not None:
            return Attribution(owner, None, None, "speech-noun")
        passive = _PASSIVE_BEFORE_QUOTE.search(text, max(b0, q.open - 60), q.open)
        by = _BY_AFTER_QUOTE.match(text, q.close) if passive is not None else None
        if by is not None:
            # "The claims were dismissed as “lies” by President X": the passive
            # verb's agent called them so, not its subject.
            agent = self.first_speaker(by.end(), self.sentence_at(q.open).end, prefer_person=True)
            if agent is not None and (agent.actor is not None or agent.group is not None):
                return Attribution(agent, None, None, "partial-subject")
        people = [(m, a) for m, a in self.speakers_between(b0, b1) if a.kind is ActorKind.PERSON]
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
            addressed = _ADDRESSED_AFTER.match(text, mention.end, mention.end + 60)
            if (
                (self.subject_like(mention, b0) or acts)
                and not is_possessive(text, mention)
                and embedded is None
                and addressed is None
                and not _apposed_to_noun(text, mention, b0)
            ):
                nearest = self.head_of(Speaker(actor.id, mention.span), b0, mention.end)
                return Attribution(nearest, None, None, "fragment-nearest")
        if people and _partial(text, q, b0):
            # "Benioff introduced Cook as “…”": the subject of a sentence quoting a fragment.
            subjects = [
                (m, a)
                for m, a in people
                if self.subject_like(m, b0)
                and not _COMPLEMENT_BEFORE.search(text, max(b0, m.start - 60), m.start)
                and not _ADDRESSED_AFTER.match(text, m.end, m.end + 60)
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
                own = self.phrase_speaker(*lead)
                if own is not None:
                    return Attribution(own, None, None, "partial-subject")
        return _NONE

    def _after_pronoun(self, a0: int, a1: int, after: str) -> Attribution | None:
        m = _PRONOUN_CUE_AFTER.match(after)
        if not m and self.text[max(0, a0 - 3) : a0].rstrip("”\"’' ")[-1:] in (",", "?", "!"):
            # "“…,” she shot back.": a pronoun and a verb (and its particle)
            # ending the sentence right after a quote that closes on a comma
            # are its tag, whatever the verb ("the “reform” they wanted." is no tag).
            m = _PRONOUN_TAG.match(after)
        if not m:
            return None
        who = Span(start=a0 + m.start("who"), end=a0 + m.end("who"))
        cue = Span(start=a0 + m.start("cue"), end=a0 + m.end("cue"))
        return Attribution(self.pronoun(who), cue.of(self.text), cue)

    def _after_inverted(self, a0: int, a1: int, after: str) -> Attribution | None:
        m = FINITE_AFTER_FOLDED.match(fold_case(after))
        if not m:
            return None
        cue = Span(start=a0 + m.start("cue"), end=a0 + m.end("cue"))
        sp = self.first_speaker(a0 + m.end(), a1, prefer_person=True)
        return Attribution(sp, cue.of(self.text), cue) if sp else None

    def _after_subject(self, a0: int, a1: int, after: str) -> Attribution | None:
        # (a verb that reports speech only as the tag's whole predicate: "“…,” Okafor
        # snapped."; after a question or exclamation only a manner of speaking is a tag)
        asked = self.text[max(0, a0 - 2) : a0].rstrip("”\"’'")[-1:] in ("?", "!")
        m = _SUBJECT_THEN_CUE.match(after) or (
            _SUBJECT_THEN_SPOKEN_TAG if asked else _SUBJECT_THEN_TAG
        ).match(after)
        if not m:
            return None
        # A name phrase, perhaps with an apposition: “…,” Mayer, Disney's chairman, said.
        head, _, apposition = m.group("subj").partition(",")
        if len(head.split()) > 6:
            return None
        closed = (
            m.group("subj").rstrip().endswith(",")
            or after[m.end("subj") : m.start("cue")].strip() == ","
        )
        if apposition and not closed:
            return None
        if re.search(r"['’]s?$", m.group("subj").strip()):
            return None  # "Rutte's praise": a noun, not a verb
        if re.match(
            r"(?i:per|according|by|for|in|on|at|to|with|from|of|and|but|as|while|whereas|"
            r"although|though|because|since|after|before|when|whose|unless|until)\b",
            m.group("subj"),
        ):
            # "per CNN, suggest": not a subject; ", while his counterpart X called
            # for …": a new clause's subject, whose verb has words of its own.
            return None
        s0, s1 = a0 + m.start("subj"), a0 + m.end("subj")
        pronoun = _PRONOUN_ENDS_PHRASE.search(self.text, s0, s1)
        if pronoun is not None:
            # "“…”, a role he said it had played": a relative clause whose
            # "that" is left out; the pronoun is the verb's subject.
            s0 = pronoun.start(1)
        cue = Span(start=a0 + m.start("cue"), end=a0 + m.end("cue"))
        if cue.of(self.text).lower().endswith("ing"):
            return None
        if is_bare_noun(self.text, s0, cue.start, cue.end):
            return None  # "“…”, a curious charge in a seat that": a noun, not a verb
        if _spoken_to(self.text, cue, max(s0, cue.start - 24)):
            # "“…,” Bell was told by a voter": the subject is spoken to; the agent
            # after "by" speaks, or nobody the tag names.
            agent = _BY_AGENT.match(self.text, cue.end)
            sentence_end = self.sentence_at(cue.start).end
            sp = self.first_speaker(agent.end(), sentence_end) if agent is not None else None
            return Attribution(sp, cue.of(self.text), cue) if sp else None
        sp = self.phrase_speaker(s0, s1)
        return Attribution(sp, cue.of(self.text), cue) if sp else None

    def _signed(self, a0: int, a1: int, after: str) -> Attribution | None:
        """ "“…” — Dana Whitfield, owner of …": a name signing the quote after a dash."""
        # The signature may follow a sentence the quote itself ended: read past a1.
        m = re.compile(r"[ \t]*[—–-]{1,2}\s*").match(self.text, a0, a0 + 8)
        if m is None:
            return None
        start = m.end()
        for s, e, entity in self.discourse.between(start, start + 60):
            if s != start:
                break
            span = Span(start=s, end=e)
            if entity.key.startswith("~~"):
                return Attribution(Speaker(None, span, entity.name), None, None)
            if entity.key.startswith("~"):
                return Attribution(
                    Speaker(None, span, entity.name, None, ActorKind.PERSON), None, None
                )
            return Attribution(Speaker(entity.key, span), None, None)
        return None

    def _per_source(self, a0: int, a1: int, after: str) -> Attribution | None:
        m = _PER_AFTER.search(after)
        if not m:
            return None
        sp = self.first_speaker(a0 + m.end(), a1, allow_outlet=False)
        if sp is None:
            return None
        cue = Span(start=a0 + m.start(), end=a0 + m.start() + len(m.group().strip()))
        return Attribution(sp, cue.of(self.text), cue)

    def _label(self, b0: int, b1: int) -> Attribution | None:
        """A name and a colon before the quote: "Putin: “We will win.”"."""
        m = re.search(r":\s*$", self.text[b0:b1])
        if m is None:
            return None
        colon = b0 + m.start()
        found = self.speakers_between(max(b0, colon - 60), colon)
        # Only a name (with its title) before the colon: nothing else of a clause.
        if (
            found
            and re.fullmatch(r"\s*", self.text[found[-1][0].end : colon])
            and re.fullmatch(r"(?:[A-Z][\w.’'&-]*\s+)*", self.text[b0 : found[-1][0].start])
        ):
            mention, actor = found[-1]
            return Attribution(Speaker(actor.id, mention.span), None, None, "label")
        named = _LABEL_NAME.search(self.text, b0, colon)
        if (
            not found
            and named is not None
            and _LABEL_LEAD.fullmatch(self.text, b0, named.start("name"))
            and _unknown_name(named.group("name"))
        ):
            # "Opposition leader Ana Lima: “…”": a name the actor stage missed.
            name = named.group("name")
            kind = ActorKind.PERSON if is_given_name(name.split()[0]) else ActorKind.UNKNOWN
            span = Span(start=named.start("name"), end=named.end("name"))
            return Attribution(Speaker(None, span, name, kind=kind), None, None, "label")
        # "Ana Silva, Reuters: “…”" in a list of voices: the person, not the outlet.
        people = [(x, a) for x, a in found if a.kind is ActorKind.PERSON]
        if (
            people
            and people[-1][0] is not found[-1][0]
            and re.fullmatch(r"(?:[A-Z][\w.’'&-]*\s+)*", self.text[b0 : people[-1][0].start])
            and re.fullmatch(r",\s*(?:[A-Z][\w.’'&-]*\s*)+", self.text[people[-1][0].end : colon])
        ):
            mention, actor = people[-1]
            return Attribution(Speaker(actor.id, mention.span), None, None, "label")
        return None

    def _colon_intro(self, b0: int, b1: int) -> Attribution | None:
        """ "The second strike was described by worker Ana Ruiz: “…”": a colon introduction.

        Whatever the verb, the person named right before the colon ("by X:",
        "from X:") introduces the quote; else the subject that opens the
        sentence, when it is a person.
        """
        m = re.search(r":\s*$", self.text[b0:b1])
        if m is None:
            return None
        colon = b0 + m.start()
        people = [(x, a) for x, a in self.speakers_between(b0, colon) if a.kind is ActorKind.PERSON]
        if people and re.fullmatch(r"[\s,]*", self.text[people[-1][0].end : colon]):
            x, a = people[-1]
            return Attribution(Speaker(a.id, x.span), None, None, "colon-intro")
        latent = [
            (s0, s1, e)
            for s0, s1, e in self.discourse.between(b0, colon)
            if e.kind is ActorKind.PERSON and _is_latent(e.key)
        ]
        if latent and re.fullmatch(r"[\s,]*", self.text[latent[-1][1] : colon]):
            s0, s1, e = latent[-1]
            span = Span(start=s0, end=s1)
            return Attribution(
                Speaker(None, span, e.name, None, ActorKind.PERSON), None, None, "colon-intro"
            )
        sent = self.sentence_at(colon)
        subjects = [
            (x, a)
            for x, a in people
            if self.subject_like(x, sent.start) and x.start - sent.start < 60
        ]
        if subjects:
            x, a = subjects[0]
            return Attribution(Speaker(a.id, x.span), None, None, "colon-intro")
        verb = _VERB_BEFORE_COLON.search(self.text, max(b0, sent.start), colon + 1)
        if verb is not None:
            # "But single mum Karen Dobson, 41, a cleaner who …, fumed: “…”": the
            # clause reader finds the subject of the verb before the colon.
            found = subject_before(self.text, verb.start(1), max(b0, sent.start))
            sp = self.phrase_speaker(*found) if found is not None else None
            named = self.actors.get(sp.actor or "") if sp is not None else None
            if sp is not None and named is not None and named.kind is ActorKind.PERSON:
                return Attribution(sp, None, None, "colon-intro")
        # "Next morning, she'll load up on toast: “…”": a he or she opening the
        # clause (after an adverbial) introduces the quote like a name would.
        pro = _PRONOUN_OPENS.match(self.text, max(b0, sent.start), colon)
        if pro is not None and pro.end(1) - sent.start < 60 and not people:
            who = self.pronoun(Span(start=pro.start(1), end=pro.end(1)))
            if who.actor is not None:
                return Attribution(who, None, None, "colon-intro")
        # "A Labour whip was blunter: “…”": an unnamed person opening a short
        # clause before the colon introduces the quote.
        lead = leading_subject(self.text, max(b0, sent.start), colon)
        opener = _INDEFINITE_PERSON.match(self.text, lead[0], colon) if lead is not None else None
        if opener is not None and not people:
            words = list(re.finditer(r"[\w-]+", self.text[opener.start() : colon]))
            # The head: the first noun for a person among the first few words.
            head = next(
                (w for w in words[1:5] if w.group()[:1].islower() and names_a_person(w.group())),
                None,
            )
            if head is not None and len(words) - words.index(head) - 1 <= 4:
                unnamed = self.group(opener.start(), opener.start() + head.end())
                if unnamed is not None and unnamed.group is not None:
                    return Attribution(unnamed, None, None, "colon-intro")
        return None

    def _before(self, b0: int, b1: int) -> Attribution | None:
        cues = find_cues(self.text, b0, b1)
        for i in range(len(cues) - 1, -1, -1):
            cue = Span(start=cues[i][0], end=cues[i][1])
            word = cue.of(self.text)
            closed = max(self.text.rfind("”", cue.end, b1), self.text.rfind('"', cue.end, b1))
            if closed >= 0 and any(
                _NEW_SUBJECT_AFTER_QUOTE.fullmatch(self.text, closed, m.start)
                for m, _a in self.speakers_between(closed, b1)
            ):
                # "When X shouted that “…”, Ms McCarthy reminded him that “…”": the
                # verb had its own quote, and a clause with a subject of its own
                # follows it.
                break
            if (
                i > 0
                and word.lower() in _INTRANSITIVE_SPEECH
                and _SECOND_COMPLEMENT.search(self.text, cue.end, b1)
                # (A finite verb whose clause runs on to this one, not "Speaking
                # about it, he said": a participle's phrase ends at its comma.)
                and not self.text[cues[i - 1][0] : cues[i - 1][1]].lower().endswith("ing")
                and not re.search(r"[,;:]", self.text[cues[i - 1][1] : cue.start])
            ):
                # "Calder said the president had spoken with him and that the
                # call was “warm”": the quote is the outer verb's second clause.
                continue
            if _PASSIVE_THEN_PREDICATE.match(self.text, cue.end, b1):
                # "the review had been demanded by the finance office and was “…”": a
                # second predicate of the passive's subject; the quote is not the verb's.
                continue
            if _RELATIVE_OPEN.search(
                self.text, max(b0, cue.start - 120), cue.start
            ) and _RELATIVE_CLOSED.search(self.text[cue.end : b1]):
                # "…, which the court has said judges may not police, and that voters
                # “…”": a verb inside a relative clause closed before the quote is
                # the clause's; the quote belongs to the verb before it.
                continue
            if (
                i > 0
                and word.lower().endswith("ed")
                and _DOCUMENT_BEFORE.search(self.text, max(b0, cue.start - 40), cue.start)
            ):
                # "X said in a statement posted on its website that …": the
                # participle describes the document; the verb before it speaks.
                continue
            if word.lower().startswith("according"):
                # "the agency wrote, according to The Ledger, “…”": with a verb
                # of saying before it, the outlet only reports the words.
                sp = self.first_speaker(cue.end, b1, allow_outlet=i == 0)
                named = _SOURCE_NAMED.match(self.text, cue.end, b1)
                if (
                    sp is None
                    and named is not None
                    # (Capitalised mid-sentence: a name, even of common words.)
                    and gazetteer().lookup(named.group("name").removeprefix("The ")) is None
                ):
                    # "According to The Athletic: “…”": a name no list knows is
                    # still the source, not whoever spoke before.
                    span = Span(start=named.start("name"), end=named.end("name"))
                    sp = Speaker(None, span, span.of(self.text), kind=ActorKind.UNKNOWN)
            else:
                sp = self.subject_of(cue, b0)
                read = _READ_FROM.match(self.text, cue.end, b1) if word.lower() in _READS else None
                if read is not None and read.group("head").lower() in _DOCUMENT_NOUNS:
                    # "The senator read out a portion of the report: “…”": the
                    # report's words, not the reader's.
                    span = Span(start=read.start("doc"), end=read.end("doc"))
                    made = self.document_maker(span.start, read.group("head").lower())
                    if made is not None and (made.actor is not None or made.group is not None):
                        sp = made._replace(mention=span, antecedent=made.mention)
                    else:
                        sp = Speaker(None, span, span.of(self.text))
            if sp:
                return Attribution(sp, word, cue, "cue-before")
        return None

    def _inverted_later(self, a0: int, a1: int, after: str) -> Attribution | None:
        """ "…, said another witness, X": an inverted verb later in the sentence."""
        inv = _INVERTED_LATER.search(after)
        if not inv:
            return None
        if re.match(
            r"(?i:in|on|at|during|after|before|with|to|through|via|from)\b", after[inv.end() :]
        ):
            # "X, …, said in a Friday statement": a circumstance, not an inverted subject.
            return None
        # "…, the agency wrote, according to The Daily Ledger": an outlet is who
        # reports the words (reported_by), not who said them.
        sourced = inv.group("cue").lower().startswith("according")
        sp = self.first_speaker(a0 + inv.end(), a1, prefer_person=True, allow_outlet=not sourced)
        if sp is None:
            return None
        cue = Span(start=a0 + inv.start("cue"), end=a0 + inv.end("cue"))
        return Attribution(sp, cue.of(self.text), cue)

    def _later(self, q: QuoteSpan, a0: int, a1: int, after: str, b0: int) -> Attribution | None:
        for c0, c1 in find_cues(self.text, a0, a1):
            cue = Span(start=c0, end=c1)
            joined = _NEW_CLAUSE.search(self.text, a0, c0)
            # (A verb ending the sentence, ", CEO Andy Vesey said.", tags all of it.)
            tag = len(self.text[c1:a1].split()) < 4
            if (
                joined is not None
                and not tag
                # ("“…,” prosecutors Ana Goldberg and Mia Cruz said": a name
                # before "and" makes one coordinated subject, no new clause.)
                and not self.speakers_between(a0, joined.start())
                and (
                    self.speakers_between(joined.end(), c0)
                    or GROUP.search(self.text, joined.end(), c0)
                    or _PRONOUN_OPENS.match(self.text, joined.end(), c0)
                )
            ):
                # "X rejected them as “false,” and analysts told Y …": the later
                # verb has a subject of its own; the quote is its own clause's,
                # whose subject speaks.
                lead = leading_subject(self.text, b0, q.open)
                own = self.phrase_speaker(*lead) if lead is not None else None
                if own is not None and (own.actor is not None or own.group is not None):
                    return Attribution(own, None, None)
                # ("Vireo was pitching it as “…” and designer Mara Lind was
                # launching her label": the later verb is another clause's.)
                return None
            sp = self.subject_of(cue, a0, floor_subject=b0)
            if sp:
                return Attribution(sp, cue.of(self.text), cue)
        return None

    # -- finding the speaker in a stretch of text --------------------------------

    def head_speaker(
        self, start: int, end: int, found: Speaker | None, *, whole_phrase: bool = True
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
        if self.actors[found.actor].kind is not ActorKind.PERSON:
            return found
        named = found.mention
        if _NAMING_BEFORE.search(self.text, max(start, named.start - 40), named.start):
            return found  # ("a man who identified himself as X": X is the man)
        phrase_end = end
        modifier = _NAME_IN_MODIFIER.fullmatch(self.text, start, named.start)
        if (
            modifier is not None
            and (
                not _heads_a_subject(modifier.group("head"))
                # ("a figure that she said was": she is the verb's own subject)
                or (
                    modifier.group("relative") == ""
                    and (
                        not self.text[named.end : end].strip(" ,")
                        or verb_gap(self.text, named.end, end)
                    )
                )
            )
        ):
            modifier = None
        if modifier is None:
            # "the woman X defeated said": a relative clause without "who" or "that"
            modifier = _GENERIC_HEAD_BEFORE.fullmatch(self.text, start, named.start)
            # (the verb right after the name, wherever the phrase was cut)
            if modifier is not None and not _PAST_VERB_AFTER.match(self.text, named.end):
                modifier = None
        if modifier is None and whole_phrase:
            modifier = _OWNED_NOUN.match(self.text, named.end, end)
            phrase_end = modifier.end() if modifier is not None else end
        if modifier is not None and not _speaks_for_maker(modifier.group("head")):
            # The name is inside what modifies the head, or owns it; the head speaks.
            return self.unnamed_phrase(start, phrase_end)
        opening = _PEOPLE_OF.match(self.text, start, named.start)
        if (
            opening is not None
            and _names_people_of(opening.group("noun"))
            and _owner_gap(
                self.text,
                opening.end(),
                named.start,
                office_of=_office_of(opening.group("noun"), opening.group("prep")),
            )
        ):
            return self.unnamed_phrase(opening.start("np"), named.end)
        return found

    def unnamed_phrase(self, start: int, end: int) -> Speaker:
        """An unnamed speaker described by ``text[start:end]``, past spaces and commas."""
        phrase = self.text[start:end].strip(" ,").rstrip(".;:")  # (not the sentence's stop)
        at = self.text.index(phrase, start)
        return Speaker(None, Span(start=at, end=at + len(phrase)), phrase)

    def phrase_speaker(self, start: int, end: int) -> Speaker | None:
        """The speaker named by a subject phrase: "Kremlin spokesman Dmitry Peskov".

        In "Morrison, Vindman's superior," the head before the apposition
        speaks; in "friends of Tom Bell", someone of Bell's.
        """
        return self.head_speaker(start, end, self._phrase_speaker(start, end))

    def _phrase_speaker(self, start: int, end: int) -> Speaker | None:
        comma = self.text.find(",", start, end)
        if comma > start:
            head = self.phrase_speaker(start, comma)
            if head is not None and head.actor is None:
                # "the party's general secretary, Ama Owusu,": the name in
                # apposition to an unnamed description is who it is.
                apposed = [
                    (m, a)
                    for m, a in self.speakers_between(comma, end)
                    if a.kind is ActorKind.PERSON
                    and re.fullmatch(r"[\s,]*", self.text[comma + 1 : m.start])
                    and re.fullmatch(r"[\s,]*", self.text[m.end : end])
                ]
                if apposed:
                    m, a = apposed[0]
                    return Speaker(a.id, m.span)
            if head is not None:
                return head
            named = self.named_by_apposition(start, comma, end)
            if named is not None:
                return named
            head_phrase = self.text[start:comma].strip()
            if (
                _unknown_name(head_phrase)
                and _WHO_AFTER_COMMA.match(self.text, comma)
                and not self.speakers_between(start, comma)
            ):
                # "“…,” Barrow, who chairs the committee, told reporters": a name
                # before "who" speaks, not anyone inside the relative clause.
                lead = len(self.text[start:comma]) - len(self.text[start:comma].lstrip())
                span = Span(start=start + lead, end=start + lead + len(head_phrase))
                return Speaker(None, span, head_phrase, kind=ActorKind.PERSON)
        phrase = self.text[start:end].strip()
        if re.fullmatch(r"(?i:he|she|it|they|we)", phrase):
            return self.pronoun(Span(start=start, end=end))
        if _ONE_OF_THEM.fullmatch(phrase):
            partitive = self.one_of_them(start, end, phrase)
            if partitive is not None:
                return partitive
        found = self.speakers_between(start, end)
        people = [(m, a) for m, a in found if a.kind is ActorKind.PERSON]
        if people and modifies_noun(self.text, people[-1][0].start, people[-1][0].end):
            # "The Salcedo campaign": the name modifies the noun that speaks.
            nm = _NOMINAL.search(self.text, start, end)
            return self.nominal(Span(start=nm.start("np"), end=nm.end("np"))) if nm else None
        if people:
            m, a = _head_person(self.text, people)
            return Speaker(a.id, m.span)
        if not found:
            latent = self.latent_person(start, end)
            if latent is not None:
                return latent
        grouped = self.group_phrase(start, end)
        if grouped is not None and not (
            # ("the National Police Service said": a named organisation whose
            # name holds a source noun is that organisation, not a group.)
            found and found[-1][0].start <= grouped[1] and found[-1][0].end > grouped[1]
        ):
            return self.group(*grouped)
        if found:
            return Speaker(found[-1][1].id, found[-1][0].span)
        nm = _NOMINAL.search(self.text, start, end)
        if nm:
            return self.nominal(Span(start=nm.start("np"), end=nm.end("np")))
        owned = _POSSESSIVE_ROLE.fullmatch(phrase)
        if _INDEFINITE_PHRASE.fullmatch(phrase) or (
            owned is not None
            and not found
            # ("her daughter", "his wife": a relation too is someone of theirs)
            and (
                _is_person_noun(owned.group("noun").lower())
                or is_person_noun(owned.group("noun").lower())
            )
        ):
            # “…,” one user joked / someone else wrote: an unnamed speaker; "His
            # deputy disagreed, saying": someone of his, unnamed, and never he.
            lead = len(self.text[start:end]) - len(self.text[start:end].lstrip())
            span = Span(start=start + lead, end=start + lead + len(phrase))
            return Speaker(None, span, phrase)
        return None

    def group_phrase(self, start: int, end: int) -> tuple[int, int] | None:
        """The last unnamed source's phrase in ``text[start:end]``, as a range.

        "The council member": a source noun modifying the next one is part of
        its phrase, not a group of its own.
        """
        groups = list(GROUP.finditer(self.text, start, end))
        if not groups:
            return None
        first = groups[-1].start("np")
        for earlier in reversed(groups[:-1]):
            if not re.fullmatch(r"[ \t]+", self.text[earlier.end("np") : first]):
                break
            first = earlier.start("np")
        last = groups[-1].end("np")
        compound = _COMPOUND_HEAD.fullmatch(self.text, last, end)
        if compound is not None and not _is_function_word(compound.group(1)):
            # "nine member states": the source noun modifies the head after it.
            last = compound.end(1)
        return first, last

    def named_by_apposition(self, start: int, comma: int, end: int) -> Speaker | None:
        """A name the actor stage missed, before an apposition that gives a role or a kind.

        "He Jianxiong, the former executive director for Asia at the World
        Bank,": the capitalised words before the comma name a person; the
        organisation inside the apposition is where they work, not who speaks.
        """
        role = _ROLE_APPOSITION.match(self.text, comma + 1, end)
        if role is None or self.speakers_between(start, comma):
            return None  # (a name the actor stage typed otherwise: trust it)
        head = role.group("head").lower()
        name = self.text[start:comma].strip()
        if (
            (head in ORGANISATION_NOUNS or head.capitalize() in ORG_HEADS)
            and _ORGANISATION_NAME.fullmatch(name)
            and not any(w.lower() in COMMON_WORDS for w in name.split())
            and gazetteer().lookup(name) is None
        ):
            # "Agri-Union, the largest farmers' federation,": an organisation.
            kind = ActorKind.ORGANIZATION
        elif _CAPITALISED_NAME.fullmatch(name) and _is_person_noun(head):
            kind = ActorKind.PERSON
        else:
            return None
        lead = len(self.text[start:comma]) - len(self.text[start:comma].lstrip())
        span = Span(start=start + lead, end=start + lead + len(name))
        return Speaker(None, span, name, None, kind)

    def latent_person(self, start: int, end: int) -> Speaker | None:
        """A person the actor stage missed, named in ``[start, end)`` (see coreference)."""
        for s0, s1, entity in self.discourse.between(start, end):
            if _is_latent(entity.key) and entity.kind is ActorKind.PERSON:
                span = Span(start=s0, end=s1)
                return Speaker(None, span, entity.name, None, ActorKind.PERSON)
        return None

    def first_speaker(
        self, start: int, end: int, *, allow_outlet: bool = True, prefer_person: bool = False
    ) -> Speaker | None:
        """The speaker named right at ``start``: "said [White House Press Secretary X]".

        "said a friend of Tom Bell": someone of Bell's, unnamed.
        """
        found = self._first_speaker(
            start, end, allow_outlet=allow_outlet, prefer_person=prefer_person
        )
        return self.head_speaker(start, end, found)

    def _first_speaker(
        self, start: int, end: int, *, allow_outlet: bool, prefer_person: bool
    ) -> Speaker | None:
        text = self.text
        while start < end and text[start].isspace():
            start += 1
        reach = min(end, start + (140 if prefer_person else 80))
        found = [
            (m, a)
            for m, a in self.speakers_between(start, reach)
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
            latent = self.latent_person(start, head_end)
            if latent is not None:
                return latent
        gm = GROUP.match(text, start, reach)
        if prefer_person and gm:
            # "said another witness in the probe, former adviser Fiona Hill"
            later = [(m, a) for m, a in found if a.kind is ActorKind.PERSON]
            if later and re.match(r"[^.;:]*,\s*", text[gm.end() : later[0][0].start]):
                return Speaker(later[0][1].id, later[0][0].span)
        if gm:
            end = gm.end("np")
            while (more := _NEXT_SOURCE_NOUN.match(text, end, reach)) is not None:
                end = more.end()  # "a government spokesperson": one phrase
            return self.group(gm.start("np"), end)
        if in_head:
            return Speaker(in_head[-1][1].id, in_head[-1][0].span)
        pm = re.match(r"(he|she|it|they)\b", text[start:end], re.I)
        if pm:
            return self.pronoun(Span(start=start + pm.start(1), end=start + pm.end(1)))
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
                return self.nominal(Span(start=start, end=start + len(phrase)))
        return None

    def clause_subject(self, cue: Span, floor: int) -> Speaker | None:
        """The speaker the clause reader finds as the verb's subject, when it names one.

        "Iran on Tuesday said", "Peskov, who was in Minsk, said", "another
        just wrote": the subject past time phrases, appositives and adverbs.
        A subject that names nobody the text knows (no actor, pronoun or
        source noun) is left to the other rules.
        """
        found = subject_before(self.text, cue.start, floor)
        if found is None:
            return None
        s0, s1 = found
        # A name with commas or "and" in it ("the Ministry of Housing, Communities
        # and Local Government") is one subject, wherever the reader stopped in it.
        # (past "the": "The [Office of Management and Budget]")
        named_from = s0 + 4 if self.text[s0 : s0 + 4].lower() == "the " else s0
        around = [
            m
            for m, _a in self.speakers_between(max(floor, s0 - 120), cue.start)
            if m.start <= named_from and s1 <= m.end and (m.start, m.end) != (s0, s1)
        ]
        if around:
            s0, s1 = around[-1].start, around[-1].end
        phrase = self.text[s0:s1]
        if phrase.lower() in ("the latter", "the former"):
            return self.latter_or_former(Span(start=s0, end=s1), phrase)
        family = _FAMILY.fullmatch(phrase)
        if (
            family is not None
            and not phrase.lower().startswith("the ")
            and self.text[max(0, s0 - 4) : s0].lower() != "the "
        ):
            family = None  # ("Williams said": a surname, not a family)
        others = self.speakers_between(s0, s1)
        if family is not None and all(a.name == phrase.split()[-1] for _m, a in others):
            members = self.namesakes.get(family.group(1)) or self.namesakes.get(
                family.group(1) + "e"
            )
            if members:
                # "the Varleys argued": the people of that surname, together.
                ids = sorted(members, key=lambda i: min(m.start for m in self.actors[i].mentions))
                names = [self.actors[i].name for i in ids]
                return Speaker(
                    None,
                    Span(start=s0, end=s1),
                    group=", ".join(names[:-1]) + " and " + names[-1],
                    kind=ActorKind.GROUP,
                    members=tuple(ids),
                )
        share = _SHARE_BEFORE.search(self.text, max(floor, s0 - 12), s0)
        if share is not None and phrase.lower() in ("them", "those"):
            # "One of them said": the clause reader stops at "of"; the share is
            # of the counted source named before.
            partitive = self.one_of_them(share.start(), s1, self.text[share.start() : s1])
            if partitive is not None:
                return partitive
        if re.fullmatch(r"(?i:he|she|it|they)", phrase):
            sp = self.pronoun(Span(start=s0, end=s1))
            if sp.actor is not None or sp.group is not None:
                return sp
            # "In a statement, it said": "it" and "they" name no person, and no
            # noun elsewhere in the clause may stand in for the unresolved
            # subject; the quote stays unattributed rather than go to a name.
            return sp if phrase.lower() in ("it", "they") else None
        # "Quinlan's spokesman, Dev Kapoor, said": the name in apposition to
        # the subject is who speaks.
        apposed = [
            (m, a)
            for m, a in self.speakers_between(s1, cue.start)
            if a.kind is ActorKind.PERSON
            # (", former adviser Fiona Hill,", ", the centre-left senator Ana Ruiz,")
            and _APPOSED_ROLE.fullmatch(self.text, s1, m.start)
            # (", had told": auxiliaries and adverbs may stand before the verb, or
            # a first predicate joined to it: ", declined to name the officials and added")
            and self.text.startswith(",", m.end)
            and (
                verb_gap(self.text, m.end + 1, cue.start)
                or (
                    _JOINED_PREDICATE.fullmatch(self.text, m.end, cue.start) is not None
                    # (not ", watched as Ruiz stood up and said": another clause's verb)
                    and not _SUBORDINATOR.search(self.text, m.end, cue.start)
                    and not self.speakers_between(m.end, cue.start)
                )
            )
        ]
        if apposed:
            m, a = apposed[0]
            return Speaker(a.id, m.span)
        named = _APPOSED_NAME.fullmatch(self.text, s1, cue.start)
        if named is not None and not self.speakers_between(s1, cue.start):
            # "The party's spokesperson on energy, Pieter van Wyk, said", the name
            # unknown to the actor stage: the name in apposition speaks.
            span = Span(start=named.start("name"), end=named.end("name"))
            return Speaker(None, span, span.of(self.text), kind=ActorKind.PERSON)
        if self.text.startswith(",", s1) and not self.speakers_between(s0, cue.start):
            # "Agri-Union, the largest farmers' federation, said": a name the
            # actor stage missed, typed by the noun of its apposition.
            introduced = self.named_by_apposition(s0, s1, cue.start)
            if introduced is not None:
                return introduced
        if (
            _DESCRIPTION_SUBJECT.fullmatch(phrase)
            and "," in self.text[s1 : cue.start]
            and not self.speakers_between(s0, s1)
            # ("X's contact inside the ministry, an official …, said": a
            # preposition's object is no subject.)
            and not _PREPOSITION_BEFORE_NP.search(self.text, max(floor, s0 - 16), s0)
        ):
            # "The presidency, in a statement by a spokesman, said": the
            # description before the apposition speaks, not a noun inside it.
            return self.nominal(Span(start=s0, end=s1))
        people = [(m, a) for m, a in self.speakers_between(s0, s1) if a.kind is ActorKind.PERSON]
        # A possessive before the head noun is not the speaker: "Quinlan's spokesman".
        owners = [p for p in people if is_possessive(self.text, p[0])]
        if (
            owners
            and owners[-1] is people[-1]
            and _MODIFIED_HEAD.match(self.text, people[-1][0].end, s1)
        ) or (
            people
            and (
                modifies_noun(self.text, people[-1][0].start, people[-1][0].end)
                or _modifies_role(self.text, people[-1][0], s0, s1)
            )
        ):
            # ("The Salcedo campaign said": a name before a noun modifies it.)
            return self.nominal(Span(start=s0, end=s1))
        titled = _TITLES_BEFORE.search(self.text, max(floor, s0 - 30), s0)
        lead = titled.start() if titled is not None else s0  # (past "Gov." of "Gov. X")
        owner_of = _MODIFIED_BY_PP.search(self.text, max(floor, lead - 40), lead)
        noun = owner_of.group("noun") if owner_of is not None else ""
        if (
            owner_of is not None
            # ("Critics of X": a capital only where the phrase opens the sentence)
            and (noun.islower() or (noun[1:].islower() and _names_people_of(noun)))
            and (
                _owner_gap(
                    self.text,
                    owner_of.end(),
                    people[0][0].start,
                    office_of=_office_of(noun, _last_preposition(owner_of.group())),
                )
                if people
                else self.text.startswith("the ", s0)  # ("Allies of the governor")
            )
        ):
            # "A lawyer for John Smithers said", "The widow of the late X said": someone
            # or something of theirs speaks, unnamed, never the person the phrase names.
            start = owner_of.start("np")
            return Speaker(None, Span(start=start, end=s1), self.text[start:s1])
        if people:
            m, a = _head_person(self.text, people)
            return Speaker(a.id, m.span)
        others = self.speakers_between(s0, s1)
        modified = _MODIFIED_BY_PP.search(self.text, max(floor, s0 - 40), s0)
        if modified is None and others:
            # The subject read may itself open with the group: "[Analysts at] X".
            modified = _MODIFIED_BY_PP.fullmatch(self.text, s0, others[0][0].start)
        if (
            modified is not None
            and _is_person_noun(modified.group("noun").lower())
            # (", U.N. Director for …", "X, a former director … and an opponent of …":
            # an apposition to a name before it, not the subject.)
            and not re.search(r"[A-Z][\w.’'-]*,\s", self.text[floor : modified.start()])
        ):
            # "Analysts at Brightwater Securities called": the name after a
            # preposition modifies the group that speaks.
            return self.group(modified.start("np"), s1)
        if others and others[-1][0].end == s1 and not is_possessive(self.text, others[-1][0]):
            m, a = others[-1]
            return Speaker(a.id, m.span)
        office = [m for m, _a in others if _TITLE_AFTER.match(self.text, m.end, s1)]
        if office and not people:
            # "The United Nations High Commissioner for Human Rights said": the
            # office holder speaks, not the organisation naming the office.
            return Speaker(None, Span(start=s0, end=s1), phrase)
        places = [
            (m, a)
            for m, a in self.places_between(s0, s1)
            if m.start == s0
            and m.end == s1
            and gazetteer().country_of_demonym(phrase) is None
            # Only a sentence's own first subject, of its own verb: the reader's
            # guesses past "and" or inside a clause are less sure than a name's.
            and _OPENS_SENTENCE.search(self.text, max(0, s0 - 12), s0)
            and not re.search(r"\b(?:and|but|or|that)\b", self.text[s1 : cue.start])
        ]
        if places and not others:
            # "China on Monday warned": a country the clause makes the subject
            # of a verb of saying speaks as its government.
            m, a = places[0]
            return Speaker(a.id, m.span)
        head = _HEAD_BEFORE_PARTICIPLE.match(phrase)
        if head is not None and (
            head.group("noun").lower() in ORGANISATION_NOUNS
            or _is_person_noun(head.group("noun").lower())
        ):
            # "The union representing the workers said": the noun before the
            # participle heads the subject.
            return self.group(s0, s1)
        if not others and _unknown_name(phrase):
            # "Putin had told Trump that …", with no actor for "Putin": a name the
            # actor stage missed is still who speaks, of a kind left open (a
            # given name first makes it a person).
            kind = (
                ActorKind.PERSON
                if " " in phrase and is_given_name(phrase.split()[0])
                else ActorKind.UNKNOWN
            )
            return Speaker(None, Span(start=s0, end=s1), phrase, kind=kind)
        if not others and _SHARE_OF_PEOPLE.fullmatch(phrase):
            # "Forty-one percent said the senator had been “…”": the share of those
            # polled speaks, never the person their answer is about.
            return Speaker(None, Span(start=s0, end=s1), phrase)
        if not others and _DEFINITE_ACRONYM.fullmatch(phrase):
            if _is_role(phrase.split()[-1].lower()):
                # "the MP said", "the CEO said": a title, someone's; whose, if the
                # text said so before.
                return self.nominal(Span(start=s0, end=s1))
            # "though the Chinese CDC has said": a body by its initials, unknown
            # to the lists, is still who speaks (never a name elsewhere).
            return Speaker(None, Span(start=s0, end=s1), phrase, kind=ActorKind.ORGANIZATION)
        if (
            not others
            and _QUANTIFIER.fullmatch(phrase)
            # ("the very first one says": one of the things just named, not a person.)
            and not _ORDINAL_BEFORE.search(self.text, max(floor, s0 - 24), s0)
        ):
            # An unnamed source with no noun: "another just wrote", "others replied".
            return Speaker(None, Span(start=s0, end=s1), phrase)
        unit = _OWNED_UNIT.fullmatch(phrase)
        if unit is not None and unit.group("noun").lower() in ORGANISATION_NOUNS:
            # "The city's power utility said": a part of an organisation, unnamed,
            # speaks as itself (never as the owner before it).
            return Speaker(None, Span(start=s0, end=s1), phrase, kind=ActorKind.ORGANIZATION)
        # ("Osei said the report confirmed “…”": inside another verb's object the
        # fragment is the main subject's, as other rules read.)
        embedded = any(
            "," not in self.text[c1:s0]
            for _c0, c1 in find_cues(self.text, self.sentence_at(s0).start, s0)
        )
        # ("A critic in the comments replied": a preposition's object is no subject.)
        governed = _PREPOSITION_BEFORE_NP.search(self.text, max(floor, s0 - 16), s0) is not None
        grouped = None if others or embedded or governed else self.group_phrase(s0, s1)
        if grouped is not None and grouped[1] == s1:
            # "…, but a senior official told Reuters": an unnamed source the
            # clause reader found as the subject, not a name in the clause before.
            unnamed = self.group(*grouped)
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
            return self.nominal(Span(start=s0, end=s1))
        if (
            not others
            and phrase.split()[-1].lower() in _DOCUMENT_NOUNS
            and _DETERMINED_DOCUMENT.match(phrase)
            # (One noun phrase: not "A judge read the letter".)
            and len(_DETERMINED_DOCUMENT.findall(" " + phrase)) == 1
            and not embedded
            and not governed
        ):
            # "A letter signed by the Harbour Trust called …": a document as the
            # subject speaks for whoever the text says made it, or for itself.
            return self.nominal(Span(start=s0, end=s1))
        return None

    def _inside_speaker(self, owner: Speaker, speaker: Speaker | None) -> bool:
        """ "The ECOWAS mission said in its statement": "its" is the subject's own.

        A possessive pronoun whose referent is named inside the subject's
        phrase refers to that subject, not to a second speaker.
        """
        if speaker is None or speaker.mention is None or owner.actor is None:
            return False
        if owner.mention is None or owner.mention.of(self.text).lower() not in _POSSESSIVE_WORDS:
            return False
        actor = self.actors.get(owner.actor)
        return actor is not None and bool(
            self.mentions_in(actor, speaker.mention.start, speaker.mention.end)
        )

    def speech_noun_owner(self, start: int, end: int) -> Speaker | None:
        """ "Trump's recent statements urging … “…”": the owner of the words."""
        text = self.text
        best: Speaker | None = None
        best_at = -1
        for mention, actor in self.speakers_between(start, end):
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
                word = _POSSESSIVE_SUBJECT[who.of(text).lower()]
                owner = self.resolve_pronoun(who.start, word)
                topic = _ABOUT_AFTER.match(text, pm.end(), end)
                # "her account of Hale": "her" is not Hale, of whom she tells.
                if (
                    owner is not None
                    and topic is not None
                    and any(a.id == owner for _m, a in self.speakers_between(pm.end(), topic.end()))
                ):
                    owner = None
                best, best_at = Speaker(owner, who), pm.start()
        return best

    def subject_of(
        self, cue: Span, floor: int, *, floor_subject: int | None = None
    ) -> Speaker | None:
        """The speaker of a reporting verb: who does the saying.

        "Friends of Tom Bell said": someone of Bell's, unnamed, never Bell.
        """
        found = self._subject_of(cue, floor, floor_subject=floor_subject)
        if found is None or found.mention is None:
            return found
        return self.head_of(found, floor, max(found.mention.end, cue.start))

    def head_of(self, found: Speaker, floor: int, end: int) -> Speaker:
        """The speaker found, or the head of a phrase opening before it that it is
        only part of ("Friends of [Tom Bell]", "a voter who backs [X]"), where no
        one has read where the phrase starts."""
        if found.mention is None:
            return found
        named_at = found.mention.start
        for word in _WORD_START.finditer(self.text, max(floor, named_at - 60), named_at):
            owned = self.head_speaker(word.start(), end, found, whole_phrase=False)
            if owned is not found and owned is not None:
                return owned
        return found

    def _subject_of(
        self, cue: Span, floor: int, *, floor_subject: int | None = None
    ) -> Speaker | None:
        text = self.text
        word = cue.of(text).lower()
        if _FREE_RELATIVE.search(text, max(0, cue.start - 12), cue.start):
            return None  # "whoever filmed it": nobody the text names speaks here
        low = floor_subject if floor_subject is not None else floor
        if _spoken_to(text, cue, max(low, cue.start - 24), reported_too=True):
            # "he was asked not to “…”": he is spoken to, not speaking; "she was
            # told by Ian Moss that …": the agent after "by" speaks.
            end = self.sentence_at(cue.start).end
            agent = _BY_AGENT.match(text, cue.end) or _BY_AGENT_AFTER_QUOTE.match(
                text, cue.end, end
            )
            if agent is not None:
                return self.first_speaker(agent.end(), end, prefer_person=True)
            return None
        candidates = self.speakers_between(low, cue.start)
        window = text[floor : cue.start]
        rel = re.search(r"\b(?:who|which)\s+(?:\w+\s+){0,2}$", window)
        if rel is not None:
            # A relative clause: "Dmitry Peskov, who noted"; "a career officer who
            # described": the noun phrase right before the relative pronoun.
            rel_at = floor + rel.start()
            np = subject_before(text, rel_at - (text[rel_at - 1 : rel_at] == "("), floor)
            last = rel_at
            while last > floor and text[last - 1] in " ,":
                last -= 1
            conjunct = subject_before(text, last, floor)
            if conjunct is not None and not _ADJUNCT_BEFORE.search(
                text, max(floor, conjunct[0] - 16), conjunct[0]
            ):
                # "…, most mayors and the UFW, which called": the UFW (not "an
                # audit, ordered by the board in May, which found": the object of
                # a time, place or agent phrase).
                np = conjunct
            if np is not None:
                named = [(m, a) for m, a in self.speakers_between(np[0], np[1] + 1)]
                if named:
                    return Speaker(named[-1][1].id, named[-1][0].span)
                grouped = list(GROUP.finditer(text, np[0], np[1]))
                if grouped:
                    return self.group(grouped[-1].start("np"), grouped[-1].end("np"))
                if re.match(r"(?i:a|an|the|another|one)\s+\w", text[np[0] : np[1]]):
                    described = self.group(np[0], np[1])  # "a senior engineer who said"
                    if described is not None:
                        return described
            if candidates and re.fullmatch(r"[\s,(—–-]*", text[candidates[-1][0].end : rel_at]):
                mention, actor = candidates[-1]
                return Speaker(actor.id, mention.span)
        participle = word.endswith("ing")
        gerund = _GERUND_AFTER_OBJECT.search(text, max(low, cue.start - 12), cue.start)
        if participle and gerund is not None:
            # "mocked Tom Bell for calling it", "quoted X as saying", "accused X of
            # saying": the verb's object does the saying, not its subject ("apologised
            # to X for calling it": an object of a preposition is not the one).
            objects = [
                (m, a)
                for m, a in candidates
                if a.kind is ActorKind.PERSON and not text[m.end : gerund.start()].strip()
            ]
            if objects:
                mention, actor = objects[-1]
                the_object = Speaker(actor.id, mention.span)
                if not _PREPOSITION_BEFORE_NAME.search(
                    text, max(low, mention.start - 16), mention.start
                ):
                    return the_object
                # ("quoted a cousin of X as saying": the cousin, unnamed)
                someone_of = self.head_of(the_object, low, mention.end)
                if someone_of is not the_object:
                    return someone_of
            unnamed = _OBJECT_PHRASE_BEFORE.search(
                text, max(low, gerund.start() - 60), gerund.start()
            )
            noun = unnamed.group("noun") if unnamed is not None else ""
            if (
                unnamed is not None and (_people_in_the_plural(noun) or names_a_person(noun))
            ) and not _PREPOSITION_BEFORE_NAME.search(
                text, max(low, unnamed.start() - 16), unnamed.start()
            ):
                # "thanked the voters for saying", "quoted X's aide as saying": the
                # object speaks, unnamed.
                return self.unnamed_phrase(unnamed.start(), unnamed.end("noun"))
        absolute = (
            _WITH_UNNAMED.search(text, max(low, cue.start - 40), cue.start) if participle else None
        )
        if absolute is not None:
            # "constituents piled in, with one writing that …": the unnamed subject
            # of the "with" phrase writes, not anyone named before it.
            return Speaker(
                None, Span(start=absolute.start("np"), end=absolute.end("np")), absolute.group("np")
            )
        if participle and candidates:
            # "with Press Secretary Karoline Leavitt declaring, “…”"; after a
            # comma the name is more often an object ("told Lauryn, stating").
            mention, actor = candidates[-1]
            if re.fullmatch(r"\s*", text[mention.end : cue.start]):
                return Speaker(actor.id, mention.span)
        if participle and _AFTER_COMMA.search(text, max(low, cue.start - 12), cue.start):
            # "The Salcedo campaign claimed victory in a statement, saying": an
            # adjunct participle's subject is its main clause's subject.
            start = max(low, self.sentence_at(cue.start).start)
            # Past any quoted words opening the sentence: “…,” Silva said, adding.
            closed = max(text.rfind("”", start, cue.start), text.rfind('"', start, cue.start))
            lead = leading_subject(text, max(start, closed + 1), cue.start)
            main = self.phrase_speaker(*lead) if lead is not None else None
            if lead is not None and (main is None or main.actor is None):
                # "the President's Special Adviser on Media, Ana Obi, responded, saying":
                # the name in apposition to the description.
                apposed = [
                    (m, a)
                    for m, a in self.speakers_between(lead[1], cue.start)
                    if a.kind is ActorKind.PERSON
                    and text[m.start - 2 : m.start] == ", "
                    and text[m.end : m.end + 1] == ","
                    and "," not in text[lead[1] : m.start - 2]
                ]
                if apposed:
                    main = Speaker(apposed[0][1].id, apposed[0][0].span)
            owner = self.speech_noun_owner(lead[1], cue.start) if lead is not None else None
            if (
                main is not None
                and (main.actor is not None or main.group is not None)
                # ("BBC News quoted Zelenskyy's plea …, warning": the plea's owner
                # warns; not an owner after a preposition: "their views on Kaplan's
                # position, saying" is the subject's saying.)
                and (
                    owner is None
                    or owner.actor is None
                    or owner.mention is None
                    or _PREPOSITION_BEFORE_OWNER.search(
                        text, max(0, owner.mention.start - 16), owner.mention.start
                    )
                )
            ):
                return main
        issued = _ISSUED.search(window) if participle else None
        if issued is not None:
            # "X issued a statement saying …": X speaks, through the document.
            verb = Span(start=floor + issued.start("verb"), end=floor + issued.end("verb"))
            read = self.clause_subject(verb, low)
            if read is not None:
                return read
        if not participle:
            read = self.clause_subject(cue, low)
            if read is not None:
                return read
            own = subject_before(text, cue.start, low)
            if own is not None and re.fullmatch(r"(?i:i|we|you)", text[own[0] : own[1]]):
                # "we must tell ourselves: “…”": the writer's or the reader's
                # voice, not that of anyone named nearby.
                return None
        people = [
            (m, a)
            for m, a in candidates
            # An owner is no subject: "Kole's contact inside the ministry said".
            if a.kind is ActorKind.PERSON
            and self.subject_like(m, low)
            and not is_possessive(text, m)
            # ("The Salcedo campaign claimed": the name modifies the noun that speaks.)
            and not modifies_noun(text, m.start, m.end)
        ]
        options: list[tuple[int, Speaker]] = []
        if people:
            chosen = people[0] if participle else people[-1]
            if participle:
                # "Trump campaign spokesman Steven Cheung issued a statement
                # saying": the head of the subject phrase, past its modifiers.
                for m, a in candidates:
                    if m.start > chosen[0].end and a.kind is ActorKind.PERSON:
                        if _NP_LINK.fullmatch(text[chosen[0].end : m.start]):
                            chosen = (m, a)
                        break
            options.append((chosen[0].end, Speaker(chosen[1].id, chosen[0].span)))
        pronoun = None
        for pm in PRONOUN_SUBJECT.finditer(window):
            if self.quoted_at(floor + pm.start()):
                continue  # "he" inside quoted words speaks of someone
            if pm.group("who").lower() == "it" and not _CLAUSE_OPENER.search(window, 0, pm.start()):
                continue  # "as X puts it, we …": an object, not a subject
            if pm.group("who").lower() != "it" or not re.match(
                r"\s+(?:is|was|has|had|would|will)\b", window[pm.end() :]
            ):
                pronoun = pm
        if pronoun is not None:
            who = Span(start=floor + pronoun.start("who"), end=floor + pronoun.end("who"))
            sp = self.pronoun(who)
            if (
                sp.actor is not None
                or (sp.group is not None and sp.kind is not ActorKind.PERSON)
                or who.of(text).lower() in ("he", "she")
            ):
                options.append((who.end, sp))
        # The cue may itself be the speech noun: "Ana Silva's warning of a “…”".
        owner = self.speech_noun_owner(low, cue.end)
        # ("In his speech, the pope urged": a "his" that names no one yet is no speaker.)
        if owner is not None and owner.mention is not None and owner.actor is not None:
            options.append((owner.mention.end, owner))
        if options:
            # The candidate nearest the verb is its subject.
            return max(options, key=lambda o: o[0])[1]
        if participle:
            poss = [
                (m, a)
                for m, a in candidates
                if a.kind is ActorKind.PERSON and is_possessive(text, m)
            ]
            if poss:
                return Speaker(poss[-1][1].id, poss[-1][0].span)
        # Organisations, and countries speaking as governments ("The UK has urged").
        places = [
            (m, a)
            for m, a in self.places_between(low, cue.start)
            if m.span.of(text) == a.name or m.span.of(text) in a.aliases
            # ("the Portuguese said": a person by nationality, not the country.)
            if gazetteer().country_of_demonym(m.span.of(text)) is None
            if re.fullmatch(
                r"\s*(?:has|have|had|also|is|was|will|would|did|has\s+also)?\s*",
                text[m.end : cue.start],
            )
        ]
        others = [(m, a) for m, a in [*candidates, *places] if self.subject_like(m, low)]
        others.sort(key=lambda p: p[0].start)
        groups = [
            g
            for g in GROUP.finditer(text, low, cue.start)
            if not re.match(r"\s+[A-Z]", text[g.end() : g.end() + 2])
            and not self.quoted_at(g.start("np"))
            and not _before_plural_noun(text, g.end())  # "a row of police vans"
        ]
        if groups and (not others or groups[-1].start() > others[-1][0].end):
            return self.group(groups[-1].start("np"), groups[-1].end("np"))
        if others:
            m, a = others[-1]
            modified = _MODIFIED_HEAD.match(text, m.end, cue.start)
            if modified is not None and (
                _is_person_noun(modified.group("head")) or modifies_noun(text, m.start, m.end)
            ):
                # "Tesla's lawyers", "the Nordic premier": the name modifies the
                # noun that speaks; the speaker is that description, not the name.
                det = re.search(r"(?i:\b(?:the|a|an)\s+)$", text[max(low, m.start - 5) : m.start])
                start = m.start - (len(det.group()) if det else 0)
                return self.nominal(Span(start=start, end=modified.end("head")))
            if not is_possessive(text, m):
                return Speaker(a.id, m.span)
        nm = _NOMINAL.search(text, max(low, cue.start - 60), cue.start)
        if nm and not participle and not self.quoted_at(nm.start("np")):
            head = nm.group("head").lower()
            if (
                _is_role(head)
                or _AGE.search(head)
                or head in _DOCUMENT_NOUNS
                or _names_nationality(nm.group("np"))
                # "the never-identified woman says": someone unnamed, by a noun for people
                or (is_person_noun(head) and nm.group("np")[:4].lower() == "the ")
                # "The Peruvian delegation said": a body, by its noun
                or (head in ORGANISATION_NOUNS and nm.group("np")[:4].lower() == "the ")
            ):
                return self.nominal(Span(start=nm.start("np"), end=nm.end("np")))
            if (
                nm.group("np")[:2].lower() in ("a ", "an")
                and _AGENTIVE.fullmatch(head)
                and head not in COMMON_WORDS
            ):
                # "an interviewer said", "a caller wrote": an agent noun by its
                # form, someone unnamed doing the saying.
                return Speaker(None, Span(start=nm.start("np"), end=nm.end("np")), nm.group("np"))
        return None


#: Two to four capitalised words, as a person's name is written: "He Jianxiong".
_CAPITALISED_NAME = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}")
#: An organisation's name: capitalised words, one hyphenated or an acronym among them.
_ORGANISATION_NAME = re.compile(
    r"[A-Z][\w’'&-]+(?:\s+(?:of\s+|for\s+|and\s+|&\s+)?[A-Z][\w’'&-]+){0,4}"
)
#: A full name in apposition before the verb, particles and all: ", Pieter van Wyk, ".
_APPOSED_NAME = re.compile(
    r"\s*,\s*(?P<name>[A-Z][^\W\d_]+(?:[ -](?:(?:van|von|de|der|den|da|di|du|del|la|le|bin|"
    r"ibn|al|el|ter|ten)\s+)?[A-Z][^\W\d_’'-]*(?:[’'-][A-Z]?[^\W\d_]+)?){1,3}),\s*"
)
#: One to three capitalised words.
_CAPITALISED_NAME_OR_WORD = re.compile(r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){0,2}")
#: An apposition giving a role: ", the former executive director for …".
_ROLE_APPOSITION = re.compile(
    r"\s*(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z][\w-]*)\b(?=\s+(?:of|for|at|to|in|with)\b|\s*,)"
)
#: "by" and the agent of a passive verb of addressing: "was told by [Ian Moss]".
_BY_AGENT = re.compile(r"\s+by\s+")
#: A passive verb's agent after the words it governs: "dismissed as “lies” [by ]X".
_BY_AGENT_AFTER_QUOTE = re.compile(r"[^.;:!?“”\"]{0,40}[“\"][^“”\"]{1,200}[”\"]\s+by\s+")
#: A passive verb right before a quoted fragment: "were dismissed as ", "was branded ".
_PASSIVE_BEFORE_QUOTE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en)\s+(?:as\s+|of\s+)?$"
)
#: "by" right after a quote: its passive verb's agent follows.
_BY_AFTER_QUOTE = re.compile(r"[”\"]?\s*by\s+(?!(?:the\s+)?(?:end|time|way)\b)")
#: A speech noun and the preposition of its maker, right before a name: "claims [by] ",
#: "remarks [from] Sen. ".
_SPEECH_NOUN_BY = re.compile(
    r"\b(?P<noun>[a-z]+)\s+(?:made\s+)?(?:by|from)\s+(?:the\s+)?(?:[A-Z][a-z]{0,3}\.\s+)?$"
)
#: The preposition between a verb's object and a gerund of saying: "mocked X [for ]calling",
#: "quoted X [as ]saying".
_GERUND_AFTER_OBJECT = re.compile(r"\b(?:for|over|as|of)\s+$")
#: A verb's object phrase before a gerund's preposition: "thanked [the voters ]for",
#: "quoted [Ana Ruiz's aide ]as", "quoted [a company engineer ]as".
_OBJECT_PHRASE_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|his|her|their|its|two|three|several|some)\s+"
    r"|(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w-]*(?:’s|'s)\s+)"
    r"(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][\w-]*)\s+$"
)
#: A preposition right before a name: "apologised [to ]X", "spoke [with the ]X".
_PREPOSITION_BEFORE_NAME = re.compile(
    r"\b(?:"
    + data_alternation("attribution_cues.txt", "object_prepositions")
    + r")\s+(?:the\s+)?(?:[A-Z][a-z]{0,3}\.\s+)?$"
)
#: A content clause right after a name: "[ that] the vote was" (not a relative clause:
#: "comments by X [that] angered farmers", "a call [that] lasted an hour").
_THAT_CLAUSE = re.compile(r"\s+that\s+(?P<next>[\w’'-]+)")
#: A speech noun's own clause, from its owner: "Bowen's claim that …", "his warning of …".
_SPEECH_NOUN_CLAUSE = re.compile(r"(?:['’]s?)?\s+(?:[a-z-]+\s+){0,3}?(?:that|of)\b")
#: Capitalised title words after an organisation's name: "[United Nations] High Commissioner".
_TITLE_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,2}(?:"
    + "|".join(re.escape(w) for w in sorted(TITLE_WORDS, key=len, reverse=True) if w[:1].isupper())
    + r")\b"
)
#: A determiner or ordinal before "one": "the very first one", "that one".
_ORDINAL_BEFORE = re.compile(
    r"\b(?i:the|this|that|each|every|which|first|second|third|last|other|latest)\s+(?:\w+\s+)?$"
)
#: A preposition right before a possessive owner: "views [on] Kaplan's position".
_PREPOSITION_BEFORE_OWNER = re.compile(
    r"\b(?:" + data_alternation("attribution_cues.txt", "owner_prepositions") + r")\s+$",
    re.IGNORECASE,
)
#: What may stand between a quote's close and the subject of a new clause: "”, Ms ".
_NEW_SUBJECT_AFTER_QUOTE = re.compile(
    r"[”\"]\s*,\s*(?:(?:and|but|while|as)\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}"
)
#: A quoted question: "“… out?” asked Raman".
_QUESTION_QUOTE = re.compile(r"\?\s*[”\"]")
#: The asker of a question quoted just before: "?” asked [Raman]" / "?” [Raman] asked".
_ASKER_INVERTED = re.compile(r"[?”\"]\s*,?\s*asked\s+$")
_ASKER_AFTER = re.compile(r"\s+asked\b")
#: An unnamed subject of a "with" phrase right before its participle: "with [one] writing".
_WITH_UNNAMED = re.compile(
    r"\bwith\s+(?P<np>(?:one|another|some|many|several|others|most)(?:\s+of\s+them)?)\s+$",
    re.IGNORECASE,
)
#: "on behalf of" right after a document: who it speaks for.
_ON_BEHALF_OF = re.compile(r"\s+on\s+behalf\s+of\s+", re.IGNORECASE)
#: A source noun right after another one: "a government [spokesperson]".
_NEXT_SOURCE_NOUN = re.compile(
    r"[ \t]+(?i:" + "|".join(sorted(SOURCE_NOUNS, key=len, reverse=True)) + r")\b"
)
#: Where a document comes from, right after it: "[ from her] office", "[ signed by ]the mayor".
_DOCUMENT_FROM = re.compile(
    r"\s+(?:(?:"
    + data_alternation("attribution_cues.txt", "issuing_verbs")
    + r")\s+)?(?:from|by)\s+"
    r"(?:(?P<owner>his|her|their|its)\s+(?=[a-z]))?"
)
#: An unnamed owner right before a noun: "[the union]'s ", "[a ministry]’s ".
_NOUN_OWNER_BEFORE = re.compile(
    r"(?<![\w'’-])(?P<np>(?i:the|a|an|this|that)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z][\w-]*))['’]s\s+$"
)
#: A relative clause about a person opening after a comma: ", who".
_WHO_AFTER_COMMA = re.compile(r",\s+who\b")
#: What may lead a label's name: title words, and a few lower-case role words
#: ("Opposition leader [Ana Lima]: “…”").
_LABEL_LEAD = re.compile(r"\s*(?:[A-Z][\w.’'&-]*\s+)*(?:[a-z][\w-]*\s+){0,2}")
#: A capitalised name of two to four words ending right before a label's colon.
_LABEL_NAME = re.compile(r"(?P<name>[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){1,3})\s*$")
#: What joins two people into one subject: " and ", " and her deputy, ".
_COORDINATED = re.compile(r"\s+and\s+(?:(?:his|her|their|the)\s+[\w -]{1,30}?,?\s+)?")
#: A capitalised source right after "according to", ending its phrase.
_SOURCE_NAMED = re.compile(
    r"\s+(?P<name>(?:The\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})\s*[:,]"
)
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
        and _is_role(words[-1].lower())
    )


#: A definite or possessive description of a body before its verb: "the commission
#: said", "Ferrand’s campaign has", "The party, in a statement, said".
_BODY_SUBJECT = re.compile(
    r"(?<![\w’'-])(?P<np>(?:[Tt]he|[Tt]his|[A-Z][\w-]*[’']s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<head>[a-z]+))(?=,|\s+(?:[a-z]+\s+)?(?:"
    + "|".join(sorted(VERBISH, key=len, reverse=True))
    + r"|[a-z]+ed)\b)"
)
#: "and" before a name, with a title or a possessive's noun: " and Mayor ", " and her aide ".
_AND_TITLED = re.compile(
    r"\s+and\s+(?:(?:his|her|their|the)\s+[\w -]{1,30}?,?\s+|(?:[A-Z][\w.’'-]*\s+){1,3})?"
)
#: What joins two coordinated names, titles included: " and council leader ".
_COORDINATED_MAKER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[\w.’'-]+\s+){0,3}?")


def _before_plural_noun(text: str, end: int) -> bool:
    """Whether a plural noun follows, making the words before ``end`` its modifier:
    "police [vans]", not "police [say]" or "the union [warns]"."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    return (
        word.endswith("s")
        and not word.endswith("ss")
        and word not in REPORTING_VERBS
        and word not in VERBISH
    )


_NEXT_WORD = re.compile(r"\s+([a-z]{3,})\b")
#: A verb of asking after its subject: "[Another reporter] asked whether", "shouted a question".
_ASKS_AFTER = re.compile(
    r"\s+(?:(?:" + data_alternation("attribution_cues.txt", "asking_verbs") + r")\b"
    r"|(?:shouted|called\s+out|put|posed|had)\s+(?:a|one|another)\s+(?:\w+\s+){0,2}?question)"
)
_ENACTED_TEXTS = frozenset(data_section("attribution_cues.txt", "enacted_texts"))
#: Reading out a document, to a colon: " out a portion of the report:", " from the letter:".
_READS = frozenset({"read", "reads", "reading"})
_READ_FROM = re.compile(
    r"\s+(?:out\s+|aloud\s+|from\s+)?(?:(?:a|one|the)\s+(?:\w+\s+)?(?:portion|part|passage|"
    r"section|excerpt|line|paragraph)s?\s+(?:of|from)\s+)?"
    r"(?P<doc>(?:the|a|an|her|his|its|their)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[a-z]+))\s*:\s*$"
)
#: A preposition of time, place or agency right before a noun phrase: "in May", "by the board".
_ADJUNCT_BEFORE = re.compile(r"\b(?:in|on|at|during|since|until|by|after|before)\s+(?:the\s+)?$")
#: A document noun right before a word: "a statement [posted]", "the letter [sent]".
_DOCUMENT_BEFORE = re.compile(
    r"\b(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:"
    + data_alternation("attribution_cues.txt", "document_nouns")
    + r")\s+$",
    re.IGNORECASE,
)
#: Words after "the" that head no description: "the most", "the same", "the latter".
_POSTDETERMINERS = frozenset(data_section("attribution_cues.txt", "postdeterminers"))
#: A bare plural common noun: "censors", "protesters" (not "its", "this").
_BARE_PLURAL = re.compile(r"(?!(?:them|our|your)selves\b)[a-z]{3,}[^s\W]s")
#: A verb of making a document public: "X [issued] a statement", "Y [filed] a lawsuit".
_MADE = re.compile(
    r"\b(?:issued|issues|released|releases|published|publishes|posted|posts|sent|sends|"
    r"put\s+out|filed|files|wrote|writes|signed|signs|shared|shares|read\s+out|made|"
    r"brought|submitted|circulated|distributed|tweeted)\b"
)
#: A capitalised title opening a sentence, prepositions and all: "Leader of the Opposition ".
_TITLE_OPENING = re.compile(
    r"[\s“”\"]*(?:[A-Z][\w.’'-]*\s+(?:(?:[A-Z][\w.’'-]*|of|for|and|the)\s+)*)?"
)
#: Verbs of speaking that take no that-clause of their own: "had spoken with him".
_INTRANSITIVE_SPEECH = frozenset(data_section("attribution_cues.txt", "intransitive_speech_verbs"))
#: A second that-clause of a verb before: "said A and that B".
_SECOND_COMPLEMENT = re.compile(r"\b(?:and|but)\s+that\b")
#: A coordinator opening a new clause: ", and", "; but", " while".
_NEW_CLAUSE = re.compile(r"(?:^|[\s,;])(?:and|but|while|whereas)\s+")
#: A sentence's start (or a dateline's dash) right before a subject.
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?]\s+|\n\s*|\)\s*[-—–]+\s*|^\s*[-—–]+\s*)$")
#: A group noun and a preposition right before a subject the clause reader found:
#: "[Analysts at] Brightwater Securities".
_MODIFIED_BY_PP = re.compile(
    r"(?<![\w’'-])(?P<np>(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Tt]wo|[Tt]hree)\s+)?(?:[a-z-]+\s+)?"
    r"(?P<noun>[A-Za-z][a-z-]+))\s+(?:at|of|for|from|with)\s+(?:the\s+)?$"
)
#: A subject whose head noun a participle phrase follows: "The union representing …".
_HEAD_BEFORE_PARTICIPLE = re.compile(r"(?i:the|a|an)\s+(?P<noun>[a-z-]+)\s+[a-z]+ing\b")
#: An indefinite subject phrase without an article: "one user", "someone else".
_INDEFINITE_PHRASE = re.compile(
    r"(?i:(?:one|another|each)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*|some(?:one|body)(?:\s+else)?)"
)
#: A noun whose ending makes it a doer: "interviewer", "narrator", "cellist", "librarian".
_AGENTIVE = re.compile(r"[a-z]{3,}(?:er|or|ist|ian)")
#: A clause opening with "he" or "she", perhaps after an adverbial and a comma.
_PRONOUN_OPENS = re.compile(
    r"\s*(?:[^,.;:!?“”\"]{1,40},\s*"
    # ("At one point she reminded them:": a short opening phrase without a comma.)
    r"|(?:At|In|On|Later|Then|Afterwards|Finally)\s+(?:[a-z]+\s+){1,3}?)?(he|she|He|She)\b"
)
#: A verb of asking right before its object: "the judge asked [Ana Ruiz] whether …".
_ASKED_BEFORE = re.compile(
    r"\b(?:" + data_alternation("attribution_cues.txt", "asking_verbs") + r")\s+$", re.IGNORECASE
)


def _opening_participle_end(text: str, start: int) -> int:
    """The end of a participle phrase opening the sentence at ``start``, else ``start``.

    A name inside it is not the sentence's subject: "Asked about Lind, he …".
    """
    m = _OPENING_PARTICIPLE.match(text, start)
    return m.end() if m else start


#: ("According to Trump, …" names a source, not a participle's understood subject.)
_OPENING_PARTICIPLE = re.compile(r"\s*(?!According\b)[A-Z][a-z]+(?:ing|ed)\b[^.;:!?,“”\"]*,")


def _is_tag(clause: str) -> bool:
    """A short attribution clause: a reporting verb among its first eight words, ten at most."""
    words = re.findall(r"[\w’'-]+", clause)
    if not words or len(words) > 14 or re.search(r"[“”\"]", clause):
        return False
    verb = next(
        (
            i
            for i, w in enumerate(words[:8])
            # ("the claim": a noun after a determiner, not the verb)
            if w.lower() in REPORTING_VERBS
            and (i == 0 or words[i - 1].lower() not in _OBJECT_DETERMINERS)
        ),
        None,
    )
    if verb is None:
        return False
    # What follows the verb is at most a circumstance or an addressee ("said on
    # Friday", "told the BBC"): "said more details would follow" and "dismissed
    # the claim" are clauses of their own, with their own object.
    rest = words[verb + 1 :]
    if len(rest) > 5 or any(w.lower() in _CLAUSE_WORDS for w in rest):
        return False
    return not (len(rest) >= 2 and rest[0].lower() in _OBJECT_DETERMINERS and rest[1][:1].islower())


#: Words that open or mark a clause of its own after a verb.
_CLAUSE_WORDS = frozenset(data_section("attribution_cues.txt", "clause_words"))
#: Determiners opening a verb's object: "dismissed [the claim]".
_OBJECT_DETERMINERS = frozenset(data_section("attribution_cues.txt", "object_determiners"))


def _partial(text: str, q: QuoteSpan, sentence_start: int) -> bool:
    """The quote continues the author's sentence rather than standing alone."""
    before = text[sentence_start : q.open].rstrip()
    return bool(before) and before[-1] not in ":,.—–-(" and not text[q.start].isupper()


def _fragment(text: str, q: QuoteSpan) -> bool:
    """A few words inside the author's sentence rather than a sentence of their own."""
    words = text[q.start : q.end].split()
    return len(words) <= 6 and not text[q.start : q.start + 1].isupper()
