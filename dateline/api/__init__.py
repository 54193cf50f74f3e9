"""The REST API (FastAPI) over a dateline store: ``dateline.api.app.create_app(db_url, token=None)``."""
