"""SudachiPy, loaded once per process, with one tokenizer per thread.

A SudachiPy tokenizer is not re-entrant ("Tokenizer is already in use" across threads), but the mapped
dictionary is shareable, so the process holds ONE `Dictionary` and each thread lazily makes its own
tokenizer from it. Input is split into chunks well below SudachiPy's 49,149-byte limit.
"""

from __future__ import annotations

import threading
from typing import NamedTuple

from sudachipy import Dictionary, SplitMode

from .normalize import to_hiragana

# 4,000 characters are at most 16,000 bytes of UTF-8: a third of SudachiPy's limit, and long enough that
# splitting rarely cuts a phrase. A chunk ends at a sentence break when one is near.
CHUNK_CHARS = 4000
_BREAKS = "。．.!?！？\n"
_BREAK_LOOKBACK = 300

_lock = threading.Lock()
_dictionary: Dictionary | None = None
_local = threading.local()
_KIGOU = {"記号", "きごう", "キゴウ"}
# A dictionary word's forms (dictionary form, normalized form, reading key), by Sudachi word id: asking a
# morpheme for three strings costs more than the rest of tokenizing, and the same few thousand words recur.
# Unknown words (ids from _OOV up) have no entry of their own and are asked every time.
_FORMS: dict[int, tuple[str, str, str]] = {}
_FORMS_CACHE = 200_000
_OOV = 0xF0000000


_new_tuple = tuple.__new__


class Token(NamedTuple):
    """One morpheme: offsets into the text given to `tokenize`, and its forms.

    A NamedTuple rather than a frozen dataclass: tokens are made by the thousand per long message, and
    tuple construction is several times cheaper.
    """

    begin: int
    end: int
    surface: str
    lemma: str  # dictionary form, in the writer's script (しに → しぬ, 殴ら → 殴る)
    norm: str  # Sudachi's normalized form (ひきこもり → 引き籠もり)
    reading: str  # hiragana reading (介護 → かいご) without ー; the surface when Sudachi has none


def dictionary() -> Dictionary:
    """The process-wide Sudachi dictionary (sudachidict_core)."""
    global _dictionary
    if _dictionary is None:
        with _lock:
            if _dictionary is None:
                _dictionary = Dictionary(dict="core")
    return _dictionary


def _tokenizer():  # -> sudachipy.Tokenizer
    tok = getattr(_local, "tokenizer", None)
    if tok is None:
        tok = dictionary().tokenizer(mode=SplitMode.C)
        _local.tokenizer = tok
    return tok


def chunks(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split `text` into (offset, piece) of at most `size` characters, preferring sentence breaks."""
    out: list[tuple[int, str]] = []
    start = 0
    n = len(text)
    while start < n:
        end = min(start + size, n)
        if end < n:
            cut = max(text.rfind(b, end - _BREAK_LOOKBACK, end) for b in _BREAKS)
            if cut > start:
                end = cut + 1
        out.append((start, text[start:end]))
        start = end
    return out


def tokenize(text: str) -> list[Token]:
    """Tokens of `text` (already normalized), offsets relative to `text`. Never raises on a cleaned str."""
    tokens: list[Token] = []
    tok = _tokenizer()
    for offset, piece in chunks(text):
        try:
            morphemes = tok.tokenize(piece)
        except Exception:  # noqa: BLE001 - an odd input must not lose the message; fall back to characters
            tokens.extend(_char_tokens(piece, offset))
            continue
        # Surfaces tile the input exactly, so offsets are summed here instead of asked of every morpheme.
        # This loop runs once per morpheme (thousands in a long message): the Token is made as the tuple it
        # is (`tuple.__new__`, no Python-level constructor call) from the cached forms.
        pos = offset
        append, cached = tokens.append, _FORMS.get
        for m in morphemes:
            surface = m.surface()
            begin = pos
            pos += len(surface)
            if not surface or surface.isspace():
                continue
            word = m.word_id()
            forms = cached(word)
            if forms is None:
                forms = _forms(m, surface)
                if word < _OOV and len(_FORMS) < _FORMS_CACHE:
                    _FORMS[word] = forms
            if forms[2] == "\0":
                # Sudachi reads every symbol (orz, (T_T), emoji runs) as キゴウ; the surface is the signal.
                forms = (forms[0], forms[1], reading_key(surface) or surface)
            append(_new_tuple(Token, (begin, pos, surface, *forms)))
    return tokens


def _forms(m, surface: str) -> tuple[str, str, str]:
    """(dictionary form, normalized form, reading key) of a morpheme; the key "\0" stands for "a symbol"."""
    reading = m.reading_form()
    if reading == "キゴウ" and surface not in _KIGOU:
        key = "\0"
    else:
        # Unknown words have no reading: match them as written.
        key = reading_key(reading or surface) or surface
    return m.dictionary_form(), m.normalized_form(), key


def reading_key(reading: str) -> str:
    """A reading as matched: hiragana without long-vowel marks (ハローワーク and はろーわーく both → はろわく)."""
    return to_hiragana(reading).replace("ー", "")


def _char_tokens(piece: str, offset: int) -> list[Token]:
    return [
        Token(offset + i, offset + i + 1, c, c, c, reading_key(c) or c)
        for i, c in enumerate(piece)
        if not c.isspace()
    ]
