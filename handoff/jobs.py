"""Worker jobs of the hand-off (listed in `bot.worker.JOBS`): stale claims back to the queue, old login
attempts forgotten."""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

from sqlalchemy import delete

from bot.db import session_scope, utcnow
from handoff.actions import release_stale_claims
from handoff.models import LoginAttempt

# Operational knobs (minutes), from the app/worker settings or else the environment.
DEFAULTS = {
    "TSUNAGU_STALE_CLAIM_MINUTES": 30.0,  # a claimed resident waiting this long for a reply → back to the queue
    "TSUNAGU_STALE_EMERGENCY_MINUTES": 5.0,  # the same for an emergency ticket
}
LOGIN_ATTEMPTS_KEPT = timedelta(days=7)


def minutes(settings: Any, name: str) -> timedelta:
    raw = settings.get(name) if hasattr(settings, "get") else None
    raw = raw if raw not in (None, "") else os.environ.get(name, "")
    return timedelta(minutes=float(raw) if raw not in (None, "") else DEFAULTS[name])


def stale_claims(ctx: Any) -> int:
    """Return every claim whose resident waited too long for a reply to the queue, flagged."""
    with session_scope(ctx.sessions) as session:
        return release_stale_claims(
            session,
            minutes(ctx.settings, "TSUNAGU_STALE_CLAIM_MINUTES"),
            emergency_after=minutes(ctx.settings, "TSUNAGU_STALE_EMERGENCY_MINUTES"),
        )


def prune_login_attempts(ctx: Any) -> int:
    """Forget login attempts older than a week (the rate limit looks back minutes; the audit log keeps logins)."""
    with session_scope(ctx.sessions) as session:
        result = session.execute(delete(LoginAttempt).where(LoginAttempt.at < utcnow() - LOGIN_ATTEMPTS_KEPT))
        return int(result.rowcount or 0)
