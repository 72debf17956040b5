"""A list item that states an attribute of the things counted right before it (issue 17: the owner of a figure named
in another item). 建成养老服务机构1596个、床位23.1万张 counts the beds of those institutions (建成养老服务机构床位,
zhejiang_2026), 矿业权出让111宗、出让收益超过133.6亿元 the proceeds of those transfers (矿业权出让收益, sichuan_2025): a
noun the counted things have (metrics.toml [label] item_attributes: 床位, 总金额) or an item opening with the verb
their wording closes with, listed after a count and measured in another unit, is no thing of its own but the
counted things'. Parallel items are none: 更新汽车50万辆、家电800万台, 新开办托育机构231个、幼儿园37所. Read by kg.extractors.indicators.attribute."""
from __future__ import annotations

from kg.extractors.indicator_names import known, named, squash
from kg.extractors.metric_labels import verb_pattern
from kg.lexicon import Lexicon
from kg.model import Observation
from kg.lang.zh.wordset import longest_first

__all__ = ["counted_attribute"]

_ITEM = "\u3001"
_COUNT = "unit:NUM"
_OVERLAP_MIN = 2        # characters of the verb the item shares with the counted things' wording (出让)
_OVERLAP_MAX = 5        # characters of an item opening with the counted things' verb (出让收益)
_LINK_MAX = 2           # characters of a hedge or a linking verb between the item and its figure (超过, 达)


def counted_attribute(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """The wording of a figure whose list item is an attribute of the things the figure before counts (module
    docstring), the counted things' wording before the attribute; None otherwise."""
    driven = _driven(o, before, sentence, lex)
    if driven is not None:
        return driven
    if before is None or before.sentence != o.sentence or before.quantity.normalized_unit != _COUNT \
            or before.quantity.unit == o.quantity.unit or known(before.metric, lex):
        return None
    gap = squash(sentence[before.quantity.end:o.quantity.start])
    whole, own = squash(before.metric_surface), squash(o.metric_surface)
    if not gap.startswith(_ITEM) or not whole:
        return None
    item = gap[len(_ITEM):]
    noun = next((own[len(a):] for a in _actions(lex) if own.startswith(a) and not item.startswith(a)), own)
    if len(noun) < 2 or not item.startswith(noun) or len(item) - len(noun) > _LINK_MAX or known(noun, lex):
        return None
    overlap = next((k for k in range(len(noun) - 1, _OVERLAP_MIN - 1, -1) if whole.endswith(noun[:k])), 0)
    if overlap and len(noun) <= _OVERLAP_MAX:
        return named(whole + noun[overlap:], lex)            # 矿业权出让 + 出让收益
    return named(whole + noun, lex) if noun in lex.indicators.label.item_attributes else None


def _actions(lex: Lexicon) -> tuple[str, ...]:
    return longest_first(lex.hedges.words.actions)


def _driven(o: Observation, before: Observation | None, sentence: str, lex: Lexicon) -> str | None:
    """A list item opening with a verb of driving ([label] driving_verbs: 带动) right after an item whose figure counts
    a flow (新增创业28.9万人、带动就业47.6万人, sichuan_2025) is driven by that item's thing: 创业带动就业, as the
    statistics name it (judge label_judge_4669); None otherwise."""
    own = squash(o.metric_surface)
    verb = next((v for v in lex.indicators.label.driving_verbs if own.startswith(v)), "")
    if not verb or before is None or before.sentence != o.sentence \
            or squash(sentence[before.quantity.end:o.quantity.start]) != _ITEM + own:
        return None
    whole = squash(before.metric_surface)
    opening = verb_pattern(lex).match(whole)
    stage = opening.group(0) if opening else ""
    driver = whole[len(stage):]
    return named(driver + own, lex) if stage and 2 <= len(driver) <= _DRIVER_MAX else None


_DRIVER_MAX = 4         # characters of the thing that drives (创业)
