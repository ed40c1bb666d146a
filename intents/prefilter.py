"""Running many regular expressions over one text cheaply: each only where a string it needs occurs.

A dictionary holds over a thousand patterns, and most cannot match a given message. From each parsed
pattern we derive sets of strings that every match must contain (`requirements`). The strings of the rarest
set are the pattern's *anchors*; one pass of an Aho–Corasick automaton finds every anchor of every pattern
in the text (with the strings of the next two required sets). A pattern none of whose anchors occurs is
not run, nor one that lacks every string of another of those sets. A pattern whose matches have a bounded width is run only in windows around its anchors: a
match contains an anchor occurrence and is no wider than the pattern allows, so it lies within that width of
the anchor. A 5,000-character message then costs what its few relevant sentences cost.

Windows keep the regular expression's meaning: a search from `pos` still sees the text before it (look-behind,
`^`, `\\b` use the real start), and each window reaches past the widest match by the widest look-ahead, so a
look-ahead never meets the window's end instead of the text. Patterns whose width cannot be bounded, or that
test for the end of the text, are run over the whole text.

Most patterns need neither: they begin with a finite set of strings (their *heads*: 「(死に|しに)たい」 begins
with 死にたい or しにたい; look-arounds take no text). A match can only start where a head occurs, so the
automaton's occurrences of heads are the only places such a pattern is tried, with `match` at that position:
the matches are exactly those `finditer` would give, for the cost of a few anchored attempts. A head is
tried only when an anchor starts within the pattern's widest match after it (a match contains one), which
also holds for patterns that test for the end of the text and so get no windows.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from .keyindex import KeyIndex

try:  # the parser behind `re`; private, so anything unexpected means "no gate", never a wrong gate
    from re import _constants as C  # type: ignore[attr-defined]  # noqa: N812
    from re import _parser as P  # type: ignore[attr-defined]  # noqa: N812
except ImportError:  # pragma: no cover - other Pythons
    P = C = None

_MAX_RANGE = 64  # a character class wider than this is no useful gate
# Matches wider than this are not worth windowing (and MAXREPEAT means unbounded).
_MAX_REACH = 400


def required_strings(regex: Any) -> frozenset[str] | None:
    """A set of strings at least one of which appears in every match of `regex`, or None."""
    sets = requirements(regex)
    return min(sets, key=_cost) if sets else None


def _tree(regex: Any) -> Any:
    tree = getattr(regex, "tree", None)
    return tree if tree is not None else P.parse(regex.pattern, regex.flags)


def requirements(regex: Any) -> list[frozenset[str]]:
    """Sets of strings such that every match of `regex` contains at least one string of EACH set.

    `regex` is a compiled pattern or anything with `.pattern` and `.flags` (and optionally its parse
    `.tree`, which then is not parsed again).
    """
    if P is None or regex.flags & re.IGNORECASE:
        return []
    try:
        tree = _tree(regex)
        if tree.state.flags & re.IGNORECASE:
            return []
        return _sequence(tree)
    except Exception:  # noqa: BLE001 - analysis is an optimisation; failing it only costs speed
        return []


def alternatives(regex: Any) -> list[list[frozenset[str]]]:
    """`requirements` of each top-level alternative of `regex` (a pattern that is one alternation, maybe in
    one group, is several patterns for gating: each branch is gated by its own strings, not by the union of
    every branch's weakest one). One entry, [], when nothing can be derived."""
    if P is None or regex.flags & re.IGNORECASE:
        return [[]]
    try:
        tree = _tree(regex)
        if tree.state.flags & re.IGNORECASE:
            return [[]]
        return [_sequence(items) for items in _branches(list(tree))]
    except Exception:  # noqa: BLE001 - as in requirements
        return [[]]


def _branches(items: list) -> list[list]:
    if len(items) == 1:
        op, av = items[0]
        if op is C.BRANCH:
            return [branch for alternative in av[1] for branch in _branches(list(alternative))]
        if op is C.SUBPATTERN and not av[1] & re.IGNORECASE:
            return _branches(list(av[-1]))
    return [items]


def _width(regex: Any) -> int | None:
    """The widest match of `regex` (what look-arounds read is not part of it); None when it cannot be told."""
    if P is None:
        return None
    try:
        return _tree(regex).getwidth()[1]
    except Exception:  # noqa: BLE001 - as above: no bound, the whole text
        return None


def reach(regex: Any) -> int | None:
    """How far a match can extend from any of its characters, look-ahead included; None when unbounded.

    A pattern testing for the end of the text (`$`, `\\Z`) gets None: a window's end would pass for it.
    """
    width = _width(regex)
    if width is None:
        return None
    try:
        ahead = _lookahead(_tree(regex))
    except Exception:  # noqa: BLE001 - as above: no window, the whole text
        return None
    if ahead is None or width + ahead > _MAX_REACH:
        return None
    return width + ahead


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
        try:  # a category (\d, \s) lists hundreds of characters: no use as a required string
            chars = _class_chars(av, categories=False)
        except _Unlisted:
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


_ENDS = ("AT_END", "AT_END_LINE", "AT_END_STRING")


def _lookahead(items) -> int | None:
    """The widest look-ahead anywhere in `items` (0 if none); None if unbounded or testing the text's end."""
    worst = 0
    for op, av in items:
        subs: list[Any] = []
        if op is C.AT:
            if str(av) in _ENDS:
                return None
        elif op in (C.ASSERT, C.ASSERT_NOT):
            direction, sub = av
            inner = _lookahead(sub)
            if inner is None:
                return None
            if direction == 1:  # look-ahead: it reads past the match
                width = sub.getwidth()[1]
                if width > _MAX_REACH:
                    return None
                worst = max(worst, width + inner)
            else:
                worst = max(worst, inner)
        elif op is C.SUBPATTERN:
            subs = [av[-1]]
        elif op is C.BRANCH:
            subs = list(av[1])
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            subs = [av[2]]
        elif op is C.GROUPREF_EXISTS:
            subs = [s for s in av[1:] if s is not None]
        elif op is getattr(C, "ATOMIC_GROUP", None):
            subs = [av]
        for sub in subs:
            inner = _lookahead(sub)
            if inner is None:
                return None
            worst = max(worst, inner)
    return worst


# A pattern's heads are listed only while they stay few; a head this short in hiragana (or one punctuation
# mark, one Latin letter) occurs everywhere and is extended by the next element when it can be.
_MAX_HEADS = 1000
_STRONG_SINGLE = ("\u4e00", "\u9fff"), ("\u30a1", "\u30f6")
# What `\d` and `\s` match in a str pattern, listed once (for the heads of patterns that begin with them).
_CATEGORY_CHARS: dict[Any, frozenset[str]] = {}
# No decimal digit or space lies beyond this, in this Python's Unicode (a test checks it).
_LAST_DIGIT_OR_SPACE = 0x1FFFF


def _category(name: Any) -> frozenset[str]:
    chars = _CATEGORY_CHARS.get(name)
    if chars is None:
        # In a str pattern `\d` is what str.isdecimal accepts and `\s` what str.isspace accepts.
        test = {"CATEGORY_DIGIT": str.isdecimal, "CATEGORY_SPACE": str.isspace}.get(str(name))
        if test is None:
            raise _Unlisted
        chars = _CATEGORY_CHARS[name] = frozenset(filter(test, map(chr, range(_LAST_DIGIT_OR_SPACE + 1))))
    return chars


class _Unlisted(Exception):
    """What an element consumes cannot be listed (any character, a negated class, a back-reference...)."""


def heads(regex: Any) -> frozenset[str] | None:
    """Strings one of which every match of `regex` begins with, or None when they cannot be listed.

    Elements are read from the left while what the match consumed so far can be listed: literals, classes,
    `\\d`, `\\s`, alternations, short repeats; look-arounds and anchors take no text (the compiled pattern
    still tests them at the position). Reading stops once every string is distinctive (see `_strong`), at an
    element that cannot be listed (a gap `.{0,5}`, an open repeat: its first round still counts when it must
    be taken), or before the strings grow past `_MAX_HEADS`. Heads that may be empty are no heads.
    """
    if P is None or regex.flags & re.IGNORECASE:
        return None
    try:
        tree = _tree(regex)
        if tree.state.flags & re.IGNORECASE:
            return None
        found, _ = _prefixes(list(tree))
    except Exception:  # noqa: BLE001 - as in requirements: no heads, the other gate
        return None
    if not found or "" in found:
        return None
    return frozenset(found)


def _strong(s: str) -> bool:
    return len(s) >= 2 or any(lo <= s <= hi for lo, hi in _STRONG_SINGLE)


def _prefixes(items: list) -> tuple[set[str], bool]:
    """(strings, complete) for a sequence: every match of it begins with one of `strings`; when `complete`,
    every match IS one of them. Reading stops early once the strings are distinctive enough to look for."""
    strings = {""}
    last = len(items) - 1
    for k, (op, av) in enumerate(items):
        found, complete = _element_prefixes(op, av)
        if len(strings) * len(found) > _MAX_HEADS:
            return strings, False
        strings = {a + b for a in strings for b in found}
        if not complete:
            return strings, False
        if k < last and "" not in strings and all(map(_strong, strings)):
            return strings, False
    return strings, True


def _element_prefixes(op, av) -> tuple[set[str], bool]:
    """(strings, complete) for one element, as `_prefixes` says."""
    if op is C.LITERAL:
        return {chr(av)}, True
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}, True
    try:
        if op is C.IN:
            return _class_chars(av), True
        if op is C.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return {""}, False
            return _prefixes(list(av[-1]))
        if op is C.BRANCH:
            union: set[str] = set()
            complete = True
            for alternative in av[1]:
                found, whole = _prefixes(list(alternative))
                union |= found
                complete = complete and whole
                if len(union) > _MAX_HEADS:
                    return {""}, False
            return union, complete
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            return _repeat_prefixes(*av)
    except _Unlisted:
        pass
    return {""}, False  # ANY, NOT_LITERAL, negated classes, group references: nothing listed


