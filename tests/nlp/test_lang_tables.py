"""The per-language word tables: every language folder has every table, with the right shape,
and the loader holds each folder to the schema."""

import re

import pytest

from eventatlas.nlp.lang import HERE, LANGUAGES, SCHEMA, load_table
from eventatlas.nlp.lang import table as table_of

CODES = ("en", "fr", "de", "sv", "no", "da", "es", "it", "ar")
TABLES = {code: table_of(code) for code in CODES}

SUB_EVENT_TYPES = {
    # Battles
    "Armed clash",
    "Government regains territory",
    "Non-state actor overtakes territory",
    # Explosions/Remote violence
    "Chemical weapon",
    "Air/drone strike",
    "Suicide bomb",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Grenade",
    # Violence against civilians
    "Sexual violence",
    "Attack",
    "Abduction/forced disappearance",
    # Protests
    "Peaceful protest",
    "Protest with intervention",
    "Excessive force against protesters",
    # Riots
    "Violent demonstration",
    "Mob violence",
    # Strategic developments
    "Agreement",
    "Arrests",
    "Change to group/activity",
    "Disrupted weapons use",
    "Headquarters or base established",
    "Looting/property destruction",
    "Non-violent transfer of territory",
    "Other",
}

INT_TABLES = (
    "WEEKDAYS",
    "MONTHS",
    "RELATIVE_DAYS",
    "WEEKS_AGO",
    "NIGHT_BEFORE",
    "NUMBER_WORDS",
    "EARLIER_BY",
)
# Languages that mark "the attack" with an article of its own ("the", "der", "l'") have no
# definite event nouns: REFERRING_WORDS reads them.
MAY_BE_EMPTY = {"DEFINITE_EVENT_WORDS", "SINGULAR_ARTICLES", "SAME_DAY_AFTER"}
LIST_TABLES = (
    "PREVIOUS_WEEK",
    "YEAR_PREFIXES",
    "LOWER_BOUND",
    "APPROXIMATE",
    "SHORT_OF",
    "SOURCE_WORDS",
    "SAME_DAY_AFTER",
    "CONTRAST_WORDS",
    "DEATH_WORDS",
    "INJURY_WORDS",
    "SIZE_WORDS",
    "NONE_OF",
    "TOLL_WORDS",
    "ALSO_WORDS",
    "PERSON_WORDS",
    "SINGULAR_ARTICLES",
    "MEASURE_WORDS",
    "SIMULTANEOUS_WORDS",
    "REFERRING_WORDS",
    "DEFINITE_EVENT_WORDS",
    "OTHERS_WORDS",
    "UNSUPPORTED_WORDS",
    "DIRECTION_WORDS",
    "STILL_WORDS",
    "GOVERNMENT_WORDS",
    "SMALL_ARMS",
    "AREA_WORDS",
    "PLAN_WORDS",
    "NEAR_WORDS",
    "TARGET_WORDS",
    "AGENT_WORDS",
    "SUPPORT_WORDS",
    "EARLIER_EVENT",
    "CUMULATIVE",
    "COMPASS_WORDS",
    "SINCE_WORDS",
    "REPORTING_WORDS",
)

languages = pytest.mark.parametrize("code", CODES)


def _words(tables):
    """Every word or phrase of a language: the keys of its maps and the items of its lists."""
    for name in INT_TABLES:
        yield from ((name, word) for word in getattr(tables, name))
    for name in LIST_TABLES:
        yield from ((name, word) for word in getattr(tables, name))
    for sub_event, words in tables.TRIGGERS.items():
        yield from ((sub_event, word) for word in words)


def test_there_is_the_sub_event_list_acled_uses():
    assert len(SUB_EVENT_TYPES) == 25


@languages
def test_language_has_every_table_with_the_right_type(code):
    tables = TABLES[code]
    assert code == tables.CODE
    for name in INT_TABLES:
        table = getattr(tables, name)
        assert isinstance(table, dict), name
        assert table, name
        for key, value in table.items():
            assert isinstance(key, str), (name, key)
            assert isinstance(value, int) and not isinstance(value, bool), (name, key)
    assert isinstance(tables.MONTHS_CAPITALISED, bool)
    for name in LIST_TABLES:
        table = getattr(tables, name)
        assert isinstance(table, list), name
        assert table or name in MAY_BE_EMPTY, name
        assert all(isinstance(word, str) for word in table), name
    assert isinstance(tables.TRIGGERS, dict)
    for sub_event, words in tables.TRIGGERS.items():
        assert isinstance(sub_event, str)
        assert isinstance(words, list), sub_event
        assert all(isinstance(word, str) for word in words), sub_event


