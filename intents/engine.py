"""The classifier engine: compiles rule sets into match indexes once, then classifies messages.

A message is normalized, tokenized once by SudachiPy, and looked at through four *views*:

- `surface`: the normalized text itself (every position);
- `reading`: the tokens' readings in hiragana, so かいご / ｶｲｺﾞ / カイゴ meet 介護;
- `lemma`: the tokens' dictionary forms, so 殴られた meets 殴る and 眠れなくて meets 眠れない;
- `norm`: Sudachi's normalized forms, so 引きこもり / 引き篭り meet 引き籠もり (for terms written with kanji).

Every term is compiled into a key per view and indexed by its first two characters, so a message costs one
dict lookup per position and view, whatever the dictionary size. Token views are only entered at token
starts, which keeps short kana terms from matching inside unrelated words.
"""

from __future__ import annotations

import bisect
import logging
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from rapidfuzz.distance import OSA

from .dictionary import (
    DictionarySet,
    LazyRegex,
    PatternSpec,
    PhraseSpec,
    RuleSet,
    TermSpec,
    load_dictionaries,
)
from .labels import CONCERNS, LABELS, META, RISK_RULESETS
from .normalize import has_kana, has_kanji, is_ascii_word, is_hiragana, kanji_of, normalize
from .prefilter import Gate, _cost, pieces
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
    how: str  # surface | lemma | norm | reading | fuzzy | phrase | pattern | also
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
class _Part:
    surface: str
    reading: str  # "" when the reading adds nothing
    kanji: frozenset[str] = frozenset()


@dataclass(slots=True)
class _Phrase:
    rule: int
    spec: PhraseSpec
    parts: list[_Part]


@dataclass(slots=True)
class _View:
    """A token view of one message: the joined string and where each token sits in it and in the text."""

    text: str
    starts: dict[int, int]  # view offset → token index
    ends: list[int]  # view end offset of each token (increasing)
    end_set: set[int]


class _Index:
    """Keys bucketed by their first two characters, then by length (one-character keys by that character).

    At a position the scanner looks up the next two characters, then slices once per key length in that
    bucket and looks the slice up: no entry is compared one by one, however many share a prefix.
    """

    def __init__(self) -> None:
        self._building: dict[str, dict[int, dict[str, list[_Entry]]]] = defaultdict(dict)
        self.two: dict[str, tuple[tuple[int, dict[str, list[_Entry]]], ...]] = {}
        self.one: dict[str, list[_Entry]] = defaultdict(list)

    def add(self, entry: _Entry) -> None:
        if len(entry.key) == 1:
            self.one[entry.key].append(entry)
        else:
            by_length = self._building[entry.key[:2]].setdefault(len(entry.key), {})
            by_length.setdefault(entry.key, []).append(entry)

    def freeze(self) -> None:
        self.two = {prefix: tuple(sorted(groups.items())) for prefix, groups in self._building.items()}
        self.one = dict(self.one)


