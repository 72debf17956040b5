"""Money put in for a purpose worded after the figure is named as the funds of that purpose (issue 17, the hand-judged
samples tests/data/label_sample_s5_before.tsv and tests/data/label_judge_4242.tsv: 支持职业教育发展 named the purpose, not
the money)."""
from __future__ import annotations

import re

from kg.extractors.indicator_names import named, squash
from kg.extractors.metric_labels import tagged, verb_pattern
from kg.extractors.payer_funds import funder as _funder, paid_sum
from kg.extractors.payer_purposes import disposed_funds, handed_for, headed_payer, used_for
from kg.extractors.wording import post_noun, strip_words, words
from kg.lexicon import Lexicon
from kg.model import Document, Observation
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lang.zh.wordset import longest_first
from kg.lang.zh.numerals import DIGIT

__all__ = ["funded_purpose", "funds_supporting", "headed_funds", "money_named", "purpose_after", "supported_by"]

_PUNCT = re.compile("[\u3001\u201c\u201d\"]")
_QUOTED = re.compile("\u201c([^\u201d]{2,12})\u201d")


def money_named(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """The name of a sum of money from its purpose: :func:`funded_purpose`, else :func:`spent_on`, else
    :func:`purpose_after`, else a payer's purpose stated after the sum or its funds put to use
    (kg.extractors.payer_purposes), else the payer's funds after the sum (kg.extractors.payer_funds)."""
    return (funded_purpose(o, sentence, lex) or spent_on(o, before, sentence, lex) or purpose_after(o, sentence, lex)
            or used_for(o, sentence, lex) or disposed_funds(o, sentence, lex) or handed_for(o, sentence, lex)
            or paid_sum(o, sentence, lex))


def spent_on(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """Money worded by its noun alone after the purpose it is spent on (用于 P 的: [label] purpose_verbs) keeps the
    purpose and the funder: 中央财政用于城市低保的补助资金136亿元 -> 中央财政城市低保补助资金 (national_2007: as
    funded_purpose names funds), 中央财政用于科技、教育、卫生、文化等方面的支出 (national_2006, read as 方面的支出: a
    purpose before a measure noun stays as written, metrics.toml purpose_verbs); a change of that sum stated right
    after it keeps the name (比上年增加24亿元). None when the wording holds its purpose already, names no funds, spending or money put in (用于项目建设的
    专项债券 stays 专项债券), none is stated, the
    purpose opens as no name does ([label] bad_starts: 这些方面) or the sum is one item's of a list (分别)."""
    rules = lex.indicators.label
    own = squash(o.metric_surface)
    money = (rules.funding_noun, *rules.measure_endings, *rules.funding_verbs)   # 资金, 支出, 投入: not 专项债券
    if not own or any(v in own for v in rules.purpose_verbs) or not own.endswith(money):
        return None
    clause = squash(CLAUSE_BREAK.split(sentence[:o.quantity.start])[-1])
    at = clause.rfind(own) if o.quantity.unit.endswith(_MONEY) else -1
    verb = max(((clause.rfind(v, 0, at), v) for v in (*rules.purpose_verbs, *rules.support_verbs)), default=(-1, ""))
    if at < 0:
        return _sum_before(own, o, before, sentence, lex)
    purpose = _PUNCT.sub("", clause[verb[0] + len(verb[1]):at])
    each = any(w in clause[at + len(own):] for w in lex.grammar.lists.each)     # 用于科技、教育…的支出分别为
    if (verb[0] < 0 or each or not 2 <= len(purpose) <= _REACH + 8 or purpose.startswith(rules.bad_starts)
            or lex.grammar.possessive not in purpose + own[:-2]):       # 用于这些方面的支出: which, said before
        return None
    whose = _funder(clause[: verb[0]], lex)
    return named(whose + verb[1] + purpose + own, lex) or named(whose + purpose.removesuffix(lex.grammar.possessive) + own, lex)


def _sum_before(own: str, o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """The purpose-named wording of the sum right before, when this figure repeats its noun and only words without a
    figure stand between them (…补助资金136亿元，比上年增加24亿元)."""
    if before is None or before.sentence != o.sentence:
        return None
    whole = squash(before.metric_surface)
    between = sentence[before.quantity.end:o.quantity.start]
    if whole == own or not whole.endswith(own) or not before.quantity.unit.endswith(_MONEY) or DIGIT.search(between):
        return None
    return whole


def funded_purpose(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The funds of what a support verb after a sum of money opens, when a funding verb ([label] funding_verbs) closes
    the clause before the sum: 中央财政将投入100亿元支持职业教育发展 -> 中央财政职业教育资金 (national_2006); a quoted
    programme names what it supports (…实施企业找技术、成果找市场“双向揭榜挂帅” -> 双向揭榜挂帅资金, sichuan_2026).
    The funder stays when one of [label] funders (财政) names it. None for other figures."""
    rules = lex.indicators.label
    if not o.quantity.unit.endswith(_MONEY) or not rules.funding_noun:
        return None
    clause = strip_words(squash(CLAUSE_BREAK.split(sentence[:o.quantity.start])[-1]), words(lex, "noise"), leading=False)
    verb = next((v for v in rules.funding_verbs if clause.endswith(v)), "")
    after = squash(sentence[o.quantity.end:]).removeprefix(rules.funding_noun)
    support = next((v for v in rules.support_verbs if after.startswith(v)), "")
    if not verb or not support:
        return None
    purpose = CLAUSE_BREAK.split(after[len(support):], maxsplit=1)[0]
    quoted = _QUOTED.search(purpose)
    purpose = quoted.group(1) if quoted else strip_words(purpose, rules.purpose_tails, leading=False)
    whose = _funder(clause[: -len(verb)], lex)
    return named(whose + purpose + rules.funding_noun, lex) if 2 <= len(purpose) <= _REACH else None


def purpose_after(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """Funds worded by their kind alone ([label] fund_heads, no verb) right after their sum, whose next clause opens
    with a verb of purpose ([label] purpose_verbs, support_verbs, maybe after a purpose_adverbs word), named by that
    purpose, its funder kept as :func:`funded_purpose` keeps it: 安排30亿元国债资金，重点支持煤矿瓦斯综合治理和利用的科技
    攻关试点工程 -> 煤矿瓦斯综合治理和利用科技攻关试点工程国债资金 (national_2006); 中央财政安排1000亿元专项奖补资金，重点
    用于职工分流安置 -> 中央财政职工分流安置专项奖补资金 (national_2016). None when the sum is not put in ([label]
    funding_verbs: 安排) or no verb of purpose opens the next clause."""
    rules = lex.indicators.label
    after = squash(sentence[o.quantity.end:])
    own = post_noun(CLAUSE_BREAK.split(after, maxsplit=1)[0], lex)     # 安排30亿元|国债资金: the funds after the sum
    head = CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))[-1]
    if (not o.quantity.unit.endswith(_MONEY) or not own.endswith(tuple(rules.fund_heads)) or not after.startswith(own)
            or verb_pattern(lex).search(own) or not CLAUSE_BREAK.match(after[len(own):])
            or not head.endswith(tuple(rules.funding_verbs))):
        return None                     # 安排|30亿元: funds put in, not bonds issued (增发1000亿元财政债券)
    clause = CLAUSE_BREAK.split(after[len(own) + 1:], maxsplit=1)[0]
    clause = next((clause[len(a):] for a in rules.purpose_adverbs if clause.startswith(a)), clause)
    verb = next((v for v in (*rules.purpose_verbs, *rules.support_verbs) if clause.startswith(v)), "")
    purpose = clause[len(verb):]
    purpose = next((purpose[len(v):] for v in rules.support_verbs if purpose.startswith(v)), purpose)   # 用于支持
    purpose = purpose.replace(lex.grammar.possessive, "")
    if not verb or not 2 <= len(purpose) <= _REACH + 8 or DIGIT.search(purpose):
        return None                     # no verb of purpose opens the clause (迅速出台…政策措施)
    whose = _funder(head[: -len(next(v for v in rules.funding_verbs if head.endswith(v)))], lex)     # 中央财政
    return named(whose + purpose + own, lex) or named(purpose + own, lex)


_MONEY = "\u5143"           # 元: a sum of money (亿元, 万元)
_REACH = 12


def funds_supporting(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """Funds whose support verb closes the wording before a count are named with the things counted after it:
    技改专项资金支持4441个技改项目 -> 技改专项资金支持技改项目. None otherwise."""
    rules = lex.indicators.label
    own = squash(o.metric_surface)
    verb = next((v for v in rules.support_verbs if own.endswith(v)), "")
    funds = own[: -len(verb)] if verb else ""
    if not verb or o.quantity.normalized_unit != _COUNT or not funds.endswith(rules.funding_noun) or len(funds) < 4:
        return None
    noun = post_noun(sentence[o.quantity.end:], lex)
    return named(own + noun, lex) if len(noun) >= 2 else None


def supported_by(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """Things counted as supported (a support verb opening the wording) by the policy or the sum the clause before
    names: 率先出台制造业设备更新贷款贴息政策，支持项目684个 -> 制造业设备更新贷款贴息政策支持项目 (jiangsu_2025);
    中央预算投资安排150亿元，支持4000多个项目 -> 中央预算投资支持项目. None otherwise."""
    rules = lex.indicators.label
    own = squash(o.metric_surface)
    verb = next((v for v in rules.support_verbs if own.startswith(v)), "")
    thing = own[len(verb):] or post_noun(sentence[o.quantity.end:], lex)
    thing = next((b for b in longest_first(rules.bare) if thing.startswith(b)), "") \
        if own == verb else thing                 # 支持4000多个项目建设: the things, not their building
    if not verb or o.quantity.normalized_unit != _COUNT or thing not in rules.bare:
        return None
    clauses = CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))
    if len(clauses) < 2 or clauses[-1] not in (own, verb):
        return None
    funder = ""
    if clauses[-2].endswith(tuple(rules.policy_heads)) and not DIGIT.search(clauses[-2]):
        parts = list(tagged(clauses[-2], lex))
        while parts and parts[0][1][:1] in ("v", "d", "a"):
            parts.pop(0)
        funder = "".join(w for w, _ in parts)
    elif _SUM.match(clauses[-2]):                      # 中央预算投资安排150亿元，支持4000多个项目
        funder = strip_words(_SUM.match(clauses[-2]).group(1), (*words(lex, "noise"), *rules.funding_verbs))
    return named(funder + verb + thing, lex) if len(funder) >= 4 else None


def headed_funds(o: Observation, document: Document, lex: Lexicon) -> str | None:
    """Funds worded by a generic kind (补贴资金), with their funder or not, whose kind a clause before names in full:
    the sentence before in the paragraph, a figure-less heading (三要进一步增加农业补贴。中央财政拟安排补贴资金1230亿元 ->
    中央财政农业补贴资金, national_2009), or a clause before in the sentence (建立健全种粮农民补贴制度…，补贴资金从2007年的
    639亿元增加到… -> 种粮农民补贴资金, national_2013); a payer's funds alone, by the task opening the paragraph
    (kg.extractors.payer_purposes.headed_payer). None otherwise."""
    rules = lex.indicators.label
    own = squash(o.metric_surface)
    if not o.quantity.unit.endswith(_MONEY) or not rules.funding_noun:
        return None
    return _headed_kind(own, o, document, lex) or headed_payer(o, document, lex)


def _headed_kind(own: str, o: Observation, document: Document, lex: Lexicon) -> str | None:
    """The funds of :func:`headed_funds` whose kind a clause before names in full; None otherwise."""
    rules = lex.indicators.label
    if not own.endswith(rules.funding_noun):
        return None
    at = max((own.rfind(f) + len(f) for f in rules.funders if own.rfind(f) >= 0), default=0)
    kind = strip_words(own[at: -len(rules.funding_noun)], (*rules.clause_adverbs, *rules.funding_verbs), trailing=False)
    if not 2 <= len(kind) <= 4:                             # 中央财政拟安排补贴资金: the funder's verb goes
        return None
    sentence = document.sentences[o.sentence]
    previous = document.sentences[o.sentence - 1] if o.sentence else None
    clauses = CLAUSE_BREAK.split(squash(sentence.text[:o.quantity.start]))[:-1]
    if (previous is not None and previous.paragraph == sentence.paragraph and len(previous.text) <= _HEADING_CHARS
            and not DIGIT.search(previous.text)):
        clauses.insert(0, CLAUSE_BREAK.split(squash(previous.text).rstrip("\u3002"))[-1])
    for clause in reversed(clauses):
        noun = _noun_of_kind(clause, kind, lex)
        if noun and not re.search("[0-9\u3001]", clause):      # 增加农资综合补贴、良种补贴…: a list's, not one kind
            return named(own[:at] + noun + rules.funding_noun, lex)
    return None


def _noun_of_kind(clause: str, kind: str, lex: Lexicon) -> str:
    """The nouns before ``kind`` in ``clause`` and ``kind`` (种粮农民补贴 in 建立健全种粮农民补贴制度), "" when no noun
    stands right before it."""
    at = clause.rfind(kind)
    if at < 2 or clause[at + len(kind):].startswith(tuple(lex.indicators.label.policy_heads)):
        return ""                       # 全国社会保障基金: another sum, not the kind of the funds
    parts = list(tagged(clause[:at], lex))
    noun = ""
    while parts and parts[-1][1][:1] == "n" and len(noun) < _HEADING_CHARS // 2:
        noun = parts.pop()[0] + noun
    return noun + kind if noun else ""


_HEADING_CHARS = 24
_SUM = re.compile("^([^0-9]{4,20}?)[0-9.]+[\u591a\u4f59]?[\u4e07\u4ebf]*\u5143$")     # X150亿元: a sum and its wording
_COUNT = "unit:NUM"
