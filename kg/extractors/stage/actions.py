"""The action a figure's label keeps: the verb that makes its count a flow of things acted on (建立, 增发, 新建改建)
rather than their stock, read before the count, before 的, in brackets after another verb, or opening a clause of
named examples."""
from __future__ import annotations

import itertools
import re

from kg.extractors.indicator_names import named
from kg.extractors.metric_labels import only_verbs, tagged, verb_pattern
from kg.extractors.scheme_names import squash
from kg.extractors.stage.flows import counts_things
from kg.extractors.stage.words import FIGURE, ITEM, MODIFIER_REACH, PARTICLES, VERB_FLAGS
from kg.extractors.wording import post_noun, strip_words
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon
from kg.lang.zh.wordset import longest_first

__all__ = ["action_before_count", "examples_action", "joined_alternatives", "verbs_over_modifier"]

_BODY_FLAGS = ("nt",)           # an organisation (国务院) acting on the things a clause lists
_BETWEEN_FLAGS = ("d", "t")     # 先后, 已: adverbs and time words between the body and its verb
_VERB_ASIDE = re.compile(r"\(([^()\d,;:\u3002!?\u3001]{1,2})\)")
_HEAD_BREAK = re.compile(r"[,;:\u3001\uff0c\uff1b\uff1a\u3002]")       # the words before 的 read from the last of these


def joined_alternatives(pre: str, lex: Lexicon) -> str:
    """``pre`` with a verb in brackets after a verb joined to it: the figure counts both actions, its label keeps
    them (既有住宅加装(更新)电梯6000部 -> 加装更新, 新(改)建…管网4000公里 -> 新改建: sichuan_2026)."""
    def join(m: re.Match[str]) -> str:
        inner, before, after = m.group(1), pre[: m.start()], pre[m.end():]
        whole = verb_pattern(lex).fullmatch(before[-1:] + inner + after[:1]) is not None
        words = tagged(before[-4:], lex)
        verbs = bool(words) and words[-1][1] in VERB_FLAGS and all(f in (*VERB_FLAGS, "d") for _, f in tagged(inner, lex))
        return inner if whole or verbs else m.group()
    return _VERB_ASIDE.sub(join, pre)


def verbs_over_modifier(head: str, lex: Lexicon) -> str:
    """The run of verbs opening the words before 的 when the rest of them only places or qualifies the noun after 的:
    the verbs are the figure's actions (新建改建和维护提升群众身边的体育场地设施1万个 -> 新建改建和维护提升, zhejiang_2026);
    "" when the words are verbs alone (规划建设的医院: no action of the figure) or the rest holds a verb of its own."""
    words = tagged(_HEAD_BREAK.split(head)[-1], lex)
    verbs = list(itertools.takewhile(lambda w: w[1] in VERB_FLAGS or w[1] == "c" or verb_pattern(lex).fullmatch(w[0]),
                                     words))
    while verbs and verbs[-1][1] == "c":
        verbs.pop()
    rest = words[len(verbs):]
    if not verbs or not rest or any(f in VERB_FLAGS for _, f in rest) or len("".join(w for w, _ in rest)) > MODIFIER_REACH:
        return ""
    run = "".join(w for w, _ in verbs)
    return run if len(run) >= 2 and only_verbs(run, lex) or len(verbs) > 1 else ""


def action_before_count(wording: str, before: str, after: str, lex: Lexicon) -> str:
    """A verb closing the words before a count whose things follow it is the count's action, when the wording kept
    only those things: 建立了2400所社区卫生服务中心 -> 建立社区卫生服务中心 (national_2011), 增发1000亿元财政债券 ->
    增发财政债券 (national_1999): a flow of new things, not their stock. Verbs listed before the count all act
    (撤销、关停…); the verbs are metrics.toml ``count_actions``."""
    noun = post_noun(after, lex)
    if not noun or squash(wording) != noun:
        return wording
    actions, rules = lex.indicators.label.count_actions, lex.indicators.label
    run: list[str] = []
    subject = ""
    for item in reversed(squash(CLAUSE_BREAK.split(before)[-1]).split(ITEM)):
        words = [w for w in tagged(item, lex) if w[1] not in PARTICLES]
        said = strip_words("".join(w for w, _ in words), rules.count_batches, leading=False)
        verb = next((a for a in actions if said.endswith(a)), "")
        if not verb or (run and item != verb):
            break
        subject = _subject(said[: -len(verb)], lex)
        verb = _joined_verb(said[: -len(verb)], lex) + verb       # 取消和停征100项行政事业性收费
        run.insert(0, verb)
        if item != verb:
            break
    action = "".join(run)
    return (named(action + noun, lex) or (named(subject + action + noun, lex) if subject else None) or wording) \
        if run else wording


