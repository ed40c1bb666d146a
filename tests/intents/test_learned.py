"""The learned risk safety net (intents/learned.py): in sync with its data, raise-only, deterministic."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from intents import learned
from intents.engine import Engine, default_engine
from intents.learned import RiskModel

ROOT = Path(__file__).resolve().parents[2]
_ORDER = {"none": 0, "high": 1, "emergency": 2}


def test_the_shipped_model_was_trained_on_the_eval_sets_as_they_are() -> None:
    """Editing, adding or removing an eval set without retraining (`tsunagu dict train-risk`) fails here."""
    model = learned.load()
    assert model is not None
    sets = {p.name: learned.digest(p) for p in sorted((ROOT / "eval").glob("*.jsonl"))}
    assert model.meta["trained_on"] == sets
    assert "dev.jsonl" not in model.meta["trained_on"]
    assert set(model.levels) == set(learned.LEVELS)
    for level in model.levels.values():
        assert 0.5 <= level.threshold < 1.0
        assert level.figures["precision"] >= learned.THRESHOLD_PRECISION["high"]


def test_the_default_engine_uses_it_and_it_only_raises_risk() -> None:
    engine = default_engine()
    assert engine.risk_model is not None
    rules_only = Engine(engine.dictionaries)
    texts = [
        json.loads(line)["text"]
        for path in sorted((ROOT / "eval").glob("*.jsonl"))[:4]
        for line in path.read_text(encoding="utf-8").splitlines()[:150]
    ]
    raised = 0
    for text in texts:
        with_model, without = engine.classify(text), rules_only.classify(text)
        assert _ORDER[with_model.risk] >= _ORDER[without.risk], text
        assert with_model.intents == without.intents or without.risk == "none", text
        if with_model.risk != without.risk:
            raised += 1
            learned_evidence = [e for e in with_model.evidence if e.how == "learned"]
            assert learned_evidence and learned_evidence[0].label == f"risk:{with_model.risk}"
    assert raised < len(texts) // 10  # a safety net under the rules, not a second classifier


def _toy_rows() -> list[dict[str, str]]:
    danger = [
        "もうたべるものがない",
        "たべるものがなくて三日",
        "家にたべるものがない",
        "こどものたべるものがない",
    ]
    calm = ["こんにちは", "ごみの日をおしえて", "図書館は何時まで", "サロンに行きたい", "ありがとう"]
    return [{"text": t, "risk": "high"} for t in danger * 3] + [{"text": t, "risk": "none"} for t in calm * 3]


def test_training_is_deterministic_and_learns_a_signal() -> None:
    rows = _toy_rows()
    one, two = learned.train(rows, folds=3), learned.train(rows, folds=3)
    assert one.to_json() == two.to_json()
    level = one.levels["high"]
    assert level.probability(learned.features("たべるものがない")) > 0.5
    assert level.probability(learned.features("図書館に行きたい")) < 0.5
    reloaded = RiskModel(one.levels, one.meta)
    assert reloaded.assess("たべるものがない")[0] in ("high", "none")  # threshold from a tiny CV


def test_the_model_round_trips_through_its_file(tmp_path: Path) -> None:
    model = learned.train(_toy_rows(), folds=3, sources={"toy.jsonl": "0"})
    path = tmp_path / "risk.json"
    path.write_text(model.to_json(), encoding="utf-8")
    again = learned.load(path)
    assert again is not None and again.meta["trained_on"] == {"toy.jsonl": "0"}
    grams = learned.features("たべるものがない")
    assert again.levels["high"].probability(grams) == pytest.approx(
        model.levels["high"].probability(grams), abs=0.02
    )
    assert learned.load(tmp_path / "absent.json") is None


def test_train_risk_refuses_the_shared_dev_set(tmp_path: Path) -> None:
    from intents.cli import dict_group

    dev = tmp_path / "dev.jsonl"
    dev.write_text('{"text": "x", "risk": "none"}\n', encoding="utf-8")
    result = CliRunner().invoke(dict_group, ["train-risk", str(dev), "--out", str(tmp_path / "m.json")])
    assert result.exit_code != 0 and "dev set" in result.output
    good = tmp_path / "mine.jsonl"
    good.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in _toy_rows()) + "\n", encoding="utf-8"
    )
    result = CliRunner().invoke(dict_group, ["train-risk", str(good), "--out", str(tmp_path / "m.json")])
    assert result.exit_code == 0, result.output
    assert learned.load(tmp_path / "m.json").meta["trained_on"] == {"mine.jsonl": learned.digest(good)}
