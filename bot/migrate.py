"""Database schema management: Alembic configured from code, and the `tsunagu db` commands.

The migration scripts live in `migrations/` at the project root (revisions chained `0001_frontdoor` →
`0002_handoff` → `0003_checkins`). `upgrade(url)` is what `tsunagu db upgrade` and `tsunagu serve` run.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

import click
from alembic import command
from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
# Every module that defines tables; all share `bot.db.Base.metadata`.
MODEL_MODULES = ("bot.models", "handoff.models", "handoff.checkins.models")


def import_all_models() -> None:
    """Import every module that defines tables so that `Base.metadata` is complete.

    A part that is not installed (its package absent) is skipped; an import error inside a
    model module that exists is a real error and is raised.
    """
    for name in MODEL_MODULES:
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name is None or not name.startswith(exc.name):
                raise


def alembic_config(url: str) -> Config:
    """An Alembic configuration for `url` without any ini file."""
    from bot.db import normalize_url

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # Alembic's config is ConfigParser-based: a literal % in a URL (encoded options) must be doubled.
    cfg.set_main_option("sqlalchemy.url", normalize_url(url).replace("%", "%%"))
    return cfg


def upgrade(url: str, revision: str = "heads") -> None:
    """Bring the database at `url` to `revision` (all heads by default)."""
    command.upgrade(alembic_config(url), revision)


def database_url() -> str:
    """The DATABASE_URL the app would use (same default as `bot.config`)."""
    from bot.config import load_config

    return str(load_config(instance_path=None)["DATABASE_URL"])


@click.group("db")
def db_cli() -> None:
    """Database schema: upgrade, current revision, new revisions."""


@db_cli.command("upgrade")
@click.option("--url", default=None, help="database URL (default: DATABASE_URL or the instance SQLite file)")
@click.option("--revision", default="heads", show_default=True)
def upgrade_cmd(url: str | None, revision: str) -> None:
    """Apply every migration not yet applied."""
    url = url or database_url()
    upgrade(url, revision)
    click.echo(f"database at revision {revision}")


@db_cli.command("current")
@click.option("--url", default=None)
def current_cmd(url: str | None) -> None:
    """Show the database's current revision."""
    command.current(alembic_config(url or database_url()), verbose=False)


@db_cli.command("revision")
@click.option("-m", "--message", required=True)
@click.option("--rev-id", default=None, help="e.g. 0002_handoff")
@click.option("--url", default=None, help="database to compare against (autogenerate)")
def revision_cmd(message: str, rev_id: str | None, url: str | None) -> None:
    """Write a new revision from the difference between the models and the database."""
    command.revision(
        alembic_config(url or os.environ.get("DATABASE_URL") or database_url()),
        message=message,
        rev_id=rev_id,
        autogenerate=True,
    )
