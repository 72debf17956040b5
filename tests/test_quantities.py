"""The number and unit parser, table-driven."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from kg.model import Comparator
from kg.lang.zh.quantities import NumberError, find_quantities, parse_number, parse_quantity

CASES = [
    # text, value, value_max, unit, normalized value, normalized unit, comparator
    ("1.2万套", D("1.2"), None, "万套", D(12000), "unit:NUM", Comparator.EXACTLY),
    ("5%—6%", D(5), D(6), "%", D(5), "unit:PERCENT", Comparator.EXACTLY),
    ("9%—10%", D(9), D(10), "%", D(9), "unit:PERCENT", Comparator.EXACTLY),
    ("超8亿美元", D(8), None, "亿美元", D(800_000_000), "cur:USD", Comparator.AT_LEAST),
    ("2100余户", D(2100), None, "户", D(2100), "unit:NUM", Comparator.AT_LEAST),
    ("5.67万亿元", D("5.67"), None, "万亿元", D("5670000000000"), "cur:CNY", Comparator.EXACTLY),
    ("提高5.1个百分点", D("5.1"), None, "个百分点", D("5.1"), "kgo:PercentagePoint", Comparator.EXACTLY),
    ("8155亿元", D(8155), None, "亿元", D(815_500_000_000), "cur:CNY", Comparator.EXACTLY),
    ("2.52万平方米", D("2.52"), None, "万平方米", D(25200), "unit:M2", Comparator.EXACTLY),
    ("23.37公顷", D("23.37"), None, "公顷", D(233700), "unit:M2", Comparator.EXACTLY),
    ("570亩", D(570), None, "亩", D("380000"), "unit:M2", Comparator.EXACTLY),
    ("29.06万人次", D("29.06"), None, "万人次", D(290600), "unit:NUM", Comparator.EXACTLY),
    ("5.5%左右", D("5.5"), None, "%", D("5.5"), "unit:PERCENT", Comparator.ABOUT),
    ("10%以上", D(10), None, "%", D(10), "unit:PERCENT", Comparator.AT_LEAST),
    ("小于5.5%", D("5.5"), None, "%", D("5.5"), "unit:PERCENT", Comparator.AT_MOST),
    ("不低于85%", D(85), None, "%", D(85), "unit:PERCENT", Comparator.AT_LEAST),
    ("不高于32微克/立方米", D(32), None, "微克/立方米", D(32), "unit:MicroGM-PER-M3", Comparator.AT_MOST),
    ("1-2个", D(1), D(2), "个", D(1), "unit:NUM", Comparator.EXACTLY),
    ("3.1公里", D("3.1"), None, "公里", D(3100), "unit:M", Comparator.EXACTLY),
    ("二十五家", D(25), None, "家", D(25), "unit:NUM", Comparator.EXACTLY),
    ("1,234亿元", D(1234), None, "亿元", D(123_400_000_000), "cur:CNY", Comparator.EXACTLY),
    ("近60%", D(60), None, "%", D(60), "unit:PERCENT", Comparator.ABOUT),
    ("突破3000亿元", D(3000), None, "亿元", D(300_000_000_000), "cur:CNY", Comparator.AT_LEAST),
]


@pytest.mark.parametrize("text, value, vmax, unit, nvalue, nunit, comparator", CASES)
def test_parse_quantity(lexicon, text, value, vmax, unit, nvalue, nunit, comparator):
    q = parse_quantity(text, lexicon)
    assert (q.value, q.value_max, q.unit, q.normalized_value, q.normalized_unit, q.comparator) == (
        value, vmax, unit, nvalue, nunit, comparator)


def test_sign_word_is_not_a_comparator(lexicon):
    q = parse_quantity("电梯加装新签约501台", lexicon)
    assert (q.value, q.comparator) == (D(501), Comparator.EXACTLY)


@pytest.mark.parametrize("text, value", [
    ("8,155", D(8155)), ("十", D(10)), ("十五", D(15)), ("二十", D(20)), ("一百零八", D(108)),
    ("两千三百万", D(23_000_000)), ("二〇二三", D(2023)), ("三亿五千万", D(350_000_000)), ("1/4", D("0.25")),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "3.4.5", "1/0"])
def test_not_numbers(text):
    with pytest.raises(NumberError):
        parse_number(text)


@pytest.mark.parametrize("text, found", [
    # a number joined to the next quantity with no unit, or its unit cut short, takes that quantity's unit
    ("小微企业、三农贷款增速比各项贷款平均增速分别高4.2和0.7个百分点",                       # State Council 2015
     [(D("4.2"), "个百分点"), (D("0.7"), "个百分点")]),
    ("工业技改投资、规上工业增加值分别高于全国12.7个、12个百分点",                            # heilongjiang_2026
     [(D("12.7"), "个百分点"), (D("12"), "个百分点")]),
    # values with their own units, a year, and a number with a unit of its own before the joiner are left alone
    ("分别增长5%和6%", [(D(5), "%"), (D(6), "%")]),
    ("2024年和2025年分别增长5%", [(D(5), "%")]),
    ("分别新增3个和4项", [(D(3), "个"), (D(4), "项")]),
])
def test_a_number_joined_to_a_quantity_shares_its_unit(lexicon, text, found):
    assert [(q.value, q.unit) for q in find_quantities(text, lexicon)] == found
