"""The classifier engine: compiles rule sets into match indexes once, then classifies messages.

A message is normalized, tokenized once by SudachiPy, and looked at through four *views*:

- `surface`: the normalized text itself (every position);
- `reading`: the tokens' readings in hiragana, so かいご / ｶｲｺﾞ / カイゴ meet 介護;
- `lemma`: the tokens' dictionary forms, so 殴られた meets 殴る and 眠れなくて meets 眠れない;
- `norm`: Sudachi's normalized forms, so 引きこもり / 引き篭り meet 引き籠もり (for terms written with kanji).

Every term is compiled into a key per view, and each view's keys into one Aho–Corasick automaton
(`KeyIndex`), so a view costs one pass in C over the message whatever the dictionary size; Python only looks at
the keys that occur. Token views keep matches that begin at a token start, which keeps short kana terms
from matching inside unrelated words. Phrase parts are found the same way, and regular expressions run only
where a string they need occurs (`prefilter.RegexSet`).
"""

from __future__ import annotations

import bisect
import logging
import os
import re
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path
from typing import Any, NamedTuple

from rapidfuzz.distance import OSA

from .dictionary import (
    DEFAULT_DIR,
    DictionarySet,
    LazyRegex,
    PatternSpec,
    PhraseSpec,
    RuleSet,
    TermSpec,
    load_dictionaries,
)
from .keyindex import KeyIndex
from .labels import CONCERNS, LABELS, META, RISK_RULESETS, RISKS
from .model import ConcernModel, Reading, default_model
from .normalize import (
    KANA_CHARS,
    KANJI_CHARS,
    has_kana,
    has_kanji,
    is_ascii_word,
    is_hiragana,
    katakana_only,
    normalize,
    spaced_kana,
    to_hiragana,
    without_spaces,
)
from .prefilter import _WHOLE, RegexSet, Where, _cost
from .tokenizer import Token, tokenize

log = logging.getLogger(__name__)

GREETING, OUT_OF_SCOPE, REQUEST_HUMAN = "greeting", "out_of_scope", "request_human"
_HOW_RANK = {"surface": 0, "lemma": 1, "norm": 2, "reading": 3, "fuzzy": 4}
# Readings this short are common sounds (かい, しょう); they must also end on a token boundary.
_SHORT_READING = 4
_FUZZY_MIN_READING = 5
# Occurrences kept per term: enough to find one outside every cancel context, without keeping hundreds
# in a long message.
_MAX_OCCURRENCES = 8


class Evidence(NamedTuple):
    """Why a label (or a risk level, as `risk:emergency` / `risk:high`) got score.

    Immutable like the rest of a result; a NamedTuple because a long message makes many of them.
    """

    label: str
    text: str  # the matched part of the normalized message
    term: str  # the dictionary entry (a term, a phrase's parts joined by …, a regex)
    how: str  # surface | lemma | norm | reading | fuzzy | phrase | pattern | also | model (intents/model.py)
    weight: float
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


@dataclass(frozen=True)
class Classification:
    """The result of `classify`: labels most confident first (never empty), risk, scores and evidence."""

    intents: list[str]
    risk: str
    scores: dict[str, float]
    evidence: list[Evidence] = field(default_factory=list)
    version: str = ""
    # The concern model's probability per label (intents/model.py); empty when the engine has no model.
    probabilities: dict[str, float] = field(default_factory=dict)

    @property
    def concerns(self) -> list[str]:
        return [i for i in self.intents if i not in META]

    def to_dict(self) -> dict[str, Any]:
        return {
            "intents": list(self.intents),
            "concerns": self.concerns,
            "risk": self.risk,
            "scores": dict(self.scores),
            "evidence": [e.to_dict() for e in self.evidence],
            "version": self.version,
            "probabilities": dict(self.probabilities),
        }


@dataclass(frozen=True, slots=True)
class _Entry:
    """One key of one term in one view."""

    key: str
    rule: int  # index into Engine._rules
    term: int  # index into the rule set's terms
    how: str
    start_aligned: bool  # must begin on a token start
    end_aligned: bool  # must end on a token end
    word: bool = False  # Latin: must stand on word boundaries
    # Reading view: the matched text must contain kana and no kanji the term lacks; otherwise it is another
    # word with the same sound (行きたくない is not 生きたくない, 生涯 is not 障害).
    kana_guard: bool = False
    kanji: frozenset[str] = frozenset()


@dataclass(slots=True)
class _Phrase:
    rule: int
    spec: PhraseSpec
    parts: list[frozenset[int]]  # each part: the ids of its alternatives (see Engine._alternative)


@dataclass(slots=True)
class _View:
    """A token view of one message: the joined string and where each token sits in it and in the text."""

    text: str
    starts: dict[int, int]  # view offset → token index
    ends: list[int]  # view end offset of each token (increasing)
    end_set: set[int]


_EMPTY_VIEW = _View("", {}, [], set())
# Token fields that make the token views (see tokenizer.Token).
_VIEW_FIELDS = (("reading", 5), ("lemma", 3), ("norm", 4))
_ORDER = {k: i for i, k in enumerate(LABELS)}  # ties between equally sure labels: the taxonomy's order
_RANK = {r: i for i, r in enumerate(RISKS)}


