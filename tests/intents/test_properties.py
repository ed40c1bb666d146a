"""Property: `classify` never raises and returns a well-formed result on any str up to 20,000 characters."""

from __future__ import annotations

import functools
import json
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intents import Classification, classify
from intents.labels import LABELS, RISKS
from intents.normalize import normalize
from intents.prefilter import RegexSet

# Characters residents' messages are made of, plus the awkward ones (surrogates, controls, combining marks,
# half-width voiced marks, emoji with joiners), so that short samples hit the odd cases often.
_JAPANESE = st.sampled_from(
    list("あいうえおかきくけこしにたいーっゃゅょアイウカゴヒキコモリｶｲｺﾞﾞﾟ介護母父死消仕事金")
    + list("〜～ー。、！？…「」()（）(^^)🙇😭👍‍️\u3099\u309a\u200d\ufeff\x00\n\t ")
    + ["\ud800", "\udfff", "\U0001f469\u200d\U0001f467", "ｗｗｗ", "orz", "ＤＶ", "shinitai"]
)
_PIECES = st.one_of(st.characters(), _JAPANESE)
_SHORT = st.lists(_PIECES, max_size=120).map("".join)
# Long inputs are built by repeating a sample, so that 20,000 characters cost hypothesis little to draw.
_LONG = st.tuples(st.lists(_PIECES, min_size=1, max_size=40).map("".join), st.integers(1, 20_000)).map(
    lambda pair: (pair[0] * pair[1])[:20_000]
)


def assert_well_formed(text: str, result: Classification) -> None:
    assert isinstance(result, Classification)
    assert result.intents, "intents is never empty"
    assert len(set(result.intents)) == len(result.intents)
    assert set(result.intents) <= set(LABELS)
    for alone in ("greeting", "out_of_scope"):
        if alone in result.intents:
            assert result.intents == [alone]
    assert result.risk in RISKS
    assert all(isinstance(v, float) for v in result.scores.values())
    normalized = normalize(text)
    for e in result.evidence:
        assert 0 <= e.start < e.end <= len(normalized)
        assert normalized[e.start : e.end] == e.text
    json.dumps(result.to_dict(), ensure_ascii=False)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_SHORT)
def test_short_arbitrary_text(text: str) -> None:
    assert_well_formed(text, classify(text))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_LONG)
def test_long_arbitrary_text(text: str) -> None:
    assert_well_formed(text, classify(text))


def test_longest_line_message_and_beyond() -> None:
    for text in ["死" * 20_000, "🙇" * 20_000, "あ" * 49_150, "介護。" * 7_000, "\ud800" * 5_000]:
        assert_well_formed(text, classify(text))


@functools.cache
def _regex_set() -> tuple[list[re.Pattern[str]], RegexSet]:
    from intents.dictionary import load_dictionaries

    dictionaries = load_dictionaries(strict=True)
    regexes = [p.regex.compiled for rs in dictionaries.rulesets.values() for p in rs.patterns]
    regexes += [c.compiled for rs in dictionaries.rulesets.values() for c in rs.cancel]
    return regexes, RegexSet(regexes)


@functools.cache
def _strategy(i: int) -> st.SearchStrategy[str] | None:
    regexes, _ = _regex_set()
    try:
        strategy = st.from_regex(regexes[i])
        strategy.validate()
    except Exception:  # noqa: BLE001 - constructs hypothesis cannot generate from; the dev-set test covers them
        return None
    return strategy


# Filler that makes a text long enough (> RegexSet.WHOLE) to be searched in windows.
_FILLER = st.text(alphabet="あいうえおかきくけこ。、母は家でテレビ見てる", min_size=0, max_size=400)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_the_regex_set_never_hides_a_match(data: st.DataObject) -> None:
    """A dictionary pattern that matches a text, short or long, is a candidate and its windows find a match."""
    regexes, regex_set = _regex_set()
    i = data.draw(st.integers(0, len(regexes) - 1), label="pattern")
    strategy = _strategy(i)
    if strategy is None:
        return
    text = data.draw(_FILLER, label="before") + data.draw(strategy, label="text") + data.draw(_FILLER)
    if not regexes[i].search(text):  # a look-around may refuse the filler around the generated match
        return
    candidates = regex_set.candidates(text)
    assert i in candidates
    assert any(True for _ in regex_set.finditer(i, text, candidates[i]))


def test_windows_keep_look_ahead_and_look_behind() -> None:
    """A window ends past the widest match plus its look-ahead; look-behind still sees the text before it."""
    patterns = [re.compile("死にたい(?!わけじゃない)"), re.compile("(?<!笑い)死ぬ")]
    regex_set = RegexSet(patterns)
    far = "。" * 500
    for text, expected in [
        (far + "死にたいわけじゃない" + far, set()),
        (far + "死にたい" + far, {0}),
        (far + "笑い死ぬ" + far, set()),
        (far + "もう死ぬ" + far, {1}),
    ]:
        candidates = regex_set.candidates(text)
        found = {
            i for i, windows in candidates.items() if any(True for _ in regex_set.finditer(i, text, windows))
        }
        assert found == expected, text.strip("。")
        assert all(w is not None and sum(b - a for a, b in w) < 100 for w in candidates.values())
