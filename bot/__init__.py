"""tsunagu's LINE front door: the Flask app, the LINE channel adapter, conversation and sending."""
