"""Names of generic nouns counted by a figure (issue 17): a count of 单位, 地块, 项目 or 国考 names no indicator
alone; the words around it in its sentence do — its own predicate after it (8幅地块完成出让), the qualifiers
listed with it (12个国考、市考断面), its stage (8个项目开工), or the figure listed after it
(启动21个地块、约4.7万平方米的零星旧改). Read by kg.extractors.indicators.attribute."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extractors.indicator_names import find, identity, known, named, squash
from kg.extractors.metric_labels import only_verbs, tagged, verb_pattern
from kg.extractors.wording import post_noun, programme_before, strip_words
from kg.lexicon import Lexicon
from kg.model import Observation, Status
from kg.lang.zh.wordset import longest_first

_CLAUSE = re.compile("[,;:\u3002!?\uff0c\uff1b\uff1a\uff01\uff1f()\uff08\uff09\u2014]")
_ITEM = "\u3001"
_CLAUSE_END = re.compile("[,;:\u3002!?\uff0c\uff1b\uff1a\uff01\uff1f]|$")
_COUNT = "unit:NUM"
_MAGNITUDE = "unit:UNITLESS"
# A predicate longer than this with the noun runs on into a second verb: 集中签约推进多平台成果转化.
_PREDICATE_CHARS = 12


@lru_cache(maxsize=8)
def _verbs(lex: Lexicon) -> re.Pattern[str]:
    """The verbs that open a predicate: every verb the label rules know and the linking verbs of two characters
    or more (达到, 保持)."""
    words = {*verb_pattern(lex).pattern.split("|"), *(re.escape(v) for v in lex.hedges.measure.level_verbs
                                                       if len(v) > 1)}
    return re.compile("|".join(longest_first(words)))


def _generic(own: str, lex: Lexicon) -> str:
    """The generic noun ``own`` opens with (the longest), or ""."""
    words = longest_first(lex.indicators.label.bare)
    return next((w for w in words if own.startswith(w)), "") if own.startswith(words) else ""


def predicate_after(own: str, after: str, lex: Lexicon, before: str = "") -> str | None:
    """A generic noun counted before its own predicate is named with it: 8幅地块完成出让 -> 地块完成出让;
    为369家单位、1845位人才提供租房补贴 -> 租房补贴单位 (the counts listed share it); qualifiers listed after it
    share its head: 12个国考、市考断面全部达到优Ⅲ水质标准 -> 国考市考断面达到优Ⅲ水质标准; a predicate that runs on
    into a second verb keeps its first: 12家单位集中签约推进多平台成果转化 -> 单位集中签约; what is given counts its
    beneficiaries (grammar.toml ``beneficiary``): 为600名老人提供家庭照护床位服务 -> 家庭照护床位服务老人; an award
    (hedges ``award_verbs``) names what won it: 29项成果获国家科学技术奖励 -> 获国家科学技术奖励成果 (sichuan_2025). None
    when the noun is no generic one or names no predicate so."""
    noun = own if own in lex.indicators.label.bare else _generic(own, lex)
    clause = squash(_CLAUSE.split(after, maxsplit=1)[0])
    if not noun or not clause.startswith(own) or (noun != own and len(own) <= _PREDICATE_CHARS):
        return None
    rest = clause[len(noun):]
    if noun == own and rest.startswith(tuple(lex.hedges.words.award_verbs)):
        return named(re.split(r"[0-9\u3001\u201c\u201d]", rest, maxsplit=1)[0] + noun, lex)   # 29项成果获国家科学技术奖励
    verb = _verbs(lex).search(rest)
    listed = rest.startswith(_ITEM)
    counts = listed and rest[1:2].isdigit()
    if verb is None or (verb.start() > 2 and not listed) or re.search("[\u201c\u201d]", rest[:verb.start()]):
        return None                     # 15所高校、64个学科进入国家“双一流”建设行列: 建设 is the quotation's
    if listed and not counts:                   # 国考、市考断面: the items share the last one's head
        head = rest[1:verb.start()]
        head = strip_words(head, (*lex.hedges.words.noise, *lex.hedges.words.post_stops), leading=False)
        noun, rest = noun + head, rest[verb.start():]
        verb = _verbs(lex).match(rest)
    start = verb.start() if counts else 0
    predicate = re.split(r"[0-9\u3001\u201c\u201d]", rest[start:], maxsplit=1)[0]
    later = _verbs(lex).search(predicate, verb.end() - start)
    if later is not None and len(noun + predicate) > _PREDICATE_CHARS:
        predicate = predicate[:later.start()]
    if predicate.endswith(tuple(lex.hedges.words.noise)) or predicate in lex.indicators.label.become_verbs:
        return None                     # 6处空间入选全市50处…, 3项成果入选“…”: the list chosen into names it
    given = next((v for v in (lex.grammar.beneficiary or {}) if predicate.startswith(v) and len(predicate) > len(v)), "")
    if given and (lex.grammar.beneficiary or {})[given] in _CLAUSE.split(before)[-1]:                           # 为369家单位提供租房补贴: the units are counted as the subsidy's
        return named(predicate[len(given):] + noun, lex)
    if predicate.startswith(tuple(lex.indicators.label.given_verbs)):
        return named(predicate + noun, lex)     # 300家单位提供就业岗位: the givers, 提供就业岗位单位
    if predicate.startswith(lex.indicators.label.become_verbs) and predicate == rest[start:]:
        return named(predicate + noun, lex)     # 5户企业入选工信部未来产业优秀案例: the firms so chosen
    return named(noun + predicate, lex)


def stage_of_object(own: str, after: str, lex: Lexicon) -> str | None:
    """A verb and a generic noun counted before the noun's stage name that stage: 推进东新港商办地块等8个项目开工
    -> 项目开工 (推进项目 names nothing)."""
    verb = verb_pattern(lex).match(own)
    noun = own[verb.end():] if verb else ""
    after = squash(after)
    if noun not in lex.indicators.label.bare or not after.startswith(noun):
        return None
    stage = next((s for s in longest_first(lex.indicators.label.stage_verbs)
                  if after.startswith(s, len(noun))), None)
    return named(noun + stage, lex) if stage else None


def listed_before(own: str, after: str, following: Observation, lex: Lexicon) -> str | None:
    """A count of a generic noun listed before a measure (not a count) of another indicator counts that indicator's
    things: 启动21个地块、约4.7万平方米的零星旧改 -> 启动零星旧改地块; 推进实施63条道路、58.8公里架空线入地 ->
    推进架空线入地道路. Counts listed together (16所高校、48个学科入选…) share a predicate, not a name."""
    verb = verb_pattern(lex).match(own)
    noun = own[verb.end():] if verb else own
    after, next_wording = squash(after), following.metric_surface
    if (following.quantity.normalized_unit == _COUNT or not next_wording or noun not in lex.indicators.label.bare
            or not after.startswith(noun + _ITEM)):
        return None
    return named((verb.group() if verb else "") + squash(next_wording) + noun, lex)


def selected_as(own: str, after: str, lex: Lexicon) -> str | None:
    """Things counted as chosen into a quoted list are counted by its name (metrics.toml [label] ``become_verbs``):
    徐家汇体育公园等5处入选全市“家门口的好去处” -> 家门口的好去处; 6处空间入选全市50处“家门口的好去处” -> 家门口的好去处
    空间 (a generic noun counted stays the head)."""
    after = squash(after)
    noun = own if own in lex.indicators.label.bare and after.startswith(own) else ""
    verbs = "|".join(map(re.escape, longest_first(lex.indicators.label.become_verbs)))
    found = re.match(rf"{re.escape(noun)}(?:{verbs})[^\u201c\u201d0-9,;:\u3002]{{0,4}}(?:[0-9]+[^0-9\u201c]{{1,2}})?"
                     rf"\u201c([^\u201d]{{2,8}})\u201d", after)
    return named(found.group(1) + noun, lex) if found else None


def people_doing(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """People counted right before what they do are counted by it, when that alone names no indicator (metrics.toml
    ``people_units``, ``people_noun``): 上亿人喜迁新居 -> 喜迁新居人口, the people's doing closing its clause; of the programme the clauses before name
    (…开展新型农村社会养老保险试点，3.58亿人参保 -> 新型农村社会养老保险试点参保人口)."""
    own, rules, after = squash(o.metric), lex.indicators.label, squash(sentence[o.quantity.end:])
    if (not rules.people_noun or not o.quantity.unit.endswith(tuple(rules.people_units)) or not after.startswith(own)
            or own in rules.bare or named(own, lex) or not _CLAUSE_END.match(after, len(own))):
        return None                     # 受益 alone is whose? 约1亿人居住的棚户区: the people qualify a noun
    clause = max((m.end() for m in _CLAUSE.finditer(sentence, 0, o.quantity.start)), default=0)
    programme = programme_before(sentence, clause, lex)     # 2147个县…实施城镇居民社会养老保险试点，1334万人参保
    return named(programme + own + rules.people_noun, lex) or named(own + rules.people_noun, lex)


def indicator_after(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """A verb alone before a count of things whose clause goes on, after 的, to name a lexicon indicator is of that
    indicator: 再解决3200万农村人口的安全饮水问题 -> 安全饮水问题 (解决农村饮水安全人口, State Council 2008-2015); so is
    a wording after the count that names one and runs on (6600多万农村人口饮水安全问题得到解决, 2015)."""
    own, of = squash(o.metric), lex.grammar.possessive
    clause = _CLAUSE.split(sentence[o.quantity.end:], maxsplit=1)[0]
    bare = o.quantity.normalized_unit == _MAGNITUDE       # 6600多万 counts what follows; 13个, 191家 their own things
    if bare and squash(clause).startswith(own) and not named(own, lex):     # 6600多万农村人口饮水安全问题得到解决
        found = find(own, lex)
        return own[found[1]:found[2]] if found else None
    if own not in lex.indicators.label.bare and not only_verbs(own, lex):
        return None
    at = clause.find(of)
    found = find(clause[at + len(of):], lex) if at > 0 else None
    return clause[at + len(of):][found[1]:found[2]] if found else None


def population_of(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """A count of people that qualifies the country the report speaks for is its total population (metrics.toml
    ``country_population``, ``population_metric``): 13亿多人口的大国, 近14亿人口的发展中大国 -> 年末总人口; a fact, never a
    target, though a plan's sentence states it."""
    rules = lex.indicators.label
    if rules.country_population is None or not rules.population_metric or o.status is Status.PLANNED:
        return None                     # 在我们这样一个13亿人口的发展中国家，要扩大城乡就业: no goal of its own
    return rules.population_metric if rules.country_population.match(squash(sentence[o.quantity.end:])) else None


