"""Labels of what a count right before a noun is of, when the words after the noun or before the number glue or cut
it (the misc14 family of issue 17): people counted without what they do or get after them (动员全省超8000名志愿者
线上线下接力 -> 动员志愿者), the object of a verb closing a long wording (…组团融入式托管15所新型城镇化试点县县中 ->
托管新型城镇化试点县县中), and a payment per head as its standard (…财政补助从人均40元提高到45元 -> 人均…财政补助标准).
Words in metrics.toml [label] (people_counters, person_heads, people_flow_verbs, per_head_payments, per_head_figure, per_head_word,
standard_noun)."""
from __future__ import annotations

import re

from kg.extractors.indicator_names import identity, named, squash
from kg.extractors.metric_labels import is_indicator_name, tagged
from kg.extractors.payer_purposes import bare_standard, scheme_standard
from kg.lexicon import Lexicon
from kg.lang.zh.postag import VERB_FLAGS
from kg.lang.zh.punctuation import CLAUSE_BREAK
from kg.model import Observation

_PIECE = re.compile(r"[,;:\u3002!?\u3001()\u2014\uff0c\uff1b\uff1a\uff01\uff1f\uff08\uff09]")
_NO_NOUNS = ("v", "p", "c", "d", "u", "m", "q", "r", "x", "a")     # words no noun phrase of things holds
_MAGNITUDE = "unit:UNITLESS"            # 30万: a bare magnitude, what is counted named after it
_COUNT = "unit:NUM"


def people_counted(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """People counted right after a number are counted by their noun, ending at the last person's head ([label]
    person_heads); a verb acting on them that closes the wording ([label] people_flow_verbs) names the flow:
    动员全省超8000名志愿者线上线下接力 -> 动员志愿者, 吸纳超110万名高校毕业生在粤就业创业 -> 吸纳高校毕业生
    (guangdong_2026). With no such verb the words after the people are cut only when they are nouns, the services
    they get (30万以上参保孕产妇产前检查、住院分娩等…“零自付” -> 参保孕产妇, zhejiang_2026), never what they do
    (稳定就业). None when the count is of no people or no person's noun follows the number."""
    rules = lex.indicators.label
    people = o.quantity.unit.endswith(tuple(rules.people_counters)) or o.quantity.normalized_unit == _MAGNITUDE
    piece = _PIECE.split(squash(sentence[o.quantity.end:]), maxsplit=1)[0]
    if not people or not rules.person_heads or not any(h in piece for h in rules.person_heads):
        return None
    words = tagged(piece, lex)
    ends = [k for k, (w, p) in enumerate(words) if p.startswith("n") and w.endswith(rules.person_heads)]
    if not ends:
        return None
    noun = "".join(w for w, _ in words[:ends[-1] + 1])
    own = squash(o.metric)
    verb = next((v for v in rules.people_flow_verbs if own.endswith(v)), "")
    if verb:
        return named(verb + noun, lex)
    rest = words[ends[-1] + 1:]
    lead = tagged(CLAUSE_BREAK.split(squash(sentence[:o.quantity.start]))[-1], lex)
    if lead and lead[-1][1] in VERB_FLAGS:
        return None                     # 提高1200万中小学教师待遇 (national_2009): the verb acts on 待遇
    return named(noun, lex) if own.startswith(noun) and rest and all(p.startswith("n") for _, p in rest) else None


def verb_object(o: Observation, sentence: str, lex: Lexicon) -> str | None:
    """Things counted between a verb closing a long wording (a subject or manner before the verb) and their noun are
    that verb's objects: 推动珠三角优质教育资源组团融入式托管15所新型城镇化试点县县中 -> 托管新型城镇化试点县县中
    (guangdong_2025), not the act of the subject. None when the wording is short (新建15所学校 is read elsewhere),
    does not close with a verb, or the words after the number up to the next break are no noun phrase."""
    if o.quantity.normalized_unit != _COUNT or not sentence[o.quantity.start:o.quantity.end][:1].isdigit():
        return None
    own = squash(o.metric)
    words = tagged(own, lex)
    if len(words) < _LONG_WORDING or words[-1][1] != "v" or len(words[-1][0]) < 2:
        return None
    after = squash(sentence[o.quantity.end:])
    piece = _PIECE.split(after, maxsplit=1)[0]
    if after[len(piece):len(piece) + 1] not in _CLAUSE_ENDS:
        return None                     # 支持5000所中心乡镇卫生院、2000所县级医院…建设: a list's shared verb follows
    things = tagged(piece, lex)
    if len(piece) < 2 or not things or any(p.startswith(_NO_NOUNS) for _, p in things) or things[0][1][:1] not in "nb":
        return None
    run = len(words) - 1
    while run > 0 and words[run - 1][1] in ("v", "c"):
        run -= 1                        # 取消和停征100项行政事业性收费: every verb of the run acts on the things
    subject = any(p.startswith("n") and len(w) > 1 for w, p in words[:run])      # not 做优做强 (优 tagged n)
    return named("".join(w for w, _ in words[run:]) + piece, lex) if subject and words[run][1] == "v" else None


_CLAUSE_ENDS = ("", ",", ";", "\u3002", "\uff0c", "\uff1b")
_LONG_WORDING = 4       # words of a wording that holds more than a verb and its modifier: a subject before them


def per_head_standard(wording: str, o: Observation, sentence: str, lex: Lexicon) -> str:
    """A payment ([label] per_head_payments) whose figure of money is per head is its standard per head:
    基本公共卫生服务经费财政补助从人均40元提高到45元 -> 人均基本公共卫生服务经费财政补助标准 (national_2016), both
    figures. ``wording`` unchanged when the figure is no money, not per head, or the wording names a standard."""
    rules = lex.indicators.label
    wording = bare_standard(wording, o, sentence, lex)      # 补助标准: the scheme's (kg.extractors.payer_purposes)
    if (rules.per_head_figure is None or not o.quantity.unit.endswith(_MONEY) or not wording.endswith(rules.per_head_payments)
            or rules.standard_noun in wording or rules.per_head_word in wording):
        return wording
    clause = CLAUSE_BREAK.split(sentence[:o.quantity.end])[-1]
    if rules.per_head_figure.search(clause) is None:
        return wording
    standard = scheme_standard(rules.per_head_word + wording + rules.standard_noun, sentence, o.quantity.end - len(clause), lex)
    return standard if is_indicator_name(identity(standard, lex), lex) else wording


_MONEY = "\u5143"       # 元: a sum of money (亿元, 万元)
