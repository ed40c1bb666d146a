"""Console login and logout, with a login rate limit kept in the database (shared by every web process)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from flask import flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_user, logout_user
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.db import utcnow
from handoff.actions import audit
from handoff.console import bp, db, setting
from handoff.models import LoginAttempt, StaffUser


def client_ip() -> str:
    # Behind a proxy the app factory applies ProxyFix, so remote_addr is already the client's address.
    return (request.remote_addr or "unknown")[:64]


def too_many_failures(session: Session, username: str, ip: str) -> bool:
    """Whether recent failed attempts for this name or from this address exceed the limits."""
    since = utcnow() - timedelta(minutes=float(setting("TSUNAGU_LOGIN_WINDOW_MINUTES")))
    by_name = session.scalar(
        select(func.count())
        .select_from(LoginAttempt)
        .where(LoginAttempt.username == username, LoginAttempt.ok.is_(False), LoginAttempt.at >= since)
    )
    by_ip = session.scalar(
        select(func.count())
        .select_from(LoginAttempt)
        .where(LoginAttempt.ip == ip, LoginAttempt.ok.is_(False), LoginAttempt.at >= since)
    )
    return (by_name or 0) >= int(setting("TSUNAGU_LOGIN_MAX_FAILURES")) or (by_ip or 0) >= int(
        setting("TSUNAGU_LOGIN_MAX_FAILURES_IP")
    )


def _safe_next(target: str | None) -> str:
    """Only a path inside the console; anything else (another host, //evil) goes to the queue."""
    if target and target.startswith("/console") and not urlsplit(target).netloc and "//" not in target:
        return target
    return url_for("console.index")


@bp.route("/login", methods=["GET", "POST"])
def login() -> Any:
    """Log in with a user name and password."""
    if current_user.is_authenticated:
        return redirect(url_for("console.index"))
    if request.method == "GET":
        return render_template("console/login.html", next=request.args.get("next", ""))
    s = db()
    username = (request.form.get("username") or "").strip()[:64]
    password = request.form.get("password") or ""
    ip = client_ip()
    if too_many_failures(s, username, ip):
        flash("ログインの失敗が 続いたため、しばらく ログインできません。時間を おいて ください。")
        return render_template("console/login.html", next=request.form.get("next", "")), 429
    user = s.scalar(select(StaffUser).where(StaffUser.username == username))
    ok = user is not None and user.active and user.check_password(password)
    s.add(LoginAttempt(username=username, ip=ip, ok=ok))
    if not ok:
        s.commit()
        flash("ユーザー名か パスワードが ちがいます。")
        return render_template("console/login.html", next=request.form.get("next", "")), 401
    assert user is not None
    user.last_login_at = utcnow()
    audit(s, user, "login", ip=ip)
    s.commit()
    session.clear()  # a fresh session on login: no fixation of a cookie set before
    session.permanent = True
    login_user(user)
    session["console_seen"] = utcnow().isoformat()
    return redirect(_safe_next(request.form.get("next")))


@bp.post("/logout")
def logout() -> Any:
    """Log out (a POST with the CSRF token, so another site cannot log a counselor out)."""
    if current_user.is_authenticated:
        s = db()
        audit(s, current_user, "logout", ip=client_ip())
        s.commit()
    logout_user()
    session.clear()
    return redirect(url_for("console.login"))
