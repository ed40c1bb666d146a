"""tsunagu's own outbound message types (返信), independent of LINE.

Conversation, hand-off and check-ins build these; only the LINE adapter turns them into the
Messaging API's objects. `to_wire()` gives the JSON shape stored with each sent message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

ActionKind = Literal["message", "postback", "uri", "location"]


@dataclass(frozen=True)
class Action:
    """A tap target: quick-reply chip or Flex button."""

    kind: ActionKind
    label: str
    text: str | None = None  # kind="message": what the resident "says" when tapping
    data: str | None = None  # kind="postback": opaque data sent back in a postback event
    uri: str | None = None  # kind="uri": https://… or tel:…
    display_text: str | None = None  # kind="postback": shown in the chat as the resident's words

    def to_wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.kind, "label": self.label[:20]}
        if self.kind == "message":
            out["text"] = self.text or self.label
        elif self.kind == "postback":
            out["data"] = self.data or ""
            if self.display_text:
                out["displayText"] = self.display_text
        elif self.kind == "uri":
            out["uri"] = self.uri
        return out


def say(label: str, text: str | None = None) -> Action:
    return Action("message", label, text=text or label)


def postback(label: str, data: str, display_text: str | None = None) -> Action:
    return Action("postback", label, data=data, display_text=display_text)


def link(label: str, uri: str) -> Action:
    return Action("uri", label, uri=uri)


def tel_uri(phone: str) -> str:
    """A `tel:` URI: digits and `*+` kept, `#` (as in #7119, #8008) percent-encoded since a bare `#` starts a
    URI fragment, everything else (hyphens, spaces, notes) dropped."""
    kept = "".join(ch for ch in phone if ch.isdigit() or ch in "#*+")
    return "tel:" + kept.replace("#", "%23")


def tel(label: str, phone: str) -> Action:
    """A phone button."""
    return Action("uri", label, uri=tel_uri(phone))


def share_location(label: str) -> Action:
    return Action("location", label)


@dataclass(frozen=True)
class Text:
    """A text bubble, optionally with quick-reply chips (at most 13, LINE's limit)."""

    text: str
    quick_replies: tuple[Action, ...] = field(default_factory=tuple)

    def to_wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "text", "text": self.text[:5000]}
        if self.quick_replies:
            out["quickReply"] = {
                "items": [{"type": "action", "action": a.to_wire()} for a in self.quick_replies[:13]]
            }
        return out


@dataclass(frozen=True)
class Flex:
    """A Flex message: `contents` is a bubble or carousel in LINE's Flex JSON (plain dicts)."""

    alt_text: str
    contents: dict[str, Any]
    quick_replies: tuple[Action, ...] = field(default_factory=tuple)

    def to_wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": "flex", "altText": self.alt_text[:400], "contents": self.contents}
        if self.quick_replies:
            out["quickReply"] = {
                "items": [{"type": "action", "action": a.to_wire()} for a in self.quick_replies[:13]]
            }
        return out


Reply = Text | Flex
