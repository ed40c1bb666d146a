"""Intent dictionaries (format v1, see dictionaries/README.md): reading, validating, and the spec objects.

Loading never raises on a bad entry: the entry is skipped and a problem recorded, so that one typo in one
city's file cannot stop every message from being classified. `tsunagu dict check` and the tests fail on
any recorded problem.
"""

from __future__ import annotations

import hashlib
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .labels import LABELS, RISK_RULESETS
from .normalize import never_kept

try:  # the parser behind `re` (private): parsing checks a pattern at a quarter of the cost of compiling it
    from re import _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Pythons: compile up front instead
    _parser = None

log = logging.getLogger(__name__)

try:  # the C loader reads the dictionaries several times faster
    _Loader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    _Loader = yaml.SafeLoader

DEFAULT_DIR = Path(__file__).resolve().parent / "dictionaries"
DEFAULT_THRESHOLD = 1.0
DEFAULT_WITHIN = 15
# Fuzzy matching of very short terms invents matches (one edit in 2 characters is half the word).
FUZZY_MIN_CHARS = 3

LABEL_KEYS = {
    "label",
    "name",
    "description",
    "threshold",
    "terms",
    "phrases",
    "patterns",
    "cancel",
    "examples",
}
RISK_KEYS = {"name", "description", "emergency", "high", "cancel", "examples"}
RISK_LEVEL_KEYS = {"threshold", "terms", "phrases", "patterns", "cancel"}
TERM_KEYS = {"t", "w", "fuzzy", "also"}
PHRASE_KEYS = {"all", "w", "within", "ordered", "also"}
SETS_KEYS = {"name", "description", "sets"}
# A phrase part naming a word set of sets.yaml: "@die" stands for every word of the set `die`.
SET_PREFIX = "@"
PATTERN_KEYS = {"re", "w", "also"}
# a risk file's high pattern may also say `not_emergency: true` (see _read_risk)
HIGH_PATTERN_KEYS = PATTERN_KEYS | {"not_emergency"}
CANCEL_KEYS = {"re"}


@dataclass(frozen=True, slots=True)
class TermSpec:
    text: str
    weight: float = 1.0
    fuzzy: bool = False
    also: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True, slots=True)
class PhraseSpec:
    """Every part present within `within` characters (in order unless `ordered` is false).

    A part is one or more alternative strings (a YAML list, or `@set` for a word set of sets.yaml); `source`
    keeps the parts as written, for evidence.
    """

    parts: tuple[tuple[str, ...], ...]
    weight: float = 1.0
    within: int = DEFAULT_WITHIN
    also: tuple[tuple[str, float], ...] = ()
    ordered: bool = True
    source: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "…".join(self.source or ("|".join(p) for p in self.parts))


class LazyRegex:
    """A regular expression parsed at load (to check it and to derive its gate) but compiled on first use.

    Compiling is four times the cost of parsing, and a thousand patterns compiled up front were most of
    the classifier's start-up; most patterns are never needed by a given process's first messages.
    A pattern that parses but cannot compile (a variable-width look-behind) never matches and is logged.
    """

    __slots__ = ("pattern", "flags", "tree", "_compiled")

    def __init__(self, pattern: str, tree: Any = None, flags: int = 0) -> None:
        self.pattern = pattern
        self.tree = tree  # the parse tree, kept until the gate has read it
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            try:
                self._compiled = re.compile(self.pattern)
            except re.error as exc:
                log.warning(
                    "dictionary pattern %r does not compile (%s); it never matches", self.pattern, exc
                )
                self._compiled = re.compile("(?!)")
        return self._compiled

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self.compiled.search(text, pos)

    def finditer(self, text: str):  # -> Iterator[re.Match[str]]
        return self.compiled.finditer(text)

    def __repr__(self) -> str:
        return f"LazyRegex({self.pattern!r})"


@dataclass(frozen=True, slots=True)
class PatternSpec:
    source: str
    regex: LazyRegex
    weight: float = 1.0
    also: tuple[tuple[str, float], ...] = ()


@dataclass(slots=True)
class RuleSet:
    """The rules of one label (or of one risk level: label `risk:emergency` / `risk:high`)."""

    label: str
    name: str = ""
    description: str = ""
    threshold: float = DEFAULT_THRESHOLD
    terms: list[TermSpec] = field(default_factory=list)
    phrases: list[PhraseSpec] = field(default_factory=list)
    patterns: list[PatternSpec] = field(default_factory=list)
    cancel: list[LazyRegex] = field(default_factory=list)
    match: list[str] = field(default_factory=list)
    no_match: list[str] = field(default_factory=list)
    source: str = ""


