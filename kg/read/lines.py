"""Lines of a report's text and the paragraphs they make: layout noise dropped (furniture, vertical text, a saved
page's closing bar), lines a PDF, a page or a saved page's markup broke joined again (read by kg.read.documents)."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property

from kg.lexicon import Lexicon
from kg.read.fold import WIDTHS

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_TERMINAL = re.compile(r"(?:[。！？!?…:：;；][”’」』）)]*|[）)])$")
INNER_PUNCT = re.compile(r"[，,。、；;：:！!？?]")
PARAGRAPH_GAP = re.compile(r"[\u2003\u3000]|\s{2,}")


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
    spaced: bool = False            # a blank line stands between it and the line before

    @cached_property
    def width(self) -> int:
        return sum(map(WIDTHS.__getitem__, self.text))


# -- lines and layout noise -------------------------------------------------------------------

def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their source spans."""
    out = []
    glued = blank = False
    for m in _LINE.finditer(text):
        raw = m.group().rstrip("\r\n")
        stripped = raw.strip()
        if stripped and _invisible(stripped):
            glued = bool(out)
        elif stripped:
            lead = len(raw) - len(raw.lstrip())
            indent = bool(PARAGRAPH_GAP.search(raw[:lead]))
            sub = _subscript(stripped, out[-1].text if out else "")
            out.append(Line(m.start() + lead, m.start() + lead + len(stripped), stripped, indent, glued or sub,
                            blank and bool(out)))
            glued = sub                 # the line after a subscript goes on with the sentence
            blank = False
        else:
            blank = True
        if m.end() == len(text):
            break
    return out


def _subscript(text: str, before: str) -> bool:
    """A lone short number on its own line after a Latin letter is a subscript a saved page set apart: 广义货币M / 2 /
    增长13.6%, 细颗粒物（PM / 2.5 / ）年均浓度下降9.1% (national_2017), 可吸入颗粒物（PM / 10 / ）."""
    return (_SUBSCRIPT.fullmatch(text) is not None and text.isascii() and before[-1:].isascii()
            and before[-1:].isalpha())


_SUBSCRIPT = re.compile(r"\d{1,2}(?:\.\d)?")


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
    if "\ufffd" in text or (len(compact) >= 2 and compact == compact[0] * len(compact)):
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
    return line.width < 0.8 * column and not INNER_PUNCT.search(line.text)


@cache
def _continues(lex: Lexicon) -> re.Pattern[str]:
    """A line that ends in mid-phrase: on a comma or an opening mark, or on a listed count (、 3 个)."""
    counts = "|".join(map(re.escape, lex.count_classifiers()))
    return re.compile(rf"[，,、（(“《—\-]$|、\s*\d+\s*(?:{counts})$")


def _joins_next(line: Line, nxt: Line, style: str, column: int, lex: Lexicon, mid: bool = False,
                spaced: bool = False) -> bool:
    """``mid``: the line goes on from the one before; ``spaced``: the text sets blank lines between paragraphs."""
    if style == "prose" and _NO_OPENER.match(nxt.text):
        return True
    if _TERMINAL.search(line.text) or nxt.indented:
        return False
    if style == "prose" and _cut(line, nxt, mid, spaced, lex):
        return True
    if nxt.glued:
        return True
    if line.indented and line.width >= 0.6 * column:      # a paragraph's first line, continued at the margin
        return True
    if _continues(lex).search(line.text):
        return True
    if style == "column":
        return line.width >= 0.8 * column and not _heading_like(nxt, column)
    if style == "prose":
        return len(line.text) >= 40 and bool(INNER_PUNCT.search(line.text))
    return False


_NO_OPENER = re.compile(r"[、，,。；;）)”’》」』：:！!？?%]")     # marks no paragraph opens with


def _cut(line: Line, nxt: Line, mid: bool, spaced: bool, lex: Lexicon) -> bool:
    """A sentence a saved page cut where it set a hyperlinked term on a line of its own (新建 / 高速铁路 / 投产里程…,
    national_2017). The next line must stand right under the line (no blank line) and open no enumerated heading;
    then the line goes on with it when it is mid-sentence itself (it went on from the line before), or has a mark
    inside and no enumerator (no heading: 二、2017年工作总体部署), or, in a text that sets blank lines between
    paragraphs, is a short unpunctuated term that names no section (…持续健康发展。 / 党的十八届六中全会 / 正式明确)."""
    if nxt.spaced or _enumerated(nxt.text, lex):
        return False
    if mid:
        return True
    if _enumerated(line.text, lex):
        return False
    return bool(INNER_PUNCT.search(line.text)) or (spaced and not _names_section(line.text, lex))


def _names_section(text: str, lex: Lexicon) -> bool:
    """The line holds a section cue of the lexicon (工作回顾, 主要任务, “十三五”时期, 名词解释): a heading."""
    conf = lex.documents.sections
    return (any(w in text for w in (*conf.review, *conf.goals, *conf.plan, *conf.notes))
            or any(p.search(text) for p in (conf.five_year_plan, conf.plan_year_heading)))


def _spaced(lines: list[Line], mask: list[bool]) -> bool:
    """Paragraphs stand apart by blank lines: most lines that end a sentence have one after them."""
    ends = [i for i in range(len(lines) - 1) if not mask[i] and _TERMINAL.search(lines[i].text)]
    return bool(ends) and 2 * sum(lines[i + 1].spaced for i in ends) >= len(ends)


def _enumerated(text: str, lex: Lexicon) -> bool:
    """The line opens with a heading's enumerator (二、 （一） 【三】)."""
    return any(p.match(text) for p in lex.documents.sections.enumerators)


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
    spaced = style == "prose" and _spaced(lines, mask)
    out: list[list[Line]] = []
    joined_prev = False
    for i, ln in enumerate(lines):
        mid = joined_prev
        if mask[i]:
            joined_prev = False
            continue
        if joined_prev and out:
            out[-1].append(ln)
        else:
            out.append([ln])
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        width = min(column, local[i]) if INNER_PUNCT.search(ln.text) else column   # headings have no punctuation
        joined_prev = nxt is not None and not mask[i + 1] and _joins_next(ln, nxt, style, width, lex, mid, spaced)
    return out
