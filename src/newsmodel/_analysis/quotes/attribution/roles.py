"""Whether a description fits a person by the roles the actor stage gave them:
abbreviated titles ("Gov." is the governor), offices ("the chancellor" is not the shadow
chancellor), "former", and parties and nations ("the Democratic nominee").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsmodel._analysis.lexicon import data_section, descriptor_kind, gazetteer, office_modifiers
from newsmodel._analysis.quotes.attribution.vocabulary import is_role

#: Words before a role noun that tell one holder of the role from another.
ROLE_QUALIFIERS = frozenset(data_section("attribution_cues.txt", "role_qualifiers"))


#: Abbreviated titles and the role nouns they shorten: "Gov." the governor, "Rep."
#: the representative or the congresswoman.
def _title_abbreviations() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for line in data_section("attribution_cues.txt", "title_abbreviations"):
        abbreviation, noun = line.split()
        out.setdefault(abbreviation, set()).add(noun)
    return {a: frozenset(nouns) for a, nouns in out.items()}


_TITLE_ABBREVIATIONS = _title_abbreviations()


def abbreviates(role: str, words: list[str]) -> bool:
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
        and not any(is_role(w) or w in ROLE_QUALIFIERS for w in words[:-n])
    )


def holds_now(described: Sequence[str], roles: Sequence[str]) -> bool:
    """Whether "the former trade minister" describes the office's current holder:
    someone whose role has the noun but not "former" is not a former one."""
    if "former" not in described or not described:
        return False
    head = described[-1]
    return any(
        head in r.lower().split() and not {"former", "ex"} & set(re.split(r"[\s-]+", r.lower()))
        for r in roles
    )


def role_has(role: str, head: str) -> bool:
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


def contradicts(described: Sequence[str], roles: Sequence[str]) -> bool:
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
