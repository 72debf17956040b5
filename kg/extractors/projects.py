"""Projects (重大项目): named towers, sites, parks, labs, centres, roads, metro lines, plots, towns."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.extractors import extractor
from kg.extractors.common import body, inside, quoted_ranges, span
from kg.lexicon import Lexicon
from kg.model import Document, EntityKind, Extraction, Mention
from kg.lang.zh.numerals import CN_LEADING
from kg.lang.zh.segment import tag

_MAX_NAME = 16
_DIGITS = re.compile(r"^\d+$")


@cache
def _suffixes(lex: Lexicon) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    conf = lex.projects
    return tuple(sorted(conf.suffixes, key=len, reverse=True)), conf.road_suffixes, frozenset(conf.generic)


def _is_suffix(token: str, lex: Lexicon) -> str | None:
    suffixes, roads, generic = _suffixes(lex)
    if token.endswith(suffixes):
        return next(s for s in suffixes if token.endswith(s))
    if token.endswith(roads) and token not in generic:
        return token[-1]
    return None


# Parts of speech that never stand inside a name: verbs, prepositions, conjunctions, particles,
# adverbs, numerals, classifiers, pronouns, punctuation.
_OUTSIDE = ("v", "p", "c", "u", "d", "m", "q", "r", "x", "w", "y", "e", "o")
_INSIDE = ("vn",)           # verbal nouns name things: 徐家汇体育公园
_PROPER = ("nr", "ns", "nt")


@cache
def _leading_noise(lex: Lexicon) -> re.Pattern[str]:
    """What a name never begins with: a number, or the particles and classifiers of projects.never_first."""
    return re.compile(r"^[\d.]+|^(?:" + "|".join(map(re.escape, lex.projects.never_first)) + ")+")


@cache
def _counted_category(lex: Lexicon) -> re.Pattern[str]:
    """A numeral and a category word: 六大科创街区 names a category, not a project."""
    followers = "|".join(map(re.escape, lex.grammar.numeral_followers))
    return re.compile(f"^[{CN_LEADING}]+(?:{followers})")


def _boundary(token: str, flag: str, lex: Lexicon) -> bool:
    conf = lex.projects
    if (flag == "nz" or flag in _INSIDE) and not token.isdigit():
        return False
    return (token in conf.boundary_words or any(c in conf.stop_chars for c in token)
            or not token.strip() or flag.startswith(_OUTSIDE) or not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", token))


def match_projects(text: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """(start, end, name) for project names in ``text``: a suffix token extended leftwards to a boundary."""
    return list(_match_projects(text, lex))


_LEFT = _MAX_NAME + 8       # characters tagged before a name's suffix: more than a name can span
_RIGHT = 6                  # and after it, enough to see whether the name goes on


@lru_cache(maxsize=8192)
def _match_projects(text: str, lex: Lexicon) -> tuple[tuple[int, int, str], ...]:
    # Areas, projects and relations all ask about the same sentences: tag each once. Only the
    # stretches before a name suffix are tagged; the part-of-speech tagger is the costly step.
    found: list[tuple[int, int, str]] = []
    for a, b in _windows(text, lex):
        found += [(x + a, y + a, n) for x, y, n in _names_in(text[a:b], lex)]
    return tuple(sorted(_merge(found, _listed(text, lex))))


@cache
def _suffix_pattern(lex: Lexicon) -> re.Pattern[str]:
    suffixes, roads, _ = _suffixes(lex)
    return re.compile("(?=(" + "|".join(re.escape(s) for s in suffixes + roads) + "))")


def _windows(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    ends = sorted({m.start() + len(m.group(1)) for m in _suffix_pattern(lex).finditer(text)})
    spans: list[list[int]] = []
    for end in ends:
        a, b = max(0, end - _LEFT), min(len(text), end + _RIGHT)
        if spans and a <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], b)
        else:
            spans.append([a, b])
    return [(a, b) for a, b in spans]


def _names_in(text: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    tagged = tag(text, lex)
    tokens = [w for w, _ in tagged]
    flags = [f for _, f in tagged]
    starts, pos = [], 0
    for t in tokens:
        starts.append(pos)
        pos += len(t)
    out: list[tuple[int, int, str]] = []
    generic = set(lex.projects.generic)
    for i, tok in enumerate(tokens):
        if not _is_suffix(tok, lex) or (i + 1 < len(tokens) and _continues(tokens[i + 1], lex)):
            continue
        j = i
        while j > 0 and starts[i] + len(tok) - starts[j - 1] <= _MAX_NAME:
            prev = tokens[j - 1]
            numbered = _DIGITS.match(prev) and tokens[j].startswith(lex.projects.numbered)
            # a one-character "verb" the HMM split off an unknown name: 米哈 | 游 | 总部
            split_name = (len(prev) == 1 and j >= 2 and flags[j - 2].startswith(_PROPER)
                          and prev not in lex.projects.boundary_words and "\u4e00" <= prev <= "\u9fff")
            if not numbered and not split_name and _boundary(prev, flags[j - 1], lex):
                break
            j -= 1
        name = text[starts[j]:starts[i] + len(tok)]
        name = _leading_noise(lex).sub("", name)
        a = starts[i] + len(tok) - len(name)
        if len(name) >= 3 and name not in generic and not _counted_category(lex).match(name):
            inner = [f for f in out if a <= f[0] and f[1] <= a + len(name)]
            if len(inner) == len([f for f in out if f[0] < a + len(name) and a < f[1]]):
                out = [f for f in out if f not in inner] + [(a, a + len(name), name)]
    return out


def _listed(text: str, lex: Lexicon) -> list[tuple[int, int, str]]:
    """Names listed before 等 and a category noun: 加快华之门、生命蓝湾等地块出让 names 华之门 and 生命蓝湾."""
    categories = "|".join(re.escape(c) for c in sorted(lex.projects.listed_categories, key=len, reverse=True))
    found = []
    for m in re.finditer(f"{re.escape(lex.grammar.etcetera)}(?:{categories})", text):
        clause_start = max(text.rfind(c, 0, m.start()) for c in ",;:。!?()") + 1
        items, pos = [], clause_start
        for item in text[clause_start:m.start()].split("、"):
            items.append((pos, item))
            pos += len(item) + 1
        first_at, first = items[0]
        tagged = tag(first, lex)
        cut = max((sum(len(w) for w, _ in tagged[: k + 1]) for k, (w, f) in enumerate(tagged)
                   if _boundary(w, f, lex)), default=0)
        items[0] = (first_at + cut, first[cut:])
        found += [(a, a + len(n), n) for a, n in items]
    generic = set(lex.projects.generic)
    return [(a, b, n) for a, b, n in found if 2 <= len(n) <= 12 and n not in generic and not re.search(r"\d", n)]


def _merge(found: list[tuple[int, int, str]], listed: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Add listed names that no suffix-found name already covers."""
    return found + [x for x in listed if not any(a < x[1] and x[0] < b for a, b, _ in found)]


