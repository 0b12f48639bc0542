"""Actors: people with titles and roles, organisations, outlets and places.

Capitalised phrases are found token by token, then typed by what surrounds
them: a gazetteer of places, organisations and outlets, organisational and
outlet head words, titles and role nouns, reporting verbs.  A surname alone
is linked to the full name used earlier; it never creates a person on its
own unless a title or a reporting verb vouches for it.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from attrs import Factory, define

from newsmodel._analysis.dates import MONTHS, WEEKDAYS
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
    fold,
    gazetteer,
    is_given_name,
)
from newsmodel._analysis.text import Token, tokens
from newsmodel._model import Actor, ActorKind, Block, BlockKind, Mention, MentionKind

__all__ = ["find_actors", "person_key"]

_CONNECTORS = frozenset(
    {
        "of",
        "for",
        "the",
        "and",
        "&",
        "de",
        "du",
        "da",
        "del",
        "van",
        "von",
        "bin",
        "al",
        "la",
        "le",
        "der",
        "on",
    }
)
_NAME_PARTICLES = frozenset(
    {
        "de",
        "du",
        "da",
        "del",
        "van",
        "von",
        "bin",
        "al",
        "la",
        "le",
        "der",
        "ben",
        "ibn",
        "di",
        "dos",
        "das",
    }
)
#: Lower-case nouns that make the capitalised phrase before them a place.
PLACE_NOUNS = frozenset(
    """
    district province county region city state area camp river street road avenue airport
    port island islands mountains valley lake bay coast border village town neighborhood
    neighbourhood square park bridge base prison peninsula desert sea canal station
    """.split()
)

# Words that are never part of a person's name.
# Month names that are also given names ("April Ryan", "June Carter", "Jan Visser") stay allowed.
NOT_NAME_WORDS = (
    COMMON_WORDS
    | GROUP_NOUNS
    | frozenset(m for m in MONTHS if len(m) > 3 and m not in {"april", "may", "june", "august"})
    | frozenset(WEEKDAYS)
)
_INITIAL = re.compile(r"^[A-Z]\.$")


class Chunk(NamedTuple):
    """A run of capitalised tokens."""

    toks: tuple[Token, ...]
    block: int
    sentence_initial: bool

    @property
    def start(self) -> int:
        return self.toks[0].start

    @property
    def end(self) -> int:
        return self.toks[-1].end

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


def _is_cap(tok: Token) -> bool:
    t = tok.text
    return (
        t[:1].isupper() and (t[1:2].isalpha() or t[1:2] in {".", "'", "’", ""} or t[1:2].isupper())
    ) or bool(_INITIAL.match(t))


# A run of capitalised words, perhaps joined by connectors: only these regions
# are tokenised, which keeps the finder fast on long articles.
_CAP_REGION = re.compile(
    r"(?<![\w’'])[A-Z][^\s]*(?:\s(?:(?:"
    + "|".join(sorted(_CONNECTORS, key=len, reverse=True))
    + r")\s){0,2}[A-Z][^\s]*)*"
)
_OPENING = frozenset({".", "!", "?", "“", '"', "‘", ":", "—", "–", "-", "("})


def _regions(text: str, block: Block) -> list[list[Token]]:
    """The tokens of each capitalised region of a block."""
    return [
        tokens(text, m.start(), m.end()) for m in _CAP_REGION.finditer(text, block.start, block.end)
    ]


def _opens_sentence(text: str, pos: int, block_start: int) -> bool:
    before = text[block_start:pos].rstrip()
    return not before or before[-1] in _OPENING


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


class _Context:
    """What the finder knows about the whole text while it works."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lower: frozenset[str] | None = None

    def used_in_lower_case(self, word: str) -> bool:
        """Whether the text also writes ``word`` in lower case: then it is an ordinary word."""
        if self._lower is None:
            self._lower = frozenset(_LOWER_WORD.findall(self.text))
        return word in self._lower

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
    if not any(w in _CONNECTORS for w in words):
        return [chunk]
    gaz = gazetteer()
    if (
        gaz.lookup(" ".join(words))
        or words[-1] in ORG_HEADS
        or words[0] in ORG_HEADS
        or words[-1] in OUTLET_HEADS
    ):
        return [chunk]
    parts: list[Chunk] = []
    cur: list[Token] = []
    initial = chunk.sentence_initial
    for tok in chunk.toks:
        # "Secretary of State" is one title; "Putin of Russia" is two names.
        title_of = tok.text == "of" and cur and cur[-1].text in TITLE_WORDS
        if tok.text in _CONNECTORS - _NAME_PARTICLES and not title_of:
            if cur:
                parts.append(Chunk(tuple(cur), chunk.block, initial))
                initial = False
            cur = []
            continue
        cur.append(tok)
    if cur:
        parts.append(Chunk(tuple(cur), chunk.block, initial))
    return parts


