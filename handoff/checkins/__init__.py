"""伴走型支援: scheduled check-ins that keep residents connected."""