class Engine:
    """Compiled dictionaries. Thread-safe: `classify` keeps no state between calls."""

    def __init__(self, dictionaries: DictionarySet) -> None:
        self.dictionaries = dictionaries
        self.version = dictionaries.version
        self.problems = list(dictionaries.problems)
        self._rules: list[RuleSet] = [
            dictionaries.rulesets[k] for k in (*LABELS, *RISK_RULESETS) if k in dictionaries.rulesets
        ]
        self._views = {how: _Index() for how in ("surface", "reading", "lemma", "norm")}
        self._fuzzy: dict[str, dict[str, list[tuple[int, int, str]]]] = {"surface": {}, "reading": {}}
        self._fuzzy_terms: list[tuple[int, int]] = []
        self._fuzzy_kanji: list[frozenset[str]] = []
        self._phrases: list[_Phrase] = []
        for r, rs in enumerate(self._rules):
            for t, term in enumerate(rs.terms):
                self._compile_term(r, t, term)
            for spec in rs.phrases:
                self._phrases.append(_Phrase(r, spec, [self._compile_part(p) for p in spec.parts]))
        for index in self._views.values():
            index.freeze()
        # A phrase is tried only when the first two characters of its rarest part (its anchor) occur in the
        # message or in its reading: the message's character pairs are looked up, not every phrase.
        self._phrase_anchor: dict[str, list[int]] = defaultdict(list)
        self._phrase_anchor_reading: dict[str, list[int]] = defaultdict(list)
        for i, phrase in enumerate(self._phrases):
            anchor = min(phrase.parts, key=lambda p: _cost(frozenset([p.surface])))
            self._phrase_anchor[anchor.surface[:2]].append(i)
            if anchor.reading:
                self._phrase_anchor_reading[anchor.reading[:2]].append(i)
        self._phrase_anchor = dict(self._phrase_anchor)
        self._phrase_anchor_reading = dict(self._phrase_anchor_reading)
        # Patterns run only on messages containing a string they cannot match without (see prefilter.py).
        self._patterns: list[tuple[int, PatternSpec]] = [
            (r, pat) for r, rs in enumerate(self._rules) for pat in rs.patterns
        ]
        self._pattern_gate = Gate([pat.regex for _, pat in self._patterns])
        self._cancels: list[tuple[int, LazyRegex]] = [
            (r, regex) for r, rs in enumerate(self._rules) for regex in rs.cancel
        ]
        self._cancel_gate = Gate([regex for _, regex in self._cancels])
        for _, regex in (*self._patterns_regexes(), *self._cancels):
            if isinstance(regex, LazyRegex):
                regex.tree = None  # read by the gates; not needed any more
        self._thresholds = {rs.label: rs.threshold for rs in self._rules}
        self._rule_of = {rs.label: r for r, rs in enumerate(self._rules)}

    def _patterns_regexes(self) -> list[tuple[int, LazyRegex]]:
        return [(r, pat.regex) for r, pat in self._patterns]

    @classmethod
    def from_directory(cls, directory: Path | str | None = None) -> Engine:
        return cls(load_dictionaries(directory))

    # -- compiling -------------------------------------------------------------------------------------

    def _compile_term(self, r: int, t: int, term: TermSpec) -> None:
        key = normalize(term.text)
        if not key:
            return
        if is_ascii_word(key):
            self._views["surface"].add(_Entry(key, r, t, "surface", False, False, word=True))
            return
        single = len(key) == 1
        hira = is_hiragana(key)
        self._views["surface"].add(
            _Entry(key, r, t, "surface", single or hira, single or (hira and len(key) <= 3))
        )
        tokens = tokenize(key)
        reading = "".join(tok.reading for tok in tokens)
        if reading and has_kana(reading):
            kanji = frozenset(c for c in key if has_kanji(c))
            self._views["reading"].add(
                _Entry(
                    reading,
                    r,
                    t,
                    "reading",
                    True,
                    len(reading) <= _SHORT_READING,
                    kana_guard=True,
                    kanji=kanji,
                )
            )
        # Dictionary forms only when the term itself ends uninflected (眠れない, 死にたい): a term whose meaning
        # lies in its inflection (死のう, 出ていけ) would otherwise match every form of the verb.
        lemma = "".join(tok.lemma for tok in tokens)
        # A dictionary form keeps the word's first character (殴られ → 殴る); one that does not is a different
        # word Sudachi read into a kana term (しのう → き + のう = きのう, 'yesterday'), so it gets no lemma entry.
        if tokens and tokens[-1].surface == tokens[-1].lemma and lemma != key and lemma[:1] == key[:1]:
            self._views["lemma"].add(_Entry(lemma, r, t, "lemma", True, len(lemma) <= 2))
        norm = "".join(tok.norm for tok in tokens)
        # Canonical forms only for uninflected terms written with kanji (引きこもり → 引き籠もり): the kana
        # term うつ is read by Sudachi as the verb 打つ, and 眠れない's canonical form is 眠らない's too.
        if (
            has_kanji(key)
            and all(tok.surface == tok.lemma for tok in tokens)
            and norm
            and norm not in (key, lemma)
        ):
            self._views["norm"].add(_Entry(norm, r, t, "norm", True, len(norm) <= 2))
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
                for off in range(len(k) - 1):
                    self._fuzzy[view].setdefault(k[off : off + 2], []).append((fid, off, k))

    def _compile_part(self, part: str) -> _Part:
        key = normalize(part)
        reading = "" if is_ascii_word(key) else "".join(tok.reading for tok in tokenize(key))
        return _Part(
            key,
            reading if reading and reading != key and has_kana(reading) else "",
            frozenset(c for c in key if has_kanji(c)),
        )

    # -- classifying -----------------------------------------------------------------------------------

    def classify(self, text: str) -> Classification:
        if not isinstance(text, str):
            raise TypeError(f"classify() takes a str, not {type(text).__name__}")
        s = normalize(text)
        tokens = tokenize(s) if s.strip() else []
        views = self._token_views(tokens)
        starts = {tok.begin for tok in tokens}
        ends = {tok.end for tok in tokens}

        # (rule, term) → occurrences (start, end, how), in the order found
        hits: dict[tuple[int, int], list[tuple[int, int, str]]] = defaultdict(list)
        self._scan_surface(s, starts, ends, hits)
        for how, view in views.items():
            self._scan_view(s, how, view, tokens, hits)
        s_pieces = pieces(s)
        # The reading of the tokens written with kana (others masked, offsets kept): kana slips and
        # kana-written phrase parts are looked for only there, since a reading of kanji is what Sudachi
        # read, not what the resident typed (and _same_word refuses such matches anyway).
        kana_reading = "".join(t.reading if has_kana(t.surface) else "\0" * len(t.reading) for t in tokens)
        self._scan_fuzzy(s, views.get("reading"), tokens, hits, s_pieces, kana_reading)

        run = _Pass(self, s, tokens, views, s_pieces, kana_reading)
        run.score_terms(hits)
        run.score_phrases()
        run.score_patterns()
        return self._decide(run.scores, run.evidence)

    def _decide(self, scores: dict[str, float], evidence: list[Evidence]) -> Classification:
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
        order = {k: i for i, k in enumerate(LABELS)}
        fired.sort(key=lambda k: (-label_scores[k], order[k]))
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
        return Classification(intents, risk, {**label_scores, **risk_scores}, evidence, self.version)

    # -- matching --------------------------------------------------------------------------------------

    @staticmethod
    def _token_views(tokens: list[Token]) -> dict[str, _View]:
        readings: list[str] = []
        lemmas: list[str] = []
        norms: list[str] = []
        starts: tuple[dict[int, int], dict[int, int], dict[int, int]] = ({}, {}, {})
        ends: tuple[list[int], list[int], list[int]] = ([], [], [])
        pr = pl = pn = 0
        for i, tok in enumerate(tokens):
            starts[0][pr] = i
            starts[1][pl] = i
            starts[2][pn] = i
            pr += len(tok.reading)
            pl += len(tok.lemma)
            pn += len(tok.norm)
            ends[0].append(pr)
            ends[1].append(pl)
            ends[2].append(pn)
            readings.append(tok.reading)
            lemmas.append(tok.lemma)
            norms.append(tok.norm)
        return {
            how: _View("".join(parts), starts[k], ends[k], set(ends[k]))
            for k, (how, parts) in enumerate((("reading", readings), ("lemma", lemmas), ("norm", norms)))
        }

    def _scan_surface(self, s: str, starts: set[int], ends: set[int], hits) -> None:
        index = self._views["surface"]
        get2 = index.two.get
        get1 = index.one.get if index.one else None
        n = len(s)
        for i in range(n):
            found: list[_Entry] | None = None  # no list is made at the many positions where nothing starts
            groups = get2(s[i : i + 2])
            if groups:
                for length, keys in groups:
                    entries = keys.get(s[i : i + length])
                    if entries:
                        found = entries if found is None else found + entries
            if get1 is not None:
                entries = get1(s[i])
                if entries:
                    found = entries if found is None else found + entries
            if found is None:
                continue
            for entry in found:
                end = i + len(entry.key)
                if entry.word:
                    if (i > 0 and s[i - 1].isascii() and s[i - 1].isalnum()) or (
                        end < n and s[end].isascii() and s[end].isalnum()
                    ):
                        continue
                elif (entry.start_aligned and i not in starts) or (entry.end_aligned and end not in ends):
                    continue
                found_at = hits[(entry.rule, entry.term)]
                if len(found_at) < _MAX_OCCURRENCES:
                    found_at.append((i, end, "surface"))

    def _scan_view(self, s: str, how: str, view: _View, tokens: list[Token], hits) -> None:
        index = self._views[how]
        get2 = index.two.get
        get1 = index.one.get if index.one else None
        v = view.text
        for pos, first in view.starts.items():
            found: list[_Entry] | None = None
            groups = get2(v[pos : pos + 2])
            if groups:
                for length, keys in groups:
                    entries = keys.get(v[pos : pos + length])
                    if entries:
                        found = entries if found is None else found + entries
            if get1 is not None:
                entries = get1(v[pos : pos + 1])
                if entries:
                    found = entries if found is None else found + entries
            if found is None:
                continue
            for entry in found:
                vend = pos + len(entry.key)
                if entry.end_aligned and vend not in view.end_set:
                    continue
                last = bisect.bisect_left(view.ends, vend)
                span = (tokens[first].begin, tokens[last].end)
                if entry.kana_guard and not _same_word(s[span[0] : span[1]], entry.kanji):
                    continue
                found_at = hits[(entry.rule, entry.term)]
                if len(found_at) < _MAX_OCCURRENCES:
                    found_at.append((*span, how))

    def _scan_fuzzy(
        self,
        s: str,
        reading: _View | None,
        tokens: list[Token],
        hits,
        text_pieces: set[str],
        kana_reading: str,
    ) -> None:
        """Near-misses of fuzzy terms: OSA distance (a swap is one edit) within a length-aware bound.

        A window is considered only where enough of the term's two-character pieces occur at consistent
        offsets (one edit spoils at most two pieces), so cost follows the text, not the dictionary, and
        nothing is matched from thin air.
        """
        if not self._fuzzy_terms:
            return
        done = set(hits)
        for view_name, text in (("surface", s), ("reading", kana_reading)):
            grams = self._fuzzy[view_name]
            if not grams or len(text) < 3:
                continue
            support: dict[tuple[int, int], int] = defaultdict(int)
            keys: dict[int, str] = {}
            # Only the pieces this text has (a set intersection, in C), then where they are.
            for gram in grams.keys() & (text_pieces if view_name == "surface" else pieces(text)):
                entries = grams[gram]
                i = text.find(gram)
                while i != -1:
                    for fid, off, key in entries:
                        if self._fuzzy_terms[fid] not in done:
                            support[(fid, i - off)] += 1
                            keys[fid] = key
                    i = text.find(gram, i + 1)
            for (fid, start), count in sorted(support.items(), key=lambda kv: kv[0][1]):
                rt = self._fuzzy_terms[fid]
                if rt in done:
                    continue
                key = keys[fid]
                near = count + support.get((fid, start - 1), 0) + support.get((fid, start + 1), 0)
                if near < max(1, len(key) - 1 - 2 * max_edits(len(key))):
                    continue
                found = _fuzzy_window(text, key, start)
                if found is None:
                    continue
                a, b = found
                if view_name == "reading":
                    if reading is None or a not in reading.starts:
                        continue
                    first = reading.starts[a]
                    last = bisect.bisect_left(reading.ends, b)
                    a, b = tokens[first].begin, tokens[min(last, len(tokens) - 1)].end
                    if not _same_word(s[a:b], self._fuzzy_kanji[fid]):
                        continue
                hits[rt].append((a, b, "fuzzy"))
                done.add(rt)

    def _match_phrase(
        self, s: str, phrase: _Phrase, reading: _View | None, tokens: list[Token], cancelled
    ) -> tuple[int, int] | None:
        """The first span holding every part in order within `within` characters (and not cancelled).

        From each occurrence of the first part, the next parts are searched only inside the window, so
        a long message full of a common first part costs a bounded search per occurrence.
        """
        parts = phrase.parts
        within = phrase.spec.within
        by_reading = [self._reading_spans(s, part, reading, tokens) for part in parts]
        first = parts[0]
        starts = [(i, i + len(first.surface)) for i in _find_all_positions(s, first.surface)]
        if by_reading[0]:
            starts = sorted(set(starts) | set(by_reading[0]))
        for start, end in starts:
            limit = start + within
            cur = end
            for k in range(1, len(parts)):
                part = parts[k]
                best: tuple[int, int] | None = None
                i = s.find(part.surface, cur, limit)
                if i != -1:
                    best = (i, i + len(part.surface))
                spans = by_reading[k]
                if spans:
                    j = bisect.bisect_left(spans, (cur, -1))
                    if j < len(spans) and spans[j][1] <= limit and (best is None or spans[j][0] < best[0]):
                        best = spans[j]
                if best is None:
                    break
                cur = best[1]
            else:
                if not cancelled((start, cur)):
                    return (start, cur)
        return None

    @staticmethod
    def _reading_spans(
        s: str, part: _Part, reading: _View | None, tokens: list[Token]
    ) -> list[tuple[int, int]]:
        """Where a part is written in kana (found by its reading), as sorted spans of the text."""
        if not part.reading or reading is None or part.reading not in reading.text:
            return []
        out = []
        for vpos in _find_all_positions(reading.text, part.reading):
            first = reading.starts.get(vpos)
            if first is None:
                continue
            last = bisect.bisect_left(reading.ends, vpos + len(part.reading))
            span = (tokens[first].begin, tokens[min(last, len(tokens) - 1)].end)
            if _same_word(s[span[0] : span[1]], part.kanji):
                out.append(span)
        return out