class Engine:
    """Compiled dictionaries. Thread-safe: `classify` keeps no state between calls."""

    def __init__(self, dictionaries: DictionarySet) -> None:
        self.dictionaries = dictionaries
        self.version = dictionaries.version
        self.problems = list(dictionaries.problems)
        self._rules: list[RuleSet] = [
            dictionaries.rulesets[k] for k in (*LABELS, *RISK_RULESETS) if k in dictionaries.rulesets
        ]
        self._views: dict[str, KeyIndex[_Entry]] = {
            how: KeyIndex() for how in ("surface", "reading", "lemma", "norm")
        }
        # Two-character pieces of fuzzy terms → (fuzzy id, offset in the key, key, pieces needed nearby),
        # per view.
        self._fuzzy: dict[str, KeyIndex[tuple[int, int, str, int]]] = {
            "surface": KeyIndex(),
            "reading": KeyIndex(),
        }
        self._fuzzy_terms: list[tuple[int, int]] = []
        self._fuzzy_kanji: list[frozenset[str]] = []
        self._phrases: list[_Phrase] = []
        # Every distinct phrase alternative gets an id; one pass finds them all, as written and (kanji
        # written in kana) by reading: (id, the alternative's kanji). A phrase is tried only when an
        # alternative of its rarest part (its anchor) occurs.
        self._alternative: dict[str, int] = {}
        self._alternative_surface: KeyIndex[int] = KeyIndex()
        self._alternative_reading: KeyIndex[tuple[int, frozenset[str]]] = KeyIndex()
        self._anchored: dict[int, list[int]] = defaultdict(list)  # alternative id → phrases it anchors
        self._surfaces: list[str] = []  # alternative id → its text
        # Alternatives in Latin script (English, romaji) match whole words only, as terms do: "now" is not in
        # "know", "ima" is not in "shimasu".
        self._word_alternatives: set[int] = set()
        for r, rs in enumerate(self._rules):
            for t, term in enumerate(rs.terms):
                self._compile_term(r, t, term)
            for spec in rs.phrases:
                self._compile_phrase(r, spec)
        for index in (*self._views.values(), *self._fuzzy.values()):
            index.freeze()
        self._alternative_surface.freeze()
        self._alternative_reading.freeze()
        self._anchored = dict(self._anchored)
        self._patterns: list[tuple[int, PatternSpec]] = [
            (r, pat) for r, rs in enumerate(self._rules) for pat in rs.patterns
        ]
        self._cancels: list[tuple[int, LazyRegex]] = [
            (r, regex) for r, rs in enumerate(self._rules) for regex in rs.cancel
        ]
        # Patterns and cancel contexts in one regex set, patterns first: every message that has a term needs
        # its cancel contexts, so both are gated in one pass over the text.
        self._regex_set = RegexSet(
            [pat.regex for _, pat in self._patterns] + [regex for _, regex in self._cancels]
        )
        for _, regex in (*[(r, pat.regex) for r, pat in self._patterns], *self._cancels):
            regex.tree = None  # read by the regex sets; not needed any more
        self._thresholds = {rs.label: rs.threshold for rs in self._rules}
        self._rule_of = {rs.label: r for r, rs in enumerate(self._rules)}
        # The learned second opinion on labels (intents/model.py). Not part of the compiled cache: the
        # process-wide engine gets the shipped model in default_engine(); an engine over other dictionaries
        # (tests, `--dir`, `tsunagu dict check`) decides by its dictionaries alone unless given one.
        self.model: ConcernModel | None = None

    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["model"] = None
        return state

    @classmethod
    def from_directory(cls, directory: Path | str | None = None) -> Engine:
        return cls(load_dictionaries(directory))

    # -- compiling -------------------------------------------------------------------------------------

    def _compile_term(self, r: int, t: int, term: TermSpec) -> None:
        key = normalize(term.text)
        if not key:
            return
        views = self._views
        if is_ascii_word(key):
            views["surface"].add(key, _Entry(key, r, t, "surface", False, False, word=True))
            return
        single = len(key) == 1
        hira = is_hiragana(key)
        views["surface"].add(
            key, _Entry(key, r, t, "surface", single or hira, single or (hira and len(key) <= 3))
        )
        tokens = tokenize(key)
        reading = "".join(tok.reading for tok in tokens)
        if reading and has_kana(reading):
            kanji = frozenset(c for c in key if has_kanji(c))
            views["reading"].add(
                reading,
                _Entry(
                    reading,
                    r,
                    t,
                    "reading",
                    True,
                    len(reading) <= _SHORT_READING,
                    kana_guard=True,
                    kanji=kanji,
                ),
            )
        # Dictionary forms only when the term itself ends uninflected (眠れない, 死にたい): a term whose meaning
        # lies in its inflection (死のう, 出ていけ) would otherwise match every form of the verb.
        lemma = "".join(tok.lemma for tok in tokens)
        # A dictionary form keeps the word's first character (殴られ → 殴る); one that does not is a different
        # word Sudachi read into a kana term (しのう → き + のう = きのう, 'yesterday'), so it gets no lemma entry.
        if tokens and tokens[-1].surface == tokens[-1].lemma and lemma != key and lemma[:1] == key[:1]:
            views["lemma"].add(lemma, _Entry(lemma, r, t, "lemma", True, len(lemma) <= 2))
        norm = "".join(tok.norm for tok in tokens)
        # Canonical forms only for uninflected terms written with kanji (引きこもり → 引き籠もり): the kana
        # term うつ is read by Sudachi as the verb 打つ, and 眠れない's canonical form is 眠らない's too.
        if (
            has_kanji(key)
            and all(tok.surface == tok.lemma for tok in tokens)
            and norm
            and norm not in (key, lemma)
        ):
            views["norm"].add(norm, _Entry(norm, r, t, "norm", True, len(norm) <= 2))
        if term.fuzzy:
            fid = len(self._fuzzy_terms)
            self._fuzzy_terms.append((r, t))
            self._fuzzy_kanji.append(frozenset(c for c in key if has_kanji(c)))
            for view, k in (("surface", key), ("reading", reading)):
                # In kana, a slip in a short word makes another word (かいご/かいぎ): readings need 5 kana.
                if len(k) < (_FUZZY_MIN_READING if view == "reading" else 3) or (
                    view == "reading" and k == key
                ):
                    continue
                # One edit spoils at most two pieces: fewer found near a place than this is no near-miss.
                need = max(1, len(k) - 1 - 2 * max_edits(len(k)))
                for off in range(len(k) - 1):
                    self._fuzzy[view].add(k[off : off + 2], (fid, off, k, need))

    def _compile_phrase(self, r: int, spec: PhraseSpec) -> None:
        i = len(self._phrases)
        parts = [
            frozenset(a for a in map(self._alternative_id, alts) if a is not None) for alts in spec.parts
        ]
        if not all(parts):
            return
        self._phrases.append(_Phrase(r, spec, parts))
        anchor = min(parts, key=lambda ids: _cost(frozenset(self._surfaces[a] for a in ids)))
        for a in anchor:
            self._anchored[a].append(i)

    def _alternative_id(self, text: str) -> int | None:
        key = normalize(text)
        if not key:
            return None
        a = self._alternative.get(key)
        if a is None:
            a = self._alternative[key] = len(self._alternative)
            self._surfaces.append(key)
            self._alternative_surface.add(key, a)
            if is_ascii_word(key):
                self._word_alternatives.add(a)
            reading = "" if is_ascii_word(key) else "".join(tok.reading for tok in tokenize(key))
            if reading and reading != key and has_kana(reading):
                self._alternative_reading.add(reading, (a, frozenset(c for c in key if has_kanji(c))))
        return a

    # -- classifying -----------------------------------------------------------------------------------

    def classify(self, text: str) -> Classification:
        if not isinstance(text, str):
            raise TypeError(f"classify() takes a str, not {type(text).__name__}")
        s = normalize(text)
        # Other readings of the same message: the dictionaries' words and patterns are written in hiragana and
        # kanji without spaces between words, so a message in katakana alone (ｺﾛｻﾚﾙ ﾀｽｹﾃ) is also read as
        # hiragana, and kana typed with spaces between the words (おとうさんが おかあさんを なぐってる) is also
        # read without them. Each is (text, where each of its characters is in `s`; None: the same place).
        others: list[tuple[str, list[int] | None]] = []
        if katakana_only(s):
            others.append((to_hiragana(s), None))
        if spaced_kana(s):
            others.append(without_spaces(s))
        if not others:
            run = self._pass(s)
        else:
            # What any reading finds counts, quoted from the message as written, and a cancel context found in
            # any reading holds for all (ガッコウ イキタクナイ is "school" as much as がっこう いきたくない is).
            contexts = [_Contexts(self, s)] + [_Contexts(self, t, where) for t, where in others]
            run = self._pass(s, tuple(contexts))
            for i, (t, where) in enumerate(others, 1):
                run.add(self._pass(t, (contexts[i], *contexts[:i], *contexts[i + 1 :]), where))
        return self._decide(run.scores, run.evidence, s, run.ruled_out)

    def _pass(self, s: str, contexts: tuple[_Contexts, ...] = (), where: list[int] | None = None) -> _Pass:
        """The dictionaries' scores and evidence for the text `s`, one reading of a message; `contexts` are
        where cancel contexts are looked for, `s` itself first (by default `s` alone); `where` places each
        character of `s` in the message (None: `s` is the message, or of its length)."""
        tokens = tokenize(s) if s.strip() else []
        views = self._token_views(tokens)

        # (rule, term) → occurrences (start, end, how), in the order found
        hits: dict[tuple[int, int], list[tuple[int, int, str]]] = defaultdict(list)
        written = _Written(s)
        self._scan_surface(s, {tok.begin for tok in tokens}, {tok.end for tok in tokens}, hits)
        for how, view in views.items():
            self._scan_view(written, how, view, tokens, hits)
        # The reading of the tokens written with kana (others masked, offsets kept): kana slips are looked
        # for only there, since a reading of kanji is what Sudachi read, not what the resident typed (and
        # _Written.same_word refuses such matches anyway).
        no_kana = KANA_CHARS.isdisjoint  # normalize.has_kana, without a call per token
        kana_reading = "".join(
            "\0" * len(tok.reading) if no_kana(tok.surface) else tok.reading for tok in tokens
        )
        self._scan_fuzzy(written, views["reading"], tokens, hits, kana_reading)

        run = _Pass(self, written, tokens, views, contexts or (_Contexts(self, s),), where)
        run.score_terms(hits)
        run.score_phrases()
        run.score_patterns()
        return run

    def _decide(
        self,
        scores: dict[str, float],
        evidence: list[Evidence],
        s: str = "",
        ruled_out: Callable[[str], bool] = lambda label: False,
    ) -> Classification:
        thresholds = self._thresholds
        emergency = scores.get("risk:emergency", 0.0)
        # An emergency signal is also evidence of high risk: weak signals of both kinds add up.
        high = scores.get("risk:high", 0.0) + emergency
        if emergency >= thresholds.get("risk:emergency", 1.0) and emergency > 0:
            risk = "emergency"
        elif high >= thresholds.get("risk:high", 1.0) and high > 0:
            risk = "high"
        else:
            risk = "none"
        label_scores = {
            k: round(v, 3) for k, v in scores.items() if k in thresholds and not k.startswith("risk:")
        }
        label_scores.update(
            {k: round(v, 3) for k, v in scores.items() if k not in thresholds and k in LABELS}
        )
        fired = [k for k, v in label_scores.items() if v > 0 and v >= thresholds.get(k, 1.0)]
        probabilities: dict[str, float] = {}
        if self.model is None:
            fired.sort(key=lambda k: (-label_scores[k], _ORDER[k]))
        else:
            reading = self.model.read(s)
            fired = self._second_opinion(reading, fired, label_scores, evidence, ruled_out)
            risk = self._raised_risk(reading, risk, evidence, ruled_out)
            probabilities = {k: round(v, 3) for k, v in reading.probabilities.items()}
        concerns = [k for k in fired if k in CONCERNS]
        # Meta labels (dev-set convention): greeting only when the message is nothing else; out_of_scope only
        # when no concern and no request for a person was found; request_human stands with concerns.
        if concerns or REQUEST_HUMAN in fired:
            intents = [k for k in fired if k not in (GREETING, OUT_OF_SCOPE)]
        elif risk != "none":
            # A message in danger whose trouble was not recognised is never "not a welfare matter": it
            # needs a person (たすけて alone is a request for help).
            intents = [REQUEST_HUMAN]
        elif OUT_OF_SCOPE in fired or GREETING not in fired:
            intents = [OUT_OF_SCOPE]
        else:
            intents = [GREETING]
        risk_scores = {k: round(v, 3) for k, v in scores.items() if k.startswith("risk:")}
        return Classification(
            intents, risk, {**label_scores, **risk_scores}, evidence, self.version, probabilities
        )

    def _second_opinion(
        self,
        reading: Reading,
        fired: list[str],
        label_scores: dict[str, float],
        evidence: list[Evidence],
        ruled_out: Callable[[str], bool],
    ) -> list[str]:
        """The labels the dictionaries and the model agree on (intents/model.py), most confident first.

        A label stands when `rule_weight × (the dictionaries gave it) + probability ≥ threshold`. A label the
        model adds on its own gets evidence saying so; one it overrules keeps its dictionary evidence and
        score, so a counselor can see both. What a cancel context of the label rules out, the model does not add.
        """
        model = self.model
        assert model is not None
        p = reading.probabilities
        weight, threshold = model.settings.rule_weight, model.settings.threshold
        given = set(fired)
        combined = {k: weight * (k in given) + p.get(k, 0.0) for k in LABELS}
        # A message too short for its n-grams to mean anything (a place name such as 池子) gets no label from
        # the model alone.
        may_add = reading.length >= model.settings.add_label_min_chars
        chosen = []
        for k in LABELS:
            if combined[k] < threshold:
                continue
            if k not in given:
                # A label the dictionaries did not give is added with the n-gram that speaks most for it,
                # unless a cancel context of that label rules it out (介護の仕事に就きたい).
                found = _model_evidence(reading, k) if may_add and not ruled_out(k) else None
                if found is None:
                    continue
                evidence.append(found)
            chosen.append(k)
        chosen.sort(key=lambda k: (-combined[k], -label_scores.get(k, 0.0), _ORDER[k]))
        return chosen

    def _raised_risk(
        self, reading: Reading, risk: str, evidence: list[Evidence], ruled_out: Callable[[str], bool]
    ) -> str:
        """The dictionaries' risk, raised (never lowered) where the model is sure of a higher level and no
        risk cancel context (死ぬほど, 一緒に住もうか) rules that level out: a cancel context of high rules out
        both levels, one of emergency only emergency (前に首を絞められた is past violence, not an emergency,
        and may still be high)."""
        assert self.model is not None
        settings = self.model.settings
        p, bars = reading.probabilities, settings.raise_risk_at
        # Emergency is also high. The two outputs are fitted separately and can disagree (0.77 emergency beside
        # 0.52 high for a farewell written in Portuguese): an emergency output at its bar counts as "high or worse"
        # too, unless the high output is below `emergency_alone_min_high` (0.1 since 2026-12-07: clear dangers such as
        # 死ぬ方法教えて came with 0.71 emergency beside 0.19 high; intents/train.py says how it was chosen).
        sure_emergency = p["risk:emergency"] >= bars["risk:emergency"]
        high_or_worse = p["risk:high"] >= bars["risk:high"] or (
            sure_emergency and p["risk:high"] >= settings.emergency_alone_min_high
        )
        if reading.length < settings.raise_risk_min_chars or not high_or_worse:
            return risk
        levels = ("emergency", "high") if sure_emergency else ("high",)
        emergency_rules, high_rules = RISK_RULESETS
        for level in levels:
            if _RANK[level] <= _RANK[risk] or ruled_out(high_rules):
                return risk
            if level == "emergency" and ruled_out(emergency_rules):
                # "Not an emergency here" (done before, told as over, a pet): high may still be raised.
                continue
            found = _model_evidence(reading, f"risk:{level}")
            if found is not None:
                evidence.append(found)
                return level
        return risk

    # -- matching --------------------------------------------------------------------------------------

    @staticmethod
    def _token_views(tokens: list[Token]) -> dict[str, _View]:
        if not tokens:
            return {how: _EMPTY_VIEW for how, _ in _VIEW_FIELDS}
        views = {}
        for how, k in _VIEW_FIELDS:
            parts = [tok[k] for tok in tokens]
            ends = list(accumulate(map(len, parts)))
            starts = dict(zip([0, *ends[:-1]], range(len(parts)), strict=True))
            views[how] = _View("".join(parts), starts, ends, set(ends))
        return views

    def _scan_surface(self, s: str, starts: set[int], ends: set[int], hits) -> None:
        for i, end, entries in self._views["surface"].find(s):
            for entry in entries:
                if entry.word:
                    if _inside_word(s, i, end):
                        continue
                elif (entry.start_aligned and i not in starts) or (entry.end_aligned and end not in ends):
                    continue
                found_at = hits[(entry.rule, entry.term)]
                if len(found_at) < _MAX_OCCURRENCES:
                    found_at.append((i, end, "surface"))

    def _scan_view(self, written: _Written, how: str, view: _View, tokens: list[Token], hits) -> None:
        starts = view.starts
        for pos, vend, entries in self._views[how].find(view.text):
            first = starts.get(pos)
            if first is None:  # every token-view key begins on a token start
                continue
            for entry in entries:
                if entry.end_aligned and vend not in view.end_set:
                    continue
                last = bisect.bisect_left(view.ends, vend)
                span = (tokens[first].begin, tokens[last].end)
                if entry.kana_guard and not written.same_word(span, entry.kanji):
                    continue
                found_at = hits[(entry.rule, entry.term)]
                if len(found_at) < _MAX_OCCURRENCES:
                    found_at.append((*span, how))

    def _scan_fuzzy(
        self, written: _Written, reading: _View, tokens: list[Token], hits, kana_reading: str
    ) -> None:
        """Near-misses of fuzzy terms: OSA distance (a swap is one edit) within a length-aware bound.

        A window is considered only where enough of the term's two-character pieces occur at consistent
        offsets (one edit spoils at most two pieces), so cost follows the text, not the dictionary, and
        nothing is matched from thin air.
        """
        if not self._fuzzy_terms:
            return
        done = set(hits)
        for view_name, text in (("surface", written.s), ("reading", kana_reading)):
            if len(text) < 3:
                continue
            support: dict[tuple[int, int], int] = defaultdict(int)
            keys: dict[int, tuple[str, int]] = {}
            for i, _, entries in self._fuzzy[view_name].find(text):
                for fid, off, key, need in entries:
                    if self._fuzzy_terms[fid] not in done:
                        support[(fid, i - off)] += 1
                        keys[fid] = (key, need)
            for (fid, start), count in sorted(support.items(), key=lambda kv: kv[0][1]):
                rt = self._fuzzy_terms[fid]
                if rt in done:
                    continue
                key, need = keys[fid]
                # Pieces found one place off count too (a dropped or added character shifts the rest).
                if count < need and (
                    count + support.get((fid, start - 1), 0) + support.get((fid, start + 1), 0) < need
                ):
                    continue
                found = _fuzzy_window(text, key, start)
                if found is None:
                    continue
                a, b = found
                if view_name == "reading":
                    if a not in reading.starts:
                        continue
                    first = reading.starts[a]
                    last = bisect.bisect_left(reading.ends, b)
                    a, b = tokens[first].begin, tokens[min(last, len(tokens) - 1)].end
                    if not written.same_word((a, b), self._fuzzy_kanji[fid]):
                        continue
                hits[rt].append((a, b, "fuzzy"))
                done.add(rt)

    def _alternative_spans(
        self, written: _Written, reading: _View, tokens: list[Token]
    ) -> dict[int, list[tuple[int, int]]]:
        """Phrase alternative id → spans of the text where it is written: as is, or (kanji in kana) by its
        reading from a token start, in text with no kanji the alternative lacks (see _Written)."""
        found: dict[int, list[tuple[int, int]]] = defaultdict(list)
        s, words = written.s, self._word_alternatives
        for start, end, ids in self._alternative_surface.find(s):
            span = (start, end)
            for a in ids:
                if a in words and _inside_word(s, start, end):
                    continue
                found[a].append(span)
        if self._alternative_reading.keys and tokens:
            # Thousands of matches in a long message: the token span and what is written there are worked
            # out once per match (not per alternative), and the kanji test is a subset test.
            starts, ends, last_token = reading.starts, reading.ends, len(tokens) - 1
            for vpos, vend, items in self._alternative_reading.find(reading.text):
                first = starts.get(vpos)
                if first is None:  # a reading match must begin on a token start
                    continue
                span = (tokens[first].begin, tokens[min(bisect.bisect_left(ends, vend), last_token)].end)
                kanji = written[span]
                if kanji is None:  # no kana there: no alternative is written there by its reading
                    continue
                for a, term_kanji in items:
                    if kanji <= term_kanji:  # _Written.same_word
                        found[a].append(span)
        return found


