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
from intents.prefilter import RegexSet, heads

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
    found = [m.span() for m in regex_set.finditer(i, text, candidates[i])]
    assert found
    if candidates[i].starts is not None:  # tried only at its heads: exactly the matches of a full search
        assert found == [m.span() for m in regexes[i].finditer(text)]


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
        assert all(where.size(len(text)) < 100 for where in candidates.values())


def test_heads_are_the_strings_every_match_begins_with() -> None:
    assert heads(re.compile("(死に|しに)たい")) == {"死", "しに"}  # 死 alone is distinctive
    assert heads(re.compile("(?<!笑い)死ぬ")) == {"死"}  # a look-behind takes no text
    assert heads(re.compile("(を)?死")) == {"死", "を死"}  # never empty
    assert heads(re.compile("(?:母|は)が.{0,5}こわい")) == {"母が", "はが"}  # one hiragana is too common
    assert heads(re.compile("[^。]{0,5}死にたい")) is None  # cannot be listed
    assert heads(re.compile("死|.{0,2}消えたい")) is None  # one alternative without heads
    assert heads(re.compile("(?i)help")) is None


def test_long_text_tries_a_pattern_only_at_its_heads() -> None:
    patterns = [re.compile("(?<!笑い)死(ぬ|にたい)"), re.compile("[^。]{0,3}消えたい")]
    regex_set = RegexSet(patterns)
    text = "。" * 400 + "もう死にたい。笑い死ぬ。消えたい" + "。" * 400
    candidates = regex_set.candidates(text)
    assert candidates[0].starts == (402, 409)  # both 死, tried at each; the second fails its look-behind
    assert [m.group() for m in regex_set.finditer(0, text, candidates[0])] == ["死にたい"]
    assert candidates[1].starts is None and candidates[1].windows  # no heads: windows
    assert [m.group() for m in regex_set.finditer(1, text, candidates[1])] == ["消えたい"]


def test_digits_and_spaces_end_where_the_head_lists_stop() -> None:
    """`heads` lists what `\\d` and `\\s` match up to _LAST_DIGIT_OR_SPACE: nothing past it may be either."""
    from intents.prefilter import _LAST_DIGIT_OR_SPACE

    beyond = (chr(c) for c in range(_LAST_DIGIT_OR_SPACE + 1, 0x110000))
    assert not any(c.isdecimal() or c.isspace() for c in beyond)
    assert heads(re.compile(r"\d+日")) == frozenset(
        c for c in map(chr, range(_LAST_DIGIT_OR_SPACE + 1)) if re.match(r"\d", c)
    )
