"""Projects (重大项目): named towers, sites, parks, labs, centres, roads, metro lines, plots, towns."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.extractors.candidates import ProjectCandidates, ProjectTags, Span, Tagged
from kg.extractors.common import body, inside, quoted_ranges, span
from kg.extractors.project_names import is_kind, places, unknown
from kg.extractors.registry import Inputs, extractor, mentions_of, step
from kg.lexicon import Lexicon
from kg.model import Document, EntityKind, Mention
from kg.lang.zh.numerals import CN_LEADING
from kg.lang.zh.segment import tag
from kg.lang.zh.wordset import WordSet, longest_first

_MAX_NAME = 16
_DIGITS = re.compile(r"^\d+$")
_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9]*$")     # T1, C, ITC: letters inside a name, however tagged


@cache
def _suffixes(lex: Lexicon) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[str]]:
    conf = lex.projects
    return longest_first(conf.suffixes), conf.road_suffixes, frozenset(conf.generic)


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
_INSIDE = ("vn",)           # verbal nouns name things: 徐家汇体育公园; so do Latin letters (eng): 国际STEM教育研究所
_PROPER = ("nr", "ns", "nt")


@cache
def _leading_noise(lex: Lexicon) -> re.Pattern[str]:
    """What a name never begins with: a number, unless it numbers the name (19号线, 8号地块), or the particles
    and classifiers of projects.never_first."""
    numbered = "|".join(map(re.escape, lex.projects.numbered))
    return re.compile(rf"^[\d.]+(?![\d.]|{numbered})|^(?:" + "|".join(map(re.escape, lex.projects.never_first)) + ")+")


@cache
def _counted_category(lex: Lexicon) -> re.Pattern[str]:
    """A numeral and a category word: 六大科创街区 names a category, not a project."""
    followers = "|".join(map(re.escape, lex.grammar.numeral_followers))
    return re.compile(f"^[{CN_LEADING}]+(?:{followers})")


def _boundary(token: str, flag: str, lex: Lexicon) -> bool:
    conf = lex.projects
    if ((flag in ("nz", "eng") or flag in _INSIDE) and not token.isdigit()) or _LATIN.match(token):
        return False
    return (token in conf.boundary_words or any(c in conf.stop_chars for c in token)
            or not token.strip() or flag.startswith(_OUTSIDE) or not re.search(r"[\u4e00-\u9fffA-Za-z0-9]", token))


def tag_stretches(text: str, lex: Lexicon) -> dict[tuple[int, int], Tagged]:
    """The stretches of ``text`` that can hold a project's name, tagged: around each name suffix, and the
    first item of a list before 等 and a category. Only these are tagged: the tagger is the costly step."""
    spans = _windows(text, lex) + [first for first, _ in _lists(text, lex)]
    return {(a, b): tag(text[a:b], lex) for a, b in dict.fromkeys(spans)}


# Why a memo across documents: reports repeat sentences (a report, its summary, news about it; the copies
# of `make bench`), and tagging is half of extraction. Tagging each stretch once a process takes extraction
# of the 10x benchmark corpus from 1.27 s of CPU to 1.06 s. Within a document the steps share the tags.
def match_projects(text: str, lex: Lexicon, tagged: dict[tuple[int, int], Tagged] | None = None) -> list[Span]:
    """Project names in ``text`` (with ``tagged``, its :func:`tag_stretches`): a suffix token extended
    leftwards to a boundary, or an item of a list before 等 and a category."""
    tagged = tag_stretches(text, lex) if tagged is None else tagged
    found: list[Span] = []
    for a, b in _windows(text, lex):
        found += [Span(x + a, y + a, n) for x, y, n in _names_in(text[a:b], tagged[(a, b)], lex)]
    return sorted(_merge(found, _listed(text, tagged, lex)))


_LEFT = _MAX_NAME + 8       # characters tagged before a name's suffix: more than a name can span
_RIGHT = 6                  # and after it, enough to see whether the name goes on


@cache
def _suffix_set(lex: Lexicon) -> WordSet:
    suffixes, roads, _ = _suffixes(lex)
    return WordSet(suffixes + roads)


@lru_cache(maxsize=1 << 12)    # a document's sentences: tag_stretches, then match_projects
def _suffix_ends(text: str, lex: Lexicon) -> tuple[int, ...]:
    """Where a name's suffix ends: at each position where suffixes start, the first of the list (the longest
    name suffix, else a road suffix) decides."""
    words, first = _suffix_set(lex).words, {}
    for start, indices in _suffix_set(lex).occurrences(text):
        first[start] = min(indices[0], first.get(start, indices[0]))
    return tuple(sorted({start + len(words[i]) for start, i in first.items()}))


def _windows(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    ends = _suffix_ends(text, lex)
    spans: list[list[int]] = []
    for end in ends:
        a, b = max(0, end - _LEFT), min(len(text), end + _RIGHT)
        if spans and a <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], b)
        else:
            spans.append([a, b])
    return [(a, b) for a, b in spans]


def _names_in(text: str, tagged: Tagged, lex: Lexicon) -> list[tuple[int, int, str]]:
    tokens = [w for w, _ in tagged]
    flags = [f for _, f in tagged]
    starts, pos = [], 0
    for t in tokens:
        starts.append(pos)
        pos += len(t)
    out: list[tuple[int, int, str]] = []
    kinds: list[tuple[int, int, str]] = []
    generic = set(lex.projects.generic)
    for i, tok in enumerate(tokens):
        if (not _is_suffix(tok, lex) or (i + 1 < len(tokens) and _continues(tokens[i + 1], lex))
                or text.startswith(lex.projects.heads_after, starts[i] + len(tok))):
            continue
        j = _name_start(tokens, flags, i, lex)
        name = _leading_noise(lex).sub("", text[starts[j]:starts[i] + len(tok)])
        a = starts[i] + len(tok) - len(name)
        if len(name) < 3 or name in generic or _counted_category(lex).match(name):
            continue
        words = [(w, f) for w, f, at in zip(tokens[j:i + 1], flags[j:i + 1], starts[j:i + 1]) if at >= a]
        if is_kind(name, words, _before(tagged, starts, a), text[a + len(name):], lex):
            kinds.append((a, a + len(name), name))
            continue
        inner = [f for f in out if a <= f[0] and f[1] <= a + len(name)]
        if len(inner) == len([f for f in out if f[0] < a + len(name) and a < f[1]]):
            out = [f for f in out if f not in inner] + [(a, a + len(name), name)]
    return sorted(out + _listed_with(text, kinds, out))


def _name_start(tokens: list[str], flags: list[str], i: int, lex: Lexicon) -> int:
    """The first token of the name whose suffix is token ``i``: leftwards up to a boundary."""
    generic, j = lex.projects.generic, i
    while j > 0 and sum(map(len, tokens[j - 1:i + 1])) <= _MAX_NAME:
        prev = tokens[j - 1]
        numbered = ((_DIGITS.match(prev) and tokens[j].startswith(lex.projects.numbered))
                    or (prev in lex.projects.numbered and j >= 2 and _DIGITS.match(tokens[j - 2])))
        # a one-character "verb" the HMM split off an unknown name: 米哈 | 游 | 总部
        split_name = (len(prev) == 1 and j >= 2 and flags[j - 2].startswith(_PROPER)
                      and prev not in lex.projects.boundary_words and "\u4e00" <= prev <= "\u9fff")
        if not numbered and not split_name and not unknown(prev, lex) and _boundary(prev, flags[j - 1], lex):
            break
        if prev in generic and not _is_suffix(prev, lex):     # 生态公园带项目 | 华泾公园样板段
            break
        if (j == i and _LATIN.match(prev)) or (_LATIN.match(tokens[j]) and _is_suffix(prev, lex)):
            break       # a part's label (徐家汇中心 | T1塔楼), or letters after a name (一类中心 | STEM教育研究所)
        if flags[j - 1] in _INSIDE and tokens[j] in places(lex):   # 聚力攻坚 | 滨江C单元西片区
            break
        j -= 1
    return j


_PEER_GAP = 3       # characters between two items of a list besides its 、 (信息管理学校 | 新校、 | 上汇实验小学部)


def _listed_with(text: str, kinds: list[tuple[int, int, str]],
                 names: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The kind-like names listed next to a name: a report lists like with like, so 百代小楼 of 放大龙华烈士陵园、
    百代小楼、名人故居等 is a project as its neighbour 龙华烈士陵园 is."""
    def next_to(a: int, b: int, c: int, d: int) -> bool:
        gap = text[b:c] if b <= c else text[d:a]
        return "\u3001" in gap and len(gap) <= _PEER_GAP and not any(ch in gap for ch in ",;:。")
    return [k for k in kinds if not any(k[0] < f[1] and f[0] < k[1] for f in names)
            and any(next_to(k[0], k[1], f[0], f[1]) for f in names)]


