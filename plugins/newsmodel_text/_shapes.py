"""What a short line looks like: a title, a tag, a section heading, a caption."""

from __future__ import annotations

import re

from newsmodel_text._joins import ends_sentence
from newsmodel_text._lines import words

__all__ = [
    "MARKDOWN_HEADING",
    "completes",
    "heading_bounds",
    "is_caption",
    "is_heading",
    "is_headline_sentence",
    "is_tag",
    "is_title",
    "is_title_like",
    "lowercase_words",
    "unfinished",
    "unmarked",
]

#: Function words a title-cased line leaves in lower case.
_LOWER_OK = frozenset(
    """a an the of in on at to for and or but vs vs. via with from by as nor per into over
    after before amid than up off out is are be""".split()
)
# Common nouns that make a short capitalised line a heading, not a name.
_HEADING_WORDS = frozenset(
    """background analysis reaction reactions conclusion conclusions context outlook timeline
    impact response responses overview details history summary aftermath update updates next
    why how what where when who key points bottom line takeaways takeaway explainer opinion
    editorial correction corrections methodology sources notes note introduction epilogue
    prologue more latest highlights""".split()
)
# Titles that precede a name in a caption ("President Trump") and also occur in lower case.
_TITLES = frozenset(
    """president minister senator secretary chancellor prime king queen prince princess pope
    general governor mayor judge justice ambassador chairman chairwoman chair director
    commissioner spokesman spokeswoman spokesperson envoy leader premier sheikh emir""".split()
)
_PARTICLES = frozenset("de del della der den van von da di du la le bin ibn al el ter".split())
_TERMINAL = ".,;:"
_CLOSERS = "\"'”’)»"
_LOWERCASE_WORD = re.compile(r"\b[a-z][a-z’'-]+\b")
_BREADCRUMB = re.compile(r"^[\w’' &-]{1,30}(?:\s*(?:>|›|»|/|\|)\s*[\w’' &-]{1,30}){1,5}$")

#: How many words a line without a final stop needs to be taken for broken prose.
UNFINISHED_WORDS = 4
#: How long a line without a final stop must be to be taken for the rest of a sentence.
COMPLETING_LENGTH = 80
_ENUMERATED = re.compile(r"^(?:\d{1,3}|[a-zA-Z])[.)]\s")
_CLOSING_MARKS = re.compile(r"\s+#+\s*$")

#: The most words a headline has.
TITLE_WORDS = 20

#: A Markdown heading: "## Heading".
MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(?=\S)")


def _ends_open(text: str) -> bool:
    return text.rstrip(_CLOSERS)[-1:] in _TERMINAL or text.endswith(("...", "…"))


def is_title_like(text: str) -> bool:
    """Capitalised like a headline: every word but the small ones starts upper-case."""
    found = words(text)
    if not 1 <= len(found) <= 20 or _ends_open(text):
        return False
    lower = [w for w in found if not (w[:1].isupper() or w[:1].isdigit())]
    return len(lower) < len(found) and all(w.lower() in _LOWER_OK for w in lower)


def is_title(text: str) -> bool:
    """A line that can be a headline: short, no final stop, starting like a sentence."""
    found = words(text)
    if not 2 <= len(found) <= TITLE_WORDS or len(text) > 200 or _ends_open(text):
        return False
    return text[0].isupper() or text[0].isdigit() or (text[0] in "“‘\"'" and len(text) > 1)


# A sentence ends inside the line: a lower-case word of three letters or more, a
# full stop, and a capital ("... ends. The next"); "Sen. Jane", "U.S. Army" do not.
_INNER_STOP = re.compile(r"(?:[^\W\d_A-Z]{3,}|\d)[,;]?\.[\"”’']?\s+[\"“‘']?[A-Z]")
# A reporter's own attribution: a lead sentence, not a headline.
_PRONOUN_CUE = re.compile(r"\b(?:he|she|they|we|it) (?:said|says|told|added)\b", re.IGNORECASE)
# A quote tagged in the past tense and closed by a full stop: a lead sentence ("“…,”
# Ana Ruiz said."); a headline quoting someone writes "says" and no stop.
_PAST_TAG_AT_END = re.compile(
    r"[”\"’],?\s+(?:(?:[A-Z][\w.’'-]*\s+){1,4}(?:said|told|added|wrote|explained|warned)"
    r"|(?:said|told|added|wrote|explained|warned)\s+(?:[A-Z][\w.’'-]*\s*){1,4})\.\s*$"
)
#: The most words of a headline written as a sentence (tabloids write long ones).
HEADLINE_SENTENCE_WORDS = 25
#: The most words of a headline of two sentences ("Drugs are coming. Here is how.").
TWO_SENTENCE_WORDS = 14


