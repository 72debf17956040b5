"""Counts that are not the thing a programme gives or a rate measures (issue 17: a metric label is always an
indicator name).

- People counted after 为 and before what is given to them are its beneficiaries, not the thing given:
  为超300万名婴幼儿发放育儿补贴 -> 育儿补贴婴幼儿 (guangdong_2026), 为138万残疾人发放生活补贴和护理补贴 (sichuan_2026)
  (:func:`given_to`, read by kg.extractors.indicators).
- Counted things recognised, promoted or approved are counted with the recognition: 10项示范区典型经验获国家发文推广
  -> 获国家发文推广示范区典型经验 (zhejiang_2025) (:func:`recognised`, read by kg.extractors.indicators).
- Things counted before a rate of theirs whose percentage follows are the rate's population, not a figure of it:
  203个国考断面优良率和285个水功能区达标率均为100% (sichuan_2025), 160个国控断面中I类及以上水质占比86.1% (henan_2025)
  (:func:`without_rate_populations`, read by kg.extractors.observations).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extractors.indicator_names import named, squash
from kg.lang.zh.punctuation import BRACKETED_CLAUSE_BREAK, BRACKETED_ITEM_BREAK, QUOTE_MARKS
from kg.lexicon import Lexicon
from kg.model import Document, Observation
from kg.lang.zh.wordset import longest_first

_MAGNITUDE = "unit:UNITLESS"
_COUNT = "unit:NUM"
_HEDGE_CHARS = 2        # 为超300万名, 为近8000名: at most this many characters between 为 and the number
_PREDICATE_CHARS = 14   # 入选全国首批重点培育名单: the longest recognition read so
_PEOPLE_CHARS = 10      # 婴幼儿, 困难和重度残疾人: the longest beneficiary read so
_GIVEN_CHARS = 12       # 育儿补贴, 生活补贴和护理补贴: the longest thing given read so


def given_to(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """The thing given and its beneficiaries, when the figure counts people after 为 ([label] for_prepositions) and
    a given verb ([label] given_verbs) follows them in its clause: 为超300万名婴幼儿发放育儿补贴 -> 育儿补贴婴幼儿.
    None for any other figure."""
    rules = lex.indicators.label
    head = BRACKETED_CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))[-1]
    at = max((head.rfind(p) + len(p) for p in rules.for_prepositions if p in head), default=-1)
    people = o.quantity.unit.endswith(tuple(rules.people_counters)) or o.quantity.normalized_unit == _MAGNITUDE
    if at < 0 or len(head) - at > _HEDGE_CHARS or re.search("[0-9]", head[at:]) or not people:
        return None
    after = BRACKETED_CLAUSE_BREAK.split(squash(sentence[o.quantity.end:]), maxsplit=1)[0]
    verb = min(((after.find(v), v) for v in rules.given_verbs if v in after), default=None)
    if verb is None:
        return None
    whom = after[:verb[0]]
    while whom.endswith(tuple(rules.bad_endings)):          # 孤独症儿童免费提供: an adverb before the verb
        whom = whom[:-len(next(e for e in rules.bad_endings if whom.endswith(e)))]
    given = after[verb[0] + len(verb[1]):]
    if not 2 <= len(whom) <= _PEOPLE_CHARS or not 2 <= len(given) <= _GIVEN_CHARS or "\u3001" in whom + given:
        return None
    return named(given + whom, lex)


def recognised(wording: str, after: str, lex: Lexicon) -> str:
    """``wording`` with the predicate after it when the counted things it names are recognised so ([label]
    recognition_verbs) to the end of the clause before them: 7所高等院校获批设置 -> 获批设置高等院校, as 2个医疗器械
    创新产品获批上市 -> 获批上市医疗器械创新产品 (the seeds' gold); else ``wording``."""
    own, after = squash(wording), QUOTE_MARKS.sub("", squash(after))
    verbs = longest_first(lex.indicators.label.recognition_verbs)
    found = next(((own[:len(own) - k], v) for v in verbs for k in range(len(v))      # 作品荣|获: the verb 荣获 cut
                  if len(own) > k + 1 and own.endswith(v[:k]) and after.startswith(own[:len(own) - k] + v)), None)
    if found is None:
        return wording
    own, verb = found
    tail = re.split("[0-9]", BRACKETED_ITEM_BREAK.split(after[len(own):], maxsplit=1)[0], maxsplit=1)[0]
    if not 2 <= len(tail) - len(verb) <= _PREDICATE_CHARS:
        return wording                  # 获1金2银佳绩: figures of their own; 获得首贷274亿元 keeps 获得首贷
    return named(tail + own, lex) or wording


def without_rate_populations(document: Document, observations: Sequence[Observation],
                             lex: Lexicon) -> list[Observation]:
    """``observations`` without the counts of things named with a rate or share of theirs ([label] share_nouns)
    before the next figure, when a percentage follows in the clause: the count says over how many things the rate
    is taken (203个国考断面优良率…均为100%), no figure of the rate."""
    shares = tuple(lex.indicators.label.share_nouns)
    return [o for o in observations if not _population(o, document.sentences[o.sentence].text, shares)]


def _population(o: Observation, sentence: str, shares: tuple[str, ...]) -> bool:
    if o.quantity.normalized_unit != _COUNT:
        return False
    clause = BRACKETED_CLAUSE_BREAK.split(sentence[o.quantity.end:], maxsplit=1)[0]
    counted = re.split("[0-9\u3001]", clause, maxsplit=1)[0]     # to the next figure or item: 国考断面优良率和
    return any(s in counted for s in shares) and re.search("[0-9.]+\\s*[%\uff05]", clause) is not None