class _Pass:
    """The scoring of one message: cancel contexts (found lazily), scores and evidence."""

    def __init__(
        self,
        engine: Engine,
        s: str,
        tokens: list[Token],
        views: dict[str, _View],
        s_pieces: set[str],
        kana_reading: str,
    ) -> None:
        self.kana_reading = kana_reading
        self.engine = engine
        self.s = s
        self.tokens = tokens
        self.views = views
        self.pieces = s_pieces
        self.scores: dict[str, float] = defaultdict(float)
        self.evidence: list[Evidence] = []
        self._cancels: dict[int, list[tuple[int, int]]] = {}
        self._cancel_candidates: list[int] | None = None

    def cancelled(self, r: int, span: tuple[int, int]) -> bool:
        spans = self._cancels.get(r)
        if spans is None:
            engine = self.engine
            if self._cancel_candidates is None:
                self._cancel_candidates = engine._cancel_gate.candidates(self.s, self.pieces)
            spans = self._cancels[r] = [
                m.span()
                for i in self._cancel_candidates
                if engine._cancels[i][0] == r
                for m in engine._cancels[i][1].finditer(self.s)
            ]
        return any(a < span[1] and span[0] < b for a, b in spans)

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
        engine, s = self.engine, self.s
        reading = self.views["reading"]
        kana = self.kana_reading
        candidates = _anchored(self.pieces, engine._phrase_anchor)
        if engine._phrase_anchor_reading and kana.strip("\0"):
            candidates |= _anchored(pieces(kana), engine._phrase_anchor_reading)
        for i in sorted(candidates):
            phrase = engine._phrases[i]
            if not all(p.surface in s or (p.reading and p.reading in kana) for p in phrase.parts):
                continue
            span = engine._match_phrase(
                s, phrase, reading, self.tokens, lambda sp, r=phrase.rule: self.cancelled(r, sp)
            )
            if span is not None:
                spec = phrase.spec
                self.credit(phrase.rule, span, "…".join(spec.parts), "phrase", spec.weight, spec.also)

    def score_patterns(self) -> None:
        engine, s = self.engine, self.s
        for i in engine._pattern_gate.candidates(s, self.pieces):
            r, pat = engine._patterns[i]
            for m in pat.regex.finditer(s):
                if m.end() > m.start() and not self.cancelled(r, m.span()):
                    self.credit(r, m.span(), pat.source, "pattern", pat.weight, pat.also)
                    break


