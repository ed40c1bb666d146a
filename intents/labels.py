"""The label and risk vocabulary of ../shared/design/taxonomy.md, as Python constants."""

from __future__ import annotations

CONCERNS: tuple[str, ...] = (
    "elderly_care",
    "dementia",
    "disability",
    "child_family",
    "poverty_finance",
    "employment",
    "housing",
    "hoarding_environment",
    "isolation_hikikomori",
    "carer",
    "health_medical",
    "mental_health",
    "abuse_violence",
    "daily_living",
    "community_participation",
    "guardianship_end_of_life",
)
META: tuple[str, ...] = ("request_human", "out_of_scope", "greeting")
LABELS: tuple[str, ...] = CONCERNS + META
RISKS: tuple[str, ...] = ("none", "high", "emergency")
# Risk rule sets are compiled like labels; their evidence carries these pseudo-labels.
RISK_RULESETS: tuple[str, ...] = ("risk:emergency", "risk:high")
