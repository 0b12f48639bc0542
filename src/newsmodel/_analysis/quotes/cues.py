"""The words of attribution: reporting verbs, speech nouns, unnamed sources."""

from __future__ import annotations

import functools
import re
from importlib import resources

from newsmodel._analysis.lexicon import (
    COMMON_WORDS,
    GROUP_NOUNS,
    PARTIAL_QUOTE_VERBS,
    SPEECH_VERBS,
    _data_lines,
    _data_words,
    data_alternation,
    data_section,
    names_a_person,
)
from newsmodel._analysis.text import caseless, trie_pattern

__all__ = [
    "CUE",
    "FINITE_AFTER",
    "FINITE_AFTER_FOLDED",
    "GROUP",
    "NAMED_ORGANISATION_NOUNS",
    "ORGANISATION_NOUNS",
    "PRONOUN_SUBJECT",
    "REPORTING_VERBS",
    "SOURCE_NOUNS",
    "SPEECH_NOUNS",
    "SPOKEN_TAG_VERB",
    "TAG_VERB",
    "VERB",
    "clean_group",
    "find_cues",
    "is_bare_noun",
]


def _reporting_verbs() -> tuple[frozenset[str], frozenset[str], dict[str, frozenset[str]]]:
    """The forms of ``data/reporting_verbs.tsv`` (and ``data/speech_particle_verbs.txt``).

    Single words, the finite ones among them (past and present tense, which
    may stand in a tag after a quote: "…," laughs Dr X), and particle verbs
    by verb.
    """
    data = resources.files("newsmodel._analysis").joinpath("data", "reporting_verbs.tsv")
    words: set[str] = set()
    finite: set[str] = set()
    particles: dict[str, set[str]] = {}
    for line in data.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        form, _lemma, _cls, tags = line.split("\t")
        verb, _, particle = form.partition(" ")
        if particle:
            particles.setdefault(verb, set()).add(particle)
            continue
        words.add(verb)
        if {"VBD", "VBZ"} & set(tags.split(",")):
            finite.add(verb)
    # Retorts and interjections VerbNet leaves out ("shot back", "chimed in").
    for line in _data_lines("speech_particle_verbs.txt"):
        forms, _, particle = line.partition(" / ")
        for form in forms.split():
            particles.setdefault(form, set()).add(particle.strip())
    return frozenset(words), frozenset(finite), {v: frozenset(p) for v, p in particles.items()}


_VERBNET, _FINITE, PARTICLE_VERBS = _reporting_verbs()
#: Bare forms, which may be nouns ("one point", "the Board report"): VerbNet's
#: base forms, and the lexicon's words whose "-s" form is listed too ("tell",
#: not "told").
_ALL_FORMS = SPEECH_VERBS | _VERBNET
_BARE = frozenset(
    w
    for w in _ALL_FORMS
    if w not in _FINITE and not w.endswith(("ed", "ing")) and w + "s" in SPEECH_VERBS | _VERBNET
)

#: Every bare form, for the checks that need no "-s" form listed: the lexicon's
#: words with a past or "-s" form beside them ("charge": "charged"), and
#: VerbNet's base forms.
_BARE_ANY = _BARE | frozenset(
    w
    for w in _ALL_FORMS
    if w not in _FINITE
    and not w.endswith(("ed", "ing", "s"))
    and any(f in _ALL_FORMS for f in (w + "s", w + "d", w + "ed", w + w[-1:] + "ed"))
)

_ORGANISATION_NOUN_ROWS = [line.split("\t") for line in _data_lines("organisation_nouns.txt")]
#: Heads of descriptions that refer back to a named organisation ("the company").
ORGANISATION_NOUNS = frozenset(row[0] for row in _ORGANISATION_NOUN_ROWS)
#: Those of them that are part of the names they stand for ("the ministry").
NAMED_ORGANISATION_NOUNS = frozenset(row[0] for row in _ORGANISATION_NOUN_ROWS if row[1] == "named")
#: Every form of every reporting verb: VerbNet's communication verbs and the
#: lexicon's own list (which adds verbs of praise and blame: "hailed", "slammed").
REPORTING_VERBS = SPEECH_VERBS | _VERBNET

# The single words as a trie: the engine branches per letter instead of trying
# hundreds of alternatives at every position (every use has \b after it, so at
# most one word matches at a position, whatever the order).
VERB = "|".join(
    [
        *(rf"{v}\s+(?:{'|'.join(sorted(p))})" for v, p in sorted(PARTICLE_VERBS.items())),
        trie_pattern(sorted(REPORTING_VERBS)),
    ]
)