@dataclass(slots=True)
class DictionarySet:
    """Every rule set of a dictionary directory, the risk examples, and what was wrong while reading."""

    rulesets: dict[str, RuleSet]
    risk_examples: dict[str, list[str]]
    problems: list[str]
    version: str
    directory: Path


def load_dictionaries(directory: Path | str | None = None, *, strict: bool = False) -> DictionarySet:
    """Read every `*.yaml` of `directory` (default: the package's dictionaries).

    `strict` also compiles every regular expression now (reporting any that does not compile or that
    matches empty text), as `tsunagu dict check` does; otherwise patterns compile on first use.
    """
    directory = Path(directory) if directory is not None else DEFAULT_DIR
    problems: list[str] = []
    rulesets: dict[str, RuleSet] = {}
    risk_examples: dict[str, list[str]] = {"emergency": [], "high": [], "none": []}
    digest = hashlib.sha256()
    if not directory.is_dir():
        return DictionarySet({}, risk_examples, [f"{directory}: not a directory"], "", directory)
    documents: list[tuple[Path, dict]] = []
    for path in sorted(directory.glob("*.yaml")):
        raw = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + raw)
        try:
            data = yaml.load(raw.decode("utf-8"), Loader=_Loader)  # noqa: S506 - a safe loader
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            problems.append(f"{path.name}: not valid YAML: {exc}")
            continue
        if not isinstance(data, dict):
            problems.append(f"{path.name}: the top level must be a mapping")
            continue
        documents.append((path, data))
    # Word sets first: a phrase in any other file may name one.
    sets = _read_sets([(path.name, data) for path, data in documents if _kind(path) == "sets"], problems)
    for path, data in documents:
        where = path.name
        if _kind(path) == "risk":
            for rs in _read_risk(data, where, problems, risk_examples, sets):
                if rs.label in rulesets:
                    _merge(rulesets[rs.label], rs, where, problems)
                else:
                    rulesets[rs.label] = rs
        elif _kind(path) == "label":
            rs = _read_label(data, path.stem, where, problems, sets)
            if rs is not None:
                rulesets[rs.label] = rs
    if strict:
        _compile_all(rulesets, problems)
    return DictionarySet(rulesets, risk_examples, problems, digest.hexdigest()[:12], directory)


def _kind(path: Path) -> str:
    """risk.yaml and risk_*.yaml hold risk rules; sets.yaml and sets_*.yaml word sets; the rest one label each."""
    for kind in ("risk", "sets"):
        if path.stem == kind or path.stem.startswith(kind + "_"):
            return kind
    return "label"


def _merge(into: RuleSet, more: RuleSet, where: str, problems: list[str]) -> None:
    """A further risk file's rules of one level join the first file's (risk_*.yaml split by subject)."""
    if more.threshold != into.threshold:
        problems.append(
            f"{where}: {more.name}.threshold {more.threshold} differs from {into.source}'s {into.threshold}"
        )
    into.terms += more.terms
    into.phrases += more.phrases
    into.patterns += more.patterns
    into.cancel += [c for c in more.cancel if c.pattern not in {x.pattern for x in into.cancel}]


def _read_sets(files: list[tuple[str, dict]], problems: list[str]) -> dict[str, tuple[str, ...]]:
    """sets.yaml / sets_*.yaml: named word lists (`name: [word, …]`), shared by every file's phrases.

    A word `@other` takes in another set's words (from any sets file).
    """
    raw: dict[str, Any] = {}
    origin: dict[str, str] = {}
    for where, data in files:
        _unknown_keys(data, SETS_KEYS, where, problems)
        sets = data.get("sets")
        if not isinstance(sets, dict):
            problems.append(f"{where}: `sets:` must be a mapping of name → list of words")
            continue
        for name, words in sets.items():
            if name in raw:
                problems.append(f"{where}: set {name!r} is already defined in {origin[name]}")
                continue
            raw[name] = words
            origin[name] = where
    out: dict[str, tuple[str, ...]] = {}

    def resolve(name: str, seen: tuple[str, ...]) -> tuple[str, ...]:
        if name in out:
            return out[name]
        where = origin[name]
        words: list[str] = []
        for item in _list(raw.get(name), f"{where}: sets.{name}", problems):
            if not isinstance(item, str | int) or not str(item).strip():
                problems.append(f"{where}: sets.{name}: every word is a non-empty string ({item!r})")
                continue
            word = str(item).strip()
            if not word.startswith(SET_PREFIX):
                words.append(word)
            elif word[1:] not in raw:
                problems.append(f"{where}: sets.{name}: unknown set {word!r}")
            elif word[1:] in seen:
                problems.append(f"{where}: sets.{name}: {word!r} includes itself")
            else:
                words += resolve(word[1:], (*seen, word[1:]))
        out[name] = tuple(dict.fromkeys(words))
        if not out[name]:
            problems.append(f"{where}: sets.{name} is empty")
        return out[name]

    for name in raw:
        if not isinstance(name, str) or not name.isidentifier():
            problems.append(f"{origin[name]}: set name {name!r} must be a plain identifier")
            continue
        resolve(name, (name,))
    return out


