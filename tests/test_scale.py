"""Parallel and incremental builds, the on-disk store, and kg push / kg serve against a real Oxigraph."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
sys.path.insert(0, str(ROOT / "benchmarks"))


def _build(folder: Path, out: Path, **options):
    from kg.pipeline.run import build

    return build([folder], out, html=False, **options)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """20 short documents: four perturbed copies of the seeds (benchmarks/make_corpus.py), cut to ~3,000
    characters each so that the module builds in seconds."""
    from make_corpus import make_corpus

    folder = tmp_path_factory.mktemp("corpus")
    from kg.read.documents import read_document
    from kg.errors import GovkgError

    for path in make_corpus(4, folder, names=["北杨人工智能小镇", "徐家汇中心"]):
        text = path.read_text(encoding="utf-8")
        path.write_text(text[:text.index("\n", 3000) + 1], encoding="utf-8")
        try:
            read_document(path, path.name)
        except GovkgError:                       # the cut lost the metadata: keep the whole text
            path.write_text(text, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def built(corpus, tmp_path_factory) -> dict[str, Path]:
    """The corpus built serially and with two processes."""
    outs = {}
    for jobs in (1, 2):
        outs[jobs] = tmp_path_factory.mktemp(f"out{jobs}")
        result = _build(corpus, outs[jobs], jobs=jobs, formats=("nt",), store=jobs == 2)
        assert result.documents == 20 and result.extracted == 20
    return outs


def test_parallel_equals_serial_byte_for_byte(built) -> None:
    for name in ("graph.ttl", "graph.nt"):
        assert (built[1] / name).read_bytes() == (built[2] / name).read_bytes(), name


def test_a_rebuild_takes_every_document_from_the_cache(corpus, built) -> None:
    before = (built[2] / "graph.ttl").read_bytes()
    result = _build(corpus, built[2], jobs=2, formats=("nt",))
    assert result.extracted == 0
    assert (built[2] / "graph.ttl").read_bytes() == before


def test_one_changed_document_is_the_only_one_extracted(corpus, built, tmp_path) -> None:
    folder, out = tmp_path / "corpus", tmp_path / "out"
    shutil.copytree(corpus, folder)
    shutil.copytree(built[2], out)
    victim = sorted(folder.iterdir())[7]
    text = victim.read_text(encoding="utf-8")
    victim.write_text(text.replace("%", "%。区级财政收入增长9.87%", 1), encoding="utf-8")
    assert victim.read_text(encoding="utf-8") != text
    inodes = {p.name: p.stat().st_ino for p in (out / "texts").iterdir()}
    result = _build(folder, out, jobs=2, formats=("nt",))
    assert result.extracted == 1
    assert (out / "graph.nt").read_bytes() != (built[2] / "graph.nt").read_bytes()
    fresh = tmp_path / "fresh"
    _build(folder, fresh, jobs=2, formats=("nt",), store=False)
    assert (out / "graph.nt").read_bytes() == (fresh / "graph.nt").read_bytes()
    texts = {p.name: p.read_bytes() for p in (out / "texts").iterdir()}
    assert texts == {p.name: p.read_bytes() for p in (fresh / "texts").iterdir()}
    rewritten = {name for name, inode in inodes.items() if (out / "texts" / name).stat().st_ino != inode}
    assert rewritten == {n for n in texts if texts[n] != (built[2] / "texts" / n).read_bytes()} and len(rewritten) == 1
    import kg

    store = kg.load(out / "store")
    lines = (out / "graph.nt").read_text(encoding="utf-8").split("\n")[:-1]
    assert store.triples == len(lines)
    del store
    import pyoxigraph as ox

    fresh_store = ox.Store()                  # Oxigraph keeps numbers in canonical form: compare store to store
    fresh_store.load(path=str(out / "graph.nt"), format=ox.RdfFormat.N_TRIPLES)
    assert {q.triple for q in ox.Store.read_only(str(out / "store"))} == {q.triple for q in fresh_store}


@pytest.fixture
def one(tmp_path) -> tuple[Path, Path]:
    """One small seed, built once."""
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(min(SEEDS.glob("*.txt"), key=lambda p: p.stat().st_size), src)
    out = tmp_path / "out"
    assert _build(src, out, store=False).extracted == 1
    return src, out


def _entries(out: Path, suffix: str) -> list[Path]:
    return sorted((out / ".cache").glob(f"*/*{suffix}"))


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_a_corrupt_cache_entry_is_rebuilt_not_fatal(one, damage) -> None:
    src, out = one
    before = (out / "graph.ttl").read_bytes()
    if damage == "garbage":
        _entries(out, ".json")[0].write_bytes(b"\x80\x05not json")
    else:
        nt = _entries(out, ".nt")[0]
        nt.write_bytes(nt.read_bytes()[:100])
    result = _build(src, out, store=False)
    assert result.extracted == 1 and (out / "graph.ttl").read_bytes() == before
    assert _build(src, out, store=False).extracted == 0


class _Touch:
    """Unpickling this creates ``marker``: what a pickle from a shared out/ folder could do instead."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return Path.touch, (self.marker,)