_TAG_ROWS = [line.split("\t") for line in _data_lines("tag_verbs.tsv")]
#: Past forms of communication verbs that report speech only as a tag's whole
#: predicate after a quote ("“…,” Okafor snapped."): ``data/tag_verbs.tsv``.
TAG_VERB = trie_pattern(sorted(row[0] for row in _TAG_ROWS))
#: Those of them that are manners of speaking, not faces made ("pressed", "snapped",
#: not "frowned", "yawned"): after a question or exclamation a face is a listener's.
SPOKEN_TAG_VERB = trie_pattern(
    sorted(row[0] for row in _TAG_ROWS if not row[2].startswith("nonverbal_expression"))
)

#: Any reporting verb, or "according to".
CUE = re.compile(rf"\b(?:according\s+to|{VERB})\b", re.IGNORECASE)

_WORD = re.compile(r"[A-Za-z]+")
_PARTICLE = re.compile(r"\s+([A-Za-z]+)\b")
_NAMED_COMPOUND = re.compile(r"\b(?:the|a|an)\s+(?:[A-Z][\w.’'&-]*\s+){1,5}$")
_QUANTIFIED = re.compile(r"\b(?:one|each|every|another|no|any|some)\s+$", re.I)
# A singular determiner and up to two words before a bare form: "a curious
# charge", "her own label" — a singular subject would take "charges", so
# the bare form is a noun (unless a modal or "to" comes between: "a spokesman
# would say").
_SINGULAR_BEFORE = re.compile(
    r"\b(?:a|an|another|each|every)\s+"
    r"(?:(?!(?:" + data_alternation("attribution_cues.txt", "not_noun_words") + r")\b)"
    r"[\w'’-]+\s+){1,2}$"
    # Or a possessive and a word that is no plural: "her own label", "his latest post".
    r"|\b(?:his|her|its|their|our|my|your)\s+(?:[\w'’-]+\s+)?[\w'’-]*[^\Ws]\s+$",
    re.I,
)
_FINDING_VERBS = frozenset(data_section("attribution_cues.txt", "finding_verbs"))
#: An auxiliary right before a participle: "was [found]", "been [found]".
_AUXILIARY_BEFORE = re.compile(r"\b(?i:was|were|been|be|is|are|being)\s+$")
#: A document or inquiry as the subject of a finding verb, in the same clause.
_FINDING_SUBJECT = re.compile(
    r"\b(?i:"
    + data_alternation("attribution_cues.txt", "finding_subjects")
    # (Not across "that": "The report states that auditors found" is the auditors'.)
    + r")s?\b(?:(?!\bthat\b)[^.!?;“”\"])*$"
)
#: "that" as a relative pronoun after a noun: "a letter from Ana Ruiz that [called]"
#: (a determiner's noun is a bare form: "that claim").
_RELATIVE_THAT = re.compile(r"[A-Za-z][\w’'.-]*,?\s+that\s+$")
#: Quoted words later in the clause of a relative's verb, the only words it can
#: attribute (elsewhere it would speak for the sentence: "cited testimony that
#: concluded it was unsafe" tells who spoke no more than "cited" does).
_QUOTE_FOLLOWS = re.compile(r"[^,.;!?“”\"]{0,120}[“\"]")
#: A verb of perceiving and its object (a noun phrase of a few words) before a bare
#: form make it a verb: "heard [a man] say", "heard her husband shout".
_PERCEIVED_BEFORE = re.compile(
    r"\b(?i:" + data_alternation("attribution_cues.txt", "perception_verbs") + r")\s+"
    r"(?i:a|an|the|his|her|their|its|my|our|your|one|another|some)\s+(?:[\w’'-]+\s+){0,2}?"
    r"[a-z][\w’'-]*\s+$"
)
#: Past forms of irregular verbs ("said", "told"), which are no bare forms.
_IRREGULAR_PASTS = frozenset(data_section("actor_cues.txt", "irregular_pasts"))
#: A preposition before a bare form makes it a noun: "secretary of [state]".
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|in|at|on|with|from|about|by|without)\s+$")
#: A plural quantifier before an "-s" form makes it a plural noun: "in other states had".
_PLURAL_BEFORE = re.compile(
    r"\b(?:"
    + data_alternation("attribution_cues.txt", "plural_quantifiers")
    + r"|\d(?:[\d,]*\d)?)\s+$",
    re.I,
)
_DETERMINED = re.compile(
    r"\b(?:" + data_alternation("attribution_cues.txt", "determiners") + r")\s+$", re.I
)

