"""What the text says about each person's grammatical gender, for he and she.

The article's own words come first: honorifics and gendered role nouns
("Ms.", "spokeswoman"), and a pronoun that follows a person who is the only
one named in the sentence ("Sonya Zoghlin told The Hill she …").  A given
name that is clearly male or female in the US Census lists breaks no tie the
text has settled; it only speaks where the text is silent.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from newsmodel._analysis.lexicon import sex_of_given_name
from newsmodel._analysis.quotes.mentions import MentionIndex
from newsmodel._analysis.text import Sentence
from newsmodel._model import ActorKind

__all__ = ["gender_hints"]

_FEMININE = re.compile(
    r"\b(?:Mrs|Ms|Miss|Lady|Dame|Queen|Princess|Madam|Sister)\b\.?\s*$|"
    r"\b(?:spokeswoman|chairwoman|congresswoman|councilwoman|businesswoman|actress|"
    r"mother|wife|daughter|sister|grandmother|widow|girlfriend|niece|aunt)\b[^.,;]{0,20}$",
    re.IGNORECASE,
)
_MASCULINE = re.compile(
    r"\b(?:Mr|Sir|Lord|King|Prince|Father|Brother)\b\.?\s*$|"
    r"\b(?:spokesman|chairman|congressman|councilman|businessman|actor|father|husband|son|"
    r"brother|grandfather|widower|boyfriend|nephew|uncle)\b[^.,;]{0,20}$",
    re.IGNORECASE,
)
_FEMININE_AFTER = re.compile(r",\s+(?:a|the)\s+\w*\s*(?:spokeswoman|chairwoman)")
_MASCULINE_AFTER = re.compile(r",\s+(?:a|the)\s+\w*\s*(?:spokesman|chairman)")
# Subject pronouns and "his" mostly point back at the sentence's subject;
# "her" and "him" often point at someone else ("threatened her").
_PRONOUN = re.compile(r"\b(he|his|she)\b", re.IGNORECASE)


def gender_hints(text: str, sentences: Sequence[Sentence], index: MentionIndex) -> dict[str, str]:
    """Actor id → ``"m"`` or ``"f"`` where the text leaves no doubt."""
    votes: dict[str, Counter[str]] = {}
    # A surname two people share ("Clinton") says nothing about either's gender:
    # "Mrs. Clinton" may have been given to the wrong one of them.
    owners: dict[str, set[str]] = {}
    for a in index.actors:
        if a.kind is ActorKind.PERSON and len(a.name.split()) > 1:
            owners.setdefault(a.name.split()[-1], set()).add(a.id)
    shared = {name for name, ids in owners.items() if len(ids) > 1}
    for s in sentences:
        people = [(m, a) for m, a in index.between(s.start, s.end) if a.kind is ActorKind.PERSON]
        for m, a in people:
            if text[m.start : m.end] in shared:
                continue
            before = text[max(s.start, m.start - 30) : m.start]
            after = text[m.end : min(s.end, m.end + 30)]
            if _FEMININE.search(before) or _FEMININE_AFTER.match(after):
                votes.setdefault(a.id, Counter())["f"] += 2
            if _MASCULINE.search(before) or _MASCULINE_AFTER.match(after):
                votes.setdefault(a.id, Counter())["m"] += 2
        if (
            len({a.id for _m, a in people}) == 1
            and text[people[0][0].start : people[0][0].end] not in shared
        ):
            m, a = people[0]
            p = _PRONOUN.search(text, m.end, s.end)
            if p is not None:
                word = p.group(1).lower()
                votes.setdefault(a.id, Counter())["m" if word in ("he", "his") else "f"] += 1
    for a in index.actors:
        # A clearly male or female given name is weaker evidence than the text's own words.
        if a.kind is ActorKind.PERSON and a.id not in votes and len(a.name.split()) > 1:
            sex = sex_of_given_name(a.name.split()[0])
            if sex:
                votes.setdefault(a.id, Counter())[sex] += 1
    out = {}
    for actor, counter in votes.items():
        ranked = [*counter.most_common(2), ("", 0)]
        if ranked[0][1] > ranked[1][1]:
            out[actor] = ranked[0][0]
    return out
