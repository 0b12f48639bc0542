"""Bytes to text: byte-order marks, UTF-8, and the legacy fallback."""

from __future__ import annotations

import codecs

__all__ = ["decode"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> str:
    """Decode a text dump: a byte-order mark wins, then UTF-8, then cp1252.

    cp1252 is the common legacy encoding of Western news text; bytes it does
    not define are read as Latin-1 so that decoding never fails.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return "".join(_cp1252_or_latin1(data))


def _cp1252_or_latin1(data: bytes) -> list[str]:
    out = []
    for byte in data:
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return out