def _before(tagged: Tagged, starts: list[int], at: int) -> tuple[str, str]:
    """The tagged word that ends where a name starts, or an empty one."""
    return next(((w, f) for (w, f), s in zip(tagged, starts) if s + len(w) == at), ("", "x"))


@cache
def _list_end(lex: Lexicon) -> re.Pattern[str]:
    categories = "|".join(re.escape(c) for c in longest_first(lex.projects.listed_categories))
    return re.compile(f"{re.escape(lex.grammar.etcetera)}(?:{categories})")


def _lists(text: str, lex: Lexicon) -> list[tuple[tuple[int, int], list[tuple[int, str]]]]:
    """Lists before 等 and a category noun: the span of the first item, and (start, text) of every item."""
    out = []
    for m in _list_end(lex).finditer(text):
        clause_start = max(text.rfind(c, 0, m.start()) for c in ",;:。!?()") + 1
        items, pos = [], clause_start
        for item in text[clause_start:m.start()].split("、"):
            items.append((pos, item))
            pos += len(item) + 1
        out.append(((clause_start, clause_start + len(items[0][1])), items))
    return out


def _listed(text: str, tagged: dict[tuple[int, int], Tagged], lex: Lexicon) -> list[Span]:
    """Names listed before 等 and a category noun: 加快华之门、生命蓝湾等地块出让 names 华之门 and 生命蓝湾."""
    found = []
    for first_span, items in _lists(text, lex):
        first_at, first = items[0]
        tagged_first = tagged[first_span]
        cut = max((sum(len(w) for w, _ in tagged_first[: k + 1]) for k, (w, f) in enumerate(tagged_first)
                   if _boundary(w, f, lex) and not unknown(w, lex)), default=0)
        items[0] = (first_at + cut, first[cut:])
        found += [Span(a, a + len(n), n) for a, n in items]
    generic = set(lex.projects.generic)
    return [f for f in found if 2 <= len(f.name) <= 12 and f.name not in generic and not re.search(r"\d", f.name)
            and not _listed_kind(f.name, lex)]


