"""The shipped city packs pass their checks, agree with the research, and broken packs are caught.

The broken packs are copies of the Zushi pack under tmp_path with one thing spoiled each; every one
must produce the problem an editor would need to read.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from bot.city import (
    CityPackError,
    check_city,
    clear_cache,
    list_cities,
    load_city,
    phone_problem,
)
from bot.cli import main
from intents.labels import CONCERNS, META
from tests.conftest import shared_path

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
CITIES = Path(__file__).resolve().parent.parent / "cities"
TODAY = date(2026, 11, 23)  # fixed, so that the holiday-coverage check cannot start failing on its own
Edit = Callable[[dict[str, Any]], None]


@pytest.fixture(autouse=True)
def _fresh_cache() -> Any:
    clear_cache()
    yield
    clear_cache()


def spoil(tmp_path: Path, edit: Edit | None = None, name: str = "zushi") -> Path:
    """Copy a pack and the shared folders to tmp_path, apply `edit` to the parsed files; return the root."""
    root = tmp_path / "cities"
    for folder in (name, "_lines", "_calendar"):
        shutil.copytree(CITIES / folder, root / folder)
    if edit is not None:
        files = {
            p.name: yaml.load(p.read_text(encoding="utf-8"), Loader=LOADER)
            for p in (root / name).glob("*.yaml")
        }
        edit(files)
        for file, data in files.items():
            text = yaml.dump(data, Dumper=DUMPER, allow_unicode=True, sort_keys=False)
            (root / name / file).write_text(text, encoding="utf-8")
    return root


def window(files: dict[str, Any], window_id: str) -> dict[str, Any]:
    return next(w for w in files["windows.yaml"]["windows"] if w["id"] == window_id)


# ---- the shipped packs -----------------------------------------------------------------------------


def test_both_packs_are_listed() -> None:
    assert {"zushi", "odawara"} <= set(list_cities())
    assert not any(name.startswith("_") for name in list_cities())


@pytest.mark.parametrize("name", ["zushi", "odawara"])
def test_shipped_pack_passes_every_check(name: str) -> None:
    assert [str(p) for p in check_city(name, today=TODAY)] == []
    pack = load_city(name)
    assert pack.prefecture == "神奈川県" and str(pack.tz) == "Asia/Tokyo"


def test_city_is_chosen_by_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TSUNAGU_CITY", "odawara")
    assert load_city().city_name == "小田原市"
    monkeypatch.delenv("TSUNAGU_CITY")
    assert load_city().city_name == "逗子市"  # the demo city by default


def test_packs_are_cached_per_process() -> None:
    assert load_city("zushi") is load_city("zushi")
    first = load_city("zushi")
    clear_cache()
    assert load_city("zushi") is not first


def test_labels_match_the_taxonomy() -> None:
    text = shared_path("design", "taxonomy.md").read_text(encoding="utf-8")
    concern_part, meta_part = (
        text.split("## Meta labels")[0],
        text.split("## Meta labels")[1].split("## Risk")[0],
    )
    assert set(re.findall(r"^\| ([a-z_]+) \|", concern_part, re.M)) - {"id"} == set(CONCERNS)
    assert set(re.findall(r"^\| ([a-z_]+) \|", meta_part, re.M)) - {"id"} == set(META)


def _all_pack_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(CITIES.rglob("*.yaml")))


def test_every_phone_number_comes_from_the_research() -> None:
    research = shared_path("data", "public-contacts-research.yaml").read_text(encoding="utf-8")
    for name in ("zushi", "odawara"):
        pack = load_city(name)
        numbers = [p.phone for p in (*pack.windows, *pack.resources) if p.phone]
        numbers += [x.phone for x in pack.lines] + [a.phone for x in pack.lines for a in x.alt_phones]
        for number in numbers:
            if number in ("110", "119"):
                continue  # the emergency numbers, from their own dated pages
            assert re.search(rf"(?<![\d-]){re.escape(number)}(?![\d-])", research), number


def test_no_superseded_number_of_the_research_appears() -> None:
    research = yaml.safe_load(
        shared_path("data", "public-contacts-research.yaml").read_text(encoding="utf-8")
    )
    old = [s["number"] for line in research["hotlines"] for s in line.get("superseded", [])]
    assert old, "the research lists superseded numbers"
    known = {s.number for s in load_city("zushi").superseded}
    assert set(old) <= known  # each is also listed for `city check` to catch
    for path in sorted(CITIES.rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        data = {k: v for k, v in data.items() if k != "superseded"} if isinstance(data, dict) else data
        digits = re.sub(r"\D", "", yaml.safe_dump(data, allow_unicode=True))
        for number in old:
            assert re.sub(r"\D", "", number) not in digits, (path, number)


def test_facts_the_research_could_not_find_stay_sample() -> None:
    zushi = load_city("zushi")
    for w in zushi.windows:
        if w.kind == "houkatsu" or w.id in ("zushi_kikan_soudan_shien", "zushi_kodomo_katei_center"):
            assert not w.verified and w.phone is None and w.address is None, w.id
    assert not any(a.verified for a in zushi.areas)  # the 町 → 圏域 table is sample data
    for t in zushi.towns:
        assert t.point is None or t.verified, t.id
    odawara = load_city("odawara")
    verified = {p.id for p in (*odawara.windows, *odawara.resources) if p.verified}
    assert verified == {"odawara_shogai_sogo_soudan", "odawara_shakyo"}
    assert all(p.phone is None for p in (*odawara.windows, *odawara.resources))


def test_verified_entries_carry_a_dated_source_for_each_fact() -> None:
    for name in ("zushi", "odawara"):
        for p in (*load_city(name).windows, *load_city(name).resources):
            if p.verified:
                for fact, value in (("name", p.name), ("phone", p.phone), ("address", p.address)):
                    if value is not None:
                        source = p.fact_source(fact)
                        assert source is not None and re.match(r"^\d{4}", source.date or ""), (p.id, fact)


@pytest.mark.parametrize(
    ("number", "ok"),
    [
        ("046-873-1111", True),
        ("0120-279-338", True),
        ("0120-0-78310", True),
        ("0570-064-556", True),
        ("090-1234-5678", True),
        ("110", True),
        ("#7119", True),
        ("046-873-111", False),
        ("0468731111", False),
        ("090-1234-567", False),
        ("03-1234-5678-9", False),
        ("#71190", False),
        ("TEL 046-873-1111", False),
    ],
)
def test_phone_format(number: str, ok: bool) -> None:
    assert (phone_problem(number) is None) is ok


# ---- broken packs ----------------------------------------------------------------------------------


def _set(file: str, path: list[Any], value: Any) -> Edit:
    def edit(files: dict[str, Any]) -> None:
        node = files[file]
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return edit


def _on_window(window_id: str, change: Callable[[dict[str, Any]], None]) -> Edit:
    return lambda files: change(window(files, window_id))


def _drop_windows(*window_ids: str) -> Edit:
    def edit(files: dict[str, Any]) -> None:
        files["windows.yaml"]["windows"] = [
            w for w in files["windows.yaml"]["windows"] if w["id"] not in window_ids
        ]

    return edit


def _both(*edits: Edit) -> Edit:
    def edit(files: dict[str, Any]) -> None:
        for e in edits:
            e(files)

    return edit


def _remove_concern(window_id: str, concern: str) -> Edit:
    def change(w: dict[str, Any]) -> None:
        w["concerns"] = [c for c in w["concerns"] if c != concern]

    return _on_window(window_id, change)


BROKEN: list[tuple[str, Edit, str]] = [
    (
        "typo in a label",
        _on_window("zushi_seikatsu_konkyu", lambda w: w["concerns"].append("dementa")),
        "unknown concern label 'dementa'",
    ),
    (
        "typo in a key",
        _on_window("zushi_seikatsu_konkyu", lambda w: w.update(phne="046-876-6222")),
        "unknown key 'phne'",
    ),
    ("missing kind", _on_window("zushi_shakyo", lambda w: w.pop("kind")), "zushi_shakyo.kind: missing"),
    (
        "short phone",
        _on_window("zushi_seikatsu_konkyu", lambda w: w.update(phone="046-876-622")),
        "has 9 digits",
    ),
    (
        "phone without dashes",
        _on_window("zushi_seikatsu_konkyu", lambda w: w.update(phone="0468766222")),
        "is not a phone number",
    ),
    (
        "phone as a number",
        _on_window("zushi_seikatsu_konkyu", lambda w: w.update(phone=468766222)),
        "write phone numbers in quotes",
    ),
    (
        "location in Paris",
        _on_window("zushi_city_hall", lambda w: w.update(location={"lat": 48.85, "lon": 2.35})),
        "is not in Japan",
    ),
    (
        "town point at sea",
        _set("areas.yaml", ["areas", 0, "towns", 0, "point"], {"lat": 35.3, "lon": 160.0}),
        "numama.point: (35.3, 160.0) is not in Japan",
    ),
    (
        "unknown area served",
        _on_window("zushi_houkatsu_east", lambda w: w.update(areas=["north"])),
        "unknown area 'north'",
    ),
    (
        "unknown town",
        _on_window("zushi_shakyo", lambda w: w.update(town="atlantis")),
        "unknown town 'atlantis'",
    ),
    (
        "verified without sources",
        _on_window("zushi_seikatsu_konkyu", lambda w: w.pop("sources")),
        "zushi_seikatsu_konkyu.phone: marked verified but no dated source",
    ),
    (
        "source without a date",
        _on_window("zushi_seikatsu_konkyu", lambda w: w["sources"][0].pop("date")),
        "marked verified but no dated source",
    ),
    (
        "source with a bad date",
        _on_window("zushi_seikatsu_konkyu", lambda w: w["sources"][0].update(date="最近")),
        "write the page's date as YYYY-MM-DD",
    ),
    (
        "superseded number in a text",
        _on_window("zushi_shakyo", lambda w: w.update(description="DVの相談は 0570-0-55210 へ")),
        "superseded number 0570-0-55210",
    ),
    (
        "superseded number as a phone",
        _on_window("zushi_houkatsu_west", lambda w: w.update(phone="0570-0-78310")),
        "superseded number 0570-0-78310",
    ),
    (
        "hours that do not parse",
        _on_window("zushi_seikatsu_konkyu", lambda w: w["hours"].update(weekly={"mon-fri": "9時から5時"})),
        "write a span like",
    ),
    (
        "unquoted time",
        _on_window("zushi_seikatsu_konkyu", lambda w: w["hours"].update(weekly={"mon-fri": 1020})),
        "write times in quotes",
    ),
    (
        "unknown weekday",
        _on_window("zushi_seikatsu_konkyu", lambda w: w["hours"].update(weekly={"weekdays": "09:00-17:00"})),
        "use mon … sun",
    ),
    (
        "day given twice",
        _on_window(
            "zushi_seikatsu_konkyu",
            lambda w: w["hours"].update(weekly={"mon-fri": "09:00-12:00", "fri": "13:00-17:00"}),
        ),
        "a day is given twice",
    ),
    (
        "unknown closed day",
        _on_window("zushi_seikatsu_konkyu", lambda w: w["hours"].update(closed=["sometimes"])),
        "use holidays, year_end or a date",
    ),
    ("bad quiet hours", _set("city.yaml", ["quiet_hours"], "night"), "quiet_hours: 'night'"),
    ("bad time zone", _set("city.yaml", ["timezone"], "Asia/Zushi"), "unknown time zone 'Asia/Zushi'"),
    (
        "bad year end",
        _set("city.yaml", ["calendar", "year_end"], {"from": "Dec 29", "to": "Jan 3"}),
        "calendar.year_end: write from",
    ),
    (
        "unknown shared holidays",
        _set("city.yaml", ["calendar", "holidays"], "mars"),
        "no shared holiday list",
    ),
    (
        "routing to a kind nobody has",
        _set("routing.yaml", ["concerns", "dementia"], ["nursing_home"]),
        "no window has kind 'nursing_home'",
    ),
    (
        "routing to a kind that does not list the concern",
        _remove_concern("zushi_seikatsu_konkyu", "employment"),
        "no 'seikatsu_konkyu' window lists 'employment'",
    ),
    (
        "a concern nobody serves",
        _both(
            _remove_concern("zushi_seikatsu_konkyu", "employment"),
            _remove_concern("zushi_chiiki_kyosei", "employment"),
            _set("routing.yaml", ["concerns", "employment"], []),
        ),
        "concerns.employment: no window serves this concern",
    ),
    (
        "an area left without a 包括",
        _drop_windows("zushi_houkatsu_west", "zushi_houkatsu_kikan"),
        "no window serves this concern in area 'west'",
    ),
    (
        "unknown label in routing",
        _set("routing.yaml", ["concerns", "dementia_care"], ["houkatsu"]),
        "unknown concern label 'dementia_care'",
    ),
    (
        "emergency without 110",
        _set("routing.yaml", ["crisis", "emergency", "first"], ["fire_119"]),
        "must list the line with phone 110",
    ),
    (
        "no emergency section",
        lambda f: f["routing.yaml"]["crisis"].pop("emergency"),
        "no 'emergency' section",
    ),
    (
        "unknown crisis line",
        _set("routing.yaml", ["crisis", "high", "default"], ["samaritans"]),
        "unknown crisis line 'samaritans'",
    ),
    (
        "unknown risk",
        _set("routing.yaml", ["crisis", "urgent"], {"default": ["yorisoi_hotline"]}),
        "unknown risk 'urgent'",
    ),
    (
        "unknown shared lines",
        _set("crisis.yaml", ["include"], ["national", "tokyo"]),
        "no shared line file _lines/tokyo.yaml",
    ),
    (
        "phone_via to nowhere",
        _on_window("zushi_houkatsu_east", lambda w: w.update(phone_via="zushi_town_hall")),
        "unknown window 'zushi_town_hall'",
    ),
    (
        "phone_via to a window without phone",
        _on_window("zushi_houkatsu_east", lambda w: w.update(phone_via="zushi_shakyo")),
        "'zushi_shakyo' has no phone of its own",
    ),
    (
        "phone_via without a note",
        _on_window("zushi_houkatsu_east", lambda w: w.pop("phone_note")),
        "say in phone_note whose number this is",
    ),
    (
        "no way to reach",
        _on_window("zushi_houkatsu_east", lambda w: [w.pop("phone_via"), w.pop("phone_note")]),
        "zushi_houkatsu_east: no way to reach it",
    ),
    (
        "unknown general contact",
        _set("city.yaml", ["general_contact"], "zushi_town_hall"),
        "general_contact: unknown window 'zushi_town_hall'",
    ),
    (
        "duplicate id",
        _on_window("zushi_houkatsu_west", lambda w: w.update(id="zushi_houkatsu_east")),
        "id is used twice",
    ),
    (
        "id with capitals",
        _on_window("zushi_shakyo", lambda w: w.update(id="Zushi-Shakyo")),
        "ids are lower-case letters",
    ),
    (
        "area id reused by a town",
        _set("areas.yaml", ["areas", 0, "towns", 0, "id"], "east"),
        "id is used twice",
    ),
    (
        "verified town without a source",
        _set("areas.yaml", ["areas", 0, "towns", 0, "sources"], []),
        "numama: marked verified but has no dated source",
    ),
    (
        "sources not a list",
        _on_window("zushi_shakyo", lambda w: w.update(sources="the city page")),
        "sources: expected a list",
    ),
    (
        "area without towns",
        _set("areas.yaml", ["areas", 2, "towns"], []),
        "west: an area needs at least one town",
    ),
    (
        "kana in kanji",
        _set("areas.yaml", ["areas", 0, "towns", 0, "kana"], "沼間"),
        "write the reading in hiragana",
    ),
    (
        "a schedule that never opens",
        _on_window("zushi_seikatsu_konkyu", lambda w: w["hours"].update(weekly={"mon-fri": "closed"})),
        "zushi_seikatsu_konkyu.hours: the weekly schedule never opens",
    ),
    (
        "verified location without a source",
        _on_window("zushi_city_hall", lambda w: w["location"].update(verified=True)),
        "a verified location needs its source",
    ),
]


@pytest.mark.parametrize(("case", "edit", "expected"), BROKEN, ids=[c[0] for c in BROKEN])
def test_broken_pack_reports_the_problem(tmp_path: Path, case: str, edit: Edit, expected: str) -> None:
    root = spoil(tmp_path, edit)
    problems = [str(p) for p in check_city("zushi", root, today=TODAY)]
    assert any(expected in p for p in problems), f"{case}: expected {expected!r} in {problems}"
    with pytest.raises(CityPackError, match=re.escape(expected)):
        load_city("zushi", root)


def test_broken_yaml_and_missing_files(tmp_path: Path) -> None:
    root = spoil(tmp_path)
    (root / "zushi" / "windows.yaml").write_text("windows:\n  - id: [unclosed\n", encoding="utf-8")
    (root / "zushi" / "routing.yaml").unlink()
    problems = [str(p) for p in check_city("zushi", root)]
    assert any(p.startswith("windows.yaml: not valid YAML") for p in problems), problems
    assert "routing.yaml: file is missing" in problems
    assert "no city pack folder" in str(check_city("nagoya", root)[0])


def test_holidays_must_reach_ahead() -> None:
    assert check_city("zushi", today=date(2027, 6, 1)) == []
    late = [str(p) for p in check_city("zushi", today=date(2027, 11, 1))]
    assert late == ["city.yaml › calendar.holidays: no national holidays listed for 2028"]


# ---- the command -----------------------------------------------------------------------------------


def test_cli_check_ok_and_list() -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["city", "check", "zushi"])
    assert result.exit_code == 0, result.output
    assert "zushi: OK" in result.output and "(サンプル)" in result.output
    listed = runner.invoke(main, ["city", "list"])
    assert listed.exit_code == 0
    assert "逗子市" in listed.output and "小田原市" in listed.output


def test_cli_check_fails_with_a_readable_list(tmp_path: Path) -> None:
    root = spoil(
        tmp_path,
        _both(
            _set("city.yaml", ["timezone"], "Asia/Zushi"),
            _set("routing.yaml", ["concerns", "dementia"], ["nursing_home"]),
        ),
    )
    result = CliRunner().invoke(main, ["city", "check", "zushi", "--root", str(root)])
    assert result.exit_code == 1
    assert "zushi: 2 problem(s)" in result.output
    assert "  - city.yaml › timezone: unknown time zone 'Asia/Zushi'" in result.output
    assert "  - routing.yaml › concerns.dementia: no window has kind 'nursing_home'" in result.output
    listed = CliRunner().invoke(main, ["city", "list", "--root", str(root)])
    assert "zushi      BROKEN (2 problems)" in listed.output


# ---- junk anywhere gives problems, never a crash --------------------------------------------------

JUNK: list[Any] = [None, 0, "x", [], {"a": 1}, [None]]


def _fields(files: dict[str, Any]) -> list[tuple[str, tuple[Any, ...]]]:
    """Paths to every field of one representative entry of each kind (and the top of each file)."""
    found: list[tuple[str, tuple[Any, ...]]] = []
    windows = files["windows.yaml"]["windows"]
    entries = {
        "city.yaml": [()],
        "areas.yaml": [("areas", 0), ("areas", 0, "towns", 0)],
        "windows.yaml": [("windows", 2), ("windows", 4)],  # a verified window with hours; a sample one
        "resources.yaml": [("resources", 0)],
        "routing.yaml": [(), ("crisis", "emergency")],
        "crisis.yaml": [()],
    }
    assert windows[2]["id"] == "zushi_seikatsu_konkyu" and windows[4]["id"] == "zushi_houkatsu_east"
    for file, bases in entries.items():
        for base in bases:
            node = files[file]
            for key in base:
                node = node[key]
            found += [(file, (*base, key)) for key in node]
            found += [(file, base)] if base else []
    return found


def test_junk_in_any_field_is_reported_not_raised(tmp_path: Path) -> None:
    root = spoil(tmp_path)
    folder = root / "zushi"
    files = {p.name: yaml.load(p.read_text(encoding="utf-8"), Loader=LOADER) for p in folder.glob("*.yaml")}
    crashes = []
    cases = _fields(files)
    for n, (file, path) in enumerate(cases):
        junk = JUNK[n % len(JUNK)]  # each case gets one kind of junk; over all cases every kind is used
        data = yaml.load(yaml.dump(files[file], Dumper=DUMPER), Loader=LOADER)
        node = data
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = junk
        (folder / file).write_text(yaml.dump(data, Dumper=DUMPER, allow_unicode=True), encoding="utf-8")
        try:
            problems = check_city("zushi", root, today=TODAY)
        except Exception as exc:  # noqa: BLE001 — collected and reported below, with the case
            crashes.append(f"{file} {path} = {junk!r}: {exc!r}")
        else:
            assert all(isinstance(str(p), str) for p in problems)
        (folder / file).write_text(
            yaml.dump(files[file], Dumper=DUMPER, allow_unicode=True), encoding="utf-8"
        )
    assert len(cases) > 60
    assert crashes == []


def test_the_pack_reader_is_pure() -> None:
    """bot.city imports no web framework, LINE SDK or database (the conversation and worker bring those)."""
    import subprocess
    import sys

    code = "import sys, bot.city; print(sorted(m for m in ('flask', 'linebot', 'sqlalchemy', 'psycopg') if m in sys.modules))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=CITIES.parent
    )
    assert out.stdout.strip() == "[]"
