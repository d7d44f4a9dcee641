import pytest

from eventatlas.nlp.language import get_identifier, normalise_code

LANGUAGES = ("ar", "da", "de", "en", "fr", "nn", "no", "sv", "es", "it")
SAMPLES = {
    "sv": "Irakiska styrkor har återtagit staden Rawa, den sista staden som Islamiska staten "
    "kontrollerade i landet, meddelade premiärministern på fredagen.",
    "no": "Irakiske styrker har tatt tilbake byen Rawa, den siste byen som Den islamske staten "
    "kontrollerte i landet, opplyste statsministeren fredag.",
    "de": "Irakische Truppen haben die Stadt Rawa zurückerobert, die letzte Stadt, die der "
    "Islamische Staat im Land kontrollierte, teilte der Regierungschef am Freitag mit.",
    "fr": "Les forces irakiennes ont repris la ville de Rawa, la dernière ville que l'État "
    "islamique contrôlait dans le pays, a annoncé vendredi le Premier ministre.",
    "en": "Iraqi forces have retaken the town of Rawa, the last town the Islamic State group "
    "held in the country, the prime minister announced on Friday.",
    "ar": "استعادت القوات العراقية بلدة راوة، آخر بلدة كان يسيطر عليها تنظيم الدولة الإسلامية "
    "في البلاد، بحسب ما أعلن رئيس الوزراء الجمعة.",
}


@pytest.mark.parametrize("backend", ["py3langid", "lingua"])
@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_backends_identify_our_languages(backend, lang):
    code, confidence = get_identifier(backend, LANGUAGES)(SAMPLES[lang])
    assert code == lang
    assert 0.5 < confidence <= 1.0


def test_norwegian_codes_are_reported_as_no():
    assert [normalise_code(c) for c in ("nb", "nn", "NO", "nb-NO", "sv")] == [
        "no",
        "no",
        "no",
        "no",
        "sv",
    ]


def test_unknown_backend_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown language backend"):
        get_identifier("nope", LANGUAGES)
