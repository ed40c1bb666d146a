"""Text normalization applied alike to residents' messages and to dictionary entries.

NFKC (full/half width), lower-case Latin, long-vowel, small-vowel and repeated-character folding. Emoji and kaomoji are
kept: they are signals (😭, orz) that dictionaries may list. Kana conversion helpers live here too, because
readings from Sudachi are katakana and matching is done in hiragana.
"""

from __future__ import annotations

import re
import unicodedata

# Lone surrogates cannot be encoded to UTF-8 and would make the tokenizer raise.
_SURROGATES = re.compile("[\ud800-\udfff]")
# Control characters other than newline/tab carry nothing and confuse offsets in logs.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Elongation marks residents type: ー (and its half-width form after NFKC), 〜, ~, 〰, and the dash ― used the same way.
_LONG_MARKS = "ー〜~〰～"
_LONG_RUN = re.compile(f"[{_LONG_MARKS}]+")
# A long-vowel mark right after hiragana is casual elongation (つらーい, たすけて〜), never part of a word.
_HIRA_LONG = re.compile(f"(?<=[\u3041-\u3096])[{_LONG_MARKS}]+")
# Three or more of the same character (not a digit: 1000 must stay 1000) fold to one: つらいいい → つらい.
_REPEAT = re.compile(r"([^\d])\1{2,}")
# Small vowels typed for style (ぃなくなりたぃ, もぅ むり, すごぃ) are the full-size vowel, except where they make a sound with
# the character before them (てぃ, ふぃ, とぅ, うぉ, しぇ): only those that cannot are folded.
_SMALL_VOWEL = re.compile("(?<![てでふうすずつゔくぐ])ぃ|(?<![とどふうゔ])ぅ|(?<![ふうつゔくぐ])ぉ")
_FULL_VOWEL = {"ぃ": "い", "ぅ": "う", "ぉ": "お"}
_KATA_START, _KATA_END = 0x30A1, 0x30F6
_HIRA_START, _HIRA_END = 0x3041, 0x3096


