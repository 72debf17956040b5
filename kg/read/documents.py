"""Read a report: its text (a text file decoded by kg.read.decode, a PDF read by kg.read.pdf, a Word file by
kg.read.docx), then drop layout noise, repair broken lines, split, read its metadata.

The cleaned text keeps a map back to the text as read: ``Document.offsets[i]`` is the code-point offset in
``Document.text`` of ``Document.clean[i]``, so every fact can quote its evidence exactly.
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, cached_property
from pathlib import Path

from kg.read.decode import MAX_BYTES, decode
from kg.errors import EmptyInput, InputTooLarge, UnreadableInput
from kg.lexicon import Lexicon
from kg.lexicon import load as load_lexicon
from kg.read.given import NONE, Fallback
from kg.read.metadata import read_metadata
from kg.model import Document, Sentence
from kg.read.sections import assign_sections
from kg.read.source import SourceText

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_TERMINAL = re.compile(r"(?:[。！？!?…:：;；][”’」』）)]*|[）)])$")
_INNER_PUNCT = re.compile(r"[，,。、；;：:！!？?]")
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』)]*")
_PARAGRAPH_GAP = re.compile(r"[\u2003\u3000]|\s{2,}")


@dataclass(frozen=True)
class Line:
    """A non-blank source line: its span and its text (whitespace at the ends removed), and whether it is
    indented as a paragraph's first line is (an ideographic or em space, or two spaces, before it), and whether
    it continues the line before across a line of format characters only (a saved page's lone zero-width space
    splitting 74.4 / 万亿元)."""

    start: int
    end: int
    text: str
    indented: bool = False
    glued: bool = False

    @cached_property
    def width(self) -> int:
        return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in self.text)


# -- HTML and control characters: what a reader sees, mapped back to the source --------------

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_INVISIBLE = r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff]"
_HTML_TOKEN = re.compile(
    r"<!--.*?(?:-->|$)|<(script|style)\b.*?(?:</\1\s*>|$)|<[!?/]?[A-Za-z][^>]*>"
    r"|&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?|" + _INVISIBLE, re.I | re.S)
_PLAIN_TOKEN = re.compile(rf"(?m)^(?P<line>{_INVISIBLE}+)$|{_INVISIBLE}")
_GLUE = "\u200b"           # what a line of invisible characters shows: kg.read.documents.split_lines reads it
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|hr|li|ul|ol|dl|dt|dd|h[1-6]|tr|td|th|table|thead|tbody|section|article"
                        r"|header|footer|nav|aside|main|title|blockquote|pre|figure|figcaption|caption)\b", re.I)


def _is_html(path: Path, text: str) -> bool:
    return path.suffix.lower() in HTML_SUFFIXES or bool(_HTML_START.match(text[:4096]))


def visible_text(text: str, is_html: bool = False) -> tuple[str, list[int], list[int]]:
    """The text a reader sees, and for each of its characters the source span it comes from.

    Control and zero-width characters are dropped; in HTML, tags, comments, scripts and styles are
    dropped too (a block tag becomes a line break) and entities are unescaped.
    """
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in (_HTML_TOKEN if is_html else _PLAIN_TOKEN).finditer(text):
        parts.append(text[pos:m.start()])
        starts.extend(range(pos, m.start()))
        ends.extend(range(pos + 1, m.start() + 1))
        token = m.group()
        if token.startswith("&"):
            shown = html.unescape(token)
        elif token.startswith("<"):
            shown = "\n" if _BLOCK_TAG.match(token) else ""
        elif not is_html and m.group("line"):
            shown = _GLUE
        else:
            shown = ""
        parts.append(shown)
        starts.extend([m.start()] * len(shown))
        ends.extend([m.end()] * len(shown))
        pos = m.end()
    parts.append(text[pos:])
    starts.extend(range(pos, len(text)))
    ends.extend(range(pos + 1, len(text) + 1))
    return "".join(parts), starts, ends


def _remap(doc: Document, source: str, starts: list[int], ends: list[int]) -> Document:
    """Move a Document read from visible text onto its source: same sentences, source offsets."""
    at = [*starts, len(source)]   # read_text may point one past a paragraph's last character
    sentences = tuple(replace(s, start=at[s.start], end=ends[s.end - 1]) for s in doc.sentences)
    return Document(doc.id, doc.source, source, doc.clean, [at[o] for o in doc.offsets], sentences, doc.metadata)


# -- lines and layout noise -------------------------------------------------------------------

def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their source spans."""
    out = []
    glued = False
    for m in _LINE.finditer(text):
        raw = m.group().rstrip("\r\n")
        stripped = raw.strip()
        if stripped and _invisible(stripped):
            glued = bool(out)
        elif stripped:
            lead = len(raw) - len(raw.lstrip())
            indent = bool(_PARAGRAPH_GAP.search(raw[:lead]))
            sub = _subscript(stripped, out[-1].text if out else "")
            out.append(Line(m.start() + lead, m.start() + lead + len(stripped), stripped, indent, glued or sub))
            glued = sub                 # the line after a subscript goes on with the sentence
        if m.end() == len(text):
            break
    return out


