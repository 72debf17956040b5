"""The reader: decoding, layout repair, sentences, metadata and sections."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.read.decode import decode
from kg.read.documents import read_text
from kg.errors import EmptyInput, UnreadableInput
from kg.model import DocKind, SectionKind

TEXT = "——2024年1月10日在上海市徐汇区第十七届人民代表大会第五次会议上\n上海市徐汇区区长 钟晓咏\n预计商品销售总额完成 8155亿元。"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_decode_by_evidence(encoding):
    assert decode(TEXT.encode(encoding), "x.txt") == TEXT


@pytest.mark.parametrize("data, error", [
    (b"", EmptyInput), (b"  \n\t ", EmptyInput),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), UnreadableInput),
    (b"\xff\xfe\xfd\x00abc", UnreadableInput),
])
def test_bad_bytes_name_the_file(data, error):
    with pytest.raises(error) as info:
        decode(data, "bad.txt")
    assert "bad.txt" in str(info.value)


def _doc(text: str):
    return read_text(text, "t.txt", "t")


@pytest.mark.parametrize("name, sentence", [
    ("xuhui_2024_work_report_summary.txt",
     "预计商品销售总额完成8155亿元,同比增长2.2%;社会消费品零售总额完成1210亿元,同比增长14.5%。"),
    ("xuhui_2024_work_report_summary.txt", "预计完成规模以上工业总产值890亿元。"),
    ("xuhui_2025_work_report_summary.txt", "上海史上最大单地块一次性征收项目———东安一二村片区旧改地块100%签约。"),
    ("xuhui_2022_work_report_goals_and_tasks.txt", "地区生产总值年均增长5%左右,区级财政收入年均增长5%。"),
    ("xuhui_2024_news_five_functional_areas.txt",
     "四大产业集群加速迈向千亿级,其中徐汇区人工智能产业集群获国家发展改革委员会评价优秀;专业服务业、信息服务业提质增效,"
     "预计规模以上服务业营业收入同比增长10%以上;“一节六季”促消费活动预计商品销售总额完成8155亿元,同比增长2.2%;"
     "社会消费品零售总额完成1210亿元,同比增长14.5%。"),
])
def test_sentences_broken_over_lines_are_one_sentence(documents, name, sentence):
    assert sentence in [s.text for s in documents[name].sentences]


def test_one_item_a_line_stays_one_item_a_line(documents):
    texts = [s.text for s in documents["xuhui_2023_work_report_summary.txt"].sentences]
    assert "引入首店160家" in texts and "预计商品销售总额完成7695亿元" in texts


def test_evidence_maps_back_to_the_source(documents):
    for doc in documents.values():
        for s in doc.sentences:
            source = doc.text[s.start:s.end]
            assert "".join(source.split()) == "".join(doc.evidence(s).split())
            assert "\n" not in doc.evidence(s)


def test_vertical_headline_and_furniture_are_dropped(documents):
    doc = documents["xuhui_2022_work_report_goals_and_tasks.txt"]
    texts = [s.text for s in doc.sentences]
    assert not any(t in ("今", "年年年", "222", "徐徐徐") for t in texts)
    assert not any("本版编辑" in t or "下转第" in t for t in texts)


@pytest.mark.parametrize("name, kind, year, date, speaker, session", [
    ("xuhui_2022_work_report_goals_and_tasks.txt", DocKind.WORK_REPORT, 2022, dt.date(2022, 1, 5), "钟晓咏",
     "第十七届人民代表大会第一次会议"),
    ("xuhui_2023_work_report_summary.txt", DocKind.WORK_REPORT, 2023, dt.date(2023, 1, 4), "钟晓咏",
     "第十七届人民代表大会第三次会议"),
    ("xuhui_2024_work_report_summary.txt", DocKind.WORK_REPORT, 2024, dt.date(2024, 1, 10), "钟晓咏",
     "第十七届人民代表大会第五次会议"),
    ("xuhui_2025_work_report_summary.txt", DocKind.WORK_REPORT, 2025, dt.date(2025, 1, 7), "王华",
     "第十七届人民代表大会第七次会议"),
    ("xuhui_2024_news_five_functional_areas.txt", DocKind.NEWS_ARTICLE, 2024, None, None, None),
])
def test_metadata_read_from_the_text(documents, name, kind, year, date, speaker, session):
    meta = documents[name].metadata
    assert (meta.kind, meta.year, meta.reviewed_year, meta.date, meta.speaker, meta.session) == (
        kind, year, year - 1, date, speaker, session)
    assert meta.district == "徐汇区"


def _section_of(doc, prefix):
    return next(s.section for s in doc.sentences if s.text.startswith(prefix))


@pytest.mark.parametrize("name, prefix, section", [
    ("xuhui_2025_work_report_summary.txt", "一年来", SectionKind.REVIEW),
    ("xuhui_2025_work_report_summary.txt", "预计全年实到外资16.77亿美元", SectionKind.REVIEW),
    ("xuhui_2025_work_report_summary.txt", "全力推动经济稳增长", SectionKind.PLAN),
    ("xuhui_2024_work_report_summary.txt", "预计规模以上服务业营业收入", SectionKind.REVIEW),
    ("xuhui_2024_work_report_summary.txt", "综合各方面因素", SectionKind.PLAN),
    ("xuhui_2023_work_report_summary.txt", "引入首店160家", SectionKind.REVIEW),
    ("xuhui_2023_work_report_summary.txt", "年税收超亿元楼宇达到70幢", SectionKind.PLAN),
    ("xuhui_2022_work_report_goals_and_tasks.txt", "地区生产总值年均增长", SectionKind.GOALS),
    ("xuhui_2022_work_report_goals_and_tasks.txt", "综合考虑各方面因素", SectionKind.PLAN),
    ("xuhui_2024_news_five_functional_areas.txt", "过去一年,徐汇区地区生产总值", SectionKind.REVIEW),
    ("xuhui_2024_news_five_functional_areas.txt", "今年,徐汇区还将把发展经济", SectionKind.PLAN),
])
def test_sections(documents, name, prefix, section):
    assert _section_of(documents[name], prefix) is section


@pytest.mark.parametrize("name, district, year", [
    ("shanghai_city_2021.txt", "上海市", 2021), ("shanghai_city_2024.txt", "上海市", 2024),
])
def test_municipal_reports_metadata(name, district, year):
    from tests.conftest import CORPUS

    path = CORPUS / name
    if not path.exists():
        pytest.skip("shared/corpus is not beside this checkout")
    from kg.read.documents import read_document

    meta = read_document(path, name).metadata
    assert (meta.district, meta.year, meta.kind) == (district, year, DocKind.WORK_REPORT)


@pytest.mark.parametrize("header, section", [
    ("指标\t2025年目标", SectionKind.PLAN),          # the year the report plans for: its targets
    ("指标\t2025年预期目标", SectionKind.PLAN),
    ("指标\t2024年目标", SectionKind.REVIEW),        # last year's targets (beside what was done) open nothing
    ("指标\t2024年完成", SectionKind.REVIEW),
])
def test_a_table_header_naming_this_years_targets_opens_the_plan(header, section):
    text = ("政府工作报告\n——2025年1月15日在上海市第十六届人民代表大会第三次会议上\n各位代表：\n"
            "一、2024年工作回顾\n全市生产总值增长5%。\n附表\n" + header + "\n生产总值增长\t5%左右\n")
    doc = read_text(text, "t.txt", "t")
    assert doc.metadata.year == 2025
    assert _section_of(doc, "生产总值增长5%左右") is section


# A review opened by an enumerated heading holds until the next heading of that style: a paragraph in it that
# opens with 今年 plans for that paragraph only, and a list item reporting 超过预期目标 is a result (sentences
# of the State Council's reports of 2003 and 2004).
HELD_REVIEW = (
    "政府工作报告\n——2003年3月5日在第十届全国人民代表大会第一次会议上\n各位代表：\n"
    "一、过去五年政府工作的回顾\n"
    "（一）坚持把解决“三农”问题放在突出位置\n"
    "今年中央财政预算用于支持这项改革的资金将达305亿元。\n"
    "五年来，国家财政支持农村生产支出和各项农业事业费达4077亿元，比前五年累计增加1852亿元。\n"
    "———就业超过预期目标。城镇新增就业859万人，下岗失业人员再就业440万人。\n"
    "二、对今年政府工作的建议\n"
    "综合考虑各方面因素，今年拟发行1400亿元长期建设国债。\n"
    "全年城镇新增就业900万人。\n"
)


@pytest.mark.parametrize("prefix, section", [
    ("今年中央财政预算", SectionKind.PLAN),
    ("五年来,国家财政支持农村", SectionKind.REVIEW),
    ("———就业超过预期目标", SectionKind.REVIEW),
    ("城镇新增就业859万人", SectionKind.REVIEW),
    ("综合考虑各方面因素", SectionKind.PLAN),
    ("全年城镇新增就业900万人", SectionKind.PLAN),
])
def test_a_review_opened_by_a_heading_holds_until_the_next_heading(prefix, section):
    doc = read_text(HELD_REVIEW, "t.txt", "t")
    assert doc.metadata.year == 2003
    assert _section_of(doc, prefix) is section


def test_this_years_plan_announced_inside_a_review_heading_goes_on_past_the_next_heading():
    text = ("政府工作报告\n——2000年3月5日在第九届全国人民代表大会第三次会议上\n各位代表：\n"
            "一、1999年国内工作回顾\n全年工业企业实现利润2202亿元。\n"
            "2000年是世纪交替之年，做好今年政府工作具有承前启后的重要意义。\n"
            "二、坚持实行扩大内需的方针\n继续发行长期建设国债1000亿元。\n")
    doc = read_text(text, "t.txt", "t")
    assert _section_of(doc, "全年工业企业实现利润") is SectionKind.REVIEW
    assert _section_of(doc, "继续发行长期建设国债") is SectionKind.PLAN


@pytest.mark.parametrize("name, prefix, section", [
    ("national_2003.txt", "五年来,国家财政支持农村生产支出", SectionKind.REVIEW),
    ("national_2003.txt", "1998年,国务院组成部门由40个减少到29个", SectionKind.REVIEW),
    ("national_2003.txt", "今年中央财政预算用于支持这项改革的资金", SectionKind.PLAN),
    ("national_2003.txt", "综合考虑各方面因素,今年拟发行1400亿元", SectionKind.PLAN),
    ("national_2004.txt", "城镇新增就业859万人", SectionKind.REVIEW),
    ("national_2000.txt", "全年工业企业实现利润2202亿元", SectionKind.REVIEW),
])
def test_sections_of_the_state_councils_reviews(name, prefix, section):
    from tests.conftest import CORPUS
    from kg.read.documents import read_document

    path = CORPUS / "national" / name
    if not path.exists():
        pytest.skip("shared/corpus is not beside this checkout")
    assert _section_of(read_document(path, name), prefix) is section


@pytest.mark.parametrize("year, heading, section", [
    (2016, "二、“十三五”时期主要目标任务和重大举措", SectionKind.GOALS),    # the plan begins this year
    (2011, "二、“十二五”时期的主要目标和任务", SectionKind.GOALS),
    (2026, "二、“十五五”发展的主要考虑", SectionKind.GOALS),
    (2011, "一、“十一五”时期国民经济和社会发展的回顾", SectionKind.REVIEW),   # a plan that began earlier
    (2031, "一、“十五五”时期工作回顾", SectionKind.REVIEW),
])
def test_a_heading_naming_the_five_year_plan_that_begins_opens_its_goals(year, heading, section):
    text = (f"政府工作报告\n——{year}年3月5日在第十一届全国人民代表大会第四次会议上\n各位代表：\n现在，我代表国务院，向大会报告政府工作。\n"
            f"{heading}\n到{year + 4}年，常住人口城镇化率达到60%。\n")
    doc = read_text(text, "t.txt", "t")
    assert doc.metadata.year == year
    assert _section_of(doc, "到") is section