# A possessive noun right before a word makes it a noun ("Ana's call"); not the
# contractions of "has" after a pronoun ("she's said").
#: What the words before a :data:`_POSSESSED` match's white space end with.
_POSSESSIVE_ENDS = ("'", "’", "'s", "’s")
_POSSESSED = re.compile(
    r"(?<![\w'’])(?!(?i:he|she|it|that|who|there|what|where|here|everyone|one)['’])"
    r"[\w.-]+['’]s?\s+$"
)
# A capitalised word right after a capitalised word or "of" is part of a name.
_NAME_BEFORE = re.compile(r"(?:\b[A-Z][\w.’'&-]*|\bof)\s+$")
_TITLE_CASE_NEXT = re.compile(r"\s+[A-Z]")
_OWNER_AFTER = re.compile(r"['’]s\s")
_INTRODUCES = re.compile(r"\s*(?:(?:of|that|about|:|,)\s*)?(?:(?:a|an|the)\s+)?", re.I)


# "As [one voter] put it,": "as", a subject of a few words, "put it" and a comma or colon.
_AS_SUBJECT = re.compile(r"(?<![\w'’-])[Aa]s\s+(?:[\w.'’-]+\s+){1,6}$")
_AS_PUT_IT = re.compile(r"\s+it\b(?=[^.;:!?“”\"]{0,60}[,:—–])")


#: "the" and one singular word right before a bare form: "the phone [call]".
_THE_WORD_BEFORE = re.compile(r"\b(?i:the|this|that)\s+([a-z][a-z-]*[^\Ws])\s+$")


def _compound_noun(text: str, start: int, word_start: int) -> bool:
    """Whether a bare form ends a noun compound: "the phone call", "the press release".

    After "the" and a singular noun no bare verb can follow (it would take an
    "-s"), unless that noun names people, whom a plural verb may follow ("the
    police say", "the government warn").
    """
    m = _THE_WORD_BEFORE.search(text, max(start, word_start - 30), word_start)
    if m is None:
        return False
    noun = m.group(1).lower()
    return not (names_a_person(noun) or noun in GROUP_NOUNS or noun in COMMON_WORDS)


def is_bare_noun(text: str, start: int, word_start: int, word_end: int) -> bool:
    """Whether the reporting verb's bare form at ``text[word_start:word_end]`` is a noun.

    A singular determiner and up to two words before it make it one ("a
    curious charge"): a singular subject would take "charges". Only
    ``text[start:word_start]`` is read for the determiner.
    """
    return text[word_start:word_end].lower() in _BARE_ANY and bool(
        _SINGULAR_BEFORE.search(text, max(start, word_start - 40), word_start)
    )


#: The verb right before a possessive phrase: "called [Mr. Haines’s claim]".
_VERB_BEFORE_OWNER = re.compile(r"\b([a-z]+)\s+(?:(?:[A-Z][a-z]{0,3}\.|[A-Z][\w’'-]*)\s+){0,2}$")


def _names_it(text: str, start: int, owner: int) -> bool:
    """Whether a verb that names its object stands before a possessor.

    In "She called Mr. Haines’s claim “a fantasy”" the quote is what she called
    the claim: the noun "claim" is no cue of Haines's.
    """
    verb = _VERB_BEFORE_OWNER.search(text, max(start, owner - 40), owner)
    return verb is not None and verb.group(1) in PARTIAL_QUOTE_VERBS


def is_bare_form(word: str) -> bool:
    """Whether a lower-case verb of saying is in its bare form ("shout", "say", "cry"), as
    after "heard X": no "-s", "-ed" or "-ing", and no irregular past ("said", "told").
    (Wider than the bare forms the lexicon pairs with an "-s" form: "cry" has none.)"""
    return not word.endswith(("s", "ed", "ing")) and word not in _IRREGULAR_PASTS


