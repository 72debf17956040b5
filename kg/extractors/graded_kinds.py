"""The kind a figure's label loses when the sentence restricts its things by a grade, a scope or a problem (issue 17:
the dev judges' rows of tests/data/label_judge_4669.tsv and label_judge_1618.tsv whose label named the whole class
instead of the kind counted).

- A grade a modifier closed by 的 gives the things right before the wording restricts them ([label] grade_classes):
  评定为二级以上服务等级的县级公办养老机构建有率达到80% -> 二级以上服务等级县级公办养老机构建有率 (guangdong_2025)
  (:func:`graded_modifier`).
- Things counted that a predicate after them rates at a grade are the things so rated ([label] rated_predicate):
  49家三级公立综合医院在国家绩效监测中获评A级以上 -> 获评A级以上三级公立综合医院 (guangdong_2026) (:func:`rated_count`).
- A scope a wording closes with ([label] scope_nouns: 范围), extended to a count of things, counts those things:
  新型农村合作医疗试点范围扩大到1451个县（市、区） -> 新型农村合作医疗试点县 (national_2007); so does a pilot (hedges
  programme_heads) a verb widens ([label] widening_verbs): 县级公立医院综合改革试点扩大到1000个县 -> 县级公立医院综合改革
  试点县 (national_2014), and a reform so widened ([label] widened_reforms) reaches them ([label] reach_verb):
  农村信用社改革扩大到29个省 -> 农村信用社改革覆盖省 (national_2005) (:func:`scope_count`).
- People whose problem a verb of resolving solves, counted after a scope ([label] carried_scopes: 农村) the verb takes,
  are that scope's people with the problem: 新解决农村6300多万人饮水安全问题 -> 解决农村饮水安全人口 (national_2014),
  as 农村人口饮水安全问题 names it (:func:`scoped_problem`).

- Things a subject's verb does something to, counted after the verb and closing the clause, are the verb's object:
  区域型TTO平台累计转化51个项目 -> 区域型TTO平台转化项目 (xuhui_2023) (:func:`object_closing`).
- A verb and a noun alone take the kind a clause before in the sentence names that noun with: 重点推进…普通高中学位建设，
  增加学位超20万个 -> 新增普通高中学位 (guangdong_2026) (:func:`kind_named_before`).
- A verb and a name alone, maybe a round of the name's works after them ([label] works_rounds: 第二轮), count the things
  named right after the figure and what is done to them: 全面启动张江科学城第二轮82个项目建设 -> 张江科学城第二轮项目建设
  (shanghai_city_2020) (:func:`named_works`).
- A bound opening its clause ([label] bound_words: 上限) right after a clause that widens a policy's scope (…的范围) is
  that policy's: 扩大小微企业享受减半征收所得税优惠的范围，年应纳税所得额上限由30万元提高到50万元 -> 小微企业享受减半征收所得税
  优惠年应纳税所得额上限 (national_2017) (:func:`scoped_bound`).
- Things counted whose scope (…的免征范围) the clause after widens ([label] widening_verbs: 扩大) are the things so
  widened: 将18项行政事业性收费的免征范围，从小微企业扩大到所有企业和个人 -> 扩大免征范围的行政事业性收费 (national_2016)
  (:func:`widened_scope`).

Read by kg.extractors.measured_things.lost_thing (:func:`graded_kind`).
"""
from __future__ import annotations

from kg.extractors.counted_shares import before_clause, counts_people
from kg.extractors.indicator_names import find, known, named, squash
from kg.extractors.metric_labels import tagged
from kg.extractors.wording import post_noun
from kg.lang.zh.punctuation import CLAUSE_BREAK, ITEM_BREAK
from kg.lexicon import Lexicon
from kg.model import Observation
from kg.lang.zh.postag import VERB_FLAGS

__all__ = ["graded_kind", "graded_modifier", "kind_named_before", "named_works", "object_closing", "rated_count",
           "scope_count", "scoped_bound", "scoped_problem", "widened_scope"]

