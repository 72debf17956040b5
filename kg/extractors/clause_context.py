"""The clause before a figure's: the nouns that open it (its subject), the proper nouns that own its thing, and the
object of its last verb, which name a figure whose own wording is a bare verb or a generic noun."""
from __future__ import annotations

import itertools
import re

from kg.extractors.indicator_names import squash
from kg.extractors.metric_labels import tagged, verb_pattern
from kg.lexicon import Lexicon
from kg.lang.zh.wordset import longest_first

__all__ = ["named_by_stem", "object_before", "owner_before", "subject_before"]


def subject_before(before: str, lex: Lexicon) -> str:
    """The nouns opening the clause before the number's: 徐家汇书院火爆开业，全年入馆196万人次 -> 徐家汇书院."""
    clauses = re.split(r"[,;:。!?，；：！？]", squash(before))
    if len(clauses) < 2:
        return ""
    nouns = []
    for word, pos in tagged(clauses[-2], lex):
        if not pos.startswith("n"):
            break
        nouns.append(word)
    subject = "".join(nouns)
    return subject if 2 <= len(subject) <= 12 else ""


PROPER_NOUNS = ("ns", "nt", "nz")      # jieba's flags of a place, an organisation, another proper noun


def owner_before(own: str, before: str, lex: Lexicon) -> str:
    """Whose the generic noun ``own`` opening its clause is, when the clause before states a figure of the same
    owner's other thing: the proper nouns opening that clause without its last noun (浦东新区法规累计达到18部，
    管理措施累计达到22部 -> 浦东新区)."""
    clauses = re.split(r"[,;:。!?，；：！？]", squash(before))
    if len(clauses) < 2 or not clauses[-1].startswith(own) or not re.search(r"[0-9]", clauses[-2]):
        return ""
    nouns = list(itertools.takewhile(lambda w: w[1].startswith("n"), tagged(clauses[-2], lex)))
    owner = nouns[:-1]
    proper = all(pos in PROPER_NOUNS for _, pos in owner)      # a place, an organisation: whose, not what
    return "".join(w for w, _ in owner) if owner and proper and 2 <= sum(len(w) for w, _ in owner) <= 8 else ""


def object_before(before: str, lex: Lexicon) -> str:
    """The object of the clause before the number's: 加快发展保障性租赁住房，新建或筹措1.2万套 -> 保障性租赁住房."""
    clauses = re.split(r"[,;:。!?，；：！？]", squash(before))
    if len(clauses) < 2:
        return ""
    verbs = list(verb_pattern(lex).finditer(clauses[-2]))
    noun = clauses[-2][verbs[-1].end():] if verbs else ""
    return noun if 2 <= len(noun) <= 12 and not re.search(r"[0-9]", noun) else ""


def named_by_stem(own: str, before: str, lex: Lexicon) -> str | None:
    """The scheme's indicator of a generic noun whose stem the sentence names before it (a noun carried from an
    earlier clause): 打造全市首批新时代城市建设者管理者之家示范项目，全区共可提供床位超2000张 -> 新时代城市建设者管理者之家床位
    (xuhui 2024 news), the modal and the verb of giving before the noun ([label] clause_adverbs, given_verbs) going.
    None unless exactly one indicator fits."""
    rules = lex.indicators.label
    noun = squash(own)
    leading = longest_first((*rules.clause_adverbs, *rules.given_verbs))
    while (word := next((w for w in leading if noun.startswith(w) and len(noun) > len(w)), None)) is not None:
        noun = noun[len(word):]
    if not 2 <= len(noun) <= 3 or noun == squash(own):
        return None
    text = squash(before)
    fits = sorted({m.name for m in lex.metrics for name in (m.name, *m.aliases)
                   if name.endswith(noun) and len(name) - len(noun) >= 4 and name[:-len(noun)] in text})
    return fits[0] if len(fits) == 1 else None
