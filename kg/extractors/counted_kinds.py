"""What a figure counts, and the kind of it, kept in its label (issue 17; the blind judges' rows of
tests/data/label_judge_*.tsv and tests/data/label_judge_3030.tsv whose label named the programme, the group or the whole
instead of the things counted).

- People whose problem a verb of resolving (hedges ``resolved``) solves are counted with the problem:
  解决750万户城市低收入住房困难家庭…的住房问题 -> 解决住房问题的城市低收入住房困难家庭 (national_2009), the examples
  before 等 kept as they scope the class (解决住房问题的林区垦区煤矿等棚户区居民); things counted with their problem glued
  after them are the things whose problem is solved (解决生活污水治理问题的自然村, guangdong_2025).
- People a programme reaches (``reach_verbs``) are its beneficiaries, the programme named after them or by the clause
  before: 实施惠及3000多万农村义务教育阶段学生营养改善计划 -> 营养改善计划惠及农村义务教育阶段学生 (national_2013);
  实施学前一年免费教育政策、惠及168万名儿童 -> 学前一年免费教育政策惠及儿童 (guangdong_2026); so are the parts (其中) of
  people given something, and people counted after what is given (发放育儿补贴181.2万人 -> 发放育儿补贴人数).
- A count right after the count of the groups it comes in counts its own noun: 对592个重点贫困县1700万名贫困家庭学生
  免除学杂费 -> 贫困家庭学生免除学杂费 (national_2006), not the counties; nouns right before a count that name
  nothing alone qualify it (营商环境评价8个一级指标 -> 营商环境评价一级指标).
- A threshold of size (``threshold_classes``) between a count and its noun restricts the kind counted:
  59个投资10亿元以上的产业项目 -> 投资10亿元以上产业项目 (shanghai_city_2022).
- A kind opened by 其中 takes what its whole's name adds (高速公路特色服务区, 各类棚户区新开工); a pilot's places are the
  pilot's (企业优化资本结构试点城市); a state reached names the things (跨境通办高频政务服务事项); an adverb before the
  figure stays out (质量工作考核连续10次获评国家A级 -> 质量工作考核获评国家A级).
Shares are named by kg.extractors.counted_shares, funds by kg.extractors.money_labels. Read by
kg.extractors.indicators.attribute (:func:`counted_kind_of`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extractors.indicator_names import find, known, named, squash
from kg.extractors.metric_labels import tagged, verb_pattern
from kg.extractors.counted_shares import (after_clause, before_clause, counts_people, cut_share, extended_share, part_share,
                                          share_doing, share_of_clause, threshold_share)
from kg.extractors.counted_context import NOUN_TAGS, part_of_kind, pilot_places, sector_topic
from kg.extractors.money_labels import funds_supporting, headed_funds, supported_by
from kg.extractors.wording import post_noun
from kg.extractors.list_marks import LIST_MARK, item_ends, joiners
from kg.lang.zh.punctuation import ASIDE, CLAUSE_BREAK, ITEM_BREAK, QUOTE_MARKS
from kg.lexicon import Lexicon
from kg.model import Document, Observation
from kg.lang.zh.postag import NOUN_FLAGS
from kg.lang.zh.wordset import longest_first

__all__ = ["counted_kind_of"]

_COUNT = "unit:NUM"
_MAGNITUDE = "unit:UNITLESS"
_NOUN_CHARS = 16
_SHARED_VERB = re.compile("^(.*?)\u4e86?[0-9]")     # the verb before the list's first figure


def counted_kind_of(o: Observation, before: Observation | None, document: Document, lex: Lexicon) -> str | None:
    """The name of what ``o`` counts when its wording names something else (see the module's causes), else None."""
    sentence = document.sentences[o.sentence].text
    return (headed_funds(o, document, lex) or solved_for(o, sentence, lex) or solved_things(o, sentence, lex)
            or reached_before(o, sentence, lex) or reached_after(o, before, sentence, lex)
            or after_groups(o, sentence, lex)
            or share_doing(o, before, sentence, lex) or extended_share(o, sentence, lex) or cut_share(o, sentence, lex)
            or threshold_kind(o, sentence, lex) or funds_supporting(o, sentence, lex)
            or supported_by(o, sentence, lex) or state_reached(o, sentence, lex)
            or part_beneficiaries(o, sentence, lex) or without_adverb(o, sentence, lex)
            or qualified_count(o, sentence, lex) or given_count(o, sentence, lex)
            or part_of_kind(o, before, sentence, lex) or pilot_places(o, sentence, lex)
            or object_counted(o, sentence, lex) or part_share(o, before, sentence, lex)
            or threshold_share(o, sentence, lex) or share_of_clause(o, sentence, lex)
            or sector_topic(o, sentence, lex))


def _people_head(noun: str, lex: Lexicon) -> bool:
    return noun.endswith(tuple(lex.indicators.label.people_heads))


def solved_for(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """People whose problem a verb of resolving before them solves: 解决750万户城市低收入住房困难家庭和240万户林区、
    垦区、煤矿等棚户区居民的住房问题 -> 解决住房问题的城市低收入住房困难家庭, 解决住房问题的棚户区居民; the lexicon's
    name when the people and the problem make one (解决3200万农村人口的安全饮水问题 -> 解决农村饮水安全人口). None when
    no such verb stands right before the figure, the people are no people or no 的 and problem follow them."""
    rules = lex.indicators.label
    head = before_clause(o, sentence)
    head = next((head[: -len(h)] for h in rules.hedge_openings if head.endswith(h)), head).removesuffix(rules.done_mark)
    verb = next((v for v in lex.hedges.words.resolved if head.endswith(v)), "")
    if not verb and head.endswith(item_ends(lex)) and o.quantity.start:        # …的饮水困难和60万无电地区人口: shared
        shared = _SHARED_VERB.search(head)
        verb = next((v for v in lex.hedges.words.resolved if shared and shared.group(1).endswith(v)), "")
    clause = CLAUSE_BREAK.split(squash(sentence[o.quantity.end:]), maxsplit=1)[0]
    item = re.split(f"[{LIST_MARK}{joiners(lex)}](?=[0-9])", clause, maxsplit=1)[0]     # 和240万户: the next item
    of = lex.grammar.possessive
    if of not in item and of in clause:                 # 解决750万户X和240万户Y的住房问题: the list's problem
        item = item + clause[clause.rfind(of):]
    elif of not in item:                                # 9748万农村人口饮水困难和饮水安全问题: the problem glued on
        item = _glued_problem(item, lex)
    if not verb or not counts_people(o, lex) or of not in item:
        return None
    whom, problem = item.split(of, 1)
    whom, problem = _people_first(_with_examples(whom, lex), problem, lex)
    if re.search("[0-9]", problem) or not problem.endswith(rules.problem_noun):     # 饮水安全和无电区445万人的…
        problem = re.split(f"[{joiners(lex)}]", problem, maxsplit=1)[0]
    if not _people_head(whom, lex) or len(problem) < 2 or re.search("[0-9]", whom + problem):
        return None
    problem = problem if problem.endswith((rules.problem_noun, *rules.problem_words)) else problem + rules.problem_noun
    found = find(whom + problem, lex)
    if found is not None and known(found[0], lex):
        return found[0]
    return named(verb + problem + of + whom, lex)


def _glued_problem(item: str, lex: Lexicon) -> str:
    """``item`` with 的 between the people and the problem glued after them (农村人口饮水困难和饮水安全问题 ->
    农村人口的饮水困难和饮水安全问题, national_2008); ``item`` itself when no people head is followed by a problem."""
    rules = lex.indicators.label
    at = max((item.rfind(h) + len(h) for h in rules.people_heads if item.rfind(h) >= 2), default=0)
    if not at or not item.endswith((rules.problem_noun, *rules.problem_words)) or len(item) - at < 4:
        return item
    return item[:at] + lex.grammar.possessive + item[at:]


def _with_examples(whom: str, lex: Lexicon) -> str:
    """The people with the examples before 等 that scope their class, their list marks left out: 林区、垦区、煤矿等棚户区
    居民 -> 林区垦区煤矿等棚户区居民 (national_2009); the people alone when the examples are no short nouns."""
    examples, etc, people = whom.rpartition(lex.grammar.etcetera)
    items = re.split(f"[{LIST_MARK}{joiners(lex)}]", examples)
    if not etc or not all(_EXAMPLE_CHARS[0] <= len(i) <= _EXAMPLE_CHARS[1] and tagged(i, lex)[-1][1] in NOUN_FLAGS
                          for i in items):
        return people
    return "".join(items) + etc + people


_EXAMPLE_CHARS = (2, 6)     # characters of an example of a class of people (林区, 煤矿)


def solved_things(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """Things (no people) counted right after a verb of resolving, their problem glued after them, are the things whose
    problem is solved: 新增解决超1000个自然村生活污水治理问题 -> 解决生活污水治理问题的自然村 (guangdong_2025; the
    thing is the nouns before the problem's first word that is no noun). None otherwise."""
    rules = lex.indicators.label
    if rules.problem_noun not in sentence or o.quantity.normalized_unit != _COUNT or counts_people(o, lex):
        return None             # the cheap test: no problem in the sentence, or a count of people (solved_for)
    head = before_clause(o, sentence)
    head = next((head[: -len(h)] for h in rules.hedge_openings if head.endswith(h)), head).removesuffix(rules.done_mark)
    verb = next((v for v in lex.hedges.words.resolved if head.endswith(v)), "")
    item = after_clause(o, sentence)
    if not verb or not item.endswith(rules.problem_noun) or re.search(f"[0-9{LIST_MARK}]", item) \
            or lex.grammar.possessive in item:
        return None
    words = tagged(item, lex)
    at = next((k for k, (_, p) in enumerate(words) if p not in NOUN_FLAGS), 0)
    thing, problem = "".join(w for w, _ in words[:at]), "".join(w for w, _ in words[at:])
    if len(thing) < 2 or len(problem) < len(rules.problem_noun) + 2:
        return None
    return named(verb + problem + lex.grammar.possessive + thing, lex)


def _people_first(whom: str, problem: str, lex: Lexicon) -> tuple[str, str]:
    """The people and their problem when words of the problem (nouns, verbs used as nouns) follow the people before
    的: 集体企业退休人员养老保障的历史遗留问题 -> 集体企业退休人员, 养老保障历史遗留问题 (national_2012); else both as
    they are."""
    ends = [whom.rfind(h) + len(h) for h in lex.indicators.label.people_heads if whom.rfind(h) >= 2]
    at = max(ends, default=len(whom))
    rest = whom[at:]
    if not rest or len(rest) > _PROBLEM_NOUNS or not all(p.startswith(("n", "v")) for _, p in tagged(rest, lex)):
        return whom, problem
    return whom[:at], rest + problem


_PROBLEM_NOUNS = 6      # 养老保障: a short noun of what the people lack


def reached_before(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """People a programme reaches, counted after its verb of reach and before its name: 实施惠及3000多万农村义务教育
    阶段学生营养改善计划 -> 营养改善计划惠及农村义务教育阶段学生. None when the count is of no people or no
    programme's name follows the people."""
    rules = lex.indicators.label
    head = before_clause(o, sentence)
    verb = next((v for v in rules.reach_verbs if head.endswith(v)), "")
    phrase = after_clause(o, sentence)
    if not verb or not counts_people(o, lex) or re.search("[0-9\u3001]", phrase):
        return None
    ends = [phrase.rfind(h) + len(h) for h in rules.people_heads if phrase.rfind(h) >= 2]
    at = max(ends, default=0)
    programme = phrase[at:]
    if not at or len(programme) < 2 or not tagged(programme, lex)[-1][1].startswith("n"):
        return None
    return named(programme + verb + phrase[:at], lex)


def reached_after(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """People a programme named by the clause before reaches (a clause of a verb of reach and the count alone):
    实施学前一年免费教育政策、惠及168万名儿童 -> 学前一年免费教育政策惠及儿童 (guangdong_2026), 新型农村合作医疗制度试点
    已扩大到671个县，惠及1.77亿农民 -> 新型农村合作医疗制度试点惠及农民 (national_2006, the figure before's). None when
    the clause before lists things or states a figure of no programme."""
    rules = lex.indicators.label
    clauses = ITEM_BREAK.split(squash(sentence[:o.quantity.start]))
    head = next((clauses[-1][: -len(h)] for h in rules.hedge_openings if clauses[-1].endswith(h)), clauses[-1])
    if head not in rules.reach_verbs or not counts_people(o, lex):
        return None
    people = post_noun(sentence[o.quantity.end:], lex) or (rules.people_noun if o.quantity.unit.endswith(
        tuple(rules.people_units)) else "")
    if len(people) < 2 or len(clauses) < 2 or not _people_head(people, lex) and people != rules.people_noun:
        return None
    programme = ""
    if re.search("[0-9]", clauses[-2]):
        stated = squash(before.metric_surface) if before is not None and before.sentence == o.sentence else ""
        stated = next((stated[:k] for k in range(len(stated), 3, -1)
                       if stated[:k] in clauses[-2] and (k == len(stated) or clauses[-2].startswith(stated[:k]))), "")
        programme = stated              # 新型农村合作医疗制度试点已扩大到671个县: the pilot, not its counties
        if not programme and len(clauses) > 2 and not re.search("[0-9]", clauses[-3]):
            programme = _programme(clauses[-3], lex)    # 降低存量房贷利率，减少利息支出约130亿元、惠及310万户家庭
    elif "\u3001" not in squash(sentence[:o.quantity.start]).rsplit(clauses[-2], 1)[0][-1:]:
        programme = _programme(clauses[-2], lex)
    if not _PROGRAMME_CHARS[0] <= len(programme) <= _PROGRAMME_CHARS[1]:
        return None
    return named(programme + head + people, lex)


def _programme(clause: str, lex: Lexicon) -> str:
    """The programme a clause states, its opening adverbs and verb of doing left out; "" when it closes with no
    noun or verb."""
    parts = list(tagged(QUOTE_MARKS.sub("", clause), lex))
    while parts and (parts[0][1] in _LEADING_TAGS or _opening_verb(parts, lex)):
        parts.pop(0)
    return "".join(w for w, _ in parts) if parts and parts[-1][1][:1] in ("n", "v", "l") else ""


def _opening_verb(parts: list[tuple[str, str]], lex: Lexicon) -> bool:
    """Whether the first word is the clause's verb (实施, 建立: verbs the label rules know, or of a state, support or
    giving), or a verb-tagged adverb right before one (全面实现)."""
    rules = lex.indicators.label
    known_verbs = (*rules.programme_verbs, *rules.state_verbs, *rules.support_verbs, *rules.given_verbs,
                   *rules.light_verbs, *rules.funding_verbs)

    def is_verb(word: str) -> bool:
        return word in known_verbs or verb_pattern(lex).fullmatch(word) is not None
    if not parts or parts[0][1] != "v":
        return False
    return is_verb(parts[0][0]) or (len(parts) > 1 and parts[1][1] == "v" and is_verb(parts[1][0]))


_LEADING_TAGS = ("d", "ad", "p")       # adverbs and prepositions before a clause's verb: 全面 (实现)
_PROGRAMME_CHARS = (4, 16)


def after_groups(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """A count right after the count of the groups it comes in and their noun counts the noun after it: 对592个重点
    贫困县1700万名贫困家庭学生免除学杂费 -> 贫困家庭学生. None when the wording is not the words right before the figure
    or no count stands before them."""
    own = squash(o.metric_surface)
    head = squash(sentence[:o.quantity.start])
    if not own or not head.endswith(own) or o.quantity.normalized_unit not in (_COUNT, _MAGNITUDE) and not counts_people(o, lex):
        return None
    if _group_count(lex).search(head[: len(head) - len(own)]) is None:
        return None
    noun = post_noun(sentence[o.quantity.end:], lex)
    return named(noun, lex) if len(noun) >= 2 and noun != own else None


@lru_cache(maxsize=8)
def _group_count(lex: Lexicon) -> re.Pattern[str]:
    """A number and a classifier of the lexicon's counts closing a text (592个)."""
    classifiers = longest_first((u.written for u in lex.units if u.normalized == _COUNT))
    return re.compile(r"[0-9]+[.0-9]*[\u591a\u4f59]?(?:" + "|".join(map(re.escape, classifiers)) + ")$")


def threshold_kind(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """Things counted with a threshold of size before their noun (``threshold_classes``) are of that class:
    59个投资10亿元以上的产业项目 -> 投资10亿元以上产业项目; 20多个100亿级以上、400多个10亿级以上的重大产业项目 ->
    100亿级以上重大产业项目 for 20 (the noun closing the list). None when no such threshold follows the count."""
    pattern = lex.indicators.label.threshold_classes
    if o.quantity.normalized_unit != _COUNT or pattern is None:
        return None
    after = squash(sentence[o.quantity.end:])
    found = pattern.match(after)
    if found is None:
        return None
    rest = after[found.end():]
    if rest.startswith("\u3001"):                         # a list of classes sharing the last one's noun
        tail = CLAUSE_BREAK.split(rest, maxsplit=1)[0]
        later = list(re.finditer(pattern.pattern.removeprefix("^"), tail))
        rest = tail[later[-1].end():] if later else ""
    noun = post_noun(rest.removeprefix(lex.grammar.possessive), lex)
    return named(found.group().removesuffix(lex.grammar.possessive) + noun, lex) if len(noun) >= 2 else None


def state_reached(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """Counted things reaching a state worded after them (``state_verbs``) to the end of their clause are counted by
    it: 198项高频政务服务事项实现跨境通办 -> 跨境通办高频政务服务事项 (guangdong_2026); people are named before it:
    505万下岗失业人员实现再就业 -> 下岗失业人员再就业 (national_2007). None when the state is no short
    name of its own (a figure, a quotation, a clause)."""
    own = squash(o.metric_surface)
    clause = CLAUSE_BREAK.split(squash(sentence[o.quantity.end:]), maxsplit=1)[0]
    verb = next((v for v in lex.indicators.label.state_verbs if clause.startswith(own + v)), "") if own else ""
    state = clause[len(own) + len(verb):]
    people = _people_head(own, lex) and counts_people(o, lex)       # 505万下岗失业人员实现再就业: people, named first
    if (not verb or o.quantity.normalized_unit != _COUNT and not people or not 2 <= len(state) <= _STATE_CHARS
            or re.search("[0-9\u3001\u201c\u201d\"]", state)):
        return None
    words = tagged(state, lex)
    if not all(p[:1] in ("v", "n", "d") for _, p in words) or words[-1][1][:1] not in ("v", "n"):
        return None                     # 再就业: an adverb opening it stays
    return named(own + state, lex) if people else named(state + own, lex)


def part_beneficiaries(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """People counted as a part (其中, [label] part_openings) of those given something in the clause before are
    counted with what is given: 为80万重点群体提供就业帮扶，其中离校未就业高校毕业生6万人、退役军人1万人 ->
    就业帮扶离校未就业高校毕业生, 就业帮扶退役军人 (zhejiang_2025). None otherwise."""
    rules = lex.indicators.label
    own = squash(o.metric_surface)
    clause = re.split("[;\u3002\uff1b]", squash(sentence[:o.quantity.start]))[-1]
    opening = next((p for p in rules.part_openings if p in clause), "")
    if not opening or not own or not counts_people(o, lex):
        return None
    whole, part = clause.rsplit(opening, 1)
    if re.split("[,\uff0c\u3001]", part)[-1] != own:
        return None
    fors, gives = "|".join(map(re.escape, rules.for_prepositions)), "|".join(map(re.escape, rules.given_verbs))
    found = re.search(f"(?:{fors})[^,\uff0c]{{0,2}}[0-9][^,\uff0c]*?(?:{gives})([^,\uff0c0-9]{{2,8}})[,\uff0c]$", whole) \
        if fors and gives else None
    return named(found.group(1) + own, lex) if found else None


def without_adverb(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """A wording holding the adverb that stands right before its figure, without it: 质量工作考核连续10次获评国家A级
    -> 质量工作考核获评国家A级 (guangdong_2026). None otherwise."""
    own, head = squash(o.metric_surface), squash(sentence[:o.quantity.start])
    adverbs = longest_first(lex.indicators.label.clause_adverbs)
    adverb = next((a for a in adverbs if head.endswith(a) and own.find(a) >= 2), "")
    at = own.find(adverb) if adverb else -1
    if at < 2 or not head[: -len(adverb)].endswith(own[:at]) or len(own) - at - len(adverb) < 2:
        return None
    return named(own[:at] + own[at + len(adverb):], lex)


_STATE_CHARS = 6


def qualified_count(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """A count right after nouns that name no indicator alone counts the noun after it of their kind: 营商环境评价
    8个一级指标 -> 营商环境评价一级指标 (heilongjiang_2026). None when the words before hold a verb, a connective or an
    adverb, or the words after it are no noun."""
    own, head = squash(o.metric_surface), squash(sentence[:o.quantity.start])
    if o.quantity.normalized_unit != _COUNT or len(own) < 2 or not head.endswith(own) or named(own, lex):
        return None
    if not all(p in NOUN_TAGS for _, p in tagged(own, lex)):
        return None
    noun = post_noun(sentence[o.quantity.end:], lex)
    if len(noun) < 2 or tagged(noun, lex)[-1][1] not in NOUN_TAGS or verb_pattern(lex).match(noun):
        return None
    return named(own + noun, lex)




def given_count(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """People counted after what is given to them, the count closing its clause, are the number given it: 发放育儿补贴
    181.2万人 -> 发放育儿补贴人数 (henan_2026; grammar.toml unit_measures). None otherwise."""
    rules, own = lex.indicators.label, squash(o.metric_surface)
    verb = next((v for v in rules.given_verbs if own.startswith(v)), "")
    unit = next((u for u in (lex.grammar.unit_measures or {}) if o.quantity.unit.endswith(u)), "")
    if not verb or not unit or unit not in rules.people_counters or len(own) - len(verb) < 2:
        return None
    if post_noun(sentence[o.quantity.end:], lex) or not squash(sentence[:o.quantity.start]).endswith(own):
        return None
    return named(own + lex.grammar.unit_measures[unit], lex)


def object_counted(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """Verbs alone right before a count, which the label rules would take for a name, take the noun counted after it:
    开发储备超5000个公益性岗位 -> 开发储备公益性岗位
    (guangdong_2025), 提质升级700个乡镇（街道）应急消防管理站 -> 提质升级乡镇应急消防管理站 (zhejiang_2025); a quality
    before 的 (an adjective closing it) keeps its noun: 实施172项含金量大的改革举措 -> 含金量大的改革举措 (shanghai_city_2022),
    打造40个吸引力强、带动面广的消费场景 -> 打造消费场景 (sichuan_2026). None otherwise."""
    own, after = squash(o.metric_surface), ASIDE.sub("", squash(sentence[o.quantity.end:]))
    head = squash(sentence[:o.quantity.start])
    head = next((head[: -len(h)] for h in lex.indicators.label.hedge_openings if head.endswith(h)), head)
    if o.quantity.normalized_unit != _COUNT or len(own) < 2:
        return None
    tags = tagged(own, lex)
    if head.endswith(own) and tags[0][1] in _VERB_TAGS and tags[-1][1] in _VERB_TAGS:
        if not named(own, lex) or after.startswith(lex.grammar.possessive):
            return None                 # 聚焦28条重点产业链: the noun alone names it; 3200万人的…: the people's
        noun = post_noun(after, lex)
        ends = tagged(noun, lex) if len(noun) >= 2 else ()
        return named(own + noun, lex) if ends and ends[-1][1] in NOUN_TAGS and not verb_pattern(lex).match(noun) else None
    quality = next((own[k:] for k in range(1, len(own) - 1) if after.startswith(own[k:]) and head.endswith(own[:k])), "")
    of = lex.grammar.possessive
    clause = CLAUSE_BREAK.split(after, maxsplit=1)[0]
    if not quality or tagged(quality, lex)[-1][1] != "a" or of not in clause:
        return None
    noun = post_noun(clause[clause.rfind(of) + len(of):], lex)
    if len(noun) < 2:
        return None
    between = clause[len(quality):clause.rfind(of)]
    return named(quality + of + noun, lex) if not between else named(own[: len(own) - len(quality)] + noun, lex)


_VERB_TAGS = ("v", "vn", "vd", "d", "ad")
