"""`tsunagu dict check`: everything that can be wrong with a dictionary directory, as a list of problems."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from .dictionary import DictionarySet, load_dictionaries
from .engine import Engine
from .labels import LABELS
from .normalize import normalize


def check_directory(directory: Path | str | None = None, *, require_all: bool = True) -> list[str]:
    """Problems of the dictionaries in `directory`: schema, regexes, duplicates, and failing examples."""
    dset = load_dictionaries(directory, strict=True)
    problems = list(dset.problems)
    if require_all:
        for label in LABELS:
            if label not in dset.rulesets:
                problems.append(f"{label}.yaml: missing (every taxonomy label needs a dictionary)")
        if "risk:emergency" not in dset.rulesets:
            problems.append("risk.yaml: missing")
    problems += duplicate_terms(dset)
    problems += failing_examples(Engine(dset))
    return problems


def duplicate_terms(dset: DictionarySet) -> list[str]:
    """A term listed by two labels is one word with two meanings: list it once, with `also:`. A term listed twice
    by one label (in one file or, for a risk level, in two of its files) is one entry too many: which weight
    counts is then a matter of order."""
    claims: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    problems = []
    for label, rs in dset.rulesets.items():
        seen: set[str] = set()
        for term in rs.terms:
            key = normalize(term.text)
            if key in seen:
                problems.append(f"term {key!r} is listed twice for {label}: keep one entry")
            seen.add(key)
            if not label.startswith(
                "risk:"
            ):  # risk is orthogonal to labels: 死にたい is a risk and a mental_health term
                claims[key].append((label, tuple(other for other, _ in term.also)))
    for key, owners in sorted(claims.items()):
        labels = sorted({label for label, _ in owners})
        if len(labels) < 2:
            continue
        linked = any(set(labels) - {label} <= set(also) for label, also in owners)
        if not linked:
            problems.append(
                f"term {key!r} is claimed by {', '.join(labels)}: keep it in one file and use `also:`"
            )
    return problems


def failing_examples(engine: Engine) -> list[str]:
    """Every example that does not classify as its file says."""
    problems = []
    dset = engine.dictionaries
    for label, rs in dset.rulesets.items():
        if label.startswith("risk:"):
            continue
        for text in rs.match:
            got = engine.classify(text)
            if label not in got.intents:
                problems.append(f"{rs.source}: example {text!r} should get {label} but got {got.intents}")
        for text in rs.no_match:
            got = engine.classify(text)
            if label in got.intents:
                problems.append(f"{rs.source}: example {text!r} should NOT get {label} but got {got.intents}")
    for level, texts in dset.risk_examples.items():
        for text in texts:
            got = engine.classify(text)
            if got.risk != level:
                problems.append(f"risk.yaml: example {text!r} should be {level} but is {got.risk}")
    return problems