_COUNT = "unit:NUM"
_SUBJECT_TAGS = ("n", "nz", "nt", "ns", "j", "l", "k", "eng")      # 区域|型|TTO|平台: nouns, a suffix, a Latin name
_KIND_TAGS = ("n", "nz", "nt", "ns", "j", "l", "b")     # 普通高中: the nouns naming a kind before its noun
_KIND_MIN = 2               # characters of that kind
_NAME_MIN = 3               # characters of a name (张江科学城)
_NAME_TAGS = ("v", "vn", "m", "p", "d")     # words no name holds: verbs, numerals, prepositions, adverbs
_OBJECT_MAX = 6             # characters of the object a count closes its clause with (项目, 科技成果)
_MODIFIER_MAX = 12          # characters of a grade's modifier (评定为二级以上服务等级)
_LEADING = ("v", "p")       # 评定|为: the verb and preposition opening a modifier, left out of the label
_THINGS_MAX = 10            # characters of things counted before the scope they have (行政事业性收费)
_WIDENING_MAX = 4           # characters between a pilot and its count (已扩大到)
_NOUN_MAX = 4               # characters of the things a scope is extended to (县, 地级市)
_SCOPE_MAX = 2              # characters of a scope between a verb of resolving and its count (农村)


def graded_kind(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The wording of ``o`` with the grade, rating, scope, problem, object, kind, works or bound its sentence restricts
    it by (module docstring), else None."""
    return (graded_modifier(o, sentence, lex) or rated_count(o, sentence, lex) or scope_count(o, sentence, lex)
            or scoped_problem(o, sentence, lex) or object_closing(o, sentence, lex)
            or kind_named_before(o, sentence, lex) or named_works(o, sentence, lex) or scoped_bound(o, sentence, lex)
            or widened_scope(o, sentence, lex))


def graded_modifier(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The grade of a modifier closed by 的 right before the wording of ``o`` in its item, with that wording; None when
    no such modifier names a grade ([label] grade_classes)."""
    pattern = lex.indicators.label.grade_classes
    own = squash(o.metric_surface)
    item = ITEM_BREAK.split(squash(sentence[:o.quantity.start]))[-1]
    at = item.rfind(own) if own else -1
    of = lex.grammar.possessive
    if pattern is None or at < 2 or not item[:at].endswith(of):
        return None
    words = list(tagged(item[: at - len(of)], lex))
    while words and words[0][1] in _LEADING:
        words.pop(0)                    # 评定|为 二级以上服务等级
    grade = "".join(w for w, _ in words)
    if not grade or len(grade) > _MODIFIER_MAX or not pattern.search(grade) or grade in own:
        return None
    return named(grade + own, lex)


def rated_count(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """Things counted by ``o``, named right after its figure, that the rest of the clause rates at a grade, named by
    the rating and the things ([label] rated_predicate); None for any other figure."""
    pattern = lex.indicators.label.rated_predicate
    own = squash(o.metric_surface)
    clause = ITEM_BREAK.split(CLAUSE_BREAK.split(squash(sentence[o.quantity.end:]), maxsplit=1)[0], maxsplit=1)[0]
    if pattern is None or o.quantity.normalized_unit != _COUNT or len(own) < 2 or not clause.startswith(own):
        return None
    rated = pattern.match(clause[len(own):])
    return named(rated.group(1) + own, lex) if rated else None


def scope_count(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The wording of ``o``, closing with a scope ([label] scope_nouns) extended to a count, with the things counted in
    place of the scope, or closing with a pilot a verb widens, with those things after it; None when the figure counts
    no things named right after it."""
    own = squash(o.metric_surface)
    scope = next((s for s in lex.indicators.label.scope_nouns if own.endswith(s)), "")
    pilot = next((h for h in lex.hedges.words.programme_heads if own.endswith(h)), "")
    reform = "" if pilot else next((h for h in lex.indicators.label.widened_reforms if own.endswith(h)), "")
    between = before_clause(o, sentence).rsplit(own, 1)[-1]
    if scope:
        own = own[: -len(scope)]        # 试点范围|扩大到1451个县 -> 试点县
    elif (not (pilot or reform) or len(own) < len(pilot or reform) + _KIND_MIN or len(between) > _WIDENING_MAX
          or not any(v in between for v in lex.indicators.label.widening_verbs)):
        return None                     # 县级公立医院综合改革试点|扩大到1000个县; 试点扩大到20个省: whose pilot?
    after = CLAUSE_BREAK.split(squash(sentence[o.quantity.end:]), maxsplit=1)[0]
    if o.quantity.normalized_unit != _COUNT or "%" in o.quantity.unit or len(own) < 2:
        return None
    noun = post_noun(after, lex)
    if not noun or len(noun) > _NOUN_MAX or not after.startswith(noun):
        return None
    return named(own + (lex.indicators.label.reach_verb if reform and not scope else "") + noun, lex)


def scoped_problem(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The people of a scope a verb of resolving takes right before their count whose problem closes the clause after
    the figure: the scheme's indicator when the scope's people and the problem name one, else the verb, scope, problem
    and people; None otherwise."""
    rules = lex.indicators.label
    head = before_clause(o, sentence)
    scope = next((s for s in rules.carried_scopes if head.endswith(s)), "")
    verb = next((v for v in lex.hedges.words.resolved if head[: len(head) - len(scope)].endswith(v)), "")
    problem = CLAUSE_BREAK.split(squash(sentence[o.quantity.end:]), maxsplit=1)[0]
    if (not scope or not verb or len(scope) > _SCOPE_MAX or not counts_people(o, lex) or not rules.people_noun
            or not problem.endswith(rules.problem_noun) or len(problem) <= len(rules.problem_noun)
            or any(c.isdigit() for c in problem) or lex.grammar.possessive in problem):
        return None                     # 新解决农村|6300多万人|饮水安全问题
    found = find(scope + rules.people_noun + problem, lex)
    if found is not None and known(found[0], lex):
        return found[0]
    return named(verb + scope + problem.removesuffix(rules.problem_noun) + rules.people_noun, lex)


def object_closing(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The wording of ``o``, a subject and its verb alone, with the things its count names when they close the clause
    after the figure; None when the wording is no subject and verb or more than a short noun follows the figure."""
    own = squash(o.metric_surface)
    words = tagged(own, lex)
    after = CLAUSE_BREAK.split(squash(sentence[o.quantity.end:]), maxsplit=1)[0]
    if (o.quantity.normalized_unit != _COUNT or not o.quantity.unit or "%" in o.quantity.unit or len(words) < 2
            or words[-1][1] != "v" or len(words[-1][0]) < 2 or not all(p in _SUBJECT_TAGS for _, p in words[:-1])):
        return None                     # 区域型TTO平台|转化: a subject and its verb
    noun = post_noun(after, lex)
    if noun != after or not 2 <= len(noun) <= _OBJECT_MAX or noun in own:
        return None
    if before_clause(o, sentence).endswith(lex.grammar.etcetera + own):
        return named(words[-1][0] + noun, lex)     # 在上海等省市设立11个自贸试验区: the examples' class is no subject
    return named(own + noun, lex)


def kind_named_before(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The wording of ``o``, a verb and a noun alone, with the kind the last clause before its own in the sentence that
    names the noun gives it after other nouns; None when that clause names it alone, as a qualifier of another noun
    or counts something of its own (撤销…专业206个 after 新兴交叉专业点246个)."""
    words = tagged(squash(o.metric_surface), lex)
    clauses = CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))
    if len(words) != 2 or words[0][1] != "v" or words[1][1] != "n" or len(words[1][0]) < 2:
        return None                     # 增加|学位
    noun = words[1][0]
    clause = next((c for c in reversed(clauses[:-1]) if noun in c), "")
    if not clause or any(c.isdigit() for c in clause):
        return None
    earlier = list(tagged(clause, lex))
    at = max((k for k, (w, _) in enumerate(earlier) if w == noun), default=0)
    if at + 1 < len(earlier) and earlier[at + 1][1] not in VERB_FLAGS:
        return None                     # 中欧班列（郑州）集结中心: the noun qualifies another, no kind of its own
    start = at
    while start > 0 and earlier[start - 1][1] in _KIND_TAGS:
        start -= 1                      # 的|普通高中|学位
    kind = "".join(w for w, _ in earlier[start:at])
    return named(words[0][0] + kind + noun, lex) if len(kind) >= _KIND_MIN else None


def named_works(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The wording of ``o``, verbs opening a name alone, with a round of the name's works between it and the figure,
    the things the figure counts and the verbs closing its clause (module docstring); None otherwise."""
    rules, norm = lex.indicators.label, lex.indicators.normalise
    own = squash(o.metric_surface)
    verb = next((v for v in (*norm.launch_verbs, *norm.process_verbs) if own.startswith(v)), "")
    name = own[len(verb):]
    clause = before_clause(o, sentence)
    at = clause.rfind(own)
    rest = clause[at + len(own):] if at >= 0 else ""
    if (not verb or len(name) < _NAME_MIN or at < 0 or o.quantity.normalized_unit != _COUNT or not o.quantity.unit
            or rest and (rules.works_rounds is None or not rules.works_rounds.fullmatch(rest))
            or any(p in _NAME_TAGS for _, p in tagged(name, lex))):
        return None                     # 启动|张江科学城|第二轮
    after = CLAUSE_BREAK.split(squash(sentence[o.quantity.end:]), maxsplit=1)[0]
    noun = post_noun(after, lex)
    done = after[len(noun):] if noun and after.startswith(noun) else ""
    if not 2 <= len(noun) <= _OBJECT_MAX or done not in ("", *norm.works_verbs):
        return None                     # 82个|项目|建设
    return named(own + rest + noun + done, lex)


def scoped_bound(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The wording of ``o``, a bound opening its clause, with the policy whose scope the clause right before names
    after its verbs and before 的 and a scope noun ([label] scope_nouns); None otherwise."""
    rules = lex.indicators.label
    own = squash(o.metric_surface)
    clauses = CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))
    scope = next((lex.grammar.possessive + s for s in rules.scope_nouns
                  if len(clauses) > 1 and clauses[-2].endswith(lex.grammar.possessive + s)), "")
    if not scope or not own.endswith(tuple(rules.bound_words)) or not clauses[-1].startswith(own):
        return None                     # 扩大…的范围，年应纳税所得额上限由
    words = list(tagged(clauses[-2][: -len(scope)], lex))
    while words and words[0][1] == "v":
        words.pop(0)                    # 扩大
    policy = "".join(w for w, _ in words)
    if len(policy) < _KIND_MIN * 2 or any(c.isdigit() for c in policy):
        return None
    return named(policy + own, lex)


def widened_scope(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The things ``o`` counts, named right after its figure (whatever the wording before it), whose scope closing that
    clause (…的免征范围) a verb of the clause after widens, named by that verb, the scope and the things; None
    otherwise."""
    rules, of = lex.indicators.label, lex.grammar.possessive
    clauses = CLAUSE_BREAK.split(squash(sentence[o.quantity.end:]))
    own = clauses[0].split(of, 1)[0]
    scope = next((s for s in rules.scope_nouns if clauses[0].endswith(s)), "")
    if (not scope or len(clauses) < 2 or o.quantity.normalized_unit != _COUNT or not 2 <= len(own) <= _THINGS_MAX
            or not clauses[0].startswith(own + of)):
        return None                     # 18项|行政事业性收费|的|免征范围
    verb = next((v for v in rules.widening_verbs if v in clauses[1]), "")
    kind = clauses[0][len(own + of):]
    if not verb or not _KIND_MIN <= len(kind) - len(scope) <= _NOUN_MAX or any(c.isdigit() for c in kind):
        return None
    return named(verb + kind + of + own, lex)