def _repeat_prefixes(low: int, high: int, sub) -> tuple[set[str], bool]:
    one, complete = _prefixes(list(sub))
    if not complete or high > 4:
        # Only the first round is known, and only when it must be taken.
        return (one, False) if low >= 1 else ({""}, False)
    out, current = set(), {""}
    for count in range(high + 1):
        if count >= low:
            out |= current
        if count < high:
            current = {a + b for a in current for b in one}
            if len(current) > _MAX_HEADS:
                return (one, False) if low >= 1 else ({""}, False)
    return out, True


def _class_chars(av, categories: bool = True) -> set[str]:
    """The characters a class `[...]` matches, or _Unlisted (negated, too wide, or a category when not
    `categories`)."""
    chars: set[str] = set()
    for kind, value in av:
        if kind is C.LITERAL:
            chars.add(chr(value))
        elif kind is C.RANGE and value[1] - value[0] < _MAX_RANGE:
            chars.update(chr(c) for c in range(value[0], value[1] + 1))
        elif kind is C.CATEGORY and categories:
            chars |= _category(value)
        else:  # NEGATE, wide ranges, categories not wanted
            raise _Unlisted
    return chars


class Where(NamedTuple):
    """Where in a text to run one pattern: at `starts` (anchored), else in `windows`, else (both None) the
    whole text."""

    starts: tuple[int, ...] | None = None
    windows: list[tuple[int, int]] | None = None

    def size(self, n: int) -> int:
        """How many characters of a text of length `n` the pattern is run over (starts count one each)."""
        if self.starts is not None:
            return len(self.starts)
        if self.windows is not None:
            return sum(b - a for a, b in self.windows)
        return n


