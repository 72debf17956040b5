"""The purpose or kind of a payer's money that its sentence or paragraph states away from the sum (issue 17: the
dev judges' rows of /work/label_judge_6006.tsv … 6009.tsv whose label named who paid, not what for).

- A payer's spending alone ([label] payer_spending) whose sum closes its clause, the next clause opening with a verb of
  purpose ([label] purpose_verbs), pays for what that clause names: 中央财政连续三年累计投入90亿元，用于农村寄宿制学校
  建设工程 -> 中央财政农村寄宿制学校建设工程投入 (national_2007; :func:`used_for`).
- The same wording opening its sentence, no purpose stated there, pays for the task the nearest short sentence
  without figures before it in its paragraph names (the paragraph's opening task or an enumerated one, 一是积极推行
  新型农村合作医疗制度。, its mark [label] task_enumeration left out): 大力推进保障性安居工程建设。…中央财政安排资金1713亿元 -> 中央财政保障性安居工程
  资金 (national_2012; :func:`headed_payer`; a closing [label] task_closers word names the work, not the task).
- Money a payer hands out ([label] handing_verbs) for a kind of spending (用于转移支付) supports what the clause before
  its sum names, the budget item named so (the Ministry of Finance's 农村税费改革转移支付): 为支持农村税费改革，今年中央
  财政拿出396亿元用于转移支付 -> 农村税费改革转移支付 (national_2004, the gold's name; :func:`handed_for`).
- Funds put to use by 把 ([label] disposal_marks) are named by the funder and the funds, not by the verb of use after
  them: 把中央财政的400亿元补贴资金用好用活 -> 中央财政补贴资金 (national_2009; :func:`disposed_funds`).
- A standard per head of a payer's subsidy naming no scheme is the standard of the scheme the clause before names:
  整合城乡居民基本医保制度，财政补助由每人每年380元提高到420元 -> 城乡居民基本医保人均财政补助标准 (national_2016;
  :func:`scheme_standard`).
- A standard of a payment worded alone (补助标准) is the standard of the scheme ([label] scheme_closers: 制度) a clause
  before it in its sentence names, the payer kept when its clause names one: 加快推进新型农村合作医疗制度建设，…，中央和
  地方财政对参加合作医疗农民的补助标准由20元提高到40元 -> 新型农村合作医疗财政补助标准 (national_2006, the gold's
  naming of 新农合财政补助标准; :func:`bare_standard`).
Each tests a cheap precondition (a payer's wording, a word of the lexicon in the sentence) before reading words.
"""
from __future__ import annotations

import re

from kg.extractors.indicator_names import named, squash
from kg.extractors.metric_labels import tagged
from kg.extractors.paid_purposes import object_of
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.lang.zh.numerals import DIGIT
from kg.lexicon import Lexicon
from kg.model import Document, Observation

__all__ = ["bare_standard", "disposed_funds", "handed_for", "headed_payer", "scheme_standard", "used_for"]

_HEADING_CHARS = 24         # characters of a paragraph's opening sentence that states its task (大力推进保障性安居工程建设)
_PURPOSE_CHARS = (4, 16)    # characters of a purpose named after a verb of purpose (农村寄宿制学校建设工程)
_NOUN_TAGS = ("n", "nz", "nt", "j", "l", "vn", "b")
_PARTICLES = ("u", "uj", "ul", "x")     # 的 after the funds: they modify a noun, no verb of use follows them


def _payer(o: Observation, lex: Lexicon) -> re.Match | None:
    pattern = lex.indicators.label.payer_spending
    return pattern.match(squash(o.metric)) if pattern is not None else None


def _label(paid: re.Match, purpose: str, lex: Lexicon) -> str | None:
    """The payer, the span of years, the purpose and the word of spending, when they make an indicator's name."""
    closers = lex.indicators.label.purpose_closers
    purpose = next((purpose[: -len(c)] for c in closers if purpose.endswith(c)), purpose)
    if not _PURPOSE_CHARS[0] <= len(purpose) <= _PURPOSE_CHARS[1] or DIGIT.search(purpose):
        return None
    return named(paid.group(1) + (paid.group(2) or "") + purpose + paid.group(3), lex)


