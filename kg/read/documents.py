"""Read a report: its text (a text file decoded by kg.read.decode, a PDF read by kg.read.pdf, a Word file by
kg.read.docx), then drop layout noise, repair broken lines, split, read its metadata.

The cleaned text keeps a map back to the text as read: ``Document.offsets[i]`` is the code-point offset in
``Document.text`` of ``Document.clean[i]``, so every fact can quote its evidence exactly.
"""
from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from kg.read.decode import MAX_BYTES, decode
from kg.read.fold import FOLDS, fold_char
from kg.errors import EmptyInput, InputTooLarge, UnreadableInput
from kg.lexicon import Lexicon
from kg.lexicon import load as load_lexicon
from kg.read.given import NONE, Fallback
from kg.read.lines import INNER_PUNCT, PARAGRAPH_GAP, Line, noise_mask, paragraphs, split_lines
from kg.read.metadata import read_metadata
from kg.model import Document, Sentence
from kg.read.sections import assign_sections
from kg.read.source import SourceText

_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』)]*")


# -- HTML and control characters: what a reader sees, mapped back to the source --------------

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML_START = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S)
_INVISIBLE = r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u200b-\u200d\u2060\ufeff]"
_HTML_TOKEN = re.compile(
    r"<!--.*?(?:-->|$)|<(script|style)\b.*?(?:</\1\s*>|$)|<[!?/]?[A-Za-z][^>]*>"
    r"|&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?|" + _INVISIBLE, re.I | re.S)
_PLAIN_TOKEN = re.compile(rf"(?m)^(?P<line>{_INVISIBLE}+)$|{_INVISIBLE}")
_GLUE = "\u200b"           # what a line of invisible characters shows: kg.read.lines.split_lines reads it
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
                if PARAGRAPH_GAP.search(run) and chars:
                    pieces.append(("".join(chars), offs))
                    chars, offs, gap = [], [], None
                else:
                    gap = pos
                continue
            first = fold_char(run[0])[0]
            if (gap is not None and chars and _ascii_alnum(chars[-1]) and _ascii_alnum(first)
                    and not (spaced and first.isdigit())):
                chars.append(" ")
                offs.append(gap)
            gap = None
            spaced = fold_char(run[-1]).isdigit() and (len(run) == 1 or not fold_char(run[-2]).isdigit())
            if unicodedata.is_normalized("NFKC", run):      # each character folds to itself
                chars.extend(run)
                offs.extend(range(pos, pos + len(run)))
                continue
            folded = run.translate(FOLDS)
            if FOLDS.irregular.isdisjoint(run) and _MIDDLE_DOT not in run:      # each character folds to one
                chars.extend(folded)
                offs.extend(range(pos, pos + len(run)))
                continue
            for i, c in enumerate(run):
                folded = "." if c == _MIDDLE_DOT and _between_digits(run, i) else fold_char(c)
                chars.extend(folded)
                offs.extend([pos + i] * len(folded))
        gap = None
    if chars:
        pieces.append(("".join(chars), offs))
    return pieces, None


_RUN = re.compile(r"\s+|\S+")


_MIDDLE_DOT = "\u00b7"        # a decimal point between digits in older typesetting: 14·1%


def _between_digits(run: str, i: int) -> bool:
    return 0 < i < len(run) - 1 and fold_char(run[i - 1]).isdigit() and fold_char(run[i + 1]).isdigit()


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
    return sentence_count == 1 and len(lines) == 1 and len(text) <= 30 and not INNER_PUNCT.search(text)


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
    kinds = assign_sections(texts, headings, front, metadata, lex, [r[3] for r in raw])
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
