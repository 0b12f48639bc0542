"""Regenerate ``src/newsmodel/_analysis/data/wordnet_person_nouns.txt`` from WordNet 3.0.

A noun names a person, for newsmodel's purposes, when its most frequent sense
(the first synset ``index.noun`` lists) lies in WordNet's ``noun.person``
lexicographer file: "mechanic", "cleaner", "pal", but not "head" (a body part
first) or "star" (a celestial body first).  Single lower-case words only.

Usage: ``python tools/derive_person_nouns.py [WORDNET_DICT_DIR]`` (default
``/usr/share/wordnet``, Debian's ``wordnet-base`` package).
"""

from __future__ import annotations

import sys
from pathlib import Path

NOUN_PERSON = 18  # the lexicographer file number of noun.person
DATA = Path(__file__).resolve().parent.parent / "src/newsmodel/_analysis/data"
OUT = DATA / "wordnet_person_nouns.txt"

HEADER = """\
# Lower-case nouns whose most frequent WordNet sense names a person ("mechanic",
# "cleaner", "pal"): the first synset of each single-word noun in index.noun lies in
# the noun.person lexicographer file.  One word a line.
# Origin: WordNet 3.0 (Princeton University, https://wordnet.princeton.edu/),
# derived by tools/derive_person_nouns.py; do not edit by hand.
# Licence: WordNet 3.0 licence. WordNet 3.0 Copyright 2006 by Princeton University.
# All rights reserved. Permission to use, copy, modify and distribute this database
# for any purpose and without fee or royalty is granted, provided this notice appears
# on all copies. THE DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.
"""


def lexicographer_files(data_noun: Path) -> dict[str, int]:
    """Each synset offset of ``data.noun`` and the number of its lexicographer file."""
    files = {}
    for line in data_noun.read_text("latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence at the head of the file
        offset, lex_filenum = line.split(" ", 2)[:2]
        files[offset] = int(lex_filenum)
    return files


def person_nouns(wordnet: Path) -> list[str]:
    """The single-word nouns whose first sense is in noun.person, sorted."""
    files = lexicographer_files(wordnet / "data.noun")
    out = []
    for line in (wordnet / "index.noun").read_text("latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        lemma, synset_cnt, p_cnt = fields[0], int(fields[2]), int(fields[3])
        offsets = fields[4 + p_cnt + 2 :]
        assert len(offsets) == synset_cnt, line
        if (
            lemma.isalpha()
            and lemma.islower()
            and len(lemma) > 2
            and files[offsets[0]] == NOUN_PERSON
        ):
            out.append(lemma)
    return sorted(out)


def main() -> None:
    wordnet = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    words = person_nouns(wordnet)
    OUT.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} nouns -> {OUT}")


if __name__ == "__main__":
    main()
