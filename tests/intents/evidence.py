"""What a failing vocabulary test prints: which dictionary entries matched which label, and where."""

from __future__ import annotations

from intents.engine import Classification


def evidence(result: Classification) -> list[tuple[str, str, str]]:
    return [(e.label, e.text, e.term) for e in result.evidence]