def _inside_word(s: str, start: int, end: int) -> bool:
    """Whether s[start:end] has a Latin letter or digit right before or after it (is part of a longer word)."""
    return (start > 0 and s[start - 1].isascii() and s[start - 1].isalnum()) or (
        end < len(s) and s[end].isascii() and s[end].isalnum()
    )


def _model_evidence(reading: Reading, label: str) -> Evidence | None:
    """What the model saw for `label`: the n-gram that speaks most for it (None when none is readable)."""
    span = reading.strongest(label)
    if span is None:
        return None
    return Evidence(
        label, reading.text(span), "model", "model", round(reading.probabilities[label], 3), *span
    )


class _Contexts:
    """The cancel contexts (and pattern candidates) of one text, found lazily and once per rule set."""

    __slots__ = ("engine", "s", "where", "_candidates", "_by_rule", "_spans")

    def __init__(self, engine: Engine, s: str, where: list[int] | None = None) -> None:
        self.engine = engine
        self.s = s
        self.where = where  # where each character of `s` is in the message (None: the same place)
        self._candidates: dict[int, Where] | None = None
        self._by_rule: dict[int, list[tuple[int, Where]]] | None = None
        self._spans: dict[int, list[tuple[int, int]]] = {}

    def candidates(self) -> dict[int, Where]:
        """Where each pattern and cancel context may match (Engine._regex_set), found on first need."""
        if self._candidates is None:
            self._candidates = self.engine._regex_set.candidates(self.s)
        return self._candidates

    def spans(self, r: int) -> list[tuple[int, int]]:
        """Where the cancel contexts of rule set `r` match, as places in the message."""
        spans = self._spans.get(r)
        if spans is None:
            engine = self.engine
            if self._by_rule is None:
                first = len(engine._patterns)
                by_rule: dict[int, list[tuple[int, Where]]] = defaultdict(list)
                for i, where in self.candidates().items():
                    if i >= first:
                        by_rule[engine._cancels[i - first][0]].append((i, where))
                self._by_rule = by_rule
            regexes, s = engine._regex_set, self.s
            spans = [_hit(m) for i, where in self._by_rule.get(r, ()) for m in regexes.finditer(i, s, where)]
            if self.where is not None:
                spans = [_placed(self.where, span) for span in spans]
            self._spans[r] = spans
        return spans


