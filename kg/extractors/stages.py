"""Stages in indicator labels: the stage verb (新开工, 竣工, 新签约) a figure's indicator carries, found before the number,
after the counted noun, or from the indicator stated before a bare stage verb."""
from __future__ import annotations

import itertools
import re

from kg.extractors.indicator_names import identity, named, squash
from kg.extractors.metric_labels import glued, only_verbs, tagged, verb_pattern
from kg.extractors.wording import post_noun, strip_words
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lang.zh.quantities import find_quantities
from kg.lexicon import Lexicon


def stage_before(wording: str, surface: str, before: str, lex: Lexicon) -> str:
    """A stage stated between an indicator and its number, with at most hedges between, is the indicator's stage:
    架空线入地和杆箱整治计划新开工50公里 -> 架空线入地新开工."""
    own = squash(wording)
    clause = squash(re.split(r"[,;:。!?，；：！？、]", before)[-1])
    stage = next((s for s in sorted(lex.indicators.label.stage_verbs, key=len, reverse=True) if clause.endswith(s)),
                 None)
    said = next((w for w in (squash(surface), own) if w and clause.rfind(w) >= 0), "")
    if stage is None or stage in own or not said:
        return wording
    between = clause[clause.rfind(said) + len(said): len(clause) - len(stage)]
    for word in lex.hedges.words.noise_anywhere:
        between = between.replace(word, "")
    return (named(identity(own, lex) + stage, lex) or wording) if not between else wording


def with_stage(wording: str, after: str, lex: Lexicon) -> str:
    """A count of projects followed by their stage counts that stage: 243个重点项目建成投产 -> 重点项目建成投产,
    7个不成套旧住房改造项目竣工交付 -> 不成套旧住房改造项目竣工, and so does a count listed before a figure of the
    stage (推进不成套旧住房改造，…3个项目、4万平方米开工 -> 不成套旧住房改造项目开工). A count of facilities
    (3家社区卫生服务中心竣工投用) stays the facilities' count."""
    after, own = squash(after), squash(wording)
    works = (*lex.hedges.words.generic_nouns, *lex.indicators.normalise.trailing)   # 6183座…除险加固工程开工建设
    generic = next((g for g in works if own.endswith(g)), None)
    at = after.find(own)
    listed = _listed_figure(after, generic, lex) if generic and after.startswith(generic) else None
    if generic is None or (not 0 <= at <= 1 and listed is None):
        return wording
    rest = after[at + len(own):] if 0 <= at <= 1 else after[listed:]
    stage = next((s for s in sorted(lex.indicators.label.stage_verbs, key=len, reverse=True) if rest.startswith(s)),
                 None)
    return (named(own + stage, lex) or wording) if stage and not own.endswith(stage) else wording


def measured(surface: str, metric: str, unit: str, lex: Lexicon) -> str:
    """A stage measured in a unit the scheme words with a measure noun (grammar.toml ``unit_measures``) is worded with
    it when that names the same indicator: 全年开工235万平方米 of 重大工程 -> 重大工程开工面积 (the metric stays)."""
    measure = next((m for u, m in (lex.grammar.unit_measures or {}).items() if unit.endswith(u)), None)
    if measure is None or not metric.endswith(tuple(lex.indicators.label.stage_verbs)):
        return surface
    return metric + measure if identity(metric + measure, lex) == metric else surface


def _listed_figure(after: str, generic: str, lex: Lexicon) -> int | None:
    """Where the figure listed right after a count's noun ends (个项目、4万平方米|开工), else None."""
    first = next(iter(find_quantities(after, lex)), None)
    gap = after[len(generic):first.start] if first else ""
    return first.end if first is not None and gap.startswith("\u3001") and len(gap) <= 2 else None


def leading_stage(wording: str, lex: Lexicon) -> str:
    """The stage a bare or glued wording states: 完工 in 完工 and in 完工电梯新签约 (the noun and stage glued on
    are the figure's before); else the wording."""
    stages = lex.indicators.label.stage_verbs
    return next((s for s in stages if wording.startswith(s)), wording) if glued(wording, stages) else wording


