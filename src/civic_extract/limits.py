"""What a text must be to be extracted: a str, at most ``max_length`` characters."""

from __future__ import annotations

from .errors import InputTooLargeError, InputTypeError

__all__ = ["DEFAULT_MAX_LENGTH", "check_text"]

DEFAULT_MAX_LENGTH = 20_000_000


def check_text(text: object, max_length: int = DEFAULT_MAX_LENGTH) -> str:
    """``text`` if it is a str within ``max_length``; our documented errors otherwise."""
    if isinstance(text, str):
        if len(text) > max_length:
            raise InputTooLargeError(
                f"text of {len(text):,} characters exceeds max_length={max_length:,}; "
                f"split it, or build Extractor(max_length=...) with a larger limit")
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise InputTypeError(
            f"expected str, got {type(text).__name__}: decode it first, or call "
            f"civic_extract.extract_bytes(data, encoding=None), which detects UTF-8/UTF-16/cp1251")
    raise InputTypeError(f"expected str, got {type(text).__name__}")
