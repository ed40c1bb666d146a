"""Console pages of 伴走型支援 (見守り), plugged into the hand-off console: blueprint `bp` at /console/checkins.

One overview page — 未応答 alerts, upcoming check-ins, recent answers, live plans, the form for a new plan —
and one page per plan (its check-ins, answers and next sends). Every change is a POST with CSRF (the
console's own guard runs first: CSRF and the idle timeout) and is audited through `handoff.actions.audit`;
every page view is audited too. Residents appear by case number only, never by LINE user ID.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot import wording
from bot.db import utcnow
from bot.models import Resident
from handoff import access
from handoff import console as _console
from handoff.actions import audit
from handoff.checkins import actions, schedule
from handoff.checkins.models import CheckIn, CheckInPlan
from handoff.console import add_nav, db, staff_page
from handoff.console.auth import client_ip

bp = Blueprint("checkins_console", __name__, template_folder=str(_console.TEMPLATES))
# The console's guard (CSRF on every POST, idle timeout) protects these pages as well as its own.
bp.before_request(_console._guard)

access.register_page("checkins", {"coordinator", "counselor", "admin"})
add_nav("checkins", "見守り", f"{bp.name}.plans")

PLAN_STATUS_JA = {
    "active": "送信中",
    "paused": "一時停止",
    "cancelled": "取り消し",
    "stopped": "本人の希望で停止",
    "finished": "終了",
}
PAUSED_JA = {"staff": "職員が停止", "unfollow": "ブロックされたため"}
CHECKIN_STATUS_JA = {
    "scheduled": "予定",
    "sent": "返事待ち",
    "answered": "返事あり",
    "unanswered": "未応答",
    "skipped": "送らず",
    "cancelled": "取り消し",
}
ANSWER_JA = {"fine": "元気です", "trouble": "少し困っています", "talk": "話したい", "text": "文章で返事"}
UNIT_JA = {"days": "日", "weeks": "週間"}


def _quiet() -> Any:
    from bot.city import load_city

    return load_city(current_app.config.get("TSUNAGU_CITY")).quiet_hours


def _plan_or_404(s: Session, plan_id: int) -> CheckInPlan:
    plan = s.get(CheckInPlan, plan_id)
    if plan is None:
        abort(404)
    return plan


def cadence_text(plan: CheckInPlan) -> str:
    if plan.every is None:
        return "1回だけ"
    parts = [f"{plan.every}{UNIT_JA.get(plan.unit, plan.unit)}ごと"]
    if plan.until is not None:
        parts.append(f"{plan.until:%Y/%m/%d}まで")
    if plan.max_count is not None:
        parts.append(f"{plan.max_count}回まで")
    return "・".join(parts)


@bp.app_context_processor
def _names() -> dict[str, Any]:
    return {
        "checkin_plan_status": PLAN_STATUS_JA,
        "checkin_paused": PAUSED_JA,
        "checkin_status": CHECKIN_STATUS_JA,
        "checkin_answer": ANSWER_JA,
        "checkin_cadence": cadence_text,
    }


def _template_choices() -> list[tuple[str, str]]:
    out = []
    for key in actions.templates():
        label_key = f"checkins.template_names.{key}"
        out.append((key, wording.text(label_key) if wording.has(label_key) else key))
    return out


@bp.get("/console/checkins")
@staff_page("checkins")
def plans() -> Any:
    """Overview: 未応答 alerts first, then what goes out next, recent answers, and every live plan."""
    s = db()
    now = utcnow()
    alerts = list(
        s.scalars(select(CheckInPlan).where(CheckInPlan.alert_at.is_not(None)).order_by(CheckInPlan.alert_at))
    )
    upcoming = list(
        s.scalars(
            select(CheckIn)
            .join(CheckInPlan, CheckInPlan.id == CheckIn.plan_id)
            .where(CheckIn.status == "scheduled", CheckInPlan.status == "active")
            .order_by(CheckIn.due_at, CheckIn.id)
            .limit(50)
        )
    )
    answers = list(
        s.scalars(
            select(CheckIn)
            .where(CheckIn.status == "answered")
            .order_by(CheckIn.answered_at.desc(), CheckIn.id.desc())
            .limit(50)
        )
    )
    live = list(
        s.scalars(
            select(CheckInPlan)
            .where(CheckInPlan.status.in_(("active", "paused")))
            .order_by(CheckInPlan.created_at.desc(), CheckInPlan.id.desc())
            .limit(200)
        )
    )
    audit(s, current_user, "checkin_view", None, {"page": "overview"}, ip=client_ip())
    s.commit()
    return render_template(
        "console/checkins.html",
        alerts=alerts,
        upcoming=upcoming,
        answers=answers,
        live=live,
        templates=_template_choices(),
        today=now.astimezone(schedule.TOKYO).date().isoformat(),
        form=request.args,
    )


@bp.get("/console/checkins/plans/<int:plan_id>")
@staff_page("checkins")
def plan_page(plan_id: int) -> Any:
    s = db()
    plan = _plan_or_404(s, plan_id)
    rows = list(s.scalars(select(CheckIn).where(CheckIn.plan_id == plan.id).order_by(CheckIn.seq.desc())))
    next_sends = actions.next_sends(s, plan, _quiet(), limit=5)
    audit(s, current_user, "checkin_view", plan.ticket_id, {"plan": plan.id}, ip=client_ip())
    s.commit()
    return render_template(
        "console/checkins_plan.html",
        plan=plan,
        rows=rows,
        next_sends=next_sends,
        templates=dict(_template_choices()),
    )


def _parse_spec(form: Any) -> actions.PlanSpec:
    """The plan form → a PlanSpec; times are entered in Asia/Tokyo and stored in UTC."""
    try:
        first_at = datetime.combine(
            date.fromisoformat(form.get("first_date", "")),
            time.fromisoformat(form.get("first_time", "")),
            tzinfo=schedule.TOKYO,
        )
    except ValueError as exc:
        raise actions.PlanError("最初に送る日と時刻を入れてください。") from exc
    kind = form.get("kind", "once")
    every = until = count = None
    unit = "days"
    if kind == "repeat":
        try:
            every = int(form.get("every", ""))
        except ValueError as exc:
            raise actions.PlanError("何日（何週間）ごとかを 数字で入れてください。") from exc
        unit = form.get("unit", "days")
        if unit not in schedule.UNITS or not 1 <= every <= 365:
            raise actions.PlanError("くり返しの間隔は 1〜365 の数字で入れてください。")
        if form.get("until"):
            try:
                until = date.fromisoformat(form["until"])
            except ValueError as exc:
                raise actions.PlanError("終わりの日が 正しくありません。") from exc
        if form.get("count"):
            if not form["count"].isdigit() or not 1 <= int(form["count"]) <= 500:
                raise actions.PlanError("回数は 1〜500 の数字で入れてください。")
            count = int(form["count"])
        if until is None and count is None:
            raise actions.PlanError("くり返す予定には、終わりの日か回数を入れてください。")
    elif kind != "once":
        raise actions.PlanError("予定の種類を選んでください。")
    return actions.PlanSpec(
        first_at=first_at,
        every=every,
        unit=unit,
        until=until,
        max_count=count,
        template=form.get("template", "default"),
    )


def _resident_for(s: Session, form: Any) -> tuple[Resident, int | None]:
    """The resident named by a case number (TS-XXXX-XXXX) or a ticket number."""
    ticket_ref = (form.get("ticket") or "").strip().lstrip("#")
    case = (form.get("case_number") or "").strip().upper()
    if ticket_ref:
        if not ticket_ref.isdigit():
            raise actions.PlanError("相談番号は 数字で入れてください。")
        try:
            # The same rule as the ticket page: a plan for a case is made by someone who may see the case.
            ticket = access.ticket_for(s, current_user, int(ticket_ref), "view")
        except access.Denied as exc:
            raise actions.PlanError("その相談番号は ないか、見る権限が ありません。") from exc
        resident = s.get(Resident, ticket.resident_id)
        assert resident is not None
        return resident, ticket.id
    if case:
        resident = s.scalar(select(Resident).where(Resident.case_number == case))
        if resident is None:
            raise actions.PlanError("そのケース番号は ありません。")
        return resident, None
    raise actions.PlanError("ケース番号か 相談番号を入れてください。")


@bp.post("/console/checkins/plans")
@staff_page("checkins")
def create() -> Any:
    s = db()
    try:
        resident, ticket_id = _resident_for(s, request.form)
        if not resident.following:
            raise actions.PlanError("この方は LINE でブロックしています。見守りは送れません。")
        spec = _parse_spec(request.form)
        plan = actions.create_plan(
            s, current_user, resident, spec, quiet=_quiet(), ticket_id=ticket_id, ip=client_ip()
        )
    except actions.PlanError as exc:
        s.rollback()
        flash(str(exc))
        return redirect(url_for(".plans", **_keep(request.form)), code=303)
    s.commit()
    flash("見守りの予定を作りました。")
    return redirect(url_for(".plan_page", plan_id=plan.id), code=303)


def _keep(form: Any) -> dict[str, str]:
    """Form values to show again after an error (no free text from residents is involved)."""
    keys = ("case_number", "ticket", "first_date", "first_time", "kind", "every", "unit", "until", "count")
    return {k: form[k] for k in keys if form.get(k)}


def _change(plan_id: int, change: str) -> Any:
    s = db()
    plan = _plan_or_404(s, plan_id)
    try:
        if change == "pause":
            actions.pause_plan(s, plan, current_user, ip=client_ip())
            done = "一時停止しました。"
        elif change == "resume":
            actions.resume_plan(s, plan, current_user, quiet=_quiet(), ip=client_ip())
            done = "再開しました。"
        elif change == "cancel":
            actions.cancel_plan(s, plan, current_user, ip=client_ip())
            done = "取り消しました。"
        else:
            actions.acknowledge_alert(s, plan, current_user, ip=client_ip())
            done = "未応答の知らせを 対応済みにしました。"
    except actions.PlanError as exc:
        s.rollback()
        flash(str(exc))
    else:
        s.commit()
        flash(done)
    back = request.form.get("back")
    if back == "overview":
        return redirect(url_for(".plans"), code=303)
    return redirect(url_for(".plan_page", plan_id=plan_id), code=303)


@bp.post("/console/checkins/plans/<int:plan_id>/pause")
@staff_page("checkins")
def pause(plan_id: int) -> Any:
    return _change(plan_id, "pause")


@bp.post("/console/checkins/plans/<int:plan_id>/resume")
@staff_page("checkins")
def resume(plan_id: int) -> Any:
    return _change(plan_id, "resume")


@bp.post("/console/checkins/plans/<int:plan_id>/cancel")
@staff_page("checkins")
def cancel(plan_id: int) -> Any:
    return _change(plan_id, "cancel")


@bp.post("/console/checkins/plans/<int:plan_id>/ack")
@staff_page("checkins")
def ack(plan_id: int) -> Any:
    return _change(plan_id, "ack")
