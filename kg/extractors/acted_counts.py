"""Counts of the things an action acts on or the things that did it (issue 17, family counts18; the "no" rows of the
blind judges /work/label_judge_8103.tsv and 8104.tsv).

Two readings a statistician makes of a count whose clause goes on after the counted noun:

- a wording that stops inside a word closing its clause takes the whole word: 15个重点行业淘汰落后产能年度任务如期完成
  (national_2015) is no 重点行业淘汰落后产能年度任务如期 (a label never cuts a word in two: the tagger reads 如期完成
  as one word);
- a count after a verb of reaching (hedges.toml [measure] ``level_after_change``: 至, 到, closing a verb) whose classifier
  is followed by a noun counts that noun, of the thing that reached it: 亚太示范电子口岸网络拓展至24个成员口岸
  (shanghai_city_2022) counts the network's member ports (-> 亚太示范电子口岸网络成员口岸), not networks.

Each reading is tried only when its cheap precondition holds (the clause runs on past the wording; a reaching word
right before the count), and a reading whose label breaks a label rule leaves the wording as it was.
Read by kg.extractors.indicators.attribute.
"""
from __future__ import annotations

from kg.extractors.indicator_names import squash
from kg.extractors.metric_labels import label_problems, tagged
from kg.extractors.passed_counts import passed_review
from kg.lang.zh.postag import NOUN_FLAGS
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon
from kg.model import Quantity

__all__ = ["acted_count"]

_QUOTES = str.maketrans("", "", "\u201c\u201d\u2018\u2019\"")
_MEMBER_CHARS = (2, 6)      # characters of the noun counted after a verb of reaching (成员口岸)
_PREDICATE_CHARS = (4, 12)  # characters of a predicate kept after the things counted (成为城镇居民, 安装脱硫设施)


def acted_count(wording: str, q: Quantity, before: str, after: str, lex: Lexicon) -> str:
    """``wording`` read as the things an action acts on or the things that did it (module docstring); else unchanged."""
    own = squash(wording)
    clause = squash(CLAUSE_BREAK.split(after, maxsplit=1)[0]).translate(_QUOTES)
    found = (_whole_word(own, clause, lex) or _reached_members(own, q, clause, before, lex)
             or _predicate_kept(own, clause, lex) or passed_review(own, clause, lex))
    return found if found is not None and not label_problems(found, lex) else wording


def _whole_word(own: str, clause: str, lex: Lexicon) -> str | None:
    """The whole clause when ``own`` stops inside the word that closes it (如期|完成 of 如期完成)."""
    if not clause.startswith(own) or len(clause) == len(own):
        return None
    words = tagged(clause, lex)
    last = words[-1][0] if words else ""
    return clause if len(clause) - len(last) < len(own) else None


def _reached_members(own: str, q: Quantity, clause: str, before: str, lex: Lexicon) -> str | None:
    """The thing before a verb of reaching and the noun its count counts (拓展至24个成员口岸 -> …成员口岸)."""
    lead = squash(before)
    if q.unit not in lex.generic_classifiers or not lead.endswith(lex.hedges.measure.level_after_change):
        return None
    if not lead[:-1].endswith(own) and own not in lead[-len(own) - 6:]:
        return None                     # the wording is not the thing before the verb
    noun = ""
    for word, tag in tagged(clause, lex):
        if tag not in NOUN_FLAGS:
            break
        noun += word
    return own + noun if _MEMBER_CHARS[0] <= len(noun) <= _MEMBER_CHARS[1] and noun not in own else None


def _predicate_kept(own: str, clause: str, lex: Lexicon) -> str | None:
    """The counted things and the predicate closing their clause, a verb with its object or a second verb and no
    figure, a noun among its words: 8000多万农业转移人口成为城镇居民 -> 农业转移人口成为城镇居民 (national_2018),
    5000多万千瓦新增燃煤发电机组全部安装脱硫设施 -> 新增燃煤发电机组安装脱硫设施 (national_2012): the count is of the
    things that did it, not all of them. Verbs alone (5个天府实验室揭牌运行, sichuan_2026: the labs opened are the labs) leave the things' count. Words saying all did it or how ([normalise] ``stage_wholes``, ``stage_manners``) drop; a
    predicate opened by work only pushed on (``works_openings``: 推进, 加快) or by a process verb that is no stage names
    nothing of the things, and one opened by a linking verb (hedges ``level_verbs``: 达到, 实现, 完成) a level or an outcome they
    reached, which other readings word (达到三级综合医院水平的县级医院; 4个社区卫生服务中心完成改造并投入使用 stays the
    centres' count, the outcome of the gold's pair 社区卫生服务中心竣工投用)."""
    if not clause.startswith(own) or len(clause) - len(own) < _PREDICATE_CHARS[0]:
        return None
    norm = lex.indicators.normalise
    rest = clause[len(own):]
    rest = rest.removeprefix(next((w for w in (*norm.stage_wholes, *norm.stage_manners) if rest.startswith(w)), ""))
    if not _PREDICATE_CHARS[0] <= len(rest) <= _PREDICATE_CHARS[1] or any(c.isdigit() for c in rest):
        return None
    words, things = tagged(rest, lex), tagged(own, lex)
    idle = set(norm.process_verbs) - {*norm.outcome_verbs, *norm.flow_stages}
    if (len(words) < 2 or words[0][1] != "v" or words[0][0] in idle or words[0][0] in norm.works_openings
            or words[0][0] in lex.hedges.measure.level_verbs
            or not any(t in NOUN_FLAGS for _, t in words[1:])
            or not things or things[-1][1] not in NOUN_FLAGS + ("nz",)):
        return None
    return own + rest