def ranked_count(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """Things counted by a measure of theirs reaching a rank or passing a threshold ([label] ranked_measures,
    rank_predicate, threshold_predicate), named by the measure and the predicate: 14种农产品产量居全国第1位 ->
    产量居全国第1位的农产品; 191家工业企业营业收入超百亿元 -> 营业收入超百亿元工业企业. None for any other figure."""
    rules = lex.indicators.label
    if o.quantity.normalized_unit != "unit:NUM" or rules.rank_predicate is None or rules.threshold_predicate is None:
        return None
    clause = squash(_CLAUSE.split(sentence[o.quantity.end:], maxsplit=1)[0])
    for measure in longest_first(rules.ranked_measures):
        at = clause.find(measure)
        noun, predicate = clause[:at], clause[at + len(measure):]
        if at < 2:
            continue
        if rules.rank_predicate.match(predicate):
            return named(measure + predicate + lex.grammar.possessive + noun, lex)
        if rules.threshold_predicate.match(predicate):
            return named(measure + predicate + noun, lex)
    return None


def listed_beneficiaries(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """People reached by a verb and the list of its objects, none with a figure of its own, are the whole list's:
    改造老旧小区、城中村、农村危房惠及群众10.08万户 -> 老旧小区城中村农村危房改造惠及群众 (heilongjiang_2026), the verb
    and objects named as the scheme names them (identity: 改造X -> X改造). None for any other figure."""
    clause = squash(re.split(r"[,;:。!?，；：！？]", sentence[:o.quantity.start])[-1])
    items = clause.split("\u3001")
    reach = next((v for v in lex.hedges.words.object_verbs if v in items[-1]), None)
    verb = verb_pattern(lex).match(items[0])
    if len(items) < 3 or reach is None or verb is None or re.search(r"[0-9]", clause):
        return None
    people = items[-1][items[-1].index(reach):]
    objects = items[0] + "".join(items[1:-1]) + items[-1][:items[-1].index(reach)]
    return named(identity(objects, lex) + people, lex)


def people_placed(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """Things counted before where they do something (在 and a place, [label] place_prepositions) are counted by what
    they do there: 4386万名异地务工人员在粤稳定就业 -> 异地务工人员稳定就业 (guangdong_2026), 近1400万农业转移人口在
    城镇落户 -> 农业转移人口落户城镇 (national_2019, the lexicon's name when the place and the verb make one). None when
    the count is of no people ([label] people_counters, or a bare 万), the noun after it is not the wording's, or nothing
    is done after the place."""
    own, rules, after = squash(o.metric), lex.indicators.label, squash(sentence[o.quantity.end:])
    own = next((own[k:] for k in range(len(own) - 1) if after.startswith(own[k:])), "")   # 吸纳…高校毕业生: the noun
    people = o.quantity.unit.endswith(tuple(rules.people_counters)) or o.quantity.normalized_unit == _MAGNITUDE
    if not people or not own:
        return None
    rest = _CLAUSE.split(after[len(own):], maxsplit=1)[0]
    at = next((p for p in rules.place_prepositions if rest.startswith(p)), "")
    words = tagged(rest[len(at):], lex) if at else ()
    place = words[0][0] if words and words[0][1] in _PLACE_TAGS else ""
    doing = rest[len(at) + len(place):]
    if not place or not 2 <= len(doing) <= _DOING_REACH or re.search(r"[0-9]", doing):
        return None
    return known(own + doing + place, lex) or named(own + doing, lex)


_DOING_REACH = 6
_PLACE_TAGS = ("ns", "j", "s")     # a place, its abbreviation (粤), a place word


def under_way(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """Works counted before their building verb and words of progress are works under way ([label] progress_words,
    under_way): 16家高水平医院建设加速推进 -> 在建高水平医院 (jiangsu_2025), not 新增 ones. None otherwise."""
    rules = lex.indicators.label
    if not sentence[o.quantity.start:o.quantity.end][:1].isdigit():
        return None                     # 五个新城建设稳步推进 (shanghai_city_2024): the five new towns, a name
    after = _CLAUSE.split(squash(sentence[o.quantity.end:]), maxsplit=1)[0]
    builds = [v for cls in lex.indicators.normalise.verb_class if not cls.suffix for v in cls.verbs]
    ends = [after[: -len(v) - len(p)] for v in builds for p in rules.progress_words if after.endswith(v + p)] \
        if after.endswith(tuple(rules.progress_words)) else []
    noun = max(ends, key=len, default="")
    return named(rules.under_way + noun, lex) if rules.under_way and len(noun) >= 2 else None


def for_whom(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """What is given or done for someone (为 X 提供, [label] for_prepositions and given_verbs) is named with X, in its
    clause and in the next clause that opens with a giving or light verb: 为退役军人提供5万个就业岗位，开展就业帮扶1万人
    -> 退役军人就业岗位, 退役军人就业帮扶 (zhejiang_2026). None when no such X scopes the figure's clause."""
    rules = lex.indicators.label
    head = re.split("[;\u3002\uff1b]", sentence[:o.quantity.start])[-1]
    clauses = _CLAUSE.split(squash(head))
    verbs = (*rules.given_verbs, *rules.light_verbs)
    for clause in reversed(clauses[-2:]):
        whom = next((c[len(p):c.find(v)] for p in rules.for_prepositions for v in rules.given_verbs
                     for c in (clause,) if c.startswith(p) and c.find(v) > len(p)), "")
        if whom:
            break
        if not clause.startswith(verbs):
            return None
    own = squash(o.metric)
    if whom and whom in own and own.endswith(rules.given_verbs):        # 为退役军人提供5万个就业岗位: the thing given
        own = post_noun(sentence[o.quantity.end:], lex)
    own = own[len(next((v for v in verbs if own.startswith(v)), "")):]
    if not whom or not own or whom in own or not 2 <= len(whom) <= _KIND_CHARS:
        return None
    return named(whom + own, lex)


_KIND_CHARS = 8
