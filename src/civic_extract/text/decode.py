"""Bytes → str for archives: UTF-8 (BOM or not), UTF-16 (BOM), cp1251; binary is refused."""

from __future__ import annotations

import codecs

from ..errors import DecodeError, InputTypeError

__all__ = ["decode"]


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return b"\x00" in sample or controls / len(sample) > 0.05


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM: NULs in every other byte of ASCII, 0x04 of Cyrillic."""
    if len(data) % 2:
        return None
    for enc in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        plain = sum(1 for c in text if (c.isprintable() and (c < "\u0530" or
                                                             "\u2000" <= c < "\u2070"))
                    or c in "\n\r\t")
        if text and plain / len(text) > 0.98:
            return text
    return None


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode ``data``; ``encoding=None`` detects it. Raises DecodeError on non-text."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InputTypeError(f"expected bytes, got {type(data).__name__}")
    data = bytes(data)
    if encoding is not None:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as ex:
            raise DecodeError(f"cannot decode as {encoding}: {ex}") from None
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8")
        except UnicodeDecodeError as ex:
            raise DecodeError(f"invalid UTF-8 after a UTF-8 BOM: {ex}") from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as ex:
            raise DecodeError(f"invalid UTF-16: {ex}") from None
    if b"\x00" in data[:4096]:
        guess = _utf16_without_bom(data)
        if guess is not None:
            return guess
        raise DecodeError("the data looks binary (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        raise DecodeError("the data looks binary (NUL or control bytes), not text")
    text = data.decode("cp1251", errors="replace")
    letters = sum(1 for c in text if c.isalpha())
    cyr = sum(1 for c in text if "\u0400" <= c <= "\u04ff")
    if "\ufffd" in text or (letters and cyr / letters < 0.3 and letters > 20):
        raise DecodeError("not UTF-8, UTF-16 or cp1251 text")
    return text
