"""A metric label keeps the stage and the body its sentence states, invents none, round 16 (issue 17; the dev judges'
rows of /work/label_judge_6010.tsv and label_judge_6011.tsv: 新增小镇, 新增承接产业转移主平台, 新增公办托幼一体园,
跨境电商综试区扩容, 中心乡镇卫生院建设). One table per cause, each row a sentence of ../shared/corpus or the seeds (its
file named beside it) or one written as the corpus writes, and the labels (value -> metric) its figures must get; every
row of the tables failed on main 138ca7a (rounds 13-15 merged), the guards pass on both."""
from __future__ import annotations

import pytest

from labelling import expect_labels


# -- a body helping the counted things (中央财政支持, 援助) is named with them; the help adds no new things ------------

@pytest.mark.parametrize("text, expected", [
    ("今后三年内中央财政再支持5000所中心乡镇卫生院、2000所县级医院和2400所城市社区卫生服务中心建设。",   # national_2009
     {"5000": "中央财政支持中心乡镇卫生院建设", "2000": "中央财政支持县级医院",
      "2400": "中央财政支持城市社区卫生服务中心建设"}),
    ("广州、深圳援助梅州建设4个小镇，受灾群众春节前将入住新居。",                                  # guangdong_2025
     {"4": "广州深圳援助梅州建设小镇"}),
    ("中央财政安排专项资金支持533个县级图书馆、文化馆和4万个村广播电视设施建设。",             # national_2005: a
     {"533": "中央财政专项资金支持县级图书馆和文化馆建设"}),   # payer's funds help (aid21, judge 9501); kinds18
])
def test_a_helping_body_is_named_with_the_things_it_helps(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


@pytest.mark.parametrize("text, expected", [     # guards: no organisation or place helps, the label is as it was
    ("统筹推进县城基础设施建设，支持15个服务业高质量发展集聚区建设。", {"15": "建设服务业高质量发展集聚区"}),
])
def test_help_without_a_body_names_none(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


# -- 建设 of platforms develops them (a works noun), adds none -----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("坚持产城一体、城产融合，高质量建设15个承接产业转移主平台和7个大型产业集聚区，完善深汕特别合作区、"
     "广清经济特别合作区管理体制。",                                                              # guangdong_2025
     {"15": "建设承接产业转移主平台", "7": "建设大型产业集聚区"}),
])
def test_building_platforms_is_no_new_platforms(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


# -- a level reached by 扩容至 is the stock of the things, no expansion ---------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("开放空间不断拓展，自贸试验区新设企业10.1万家，跨境电商综试区扩容至7个，中欧（亚）班列累计开行1.7万列。",   # henan_2026
     {"7": "跨境电商综试区"}),
])
def test_a_level_reached_by_expansion_is_the_stock(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


# -- built (建成) is no 新增, and a kind the text does not state (公办) is not invented ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("建成10个托幼一体园。", {"10": "建成托幼一体园"}),                                    # xuhui_2023 summary
])
def test_built_things_keep_their_stage(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)
