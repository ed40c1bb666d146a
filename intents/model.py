"""A learned second opinion on the concern labels: character n-grams, TF-IDF, one logistic regression per label.

The dictionaries say why a label fired (evidence a counselor can read) but only know the expressions someone
wrote down; every new writer uses some nobody did. The model has seen the project's own labelled resident
messages (`eval/*.jsonl`, never the shared dev set) and gives each label a probability from the characters
alone, so it also knows expressions no dictionary lists. The engine combines the two (`Engine._decide`): a label
is given when `rule_weight × (the dictionaries gave it) + probability ≥ threshold`, so a dictionary label
stands unless the model is sure it is wrong, and the model adds a label only when it is sure on its own (and
the message is long enough to read: `add_label_min_chars`).
The same arrays give P(high or emergency) and P(emergency) as `risk:high` and `risk:emergency`; the model
may only RAISE the dictionaries' risk, when one of them reaches its bar (`raise_risk_at`) in a message long
enough to read (`raise_risk_min_chars`): never lower it. Where a cancel context of a rule set occurs in the
message, the model adds nothing of that label or risk: its false alarms are corrected in the YAML dictionaries.

Inference is NumPy over arrays loaded from `intents/model/concerns.npz` (no scikit-learn, no pickle at run
time). `intents/train.py` makes that file with scikit-learn from the eval sets; the features are computed by
`ngrams` below in both places, so training and inference cannot drift apart.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .keyindex import RowIndex
from .normalize import spaced_kana

MODEL_DIR = Path(__file__).with_name("model")
MODEL_FILE = MODEL_DIR / "concerns.npz"
META_FILE = MODEL_DIR / "concerns.json"
NGRAM_RANGE = (1, 3)
# Beyond this many characters the n-grams of a message are counted on its first and last parts only: the
# labels of a 5,000-character letter are decided by the dictionaries over all of it, and the model's view of
# the opening and the end is as informative as of the whole, at a bounded cost.
MAX_CHARS = 2000


def feature_text(s: str) -> str:
    """What the n-grams are taken from: `s` with whitespace runs as one space, its middle left out when long.

    Kana typed with spaces between the words (おかあさん デイ いきたがらん) is read without the spaces, as the
    dictionaries read it (`normalize.spaced_kana`): the words' n-grams are then those of the same words typed
    run together, not n-grams across a space that only some writers' habits produce.
    """
    if spaced_kana(s):
        s = s.replace(" ", "")  # normalize.without_spaces(s)[0], without the positions it also lists
    s = " ".join(s.split())
    if len(s) > MAX_CHARS:
        half = MAX_CHARS // 2
        s = s[:half] + " " + s[-half:]
    return s


def ngrams(s: str) -> list[str]:
    """The features of a normalized message: the character 1-, 2- and 3-grams of its `feature_text`."""
    s = feature_text(s)
    lo, hi = NGRAM_RANGE
    out: list[str] = []
    for n in range(lo, hi + 1):
        out.extend(s[i : i + n] for i in range(len(s) - n + 1))
    return out


@dataclass(frozen=True)
class Settings:
    """How the model's probability and the dictionaries' decision are combined (see the module doc)."""

    rule_weight: float
    threshold: float
    raise_risk_at: dict[str, float]
    # Risk is raised only for messages at least this long: in a few characters the model has almost no
    # n-grams to go on (メッセージを止めて, もう送らないで), and short danger is what the dictionaries list.
    raise_risk_min_chars: int = 0
    # Likewise a label the dictionaries did not give is added only to messages at least this long: in a place
    # name or a single word (小坪, 池子) one character decides the n-grams (子 → child_family), and such short
    # messages are what the dictionaries and the conversation's own handling (area names, menu words) are for.
    add_label_min_chars: int = 0
    # The emergency output at its bar raises a message to emergency even when the high-or-emergency output is
    # below its own bar, if that output is at least this (the two are fitted separately and can disagree).
    # 1.0: never (files written before this setting).
    emergency_alone_min_high: float = 1.0


class ConcernModel:
    """Per-label probabilities for a normalized message."""

    def __init__(
        self,
        labels: tuple[str, ...],
        vocabulary: list[str],
        idf: np.ndarray,
        coef: np.ndarray,
        intercept: np.ndarray,
        settings: Settings,
        meta: dict,
    ) -> None:
        self.labels = labels
        # Every known n-gram in one automaton: a message's features are found in one pass in C, without
        # making a string per n-gram and looking it up (the same features as ngrams(), in another order).
        self._terms = vocabulary
        self._index = RowIndex(vocabulary)
        self._idf = idf
        self._coef = coef
        self._intercept = intercept
        self.settings = settings
        self.meta = meta

    @classmethod
    def load(cls, npz: Path = MODEL_FILE, meta_file: Path = META_FILE) -> ConcernModel:
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        with np.load(npz, allow_pickle=False) as data:
            terms = [str(t) for t in data["ngrams"]]
            idf = data["idf"].astype(np.float32)
            coef = data["coef"].astype(np.float32)
            intercept = data["intercept"].astype(np.float32)
        labels = tuple(meta["labels"])
        if coef.shape != (len(terms), len(labels)) or idf.shape != (len(terms),):
            raise ValueError(f"{npz}: arrays do not fit {len(terms)} n-grams × {len(labels)} labels")
        settings = Settings(
            float(meta["rule_weight"]),
            float(meta["threshold"]),
            {k: float(v) for k, v in meta["raise_risk_at"].items()},
            int(meta.get("raise_risk_min_chars", 0)),
            int(meta.get("add_label_min_chars", 0)),
            float(meta.get("emergency_alone_min_high", 1.0)),
        )
        return cls(labels, terms, idf, coef, intercept, settings, meta)

    def read(self, s: str) -> Reading:
        """The model's reading of the normalized message `s` (the same text the dictionaries see)."""
        text = feature_text(s)
        rows, counts = np.unique(np.array(self._index.rows(text), dtype=np.intp), return_counts=True)
        if len(rows):
            x = (1.0 + np.log(counts, dtype=np.float32)) * self._idf[rows]
            x /= np.sqrt(x @ x)
            z = x @ self._coef[rows] + self._intercept
        else:
            x = np.zeros(0, dtype=np.float32)
            z = self._intercept
        p = 1.0 / (1.0 + np.exp(-z.astype(np.float64)))
        return Reading(self, s, len(text), rows, x, dict(zip(self.labels, p.tolist(), strict=True)))

    def probabilities(self, s: str) -> dict[str, float]:
        """Label → probability for the normalized message `s`."""
        return self.read(s).probabilities


