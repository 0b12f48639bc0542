"""Regenerate ``src/newsmodel/_analysis/data/given_names_nqg.tsv``: given names of the world.

The source is the name data of the ``nomquamgender`` package (Ian Van Buskirk,
MIT licence; https://github.com/ianvanbuskirk/nomquamgender), a consensus of
up to 35 name-gender data sets from many countries: for each given name,
how many of those sources list it, how many people they count with it, and the
probability that a bearer is a woman.  It is used only to regenerate the file;
newsmodel never imports it.

A name is kept when it is attested (listed by ``MIN_SOURCES`` sources or more,
borne by ``MIN_COUNT`` people or more: the sources count few bearers of the
names of Africa or Aotearoa, so the bar is low and the filters below do the
sorting), is a plain word of three letters or more with a vowel, and is not
something else the reader would mistake it for in English news:

- an ordinary English word ("deep", "sky", "honour"): any lower-case entry of
  the system word lists (Debian's ``wamerican`` and ``wbritish``, SCOWL), or a
  word of the lexicon's own lists (function words, titles, roles, descriptors);
- one of the 20,000 commonest US surnames ("price", "rogers"), as for the
  office holders' names of ``given_names_world.txt``, or a rarer US surname
  that is not also a widely attested given name (``STRONG_SOURCES`` sources,
  ``STRONG_COUNT`` bearers): "Dhillon", "Palin" are surnames, "Stefano" a name;
- a surname of office holders worldwide: the last word of more entries than it
  opens in PETRARCH2's per-country actor lists ("Modi", "Orban", "Erdogan"), read as
  ``tools/derive_petrarch.py`` reads their given names;
- a place, organisation or outlet of the gazetteer, a demonym, or a city of a
  million people or more ("cairo", "kobe").

Names the US Census lists already are left out: their census decision stands.
Sex is ``f`` when nine in ten bearers or more are women, ``m`` when one in ten
or fewer, else ``?``.

Usage (from the project root, the venv active)::

    pip download --no-deps -d /tmp/nqg "nomquamgender==0.1.4"
    apt-get install wamerican wbritish
    python tools/derive_given_names.py /tmp/nqg/nomquamgender-0.1.4-py3-none-any.whl \
        [../shared/reference/petrarch2]

The first argument may also be the package's ``name_data.json``; the second is
PETRARCH2's dictionary folder (the default shown).  Standard library and
newsmodel only.
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

from derive_petrarch import office_holder_names

from newsmodel._analysis import lexicon

DATA = Path(__file__).resolve().parent.parent / "src" / "newsmodel" / "_analysis" / "data"
OUT = DATA / "given_names_nqg.tsv"
WORD_LISTS = (Path("/usr/share/dict/american-english"), Path("/usr/share/dict/british-english"))

#: How many of nomquamgender's sources must list a name.
MIN_SOURCES = 4
#: How many bearers its sources must count together.
MIN_COUNT = 10
#: A share of women at or above this is ``f``; at or below one minus it, ``m``.
CLEAR_SEX = 0.9
#: A rarer US surname stays a given name when this many sources list it as one...
STRONG_SOURCES = 15
#: ... and they count this many bearers.
STRONG_COUNT = 1000
#: Cities at least this populous are read as the city, not a given name.
CITY_POPULATION = 1_000_000

#: Letters, three or more, with a vowel ("mst" is an abbreviation), hyphens or an apostrophe.
_NAME = re.compile(r"(?=[^aeiouy]*[aeiouy])[a-z]{3,}(?:['-][a-z]{2,})*")

HEADER = """\
# Given names of the world, folded, with their sex: f (nine in ten bearers or more are
# women), m (one in ten or fewer), ? (either).  Tab-separated; one name a line.
# Names the US Census lists are left out (given_names() keeps the census decision), and
# so are ordinary English words, common US surnames, and known places and organisations.
# Derived by tools/derive_given_names.py (names listed by {sources} or more sources,
# borne by {count} or more people) from name_data.json of nomquamgender {version}
# (https://github.com/ianvanbuskirk/nomquamgender), which pools the counts of national
# and international name lists; only the names and a sex decision are kept here.
# Its licence, in full:
#
# MIT License
#
# Copyright (c) 2022 Ian Van Buskirk
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
# LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
# SOFTWARE.
"""


def read_name_data(path: Path) -> tuple[dict[str, list[Any]], str]:
    """nomquamgender's ``name → [sources, count, p(woman), ...]`` and its version."""
    if path.suffix == ".whl":
        version = path.name.split("-")[1]
        with zipfile.ZipFile(path) as wheel:
            raw = wheel.read("nomquamgender/name_data.json")
    else:
        version = "(version unknown)"
        raw = path.read_bytes()
    data: dict[str, list[Any]] = json.loads(raw)
    return data, version


