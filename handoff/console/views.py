"""Console views: the queue, a ticket and the actions on it, the JSON the pages poll, audit log, report.

Views stay thin: ask `handoff.access` (403 when denied), call one `handoff.actions` function, commit,
redirect. Staff see a case number and the LINE display name, never the LINE user ID.
"""

from __future__ import annotations

import functools
import logging
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import yaml
from flask import abort, current_app, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, aliased

from bot.db import utcnow
from bot.models import Message, OutboundSend, Resident
from handoff import access, actions
from handoff.console import TEMPLATES, bp, db, setting, staff_page
from handoff.console.auth import client_ip
from handoff.models import OUTCOMES, AuditLog, StaffUser, Ticket, TicketEvent

JST = ZoneInfo("Asia/Tokyo")
log = logging.getLogger(__name__)
CANNED_REPLIES = TEMPLATES / "console" / "canned_replies.yaml"
DICTIONARIES = Path(__file__).resolve().parent.parent.parent / "intents" / "dictionaries"
HISTORY_LIMIT = 300  # messages shown on a ticket page (the newest)
LIST_LIMIT = 200
RISK_NAMES = {"emergency": "緊急", "high": "優先", "none": "通常"}
RISK_EVIDENCE = {"risk:emergency": "緊急のサイン", "risk:high": "優先のサイン"}
REASON_NAMES = {
    "request_human": "相談員を希望",
    "risk": "危険の兆候",
    "compound": "複数の困りごと",
    "not_understood": "bot が理解できず",
    "checkin": "見守りの返事",
}


# --- helpers ------------------------------------------------------------------------------------------


@functools.cache
def _label_names() -> dict[str, str]:
    """Japanese names of concern labels, from the intent dictionaries' `name:` (data, not code)."""
    names: dict[str, str] = {}
    for path in sorted(DICTIONARIES.glob("*.yaml")):
        with path.open(encoding="utf-8") as fh:
            data = yaml.safe_load(fh) or {}
        if isinstance(data, dict) and data.get("label") and data.get("name"):
            names[str(data["label"])] = str(data["name"])
    return names


def label_name(label: str) -> str:
    return _label_names().get(label, label)


def canned_replies() -> list[dict[str, str]]:
    """定型文 from `templates/console/canned_replies.yaml` (edited by the city; read on each page view)."""
    with CANNED_REPLIES.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    return [{"title": str(item["title"]), "text": str(item["text"])} for item in data.get("replies", [])]


@bp.app_template_filter("jst")
def jst(value: datetime | None, fmt: str = "%m/%d %H:%M") -> str:
    return value.astimezone(JST).strftime(fmt) if value else ""


