"""Flex cards (カード) for consultation windows, community resources and crisis lines.

A card shows what a resident needs to act: the name, what the place helps with, the phone as a `tel:`
button, the hours, and the address with a map link. Any entry whose facts are not verified says
"(サンプル)" so that nobody dials a sample number believing it real. Cards are built from `CardEntry`,
a neutral view of a city-pack `Window` / `Resource` / `CrisisLine` (see `entry_from`), so the Flex layout
does not depend on the city pack's field names. Every label comes from `bot.wording`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from bot import wording
from bot.replies import Action, Flex, link, tel

MAP_SEARCH = "https://www.google.com/maps/search/?api=1&query="
MAX_BUBBLES = 10  # LINE allows 12 per carousel; more than ten is too much to read on a phone anyway.

_GREY = "#666666"
_ACCENT = "#0B7A75"  # a calm teal; the crisis card uses red so that it cannot be mistaken for a window
_CRISIS = "#C62828"


@dataclass(frozen=True)
class CardEntry:
    """What one card shows, whatever it came from (window, resource, crisis line, general contact)."""

    name: str
    description: str | None = None
    phone: str | None = None
    phone_note: str | None = (
        None  # e.g. "the city hall's number; ask for the 包括" when the own phone is unknown
    )
    hours: str | None = None
    address: str | None = None
    lat: float | None = None
    lon: float | None = None
    approximate: bool = False  # coordinates are the area's representative point, not the place itself
    url: str | None = None
    sample: bool = False  # some shown fact is not verified → "(サンプル)"
    badge: str | None = None  # e.g. the hub's "まとめて相談できる窓口"
    distance_km: float | None = None


def _attr(obj: Any, *names: str) -> Any:
    """The first of `names` that `obj` has and is not None (city-pack objects are frozen dataclasses)."""
    for name in names:
        value = getattr(obj, name, None)
        if value is not None:
            return value
    return None


def _is_sample(obj: Any) -> bool:
    verified = getattr(obj, "verified", None)
    if verified is None:
        return True  # no claim of verification: treat as sample, the safe side
    if isinstance(verified, bool):
        return not verified
    # a per-fact mapping such as {"phone": True, "address": False}
    if isinstance(verified, dict):
        return not all(verified.values())
    return not bool(verified)


def _text_of(value: Any) -> str | None:
    """Hours and similar facts may be plain strings or objects with a resident-facing `text`."""
    if value is None or isinstance(value, str):
        return value
    return _attr(value, "text", "display", "label") or str(value)


def entry_from(item: Any, *, badge: str | None = None, distance_km: float | None = None) -> CardEntry:
    """A `CardEntry` for a city-pack Window, Resource or CrisisLine (`bot.city`), read by attribute name.

    The number shown is the one a resident should dial (`call`: the entry's own phone, or a verified
    number that reaches it, with `call_note` saying so). Coordinates whose place is not verified count as
    approximate, so the card links the map by address only.
    """
    lat = _attr(item, "lat", "latitude")
    lon = _attr(item, "lon", "lng", "longitude")
    coords = getattr(item, "coordinates", None) or getattr(item, "location", None)
    approximate = bool(getattr(item, "approximate", False))
    if lat is None and coords is not None:
        lat = _attr(coords, "lat", "latitude")
        lon = _attr(coords, "lon", "lng", "longitude")
        approximate = approximate or not getattr(item, "location_verified", True)
    return CardEntry(
        name=str(_attr(item, "name")),
        description=_text_of(_attr(item, "description", "summary", "audience", "for_whom")),
        phone=_attr(item, "call", "phone"),
        phone_note=_attr(item, "call_note"),
        hours=_text_of(_attr(item, "hours_text", "hours")),
        address=_attr(item, "address"),
        lat=float(lat) if lat is not None else None,
        lon=float(lon) if lon is not None else None,
        approximate=approximate,
        url=_attr(item, "url"),
        sample=_is_sample(item),
        badge=badge,
        distance_km=distance_km,
    )


def map_url(entry: CardEntry) -> str | None:
    """A Google Maps search link: the address when known, else exact coordinates; never a guessed point."""
    if entry.address:
        return MAP_SEARCH + quote(entry.address, safe="")
    if entry.lat is not None and entry.lon is not None and not entry.approximate:
        return MAP_SEARCH + quote(f"{entry.lat:.6f},{entry.lon:.6f}", safe="")
    return None


def _text(text: str, **style: Any) -> dict[str, Any]:
    return {"type": "text", "text": text, "wrap": True, **style}


def _row(label: str, value: str) -> dict[str, Any]:
    """A label/value line such as 「受付  平日 8:30〜17:15」."""
    return {
        "type": "box",
        "layout": "baseline",
        "spacing": "sm",
        "contents": [
            _text(label, size="sm", color=_GREY, flex=2),
            _text(value, size="sm", flex=7),
        ],
    }


def _button(action: Action, *, primary: bool = False, color: str = _ACCENT) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "button", "action": action.to_wire(), "height": "sm"}
    if primary:
        out.update(style="primary", color=color)
    else:
        out.update(style="link")
    return out


def _title(entry: CardEntry) -> str:
    sample = wording.text("frontdoor.card.sample")
    return f"{entry.name} {sample}" if entry.sample else entry.name


def bubble(entry: CardEntry) -> dict[str, Any]:
    """One card: name, what it helps with, hours, address; buttons to call, open the map and the web page."""
    body: list[dict[str, Any]] = []
    if entry.badge:
        body.append(_text(entry.badge, size="xs", color=_ACCENT, weight="bold"))
    body.append(_text(_title(entry), weight="bold", size="md"))
    if entry.description:
        body.append(_text(entry.description, size="sm", color=_GREY))
    details: list[dict[str, Any]] = []
    if entry.phone:
        details.append(_row(wording.text("frontdoor.card.phone"), entry.phone))
        if entry.phone_note:
            details.append(_text(entry.phone_note, size="xs", color=_GREY))
    if entry.hours:
        details.append(_row(wording.text("frontdoor.card.hours"), entry.hours))
    if entry.address:
        details.append(_row(wording.text("frontdoor.card.address"), entry.address))
    if entry.distance_km is not None:
        distance = wording.text("frontdoor.card.distance", km=f"{entry.distance_km:.1f}")
        if entry.approximate:
            distance += f"（{wording.text('frontdoor.card.approximate')}）"
        details.append(_text(distance, size="xs", color=_GREY))
    if details:
        body.append(
            {"type": "box", "layout": "vertical", "spacing": "xs", "margin": "md", "contents": details}
        )
    if entry.sample:
        body.append(_text(wording.text("frontdoor.card.sample_note"), size="xs", color=_GREY, margin="md"))

    buttons: list[dict[str, Any]] = []
    if entry.phone:
        buttons.append(_button(tel(wording.text("frontdoor.card.call"), entry.phone), primary=True))
    maps = map_url(entry)
    if maps:
        buttons.append(_button(link(wording.text("frontdoor.card.map"), maps)))
    if entry.url:
        buttons.append(_button(link(wording.text("frontdoor.card.web"), entry.url)))

    out: dict[str, Any] = {
        "type": "bubble",
        "size": "kilo",
        "body": {"type": "box", "layout": "vertical", "spacing": "sm", "contents": body},
    }
    if buttons:
        out["footer"] = {"type": "box", "layout": "vertical", "spacing": "xs", "contents": buttons}
    return out


def carousel(entries: Sequence[CardEntry]) -> dict[str, Any]:
    """A bubble for one entry, a carousel for several (at most `MAX_BUBBLES`)."""
    if not entries:
        raise ValueError("a card message needs at least one entry")
    bubbles = [bubble(e) for e in entries[:MAX_BUBBLES]]
    if len(bubbles) == 1:
        return bubbles[0]
    return {"type": "carousel", "contents": bubbles}


def _alt(title: str, entries: Iterable[CardEntry]) -> str:
    """altText is what notifications and old clients show: the title and the names with phones."""
    parts = [title]
    for e in entries:
        parts.append(f"{e.name} {e.phone}" if e.phone else e.name)
    return "\n".join(parts)[:400]


def windows_message(entries: Sequence[CardEntry], *, alt_key: str = "frontdoor.card.windows_alt") -> Flex:
    """A Flex message of window (or resource) cards."""
    shown = list(entries[:MAX_BUBBLES])
    return Flex(alt_text=_alt(wording.text(alt_key), shown), contents=carousel(shown))


EMERGENCY_NUMBERS = ("110", "119")


def crisis_message(lines: Sequence[CardEntry]) -> Flex:
    """The crisis card: 110 and 119 as big red buttons first, then each crisis line with its own button.

    110/119 normally come from the city pack's crisis routing; they are added here if a pack forgot them,
    because a crisis card without them must never reach someone in danger.
    """
    short = {
        "110": wording.text("frontdoor.emergency.police"),
        "119": wording.text("frontdoor.emergency.ambulance"),
    }
    others = [line for line in lines if line.phone and _digits(line.phone) not in EMERGENCY_NUMBERS]
    contents: list[dict[str, Any]] = [
        _text(wording.text("frontdoor.emergency.card_title"), weight="bold", size="md", color=_CRISIS),
        {
            "type": "box",
            "layout": "horizontal",
            "spacing": "sm",
            "margin": "md",
            "contents": [_button(tel(short[n], n), primary=True, color=_CRISIS) for n in EMERGENCY_NUMBERS],
        },
    ]
    for line in others:
        assert line.phone is not None
        details = [_text(_title(line), weight="bold", size="sm")]
        info = " / ".join(x for x in (line.hours, line.description) if x)
        if info:
            details.append(_text(info, size="xs", color=_GREY))
        details.append(_button(tel(f"{wording.text('frontdoor.card.call')} {line.phone}", line.phone)))
        contents.append({"type": "separator", "margin": "md"})
        contents.append({"type": "box", "layout": "vertical", "margin": "md", "contents": details})
    alt = _alt(
        wording.text("frontdoor.card.crisis_alt"), [CardEntry(short[n]) for n in EMERGENCY_NUMBERS] + others
    )
    return Flex(
        alt_text=alt,
        contents={"type": "bubble", "body": {"type": "box", "layout": "vertical", "contents": contents}},
    )


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit() or ch in "#*+")
