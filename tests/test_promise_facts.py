"""What the promise tracker asks of a document's own words (kg.link.promise_facts) is answered as the document is
extracted, kept in its cache entry, and equal to what the tracker reads from the document's text: from a full
Document, or from the text on disk with where the numbers stand (as a build read it before)."""
from __future__ import annotations

import json
from dataclasses import replace
from functools import cache

import pytest

from tests.conftest import CORPUS, SEEDS

# The seeds, and a State Council report whose comparison target (居民收入增长和经济增长同步) the seeds lack.
TEXTS = [*sorted(SEEDS.glob("*.txt")), CORPUS / "national" / "national_2018.txt"]


@cache
def _extracted(path, lexicon):
    """The DocPart of extracting ``path`` (as the pool does), its text as read and its Extraction with its Document."""
    from kg.extractors import run
    from kg.pipeline.document import extract_document
    from kg.read.documents import read_document

    if not path.is_file():
        pytest.skip(f"{path} is absent")
    part, _, _, text = extract_document(path, path.name, lexicon, 10**7, validate=False)
    return part, text.decode("utf-8"), run(read_document(path, path.name, lexicon, 10**7), lexicon)


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_the_facts_of_extraction_equal_those_read_from_the_text(path, lexicon) -> None:
    """For every observation, comparison target and claim: the DocPart's facts (computed in the pool) are those the
    Reader reads from the full Document, and from the text on disk and the numbers' positions."""
    from kg.link.promise_facts import Reader
    from kg.link.promises import Ref

    part, text, ex = _extracted(path, lexicon)
    stored = part.as_extraction()
    readers = [(Reader(lexicon), ex),
               (Reader(lexicon, {part.info.id: text}.get, {part.info.id: part.observation_at}), stored)]
    assert part.facts is not None and len(part.facts.observations) == len(ex.observations) > 0
    for reader, extraction in readers:
        read = [reader.facts(Ref(extraction, o, i)) for i, o in enumerate(extraction.observations)]
        assert read == part.facts.observations
        assert reader.claim(extraction) == part.facts.claim
        compared = reader.comparisons(extraction)
        assert compared == [c for c, _ in part.facts.comparisons]
        assert [reader.facts(Ref(extraction, c.target, -1, c.start)) for c in compared] == [
            f for _, f in part.facts.comparisons]
    answered = Reader(lexicon, known={part.info.id: part.facts})        # no text at hand: the facts answer
    assert [answered.facts(Ref(stored, o, i)) for i, o in enumerate(stored.observations)] == part.facts.observations


def test_the_facts_say_something(lexicon) -> None:
    """The seeds and the State Council's 2018 report hold every kind of answer the facts carry, so the equality
    above compares answers, not empty words."""
    facts, claims, compared = [], [], []
    for path in TEXTS:
        part = _extracted(path, lexicon)[0]
        facts += part.facts.observations
        claims.append(part.facts.claim)
        compared += part.facts.comparisons
    assert any(claims) and compared
    for field in ("multi_year", "one_year", "no_outcome", "multi_year_word", "stage", "worded_change", "tail",
                  "after_name"):
        assert any(getattr(f, field) for f in facts), field


def test_a_cache_entry_without_the_facts_is_a_miss(tmp_path, lexicon) -> None:
    """An entry of the format before the facts (one field fewer), or without the facts of some observation, is no
    DocPart: the cache ignores it and the document is extracted again."""
    from kg.pipeline.cache import DocCache, stage
    from kg.pipeline.document import extract_document

    path = min(SEEDS.glob("*.txt"))
    part, nt, ttl, text = extract_document(path, path.name, lexicon, 10**7)
    cache = DocCache(tmp_path / "out", "v")
    cache.folder.mkdir()
    stage(cache.folder, "k", part, nt, ttl, text)
    assert cache.get("k") == part
    entry = json.loads((cache.folder / "k.json").read_bytes())
    facts = entry[-2]
    older, without, short = [*entry[:-2], entry[-1]], [*entry[:-2], None, entry[-1]], [
        *entry[:-2], [facts[0][:-1], *facts[1:]], entry[-1]]       # the format before; no facts; one fewer
    for bad in (older, without, short):
        (cache.folder / "k.json").write_text(json.dumps(bad), encoding="utf-8")
        assert cache.get("k") is None


def test_promise_lines_from_cached_facts_equal_those_read_from_the_texts(tmp_path, lexicon) -> None:
    """The tracker over the DocParts of a build's cache (their facts decoded from it) gives the lines it gives reading
    every text, as builds did before the facts."""
    from kg.pipeline.codec import decode
    from kg.pipeline.document import DocPart
    from kg.pipeline.run import build
    from kg.pipeline.steps import track_promises

    out = tmp_path / "out"
    build([SEEDS], out, html=False, store=False, jobs=1)
    entries = sorted((out / ".cache").glob("*/*.json"))
    parts = sorted((decode(e.read_bytes(), DocPart) for e in entries), key=lambda p: p.info.source)
    assert len(parts) == len(list(SEEDS.glob("*.txt"))) and all(p.facts is not None for p in parts)
    texts = {decode(e.read_bytes(), DocPart).info.id: e.with_suffix(".txt") for e in entries}
    lines = track_promises(parts, lexicon, texts)
    assert lines and lines == track_promises([replace(p, facts=None) for p in parts], lexicon, texts)
