"""Bytes → str for archives: correct text or a clear ``DecodeError``, never mojibake.

In order:

1. an explicit ``encoding`` is used strictly;
2. a byte-order mark: UTF-8, UTF-16 or UTF-32;
3. NUL bytes without a BOM: UTF-32 or UTF-16 when every character decodes as plain text,
   binary data when they are more than 10 % of the first 4 KiB (a stray NUL stays in the text);
4. valid UTF-8 (the fast path);
5. UTF-8 with a few stray bytes (at most one bad byte per four good non-ASCII characters): each
   bad byte becomes U+FFFD and is counted in ``Decoded.errors`` (``decode_errors`` in
   ``Article.meta``); the text is not switched to another charset for one bad byte;
6. otherwise a single-byte charset: the one a ``<meta charset>`` of an HTML page declares, or
   the one charset-normalizer detects (cp1251, KOI8-R, cp866, MacCyrillic, ISO-8859-5…). The
   result must be clean (charset-normalizer's chaos at most ``MAX_CHAOS``) and Russian-looking
   (Cyrillic letters, no words that mix Cyrillic and Latin letters); when it is not, the
   detection is unsure and ``DecodeError`` names the file or record.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from ..errors import DecodeError, InputTypeError

__all__ = ["Decoded", "decode", "decode_report", "bom_encoding", "detect_single_byte",
           "repair_utf8", "russian_looking", "russian_score", "wide_without_bom",
           "RUSSIAN_CHARSETS", "MAX_CHAOS"]

SAMPLE = 1 << 16
"""How much of a long text tells its single-byte charset."""
MAX_CHAOS = 0.25
"""The highest chaos (charset-normalizer's measure of odd characters) a detected charset may
give; CSV and JSON, with their many signs, reach 0.15 in the right charset."""
#: how much one flaw per 100 Cyrillic letters weighs against one place of mean letter rank
FLAW_WEIGHT = 2.0
#: how much better than the others a charset a page declares need not be to win
STATED_BONUS = 2.0

_BOMS = (  # UTF-32 first: its little-endian BOM starts with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_ALIASES = {"x-mac-cyrillic": "mac_cyrillic", "x-mac-ukrainian": "mac_cyrillic",
            "x-cp1251": "cp1251", "win-1251": "cp1251"}
_META = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""",
                   re.IGNORECASE)
_BAD = re.compile("[\udc80-\udcff]")
_WORD = re.compile(r"[^\W\d_]{2,}")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_NOT_RUSSIAN = re.compile("[\u0400\u0402-\u040f\u0450\u0452-\u04ff]")
_ESCAPE = re.compile(r"\\[nrtbf]")  # JSON's escapes glued to words: \nАким
_MIXED_CASE = re.compile("[а-яё][А-ЯЁ]")
_ODD = "[^\\w\\s\x00-\x7f«»—–…№„“”‘’°]"
_SYMBOL_INSIDE = re.compile(f"(?<=[А-яЁё]){_ODD}|{_ODD}(?=[А-яЁё])")
_RARE = re.compile("[^\\w\\s\x00-\x7f«»—–…№„“”‘’°±×·•€©®™§]")  # ¬ ≈ ∆ ƒ: a wrong charset
_GLUED_ELLIPSIS = re.compile("[…”»—–‘’](?=[а-яё])")  # a sign glued before a small letter
_SMALL_START = re.compile(r"(?:\A|[.!?]\s+)[а-яё]")  # a text or sentence that starts small
LETTER_RANKS = "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё"
"""The Russian letters, most frequent first."""
_RANK = {c: i for i, c in enumerate(LETTER_RANKS)}
RUSSIAN_CHARSETS = ("cp1251", "koi8_r", "cp866", "mac_cyrillic", "iso8859_5")
"""The single-byte charsets of Russian archives, tried when charset-normalizer's own picks
give letters Russian does not use."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, the encoding it was read in, and how many bad bytes became U+FFFD."""

    text: str
    encoding: str
    errors: int = 0


def _fail(name: str | None, message: str) -> DecodeError:
    return DecodeError(f"{name}: {message}" if name else message)