class _Pass:
    """The scoring of one reading of a message: scores and evidence, with the cancel contexts of every reading."""

    def __init__(
        self,
        engine: Engine,
        written: _Written,
        tokens: list[Token],
        views: dict[str, _View],
        contexts: tuple[_Contexts, ...],
        where: list[int] | None = None,
    ) -> None:
        self.engine = engine
        self.written = written
        self.s = written.s
        self.tokens = tokens
        self.views = views
        self.scores: dict[str, float] = defaultdict(float)
        self.evidence: list[Evidence] = []
        self._contexts = contexts  # this text's first
        self._where = where  # where each character of this reading is in the message (None: the same place)

    def cancelled(self, r: int, span: tuple[int, int]) -> bool:
        # Asked for every term, phrase and pattern found, and most rule sets have no cancel context in a
        # message: the span is placed and compared only where some are, without a generator per question.
        placed = None
        for c in self._contexts:
            spans = c.spans(r)
            if spans:
                if placed is None:
                    placed = span if self._where is None else _placed(self._where, span)
                start, end = placed
                for a, b in spans:
                    if a < end and start < b:
                        return True
        return False

    def add(self, other: _Pass) -> None:
        """Take in what another reading of the same message found: each label keeps the higher score, the
        evidence of both stands, quoting the message as written."""
        for label, score in other.scores.items():
            self.scores[label] = max(self.scores[label], score)
        known = set(self.evidence)
        for e in other.evidence:
            start, end = (e.start, e.end) if other._where is None else _placed(other._where, (e.start, e.end))
            quoted = e._replace(text=self.s[start:end], start=start, end=end)
            if quoted not in known:
                self.evidence.append(quoted)

    def ruled_out(self, label: str) -> bool:
        """Whether a cancel context of `label`'s rule set occurs in this message: the dictionaries decided
        against the label here. The model's second opinion may not add a label or a risk level so ruled out,
        so a false label from the model is corrected in YAML, like any other."""
        r = self.engine._rule_of.get(label)
        return r is not None and any(c.spans(r) for c in self._contexts)

    def credit(self, r: int, span: tuple[int, int], term: str, how: str, w: float, also) -> None:
        engine, s = self.engine, self.s
        label = engine._rules[r].label
        self.scores[label] += w
        self.evidence.append(Evidence(label, s[span[0] : span[1]], term, how, w, *span))
        for other, ow in also:
            # The other label's own cancel contexts hold for what it is given, too.
            target = engine._rule_of.get(other)
            if target is not None and self.cancelled(target, span):
                continue
            self.scores[other] += ow
            self.evidence.append(Evidence(other, s[span[0] : span[1]], term, "also", ow, *span))

    def score_terms(self, hits: dict[tuple[int, int], list[tuple[int, int, str]]]) -> None:
        """One occurrence per term (the first not cancelled); a term inside a longer term of the same
        label is the same evidence and does not count twice."""
        rules = self.engine._rules
        per_rule: dict[int, list[tuple[int, int, str, TermSpec]]] = defaultdict(list)
        for (r, t), occurrences in hits.items():
            for start, end, how in occurrences:
                if not self.cancelled(r, (start, end)):
                    per_rule[r].append((start, end, how, rules[r].terms[t]))
                    break
        for r, found in per_rule.items():
            found.sort(key=lambda h: (h[0] - h[1], -h[3].weight))
            kept: list[tuple[int, int]] = []
            for start, end, how, term in found:
                if any(a <= start and end <= b for a, b in kept):
                    continue
                kept.append((start, end))
                self.credit(r, (start, end), term.text, how, term.weight, term.also)

    def score_phrases(self) -> None:
        """Each matching phrase once; like terms, a phrase whose span lies inside a longer one of its label
        is the same evidence (草…のび放題 and 草…伸び放題 on 草がのび放題) and does not count again."""
        engine = self.engine
        matched: dict[int, list[tuple[tuple[int, int], PhraseSpec]]] = defaultdict(list)
        where = engine._alternative_spans(self.written, self.views["reading"], self.tokens)
        present = set(where)
        anchored = engine._anchored
        candidates = sorted({i for a in present for i in anchored.get(a, ())})
        phrases = engine._phrases
        # A part's occurrences (its present alternatives' spans, sorted) are listed once per message: many
        # phrases share a part (a word set such as the family members), and most candidates lack a part.
        listed: dict[frozenset[int], list[tuple[int, int]]] = {}
        for i in candidates:
            phrase = phrases[i]
            for ids in phrase.parts:
                if present.isdisjoint(ids):
                    break
            else:
                spans = []
                for ids in phrase.parts:
                    occurrences = listed.get(ids)
                    if occurrences is None:
                        here = present & ids  # two sets: iterates the smaller
                        occurrences = listed[ids] = sorted({span for a in here for span in where[a]})
                    spans.append(occurrences)
                spec = phrase.spec
                match = _ordered if spec.ordered else _unordered
                span = match(spans, spec.within, lambda sp, r=phrase.rule: self.cancelled(r, sp))
                if span is not None:
                    matched[phrase.rule].append((span, spec))
        for r, found in matched.items():
            found.sort(key=lambda m: (m[0][0] - m[0][1], -m[1].weight))
            kept: list[tuple[int, int]] = []
            for span, spec in found:
                if any(a <= span[0] and span[1] <= b for a, b in kept):
                    continue
                kept.append(span)
                self.credit(r, span, spec.text, "phrase", spec.weight, spec.also)

    def score_patterns(self) -> None:
        engine, s = self.engine, self.s
        regexes, patterns = engine._regex_set, engine._patterns
        for i, where in self._contexts[0].candidates().items():
            if i >= len(patterns):
                break  # ascending: the cancel contexts come after the patterns
            r, pat = patterns[i]
            if where is _WHOLE:
                # Searched whole (every short message): most candidates do not match, and a search says so
                # without an iterator; a first match that counts is credited at once. Otherwise the loop
                # below goes through the matches from the first, as it always did.
                m = pat.regex.compiled.search(s)
                if m is None:
                    continue
                if m.end() > m.start() and not self.cancelled(r, span := _hit(m)):
                    self.credit(r, span, pat.source, "pattern", pat.weight, pat.also)
                    continue
            for m in regexes.finditer(i, s, where):
                if m.end() > m.start() and not self.cancelled(r, span := _hit(m)):
                    self.credit(r, span, pat.source, "pattern", pat.weight, pat.also)
                    break