def _subscript(text: str, before: str) -> bool:
    """A lone digit on its own line after a Latin letter is a subscript a saved page set apart: 广义货币M / 2 /
    增长13.6%."""
    return len(text) == 1 and text.isdigit() and text.isascii() and before[-1:].isascii() and before[-1:].isalpha()


def _invisible(text: str) -> bool:
    """A line of format characters only (a saved page's lone zero-width space) is no line."""
    return all(unicodedata.category(c) == "Cf" for c in text)


def noise_mask(lines: list[Line], lex: Lexicon) -> list[bool]:
    """True for lines that are layout garbage: furniture, repeated characters, vertical text."""
    layout = lex.documents.layout
    mask = [not ln.glued and _is_furniture(ln.text, layout.furniture) for ln in lines]
    run_min, short = layout.vertical_run, layout.vertical_max_chars
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and len(lines[j].text.replace(" ", "")) <= short:
            j += 1
        if j - i >= run_min:
            mask[i:j] = [True] * (j - i)
        i = max(j, i + 1)
    _mask_page_end(lines, mask, layout)
    return mask


def _mask_page_end(lines: list[Line], mask: list[bool], layout) -> None:
    """A saved web page's closing bar (打印本页, 关闭窗口) and all after it are furniture, with the links to related
    articles just before it."""
    end = next((i for i, ln in enumerate(lines) if any(p.search(ln.text) for p in layout.page_end)), None)
    if end is None:
        return
    start = end
    while start > 0 and (mask[start - 1] or not lines[start - 1].text.strip() or _label_value(lines, mask, start - 1)
                         or any(p.search(lines[start - 1].text) for p in layout.related)):
        start -= 1
    mask[start:] = [True] * (len(lines) - start)


def _label_value(lines: list[Line], mask: list[bool], i: int) -> bool:
    """Line ``i`` is the value of a furniture label that ends the line before it (责任编辑： / 李莎莎)."""
    return i > 0 and mask[i - 1] and lines[i - 1].text.rstrip().endswith((":", "\uff1a"))


def _is_furniture(text: str, patterns: Sequence[re.Pattern[str]]) -> bool:
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


@cache
def _continues(lex: Lexicon) -> re.Pattern[str]:
    """A line that ends in mid-phrase: on a comma or an opening mark, or on a listed count (、 3 个)."""
    counts = "|".join(map(re.escape, lex.count_classifiers()))
    return re.compile(rf"[，,、（(“《—\-]$|、\s*\d+\s*(?:{counts})$")


def _joins_next(line: Line, nxt: Line, style: str, column: int, lex: Lexicon) -> bool:
    if _TERMINAL.search(line.text) or nxt.indented:
        return False
    if nxt.glued:
        return True
    if line.indented and line.width >= 0.6 * column:      # a paragraph's first line, continued at the margin
        return True
    if _continues(lex).search(line.text):
        return True
    if style == "column":
        return line.width >= 0.8 * column and not _heading_like(nxt, column)
    if style == "prose":
        return len(line.text) >= 40 and bool(_INNER_PUNCT.search(line.text))
    return False


