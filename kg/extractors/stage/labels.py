"""The stage of a figure kept in its label: the stage verb (新开工, 竣工, 新签约) a figure's indicator carries, found
before the number, after the counted noun, or from the indicator stated before a bare stage verb; and the stock
opening (累计) or the stage a part (其中) takes from its whole."""
from __future__ import annotations

from kg.extractors.indicator_names import identity, named
from kg.extractors.metric_labels import glued, tagged, verb_pattern
from kg.extractors.scheme_names import squash
from kg.extractors.stage.kinds import shared_qualifiers
from kg.extractors.stage.words import FIGURE, ITEM, VERB_CHARS, stage_closing, stage_degree, stage_opening
from kg.lang.zh.punctuation import CLAUSE_BREAK, ITEM_BREAK, QUOTE_MARKS
from kg.lang.zh.quantities import find_quantities
from kg.lexicon import Lexicon
from kg.lang.zh.wordset import longest_first

__all__ = ["built_so_far", "kind_part", "leading_stage", "measured", "opened_use", "own_stage", "stage_after", "stage_before",
           "staged", "staged_part", "with_stage"]


def stage_before(wording: str, surface: str, before: str, lex: Lexicon) -> str:
    """A stage stated between an indicator and its number, with at most hedges between, is the indicator's stage:
    架空线入地和杆箱整治计划新开工50公里 -> 架空线入地新开工."""
    own = squash(wording)
    clause = squash(ITEM_BREAK.split(before)[-1])
    stage = stage_closing(clause, lex)
    said = next((w for w in (squash(surface), own) if w and clause.rfind(w) >= 0), "")
    if stage is None or stage in own or not said:
        return wording
    between = clause[clause.rfind(said) + len(said): len(clause) - len(stage)]
    for word in lex.hedges.words.noise_anywhere:
        between = between.replace(word, "")
    return (named(identity(own, lex) + stage, lex) or wording) if not between else wording


def with_stage(wording: str, after: str, lex: Lexicon) -> str:
    """A count of projects followed by their stage counts that stage: 243个重点项目建成投产 -> 重点项目建成投产,
    7个不成套旧住房改造项目竣工交付 -> 不成套旧住房改造项目竣工, 318个“两重”项目全面开工 -> 两重项目开工 (a manner
    between: metrics.toml ``stage_manners``), and so does a count listed before a figure of the stage (推进不成套旧住房
    改造，…3个项目、4万平方米开工 -> 不成套旧住房改造项目开工). A count of facilities (3家社区卫生服务中心竣工投用)
    stays the facilities' count, unless the stage closing its clause is a start (metrics.toml ``start_stages``):
    52座雨水调蓄池开工建设 counts works started, no facilities yet (雨水调蓄池开工)."""
    after, own = QUOTE_MARKS.sub("", squash(after)), squash(wording)
    works = (*lex.hedges.words.generic_nouns, *lex.indicators.normalise.trailing)   # 6183座…除险加固工程开工建设
    generic = next((g for g in works if own.endswith(g)), None)
    at = after.find(own) if own else -1
    listed = _listed_figure(after, generic, lex) if generic and after.startswith(generic) else None
    if not 0 <= at <= 1 and listed is None:
        return wording
    rest = after[at + len(own):] if 0 <= at <= 1 else after[listed:]
    rest = rest[len(next((m for m in lex.indicators.normalise.stage_manners if rest.startswith(m)), "")):]
    stage = stage_opening(rest, lex)
    if generic is None:
        stage = _closing(stage, rest, lex)
    return (named(own + stage, lex) or wording) if stage and not own.endswith(stage) else wording


def _closing(stage: str | None, rest: str, lex: Lexicon) -> str:
    """The stage ``stage`` opening ``rest`` states when it closes the clause, else "": a start as the lexicon words it
    (开工建设 -> 开工; not 开工建设安置住房7.4万套), a completion with the use it opens (:func:`opened_use`)."""
    tail = CLAUSE_BREAK.split(rest[len(stage):], maxsplit=1)[0] if stage else ""
    if not stage or len(tail) > VERB_CHARS or FIGURE.search(tail):
        return ""
    return stage if stage in lex.indicators.normalise.start_stages else stage + tail


def opened_use(noun: str, stage: str, rest: str, lex: Lexicon) -> str:
    """The use a completion ``stage`` opens for the facilities ``noun`` counts: the words closing the clause in
    ``rest`` (after the stage), at most a verb's length and no figure (通车 of 8条省际对接道路建成通车, 发电 of 14座大中型
    水电站建成发电: what the facilities reached this year); "" after a start (开工建设 is 开工) or for works (项目, 工程),
    whose stage alone is the scheme's (重点项目建成投产, 不成套旧住房改造项目竣工)."""
    rules = lex.indicators.normalise
    if not stage or stage in rules.start_stages or noun.endswith((*lex.hedges.words.generic_nouns, *rules.trailing)):
        return ""
    tail = CLAUSE_BREAK.split(rest, maxsplit=1)[0]
    return tail if len(tail) <= VERB_CHARS and not FIGURE.search(tail) else ""


def _listed_figure(after: str, generic: str, lex: Lexicon) -> int | None:
    """Where the figure listed right after a count's noun ends (个项目、4万平方米|开工), else None."""
    first = next(iter(find_quantities(after, lex)), None)
    gap = after[len(generic):first.start] if first else ""
    return first.end if first is not None and gap.startswith(ITEM) and len(gap) <= 2 else None