def _read_label(
    data: dict, stem: str, where: str, problems: list[str], sets: dict[str, tuple[str, ...]]
) -> RuleSet | None:
    _unknown_keys(data, LABEL_KEYS, where, problems)
    label = data.get("label")
    if label not in LABELS:
        problems.append(f"{where}: label {label!r} is not a taxonomy label")
        return None
    if label != stem:
        problems.append(f"{where}: label {label!r} differs from the file name {stem!r}")
    rs = RuleSet(label=label, name=str(data.get("name", "")), description=str(data.get("description", "")))
    rs.source = where
    rs.threshold = _number(
        data.get("threshold", DEFAULT_THRESHOLD), f"{where}: threshold", problems, DEFAULT_THRESHOLD
    )
    _read_rules(data, rs, where, problems, sets)
    rs.cancel = _read_cancel(data.get("cancel"), where, problems)
    examples = data.get("examples") or {}
    if not isinstance(examples, dict):
        problems.append(f"{where}: examples must be a mapping with match / no_match")
        examples = {}
    _unknown_keys(examples, {"match", "no_match"}, f"{where}: examples", problems)
    rs.match = _strings(examples.get("match"), f"{where}: examples.match", problems)
    rs.no_match = _strings(examples.get("no_match"), f"{where}: examples.no_match", problems)
    return rs


def _read_risk(
    data: dict,
    where: str,
    problems: list[str],
    examples_out: dict[str, list[str]],
    sets: dict[str, tuple[str, ...]],
) -> list[RuleSet]:
    _unknown_keys(data, RISK_KEYS, where, problems)
    shared_cancel = _read_cancel(data.get("cancel"), where, problems)
    out = []
    for level, label in zip(("emergency", "high"), RISK_RULESETS, strict=True):
        section = data.get(level)
        if section is None and where != "risk.yaml":
            continue  # a risk_*.yaml file may hold one level only
        if not isinstance(section, dict):
            problems.append(f"{where}: `{level}:` section missing or not a mapping")
            continue
        here = f"{where}: {level}"
        _unknown_keys(section, RISK_LEVEL_KEYS, here, problems)
        rs = RuleSet(label=label, name=level, source=where)
        rs.threshold = _number(
            section.get("threshold", DEFAULT_THRESHOLD), f"{here}.threshold", problems, 1.0
        )
        _read_rules(section, rs, here, problems, sets)
        rs.cancel = shared_cancel + _read_cancel(section.get("cancel"), here, problems)
        out.append(rs)
    _cap_at_high(data, out, where, problems)
    examples = data.get("examples") or {}
    if not isinstance(examples, dict):
        problems.append(f"{where}: examples must be a mapping emergency / high / none")
        examples = {}
    _unknown_keys(examples, {"emergency", "high", "none"}, f"{where}: examples", problems)
    for level in ("emergency", "high", "none"):
        examples_out[level] += _strings(examples.get(level), f"{where}: examples.{level}", problems)
    return out


