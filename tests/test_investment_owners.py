"""Investment figures worded without their owner (issue 17: a metric label is an indicator name, never a bare
generic noun): 完成投资, 年度投资 after a count of projects are those projects' investment (metrics.toml
``counted_totals``), with sentences of the provinces' 2025 and 2026 reports."""
from __future__ import annotations

from decimal import Decimal as D

import pytest

from tests.test_prices_and_horizons import _attributed


@pytest.mark.parametrize("text, named", [
    ("深入推进“双百”工程，实施省重点项目1000个，完成投资1万亿元。",                      # henan_2025
     [("省重点项目", D(1000)), ("省重点项目完成投资", D(1))]),
    ("安排重大项目1000个以上，完成年度投资1万亿元以上。",                                 # zhejiang_2025
     [("安排重大项目", D(1000)), ("重大项目完成年度投资", D(1))]),
    ("今年安排省重点建设项目1500个、年度计划投资1万亿元。",                               # guangdong_2025
     [("安排省重点建设项目", D(1500)), ("省重点建设项目年度投资", D(1))]),
    # with no count before it, the investment names nothing and is left out
    ("全年完成投资1.2万亿元。", []),
])
def test_investment_after_a_count_of_projects_is_theirs(lexicon, text, named):
    assert [(o.metric, o.quantity.value) for o in _attributed(text, lexicon)] == named
