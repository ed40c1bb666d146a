"""`tsunagu users`: add, disable, enable, list console accounts and set passwords (from the command line)."""

from __future__ import annotations

import click
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, sessionmaker

from bot.db import make_engine, make_sessionmaker, session_scope
from bot.migrate import database_url
from handoff.models import ROLES, StaffUser

MIN_PASSWORD = 12


def _sessions(url: str | None) -> tuple[sessionmaker[Session], Engine]:
    engine = make_engine(url or database_url())
    return make_sessionmaker(engine), engine


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise click.BadParameter(f"use at least {MIN_PASSWORD} characters", param_hint="password")


@click.group("users")
def users_cli() -> None:
    """Console accounts (counselor, coordinator, admin)."""


@users_cli.command("add")
@click.argument("username")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option(
    "--name", "display_name", default=None, help="name shown in the console (default: the user name)"
)
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
@click.option("--url", default=None, help="database URL (default: DATABASE_URL)")
def add_cmd(username: str, role: str, display_name: str | None, password: str, url: str | None) -> None:
    """Create an account."""
    _check_password(password)
    factory, engine = _sessions(url)
    try:
        with session_scope(factory) as s:
            if s.scalar(select(StaffUser).where(StaffUser.username == username)) is not None:
                raise click.ClickException(f"user {username!r} exists")
            user = StaffUser(username=username, display_name=display_name or username, role=role)
            user.set_password(password)
            s.add(user)
    finally:
        engine.dispose()
    click.echo(f"added {username} ({role})")


def _set_active(username: str, active: bool, url: str | None) -> None:
    factory, engine = _sessions(url)
    try:
        with session_scope(factory) as s:
            user = s.scalar(select(StaffUser).where(StaffUser.username == username))
            if user is None:
                raise click.ClickException(f"no user {username!r}")
            user.active = active
    finally:
        engine.dispose()


@users_cli.command("disable")
@click.argument("username")
@click.option("--url", default=None)
def disable_cmd(username: str, url: str | None) -> None:
    """Disable an account (its open sessions end at their next request; its records stay)."""
    _set_active(username, False, url)
    click.echo(f"disabled {username}")


@users_cli.command("enable")
@click.argument("username")
@click.option("--url", default=None)
def enable_cmd(username: str, url: str | None) -> None:
    """Enable a disabled account again."""
    _set_active(username, True, url)
    click.echo(f"enabled {username}")


@users_cli.command("password")
@click.argument("username")
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
@click.option("--url", default=None)
def password_cmd(username: str, password: str, url: str | None) -> None:
    """Set a new password."""
    _check_password(password)
    factory, engine = _sessions(url)
    try:
        with session_scope(factory) as s:
            user = s.scalar(select(StaffUser).where(StaffUser.username == username))
            if user is None:
                raise click.ClickException(f"no user {username!r}")
            user.set_password(password)
    finally:
        engine.dispose()
    click.echo(f"password set for {username}")


@users_cli.command("list")
@click.option("--url", default=None)
def list_cmd(url: str | None) -> None:
    """List accounts (never passwords)."""
    factory, engine = _sessions(url)
    try:
        with session_scope(factory) as s:
            for u in s.scalars(select(StaffUser).order_by(StaffUser.username)):
                state = "active" if u.active else "disabled"
                click.echo(f"{u.username}\t{u.role}\t{state}\t{u.display_name}")
    finally:
        engine.dispose()