def _cap_at_high(data: dict, out: list[RuleSet], where: str, problems: list[str]) -> None:
    """A high pattern marked `not_emergency: true` names a situation that is high and never emergency (an older
    parent who keeps saying death would be welcome): its match is also a cancel context of the emergency level,
    so one entry says both. Cancels of a risk file hold for the whole level (`_merge`); a file with no
    `emergency:` section of its own gets an empty one to carry them."""
    high = next((rs for rs in out if rs.label == RISK_RULESETS[1]), None)
    if high is None:
        return
    items = (data.get("high") or {}).get("patterns") or []
    flags = [
        (i.get("re"), i.get("not_emergency")) for i in items if isinstance(i, dict) and "not_emergency" in i
    ]
    if any(flag is not True for _, flag in flags):
        problems.append(f"{where}: high: `not_emergency:` is `true` or absent")
    marked = {source for source, flag in flags if flag is True}
    if not marked:
        return
    emergency = next((rs for rs in out if rs.label == RISK_RULESETS[0]), None)
    if emergency is None:
        emergency = RuleSet(label=RISK_RULESETS[0], name="emergency", source=where)
        out.append(emergency)
    known = {c.pattern for c in emergency.cancel}
    emergency.cancel += [p.regex for p in high.patterns if p.source in marked and p.source not in known]


def _read_rules(
    data: dict, rs: RuleSet, where: str, problems: list[str], sets: dict[str, tuple[str, ...]]
) -> None:
    for i, item in enumerate(_list(data.get("terms"), f"{where}: terms", problems)):
        here = f"{where}: terms[{i}]"
        if isinstance(item, str | int | float) and not isinstance(item, bool):
            item = {"t": str(item)}
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("t"), str | int)
            or not str(item["t"]).strip()
        ):
            problems.append(f"{here}: a term is a string or a mapping with `t:`")
            continue
        _unknown_keys(item, TERM_KEYS, here, problems)
        text = str(item["t"]).strip()
        fuzzy = bool(item.get("fuzzy", False))
        if fuzzy and len(text) < FUZZY_MIN_CHARS:
            problems.append(f"{here}: fuzzy needs a term of at least {FUZZY_MIN_CHARS} characters ({text!r})")
            fuzzy = False
        rs.terms.append(
            TermSpec(
                text=text,
                weight=_number(item.get("w", 1.0), f"{here}.w", problems, 1.0),
                fuzzy=fuzzy,
                also=_also(item.get("also"), here, problems),
            )
        )
    for i, item in enumerate(_list(data.get("phrases"), f"{where}: phrases", problems)):
        here = f"{where}: phrases[{i}]"
        raw_parts = item.get("all") if isinstance(item, dict) else None
        if not isinstance(raw_parts, list) or len(raw_parts) < 2:
            problems.append(f"{here}: a phrase needs `all:` with two or more parts")
            continue
        parts = [_phrase_part(p, sets) for p in raw_parts]
        if not all(parts):
            problems.append(
                f"{here}: each part of `all:` is a non-empty string, a list of them, or a known @set"
                f" ({raw_parts!r})"
            )
            continue
        _unknown_keys(item, PHRASE_KEYS, here, problems)
        within = item.get("within", DEFAULT_WITHIN)
        if not isinstance(within, int) or isinstance(within, bool) or within <= 0:
            problems.append(f"{here}.within: a positive whole number of characters")
            within = DEFAULT_WITHIN
        ordered = item.get("ordered", True)
        if not isinstance(ordered, bool):
            problems.append(f"{here}.ordered: true or false")
            ordered = True
        rs.phrases.append(
            PhraseSpec(
                parts=tuple(parts),  # type: ignore[arg-type]  # all() checked
                weight=_number(item.get("w", 1.0), f"{here}.w", problems, 1.0),
                within=within,
                also=_also(item.get("also"), here, problems),
                ordered=ordered,
                source=tuple(p if isinstance(p, str) else "|".join(map(str, p)) for p in raw_parts),
            )
        )
    for i, item in enumerate(_list(data.get("patterns"), f"{where}: patterns", problems)):
        here = f"{where}: patterns[{i}]"
        source = item.get("re") if isinstance(item, dict) else None
        if not isinstance(source, str) or not source:
            problems.append(f"{here}: a pattern is a mapping with `re:`")
            continue
        _unknown_keys(
            item, HIGH_PATTERN_KEYS if rs.label == RISK_RULESETS[1] else PATTERN_KEYS, here, problems
        )
        regex = _compile(source, here, problems)
        if regex is None:
            continue
        rs.patterns.append(
            PatternSpec(
                source=source,
                regex=regex,
                weight=_number(item.get("w", 1.0), f"{here}.w", problems, 1.0),
                also=_also(item.get("also"), here, problems),
            )
        )