def english_words() -> frozenset[str]:
    """The lower-case entries of the system word lists, folded: ordinary words."""
    words: set[str] = set()
    for path in WORD_LISTS:
        if not path.exists():
            sys.exit(f"{path} is missing: apt-get install wamerican wbritish")
        for line in path.read_text("utf-8").splitlines():
            word = line.strip()
            if word and word == word.lower():
                words.add(lexicon.fold(word.removesuffix("'s")))
    return frozenset(words)


def lexicon_words() -> frozenset[str]:
    """The words newsmodel's own lists give another use: function words, titles, roles."""
    lists = (
        lexicon.COMMON_WORDS,
        lexicon.TITLE_WORDS,
        lexicon.HONORIFICS,
        lexicon.ROLE_NOUNS,
        lexicon.GROUP_NOUNS,
        lexicon.ORG_HEADS,
        lexicon.OUTLET_HEADS,
        lexicon.SPEECH_VERBS,
    )
    return frozenset(lexicon.fold(w).rstrip(".") for words in lists for w in words)


def census_surnames() -> frozenset[str]:
    """Every surname of the US Census list (the ``names`` package), folded, rare ones too."""
    text = resources.files("names").joinpath("dist.all.last").read_text("utf-8")
    return frozenset(line.split(" ", 1)[0].lower() for line in text.splitlines() if line)


def office_holders_surnames(folder: Path) -> frozenset[str]:
    """Words that end more office holders' names than they open, folded.

    The office holders are the dated person entries of PETRARCH2's
    ``Phoenix.Countries.actors.txt``; honorifics and particles before the given
    name are skipped as ``tools/derive_petrarch.py`` skips them.
    """
    first: Counter[str] = Counter()
    last: Counter[str] = Counter()
    for words in office_holder_names(folder / "Phoenix.Countries.actors.txt"):
        if len(words) >= 2:
            first[lexicon.fold(words[0])] += 1
            last[lexicon.fold(words[-1])] += 1
    return frozenset(word for word, n in last.items() if n > first[word])


def is_something_else(name: str, words: frozenset[str], own: frozenset[str]) -> bool:
    """Whether English news would read ``name`` as a word, a place or a body."""
    return (
        name in words
        or name in own
        or lexicon.descriptor_kind(name) is not None
        or lexicon.gazetteer().lookup(name) is not None
        or lexicon.gazetteer().country_of_demonym(name) is not None
        or lexicon.geo_place(name, min_population=CITY_POPULATION)
    )


def sex(share_of_women: float) -> str:
    """``f``, ``m`` or ``?`` for a name's share of women bearers."""
    if share_of_women >= CLEAR_SEX:
        return "f"
    return "m" if share_of_women <= 1 - CLEAR_SEX else "?"


def derive(data: dict[str, list[Any]], petrarch: Path) -> list[tuple[str, str]]:
    """The names to ship, sorted, each with its sex."""
    census = lexicon._census_first_names("male").keys() | lexicon._census_first_names("female")
    words, own = english_words(), lexicon_words()
    us_surnames, world_surnames = census_surnames(), office_holders_surnames(petrarch)
    out = []
    for raw, values in data.items():
        name = lexicon.fold(raw)
        sources, count, share = int(values[0]), float(values[1]), float(values[2])
        if sources < MIN_SOURCES or count < MIN_COUNT or not _NAME.fullmatch(name):
            continue
        if name in census or is_something_else(name, words, own):
            continue
        strong = sources >= STRONG_SOURCES and count >= STRONG_COUNT
        if lexicon.surname_rank(name) is not None or name in world_surnames:
            continue
        if name in us_surnames and not strong:
            continue
        out.append((name, sex(share)))
    return sorted(set(out))


def main() -> int:
    """Read the package data named on the command line and write the data file."""
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    data, version = read_name_data(Path(sys.argv[1]))
    petrarch = Path(sys.argv[2] if len(sys.argv) > 2 else "../shared/reference/petrarch2")
    names = derive(data, petrarch)
    OUT.write_text(
        HEADER.format(sources=MIN_SOURCES, count=MIN_COUNT, version=version)
        + "".join(f"{name}\t{s}\n" for name, s in names),
        encoding="utf-8",
    )
    counts = {s: sum(1 for _, x in names if x == s) for s in "fm?"}
    print(f"{len(names)} given names ({counts['f']} f, {counts['m']} m, {counts['?']} ?)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
