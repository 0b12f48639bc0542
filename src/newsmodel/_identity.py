"""Whether two person names found in different articles name the same person.

Decisions are deterministic and explainable: :func:`decide` returns a
:class:`Decision` with the reason.  The rules, in order:

0. Names are compared without the descriptors written before them
   ("Republican Donald Trump" is "Donald Trump", see :func:`bare_name`).
1. A generational suffix (Jr., Sr., III) on one name only, or two different
   suffixes, marks different people unless their roles agree.
2. The first names must be compatible: equal, one a nickname of the other
   (Steve / Steven, from the ``nicknames`` table; two long names of different
   letters, Elena / Helen, are two given names, not forms of one), an initial
   of the other or of its formal form (W. Okafor / Bill Okafor), a
   prefix of it (Alex / Alexander), or a transliteration of it (Sergei /
   Sergey, Jaro-Winkler ≥ 0.88), or both forms of one stem (Alexandros / Alexis),
   but never a clearly female and a clearly male name (Alexandra / Alexander).
   Middle names and initials are ignored.
3. Surnames that are spellings of one name (Zelensky / Zelenskyy /
   Zelenskiy, al-Sisi / el-Sisi, diacritics) are the same person.
4. Surnames that are merely alike (Witkoff / Uitkoff, Jaro-Winkler ≥ 0.85)
   are the same person only when the context agrees: a shared role word
   ("envoy") or at least two people mentioned alongside both.

The corpus (:mod:`newsmodel._corpus`) merges the surest pairs first and never
joins two groups holding first names that cannot be one person's, so a link
(Alex Petrov) cannot chain Alexander Petrov to Alexandra Petrov.

Anything else is two people: Rubio is not Rutte, Witkoff is not Waltz, Joe
Biden is not Hunter Biden.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from attrs import field, frozen
from nicknames import NickNamer
from rapidfuzz.distance import JaroWinkler

from newsmodel._analysis.lexicon import (
    HONORIFICS,
    TITLE_WORDS,
    data_section,
    descriptor_kind,
    fold,
    gazetteer,
    given_names,
    sex_of_given_name,
)

__all__ = [
    "Decision",
    "PersonProfile",
    "bare_name",
    "decide",
    "first_name",
    "first_names_differ",
    "given_name_initials",
    "given_names_differ",
    "name_key",
    "role_words",
    "same_person",
    "surname_key",
    "surname_of",
]

_SUFFIXES = frozenset(data_section("identity_cues.txt", "generational_suffixes"))
_DESCRIPTOR_ENDINGS = frozenset(data_section("identity_cues.txt", "descriptor_endings"))
_TITLES = frozenset(fold(w).strip(".") for w in TITLE_WORDS | HONORIFICS)
_PARTICLES = re.compile(
    r"^(?:al|el|ad|ash|as|at|az|ibn|bin|ben|abu|de|del|della|di|da|van|von|der|le|la)[-\s]+"
)
# Spelling variants of transliterated names: Zelenskyy / Zelensky / Zelenskiy.
_TRANSLIT = [
    (re.compile(r"(?:yy|iy|ij|yi|ii)$"), "y"),
    (re.compile(r"(?<=[a-z])(?:ie|i)$"), "y"),
    (re.compile(r"w"), "v"),
    (re.compile(r"ks"), "x"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"q"), "k"),
    (re.compile(r"dh"), "d"),
    (re.compile(r"(?<=[a-z])h(?=[^aeiou]|$)"), ""),
    (re.compile(r"([a-z])\1"), r"\1"),
]
# Role words too general to tell people apart.
_GENERIC_ROLE_WORDS = frozenset(data_section("identity_cues.txt", "generic_role_words"))


@functools.lru_cache(maxsize=65536)
def surname_key(word: str) -> str:
    """A folded, transliteration-tolerant key for a surname."""
    key = _PARTICLES.sub("", fold(word))
    key = re.sub(r"[^a-z]", "", key)
    for rx, repl in _TRANSLIT:
        key = rx.sub(repl, key)
    return key


def _is_descriptor(word: str) -> bool:
    """A title, occupation, party or nationality written before a name."""
    w = fold(word).strip(".,")
    return (
        w in _TITLES
        or descriptor_kind(w) is not None
        or gazetteer().country_of_demonym(w) is not None
        or ("-" in w and w.rsplit("-", 1)[1] in _DESCRIPTOR_ENDINGS)
    )


def bare_name(name: str) -> str:
    """The name without descriptors before it: "Republican Donald Trump" is "Donald Trump".

    Words are dropped from the front while a name of at least two words remains.
    """
    words = name.split()
    while len(words) > 2 and _is_descriptor(words[0]):
        words.pop(0)
    if (
        len(words) == 2
        and _is_descriptor(words[0])
        and fold(words[0]).strip(".") not in given_names()
    ):
        words.pop(0)
    return " ".join(words)


def surname_of(name: str) -> str:
    """The surname of a name: its last word, skipping generational suffixes ("John Mills Jr.")."""
    words = name.split()
    while len(words) > 1 and fold(words[-1]).strip(".,") in _SUFFIXES:
        words.pop()
    return words[-1] if words else ""


def name_key(name: str) -> str:
    """The folded full name."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(name)))


