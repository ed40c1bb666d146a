"""A learned safety net for risk: character n-gram logistic regression, trained on the project's own sets.

The dictionaries recognise danger by the expressions written into them; residents find new ways to say it.
This model reads the same normalized text as the dictionaries, as overlapping character 2- and 3-grams, and
was trained on the labelled resident messages of `eval/` (written for the project; never the shared dev set)
to tell "high or emergency" from "none" (see LEVELS). It may only RAISE the risk the rules found (the
taxonomy: no rule may lower a risk), and only above a threshold chosen by cross-validation so that, on
messages it was not trained on, what it raises is right nearly always (`THRESHOLD_PRECISION`).

Pure Python at run time (a dictionary lookup per n-gram); the weights are data, in `models/risk.json`, made
by `tsunagu dict train-risk`, which records the training sets' digests and the cross-validated figures.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .normalize import normalize

MODEL_PATH = Path(__file__).with_name("models") / "risk.json"
NGRAMS = (2, 3)
# One level: "high" (high-or-emergency; the model raises "none" to "high"). An emergency model was tried: on
# the shared dev set it raised only false emergencies (an emergency sends 110/119 and takes the head of the
# queue), so emergencies stay with the rules, and a message the model finds dangerous still reaches a person.
LEVELS = ("high",)
# A threshold is the lowest probability at which, in cross-validation, what the model alone raises is right
# at least this often.
THRESHOLD_PRECISION = {"high": 0.95}
# Weights smaller than this are dropped from the file (they change no decision).
_PRUNE = 0.02


def features(text: str) -> set[str]:
    """The character n-grams of the normalized text (runs of spaces count as one space, ends marked)."""
    return _grams(normalize(text))


def _grams(s: str) -> set[str]:
    s = "\x02" + " ".join(s.split()) + "\x03"
    return {s[i : i + n] for n in NGRAMS for i in range(len(s) - n + 1)}


@dataclass
class Level:
    """One level's model: P(level) = sigmoid(bias + sum of the weights of the n-grams present)."""

    bias: float
    weights: dict[str, float]
    threshold: float
    figures: dict[str, float] = field(default_factory=dict)

    def probability(self, grams: Iterable[str]) -> float:
        get = self.weights.get
        z = self.bias + sum(get(g, 0.0) for g in grams)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def strongest(self, grams: Iterable[str], k: int = 3) -> list[str]:
        """The n-grams that pushed hardest towards this level (evidence for counselors)."""
        get = self.weights.get
        scored = sorted(((get(g, 0.0), g) for g in grams), reverse=True)
        return [g.strip("\x02\x03") for w, g in scored[:k] if w > 0]


@dataclass
class RiskModel:
    levels: dict[str, Level]
    meta: dict[str, Any] = field(default_factory=dict)

    def assess(self, text: str) -> tuple[str, float, list[str]]:
        """(level raised to or "none", its probability, the n-grams behind it)."""
        return self.assess_normalized(normalize(text))

    def assess_normalized(self, s: str) -> tuple[str, float, list[str]]:
        """`assess` of text already normalized (`intents.normalize`)."""
        grams = _grams(s)
        for name in LEVELS:
            level = self.levels.get(name)
            if level is None:
                continue
            p = level.probability(grams)
            if p >= level.threshold:
                return name, round(p, 3), level.strongest(grams)
        return "none", 0.0, []

    def to_json(self) -> str:
        data = {
            "meta": self.meta,
            "levels": {
                name: {
                    "bias": round(level.bias, 4),
                    "threshold": round(level.threshold, 4),
                    "figures": level.figures,
                    "weights": {g: round(w, 3) for g, w in sorted(level.weights.items()) if abs(w) >= _PRUNE},
                }
                for name, level in self.levels.items()
            },
        }
        return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def load(path: Path = MODEL_PATH) -> RiskModel | None:
    """The model in `path`, or None when there is none (the rules alone then decide)."""
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    levels = {
        name: Level(
            float(d["bias"]),
            {g: float(w) for g, w in d["weights"].items()},
            float(d["threshold"]),
            dict(d.get("figures", {})),
        )
        for name, d in data["levels"].items()
        if name in LEVELS
    }
    return RiskModel(levels, data.get("meta", {}))


# -- training --------------------------------------------------------------------------------------------


def _target(level: str, risk: str) -> int:
    return int(risk == "emergency") if level == "emergency" else int(risk != "none")


def fit(
    examples: Sequence[tuple[set[str], int]],
    epochs: int = 12,
    l2: float = 1e-4,
    rate: float = 0.3,
    seed: int = 7,
) -> tuple[float, dict[str, float]]:
    """Logistic regression by AdaGrad over sparse binary features; deterministic for a given seed."""
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    bias, bias_sq = 0.0, 1e-8
    order = list(range(len(examples)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            grams, y = examples[i]
            z = bias + sum(weights.get(g, 0.0) for g in grams)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            grad = p - y
            bias_sq += grad * grad
            bias -= rate * grad / math.sqrt(bias_sq)
            for g in grams:
                w = weights.get(g, 0.0)
                gg = grad + l2 * w
                sq = squares.get(g, 1e-8) + gg * gg
                squares[g] = sq
                weights[g] = w - rate * gg / math.sqrt(sq)
    return bias, weights


def _threshold(scored: list[tuple[float, int]], precision: float) -> tuple[float, dict[str, float]]:
    """The lowest probability at which the examples scored at or above it are right `precision` of the time."""
    scored = sorted(scored, reverse=True)
    positives = sum(y for _, y in scored) or 1
    best = (1.0, {"precision": 1.0, "recall": 0.0})
    hits = 0
    for k, (p, y) in enumerate(scored, 1):
        hits += y
        if k >= 5 and hits / k >= precision and (k == len(scored) or scored[k][0] < p):
            best = (p, {"precision": round(hits / k, 3), "recall": round(hits / positives, 3)})
    return best


def train(rows: Sequence[dict[str, Any]], folds: int = 5, sources: dict[str, str] | None = None) -> RiskModel:
    """Train both levels on labelled rows ({"text", "risk"}); thresholds from `folds`-fold cross-validation."""
    grams = [features(r["text"]) for r in rows]
    levels = {}
    for name in LEVELS:
        examples = [(g, _target(name, r["risk"])) for g, r in zip(grams, rows, strict=True)]
        held: list[tuple[float, int]] = []
        for k in range(folds):
            train_part = [e for i, e in enumerate(examples) if i % folds != k]
            bias, weights = fit(train_part)
            level = Level(bias, weights, 1.0)
            held += [(level.probability(g), y) for i, (g, y) in enumerate(examples) if i % folds == k]
        threshold, figures = _threshold(held, THRESHOLD_PRECISION[name])
        bias, weights = fit(examples)
        levels[name] = Level(bias, weights, threshold, figures)
    meta = {
        "trained_on": sources or {},
        "examples": len(rows),
        "ngrams": list(NGRAMS),
        "threshold_precision": THRESHOLD_PRECISION,
    }
    return RiskModel(levels, meta)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]
