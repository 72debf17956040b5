"""An owner opened once for a list of counts: 办理市人大代表议案38件、建议1081件 counts the deputies' 建议 too, so the
second item, a bare noun after the list mark, takes the first item's owner (市人大代表) and action (办理):
办理市人大代表建议 (shanghai_city_2021; judge label_judge_9401). A statistician reads the list as one owner's
kinds of things, each counted."""
from __future__ import annotations

import re
from functools import cache

from kg.extractors.clause_context import PROPER_NOUNS
from kg.extractors.indicator_names import identity, named, squash
from kg.extractors.list_marks import LIST_MARK, joiners
from kg.extractors.metric_labels import is_indicator_name, tagged
from kg.lang.zh.numerals import DIGIT
from kg.lexicon import Lexicon
from kg.model import Observation

@cache
def _item(lex: Lexicon) -> re.Pattern[str]:
    """The words between a count and the next: the list mark or a joiner, then a short noun of the next item (、建议,
    和建议)."""
    return re.compile(rf"(?:{LIST_MARK}|[{joiners(lex)}])([^,;:\u3002!?\u3001()]{{2,4}})$")


def owner_opened_once(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """The label of a count whose item is a bare noun following another owner's counted item in a list: the item
    before without its own last noun, then this noun (市人大代表议案38件、建议1081件 -> 市人大代表建议). None when the
    figure before is not the list's item before in the same measure word, the noun names an indicator alone, or the
    item before names no owner (a place, an organisation or another proper noun) before its last noun."""
    if (before is None or before.sentence != o.sentence or before.quantity.end >= o.quantity.start
            or before.quantity.unit != o.quantity.unit):
        return None                     # 项目1933个、总金额2.26万亿元: a measure of the item before, no kind beside it
    item = _item(lex).match(sentence, before.quantity.end, o.quantity.start)
    if item is None:
        return None
    own = item.group(1)
    if DIGIT.search(own):
        return None
    own_words = tagged(own, lex)
    if len(own_words) != 1 or not own_words[0][1].startswith("n") or is_indicator_name(identity(own, lex), lex):
        return None
    words = tagged(squash(before.metric_surface), lex)
    if len(words) < 2 or words[-1][1] != own_words[0][1]:
        return None
    if not any(flag in PROPER_NOUNS for _, flag in words[:-1]):
        return None                     # 新建学校5所、医院3家: no owner, only a stage shared (kg.extractors.stage)
    return named("".join(w for w, _ in words[:-1]) + own, lex)
