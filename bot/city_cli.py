"""`tsunagu city`: list the city packs and check one (`tsunagu city check NAME`).

Kept apart from `bot/city.py` so that the pack reader stays free of command-line concerns.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import click

from bot.city import CityPackError, check_city, list_cities, load_city

_ROOT = click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="folder holding the packs (default: cities/ of the project, or TSUNAGU_CITIES_DIR)",
)


@click.group("city")
def city() -> None:
    """City packs (cities/<name>/): windows, resources, areas, crisis lines, routing, hours."""


@city.command("list")
@_ROOT
def list_command(root: Path | None) -> None:
    """List the packs with what they hold and how much of it is sample data."""
    names = list_cities(root)
    if not names:
        raise click.ClickException(f"no city packs under {root or 'cities/'}")
    for name in names:
        try:
            pack = load_city(name, root)
        except CityPackError as exc:
            click.echo(f"{name:<10} BROKEN ({len(exc.problems)} problems): run `tsunagu city check {name}`")
            continue
        places = [*pack.windows, *pack.resources]
        sample = sum(not p.verified for p in places)
        click.echo(
            f"{name:<10} {pack.city_name}({pack.prefecture})  {len(pack.areas)} areas, "
            f"{len(pack.towns)} towns, {len(pack.windows)} windows, {len(pack.resources)} resources, "
            f"{len(pack.lines)} crisis lines; {sample}/{len(places)} entries are sample data"
        )


@city.command("check")
@click.argument("name")
@_ROOT
def check_command(name: str, root: Path | None) -> None:
    """Check a pack; print every problem and exit 1 when there is any."""
    # The holiday list must reach ahead of the city's own today, hence Asia/Tokyo here.
    today = datetime.now(ZoneInfo("Asia/Tokyo")).date()
    problems = check_city(name, root, today=today)
    if problems:
        click.echo(f"{name}: {len(problems)} problem(s)", err=True)
        for p in problems:
            click.echo(f"  - {p}", err=True)
        raise SystemExit(1)
    pack = load_city(name, root)
    places = [*pack.windows, *pack.resources]
    sample = [p.name for p in places if not p.verified]
    click.echo(f"{name}: OK — {pack.city_name}, {len(pack.windows)} windows, {len(pack.resources)} resources")
    if sample:
        click.echo(f"  {len(sample)} entries are sample data, shown as (サンプル): {', '.join(sample)}")
