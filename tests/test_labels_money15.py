"""Money of a payer whose purpose or kind the sentence or its paragraph states away from the sum (issue 17, family
money15): the "no" rows of the dev judges 6006-6009 (/work/label_judge_6006.tsv … label_judge_6009.tsv) of this
family, one table per cause, with sentences of ../shared/corpus (the file each comes from is named beside it), and the
guards the whole-corpus diff asked for (tests/data/label_changes_money15.tsv)."""
from __future__ import annotations

import pytest

from labelling import by_figure, expect_label, labels

_HOUSING = ("大力推进保障性安居工程建设。出台关于保障性安居工程建设和管理的指导意见，完善财政投入、土地供应、信贷支持、"
            "税费减免等政策，着力提高规划建设和工程质量水平，制定保障性住房分配、管理、退出等制度和办法。"
            "中央财政安排资金1713亿元，是2010年的2.2倍，全年城镇保障性住房基本建成432万套，新开工建设1043万套。")
_HEALTH = ("加快卫生事业改革发展。着眼于建设覆盖城乡居民的基本卫生保健制度，今年重点抓好四件事：一是积极推行新型农村合作"
           "医疗制度。试点范围扩大到全国80%以上的县（市、区），有条件的地方还可以搞得更快一些。中央财政安排补助资金101亿元，"
           "比去年增加58亿元。")


# -- a payer's money alone takes the purpose its sentence or paragraph states --------------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    # the purpose a verb of purpose opens the next clause with
    ("中央财政连续三年累计投入 90亿元，用于农村寄宿制学校建设工程，7651所学校受益。", 90, "亿元",
     "中央财政农村寄宿制学校建设工程投入"),                                                     # national_2007
    # the task the paragraph opens with, the sum opening its sentence
    (_HOUSING, 1713, "亿元", "中央财政保障性安居工程资金"),                                      # national_2012
    # the programme whose scope opens the sentence, the clauses between naming nothing
    # the kind after a verb of purpose, supporting what the clause before names
    ("为支持农村税费改革，今年中央财政拿出396亿元用于转移支付。", 396, "亿元",
     "农村税费改革转移支付"),                                                           # national_2004
    ("新型农村合作医疗试点范围扩大到1451个县（市、区），占全国总数的50.7％，有4.1亿农民参加；中央财政支出42.7亿元，"
     "地方财政也相应增加支出，较大幅度提高参加合作医疗农民的补助标准。", 42.7, "亿元",
     "中央财政新型农村合作医疗支出"),                                                           # national_2007
])
def test_payer_purpose(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)


def test_listed_tasks_name_no_purpose(lexicon):
    """A sentence listing tasks (一是…) between the paragraph's task and the sum: the sum is of one of them, so the
    paragraph's task does not name it."""
    found = labels(_HEALTH, lexicon, by_figure)                                                 # national_2007
    assert found.get((101, "亿元")) == "中央财政补助资金", found


def test_purpose_before_the_sum_is_read_first(lexicon):
    """A clause before the sum in its sentence states the purpose: the paragraph's task is not read."""
    found = labels("抗灾救灾工作全面加强，中央财政五年支出551亿元。", lexicon, by_figure)        # national_2008
    assert found.get((551, "亿元")) == "中央财政五年抗灾救灾支出", found


# -- funds put to use by 把 are named without the verb of use ------------------------------------------------------

def test_disposed_funds(lexicon):
    expect_label("做好“家电下乡”、“农机下乡”、“汽车、摩托车下乡”等工作，把中央财政的400亿元补贴资金用好用活，使企业"
                 "增加销售、农民得到实惠。", 400, "亿元", "中央财政补贴资金", lexicon)            # national_2009


# -- a standard per head of a payer's subsidy is the scheme's the clause before names ------------------------------

@pytest.mark.parametrize("sentence, value, unit, label", [
    ("整合城乡居民基本医保制度，财政补助由每人每年380元提高到420元。", 380, "元",
     "城乡居民基本医保人均财政补助标准"),                                                       # national_2016
    ("整合城乡居民基本医保制度，财政补助由每人每年380元提高到420元。", 420, "元",
     "城乡居民基本医保人均财政补助标准"),                                                       # national_2016
    # a standard alone is the scheme's the clause before names, its payer kept (the gold's 新农合财政补助标准)
    ("加快推进新型农村合作医疗制度建设，今年把试点的范围扩大到全国40%的县，中央和地方财政对参加合作医疗农民的补助标准由"
     "20元提高到40元，中央财政为此将增加支出42亿元。", 20, "元", "新型农村合作医疗财政补助标准"),   # national_2006
    # a payment naming its own scheme keeps it
    ("基本公共卫生服务经费财政补助从人均40元提高到45元，促进医疗资源向基层和农村流动。", 40, "元",
     "人均基本公共卫生服务经费财政补助标准"),                                                   # national_2016
])
def test_scheme_standard(sentence, value, unit, label, lexicon):
    expect_label(sentence, value, unit, label, lexicon)
