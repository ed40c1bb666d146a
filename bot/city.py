"""City packs: the data a city edits (windows, resources, areas, crisis lines, routing, hours) and its reader.

A pack is a folder `cities/<name>/` of YAML files (the format is described for city staff in
`cities/README.md`). This module reads a pack into frozen dataclasses, answers the questions the
conversation asks ("which windows for these concerns in this area?", "is the office open?", "which
crisis lines first?") and checks a pack (`check_city`, `validate`), so that `tsunagu city check NAME`
can tell an editor exactly what is wrong.

Pure on purpose: no Flask, no LINE, no database. Times go in and come out aware; the city's time zone
is used only inside (office hours, quiet hours).
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

# The taxonomy's label ids live in one place: the intent engine's vocabulary.
from bot.replies import tel_uri
from intents.labels import CONCERNS, META, RISKS

# The C-accelerated safe loader when PyYAML was built with libyaml: packs are read often in tests.
_YAML_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

DEFAULT_CITY = "zushi"
DEFAULT_ROOT = Path(__file__).resolve().parent.parent / "cities"
SHARED_LINES_DIR = "_lines"  # crisis lines used by several packs (national, per prefecture)
SHARED_CALENDAR_DIR = "_calendar"  # national holiday lists used by several packs

PACK_FILES = ("city.yaml", "areas.yaml", "windows.yaml", "resources.yaml", "crisis.yaml", "routing.yaml")
# Facts about a place that a resident is shown; each needs a dated source when the entry says verified.
FACTS = ("name", "operator", "phone", "address", "hours", "url", "email", "access")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_SECONDS = 86400

_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_SPAN = re.compile(r"^(\d{1,2}):(\d{2})\s*[-〜~]\s*(\d{1,2}):(\d{2})$")
_NUMBER_RUN = re.compile(r"\d[\d\-‐−ー ()]*\d")
_MONTH_DAY = re.compile(r"^(\d{1,2})-(\d{1,2})$")
_SHORT_NUMBERS = frozenset({"110", "118", "119", "171", "189"})
_ELEVEN_DIGIT_PREFIXES = ("050", "070", "080", "090", "0800")
_TEN_DIGIT_SERVICE_PREFIXES = ("0120", "0570")
# A point further than this from every town's point is not taken to be in any of the city's areas.
AREA_RADIUS_KM = 5.0
# Japan, generously: Yonaguni to Minamitorishima, Okinotorishima to Etorofu.
JAPAN_LAT = (20.0, 46.0)
JAPAN_LON = (122.0, 154.0)


class CityPackError(Exception):
    """A pack that cannot be used; `problems` lists every reason."""

    def __init__(self, name: str, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        lines = "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(f"city pack {name!r} has {len(self.problems)} problem(s):\n{lines}")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack, located by file and path so that an editor can find it."""

    file: str
    where: str
    message: str

    def __str__(self) -> str:
        place = f"{self.file} › {self.where}" if self.where else self.file
        return f"{place}: {self.message}"


