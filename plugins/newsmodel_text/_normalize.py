"""Character-level repair: mojibake, line ends, odd spaces, invisible and control characters.

Every pass is a :func:`~newsmodel_text._offsets.substitute`, so the result
maps back to the decoded source: copied characters one for one, a repaired
character as a replacement of the whole sequence it was made from.
"""

from __future__ import annotations

import contextlib
import re

from newsmodel_text._offsets import Mapped, compose, substitute

__all__ = ["normalize", "repair_mojibake", "repaired"]

# --- mojibake: UTF-8 bytes that were decoded as cp1252 (or Latin-1) ----------

#: Each character that cp1252 or Latin-1 gives for a byte 0x80-0xFF, and that byte.
_BYTE_OF: dict[str, int] = {}
for _byte in range(0x80, 0x100):
    _BYTE_OF[chr(_byte)] = _byte  # Latin-1, including the C1 controls
    with contextlib.suppress(UnicodeDecodeError):  # five bytes cp1252 leaves undefined
        _BYTE_OF[bytes([_byte]).decode("cp1252")] = _byte
_MISREAD_BOM = "\u00ef\u00bb\u00bf"  # "ï»¿": a UTF-8 byte-order mark read as cp1252
# The characters cp1252 (or Latin-1) gives for the bytes 0x80-0x9F.
_HIGH_CONTROLS = frozenset(c for c, b in _BYTE_OF.items() if b < 0xA0)
_AS_LATIN1 = str.maketrans({char: chr(byte) for char, byte in _BYTE_OF.items()})

_CONTINUATION = "[" + "".join(sorted(c for c, b in _BYTE_OF.items() if 0x80 <= b <= 0xBF)) + "]"
_MOJIBAKE = re.compile(
    f"[\u00c2-\u00df]{_CONTINUATION}"
    f"|[\u00e0-\u00ef]{_CONTINUATION}{{2}}"
    f"|[\u00f0-\u00f4]{_CONTINUATION}{{3}}"
)
_MOJIBAKE_LEAD = re.compile("[\u00c2-\u00f4]")
# Characters no mojibake sequence holds (C0 controls, zero-width marks), removed
# before the repair.  C1 controls and the soft hyphen stay: they are bytes of it.
_STRAY = re.compile("[\x00-\x08\x0e-\x1f\x7f\u200b\u200e\u200f\u2060\ufeff]+")
#: How many times text may have been mis-decoded on top of itself.
_MAX_ROUNDS = 3


def _as_utf8(sequence: str) -> str | None:
    try:
        return sequence.translate(_AS_LATIN1).encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None


def _is_strong(sequence: str) -> bool:
    """Whether a sequence is mojibake beyond doubt, not possibly real text.

    The Latin-1 range ("Ã©", "Â ") and any sequence holding a character that
    cp1252 puts at 0x80-0x9F ("â€œ", "æ—¥") are unmistakable; others could be
    real text ("é" before a soft hyphen and a no-break space), except a
    misread byte-order mark, "ï»¿".
    """
    if sequence[0] in "\u00c2\u00c3" or sequence == _MISREAD_BOM:
        return True
    return any(c in _HIGH_CONTROLS for c in sequence[1:])


def _repair_round(text: str, *, evident: bool = False) -> Mapped | None:
    if _MOJIBAKE_LEAD.search(text) is None:
        return None
    matches = [m for m in _MOJIBAKE.finditer(text) if _as_utf8(m.group()) is not None]
    if not matches:
        return None
    evident = evident or any(_is_strong(m.group()) for m in matches)

    def fix(match: re.Match[str]) -> str | None:
        sequence = match.group()
        if not evident and not _is_strong(sequence):
            return None
        return _as_utf8(sequence)

    return substitute(text, _MOJIBAKE, fix)


def repair_mojibake(text: str, *, evident: bool = False) -> Mapped:
    """Undo UTF-8 that was read as cp1252 or Latin-1: "â€œ" → "“", "Ã©" → "é".

    A sequence that could be real text ("Ä±") is repaired only when the text
    holds mojibake beyond doubt, or when ``evident`` says it does.
    """
    mapped = Mapped.identity(text)
    for _ in range(_MAX_ROUNDS):
        repaired = _repair_round(mapped.text, evident=evident)
        if repaired is None:
            break
        mapped = Mapped(repaired.text, compose(repaired.segments, mapped.segments))
    return mapped


# --- noise -------------------------------------------------------------------

_LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\x0b": "\n", "\x0c": "\n", "\x85": "\n"}
_LINE_BREAKS.update({"\u2028": "\n", "\u2029": "\n\n"})
_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# Invisible format characters: zero-width space, word joiner, BOM, soft hyphen,
# Mongolian vowel separator, directional marks and embeddings.
_INVISIBLE = "\u00ad\u180e\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff"
_CONTROLS = "\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f"
_NOISE = re.compile(
    "\r\n?|[\x0b\x0c\x85\u2028\u2029]"
    f"|[{_SPACES}]+"
    f"|[{_INVISIBLE}{_CONTROLS}]+"
    # Zero-width (non-)joiners shape Arabic, Indic and emoji text; beside ASCII
    # or at an edge they are copy-paste litter.
    "|[\u200c\u200d]+(?=[\x00-\x7f]|$)|(?<=[\x00-\x7f])[\u200c\u200d]+|^[\u200c\u200d]+"
)
# Any character the noise pass may change: most texts have none, and one
# character-class search finds that out faster than the pass itself.
_NOISY = re.compile(f"[\r\x0b\x0c\x85\u2028\u2029{_SPACES}{_INVISIBLE}{_CONTROLS}\u200c\u200d]")


def _clean(match: re.Match[str]) -> str:
    found = match.group()
    if found in _LINE_BREAKS:
        return _LINE_BREAKS[found]
    if found[0] in "\u200c\u200d" or not found[0].isspace():
        return ""
    return " " * len(found)


def _then(mapped: Mapped, step: Mapped | None) -> Mapped:
    """``mapped`` rewritten by ``step`` (made from ``mapped.text``), mapped to the first source."""
    if step is None:
        return mapped
    return Mapped(step.text, compose(step.segments, mapped.segments))


def normalize(text: str, *, evident: bool = False) -> Mapped:
    """Repair ``text`` for reading, mapping every character back to ``text``.

    Control characters and zero-width marks that cannot belong to mojibake go
    first, so that one inside a sequence ("â\x00€˜") does not hide it; then
    mojibake is repaired (it can produce no-break spaces); then line ends
    become ``\n``, exotic spaces plain spaces, and the remaining invisible
    and control characters go.  Tabs stay: layout reads them as indentation.
    ``evident`` repairs every possible mojibake sequence (see
    :func:`repair_mojibake`).
    """
    mapped = Mapped.identity(text)
    if _STRAY.search(text) is not None:
        mapped = _then(mapped, substitute(text, _STRAY, lambda _: ""))
    mapped = _then(mapped, repair_mojibake(mapped.text, evident=evident))
    if _NOISY.search(mapped.text) is None:
        return mapped
    return _then(mapped, substitute(mapped.text, _NOISE, _clean))


def repaired(sequence: str) -> str:
    """What a source sequence that became one replacement of a text map reads as, on its own.

    The sequence is normalised with every possible mojibake taken as such:
    in its text, a sequence that could be real text was repaired because
    other mojibake made the repair evident, which the sequence alone cannot
    show.
    """
    return normalize(sequence, evident=True).text