def _crafted(entry: Path, how: str, marker: Path) -> bytes:
    """A cache entry's DocPart JSON made into something a build must refuse (and re-extract)."""
    import json
    import pickle
    from dataclasses import fields

    from kg.model import Observation, Quantity
    from kg.pipeline.document import DocPart

    def at(cls: type, name: str) -> int:                 # a dataclass is the array of its fields' values
        return [f.name for f in fields(cls)].index(name)

    if how == "pickle":
        return pickle.dumps(_Touch(marker))
    data = json.loads(entry.read_bytes())
    observation = data[at(DocPart, "observations")][0]
    if how == "extra field":
        data.append(["os.system", f"touch {marker}"])
    elif how == "missing field":
        del data[at(DocPart, "digest")]
    elif how == "wrong type":
        data[at(DocPart, "nt_size")] = str(data[at(DocPart, "nt_size")])
    elif how == "nested wrong type":
        observation[at(Observation, "quantity")][at(Quantity, "value")] = 12.5   # a float, not a Decimal string
    elif how == "unknown enum":
        observation[at(Observation, "status")] = "object"
    elif how == "not an array":
        data = {"part": data}
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("how", ["pickle", "extra field", "missing field", "wrong type", "nested wrong type",
                                 "unknown enum", "not an array"])
def test_a_crafted_cache_entry_is_rejected_and_re_extracted_never_run(one, tmp_path, how) -> None:
    import pickle

    src, out = one
    before = (out / "graph.ttl").read_bytes()
    entry = _entries(out, ".json")[0]
    marker = tmp_path / "ran"
    entry.write_bytes(_crafted(entry, how, marker))
    entry.with_suffix(".pkl").write_bytes(pickle.dumps(_Touch(marker)))    # an entry of the old format beside it
    result = _build(src, out, store=False)
    assert result.extracted == 1 and (out / "graph.ttl").read_bytes() == before
    assert not marker.exists()
    assert _build(src, out, store=False).extracted == 0


def test_a_bad_document_in_a_parallel_build_is_named_and_nothing_is_written(tmp_path) -> None:
    from kg.errors import MetadataError

    src = tmp_path / "in"
    src.mkdir()
    for seed in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(seed, src)
    (src / "zz_no_year.txt").write_text("这份文字说的是徐汇区的产业和项目，却没有年份。\n" * 20, encoding="utf-8")
    out = tmp_path / "out"
    with pytest.raises(MetadataError, match="zz_no_year.txt: cannot tell") as raised:
        _build(src, out, jobs=2)
    assert raised.value.code == "E201" and raised.value.fix
    assert not out.exists() or not any(p.name.startswith("graph") for p in out.iterdir())


def test_the_page_drawn_beside_the_store_is_the_page_drawn_alone(one, tmp_path) -> None:
    from kg.pipeline.run import build

    src, _ = one
    beside, alone = tmp_path / "beside", tmp_path / "alone"
    build([src], beside)                        # page in a forked process while the store loads
    build([src], alone, store=False)            # page in this process
    assert (beside / "graph.html").read_bytes() == (alone / "graph.html").read_bytes()
    assert (beside / "store").is_dir() and not (alone / "store").exists()


def test_a_page_that_fails_in_its_process_fails_the_build_and_writes_nothing(one, tmp_path, monkeypatch) -> None:
    import kg.viz.render
    from kg.errors import GovkgError
    from kg.pipeline.run import build

    def broken(graph, focus=None):
        raise GovkgError("graph.html", "cannot draw")

    monkeypatch.setattr(kg.viz.render, "render_html", broken)      # the forked process inherits the patch
    src, _ = one
    out = tmp_path / "failed"
    with pytest.raises(GovkgError, match="cannot draw"):
        build([src], out)
    assert not (out / "graph.ttl").exists() and not (out / "graph.html").exists()


