"""The per-language word tables: every module has every table, with the right shape."""

import importlib
import re

import pytest

CODES = ("en", "fr", "de", "sv", "no", "da", "es", "it", "ar")
MODULES = {code: importlib.import_module(f"eventatlas.nlp.lang.{code}") for code in CODES}

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

modules = pytest.mark.parametrize("code", CODES)


def _words(module):
    """Every word or phrase in a module: the keys of its dicts and the items of its lists."""
    for name in INT_TABLES:
        yield from ((name, word) for word in getattr(module, name))
    for name in LIST_TABLES:
        yield from ((name, word) for word in getattr(module, name))
    for sub_event, words in module.TRIGGERS.items():
        yield from ((sub_event, word) for word in words)


def test_there_is_the_sub_event_list_acled_uses():
    assert len(SUB_EVENT_TYPES) == 25


@modules
def test_module_has_every_table_with_the_right_type(code):
    module = MODULES[code]
    assert code == module.CODE
    assert module.__doc__
    for name in INT_TABLES:
        table = getattr(module, name)
        assert isinstance(table, dict), name
        assert table, name
        for key, value in table.items():
            assert isinstance(key, str), (name, key)
            assert isinstance(value, int) and not isinstance(value, bool), (name, key)
    assert isinstance(module.MONTHS_CAPITALISED, bool)
    for name in LIST_TABLES:
        table = getattr(module, name)
        assert isinstance(table, list), name
        assert table or name in MAY_BE_EMPTY, name
        assert all(isinstance(word, str) for word in table), name
    assert isinstance(module.TRIGGERS, dict)
    for sub_event, words in module.TRIGGERS.items():
        assert isinstance(sub_event, str)
        assert isinstance(words, list), sub_event
        assert all(isinstance(word, str) for word in words), sub_event


@modules
def test_weekdays_and_months_are_complete(code):
    module = MODULES[code]
    assert set(module.WEEKDAYS.values()) == set(range(7))
    assert set(module.MONTHS.values()) == set(range(1, 13))


@modules
def test_relative_days_and_nights_are_in_the_past(code):
    module = MODULES[code]
    assert 0 in module.RELATIVE_DAYS.values()
    assert -1 in module.RELATIVE_DAYS.values()
    assert all(-7 <= offset <= 0 for offset in module.RELATIVE_DAYS.values())
    assert set(module.NIGHT_BEFORE.values()) <= {-1, 0}


@modules
def test_weeks_ago_are_a_week_or_more_back_and_patterns_compile(code):
    module = MODULES[code]
    assert all(7 <= days <= 31 for days in module.WEEKS_AGO.values())
    for pattern in module.EARLIER_EVENT:
        re.compile(pattern)
    assert isinstance(module.WORD_PREFIX, str)
    re.compile(module.WORD_PREFIX)


@modules
def test_words_short_of_a_figure_are_approximate_qualifiers(code):
    assert set(MODULES[code].SHORT_OF) <= set(MODULES[code].APPROXIMATE)


@modules
def test_number_words_cover_one_to_ten_a_dozen_and_a_hundred(code):
    values = set(MODULES[code].NUMBER_WORDS.values())
    assert set(range(1, 11)) <= values
    assert {12, 100} <= values
    assert all(value > 0 for value in values)


@modules
def test_triggers_are_the_acled_sub_event_types(code):
    triggers = MODULES[code].TRIGGERS
    assert set(triggers) == SUB_EVENT_TYPES
    for sub_event, words in triggers.items():
        assert 3 <= len(words) <= 30, (sub_event, len(words))


@modules
def test_words_are_lowercase_trimmed_and_not_empty(code):
    for table, word in _words(MODULES[code]):
        assert word, table
        assert word == word.strip(), (table, word)
        assert "  " not in word, (table, word)
        assert word == word.lower(), (table, word)


@modules
def test_lists_have_no_repeats(code):
    module = MODULES[code]
    for name in LIST_TABLES:
        words = getattr(module, name)
        assert len(words) == len(set(words)), name
    for sub_event, words in module.TRIGGERS.items():
        assert len(words) == len(set(words)), sub_event
