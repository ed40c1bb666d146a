"""The product dictionaries (intents/dictionaries): valid, complete, and every example classifies as it says."""

from __future__ import annotations

import pytest

from intents import default_engine
from intents.check import duplicate_terms
from intents.dictionary import DEFAULT_DIR, load_dictionaries
from intents.labels import LABELS

DICTIONARIES = load_dictionaries()
FILES = sorted(p.name for p in DEFAULT_DIR.glob("*.yaml"))
# risk_*.yaml split the risk rules by subject, sets*.yaml hold word sets: neither is a label file.
LABEL_FILES = [f for f in FILES if not f.startswith(("risk", "sets"))]


def _examples() -> list[pytest.param]:
    out = []
    for label, rs in DICTIONARIES.rulesets.items():
        if label.startswith("risk:"):
            continue
        out += [pytest.param(label, text, True, id=f"{label}+{i}") for i, text in enumerate(rs.match)]
        out += [pytest.param(label, text, False, id=f"{label}-{i}") for i, text in enumerate(rs.no_match)]
    return out


def _risk_examples() -> list[pytest.param]:
    return [
        pytest.param(level, text, id=f"{level}-{i}")
        for level, texts in DICTIONARIES.risk_examples.items()
        for i, text in enumerate(texts)
    ]


def test_every_label_has_a_dictionary_and_there_is_a_risk_lexicon() -> None:
    assert sorted(f"{label}.yaml" for label in LABELS) == LABEL_FILES
    assert "risk.yaml" in FILES


@pytest.mark.parametrize("name", FILES)
def test_file_is_valid(name: str) -> None:
    assert [p for p in DICTIONARIES.problems if p.startswith(f"{name}:")] == []


@pytest.mark.parametrize("name", LABEL_FILES)
def test_file_has_examples_both_ways(name: str) -> None:
    rs = DICTIONARIES.rulesets[name.removesuffix(".yaml")]
    assert rs.match and rs.no_match


def test_no_term_is_claimed_by_two_labels() -> None:
    assert duplicate_terms(DICTIONARIES) == []


@pytest.mark.parametrize(("label", "text", "should"), _examples())
def test_label_example(label: str, text: str, should: bool) -> None:
    result = default_engine().classify(text)
    assert (label in result.intents) is should, (
        result.intents,
        [(e.label, e.text, e.term) for e in result.evidence],
    )


@pytest.mark.parametrize(("level", "text"), _risk_examples())
def test_risk_example(level: str, text: str) -> None:
    assert default_engine().classify(text).risk == level