def _hit(m: re.Match[str]) -> tuple[int, int]:
    """Where a pattern or cancel context matched: its group `hit` where it has one and that group took part.

    A pattern that checks the whole message first (`^(?=[^\\n]*…)[^\\n]*?(?P<hit>…)`) matches from the
    message's start; `hit` names the words that are the evidence, so that a cancel context elsewhere in the
    message does not overlap them, and a cancel context of that form does not reach back over other words.
    """
    if "hit" in m.re.groupindex:
        start, end = m.span("hit")
        if end > start:
            return start, end
    return m.span()


def _placed(where: list[int], span: tuple[int, int]) -> tuple[int, int]:
    """A span of a reading as a span of the message, by where each character of the reading is in it."""
    a, b = span
    if not where:
        return (0, 0)
    start = where[a] if a < len(where) else where[-1] + 1
    return (start, where[b - 1] + 1) if b > a else (start, start)


def _ordered(spans: list[list[tuple[int, int]]], within: int, cancelled) -> tuple[int, int] | None:
    """The first span holding one occurrence of every part, in order, within `within` characters.

    From each occurrence of the first part, each next part takes its earliest occurrence that starts after
    the previous one ends and ends inside the window.
    """
    for start, end in spans[0]:
        limit = start + within
        cur = end
        for occurrences in spans[1:]:
            j = bisect.bisect_left(occurrences, (cur, -1))
            while j < len(occurrences) and occurrences[j][0] < limit and occurrences[j][1] > limit:
                j += 1
            if j == len(occurrences) or occurrences[j][0] >= limit:
                break
            cur = occurrences[j][1]
        else:
            if not cancelled((start, cur)):
                return (start, cur)
    return None


