"""The store: one schema under migrations, SQLite by default. All SQL lives in this package."""

from eventatlas.store.database import Store, database_url

__all__ = ["Store", "database_url"]
