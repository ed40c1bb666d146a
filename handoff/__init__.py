"""Hand-off to people: tickets, the counselor console, follow-up check-ins (伴走型支援)."""