def is_headline_sentence(text: str) -> bool:
    """A line that can be a headline whatever its last character: short, one sentence.

    Headlines are often written as sentences ("Mayor says plan failed."),
    in capitals, or with a quotation first, sometimes as a question and
    its answer; what they never are is long, a paragraph of sentences, or a
    lead-in ending in ":" or ",".
    """
    found = words(text)
    if not 2 <= len(found) <= HEADLINE_SENTENCE_WORDS or len(text) > 250:
        return False
    if not (text[0].isupper() or text[0].isdigit() or (text[0] in "“‘\"'" and len(text) > 1)):
        return False
    if text.rstrip(_CLOSERS)[-1:] in ",;:" or text.endswith(("...", "…")):
        return False
    if _PRONOUN_CUE.search(text) or _PAST_TAG_AT_END.search(text):
        return False
    stops = len(_INNER_STOP.findall(text))
    return stops == 0 or (stops == 1 and len(found) <= TWO_SENTENCE_WORDS)


def is_tag(text: str) -> bool:
    """A category or tag line above a headline: "trump", "POLITICS", "World > Europe"."""
    if _BREADCRUMB.match(text) and any(s in text for s in ">›»/|"):
        return True
    found = words(text)
    if not 1 <= len(found) <= 3 or len(text) > 40 or _ends_open(text) or text[-1] in "?!":
        return False
    return text.islower() or text.isupper() or is_title_like(text)


def is_heading(text: str, *, sentence_case: bool = True) -> bool:
    """A section heading: a short title-like, all-capitals or sentence-case line."""
    found = words(text)
    if not 1 <= len(found) <= 16 or len(text) > 140 or _ends_open(text):
        return False
    if not (text[0].isalnum() or text[0] in "“‘\"'"):
        return False
    if found[-1] in _LOWER_OK - {"up", "off", "out"}:  # ends on "of", "the": a broken line
        return False
    if is_title_like(text) or (text.isupper() and len(found) >= 1):
        return True
    return sentence_case and len(found) <= 10 and text[0].isupper()


def lowercase_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case: its common nouns, verbs and the like."""
    return frozenset(_LOWERCASE_WORD.findall(text))


def is_caption(text: str, common: frozenset[str]) -> bool:
    """A caption naming a person or place: "Trump", "Volodymyr Zelenskyy".

    One to four capitalised words, none of them a heading word or a word the
    article also writes in lower case (which makes it a common noun, not a
    name), titles such as "President" excepted.
    """
    found = words(text)
    if not 1 <= len(found) <= 4 or _ends_open(text) or text[-1] in "?!" or text.isupper():
        return False
    names = 0
    for word in found:
        bare = word.rstrip(".").lower()
        if bare in _LOWER_OK:
            return False
        if word[0].isupper():
            if bare in _HEADING_WORDS or (bare in common and bare not in _TITLES):
                return False
            names += 1
        elif bare not in _PARTICLES:
            return False
    return names >= 1 and len(text) >= 2


def heading_bounds(text: str) -> tuple[int, int]:
    """Where the words of a line start and end, Markdown heading marks left out."""
    marks = MARKDOWN_HEADING.match(text)
    if marks is None:
        return 0, len(text)
    closing = _CLOSING_MARKS.search(text, marks.end())
    return marks.end(), closing.start() if closing else len(text)


def unmarked(text: str) -> str:
    """``text`` without Markdown heading marks."""
    start, end = heading_bounds(text)
    return text[start:end]


def unfinished(text: str) -> bool:
    """A line of prose that stops mid-sentence: no final stop, and not a headline."""
    if not (text[-1].isalnum() or text[-1] == ","):
        return False
    return len(words(text)) >= UNFINISHED_WORDS and not (is_title_like(text) or text.isupper())


def completes(text: str) -> bool:
    """A line that can finish a sentence another line left open: prose, not a list item."""
    if not (text[0].isalnum() or text[0] in "“‘\"'") or _ENUMERATED.match(text):
        return False
    return ends_sentence(text) or len(text) >= COMPLETING_LENGTH