@functools.cache
def _nicknamer() -> NickNamer:
    return NickNamer()


@functools.lru_cache(maxsize=65536)
def _parts(name: str) -> tuple[str, str, str]:
    """(first name, surname, suffix) of a full name, folded; middle names dropped."""
    words = [w for w in re.split(r"[\s]+", fold(bare_name(name)).replace("-", " ")) if w]
    words = [w.strip(".,") for w in words if w.strip(".,")]
    suffix = ""
    if len(words) > 2 and words[-1] in _SUFFIXES:
        suffix = words.pop()
    if not words:
        return "", "", suffix
    return words[0], words[-1] if len(words) > 1 else "", suffix


@functools.lru_cache(maxsize=4096)
def given_name_initials(first: str) -> frozenset[str]:
    """The initials ``first`` can be written with: its own, and its formal forms' (Bill: b, w)."""
    key = fold(first).strip(".")
    if not key:
        return frozenset()
    nn = _nicknamer()
    return frozenset({key[0]} | {c[0] for c in nn.canonicals_of(key) if c})


def first_name(name: str) -> str:
    """The folded first name of a full name, without descriptors ("" for a single name)."""
    first, surname, _ = _parts(name)
    return first if surname else ""


@functools.lru_cache(maxsize=65536)
def _first_names(a: str, b: str) -> str | None:
    """Why two first names can be one person's, or ``None``."""
    if a == b:
        return "same first name"
    if len(a) == 1 or len(b) == 1:
        # "W. Okafor" is "Bill Okafor": an initial of the formal name counts too.
        if len(a) == 1 and len(b) == 1:
            return None
        initial, full = (a, b) if len(a) == 1 else (b, a)
        return "matching initial" if initial in given_name_initials(full) else None
    nn = _nicknamer()
    if a[0] != b[0] and min(len(a), len(b)) >= 5:
        # Elena / Helen, Eileen / Helen: the nicknames table links long names of
        # different letters that are each a given name of their own.
        return None
    if (
        b in nn.nicknames_of(a)
        or a in nn.nicknames_of(b)
        or (nn.canonicals_of(a) & nn.canonicals_of(b))
    ):
        return f"{a} and {b} are forms of one given name"
    sex_a, sex_b = sex_of_given_name(a), sex_of_given_name(b)
    if sex_a and sex_b and sex_a != sex_b:
        return None  # Alexandra is not Alexander
    short, long = sorted((a, b), key=len)
    if long.startswith(short) and len(short) >= 3:
        return f"{short} is short for {long}"
    related_a = nn.canonicals_of(a) | nn.nicknames_of(a)
    if a[0] == b[0] and related_a & (nn.canonicals_of(b) | nn.nicknames_of(b)):
        return f"{a} and {b} are forms of one given name"  # Katie / Katherine: both Katy
    if a[0] == b[0] and JaroWinkler.similarity(a, b) >= 0.88:
        return f"{a} and {b} are spellings of one given name"
    stem = _common_prefix(a, b)
    if len(stem) >= 4 and (stem in given_names() or nn.canonicals_of(stem)):
        # Alexandros / Alexis: both are forms of Alex.
        return f"{a} and {b} are both forms of {stem}"
    return None