def _continues(next_token: str, lex: Lexicon) -> bool:
    """A suffix followed by a longer suffix is inside a longer name: 徐家汇中心 | 城市 is not."""
    return bool(_is_suffix(next_token, lex)) and len(next_token) >= 2 and next_token not in lex.projects.generic


def _stage(text: str, end: int, lex: Lexicon) -> str | None:
    """The lifecycle verb that follows a project within its clause: 北杨人工智能小镇全面开工."""
    clause = re.split(r"[,;。!?、]", text[end:], maxsplit=1)[0][:12]
    stages = lex.projects.stages
    hits = [(clause.find(v), v) for v in stages if v in clause]
    return stages[min(hits)[1]] if hits else None


@extractor("projects", requires=("areas",))
def extract_projects(document: Document, lex: Lexicon, found: Extraction) -> list[Mention]:
    """Named projects, each with the lifecycle stage the sentence reports, if any."""
    area_names = {a.name for a in lex.areas} | {x for a in lex.areas for x in a.aliases}
    out = []
    for s in body(document):
        quotes = quoted_ranges(s.text)
        for a, b, name in match_projects(s.text, lex):
            if name in area_names or name in lex.metric_aliases() or inside(a, quotes):
                continue
            out.append(Mention(EntityKind.PROJECT, name, name, s.index, span(document, s, a, b),
                               stage=_stage(s.text, b, lex)))
    return out
