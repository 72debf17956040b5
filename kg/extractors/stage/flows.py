"""Whether the verb of a wording makes its count a flow or a stock, as the normal form of an indicator reads it
(kg.extractors.indicator_names): works pushed on are works under way (推进典型村建设), 累计 before a verb counts
what was built so far (累计建设海外仓), a flow's stage stays (建成过江通道), and a launch verb (启动, 制定, 创建)
stays before the things it launches. kg.extractors.indicator_names calls this module, so it imports nothing of it."""
from __future__ import annotations

from kg.extractors.metric_labels import label_problems, tagged, verb_pattern
from kg.extractors.scheme_names import known
from kg.extractors.stage.words import VERB_CHARS, VERB_FLAGS, class_verbs, strip_leading, unverbed
from kg.lexicon import Lexicon

__all__ = ["counts_things", "stock_built", "without_process", "works_run", "works_under_way"]

_PROPER_FLAGS = ("nr", "ns", "nt")     # a place or body named (张江科学城), no things counted


def works_under_way(name: str, lex: Lexicon) -> str:
    """The works a wording opened by a works opening (metrics.toml ``works_openings``: 推进, 加快) pushes on, its works
    verb kept where it stands and the opening dropped (推动典型村建设 -> 典型村建设, not 新增典型村); "" otherwise."""
    rules = lex.indicators.normalise
    kept = strip_leading(name, tuple(m for m in rules.modifiers if m not in rules.works_openings))
    rest = strip_leading(kept, (*rules.modifiers, *rules.works_openings))
    if rest == kept or not any(rest.endswith(w) or rest.startswith(w) for w in rules.works_verbs):
        return ""
    verb = next(w for w in rules.works_verbs if rest.startswith(w) or rest.endswith(w))
    noun = rest[len(verb):] if rest.startswith(verb) else rest[: -len(verb)]
    launch = next((v for v in rules.launch_verbs if kept[: len(kept) - len(rest)].endswith(v)), "")
    if launch and rest.startswith(verb):
        if not counts_things(noun, lex):
            return ""                   # 启动建设87条“县城…”发展轴: the works of no thing named
        rest = launch + rest            # 启动建设省级渔港经济区: works launched on things, a flow of launches
    return rest if len(noun) >= 2 and not label_problems(verb + noun, lex) else ""     # 建设新城: a bare object


def works_run(pre: str, lex: Lexicon) -> str:
    """The works opening and works verb (metrics.toml ``works_openings``, ``works_verbs``) closing the words before a
    count, only modifiers and adverbs (重点) before them: 重点推进建设4所…托育机构 acts 推进建设 on the things counted, whose label
    keeps the works verb (建设…托育机构, judge 9502), not the opening alone. A launch (启动建设) is read as such
    (:func:`works_under_way`). "" otherwise."""
    rules = lex.indicators.normalise
    openings = (o for o in rules.works_openings if o not in rules.launch_verbs)   # 启动建设: read as a launch
    run = next((o + v for o in openings for v in rules.works_verbs if pre.endswith(o + v)), "")
    manners = (*rules.modifiers, *lex.indicators.label.purpose_adverbs)     # 加快, 重点: how the works are pushed
    if not run or strip_leading(pre[: len(pre) - len(run)], manners, keep=0):
        return ""
    return run


def stock_built(name: str, lex: Lexicon) -> bool:
    """Whether ``name`` opens with a stock opening (累计) and a verb of a class written before its noun other than
    the class's name: 累计建设海外仓 counts what was built so far (累计新增 stays a flow)."""
    rules = lex.indicators.normalise
    opening = next((w for w in rules.stock_openings if name.startswith(w)), "")
    rest = name[len(opening):]
    launched = rest.startswith(rules.launch_verbs) and counts_things(rest, lex)     # 累计创建6家…创新中心
    return bool(opening) and (launched or any(rest.startswith(v) and not cls.suffix and not rest.startswith(cls.name)
                                              and len(rest) - len(v) >= 2 for v, cls in class_verbs(lex)))


def without_process(name: str, lex: Lexicon) -> str:
    """``name`` without its leading modifiers and process verbs, a flow's stage kept (建成过江通道 stays, and so does a
    launch of projects: 启动城中村改造项目) unless only the name without it passes the label rules (培育新就业形态…平台:
    培育 and 新 read as a clause). A launch verb (启动, 制定, 创建) stays before things (:func:`counts_things`)."""
    rules = lex.indicators.normalise
    every = strip_leading(name, (*rules.modifiers, *rules.process_verbs))
    flows = (*rules.flow_stages, *(rules.launch_verbs if counts_things(every, lex) else ()),
             *(rules.outcome_verbs if every.endswith(rules.launched_nouns) else ()))     # 完成城中村改造项目
    kept = strip_leading(name, (*rules.modifiers, *(v for v in rules.process_verbs if v not in flows)))
    return every if kept != every and label_problems(kept, lex) and not label_problems(every, lex) else kept


def counts_things(rest: str, lex: Lexicon) -> bool:
    """Whether a wording, its opening verbs dropped, names things rather than an activity: a launch verb before things
    is the flow's own (制定政府规章, 创建国家乡村振兴示范县, 启动零星旧改地块 count what the year enacted, created or
    launched; bare, they read as the stock), before an activity it only narrates (启动成套改造 is 成套改造 counted).
    Not when the things are a name of the scheme already or no name at all."""
    rules = lex.indicators.normalise
    if rest.endswith(rules.launched_nouns):
        return True
    things = unverbed(rest, lex)
    if known(things, lex) is not None:
        return _stock_named(known(things, lex), lex)    # a name of the scheme wins (宜业BOX) unless it names a stock
    if label_problems(things, lex):
        return False                    # no verb makes a name (启动试点)
    words = tagged(rest, lex)
    activity = any(verb_pattern(lex).fullmatch(rest[-k:]) for k in range(2, min(len(rest), VERB_CHARS) + 1))
    return bool(words) and words[-1][1] not in (*VERB_FLAGS, *_PROPER_FLAGS) and not activity


def _stock_named(name: str, lex: Lexicon) -> bool:
    """Whether a lexicon name is a count of things with no verb of its own (学前教育集团, not 新增宜业BOX…站点): a launch
    verb before it states the year's flow of them (成立5个学前教育集团, xuhui 2024: groups founded, judge 8102; the
    gold's 成立学前教育集团), which the name alone reads as the stock."""
    metric = lex.metric(name)
    return (metric is not None and metric.kind == "count" and verb_pattern(lex).match(name) is None
            and tagged(name, lex)[0][1] not in VERB_FLAGS)
