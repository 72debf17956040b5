"""The schema of metrics.toml: the indicator scheme, how wordings of one indicator are normalised, and the
rules every metric label obeys. Field names are the TOML keys (see kg.lexicon.schema)."""
from __future__ import annotations

from dataclasses import dataclass

from kg.lexicon.schema import Pattern

Words = tuple[str, ...]

POLARITIES = ("higher", "ceiling", "decrease")
KINDS = ("amount", "rate", "share", "count", "index")


@dataclass(frozen=True)
class Metric:
    """One indicator of the scheme (a skos:Concept in the graph)."""

    name: str
    aliases: Words = ()
    exact_aliases: Words = ()       # forms that name it only as the whole wording (经济 before 增长)
    en: str = ""
    kind: str = "amount"            # amount | rate | share | count | index
    polarity: str = "higher"        # higher (a floor) | ceiling (an upper limit) | decrease (a required fall)
    code: str = ""                  # a standard code, from the file's `code_source`
    rate_of: str | None = None

    def __post_init__(self) -> None:
        if self.polarity not in POLARITIES:
            raise ValueError(f"polarity must be one of {', '.join(POLARITIES)}, not {self.polarity!r}")
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}, not {self.kind!r}")


@dataclass(frozen=True)
class VerbClass:
    """Verbs that word one action on an indicator's noun, written as ``name`` before or after the noun."""

    name: str
    verbs: Words
    suffix: bool = False
    tracked_as: str = ""            # the class the promise tracker compares it as (新建改建 as 改造), else its name


@dataclass(frozen=True)
class Qualifiers:
    """Words that, next to an indicator's name, make another indicator (人均 before, 比重 after)."""

    before: Words
    after: Words
    scope: Words = ()               # words before a name that only place it (全省, 全国): no qualifier
    kinds: Words = ()               # 规上, 高速: kinds before a name the tagger reads as no noun, narrowing it
    wholes: Words = ()              # 国家, 全社会: nouns before a name that name the whole it is of, no part
    annual: Words = ()              # 年: between qualifiers and a name, the figure's year only (郑州机场年货邮吞吐量)


@dataclass(frozen=True)
class Normalise:
    """What a wording may differ by and still name the same indicator."""

    modifiers: Words                # leading scope and manner words dropped (多渠道, 全年, 年内)
    process_verbs: Words            # verbs that only say work is done on the noun (实施, 推进)
    flow_stages: Words = ()         # of those, the ones that state a flow's stage, kept (建成 in 建成过江通道4座)
    launch_verbs: Words = ()        # 启动, 制定, 创建: process verbs kept before things (启动城中村改造项目, 制定政府规章)
    launched_nouns: Words = ()      # 项目: things a launch verb launches, a flow
    trailing: Words = ()            # closing words that only say it is a programme (工程)
    stage_manners: Words = ()       # manner words before a closing stage (集中 in 集中签约)
    stage_wholes: Words = ()        # 全部: between counted things and a closing stage, all of them reached it
    outcome_verbs: Words = ()       # 完成: process verbs kept before launched_nouns (完成13个城中村改造项目)
    start_stages: Words = ()        # 开工: a start of works closing a count of facilities is the count's stage
    verb_nouns: Words = ()          # 建设用地: nouns opening with a verb of the lexicon, no action on what follows
    stage_degrees: Words = ()       # words of degree before a bare stage, kept (基本 in 基本建成544万套)
    new_openings: Words = ()        # 新: before an action verb, part of the action (新引进顶尖人才)
    quality_heads: Words = ()       # 水平, 能力: a quality a verb of a suffix class raises, not renovates
    works_verbs: Words = ()         # 建设: a verb of a class that, before works_nouns, carries works out
    works_nouns: Words = ()         # 项目, 试验区: works a works verb carries out, not adds (建设省重大项目)
    works_openings: Words = ()      # 推进, 加快: before a works verb, the works are under way whatever the noun
    stock_openings: Words = ()      # 累计: before a verb of the 新增 class (not 新增 itself), what was built so far
    verb_class: tuple[VerbClass, ...] = ()