def _listed_kind(name: str, lex: Lexicon) -> bool:
    """A listed item of several common words and no name suffix names a kind of undertaking: 中央预算内投资,
    新型政策性金融工具 (“两重”、中央预算内投资、新型政策性金融工具等项目). One word (六百, 申能) or a suffix (航天科技城)
    is the list's own evidence of a name."""
    words = tag(name, lex)
    return len(words) > 1 and not _is_suffix(words[-1][0], lex) and is_kind(name, words, ("", "x"), "", lex)


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


@step("project_tags", assigns=ProjectTags)
def project_tags(document: Document, lex: Lexicon, inputs: Inputs) -> ProjectTags:
    """The stretches of every body sentence that can hold a project's name, tagged."""
    return ProjectTags({s.index: tag_stretches(s.text, lex) for s in body(document)})


@step("project_candidates", assigns=ProjectCandidates, requires=(ProjectTags.fact,))
def project_candidates(document: Document, lex: Lexicon, inputs: Inputs) -> ProjectCandidates:
    """The project names of every body sentence, from its tagged stretches."""
    tags = inputs.get(ProjectTags)
    return ProjectCandidates({s.index: tuple(match_projects(s.text, lex, tags.of(s.index))) for s in body(document)})


@extractor("projects", assigns=(mentions_of(EntityKind.PROJECT),),
           requires=(ProjectCandidates.fact, mentions_of(EntityKind.DEVELOPMENT_ZONE)))
def extract_projects(document: Document, lex: Lexicon, inputs: Inputs) -> list[Mention]:
    """Named projects, each with the lifecycle stage the sentence reports, if any; names that are areas'
    or metrics', or lie within a development zone's name (临港新片区, 湛江临港 of 湛江临港经济区), are not projects."""
    candidates = inputs.get(ProjectCandidates)
    area_names = {a.name for a in lex.areas} | {x for a in lex.areas for x in a.aliases}
    zones = [z.provenance for z in inputs.mentions(EntityKind.DEVELOPMENT_ZONE)]
    out = []
    for s in body(document):
        quotes = quoted_ranges(s.text)
        for a, b, name in candidates.of(s.index):
            where = span(document, s, a, b)
            if (name in area_names or name in lex.metric_aliases() or inside(a, quotes)
                    or any(z.start <= where.start and where.end <= z.end for z in zones)):
                continue
            out.append(Mention(EntityKind.PROJECT, name, name, s.index, where, stage=_stage(s.text, b, lex)))
    return out
