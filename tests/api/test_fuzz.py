"""Schemathesis against the running API on loopback: requests generated from our own OpenAPI
document, valid and invalid, to every operation. None may get a 5xx, and every answer must be
one the document describes (status, content type and body)."""

from __future__ import annotations

from collections import Counter

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from eventatlas.api.app import create_app
from eventatlas.pipeline import ingest
from eventatlas.settings import load_settings
from eventatlas.store import Store
from tests.conftest import DEMO
from tests.loopback import serving

TOKEN = "fuzz-token"
# Two stories in five languages: enough for every operation to find something.
REPORTS = [
    "en/desert-courier-20200502-samarra-pmf-attack.txt",
    "en/global-affairs-daily-20200503-diyala-attacks.txt",
    "ar/al-ofoq-20200503-diyala-attacks.html",
    "no/nyhetsvarden-20200504-diyala-angrep.txt",
    "sv/nordposten-20170710-abadi-seger-mosul.txt",
    "fr/courrier-du-levant-20170710-mossoul-abadi-victoire.txt",
]
# Examples per operation and kind of data; ingest runs the pipeline on each, so it gets fewer.
EXAMPLES = {GenerationMode.POSITIVE: 25, GenerationMode.NEGATIVE: 10}
INGEST_EXAMPLES = {GenerationMode.POSITIVE: 8, GenerationMode.NEGATIVE: 8}
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


@pytest.fixture(scope="module")
def api(tmp_path_factory, monkeypatch_module):
    monkeypatch_module.setenv("EVENTATLAS_TOKEN", TOKEN)
    db = str(tmp_path_factory.mktemp("fuzz") / "fuzz.db")
    config = load_settings(env={}, db=db)
    store = Store.open(db)
    ingest([str(DEMO / report) for report in REPORTS], store, config)
    store.close()
    with serving(create_app(settings=config)) as url:
        yield url


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def test_no_request_gets_a_5xx_or_an_answer_the_schema_does_not_describe(api):
    schema = schemathesis.openapi.from_url(f"{api}/openapi.json")
    sent = Counter()
    for result in schema.get_all_operations():
        operation = result.ok()
        for mode, examples in (INGEST_EXAMPLES if operation.method == "post" else EXAMPLES).items():
            if mode is GenerationMode.NEGATIVE and not _can_be_invalid(operation):
                continue

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=examples,
                deadline=None,
                database=None,
                derandomize=True,
                suppress_health_check=list(HealthCheck),
            )
            def request(case):
                sent[case.operation.label] += 1
                response = case.call(headers={"Authorization": f"Bearer {TOKEN}"})
                case.validate_response(response, checks=CHECKS)

            request()
    # /api/meta takes nothing, so it has one request to make; the others are generated.
    assert len(sent) == len(list(schema.get_all_operations())) == 12, sent
    assert sum(sent.values()) >= 300, sent


def _can_be_invalid(operation) -> bool:
    """Whether a request can break the schema: an id in the path is any string."""
    return bool(len(operation.query) or len(operation.body))
