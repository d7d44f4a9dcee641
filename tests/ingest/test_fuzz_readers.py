"""Every reader, fed what an attacker or a careless user would give it: no exception escapes,
and each input becomes articles ready for the store or one-line rejections with a code."""

import json
import os
import shutil
import tempfile
from dataclasses import fields

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from eventatlas.errors import Code, InputRejected
from eventatlas.ingest import read_inputs
from eventatlas.ingest.checks import checked
from eventatlas.ingest.fetch import Fetcher
from eventatlas.records import RawDocument, Rejection
from eventatlas.settings import load_settings

SETTINGS = load_settings(env={})
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
REPORT = "Iraqi forces retook the town of Rawa on Friday after heavy fighting, officials said."
CHARSETS = ["base64", "rot13", "punycode", "uu", "zlib", "hex", "idna", "utf-7", "utf-16"]

# names a file may have: any bytes but a slash and a NUL, not hidden
file_names = st.binary(min_size=1, max_size=12).filter(
    lambda name: b"/" not in name and b"\x00" not in name and not name.startswith(b".")
)
# text with what breaks readers: lone surrogates, controls, NUL, bidi marks, huge numbers
hostile_text = st.text(
    st.characters(codec=None, categories=None, exclude_characters=()), max_size=200
) | st.sampled_from(["\ud800", "99999999999999999999 killed", "\x00", "\u202e", "9" * 5000])
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | hostile_text,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(hostile_text, inner, max_size=4),
    max_leaves=12,
)


@pytest.fixture(scope="module")
def fetcher():
    with_fetcher = Fetcher(SETTINGS)
    yield with_fetcher
    with_fetcher.close()


def read(fetcher, name: bytes, suffix: str, data: bytes) -> list:
    """`data` as a file of that name in a folder of its own, read as a batch would read it."""
    folder = tempfile.mkdtemp()
    try:
        path = os.path.join(os.fsencode(folder), name + suffix.encode())
        with open(path, "wb") as file:
            file.write(data)
        items = list(read_inputs([folder], SETTINGS, fetcher))
    finally:
        shutil.rmtree(folder)
    assert items, "an input vanished without a word"
    for item in items:
        if isinstance(item, RawDocument):
            try:
                item = checked(item, SETTINGS.max_text_chars)
            except InputRejected as exc:
                item = Rejection(item.locator, exc.code, exc.reason)
        if isinstance(item, Rejection):
            assert item.code in set(Code) and item.code != Code.INTERNAL, item.reason
            assert item.reason and "\n" not in item.reason and "\n" not in item.locator
        else:
            for field in fields(item):  # every value ready for a UTF-8 store
                value = getattr(item, field.name)
                if isinstance(value, str):
                    value.encode("utf-8")
    return items


@FUZZ
@given(name=file_names, text=hostile_text)
@example(name=b"a", text=" date 0001-01-01 " + REPORT)
@example(name=b"a", text=" date 9999-12-31 " + REPORT)
@example(name=b"a", text=" date 2019-13-45 " + REPORT)
@example(name=b"a", text=REPORT + " 99999999999999999999 killed")
@example(name=b"a", text=REPORT + " " + "7" * 5000 + " killed")
@example(name=b"name-\xff\xfe", text=REPORT)
@example(name=b"line\nbreak", text=REPORT)
def test_text_files(fetcher, name, text):
    read(fetcher, name, ".txt", text.encode("utf-8", "surrogatepass"))


@FUZZ
@given(charset=st.sampled_from(CHARSETS) | st.text(max_size=12), body=hostile_text)
@example(charset="base64", body=REPORT)
@example(charset="rot13", body=REPORT)
@example(charset="punycode", body=REPORT)
@example(charset="uu", body=REPORT)
@example(charset="zlib", body=REPORT)
def test_html_pages(fetcher, charset, body):
    page = f'<html><head><meta charset="{charset}"><title>{body[:40]}</title></head>'
    page += f"<body><article><p>{REPORT}</p><p>{body}</p></article></body></html>"
    read(fetcher, b"page", ".html", page.encode("utf-8", "surrogatepass"))


@FUZZ
@given(title=hostile_text, date=hostile_text, body=hostile_text, link=hostile_text)
@example(title="t", date="Mon, 01 Jan 0001 00:00:00 +0000", body=REPORT * 8, link="x")
@example(title="t", date="0000-01-01T00:00:00Z", body=REPORT * 8, link="file:///etc/passwd")
def test_feeds(fetcher, title, date, body, link):
    feed = (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}'
        f"</title><item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>"
        f"<description>{body}</description></item></channel></rss>"
    )
    read(fetcher, b"feed", ".xml", feed.encode("utf-8", "surrogatepass"))


@FUZZ
@given(data=st.binary(max_size=300))
@example(data=b"http://127.0.0.1:9/internal#<rss")
@example(data=b"file:///etc/passwd#<rss")
@example(data=b"/etc/passwd <feed")
def test_anything_named_like_a_feed(fetcher, data):
    items = read(fetcher, b"feed", ".xml", data)
    assert not any(isinstance(i, RawDocument) and "root:" in i.text for i in items)


@FUZZ
@given(record=json_values, published=hostile_text)
@example(record={"text": REPORT, "n": 1}, published="2019-02-30")
@example(record={"text": REPORT + " \ud800", "title": "\udfff"}, published="0001-01-01")
@example(record={"text": REPORT, "lang": "\ud800"}, published="0000")
def test_json_lines(fetcher, record, published):
    if isinstance(record, dict) and "text" in record:
        record["published"] = published
    line = json.dumps(record).encode() + b"\n"
    read(fetcher, b"lines", ".jsonl", line + json.dumps({"text": REPORT}).encode())


@pytest.mark.parametrize(
    "line",
    [
        b"[" * 2000 + b"]" * 2000,
        b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        b'{"text": "' + REPORT.encode() + b'", "n": ' + b"9" * 5000 + b"}",
        b'{"text": "' + REPORT.encode() + b' \\ud800", "title": "\\udfff"}',
        b'{"text": "' + REPORT.encode() + b'", "published": 20190301}',
        b"\n\n   \n",
    ],
)
def test_json_lines_that_broke_the_reader(fetcher, line):
    read(fetcher, b"lines", ".jsonl", line)
