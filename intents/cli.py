"""The classifier's `tsunagu` subcommands: `classify`, `dict check`, and the interactive `console`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .engine import Classification, Engine, default_engine

_DIR_OPTION = click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Dictionary directory (default: the package's intents/dictionaries).",
)


def _engine(directory: Path | None) -> Engine:
    return Engine.from_directory(directory) if directory is not None else default_engine()


def render(result: Classification) -> str:
    """A human-readable account of one classification."""
    lines = [f"labels: {', '.join(result.intents)}", f"risk:   {result.risk}"]
    if result.probabilities:
        likely = sorted(((p, k) for k, p in result.probabilities.items() if p >= 0.2), reverse=True)
        lines.append("model:  " + (", ".join(f"{k} {p:.2f}" for p, k in likely) or "—"))
    if result.scores:
        scored = sorted(result.scores.items(), key=lambda kv: -kv[1])
        lines.append("scores: " + ", ".join(f"{k} {v:g}" for k, v in scored))
    for e in result.evidence:
        lines.append(f"  {e.label:26s} {e.text!r:<18} ← {e.term} ({e.how}, {e.weight:g})")
    return "\n".join(lines)


@click.command("classify")
@click.argument("text", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="Print the classification as JSON.")
@_DIR_OPTION
def classify_command(text: tuple[str, ...], as_json: bool, directory: Path | None) -> None:
    """Classify TEXT (or each line of standard input) and print labels, risk and evidence."""
    engine = _engine(directory)
    messages = [" ".join(text)] if text else [line.rstrip("\n") for line in sys.stdin if line.strip()]
    for message in messages:
        result = engine.classify(message)
        if as_json:
            click.echo(json.dumps(result.to_dict(), ensure_ascii=False))
        else:
            click.echo(render(result))


@click.group("dict")
def dict_group() -> None:
    """Intent dictionaries."""


@dict_group.command("check")
@_DIR_OPTION
@click.option("--partial", is_flag=True, help="Do not require a dictionary for every label.")
def check_command(directory: Path | None, partial: bool) -> None:
    """Validate every dictionary; exit 1 when anything is wrong."""
    from .check import check_directory

    problems = check_directory(directory, require_all=not partial)
    for problem in problems:
        click.echo(f"✗ {problem}")
    if problems:
        click.echo(f"{len(problems)} problem(s)")
        raise SystemExit(1)
    click.echo("dictionaries OK")


@dict_group.command("compile")
def compile_command() -> None:
    """Compile the package dictionaries into the on-disk engine cache (intents/cache.py), so that every
    process started afterwards loads in a fraction of a second: run it when building an image or deploying."""
    import time

    from . import cache
    from .dictionary import DEFAULT_DIR
    from .engine import cached_engine

    where = cache.cache_dir()
    if where is None:
        click.echo("TSUNAGU_CACHE_DIR=off: nothing to compile into")
        raise SystemExit(1)
    started = time.perf_counter()
    cached_engine(DEFAULT_DIR, where)
    path = cache.engine_file(DEFAULT_DIR, where)
    click.echo(f"{path} ready ({time.perf_counter() - started:.2f} s)")


@click.group("model")
def model_group() -> None:
    """The learned concern model (intents/model.py)."""


@model_group.command("train")
def train_command() -> None:
    """Retrain intents/model/ from eval/*.jsonl (needs the dev dependencies)."""
    from .train import test_table_cases, train, training_files

    meta = train(training_files(), test_table_cases())
    click.echo(
        f"trained on {meta['messages']} written messages and {meta['test_cases']} test-table cases, "
        f"{meta['ngrams']} n-grams → intents/model/"
    )


@click.command("console")
@_DIR_OPTION
def console_command(directory: Path | None) -> None:
    """Type a message, see its labels, risk and evidence (empty line or Ctrl-D to quit)."""
    engine = _engine(directory)
    click.echo("tsunagu classifier console — type a message (empty line or Ctrl-D quits)")
    while True:
        try:
            message = input("> ")
        except (EOFError, KeyboardInterrupt):
            click.echo()
            return
        if not message.strip():
            return
        click.echo(render(engine.classify(message)))
