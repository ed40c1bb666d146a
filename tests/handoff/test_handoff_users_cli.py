"""`tsunagu users`: accounts are created, listed (never with a password), disabled and re-enabled."""

from __future__ import annotations

from click.testing import CliRunner
from sqlalchemy import select

from bot.cli import main
from bot.db import make_sessionmaker
from handoff.models import StaffUser


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def test_users_add_list_disable_enable(engine, db_url):
    ok = run(
        "users",
        "add",
        "aoki",
        "--role",
        "counselor",
        "--name",
        "青木",
        "--password",
        "correct horse 42",
        "--url",
        db_url,
    )
    assert ok.exit_code == 0, ok.output
    again = run("users", "add", "aoki", "--role", "admin", "--password", "correct horse 42", "--url", db_url)
    assert again.exit_code != 0 and "exists" in again.output
    short = run("users", "add", "baba", "--role", "counselor", "--password", "short", "--url", db_url)
    assert short.exit_code != 0 and "12 characters" in short.output
    bad_role = run(
        "users", "add", "chiba", "--role", "root", "--password", "correct horse 42", "--url", db_url
    )
    assert bad_role.exit_code != 0
    # The password may also be typed at the prompt (twice), never echoed.
    prompted = run(
        "users",
        "add",
        "dan",
        "--role",
        "coordinator",
        "--url",
        db_url,
        input="long enough pw!\nlong enough pw!\n",
    )
    assert prompted.exit_code == 0, prompted.output
    assert "long enough pw!" not in prompted.output

    assert run("users", "disable", "aoki", "--url", db_url).exit_code == 0
    listing = run("users", "list", "--url", db_url).output
    assert "aoki\tcounselor\tdisabled\t青木" in listing and "dan\tcoordinator\tactive" in listing
    assert "scrypt" not in listing and "pbkdf2" not in listing
    with make_sessionmaker(engine)() as s:
        aoki = s.scalar(select(StaffUser).where(StaffUser.username == "aoki"))
        assert not aoki.active and aoki.check_password("correct horse 42")
        assert aoki.password_hash != "correct horse 42"
    assert run("users", "enable", "aoki", "--url", db_url).exit_code == 0
    assert run("users", "disable", "nobody", "--url", db_url).exit_code != 0