class Reading:
    """One message as the model saw it: probabilities, and which n-grams spoke for a label."""

    __slots__ = ("_model", "_s", "length", "_rows", "_x", "probabilities")

    def __init__(
        self, model: ConcernModel, s: str, length: int, rows: np.ndarray, x: np.ndarray, p: dict[str, float]
    ) -> None:
        self._model = model
        self._s = s
        self.length = length  # characters of the text the n-grams were taken from
        self._rows = rows
        self._x = x
        self.probabilities = p

    def text(self, span: tuple[int, int]) -> str:
        return self._s[span[0] : span[1]]

    def strongest(self, label: str) -> tuple[int, int] | None:
        """Where in the message the n-gram that speaks most for `label` is: the model's evidence for a
        counselor (None when no readable n-gram speaks for it)."""
        model, s = self._model, self._s
        j = model.labels.index(label)
        for k in np.argsort(-(self._x * model._coef[self._rows, j])):
            gram = model._terms[self._rows[k]]
            if not any(c.isalnum() for c in gram):
                continue  # a space or a mark is no evidence a counselor can read
            start = s.find(gram)
            if start >= 0:
                return start, start + len(gram)
        return None


_model: ConcernModel | None = None


def default_model() -> ConcernModel:
    """The shipped model, loaded once per process."""
    global _model
    if _model is None:
        _model = ConcernModel.load()
    return _model