@languages
def test_weekdays_and_months_are_complete(code):
    tables = TABLES[code]
    assert set(tables.WEEKDAYS.values()) == set(range(7))
    assert set(tables.MONTHS.values()) == set(range(1, 13))


@languages
def test_relative_days_and_nights_are_in_the_past(code):
    tables = TABLES[code]
    assert 0 in tables.RELATIVE_DAYS.values()
    assert -1 in tables.RELATIVE_DAYS.values()
    assert all(-7 <= offset <= 0 for offset in tables.RELATIVE_DAYS.values())
    assert set(tables.NIGHT_BEFORE.values()) <= {-1, 0}


@languages
def test_weeks_ago_are_a_week_or_more_back_and_patterns_compile(code):
    tables = TABLES[code]
    assert all(7 <= days <= 31 for days in tables.WEEKS_AGO.values())
    for pattern in tables.EARLIER_EVENT:
        re.compile(pattern)
    assert isinstance(tables.WORD_PREFIX, str)
    re.compile(tables.WORD_PREFIX)


@languages
def test_words_short_of_a_figure_are_approximate_qualifiers(code):
    assert set(TABLES[code].SHORT_OF) <= set(TABLES[code].APPROXIMATE)


@languages
def test_number_words_cover_one_to_ten_a_dozen_and_a_hundred(code):
    values = set(TABLES[code].NUMBER_WORDS.values())
    assert set(range(1, 11)) <= values
    assert {12, 100} <= values
    assert all(value > 0 for value in values)


@languages
def test_triggers_are_the_acled_sub_event_types(code):
    triggers = TABLES[code].TRIGGERS
    assert set(triggers) == SUB_EVENT_TYPES
    for sub_event, words in triggers.items():
        assert 3 <= len(words) <= 30, (sub_event, len(words))


@languages
def test_words_are_lowercase_trimmed_and_not_empty(code):
    for table, word in _words(TABLES[code]):
        assert word, table
        assert word == word.strip(), (table, word)
        assert "  " not in word, (table, word)
        assert word == word.lower(), (table, word)


@languages
def test_lists_have_no_repeats(code):
    tables = TABLES[code]
    for name in LIST_TABLES:
        words = getattr(tables, name)
        assert len(words) == len(set(words)), name
    for sub_event, words in tables.TRIGGERS.items():
        assert len(words) == len(set(words)), sub_event


def test_every_language_folder_is_a_language():
    folders = {p.parent.name for p in HERE.glob("*/*.yaml")}
    assert set(LANGUAGES) == folders >= set(CODES)


def test_a_language_states_only_what_it_has(tmp_path):
    """A new language is a folder: what it leaves out is empty, never another language's."""
    (tmp_path / "dates.yaml").write_text("months_capitalised: true\nweekdays:\n  pazartesi: 0\n")
    new = load_table("xx", tmp_path)
    assert new.WEEKDAYS == {"pazartesi": 0} and new.MONTHS_CAPITALISED is True
    assert new.TRIGGERS == {} and new.DEATH_WORDS == [] and new.WORD_PREFIX == ""
    assert {name.lower() for name in vars(new)} - {"code"} == set(SCHEMA)


@pytest.mark.parametrize(
    ("file", "text", "error"),
    [
        ("dates.yaml", "weekday_names: {}\n", "'weekday_names' is not in schema.yaml"),
        ("numbers.yaml", "weekdays: {}\n", "'weekdays' belongs in dates.yaml"),
        ("numbers.yaml", "death_words: killed\n", "'death_words' should be phrases"),
    ],
)
def test_a_key_the_schema_does_not_declare_there_is_an_error(tmp_path, file, text, error):
    (tmp_path / file).write_text(text)
    with pytest.raises(ValueError, match=error):
        load_table("xx", tmp_path)


def test_a_language_without_a_folder_gets_no_other_languages_words():
    """Persian has no folder: English number and death words must not be looked for in it."""
    from eventatlas.nlp.numbers import find_counts

    neutral = table_of("fa")
    assert neutral.NUMBER_WORDS == {} and neutral.DEATH_WORDS == []
    assert not find_counts("The attack killed ten people and one child.", "fa")


def test_a_word_found_case_blind_has_its_value_whatever_python_lowers_it_to():
    from eventatlas.nlp.lang import word_value

    assert word_value({"salı": 1}, "SALI") == 1  # lowered: "sali"
    assert word_value({"iki": 2}, "İki") == 2  # lowered: "i̇ki", with a combining dot
    assert word_value({"iki": 2}, "üç") is None
