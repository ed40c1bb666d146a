"""The wording catalog: every key used in code exists, every template renders, and the loader refuses
the mistakes a city's edit can make (duplicate keys, wrong namespace, non-strings, missing variables)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot import wording
from intents.labels import CONCERNS

ROOT = Path(__file__).resolve().parent.parent
# `wording.text("a.b.c"`, f-strings such as `wording.text(f"frontdoor.concern.{c}"`, and keys passed
# around as literals (`alt_key="frontdoor.card.windows_alt"`).
# A key's first part is its file's name in templates/messages/ (so `checkins_console.plans`, a Flask endpoint,
# is not taken for a key of `checkins.yaml`).
NAMESPACES = sorted(p.stem for p in (ROOT / "templates" / "messages").glob("*.yaml"))
KEY_IN_CODE = re.compile(
    r"""(?:wording\.text\(\s*)?(f?)["']((?:""" + "|".join(NAMESPACES) + r""")\.[a-z_.{}]+)["']"""
)
IMPORTS_WORDING = re.compile(r"^from bot import .*\bwording\b|^import bot\.wording", re.M)


def _code_keys() -> list[tuple[str, str, bool]]:
    """(file, key, is_prefix) for every literal key passed to bot.wording.text in the project."""
    found = []
    for path in sorted([*ROOT.glob("bot/**/*.py"), *ROOT.glob("handoff/**/*.py")]):
        source = path.read_text(encoding="utf-8")
        if not IMPORTS_WORDING.search(source):
            continue
        for is_f, key in KEY_IN_CODE.findall(source):
            if is_f and "{" in key:
                found.append((path.name, key.split("{", 1)[0], True))
            elif key.endswith("."):  # a prefix, as in wording.keys("frontdoor.topic.")
                found.append((path.name, key, True))
            else:
                found.append((path.name, key, False))
    return found


def test_code_uses_wording() -> None:
    """The scan below really sees the conversation's keys (so the next test cannot pass vacuously)."""
    files = {f for f, _, _ in _code_keys()}
    assert {"conversation.py", "cards.py"} <= files
    assert len(_code_keys()) > 30


@pytest.mark.parametrize(("file", "key", "is_prefix"), _code_keys())
def test_every_key_used_in_code_exists(file: str, key: str, is_prefix: bool) -> None:
    if is_prefix:
        assert wording.keys(key), f"{file}: no wording key starts with {key!r}"
    else:
        assert wording.has(key), f"{file}: wording key {key!r} is missing from templates/messages/"


@pytest.mark.parametrize("key", wording.keys())
def test_every_template_renders(key: str) -> None:
    variables = {name: "〇〇" for name in wording.placeholders(key)}
    rendered = wording.text(key, **variables)
    assert rendered.strip(), f"{key} renders empty"
    assert "{" not in rendered and "}" not in rendered, f"{key} left a placeholder: {rendered!r}"


@pytest.mark.parametrize("label", CONCERNS)
def test_every_concern_has_plain_words(label: str) -> None:
    """The acknowledgement names each concern in plain words; a label without words would crash a reply."""
    assert wording.has(f"frontdoor.concern.{label}")


CHIP_KEYS = [
    *wording.keys("frontdoor.quick."),
    *wording.keys("frontdoor.topic."),
    "frontdoor.compound.accept",
    "frontdoor.compound.decline",
    "frontdoor.area.next_page",
    "frontdoor.card.call",
    "frontdoor.card.map",
    "frontdoor.card.web",
    "frontdoor.emergency.police",
    "frontdoor.emergency.ambulance",
]


@pytest.mark.parametrize("key", CHIP_KEYS)
def test_button_labels_fit_line(key: str) -> None:
    """LINE cuts quick-reply labels at 20 characters; ours must be whole words."""
    assert len(wording.text(key)) <= 20


# Promises no person has agreed to: the bot may say a counselor answers in turn, never when or how.
PROMISES = [
    "すぐ電話",
    "すぐにお電話",
    "お電話します",
    "必ず",
    "すぐに連絡",
    "すぐ連絡",
    "今すぐ相談員",
    "解決します",
]


@pytest.mark.parametrize("key", wording.keys("frontdoor."))
def test_front_door_never_promises(key: str) -> None:
    text = wording.text(key, **{name: "〇〇" for name in wording.placeholders(key)})
    for phrase in PROMISES:
        assert phrase not in text, f"{key} promises {phrase!r}"


def test_messages_are_short() -> None:
    """Plain and short: no single front-door sentence block runs over 200 characters."""
    long = [
        k
        for k in wording.keys("frontdoor.")
        if len(wording.text(k, **dict.fromkeys(wording.placeholders(k), ""))) > 200
    ]
    assert long == []


# --- the loader -------------------------------------------------------------------------------------


@pytest.fixture
def catalog_dir(tmp_path: Path):
    """A private message directory; the project's catalog is restored afterwards."""
    yield tmp_path
    wording.load()


def test_files_merge_and_keys_are_dotted(catalog_dir: Path) -> None:
    (catalog_dir / "a.yaml").write_text("a:\n  hello: こんにちは、{name}さん\n  nested:\n    x: X\n", "utf-8")
    (catalog_dir / "b.yaml").write_text("b:\n  bye: またね\n", "utf-8")
    wording.load(catalog_dir)
    assert wording.keys() == ["a.hello", "a.nested.x", "b.bye"]
    assert wording.text("a.hello", name="花子") == "こんにちは、花子さん"
    assert wording.placeholders("a.hello") == {"name"}


@pytest.mark.parametrize(
    ("files", "problem"),
    [
        ({"a.yaml": "a:\n  x: 1\n"}, "must be a string"),
        ({"a.yaml": "b:\n  x: y\n"}, "must be the file name"),
        ({"a.yaml": "- a\n- b\n"}, "top level must be a mapping"),
        ({"a.yaml": "a:\n  x: y\n  'p.q': z\n"}, "bad key"),
        (
            {"a.yaml": "a:\n  x: y\n", "b.yaml": "b:\n  x: y\n", "c.yaml": "a:\n  x: z\n"},
            "must be the file name",
        ),
    ],
)
def test_malformed_catalogs_are_refused(catalog_dir: Path, files: dict[str, str], problem: str) -> None:
    for name, body in files.items():
        (catalog_dir / name).write_text(body, "utf-8")
    with pytest.raises(wording.WordingError, match=problem):
        wording.load(catalog_dir)


def test_a_key_defined_twice_is_refused(catalog_dir: Path) -> None:
    """YAML itself would keep the last of two equal keys, silently losing a sentence."""
    (catalog_dir / "a.yaml").write_text("a:\n  greeting: こんにちは\n  other: x\n  greeting: やあ\n", "utf-8")
    with pytest.raises(wording.WordingError, match="'greeting' is defined twice"):
        wording.load(catalog_dir)


def test_unknown_key_and_missing_variable_raise(catalog_dir: Path) -> None:
    (catalog_dir / "a.yaml").write_text("a:\n  hello: こんにちは、{name}さん\n", "utf-8")
    wording.load(catalog_dir)
    with pytest.raises(KeyError, match="no wording"):
        wording.text("a.nope")
    with pytest.raises(KeyError, match="needs the variable 'name'"):
        wording.text("a.hello")


def test_every_front_door_sentence_is_used() -> None:
    """A sentence nobody says is a sentence a city edits in vain: each front-door key is used in code."""
    used = {key for _, key, is_prefix in _code_keys() if not is_prefix}
    prefixes = tuple(key for _, key, is_prefix in _code_keys() if is_prefix)
    unused = [k for k in wording.keys("frontdoor.") if k not in used and not k.startswith(prefixes)]
    assert unused == []