# Either of the two above (one scan tells that a text has neither, as almost every message).
_UNSAFE = re.compile("[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: str) -> str:
    """Make any str safe for the tokenizer: no lone surrogates, no control characters."""
    if _UNSAFE.search(text) is None:
        return text
    text = _SURROGATES.sub("\ufffd", text)
    return _CONTROLS.sub(" ", text)


# Characters NFKC leaves as they are and that combine with nothing before them (combining class 0, never the
# second character of a composition): a text may be cut before any of them and normalized piece by piece with
# the same result. Most of a Japanese message is such characters; NFKC over all of a long one only because it
# holds a few half-width kana or full-width digits costs more than the rest of normalizing.
_NFKC_RUN = re.compile(r"[^\t\n\x20-\x7e\u3001\u3002\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff]+")


def nfkc(text: str) -> str:
    """unicodedata.normalize("NFKC", text), normalizing only the runs of other characters than the above, each
    with the character before it (which a mark in the run may combine with: ｶﾞ → ガ)."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    out: list[str] = []
    done = 0
    for m in _NFKC_RUN.finditer(text):
        start, end = m.span()
        start = max(start - 1, done)
        out.append(text[done:start])
        out.append(unicodedata.normalize("NFKC", text[start:end]))
        done = end
    out.append(text[done:])
    return "".join(out)


def normalize(text: str) -> str:
    """The canonical form of `text` that every matcher sees."""
    text = nfkc(clean(text)).lower()
    # Each substitution below only where its characters occur (a search for one character in C is far cheaper
    # than a regular expression's scan, and most messages have no elongation and no small vowel).
    if "ー" in text or "〜" in text or "~" in text or "〰" in text or "～" in text:  # _LONG_MARKS
        text = _HIRA_LONG.sub("", text)
        text = _LONG_RUN.sub("ー", text)
    if "ぃ" in text or "ぅ" in text or "ぉ" in text:  # _SMALL_VOWEL
        text = _SMALL_VOWEL.sub(lambda m: _FULL_VOWEL[m.group()], text)
    return _REPEAT.sub(r"\1", text)


def never_kept(c: str) -> bool:
    """Whether normalize() changes the character `c` whatever surrounds it, so that no normalized text has it: the
    forms NFKC or lower case change (full-width ！ and ９, …, upper case) and the elongation marks other than ー.
    (Small vowels are not: てぃ keeps its ぃ.)"""
    return (c in _LONG_MARKS and c != "ー") or unicodedata.normalize("NFKC", c).lower() != c


def to_hiragana(text: str) -> str:
    """Katakana → hiragana (ー and other characters unchanged)."""
    return "".join(chr(ord(c) - 0x60) if _KATA_START <= ord(c) <= _KATA_END else c for c in text)


def is_hiragana(text: str) -> bool:
    return bool(text) and all(_HIRA_START <= ord(c) <= _HIRA_END or c == "ー" for c in text)


def is_kana(text: str) -> bool:
    """Only hiragana/katakana (and ー)."""
    return bool(text) and all(
        _HIRA_START <= ord(c) <= _HIRA_END or _KATA_START <= ord(c) <= _KATA_END or c == "ー" for c in text
    )


_KANJI = re.compile("[\u4e00-\u9fff\u3400-\u4dbf々]")


_HIRAGANA_CHARS = frozenset(chr(c) for c in range(_HIRA_START, _HIRA_END + 1))
_KATAKANA_CHARS = frozenset(chr(c) for c in range(_KATA_START, _KATA_END + 1))
_KANA_CHARS = _HIRAGANA_CHARS | _KATAKANA_CHARS


def has_kana(text: str) -> bool:
    return not _KANA_CHARS.isdisjoint(text)


def katakana_only(text: str) -> bool:
    """Japanese written in katakana alone, without hiragana or kanji (ｺﾛｻﾚﾙ ﾀｽｹﾃ once NFKC'd; some older
    phones and some residents write everything so)."""
    return not _KATAKANA_CHARS.isdisjoint(text) and _HIRAGANA_CHARS.isdisjoint(text) and not has_kanji(text)


def has_kanji(text: str) -> bool:
    return _KANJI.search(text) is not None


# The characters _KANJI matches, as a set: a span's kanji are then one set intersection (see engine._Written).
KANJI_CHARS = frozenset(
    [chr(c) for c in range(0x4E00, 0x9FFF + 1)] + [chr(c) for c in range(0x3400, 0x4DBF + 1)] + ["々"]
)
KANA_CHARS = _KANA_CHARS


def kanji_of(text: str) -> list[str]:
    """The kanji characters of `text`, in order."""
    return _KANJI.findall(text)


def is_ascii_word(text: str) -> bool:
    """Latin/digit text (romaji, English), matched on word boundaries."""
    return bool(text) and text.isascii() and any(c.isalnum() for c in text)


# A message written with spaces between its words, the way many older residents and some foreign residents
# type kana (おとうさんが おかあさんを なぐってる こわい): at least this many words, mostly kana.
_SPACED_MIN_WORDS = 3
_SPACED_MIN_KANA = 0.7


# Runs of kana (_KANA_CHARS) and long-vowel marks.
_KANA_OR_LONG = re.compile("[\u3041-\u3096\u30a1-\u30f6ー]+")


def spaced_kana(text: str) -> bool:
    """Kana written with spaces between the words (まごが らいしゅう あそびに きます)."""
    if " " not in text:
        return False
    words = text.split(" ")
    if len(words) - words.count("") < _SPACED_MIN_WORDS:
        return False
    # Counted in C (a long message is thousands of characters): the letters are what is not whitespace (what
    # str.split() splits on is what str.isspace() is true of), and kana are never whitespace.
    letters = len("".join(text.split()))
    kana = len(text) - len(_KANA_OR_LONG.sub("", text))
    return kana >= _SPACED_MIN_KANA * letters


def without_spaces(text: str) -> tuple[str, list[int]]:
    """`text` with its spaces taken out (line breaks kept), and where each remaining character was in `text`."""
    where = [i for i, c in enumerate(text) if c != " "]
    return "".join(text[i] for i in where), where