def _strip_leading(chunk: Chunk, ctx: _Context) -> tuple[list[str], Chunk | None, list[Found]]:
    """Split "Russian President Vladimir Putin" into its role words and the name.

    Returns the role words, the rest of the chunk (or ``None``), and the
    organisations and places found among the role words.
    """
    gaz = gazetteer()
    toks = list(chunk.toks)
    role: list[str] = []
    found: list[Found] = []
    initial = chunk.sentence_initial
    while toks:
        # The longest gazetteer name at the front.
        hit = None
        for size in range(min(len(toks), gaz.longest), 0, -1):
            phrase = ctx.text[toks[0].start : toks[size - 1].end]
            entry = gaz.lookup(phrase)
            if entry and size < len(toks):
                hit = (size, entry)
                break
        if hit:
            size, (canonical, kind) = hit
            span = (toks[0].start, toks[size - 1].end)
            found.append(Found(span[0], span[1], canonical, ActorKind(kind), (), True))
            role.append(ctx.text[span[0] : span[1]])
            toks = toks[size:]
            initial = False
            continue
        word = toks[0].text
        if len(toks) > 1 and (word in TITLE_WORDS or gaz.country_of_demonym(word) or word == "of"):
            role.append(word)
            toks = toks[1:]
            initial = False
            continue
        if initial and len(toks) > 1 and ctx.is_common(word):
            toks = toks[1:]
            initial = False
            continue
        break
    rest = Chunk(tuple(toks), chunk.block, initial) if toks else None
    return role, rest, found


def _role_text(words: Iterable[str]) -> str:
    return " ".join(words).replace(" of", " of").strip()


_ROLE_MODIFIERS = frozenset(
    """
    former acting deputy senior chief special top longtime close interim assistant associate
    executive press foreign defense defence national security state vice first lead managing
    general principal regional political military economic union party team club
    """.split()
)
_WINDOW_WORDS = re.compile(r"[\w.’'-]+|,")
_COMPOUND = re.compile(r"[a-z]+-[a-z-]+")


def _roles_before(text: str, start: int) -> str | None:
    """The role written right before a name: "Kremlin spokesman", "Trump's special envoy".

    Reads the words before the name backwards: a role noun, its modifiers, and
    the capitalised owner of the role, if any.
    """
    window = text[max(0, start - 80) : start]
    window = window[window.rfind("\n") + 1 :]
    words = _WINDOW_WORDS.findall(window)
    if words and words[-1] == ",":
        words.pop()
    if not words or words[-1].lower() not in ROLE_NOUNS:
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
        return f"{' '.join(owner)} {role}"
    return role


def _is_sentence_word(word: str) -> bool:
    return word.split()[0].lower() in COMMON_WORDS


_APPOSITION = re.compile(r"^,\s+(?:(?:a|an|the)\s+)?(?P<role>[^,.;:“”\"()]{3,80}?)(?=,|\.|;|$)")


def _role_after(text: str, end: int) -> str | None:
    m = _APPOSITION.match(text[end : end + 100].split("\n", 1)[0])
    if not m:
        return None
    role = m.group("role").strip()
    words = re.findall(r"[\w-]+", role.lower())
    if not words or not any(w in ROLE_NOUNS for w in words) or words[0] in SPEECH_VERBS:
        return None
    if any(w in {"who", "which", "that", "said", "says"} for w in words):
        return None
    return role


_AFTER_PREPOSITION = re.compile(r"\b(?:of|the|for|at|in|on|to|by|with|from)\s+$")
_SAID_BEFORE = re.compile(r"\b(?:said|says|added|wrote|told|according\s+to)\s+$")


def _speech_adjacent(text: str, start: int, end: int) -> bool:
    """ "Murphy said" or "said Murphy.": a reporting verb vouches for a lone name."""
    after = re.match(r"\s*(?:,\s*)?(\w+)", text[end : end + 40])
    if after and after.group(1).lower() in SPEECH_VERBS:
        return True
    return bool(
        _SAID_BEFORE.search(text[max(0, start - 30) : start])
        and re.match(
            r"\s*(?:[,.;:!?”\"]|$|(?:in|at|on|during|after|before|about|of)\b)", text[end : end + 8]
        )
    )