def staged(stage: str, before: str, lex: Lexicon) -> str | None:
    """A bare stage verb names the stage of the indicator stated before it in the sentence: 加装电梯新签约500台、
    完工200台 -> 电梯加装完工; 8个项目、2.4万平方米竣工 after 不成套旧住房改造项目 -> 不成套旧住房改造竣工."""
    label = lex.indicators.label
    degree = next((d for d in lex.indicators.normalise.stage_degrees if stage.startswith(d)), "")
    under_way = label.under_way and stage == label.under_way       # 建成过江通道4座、在建8座 -> 在建过江通道
    if stage[len(degree):] not in label.stage_verbs and not under_way:     # 基本建成544万套: a stage of a degree
        return None
    noun = before
    for word in sorted({*label.stage_verbs, *lex.hedges.words.generic_nouns}, key=len, reverse=True):
        noun = noun[len(word):] if noun.startswith(word) and len(noun) > len(word) + 1 else noun
        noun = noun[: -len(word)] if noun.endswith(word) and len(noun) > len(word) + 1 else noun
    return named(stage + noun if under_way else noun + stage, lex)


def own_stage(wording: str, lex: Lexicon) -> bool:
    """Whether a wording is a stage alone (在建, 竣工, 基本建成): the stage of its own figure, which takes no action
    carried from the figure before (建成过江通道4座、在建8座: no 建成在建)."""
    label = lex.indicators.label
    degree = next((d for d in lex.indicators.normalise.stage_degrees if wording.startswith(d)), "")
    return bool(wording) and (wording[len(degree):] in label.stage_verbs or wording == label.under_way)


def stage_after(noun: str, after: str, lex: Lexicon) -> str | None:
    """A generic noun counted before a stage verb names that stage: 8个项目开工 -> 项目开工."""
    if len(tagged(noun, lex)) != 1 or not tagged(noun, lex)[0][1].startswith("n"):
        return None
    after = squash(after)
    after = after[len(noun):] if after.startswith(noun) else after
    stage = next((s for s in sorted(lex.indicators.label.stage_verbs, key=len, reverse=True) if after.startswith(s)),
                 None)
    return named(noun + stage, lex) if stage else None


_FIGURE_ITEM = re.compile("[0-9\uff10-\uff19][^\u3001]*\u3001")


def list_closed(text: str, start: int) -> bool:
    """Whether the clause opening at ``start`` follows, past a clause break, a list of figures joined by 、: the
    verb opening that list acts on its items alone, so its action does not reach the figure after the break
    (新增国家现代农业产业园11个、优势特色产业集群9个，国家级农业产业化龙头企业119家: 119 is the stock, henan_2026)."""
    before = text[:start]
    if not before or not CLAUSE_BREAK.fullmatch(before[-1]):
        return False
    return _FIGURE_ITEM.search(CLAUSE_BREAK.split(before[:-1])[-1]) is not None


def carried_action(action: str, noun: str, lex: Lexicon) -> str:
    """The action a figure's wording passes to the next item of its list: its action with the verbs opening its noun,
    a run of verbs acting jointly (开工改造城镇老旧小区196个、城中村6万户 -> 开工改造城中村, not 开工城中村)."""
    run = verb_pattern(lex).match(noun)
    joint = noun[: run.end()] if run and len(noun) - run.end() >= 2 else ""
    return action + joint if joint and not joint.endswith(tuple(lex.indicators.label.connectives)) else action


_VERB_ASIDE = re.compile(r"\(([^()\d,;:\u3002!?\u3001]{1,2})\)")


def joined_alternatives(pre: str, lex: Lexicon) -> str:
    """``pre`` with a verb in brackets after a verb joined to it: the figure counts both actions, its label keeps
    them (既有住宅加装(更新)电梯6000部 -> 加装更新, 新(改)建…管网4000公里 -> 新改建: sichuan_2026)."""
    def join(m: re.Match[str]) -> str:
        inner, before, after = m.group(1), pre[: m.start()], pre[m.end():]
        whole = verb_pattern(lex).fullmatch(before[-1:] + inner + after[:1]) is not None
        words = tagged(before[-4:], lex)
        verbs = bool(words) and words[-1][1] in ("v", "vn") and all(f in ("v", "vn", "d") for _, f in tagged(inner, lex))
        return inner if whole or verbs else m.group()
    return _VERB_ASIDE.sub(join, pre)


_VERB_FLAGS = ("v", "vn")
_MODIFIER_REACH = 6


