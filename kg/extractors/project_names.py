"""Whether a project candidate names one undertaking or only a kind of facility.

A suffix and the words before it make a name only when one of those words singles the project out: a place
(宁波舟山港, 深圳湾文化广场), a person or an organisation (黄埔军校旧址纪念馆), a brand or a word the dictionary
does not know (期智研究院, 追觅机器人), letters or digits (120急救分站), a part of the district (南部医疗中心), a phase
(国际邻里中心一期), or the government's own 区, 市, 省 (区公共卫生中心, 省博物馆). Common words alone name a kind:
三甲医院, 公办学校, 工业园区, 农村义务教育学校. In main's build 46 of 60 project entities drawn at random outside
the seeds were no projects, most of them such kinds (tests/data/project_sample_before.tsv). Known misses: new words
the dictionary lacks pass as names (算力中心, 托育), and names of common words are lost unless listed next to a name
(机场联络线, 环城生态公园带).
"""
from __future__ import annotations

import re
from functools import cache

from kg.lang.zh.numerals import CN_LEADING
from kg.lang.zh.segment import tagger
from kg.lexicon import Lexicon

_PROPER = ("nr", "ns", "nt", "eng")
_MARKED = re.compile(r"[A-Za-z0-9]")
_CHINESE = re.compile(r"[\u4e00-\u9fff]+")


@cache
def _phase(lex: Lexicon) -> re.Pattern[str]:
    """A numbered phase of a project: 一期, 3期 (projects.phases)."""
    return re.compile(f"[{CN_LEADING}0-9]+(?:" + "|".join(map(re.escape, lex.projects.phases)) + ")")


@cache
def places(lex: Lexicon) -> frozenset[str]:
    """The names of the lexicon's areas (flagged nz by the segmenter)."""
    return frozenset({a.name for a in lex.areas} | {x for a in lex.areas for x in (*a.aliases, *a.weak_aliases)})


@cache
def _domain_common(lex: Lexicon) -> frozenset[str]:
    """Domain words (flagged nz by the segmenter) that single nothing out: industries, metrics, suffixes."""
    words = set(lex.industry_forms()) | set(lex.metric_aliases()) | set(lex.projects.suffixes)
    return frozenset(words - places(lex))


def _names(word: str, flag: str, last: bool, lex: Lexicon) -> bool:
    """Whether one word of a candidate singles it out. The ``last`` word, which holds the suffix, does so as a
    domain or dictionary term (枢纽港, 钛谷 are nz) only when it is the whole candidate (京沪高速铁路)."""
    if _MARKED.search(word) or flag.startswith(_PROPER) or _road(word, lex):
        return True
    if flag == "nz":
        return not last and word not in _domain_common(lex)
    if flag == "f":                                 # 南部医疗中心; not 以上, 之外
        return word in lex.projects.directions
    if flag == "j":                                 # 沪, 杭, 港 stand for places; 研发, 中小学 are common
        return len(word) == 1
    return unknown(word, lex)


def unknown(word: str, lex: Lexicon) -> bool:
    """Whether ``word`` is a run of two or more Chinese characters the dictionary does not hold: a name the
    segmenter's HMM cut out (衡复, 期智, 追觅), whatever part of speech it guessed."""
    return len(word) > 1 and _CHINESE.fullmatch(word) is not None and tagger(lex).frequency(word) == 0


def _road(word: str, lex: Lexicon) -> bool:
    """A road's name (漕宝路, 银都路) singles out what is named after it: 漕宝路快速路, 银都路隧道; a word that ends
    like a kind of road (公交线路, 丝绸之路, 农村公路) names none."""
    return (len(word) >= 3 and word.endswith(lex.projects.road_suffixes)
            and not word.endswith(tuple(g for g in lex.projects.generic if g.endswith(lex.projects.road_suffixes))))


def is_kind(name: str, words: list[tuple[str, str]], before: tuple[str, str], after: str, lex: Lexicon) -> bool:
    """Whether ``name`` (tagged as ``words``, its last word holding the suffix) names a kind of facility, not one
    project: no word of it singles a project out, nor does the word ``before`` it when that is a place or a
    quoted name (西岸 | 大模型创新生态街区, “元创未来” | 元宇宙产业创新园), nor a phase ``after`` it (一期)."""
    word, flag = before
    if word.endswith("\u201d") or flag.startswith(("ns", "nt")) or (flag == "nz" and word in places(lex)):
        return False
    if (_road(name, lex) or _phase(lex).search(name) or _phase(lex).match(after)
            or (words and words[0][0] in lex.projects.definite_prefixes)):
        return False
    if len(words) == 1:
        word, flag = words[0]
        return not (_names(word, flag, False, lex) or (flag == "nz" and word not in lex.projects.suffixes))
    *before, (last, flag) = words
    return not (any(_names(w, f, False, lex) for w, f in before) or _names(last, flag, True, lex))