def _anchored(text_pieces: set[str], index: dict[str, list[int]]) -> set[int]:
    """Ids filed in `index` under a piece (character or character pair) of the text."""
    out: set[int] = set()
    if len(index) < len(text_pieces):
        for key, ids in index.items():
            if key in text_pieces:
                out.update(ids)
    else:
        for key in text_pieces:
            ids = index.get(key)
            if ids:
                out.update(ids)
    return out


def _same_word(matched: str, term_kanji: frozenset[str]) -> bool:
    """A reading match is the term's word only if written (partly) in kana with none of another word's kanji."""
    return has_kana(matched) and all(c in term_kanji for c in kanji_of(matched))


def _find_all_positions(text: str, key: str) -> list[int]:
    out = []
    i = text.find(key)
    while i != -1:
        out.append(i)
        i = text.find(key, i + 1)
    return out


def _find_all(text: str, key: str) -> list[tuple[int, int]]:
    return [(i, i + len(key)) for i in _find_all_positions(text, key)]


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
                engine = Engine.from_directory()
                for problem in engine.problems:
                    log.warning("intent dictionary problem: %s", problem)
                _default = engine
    return _default


def classify(text: str) -> Classification:
    """Labels, risk, scores and evidence for one resident message."""
    return default_engine().classify(text)
