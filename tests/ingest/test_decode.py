import pytest

from eventatlas.errors import Code, InputRejected
from eventatlas.ingest.decode import check_size, decode


def reason(call):
    with pytest.raises(InputRejected) as caught:
        call()
    return caught.value


def test_utf8_with_bom():
    assert decode("\ufeffStyrkor".encode()) == "Styrkor"


def test_utf16_with_bom():
    assert decode("قوات".encode("utf-16")) == "قوات"


def test_empty_and_whitespace_only():
    assert reason(lambda: decode(b"")).code is Code.EMPTY
    assert reason(lambda: decode(b" \n\t ")).code is Code.EMPTY


def test_binary():
    rejected = reason(lambda: decode(bytes(range(256)) * 4))
    assert rejected.code is Code.BINARY


def test_undecodable_names_the_byte():
    rejected = reason(lambda: decode("Läs också".encode("latin-1")))
    assert rejected.code is Code.ENCODING
    assert "0xe4" in rejected.reason


def test_html_declared_charset_is_honoured():
    page = '<html><head><meta charset="iso-8859-1"></head><p>Läs</p></html>'.encode("latin-1")
    assert "Läs" in decode(page, html=True)


def test_size_limits():
    assert reason(lambda: check_size(0, 100)).code is Code.EMPTY
    rejected = reason(lambda: check_size(50_000_000, 10_000_000))
    assert rejected.code is Code.TOO_LARGE and "50.0 MB" in rejected.reason
    check_size(100, 100)
