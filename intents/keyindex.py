"""Many strings found at once in one text: every occurrence of every key, overlapping ones too.

A thin layer over pyahocorasick's Aho–Corasick automaton, which walks the text once in C whatever the
number of keys. The classifier holds a few thousand dictionary keys per view; looking each position up in
Python cost more than everything else a message needs.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, TypeVar

import ahocorasick

V = TypeVar("V")


class KeyIndex(Generic[V]):
    """Keys → values. Add keys, `freeze()` once, then `find(text)` from any number of threads."""

    __slots__ = ("_building", "_automaton", "keys")

    def __init__(self) -> None:
        self._building: dict[str, list[V]] = {}
        self._automaton: ahocorasick.Automaton | None = None
        self.keys = 0

    def add(self, key: str, value: V) -> None:
        if self._automaton is not None:
            raise RuntimeError("KeyIndex is frozen")
        if key:
            self._building.setdefault(key, []).append(value)

    def freeze(self) -> None:
        automaton = ahocorasick.Automaton()
        for key, values in self._building.items():
            automaton.add_word(key, (len(key), tuple(values)))
        self.keys = len(self._building)
        self._building = {}
        if self.keys:
            automaton.make_automaton()
            self._automaton = automaton

    def find(self, text: str) -> Iterator[tuple[int, int, tuple[V, ...]]]:
        """(start, end, values) of every key occurring in `text`, by end position."""
        automaton = self._automaton
        if automaton is None or not text:
            return
        for last, (length, values) in automaton.iter(text):
            yield last + 1 - length, last + 1, values

    def starts(self, text: str) -> dict[V, list[int]]:
        """Value → the start positions (ascending) of the keys carrying it, for an index whose keys each carry
        one value (a long text's thousands of occurrences cost no tuple each)."""
        automaton = self._automaton
        out: dict[V, list[int]] = {}
        if automaton is None or not text:
            return out
        get = out.get
        for last, (length, (value,)) in automaton.iter(text):
            positions = get(value)
            if positions is None:
                out[value] = [last + 1 - length]
            else:
                positions.append(last + 1 - length)
        return out

    def present(self, text: str) -> set[V]:
        """The values of every key that occurs in `text` (where it occurs is not kept)."""
        automaton = self._automaton
        if automaton is None or not text:
            return set()
        return {value for _, (_, values) in automaton.iter(text) for value in values}

    def __contains__(self, key: str) -> bool:
        automaton = self._automaton
        return automaton is not None and automaton.exists(key)


class RowIndex:
    """Distinct keys → their row numbers (0 … n-1), kept by the automaton as plain C ints.

    For the concern model's tens of thousands of n-grams: each occurrence comes out as one int, and the keys hold
    no Python object each (a KeyIndex keeps a tuple of values per key and hands each occurrence out as tuples).
    """

    __slots__ = ("_automaton",)

    def __init__(self, keys: list[str]) -> None:
        self._automaton: ahocorasick.Automaton | None = None
        if keys:
            automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
            for row, key in enumerate(keys):
                automaton.add_word(key, row)
            automaton.make_automaton()
            if len(automaton) != len(keys):  # one row per key: a repeated key would lose rows
                raise ValueError("the keys are not distinct")
            self._automaton = automaton

    def rows(self, text: str) -> list[int]:
        """The row of every occurrence of every key in `text`, by end position (a key found twice, twice)."""
        automaton = self._automaton
        if automaton is None or not text:
            return []
        return [row for _, row in automaton.iter(text)]
