"""Extension instances as module globals; ``create_app`` calls their ``init_app``."""
from app.db import Database

db = Database()
