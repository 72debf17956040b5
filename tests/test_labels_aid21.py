"""A metric label keeps the body that funds the counted things and the stage of each thing it funds, round 21 (issue
17; the blind judges' rows of family aid21 in /work/label_judge_9501.tsv and label_judge_9502.tsv: 县级图书馆和文化馆建设,
新增寄宿制学校). One table per cause, each row a sentence of ../shared/corpus (its file named beside it) and the labels
(value -> metric) its figures must get; every row of the first tables failed on main cffe59f, the guards pass on both."""
from __future__ import annotations

import pytest

from labelling import expect_labels


# -- a payer's funds helping the counted things (中央财政安排专项资金支持…) name them, as the payer alone does -----------

@pytest.mark.parametrize("text, expected", [
    ("中央财政安排专项资金支持533个县级图书馆、文化馆和4万个村广播电视设施建设。",                    # national_2005
     {"533": "中央财政专项资金支持县级图书馆和文化馆建设", "4": "中央财政专项资金支持村广播电视设施建设"}),
    ("国家安排专项资金支持2.2万多所农村中小学改造危房、建设 7000多所寄宿制学校，远程教育已覆盖36万所农村中小学，"
     "更多的农村学生享受到优质教育资源。",                                                           # national_2008
     {"2.2": "国家专项资金支持农村中小学改造危房", "7000": "国家专项资金支持建设寄宿制学校"}),
])
def test_funds_of_a_payer_aid_the_counted_things(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


@pytest.mark.parametrize("text, expected", [     # guards: a body aiding a list of counts; places aided, their verb once
    ("今后三年内中央财政再支持5000所中心乡镇卫生院、2000所县级医院和2400所城市社区卫生服务中心建设。",   # national_2009
     {"5000": "中央财政支持中心乡镇卫生院建设", "2400": "中央财政支持城市社区卫生服务中心建设"}),
    ("广州、深圳援助梅州建设4个小镇。", {"4": "广州深圳援助梅州建设小镇"}),                            # guangdong_2025
])
def test_aided_places_keep_their_verb_once(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


# -- a body opening a clause of named examples (国务院先后提出…等5部法律议案) acts on the things counted: its act is named ---

@pytest.mark.parametrize("text, expected", [
    ("国务院先后提出银行业监督管理法草案、对外贸易法修订草案等5部法律议案；"
     "制定了《企业国有资产监督管理暂行条例》等28部行政法规。",                                          # national_2004
     {"5": "国务院提出法律议案", "28": "制定行政法规"}),
    ("重视政府法制建设，国务院提出了劳动合同法、妇女权益保障法和个人所得税法修正案（草案）等7部法律议案，"
     "制定并颁布了《重大动物疫情应急条例》、《关于预防煤矿生产安全事故的特别规定》等22部行政法规。",       # national_2006
     {"7": "国务院提出法律议案"}),
])
def test_a_body_opening_listed_examples_names_its_act(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


# -- works pushed on (推进建设, 推动建设) before a list of counts: the works verb reaches every item, the last one too -----

@pytest.mark.parametrize("text, expected", [
    ("完善公办托育设施建设，重点推进建设4所市级示范性托育综合服务中心和4所县级示范性托育机构，新增普惠性托位超1000个，"
     "推动提升普惠托育服务水平。",                                                                  # guangdong_2025
     {"4": "建设县级示范性托育机构"}),
    ("推动建设超100条（个）幸福河湖，超5个县（市、区）开展全域幸福河湖建设，整体提升河流湖泊的生态条件。",    # guangdong_2026
     {"100": "建设幸福河湖"}),
])
def test_works_pushed_on_keep_their_verb(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)


@pytest.mark.parametrize("text, expected", [     # guards: a launch of works stays a launch
    ("启动建设7个省级渔港经济区，新建重力式深水网箱2000个，水产品总产量再创新高。",                     # guangdong_2026
     {"7": "启动省级渔港经济区"}),
])
def test_launched_works_stay_launches(lexicon, text, expected) -> None:
    expect_labels(text, expected, lexicon)
