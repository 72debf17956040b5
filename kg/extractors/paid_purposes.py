"""The purpose of public money a label names by its payer alone (issue 17: the dev judges' rows of
tests/data/label_judge_4669.tsv and label_judge_1618.tsv whose label named who paid, not what for).

A sum worded by a payer, maybe a span of years, and a word of spending alone ([label] payer_spending: 中央财政支出,
中央财政五年支出, 中央财政资金) pays for what the clause right before the one that words it names:
- what that clause says more is spent on ([label] spent_on): 加大对科技、教育、文化、卫生、体育事业的投入，全国财政支出
  2.82万亿元 -> 全国财政科技教育文化卫生体育事业支出 (national_2012);
- else its subject, the nouns opening it, a verb inside them kept when a noun follows it (农机具|购置|补贴):
  抗灾救灾工作全面加强，中央财政五年支出551亿元 -> 中央财政五年抗灾救灾支出 (national_2008); 农机具购置补贴覆盖到全国
  所有农牧业县（场），中央财政拟安排资金130亿元 -> 中央财政农机具购置补贴资金 (national_2009);
- else the object of its verbs of effort: 为继续落实“两个确保”和“三条保障线”，2003年中央财政支出700亿元 -> 中央财政
  两个确保和三条保障线支出 (national_2004);
- else, that clause naming nothing, the programme the sentence opens with, the subject of its first clause without the
  scope closing it (hedges scope_nouns): 新型农村合作医疗试点范围扩大到1451个县（市、区），…，有4.1亿农民参加；中央财政
  支出42.7亿元 -> 中央财政新型农村合作医疗支出 (national_2007).
A clause of a time alone (近三年) is passed over; a closing word naming no task ([label] purpose_closers: 工作) is left
out. Read by kg.extractors.measured_things.lost_thing (:func:`paid_purpose`).
"""
from __future__ import annotations

from kg.extractors.indicator_names import named, squash
from kg.extractors.metric_labels import tagged
from kg.lang.zh.punctuation import CLAUSE_BREAK, QUOTE_MARKS
from kg.lexicon import Lexicon
from kg.model import Observation

__all__ = ["object_of", "paid_purpose", "subject_of"]

_NOUN_TAGS = ("n", "nz", "nt", "j", "l", "vn", "b")     # 抗灾救灾|工作, 国家|助学|制度
_OPENING = 3               # words before the verb opening a clause of effort (为|继续|落实, 着力|加强)
_OPENING_TAGS = ("p", "d", "n", "v")
_PURPOSE_MIN = 4            # characters of a subject naming a programme or a task (抗灾救灾, 国家助学制度)


def paid_purpose(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The label of ``o``, a payer's spending alone, with the purpose the subject, else the object, of the clause right
    before the one that words the sum names (module docstring); None otherwise."""
    pattern = lex.indicators.label.payer_spending
    paid = pattern.match(squash(o.metric)) if pattern is not None else None
    clauses = CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))
    own = squash(o.metric_surface)
    at = max((k for k, c in enumerate(clauses) if own in c), default=0)     # …安排资金130亿元，比上年增加90亿元
    if paid is None or not at:
        return None                     # 中央财政|五年|支出
    while at > 1 and all(p == "t" for _, p in tagged(clauses[at - 1], lex)):
        at -= 1                         # 着力加强公共卫生体系建设…，近三年，中央和地方投入105亿元: a time alone
    payer, span, spending = paid.group(1), paid.group(2) or "", paid.group(3)
    spent = lex.indicators.label.spent_on.search(clauses[at - 1]) if lex.indicators.label.spent_on else None
    clause = clauses[at - 1].removesuffix(spending)     # 大幅度增加全国教育支出，其中中央财政支出1981亿元
    on = spent.group(1).replace("\u3001", "") if spent else ""
    for purpose in (on, subject_of(clause, lex), object_of(clause, lex), _topic(clauses, at, lex)):
        purpose = next((purpose[: -len(c)] for c in lex.indicators.label.purpose_closers if purpose.endswith(c)),
                       purpose)
        label = named(payer + span + purpose + spending, lex) if len(purpose) >= _PURPOSE_MIN else None
        if label:
            return label
    return None


def _topic(clauses: list[str], at: int, lex: Lexicon) -> str:
    """The subject of the sentence's first clause without its closing scope word (hedges scope_nouns, longest first),
    when that clause is not the one right before the sum's (read already) and its subject closes with such a scope;
    "" otherwise."""
    if at < 2:
        return ""
    scopes = lex.hedges.words.scope_nouns
    if not any(s in clauses[0] for s in scopes):
        return ""                       # the cheap test before a parse
    subject = subject_of(clauses[0], lex)
    return next((subject[: -len(s)] for s in scopes if subject.endswith(s)), "")


def subject_of(clause: str, lex: Lexicon) -> str:
    """The nouns opening ``clause`` before its predicate, a verb among them kept when a noun follows it; "" when the
    clause opens with no noun or its words after them are no predicate (a verb)."""
    words = tagged(clause, lex)
    end = 0
    while end < len(words):
        tag = words[end][1]
        if tag in _NOUN_TAGS or tag == "v" and end and end + 1 < len(words) and words[end + 1][1] in _NOUN_TAGS:
            end += 1                    # 农机具|购置|补贴
            continue
        break
    if not end or end == len(words) or words[end][1] != "v" or words[end - 1][1] not in _NOUN_TAGS:
        return ""
    return "".join(w for w, _ in words[:end])


def object_of(clause: str, lex: Lexicon) -> str:
    """What the verbs opening ``clause``, after a preposition or an adverb, act on to its end (为|继续|落实|两个确保和
    三条保障线); "" when no verb opens it or its object holds a verb of its own after a noun."""
    words = tagged(QUOTE_MARKS.sub("", clause), lex)
    start = next((k for k, (_, p) in enumerate(words[:_OPENING]) if p == "v"), -1)
    if start < 0 or not all(p in _OPENING_TAGS for _, p in words[:start]):
        return ""
    while start < len(words) and words[start][1] == "v":
        start += 1                      # 继续|落实
    rest = words[start:]
    if not rest or rest[-1][1] not in _NOUN_TAGS or any(p in ("p", "x", "u", "uj") for _, p in rest):
        return ""
    return "".join(w for w, _ in rest)
