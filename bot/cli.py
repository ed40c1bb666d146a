"""The `tsunagu` command line.

Subcommands live next to what they drive and are imported only when called, so that
`tsunagu classify` does not load Flask and `tsunagu serve` does not parse dictionaries twice.
Add a command by adding one line to `COMMANDS`: name → "module:attribute" of a click command or group.
"""

from __future__ import annotations

import importlib

import click

COMMANDS: dict[str, str] = {
    # name: "module:click_object"
    "serve": "bot.app:serve_command",
    "demo": "bot.simulator.demo:demo_command",
    "worker": "bot.worker:worker_command",
    "db": "bot.migrate:db_cli",
    "users": "handoff.users:users_cli",
    "classify": "intents.cli:classify_command",
    "dict": "intents.cli:dict_group",
    "model": "intents.cli:model_group",
    "console": "intents.cli:console_command",
    "city": "bot.city_cli:city",
}


class LazyGroup(click.Group):
    """A click group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        return getattr(importlib.import_module(module_name), attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
def main() -> None:
    """tsunagu (つなぐ): a chat-based consultation front door for Japanese cities."""


if __name__ == "__main__":
    main()
