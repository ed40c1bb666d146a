"""When check-ins are due: pure date arithmetic in Asia/Tokyo, with the city's quiet hours applied.

No database, Flask or LINE here. A plan's schedule is a list of *slots*: slot 0 is `first_at`, slot k is k
steps of `every` days (or weeks) later at the same wall-clock time in Tokyo (so a 10:00 check-in stays at
10:00 across month and year ends). A slot that falls in quiet hours is sent at the next allowed time.
After downtime only the next slot after "now" is scheduled: missed slots collapse into one send.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

TOKYO = ZoneInfo("Asia/Tokyo")
UNITS = {"days": 1, "weeks": 7}
# A schedule whose next slot is further away than this is treated as finished (guards runaway loops).
MAX_SLOTS = 10_000


class QuietHoursLike(Protocol):
    """What `bot.city.QuietHours` offers (a stand-in keeps this module free of the city pack)."""

    def is_quiet(self, at: datetime) -> bool: ...

    def next_allowed(self, at: datetime) -> datetime: ...


@dataclass(frozen=True)
class Cadence:
    """A plan's schedule: one-off when `every` is None; else every `every` `unit`, bounded by `until`
    (a Tokyo date, inclusive) and/or `count` (number of check-ins)."""

    first_at: datetime
    every: int | None = None
    unit: str = "days"
    until: date | None = None
    count: int | None = None

    def __post_init__(self) -> None:
        if self.first_at.tzinfo is None:
            raise ValueError("first_at must be an aware datetime")
        if self.every is not None:
            if self.every < 1:
                raise ValueError("every must be 1 or more")
            if self.unit not in UNITS:
                raise ValueError(f"unit must be one of {', '.join(UNITS)}")
        if self.count is not None and self.count < 1:
            raise ValueError("count must be 1 or more")

    @property
    def one_off(self) -> bool:
        return self.every is None

    def slot_time(self, slot: int) -> datetime:
        """The nominal (unshifted) time of `slot`, in UTC: same Tokyo wall-clock time, `slot` steps later."""
        local = self.first_at.astimezone(TOKYO)
        if slot and self.every is not None:
            days = slot * self.every * UNITS[self.unit]
            # Add calendar days to the local date and keep the local time (Tokyo has no DST, but this way
            # the rule is plain whatever the zone).
            local = datetime.combine(local.date() + timedelta(days=days), local.timetz())
        return local.astimezone(UTC)

    def within_bounds(self, slot: int, seq: int) -> bool:
        """Whether `slot`, sent as the `seq`-th check-in (1-based), is still part of the plan."""
        if self.one_off and slot > 0:
            return False
        if self.count is not None and seq > self.count:
            return False
        return self.until is None or self.slot_time(slot).astimezone(TOKYO).date() <= self.until


def due_time(nominal: datetime, quiet: QuietHoursLike | None) -> datetime:
    """When a check-in of nominal time `nominal` may go out: the next allowed moment (UTC)."""
    if quiet is None:
        return nominal.astimezone(UTC)
    return quiet.next_allowed(nominal).astimezone(UTC)


def next_slot(cadence: Cadence, *, after_slot: int | None, after: datetime, seq: int) -> int | None:
    """The slot of the `seq`-th check-in: the first slot later than `after_slot` whose nominal time is later
    than `after` (missed slots are skipped, not queued), or None when the plan has no more check-ins."""
    slot = 0 if after_slot is None else after_slot + 1
    if cadence.one_off:
        if slot > 0:
            return None
        return 0 if cadence.within_bounds(0, seq) else None
    # Jump straight to the first slot after `after` instead of walking one step at a time.
    step = timedelta(days=cadence.every * UNITS[cadence.unit])  # type: ignore[operator]
    behind = after - cadence.slot_time(slot)
    if behind >= timedelta(0):
        slot += behind // step + 1
    while cadence.slot_time(slot) <= after and slot < MAX_SLOTS:
        slot += 1
    if slot >= MAX_SLOTS or not cadence.within_bounds(slot, seq):
        return None
    return slot


def first_slot(cadence: Cadence, now: datetime) -> int | None:
    """The slot of a new (or resumed) plan's first check-in: `first_at` itself when it is still ahead (or a
    one-off set a moment in the past, which goes out at once), else the next slot after `now`."""
    if cadence.one_off:
        return 0
    if cadence.first_at >= now:
        return 0 if cadence.within_bounds(0, 1) else None
    return next_slot(cadence, after_slot=None, after=now, seq=1)


def upcoming(
    cadence: Cadence,
    quiet: QuietHoursLike | None,
    *,
    from_slot: int,
    seq: int,
    limit: int = 5,
) -> list[datetime]:
    """The due times (UTC, quiet hours applied) of the next `limit` check-ins, starting at `from_slot` as the
    `seq`-th — what the console lists as "next sends"."""
    out: list[datetime] = []
    slot: int | None = from_slot
    while slot is not None and len(out) < limit and cadence.within_bounds(slot, seq):
        out.append(due_time(cadence.slot_time(slot), quiet))
        if cadence.one_off:
            break
        slot, seq = slot + 1, seq + 1
    return out
