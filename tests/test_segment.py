"""kg.lang.zh.segment and kg.lang.zh.postag: the compiled dictionary and the tagger give exactly what jieba.posseg gives."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kg.lang.zh import segment
from kg.lang.zh.postag import viterbi

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="module")
def reference(lexicon):
    """jieba.posseg's own tagger over jieba's own dictionary primed the same way (the pre-cache code path)."""
    import jieba
    import jieba.posseg as posseg

    tok = jieba.Tokenizer()
    tok.initialize()
    names, boundaries = segment.domain_words(lexicon)
    for word in names + boundaries:
        tok.add_word(word, freq=segment.FREQ)
    tagger = object.__new__(posseg.POSTokenizer)
    tagger.tokenizer = tok
    tagger.word_tag_tab = {**posseg.dt.word_tag_tab, **dict.fromkeys(names, "nz"), **dict.fromkeys(boundaries, "v")}
    return tagger


def _sentences() -> list[str]:
    files = sorted((ROOT / "seeds").glob("*.txt")) + sorted(CORPUS.glob("*.txt"))
    return [s for f in files for s in re.split(r"[。\n]", f.read_text(encoding="utf-8")) if s.strip()]


def test_tags_equal_jieba_posseg_on_every_sentence(lexicon, reference):
    sentences = _sentences()
    assert len(sentences) > 1000
    differ = [s for s in sentences if segment.tag(s, lexicon) != [(p.word, p.flag) for p in reference.cut(s)]]
    assert differ == []


def test_tags_equal_jieba_posseg_on_odd_text(lexicon, reference):
    odd = ["", " ", "\r\n", "abc123", "3.5%左右", "ＡＢＣ", "𠀀𠀁龘靐齉", "鳿鴀鴁鴂", "徐汇 滨江\t2025年", "a+b#c&d.e_f",
           "一", "爨", "……", "米哈游总部", "北杨人工智能小镇全面开工"]
    for text in odd:
        assert segment.tag(text, lexicon) == [(p.word, p.flag) for p in reference.cut(text)], text


def test_viterbi_equals_jiebas_on_random_runs(lexicon):
    import jieba.posseg as posseg
    from jieba.posseg.viterbi import viterbi as jiebas

    hmm = segment.model(lexicon).hmm
    rng = random.Random(7)
    chars = "".join(sorted(hmm.states))[:3000] + "爨龘靐齉鳿鴀"        # the last ones are rare: any state
    for _ in range(400):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(1, 12)))
        assert viterbi(text, hmm) == jiebas(text, posseg.char_state_tab_P, posseg.start_P, posseg.trans_P,
                                            posseg.emit_P)[1], text


def test_model_is_compiled_once_then_read(lexicon, tmp_path, monkeypatch):
    import os

    monkeypatch.setenv("GOVKG_CACHE_DIR", str(tmp_path))
    for age in range(4):                  # dictionaries compiled for other lexicons, long ago
        old = tmp_path / f"jieba-other{age}.bin"
        old.write_bytes(b"")
        os.utime(old, (1_000_000 + age, 1_000_000 + age))
    segment.model.cache_clear()
    try:
        compiled = segment.model(lexicon)
        assert sorted(p.name for p in tmp_path.glob("*other*")) == ["jieba-other2.bin", "jieba-other3.bin"]
        files = [p for p in tmp_path.glob("jieba-*.bin") if "other" not in p.name]
        assert len(files) == 1 and len(list(tmp_path.iterdir())) == segment.KEEP
        segment.model.cache_clear()
        read = segment.model(lexicon)
        assert read is not compiled and _same(read, compiled)
        files[0].write_bytes(b"not marshal")                       # a broken file is rebuilt, not trusted
        segment.model.cache_clear()
        assert _same(segment.model(lexicon), compiled)
        files[0].write_bytes(files[0].read_bytes()[:100_000])       # and so is a truncated one
        segment.model.cache_clear()
        assert _same(segment.model(lexicon), compiled)
    finally:
        segment.model.cache_clear()


def _same(a, b) -> bool:
    def fields(m):
        return m.words.tobytes(), m.freq, m.flag_of, m.weight, m.flags, m.total, m.longest, m.hmm

    return fields(a) == fields(b)


def test_unwritable_cache_costs_time_only(lexicon, tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("GOVKG_CACHE_DIR", str(blocked / "govkg"))
    segment.model.cache_clear()
    try:
        assert segment.model(lexicon).tagger().flag("徐汇滨江") == "nz"
        assert not (blocked / "govkg").exists()
    finally:
        segment.model.cache_clear()
