"""Decode an input file's bytes by evidence: a BOM, else strict UTF-8, else GB18030 or Big5, whichever reads as
plausible Chinese. Binary, empty and ambiguous files are refused with the file's name and a reason."""
from __future__ import annotations

import codecs
import re
from functools import cache

from kg.errors import AmbiguousEncoding, EmptyInput, UnreadableInput
from kg.lexicon import Lexicon
from kg.lexicon import load as load_lexicon

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_BINARY_MAGIC = (b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8", b"\x7fELF")


MAX_BYTES = 5_000_000
"""Default size limit of one input file: 30 times the longest work report, a few minutes of extraction."""

_SAVE_AS_UTF8 = "re-save the file as UTF-8"
_CONTROL_BYTES = re.compile(rb"[\x01-\x08\x0e-\x1f\x7f]")


def decode(data: bytes, name: str, lex: Lexicon | None = None) -> str:
    """Decode bytes by evidence: a BOM, else strict UTF-8, else whichever of strict GB18030 and Big5
    reads as plausible Chinese (judged with ``lex``'s report words); never by guessing."""
    if not data.strip():
        raise EmptyInput(name, "the file is empty or holds only whitespace")
    if data.startswith(_BINARY_MAGIC):
        raise UnreadableInput(name, "the file is binary (an image or an archive), not a text, PDF or Word file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, name)
    if b"\x00" in data or len(_CONTROL_BYTES.findall(data[:100_000])) > 0.02 * min(len(data), 100_000):
        raise UnreadableInput(name, "the file is binary: it holds NUL or many control bytes (or is UTF-16 "
                                    "without a BOM)", _SAVE_AS_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if _mostly_utf8(data):
            line = data.count(b"\n", 0, exc.start) + 1
            raise UnreadableInput(name, f"invalid UTF-8 at byte {exc.start} (line {line}) of an otherwise UTF-8 "
                                        "file", "repair or delete the damaged bytes there") from None
    return _chinese(data, name, lex or load_lexicon())


def _mostly_utf8(data: bytes) -> bool:
    """True when at least 90 % of the non-ASCII characters decode as UTF-8: damage, not another encoding."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    wide = sum(1 for c in text if ord(c) > 127)
    return wide - bad >= 9 * bad


def _chinese(data: bytes, name: str, lex: Lexicon) -> str:
    """GB18030 or Big5, whichever decodes strictly into plausible Chinese; both or neither is an error.

    Big5 bytes often decode "successfully" as GB18030 into rare characters and kana, so decoding
    without an error is not evidence enough.
    """
    scored = []
    for encoding in ("gb18030", "big5"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored.append((plausibility(text, lex), encoding, text))
    scored.sort(reverse=True)
    plausible = [s for s in scored if s[0] >= 0.9]
    if len(plausible) == 1 or (len(plausible) == 2 and plausible[0][0] - plausible[1][0] >= 0.05):
        return plausible[0][2]
    found = ", ".join(f"{enc} {score:.0%}" for score, enc, _ in scored) or "no encoding decodes it"
    why = "reads as plausible Chinese in both GB18030 and Big5" if plausible else "is not UTF-8, and no " \
          f"Chinese encoding gives plausible text (common characters: {found})"
    raise AmbiguousEncoding(name, f"the file {why}", _SAVE_AS_UTF8)


def plausibility(text: str, lex: Lexicon | None = None) -> float:
    """Share of the non-ASCII characters that are common Chinese characters or punctuation (0 to 1),
    raised a little by frequent report words (documents.toml [encoding]); garbage from a wrong decoding
    scores low."""
    report_words = (lex or load_lexicon()).documents.encoding.report_words
    wide = [c for c in text[:200_000] if ord(c) > 127 and not c.isspace()]
    if not wide:
        return 0.0
    share = sum(1 for c in wide if _common(c)) / len(wide)
    words = sum(text.count(w) for w in report_words) * 2 / len(wide)
    return min(1.0, share + min(words, 0.05))


@cache
def _common(c: str) -> bool:
    """A CJK mark, a full-width form, or a level-1 (frequent) character of GB2312 or of Big5."""
    if "\u3000" <= c <= "\u303f" or "\uff01" <= c <= "\uff5e" or c in "“”‘’—…·":
        return True
    if not "\u4e00" <= c <= "\u9fff":
        return False
    for encoding, low, high in (("gb2312", 0xB0, 0xD7), ("big5", 0xA4, 0xC6)):
        try:
            if low <= c.encode(encoding)[0] <= high:
                return True
        except UnicodeEncodeError:
            continue
    return False


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnreadableInput(name, f"invalid {encoding} at byte {exc.start}") from None
    return text.removeprefix("\ufeff")
