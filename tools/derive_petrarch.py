#!/usr/bin/env python3
"""Derive newsmodel's agent-noun and organisation lists from PETRARCH2's Phoenix dictionaries.

Usage (from the project root):
    python tools/derive_petrarch.py ../shared/reference/petrarch2

Writes ``src/newsmodel/_analysis/data/agents.txt`` (agent nouns: what people are
called by occupation or group, one per line, lower case),
``src/newsmodel/_analysis/data/given_names_world.txt`` (the given names of the
office holders the per-country lists name, from every country) and
``src/newsmodel/_analysis/data/organizations_phoenix.txt`` (names of multinational
companies, NGOs and intergovernmental organisations, one per line).  People
listed in the actors file (entries with dated roles, such as secretaries-general)
are left out: a name there is not an organisation.  Standard library only.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "src" / "newsmodel" / "_analysis" / "data"
HEADER = """\
# {what}
# Derived by tools/derive_petrarch.py from {source} of PETRARCH2
# (https://github.com/openeventdata/petrarch2, commit 676801c), Copyright (c) 2014
# Open Event Data Alliance, MIT License: permission is hereby granted, free of charge,
# to any person obtaining a copy of this software and associated documentation files,
# to deal in the Software without restriction, provided the copyright notice and this
# permission notice are included in all copies or substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
"""
_ORG_WORDS = frozenset(
    "INTERNATIONAL CENTER CENTRE SOCIETY AID FUND COUNCIL WATCH ACTION FOUNDATION INSTITUTE "
    "NETWORK ALLIANCE UNION ASSOCIATION COMMITTEE COMMISSION ORGANIZATION ORGANISATION "
    "PROGRAMME PROGRAM BANK RIGHTS RELIEF MISSION FORUM".split()
)
_TITLES = frozenset("LADY BARONESS BARON SIR DAME DR MR MRS MS LORD PRESIDENT SECRETARY".split())
_PERSON_FORMS = ("man", "men", "woman", "women", "person")


def _phrase(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split()).strip()


def agents(path: Path) -> list[str]:
    """Agent nouns, with PETRARCH's !PERSON! and !MINIST! macros expanded."""
    out: set[str] = set()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or "=" in line or "[" not in line:
            continue
        head = line.split("[", 1)[0]
        plural = re.search(r"\{([^}]*)\}", head)
        head = re.sub(r"\{[^}]*\}", "", head)
        forms = [head, *(plural.group(1).split(",") if plural else [])]
        for form in forms:
            form = form.strip().lower()
            if not form:
                continue
            variants = [form]
            if "!person!" in form:
                variants = [form.replace("!person!", p) for p in _PERSON_FORMS]
            if "!minist!" in form:
                variants = [form.replace("!minist!", m) for m in ("minister", "ministers")]
            for v in variants:
                v = _phrase(v)
                if v and re.fullmatch(r"[a-z][a-z .'-]*", v):
                    out.add(v)
    return sorted(out)


def organizations(path: Path) -> list[str]:
    """Organisation names and their alternates; entries for people are skipped."""
    out: set[str] = set()
    block: list[str] = []
    codes: list[str] = []

    def flush() -> None:
        is_person = any(re.search(r"\d{6}|ELI", c) for c in codes)
        company = any(c.startswith("[MNC") for c in codes)
        is_org = company or any(re.match(r"\[(?:NGO|IGO)", c) for c in codes)
        if block and is_org and not is_person:
            # The NGO and IGO lists also name people who work there ("LOUISE_ARBOUR_"):
            # a two-word name is kept only for a company (named after its founders
            # or not) or with an organisational word in it.
            out.update(
                n
                for n in block
                if n.split()[0] not in _TITLES
                and (company or len(n.split()) != 2 or set(n.split()) & _ORG_WORDS)
            )
        block.clear()
        codes.clear()

    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        text, _, _comment = line.partition("#")
        if not text.strip():
            continue
        found = re.findall(r"\[[^\]]*\]", text)
        name = re.sub(r"\[[^\]]*\]", "", text).strip()
        if text[:1] not in "+\t " and name:
            flush()
        if name:
            name = _phrase(re.sub(r"\([^)]*\)", "", name.lstrip("+")))
            # Three letters or more, and not a bare acronym PETRARCH uses for codes.
            if len(name) >= 3 and re.fullmatch(r"[A-Z0-9][A-Z0-9 .&'-]*", name):
                block.append(name)
        codes.extend(found)
    flush()
    return sorted(out)


