"""Shared fixtures: where `../shared` is, and databases (SQLite always, PostgreSQL when configured).

The PostgreSQL leg reads `TSUNAGU_TEST_DATABASE_URL`. Each test session works in its own schema,
created here and dropped at the end, so that several runs (developers, CI) can share one database.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import Engine, text

ROOT = Path(__file__).resolve().parent.parent
# Fixtures of the fake LINE Platform and the app around it (`line_api`, `frontdoor`).
pytest_plugins = ["lineplatform"]
SHARED = ROOT.parent / "shared"
PG_URL = os.environ.get("TSUNAGU_TEST_DATABASE_URL", "")


def shared_path(*parts: str) -> Path:
    """A file of ../shared; the calling test is skipped, saying so, where it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared/{'/'.join(parts)} is absent (a user's own clone); CI always has it")
    return path


@pytest.fixture(scope="session")
def shared() -> object:
    """`shared_path` as a fixture: `from conftest import …` can pick up a sub-folder's conftest.py instead."""
    return shared_path


def pytest_report_header(config: pytest.Config) -> list[str]:
    lines = [f"shared material: {SHARED if SHARED.exists() else 'ABSENT — tests that need it skip'}"]
    if PG_URL:
        lines.append(f"PostgreSQL leg: ON ({PG_URL})")
    else:
        lines.append("PostgreSQL leg: OFF — TSUNAGU_TEST_DATABASE_URL is unset; postgres tests SKIP")
    lines.append(f"browser: {shutil.which('chromium') or 'ABSENT — browser tests skip'}")
    return lines


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not PG_URL:
        terminalreporter.write_sep(
            "!", "TSUNAGU_TEST_DATABASE_URL is unset: the PostgreSQL leg of the suite was SKIPPED", red=True
        )


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh schema private to this test session."""
    if not PG_URL:
        pytest.skip("PostgreSQL leg skipped: set TSUNAGU_TEST_DATABASE_URL (CI sets it)")
    from bot.db import make_engine, normalize_url

    schema = f"t_{os.getpid()}_{secrets.token_hex(4)}"
    admin = make_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    url = normalize_url(PG_URL) + f"{sep}options=" + quote(f"-csearch_path={schema}")
    try:
        yield url
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Each test that takes this runs twice: on a SQLite file and on PostgreSQL (when configured).

    The PostgreSQL schema is shared by the tests of a session, so the tables are dropped after each test.
    """
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'tsunagu.sqlite'}"
        return
    url = request.getfixturevalue("pg_url")
    yield url
    from bot.db import Base, make_engine

    engine = make_engine(url)
    with engine.begin() as conn:
        Base.metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    engine.dispose()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on an empty database with every tsunagu table created."""
    from bot.db import Base, make_engine

    import_all_models()
    eng = make_engine(db_url)
    Base.metadata.create_all(eng)
    yield eng
    eng.dispose()


def import_all_models() -> None:
    """Import every module that defines tables so that Base.metadata is complete."""
    import importlib

    for name in ("bot.models", "handoff.models", "handoff.checkins.models"):
        try:
            importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name and not name.startswith(str(exc.name)):
                raise
