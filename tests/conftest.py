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
