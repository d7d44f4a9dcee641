"""Each language folder's `examples.yaml` run as tests: a sentence, its publication day, and what
a reader must find in it, so that whoever fixes a language's words sees the fix pass without
reading Python. An example states only what it checks:
- `dates`: each date mention's value, in the order of the text (`2017-07-07`, `2017-07`);
- `counts`: each figure, as `deaths 5`, `injured 30+` (at least), `size ~5000` (about), `number 2`
  (a figure of something else);
- `types`: the ACLED sub-event types the sentence's trigger words give."""

from datetime import date

import pytest
import yaml

from eventatlas.extract.classify import trigger_hits
from eventatlas.nlp.dates import find_dates
from eventatlas.nlp.lang import EXAMPLES, HERE, LANGUAGES
from eventatlas.nlp.numbers import find_counts


def _examples():
    for path in sorted(HERE.glob(f"*/{EXAMPLES}")):
        lang = path.parent.name
        for number, example in enumerate(yaml.safe_load(path.read_text(encoding="utf-8")), 1):
            yield pytest.param(lang, example, id=f"{lang}-{number}")


def _count(span) -> str:
    count = span.value
    value = f"~{count.value}" if count.approximate else str(count.value)
    return f"{count.counts or 'number'} {value}{'+' if count.lower_bound else ''}"


@pytest.mark.parametrize(("lang", "example"), list(_examples()))
def test_language_example(lang, example):
    text = example["text"]
    published = example.get("published")
    if isinstance(published, str):
        published = date.fromisoformat(published)
    if "dates" in example:
        found = sorted(find_dates(text, lang, published), key=lambda s: s.start)
        assert [s.value.iso for s in found] == [str(d) for d in example["dates"]], text
    if "counts" in example:
        assert [_count(s) for s in find_counts(text, lang)] == example["counts"], text
    if "types" in example:
        assert sorted(trigger_hits(text, lang)) == sorted(example["types"]), text


def test_an_example_that_states_a_wrong_finding_fails():
    """The runner checks what an example states: a wrong day is caught."""
    wrong = {"text": "Five soldiers were killed on Friday.", "published": "2017-07-10"}
    with pytest.raises(AssertionError):
        test_language_example("en", wrong | {"dates": ["2017-07-08"]})


def test_every_language_has_examples():
    """A language folder (one holding *.yaml) comes with sentences that show its words at work."""
    missing = [code for code in LANGUAGES if not (HERE / code / EXAMPLES).is_file()]
    assert not missing, f"no {EXAMPLES} in: {', '.join(missing)}"
