"""A language's words live in its folder of data (nlp/lang/), not in the code that reads them:
no string in the code of nlp/ or extract/ holds a letter outside ASCII (an Arabic clitic, a
French accent, a Norwegian word). Docstrings and comments may quote examples."""

import ast
import unicodedata
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "eventatlas"


def _strings_with_foreign_letters(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and any(ord(c) > 127 and unicodedata.category(c).startswith("L") for c in node.value)
    ]


def test_no_language_words_in_the_code_of_nlp_and_extract():
    found = {
        f"{path.relative_to(PACKAGE)}:{line}": text[:40]
        for folder in ("nlp", "extract")
        for path in sorted((PACKAGE / folder).rglob("*.py"))
        for line, text in _strings_with_foreign_letters(path)
    }
    assert not found


def test_the_check_finds_a_word_in_a_string(tmp_path):
    code = tmp_path / "rule.py"
    code.write_text('"""Tolls, as in "قتل"."""\nDEATH = "قتل"  # a comment: "tué"\n')
    assert _strings_with_foreign_letters(code) == [(2, "قتل")]
