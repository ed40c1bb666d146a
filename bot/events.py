"""tsunagu's own inbound event type, independent of LINE.

The LINE adapter turns each webhook event into one `InEvent`; conversation code reads only this.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

EventKind = Literal[
    "text", "sticker", "media", "location", "postback", "follow", "unfollow", "join", "leave", "other"
]
SourceKind = Literal["user", "group", "room", "unknown"]


@dataclass(frozen=True)
class InEvent:
    """One event from the resident's side (a message, a tap, follow/unfollow…)."""

    event_id: str  # LINE's webhookEventId: unique, used to process each event once
    kind: EventKind
    source_kind: SourceKind
    user_id: str | None  # LINE user ID; None when LINE withholds it (some group events)
    timestamp: datetime  # aware UTC
    reply_token: str | None = None
    redelivery: bool = False
    group_id: str | None = None  # group or room ID for group/room sources
    text: str | None = None  # kind="text"
    media_type: str | None = None  # kind="media": image | video | audio | file
    sticker: dict[str, Any] | None = None  # kind="sticker": packageId, stickerId, keywords…
    location: dict[str, Any] | None = None  # kind="location": title, address, latitude, longitude
    postback_data: str | None = None  # kind="postback"
    postback_params: dict[str, Any] = field(default_factory=dict)
    original_type: str | None = None  # LINE's own type, kept for kind="other"
