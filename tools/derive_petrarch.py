#!/usr/bin/env python3
"""Derive newsmodel's agent-noun and organisation lists from PETRARCH2's Phoenix dictionaries.

Usage (from the project root):
    python tools/derive_petrarch.py ../shared/reference/petrarch2

Writes ``src/newsmodel/_analysis/data/agents.txt`` (agent nouns: what people are
called by occupation or group, one per line, lower case) and
``src/newsmodel/_analysis/data/organizations_phoenix.txt`` (names of multinational
companies, NGOs and intergovernmental organisations, one per line).  People
listed in the actors file (entries with dated roles, such as secretaries-general)
are left out: a name there is not an organisation.  Standard library only.
"""

from __future__ import annotations

import re
import sys
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
    print(f"{len(nouns)} agent nouns, {len(orgs)} organisations")
    return 0


if __name__ == "__main__":
    sys.exit(main())