def _common_prefix(a: str, b: str) -> str:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return a[:n]


def role_words(roles: Iterable[str]) -> frozenset[str]:
    """The telling words of a person's roles ("Sen.", "epidemiologist"), folded.

    Honorifics of sex only (Mr., Ms.) and generic words (former, senior) are left out.
    """
    return _role_words(tuple(roles))


@functools.lru_cache(maxsize=16384)
def _role_words(roles: tuple[str, ...]) -> frozenset[str]:
    words = set()
    for role in roles:
        for w in re.findall(r"[a-z][a-z.-]+", fold(role)):
            if w not in _GENERIC_ROLE_WORDS and len(w) > 2:
                words.add(w)
    return frozenset(words)


def _strings(value: Iterable[str]) -> frozenset[str]:
    return frozenset(value)


@frozen(kw_only=True)
class PersonProfile:
    """A person as one article describes them: name, roles, and the people around them."""

    name: str
    roles: frozenset[str] = field(default=frozenset(), converter=_strings)
    company: frozenset[str] = field(
        default=frozenset(), converter=_strings
    )  #: surname keys of co-mentioned people


@frozen
class Decision:
    """The outcome of comparing two people, with the reason."""

    same: bool
    reason: str


def _context(a: PersonProfile, b: PersonProfile) -> str | None:
    shared_roles = role_words(a.roles) & role_words(b.roles)
    if shared_roles:
        return f"both are described as {', '.join(sorted(shared_roles))}"
    shared_people = a.company & b.company
    if len(shared_people) >= 2:
        return f"both appear with {', '.join(sorted(shared_people))}"
    return None


def decide(a: PersonProfile, b: PersonProfile) -> Decision:
    """Whether two full names, each with its context, name the same person."""
    fa, sa, xa = _parts(a.name)
    fb, sb, xb = _parts(b.name)
    if not (fa and sa and fb and sb):
        return Decision(False, "a full name is needed on both sides")
    context = _context(a, b)
    if xa != xb and not context:
        return Decision(False, f"{a.name} and {b.name} differ in their generational suffix")
    first = _first_names(fa, fb)
    if first is None:
        return Decision(False, f"first names {fa} and {fb} differ")
    ka, kb = surname_key(sa), surname_key(sb)
    if ka == kb:
        if name_key(a.name) == name_key(b.name):
            return Decision(True, "same name")
        if sa == sb:
            return Decision(True, f"{first}; same surname")
        return Decision(True, f"{first}; {sa} and {sb} are spellings of one surname")
    similarity = JaroWinkler.similarity(ka, kb)
    if similarity >= 0.85 and context:
        return Decision(
            True, f"{first}; surnames {sa} and {sb} are {similarity:.0%} alike and {context}"
        )
    return Decision(False, f"surnames {sa} and {sb} differ")


def given_names_differ(a: str, b: str) -> bool:
    """Whether two folded first names cannot be one person's (Alexander / Alexandra)."""
    return _first_names(a, b) is None


def first_names_differ(a: str, b: str) -> bool:
    """Whether two full names have first names that cannot be one person's (Joe / Hunter Biden)."""
    fa, _, _ = _parts(a)
    fb, _, _ = _parts(b)
    return bool(fa and fb) and _first_names(fa, fb) is None


def same_person(a: str, b: str) -> str | None:
    """Why full names ``a`` and ``b`` name the same person without context, or ``None``."""
    d = decide(PersonProfile(name=a), PersonProfile(name=b))
    return d.reason if d.same else None