def test_kg_build_collects_cycles_less_often_and_then_restores_the_thresholds(tmp_path, monkeypatch) -> None:
    import gc

    from click.testing import CliRunner

    import kg.pipeline.run
    from kg.cli import GC_THRESHOLDS, cli

    before, during = gc.get_threshold(), set()
    assert before != GC_THRESHOLDS
    build = kg.pipeline.run.build

    def watched(*args, **kwargs):
        during.add(gc.get_threshold())
        return build(*args, **kwargs)

    monkeypatch.setattr(kg.pipeline.run, "build", watched)
    ok = CliRunner().invoke(cli, ["build", str(SEEDS), "--out", str(tmp_path / "out"), "--no-store", "--jobs", "1"])
    assert ok.exit_code == 0, ok.output
    assert during == {GC_THRESHOLDS} and gc.get_threshold() == before
    failed = CliRunner().invoke(cli, ["build", str(tmp_path / "missing"), "--out", str(tmp_path / "out")])
    assert failed.exit_code != 0 and "E100" in failed.output
    assert gc.get_threshold() == before


def test_the_library_build_leaves_process_settings_alone(tmp_path) -> None:
    """kg.build from a notebook changes no process-wide setting (the CLI may)."""
    import gc

    before, during = gc.get_threshold(), set()
    _build(SEEDS, tmp_path / "out", store=False, jobs=1, progress=lambda *_: during.add(gc.get_threshold()))
    assert during == {before} and gc.get_threshold() == before


def test_an_extractor_version_or_lexicon_change_misses_the_cache(one, monkeypatch) -> None:
    from dataclasses import replace

    import kg.extractors
    from kg.pipeline.cache import version
    from kg.lexicon import load

    src, out = one
    lex = load()
    other = replace(lex, multipliers={**lex.multipliers, "兆": lex.multipliers["亿"]})
    assert version(other) != version(lex) != version()
    assert _build(src, out, store=False, lexicon=other).extracted == 1
    name, ext = next(iter(kg.extractors.REGISTRY.items()))
    monkeypatch.setitem(kg.extractors.REGISTRY, name, replace(ext, version=ext.version + "-next"))
    assert _build(src, out, store=False).extracted == 1
    assert len({p.parent for p in _entries(out, ".json")}) == 1      # older versions are dropped


def test_a_changed_source_file_misses_the_cache(one, tmp_path) -> None:
    from kg.pipeline.cache import document_key

    assert document_key("a.txt", b"x", "v") != document_key("a.txt", b"y", "v") != document_key("b.txt", b"y", "v")


# -- kg push and kg serve against a real Oxigraph server on 127.0.0.1 ---------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, proc: subprocess.Popen) -> None:
    for _ in range(100):
        if proc.poll() is not None:
            raise RuntimeError(f"the server exited: {proc.stderr.read() if proc.stderr else ''}")
        try:
            urllib.request.urlopen(url, timeout=1)
            return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(url)


def _count(base: str, graph: str | None = None) -> int:
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    query = urllib.parse.urlencode({"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"})
    request = urllib.request.Request(f"{base}/query?{query}", headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return int(json.load(response)["results"]["bindings"][0]["n"]["value"])


@pytest.fixture
def server(tmp_path):
    from kg.sparql.serve import oxigraph_binary

    port = _free_port()
    proc = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "db"),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(f"{base}/query?query=ASK%7B%7D", proc)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_push_replaces_the_graph_without_duplicates(server, seeds_build) -> None:
    ttl, triples = seeds_build[1] / "graph.ttl", seeds_build[0].triples
    graph = "https://w3id.org/govkg/graph/xuhui"
    for _ in range(2):
        result = CliRunner().invoke(cli, ["push", "--endpoint", f"{server}/store", "--graph", graph, "--from", str(ttl)])
        assert result.exit_code == 0, result.output
        assert _count(server, graph) == triples
    assert CliRunner().invoke(cli, ["push", "--endpoint", f"{server}/store", "--from", str(ttl)]).exit_code == 0
    assert _count(server) == triples          # the default graph, replaced likewise
    import kg

    frame = kg.query(kg.load(f"{server}/query"), "SELECT (COUNT(*) AS ?n) WHERE { ?o a kgo:Observation }")
    assert int(frame["n"][0]) > 100


def test_push_to_nothing_is_a_clear_error(seeds_build) -> None:
    url = f"http://127.0.0.1:{_free_port()}/store"
    result = CliRunner().invoke(cli, ["push", "--endpoint", url, "--from", str(seeds_build[1] / "graph.ttl")])
    assert result.exit_code != 0 and "E402" in result.output and "running" in result.output


def test_serve_answers_queries_over_the_built_store(seeds_build, tmp_path) -> None:
    store = tmp_path / "store"
    shutil.copytree(seeds_build[1] / "store", store)
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait(f"{base}/query?query=ASK%7B%7D", proc)
        assert _count(base) == seeds_build[0].triples            # the union of the document graphs
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_the_store_answers_like_the_turtle(seeds_build) -> None:
    import kg

    query = "SELECT ?period ?value WHERE { ?o kgo:metric ?m ; kgo:period ?period ; kgo:value ?value } ORDER BY ?period ?value"
    by_store = kg.query(kg.load(seeds_build[1] / "store"), query)
    by_file = kg.query(kg.load(seeds_build[1] / "graph.ttl"), query)
    assert by_store.equals(by_file) and len(by_store) > 100


