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

from newsmodel._analysis.lexicon import (
    COMMON_WORDS,
    data_alternation,
    gazetteer,
    is_given_name,
    is_person_noun,
    sex_of_given_name,
    sex_of_noun,
)
from newsmodel._analysis.quotes.mentions import MentionIndex
from newsmodel._analysis.text import Sentence
from newsmodel._model import ActorKind

__all__ = ["gender_hints"]

_FEMININE = re.compile(
    r"\b(?:" + data_alternation("attribution_cues.txt", "feminine_titles") + r")\b\.?\s*$"
)
_MASCULINE = re.compile(
    r"\b(?:" + data_alternation("attribution_cues.txt", "masculine_titles") + r")\b\.?\s*$"
)
#: A noun right before a name, perhaps with a comma or other capitalised words between:
#: "spokeswoman Ana Ruiz", "her husband, Luc", "actress Dame Ana Ruiz".
_NOUN_BEFORE = re.compile(r"\b(?P<noun>[a-z]+)(?:,\s*|\s+)(?:[A-Z][\w.’'-]*\s+)*$")
#: An apposition after a name: ", a spokeswoman for …", ", the widow of …".
_NOUN_AFTER = re.compile(r",\s+(?:a|an|the|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+)\b")

# Subject pronouns and "his" mostly point back at the sentence's subject, and so
# does a possessive "her" ("with her partner"); an object "her" or "him" often
# points at someone else ("threatened her").
_PRONOUN = re.compile(r"\b(he|his|she|her)\b(?:\s+([a-z]+))?", re.IGNORECASE)
_SUBJECT_PRONOUN = re.compile(r"\b(he|she)\b", re.IGNORECASE)


#: A description of someone else: "the finance minister" between a name and "his".
_DESCRIPTION = re.compile(r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)\b")


#: An apposition right after a name, closed by a comma: ", a retired bus driver from Corwick,".
_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+[^,;.!?“”\"]{1,120},")


def _singular_people(text: str, start: int, end: int) -> int:
    """How many descriptions of one person ``text[start:end]`` holds.

    An apposition with a second ("the coach of the striker") names a rival for
    the pronoun after it; "one of the plaintiffs" names no single one.
    """
    return sum(
        1
        for d in _DESCRIPTION.finditer(text, start, end)
        if is_person_noun(d.group("noun")) and not d.group("noun").endswith("s")
    )


def _described_between(text: str, start: int, end: int) -> bool:
    """Whether a description of a person stands in ``text[start:end]`` (a rival antecedent)."""
    return any(is_person_noun(m.group("noun")) for m in _DESCRIPTION.finditer(text, start, end))


_CAPITALISED = re.compile(r"(?<=\s)[A-Z][a-z]+\b")


def _named_between(text: str, start: int, end: int) -> bool:
    """Whether a given name the actor stage did not take stands in ``text[start:end]``:
    "Ana Solis asked Hollis whether he …" has a rival for the "he"."""
    return any(
        is_given_name(m.group()) and gazetteer().lookup(m.group()) is None
        for m in _CAPITALISED.finditer(text, start, end)
    )


def _inside_quote(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside quotation marks opened after ``start``."""
    before = text[start:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


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
    alone: str | None = None  # the one person the previous sentence names
    for s in sentences:
        people = [(m, a) for m, a in index.between(s.start, s.end) if a.kind is ActorKind.PERSON]
        if alone is not None and not people:
            # "“…,” Ngozi Eze said. “…,” she said.": a sentence naming no one
            # continues with the one person named just before.
            p = next(
                (
                    p
                    for p in _SUBJECT_PRONOUN.finditer(text, s.start, s.end)
                    if not _inside_quote(text, s.start, p.start())
                ),
                None,
            )
            if p is not None and not _described_between(text, s.start, p.start()):
                votes.setdefault(alone, Counter())["m" if p.group(1).lower() == "he" else "f"] += 1
                # (Half the weight of any other cue: a given name outweighs it.)
        ids = {a.id for _m, a in people}
        alone = (
            people[0][1].id
            if len(ids) == 1 and text[people[0][0].start : people[0][0].end] not in shared
            else None
        )
        for m, a in people:
            if text[m.start : m.end] in shared:
                continue
            before = text[max(s.start, m.start - 30) : m.start]
            after = text[m.end : min(s.end, m.end + 30)]
            noun_before = _NOUN_BEFORE.search(before)
            noun_after = _NOUN_AFTER.match(after)
            sexes = {
                sex_of_noun(n.group("noun")) for n in (noun_before, noun_after) if n is not None
            }
            if _FEMININE.search(before) or "f" in sexes:
                votes.setdefault(a.id, Counter())["f"] += 4
            if _MASCULINE.search(before) or "m" in sexes:
                votes.setdefault(a.id, Counter())["m"] += 4
        if (
            len({a.id for _m, a in people}) == 1
            and text[people[0][0].start : people[0][0].end] not in shared
        ):
            m, a = people[0]
            p = next(
                (
                    p
                    for p in _PRONOUN.finditer(text, m.end, s.end)
                    # "her" only as a possessive, before a content word ("her partner").
                    if p.group(1).lower() != "her"
                    or (p.group(2) is not None and p.group(2) not in COMMON_WORDS)
                ),
                None,
            )
            # (The name's own apposition describes the name, no rival: "Ida
            # Penn, a retired bus driver, said she".)
            own = _APPOSITION.match(text, m.end, s.end)
            past = (
                own.end()
                if own is not None
                and p is not None
                and own.end() <= p.start()
                and _singular_people(text, own.start(), own.end()) <= 1
                else m.end
            )
            if (
                p is not None
                and not _described_between(text, past, p.start())
                and not _named_between(text, past, p.start())
            ):
                word = p.group(1).lower()
                votes.setdefault(a.id, Counter())["m" if word in ("he", "his") else "f"] += 2
    for a in index.actors:
        # A clearly male or female given name is weaker evidence than the text's own
        # titles and nouns (four votes each), as strong as one pronoun after the name:
        # against it that pronoun ties, and the tie leaves the gender open.
        if a.kind is ActorKind.PERSON and len(a.name.split()) > 1:
            sex = sex_of_given_name(a.name.split()[0])
            if sex:
                votes.setdefault(a.id, Counter())[sex] += 2
    out = {}
    for actor, counter in votes.items():
        ranked = [*counter.most_common(2), ("", 0)]
        if ranked[0][1] > ranked[1][1]:
            out[actor] = ranked[0][0]
    return out
