"""Whether two person names found in different articles name the same person.

Deterministic and explainable: :func:`same_person` returns the reason it
merged two names, or ``None``.
"""

from __future__ import annotations

import difflib
import re

from newsmodel._analysis.lexicon import fold

__all__ = ["name_key", "same_person", "surname_key"]

# Spelling variants of transliterated names: Zelenskyy / Zelensky / Zelenskiy.
_TRANSLIT = [
    (re.compile(r"(?:yy|iy|ij|yi|ii)$"), "y"),
    (re.compile(r"(?<=[a-z])(?:ie|i)$"), "y"),
    (re.compile(r"w"), "v"),
    (re.compile(r"ks"), "x"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"(?<=[a-z])h(?=[^aeiou]|$)"), ""),
    (re.compile(r"([a-z])\1"), r"\1"),
]


def surname_key(word: str) -> str:
    """A folded, transliteration-tolerant key for a surname."""
    key = re.sub(r"[^a-z]", "", fold(word))
    for rx, repl in _TRANSLIT:
        key = rx.sub(repl, key)
    return key


def name_key(name: str) -> str:
    """The folded full name."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(name)))


def _first_names_compatible(a: str, b: str) -> str | None:
    a, b = fold(a).rstrip("."), fold(b).rstrip(".")
    if a == b:
        return "same first name"
    if len(a) == 1 or len(b) == 1:
        return "matching initial" if a[0] == b[0] else None
    short, long = sorted((a, b), key=len)
    if long.startswith(short) and len(short) >= 3:
        return f"{short} is short for {long}"
    return None


def same_person(a: str, b: str) -> str | None:
    """Why full names ``a`` and ``b`` name the same person, or ``None``."""
    wa, wb = a.split(), b.split()
    if name_key(a) == name_key(b):
        return "same name"
    if len(wa) < 2 or len(wb) < 2:
        return None
    first = _first_names_compatible(wa[0], wb[0])
    if first is None:
        return None
    sa, sb = surname_key(wa[-1]), surname_key(wb[-1])
    if sa == sb:
        return f"{first}; surnames {wa[-1]} and {wb[-1]} are spellings of one name"
    ratio = difflib.SequenceMatcher(None, sa, sb).ratio()
    if ratio >= 0.8 and sa[-3:] == sb[-3:]:
        return f"{first}; surnames {wa[-1]} and {wb[-1]} are {ratio:.0%} alike"
    return None
