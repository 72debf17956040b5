"""What the label tests of issue 17 share: a sentence read as a paragraph of a district's report, and its
observations' labels."""
from __future__ import annotations

from collections.abc import Callable, Hashable
from decimal import Decimal

from kg.extractors import run
from kg.extractors.indicators import is_indicator_name, label_problems
from kg.model import Observation
from kg.read.documents import read_text

HEAD = "——2024年1月10日在上海市徐汇区第十七届人民代表大会第五次会议上\n上海市徐汇区区长 钟晓咏\n"
"""The opening of a Xuhui report: a sentence after it is read as that district's."""


def observed(text: str, lexicon, head: str = HEAD) -> list[Observation]:
    """The observations govkg reads in ``text`` under ``head``."""
    return run(read_text(head + text, "t.txt", "t", lexicon), lexicon).observations


def by_value(o: Observation) -> Hashable:
    return o.quantity.value


def by_float(o: Observation) -> Hashable:
    return float(o.quantity.value)


def by_figure(o: Observation) -> Hashable:
    return float(o.quantity.value), o.quantity.unit


def labels(text: str, lexicon, key: Callable[[Observation], Hashable] = by_value) -> dict:
    """Each observation's label by ``key`` (the last one when a key repeats)."""
    return {key(o): o.metric for o in observed(text, lexicon)}


def expect_labels(text: str, expected: dict[str, str], lexicon) -> None:
    """Each value of ``expected`` (written as a string: "1.5") gets its label, and the label is an indicator name."""
    found = labels(text, lexicon, by_value)
    for value, metric in expected.items():
        assert found.get(Decimal(value)) == metric, (value, found)
        assert is_indicator_name(metric, lexicon)


def expect_label(sentence: str, value: float, unit: str, label: str, lexicon) -> None:
    """The figure of ``value`` in ``unit`` gets ``label``, and the label breaks no label rule."""
    found = labels(sentence, lexicon, by_figure)
    assert found.get((value, unit)) == label, found
    assert label_problems(label, lexicon) == []