_KNOWN_POSSESSIVE = re.compile(r"([A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)['’]s?\s+$")
_LAST_WORD_COMMA = re.compile(r"(\w+)\s*,\s*$")
_SCORE_AFTER = re.compile(r"^\s+\d{1,2}-\d{1,2}\b")
_SCORE_BETWEEN = re.compile(
    r"^\s+(?:beat|beating|defeated|defeating|edged|edging|topped|ousted)\s+"
)


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
    if last and last.group(1).lower() in ROLE_NOUNS:
        return True  # "his Chinese counterpart, Xi Jinping"
    after = text[end : end + 60]
    return (
        bool(_SCORE_AFTER.match(after))
        or bool(
            re.search(
                r"\b(?:beat|beating|defeated|defeating|edged|edging|topped|ousted)\s+$", before
            )
            and re.match(r"^\s+\d{1,2}-\d{1,2}\b", after)
        )
        or bool(_SCORE_BETWEEN.match(after) and re.search(r"\d{1,2}-\d{1,2}", after))
    )


def _looks_like_name(words: Sequence[str], ctx: _Context) -> bool:
    if not 2 <= len(words) <= 5:
        return False
    gaz = gazetteer()
    for size in range(2, len(words) + 1):
        for i in range(len(words) - size + 1):
            if gaz.lookup(" ".join(words[i : i + size])):
                return False  # "Two United States", "Hong Kong Police"
    given = is_given_name(words[0])
    for i, w in enumerate(words):
        if w in _NAME_PARTICLES or _INITIAL.match(w):
            continue
        if given and i > 0 and w in TITLE_WORDS and w.lower() not in NOT_NAME_WORDS:
            continue  # "Kevin King", "John Major": a title word can be a surname
        if not w[:1].isupper() or (w.isupper() and len(w) > 1 and not _INITIAL.match(w)):
            return False
        lw = w.lower()
        if (
            lw in NOT_NAME_WORDS
            or lw in ROLE_NOUNS
            or w in TITLE_WORDS
            or w in ORG_HEADS
            or w in OUTLET_HEADS
        ):
            return False
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


def _classify(chunk: Chunk, ctx: _Context, block_kind: BlockKind) -> list[Found]:
    if len(chunk.toks) == 1 and chunk.toks[0].text.lower() in COMMON_WORDS:
        return []  # "The", "But", "In" opening a sentence: never an actor
    chunk = _without_the(chunk, ctx)
    text = ctx.text
    gaz = gazetteer()
    phrase = chunk.text(text)
    words = _words(chunk)
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
        words[-1] in ORG_HEADS or (words[0] in ORG_HEADS and words[1] in ("of", "for"))
    ):
        return [Found(chunk.start, chunk.end, phrase, ActorKind.ORGANIZATION, (), True)]
    if (
        len(words) == 1
        and words[0].isupper()
        and 2 <= len(words[0]) <= 6
        and words[0] not in NOT_ORG_ACRONYMS
    ):
        return [Found(chunk.start, chunk.end, phrase, ActorKind.ORGANIZATION, (), True)]

    following = re.match(r"\s+([a-z]+)", text[chunk.end : chunk.end + 20])
    if following and following.group(1) in PLACE_NOUNS:
        # "Kowloon West district", "Rukban camp": a place, whatever its words.
        return [Found(chunk.start, chunk.end, phrase, ActorKind.PLACE, (), True)]
    role_words, rest, found = _strip_leading(chunk, ctx)
    if rest is None:
        return found
    name_words = _words(rest)
    name = text[rest.start : rest.end]
    roles: list[str] = []
    if role_words:
        roles.append(_role_text(role_words))
    before = _roles_before(text, chunk.start) if not role_words else None
    if before:
        roles.append(before)
    after = _role_after(text, rest.end)
    if after:
        roles.append(after)
    titled = bool(role_words) and (role_words[-1] in TITLE_WORDS or role_words[-1] in HONORIFICS)
    if block_kind is BlockKind.HEADING:
        # Headings are title case: they may mention people, never introduce them.
        return [*found, Found(rest.start, rest.end, name, ActorKind.UNKNOWN, (), False)]
    if _looks_like_name(name_words, ctx):
        # Title-case phrases ("Blue Origin", "Kohelet Policy Forum") look like
        # names too: a person needs evidence, here or in a later surname-only mention.
        evident = (
            bool(role_words or before or after)
            or is_given_name(name_words[0])
            or bool(_INITIAL.match(name_words[0]))
            or _speech_adjacent(text, rest.start, rest.end)
            or _person_context(text, rest.start, rest.end)
        )
        return [*found, Found(rest.start, rest.end, name, ActorKind.PERSON, tuple(roles), evident)]
    tail = _name_after_title(rest, ctx)
    if tail is not None:
        # "SciSpacE Team Leader Jennifer Ngo-Anh": a capitalised role, then the name.
        role = text[chunk.start : tail.start].strip()
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
        vouched = (
            titled
            or bool(before)
            or bool(after)
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
            nxt = re.match(r"[\s-]*([A-Za-z]+)", following)
            if nxt and (nxt.group(1) in TITLE_WORDS or nxt.group(1)[:1].isupper()):
                continue  # a role ("Russian President") or a name part
            out.append(Found(start, end, country, ActorKind.PLACE, (), True))
    return out


def find_actors(text: str, blocks: Sequence[Block]) -> list[Actor]:
    """The actors ``text`` names, each with every mention, in order of first mention."""
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
    return _merge(raw, text)


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


_DESCRIPTION = re.compile(
    r"\b[Tt]he\s+(?:[a-z-]+\s+){0,2}?(?P<noun>"
    + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True))
    + r")\b(?!\s+(?:of|for)\b)"
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
        i = bisect.bisect_left(starts, m.start()) - 1
        while i >= 0 and m.start() - starts[i] < 3000:
            person = named[i][1]
            if any(re.search(rf"\b{re.escape(noun)}\b", r, re.IGNORECASE) for r in person.roles):
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


