"""What the hand-off says to a waiting resident: the words (from `templates/messages/handoff.yaml` via
`bot.wording`), times in Asia/Tokyo, and the crisis lines of the city pack."""

from __future__ import annotations

from collections.abc import Sequence
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

    return load_city()


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


def crisis_text(lines: Sequence[Any]) -> str:
    """The crisis lines, one a line ("name phone (hours)"); 110/119 first when the pack has not listed them."""
    out = [text("crisis.intro")]
    if not any(_digits(line.phone) in ("110", "119") for line in lines):
        out.append(text("crisis.police_fire"))
    for line in lines:
        hours = getattr(line, "hours_text", None)
        out.append(
            text(
                "crisis.line",
                name=line.name,
                phone=line.phone,
                hours=text("crisis.hours", hours=hours) if hours else "",
            )
        )
    return "\n".join(out)


def crisis_buttons(lines: Sequence[Any]) -> list[tuple[str, str]]:
    """(label, phone) for tap-to-call chips, 110 and 119 always among them (LINE allows 13 chips)."""
    out = [(line.name[:20], line.phone) for line in lines]
    have = {_digits(phone) for _, phone in out}
    for emergency in ("119", "110"):
        if emergency not in have:
            out.insert(0, (emergency, emergency))
    return out[:13]


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())