def verbs_over_modifier(head: str, lex: Lexicon) -> str:
    """The run of verbs opening the words before 的 when the rest of them only places or qualifies the noun after 的:
    the verbs are the figure's actions (新建改建和维护提升群众身边的体育场地设施1万个 -> 新建改建和维护提升, zhejiang_2026);
    "" when the words are verbs alone (规划建设的医院: no action of the figure) or the rest holds a verb of its own."""
    words = tagged(re.split(r"[,;:\u3001\uff0c\uff1b\uff1a\u3002]", head)[-1], lex)
    verbs = list(itertools.takewhile(lambda w: w[1] in _VERB_FLAGS or w[1] == "c" or verb_pattern(lex).fullmatch(w[0]),
                                     words))
    while verbs and verbs[-1][1] == "c":
        verbs.pop()
    rest = words[len(verbs):]
    if not verbs or not rest or any(f in _VERB_FLAGS for _, f in rest) or len("".join(w for w, _ in rest)) > _MODIFIER_REACH:
        return ""
    run = "".join(w for w, _ in verbs)
    return run if len(run) >= 2 and only_verbs(run, lex) or len(verbs) > 1 else ""


def clause_action(items: list[str], lex: Lexicon) -> str:
    """The run of verbs opening the first of a clause's list items, which acts on the last item too when that has
    none (更新改造燃气、供排水等老化管道6000公里: 更新改造, not the verb of the clause before); "" for one item."""
    if len(items) < 2:
        return ""
    first = joined_alternatives(items[0], lex)      # 新(改)建燃气、供排水管网: 新改建
    run = verb_pattern(lex).match(first)
    return first[: run.end()] if run and run.end() >= 2 and len(first) > run.end() else ""


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
    for item in reversed(squash(CLAUSE_BREAK.split(before)[-1]).split("\u3001")):
        words = [w for w in tagged(item, lex) if w[1] not in _PARTICLES]
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


_PARTICLES = ("ul", "uz", "ug")         # 了, 着, 过 after a verb


def _joined_verb(before: str, lex: Lexicon) -> str:
    """The verb and connective joined before a count action (取消和 of 取消和停征), else ""."""
    joint = next((c for c in lex.indicators.label.connectives if before.endswith(c)), "")
    verbs = {*lex.indicators.label.count_actions, *(v for cls in lex.indicators.normalise.verb_class for v in cls.verbs)}
    verb = next((v for v in sorted(verbs, key=len, reverse=True) if joint and before[: -len(joint)].endswith(v)), "")
    return verb + joint if verb else ""


def built_so_far(wording: str, before: str, lex: Lexicon) -> str:
    """The wording with the stock opening (累计) its clause states right before its verb: 累计建设839个海外仓 ->
    累计建设海外仓, a stock, not a year's 新增 (kg.extractors.indicator_names keeps it as written)."""
    own, clause = squash(wording), squash(CLAUSE_BREAK.split(before)[-1])
    opening = next((w for w in lex.indicators.normalise.stock_openings
                    if own and not own.startswith(w) and w + own[:2] in clause), "")
    return (named(opening + own, lex) or wording) if opening and identity(opening + own, lex) == opening + own else wording


def staged_part(wording: str, whole: str, between: str, lex: Lexicon) -> str:
    """A part opened by 其中 (metrics.toml ``part_openings``) right after a figure of a stage is of that stage:
    今年新开工700万套以上，其中各类棚户区470万套 -> 各类棚户区新开工 (national_2014), not a stock of shanties."""
    own, clause = squash(wording), squash(between).lstrip(",;:\uff0c\uff1b\uff1a")
    stages = sorted({*lex.indicators.label.stage_verbs, *lex.hedges.words.stage_verbs}, key=len, reverse=True)
    stage = next((s for s in stages if squash(whole).endswith(s)), "")
    if not stage or not clause.startswith(lex.indicators.label.part_openings) or any(s in own for s in stages):
        return wording
    return named(own + stage, lex) or wording


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
    closings = (lex.grammar.etcetera, *lex.hedges.words.list_totals)
    closed = any(c.endswith(closings) for c in (clause, strip_words(clause, lex.hedges.words.noise, leading=False)))
    items = clause.split("\u3001")
    closed = closed or (count is not None and len(items) >= 2 and count == len(items)
                        and not any(re.search("[0-9]", i) for i in items))
    if not counted or not closed:
        return wording
    words = tagged(clause.split("\u3001")[0], lex)
    run = "".join(w for w, _ in itertools.takewhile(lambda w: w[1] in _VERB_FLAGS or verb_pattern(lex).fullmatch(w[0]),
                                                    words))
    norm = lex.indicators.normalise
    process = {*norm.process_verbs, *lex.indicators.label.connectives} - set(norm.flow_stages)
    acting = [m.group() for m in verb_pattern(lex).finditer(run) if m.group() not in process]
    if not run or len(run) == len("".join(w for w, _ in words)) or not acting:
        return wording                  # 制定并实施钢铁、煤炭、水泥等11个行业…: only work done, no action that counts
    return named(run + own, lex) or wording