@dataclass(frozen=True)
class Source:
    """Where a fact was read: a page and the date printed on it. `facts` names what it supports."""

    url: str
    date: str | None
    facts: tuple[str, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Point:
    """A coordinate (WGS84 degrees)."""

    lat: float
    lon: float

    def distance_km(self, lat: float, lon: float) -> float:
        """Great-circle (haversine) distance to another point."""
        return haversine_km(self.lat, self.lon, lat, lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance in kilometres along the Earth's surface (mean radius 6371 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@dataclass(frozen=True, eq=False)
class Calendar:
    """The city's closed days: national holidays (listed as dates) and the year-end break (年末年始)."""

    tz: ZoneInfo
    holidays: Mapping[date, str]
    year_end: tuple[int, int, int, int] | None  # (from month, from day, to month, to day), may cross New Year
    extra_closed: frozenset[date] = frozenset()

    def is_holiday(self, day: date) -> bool:
        return day in self.holidays

    def is_year_end(self, day: date) -> bool:
        if self.year_end is None:
            return False
        fm, fd, tm, td = self.year_end
        md = (day.month, day.day)
        if (fm, fd) <= (tm, td):
            return (fm, fd) <= md <= (tm, td)
        return md >= (fm, fd) or md <= (tm, td)


@dataclass(frozen=True)
class Hours:
    """A weekly schedule with closed days, in the city's time zone.

    `weekly[i]` holds the opening spans of weekday i (Monday = 0) in seconds from midnight; a span
    whose end is past 86400 runs over midnight and belongs to the day it started on (so a night line
    that opens on a working day stays open into a holiday morning).
    """

    text: str | None
    weekly: tuple[tuple[tuple[int, int], ...], ...]
    calendar: Calendar
    closed_on_holidays: bool = False
    closed_at_year_end: bool = False
    closed_dates: frozenset[date] = frozenset()

    def is_closed_day(self, day: date) -> bool:
        """True when the whole day is off (holiday, 年末年始, a listed date)."""
        return (
            (self.closed_on_holidays and self.calendar.is_holiday(day))
            or (self.closed_at_year_end and self.calendar.is_year_end(day))
            or day in self.closed_dates
            or day in self.calendar.extra_closed
        )

    def _spans(self, day: date) -> tuple[tuple[int, int], ...]:
        return () if self.is_closed_day(day) else self.weekly[day.weekday()]

    def is_open(self, at: datetime) -> bool:
        """Whether the place is open at the aware datetime `at`."""
        local = _aware(at).astimezone(self.calendar.tz)
        t = local.hour * 3600 + local.minute * 60 + local.second + local.microsecond / 1e6
        if any(start <= t < end for start, end in self._spans(local.date())):
            return True
        yesterday = local.date() - timedelta(days=1)
        return any(end > DAY_SECONDS and t < end - DAY_SECONDS for _, end in self._spans(yesterday))

    def next_open(self, at: datetime, horizon_days: int = 400) -> datetime | None:
        """`at` itself when open, else the next opening moment (in `at`'s time zone); None if never."""
        at = _aware(at)
        if self.is_open(at):
            return at
        start_day = at.astimezone(self.calendar.tz).date()
        for offset in range(horizon_days + 1):
            day = start_day + timedelta(days=offset)
            midnight = datetime.combine(day, time(0), tzinfo=self.calendar.tz)
            for start, _ in sorted(self._spans(day)):
                candidate = midnight + timedelta(seconds=start)
                if candidate > at:
                    return candidate.astimezone(at.tzinfo)
        return None

    @property
    def always_open(self) -> bool:
        """Open around the clock every day of the year."""
        every_day = all(any(s == 0 and e >= DAY_SECONDS for s, e in spans) for spans in self.weekly)
        return every_day and not (
            self.closed_on_holidays
            or self.closed_at_year_end
            or self.closed_dates
            or self.calendar.extra_closed
        )


@dataclass(frozen=True)
class QuietHours:
    """When no check-in or other unprompted message may be pushed (default 20:00–09:00)."""

    start: int  # seconds from midnight, local
    end: int
    tz: ZoneInfo

    def is_quiet(self, at: datetime) -> bool:
        local = _aware(at).astimezone(self.tz)
        t = local.hour * 3600 + local.minute * 60 + local.second + local.microsecond / 1e6
        if self.start > self.end:  # the usual case: over midnight
            return t >= self.start or t < self.end
        return self.start <= t < self.end

    def next_allowed(self, at: datetime) -> datetime:
        """`at` itself outside quiet hours, else the moment they end (in `at`'s time zone)."""
        at = _aware(at)
        if not self.is_quiet(at):
            return at
        local = at.astimezone(self.tz)
        t = local.hour * 3600 + local.minute * 60 + local.second
        day = local.date()
        if self.start > self.end and t >= self.start:
            day += timedelta(days=1)
        end = datetime.combine(day, time(0), tzinfo=self.tz) + timedelta(seconds=self.end)
        return end.astimezone(at.tzinfo)


@dataclass(frozen=True)
class Town:
    """町名: a town of the city with its representative point (not a facility's location)."""

    id: str
    name: str
    kana: str
    area_id: str
    point: Point | None
    aliases: tuple[str, ...] = ()
    verified: bool = False
    sources: tuple[Source, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Area:
    """日常生活圏域: a care area; windows such as 地域包括支援センター serve one or more of them."""

    id: str
    name: str
    kana: str
    towns: tuple[Town, ...]
    point: Point | None  # given, or the centre of its towns' points
    aliases: tuple[str, ...] = ()
    verified: bool = False
    sources: tuple[Source, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class Place:
    """What a window (相談窓口) and a resource (地域資源) share.

    `areas` are the ids of the 圏域 served; empty means the whole city. `call` is the number a resident
    dials: the entry's own `phone`, or — when that is unknown — the verified number of the entry named by
    `phone_via`, with `call_note` saying so in plain words.
    """

    id: str
    name: str
    kind: str
    concerns: tuple[str, ...]
    areas: tuple[str, ...]
    description: str
    verified: bool
    sources: tuple[Source, ...]
    phone: str | None = None
    phone_via: str | None = None
    call: str | None = None
    call_note: str | None = None
    hours_text: str | None = None
    hours: Hours | None = None
    address: str | None = None
    access: str | None = None
    town: str | None = None
    location: Point | None = None
    location_verified: bool = False
    url: str | None = None
    email: str | None = None
    operator: str | None = None
    note: str | None = None

    @property
    def city_wide(self) -> bool:
        return not self.areas

    def serves(self, area: Area | str | None) -> bool:
        """Whether a resident of `area` may use this place (None: area unknown, everything qualifies)."""
        if area is None or self.city_wide:
            return True
        return _area_id(area) in self.areas

    @property
    def tel(self) -> str | None:
        """A `tel:` URI for `call`."""
        return tel_uri(self.call) if self.call else None

    def fact_source(self, fact: str) -> Source | None:
        """The dated source supporting one fact (`phone`, `address`, ...), if any."""
        return _fact_source(self.sources, fact)


@dataclass(frozen=True)
class Window(Place):
    """相談窓口: a consultation window (kind: houkatsu, seikatsu_konkyu, shogai_soudan, kosodate, hub, general…)."""


@dataclass(frozen=True)
class Resource(Place):
    """参加支援・地域資源: サロン, 通いの場, 子ども食堂, 認知症カフェ, ボランティアセンター…"""


@dataclass(frozen=True)
class AltPhone:
    """Another number of a crisis line, and when to use it."""

    phone: str
    note: str


@dataclass(frozen=True)
class CrisisLine:
    """A crisis or emergency line (national, prefecture or city)."""

    id: str
    name: str
    phone: str
    scope: str  # national | prefecture | city
    audience: str
    hours_text: str
    hours: Hours | None
    verified: bool
    sources: tuple[Source, ...]
    operator: str | None = None
    alt_phones: tuple[AltPhone, ...] = ()
    note: str | None = None

    @property
    def tel(self) -> str:
        return tel_uri(self.phone)

    def open_at(self, at: datetime) -> bool | None:
        """True/False when the schedule is known, None when it is not (e.g. varies by region)."""
        return None if self.hours is None else self.hours.is_open(at)


@dataclass(frozen=True)
class Nearby:
    """A window with its distance from the resident; `approximate` when measured from an area's point."""

    window: Window
    distance_km: float
    approximate: bool


@dataclass(frozen=True, eq=False)
class CrisisRoute:
    """Which crisis lines to show for one risk level."""

    first: tuple[str, ...] = ()
    by_concern: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    default: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class Routing:
    """concern → window kinds (ordered); compound → hub kinds; out_of_scope → general kinds; crisis."""

    concerns: Mapping[str, tuple[str, ...]]
    compound: tuple[str, ...]
    out_of_scope: tuple[str, ...]
    crisis: Mapping[str, CrisisRoute]


@dataclass(frozen=True)
class Superseded:
    """A number that used to be right and must never be shown again."""

    number: str
    note: str
    source: str | None = None


@dataclass(frozen=True, eq=False)
class CityPack:
    """Everything tsunagu knows about one city, and the routing questions it answers."""

    name: str  # the folder name, e.g. "zushi"
    city_name: str  # 逗子市
    city_kana: str
    prefecture: str
    tz: ZoneInfo
    point: Point
    website: str | None
    general_contact_id: str
    office_hours: Hours
    office_hours_verified: bool
    quiet_hours: QuietHours
    calendar: Calendar
    areas: tuple[Area, ...]
    windows: tuple[Window, ...]
    resources: tuple[Resource, ...]
    lines: tuple[CrisisLine, ...]
    routing: Routing
    superseded: tuple[Superseded, ...]
    path: Path
    raw_strings: tuple[tuple[str, str, str], ...] = ()  # (file, where, text) of every string, for checks

    # ---- look-ups -------------------------------------------------------------------------------
    def window(self, window_id: str) -> Window:
        """The window with this id (KeyError when there is none)."""
        for w in self.windows:
            if w.id == window_id:
                return w
        raise KeyError(window_id)

    def line(self, line_id: str) -> CrisisLine:
        """The crisis line with this id (KeyError when there is none)."""
        for line in self.lines:
            if line.id == line_id:
                return line
        raise KeyError(line_id)

    def area(self, area_id: str) -> Area:
        """The 圏域 with this id (KeyError when there is none)."""
        for a in self.areas:
            if a.id == area_id:
                return a
        raise KeyError(area_id)

    @property
    def towns(self) -> tuple[Town, ...]:
        """Every town of every area, in file order."""
        return tuple(t for a in self.areas for t in a.towns)

    def town(self, town_id: str) -> Town:
        """The town with this id (KeyError when there is none)."""
        for t in self.towns:
            if t.id == town_id:
                return t
        raise KeyError(town_id)

    # ---- routing --------------------------------------------------------------------------------
    def windows_for(self, concerns: Iterable[str], area: Area | str | None = None) -> list[Window]:
        """The windows for a message's labels, most fitting first.

        複合 (see `is_compound`) puts the city's hub first. Then, in turn for each concern, the windows
        of the kinds the routing lists for it (a window counts only if it lists the concern), so that the
        first few cards cover every concern. With an area, windows serving just that area come before
        city-wide ones; without, city-wide ones come first. Only `out_of_scope` gives the general contact.
        """
        labels = _known_labels(concerns)
        found = [c for c in labels if c in CONCERNS]
        per_concern: list[list[Window]] = []
        for concern in found:
            picks: list[Window] = []
            for kind in self.routing.concerns.get(concern, ()):
                picks += [w for w in self._of_kind(kind, area) if concern in w.concerns]
            if not picks:  # a concern the routing forgot still reaches whoever serves it
                picks = [w for w in self._ordered(self.windows, area) if concern in w.concerns]
            per_concern.append(picks)
        result: list[Window] = []
        if self.is_compound(found) and (hub := self.hub(area)) is not None:
            result.append(hub)
        for rank in range(max((len(p) for p in per_concern), default=0)):
            result += [p[rank] for p in per_concern if rank < len(p)]
        if not found and "out_of_scope" in labels:
            for kind in self.routing.out_of_scope:
                result += self._of_kind(kind, area)
        return _unique(result)

    def is_compound(self, concerns: Iterable[str]) -> bool:
        """複合: concerns of different fields, i.e. whose first routed window kinds differ.

        もの忘れ + 介護 both go to the 包括: one field, answered there. ひきこもり + 生活費 go to different
        places: that is what the cross-field hub is for. The city's routing decides.
        """
        found = [c for c in _known_labels(concerns) if c in CONCERNS]
        return len({(self.routing.concerns.get(c) or (f"?{c}",))[0] for c in found}) >= 2

    def hub(self, area: Area | str | None = None) -> Window | None:
        """The cross-field window (総合相談 / まるごと相談) for the area, or the city-wide one."""
        for kind in self.routing.compound:
            hubs = self._of_kind(kind, area)
            if hubs:
                return hubs[0]
        return None

    def general_contact(self) -> Window:
        """The city's general contact (代表), for anything outside welfare."""
        return self.window(self.general_contact_id)

    def crisis_lines(
        self, risk: str, concerns: Iterable[str] = (), at: datetime | None = None
    ) -> list[CrisisLine]:
        """The lines to show for a risk level: the fixed first ones (110/119), then those for the
        message's concerns, then the defaults. With `at`, lines known to be closed then move to the end
        (never dropped: a closed line's number is still worth knowing)."""
        if risk not in RISKS:
            raise ValueError(f"unknown risk {risk!r}; expected one of {RISKS}")
        route = self.routing.crisis.get(risk)
        if route is None:
            return []
        ids = list(route.first)
        for concern in _known_labels(concerns):
            ids += route.by_concern.get(concern, ())
        ids += route.default
        lines = [self.line(i) for i in _unique(ids)]
        if at is None:
            return lines
        head, rest = lines[: len(route.first)], lines[len(route.first) :]
        return (
            head
            + [x for x in rest if x.open_at(at) is not False]
            + [x for x in rest if x.open_at(at) is False]
        )

    def resources_for(self, concerns: Iterable[str], area: Area | str | None = None) -> list[Resource]:
        """Participation and community resources for the concerns, those of the area first."""
        labels = [c for c in _known_labels(concerns) if c in CONCERNS]
        result: list[Resource] = []
        for concern in labels:
            result += [r for r in self._ordered(self.resources, area) if concern in r.concerns]
        return _unique(result)

    def nearest_windows(
        self, lat: float, lon: float, concerns: Iterable[str] | None = None, limit: int = 3
    ) -> list[Nearby]:
        """Windows by distance from a point the resident sent.

        Windows without their own coordinates are measured from their town's or area's representative
        point (or the city's) and flagged `approximate`. Area-bound windows (a 包括 for one 圏域) count
        only for the area the point lies in, so the nearest is also the one that will take the case.
        """
        here = self.area_at(lat, lon)
        wanted = None if concerns is None else {c for c in _known_labels(concerns) if c in CONCERNS}
        found: list[Nearby] = []
        for w in self.windows:
            if wanted is not None and not wanted.intersection(w.concerns):
                continue
            if here is not None and not w.serves(here):
                continue
            point, approximate = self._window_point(w)
            found.append(Nearby(w, point.distance_km(lat, lon), approximate))
        found.sort(key=lambda n: (n.distance_km, n.approximate, n.window.id))
        return found[: max(0, limit)]

    def area_at(self, lat: float, lon: float, max_km: float = AREA_RADIUS_KM) -> Area | None:
        """The area of the town whose representative point is nearest, if one is within `max_km`.

        None when no town has a point or the place is too far from every town to say (e.g. a resident
        sharing a location outside the city): then no area is assumed.
        """
        best: tuple[float, str] | None = None
        for t in self.towns:
            if t.point is not None:
                d = t.point.distance_km(lat, lon)
                if best is None or d < best[0]:
                    best = (d, t.area_id)
        return None if best is None or best[0] > max_km else self.area(best[1])

    # ---- areas by name --------------------------------------------------------------------------
    def find_area(self, text: str) -> Area | None:
        """The 圏域 a resident means by a 圏域 or 町名, in kanji, kana or an alias (e.g. romaji)."""
        place = self._find(text)
        if place is None:
            return None
        return place if isinstance(place, Area) else self.area(place.area_id)

    def find_town(self, text: str) -> Town | None:
        """The town a resident names (None when they named a 圏域 or nothing known)."""
        place = self._find(text)
        return place if isinstance(place, Town) else None

    def _find(self, text: str) -> Area | Town | None:
        needle = _place_key(text)
        for name in (_place_key(self.city_name), _fold(self.city_kana)):
            if name:
                needle = needle.replace(name, "")
        if not needle:
            return None
        # towns before areas: when a 圏域 is named after its main town, the town says more
        candidates: list[tuple[str, Area | Town]] = [
            (_place_key(n), t) for t in self.towns for n in (t.name, t.kana, *t.aliases)
        ]
        for a in self.areas:
            candidates += [(_place_key(n), a) for n in (a.name, a.kana, *a.aliases)]
        for key, place in candidates:  # an exact name first: what a quick reply sends
            if key and key == needle:
                return place
        for key, place in sorted(candidates, key=lambda c: -len(c[0])):
            # a name inside free text; two-character kana are too easily part of other words
            if key and (len(key) >= 3 or (len(key) == 2 and not _is_kana(key))) and key in needle:
                return place
        return None

    # ---- helpers --------------------------------------------------------------------------------
    def _ordered(self, places: Sequence[Any], area: Area | str | None) -> list[Any]:
        serving = [p for p in places if p.serves(area)]
        if area is None:
            return [p for p in serving if p.city_wide] + [p for p in serving if not p.city_wide]
        return [p for p in serving if not p.city_wide] + [p for p in serving if p.city_wide]

    def _of_kind(self, kind: str, area: Area | str | None) -> list[Window]:
        return self._ordered([w for w in self.windows if w.kind == kind], area)

    def _window_point(self, w: Place) -> tuple[Point, bool]:
        if w.location is not None:
            return w.location, False
        if w.town is not None:
            town = self.town(w.town)
            if town.point is not None:
                return town.point, True
            area_point = self.area(town.area_id).point
            if area_point is not None:
                return area_point, True
        if len(w.areas) == 1 and (p := self.area(w.areas[0]).point) is not None:
            return p, True
        return self.point, True


# ---- module-level API -------------------------------------------------------------------------------

_CACHE: dict[tuple[str, Path], CityPack] = {}


def city_name_from_env() -> str:
    """The pack chosen by `TSUNAGU_CITY` (default: the demo city)."""
    return os.environ.get("TSUNAGU_CITY", "").strip() or DEFAULT_CITY


def load_city(name: str | None = None, root: Path | str | None = None) -> CityPack:
    """Read and check a pack (cached per process). Raises `CityPackError` listing every problem."""
    name = name or city_name_from_env()
    base = Path(root).resolve() if root is not None else _default_root()
    key = (name, base)
    if key not in _CACHE:
        pack, problems = _read_pack(name, base)
        if pack is not None:
            problems += validate(pack)
        if problems or pack is None:
            raise CityPackError(name, problems)
        _CACHE[key] = pack
    return _CACHE[key]


def clear_cache() -> None:
    """Forget loaded packs (tests; a reload after editing)."""
    _CACHE.clear()


def list_cities(root: Path | str | None = None) -> list[str]:
    """The pack folders under the root (folders starting with `_` hold shared data, not packs)."""
    base = Path(root) if root is not None else _default_root()
    if not base.is_dir():
        return []
    return sorted(p.name for p in base.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))


def check_city(name: str, root: Path | str | None = None, today: date | None = None) -> list[Problem]:
    """Every problem of a pack: format first, then (when it can be read) the checks of `validate`."""
    base = Path(root).resolve() if root is not None else _default_root()
    pack, problems = _read_pack(name, base)
    if pack is not None:
        problems += validate(pack, today=today)
    return problems


def validate(pack: CityPack, today: date | None = None) -> list[Problem]:
    """Checks beyond the format: labels, coverage, references, phones, coordinates, sources, numbers.

    With `today`, also that the holiday list reaches far enough ahead (the CLI passes today; tests pass
    a fixed date so that they do not start failing on a calendar date).
    """
    out: list[Problem] = []

    def problem(file: str, where: str, message: str) -> None:
        out.append(Problem(file, where, message))

    places: list[tuple[str, Place]] = [("windows.yaml", w) for w in pack.windows]
    places += [("resources.yaml", r) for r in pack.resources]
    area_ids = {a.id for a in pack.areas}
    town_ids = {t.id for t in pack.towns}
    window_ids = {w.id for w in pack.windows}
    kinds = {w.kind for w in pack.windows}

    # ids are unique across the pack: routing and conversation refer to them
    seen: dict[str, str] = {}
    for file, item in [*places, *(("crisis.yaml", x) for x in pack.lines)]:
        if item.id in seen:
            problem(file, item.id, f"id is used twice (also in {seen[item.id]})")
        seen[item.id] = file
    place_ids = [a.id for a in pack.areas] + [t.id for t in pack.towns]
    for i in sorted({i for i in place_ids if place_ids.count(i) > 1}):
        problem("areas.yaml", i, "id is used twice (area and town ids share one name space)")

    # labels exist in the taxonomy; areas and towns referenced exist
    for file, p in places:
        for c in p.concerns:
            if c not in CONCERNS:
                problem(file, f"{p.id}.concerns", f"unknown concern label {c!r} (see the taxonomy)")
        for a in p.areas:
            if a not in area_ids:
                problem(file, f"{p.id}.areas", f"unknown area {a!r} (areas.yaml has {sorted(area_ids)})")
        if p.town is not None and p.town not in town_ids:
            problem(file, f"{p.id}.town", f"unknown town {p.town!r}")
        if p.phone_via is not None:
            if p.phone_via not in window_ids:
                problem(file, f"{p.id}.phone_via", f"unknown window {p.phone_via!r}")
            elif pack.window(p.phone_via).phone is None:
                problem(file, f"{p.id}.phone_via", f"{p.phone_via!r} has no phone of its own")
            elif not p.call_note:
                problem(
                    file, f"{p.id}.phone_note", "say in phone_note whose number this is and what to ask for"
                )
        if p.call is None and p.url is None:
            problem(file, p.id, "no way to reach it: give phone, phone_via or url")
    for key in pack.routing.concerns:
        if key not in CONCERNS:
            problem("routing.yaml", f"concerns.{key}", f"unknown concern label {key!r}")
    for risk, route in pack.routing.crisis.items():
        if risk not in RISKS:
            problem("routing.yaml", f"crisis.{risk}", f"unknown risk {risk!r}; use one of {RISKS}")
        for key in route.by_concern:
            if key not in CONCERNS:
                problem("routing.yaml", f"crisis.{risk}.by_concern.{key}", f"unknown concern label {key!r}")

    # routing refers to kinds and lines that exist
    line_ids = {x.id for x in pack.lines}
    for concern, wanted in pack.routing.concerns.items():
        for kind in wanted:
            if kind not in kinds:
                problem("routing.yaml", f"concerns.{concern}", f"no window has kind {kind!r}")
            elif not any(w.kind == kind and concern in w.concerns for w in pack.windows):
                problem(
                    "routing.yaml",
                    f"concerns.{concern}",
                    f"routes to kind {kind!r} but no {kind!r} window lists {concern!r} in its concerns",
                )
    for section, wanted in (("compound", pack.routing.compound), ("out_of_scope", pack.routing.out_of_scope)):
        for kind in wanted:
            if kind not in kinds:
                problem("routing.yaml", section, f"no window has kind {kind!r}")
    for risk, route in pack.routing.crisis.items():
        for i in [*route.first, *route.default, *(x for v in route.by_concern.values() for x in v)]:
            if i not in line_ids:
                problem("routing.yaml", f"crisis.{risk}", f"unknown crisis line {i!r}")
    if pack.general_contact_id not in window_ids:
        problem("city.yaml", "general_contact", f"unknown window {pack.general_contact_id!r}")
    else:
        general = pack.window(pack.general_contact_id)
        if general.call is None and general.url is None:
            problem("city.yaml", "general_contact", "the general contact needs a phone or a url")

    # safety: an emergency is always answered with 110 and 119
    emergency = pack.routing.crisis.get("emergency")
    if emergency is None:
        problem(
            "routing.yaml", "crisis", "no 'emergency' section: an emergency must get 110/119 and crisis lines"
        )
    else:
        phones = {pack.line(i).phone for i in emergency.first if i in line_ids}
        for must in ("110", "119"):
            if must not in phones:
                problem("routing.yaml", "crisis.emergency.first", f"must list the line with phone {must}")
        if not emergency.default:
            problem("routing.yaml", "crisis.emergency.default", "list the crisis lines to show after 110/119")

    # every concern reaches at least one window, in every area
    if not out or all(p.file != "routing.yaml" for p in out):
        for concern in CONCERNS:
            if not pack.windows_for([concern]):
                problem("routing.yaml", f"concerns.{concern}", "no window serves this concern")
                continue
            for a in pack.areas:
                if not pack.windows_for([concern], a):
                    problem(
                        "routing.yaml",
                        f"concerns.{concern}",
                        f"no window serves this concern in area {a.id!r}",
                    )
        if pack.routing.compound and pack.hub() is None:
            problem("routing.yaml", "compound", "no hub window for 2+ concerns")

    # phone numbers look like Japanese numbers
    for file, p in places:
        if p.phone is not None and (msg := phone_problem(p.phone)):
            problem(file, f"{p.id}.phone", msg)
    for x in pack.lines:
        for where, number in [("phone", x.phone)] + [("alt_phones", a.phone) for a in x.alt_phones]:
            if msg := phone_problem(number):
                problem("crisis.yaml", f"{x.id}.{where}", msg)

    # coordinates inside Japan
    points: list[tuple[str, str, Point | None]] = [("city.yaml", "point", pack.point)]
    points += [(f, f"{p.id}.location", p.location) for f, p in places]
    points += [("areas.yaml", f"{a.id}.point", a.point) for a in pack.areas]
    points += [("areas.yaml", f"{t.id}.point", t.point) for t in pack.towns]
    for file, where, pt in points:
        if pt is not None and not (
            JAPAN_LAT[0] <= pt.lat <= JAPAN_LAT[1] and JAPAN_LON[0] <= pt.lon <= JAPAN_LON[1]
        ):
            problem(file, where, f"({pt.lat}, {pt.lon}) is not in Japan (lat {JAPAN_LAT}, lon {JAPAN_LON})")

    # what is marked verified has a dated source for each fact shown
    for file, p in places:
        if p.verified:
            for fact in FACTS:
                if getattr(p, _FACT_ATTR.get(fact, fact)) is not None and p.fact_source(fact) is None:
                    problem(file, f"{p.id}.{fact}", "marked verified but no dated source lists this fact")
        if p.location_verified and p.location is None:
            problem(file, f"{p.id}.location", "location_verified without a location")
    for x in pack.lines:
        if x.verified:
            # name and number are what a person in crisis dials; they must be dated facts
            for fact in ("name", "phone"):
                if _fact_source(x.sources, fact) is None:
                    problem(
                        "crisis.yaml", f"{x.id}.{fact}", "marked verified but no dated source lists this fact"
                    )
    for a in pack.areas:
        if a.verified and not any(s.date for s in a.sources):
            problem("areas.yaml", a.id, "marked verified but has no dated source")
        for t in a.towns:
            if t.verified and not any(s.date for s in t.sources):
                problem("areas.yaml", t.id, "marked verified but has no dated source")

    # no superseded number anywhere in the pack, in any field or text
    olds = [(old, _digits(old.number)) for old in pack.superseded if _digits(old.number)]
    for file, where, text in pack.raw_strings:
        # each run of digits and separators is one number as written (a URL's digits stay apart)
        for token in _NUMBER_RUN.findall(unicodedata.normalize("NFKC", text)):
            digits = _digits(token)
            for old, old_digits in olds:
                if old_digits in digits:
                    problem(file, where, f"superseded number {old.number} ({old.note}) must not appear")

    # names residents may type: kana readings are hiragana; every 圏域 has towns to be found by
    for a in pack.areas:
        if not a.towns:
            problem("areas.yaml", a.id, "an area needs at least one town")
        for item, file in [(a, "areas.yaml"), *((t, "areas.yaml") for t in a.towns)]:
            if item.kana and not _is_kana(_fold(item.kana)):
                problem(file, f"{item.id}.kana", f"{item.kana!r}: write the reading in hiragana")

    # a schedule that never opens is a typo, not a window
    hours_of: list[tuple[str, str, Hours | None]] = [("city.yaml", "office_hours", pack.office_hours)]
    hours_of += [(f, f"{p.id}.hours", p.hours) for f, p in places]
    hours_of += [("crisis.yaml", f"{x.id}.hours", x.hours) for x in pack.lines]
    for file, where, hours in hours_of:
        if hours is not None and not any(hours.weekly):
            problem(
                file, where, "the weekly schedule never opens (leave weekly out if the hours are irregular)"
            )

    # the holiday list reaches far enough ahead
    if today is not None:
        horizon = today + timedelta(days=90)
        years = {d.year for d in pack.calendar.holidays}
        for year in sorted({today.year, horizon.year}):
            if year not in years:
                problem("city.yaml", "calendar.holidays", f"no national holidays listed for {year}")
    return out


def phone_problem(number: str) -> str | None:
    """Why `number` is not a dialable Japanese number as written, or None when it is fine."""
    if number in _SHORT_NUMBERS or re.fullmatch(r"#\d{4}", number):
        return None
    if not re.fullmatch(r"0\d{1,4}-\d{1,4}-\d{3,5}", number):
        return f"{number!r} is not a phone number written like 046-873-1111, 0120-279-338, 110 or #7119"
    digits = _digits(number)
    expected = 11 if number.startswith(_ELEVEN_DIGIT_PREFIXES) else 10
    if number.startswith(_TEN_DIGIT_SERVICE_PREFIXES):
        expected = 10
    if len(digits) != expected:
        return f"{number!r} has {len(digits)} digits; a number like this has {expected}"
    return None


# ---- reading ---------------------------------------------------------------------------------------

_FACT_ATTR = {"hours": "hours_text"}


def _default_root() -> Path:
    env = os.environ.get("TSUNAGU_CITIES_DIR", "").strip()
    return Path(env).resolve() if env else DEFAULT_ROOT


class _Sheet:
    """One YAML file being read: every problem is recorded with the file name and a path inside it."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        self.file = file
        self.problems = problems

    def problem(self, where: str, message: str) -> None:
        self.problems.append(Problem(self.file, where, message))

    def mapping(
        self, obj: Any, where: str, required: Iterable[str] = (), optional: Iterable[str] = ()
    ) -> dict[str, Any] | None:
        if not isinstance(obj, dict):
            self.problem(where, f"expected a mapping (key: value), got {type(obj).__name__}")
            return None
        required, allowed = set(required), set(required) | set(optional)
        for key in obj:
            if key not in allowed:
                self.problem(
                    _join(where, str(key)), f"unknown key {key!r}; allowed: {', '.join(sorted(allowed))}"
                )
        for key in sorted(required - set(obj)):
            self.problem(_join(where, key), "missing")
        return obj

    def text(self, obj: dict[str, Any], key: str, where: str, required: bool = False) -> str | None:
        value = obj.get(key)
        if value is None:
            if required and key in obj:
                self.problem(_join(where, key), "must not be empty")
            return None
        if isinstance(value, int) and not isinstance(value, bool) and key in ("phone", "number"):
            self.problem(_join(where, key), f'write phone numbers in quotes, e.g. "{value}"')
            return None
        if not isinstance(value, str):
            self.problem(_join(where, key), f"expected text, got {type(value).__name__}")
            return None
        if not value.strip():
            self.problem(_join(where, key), "must not be blank")
            return None
        return value.strip()

    def items(self, obj: dict[str, Any], key: str, where: str) -> list[Any]:
        """A list value (absent or null: empty); anything else is a problem and counts as empty."""
        value = obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem(_join(where, key), f"expected a list, got {type(value).__name__}")
            return []
        return value

    def flag(self, obj: dict[str, Any], key: str, where: str) -> bool:
        value = obj.get(key, False)
        if not isinstance(value, bool):
            self.problem(_join(where, key), "expected true or false")
            return False
        return value

    def ident(self, obj: dict[str, Any], key: str, where: str) -> str | None:
        value = self.text(obj, key, where, required=True)
        if value is not None and not _ID.match(value):
            self.problem(_join(where, key), f"{value!r}: ids are lower-case letters, digits and _")
            return None
        return value

    def names(self, obj: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = obj.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(_join(where, key), "expected a list of names")
            return ()
        return tuple(value)

    def point(self, obj: Any, where: str) -> Point | None:
        if obj is None:
            return None
        m = self.mapping(obj, where, required=("lat", "lon"), optional=("note",))
        if m is None:
            return None
        lat, lon = m.get("lat"), m.get("lon")
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (lat, lon)):
            self.problem(where, "lat and lon must be numbers")
            return None
        return Point(float(lat), float(lon))  # type: ignore[arg-type]  # checked just above

    def sources(self, obj: dict[str, Any], where: str) -> tuple[Source, ...]:
        raw = obj.get("sources") or []
        if not isinstance(raw, list):
            self.problem(_join(where, "sources"), "expected a list")
            return ()
        out = []
        for i, item in enumerate(raw):
            w = f"{_join(where, 'sources')}[{i}]"
            m = self.mapping(item, w, required=("url",), optional=("date", "facts", "note"))
            if m is None:
                continue
            url = self.text(m, "url", w, required=True)
            when = m.get("date")
            if isinstance(when, date):
                when = when.isoformat()
            if when is not None and not (isinstance(when, str) and _DATE.match(when)):
                self.problem(
                    _join(w, "date"), f"{when!r}: write the page's date as YYYY-MM-DD, YYYY-MM or YYYY"
                )
                when = None
            facts = self.names(m, "facts", w)
            for f in facts:
                if f not in (*FACTS, "location", "point", "audience"):
                    self.problem(_join(w, "facts"), f"unknown fact {f!r}; facts are {', '.join(FACTS)}")
            if url is not None:
                out.append(Source(url, when, facts, self.text(m, "note", w)))
        return tuple(out)

    def hours(self, obj: Any, where: str, calendar: Calendar) -> Hours | None:
        if obj is None:
            return None
        m = self.mapping(obj, where, required=("weekly",), optional=("closed",))
        if m is None:
            return None
        weekly: list[list[tuple[int, int]]] = [[] for _ in DAYS]
        assigned: set[int] = set()
        raw = m.get("weekly")
        if not isinstance(raw, dict):
            self.problem(_join(where, "weekly"), 'expected day: hours, e.g. mon-fri: "09:00-17:00"')
            raw = {}
        for key, value in raw.items():
            w = _join(where, f"weekly.{key}")
            days = _parse_days(str(key))
            if days is None:
                self.problem(
                    w, f"{key!r}: use mon … sun, a range like mon-fri, a list like mon,wed, or daily"
                )
                continue
            if assigned.intersection(days):
                self.problem(w, "a day is given twice")
            assigned.update(days)
            spans = self._spans(value, w)
            for d in days:
                weekly[d] += spans
        closed_holidays = closed_year_end = False
        closed_dates: set[date] = set()
        for i, item in enumerate(self.items(m, "closed", where)):
            if item == "holidays":
                closed_holidays = True
            elif item == "year_end":
                closed_year_end = True
            elif isinstance(item, date) or (isinstance(item, str) and _parse_date(item)):
                closed_dates.add(item if isinstance(item, date) else _parse_date(item))  # type: ignore[arg-type]
            else:
                self.problem(f"{_join(where, 'closed')}[{i}]", f"{item!r}: use holidays, year_end or a date")
        return Hours(
            None,
            tuple(tuple(sorted(s)) for s in weekly),
            calendar,
            closed_holidays,
            closed_year_end,
            frozenset(closed_dates),
        )

    def _spans(self, value: Any, where: str) -> list[tuple[int, int]]:
        if isinstance(value, int) and not isinstance(value, bool):
            self.problem(where, 'write times in quotes, e.g. "09:00-17:00" (YAML reads 17:00 as a number)')
            return []
        items = value if isinstance(value, list) else [value]
        spans: list[tuple[int, int]] = []
        for item in items:
            if item in ("closed", None):
                continue
            if item == "24h":
                spans.append((0, DAY_SECONDS))
                continue
            span = _parse_span(item) if isinstance(item, str) else None
            if span is None:
                self.problem(
                    where, f'{item!r}: write a span like "09:00-17:00", "22:00-06:00", 24h or closed'
                )
                continue
            spans.append(span)
        return spans


def _parse_days(key: str) -> list[int] | None:
    key = key.strip().lower()
    if key in ("daily", "everyday", "all"):
        return list(range(7))
    days: list[int] = []
    for part in key.split(","):
        part = part.strip()
        if "-" in part:
            a, _, b = part.partition("-")
            if a not in DAYS or b not in DAYS or DAYS.index(a) > DAYS.index(b):
                return None
            days += range(DAYS.index(a), DAYS.index(b) + 1)
        elif part in DAYS:
            days.append(DAYS.index(part))
        else:
            return None
    return days


def _parse_span(text: str) -> tuple[int, int] | None:
    m = _SPAN.match(text.strip())
    if not m:
        return None
    h1, m1, h2, m2 = (int(x) for x in m.groups())
    if h1 > 23 or m1 > 59 or m2 > 59 or h2 > 24 or (h2 == 24 and m2 != 0):
        return None
    start, end = h1 * 3600 + m1 * 60, h2 * 3600 + m2 * 60
    if end == start:
        return None
    if end < start:  # runs over midnight
        end += DAY_SECONDS
    return start, end


def _parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _load_yaml(path: Path, problems: list[Problem], label: str) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_YAML_LOADER)  # noqa: S506 — a safe loader, the C one when built
    except FileNotFoundError:
        problems.append(Problem(label, "", "file is missing"))
    except yaml.YAMLError as exc:
        problems.append(Problem(label, "", f"not valid YAML: {exc}".replace("\n", " ")))
    return None


def _read_pack(name: str, root: Path) -> tuple[CityPack | None, list[Problem]]:
    """Parse the files of a pack. Returns the pack (None when it cannot be built) and format problems."""
    problems: list[Problem] = []
    folder = root / name
    if not _ID.match(name) or not folder.is_dir():
        known = ", ".join(list_cities(root)) or "none"
        return None, [Problem(name, "", f"no city pack folder {folder} (packs here: {known})")]
    raw = {f: _load_yaml(folder / f, problems, f) for f in PACK_FILES}
    if problems:
        return None, problems
    strings: list[tuple[str, str, str]] = []
    for f, data in raw.items():
        # the superseded list is the one place an old number may be written
        _collect_strings(data, f, "", strings, skip=("superseded",))

    # city.yaml
    sheet = _Sheet("city.yaml", problems)
    c = sheet.mapping(
        raw["city.yaml"],
        "",
        required=("name", "kana", "prefecture", "timezone", "point", "general_contact", "office_hours"),
        optional=("website", "quiet_hours", "calendar", "note"),
    )
    if c is None:
        return None, problems
    tz_name = sheet.text(c, "timezone", "", required=True) or "Asia/Tokyo"
    try:
        tz = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        sheet.problem("timezone", f"unknown time zone {tz_name!r} (use Asia/Tokyo)")
        tz = ZoneInfo("Asia/Tokyo")
    calendar = _read_calendar(sheet, c.get("calendar"), tz, root)
    office = sheet.mapping(
        c.get("office_hours"),
        "office_hours",
        required=("text", "weekly"),
        optional=("closed", "verified", "note"),
    )
    office_hours = None
    if office is not None:
        office_hours = sheet.hours(
            {k: office[k] for k in ("weekly", "closed") if k in office}, "office_hours", calendar
        )
        if office_hours is not None:
            office_hours = _with_text(office_hours, sheet.text(office, "text", "office_hours", required=True))
    quiet_raw = c.get("quiet_hours", "20:00-09:00")
    quiet_span = _parse_span(quiet_raw) if isinstance(quiet_raw, str) else None
    if quiet_span is None:
        sheet.problem("quiet_hours", f'{quiet_raw!r}: write a span like "20:00-09:00" in quotes')
        quiet_span = (20 * 3600, 9 * 3600 + DAY_SECONDS)
    quiet = QuietHours(quiet_span[0], quiet_span[1] % DAY_SECONDS, tz)

    areas = _read_areas(_Sheet("areas.yaml", problems), raw["areas.yaml"])
    windows = _read_places(_Sheet("windows.yaml", problems), raw["windows.yaml"], "windows", Window, calendar)
    resources = _read_places(
        _Sheet("resources.yaml", problems), raw["resources.yaml"], "resources", Resource, calendar
    )
    lines, superseded = _read_crisis(
        _Sheet("crisis.yaml", problems), raw["crisis.yaml"], root, calendar, strings
    )
    routing = _read_routing(_Sheet("routing.yaml", problems), raw["routing.yaml"])
    windows = _resolve_calls(windows)
    resources = _resolve_calls(resources, windows)

    point = sheet.point(c.get("point"), "point")
    # Build the pack even when some parts had problems (their fields fall back to harmless defaults),
    # so that `check_city` can report the remaining checks in the same run. `load_city` still refuses it.
    if office_hours is None or point is None or routing is None:
        if not problems:
            problems.append(Problem("city.yaml", "", "incomplete"))
        return None, problems
    pack = CityPack(
        name=name,
        city_name=sheet.text(c, "name", "", required=True) or name,
        city_kana=sheet.text(c, "kana", "", required=True) or "",
        prefecture=sheet.text(c, "prefecture", "", required=True) or "",
        tz=tz,
        point=point,
        website=sheet.text(c, "website", ""),
        general_contact_id=sheet.text(c, "general_contact", "", required=True) or "",
        office_hours=office_hours,
        office_hours_verified=bool(office and office.get("verified") is True),
        quiet_hours=quiet,
        calendar=calendar,
        areas=areas,
        windows=windows,
        resources=resources,
        lines=lines,
        routing=routing,
        superseded=superseded,
        path=folder,
        raw_strings=tuple(strings),
    )
    return pack, problems


def _with_text(hours: Hours, text: str | None) -> Hours:
    return Hours(
        text,
        hours.weekly,
        hours.calendar,
        hours.closed_on_holidays,
        hours.closed_at_year_end,
        hours.closed_dates,
    )


def _read_calendar(sheet: _Sheet, obj: Any, tz: ZoneInfo, root: Path) -> Calendar:
    if obj is None:
        return Calendar(tz, {}, None)
    m = sheet.mapping(obj, "calendar", optional=("holidays", "year_end", "closed", "source"))
    if m is None:
        return Calendar(tz, {}, None)
    holidays: dict[date, str] = {}
    raw = m.get("holidays") or {}
    if isinstance(raw, str):  # a shared list, e.g. `holidays: japan` → cities/_calendar/japan.yaml
        path = root / SHARED_CALENDAR_DIR / f"{raw}.yaml"
        label = f"{SHARED_CALENDAR_DIR}/{raw}.yaml"
        if not _ID.match(raw) or not path.is_file():
            sheet.problem("calendar.holidays", f"no shared holiday list {label}")
            raw = {}
        else:
            shared = _load_yaml(path, sheet.problems, label)
            inner = _Sheet(label, sheet.problems).mapping(
                shared, "", required=("holidays",), optional=("source",)
            )
            raw = (inner or {}).get("holidays") or {}
    if not isinstance(raw, dict):
        sheet.problem("calendar.holidays", "expected date: name, e.g. 2026-01-01: 元日")
        raw = {}
    for key, label in raw.items():
        day = key if isinstance(key, date) else _parse_date(str(key))
        if day is None:
            sheet.problem(f"calendar.holidays.{key}", "not a date (YYYY-MM-DD)")
            continue
        holidays[day] = str(label)
    year_end = None
    ye = m.get("year_end")
    if ye is not None:
        span = sheet.mapping(ye, "calendar.year_end", required=("from", "to"))
        parts = [_MONTH_DAY.match(str(span.get(k, ""))) for k in ("from", "to")] if span else [None, None]
        if span is not None and all(parts):
            fm, fd = (int(x) for x in parts[0].groups())  # type: ignore[union-attr]  # all() checked
            tm, td = (int(x) for x in parts[1].groups())  # type: ignore[union-attr]
            if all(1 <= mo <= 12 and 1 <= d <= 31 for mo, d in ((fm, fd), (tm, td))):
                year_end = (fm, fd, tm, td)
            else:
                sheet.problem("calendar.year_end", "months are 01–12 and days 01–31")
        elif span is not None:
            sheet.problem("calendar.year_end", 'write from: "12-29" and to: "01-03" (month-day, in quotes)')
    extra: set[date] = set()
    for item in sheet.items(m, "closed", "calendar"):
        day = item if isinstance(item, date) else _parse_date(str(item))
        if day is None:
            sheet.problem("calendar.closed", f"{item!r} is not a date (YYYY-MM-DD)")
        else:
            extra.add(day)
    return Calendar(tz, holidays, year_end, frozenset(extra))


def _read_areas(sheet: _Sheet, data: Any) -> tuple[Area, ...]:
    top = sheet.mapping(data, "", required=("areas",), optional=("note",))
    if top is None or not isinstance(top.get("areas"), list):
        sheet.problem("areas", "expected a list of areas")
        return ()
    areas = []
    for i, item in enumerate(top["areas"]):
        where = _label(item, f"areas[{i}]")
        m = sheet.mapping(
            item,
            where,
            required=("id", "name", "kana", "towns", "verified"),
            optional=("aliases", "point", "sources", "note"),
        )
        if m is None:
            continue
        area_id = sheet.ident(m, "id", where) or f"area{i}"
        towns = []
        for j, t in enumerate(sheet.items(m, "towns", area_id)):
            tw = _label(t, f"{area_id}.towns[{j}]")
            tm = sheet.mapping(
                t,
                tw,
                required=("id", "name", "kana", "verified"),
                optional=("aliases", "point", "sources", "note"),
            )
            if tm is None:
                continue
            towns.append(
                Town(
                    id=sheet.ident(tm, "id", tw) or f"{area_id}_{j}",
                    name=sheet.text(tm, "name", tw, required=True) or "",
                    kana=sheet.text(tm, "kana", tw, required=True) or "",
                    area_id=area_id,
                    point=sheet.point(tm.get("point"), _join(tw, "point")),
                    aliases=sheet.names(tm, "aliases", tw),
                    verified=sheet.flag(tm, "verified", tw),
                    sources=sheet.sources(tm, tw),
                    note=sheet.text(tm, "note", tw),
                )
            )
        point = sheet.point(m.get("point"), _join(area_id, "point"))
        if point is None:
            known = [t.point for t in towns if t.point is not None]
            if known:  # the centre of the towns is a fair stand-in for a 圏域's point
                point = Point(sum(p.lat for p in known) / len(known), sum(p.lon for p in known) / len(known))
        areas.append(
            Area(
                id=area_id,
                name=sheet.text(m, "name", where, required=True) or "",
                kana=sheet.text(m, "kana", where, required=True) or "",
                towns=tuple(towns),
                point=point,
                aliases=sheet.names(m, "aliases", where),
                verified=sheet.flag(m, "verified", where),
                sources=sheet.sources(m, where),
                note=sheet.text(m, "note", where),
            )
        )
    return tuple(areas)


_PLACE_REQUIRED = ("id", "name", "kind", "concerns", "description", "verified")
_PLACE_OPTIONAL = (
    "areas",
    "phone",
    "phone_via",
    "phone_note",
    "hours",
    "address",
    "access",
    "town",
    "location",
    "url",
    "email",
    "operator",
    "sources",
    "note",
)


def _read_places(sheet: _Sheet, data: Any, key: str, cls: type[Any], calendar: Calendar) -> tuple[Any, ...]:
    top = sheet.mapping(data, "", required=(key,), optional=("note",))
    items = top.get(key) if top else None
    if items is None:
        return ()
    if not isinstance(items, list):
        sheet.problem(key, "expected a list")
        return ()
    out = []
    for i, item in enumerate(items):
        label = _label(item, f"{key}[{i}]")
        m = sheet.mapping(item, label, required=_PLACE_REQUIRED, optional=_PLACE_OPTIONAL)
        if m is None:
            continue
        pid = sheet.ident(m, "id", label) or f"{key}{i}"
        where = pid
        areas = m.get("areas", "all")
        area_ids = () if areas == "all" else sheet.names(m, "areas", where)
        hours_text, hours = None, None
        if m.get("hours") is not None:
            hm = sheet.mapping(
                m["hours"], _join(where, "hours"), required=("text",), optional=("weekly", "closed")
            )
            if hm is not None:
                hours_text = sheet.text(hm, "text", _join(where, "hours"), required=True)
                if "weekly" in hm:
                    structured = {k: hm[k] for k in ("weekly", "closed") if k in hm}
                    hours = sheet.hours(structured, _join(where, "hours"), calendar)
                    if hours is not None:
                        hours = _with_text(hours, hours_text)
        location, location_verified = None, False
        if m.get("location") is not None:
            lm = sheet.mapping(
                m["location"],
                _join(where, "location"),
                required=("lat", "lon"),
                optional=("verified", "source", "note"),
            )
            if lm is not None:
                location = sheet.point({"lat": lm.get("lat"), "lon": lm.get("lon")}, _join(where, "location"))
                location_verified = sheet.flag(lm, "verified", _join(where, "location"))
                if location_verified and not lm.get("source"):
                    sheet.problem(_join(where, "location.source"), "a verified location needs its source")
        concerns = sheet.names(m, "concerns", where)
        out.append(
            cls(
                id=pid,
                name=sheet.text(m, "name", where, required=True) or pid,
                kind=sheet.ident(m, "kind", where) or "unknown",
                concerns=concerns,
                areas=area_ids,
                description=sheet.text(m, "description", where, required=True) or "",
                verified=sheet.flag(m, "verified", where),
                sources=sheet.sources(m, where),
                phone=sheet.text(m, "phone", where),
                phone_via=sheet.text(m, "phone_via", where),
                call_note=sheet.text(m, "phone_note", where),
                hours_text=hours_text,
                hours=hours,
                address=sheet.text(m, "address", where),
                access=sheet.text(m, "access", where),
                town=sheet.text(m, "town", where),
                location=location,
                location_verified=location_verified,
                url=sheet.text(m, "url", where),
                email=sheet.text(m, "email", where),
                operator=sheet.text(m, "operator", where),
                note=sheet.text(m, "note", where),
            )
        )
    return tuple(out)


def _resolve_calls(places: tuple[Any, ...], windows: tuple[Window, ...] | None = None) -> tuple[Any, ...]:
    """Fill `call`: the own phone, else the phone of the window named by `phone_via`."""
    by_id = {w.id: w for w in (windows if windows is not None else places)}
    out = []
    for p in places:
        call = p.phone
        if call is None and p.phone_via in by_id:
            call = by_id[p.phone_via].phone
        out.append(replace(p, call=call))
    return tuple(out)


def _read_crisis(
    sheet: _Sheet, data: Any, root: Path, calendar: Calendar, strings: list[tuple[str, str, str]]
) -> tuple[tuple[CrisisLine, ...], tuple[Superseded, ...]]:
    top = sheet.mapping(data, "", optional=("include", "lines", "superseded", "note"))
    if top is None:
        return (), ()
    lines: list[CrisisLine] = []
    superseded: list[Superseded] = []
    for inc in sheet.names(top, "include", ""):
        path = root / SHARED_LINES_DIR / f"{inc}.yaml"
        label = f"{SHARED_LINES_DIR}/{inc}.yaml"
        if not _ID.match(inc) or not path.is_file():
            sheet.problem("include", f"no shared line file {label}")
            continue
        included = _load_yaml(path, sheet.problems, label)
        _collect_strings(included, label, "", strings, skip=("superseded",))
        inner = _Sheet(label, sheet.problems)
        more_lines, more_old = _read_lines(inner, included, calendar)
        lines += more_lines
        superseded += more_old
    own_lines, own_old = _read_lines(sheet, {k: v for k, v in top.items() if k != "include"}, calendar)
    return tuple(lines + own_lines), tuple(superseded + own_old)


def _read_lines(sheet: _Sheet, data: Any, calendar: Calendar) -> tuple[list[CrisisLine], list[Superseded]]:
    top = sheet.mapping(data, "", optional=("lines", "superseded", "note", "include"))
    if top is None:
        return [], []
    lines = []
    for i, item in enumerate(sheet.items(top, "lines", "")):
        m = sheet.mapping(
            item,
            _label(item, f"lines[{i}]"),
            required=("id", "name", "phone", "scope", "audience", "hours", "verified"),
            optional=("operator", "alt_phones", "sources", "note"),
        )
        if m is None:
            continue
        lid = sheet.ident(m, "id", f"lines[{i}]") or f"line{i}"
        scope = sheet.text(m, "scope", lid, required=True) or ""
        if scope not in ("national", "prefecture", "city"):
            sheet.problem(_join(lid, "scope"), "use national, prefecture or city")
        hm = sheet.mapping(
            m.get("hours"), _join(lid, "hours"), required=("text",), optional=("weekly", "closed")
        )
        hours_text, hours = "", None
        if hm is not None:
            hours_text = sheet.text(hm, "text", _join(lid, "hours"), required=True) or ""
            if "weekly" in hm:
                hours = sheet.hours(
                    {k: hm[k] for k in ("weekly", "closed") if k in hm}, _join(lid, "hours"), calendar
                )
                hours = _with_text(hours, hours_text) if hours else None
        alts = []
        for j, alt in enumerate(sheet.items(m, "alt_phones", lid)):
            am = sheet.mapping(alt, f"{lid}.alt_phones[{j}]", required=("phone", "note"))
            if am is not None:
                phone = sheet.text(am, "phone", f"{lid}.alt_phones[{j}]", required=True)
                if phone:
                    alts.append(AltPhone(phone, sheet.text(am, "note", f"{lid}.alt_phones[{j}]") or ""))
        lines.append(
            CrisisLine(
                id=lid,
                name=sheet.text(m, "name", lid, required=True) or lid,
                phone=sheet.text(m, "phone", lid, required=True) or "",
                scope=scope,
                audience=sheet.text(m, "audience", lid, required=True) or "",
                hours_text=hours_text,
                hours=hours,
                verified=sheet.flag(m, "verified", lid),
                sources=sheet.sources(m, lid),
                operator=sheet.text(m, "operator", lid),
                alt_phones=tuple(alts),
                note=sheet.text(m, "note", lid),
            )
        )
    old = []
    for i, item in enumerate(sheet.items(top, "superseded", "")):
        m = sheet.mapping(item, f"superseded[{i}]", required=("number", "note"), optional=("source",))
        if m is not None:
            number = sheet.text(m, "number", f"superseded[{i}]", required=True)
            if number:
                old.append(
                    Superseded(number, sheet.text(m, "note", f"superseded[{i}]") or "", m.get("source"))
                )
    return lines, old


def _read_routing(sheet: _Sheet, data: Any) -> Routing | None:
    top = sheet.mapping(
        data, "", required=("concerns", "crisis"), optional=("compound", "out_of_scope", "note")
    )
    if top is None:
        return None
    concerns: dict[str, tuple[str, ...]] = {}
    raw = top.get("concerns") or {}
    if not isinstance(raw, dict):
        sheet.problem("concerns", "expected concern: [window kinds]")
        raw = {}
    for key in raw:
        concerns[str(key)] = sheet.names(raw, key, "concerns")
    crisis: dict[str, CrisisRoute] = {}
    raw_crisis = top.get("crisis") or {}
    if not isinstance(raw_crisis, dict):
        sheet.problem("crisis", "expected risk: {first, by_concern, default}")
        raw_crisis = {}
    for risk, route in raw_crisis.items():
        where = f"crisis.{risk}"
        m = sheet.mapping(route, where, optional=("first", "by_concern", "default"))
        if m is None:
            continue
        by = m.get("by_concern") or {}
        if not isinstance(by, dict):
            sheet.problem(_join(where, "by_concern"), "expected concern: [line ids]")
            by = {}
        crisis[str(risk)] = CrisisRoute(
            first=sheet.names(m, "first", where),
            by_concern={str(k): sheet.names(by, k, _join(where, "by_concern")) for k in by},
            default=sheet.names(m, "default", where),
        )
    return Routing(
        concerns=concerns,
        compound=sheet.names(top, "compound", ""),
        out_of_scope=sheet.names(top, "out_of_scope", ""),
        crisis=crisis,
    )


# ---- small helpers ---------------------------------------------------------------------------------


def _aware(at: datetime) -> datetime:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError(
            "naive datetime: pass an aware datetime (tsunagu works in UTC, e.g. bot.db.utcnow())"
        )
    return at


def _area_id(area: Area | str) -> str:
    return area.id if isinstance(area, Area) else area


def _known_labels(labels: Iterable[str]) -> list[str]:
    if isinstance(labels, str):
        labels = [labels]  # a single label passed bare is a common slip; treat it as one label
    out = list(dict.fromkeys(labels))
    unknown = [x for x in out if x not in CONCERNS and x not in META]
    if unknown:
        raise ValueError(f"unknown label(s) {unknown}; labels are those of intents.labels")
    return out


def _unique(items: Iterable[Any]) -> list[Any]:
    seen: set[str] = set()
    out = []
    for x in items:
        key = x if isinstance(x, str) else x.id
        if key not in seen:
            seen.add(key)
            out.append(x)
    return out


def _fact_source(sources: Iterable[Source], fact: str) -> Source | None:
    for s in sources:
        if s.date and fact in s.facts:
            return s
    return None


def _digits(text: str) -> str:
    return re.sub(r"\D", "", unicodedata.normalize("NFKC", text))


def _fold(text: str) -> str:
    """Compare names loosely: NFKC, no spaces, lower case, katakana → hiragana."""
    s = unicodedata.normalize("NFKC", text).lower()
    s = re.sub(r"[\s・、。,.]", "", s)
    return "".join(chr(ord(ch) - 0x60) if "ァ" <= ch <= "ヶ" else ch for ch in s)


def _place_key(text: str) -> str:
    """A place name as typed, reduced to what identifies it: no 丁目/番地, no 圏域/地区, no "に住んでいます"."""
    s = _fold(text)
    s = re.sub(r"[0-9一二三四五六七八九十]+(丁目|ちょうめ)|[0-9]+(番地|番|号)?", "", s)
    s = re.sub(r"(に|で|の)?(すんで|住んで|います|です)+", "", s)
    return re.sub(r"(にちじょうせいかつ|日常生活)?(圏域|けんいき|地区|ちく)", "", s)


def _is_kana(text: str) -> bool:
    return all("ぁ" <= ch <= "ゖ" or ch == "ー" for ch in text)


def _label(item: Any, fallback: str) -> str:
    """How problems name a list entry: by its id when it has one, else by its position."""
    if isinstance(item, dict) and isinstance(item.get("id"), str) and item["id"].strip():
        return item["id"].strip()
    return fallback


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _collect_strings(
    obj: Any, file: str, where: str, out: list[tuple[str, str, str]], skip: tuple[str, ...] = ()
) -> None:
    if isinstance(obj, str):
        out.append((file, where, obj))
    elif isinstance(obj, dict):
        for k, v in obj.items():
            if where == "" and k in skip:
                continue
            _collect_strings(v, file, _join(where, str(k)), out)
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            name = v.get("id") if isinstance(v, dict) and isinstance(v.get("id"), str) else None
            _collect_strings(v, file, name or f"{where}[{i}]", out)
