"""The exhaustive gold's scores on a build of the seeds and all of ../shared/corpus, held at what govkg reaches.

`kg eval` prints these figures (README, "Measuring extraction quality"); this test fails when one drops. Where
an issue's threshold is met (observations: P and R ≥ 0.95 in every genre, issue 17; promise pairs: R ≥ 0.95,
P ≥ 0.98, issue 18) the floor is the threshold; where it is not yet met, the floor is today's figure rounded
down, so that the gap stays visible here and in the README.
"""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kg.cli import cli
from tests.conftest import ROOT

OBSERVATIONS = {                 # genre: (precision, recall), strict
    "district": (0.95, 0.95),
    "municipal": (0.95, 0.95),
    "provincial": (0.95, 0.95),
    "State Council": (0.95, 0.95),
}
PAIRS = {                        # genre: (precision, recall) of target -> outcome pairs
    "district": (0.98, 0.95),
    "municipal": (0.98, 0.95),
    "provincial": (0.98, 0.95),
    "State Council": (0.98, 0.95),
}


@pytest.fixture(scope="module")
def scores(corpus_build) -> dict:
    result = CliRunner().invoke(cli, ["eval", str(ROOT / "tests" / "gold"), str(corpus_build / "graph.ttl"), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize("genre", sorted(OBSERVATIONS))
def test_strict_observation_scores_hold(scores, genre) -> None:
    s = scores["exhaustive"]["genres"][genre]
    precision, recall = OBSERVATIONS[genre]
    assert s["tp"] > 0 and (s["precision"], s["recall"]) >= (precision, 0) and s["recall"] >= recall, (genre, s)


@pytest.mark.parametrize("genre", sorted(PAIRS))
def test_promise_pair_scores_hold(scores, genre) -> None:
    s = scores["pairs"]["genres"][genre]
    precision, recall = PAIRS[genre]
    assert s["tp"] > 0 and s["precision"] >= precision and s["recall"] >= recall, (genre, s)


def test_every_gold_document_is_scored(scores) -> None:
    assert scores["exhaustive"]["missing_documents"] == [] and scores["exhaustive"]["unplaced_spans"] == []
