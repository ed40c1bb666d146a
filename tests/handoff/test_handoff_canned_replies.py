"""The canned replies a city edits (templates/console/canned_replies.yaml) are well formed."""

from __future__ import annotations

import string

from handoff.console.views import CANNED_REPLIES, canned_replies


def test_canned_replies_are_titled_short_and_use_only_known_placeholders():
    replies = canned_replies()
    assert replies, f"{CANNED_REPLIES} lists no replies"
    titles = [r["title"] for r in replies]
    assert len(titles) == len(set(titles)), "two canned replies share a title"
    for r in replies:
        assert r["title"].strip() and len(r["title"]) <= 30
        assert r["text"].strip() and len(r["text"]) <= 500  # a reply, not a leaflet
        fields = {name for _, name, _, _ in string.Formatter().parse(r["text"]) if name is not None}
        assert fields <= {"name"}, f"{r['title']}: unknown placeholder {fields - {'name'}}"
