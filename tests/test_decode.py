"""Bytes → text: each encoding of Russian archives decoded right, or a clear DecodeError,
never mojibake; one stray byte in UTF-8 replaced and counted."""

from __future__ import annotations

import random

import pytest

import civic_extract
from civic_extract.errors import DecodeError
from civic_extract.text.decode import decode, decode_report, russian_looking

# Our own sentences, 40+ characters, with capitals, ё, digits and punctuation.
TEXTS = [
    "Аким района Ерлан Кусаинов открыл новую школу на 300 мест в селе Ключи.",
    "Депутаты городского маслихата утвердили бюджет, ещё раз обсудив расходы.",
    "ВЧЕРА В ОБЛАСТНОМ ЦЕНТРЕ ПРОШЁЛ ФОРУМ НЕКОММЕРЧЕСКИХ ОРГАНИЗАЦИЙ — «ГОЛОС».",
    "Съешь же ещё этих мягких французских булок, да выпей чаю: №5, 2021 год.",
]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
             "utf-32-be", "cp1251", "koi8-r", "cp866", "mac-cyrillic", "iso8859-5"]


def representable(text: str, encoding: str) -> str:
    """``text`` with the signs ``encoding`` lacks (« » — №) put in ASCII."""
    plain = {"«": '"', "»": '"', "—": "-", "№": "N"}
    return "".join(c if c.encode(encoding, "ignore") else plain.get(c, "?") for c in text)


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("text", TEXTS)
def test_every_encoding_is_decoded_right(text, encoding):
    text = representable(text, encoding)
    decoded = decode_report(text.encode(encoding))
    assert decoded.text == text
    assert decoded.errors == 0


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "cp866", "mac-cyrillic",
                                      "iso8859-5"])
def test_a_longer_legacy_text_with_line_breaks(encoding):
    text = representable("\n".join(TEXTS) * 20, encoding)
    assert decode(text.encode(encoding)) == text


def test_valid_utf8_stays_utf8_even_when_it_looks_like_something_else():
    # Cyrillic in UTF-8 decodes as cp1251 too ("Рђ…"): the fast path must win
    text = TEXTS[0]
    assert decode_report(text.encode("utf-8")).encoding == "utf-8"
    assert decode(b"plain ascii, nothing else") == "plain ascii, nothing else"


@pytest.mark.parametrize("stray", [b"\xff", b"\xc0", b"\xe0\x80", b"\x98"])
@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_one_stray_byte_in_utf8_is_replaced_and_counted(stray, where):
    body = ("Аким области " * 50).encode()
    cut = body.index(b" ", 300)
    data = {"start": stray + body, "middle": body[:cut] + stray + body[cut:],
            "end": body + stray}[where]
    decoded = decode_report(data)
    assert decoded.encoding == "utf-8"
    assert decoded.errors == len(stray)
    assert decoded.text.count("\ufffd") == len(stray)
    assert decoded.text.replace("\ufffd", "") == body.decode()


def test_extract_bytes_reports_the_stray_byte_in_meta():
    data = "Аким Павлодарской области Ермек Маржикпаев встретился с жителями. ".encode() * 3
    article = civic_extract.extract_bytes(data + b"\xff")
    assert article.meta is not None and article.meta["decode_errors"] == "1"
    assert "Маржикпаев" in article.text and "Рђ" not in article.text
    assert civic_extract.extract_bytes(data).meta is None


@pytest.mark.parametrize("encoding,label", [("koi8-r", "koi8-r"), ("iso8859-5", "ISO-8859-5"),
                                            ("cp866", "cp866"), ("mac-cyrillic", "x-mac-cyrillic"),
                                            ("cp1251", "windows-1251")])
def test_a_meta_charset_is_honoured(encoding, label):
    page = (f'<html><head><meta charset="{label}"><title>Новости</title></head>'
            f"<body><p>Аким Иван Петров.</p></body></html>")
    assert decode(page.encode(encoding)) == page
    old_style = page.replace(f'<meta charset="{label}">',
                             f'<meta http-equiv="Content-Type" content="text/html; '
                             f'charset={label}">')
    assert decode(old_style.encode(encoding)) == old_style


@pytest.mark.parametrize("data", [
    b"Hel\xfflo world 2000",                                       # a random byte in Latin text
    "Größere Straße für Bürger in München, schön.".encode("latin-1"),  # not Russian
    "Аким".encode("cp1251"),                                       # too short to tell
    bytes(range(128, 256)) * 4,                                    # high bytes, no text
    b"\x00\x01\x02binary\x00\xff",                                 # binary
    "Аким области Ермек".encode("cp1251") + " — «Иван Петров»".encode(),  # two charsets
])
def test_unsure_or_binary_is_a_clear_error_naming_the_input(data):
    with pytest.raises(DecodeError, match="^news/a.txt: "):
        decode(data, name="news/a.txt")


def test_an_explicit_encoding_is_strict():
    with pytest.raises(DecodeError, match="ascii"):
        decode("Аким".encode(), "ascii")
    assert decode("Аким".encode("koi8-r"), "koi8-r") == "Аким"
    with pytest.raises(DecodeError, match="unknown encoding"):
        decode(b"x", "no-such-codec")


def test_utf32_is_not_read_as_utf16():
    text = TEXTS[1]
    for encoding in ("utf-32", "utf-32-le", "utf-32-be"):
        assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize("text,expected", [
    ("Аким области Иван Петров", True),
    ("Hello world", False),
    ("Helяlo worлd Аким области", False),   # Cyrillic letters inside Latin words
    ("ÀÊÈÌ ÎÁËÀÑÒÈ", False),                # Latin-1 view of cp1251
])
def test_russian_looking(text, expected):
    assert russian_looking(text) is expected


def test_a_wrong_meta_charset_does_not_give_mojibake():
    page = ('<html><head><meta charset="windows-1251"></head><body><p>Аким района Иван Петров '
            "открыл новую школу в селе Ключи, сообщает пресс-служба.</p></body></html>")
    assert decode(page.encode("koi8-r")) == page


def test_more_generated_sentences_in_every_legacy_charset():
    words = ("аким области района вручил наградил открыл школу депутаты маслихата бюджет фонд "
             "помощи детям ветеранам сёл председатель правления министр встретился жителями "
             "Иван Петров Ермек Сапаров Павлодаре Караганде года тенге прошёл форум").split()
    words += ["Форум", "Сапаров", "Человек", "Аким", "Фонд"]  # capitals that are signs elsewhere
    rnd = random.Random(7)
    for encoding in ("cp1251", "koi8-r", "cp866", "mac-cyrillic", "iso8859-5"):
        for k in range(100):
            text = " ".join(rnd.choice(words) for _ in range(rnd.randint(7, 12))) + "."
            text = text.upper() if k % 5 == 0 else text[0].upper() + text[1:]
            text = text.replace(" аким", ". Аким") if k % 3 == 0 else text
            assert decode(text.encode(encoding)) == text, (encoding, text)


def test_a_long_text_is_told_by_its_start_and_checked_whole():
    text = "\n".join(TEXTS[:2]) + "\n"
    long = text * 2000  # over 64 KiB
    assert decode(long.encode("koi8-r")) == long
    mixed = long.encode("cp1251") + long.encode("utf-8")  # a UTF-8 half after a cp1251 one
    with pytest.raises(DecodeError, match="does not fit the rest"):
        decode(mixed)