def _local_columns(lines: list[Line], column: int, reach: int = 6) -> list[int]:
    """Each line's column width, judged from its neighbours: one page can hold columns of several widths."""
    widths = [ln.width for ln in lines]
    out = []
    for i in range(len(lines)):
        near = sorted(w for w in widths[max(0, i - reach):i + reach + 1] if w >= 0.6 * column)
        out.append(near[len(near) // 2] if near else column)
    return out


def paragraphs(lines: list[Line], mask: list[bool], lex: Lexicon) -> list[list[Line]]:
    """Group lines into paragraphs, joining lines that a PDF or page break split."""
    kept = [ln for ln, noisy in zip(lines, mask) if not noisy]
    style, column = _layout(kept)
    local = _local_columns(lines, column) if style == "column" else [column] * len(lines)
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
        width = min(column, local[i]) if _INNER_PUNCT.search(ln.text) else column   # headings have no punctuation
        joined_prev = nxt is not None and not mask[i + 1] and _joins_next(ln, nxt, style, width, lex)
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
    spaced = False                  # the run before the gap was one digit: 1 9 9 7 年 is 1997 typeset wide
    for ln in lines:
        for m in _RUN.finditer(text, ln.start, ln.end):
            pos, run = m.start(), m.group()
            if run[0].isspace():
                if _PARAGRAPH_GAP.search(run) and chars:
                    pieces.append(("".join(chars), offs))
                    chars, offs, gap = [], [], None
                else:
                    gap = pos
                continue
            first = _fold(run[0])[0]
            if (gap is not None and chars and _ascii_alnum(chars[-1]) and _ascii_alnum(first)
                    and not (spaced and first.isdigit())):
                chars.append(" ")
                offs.append(gap)
            gap = None
            spaced = _fold(run[-1]).isdigit() and (len(run) == 1 or not _fold(run[-2]).isdigit())
            if unicodedata.is_normalized("NFKC", run):      # each character folds to itself
                chars.extend(run)
                offs.extend(range(pos, pos + len(run)))
                continue
            for i, c in enumerate(run):
                folded = "." if c == _MIDDLE_DOT and _between_digits(run, i) else _fold(c)
                chars.extend(folded)
                offs.extend([pos + i] * len(folded))
        gap = None
    if chars:
        pieces.append(("".join(chars), offs))
    return pieces, None


_RUN = re.compile(r"\s+|\S+")


_MIDDLE_DOT = "\u00b7"        # a decimal point between digits in older typesetting: 14·1%


def _between_digits(run: str, i: int) -> bool:
    return 0 < i < len(run) - 1 and _fold(run[i - 1]).isdigit() and _fold(run[i + 1]).isdigit()


def _fold(c: str) -> str:
    """One character full-width folded (NFKC), unless NFKC would spoil it."""
    return c if _keep(c) else unicodedata.normalize("NFKC", c)


def _keep(c: str) -> bool:
    """Characters NFKC would spoil: the em dash family and CJK marks stay as they are."""
    return c in "—–―〇○。、“”‘’《》【】…·"


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


def read_text(text: str, source: str, doc_id: str, lex: Lexicon | None = None, fallback: Fallback = NONE) -> Document:
    """Build a Document from decoded text. ``source`` is the file name as given; ``doc_id`` its id; ``fallback``
    the government and year of a text that states none (kg.read.given)."""
    lex = lex or load_lexicon()
    lines = split_lines(text)
    mask = noise_mask(lines, lex)
    clean_parts: list[str] = []
    offsets: list[int] = []
    raw: list[tuple[str, int, int, int, int, bool]] = []   # text, clean span, paragraph, heading
    paragraph = 0
    for para in paragraphs(lines, mask, lex):
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
    metadata, front = read_metadata(text, texts, spans, headings, source, lex, fallback)
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


def read_input(path: Path, name: str, max_bytes: int = MAX_BYTES) -> bytes:
    """A file's bytes, refusing files over ``max_bytes``; errors name the file as given."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputTooLarge(name, size, max_bytes)
        return path.read_bytes()
    except FileNotFoundError:
        raise UnreadableInput(name, "the file is gone (deleted or moved while the build ran)",
                              "check that nothing else changes the input folder, then build again") from None
    except OSError as exc:
        raise UnreadableInput(name, exc.strerror or str(exc)) from None


PDF_SUFFIX, DOCX_SUFFIX = ".pdf", ".docx"
BINARY_SUFFIXES = (PDF_SUFFIX, DOCX_SUFFIX)
_PDF_MAGIC = b"%PDF-"


def read_source(path: Path, data: bytes, name: str, lex: Lexicon | None = None) -> SourceText:
    """The text of a file as govkg reads it, and how: a PDF (by suffix or its ``%PDF-`` header) through
    kg.read.pdf, a .docx through kg.read.docx, anything else decoded as text (kg.read.decode)."""
    suffix = path.suffix.lower()
    if suffix == PDF_SUFFIX or data.startswith(_PDF_MAGIC):
        from kg.read.pdf import read_pdf

        return read_pdf(data, name)
    if suffix == DOCX_SUFFIX:
        from kg.read.docx import read_docx

        return read_docx(data, name)
    text = decode(data, name, lex)
    return SourceText(text, (0,), "html" if _is_html(path, text) else "text", "")


def read_document(path: Path, source: str | None = None, lex: Lexicon | None = None,
                  max_bytes: int = MAX_BYTES, fallback: Fallback = NONE) -> Document:
    """Read one file into a Document; raises a GovkgError subclass naming the file on bad input.

    PDF and Word files are turned into text first (:func:`read_source`). HTML (by suffix or a leading
    doctype/<html>) and stray control characters are read through :func:`visible_text`; the Document
    keeps the text as read (``Document.text``, the decoded source of a text file) and its
    :class:`~kg.read.source.SourceText`, and all offsets point into that text. ``fallback``: see :func:`read_text`.
    """
    name = source or str(path)
    read = read_source(path, read_input(path, name, max_bytes), name, lex)
    text = read.text
    if not text.strip():
        raise EmptyInput(name, f"the {read.format.upper()} file holds no text")
    visible, starts, ends = visible_text(text, is_html=read.format == "html")
    doc = read_text(visible, name, document_id(path), lex, fallback)
    if visible != text:
        doc = _remap(doc, text, starts, ends)
    doc.source_text = read
    return doc