def measured(surface: str, metric: str, unit: str, lex: Lexicon) -> str:
    """A stage measured in a unit the scheme words with a measure noun (grammar.toml ``unit_measures``) is worded with
    it when that names the same indicator: 全年开工235万平方米 of 重大工程 -> 重大工程开工面积 (the metric stays)."""
    measure = next((m for u, m in (lex.grammar.unit_measures or {}).items() if unit.endswith(u)), None)
    if measure is None or not metric.endswith(tuple(lex.indicators.label.stage_verbs)):
        return surface
    return metric + measure if identity(metric + measure, lex) == metric else surface


def leading_stage(wording: str, lex: Lexicon) -> str:
    """The stage a bare or glued wording states: 完工 in 完工 and in 完工电梯新签约 (the noun and stage glued on
    are the figure's before); else the wording."""
    stages = lex.indicators.label.stage_verbs
    return next((s for s in stages if wording.startswith(s)), wording) if glued(wording, stages) else wording


def own_stage(wording: str, lex: Lexicon) -> bool:
    """Whether a wording is a stage alone (在建, 竣工, 基本建成): the stage of its own figure, which takes no action
    carried from the figure before (建成过江通道4座、在建8座: no 建成在建)."""
    label = lex.indicators.label
    degree = stage_degree(wording, lex)
    return bool(wording) and (wording[len(degree):] in label.stage_verbs or wording == label.under_way)


def staged(stage: str, before: str, lex: Lexicon) -> str | None:
    """A bare stage verb names the stage of the indicator stated before it in the sentence: 加装电梯新签约500台、
    完工200台 -> 电梯加装完工; 8个项目、2.4万平方米竣工 after 不成套旧住房改造项目 -> 不成套旧住房改造竣工. A stage of a
    degree counts (基本建成544万套), and so does works under way (建成过江通道4座、在建8座 -> 在建过江通道)."""
    label = lex.indicators.label
    if not own_stage(stage, lex):
        return None
    noun = before
    for word in longest_first({*label.stage_verbs, *lex.hedges.words.generic_nouns}):
        noun = noun[len(word):] if noun.startswith(word) and len(noun) > len(word) + 1 else noun
        noun = noun[: -len(word)] if noun.endswith(word) and len(noun) > len(word) + 1 else noun
    under_way = label.under_way and stage == label.under_way
    return named(stage + noun if under_way else noun + stage, lex)


def stage_after(noun: str, after: str, lex: Lexicon) -> str | None:
    """A generic noun counted before a stage verb names that stage: 8个项目开工 -> 项目开工; facilities with the use the
    completion opens (5座大桥建成通车 -> 大桥建成通车)."""
    if len(tagged(noun, lex)) != 1 or not tagged(noun, lex)[0][1].startswith("n"):
        return None
    after = squash(after)
    after = after[len(noun):] if after.startswith(noun) else after
    stage = stage_opening(after, lex)
    return named(noun + stage + opened_use(noun, stage, after[len(stage):], lex), lex) if stage else None


def built_so_far(wording: str, before: str, lex: Lexicon) -> str:
    """The wording with the stock opening (累计) its clause states right before its verb: 累计建设839个海外仓 ->
    累计建设海外仓, a stock, not a year's 新增 (kg.extractors.stage.flows keeps it as written)."""
    own, clause = squash(wording), squash(CLAUSE_BREAK.split(before)[-1])
    opening = next((w for w in lex.indicators.normalise.stock_openings
                    if own and not own.startswith(w) and w + own[:2] in clause), "")
    return (named(opening + own, lex) or wording) if opening and identity(opening + own, lex) == opening + own else wording


def staged_part(wording: str, whole: str, between: str, lex: Lexicon) -> str:
    """A part opened by 其中 (metrics.toml ``part_openings``) right after a figure of a stage is of that stage:
    今年新开工700万套以上，其中各类棚户区470万套 -> 各类棚户区新开工 (national_2014), not a stock of shanties. Any
    other item keeps the qualifiers it shares with the item before (:func:`kg.extractors.stage.kinds.shared_qualifiers`)."""
    own, clause = squash(wording), squash(between).lstrip(",;:\uff0c\uff1b\uff1a")
    stages = longest_first({*lex.indicators.label.stage_verbs, *lex.hedges.words.stage_verbs})
    stage = next((s for s in stages if squash(whole).endswith(s)), "")
    if not stage or not clause.startswith(lex.indicators.label.part_openings) or any(s in own for s in stages):
        return shared_qualifiers(wording, whole, between, lex)     # 产业园2个、产业集群1个: an item, no part
    return named(own + stage, lex) or wording


def kind_part(wording: str, whole: str, between: str, lex: Lexicon) -> str:
    """A part opened by 其中 (metrics.toml ``part_openings``) that names a kind of the thing its whole's flow counts
    takes the whole's action and measure: 新增铁路里程1.97万公里，其中高速铁路8951公里 -> 新增高速铁路里程
    (national_2013), as 新增贷款…，其中中长期贷款 -> 新增中长期贷款. The kind closes with the whole's noun after its
    opening verbs (铁路 of 新增|铁路|里程) and is longer than it; a part with verbs of its own keeps its wording."""
    own, clause, whole = squash(wording), squash(between).lstrip(",;:\uff0c\uff1b\uff1a"), squash(whole)
    run = verb_pattern(lex).match(whole) if clause.startswith(lex.indicators.label.part_openings) else None
    own = own.removeprefix(whole[:run.end()]) if run is not None else own     # 新增高速铁路: the whole's verbs
    if run is None or not run.end() or verb_pattern(lex).match(own):
        return wording
    rest = whole[run.end():]
    shared = next((k for k in range(min(len(rest), len(own) - 1), 1, -1) if own.endswith(rest[:k])), 0)
    return (named(whole[:run.end()] + own + rest[shared:], lex) or wording) if shared else wording
