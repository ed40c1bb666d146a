"""Cheap gates for regular expressions: which strings a match cannot do without.

A dictionary holds hundreds of patterns, and most patterns cannot match most messages. Running each one
costs microseconds (patterns that start with an optional part defeat the regex engine's own first-character
scan), so before a pattern is run we check that the message contains at least one string of a set every match
must contain. The set is derived from the parsed pattern; when no safe set can be derived the pattern
is always run.
"""

from __future__ import annotations

import re
from typing import Any

try:  # the parser behind `re`; private, so anything unexpected means "no gate", never a wrong gate
    from re import _constants as C  # type: ignore[attr-defined]  # noqa: N812
    from re import _parser as P  # type: ignore[attr-defined]  # noqa: N812
except ImportError:  # pragma: no cover - other Pythons
    P = C = None

_MAX_RANGE = 64  # a character class wider than this is no useful gate


def required_strings(regex: Any) -> frozenset[str] | None:
    """A set of strings at least one of which appears in every match of `regex`, or None."""
    sets = requirements(regex)
    return min(sets, key=_cost) if sets else None


def requirements(regex: Any) -> list[frozenset[str]]:
    """Sets of strings such that every match of `regex` contains at least one string of EACH set.

    `regex` is a compiled pattern or anything with `.pattern` and `.flags` (and optionally its parse
    `.tree`, which then is not parsed again).
    """
    if P is None or regex.flags & re.IGNORECASE:
        return []
    try:
        tree = getattr(regex, "tree", None) or P.parse(regex.pattern, regex.flags)
        if tree.state.flags & re.IGNORECASE:
            return []
        return _sequence(tree)
    except Exception:  # noqa: BLE001 - analysis is an optimisation; failing it only costs speed
        return []


def _cost(strings: frozenset[str]) -> float:
    """How likely one of `strings` is to be present anyway: short hiragana is everywhere, kanji words are not."""
    total = 0.0
    for s in strings:
        c = s[0]
        base = 6 if "\u3041" <= c <= "\u309f" else 1 if "\u4e00" <= c <= "\u9fff" else 3
        total += base / len(s)
    return total


def _sequence(items) -> list[frozenset[str]]:
    """Everything a sequence needs: each literal run, and what each mandatory element needs."""
    needs: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is C.LITERAL:
            run += chr(av)
            continue
        if run:
            needs.append(frozenset([run]))
            run = ""
        needs += _element(op, av)
    if run:
        needs.append(frozenset([run]))
    return needs


def _element(op, av) -> list[frozenset[str]]:
    if op is C.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is C.LITERAL:
                chars.add(chr(value))
            elif kind is C.RANGE and value[1] - value[0] < _MAX_RANGE:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:  # NEGATE, CATEGORY, wide ranges
                return []
        return [frozenset(chars)] if chars else []
    if op is C.SUBPATTERN:
        if av[1] & re.IGNORECASE:  # (?i:...) matches other cases than the literal
            return []
        return _sequence(av[-1])
    if op is C.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            needs = _sequence(alternative)
            if not needs:
                return []
            union |= min(needs, key=_cost)
        return [frozenset(union)]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
        low, _high, sub = av
        return _sequence(sub) if low >= 1 else []
    return []  # ANY, AT, assertions, group references: nothing required


def pieces(text: str) -> set[str]:
    """Every character and every pair of adjacent characters of `text`: what the gates look up."""
    return {text[i : i + 2] for i in range(len(text))} | set(text)


class Gate:
    """Which of many patterns are worth running on a text: those whose requirements it meets.

    Each pattern's (up to) three rarest requirements are filed by their first two characters. For a text,
    the patterns whose first, second and third requirements may be met are each an OR of bitmasks over
    the text's pieces, and the candidates are their AND: a few big-integer operations per piece of the
    text instead of a Python loop per pattern. A longer required string counts as met when its first two
    characters occur, so the gate may let through a pattern that then fails, never the other way round.
    """

    LEVELS = 3

    def __init__(self, patterns: list[Any]) -> None:
        self.size = len(patterns)
        self._always = [0] * self.LEVELS
        self._by_piece: list[dict[str, int]] = [{} for _ in range(self.LEVELS)]
        for i, regex in enumerate(patterns):
            bit = 1 << i
            needs = sorted(requirements(regex), key=_cost)
            for level in range(self.LEVELS):
                if level >= len(needs):
                    self._always[level] |= bit
                    continue
                index = self._by_piece[level]
                for string in needs[level]:
                    key = string[:2]
                    index[key] = index.get(key, 0) | bit

    def candidates(self, text: str, text_pieces: set[str]) -> list[int]:
        """Indexes (ascending) of the patterns that may match `text` (`text_pieces` = pieces(text))."""
        mask = -1
        for level in range(self.LEVELS):
            index = self._by_piece[level]
            met = self._always[level]
            for key in index.keys() & text_pieces:
                met |= index[key]
            mask &= met
            if not mask:
                return []
        out = []
        while mask:
            low = mask & -mask
            out.append(low.bit_length() - 1)
            mask ^= low
        return out