def _phrase_part(raw: Any, sets: dict[str, tuple[str, ...]]) -> tuple[str, ...] | None:
    """A phrase part's alternatives: "word", [word, …] or "@set"; None when malformed or unknown."""
    items = raw if isinstance(raw, list) else [raw]
    words: list[str] = []
    for item in items:
        if not isinstance(item, str | int) or isinstance(item, bool) or not str(item).strip():
            return None
        word = str(item).strip()
        if word.startswith(SET_PREFIX):
            found = sets.get(word[1:])
            if not found:
                return None
            words += found
        else:
            words.append(word)
    return tuple(dict.fromkeys(words)) or None


def _read_cancel(items: Any, where: str, problems: list[str]) -> list[LazyRegex]:
    out = []
    for i, item in enumerate(_list(items, f"{where}: cancel", problems)):
        here = f"{where}: cancel[{i}]"
        source = item.get("re") if isinstance(item, dict) else None
        if not isinstance(source, str) or not source:
            problems.append(f"{here}: a cancel entry is a mapping with `re:`")
            continue
        _unknown_keys(item, CANCEL_KEYS, here, problems)
        regex = _compile(source, here, problems)
        if regex is not None:
            out.append(regex)
    return out


def _compile(source: str, where: str, problems: list[str]) -> LazyRegex | None:
    try:
        if _parser is None:
            compiled, tree = re.compile(source), None
        else:
            compiled, tree = None, _parser.parse(source)
    except re.error as exc:
        problems.append(f"{where}: malformed regular expression {source!r}: {exc}")
        return None
    dead = _unnormalized(source)
    if dead:
        problems.append(
            f"{where}: {''.join(dict.fromkeys(dead))!r} never occur in the normalized text that patterns run on "
            f"(normalize.never_kept): write them as normalization leaves them"
        )
    regex = LazyRegex(source, tree, tree.state.flags if tree is not None else compiled.flags)
    regex._compiled = compiled
    return regex


def _unnormalized(source: str) -> list[str]:
    """The characters of a pattern that no normalized text has (`normalize.never_kept`), so that the pattern can
    never match them: escapes and group names aside."""
    plain = re.sub(r"\\[A-Za-z]|\(\?P[<=]", "", source)
    return [c for c in plain if never_kept(c)]


def _compile_all(rulesets: dict[str, RuleSet], problems: list[str]) -> None:
    """Strict loading: compile every pattern now; drop (and report) what fails or matches empty text."""

    def usable(regex: LazyRegex, where: str) -> bool:
        try:
            compiled = re.compile(regex.pattern)
        except re.error as exc:
            problems.append(f"{where}: malformed regular expression {regex.pattern!r}: {exc}")
            return False
        if compiled.search("") is not None:
            # A pattern matching the empty string matches every message.
            problems.append(f"{where}: the regular expression {regex.pattern!r} matches empty text")
            return False
        regex._compiled = compiled
        return True

    for rs in rulesets.values():
        rs.patterns = [p for p in rs.patterns if usable(p.regex, f"{rs.source}: {rs.label} pattern")]
        rs.cancel = [c for c in rs.cancel if usable(c, f"{rs.source}: {rs.label} cancel")]


def _also(value: Any, where: str, problems: list[str]) -> tuple[tuple[str, float], ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        problems.append(f"{where}.also: a mapping label → weight")
        return ()
    out = []
    for label, weight in value.items():
        if label not in LABELS:
            problems.append(f"{where}.also: {label!r} is not a taxonomy label")
            continue
        out.append((label, _number(weight, f"{where}.also.{label}", problems, 1.0)))
    return tuple(out)


def _number(value: Any, where: str, problems: list[str], default: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        problems.append(f"{where}: a number ≥ 0, not {value!r}")
        return default
    return float(value)


def _list(value: Any, where: str, problems: list[str]) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        problems.append(f"{where}: must be a list")
        return []
    return value


def _strings(value: Any, where: str, problems: list[str]) -> list[str]:
    items = _list(value, where, problems)
    bad = [v for v in items if not isinstance(v, str)]
    if bad:
        problems.append(f"{where}: every example is a string ({bad[:3]!r})")
    return [v for v in items if isinstance(v, str)]


def _unknown_keys(data: dict, allowed: set[str], where: str, problems: list[str]) -> None:
    unknown = sorted(str(k) for k in data if k not in allowed)
    if unknown:
        problems.append(f"{where}: unknown keys {unknown} (allowed: {sorted(allowed)})")