_WHOLE = Where()


class RegexSet:
    """Patterns (compiled, or with `.compiled`) run where their anchors occur; see the module docstring.

    Each pattern's (up to) three rarest requirement sets are checked: every string of them is a key of one
    automaton, each key carries a bitmask per level of the patterns it serves, and a text's candidates are
    the AND over levels of the OR of its keys' masks — a few big-integer operations per distinct key found,
    not a loop per pattern.
    """

    LEVELS = 3
    # Texts up to this long are searched whole: windows would not save anything.
    WHOLE = 300

    def __init__(self, regexes: Sequence[Any]) -> None:
        self._regexes = list(regexes)
        # The required strings (the gate), for a short text; the same and the heads, for a long one (one pass
        # over it). Both report the string, so that a long text's positions are gathered once per string, not
        # once per pattern.
        self._keys: KeyIndex[str] = KeyIndex()
        self._long_keys: KeyIndex[str] = KeyIndex()
        # Patterns with heads: head string → the patterns it begins (see `heads`).
        self._head_patterns: dict[str, list[int]] = {}
        masks: dict[str, list[int]] = {}
        always = [0] * self.LEVELS
        # Gating is per alternative (see `alternatives`): bit b stands for alternative b of pattern _of[b].
        self._of: list[int] = []
        self._anchors: list[tuple[str, ...]] = []
        self._reach: list[int | None] = []
        # The widest match of each pattern (look-arounds take no text), None when unbounded or very wide.
        self._longest: list[int | None] = []
        # Pattern index → its heads, for the patterns with heads (a long text's head positions are gathered
        # per pattern met, not per head found: a common head begins hundreds of patterns).
        self._heads_of: dict[int, frozenset[str]] = {}
        for i, regex in enumerate(self._regexes):
            starts_with = heads(regex)
            for string in starts_with or ():
                self._head_patterns.setdefault(string, []).append(i)
            if starts_with:
                self._heads_of[i] = starts_with
            # Windows are for the patterns without heads only (see `candidates`): the others need no reach.
            self._reach.append(None if starts_with else reach(regex))
            self._longest.append(_longest(regex))
            for needs in alternatives(regex):
                bit = 1 << len(self._of)
                self._of.append(i)
                needs = sorted(needs, key=_cost)
                for level in range(self.LEVELS):
                    if level >= len(needs):
                        always[level] |= bit
                        continue
                    for string in needs[level]:
                        masks.setdefault(string, [0] * self.LEVELS)[level] |= bit
                self._anchors.append(tuple(needs[0]) if needs else ())
        self._width = width = len(self._of)
        self._full = (1 << width) - 1
        self._combined = {
            key: sum(level << (k * width) for k, level in enumerate(levels)) for key, levels in masks.items()
        }
        self._always = sum(level << (k * width) for k, level in enumerate(always))
        # One-character strings (particles, punctuation, one kanji) occur all over a long text: they are
        # looked up in the text's set of characters instead of being reported at every occurrence.
        self._chars = frozenset(key for key in masks if len(key) == 1)
        self._gates = frozenset(key for key in masks if len(key) > 1)
        self._heads = frozenset(self._head_patterns)
        for key in self._gates:
            self._keys.add(key, key)
        for key in self._gates | self._heads:
            self._long_keys.add(key, key)
        self._keys.freeze()
        self._long_keys.freeze()
        self._headed = frozenset(i for patterns in self._head_patterns.values() for i in patterns)

    def __len__(self) -> int:
        return len(self._regexes)

    def candidates(self, text: str) -> dict[int, Where]:
        """Pattern index → where in `text` to run it (`Where`), for the patterns that may match.

        Ascending by index. Every pattern that matches `text` is among them, and `finditer` with its `Where`
        finds its matches.
        """
        n = len(text)
        if n <= self.WHOLE:  # searched whole: which keys occur is enough
            return dict.fromkeys(self._met(self._keys.present(text), text), _WHOLE)
        # The automaton's strings → their start positions (ascending): a string's spans are (start, start + its
        # length), made only where windows need them.
        found = self._long_keys.starts(text)
        met = self._met(self._gates.intersection(found), text)
        at = self._head_starts(found, met)
        anchored = _Anchors(text, found)
        out: dict[int, Where] = {}
        for i, alternatives_met in met.items():
            anchors = [self._anchors[b] for b in alternatives_met]
            if i in self._headed:
                # A match starts at a head; one that contains an anchor starts at most its width before it.
                starts = at.get(i)
                longest = self._longest[i]
                if starts and longest is not None and all(anchors):
                    starts = _before(starts, anchored.starts(anchors), longest)
                if starts:
                    out[i] = Where(starts=tuple(starts))
                continue
            reach_i = self._reach[i]
            if reach_i is None or not all(anchors):
                out[i] = _WHOLE
                continue
            # Every match is a match of one of the alternatives met, and contains one of its anchors.
            spans = anchored.spans(anchors)
            if len(spans) * reach_i > n:  # the windows would cover most of the text anyway
                out[i] = _WHOLE
            else:
                out[i] = Where(windows=_windows(list(spans), reach_i, n))
        return out

    def _met(self, present: Iterable[str], text: str) -> dict[int, list[int]]:
        """Pattern index (ascending) → its alternatives whose required strings all occur (`present` keys
        and the text's characters)."""
        # One OR per key: the levels' masks side by side in one integer (level k at bit k × width).
        met = self._always
        combined = self._combined
        for key in present:
            met |= combined[key]
        for key in self._chars.intersection(text):
            met |= combined[key]
        width, full = self._width, self._full
        mask = met & (met >> width) & (met >> 2 * width) & full
        met_by: dict[int, list[int]] = {}
        # The set bits, lowest first, read from the binary digits (a text's search per bit instead of three
        # operations on an integer of thousands of bits).
        digits = bin(mask)
        top, of = len(digits) - 1, self._of
        j = digits.rfind("1", 2)
        while j != -1:
            b = top - j
            met_by.setdefault(of[b], []).append(b)
            j = digits.rfind("1", 2, j)
        return {i: met_by[i] for i in sorted(met_by)}

    def _head_starts(self, found: dict[str, list[int]], patterns: Iterable[int]) -> dict[int, list[int]]:
        """Pattern index → the positions (ascending) where one of its heads occurs (`found`: the start
        positions of the automaton's strings in the text), for `patterns` with heads."""
        present = self._heads.intersection(found)
        heads_of = self._heads_of
        out: dict[int, list[int]] = {}
        merged: dict[frozenset[str], list[int]] = {}  # patterns sharing heads (family words...) share this
        for i in patterns:
            heads = heads_of.get(i)
            if heads is None:
                continue
            here = heads & present  # a set and a set: iterates the smaller
            if not here:
                continue
            if len(here) == 1:
                # One head's positions come in order (they end in order and have one length).
                (string,) = here
                out[i] = found[string]
                continue
            starts = merged.get(here)
            if starts is None:
                starts = merged[here] = sorted(set().union(*(found[string] for string in here)))
            out[i] = starts
        return out

    def finditer(self, i: int, text: str, where: Where) -> Iterator[re.Match[str]]:
        """Matches of pattern `i` in `text`, where `candidates` said to look, left to right.

        A text searched whole (every short message) gets the compiled pattern's own iterator, with no
        generator around it. At head positions this is exactly `finditer` over the whole text: a match starts
        at a head, and a head inside the previous match is skipped as `finditer` skips it.
        """
        regex = self._regexes[i]
        compiled = getattr(regex, "compiled", regex)
        if where.starts is not None:
            return _at_heads(compiled, text, where.starts)
        if where.windows is None:
            return compiled.finditer(text)
        return (m for a, b in where.windows for m in compiled.finditer(text, a, b))


