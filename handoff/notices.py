"""What the hand-off says to a waiting resident: the words (from `templates/messages/handoff.yaml` via
`bot.wording`), times in Asia/Tokyo, and the crisis lines of the city pack."""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot import wording

JST = ZoneInfo("Asia/Tokyo")


def text(key: str, **variables: object) -> str:
    return wording.text(f"handoff.{key}", **variables)


def current_city() -> Any:
    """The city pack this deployment serves (`TSUNAGU_CITY`), for callers that were not handed one."""
    from bot.city import load_city

    return load_city(os.environ.get("TSUNAGU_CITY", "zushi"))


def when_jst(at: datetime, now: datetime) -> str:
    """A plain Japanese time such as 「明日(あした) 9時」 for `at`, as seen from `now` (both aware)."""
    local, today = at.astimezone(JST), now.astimezone(JST).date()
    time = (
        text("when.time", hour=local.hour)
        if local.minute == 0
        else text("when.time_minutes", hour=local.hour, minute=local.minute)
    )
    days = (local.date() - today).days
    if days == 0:
        return text("when.today", time=time)
    if days == 1:
        return text("when.tomorrow", time=time)
    weekday = text("weekdays")[local.weekday()]
    return text("when.date", month=local.month, day=local.day, weekday=weekday, time=time)


def _field(line: Any, *names: str) -> str | None:
    for name in names:
        value = line.get(name) if isinstance(line, dict) else getattr(line, name, None)
        if value:
            return str(value)
    return None


def crisis_text(lines: Iterable[Any]) -> str:
    """110/119 and every crisis line of the city pack, one per line."""
    out = [text("crisis.intro"), text("crisis.police_fire")]
    for line in lines:
        name, phone = _field(line, "name", "title"), _field(line, "phone", "tel", "number")
        if not name or not phone:
            continue
        hours = _field(line, "hours", "hours_text")
        out.append(
            text(
                "crisis.line",
                name=name,
                phone=phone,
                hours=text("crisis.hours", hours=hours) if hours else "",
            )
        )
    return "\n".join(out)


def crisis_buttons(lines: Iterable[Any]) -> list[tuple[str, str]]:
    """(label, phone) for tap-to-call chips: 110, 119, then the crisis lines (LINE allows 13 chips)."""
    out = [("110", "110"), ("119", "119")]
    for line in lines:
        name, phone = _field(line, "short_name", "name"), _field(line, "phone", "tel", "number")
        if name and phone:
            out.append((name[:20], phone))
    return out[:13]
