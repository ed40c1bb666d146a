"""The dev set is for measuring, not for copying: no dictionary entry, example or test message may
reproduce a dev line or a distinctive run of one; nor a line of the project's own eval sets (eval/). A classifier that knows the dev lines looks good on
them and fails residents who say the same thing differently (the held-out set that judges it).
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterator
from difflib import SequenceMatcher
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, shared_path

# A shared run of MIN_RUN characters or more is a copy rather than common wording when it covers half of
# the dev line, three quarters of the project's string, or is LONG_RUN characters on its own.
# (Official terms such as 精神障害者保健福祉手帳 and set phrases such as よろしくお願いします are shorter.)
MIN_RUN = 12
LONG_RUN = 16


def _strings(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def _project_texts() -> Iterator[tuple[str, str]]:
    for path in sorted((ROOT / "intents" / "dictionaries").glob("*.yaml")):
        for s in _strings(yaml.safe_load(path.read_text(encoding="utf-8"))):
            yield path.relative_to(ROOT).as_posix(), s
    for path in sorted((ROOT / "tests").rglob("*.py")):
        if path.name == Path(__file__).name:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield path.relative_to(ROOT).as_posix(), node.value


def _has_japanese(s: str) -> bool:
    return any("\u3040" <= ch <= "\u30ff" or "\u4e00" <= ch <= "\u9fff" for ch in s)


def find_copies(dev_lines: list[str], texts: list[tuple[str, str]]) -> list[str]:
    grams: dict[str, set[int]] = {}
    for i, line in enumerate(dev_lines):
        for k in range(len(line) - MIN_RUN + 1):
            grams.setdefault(line[k : k + MIN_RUN], set()).add(i)
    found = []
    for where, s in texts:
        if len(s) < MIN_RUN or not _has_japanese(s):
            continue
        candidates: set[int] = set()
        for k in range(len(s) - MIN_RUN + 1):
            candidates |= grams.get(s[k : k + MIN_RUN], set())
        for i in candidates:
            d = dev_lines[i]
            m = SequenceMatcher(None, s, d, autojunk=False).find_longest_match(0, len(s), 0, len(d))
            if m.size >= MIN_RUN and (
                m.size >= LONG_RUN or m.size >= 0.5 * len(d) or m.size >= 0.75 * len(s)
            ):
                found.append(f"{where}: {s!r} copies dev line {d!r}")
    return found


def test_find_copies_catches_a_copy_and_spares_common_wording() -> None:
    dev = ["母が同じことを何回も聞いてくるし、昨日は鍋を焦がしていました"]
    assert find_copies(dev, [("x", "同じことを何回も聞いてくるし、昨日は鍋を")])
    assert not find_copies(dev, [("x", "父が同じ話を何度もする。ガスの火を消し忘れる")])
    assert not find_copies(
        ["精神障害者保健福祉手帳の更新はどこでできますか"], [("x", "精神障害者保健福祉手帳")]
    )


def _lines(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_no_dev_line_is_copied_into_dictionaries_or_tests() -> None:
    copies = find_copies(_lines(shared_path("eval", "dev.jsonl")), list(_project_texts()))
    assert not copies, "dev-set text copied into the project:\n" + "\n".join(copies)


# Project strings written before an eval set existed that happen to share wording with one of its lines
# (independent writers converge on stock phrases such as 母が同じことを何回も聞いてくる): `set<TAB>string`.
KNOWN_OVERLAPS = Path(__file__).resolve().parent / "fixtures" / "eval_overlaps.tsv"


def _known_overlaps() -> set[tuple[str, str]]:
    rows = KNOWN_OVERLAPS.read_text(encoding="utf-8").splitlines()
    return {tuple(row.split("\t", 1)) for row in rows if row and not row.startswith("#")}  # type: ignore[misc]


# eval/*.jsonl (training data after they were scored) and eval/held/*.jsonl (sets kept for measuring only, never
# training data: eval/README.md)
@pytest.mark.parametrize(
    "name", sorted(p.relative_to(ROOT / "eval").as_posix() for p in (ROOT / "eval").glob("**/*.jsonl"))
)
def test_no_eval_line_is_copied_into_dictionaries_or_tests(name: str) -> None:
    """The project's own evaluation sets (eval/README.md) measure the classifier only if nobody copied them."""
    known = {text for set_name, text in _known_overlaps() if set_name == name}
    texts = [(where, s) for where, s in _project_texts() if s not in known]
    copies = find_copies(_lines(ROOT / "eval" / name), texts)
    assert not copies, f"eval/{name} text copied into the project:\n" + "\n".join(copies)
