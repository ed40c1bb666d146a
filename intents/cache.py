"""The compiled engine kept on disk, so that a new process starts without compiling the dictionaries again.

Compiling ~2,700 regular expressions, ~12,000 readings and the match automatons takes 1–2 s; unpickling the
result takes ~0.3 s. Every web process and worker starts this way, so the saving is paid back at each deploy
and restart.

A cache file is used only when it was made from exactly the same inputs: its name is a digest of every
dictionary file, the source of this package, and the versions of Python, SudachiPy (readings come from its
dictionary) and pyahocorasick. Anything else — a missing, stale, truncated or unreadable file — means the
engine is built from the dictionaries as without a cache, and the file is written again.

Where: `TSUNAGU_CACHE_DIR`, else `$XDG_CACHE_HOME/tsunagu`, else `~/.cache/tsunagu`; `TSUNAGU_CACHE_DIR=off`
turns it off. The directory is created private (0700) and a file is loaded only if this user owns it and
nobody else can write it: unpickling runs code, so the cache is trusted exactly as far as the code itself.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import stat
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FORMAT = 1
_PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path | None:
    """The cache directory from the environment, or None when caching is off."""
    configured = os.environ.get("TSUNAGU_CACHE_DIR", "")
    if configured.lower() in ("off", "0", "no", "false"):
        return None
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "tsunagu"


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def cache_key(directory: Path) -> str:
    """Digest of everything the compiled engine depends on."""
    digest = hashlib.sha256(f"format {FORMAT}\0{sys.version}\0".encode())
    for dist in ("SudachiPy", "SudachiDict-core", "pyahocorasick", "rapidfuzz"):
        digest.update(f"{dist} {_version(dist)}\0".encode())
    for path in sorted(_PACKAGE.glob("*.py")):
        digest.update(b"src " + path.name.encode() + b"\0" + path.read_bytes())
    for path in sorted(Path(directory).glob("*.yaml")):
        digest.update(b"dict " + path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:32]


def _trusted(path: Path) -> bool:
    info = path.stat()
    owner_ok = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return owner_ok and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def engine_file(directory: Path, where: Path | None) -> Path | None:
    """Where the engine compiled from `directory` is kept in the cache directory `where` (None: no cache)."""
    return None if where is None else where / f"engine-{cache_key(directory)}.pickle"


def load(path: Path | None) -> Any | None:
    """The engine in `path`, or None (no cache, no such file, unreadable or untrusted)."""
    if path is None:
        return None
    try:
        if not path.is_file() or not _trusted(path):
            return None
        with path.open("rb") as f:
            return pickle.load(f)  # noqa: S301 - our own file, owner-only (see the module docstring)
    except Exception as exc:  # noqa: BLE001 - a bad cache file must only cost a rebuild
        log.warning("intent engine cache %s unusable, rebuilding: %s", path.name, exc)
        return None


def save(path: Path | None, engine: Any) -> Path | None:
    """Write `engine` to `path` atomically; None if caching is off or the directory is not writable.

    Other engines in the directory (older dictionaries or code) are removed: they are never loaded again.
    """
    if path is None:
        return None
    where = path.parent
    try:
        where.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".engine-", dir=where)
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(engine, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.chmod(tmp, 0o600)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        for old in where.glob("engine-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
        return path
    except Exception as exc:  # noqa: BLE001 - a read-only disk must not stop the classifier
        log.warning("intent engine cache not written to %s: %s", where, exc)
        return None