def used_for(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """A payer's spending alone whose next clause opens with a verb of purpose (maybe after [label] purpose_adverbs)
    named by that purpose (module docstring); None otherwise."""
    rules = lex.indicators.label
    paid = _payer(o, lex)
    if paid is None:
        return None
    after = squash(sentence[o.quantity.end:])
    parts = CLAUSE_BREAK.split(after, maxsplit=2)
    if len(parts) < 2 or parts[0] or after[:1] not in (",", "\uff0c"):
        return None                     # 投入90亿元，用于…: the sum closes its clause
    clause = next((parts[1][len(a):] for a in rules.purpose_adverbs if parts[1].startswith(a)), parts[1])
    verb = next((v for v in rules.purpose_verbs if clause.startswith(v)), "")
    purpose = clause[len(verb):].replace(lex.grammar.possessive, "")
    return _label(paid, purpose, lex) if verb else None


def headed_payer(o: Observation, document: Document, lex: Lexicon) -> str | None:
    """A payer's spending alone opening its sentence named by the task the nearest short figure-less sentence before
    it in its paragraph states, the object of its verbs (module docstring); None when a clause before the sum in its
    sentence could state the purpose, no such sentence states a task of one clause, or a sentence between them lists
    tasks (一是…: the sum is of one of them)."""
    paid = _payer(o, lex)
    sentence = document.sentences[o.sentence]
    if paid is None or CLAUSE_BREAK.search(sentence.text[:o.quantity.start]):
        return None
    rules = lex.indicators.label
    opening = ""
    for before in reversed(document.sentences[:o.sentence]):
        if before.paragraph != sentence.paragraph:
            break
        if len(before.text) <= _HEADING_CHARS and not DIGIT.search(before.text):
            opening = before.text
            break
        if rules.task_enumeration is not None and any(rules.task_enumeration.match(c)
                                                       for c in CLAUSE_BREAK.split(before.text)):
            return None                 # 今年重点抓好四件事：一是…: the sum is of one of the tasks listed since
    clauses = [c for c in CLAUSE_BREAK.split(squash(opening)) if c]
    if len(clauses) != 1:
        return None
    task = rules.task_enumeration.sub("", clauses[0]) if rules.task_enumeration is not None else clauses[0]
    task = next((task[: -len(c)] for c in rules.task_closers if task.endswith(c)), task)
    return _label(paid, object_of(task, lex), lex)


def handed_for(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """Money a payer ([label] funders) hands out worded by the payer and the verb alone, right after it a verb of
    purpose naming a kind of spending, named as the budget item: the object of the clause before and that kind
    (module docstring); None otherwise."""
    rules = lex.indicators.label
    own = squash(o.metric_surface)
    verb = next((v for v in rules.handing_verbs if own.endswith(v)), "")
    payer = own[: -len(verb)] if verb else ""
    if not payer.endswith(tuple(rules.funders)) or not o.quantity.unit.endswith(_MONEY):
        return None
    after = CLAUSE_BREAK.split(squash(sentence[o.quantity.end:]), maxsplit=1)[0]
    lead = next((v for v in rules.purpose_verbs if after.startswith(v)), "")
    clauses = CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))
    if not lead or len(after) == len(lead) or len(clauses) < 2:
        return None
    purpose = object_of(clauses[-2], lex)
    return named(purpose + after[len(lead):], lex) if _PURPOSE_CHARS[0] <= len(purpose) else None


def disposed_funds(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """Funds of a sum that 把 puts to use named by the funder before the sum and the funds after it, the verb of use
    left out (module docstring); None when no disposal mark stands before the sum in its clause, or no funds word
    ([label] fund_heads) closes the nouns after the sum before a verb."""
    rules = lex.indicators.label
    clause = CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))[-1]
    mark = max((clause.rfind(m) for m in rules.disposal_marks), default=-1)
    if mark < 0 or not o.quantity.unit.endswith(_MONEY):
        return None
    own = squash(o.metric_surface)
    words = tagged(own, lex)
    end = 0
    while end < len(words) and words[end][1] in _NOUN_TAGS:
        end += 1
    funds = "".join(w for w, _ in words[:end])
    if not end or end == len(words) or words[end][1] in _PARTICLES or not funds.endswith(tuple(rules.fund_heads)):
        return None
    funder = clause[mark + 1:].removesuffix(lex.grammar.possessive)
    if not funder.endswith(tuple(rules.funders)) or len(funder) > _HEADING_CHARS // 2:
        return None
    return named(funder + funds, lex)


def scheme_standard(standard: str, sentence: str, clause_start: int, lex: Lexicon) -> str:
    """``standard``, a standard per head of a payer's subsidy whose wording opens with the payer ([label] funders),
    with the scheme the clause before it names, the object of its verbs without a closing [label] scheme_closers word;
    ``standard`` unchanged otherwise."""
    rules = lex.indicators.label
    payer = standard.removeprefix(rules.per_head_word)
    if not payer.startswith(tuple(rules.funders)):
        return standard
    clauses = [c for c in CLAUSE_BREAK.split(squash(sentence[:clause_start])) if c]
    scheme = object_of(clauses[-1], lex) if clauses else ""
    scheme = next((scheme[: -len(c)] for c in rules.scheme_closers if scheme.endswith(c)), scheme)
    if not _PURPOSE_CHARS[0] <= len(scheme) <= _PURPOSE_CHARS[1]:
        return standard
    return named(scheme + standard, lex) or standard


_MONEY = "\u5143"           # 元: a sum of money (亿元, 万元)


def bare_standard(wording: str, o: Observation, sentence: str, lex: Lexicon) -> str:
    """``wording``, a payment's standard alone ([label] per_head_payments and standard_noun) of a sum of money, with
    the scheme the nearest clause before it in its sentence closes with, the object of its verbs (module docstring;
    none when that clause opens with no verb: 在全国农村全面推行…, which the tagger misreads), and the payer
    ([label] funders) its own clause names; ``wording`` unchanged otherwise."""
    rules = lex.indicators.label
    if (not rules.standard_noun or not wording.endswith(rules.standard_noun) or not o.quantity.unit.endswith(_MONEY)
            or wording.removesuffix(rules.standard_noun) not in rules.per_head_payments):
        return wording
    clauses = CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))
    for clause in reversed(clauses[:-1]):
        clause = next((clause[: -len(c)] for c in rules.task_closers if clause.endswith(c)), clause)
        closer = next((c for c in rules.scheme_closers if clause.endswith(c)), "")
        if not closer:
            continue
        scheme = object_of(clause, lex).removesuffix(closer)      # 加快推进|新型农村合作医疗制度
        payer = next((f for f in rules.funders if f in clauses[-1]), "")
        if _PURPOSE_CHARS[0] <= len(scheme) <= _PURPOSE_CHARS[1]:
            return named(scheme + payer + wording, lex) or wording
        return wording
    return wording