def _subject(before: str, lex: Lexicon) -> str:
    """The noun opening the words before a count action, its adverbs dropped (远程教育已 -> 远程教育), when nothing else
    stands there; else ""."""
    words = tagged(before, lex)
    while words and words[-1][1] in ("d", "ad"):
        words = words[:-1]
    return "".join(w for w, _ in words) if words and all(f.startswith(("n", "vn", "j", "l")) for _, f in words) else ""


def _joined_verb(before: str, lex: Lexicon) -> str:
    """The verb and connective joined before a count action (取消和 of 取消和停征), else ""."""
    joint = next((c for c in lex.indicators.label.connectives if before.endswith(c)), "")
    verbs = {*lex.indicators.label.count_actions, *(v for cls in lex.indicators.normalise.verb_class for v in cls.verbs)}
    verb = next((v for v in longest_first(verbs) if joint and before[: -len(joint)].endswith(v)), "")
    return verb + joint if verb else ""


def examples_action(wording: str, before: str, after: str, lex: Lexicon, count: float | None = None) -> str:
    """A verb opening a clause that lists named examples closed by 等 or 共 before a count acts on the things counted
    after the number, when the wording kept only those things: 加快建设机场联络线、崇明线、14号线等172公里轨道交通线 ->
    建设轨道交通线, 建成10号线二期、15号线、18号线部分区段共67公里轨道交通线 -> 建成轨道交通线 (shanghai_city_2020), 开工建设
    嘉闵线…等8个轨道交通项目和高端船舶、新能源汽车等59个投资10亿元以上的产业项目 -> 开工 (shanghai_city_2022). The
    verbs are those the lexicon knows (kg.extractors.metric_labels.verb_pattern), one of them more than a process verb
    (实施, 推进: metrics.toml ``process_verbs``) unless a flow's stage (培育). Named items as many as ``count`` close
    the list too: they are the things counted (新增南雄至信丰、龙川至寻乌2条高速公路出省通道 -> 新增…, guangdong_2025)."""
    own = squash(wording)
    counted = bool(own) and squash(after).replace(lex.grammar.possessive, "").startswith(own)    # 投资10亿元以上的产业项目
    clause = squash(CLAUSE_BREAK.split(before)[-1])
    if not counted or not _examples_closed(clause, lex, count):
        return wording
    body, words = _acting_body(tagged(clause.split(ITEM)[0], lex))
    run = "".join(w for w, _ in itertools.takewhile(lambda w: w[1] in VERB_FLAGS or verb_pattern(lex).fullmatch(w[0]),
                                                    words))
    norm = lex.indicators.normalise
    launches = norm.launch_verbs if counts_things(own, lex) else ()     # 成立宛南、紫薇等5个学前教育集团 (judge 8102)
    process = {*norm.process_verbs, *lex.indicators.label.connectives} - {*norm.flow_stages, *launches}
    acting = [m.group() for m in verb_pattern(lex).finditer(run) if m.group() not in process]
    acting = acting or ([run] if body and run not in process else [])      # 国务院提出: a body's own act
    if not run or len(run) == len("".join(w for w, _ in words)) or not acting:
        return wording                  # 制定并实施钢铁、煤炭、水泥等11个行业…: only work done, no action that counts
    return named(body + run + own, lex) or wording


def _acting_body(words: tuple[tuple[str, str], ...]) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The body (an organisation, as the tagger reads it) opening a clause before its verb, and the words after it,
    adverbs and time words between left out: 国务院先后提出…等5部法律议案 counts the bills the State Council put
    forward (国务院提出法律议案, judge 9501). ("", ``words``) when no body opens them."""
    if len(words) < 2 or not words[0][1].startswith(_BODY_FLAGS):
        return "", words
    k = 1
    while k < len(words) and words[k][1].startswith(_BETWEEN_FLAGS):
        k += 1
    return words[0][0], words[k:]


def _examples_closed(clause: str, lex: Lexicon, count: float | None) -> bool:
    """Whether a clause's list of named examples is closed: by 等 or 共 (grammar.toml ``etcetera``, hedges
    ``list_totals``), or by as many items, none with a figure, as the figure after it counts."""
    closings = (lex.grammar.etcetera, *lex.hedges.words.list_totals)
    if any(c.endswith(closings) for c in (clause, strip_words(clause, lex.hedges.words.noise, leading=False))):
        return True
    items = clause.split(ITEM)
    return count is not None and len(items) >= 2 and count == len(items) and not any(FIGURE.search(i) for i in items)