def _merged_area_lines(districts: list[str]) -> tuple[list[str], dict[str, str]]:
    """N-Triples of a functional area merged from documents, one kgo:locatedIn per named district."""
    from rdflib import RDF, RDFS, Literal
    from rdflib.namespace import DCTERMS, XSD

    from kg.model import EntityKind
    from kg.rdf.ntriples import nt_line
    from kg.rdf.terms import document_iri, entity_iri
    from kg.rdf.vocab import KGO

    doc = document_iri("d1")
    area = entity_iri(EntityKind.FUNCTIONAL_AREA, "滨江功能区")
    triples = [(area, RDF.type, KGO.FunctionalArea), (area, RDFS.label, Literal("滨江功能区", lang="zh")),
               (area, KGO.reportedIn, doc)]
    for name in districts:
        district = entity_iri(EntityKind.DISTRICT, name)
        triples += [(area, KGO.locatedIn, district), (district, RDF.type, KGO.District),
                    (district, RDFS.label, Literal(name, lang="zh"))]
    description = [(doc, RDF.type, KGO.WorkReport), (doc, RDFS.label, Literal("报告", lang="zh")),
                   (doc, DCTERMS.source, Literal("d1.txt")), (doc, KGO.year, Literal("2024", datatype=XSD.gYear)),
                   (doc, KGO.district, entity_iri(EntityKind.DISTRICT, districts[0]))]
    return [nt_line(t) for t in triples], {str(doc): "".join(nt_line(t) for t in description)}


@pytest.mark.parametrize("districts, broken", [(["徐汇区"], False), (["徐汇区", "黄浦区"], True)])
def test_merged_entities_are_checked_across_documents(tmp_path, districts, broken):
    from types import SimpleNamespace

    from kg.validate.shared import validate_shared

    lines, described = _merged_area_lines(districts)
    cache = SimpleNamespace(folder=tmp_path, staging=tmp_path)
    found = validate_shared(sorted(set(lines)), cache, described.__getitem__)
    assert [(v.path, v.shape) for v in found] == ([("kgo:locatedIn", "sh:MaxCountConstraintComponent")] if broken else [])


_TICKER = """
import os, sys, time
os.fork()                       # a second process in the group, as a build has its workers
while True:
    stamp = time.monotonic()
    with open(sys.argv[1], "a") as fh:
        fh.write(f"{os.getpid()} {stamp}\\n")
    time.sleep(0.01)
"""


def test_the_bench_pauses_a_whole_build_while_it_times_another(tmp_path) -> None:
    """benchmarks/scale.py stops the largest build's process group (every process) while a 10x build runs,
    resumes it, and counts the pause; a group that has ended is left alone."""
    import os
    import signal

    from scale import _paused                   # imports psutil (in the test extra)

    ticks = tmp_path / "ticks"
    proc = subprocess.Popen([sys.executable, "-c", _TICKER, str(ticks)], start_new_session=True)
    window: dict[str, float] = {}

    def between() -> None:
        window["start"] = time.monotonic()
        time.sleep(0.6)
        window["end"] = time.monotonic()

    try:
        time.sleep(0.5)
        paused = _paused(proc.pid, between)
        time.sleep(0.5)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    stamps = [(int(pid), float(t)) for pid, t in (line.split() for line in ticks.read_text().splitlines())]
    processes = {pid for pid, _ in stamps}
    assert len(processes) == 2
    assert [t for _, t in stamps if window["start"] + 0.05 < t < window["end"]] == []
    for pid in processes:
        assert any(t > window["end"] for p, t in stamps if p == pid)        # both resumed
    assert 0.6 <= paused < 2.0

    ended = subprocess.Popen([sys.executable, "-c", "pass"], start_new_session=True)
    ended.wait()
    assert _paused(ended.pid, lambda: pytest.fail("ran although the build had ended")) == 0.0


def test_the_bench_measures_govkg_byte_compiled_as_installed(tmp_path) -> None:
    """The code a bench runs gets a compiled file for every module, so a shell that sets PYTHONDONTWRITEBYTECODE
    does not make each timed build compile govkg from source."""
    import importlib.util

    from baseline import byte_compiled

    code = tmp_path / "copy"
    shutil.copytree(ROOT / "kg", code / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    sources = sorted((code / "kg").rglob("*.py"))
    assert len(sources) > 50 and not any(Path(importlib.util.cache_from_source(str(p))).exists() for p in sources)
    assert byte_compiled(code) == code
    assert all(Path(importlib.util.cache_from_source(str(p))).is_file() for p in sources)
