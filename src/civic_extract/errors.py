"""The exceptions of civic_extract: one base class, each subclass also a builtin.

Catch ``CivicExtractError`` for anything this library raises on purpose; the builtin bases let
callers that know nothing about us catch ``TypeError`` or ``ValueError`` as usual.
"""

from __future__ import annotations

__all__ = [
    "CivicExtractError",
    "InputTypeError",
    "DecodeError",
    "InputTooLargeError",
    "ModelLoadError",
    "DataError",
    "RecordError",
]


class CivicExtractError(Exception):
    """Base class of every error civic_extract raises on purpose."""


class InputTypeError(CivicExtractError, TypeError):
    """The input is not text: ``extract(None)``, ``extract(42)``, ``extract(b"...")``."""


class OptionError(CivicExtractError, ValueError):
    """An option of the wrong type or out of range: ``Extractor(max_length="x")``,
    ``Extractor(chunk_size=0)``, ``pipe(batch_size=-1)``."""


class DecodeError(CivicExtractError, ValueError):
    """Bytes that are not text (binary), or whose charset could not be told with confidence:
    the message names the file or record when there is one."""


class InputTooLargeError(CivicExtractError, ValueError):
    """The text is longer than the extractor's ``max_length``."""


class ModelLoadError(CivicExtractError, RuntimeError):
    """A bundled model or dictionary could not be loaded."""


class DataError(CivicExtractError, ValueError):
    """A bundled lexicon or rule table is malformed (raised when the extractor is built)."""


class RecordError(CivicExtractError, ValueError):
    """A record that is not an Article's JSON (``Article.from_json``)."""


def type_name(value: object) -> str:
    return type(value).__name__