def _unordered(spans: list[list[tuple[int, int]]], within: int, cancelled) -> tuple[int, int] | None:
    """The first span of at most `within` characters holding one occurrence of every part, in any order."""
    events = sorted((a, b, k) for k, occurrences in enumerate(spans) for a, b in occurrences)
    for i, (start, _, _) in enumerate(events):
        limit = start + within
        needed = set(range(len(spans)))
        end = start
        for a, b, k in events[i:]:
            if a >= limit:
                break
            if k in needed and b <= limit:
                needed.discard(k)
                end = max(end, b)
                if not needed:
                    break
        if not needed and not cancelled((start, end)):
            return (start, end)
    return None


class _Written(dict):
    """The text of one message, and for each span asked about: its kanji when it has kana, else None.

    A reading match is the term's word only if written (partly) in kana with none of another word's kanji
    (`same_word`). The readings of terms, phrase alternatives and fuzzy terms meet the same few token spans
    many times in a message, so what a span holds is worked out once.
    """

    __slots__ = ("s",)

    def __init__(self, s: str) -> None:
        super().__init__()
        self.s = s

    def __missing__(self, span: tuple[int, int]) -> frozenset[str] | None:
        # The span's characters as a set: kana among them (normalize.has_kana), and its kanji (kanji_of).
        chars = frozenset(self.s[span[0] : span[1]])
        kanji = None if KANA_CHARS.isdisjoint(chars) else chars & KANJI_CHARS
        self[span] = kanji
        return kanji

    def same_word(self, span: tuple[int, int], term_kanji: frozenset[str]) -> bool:
        kanji = self[span]
        return kanji is not None and kanji <= term_kanji


