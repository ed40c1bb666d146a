"""Cheap gates for regular expressions: which strings a match cannot do without.

A dictionary holds hundreds of patterns, and most patterns cannot match most messages. Running each one
costs microseconds (patterns that start with an optional part defeat the regex engine's own first-character
scan), so before a pattern is run we check that the message contains at least one string of a set every match
must contain. The set is derived from the parsed pattern; when no safe set can be derived the pattern
is always run.
"""

from __future__ import annotations

import functools
import re

try:  # the parser behind `re`; private, so anything unexpected means "no gate", never a wrong gate
    from re import _constants as C  # type: ignore[attr-defined]  # noqa: N812
    from re import _parser as P  # type: ignore[attr-defined]  # noqa: N812
except ImportError:  # pragma: no cover - other Pythons
    P = C = None

_MAX_RANGE = 64  # a character class wider than this is no useful gate


def required_strings(regex: re.Pattern[str]) -> frozenset[str] | None:
    """A set of strings at least one of which appears in every match of `regex`, or None."""
    sets = requirements(regex)
    return min(sets, key=_cost) if sets else None


def requirements(regex: re.Pattern[str]) -> list[frozenset[str]]:
    """Sets of strings such that every match of `regex` contains at least one string of EACH set."""
    if P is None or regex.flags & re.IGNORECASE:
        return []
    try:
        return _sequence(P.parse(regex.pattern, regex.flags))
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


@functools.cache
def _any_of(strings: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(x) for x in sorted(strings, key=len, reverse=True)))


def pieces(text: str) -> set[str]:
    """Every character and every pair of adjacent characters of `text`: what the gates look up."""
    return {text[i : i + 2] for i in range(len(text))} | set(text)


class Gate:
    """Which of many patterns are worth running on a text: those whose every requirement it meets."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self._always: list[int] = []
        self._by_piece: dict[str, list[tuple[int, str]]] = {}
        self._rest: dict[int, list[tuple[frozenset[str], re.Pattern[str] | None]]] = {}
        for i, regex in enumerate(patterns):
            needs = requirements(regex)
            if not needs:
                self._always.append(i)
                continue
            needs.sort(key=_cost)
            for s in needs[0]:  # filed under the rarest requirement; the others are checked on a hit
                self._by_piece.setdefault(s[:2], []).append((i, s))
            # Requirements of one or two characters are checked against the text's pieces (a set
            # operation); longer ones by one regex search for any of them.
            self._rest[i] = [
                (need, None) if max(map(len, need)) <= 2 else (need, _any_of(need)) for need in needs[1:4]
            ]

    def candidates(self, text: str, text_pieces: set[str]) -> set[int]:
        """Indexes of the patterns that may match `text` (`text_pieces` = pieces(text))."""
        out = set(self._always)
        rejected: set[int] = set()
        by_piece = self._by_piece
        if len(by_piece) < len(text_pieces):
            keys = [k for k in by_piece if k in text_pieces]
        else:
            keys = [k for k in text_pieces if k in by_piece]
        for key in keys:
            for i, s in by_piece[key]:
                if i in out or i in rejected:
                    continue
                if len(s) > 2 and s not in text:
                    continue
                for need, regex in self._rest[i]:
                    if need.isdisjoint(text_pieces) if regex is None else regex.search(text) is None:
                        rejected.add(i)
                        break
                else:
                    out.add(i)
        return out