#: Honorifics, ranks and particles that open a person's entry before the given name.
_NOT_GIVEN = frozenset(
    """
    AL EL BIN BEN IBN ABU UMM DE DI DA DOS DAS DEL DELLA DU LA LE VAN VON DER DEN TE
    MULLAH HAJI HAJJI MAWLAWI MAULANA SHEIKH SHAIKH SHEIK SAYYID SAYED SEYED AYATOLLAH IMAM
    EMIR AMIR KING QUEEN PRINCE PRINCESS SULTAN SHAH CROWN GRAND DUKE ARCHDUKE CHIEF
    GENERAL GEN COLONEL COL MAJOR CAPTAIN LIEUTENANT ADMIRAL MARSHAL FIELD BRIGADIER
    PRESIDENT PRIME MINISTER SECRETARY SENATOR JUDGE JUSTICE BISHOP CARDINAL POPE FATHER
    REV REVEREND SAINT ST DR MR MRS MS SIR DAME LADY LORD BARON BARONESS COUNT COUNTESS
    """.split()
)


def office_holder_names(path: Path) -> Iterator[list[str]]:
    """The words of each office holder's name in the per-country lists, in order.

    A person's entry is a name line followed by role codes with dates of office
    ("[AFGGOV 331108-730717]"); an institution with dated codes is left out, and
    honorifics, ranks and name particles before the given name are skipped.
    """
    name: str | None = None
    dated = False
    for line in [*path.read_text(encoding="utf-8", errors="replace").splitlines(), "END"]:
        text = line.partition("#")[0]
        if not text.strip():
            continue
        if text[:1] not in "+\t [":
            if name is not None and dated:
                words = name.split()
                if not (set(words) & (_ORG_WORDS | _BODY_WORDS)) and 2 <= len(words) <= 5:
                    while words and words[0] in _NOT_GIVEN:
                        words.pop(0)
                    yield words
            name, dated = _phrase(text), False
        elif re.search(r"\[[A-Z]{3}[A-Z]* [<>]?\d{6}", text):
            dated = True


def given_names(path: Path) -> list[str]:
    """Given names: the first word of each office holder's name in the per-country
    lists (:func:`office_holder_names`); words of one or two letters are left out."""
    seen: dict[str, set[str]] = {}
    for words in office_holder_names(path):
        if len(words) >= 2 and re.fullmatch(r"[A-Z][A-Z'-]{2,}", words[0]):
            seen.setdefault(words[0].capitalize(), set()).add(" ".join(words))
    # Borne by two office holders at least: a word that opens one entry by
    # accident ("Deep", "Eid") is less often a given name in the news.
    return sorted(n for n, people in seen.items() if len(people) >= _MIN_BEARERS)


#: How many different office holders must bear a given name for it to count.
_MIN_BEARERS = 2
#: Words of institutions' entries in the per-country lists.
_BODY_WORDS = frozenset(
    "ASSEMBLY PARTY PARLIAMENT CONGRESS COURT ARMY FRONT MOVEMENT GOVERNMENT MINISTRY "
    "REPUBLIC STATE ISLAMIC NATIONAL PEOPLE PEOPLES FORCES GUARD POLICE".split()
)


def main() -> int:
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/reference/petrarch2")
    nouns = agents(src / "Phoenix.agents.txt")
    (DATA / "agents.txt").write_text(
        HEADER.format(
            what="Agent nouns: what people are called by occupation or group.",
            source="Phoenix.agents.txt",
        )
        + "\n".join(nouns)
        + "\n",
        encoding="utf-8",
    )
    orgs = organizations(src / "Phoenix.International.actors.txt")
    (DATA / "organizations_phoenix.txt").write_text(
        HEADER.format(
            what="Companies, NGOs and international organisations, by name.",
            source="Phoenix.International.actors.txt",
        )
        + "\n".join(orgs)
        + "\n",
        encoding="utf-8",
    )
    names = given_names(src / "Phoenix.Countries.actors.txt")
    (DATA / "given_names_world.txt").write_text(
        HEADER.format(
            what="Given names of office holders of every country, capitalised.",
            source="Phoenix.Countries.actors.txt",
        )
        + "\n".join(names)
        + "\n",
        encoding="utf-8",
    )
    print(f"{len(nouns)} agent nouns, {len(orgs)} organisations, {len(names)} given names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
