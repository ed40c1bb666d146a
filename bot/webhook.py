"""The LINE webhook (`POST /callback`) and the health check (`GET /healthz`), blueprint `bp`.

The webhook does the least that makes an event safe — verify the signature, store each event once,
commit — and answers at once; processing happens off the request path (see `bot.processing`).
"""

from __future__ import annotations

import logging

from flask import Blueprint, Response, jsonify, request
from sqlalchemy import func, select, text
from sqlalchemy.exc import SQLAlchemyError

from bot import processing
from bot.line_adapter import InvalidSignature, MalformedWebhook
from bot.models import InboundEvent, OutboundSend

log = logging.getLogger(__name__)

bp = Blueprint("webhook", __name__)


def _error(status: int, message: str) -> tuple[Response, int]:
    return jsonify({"error": message}), status


@bp.post("/callback")
def callback() -> tuple[Response, int]:
    """Verify, store and acknowledge a LINE webhook; 400 for anything not signed or not a webhook body."""
    from bot.app import get_runtime

    runtime = get_runtime()
    body = request.get_data(as_text=True)
    try:
        _destination, events = runtime.verifier.verify_and_split(
            body, request.headers.get("X-Line-Signature")
        )
    except InvalidSignature:
        log.warning("webhook rejected: missing or wrong signature")
        return _error(400, "invalid signature")
    except MalformedWebhook as exc:
        log.warning("webhook rejected: %s", exc)
        return _error(400, "malformed webhook body")
    with runtime.sessions() as session:
        new_ids = processing.accept(session, events)
        session.commit()
    if new_ids:
        runtime.process_soon(new_ids)
    log.info("webhook: %d event(s), %d new", len(events), len(new_ids))
    return jsonify({"ok": True}), 200


@bp.get("/healthz")
def healthz() -> tuple[Response, int]:
    """200 with backlog figures when the database answers; 503 when it does not."""
    from bot.app import get_runtime

    runtime = get_runtime()
    try:
        with runtime.sessions() as session:
            session.execute(text("SELECT 1"))
            events: dict[str, int] = dict(
                session.execute(  # type: ignore[arg-type]  # rows of (status, count)
                    select(InboundEvent.status, func.count())
                    .where(InboundEvent.status.in_(("pending", "processing", "failed")))
                    .group_by(InboundEvent.status)
                ).all()
            )
            sends: dict[str, int] = dict(
                session.execute(  # type: ignore[arg-type]  # rows of (status, count)
                    select(OutboundSend.status, func.count())
                    .where(OutboundSend.status.in_(("pending", "sending", "failed")))
                    .group_by(OutboundSend.status)
                ).all()
            )
    except SQLAlchemyError as exc:
        log.error("health check: database unavailable (%s)", type(exc).__name__)
        return jsonify({"status": "unavailable", "database": "error"}), 503
    return jsonify({"status": "ok", "database": "ok", "events": events, "sends": sends}), 200