@dataclass(frozen=True)
class LabelRules:
    """What a metric label may not be: each rule is named in a checker's answer."""

    min_chars: int
    max_chars: int
    bare: Words                     # generic nouns and verbs that name no indicator alone
    bad_endings: Words              # a phrase cut short: 新增口袋公园及, 接诊能力从
    cut_endings: Words              # of those, the words dropped to find the name the phrase was cut from
    share_nouns: Words              # 比例, 比重: a share named by its whole clause
    subject_verbs: Words            # 入馆: a count of what the subject of the clause before does
    share_openings: Words           # 占: a share of the figure before's indicator
    bad_starts: Words               # a clause's opening, not a name: 我们, 二是
    stage_verbs: Words              # a label opening and closing with one of these glues two facts
    connectives: Words              # words joining verbs: a label of verbs and these alone is no name
    pos_never_first: Words = ()
    pos_never_last: Words = ()
    pos_never: Words = ()
    pos_alone_never: Words = ()
    clause_verbs: Words = ()
    verb_endings: Words = ()
    edge_words: Words = ()
    clause_adverbs: Words = ()      # adverbs inside a label that make it a clause: 将, 已, 共, 陆续
    object_prepositions: Words = ()     # 对: inside a label, its object closing the label with no verb
    measure_endings: Words = ()     # a label of one word names an indicator only when it ends in one of these
    verbal_nouns: Words = ()        # 就业, 消费: words tagged as verbs that name a thing, closing a label of verbs
    share_false: Words = ()         # words holding 占 that open no share (占地面积)
    share_noun: str = ""
    state_verbs: Words = ()         # 实现: counted things reaching a quoted state (实现“跨省通办”)
    become_verbs: Words = ()        # 创建成为: counted things becoming a named kind of themselves
    rate_verbs: Words = ()          # 覆盖: a percentage of what it covers is its rate (覆盖率)
    rate_noun: str = ""
    ranked_measures: Words = ()     # 产量, 营业收入: a measure of counted things reaching a rank or a threshold
    rank_predicate: Pattern | None = None       # 居全国第1位: a rank, joined to the things by 的
    threshold_predicate: Pattern | None = None  # 超百亿元: a threshold, written before the things
    contribution_verbs: Words = ()  # 贡献了: a share of a whole's increase contributed (贡献了全国38.7%的贸易增量)
    contribution_scopes: Words = () # 全国: the whole's scope, before the figure
    contribution_name: str = ""     # 对{scope}{noun}贡献
    rate_links: Words = ()          # 提前, 实现, 保持: between a rate's subject and its figure (保交房项目…实现100%交付)
    partial_nouns: Words = ()       # 增加值, 营业收入: a measure whose subject stands before it in the sentence
    entity_measures: Words = ()     # 净资产, 研发投入: an owner's measure, its owner written once for a list
    defining_verbs: Words = ()      # 明确, 确定: closing a clause before 的 and a count, whose set the things are
    pushing_verbs: Words = ()       # 推动: before a count, the things are counted by the outcome after them
    supporting_verbs: Words = ()    # 支持: opening a clause before 的 and a measure's things, what they serve
    attaining_verbs: Words = ()     # 达到: after a count's things, closing their clause, the things attaining it
    bare_classes: Words = ()        # 系列活动: a class after quoted examples and 等, named by the first
    effect_verbs: Words = ()        # 影响: before a thing, a change word and percentage points, the effect's size
    effect_units: Words = ()        # 个百分点: the units of an effect on a change
    part_openings: Words = ()       # 其中: a generic noun after it names a part of the figure before (其中企业)
    part_noun: str = ""             # 数量: what names that part's count (企业数量)
    change_nouns: Words = ()        # 涨幅, 增速: change words that close a name (物价涨幅), not a clause
    chained_verbs: Words = ()       # 统筹, 用于: after an action verb they make a clause (新增统筹各类保障性住房)
    purpose_verbs: Words = ()       # 用于: a label holding one closes with a measure noun (…用于教育支出)
    causatives: Words = ()          # 可使: what a measure lets someone do names the figure (农民减轻负担)
    handing_verbs: Words = ()       # 拿出: a funder's figure named by its purpose after it (…用于转移支付)
    funders: Words = ()             # 财政: a funder named before its purpose (中央财政转移支付)
    funding_verbs: Words = ()       # 投入, 安排: money put in, named by what it supports after the figure
    support_verbs: Words = ()       # 支持, 实施: opening what money put in supports (…投入100亿元支持职业教育发展)
    funding_noun: str = ""          # 资金: what names that money (中央财政职业教育资金)
    purpose_tails: Words = ()       # 发展: closing a purpose, it only says the thing is supported
    people_counters: Words = ()     # 人, 名: a count of people (4386万名异地务工人员在粤稳定就业)
    progress_words: Words = ()      # 加速推进: after 建设, the works counted are under way, not added
    under_way: str = ""             # 在建: what names works under way (在建高水平医院)
    count_actions: Words = ()       # 建立, 增发: before a count of the things after it, a flow's action kept in its name
    count_batches: Words = ()       # 首批: between a count action and its count, only which batch (dropped)
    role_verbs: Words = ()          # 牵头: before a verb, the subject's role with the things counted (kept)
    securing_verbs: Words = ()      # 争取: before a count's things, what the body secured from above (kept)
    share_scopes: Words = ()        # 全国: percentages of its things are shares of its total (全国46%的进口冷链货物)
    inner_verbs: Words = ()         # 配合, 开展: after the label's first word they are a clause's predicate
    light_verbs: Words = ()         # 开展: of those, a verb dropped to name the count (工业企业技术改造)
    given_verbs: Words = ()         # 提供, 发放: a noun glued before them is a beneficiary (人才提供租房补贴)
    for_prepositions: Words = ()    # 为: opening a wording before the beneficiary of its verb (为经营主体减负)
    place_prepositions: Words = ()  # 在: with a place and verbs after it, only placing the noun (在浙就业省外劳动力)
    destinations: Words = ()        # 到: people counted before it and a place go there to do what names them
    counted_kinds: Words = ()       # 事项, 措施: after a count they name what it counts (…21项重点合作事项)
    counted_totals: Words = ()      # 投资总额: a total named by the count before it (重大产业项目投资总额)
    place_verbs: Words = ()         # 落地, 集聚: before the place closing a label they make it a clause
    events: Words = ()              # 广交会: fairs whose own figures a clause opened by them states
    event_measures: Words = ()      # 意向成交: what only a fair measures, owned by the fair named before it
    event_suffixes: Words = ()      # 博览会: a name so ending is a fair's (第二届中俄博览会)
    item_attributes: Words = ()     # 床位: listed after a count of things, what those things have (养老服务机构床位)
    event_joins: Words = ()         # 参赛: closing a count's clause, those taking part in the event hosted before it
    event_counts: Words = ()        # 场: units counting held activities, which own a fair's measure after them
    anaphors: Words = ()            # 相关: opening a wording, it points back to the event its paragraph's heading hosts
    driving_verbs: Words = ()       # 带动: opening a list item, what the item before adds drives it (创业带动就业)
    owner_suffixes: Words = ()      # 经济区, 新城: a name so ending that opens a clause owns its figures
    owner_openings: Words = ()      # 在: before an owner opening a clause (在临港新片区，…)
    owner_programmes: Words = ()    # 一网通办: a programme a sentence's first clause names owns its figures
    owned_heads: Words = ()         # 项目, 举措: a short label so ending is of what the first clause acts on
    owned_things: Words = ()        # 政策, 改革: what a first clause acts on that has projects and measures
    owned_levels: Words = ()        # 省, 中央: opening a label, the level of government that owns it (省重点项目)
    recognition_verbs: Words = ()   # 获批, 入选: counted things recognised so are counted with the recognition
    contrast_marks: Words = ()      # 也: a later clause's other body doing the same keeps the count's body
    aid_verbs: Words = ()           # 支持, 援助: a body so helping the counted things is named with them
    people_units: Words = ()        # 人: people counted before what they do are counted by it (参保人数)
    people_noun: str = ""
    country_population: Pattern | None = None   # 13亿多人口的大国: the country's total population
    population_metric: str = ""
    people_heads: Words = ()        # 学生, 家庭: heads of nouns of people a programme reaches or a problem solved is of
    household_units: Words = ()     # 户: units counting households
    reach_verbs: Words = ()         # 惠及: people counted after it and before a programme's name are its beneficiaries
    hedge_openings: Words = ()      # 超, 近: between a verb and its figure
    hedge_closings: Words = ()      # 以上: right after a figure
    done_mark: str = ""             # 了: after a verb, it is done
    audience_prepositions: Words = ()   # 为: opening a clause, who is served by the service counted
    audience_verbs: Words = ()      # 开展, 提供: after the audience, the service counted follows
    audience_share: str = ""        # 比例: closing the name of the share of an audience served
    problem_noun: str = ""          # 问题: what a verb of resolving solves
    problem_words: Words = ()       # 困难: other words closing what is solved
    threshold_classes: Pattern | None = None    # 投资10亿元以上的: a class of size before a counted noun
    policy_heads: Words = ()        # 政策: a clause closing with one names what supports the things counted after it
    programme_verbs: Words = ()     # 建立, 实施: opening a clause, they set up the programme it names (no part of it)
    part_mark: str = ""             # 中: between a whole and the share of a part of it (新增电力装机中绿色能源占比)
    part_hedges: Words = ()         # 超过, 有: between 中 and a share worded after its figure (指标中超七成达到国内一流)
    share_units: Words = ()         # %, 成: the units of a share of a whole
    topic_closing: Pattern | None = None    # 取得重要进展: closing a figure-less opening clause that names a sector
    topic_subjects: Words = ()      # 企业, 实到资金: generic subjects a figure after such a clause takes the sector for
    locative_opening: str = ""      # 在: before a province's short name, a locative inside a subject (在粤)
    programme_measures: Words = ()  # 参保人数: measures only a programme has, named with the programme before them
    programme_heads: Words = ()     # 保险, 长护险: heads of the programmes such measures are of
    bare_measures: Words = ()       # 幅度, 里程: closing a wording with no noun before, measures of a thing named before
    average_words: Words = ()       # 日均: opening a bare measure, an average over time, no thing of its own
    works_classes: Words = ()       # 重大工程: a class of works before the name of one (国家重大工程深中通道)
    programme_joins: Words = ()     # 参保: the verb of joining a programme, closing a label of people who joined
    owner_times: Words = ()         # 年度: a time word opening a clause before its doer, no part of the doer
    subject_measures: Words = ()    # 存款余额, 筹资额: measures naming no thing, of what the clause before says
    joint_verbs: Words = ()         # 共建: opening a label, things done with partners the sentence names as a region
    own_agents: Words = ()          # 国务院: the reporting government as an agent, no owner of its own figures
    carried_scopes: Words = ()      # 农村: scopes a clause before gives the measure a figure's wording closes with
    economy_heads: Words = ()       # 经济: closing an industry named by a kind of activity (低空经济), the kind its scope
    disposal_markers: Words = ()    # 将, 把: opening a clause, they front the owner of the measure a figure changes
    tax_measures: Words = ()        # 税率: measures of a tax, of the tax the sentence names when they name none
    tax_names: Words = ()           # 增值税: the taxes of the national tax system
    current_words: Words = ()       # 现行: the state before a change, between an owner and its old figure
    coverage_verbs: Words = ()      # 覆盖: before a count inside a modifier, the modified noun covers the things counted
    fund_heads: Words = ()          # 资金, 债券: funds a clause after their figure gives the purpose of
    purpose_adverbs: Words = ()     # 重点: before the verb of purpose opening that clause
    graded_qualifiers: Words = ()   # 以上: a threshold in a qualifier closed by 的 before the noun a count counts
    held_measures: Words = ()       # 税负: after counted holders, a measure of theirs a change verb before the count moves
    grade_classes: Pattern | None = None    # 二级以上服务等级: a grade in a modifier restricting the things after it
    rated_predicate: Pattern | None = None  # 获评A级以上: after counted things, the grade they are rated at
    scope_nouns: Words = ()         # 范围: a scope a wording closes with, extended to the things a count names
    payer_spending: Pattern | None = None   # 中央财政五年支出: a payer, a span and a word of spending alone
    purpose_closers: Words = ()     # 工作: closing a clause's subject, no part of the purpose money pays for
    spent_on: Pattern | None = None     # 对…的投入: closing a clause, what more is spent on
    works_rounds: Pattern | None = None     # 第二轮: a round of a named place's works, between the name and a count
    bound_words: Words = ()         # 上限: a bound of a policy, whose scope a clause before names
    widening_verbs: Words = ()      # 扩大: after things counted and their scope (…的免征范围), the scope widened
    widened_reforms: Words = ()     # 改革: closing a wording a widening verb extends to a count of places
    reach_verb: str = ""            # 覆盖: between that reform and the places it reaches (农村信用社改革覆盖省)
    passing_verbs: Words = ()       # 通过: after things counted, before the review they passed
    passed_reviews: Words = ()      # 评价, 备案: closing that review
    review_rounds: Pattern | None = None    # 第一、二批次: the rounds of the review, no part of its name
    person_heads: Words = ()        # 志愿者: heads of nouns of persons, counted without what they do after them
    people_flow_verbs: Words = ()   # 吸纳: before people counted, the act whose flow the count is
    per_head_payments: Words = ()   # 补助: payments whose figure per head (人均40元) is a standard
    per_head_figure: Pattern | None = None     # 从人均40元: a figure of money per head
    per_head_word: str = ""         # 人均: opening the label of a standard per head
    standard_noun: str = ""         # 标准: closing it
    scheme_closers: Words = ()      # 制度: closing the object that names the scheme of a standard per head
    task_closers: Words = ()        # 建设: closing a paragraph's opening task, the work done, not what money pays for
    task_enumeration: Pattern | None = None     # 一是: opening an enumerated task, no part of it
    disposal_marks: Words = ()      # 把: before a sum of money, its funds are the object put to use by the verb after
    deal_verbs: Words = ()          # 签约: closing a wording of a sum of money, the deal whose amount the sum is
    deal_sum: str = ""              # 金额: what names that amount (项目签约金额)
    patterns: tuple[Pattern, ...] = ()


@dataclass(frozen=True)
class MetricsFile:
    source: str
    code_source: str
    metric: tuple[Metric, ...]
    qualifiers: Qualifiers
    normalise: Normalise
    label: LabelRules