def _home(names: dict[str, list[str]], tag: str, word: str, key: str) -> tuple[str, str, int]:
    """List ``key`` under ``word`` in ``names``; where it stands there."""
    listed = names.setdefault(word, [])
    listed.append(key)
    return tag, word, len(listed) - 1


def _merge(raw: list[Found], text: str) -> list[Actor]:
    persons: dict[str, _Builder] = {}
    others: dict[tuple[str, ActorKind], _Builder] = {}
    by_surname: dict[str, list[str]] = {}
    by_first: dict[str, list[str]] = {}

    def person(name: str) -> str:
        key = person_key(name)
        if key not in persons:
            persons[key] = _Builder(name=name, kind=ActorKind.PERSON)
            words = name.split()
            homes[key] = [_home(by_surname, "s", fold(words[-1]), key)]
            if len(words) > 1:
                homes[key].append(_home(by_first, "f", fold(words[0]), key))
        return key

    # The person of each surname (and first name) mentioned last so far, with
    # ties to the first listed: what a surname alone refers to.  Kept as
    # mentions are added (in text order), so a surname shared by many people
    # is not a scan of all of them.
    homes: dict[str, list[tuple[str, str, int]]] = {}
    recent: dict[tuple[str, str], tuple[int, int, str]] = {}

    def add(key: str, f: Found, kind: MentionKind, surface: str) -> None:
        persons[key].add(f, kind, surface)
        for tag, word, index in homes[key]:
            mark = (f.start, -index, key)
            if recent.get((tag, word), mark) <= mark:
                recent[(tag, word)] = mark

    # A full name without evidence of its own is a person only if its last word
    # is also used alone, as people's surnames are and organisations' words are not.
    alone = Counter(
        fold(text[f.start : f.end]) for f in raw if f.kind in (ActorKind.PERSON, ActorKind.UNKNOWN)
    )
    raw = [
        f
        for f in raw
        if f.kind is not ActorKind.PERSON
        or f.strong
        or len(f.name.split()) == 1
        or alone[fold(f.name.split()[-1])] > 0
    ]
    # Full names first, so single names can link to them wherever they stand.
    for f in raw:
        if f.kind is ActorKind.PERSON and len(f.name.split()) > 1:
            person(f.name)
    for f in raw:
        surface = text[f.start : f.end]
        if f.kind is ActorKind.PERSON and len(f.name.split()) > 1:
            add(person_key(f.name), f, MentionKind.NAME, surface)
        elif f.kind in (ActorKind.PERSON, ActorKind.UNKNOWN):
            word = fold(f.name)
            keys = by_surname.get(word) or by_first.get(word) or []
            if keys:
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
            key = (fold(f.name), f.kind)
            if key not in others:
                others[key] = _Builder(name=f.name, kind=f.kind)
            others[key].add(f, MentionKind.NAME, surface)
    _link_descriptions(text, list(persons.values()))
    builders = [b for b in [*persons.values(), *others.values()] if b.mentions]
    builders.sort(key=lambda b: min(m.start for m in b.mentions))
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
