"""Lines to blocks: title, headings, captions, paragraphs and debris."""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrs import define, field

from newsmodel import Block, BlockKind, Debris, Document, OffsetMap, Span

__all__ = ["read_layout"]

_DEBRIS = [
    (
        "counter",
        re.compile(r"^\d[\d,.]*\s*[kKmM]?\s+(?:views?|reads?|shares?|comments?|likes?)$", re.I),
    ),
    ("share", re.compile(r"^(?:share|share this|share on \w+|tweet|email|print|copy link)$", re.I)),
    ("advertisement", re.compile(r"^(?:advertisement|advert|sponsored|ad|promoted)$", re.I)),
    (
        "related",
        re.compile(r"^(?:read more|related|see also|more from [\w ]+|recommended)\b.{0,80}$", re.I),
    ),
    ("follow", re.compile(r"^follow us on\b.{0,80}$", re.I)),
    ("newsletter", re.compile(r"^(?:sign up|subscribe)\b.{0,120}$", re.I)),
]
_WORD = re.compile(r"[\w’'-]+")
_LOWER_OK = frozenset(
    "a an the of in on at to for and or but vs via with from by as nor per".split()
)
_TITLE_ABBREVIATIONS = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Rev|St|U\.S|U\.K)\.$"
)


@define
class _Line:
    start: int
    end: int
    text: str


def _lines(source: str) -> Iterator[_Line | None]:
    """Stripped lines with offsets; ``None`` for a blank line."""
    for m in re.finditer(r"[^\r\n]*(?:\r\n|\r|\n|$)", source):
        if m.start() == len(source) and not m.group():
            break
        raw = m.group().rstrip("\r\n")
        stripped = raw.strip()
        if not stripped:
            yield None
            continue
        lead = len(raw) - len(raw.lstrip())
        start = m.start() + lead
        yield _Line(start, start + len(stripped), stripped)


def _is_title_like(text: str) -> bool:
    words = _WORD.findall(text)
    if not 1 <= len(words) <= 16 or text[-1:] in ".,;" or text.endswith("…"):
        return False
    capped = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    lower = [w for w in words if not (w[:1].isupper() or w[:1].isdigit())]
    return capped >= 1 and all(w.lower() in _LOWER_OK for w in lower)


def _is_caption(text: str) -> bool:
    words = _WORD.findall(text)
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and text[-1:] not in ".:?!"


@define
class _Builder:
    source: str
    pieces: list[str] = field(factory=list)
    segments: list[tuple[int, int, int]] = field(factory=list)
    blocks: list[Block] = field(factory=list)
    pos: int = 0

    def _append(self, line: _Line) -> None:
        self.segments.append((self.pos, line.start, line.end - line.start))
        self.pieces.append(line.text)
        self.pos += len(line.text)

    def block(self, kind: BlockKind, lines: list[_Line]) -> None:
        if self.blocks:
            self.pieces.append("\n\n")
            self.pos += 2
        start = self.pos
        for i, line in enumerate(lines):
            if i:
                self.pieces.append(" ")
                self.pos += 1
            self._append(line)
        self.blocks.append(Block(kind=kind, start=start, end=self.pos))


def _paragraphs(source: str) -> list[list[_Line]]:
    """Groups of consecutive non-blank lines; single-newline dumps give one line each."""
    groups: list[list[_Line]] = []
    cur: list[_Line] = []
    for line in _lines(source):
        if line is None:
            if cur:
                groups.append(cur)
            cur = []
        else:
            cur.append(line)
    if cur:
        groups.append(cur)
    return groups


def _ends_open(text: str) -> bool:
    """A paragraph broken mid-sentence: after a title abbreviation or a lower-case word."""
    return bool(_TITLE_ABBREVIATIONS.search(text)) or bool(
        re.search(r"[a-z,]$", text) and len(text) > 60
    )


def read_layout(source: str) -> Document:
    """Read the layout of a plain-text article."""
    groups = _paragraphs(source)
    debris: list[Debris] = []
    title: str | None = None
    b = _Builder(source)
    kept: list[tuple[BlockKind, list[_Line]]] = []
    for gi, group in enumerate(groups):
        text = " ".join(line.text for line in group)
        kind = next((k for k, rx in _DEBRIS if rx.match(text)), None)
        if kind:
            debris.append(
                Debris(kind=kind, text=text, source=Span(start=group[0].start, end=group[-1].end))
            )
            continue
        if title is None and not kept and len(group) == 1:
            nxt = " ".join(line.text for line in groups[gi + 1]) if gi + 1 < len(groups) else ""
            words = len(_WORD.findall(text))
            if words <= 3 and text.islower() and nxt and _is_title_like(nxt):
                # A category or tag line above the headline: "trump", "world news".
                debris.append(
                    Debris(
                        kind="tag", text=text, source=Span(start=group[0].start, end=group[0].end)
                    )
                )
                continue
            if _is_title_like(text) and (words >= 3 or not nxt):
                title = text
                continue
        if len(group) == 1 and kept and _is_caption(text):
            kept.append((BlockKind.CAPTION, group))
        elif len(group) == 1 and kept and _is_title_like(text) and len(_WORD.findall(text)) >= 2:
            kept.append((BlockKind.HEADING, group))
        elif (
            kept
            and kept[-1][0] is BlockKind.PARAGRAPH
            and _ends_open(" ".join(x.text for x in kept[-1][1]))
            and text[:1].isalpha()
        ):
            kept[-1][1].extend(group)
        else:
            kept.append((BlockKind.PARAGRAPH, list(group)))
    for kind, lines in kept:
        b.block(kind, lines)
    return Document(
        text="".join(b.pieces),
        blocks=b.blocks,
        title=title,
        debris=debris,
        source_map=OffsetMap(segments=b.segments),
    )
