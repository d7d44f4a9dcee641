from pathlib import Path

import pytest

from eventatlas.settings import load_settings
from eventatlas.store import Store

REPO = Path(__file__).resolve().parent.parent
DEMO = REPO / "eventatlas" / "demo"
RESOURCES = Path(__file__).parent / "ingest" / "resources"


@pytest.fixture
def settings(tmp_path):
    return load_settings(env={}, db=str(tmp_path / "test.db"))


@pytest.fixture
def store(settings):
    store = Store.open(settings.db)
    yield store
    store.close()


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> str:
    """A store built from the bundled demo corpus once per test session; read it, don't write."""
    from eventatlas.pipeline import ingest

    settings = load_settings(env={}, db=str(tmp_path_factory.mktemp("demo-db") / "demo.db"))
    store = Store.open(settings.db)
    ingest([str(DEMO)], store, settings)
    store.close()
    return settings.db
