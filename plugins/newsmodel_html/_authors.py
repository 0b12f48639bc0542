"""Author names from bylines and metadata: people only, without "By", dates or job titles."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["PICTURE_CREDIT", "clean_authors", "credit_name", "split_byline"]

# "By", "Analysis by", "Words and pictures by", and the same in other languages.
_BY = re.compile(
    r"^\s*(?:(?:[^\W\d_]+\s+){0,3}?by|par|por)\s*[:\-–—]?\s+|^\s*By(?=[A-Z][a-z])",
    re.IGNORECASE,
)
_PICTURE_WORK = (
    r"(?:photo(?:graph(?:s|y)?|s)?|pictures?|images?|illustrations?|video|styl(?:ed|ing)"
    r"|graphics?|art(?:work)?|design(?:ed)?|animation)\s+by"
)
#: Text ending with the credit of a contributor who made the pictures, not the
#: story ("Photography by ", "Styled by "): the name after it is no author.
PICTURE_CREDIT = re.compile(rf"\b{_PICTURE_WORK}\s*:?\s*$", re.IGNORECASE)
# Such a credit in a byline, with the names it credits (up to the next author's "By").
_PICTURE_CREDITS = re.compile(
    rf"(?:^|(?<=[\s,;|.]))(?:and\s+)?{_PICTURE_WORK}\b.*?(?=[,;|]?\s*\bby\b|$)",
    re.IGNORECASE,
)
# A label naming the field before the names ("Author: Jane Doe", "Authors Jane Doe").
_LABEL = re.compile(r"^\s*(?:authors?|written by)\s*[:\-–—]?\s+", re.IGNORECASE)
# The outlet a name writes for, after it ("Jane Doe for Example News").
_FOR_OUTLET = re.compile(r"\s+for\s+(?:the\s+)?[A-Z].*$", re.IGNORECASE)
_TRAILING_PREPOSITION = re.compile(r"\s+(?:on|at)\s*$", re.IGNORECASE)
_ASIDES = re.compile(r"\s*\([^()]{1,40}\)|(?<!\S)@\w+")
_TOLD_TO = re.compile(r"^.*?\bas told to\s+", re.IGNORECASE)
# "Jane DoePublished 3 May": a date label run into the name by the markup.
_GLUED_LABEL = re.compile(r"(?<=[a-z])(?:Published|Updated|Posted|Last updated)\b.*$")
# Words that never start a person's name in a byline (nor the buttons beside one).
_NOT_NAME_START = re.compile(
    r"^(?:about|this|the|our|all|more|view|see|follow|read|share|print|email|listen|watch"
    r"|save|subscribe)\b",
    re.I,
)
# Lower-case words allowed inside a name ("Ursula von der Leyen").
_PARTICLES = frozenset(
    "de da di del della der den van von ter la le du dos das bin ibn al el y e st.".split()
)
# Between names; a full stop only after a word, not after an initial ("Sarah E. Needleman").
_SEPARATORS = re.compile(
    r"\s*(?:,|;|\||&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\n|/| \+ |(?<=[a-z]{2})\.\s)\s*"
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# Where a date or time starts in a byline; month names only next to a number,
# because June, August and Jan are names too.
_DATEISH = re.compile(
    r"(?:\b\d{1,2}[:/.]\d{1,2}|\b(?:19|20)\d{2}\b|\b(?:updated|published|posted|last modified)\b"
    r"|\bdate(?:\s*:|\s+(?:published|posted|updated|modified)\b)"
    rf"|\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\.?\s+{_MONTH}(?=\W|$)"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b\s*,|\b\d+\s+\w+\s+ago\b).*$",
    re.IGNORECASE,
)
# Job titles that follow a name in a byline ("Jane Doe, Staff Writer").
_JOB_TITLE = re.compile(
    r"\b(?:senior|chief|staff|contributing|special|associate|deputy|managing|executive|"
    r"political|foreign|business|sports?|science|health|tech(?:nology)?|national|"
    r"white house|washington|investigative|data|digital|freelance|guest)?\s*"
    r"(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|"
    r"photographer|producer|analyst|critic|blogger|intern|anchor|host|bureau chief|officer"
    r"|director|president|founder|head of \w+)s?\b.*$",
    re.IGNORECASE,
)
# Words that make a byline an organisation, a desk or an agency, not a person.
_ORGANISATION = re.compile(
    r"\b(?:news|press|associated|agency|agence|reuters|staff|team|desk|editorial|editors|"
    r"newsroom|media|inc|ltd|llc|corp|group|network|magazine|times|post|journal|daily|"
    r"herald|tribune|gazette|online|radio|tv|television|service|wire|bureau|admin|"
    r"administrator|webmaster|contributors?|guest|sponsored|partner|international|"
    r"business|sports|politics|opinion|world|company|redazione|redaction|redaktion)\b|\.com\b|\.org\b|@|\d",
    re.IGNORECASE,
)
_URL = re.compile(r"^\s*(?:https?:|www\.|/)", re.IGNORECASE)
_LATIN = re.compile(r"^[\x00-\u024f]*$")
_NAME_CHARS = re.compile(r"^[^\W\d_][\w.'’ -]*[\w.]$")
_MAX_NAME_WORDS = 5
_MAX_NAME_CHARS = 60


def split_byline(text: str) -> list[str]:
    """The candidate names of a byline, with "By", dates and job titles removed."""
    text = " ".join(text.split())
    text = _GLUED_LABEL.sub("", text)
    text = _PICTURE_CREDITS.sub("", text)
    # "Jane Doe as told to John Smith": the story's subject speaks, the writer wrote it.
    text = _TOLD_TO.sub("", text)
    text = _LABEL.sub("", _BY.sub("", text))
    text = _DATEISH.sub("", text)
    # "Jane Doe on" before the date just cut; "(Reuters)" or "@janedoe" after a name.
    text = _ASIDES.sub("", _TRAILING_PREPOSITION.sub("", text))
    names = []
    for part in _SEPARATORS.split(text):
        part = _FOR_OUTLET.sub("", _LABEL.sub("", _BY.sub("", part)))
        part = _JOB_TITLE.sub("", part).strip(" .,:;-–—|()")
        if part:
            names.append(part)
    return names


def _is_person_name(name: str, outlets: set[str]) -> bool:
    words = len(name.split())
    if len(name) > _MAX_NAME_CHARS or words > _MAX_NAME_WORDS:
        return False
    if words < 2 and _LATIN.match(name):
        # A single Latin-script word is a user name ("admin", "jdoe") or an outlet.
        return False
    if _NAME_CHARS.match(name) is None or _ORGANISATION.search(name):
        return False
    if _NOT_NAME_START.match(name) or any(
        w[:1].islower() and w.lower() not in _PARTICLES for w in name.split()
    ):
        return False
    folded = _fold(name)
    if len(folded) < 2 or folded in outlets:
        return False
    # "CNN Business" is the outlet's section, not a person.
    return not any(_fold(word) in outlets for word in name.split())


def _without_outlet(name: str, outlets: set[str]) -> str:
    """The name without an outlet or agency run on after it ("Jane Doe The Daily Example")."""
    words = name.split()
    for cut in range(2, len(words)):
        rest = " ".join(words[cut:])
        if _fold(rest) in outlets or (
            len(words) - cut >= 2
            and _ORGANISATION.search(rest)
            and not _ORGANISATION.search(" ".join(words[:cut]))
        ):
            return " ".join(words[:cut])
    return name


_NOT_WORD = re.compile(r"\W+")


def _fold(name: str) -> str:
    return _NOT_WORD.sub("", name.casefold())


def _display(name: str) -> str:
    # An all-caps byline ("JANE DOE") reads as a name in title case.
    return name.title() if name.isupper() and len(name) > 3 else name


def clean_authors(candidates: Iterable[str], outlets: Iterable[str | None] = ()) -> list[str]:
    """The people among ``candidates``, each once, in order.

    ``outlets`` are names of the site or publisher: a byline that is one of
    them is the outlet, not an author.
    """
    outlet_keys = {_fold(o) for o in outlets if o}
    seen: set[str] = set()
    people = []
    for candidate in candidates:
        if _URL.match(candidate):
            continue
        for name in split_byline(candidate):
            name = _without_outlet(name, outlet_keys)
            if not _is_person_name(name, outlet_keys):
                continue
            key = _fold(name)
            if key not in seen:
                seen.add(key)
                people.append(_display(name))
    return _without_run_on(people)


def _without_run_on(people: list[str]) -> list[str]:
    """The names without those that are another name with a word or two run on after
    it ("Jane Doe Wellness" beside "Jane Doe"): a section, a desk or an outlet
    that the byline box sets after the name its author link gives alone."""
    if len(people) < 2:
        return people
    return [
        name
        for name in people
        if not any(
            other != name
            and len(other.split()) >= 2
            and name.startswith(other + " ")
            and len(name.split()) - len(other.split()) <= _MAX_RUN_ON_WORDS
            for other in people
        )
    ]


_MAX_RUN_ON_WORDS = 2


# Lower-case words allowed inside an organisation's name ("University of Tokyo").
_CREDIT_PARTICLES = frozenset("of for the de la du des del der von van on at".split())
# A credit that names nobody in particular: a role or a placeholder, not who wrote it.
_NOT_CREDIT = re.compile(
    r"^(?:admin(?:istrator)?|webmaster|editors?|staff|team|guest|anonymous|unknown|user|"
    r"author|contributors?|writer|reporter|sponsored|partner|none|null)$",
    re.IGNORECASE,
)
# A news agency: the story's source on the wire (its dateline says so), not its author.
_AGENCY = re.compile(
    r"\b(?:press|agency|agence|agencia|agenzia|reuters|wire|news service)\b", re.IGNORECASE
)
# An acronym alone ("AP", "PTI"): an agency's or a desk's short name.
_ACRONYM = re.compile(r"^[A-Z]{2,5}$")
_BY_ALONE = re.compile(r"^(?:by|par|por|von|di|de)$", re.IGNORECASE)
_CREDIT_CHARS = re.compile(r"^[^\W\d_][\w.'’& -]*[\w.]$")
_MAX_CREDIT_WORDS = 6


def credit_name(candidates: Iterable[str], outlets: Iterable[str | None] = ()) -> str | None:
    """The first of ``candidates`` that credits the story to an organisation, or ``None``.

    For a page whose byline names no person: an agency, a desk or an
    institution ("By Example Wire Service", "Metro Desk", "University of
    Northland") is who the page says wrote it.  The credit must read as a
    name: a few capitalised words, no address, handle or digit, no role alone
    ("Staff", "Admin"), and not only the site's or publisher's own name,
    which signs every page and says nothing of this one.
    """
    outlet_keys = {_fold(o) for o in outlets if o}
    for candidate in candidates:
        if _URL.match(candidate):
            continue
        text = _DATEISH.sub("", _BY.sub("", " ".join(candidate.split())))
        text = _ASIDES.sub("", _TRAILING_PREPOSITION.sub("", text)).strip(" .,:;-–—|()")
        words = text.split()
        if not words or len(words) > _MAX_CREDIT_WORDS or _CREDIT_CHARS.match(text) is None:
            continue
        if any(w[:1].islower() and w not in _CREDIT_PARTICLES for w in words):
            continue
        if (
            _NOT_CREDIT.match(text)
            or _SEPARATORS.search(text)
            or _fold(text) in outlet_keys
            or _AGENCY.search(text)
            or _ACRONYM.match(text)
            or _JOB_TITLE.search(text)
            or _BY_ALONE.match(text)
        ):
            continue
        return _display(text)
    return None
