"""Take the README's screenshots of the simulator in headless Chromium: `python -m bot.simulator.screenshots`.

Starts the demo (a throw-away data folder, a free port), plays a resident — add the account as a friend,
then send a real-looking message — and saves `docs/img/simulator.png` (the welcome) and
`docs/img/first-answer.png` (the answer). Needs the dev extra (playwright) and Debian's chromium.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
MESSAGE = "最近、母が同じことを何回も聞いてきます。物忘れもひどくなって、認知症かもしれないと心配です"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def take(out_dir: Path, chromium: str = "/usr/bin/chromium") -> list[Path]:
    """Save the two screenshots in `out_dir`; return their paths."""
    from playwright.sync_api import sync_playwright

    from bot.simulator.demo import start_demo

    out_dir.mkdir(parents=True, exist_ok=True)
    shots = [out_dir / "simulator.png", out_dir / "first-answer.png"]
    with tempfile.TemporaryDirectory() as tmp:
        demo = start_demo(tmp, port=0).serve_in_thread()
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=chromium, args=ARGS)
                page = browser.new_page(
                    viewport={"width": 760, "height": 860}, locale="ja-JP", timezone_id="Asia/Tokyo"
                )
                page.goto(demo.simulator_url)
                page.click(".resident >> nth=0")
                page.click("#follow")
                page.wait_for_selector("#quick-replies .chip", timeout=20_000)
                page.wait_for_timeout(400)
                page.evaluate("() => { document.getElementById('messages').scrollTop = 0; }")  # the welcome
                page.screenshot(path=str(shots[0]))
                page.fill("#text", MESSAGE)
                page.click("#send")
                page.wait_for_selector(".msg.from-user + .msg.from-bot", timeout=20_000)
                page.wait_for_selector("#quick-replies .chip", timeout=20_000)
                page.wait_for_timeout(600)
                # Show the answer from the resident's message on: the start of the chat scrolls away.
                page.evaluate(
                    "() => { const box = document.getElementById('messages');"
                    " const m = [...box.querySelectorAll('.msg.from-user')].pop();"
                    " box.scrollTop = m.offsetTop - box.offsetTop - 12; }"
                )
                page.wait_for_timeout(200)
                page.screenshot(path=str(shots[1]))
                browser.close()
        finally:
            demo.close()
    return shots


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "img"
    for path in take(target):
        print(path)
