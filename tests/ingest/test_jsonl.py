from eventatlas.errors import Code
from eventatlas.ingest.jsonl import parse_iso_date, parse_jsonl
from eventatlas.records import RawDocument, Rejection
from tests.conftest import RESOURCES


def test_good_lines_and_one_line_reasons_for_bad_ones():
    path = str(RESOURCES / "wire.jsonl")
    with open(path, "rb") as lines:
        items = list(parse_jsonl(lines, path, max_line_bytes=10_000))
    docs = [i for i in items if isinstance(i, RawDocument)]
    rejected = [i for i in items if isinstance(i, Rejection)]
    assert [d.title for d in docs] == ["Rawa retaken", "Soldater til grensen"]
    assert docs[0].locator == "https://wire.example/rawa"
    assert (docs[0].published, docs[0].published_precision) == ("2017-11-17", "day")
    assert (docs[1].published, docs[1].published_precision) == ("2018-12", "month")
    assert docs[1].locator == f"{path}#L2" and docs[1].lang_hint == "nb"
    assert [(r.locator, r.code) for r in rejected] == [
        (f"{path}#L3", Code.BAD_JSON),
        (f"{path}#L4", Code.NO_TEXT),
    ]
    assert all("\n" not in r.reason for r in rejected)


def test_iso_dates():
    assert parse_iso_date("2019-03-23") == ("2019-03-23", "day")
    assert parse_iso_date("2019-03-23 10:00:00+01:00") == ("2019-03-23", "day")
    assert parse_iso_date("2019") == ("2019", "year")
    assert parse_iso_date(None) == (None, None)


def test_an_oversized_or_undecodable_line_costs_only_itself():
    lines = [
        b'{"text": "' + b"x" * 200 + b'"}\n',
        b'{"text": "caf\xe9 au lait"}\n',
        b'{"text": "Rawa was retaken on Friday."}\n',
    ]
    items = list(parse_jsonl(lines, "w.jsonl", max_line_bytes=100))
    assert [getattr(i, "code", None) for i in items] == [Code.TOO_LARGE, Code.ENCODING, None]
