"""The pure schedule: slots in Asia/Tokyo wall-clock time, quiet hours from the city pack, catch-up."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from checkin_helpers import jst
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.city import load_city
from handoff.checkins import api, schedule
from handoff.checkins.schedule import Cadence

QUIET = load_city("zushi").quiet_hours  # 20:00–09:00 Asia/Tokyo


def test_slots_keep_the_tokyo_wall_clock_time_across_month_and_year_ends() -> None:
    c = Cadence(jst(2026, 1, 31, 10), every=1, unit="days")
    assert [c.slot_time(k) for k in range(3)] == [
        jst(2026, 1, 31, 10),
        jst(2026, 2, 1, 10),
        jst(2026, 2, 2, 10),
    ]
    w = Cadence(jst(2026, 12, 24, 15, 30), every=2, unit="weeks")
    assert [w.slot_time(k) for k in range(3)] == [
        jst(2026, 12, 24, 15, 30),
        jst(2027, 1, 7, 15, 30),
        jst(2027, 1, 21, 15, 30),
    ]
    leap = Cadence(jst(2028, 2, 28, 10), every=1, unit="days")
    assert leap.slot_time(1) == jst(2028, 2, 29, 10) and leap.slot_time(2) == jst(2028, 3, 1, 10)
    assert all(c.slot_time(k).tzinfo == UTC for k in range(3))


@pytest.mark.parametrize(
    ("nominal", "due"),
    [
        (jst(2026, 12, 1, 19, 59), jst(2026, 12, 1, 19, 59)),  # just before quiet hours: as planned
        (jst(2026, 12, 1, 20, 0), jst(2026, 12, 2, 9, 0)),  # quiet from 20:00 → the next morning
        (jst(2026, 12, 1, 23, 59), jst(2026, 12, 2, 9, 0)),
        (jst(2026, 12, 2, 0, 30), jst(2026, 12, 2, 9, 0)),  # after midnight → the same morning
        (jst(2026, 12, 2, 8, 59), jst(2026, 12, 2, 9, 0)),
        (jst(2026, 12, 2, 9, 0), jst(2026, 12, 2, 9, 0)),
        (jst(2026, 1, 31, 22, 0), jst(2026, 2, 1, 9, 0)),  # across a month end
        (jst(2026, 2, 28, 21, 0), jst(2026, 3, 1, 9, 0)),  # February's end
        (jst(2026, 12, 31, 23, 0), jst(2027, 1, 1, 9, 0)),  # the year end
    ],
)
def test_quiet_hours_move_a_check_in_to_the_next_allowed_time(nominal: datetime, due: datetime) -> None:
    assert schedule.due_time(nominal, QUIET) == due
    assert schedule.due_time(nominal, None) == nominal


def test_catch_up_skips_missed_slots_instead_of_queueing_them() -> None:
    c = Cadence(jst(2026, 12, 1, 10), every=1, unit="days")
    # Down from 12/1 to 12/6 11:00: the next check-in is 12/7 10:00, the first slot after now.
    assert schedule.next_slot(c, after_slot=0, after=jst(2026, 12, 6, 11), seq=2) == 6
    assert schedule.next_slot(c, after_slot=0, after=jst(2026, 12, 1, 10, 1), seq=2) == 1
    assert schedule.first_slot(c, jst(2026, 12, 3, 12)) == 3
    assert schedule.first_slot(c, jst(2026, 11, 30)) == 0


def test_bounds_by_count_and_by_until_date_inclusive() -> None:
    counted = Cadence(jst(2026, 12, 1, 10), every=1, unit="weeks", count=2)
    assert schedule.next_slot(counted, after_slot=0, after=jst(2026, 12, 1, 10), seq=2) == 1
    assert schedule.next_slot(counted, after_slot=1, after=jst(2026, 12, 8, 10), seq=3) is None
    until = Cadence(jst(2026, 12, 1, 10), every=1, unit="weeks", until=date(2026, 12, 15))
    assert schedule.next_slot(until, after_slot=1, after=jst(2026, 12, 8, 10), seq=3) == 2  # 12/15 itself
    assert schedule.next_slot(until, after_slot=2, after=jst(2026, 12, 15, 10), seq=4) is None
    assert schedule.upcoming(until, QUIET, from_slot=0, seq=1, limit=10) == [
        jst(2026, 12, 1, 10),
        jst(2026, 12, 8, 10),
        jst(2026, 12, 15, 10),
    ]
    once = Cadence(jst(2026, 12, 1, 21))
    assert schedule.upcoming(once, QUIET, from_slot=0, seq=1) == [jst(2026, 12, 2, 9)]
    assert schedule.next_slot(once, after_slot=0, after=jst(2026, 12, 2, 9), seq=2) is None


def test_bad_cadences_are_refused() -> None:
    with pytest.raises(ValueError):
        Cadence(datetime(2026, 12, 1, 10))  # noqa: DTZ001 — naive on purpose
    with pytest.raises(ValueError):
        Cadence(jst(2026, 12, 1), every=0)
    with pytest.raises(ValueError):
        Cadence(jst(2026, 12, 1), every=1, unit="months")
    with pytest.raises(ValueError):
        Cadence(jst(2026, 12, 1), every=1, count=0)


@settings(max_examples=200, deadline=None)
@given(
    start=st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2030, 12, 31)),  # noqa: DTZ001
    every=st.integers(1, 30),
    unit=st.sampled_from(["days", "weeks"]),
    down=st.integers(0, 24 * 400),
)
def test_due_times_are_never_quiet_and_the_next_slot_is_the_first_after_now(
    start: datetime, every: int, unit: str, down: int
) -> None:
    c = Cadence(start.replace(tzinfo=schedule.TOKYO), every=every, unit=unit)
    now = c.first_at + timedelta(hours=down)
    slot = schedule.next_slot(c, after_slot=0, after=now, seq=2)
    assert slot is not None and slot >= 1
    assert c.slot_time(slot) > now and (slot == 1 or c.slot_time(slot - 1) <= now)
    due = schedule.due_time(c.slot_time(slot), QUIET)
    assert not QUIET.is_quiet(due) and due >= c.slot_time(slot)
    assert due - c.slot_time(slot) <= timedelta(hours=13)  # at most the length of the quiet hours


@pytest.mark.parametrize(
    "text",
    [
        "もう連絡はいりません",
        "見守りは いらないです。",
        "メッセージを止めてください",
        "れんらく いらない",
        "STOP messages",
    ],
)
def test_stop_messages_are_recognised(text: str) -> None:
    assert api.wants_to_stop(text)


@pytest.mark.parametrize(
    "text", ["元気です", "連絡先を教えてください", "母の見守りをお願いしたい", "お金がいらない生活"]
)
def test_ordinary_messages_are_not_taken_for_stop(text: str) -> None:
    assert not api.wants_to_stop(text)


def test_the_stop_phrase_file_is_checked(tmp_path) -> None:  # noqa: ANN001
    bad = tmp_path / "bad.yaml"
    bad.write_text("phrases: [ok, '']\n", encoding="utf-8")
    with pytest.raises(ValueError):
        api.stop_phrases(bad)
    assert len(api.stop_phrases()) >= 10


@pytest.mark.parametrize("phrase", api.stop_phrases())
def test_a_stop_phrase_alone_is_no_risk_so_the_resident_is_asked_to_confirm(phrase: str) -> None:
    """The flow asks to confirm only when the message is not in danger: the classifier (dictionaries and
    the concern model) must not read a farewell into a plain request to stop the check-ins."""
    from intents import classify

    assert classify(phrase).risk == "none", phrase
