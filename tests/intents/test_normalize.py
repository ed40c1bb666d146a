"""Normalization, kana helpers, chunking and the per-thread tokenizer."""

from __future__ import annotations

import threading

import pytest

from intents.normalize import (
    is_hiragana,
    is_kana,
    katakana_only,
    never_kept,
    normalize,
    spaced_kana,
    to_hiragana,
    without_spaces,
)
from intents.tokenizer import CHUNK_CHARS, chunks, tokenize

SUDACHI_MAX_BYTES = 49_149


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ｶｲｺﾞ", "カイゴ"),  # half-width katakana, voiced mark composed
        ("ＤＶ", "dv"),  # full-width Latin, lower-cased
        ("１０００円", "1000円"),  # full-width digits; a run of zeros is a number, not a repeat
        ("つらーーーい", "つらい"),  # elongation after hiragana dropped
        ("たすけて〜〜", "たすけて"),
        ("ヘルパーー", "ヘルパー"),  # katakana long vowel kept, run folded
        ("デイサービス〜", "デイサービスー"),  # a wave dash after katakana reads as a long vowel
        ("しにたいいいい", "しにたい"),  # three or more repeats fold to one
        ("ありがとう！！！", "ありがとう!"),
        ("すごくいい", "すごくいい"),  # a double letter is a word, not emphasis
        ("もう無理😭😭😭", "もう無理😭"),  # emoji kept as a signal
        ("orz", "orz"),
        ("(T_T)", "(t_t)"),
        ("", ""),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_is_idempotent_on_examples() -> None:
    for raw in ["ｶｲｺﾞ〜〜", "ＴＡＳＵＫＥＴＥ！！", "ねむれなーい", "息子がﾋｷｺﾓﾘ"]:
        once = normalize(raw)
        assert normalize(once) == once


def test_normalize_removes_what_breaks_the_tokenizer() -> None:
    assert normalize("a\ud800b\x00c") == "a\ufffdb c"


def test_kana_helpers() -> None:
    assert to_hiragana("カイゴ・ヘルパー") == "かいご・へるぱー"
    assert is_hiragana("かいご") and not is_hiragana("カイゴ") and not is_hiragana("介護")
    assert is_kana("カイゴかいご") and not is_kana("介護")
    assert katakana_only(normalize("ｺﾛｻﾚﾙ ﾀｽｹﾃ")) and katakana_only("シニタイ!")
    assert (
        not katakana_only("ヘルパーさん") and not katakana_only("介護ヘルパー") and not katakana_only("help")
    )
    assert spaced_kana("まごが らいしゅう あそびに きます")
    assert not spaced_kana("祖父が 縁側で 倒れて います")  # mostly kanji
    assert not spaced_kana("たおれて います") and not spaced_kana("たおれています")  # too few words
    assert without_spaces("ゆめ で\nみた") == ("ゆめで\nみた", [0, 1, 3, 4, 5, 6])  # line breaks kept


def test_chunks_cover_the_text_in_order_and_stay_below_the_byte_limit() -> None:
    text = ("母の介護がつらい。" * 900) + ("🙇" * 9000) + "終わり"
    pieces = chunks(text)
    assert "".join(piece for _, piece in pieces) == text
    assert all(text[offset : offset + len(piece)] == piece for offset, piece in pieces)
    assert all(len(piece) <= CHUNK_CHARS for _, piece in pieces)
    assert max(len(piece.encode()) for _, piece in pieces) < SUDACHI_MAX_BYTES
    # a chunk ends at a sentence break when one is near
    assert pieces[0][1].endswith("。")


def test_tokenize_long_text_keeps_offsets() -> None:
    text = "父が物忘れで困っています。" * 2000  # 26,000 characters: far beyond SudachiPy's limit in one call
    tokens = tokenize(text)
    assert tokens[-1].end == len(text)
    assert all(text[t.begin : t.end] == t.surface for t in tokens)
    assert [t.begin for t in tokens] == sorted(t.begin for t in tokens)


def test_tokens_carry_reading_lemma_and_norm() -> None:
    (token,) = tokenize("ひきこもり")
    assert token.reading == "ひきこもり" and token.norm == "引き籠もり"
    first = tokenize("殴られた")[0]
    assert first.lemma == "殴る" and first.reading == "なぐら"
    # Sudachi reads every symbol as キゴウ; the surface is the signal
    assert [t.reading for t in tokenize("orz")] == ["orz"]


def test_tokenizer_is_safe_across_threads() -> None:
    errors: list[BaseException] = []
    results: list[int] = []

    def work() -> None:
        try:
            for _ in range(50):
                results.append(len(tokenize("母が同じことを何回も聞いてくるし、鍋を焦がした")))
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(set(results)) == 1 and len(results) == 300


# the Thai SARA AM (ำ) is one: NFKC writes it as ํา, so a pattern with ำ never matched (cb78c86)
@pytest.mark.parametrize("c", ["！", "？", "９", "…", "（", "Ａ", "D", "〜", "~", "ｶ", "\u0e33"])
def test_never_kept_names_characters_no_normalized_text_has(c: str) -> None:
    assert never_kept(c)
    assert c not in normalize(f"あ{c}い a{c}b 漢{c}字")


@pytest.mark.parametrize(
    ("c", "text"), [("!", "はい!"), ("9", "9時"), ("ー", "データ"), ("ぃ", "てぃっしゅ"), ("é", "café")]
)
def test_never_kept_spares_characters_normalized_text_may_have(c: str, text: str) -> None:
    assert not never_kept(c)
    assert c in normalize(text)
