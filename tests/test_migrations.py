"""The Alembic migrations build exactly the schema the models describe, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from bot.db import Base, make_engine
from bot.migrate import alembic_config, import_all_models, upgrade


def _schema_diff(url: str) -> list[object]:
    import_all_models()
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            return list(compare_metadata(ctx, Base.metadata))
    finally:
        engine.dispose()


def test_migrated_schema_matches_every_model(db_url: str) -> None:
    upgrade(db_url)
    diff = _schema_diff(db_url)
    assert diff == [], (
        "migrations and models differ (add a revision with `tsunagu db revision`):\n"
        + "\n".join(map(str, diff))
    )


def test_upgrade_is_repeatable_and_reaches_the_single_head(db_url: str) -> None:
    upgrade(db_url)
    upgrade(db_url)  # a second `tsunagu db upgrade` (every `serve` start) changes nothing
    script = ScriptDirectory.from_config(alembic_config(db_url))
    heads = script.get_heads()
    assert len(heads) == 1, f"revisions must form one chain, found heads {heads}"
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_heads() == tuple(heads)
            tables = set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
    assert {"residents", "messages", "inbound_events", "outbound_sends"} <= tables


def test_revisions_chain_from_the_front_door() -> None:
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    chain = [rev.revision for rev in script.walk_revisions()][::-1]
    assert chain[0] == "0001_frontdoor"
    for later in ("0002_handoff", "0003_checkins"):
        if later in chain:
            assert chain.index(later) > chain.index("0001_frontdoor")