def _minutes_since(at: datetime | None, now: datetime) -> int | None:
    return None if at is None else max(0, int((now - at).total_seconds() // 60))


def _summary(ticket: Ticket, resident: Resident, now: datetime) -> dict[str, Any]:
    """What a queue row shows (also the JSON the queue page polls)."""
    return {
        "id": ticket.id,
        "case": resident.case_number,
        "name": resident.display_name or "",
        "risk": ticket.risk,
        "risk_name": RISK_NAMES.get(ticket.risk, ticket.risk),
        "reason": REASON_NAMES.get(ticket.reason, ticket.reason),
        "concerns": [label_name(c) for c in ticket.concerns or []],
        "area": area_name(ticket.area),
        "waiting_min": _minutes_since(ticket.waiting_since or ticket.opened_at, now),
        "opened": jst(ticket.opened_at),
        "stale": ticket.stale_returned_at is not None,
        "unread": ticket.unread,
        "escalated": ticket.escalated_at is not None,
        "owner": ticket.owner.display_name if ticket.owner else "",
        "url": url_for("console.ticket", ticket_id=ticket.id),
    }


def _queue_rows(s: Session) -> list[tuple[Ticket, Resident]]:
    return list(
        s.execute(
            select(Ticket, Resident)
            .join(Resident, Resident.id == Ticket.resident_id)
            .where(Ticket.status == "open", Ticket.owner_id.is_(None))
            .order_by(Ticket.priority.desc(), Ticket.opened_at, Ticket.id)
            .limit(LIST_LIMIT)
        )
    )


def _owned_rows(s: Session, staff: StaffUser) -> list[tuple[Ticket, Resident]]:
    return list(
        s.execute(
            select(Ticket, Resident)
            .join(Resident, Resident.id == Ticket.resident_id)
            .where(Ticket.status == "open", Ticket.owner_id == staff.id)
            .order_by(Ticket.escalated_at.is_(None), Ticket.priority.desc(), Ticket.opened_at)
        )
    )


def _claimed_by_others(s: Session, staff: StaffUser) -> list[tuple[Ticket, Resident]]:
    return list(
        s.execute(
            select(Ticket, Resident)
            .join(Resident, Resident.id == Ticket.resident_id)
            .where(Ticket.status == "open", Ticket.owner_id.is_not(None), Ticket.owner_id != staff.id)
            .order_by(Ticket.priority.desc(), Ticket.opened_at)
            .limit(LIST_LIMIT)
        )
    )


def _written_after_close(s: Session, staff: StaffUser) -> list[tuple[Ticket, Resident]]:
    """Closed cases of this staff member whose resident wrote again afterwards and has no open case now
    (candidates to reopen), newest first."""
    since = utcnow() - timedelta(days=30)
    other = aliased(Ticket)
    wrote = exists().where(
        Message.resident_id == Ticket.resident_id,
        Message.direction == "in",
        Message.created_at > Ticket.closed_at,
    )
    still_open = exists().where(other.resident_id == Ticket.resident_id, other.status == "open")
    rows = s.execute(
        select(Ticket, Resident)
        .join(Resident, Resident.id == Ticket.resident_id)
        .where(
            Ticket.status == "closed",
            Ticket.closed_at >= since,
            Ticket.owner_id == staff.id,
            wrote,
            ~still_open,
        )
        .order_by(Ticket.closed_at.desc())
        .limit(LIST_LIMIT)
    )
    return [(t, r) for t, r in rows]


def _open_ticket_id(s: Session, resident_id: int) -> int | None:
    return s.scalar(select(Ticket.id).where(Ticket.resident_id == resident_id, Ticket.status == "open"))


def _lists(s: Session, staff: StaffUser) -> dict[str, list[dict[str, Any]]]:
    now = utcnow()
    out: dict[str, list[dict[str, Any]]] = {
        "mine": [_summary(t, r, now) for t, r in _owned_rows(s, staff)],
        "reopenable": [_summary(t, r, now) for t, r in _written_after_close(s, staff)],
    }
    if access.may_open(staff, "queue"):
        out["queued"] = [_summary(t, r, now) for t, r in _queue_rows(s)]
    if staff.role == "admin":
        out["others"] = [_summary(t, r, now) for t, r in _claimed_by_others(s, staff)]
    return out


def _ticket_or_403(s: Session, ticket_id: int, action: str) -> Ticket:
    try:
        return access.ticket_for(s, current_user, ticket_id, action)
    except access.Denied:
        abort(403)


def _back(ticket_id: int) -> Any:
    return redirect(url_for("console.ticket", ticket_id=ticket_id), code=303)


# --- pages --------------------------------------------------------------------------------------------


@bp.get("/")
@staff_page("mine")
def index() -> Any:
    """The queue (for counselors and admins) and the staff member's own tickets; updates itself."""
    s = db()
    lists = _lists(s, current_user)
    return render_template(
        "console/queue.html", lists=lists, poll_seconds=setting("TSUNAGU_CONSOLE_POLL_SECONDS")
    )


@bp.get("/api/queue")
@staff_page("mine")
def queue_json() -> Any:
    """The lists of the queue page, polled every few seconds."""
    return jsonify(_lists(db(), current_user))


@bp.get("/api/alerts")
@staff_page("mine")
def alerts_json() -> Any:
    """What every console page polls: queued emergencies (for those who see the queue) and emergencies on
    the staff member's own cases, so that no page hides a person in danger."""
    s = db()
    queued: list[int] = []
    if access.may_open(current_user, "queue"):
        queued = list(
            s.scalars(
                select(Ticket.id)
                .where(Ticket.status == "open", Ticket.owner_id.is_(None), Ticket.risk == "emergency")
                .order_by(Ticket.opened_at)
            )
        )
    escalated = list(
        s.scalars(
            select(Ticket.id).where(
                Ticket.status == "open", Ticket.owner_id == current_user.id, Ticket.escalated_at.is_not(None)
            )
        )
    )
    return jsonify({"queued_emergencies": queued, "my_escalations": escalated})


@bp.get("/tickets/<int:ticket_id>")
@staff_page("ticket")
def ticket(ticket_id: int) -> Any:
    """One case: conversation (bot part included), concerns with evidence, risk, area, history, actions."""
    s = db()
    t = _ticket_or_403(s, ticket_id, "view")
    resident = s.get(Resident, t.resident_id)
    assert resident is not None
    actions.mark_seen(t, current_user)
    actions.audit(s, current_user, "view", t.id, ip=client_ip())
    s.commit()
    messages = _messages(s, resident.id)
    events = list(
        s.scalars(select(TicketEvent).where(TicketEvent.ticket_id == t.id).order_by(TicketEvent.id))
    )
    colleagues = list(
        s.scalars(
            select(StaffUser)
            .where(StaffUser.active.is_(True), StaffUser.id != (t.owner_id or 0))
            .order_by(StaffUser.display_name)
        )
    )
    allowed = {a: access.can(s, current_user, a, t) for a in access.TICKET_ACTIONS}
    return render_template(
        "console/ticket.html",
        t=t,
        resident=resident,
        messages=messages,
        last_message_id=messages[-1]["id"] if messages else 0,
        events=events,
        colleagues=colleagues,
        allowed=allowed,
        outcomes=OUTCOMES,
        canned=canned_replies(),
        targets=_connection_targets(t),
        concerns=[(c, label_name(c)) for c in t.concerns or []],
        evidence=_evidence_rows(t.evidence),
        risk_name=RISK_NAMES.get(t.risk, t.risk),
        area=area_name(t.area),
        reason_name=REASON_NAMES.get(t.reason, t.reason),
        queue_position=_position(s, t),
        poll_seconds=setting("TSUNAGU_CONSOLE_POLL_SECONDS"),
        open_elsewhere=_open_ticket_id(s, t.resident_id) if t.status == "closed" else None,
    )


def _position(s: Session, t: Ticket) -> int | None:
    from handoff.api import queue_position

    return queue_position(s, t)


def _evidence_rows(evidence: Any) -> list[dict[str, str]]:
    """Evidence as label / matched text / term rows, whatever shape the classifier stored."""
    items = evidence.get("evidence", []) if isinstance(evidence, dict) else evidence or []
    rows = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        label = str(item.get("label", ""))
        rows.append(
            {
                "label": RISK_EVIDENCE.get(label) or label_name(label),
                "text": str(item.get("text") or item.get("matched") or ""),
                "term": str(item.get("term") or ""),
                "how": str(item.get("how") or ""),
            }
        )
    return rows


def _city() -> Any:
    """The app's city pack; None when it cannot be loaded (the console still works, つなぎ先 by free text)."""
    from bot.city import CityPackError, load_city

    runtime = current_app.extensions.get("tsunagu")
    try:
        return runtime.ctx.city if runtime is not None else load_city(current_app.config.get("TSUNAGU_CITY"))
    except CityPackError:
        log.warning("city pack could not be loaded; つなぎ先 choices are free text only", exc_info=True)
        return None


def area_name(key: str | None) -> str:
    """The 圏域 or town name for a stored area key (the key itself when the pack does not know it)."""
    if not key:
        return ""
    city = _city()
    if city is not None:
        try:
            return str(city.area(key).name)
        except KeyError:
            town = next((t for t in getattr(city, "towns", ()) if getattr(t, "id", None) == key), None)
            if town is not None:
                return str(town.name)
    return key


def _connection_targets(t: Ticket) -> list[dict[str, str]]:
    """つなぎ先 choices: the city pack's windows for this case's concerns and area, then the hub."""
    city = _city()
    if city is None:
        return []
    out: list[dict[str, str]] = []
    seen: set[str] = set()
    windows = list(city.windows_for(list(t.concerns or []), t.area))
    hub = city.hub(t.area) if hasattr(city, "hub") else None
    if hub is not None:
        windows.append(hub)
    for w in windows:
        name = str(getattr(w, "name", w))
        wid = str(getattr(w, "id", "") or name)
        if wid not in seen:
            seen.add(wid)
            out.append({"id": wid, "name": name})
    return out


def _messages(s: Session, resident_id: int, after: int = 0) -> list[dict[str, Any]]:
    """The conversation with delivery state of what staff and the bot pushed (newest HISTORY_LIMIT)."""
    rows = list(
        s.execute(
            select(Message, OutboundSend.status, StaffUser.display_name)
            .outerjoin(OutboundSend, OutboundSend.id == Message.send_id)
            .outerjoin(StaffUser, StaffUser.id == Message.staff_id)
            .where(Message.resident_id == resident_id, Message.id > after)
            .order_by(Message.id.desc())
            .limit(HISTORY_LIMIT)
        )
    )
    rows.reverse()
    return [
        {
            "id": m.id,
            "sender": m.sender,
            "staff": staff_name or "",
            "kind": m.kind,
            "text": m.text if m.text is not None else _describe(m),
            "risk": m.risk or "",
            "concerns": [label_name(i) for i in m.intents or [] if i not in ("out_of_scope", "greeting")],
            "time": jst(m.created_at),
            "delivery": status or "",
        }
        for m, status, staff_name in rows
    ]


def _describe(m: Message) -> str:
    """A bracketed stand-in for non-text messages (a sticker, a location, a Flex card…)."""
    names = {
        "sticker": "スタンプ",
        "image": "画像",
        "location": "位置情報",
        "flex": "カード",
        "follow": "友だち追加",
    }
    if m.kind == "flex" and isinstance(m.payload, list | dict):
        alt = m.payload[0].get("altText") if isinstance(m.payload, list) and m.payload else None
        if alt:
            return f"［カード］{alt}"
    return f"［{names.get(m.kind, m.kind)}］"


@bp.get("/api/tickets/<int:ticket_id>")
@staff_page("ticket")
def ticket_json(ticket_id: int) -> Any:
    """New messages since `after` and the ticket's state, polled by the ticket page."""
    s = db()
    t = _ticket_or_403(s, ticket_id, "view")
    after = request.args.get("after", "0")
    messages = _messages(s, t.resident_id, int(after) if after.isdigit() else 0)
    if messages:
        actions.mark_seen(t, current_user)
        actions.audit(s, current_user, "view", t.id, {"messages_after": int(after or 0)}, ip=client_ip())
        s.commit()
    recent = _messages(s, t.resident_id, max(0, (int(after) if after.isdigit() else 0) - 50))
    return jsonify(
        {
            "messages": messages,
            "delivery": {str(m["id"]): m["delivery"] for m in recent if m["delivery"]},
            "status": t.status,
            "owner": t.owner.display_name if t.owner else "",
            "risk": t.risk,
            "escalated": t.escalated_at is not None,
        }
    )


# --- actions ------------------------------------------------------------------------------------------


@bp.post("/tickets/<int:ticket_id>/claim")
@staff_page("ticket")
def claim(ticket_id: int) -> Any:
    """Take a queued ticket; exactly one of several counselors clicking at once gets it."""
    s = db()
    t = s.get(Ticket, ticket_id)
    if t is not None and t.status == "open" and t.owner_id is not None and current_user.role != "coordinator":
        flash("ほかの職員が 先に 担当しました。")
        return redirect(url_for("console.index"), code=303)
    _ticket_or_403(s, ticket_id, "claim")
    if not actions.claim_ticket(s, ticket_id, current_user, ip=client_ip()):
        s.rollback()
        flash("ほかの職員が 先に 担当しました。")
        return redirect(url_for("console.index"), code=303)
    s.commit()
    return _back(ticket_id)


def _run(ticket_id: int, action: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
    """Gatekeeper → action → commit → back to the ticket (an ActionError is shown, nothing changes)."""
    s = db()
    t = _ticket_or_403(s, ticket_id, action)
    try:
        fn(s, t, current_user, *args, ip=client_ip(), **kwargs)
    except actions.ActionError as exc:
        s.rollback()
        flash(str(exc))
        return _back(ticket_id)
    s.commit()
    return _back(ticket_id)


@bp.post("/tickets/<int:ticket_id>/reply")
@staff_page("ticket")
def reply(ticket_id: int) -> Any:
    """Send the counselor's words to the resident through LINE."""
    return _run(ticket_id, "reply", actions.reply_to_resident, request.form.get("text", ""))


@bp.post("/tickets/<int:ticket_id>/note")
@staff_page("ticket")
def note(ticket_id: int) -> Any:
    """A private note for colleagues."""
    return _run(ticket_id, "note", actions.add_note, request.form.get("body", ""))


@bp.post("/tickets/<int:ticket_id>/transfer")
@staff_page("ticket")
def transfer(ticket_id: int) -> Any:
    """Hand the case to a colleague."""
    s = db()
    to_id = request.form.get("to", "")
    to = s.get(StaffUser, int(to_id)) if to_id.isdigit() else None
    if to is None:
        _ticket_or_403(s, ticket_id, "transfer")
        flash("引き継ぐ職員を 選んでください。")
        return _back(ticket_id)
    return _run(ticket_id, "transfer", actions.transfer_ticket, to, request.form.get("note", ""))


@bp.post("/tickets/<int:ticket_id>/release")
@staff_page("ticket")
def release(ticket_id: int) -> Any:
    """Give the case back to the queue."""
    result = _run(ticket_id, "release", actions.release_ticket)
    return result if current_user.role == "admin" else redirect(url_for("console.index"), code=303)


@bp.post("/tickets/<int:ticket_id>/connect")
@staff_page("ticket")
def connect(ticket_id: int) -> Any:
    """Record つなぎ先 (a window from the city pack, or free text)."""
    choice = request.form.get("window", "")
    free = request.form.get("target", "").strip()
    target, window_id = free, None
    if choice and not free:
        s = db()
        t = _ticket_or_403(s, ticket_id, "connect")
        match = next((w for w in _connection_targets(t) if w["id"] == choice), None)
        if match is not None:
            target, window_id = match["name"], match["id"]
    return _run(
        ticket_id,
        "connect",
        actions.record_connection,
        target,
        request.form.get("note", ""),
        window_id=window_id,
    )


@bp.post("/tickets/<int:ticket_id>/close")
@staff_page("ticket")
def close(ticket_id: int) -> Any:
    """Close with an outcome (解決 / つないだ / 継続支援)."""
    return _run(
        ticket_id,
        "close",
        actions.close_ticket,
        request.form.get("outcome", ""),
        request.form.get("note", ""),
    )


@bp.post("/tickets/<int:ticket_id>/reopen")
@staff_page("ticket")
def reopen(ticket_id: int) -> Any:
    """Reopen a closed case and take it."""
    return _run(ticket_id, "reopen", actions.reopen_ticket)


# --- admin --------------------------------------------------------------------------------------------


@bp.get("/audit")
@staff_page("audit")
def audit_log() -> Any:
    """Who viewed or changed which case (admins only); filter by ticket or staff member."""
    s = db()
    query = select(AuditLog).order_by(AuditLog.id.desc()).limit(500)
    ticket_id, staff_id = request.args.get("ticket", ""), request.args.get("staff", "")
    if ticket_id.isdigit():
        query = query.where(AuditLog.ticket_id == int(ticket_id))
    if staff_id.isdigit():
        query = query.where(AuditLog.staff_id == int(staff_id))
    return render_template(
        "console/audit.html", entries=list(s.scalars(query)), ticket=ticket_id, staff_id=staff_id
    )


@bp.get("/report")
@staff_page("report")
def report() -> Any:
    """Outcomes and つなぎ先 of cases closed in a period (e.g. for a city's 解決率)."""
    s = db()
    days = request.args.get("days", "30")
    since = utcnow() - timedelta(days=int(days) if days.isdigit() and 0 < int(days) <= 3660 else 30)
    outcomes = dict(
        s.execute(
            select(Ticket.outcome, func.count())
            .where(Ticket.status == "closed", Ticket.closed_at >= since)
            .group_by(Ticket.outcome)
        ).all()
    )
    total = sum(outcomes.values())
    connections = list(
        s.execute(
            select(TicketEvent.body, func.count())
            .where(TicketEvent.kind == "connection", TicketEvent.created_at >= since)
            .group_by(TicketEvent.body)
            .order_by(func.count().desc())
        )
    )
    open_now = s.scalar(select(func.count()).select_from(Ticket).where(Ticket.status == "open")) or 0
    return render_template(
        "console/report.html",
        outcomes=[(o, outcomes.get(o, 0)) for o in OUTCOMES],
        total=total,
        connections=connections,
        open_now=open_now,
        days=int((utcnow() - since).days),
    )


@bp.errorhandler(400)
def _bad_request(exc: Any) -> Any:
    return render_template(
        "console/error.html",
        code=400,
        message="ページの有効期限が切れたか、送信の内容が正しくありません。もう一度 お試しください。",
    ), 400


@bp.errorhandler(403)
def _forbidden(exc: Any) -> Any:
    if request.path.startswith("/console/api/"):
        return jsonify({"error": "forbidden"}), 403
    return render_template(
        "console/error.html", code=403, message="このページを 見る権限が ありません。"
    ), 403
