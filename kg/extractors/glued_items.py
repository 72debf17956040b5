"""Labels of list items and counted sets glued to words that are no part of them (issue 17, round 20): an item takes
the owner its list opened once (kg.extractors.opened_owners), and a set defined by a clause closing with 的, of
which the sentence says it has *basically* reached a stage, is counted as a set, the verbs after it no part of its
name, the defining clause kept as its owner: 国家出台的33条自贸试验区制度型开放试点措施基本落地 -> 国家出台的自贸试验区
制度型开放试点措施 (shanghai_city_2024; judge label_judge_9401; kg.extractors.defined_things keeps 总体方案明确的
alike). A statistician reads 基本 (metrics.toml ``stage_degrees``) as "not each one": the figure is the size of the
set, not a count of the things that reached the stage, so the stage does not name it (规划建设的5家市级综合性医院
全部开工 counts the hospitals started, each of them, and keeps its stage)."""
from __future__ import annotations

from kg.extractors.indicator_names import named
from kg.extractors.metric_labels import tagged
from kg.extractors.opened_owners import owner_opened_once
from kg.lang.zh.numerals import DIGIT
from kg.lang.zh.postag import VERB_FLAGS
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lexicon import Lexicon
from kg.model import Observation

_SET_NAME = (2, 20)         # the shortest and longest name of a set counted
_DEFINING = 10              # the longest clause defining a set before its count (国家出台的)


def glued_item(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """The label of a list item or a counted set whose wording would glue words of another item or of a predicate;
    None when the figure is neither."""
    return owner_opened_once(o, before, sentence, lex) or set_defined(o, sentence, lex)


def set_defined(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The name of a set a clause closing with 的 defines right before its count, when the clause of the count closes
    with a degree word and an action verb (基本落地): the defining clause, then the words between the count and the
    degree word. None when the count follows no short clause closing with 的, or its clause closes otherwise."""
    if not sentence.endswith(lex.grammar.possessive, 0, o.quantity.start):
        return None                     # the cheap test first: most counts follow no 的
    defining = CLAUSE_BREAK.split(sentence[max(0, o.quantity.start - _DEFINING - 1):o.quantity.start])[-1]
    if len(defining) > _DEFINING:
        return None
    clause = CLAUSE_BREAK.split(sentence[o.quantity.end:], maxsplit=1)[0]
    degree = next((d for d in lex.indicators.normalise.stage_degrees if d in clause), "")
    if not degree:
        return None
    name, _, predicate = clause.partition(degree)
    if predicate not in lex.hedges.words.actions or DIGIT.search(name) or not _SET_NAME[0] <= len(name) <= _SET_NAME[1]:
        return None
    words = tagged(defining, lex)
    if words[0][1] in VERB_FLAGS:       # 推动…的: the verb of the sentence, not of the defining clause
        defining = defining[len(words[0][0]):]
    return named(defining + name, lex) or named(name, lex)

