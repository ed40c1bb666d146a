"""City pack behaviour: routing, crisis lines, nearest windows, area names, office and quiet hours.

Times are fixed datetimes (Asia/Tokyo or UTC) chosen to cross midnight, month ends, national holidays
and 年末年始; hypothesis checks the invariants of `next_open` / `next_allowed` over three years.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.city import CityPack, clear_cache, load_city, tel_uri
from intents.labels import CONCERNS

JST = ZoneInfo("Asia/Tokyo")
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
CITIES = Path(__file__).resolve().parent.parent / "cities"


def jst(*args: int) -> datetime:
    return datetime(*args, tzinfo=JST)  # type: ignore[misc]  # year, month, day[, hour, minute, second]


def ids(items: list[Any]) -> list[str]:
    return [x.id for x in items]


@pytest.fixture(scope="module")
def zushi() -> CityPack:
    return load_city("zushi")


@pytest.fixture(scope="module")
def odawara() -> CityPack:
    return load_city("odawara")


def edited_pack(tmp_path: Path, edit: Callable[[dict[str, Any]], None], name: str = "zushi") -> Path:
    """A copy of a shipped pack (with the shared folders) under tmp_path, changed by `edit`; returns the root."""
    root = tmp_path / "cities"
    for folder in (name, "_lines", "_calendar"):
        shutil.copytree(CITIES / folder, root / folder)
    files = {
        p.name: yaml.load(p.read_text(encoding="utf-8"), Loader=LOADER) for p in (root / name).glob("*.yaml")
    }
    edit(files)
    for file, data in files.items():
        (root / name / file).write_text(
            yaml.dump(data, Dumper=DUMPER, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
    clear_cache()
    return root


# ---- routing -------------------------------------------------------------------------------------


def test_dementia_in_an_area_goes_to_that_areas_houkatsu_first(zushi: CityPack) -> None:
    assert ids(zushi.windows_for(["dementia"], "east")) == ["zushi_houkatsu_east", "zushi_houkatsu_kikan"]
    assert ids(zushi.windows_for(["dementia"], zushi.area("west")))[0] == "zushi_houkatsu_west"


def test_without_an_area_the_city_wide_window_leads(zushi: CityPack) -> None:
    found = ids(zushi.windows_for(["dementia"]))
    assert found[0] == "zushi_houkatsu_kikan"
    assert set(found) == {
        "zushi_houkatsu_kikan",
        "zushi_houkatsu_east",
        "zushi_houkatsu_central",
        "zushi_houkatsu_west",
    }


def test_compound_concerns_lead_with_the_hub_and_cover_each_concern(zushi: CityPack) -> None:
    found = zushi.windows_for(["dementia", "poverty_finance"], "central")
    assert found[0].kind == "hub"
    top3 = found[:3]
    assert any("dementia" in w.concerns for w in top3[1:])
    assert any("poverty_finance" in w.concerns for w in top3[1:])
    assert len(ids(found)) == len(set(ids(found)))  # no window twice


def test_two_labels_of_one_field_are_not_compound(zushi: CityPack) -> None:
    assert not zushi.is_compound(["dementia", "elderly_care"])  # both → 包括
    assert ids(zushi.windows_for(["dementia", "elderly_care"], "east"))[0] == "zushi_houkatsu_east"
    assert zushi.is_compound(["isolation_hikikomori", "poverty_finance"])
    assert not zushi.is_compound(["dementia", "greeting"])


def test_one_concern_does_not_bring_the_hub_unless_routed_there(zushi: CityPack) -> None:
    assert "hub" not in {w.kind for w in zushi.windows_for(["poverty_finance"])}
    assert zushi.windows_for(["hoarding_environment"])[0].kind == "hub"


def test_an_area_id_the_pack_does_not_know_gets_the_city_wide_windows(zushi: CityPack) -> None:
    # e.g. a resident's area remembered under another pack: harmless, never an error
    assert ids(zushi.windows_for(["dementia"], "kozu")) == ["zushi_houkatsu_kikan"]


def test_out_of_scope_and_meta_labels(zushi: CityPack) -> None:
    assert ids(zushi.windows_for(["out_of_scope"])) == ["zushi_city_hall"]
    assert zushi.general_contact().phone == "046-873-1111"
    assert zushi.windows_for(["greeting"]) == []
    assert zushi.windows_for(["request_human"]) == []
    # a concern beside out_of_scope wins: the message is a welfare consultation after all
    assert "zushi_city_hall" not in ids(zushi.windows_for(["out_of_scope", "housing"]))


def test_unknown_label_is_a_clear_error(zushi: CityPack) -> None:
    with pytest.raises(ValueError, match="unknown label"):
        zushi.windows_for(["dementa"])


@pytest.mark.parametrize("pack_name", ["zushi", "odawara"])
@pytest.mark.parametrize("concern", CONCERNS)
def test_every_concern_reaches_a_window_in_every_area(pack_name: str, concern: str) -> None:
    pack = load_city(pack_name)
    assert pack.windows_for([concern]), concern
    for area in pack.areas:
        found = pack.windows_for([concern], area)
        assert found and all(w.serves(area) for w in found), (concern, area.id)


def test_odawara_routes_by_its_twelve_areas_and_its_hub(odawara: CityPack) -> None:
    assert len(odawara.areas) == 12
    houkatsu = [w for w in odawara.windows if w.kind == "houkatsu"]
    assert len(houkatsu) == 12 and all(len(w.areas) == 1 for w in houkatsu)
    assert odawara.windows_for(["dementia"], "kozu")[0].id == "odawara_houkatsu_kozu"
    assert odawara.hub().id == "odawara_marugoto"  # type: ignore[union-attr]  # the pack has one
    assert odawara.windows_for(["hoarding_environment", "isolation_hikikomori"])[0].id == "odawara_marugoto"


def test_unknown_phone_points_to_a_verified_number_and_says_so(zushi: CityPack) -> None:
    east = zushi.window("zushi_houkatsu_east")
    assert east.phone is None and not east.verified
    assert east.call == "046-873-1111" and east.tel == "tel:0468731111"
    assert "市役所の代表電話" in (east.call_note or "")
    own = zushi.window("zushi_seikatsu_konkyu")
    assert own.verified and own.call == own.phone == "046-876-6222" and own.call_note is None
    assert own.fact_source("phone") is not None and own.fact_source("phone").date == "2024-02-05"  # type: ignore[union-attr]


def test_tel_uri_escapes_short_codes() -> None:
    assert tel_uri("#7119") == "tel:%237119"
    assert tel_uri("0120-279-338") == "tel:0120279338"


def test_resources_follow_concerns_and_areas(zushi: CityPack, odawara: CityPack) -> None:
    assert "zushi_ninchisho_cafe_sample" in ids(zushi.resources_for(["dementia"]))
    assert zushi.resources_for(["employment"]) == []
    shokudo = "odawara_kodomo_shokudo_sample"
    assert shokudo in ids(odawara.resources_for(["child_family"], "sakawa"))
    assert shokudo not in ids(odawara.resources_for(["child_family"], "honcho"))
    assert shokudo in ids(odawara.resources_for(["child_family"]))


# ---- crisis lines ---------------------------------------------------------------------------------


def test_emergency_always_starts_with_110_and_119(zushi: CityPack) -> None:
    for concerns in ([], ["mental_health"], ["abuse_violence", "child_family"]):
        lines = zushi.crisis_lines("emergency", concerns)
        assert [x.phone for x in lines[:2]] == ["110", "119"]
        assert len(lines) == len({x.id for x in lines})


def test_emergency_lines_follow_the_concern(zushi: CityPack) -> None:
    violence = ids(zushi.crisis_lines("emergency", ["abuse_violence"]))
    assert violence.index("dv_soudan_plus") < violence.index("yorisoi_hotline")
    assert "inochi_sos" in ids(zushi.crisis_lines("emergency"))


def test_lines_closed_at_night_move_to_the_end_but_stay(zushi: CityPack) -> None:
    night = jst(2026, 11, 24, 3, 0)  # Tuesday 03:00: #いのちSOS opens at 06:00 on Tuesdays
    lines = ids(zushi.crisis_lines("emergency", at=night))
    assert lines[:2] == ["police_110", "fire_119"]
    assert set(lines) == set(ids(zushi.crisis_lines("emergency")))
    assert lines.index("inochi_no_denwa_free") > lines.index("yorisoi_hotline")
    assert lines.index("inochi_sos") > lines.index("kanagawa_kokoro_denwa")
    day = ids(zushi.crisis_lines("emergency", at=jst(2026, 11, 24, 17, 0)))
    assert day.index("inochi_sos") < day.index("kanagawa_kokoro_denwa")


def test_risk_levels(zushi: CityPack) -> None:
    assert zushi.crisis_lines("none") == []
    assert zushi.crisis_lines("high", ["abuse_violence"])[0].id == "dv_soudan_plus"
    with pytest.raises(ValueError, match="unknown risk"):
        zushi.crisis_lines("urgent")


# ---- nearest windows and areas -------------------------------------------------------------------


def test_nearest_window_is_the_one_serving_the_senders_area(zushi: CityPack) -> None:
    kotsubo = zushi.town("kotsubo").point
    assert kotsubo is not None
    near = zushi.nearest_windows(kotsubo.lat, kotsubo.lon, ["dementia"])
    assert ids([n.window for n in near]) == ["zushi_houkatsu_west", "zushi_houkatsu_kikan"]
    assert near[0].approximate and near[0].distance_km < 0.01
    assert zushi.area_at(kotsubo.lat, kotsubo.lon).id == "west"  # type: ignore[union-attr]  # towns have points


def test_nearest_windows_sorted_by_distance_and_flagged(zushi: CityPack) -> None:
    near = zushi.nearest_windows(35.2957, 139.5805, limit=50)  # at the city hall
    assert len(near) == len(zushi.windows_for(["out_of_scope"])) + len(
        [w for w in zushi.windows if w.serves("central") and w.kind != "general"]
    )
    assert len(zushi.nearest_windows(35.2957, 139.5805)) == 3
    assert [n.distance_km for n in near] == sorted(n.distance_km for n in near)
    hall = next(n for n in near if n.window.id == "zushi_city_hall")
    assert not hall.approximate and hall.distance_km < 0.05
    # the 社協 in 桜山 has no coordinates: its 圏域's point is used, and said to be approximate
    assert all(n.approximate for n in near if n.window.location is None)
    assert zushi.nearest_windows(35.2957, 139.5805, limit=0) == []


def test_nearest_windows_distance_is_haversine(zushi: CityPack) -> None:
    numama = zushi.town("numama").point
    assert numama is not None
    far = {n.window.id: n for n in zushi.nearest_windows(numama.lat, numama.lon, ["poverty_finance"])}
    # 桜山 has no point, so the window is placed at its 圏域's (中部: 逗子), about 2 km from 沼間
    assert far["zushi_seikatsu_konkyu"].approximate
    assert 1.5 < far["zushi_seikatsu_konkyu"].distance_km < 3.0


def test_a_place_far_from_every_town_is_in_no_area(zushi: CityPack) -> None:
    assert zushi.area_at(35.6812, 139.7671) is None  # Tokyo station
    near = zushi.nearest_windows(35.6812, 139.7671, ["dementia"], limit=10)
    assert {n.window.id for n in near} >= {"zushi_houkatsu_east", "zushi_houkatsu_west"}  # no area assumed
    assert all(n.distance_km > 40 for n in near)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=40))
def test_find_area_never_fails_on_any_text(text: str) -> None:
    pack = load_city("zushi")
    found = pack.find_area(text)
    assert found is None or found in pack.areas


@pytest.mark.parametrize(
    ("text", "area", "town"),
    [
        ("沼間", "east", "numama"),
        ("ぬま", "east", "numama"),
        ("ヌマ", "east", "numama"),
        ("Numama", "east", "numama"),
        ("沼間に住んでいます", "east", "numama"),
        ("逗子市小坪3丁目", "west", "kotsubo"),
        ("ひさぎ5ちょうめ", "central", "hisagi"),
        ("サクラヤマ", "central", "sakurayama"),
        ("逗子", "central", "zushi"),
        ("東部圏域", "east", None),
        ("とうぶ", "east", None),
        ("西部", "west", None),
        ("逗子市", None, None),
        ("横浜", None, None),
        ("", None, None),
    ],
)
def test_find_area_by_kanji_kana_or_romaji(
    zushi: CityPack, text: str, area: str | None, town: str | None
) -> None:
    found = zushi.find_area(text)
    assert (found.id if found else None) == area
    found_town = zushi.find_town(text)
    assert (found_town.id if found_town else None) == town


def test_find_area_in_odawara_prefers_the_town_of_the_same_name(odawara: CityPack) -> None:
    assert odawara.find_town("本町").id == "honcho_town"  # type: ignore[union-attr]
    assert odawara.find_area("ほんちょう").id == "honcho"  # type: ignore[union-attr]
    assert odawara.find_area("こうづ").id == "kozu"  # type: ignore[union-attr]


# ---- office hours ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("at", "open_"),
    [
        (jst(2026, 11, 24, 10, 0), True),  # Tuesday
        (jst(2026, 11, 23, 10, 0), False),  # 勤労感謝の日 (Monday)
        (jst(2026, 11, 24, 8, 59, 59), False),
        (jst(2026, 11, 24, 9, 0), True),
        (jst(2026, 11, 24, 16, 59, 59), True),
        (jst(2026, 11, 24, 17, 0), False),
        (jst(2026, 11, 28, 10, 0), False),  # Saturday
        (jst(2026, 12, 28, 10, 0), True),  # last working day of the year
        (jst(2026, 12, 29, 10, 0), False),  # 年末年始
        (jst(2027, 1, 3, 10, 0), False),
        (jst(2027, 1, 4, 10, 0), True),
        (datetime(2026, 11, 24, 1, 0, tzinfo=UTC), True),  # 10:00 JST
        (datetime(2026, 11, 24, 8, 30, tzinfo=UTC), False),  # 17:30 JST
    ],
)
def test_office_is_open(zushi: CityPack, at: datetime, open_: bool) -> None:
    assert zushi.office_hours.is_open(at) is open_


@pytest.mark.parametrize(
    ("at", "expected"),
    [
        (jst(2026, 11, 24, 10, 0), jst(2026, 11, 24, 10, 0)),  # open now: now
        (jst(2026, 11, 20, 18, 0), jst(2026, 11, 24, 9, 0)),  # Friday night → past the weekend and a holiday
        (jst(2026, 11, 24, 0, 30), jst(2026, 11, 24, 9, 0)),  # after midnight → same morning
        (jst(2026, 12, 28, 17, 30), jst(2027, 1, 4, 9, 0)),  # 年末年始 across the new year
        (jst(2026, 4, 30, 18, 0), jst(2026, 5, 1, 9, 0)),  # month end
        (jst(2026, 5, 1, 17, 0), jst(2026, 5, 7, 9, 0)),  # Golden Week: weekend + 5/3–5/6
        (jst(2027, 2, 26, 18, 0), jst(2027, 3, 1, 9, 0)),  # end of February
        (jst(2027, 3, 19, 18, 0), jst(2027, 3, 23, 9, 0)),  # 春分の日 on Sunday → 振替休日 Monday
    ],
)
def test_office_next_open(zushi: CityPack, at: datetime, expected: datetime) -> None:
    assert zushi.office_hours.next_open(at) == expected


def test_next_open_keeps_the_callers_time_zone(zushi: CityPack) -> None:
    friday_evening = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # 18:00 JST
    result = zushi.office_hours.next_open(friday_evening)
    assert result == datetime(2026, 11, 24, 0, 0, tzinfo=UTC)
    assert result is not None and result.tzinfo == UTC


def test_naive_datetimes_are_refused(zushi: CityPack) -> None:
    naive = datetime(2026, 11, 24, 10, 0)  # noqa: DTZ001 — the point of the test
    with pytest.raises(ValueError, match="naive"):
        zushi.office_hours.is_open(naive)
    with pytest.raises(ValueError, match="naive"):
        zushi.quiet_hours.next_allowed(naive)


def test_odawara_has_its_own_hours(odawara: CityPack) -> None:
    assert odawara.office_hours.is_open(jst(2026, 11, 24, 8, 30))
    assert not odawara.office_hours.is_open(jst(2026, 11, 24, 17, 15))


def test_line_hours_cross_midnight(zushi: CityPack) -> None:
    sos = zushi.line("inochi_sos")  # Mon/Thu/Fri 24 h; Tue/Wed/Sat/Sun 06:00–24:00
    assert sos.open_at(jst(2026, 11, 23, 23, 59)) is True  # Monday night
    assert sos.open_at(jst(2026, 11, 24, 3, 0)) is False  # Tuesday small hours
    assert sos.hours is not None and sos.hours.next_open(jst(2026, 11, 24, 3, 0)) == jst(2026, 11, 24, 6, 0)
    assert zushi.line("kokoro_kenko_unified_dial").open_at(jst(2026, 11, 24, 3, 0)) is None  # varies: unknown
    assert zushi.line("yorisoi_hotline").hours.always_open  # type: ignore[union-attr]


def test_overnight_span_belongs_to_the_day_it_starts(tmp_path: Path) -> None:
    def night_window(files: dict[str, Any]) -> None:
        hall = files["windows.yaml"]["windows"][0]
        hall["hours"] = {
            "text": "夜間",
            "weekly": {"mon,fri": "22:00-06:00"},
            "closed": ["holidays", "year_end"],
        }
        hall["verified"] = False  # invented hours: the pack would refuse them as a verified fact

    pack = load_city("zushi", edited_pack(tmp_path, night_window))
    hours = pack.window("zushi_city_hall").hours
    assert hours is not None
    assert hours.is_open(jst(2026, 11, 27, 23, 0))  # Friday night
    assert hours.is_open(jst(2026, 11, 28, 5, 59))  # Saturday before six: still Friday's span
    assert not hours.is_open(jst(2026, 11, 28, 6, 0))
    assert hours.next_open(jst(2026, 11, 28, 6, 0)) == jst(2026, 11, 30, 22, 0)  # Monday night
    # Monday 12-28 is a working day, so its night runs on into the closed 12-29
    assert hours.is_open(jst(2026, 12, 29, 3, 0))
    # 2027-01-01 (Friday, 元日 and 年末年始) has no night; the next opening is Monday 01-04
    assert not hours.is_open(jst(2027, 1, 1, 23, 0))
    assert hours.next_open(jst(2027, 1, 1, 23, 0)) == jst(2027, 1, 4, 22, 0)
    clear_cache()


# ---- quiet hours -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("at", "quiet", "allowed"),
    [
        (jst(2026, 11, 24, 19, 59, 59), False, jst(2026, 11, 24, 19, 59, 59)),
        (jst(2026, 11, 24, 20, 0), True, jst(2026, 11, 25, 9, 0)),
        (jst(2026, 11, 24, 23, 30), True, jst(2026, 11, 25, 9, 0)),
        (jst(2026, 11, 25, 3, 0), True, jst(2026, 11, 25, 9, 0)),
        (jst(2026, 11, 25, 9, 0), False, jst(2026, 11, 25, 9, 0)),
        (jst(2026, 1, 31, 21, 0), True, jst(2026, 2, 1, 9, 0)),  # month end
        (jst(2026, 2, 28, 22, 0), True, jst(2026, 3, 1, 9, 0)),
        (jst(2026, 12, 31, 22, 0), True, jst(2027, 1, 1, 9, 0)),  # year end
    ],
)
def test_quiet_hours(zushi: CityPack, at: datetime, quiet: bool, allowed: datetime) -> None:
    assert zushi.quiet_hours.is_quiet(at) is quiet
    assert zushi.quiet_hours.next_allowed(at) == allowed


def test_quiet_hours_in_utc_out_in_utc(zushi: CityPack, odawara: CityPack) -> None:
    at = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # 21:00 JST
    assert zushi.quiet_hours.next_allowed(at) == datetime(2026, 11, 24, 0, 0, tzinfo=UTC)
    assert odawara.quiet_hours.is_quiet(at)  # the default 20:00–09:00 applies


# ---- invariants ------------------------------------------------------------------------------------

moments = st.datetimes(
    min_value=datetime(2025, 1, 1),  # noqa: DTZ001 — hypothesis bounds are naive; timezones= adds the zone
    max_value=datetime(2027, 12, 20),  # noqa: DTZ001
    timezones=st.sampled_from([UTC, JST]),
)


@settings(max_examples=300, deadline=None)
@given(at=moments)
def test_next_open_is_the_first_open_moment(at: datetime) -> None:
    hours = load_city("zushi").office_hours
    nxt = hours.next_open(at)
    assert nxt is not None and nxt >= at and hours.is_open(nxt)
    if nxt != at:
        assert not hours.is_open(nxt - timedelta(seconds=1))
        assert not hours.is_open(at + (nxt - at) / 2)


@settings(max_examples=300, deadline=None)
@given(at=moments)
def test_next_allowed_is_the_first_moment_outside_quiet_hours(at: datetime) -> None:
    quiet = load_city("zushi").quiet_hours
    nxt = quiet.next_allowed(at)
    assert nxt >= at and not quiet.is_quiet(nxt)
    if nxt != at:
        assert quiet.is_quiet(nxt - timedelta(seconds=1))
        assert nxt - at <= timedelta(hours=13)
