"""tsunagu's concern classifier: `classify(text) -> Classification` (pure Python; no Flask, LINE or DB)."""

from .engine import Classification, Engine, Evidence, classify, default_engine
from .labels import CONCERNS, LABELS, META, RISKS

__all__ = [
    "CONCERNS",
    "LABELS",
    "META",
    "RISKS",
    "Classification",
    "Engine",
    "Evidence",
    "classify",
    "default_engine",
]
