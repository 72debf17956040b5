"""Read a report text: decode, drop layout noise, repair broken lines, split, and read its metadata.

The cleaned text keeps a map back to the source: ``Document.offsets[i]`` is the code-point offset in
``Document.text`` of ``Document.clean[i]``, so every fact can quote its evidence exactly.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kg.errors import EmptyInput, UnreadableInput
from kg.lexicon import Lexicon
from kg.lexicon import load as load_lexicon
from kg.metadata import read_metadata
from kg.model import Document, SectionKind, Sentence
from kg.sections import assign_sections

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_TERMINAL = re.compile(r"(?:[。！？!?…:：;；][”’」』）)]*|[）)])$")
_CONTINUES = re.compile(r"[，,、（(“《—\-]$")
_INNER_PUNCT = re.compile(r"[，,。、；;：:！!？?]")
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』)]*")
_PARAGRAPH_GAP = re.compile(r"[\u2003\u3000]|\s{2,}")


@dataclass(frozen=True)
class Line:
    """A non-blank source line: its span and its text (whitespace at the ends removed)."""

    start: int
    end: int
    text: str

    @property
    def width(self) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in self.text)


# -- decoding ---------------------------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_BINARY_MAGIC = (b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8", b"\x7fELF")


def decode(data: bytes, name: str) -> str:
    """Decode bytes by evidence: a BOM, else strict UTF-8, else strict GB18030; never by guessing."""
    if not data.strip():
        raise EmptyInput(name, "the file is empty or holds only whitespace")
    if data.startswith(_BINARY_MAGIC):
        raise UnreadableInput(name, "the file is binary (an image, PDF or archive), not text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, name)
    if b"\x00" in data:
        raise UnreadableInput(name, "the file holds NUL bytes: binary data or UTF-16 without a BOM")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise UnreadableInput(name, "the bytes are neither UTF-8 nor GB18030/GBK text; re-save the file as UTF-8")


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise UnreadableInput(name, f"invalid {encoding} at byte {exc.start}") from None
    return text.removeprefix("\ufeff")


# -- lines and layout noise -------------------------------------------------------------------

def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their source spans."""
    out = []
    for m in _LINE.finditer(text):
        raw = m.group().rstrip("\r\n")
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            out.append(Line(m.start() + lead, m.start() + lead + len(stripped), stripped))
        if m.end() == len(text):
            break
    return out


def noise_mask(lines: list[Line], lex: Lexicon) -> list[bool]:
    """True for lines that are layout garbage: furniture, repeated characters, vertical text."""
    layout = lex.documents["layout"]
    furniture = [re.compile(p) for p in layout["furniture"]]
    mask = [_is_furniture(ln.text, furniture) for ln in lines]
    run_min, short = layout["vertical_run"], layout["vertical_max_chars"]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and len(lines[j].text.replace(" ", "")) <= short:
            j += 1
        if j - i >= run_min:
            mask[i:j] = [True] * (j - i)
        i = max(j, i + 1)
    return mask


def _is_furniture(text: str, patterns: list[re.Pattern[str]]) -> bool:
    compact = text.replace(" ", "")
    if "\ufffd" in text or (len(compact) >= 2 and len(set(compact)) == 1):
        return True
    return any(p.search(text) for p in patterns)


# -- repairing broken lines -------------------------------------------------------------------

def _layout(lines: list[Line]) -> tuple[str, int]:
    """'column' (PDF text of fixed width), 'prose' (a paragraph a line) or 'list' (an item a line)."""
    widths = sorted(ln.width for ln in lines if ln.width >= 8)
    if not widths:
        return "list", 0
    column = widths[int(len(widths) * 0.75)]
    near = sum(1 for w in widths if 0.8 * column <= w <= 1.15 * column)
    if len(widths) >= 10 and near / len(widths) >= 0.4 and column <= 80:
        return "column", column
    long = [ln for ln in lines if len(ln.text) >= 40]
    terminal = sum(1 for ln in long if _TERMINAL.search(ln.text))
    return ("prose" if long and terminal / len(long) >= 0.5 else "list"), column


def _heading_like(line: Line, column: int) -> bool:
    return line.width < 0.8 * column and not _INNER_PUNCT.search(line.text)


def _joins_next(line: Line, nxt: Line, style: str, column: int) -> bool:
    if _TERMINAL.search(line.text):
        return False
    if _CONTINUES.search(line.text):
        return True
    if style == "column":
        return line.width >= 0.8 * column and not _heading_like(nxt, column)
    if style == "prose":
        return len(line.text) >= 40 and bool(_INNER_PUNCT.search(line.text))
    return False


def paragraphs(lines: list[Line], mask: list[bool]) -> list[list[Line]]:
    """Group lines into paragraphs, joining lines that a PDF or page break split."""
    kept = [ln for ln, noisy in zip(lines, mask) if not noisy]
    style, column = _layout(kept)
    out: list[list[Line]] = []
    joined_prev = False
    for i, ln in enumerate(lines):
        if mask[i]:
            joined_prev = False
            continue
        if joined_prev and out:
            out[-1].append(ln)
        else:
            out.append([ln])
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        joined_prev = nxt is not None and not mask[i + 1] and _joins_next(ln, nxt, style, column)
    return out


