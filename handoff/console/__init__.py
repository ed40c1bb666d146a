"""The counselor console (相談員コンソール): a Flask blueprint `bp` mounted at `/console`.

What lives here: the blueprint and its per-request plumbing — the database session of the request, the
logged-in staff member (Flask-Login), the idle timeout, CSRF on every POST, the navigation other parts can
add pages to, and `staff_page`, the decorator every console view uses. Views are in `views.py` and
`auth.py`; who may see what is decided by `handoff.access` alone.

Adding a page from another part (check-ins does this):

    from handoff.console import add_nav, guard, staff_page
    from handoff import access
    my_bp.before_request(guard)                                   # CSRF on POSTs + idle timeout
    access.register_page("checkins", {"coordinator", "admin"})
    add_nav("checkins", "見守り予定", "checkins_console.plans")   # page name, label, endpoint
    @my_bp.get("/console/checkins")
    @staff_page("checkins")
    def plans(): ...            # g.db is the session, current_user the StaffUser; extend console/base.html
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from flask import Blueprint, Flask, abort, current_app, flash, g, redirect, request, session, url_for
from flask_login import LoginManager, current_user, logout_user
from flask_wtf.csrf import CSRFError, generate_csrf, validate_csrf
from sqlalchemy.orm import Session, sessionmaker
from wtforms import ValidationError

from bot.db import make_engine, make_sessionmaker, utcnow
from handoff import access
from handoff.models import StaffUser

TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates"

bp = Blueprint("console", __name__, url_prefix="/console", template_folder=str(TEMPLATES))

# Defaults a deployment may override in the app config or the environment (same names).
DEFAULTS: dict[str, Any] = {
    "TSUNAGU_CONSOLE_IDLE_MINUTES": 30,  # log out after this long without a request
    "TSUNAGU_LOGIN_MAX_FAILURES": 5,  # per user name within the window
    "TSUNAGU_LOGIN_MAX_FAILURES_IP": 20,  # per address within the window
    "TSUNAGU_LOGIN_WINDOW_MINUTES": 15,
    "TSUNAGU_CONSOLE_POLL_SECONDS": 3,
}


@dataclass(frozen=True)
class NavItem:
    page: str
    label: str
    endpoint: str


NAV: list[NavItem] = [
    NavItem("mine", "相談一覧", "console.index"),
    NavItem("report", "集計", "console.report"),
    NavItem("audit", "監査ログ", "console.audit_log"),
]


def add_nav(page: str, label: str, endpoint: str) -> None:
    """Add a link to the console's navigation, shown to the roles `access` allows on `page`."""
    if all(item.endpoint != endpoint for item in NAV):
        NAV.append(NavItem(page, label, endpoint))


def setting(name: str) -> float:
    """A console knob: the app config, else the environment, else `DEFAULTS`."""
    value = current_app.config.get(name)
    if value in (None, ""):
        value = os.environ.get(name) or DEFAULTS[name]
    return float(value)


def _session_factory(app: Flask) -> sessionmaker[Session]:
    """The app's sessionmaker (`app.extensions["tsunagu.sessionmaker"]`, set by the factory)."""
    factory = app.extensions.get("tsunagu.sessionmaker")
    if factory is None:
        # A bare app (a tool or a test) without the factory: one engine for the app's lifetime.
        factory = make_sessionmaker(make_engine(app.config["DATABASE_URL"]))
        app.extensions["tsunagu.sessionmaker"] = factory
    return factory


def db() -> Session:
    """The request's database session (closed at the end of the request; views commit what they change)."""
    if "db" not in g:
        g.db = _session_factory(current_app)()
    return g.db


login_manager = LoginManager()
login_manager.login_view = "console.login"
login_manager.login_message = "ログインしてください。"


@login_manager.user_loader
def _load_user(user_id: str) -> StaffUser | None:
    if not user_id.isdigit():
        return None
    user = db().get(StaffUser, int(user_id))
    # A disabled account is logged out at its next request, whatever its session cookie says.
    return user if user is not None and user.active else None


@bp.record_once
def _setup(state: Any) -> None:
    app: Flask = state.app
    if "login_manager" not in app.extensions and not hasattr(app, "login_manager"):
        login_manager.init_app(app)
    app.jinja_env.globals.setdefault("csrf_token", generate_csrf)
    # Console cookies: not sent on cross-site requests, HTTPS-only in production, and an absolute cap on
    # a session's life on top of the idle timeout (Flask's default would be 31 days).
    if app.config.get("SESSION_COOKIE_SAMESITE") is None:
        app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    if app.config.get("TSUNAGU_ENV") == "production":
        app.config["SESSION_COOKIE_SECURE"] = True
    if app.config.get("PERMANENT_SESSION_LIFETIME") == timedelta(days=31):
        app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(hours=12)

    @app.teardown_appcontext
    def _close_db(_exc: BaseException | None) -> None:
        s = g.pop("db", None)
        if s is not None:
            s.close()


@bp.before_request
def _guard() -> Any:
    """CSRF on every state-changing request, and the idle timeout."""
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        try:
            validate_csrf(request.form.get("csrf_token") or request.headers.get("X-CSRFToken"))
        except (CSRFError, ValidationError):
            abort(400, description="CSRF")
    if current_user.is_authenticated:
        now = utcnow()
        seen = session.get("console_seen")
        idle = timedelta(minutes=float(setting("TSUNAGU_CONSOLE_IDLE_MINUTES")))
        if seen is not None and now - datetime.fromisoformat(seen) > idle:
            logout_user()
            session.pop("console_seen", None)
            flash("しばらく操作がなかったので ログアウトしました。もう一度 ログインしてください。")
            return redirect(url_for("console.login", next=request.path))
        session["console_seen"] = now.isoformat()
    return None


# Public name for other parts' blueprints under /console (check-ins): `their_bp.before_request(guard)`.
guard = _guard

F = TypeVar("F", bound=Callable[..., Any])


def staff_page(page: str) -> Callable[[F], F]:
    """Require a logged-in, active staff member whom `access` lets open `page` (else login / 403)."""

    def decorate(view: F) -> F:
        @functools.wraps(view)
        def wrapped(*args: Any, **kwargs: Any) -> Any:
            if not current_user.is_authenticated:
                if request.path.startswith("/console/api/"):
                    abort(401)
                return login_manager.unauthorized()
            try:
                access.require_page(current_user, page)
            except access.Denied:
                abort(403)
            return view(*args, **kwargs)

        return wrapped  # type: ignore[return-value]  # functools.wraps keeps the signature

    return decorate


@bp.app_context_processor
def _nav() -> dict[str, Any]:
    user = current_user if current_user and current_user.is_authenticated else None
    items = [item for item in NAV if user is not None and access.may_open(user, item.page)]
    return {
        "console_nav": items,
        "staff": user,
        "alert_poll_ms": int(2000 * float(setting("TSUNAGU_CONSOLE_POLL_SECONDS"))),
    }


from handoff.console import auth, views  # noqa: E402,F401  (views register themselves on bp)
