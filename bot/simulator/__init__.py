"""The built-in LINE simulator: a fake LINE Platform (`platform.py`) and the `/simulator` chat page (`web.py`).

Nothing in the bot knows about it: the bot reaches the fake Messaging API through line-bot-sdk over real
HTTP because `LINE_API_ENDPOINT` points there, and the page sends signed webhooks to `/callback`.
"""
