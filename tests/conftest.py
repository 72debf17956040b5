"""Shared fixtures: the seeds graph is built once per test session."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def lexicon():
    from kg.lexicon import load

    return load()


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory):
    """Build seeds/ into a temporary out/ once; tests read the result, never change it."""
    from kg.pipeline.run import build

    out = tmp_path_factory.mktemp("out")
    result = build([SEEDS], out)
    return result, out


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory):
    """The seeds and every text of ../shared/corpus (State Council, Shanghai, the six provinces) in one graph,
    built once per session (texts/ beside the graph, for the exhaustive gold's spans)."""
    from kg.pipeline.run import build

    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is absent")
    out = tmp_path_factory.mktemp("corpus")
    inputs = [SEEDS, *sorted(CORPUS.glob("*.txt")), CORPUS / "national", *sorted((CORPUS / "provinces").glob("*.txt"))]
    build(inputs, out, html=False, jobs=1)      # in this process: a pool forked late in a long test session hung once
    return out


@pytest.fixture(scope="session")
def seeds_graph(seeds_build):
    """The seeds graph as an rdflib Graph (kg.load gives an Oxigraph store; see seeds_store)."""
    from kg.rdf.terms import new_graph

    return new_graph().parse(seeds_build[1] / "graph.ttl", format="turtle")


@pytest.fixture(scope="session")
def seeds_store(seeds_build):
    """The seeds graph as kg.load returns it, for kg.query."""
    import kg

    return kg.load(seeds_build[1] / "graph.ttl")


@pytest.fixture(scope="session")
def seeds_extractions():
    """kg.extract of seeds/: each seed's Extraction with its Document."""
    import kg

    return kg.extract([SEEDS])


@pytest.fixture(scope="session")
def documents(seeds_extractions):
    """Seed file name -> Document."""
    return {x.document.source: x.document for x in seeds_extractions}


@pytest.fixture
def seeds_copy(tmp_path):
    """A writable copy of seeds/."""
    dest = tmp_path / "seeds"
    shutil.copytree(SEEDS, dest)
    return dest


def previous_out(root: Path) -> Path:
    """``root``/out holding a previous build's files, which a failed build must leave as they are."""
    out = root / "out"
    out.mkdir()
    (out / "graph.ttl").write_bytes(b"# previous build\n")
    (out / "graph.html").write_bytes(b"<!-- previous build -->\n")
    return out


def located_in_chain(g, node) -> list[str]:
    """The labels of ``node`` and of each place it is kgo:locatedIn, up to the top (at most five)."""
    from rdflib import RDFS

    from kg.rdf.vocab import KGO

    out = [str(g.value(node, RDFS.label))]
    while (node := g.value(node, KGO.locatedIn)) is not None:
        out.append(str(g.value(node, RDFS.label)))
        assert len(out) < 6, out
    return out


def readme_example_lexicon(tmp_path: Path):
    """The lexicon with the user file of the README's "Adding your own" example, written to ``tmp_path``."""
    from kg.lexicon.load import with_user

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Adding your own"):]
    example = section[section.index("```toml\n") + len("```toml\n"):section.index("```\n", section.index("```toml"))]
    (tmp_path / "govkg.toml").write_text(example, encoding="utf-8")
    return with_user([tmp_path / "govkg.toml"])