def _at_heads(compiled: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    match = compiled.match
    end = 0
    for start in starts:
        if start >= end:
            m = match(text, start)
            if m is not None:
                end = m.end()
                yield m


def _longest(regex: Any) -> int | None:
    """The widest match of `regex`; None when wider than `_MAX_REACH` or unbounded."""
    width = _width(regex)
    return width if width is not None and width <= _MAX_REACH else None


class _Anchors:
    """Where the anchors of patterns occur in one long text, worked out once per anchor set (many patterns
    share one) and per one-character anchor."""

    __slots__ = ("text", "found", "_spans", "_starts")

    def __init__(self, text: str, found: dict[str, list[int]]) -> None:
        self.text = text
        self.found = found  # the automaton's strings → their start positions in the text (not to be changed)
        self._spans: dict[tuple[str, ...], list[tuple[int, int]]] = {}
        self._starts: dict[tuple[str, ...], list[int]] = {}

    def _at(self, key: str) -> list[int]:
        starts = self.found.get(key)
        if starts is None:
            starts = self.found[key] = _positions(self.text, key) if len(key) == 1 else []
        return starts

    def _of(self, strings: tuple[str, ...]) -> list[tuple[int, int]]:
        spans = self._spans.get(strings)
        if spans is None:
            spans = self._spans[strings] = sorted((a, a + len(key)) for key in strings for a in self._at(key))
        return spans

    def spans(self, anchors: list[tuple[str, ...]]) -> list[tuple[int, int]]:
        """Spans (ascending; not to be changed) of the anchor sets `anchors` (those of the alternatives met)."""
        if len(anchors) == 1:
            return self._of(anchors[0])
        return sorted(set().union(*map(self._of, anchors)))

    def starts(self, anchors: list[tuple[str, ...]]) -> list[int]:
        """Start positions (ascending) of the anchor sets `anchors`."""
        if len(anchors) > 1:
            return [a for a, _ in self.spans(anchors)]
        strings = anchors[0]
        starts = self._starts.get(strings)
        if starts is None:
            # The spans' starts, in the spans' order (a start's spans sort together), without the spans.
            starts = self._starts[strings] = sorted(a for key in strings for a in self._at(key))
        return starts


def _before(starts: list[int], anchors: list[int], width: int) -> list[int]:
    """The positions of `starts` (ascending) with an anchor start in [position, position + width): where a
    match of at most `width` characters that contains an anchor can begin."""
    if len(anchors) < len(starts):
        # Fewer anchors: each admits the starts in (anchor - width, anchor], a run of `starts` found by
        # bisection; anchors ascend, so the runs do too and only their overlaps need skipping.
        out: list[int] = []
        done = 0
        for anchor in anchors:
            hi = bisect_right(starts, anchor, done)
            lo = bisect_right(starts, anchor - width, done)
            if lo < hi:
                out += starts[lo:hi]
                done = hi
        return out
    out = []
    j, k = 0, len(anchors)
    for start in starts:
        j = bisect_left(anchors, start, j)  # the first anchor at or after `start`
        if j == k:
            break
        if anchors[j] < start + width:
            out.append(start)
    return out


def _positions(text: str, char: str) -> list[int]:
    out = []
    i = text.find(char)
    while i != -1:
        out.append(i)
        i = text.find(char, i + 1)
    return out


def _windows(spans: list[tuple[int, int]], reach: int, n: int) -> list[tuple[int, int]] | None:
    """Merged windows around anchor spans; None when they cover the whole text anyway."""
    # +1: a word-boundary test at a match's end reads one character further.
    margin = reach + 1
    spans.sort()
    out: list[tuple[int, int]] = []
    for start, end in spans:
        a, b = max(0, start - reach), min(n, end + margin)
        if out and a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    if len(out) == 1 and out[0] == (0, n):
        return None
    return out
