"""Regenerate ``_analysis/data/reporting_verbs.tsv`` and ``tag_verbs.tsv`` from VerbNet.

Reporting verbs are the members of VerbNet's communication classes, and of
its nonverbal-expression class for the tags of feature writing ("…," she
laughs) (``tools/verbnet_members.tsv``: class, lemma), inflected with
lemminflect.
A member whose usual sense in news prose is not a verb of speaking ("boom",
"sing", "smile", "call") is left out: one stray cue before a quote makes the
wrong clause the attribution, and precision of speakers matters more than
coverage.  Particle verbs ("go_on", "fess_up") keep their particle.

Those left-out members still mark speech in one place: as the whole predicate of a
tag after a quote ("“…,” Okafor snapped.", "“No,” he pressed."), where no other
sense fits.  Their past forms go to ``tag_verbs.tsv`` for that use.

Usage (lemminflect is needed only here, never at run time)::

    pip install lemminflect
    python tools/reporting_verbs.py                     # re-inflect the member list
    python tools/reporting_verbs.py --verbnet DIR       # first refresh it from VerbNet XML

``DIR`` is the ``verbnet3.4`` directory of a VerbNet checkout.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEMBERS = ROOT / "tools" / "verbnet_members.tsv"
OUT = ROOT / "src" / "newsmodel" / "_analysis" / "data" / "reporting_verbs.tsv"
TAG_OUT = OUT.with_name("tag_verbs.tsv")
#: Left out even as tags: too vague to mean speech ("“…,” he went").
NEVER_TAGS = frozenset({"be_like", "go", "go_like"})
#: Past forms that are nouns first ("crew": "the flight crew").
NOUN_PASTS = frozenset({"crew"})

#: The VerbNet classes read; every subclass comes along.  A subclass id
#: ("urge-58.1-1-1") reads only that subclass from its class's file.
CLASSES = (
    "say-37.7",
    "manner_speaking-37.3",
    "complain-37.8",
    "advise-37.9",
    "confess-37.10",
    "beg-58.2",
    "tell-37.2",
    "lecture-37.11",
    "transfer_mesg-37.1.1",
    "nonverbal_expression-40.2",
    # Only the subclass whose frame is "NP V NP that S" ("implored them that …"):
    # its parent's other members (force, push, summon, tempt) are no speech.
    "urge-58.1-1-1",
)

#: Members whose commonest sense in news is not speech, or which are too
#: vague to mark an attribution ("go", "be like"), or whose form is mostly a
#: noun there ("press": "the press", "Press Secretary"): decided once, for the
#: class as a whole, not from errors.
EXCLUDED = frozenset(
    """
    be_like go go_like leak promulgate venture convey relate volunteer purpose
    boom bray burble call carol chirp cluck croak crow drone gabble gibber hoot keen lilt
    lisp mewl nasal natter pant purr quaver rumble sibilate simper sing smatter smile snap
    snivel snuffle squall squawk squeak stemmer thunder tisk trill trumpet twang twitter
    warble wheeze whistle witter whoop yammer yap yodel blare gurgle hum
    alert brief educate encourage notify instruct object lobby pressure prod press
    acquaint update remind dwell demonstrate justify pose verify corroborate illustrate
    outline boil_down write_in sniff cough frown gape gawk glare glower goggle grimace lour
    pout scowl snore yawn hem beam grin smirk blubber
    """.split()
)

_HEADER = """\
# Reporting verbs: every inflected form of the communication verbs of VerbNet 3.4.
# Origin: VerbNet 3.4 (https://verbs.colorado.edu/verbnet/), classes {classes}
# and their subclasses; forms generated with lemminflect by tools/reporting_verbs.py
# (do not edit by hand: edit tools/verbnet_members.tsv or the script, then rerun it).
# Licence: VerbNet is freely licensed for use, copying and modification with
# acknowledgement; this file is derived data.
# Columns: form, lemma (a particle verb as "verb particle"), VerbNet class, Penn tags
# of the form (VB base, VBD past, VBG -ing, VBN participle, VBP/VBZ present).
"""


_TAG_HEADER = """\
# Tag verbs: past forms of VerbNet 3.4 communication verbs that are no
# reporting verb anywhere else ("pressed", "snapped", "smiled"), for a tag after a
# quote whose whole predicate they are ("“…,” Okafor snapped.").
# Origin: VerbNet 3.4 (https://verbs.colorado.edu/verbnet/), the members left out of
# reporting_verbs.tsv; forms generated with lemminflect by tools/reporting_verbs.py
# (do not edit by hand).
# Licence: VerbNet is freely licensed for use, copying and modification with
# acknowledgement; this file is derived data.
# Columns: form, lemma, VerbNet class.
"""


def read_verbnet(directory: Path) -> list[tuple[str, str]]:
    """(class id, member lemma) for the classes read, from VerbNet XML files."""
    out: list[tuple[str, str]] = []
    for wanted in CLASSES:
        stem = "-".join(wanted.split("-")[:2])  # "urge-58.1-1-1" is in urge-58.1.xml
        root = ET.parse(directory / f"{stem}.xml").getroot()
        for cls in [root, *root.iter("VNSUBCLASS")]:
            cid = cls.get("ID", stem)
            if cid != wanted and not cid.startswith(f"{wanted}-"):
                continue
            members = cls.find("MEMBERS")
            for member in members if members is not None else []:
                out.append((cid, member.get("name", "")))
    return out


def read_members() -> list[tuple[str, str]]:
    """The (class, lemma) pairs of ``tools/verbnet_members.tsv``."""
    rows = []
    for line in MEMBERS.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cls, lemma = line.split("\t")
            rows.append((cls, lemma))
    return rows


def forms(lemma: str) -> dict[str, set[str]]:
    """Every verb form of ``lemma`` with its Penn tags; a particle verb inflects its verb."""
    from lemminflect import getAllInflections, getAllInflectionsOOV

    verb, _, particle = lemma.partition("_")
    found = getAllInflections(verb, upos="VERB") or getAllInflectionsOOV(verb, upos="VERB")
    out: dict[str, set[str]] = {verb: {"VB"}}
    for tag, fs in found.items():
        for f in fs:
            out.setdefault(f, set()).add(tag)
    return {(f"{f} {particle}" if particle else f): tags for f, tags in out.items()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verbnet", type=Path, help="a VerbNet verbnet3.4 directory to read")
    args = ap.parse_args()
    if args.verbnet is not None:
        rows = read_verbnet(args.verbnet)
        head = [line for line in MEMBERS.read_text("utf-8").splitlines() if line.startswith("#")]
        body = ["\t".join(r) for r in sorted(set(rows))]
        MEMBERS.write_text("\n".join([*head, *body]) + "\n", encoding="utf-8")
    table: dict[str, tuple[str, str, set[str]]] = {}
    for cls, lemma in read_members():
        if lemma in EXCLUDED:
            continue
        for form, tags in sorted(forms(lemma).items()):
            entry = table.setdefault(form, (lemma.replace("_", " "), cls, set()))
            entry[2].update(tags)
    lines = [
        f"{form}\t{lemma}\t{cls}\t{','.join(sorted(tags))}"
        for form, (lemma, cls, tags) in sorted(table.items())
    ]
    OUT.write_text(_HEADER.format(classes=", ".join(CLASSES)) + "\n".join(lines) + "\n", "utf-8")
    print(f"{len(lines)} forms written to {OUT.relative_to(ROOT)}", file=sys.stderr)
    tags_only: dict[str, tuple[str, str]] = {}
    for cls, lemma in read_members():
        if lemma not in EXCLUDED or lemma in NEVER_TAGS or "_" in lemma:
            continue
        for form, tags in sorted(forms(lemma).items()):
            # (past forms only: present ones are mostly plural nouns, "the pants")
            if "VBD" in tags and form not in table and form not in NOUN_PASTS:
                tags_only.setdefault(form, (lemma, cls))
    tag_lines = [f"{form}\t{lemma}\t{cls}" for form, (lemma, cls) in sorted(tags_only.items())]
    TAG_OUT.write_text(_TAG_HEADER + "\n".join(tag_lines) + "\n", "utf-8")
    print(f"{len(tag_lines)} forms written to {TAG_OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
