"""Worker jobs of the hand-off (listed in `bot.worker.JOBS`): return stale claims to the queue."""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

from bot.db import session_scope
from handoff.actions import release_stale_claims

DEFAULT_STALE_CLAIM_MINUTES = 30.0


def stale_claim_limit(settings: Any) -> timedelta:
    """How long a claimed resident may wait for a reply (`TSUNAGU_STALE_CLAIM_MINUTES`, default 30)."""
    raw = settings.get("TSUNAGU_STALE_CLAIM_MINUTES") if hasattr(settings, "get") else None
    raw = raw if raw not in (None, "") else os.environ.get("TSUNAGU_STALE_CLAIM_MINUTES", "")
    minutes = float(raw) if raw not in (None, "") else DEFAULT_STALE_CLAIM_MINUTES
    return timedelta(minutes=minutes)


def stale_claims(ctx: Any) -> int:
    """Return every claim whose resident waited too long for a reply to the queue, flagged."""
    with session_scope(ctx.sessions) as session:
        return release_stale_claims(session, stale_claim_limit(ctx.settings))
