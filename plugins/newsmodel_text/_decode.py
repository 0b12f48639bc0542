"""Bytes to text: byte-order marks, BOM-less UTF-16, UTF-8, and the legacy fallback.

The string :func:`decode` returns is the *decoded source*: the offsets of
:attr:`Document.source_map` and of every :class:`Debris` span point into it.
"""

from __future__ import annotations

import codecs

__all__ = ["decode", "looks_like_utf16"]

# UTF-32 before UTF-16: the UTF-32 little-endian mark begins with the UTF-16 one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: cp1252 leaves five bytes undefined; they are read as their Latin-1 code points.
_LEGACY_ERRORS = "newsmodel-latin1"


def _latin1_for_undefined(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start : error.end]
    return bytes(chunk).decode("latin-1"), error.end


codecs.register_error(_LEGACY_ERRORS, _latin1_for_undefined)


def bom_encoding(data: bytes) -> str | None:
    """The codec named by ``data``'s byte-order mark, if it has one."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def looks_like_utf16(head: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` for BOM-less UTF-16 of mostly Latin text.

    Latin text in UTF-16 has a NUL in every other byte: the high byte of
    each code unit.  Binary data rarely keeps that rhythm for long.
    """
    sample = head[:4096]
    if len(sample) < 8:
        return None
    half = len(sample) // 2
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls >= 0.7 * half and even_nuls <= 0.05 * half:
        return "utf-16-le"
    if even_nuls >= 0.7 * half and odd_nuls <= 0.05 * half:
        return "utf-16-be"
    return None


def decode(data: bytes) -> str:
    """Decode a text dump; never fails.

    A byte-order mark wins, then BOM-less UTF-16, then strict UTF-8, then
    cp1252 (the common legacy encoding of Western news text) with Latin-1
    for the bytes cp1252 leaves undefined.  The mark itself is not part of
    the result.
    """
    encoding = bom_encoding(data) or looks_like_utf16(data)
    if encoding is not None:
        return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors=_LEGACY_ERRORS)