def bom_encoding(head: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark at the start of ``head`` names, and the BOM's length."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding, len(bom)
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if not sample:
        return False
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return b"\x00" in sample or controls / len(sample) > 0.05


def _plain_ratio(text: str) -> float:
    plain = sum(1 for c in text if (c.isprintable() and (c < "\u0530" or "\u2000" <= c < "\u2070"))
                or c in "\n\r\t")
    return plain / len(text) if text else 0.0


def wide_without_bom(data: bytes) -> Decoded | None:
    """UTF-32 or UTF-16 saved without a BOM: every character plain Latin/Cyrillic text."""
    for unit, encodings in ((4, ("utf-32-le", "utf-32-be")), (2, ("utf-16-le", "utf-16-be"))):
        if len(data) % unit:
            continue
        for encoding in encodings:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _plain_ratio(text) > 0.98:
                return Decoded(text, encoding)
    return None


def repair_utf8(data: bytes) -> Decoded | None:
    """``data`` as UTF-8 with its few stray bytes replaced by U+FFFD (one per byte), or None
    when the bad bytes are too many for the text to be UTF-8 (more than one per four good
    non-ASCII characters)."""
    if len(data) > SAMPLE and repair_utf8(data[:SAMPLE]) is None:
        return None  # the start alone has too many bad bytes (a cut character at its end is one)
    text = data.decode("utf-8", errors="surrogateescape")
    repaired, bad = _BAD.subn("\ufffd", text)
    if bad == 0:
        return Decoded(text, "utf-8")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad
    if good < 4 * bad:
        return None
    return Decoded(repaired, "utf-8", bad)


def russian_looking(text: str) -> bool:
    """True when there are Cyrillic words (three, of twelve letters, at least), the letters
    beyond ASCII are Cyrillic and words do not mix Cyrillic with Latin letters (which is what a
    wrong charset, or a random byte in a Latin word, gives)."""
    words = _WORD.findall(_ESCAPE.sub(" ", text))
    cyr_words = [w for w in words if _CYRILLIC.search(w)]
    if len(cyr_words) < 3 or sum(map(len, cyr_words)) < 12:  # too little to tell
        return False
    mixed = sum(1 for w in cyr_words if _LATIN.search(w))
    if mixed * 50 > len(cyr_words):
        return False
    letters = [c for c in text if c > "\x7f" and c.isalpha()]
    cyr = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    return cyr >= 0.9 * len(letters)


def _codec(label: str) -> str | None:
    label = _ALIASES.get(label.lower(), label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _declared(data: bytes) -> str | None:
    """The charset a ``<meta charset>`` (or ``http-equiv`` content) near the top declares."""
    m = _META.search(data[:4096])
    return _codec(m.group(1).decode("ascii")) if m else None


def russian_score(text: str) -> tuple[int, int, int, float]:
    """How wrong a decoding looks as Russian, lower is better.

    In order: words that turn from lower to upper case inside (``ещЮ``); Cyrillic letters
    Russian does not use (``Ђ``); symbols stuck to words (``ПРОШ▌Л``, ``¬етеранам``,
    ``…рлан``, ``—апаров``, an unclosed ``„``), rare signs (``¬``, ``≈``) and sentences that
    start with a small letter (``‘орум фонд``); the mean frequency rank of the Cyrillic letters
    (an all-caps text read in the charset that swaps the cases gives rare letters: ``чюетб``
    for ``ВЧЕРА``)."""
    text = _ESCAPE.sub(" ", text)
    mixed, foreign, inside = _flaws(text)
    ranks = [_RANK.get(c, len(LETTER_RANKS)) for c in text.lower() if c in _RANK]
    return (mixed, foreign, inside + len(_SMALL_START.findall(text)),
            sum(ranks) / len(ranks) if ranks else 99.0)


def _badness(text: str) -> float:
    """``russian_score`` as one figure: the flaws per 100 Cyrillic letters, times
    ``FLAW_WEIGHT``, plus the letters' mean frequency rank. A stray byte is one flaw in a
    whole text, while the wrong charset makes every word odd or its letters rare: the density
    of flaws, not their count, tells them apart."""
    mixed, foreign, inside, rank = russian_score(text)
    letters = max(1, len(_CYRILLIC.findall(text)))
    return (mixed + foreign + inside) * 100 / letters * FLAW_WEIGHT + rank


def _flaws(text: str) -> tuple[int, int, int]:
    mixed = len(_MIXED_CASE.findall(text))
    foreign = len(_NOT_RUSSIAN.findall(text))
    inside = (len(_SYMBOL_INSIDE.findall(text)) + len(_GLUED_ELLIPSIS.findall(text))
              + len(_RARE.findall(text))
              + max(0, text.count("„") - text.count("“") - text.count("”")))
    return mixed, foreign, inside


def _few_flaws(text: str) -> bool:
    """At most one flaw (``russian_score``'s first three counts, a sentence that starts small
    aside: that only ranks) per 50 Cyrillic letters, or one in all (a stray byte in a short
    text: the ranking then tells it from a wrong charset)."""
    flaws = sum(_flaws(_ESCAPE.sub(" ", text)))
    return flaws <= 1 or flaws * 50 <= len(_CYRILLIC.findall(text))


def detect_single_byte(data: bytes) -> tuple[str | None, str]:
    """The single-byte charset of ``data`` and its text, or ``(None, why)`` when unsure.

    The candidates are charset-normalizer's picks, and the Russian charsets it is limited to;
    those that are clean (chaos at most ``MAX_CHAOS``) and Russian-looking are ranked by
    ``russian_score`` (cp1251 and MacCyrillic, KOI8-R of a text in capitals and of one in
    small letters, are near misses of each other). A long text is told by its first
    ``SAMPLE`` bytes, then decoded whole in that charset."""
    if len(data) <= SAMPLE:
        return _detect(data)
    cut = data.rfind(b"\n", SAMPLE // 2, SAMPLE)
    encoding, why = _detect(data[:cut if cut > 0 else SAMPLE])
    if encoding is None:
        return None, why
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as ex:
        return None, f"{encoding}, told from its start, fails at byte {ex.start}"
    if not _few_flaws(text):  # another charset further on (a UTF-8 part after cp1251)
        return None, f"{encoding}, told from its start, does not fit the rest"
    return encoding, text


def _detect(data: bytes) -> tuple[str | None, str]:
    from charset_normalizer import from_bytes

    declared = _declared(data)
    stated = None
    if declared is not None and not declared.startswith("utf"):
        stated = from_bytes(data, cp_isolation=[declared]).best()
        stated = stated if stated is not None and stated.chaos <= MAX_CHAOS else None
    matches = list(from_bytes(data))
    extra = list(from_bytes(data, cp_isolation=list(RUSSIAN_CHARSETS)))
    ranked = []
    for i, m in enumerate(([stated] if stated else []) + matches + extra):
        text = str(m)
        if m.chaos <= MAX_CHAOS and russian_looking(text) and _few_flaws(text):
            ranked.append((_badness(text) - (STATED_BONUS if m is stated else 0.0), i, m))
    if ranked:
        match = min(ranked, key=lambda r: r[:2])[2]
        return match.encoding, str(match)
    if stated is not None:  # a page that says what it is, clean but not Russian
        return stated.encoding, str(stated)
    if not matches:
        return None, "no charset decodes it as text"
    best = matches[0]
    if best.chaos > MAX_CHAOS:
        return None, f"best guess {best.encoding} leaves {best.chaos:.0%} odd characters"
    return None, (f"best guess {best.encoding} ({best.language or 'unknown language'}) "
                  f"does not give Russian text")


def _strict(data: bytes, encoding: str, name: str | None) -> Decoded:
    codec = _codec(encoding)
    if codec is None:
        raise _fail(name, f"cannot decode as {encoding}: unknown encoding")
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError as ex:
        raise _fail(name, f"cannot decode as {encoding}: {ex}") from None


def decode_report(data: bytes, encoding: str | None = None, *, name: str | None = None
                  ) -> Decoded:
    """Decode ``data`` (``encoding=None``: detect it) and tell how; raises ``DecodeError``
    (naming ``name``, a file or record, when given) on binary data or an unsure charset."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise InputTypeError(f"expected bytes, got {type(data).__name__}")
    data = bytes(data)
    if encoding is not None:
        return _strict(data, encoding, name)
    bom = bom_encoding(data)
    if bom is not None:
        codec, size = bom
        if codec == "utf-8":
            repaired = repair_utf8(data[size:])
            if repaired is None:
                raise _fail(name, "invalid UTF-8 after a UTF-8 BOM")
            return repaired
        return _strict(data[size:], codec, name)
    head = data[:4096]
    if b"\x00" in head:  # UTF-16/32 without a BOM, binary data, or a stray NUL in the text
        wide = wide_without_bom(data)
        if wide is not None:
            return wide
        if head.count(0) * 10 > len(head):
            raise _fail(name, "the data looks binary (NUL bytes), not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    repaired = repair_utf8(data)
    if repaired is not None:
        return repaired
    if _looks_binary(data):
        raise _fail(name, "the data looks binary (control bytes), not text")
    detected, text = detect_single_byte(data)
    if detected is None:
        raise _fail(name, f"not UTF-8, and its charset is unsure: {text}; give the encoding")
    return Decoded(text, detected)


def decode(data: bytes, encoding: str | None = None, *, name: str | None = None) -> str:
    """Decode ``data``; ``encoding=None`` detects it. Raises ``DecodeError`` on non-text."""
    return decode_report(data, encoding, name=name).text