def max_edits(length: int) -> int:
    """How many edits a fuzzy term of `length` characters tolerates: 1 up to 7 characters, then 2."""
    return 1 if length < 8 else 2


def _fuzzy_window(text: str, key: str, start: int) -> tuple[int, int] | None:
    """The best window of `text` near `start` within `max_edits` of `key`, or None."""
    n = len(key)
    k = max_edits(n)
    best: tuple[int, int, int] | None = None
    for a in (start, start - 1, start + 1):
        if a < 0:
            continue
        for length in (n, n - 1, n + 1):
            b = a + length
            if b > len(text) or length < 3:
                continue
            d = OSA.distance(key, text[a:b], score_cutoff=k)
            if d <= k and (best is None or d < best[0]):
                best = (d, a, b)
    return None if best is None else (best[1], best[2])


_default: Engine | None = None
_default_lock = threading.Lock()


def default_engine() -> Engine:
    """The process-wide engine over the package's dictionaries, built on first use."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                engine = cached_engine(DEFAULT_DIR)
                if os.environ.get("TSUNAGU_CONCERN_MODEL", "1").strip().lower() not in ("0", "off", "no"):
                    engine.model = default_model()
                for problem in engine.problems:
                    log.warning("intent dictionary problem: %s", problem)
                _default = engine
    return _default


def cached_engine(directory: Path, where: Path | None = None) -> Engine:
    """The engine over `directory`: from the on-disk cache (`intents.cache`; `where`, by default the
    directory the environment names) when it holds one made from the same inputs, else built and cached."""
    from . import cache

    path = cache.engine_file(directory, where or cache.cache_dir())
    engine = cache.load(path)
    if not isinstance(engine, Engine):
        engine = Engine.from_directory(directory)
        cache.save(path, engine)
    return engine


def classify(text: str) -> Classification:
    """Labels, risk, scores and evidence for one resident message."""
    return default_engine().classify(text)