# -- cleaning with an offset map --------------------------------------------------------------

def _ascii_alnum(c: str) -> bool:
    return c.isascii() and c.isalnum()


def clean_paragraph(text: str, lines: list[Line]) -> tuple[list[tuple[str, list[int]]], None]:
    """Cleaned pieces of one paragraph: full-width folded, spaces dropped except between Latin words.

    A wide gap (two spaces or more, or an em/ideographic space) starts a new piece: single-line texts
    separate their paragraphs that way.
    """
    pieces: list[tuple[str, list[int]]] = []
    chars: list[str] = []
    offs: list[int] = []
    gap: int | None = None
    for ln in lines:
        for m in re.finditer(r"\s+|\S", text[ln.start:ln.end]):
            pos = ln.start + m.start()
            tok = m.group()
            if tok.isspace():
                if _PARAGRAPH_GAP.search(tok) and chars:
                    pieces.append(("".join(chars), offs))
                    chars, offs, gap = [], [], None
                else:
                    gap = pos
                continue
            folded = unicodedata.normalize("NFKC", tok) if not _keep(tok) else tok
            if gap is not None and chars and _ascii_alnum(chars[-1]) and _ascii_alnum(folded[0]):
                chars.append(" ")
                offs.append(gap)
            gap = None
            for c in folded:
                chars.append(c)
                offs.append(pos)
        gap = None
    if chars:
        pieces.append(("".join(chars), offs))
    return pieces, None


def _keep(c: str) -> bool:
    """Characters NFKC would spoil: the em dash family and CJK marks stay as they are."""
    return c in "—–―〇○。、“”‘’《》【】…·"


def strip_line_breaks(text: str) -> str:
    """Remove line breaks and the spaces around them: a PDF line break is not part of a sentence."""
    return re.sub(r"[ \t\u3000]*[\r\n]+[ \t\u3000]*", "", text)


# -- sentences --------------------------------------------------------------------------------

def _split_sentences(piece: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(piece):
        spans.append((start, m.end()))
        start = m.end()
    if start < len(piece):
        spans.append((start, len(piece)))
    return [(a, b) for a, b in spans if piece[a:b].strip()]


def _is_heading(text: str, lines: list[Line], sentence_count: int) -> bool:
    return sentence_count == 1 and len(lines) == 1 and len(text) <= 30 and not _INNER_PUNCT.search(text)


def read_text(text: str, source: str, doc_id: str, lex: Lexicon | None = None) -> Document:
    """Build a Document from decoded text. ``source`` is the file name as given; ``doc_id`` its id."""
    lex = lex or load_lexicon()
    lines = split_lines(text)
    mask = noise_mask(lines, lex)
    clean_parts: list[str] = []
    offsets: list[int] = []
    raw: list[tuple[str, int, int, int, int, bool]] = []   # text, clean span, paragraph, heading
    paragraph = 0
    for para in paragraphs(lines, mask):
        pieces, _ = clean_paragraph(text, para)
        for piece, offs in pieces:
            spans = _split_sentences(piece)
            for a, b in spans:
                sent = piece[a:b].strip()
                lead = len(piece[a:b]) - len(piece[a:b].lstrip())
                base = len(offsets) + a + lead
                raw.append((sent, base, base + len(sent), paragraph, 0, _is_heading(sent, para, len(spans))))
            clean_parts.append(piece)
            offsets.extend(offs)
            clean_parts.append("\n")
            offsets.append(offs[-1] + 1)
            paragraph += 1
    clean = "".join(clean_parts)
    if not raw:
        raise EmptyInput(source, "no text is left once layout noise is removed")
    texts = [r[0] for r in raw]
    headings = [r[5] for r in raw]
    spans = [(offsets[r[1]], offsets[r[2] - 1] + 1) for r in raw]
    metadata, front = read_metadata(text, texts, spans, headings, source, lex)
    kinds = assign_sections(texts, headings, front, metadata, lex)
    sentences = tuple(
        Sentence(
            document=doc_id, index=i, text=t, start=offsets[cs], end=offsets[ce - 1] + 1,
            clean_start=cs, clean_end=ce, section=kinds[i], paragraph=p, heading=h,
        )
        for i, (t, cs, ce, p, _, h) in enumerate(raw)
    )
    return Document(doc_id, source, text, clean, offsets, sentences, metadata)


def document_id(path: Path) -> str:
    """A stable, readable identifier from a file name: 'xuhui_2024_work_report'."""
    stem = unicodedata.normalize("NFKC", path.stem).lower()
    ident = re.sub(r"[^\w\u4e00-\u9fff]+", "-", stem).strip("-_")
    return ident or "document"


def read_document(path: Path, source: str | None = None, lex: Lexicon | None = None) -> Document:
    """Read one file into a Document; raises a GovkgError subclass naming the file on bad input."""
    name = source or str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableInput(name, exc.strerror or str(exc)) from None
    return read_text(decode(data, name), name, document_id(path), lex)


SECTION_KINDS = tuple(SectionKind)
