"""The lexicon: each TOML file is checked against its schema at load time, and the domain words live in the
TOML files, not in govkg's code."""
from __future__ import annotations

import ast
import copy
import io
import os
import re
import subprocess
import sys
import tokenize
from pathlib import Path

import pytest

from kg.errors import LexiconError
from kg.lexicon import Source, from_sources, load, shipped

KG = Path(__file__).resolve().parent.parent / "kg"
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# The only code allowed to hold Chinese characters, and the characters it may hold.
ALLOWED = {"kg/lang/zh/numerals.py": set("零一二两三四五六七八九十百千万亿")}
# Files another part of issue 15 rewrites (their labels and place-kind test move into the lexicon and the
# ontology there); strict, so an entry must go once its file is clean.
NOT_YET: dict[str, str] = {}


def _docstrings(tree: ast.Module) -> set[tuple[int, int]]:
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                out.add((first.lineno, first.col_offset))
    return out


def chinese_in_code(path: Path) -> list[tuple[int, str]]:
    """(line, token) of every token that holds a Chinese character, comments and docstrings aside."""
    source = path.read_text(encoding="utf-8")
    docs = _docstrings(ast.parse(source))
    found = []
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT or (tok.type == tokenize.STRING and tok.start in docs):
            continue
        if CJK.search(tok.string):
            found.append((tok.start[0], tok.string))
    return found


def _code_files() -> list:
    params = []
    for path in sorted(KG.rglob("*.py")):
        name = str(path.relative_to(KG.parent))
        marks = [pytest.mark.xfail(strict=True, reason=NOT_YET[name])] if name in NOT_YET else []
        params.append(pytest.param(path, id=name, marks=marks))
    return params


@pytest.mark.parametrize("path", _code_files())
def test_no_chinese_words_in_code(path: Path) -> None:
    name = str(path.relative_to(KG.parent))
    allowed = ALLOWED.get(name, set())
    found = [(line, tok) for line, tok in chinese_in_code(path) if set(CJK.findall(tok)) - allowed]
    assert not found, f"{name} holds Chinese words (they belong in kg/lexicon/*.toml):\n" + "\n".join(
        f"  line {line}: {tok[:60]}" for line, tok in found)


def test_the_scan_sees_strings_and_skips_comments_and_docstrings(tmp_path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('"""模块。"""\nX = "街道"  # 镇\n\n\ndef f():\n    """函数。"""\n    return f"{X}镇"\n',
                      encoding="utf-8")
    assert [line for line, _ in chinese_in_code(sample)] == [2, 7]


# -- schema checks ----------------------------------------------------------------------------------

def _with(stem: str, change) -> list[Source]:
    """The shipped sources with ``stem``'s tables changed by ``change`` (in place, on a copy)."""
    sources = []
    for source in shipped():
        if stem in source.tables:
            tables = copy.deepcopy(source.tables)
            change(tables[stem])
            source = Source(source.name, tables)
        sources.append(source)
    return sources


def _error(sources: list[Source]) -> str:
    with pytest.raises(LexiconError) as caught:
        from_sources(sources)
    return caught.value.message


def test_the_shipped_files_load() -> None:
    lex = from_sources(shipped())
    assert lex.hedges.status.estimated and lex.documents.sections.cue_window > 0 and lex.projects.suffixes
    assert lex.fingerprint() == load().fingerprint()


def test_an_unknown_key_names_the_file_and_the_key() -> None:
    message = _error(_with("hedges", lambda t: t["status"].update(planed=["将"])))
    assert "kg/lexicon/hedges.toml" in message and "'status.planed'" in message and "estimated, planned" in message


def test_an_unknown_key_in_a_list_of_tables_is_named() -> None:
    message = _error(_with("areas", lambda t: t["district"][0].update(shrot="徐汇")))
    assert "kg/lexicon/areas.toml" in message and "'district.shrot'" in message


def test_a_missing_key_names_the_file_and_the_key() -> None:
    message = _error(_with("documents", lambda t: t["sections"].pop("cue_window")))
    assert "kg/lexicon/documents.toml" in message and "missing key 'sections.cue_window'" in message


def test_a_value_of_the_wrong_type_is_named() -> None:
    message = _error(_with("projects", lambda t: t.update(suffixes="中心")))
    assert "kg/lexicon/projects.toml" in message and "'suffixes' must be a list" in message


def test_a_broken_regular_expression_is_named() -> None:
    message = _error(_with("documents", lambda t: t["metadata"].update(year_is="(unclosed")))
    assert "kg/lexicon/documents.toml" in message and "'metadata.year_is' is not a valid regular expression" in message


def test_an_unknown_file_is_named() -> None:
    message = _error([*shipped(), Source("my.toml", {"hedgehogs": {}})])
    assert "my.toml" in message and "unknown lexicon file 'hedgehogs'" in message


def test_a_second_source_extends_the_first() -> None:
    extra = Source("my.toml", {"areas": {"functional_area": [
        {"name": "测试功能区", "district": "徐汇区", "aliases": ["测试区域"]}]}})
    lex = from_sources([*shipped(), extra])
    assert lex.area("测试功能区").parent == "徐汇区" and len(lex.areas) == len(load().areas) + 1
    typo = Source("my.toml", {"areas": {"functional_area": [{"name": "测试功能区", "distrct": "徐汇区"}]}})
    assert "my.toml" in _error([*shipped(), typo]) and "'functional_area.distrct'" in _error([*shipped(), typo])


def test_the_fingerprint_does_not_depend_on_the_hash_seed() -> None:
    code = "from kg.lexicon import load; import hashlib; print(hashlib.sha256(load().fingerprint().encode()).hexdigest())"
    env = {**os.environ, "PYTHONPATH": str(KG.parent)}
    seen = {subprocess.run([sys.executable, "-c", code], env={**env, "PYTHONHASHSEED": seed}, check=True,
                           capture_output=True, text=True).stdout for seed in ("1", "2")}
    assert len(seen) == 1


def test_every_word_that_masks_the_list_marker_holds_it() -> None:
    """kg.extractors.wording.masked_etcetera skips a wording without the list marker 等: sound only while every
    word of grammar.toml words_with_etcetera (高等, 等级) holds it."""
    from kg.lexicon.load import load

    grammar = load().grammar
    assert grammar.words_with_etcetera
    assert [w for w in grammar.words_with_etcetera if grammar.etcetera not in w] == []
