"""Every sentence a resident sees, by key, from `templates/messages/*.yaml` (文言).

Wording is data a city edits, not code: each YAML file is a nested mapping whose first level is the file's
namespace (`frontdoor.yaml` → `frontdoor:`), and a key is the dotted path to a string, e.g.
`frontdoor.welcome.intro`. Strings use `{name}` placeholders. All files are merged; a key defined twice, a
namespace that does not match its file name, or a value that is not a string is an error at load time, so a
typo in a city's edit fails `pytest` rather than a resident's chat.
"""

from __future__ import annotations

import string
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

DEFAULT_ROOT = Path(__file__).resolve().parent.parent / "templates" / "messages"

_lock = threading.Lock()
_catalog: dict[str, str] | None = None
_root: Path = DEFAULT_ROOT


class WordingError(ValueError):
    """A message file is malformed (duplicate key, wrong namespace, non-string value)."""


class _StrictLoader(yaml.SafeLoader):
    """PyYAML silently keeps the last of two equal keys; a city's copy-paste slip must fail instead."""


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise WordingError(f"line {key_node.start_mark.line + 1}: key {key!r} is defined twice")
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _flatten(prefix: str, node: Any, out: dict[str, str], origin: Path) -> None:
    if isinstance(node, Mapping):
        for k, v in node.items():
            if not isinstance(k, str) or not k or "." in k:
                raise WordingError(f"{origin}: bad key {k!r} under {prefix or '(top)'}")
            _flatten(f"{prefix}.{k}" if prefix else k, v, out, origin)
        return
    if not isinstance(node, str):
        raise WordingError(f"{origin}: {prefix} must be a string, not {type(node).__name__}")
    if prefix in out:
        raise WordingError(f"{origin}: key {prefix} is defined twice")
    out[prefix] = node.strip("\n")


def read_catalog(root: Path) -> dict[str, str]:
    """Read and merge every `*.yaml` under `root` into {dotted key: template}."""
    out: dict[str, str] = {}
    for path in sorted(root.glob("*.yaml")):
        with path.open(encoding="utf-8") as fh:
            try:
                data = yaml.load(fh, Loader=_StrictLoader) or {}  # noqa: S506 - a SafeLoader subclass
            except WordingError as exc:
                raise WordingError(f"{path}: {exc}") from None
        if not isinstance(data, Mapping):
            raise WordingError(f"{path}: the top level must be a mapping")
        for namespace in data:
            if namespace != path.stem:
                raise WordingError(f"{path}: top-level key {namespace!r} must be the file name {path.stem!r}")
        _flatten("", data, out, path)
    return out


def load(root: Path | None = None) -> None:
    """(Re)load the catalog, from `root` or the project's `templates/messages/`."""
    global _catalog, _root
    with _lock:
        _root = root or DEFAULT_ROOT
        _catalog = read_catalog(_root)


def _get_catalog() -> dict[str, str]:
    if _catalog is None:
        load(_root)
    assert _catalog is not None
    return _catalog


def has(key: str) -> bool:
    return key in _get_catalog()


def keys(prefix: str = "") -> list[str]:
    """Every key starting with `prefix` (e.g. `frontdoor.concern.`), sorted."""
    return sorted(k for k in _get_catalog() if k.startswith(prefix))


def placeholders(key: str) -> set[str]:
    """The `{name}` variables a template expects (used by tests to render every key)."""
    return {name for _, name, _, _ in string.Formatter().parse(_get_catalog()[key]) if name}


def text(key: str, **variables: object) -> str:
    """The sentence for `key`, with `{name}` placeholders filled; unknown key or missing variable → KeyError."""
    try:
        template = _get_catalog()[key]
    except KeyError:
        raise KeyError(f"no wording for {key!r} in {_root}") from None
    try:
        return template.format(**variables)
    except KeyError as exc:
        raise KeyError(f"wording {key!r} needs the variable {exc.args[0]!r}") from None
