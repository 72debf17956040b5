"""Sentences a saved web page cut with hard line breaks (issue 17, reader10).

The State Council's reports of 1997-2019 in the corpus were saved from pages that set each hyperlinked term
(高速铁路, 《国防法》, 党的十八届六中全会) on a line of its own. The reader joins such a line to the line before
when it goes on with a sentence, and leaves headings (二、2017年工作总体部署, （一）…) lines of their own. Every
row below is a run of lines from the corpus, read inside a report of that layout (paragraphs set apart by blank
lines, or one paragraph a line as the provinces' saved pages are).
"""
from __future__ import annotations

import pytest

from kg.extractors import run
from kg.read.documents import read_text
from kg.read.fold import fold_char
from tests.conftest import CORPUS

HEAD = "政府工作报告\n\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n\n国务院总理　李克强\n\n各位代表：\n"
FILLER = [
    "——经济运行缓中趋稳、稳中向好。国内生产总值达到74.4万亿元，增长6.7%，名列世界前茅，对全球经济增长的贡献率超过30%。",
    "——就业增长超出预期。全年城镇新增就业1314万人。高校毕业生就业创业人数再创新高。年末城镇登记失业率4.02%，为多年来最低。",
    "——经济结构加快调整。消费在经济增长中发挥主要拉动作用。服务业增加值占国内生产总值比重上升到51.6%，工业企业利润转为增长。",
]


def report(block: str, spaced: bool = True) -> str:
    """``block`` inside a report whose paragraphs stand apart by blank lines (``spaced``) or stand a line each."""
    gap = "\n\n" if spaced else "\n"
    return HEAD + gap + gap.join([*FILLER[:2], block, FILLER[2]]) + "\n"


def sentences(text: str, lexicon) -> list[str]:
    return [s.text for s in read_text(text, "national_2017.txt", "national_2017", lexicon).sentences]


def folded(text: str) -> str:
    return "".join(fold_char(c) for c in text)


JOINS = [
    # national_2017: a linked term inside a sentence, and one after a line that ends no sentence
    ("——基础设施支撑能力持续提升。新建\n高速铁路\n投产里程超过1900公里，新建改建\n高速公路\n6700多公里、农村公路29万公里。",
     ["新建高速铁路投产里程超过1900公里，新建改建高速公路6700多公里、农村公路29万公里。"]),
    # national_2017: the number split by a line of a zero-width space after the cut
    ("新开工重大水利工程21项。新增\n第四代移动通信\n用户3.4亿、光缆线路550\n\u200b\n多万公里。",
     ["新增第四代移动通信用户3.4亿、光缆线路550多万公里。"]),
    # national_2017: a line that opens with a mark no paragraph opens with
    ("城市轨道交通\n、地下综合管廊建设加快。", ["城市轨道交通、地下综合管廊建设加快。"]),
    ("对外开放推出新举措，“\n一带一路\n”建设进展快速，一批重大工程和国际产能合作项目落地。",
     ["对外开放推出新举措，“一带一路”建设进展快速，一批重大工程和国际产能合作项目落地。"]),
    # national_2017: the dash on a line of its own is layout noise; the term under it opens the sentence
    ("——\n改革开放\n深入推进。重要领域和关键环节改革取得突破性进展。", ["改革开放深入推进。"]),
    # national_2017: a sentence that opens with a linked term, right under the sentence before
    ("过去一年，我国发展面临国内外诸多矛盾叠加、风险隐患交汇的严峻挑战。\n党的十八届六中全会\n正式明确\n习近平\n"
     "总书记的核心地位，体现了党和人民的根本利益。",
     ["党的十八届六中全会正式明确习近平总书记的核心地位，体现了党和人民的根本利益。"]),
    # national_2004, national_1998: a law's name between the marks that quote it
    ("研究和部署防治非典工作。贯彻《\n中华人民共和国传染病防治法\n》，制定《\n突发公共卫生事件应急条例\n》，将非典列为法定传染病管理。",
     ["贯彻《中华人民共和国传染病防治法》，制定《突发公共卫生事件应急条例》，将非典列为法定传染病管理。"]),
    ("我国第一部《\n国防法\n》开始实施。", ["我国第一部《国防法》开始实施。"]),
    # national_1997, national_2000: an enumerated clause cut after its ordinal
    ("主要原因，一是\n企业管理体制、经营机制和思想观念不适应市场经济发展的要求。",
     ["主要原因，一是企业管理体制、经营机制和思想观念不适应市场经济发展的要求。"]),
    ("积极扩大国内需求。\n一是\n发行1000亿元长期国债，重点投向水利、交通、通信等基础设施建设。",
     ["一是发行1000亿元长期国债，重点投向水利、交通、通信等基础设施建设。"]),
]


@pytest.mark.parametrize("block, expected", JOINS)
def test_a_line_that_goes_on_with_a_sentence_is_joined(block: str, expected: list[str], lexicon) -> None:
    found = sentences(report(block), lexicon)
    for sentence in expected:
        assert folded(sentence) in found


