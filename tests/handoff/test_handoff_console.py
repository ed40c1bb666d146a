"""The console over HTTP: who may open which page and do what (the authorization matrix), CSRF, login
rate limit and idle timeout, escaping of resident text, privacy of the LINE user ID, and the audit log."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from console_helpers import Client, add_staff, make_world
from lineplatform import frontdoor, line_api  # noqa: F401  (fixtures)
from sqlalchemy import select

from bot.db import session_scope, utcnow
from bot.models import Message, OutboundSend, Resident
from handoff import api
from handoff.models import AuditLog, LoginAttempt, Ticket, TicketEvent

# name → (method, path with {Q}/{A}/… ticket placeholders, form data)
ROUTES: dict[str, tuple[str, str, dict[str, str]]] = {
    "index": ("GET", "/console/", {}),
    "queue_json": ("GET", "/console/api/queue", {}),
    "alerts_json": ("GET", "/console/api/alerts", {}),
    "view_queued": ("GET", "/console/tickets/{Q}", {}),
    "view_own": ("GET", "/console/tickets/{A}", {}),
    "view_other_counselors": ("GET", "/console/tickets/{B}", {}),
    "view_coordinators": ("GET", "/console/tickets/{C}", {}),
    "view_closed_by_aoki": ("GET", "/console/tickets/{D}", {}),
    "poll_other_counselors": ("GET", "/console/api/tickets/{B}?after=0", {}),
    "audit": ("GET", "/console/audit", {}),
    "report": ("GET", "/console/report", {}),
    "reply_other": ("POST", "/console/tickets/{B}/reply", {"text": "こんにちは"}),
    "note_other": ("POST", "/console/tickets/{B}/note", {"body": "メモ"}),
    "close_other": ("POST", "/console/tickets/{B}/close", {"outcome": "解決"}),
    "release_other": ("POST", "/console/tickets/{B}/release", {}),
    "connect_other": ("POST", "/console/tickets/{B}/connect", {"target": "社協"}),
    "reopen_closed": ("POST", "/console/tickets/{D}/reopen", {}),
    "reply_coordinators": ("POST", "/console/tickets/{C}/reply", {"text": "コーディネーターです"}),
    "note_own": ("POST", "/console/tickets/{A}/note", {"body": "電話希望"}),
    "reply_own": ("POST", "/console/tickets/{A}/reply", {"text": "相談員です"}),
    "transfer_other": ("POST", "/console/tickets/{B}/transfer", {"to": "{aoki}"}),
    "claim_queued": ("POST", "/console/tickets/{Q}/claim", {}),
}
OK, DONE, NO, LOGIN = 200, 303, 403, 302
# Expected status per role; order matters only in that state-changing rows come after the views.
EXPECT: dict[str, dict[str, int]] = {
    "anonymous": dict.fromkeys(ROUTES, LOGIN)
    | {"queue_json": 401, "alerts_json": 401, "poll_other_counselors": 401},
    "counselor": {
        "index": OK,
        "queue_json": OK,
        "alerts_json": OK,
        "view_queued": OK,
        "view_own": OK,
        "view_other_counselors": NO,
        "view_coordinators": NO,
        "view_closed_by_aoki": OK,
        "poll_other_counselors": NO,
        "audit": NO,
        "report": NO,
        "reply_other": NO,
        "note_other": NO,
        "close_other": NO,
        "release_other": NO,
        "connect_other": NO,
        "reopen_closed": DONE,
        "reply_coordinators": NO,
        "note_own": DONE,
        "reply_own": DONE,
        "transfer_other": NO,
        "claim_queued": DONE,
    },
    "coordinator": {
        "index": OK,
        "queue_json": OK,
        "alerts_json": OK,
        "view_queued": NO,
        "view_own": NO,
        "view_other_counselors": NO,
        "view_coordinators": OK,
        "view_closed_by_aoki": NO,
        "poll_other_counselors": NO,
        "audit": NO,
        "report": NO,
        "reply_other": NO,
        "note_other": NO,
        "close_other": NO,
        "release_other": NO,
        "connect_other": NO,
        "reopen_closed": NO,
        "reply_coordinators": DONE,
        "note_own": NO,
        "reply_own": NO,
        "transfer_other": NO,
        "claim_queued": NO,
    },
    "admin": {
        "index": OK,
        "queue_json": OK,
        "alerts_json": OK,
        "view_queued": OK,
        "view_own": OK,
        "view_other_counselors": OK,
        "view_coordinators": OK,
        "view_closed_by_aoki": OK,
        "poll_other_counselors": OK,
        "audit": OK,
        "report": OK,
        "reply_other": NO,
        "note_other": DONE,
        "close_other": DONE,
        "release_other": NO,
        "connect_other": NO,
        "reopen_closed": DONE,
        "reply_coordinators": NO,
        "note_own": DONE,
        "reply_own": NO,
        "transfer_other": NO,
        "claim_queued": DONE,
    },
}
USERS = {"counselor": "aoki", "coordinator": "chiba", "admin": "admin"}


@pytest.mark.parametrize("role", list(EXPECT))
def test_authorization_matrix(frontdoor, role):  # noqa: F811
    world = make_world(frontdoor)
    client = Client(frontdoor.app)
    if role == "anonymous":
        client.get("/console/login")  # a CSRF token, so that only the login requirement is tested
    else:
        assert client.login(USERS[role]).status_code == 302
    ids = {**{k: str(v) for k, v in world.tickets.items()}, **{k: str(v) for k, v in world.staff.items()}}
    got: dict[str, int] = {}
    for name, (method, path, form) in ROUTES.items():
        url = path.format(**ids)
        if method == "GET":
            got[name] = client.get(url).status_code
        else:
            got[name] = client.post(url, {k: v.format(**ids) for k, v in form.items()}).status_code
    assert got == EXPECT[role]
    with session_scope(frontdoor.runtime.sessions) as s:
        b = s.get(Ticket, world.tickets["B"])
        if role in ("anonymous", "counselor", "coordinator"):
            # Denied means untouched: the other counselor's ticket is still theirs, open, without notes.
            assert b.status == "open" and b.owner_id == world.staff["baba"]
            assert not s.scalars(
                select(TicketEvent).where(TicketEvent.ticket_id == b.id, TicketEvent.kind == "note")
            ).all()


def test_admin_may_transfer_and_release_any_open_ticket(frontdoor):  # noqa: F811
    world = make_world(frontdoor)
    client = Client(frontdoor.app)
    client.login("admin")
    client.get(f"/console/tickets/{world.tickets['B']}")
    resp = client.post(f"/console/tickets/{world.tickets['B']}/transfer", {"to": str(world.staff["aoki"])})
    assert resp.status_code == 303
    resp = client.post(f"/console/tickets/{world.tickets['A']}/release")
    assert resp.status_code == 303
    with session_scope(frontdoor.runtime.sessions) as s:
        assert s.get(Ticket, world.tickets["B"]).owner_id == world.staff["aoki"]
        assert s.get(Ticket, world.tickets["A"]).owner_id is None


def test_posts_without_csrf_token_are_refused_and_change_nothing(frontdoor):  # noqa: F811
    world = make_world(frontdoor)
    client = Client(frontdoor.app)
    client.login("aoki")
    for path, form in (
        (f"/console/tickets/{world.tickets['Q']}/claim", {}),
        (f"/console/tickets/{world.tickets['A']}/reply", {"text": "こんにちは"}),
        ("/console/logout", {}),
    ):
        assert client.post(path, form, token=False).status_code == 400
        assert client.post(path, {**form, "csrf_token": "forged"}).status_code == 400
    with session_scope(frontdoor.runtime.sessions) as s:
        assert s.get(Ticket, world.tickets["Q"]).owner_id is None
        assert s.scalars(select(OutboundSend)).all() == []
    # Login itself needs the token too (no login CSRF).
    fresh = Client(frontdoor.app)
    assert fresh.post("/console/login", {"username": "aoki", "password": "x"}, token=False).status_code == 400


def test_resident_text_is_escaped_and_the_line_user_id_never_shown(frontdoor):  # noqa: F811
    world = make_world(frontdoor)
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    with session_scope(frontdoor.runtime.sessions) as s:
        t = s.get(Ticket, world.tickets["A"])
        r = s.get(Resident, t.resident_id)
        r.display_name = "<b>太郎</b>"
        m = Message(resident_id=r.id, direction="in", sender="resident", kind="text", text=evil)
        s.add(m)
        s.flush()
        api.note_resident_message(s, r, m, None)
    client = Client(frontdoor.app)
    client.login("aoki")
    pages = [
        client.get("/console/"),
        client.get(f"/console/tickets/{world.tickets['A']}"),
        client.get("/console/api/queue"),
        client.get(f"/console/api/tickets/{world.tickets['A']}?after=0"),
    ]
    html = pages[1].text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "&lt;b&gt;太郎&lt;/b&gt;" in pages[0].text
    for resp in pages:
        assert resp.status_code == 200
        body = resp.get_data(as_text=True)
        assert not [key for key, line_id in world.line_ids.items() if line_id in body]


def test_login_rate_limit_is_shared_through_the_database(frontdoor):  # noqa: F811
    add_staff(frontdoor.runtime.sessions, "aoki", "counselor")
    attacker = Client(frontdoor.app)
    for _ in range(5):
        attacker.get("/console/login")
        assert attacker.post("/console/login", {"username": "aoki", "password": "wrong"}).status_code == 401
    # Another web process (another client here) sees the same failures: even the right password waits.
    other = Client(frontdoor.app)
    assert other.login("aoki").status_code == 429
    with session_scope(frontdoor.runtime.sessions) as s:
        assert len(s.scalars(select(LoginAttempt).where(LoginAttempt.ok.is_(False))).all()) == 5
    with time_machine.travel(utcnow() + timedelta(minutes=16)):
        assert Client(frontdoor.app).login("aoki").status_code == 302


def test_disabled_account_cannot_log_in_and_is_logged_out(frontdoor):  # noqa: F811
    world = make_world(frontdoor)
    assert Client(frontdoor.app).login("gone").status_code == 401
    client = Client(frontdoor.app)
    client.login("aoki")
    assert client.get("/console/").status_code == 200
    with session_scope(frontdoor.runtime.sessions) as s:
        from handoff.models import StaffUser

        s.get(StaffUser, world.staff["aoki"]).active = False
    assert client.get("/console/").status_code == 302


def test_idle_session_times_out(frontdoor):  # noqa: F811
    make_world(frontdoor)
    client = Client(frontdoor.app)
    client.login("aoki")
    assert client.get("/console/").status_code == 200
    with time_machine.travel(utcnow() + timedelta(minutes=31)):
        resp = client.get("/console/")
        assert resp.status_code == 302 and "/console/login" in resp.headers["Location"]


def test_every_view_claim_reply_transfer_and_close_is_audited(frontdoor):  # noqa: F811
    world = make_world(frontdoor)
    client = Client(frontdoor.app)
    client.login("aoki")
    q = world.tickets["Q"]
    client.get(f"/console/tickets/{q}")
    assert client.post(f"/console/tickets/{q}/claim").status_code == 303
    assert client.post(f"/console/tickets/{q}/reply", {"text": "相談員の青木です"}).status_code == 303
    assert client.post(f"/console/tickets/{q}/transfer", {"to": str(world.staff["baba"])}).status_code == 303
    baba = Client(frontdoor.app)
    baba.login("baba")
    baba.get(f"/console/tickets/{q}")
    assert baba.post(f"/console/tickets/{q}/close", {"outcome": "つないだ"}).status_code == 303
    with session_scope(frontdoor.runtime.sessions) as s:
        trail = [
            (a.action, a.staff_id)
            for a in s.scalars(select(AuditLog).where(AuditLog.ticket_id == q).order_by(AuditLog.id))
        ]
    aoki, b = world.staff["aoki"], world.staff["baba"]
    # Each POST here is answered by a redirect the client does not follow: no views in between.
    assert trail == [
        ("view", aoki),
        ("claim", aoki),
        ("reply", aoki),
        ("transfer", aoki),
        ("view", b),
        ("close", b),
    ]
    admin = Client(frontdoor.app)
    admin.login("admin")
    page = admin.get(f"/console/audit?ticket={q}")
    assert page.status_code == 200 and "transfer" in page.text and "Aoki" in page.text


def test_claim_race_over_http_has_one_winner(frontdoor):  # noqa: F811
    world = make_world(frontdoor)
    aoki, baba = Client(frontdoor.app), Client(frontdoor.app)
    aoki.login("aoki")
    baba.login("baba")
    q = world.tickets["Q"]
    aoki.get(f"/console/tickets/{q}")
    baba.get(f"/console/tickets/{q}")
    first = aoki.post(f"/console/tickets/{q}/claim")
    second = baba.post(f"/console/tickets/{q}/claim")
    assert first.headers["Location"].endswith(f"/console/tickets/{q}")
    assert second.headers["Location"].endswith("/console/")
    assert "ほかの職員が 先に 担当しました" in baba.get("/console/").text


def test_a_closed_case_the_resident_writes_to_again_is_offered_for_reopening(frontdoor):  # noqa: F811
    world = make_world(frontdoor)
    d = world.tickets["D"]
    client = Client(frontdoor.app)
    client.login("aoki")
    assert client.get("/console/api/queue").get_json()["reopenable"] == []
    with session_scope(frontdoor.runtime.sessions) as s:
        t = s.get(Ticket, d)
        s.add(
            Message(
                resident_id=t.resident_id,
                direction="in",
                sender="resident",
                kind="text",
                text="またお願いします",
            )
        )
    rows = client.get("/console/api/queue").get_json()["reopenable"]
    assert [r["id"] for r in rows] == [d]
    client.get(f"/console/tickets/{d}")
    assert client.post(f"/console/tickets/{d}/reopen").status_code == 303
    with session_scope(frontdoor.runtime.sessions) as s:
        t = s.get(Ticket, d)
        assert t.status == "open" and t.owner_id == world.staff["aoki"] and t.outcome is None
    assert client.get("/console/api/queue").get_json()["reopenable"] == []