def find_cues(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The reporting verbs and "according to"s in ``text[start:end]``, as spans.

    The same matches as :data:`CUE`, found by looking words up in a set, which
    is much faster than a regular expression with hundreds of alternatives.
    """
    return list(_cues(text, start, end))


@functools.lru_cache(maxsize=16)  # (repeats come at once: a few documents' texts held)
def _cues(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    # The attribution asks again of the same stretch (a sentence, the words before a
    # quote): a fifth of the calls.
    out = []
    for m in _WORD.finditer(text, start, end):
        word = m.group().lower()
        if word in ("put", "puts"):
            # "As the minister put it, …": the one construction in which "put it"
            # attributes words (she put it on the table does not).
            put = _AS_PUT_IT.match(text, m.end(), end)
            if put is not None and _AS_SUBJECT.search(text, max(start, m.start() - 80), m.start()):
                out.append((m.start(), put.end()))
            continue
        if word in _FINDING_VERBS:
            # "The poll found that …", "a review, commissioned last year, which found":
            # what a document established, said only of documents and inquiries.
            if _FINDING_SUBJECT.search(
                text, max(start, m.start() - 90), m.start()
            ) and not _AUXILIARY_BEFORE.search(text, max(start, m.start() - 8), m.start()):
                out.append((m.start(), m.end()))  # (not "was found": a passive finds nothing)
            continue
        if word not in REPORTING_VERBS and word not in PARTICLE_VERBS and word != "according":
            continue  # most words: no cue, and none of the checks below need running
        if (
            (word in REPORTING_VERBS or word in PARTICLE_VERBS)
            and _DETERMINED.search(text, max(start, m.start() - 12), m.start())
            and not (
                word not in _BARE_ANY
                and _RELATIVE_THAT.search(text, max(start, m.start() - 40), m.start())
                and _QUOTE_FOLLOWS.match(text, m.end())
            )
        ):
            continue  # "the call was", "a report": a noun, not a verb of saying
        if word.endswith("s") and _PLURAL_BEFORE.search(
            text, max(start, m.start() - 14), m.start()
        ):
            continue  # "rules in other counties were": a plural noun
        if word in _BARE and _PERCEIVED_BEFORE.search(text, max(start, m.start() - 50), m.start()):
            out.append((m.start(), m.end()))  # "heard a man say": a bare verb, someone's words
            continue
        if word in _BARE and _PREPOSITION_BEFORE.search(text, max(start, m.start() - 8), m.start()):
            continue  # "the secretary of state said", "asked for comment": a noun
        if word in _BARE and _compound_noun(text, start, m.start()):
            continue  # "the press release said": a noun after a noun that cannot speak
        if (
            word in _BARE
            and (
                _QUANTIFIED.search(text, max(start, m.start() - 10), m.start())
                or _NAMED_COMPOUND.search(text, max(start, m.start() - 60), m.start())
            )
        ) or is_bare_noun(text, start, m.start(), m.end()):
            # "At one point she", "a curious charge", "the Tenancies Board report
            # on": a bare form after a quantifier or a singular determiner's
            # phrase, or after a name that an article opens, is a noun.
            continue
        if _OWNER_AFTER.match(text, m.end(), end):
            continue  # "the Nordic state's premier": a possessive noun
        # (Only after a possessive's mark and white space: most words have neither.)
        before = text[max(start, m.start() - 30) : m.start()]
        owner = (
            _POSSESSED.search(text, max(start, m.start() - 30), m.start())
            if before[-1:].isspace() and before.rstrip().endswith(_POSSESSIVE_ENDS)
            else None
        )
        if owner is not None and (
            not _INTRODUCES.fullmatch(text, m.end(), end) or _names_it(text, start, owner.start())
        ):
            # "Trump's call with", "the ministry's claim is": a noun, and no
            # cue unless what follows is its content ("Ana's warning of a “…”").
            continue
        if (
            m.group()[:1].isupper()
            and _NAME_BEFORE.search(text, max(start, m.start() - 30), m.start())
            and not _TITLE_CASE_NEXT.match(text, m.end(), end)
        ):
            # "Florida State board", "Secretary of State said": part of a name
            # (a Title Case heading, "Biden Says He Will Run", keeps its verb).
            continue
        if word in REPORTING_VERBS:
            out.append((m.start(), m.end()))
        elif word in PARTICLE_VERBS:
            p = _PARTICLE.match(text, m.end(), end)
            if p and p.group(1).lower() in PARTICLE_VERBS[word]:
                out.append((m.start(), p.end()))
        elif word == "according":
            to = re.compile(r"\s+to\b").match(text, m.end(), end)
            if to:
                out.append((m.start(), to.end()))
    return tuple(out)


#: Finite reporting verbs that may come between a quote and its subject:
#: “…,” said X / “…,” explains X (``data/finite_cues.txt`` and the finite forms
#: of ``data/reporting_verbs.tsv``).
FINITE_AFTER = re.compile(
    r"^\W{0,3}\s*(?P<cue>"
    + "|".join(r"\s+".join(cue.split()) for cue in _data_lines("finite_cues.txt"))
    + "|"
    + "|".join(sorted(_FINITE, key=len, reverse=True))
    + r")\b\s*",
    re.IGNORECASE,
)
#: :data:`FINITE_AFTER` for :func:`~newsmodel._analysis.text.fold_case` text: faster.
FINITE_AFTER_FOLDED = caseless(FINITE_AFTER)

#: Nouns for things said: "Trump's statements", "his boasts of" (``data/speech_nouns.txt``).
SPEECH_NOUNS = _data_words("speech_nouns.txt")

#: Nouns of unnamed sources and institutions that speak without a name
#: (``GROUP_NOUNS`` and ``data/source_nouns.txt``).
SOURCE_NOUNS = GROUP_NOUNS | _data_words("source_nouns.txt")
_NOUN = "|".join(sorted(SOURCE_NOUNS, key=len, reverse=True))
# Words after "in/of" that name a time or a manner, not what a source belongs to
# (``data/source_modifier_stops.txt``).
_NOT_PLACE_NOUNS = "|".join(sorted(_data_words("source_modifier_stops.txt")))


#: Prepositions that open a group's modifier ("analysts at X", "members of Y").
_PP_OPENER_WORDS = data_section("attribution_cues.txt", "group_modifier_prepositions")
#: An unnamed source: "a senior official", "the French foreign ministry",
#: "a spokesperson for the British Foreign Office".
GROUP = re.compile(
    # (Words before the noun, abbreviations too: "a senior U.S. official".)
    r"(?<![\w'’.-])(?P<np>(?:(?:[\w'’-]+|(?:[A-Z]\.){2,})\s+){0,4}?(?i:" + _NOUN + r")"
    r"(?:\s+(?:" + "|".join(_PP_OPENER_WORDS) + r")\s+(?:the\s+)?[A-Z][\w.’'&-]*"
    r"(?:\s+(?:"
    + "|".join(w + r"\s+" for w in data_section("attribution_cues.txt", "name_links"))
    + r")?[A-Z][\w.’'&-]*)*"
    # (and the place noun a name may head: "within the Harlow prison")
    r"(?:\s+(?:" + data_alternation("actor_cues.txt", "place_nouns") + r")(?![\w-]))?"
    # or one common noun: "a member of management", "a critic in the comments"
    r"|\s+(?:"
    + data_alternation("attribution_cues.txt", "common_noun_prepositions")
    + r")\s+(?:the\s+)?"
    r"(?!(?:" + _NOT_PLACE_NOUNS + r")\b)[a-z]{4,}(?=[\s,])"
    # or the formula of an unnamed source: "people familiar with the talks"
    r"|\s+(?:" + data_alternation("attribution_cues.txt", "source_formulas") + r")"
    r"\s+(?:"
    + data_alternation("attribution_cues.txt", "formula_determiners")
    + r")\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?=[\s,.])"
    r")?)(?![\w-])"
)

#: Words that may open a group's noun phrase: "a", "several", "two".
_DETERMINERS = frozenset(data_section("attribution_cues.txt", "group_determiners"))
_PP_OPENERS = frozenset(_PP_OPENER_WORDS)


def clean_group(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim words that are not part of a noun phrase from the front of a group match.

    "reported that analysts" becomes "analysts"; "a senior official" stays.
    Returns the trimmed range, or ``None`` when nothing of a phrase is left.
    """
    phrase = text[start:end]
    words = list(re.finditer(r"[\w'’-]+", phrase))
    first = 0
    for i, w in enumerate(words[:-1]):
        word = w.group().lower()
        if word in _DETERMINERS:
            first = i
            break
        if word in _PP_OPENERS and i > first:
            break  # "analysts at Hanley Bank": the head is found, the rest modifies it
        if word in COMMON_WORDS or word in REPORTING_VERBS:
            first = i + 1
    if first >= len(words):
        return None
    while end > start and text[end - 1] in ",;:":
        end -= 1  # "the lawsuit, which said": the clause's comma is not the group's
    phrase = text[start:end]
    last = phrase.rsplit(None, 1)[-1]
    if last.endswith(".") and "." not in last[:-1]:
        end -= 1  # the sentence's full stop, not an abbreviation's ("U.S.")
    return start + words[first].start(), end


#: A subject pronoun.
PRONOUN_SUBJECT = re.compile(r"\b(?P<who>he|she|they|it)\b", re.IGNORECASE)