NO_BLANKS = [
    # guangdong_2026 (one paragraph a line): a term set apart inside the sentence that states the targets
    ("2026年是“十五五”第一年，开好局起好步十分重要。今年经济社会发展的\n主要预期目标\n是：地区生产总值增长4.5%—5%，"
     "在实际工作中全力争取更好结果；地方一般公共预算收入增长3%左右。",
     "今年经济社会发展的主要预期目标是：地区生产总值增长4.5%—5%，在实际工作中全力争取更好结果；地方一般公共预算收入增长3%左右。"),
    # sichuan_2026's notes: 揭榜 / 挂帅 set apart inside a quoted name
    ("7.“双向揭榜挂帅”：企业找技术、成果找市场“双向\n揭榜\n挂帅”的简称，其中“企业找技术”聚焦产业“卡脖子”核心技术。",
     "7.“双向揭榜挂帅”：企业找技术、成果找市场“双向揭榜挂帅”的简称，其中“企业找技术”聚焦产业“卡脖子”核心技术。"),
]


@pytest.mark.parametrize("block, expected", NO_BLANKS)
def test_a_cut_sentence_is_joined_in_a_page_of_one_paragraph_a_line(block: str, expected: str, lexicon) -> None:
    assert folded(expected) in sentences(report(block, spaced=False), lexicon)


HEADINGS = [
    # national_2017: headings right above their text, in both layouts
    ("二、2017年工作总体部署\n今年是实施“十三五”规划的重要一年，是供给侧结构性改革的深化之年。", "二、2017年工作总体部署"),
    ("（一）用改革的办法深入推进“三去一降一补”。\n要在巩固成果基础上，针对新情况新问题，完善政策措施。",
     "（一）用改革的办法深入推进“三去一降一补”。"),
    # guangdong_2026: a heading with a mark inside, right above its text
    ("三、2026年工作安排\n2026年是“十五五”第一年，开好局起好步十分重要。", "三、2026年工作安排"),
    # jiangsu_2025, henan_2025: a heading of the tasks; unenumerated headings that hold a section cue of the lexicon
    ("二、2025年工作总体要求和目标任务\n习近平总书记对江苏发展高度重视，寄予殷切期望。", "二、2025年工作总体要求和目标任务"),
    ("2016年工作回顾\n过去一年，我国发展面临国内外诸多矛盾叠加、风险隐患交汇的严峻挑战。", "2016年工作回顾"),
    ("2017年主要预期目标\n国内生产总值增长6.5%左右，在实际工作中争取更好结果。", "2017年主要预期目标"),
    ("名词解释\n双向揭榜挂帅：企业找技术、成果找市场的简称。", "名词解释"),
]


@pytest.mark.parametrize("spaced", [True, False])
@pytest.mark.parametrize("block, heading", HEADINGS)
def test_a_heading_right_above_its_text_stays_a_line_of_its_own(block: str, heading: str, spaced: bool,
                                                                 lexicon) -> None:
    assert folded(heading) in sentences(report(block, spaced), lexicon)


def test_a_linked_term_after_a_blank_line_and_before_one_stays_apart(lexicon) -> None:
    """A short unpunctuated line with blank lines around it is a heading of a spaced text, not a cut term."""
    found = sentences(report("各项社会事业\n\n取得新的进展，城乡居民收入稳步增长，人民生活继续改善。"), lexicon)
    assert "各项社会事业" in found


def test_joined_sentences_keep_their_source_offsets(lexicon) -> None:
    """Each sentence's span reaches from its first character to its last in the source, line breaks inside."""
    text = report(JOINS[0][0])
    doc = read_text(text, "national_2017.txt", "national_2017", lexicon)
    sentence = next(s for s in doc.sentences if s.text.startswith("新建高速铁路"))
    assert text[sentence.start:sentence.end].replace("\n", "") == JOINS[0][1][0]
    assert doc.clean[sentence.clean_start:sentence.clean_end] == sentence.text


def test_the_stage_of_a_cut_sentence_reaches_its_figures(lexicon) -> None:
    """新建改建 (before the cut term 高速公路) reaches 农村公路29万公里; 新增 reaches 光缆线路550多万公里."""
    text = report(JOINS[0][0] + "\n\n" + JOINS[1][0])
    observations = run(read_text(text, "national_2017.txt", "national_2017", lexicon), lexicon).observations
    by_value = {float(o.quantity.value): o.metric for o in observations}
    assert by_value[29.0] == "新建改建农村公路"
    assert by_value[550.0] == "新增光缆线路"
    assert 6700.0 in by_value and 3.4 in by_value


@pytest.mark.skipif(not (CORPUS / "national" / "national_2017.txt").is_file(), reason="corpus not present")
def test_the_saved_page_of_2017_reads_whole_sentences(lexicon) -> None:
    path = CORPUS / "national" / "national_2017.txt"
    found = sentences(path.read_text(encoding="utf-8"), lexicon)
    assert folded("新建高速铁路投产里程超过1900公里，新建改建高速公路6700多公里、农村公路29万公里。") in found
    assert folded("改革开放深入推进。") in found
    assert "二、2017年工作总体部署" in found
