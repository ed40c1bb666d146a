"""`tsunagu demo` without a browser: the real app answers a signed webhook through the fake platform.

Runs wherever the suite runs (no chromium needed), so a broken demo is caught even where the browser
tests skip.
"""

from __future__ import annotations

import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from bot import wording
from bot.city import load_city
from bot.cli import main
from bot.simulator.demo import DEMO_STAFF, Demo, start_demo
from bot.simulator.platform import WebhookClient


def wait_for(predicate, timeout: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return predicate()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    running = start_demo(tmp_path_factory.mktemp("demo"), port=0).serve_in_thread()
    try:
        yield running
    finally:
        running.close()


def test_demo_is_configured_like_production_with_session_secrets(demo: Demo) -> None:
    cfg = demo.app.config
    assert cfg["LINE_API_ENDPOINT"] == demo.base_url + "/simulator/line-api"
    assert cfg["LINE_CHANNEL_SECRET"] == demo.platform.channel_secret
    assert cfg["LINE_CHANNEL_ACCESS_TOKEN"] == demo.platform.access_token
    assert cfg["DATABASE_URL"].startswith("sqlite:///") and cfg["DATABASE_URL"].endswith("tsunagu.sqlite")
    assert len(demo.platform.channel_secret) >= 32
    with urllib.request.urlopen(demo.simulator_url, timeout=5) as resp:  # noqa: S310 — loopback
        page = resp.read().decode()
    assert resp.status == 200 and "LINE シミュレーター" in page


def test_a_follow_gets_the_welcome_through_the_production_path(demo: Demo) -> None:
    uid = demo.platform.add_user("テスト 太郎")
    result = WebhookClient(demo.platform, demo.base_url + "/callback").follow(uid)
    assert result.status == 200
    assert wait_for(lambda: demo.platform.delivered(uid)), "the bot answered nothing"
    texts = [m.get("text", "") for m in demo.platform.delivered(uid)]
    city = load_city(demo.app.config["TSUNAGU_CITY"]).city_name
    assert wording.text("frontdoor.welcome.intro", city=city) in texts[0]
    calls = {r.path for r in demo.platform.requests()}
    assert "/v2/bot/message/reply" in calls  # line-bot-sdk over HTTP, with the reply token it was given


def test_a_forged_webhook_is_refused_and_changes_nothing(demo: Demo) -> None:
    uid = demo.platform.add_user("偽物")
    client = WebhookClient(demo.platform, demo.base_url + "/callback")
    result = client.send([client.event("follow", uid, follow={"isUnblocked": False})], signature="Zm9yZ2Vk")
    assert result.status == 400
    time.sleep(0.3)
    assert demo.platform.delivered(uid) == []


def test_demo_staff_can_log_in_with_the_printed_passwords(demo: Demo) -> None:
    from handoff.models import StaffUser

    assert [(s.username, s.role) for s in demo.staff] == [(u, r) for u, _, r in DEMO_STAFF]
    with demo.app.extensions["tsunagu.sessionmaker"]() as session:
        for login in demo.staff:
            user = session.scalar(select(StaffUser).where(StaffUser.username == login.username))
            assert user is not None and user.active and user.check_password(login.password)
            assert not user.check_password(login.password + "x")


def test_a_second_demo_starts_fresh_unless_kept(tmp_path: Path) -> None:
    from bot.models import Resident

    def residents(d: Demo) -> int:
        with d.app.extensions["tsunagu.sessionmaker"]() as session:
            return len(session.scalars(select(Resident)).all())

    first = start_demo(tmp_path, port=0, worker=False).serve_in_thread()
    try:
        uid = first.platform.add_user("残る人")
        WebhookClient(first.platform, first.base_url + "/callback").follow(uid)
        assert wait_for(lambda: first.platform.delivered(uid))
        passwords = {s.username: s.password for s in first.staff}
    finally:
        first.close()
    kept = start_demo(tmp_path, port=0, worker=False, keep=True)
    try:
        assert residents(kept) == 1
        assert {s.username: s.password for s in kept.staff} != passwords  # new passwords each run
        # the phone side comes back too: the same resident, still a friend, with the welcome in the chat
        assert next(u for u in kept.platform.users() if u["userId"] == uid)["following"] is True
        assert kept.platform.delivered(uid)
    finally:
        kept.close()
    fresh = start_demo(tmp_path, port=0, worker=False)
    try:
        assert residents(fresh) == 0
        assert uid not in {u["userId"] for u in fresh.platform.users()}
    finally:
        fresh.close()


def test_the_demo_command_is_registered() -> None:
    result = CliRunner().invoke(main, ["demo", "--help"])
    assert result.exit_code == 0
    assert "LINE simulator" in result.output and "--port" in result.output


def test_shareable_places_are_the_city_packs_towns_with_a_point(demo: Demo) -> None:
    from bot.simulator.web import places_from_city

    city = load_city(demo.app.config["TSUNAGU_CITY"])
    places = places_from_city(city)
    towns = {(t.point.lat, t.point.lon) for a in city.areas for t in a.towns if t.point is not None}
    assert places and {(p.latitude, p.longitude) for p in places} <= towns | {
        (a.point.lat, a.point.lon) for a in city.areas if a.point is not None
    }
    # each shared point lies in the area the place is named after
    for p in places:
        area = city.area_at(p.latitude, p.longitude)
        assert area is not None and area.name in p.name
