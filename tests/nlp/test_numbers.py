import pytest

from eventatlas.nlp.numbers import find_counts, toll


def counts(text, lang):
    return [
        (
            text[s.start : s.end],
            s.value.value,
            s.value.lower_bound,
            s.value.approximate,
            s.value.counts,
        )
        for s in find_counts(text, lang)
    ]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        (
            "en",
            "killing ten fighters and wounding at least five others",
            [("ten", 10, False, False, "deaths"), ("at least five", 5, True, False, "injured")],
        ),
        ("no", "nærmere 5000 soldater", [("nærmere 5000", 5000, False, True, "size")]),
        (
            "no",
            "Nesten et dusin militsmedlemmer ble drept",
            [("Nesten et dusin", 11, False, True, "deaths")],
        ),
        (
            "en",
            "killed nearly a dozen members, wounding about 20",
            [
                ("nearly a dozen", 11, False, True, "deaths"),
                ("about 20", 20, False, True, "injured"),
            ],
        ),
        ("fr", "près de 70 morts", [("près de 70", 69, False, True, "deaths")]),
        (
            "en",
            "killing at least 12 people and injuring dozens",
            [("at least 12", 12, True, False, "deaths"), ("dozens", 12, False, False, "injured")],
        ),
        (
            "no",
            "I tillegg til de tre drepte ble 14 personer såret.",
            [("tre", 3, False, False, "deaths"), ("14", 14, False, False, "injured")],
        ),
        ("no", "over 70 IS-krigere er drept", [("over 70", 70, True, False, "deaths")]),
        ("sv", "Omkring 30 länder", [("Omkring 30", 30, False, True, None)]),
        (
            "no",
            "en soldat drept da rundt 18 raketter traff basen",
            [("en soldat", 1, False, False, "deaths"), ("rundt 18", 18, False, True, None)],
        ),
        (
            "sv",
            "Åtta medlemmar av Folkmobiliseringsstyrkorna (PMF) dödades",
            [("Åtta", 8, False, False, "deaths")],
        ),
        (
            "de",
            "mindestens zehn Kämpfer der Volksmobilisierungskräfte (PMF) getötet",
            [("mindestens zehn", 10, True, False, "deaths")],
        ),
        ("sv", "20 000 soldater", [("20 000", 20000, False, False, "size")]),
        ("de", "37.000 Soldaten", [("37.000", 37000, False, False, "size")]),
        ("de", "Mindestens zehn Tote", [("Mindestens zehn", 10, True, False, "deaths")]),
        ("fr", "des dizaines de blessés", [("des dizaines", 12, False, False, "injured")]),
        ("ar", "مقتل عشرة من مقاتلي الحشد", [("عشرة", 10, False, False, "deaths")]),
        ("ar", "مقتل ٣ جنود", [("٣", 3, False, False, "deaths")]),
        ("it", "almeno dieci morti", [("almeno dieci", 10, True, False, "deaths")]),
        ("it", "20.000 soldati", [("20.000", 20000, False, False, "size")]),
        ("it", "decine di feriti", [("decine", 12, False, False, "injured")]),
        ("it", "una decina di colpi di mortaio", [("una decina", 10, False, False, None)]),
        (
            "fr",
            "a déclenché sa charge à quelques dizaines de mètres, blessant deux gardes",
            [("dizaines", 12, False, False, None), ("deux", 2, False, False, "injured")],
        ),
        (
            "en",
            "Two were killed within three days",
            [("Two", 2, False, False, "deaths"), ("three", 3, False, False, None)],
        ),
    ],
)
def test_counts_and_what_they_count(lang, text, expected):
    assert counts(text, lang) == expected


def test_years_percentages_and_decimals_are_not_counts():
    assert counts("in 2014, 43% of them, 99,5 prosent", "no") == []


def deaths_toll(text, lang):
    spans = [s for s in find_counts(text, lang) if s.value.counts == "deaths"]
    found = toll(spans, text, lang)
    return None if found is None else found.value.value


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("en", "Two US soldiers and one British soldier were killed.", 3),
        ("no", "Tre irakiske soldater, to politimenn og en sivil arbeider ble drept.", 6),
        ("en", "At least 246 people were killed, including 135 civilians.", 246),
        ("ar", "ارتفعت حصيلة الهجمات إلى ٢٤٦ قتيلا، بينهم ١٣٥ مدنيا", 246),
        ("en", "The PMF said ten people were killed in all, five of them Iraqis.", 10),
        ("en", "The strikes killed three soldiers, two police officers and a civilian.", 6),
        ("en", "A soldier was killed.", 1),
        ("de", "Dabei wurde ein US-Soldat getötet.", 1),
        ("en", "Gunmen shot dead a local official in Baqubah.", 1),
        ("en", "Many fled the fighting; no official death toll has been released.", None),
        ("en", "The official death toll has risen to 20.", 20),
        ("en", "Police said the official death toll was not yet known.", None),
        ("fr", "Un responsable local a été abattu par des hommes armés à Baqouba.", 1),
        ("ar", "اغتال مسلحون مجهولون مسؤولا محليا في بعقوبة.", 1),
        (
            "en",
            "A PMF statement put the death toll at 11, while a local security official said "
            "eight fighters had died.",
            8,
        ),
        ("no", "PMF sier at 11 ble drept, mens politiet sier at åtte døde.", 8),
        (
            "sv",
            "Två av de dödade amerikanerna var soldater, medan de två andra var civila.",
            2,
        ),
        (
            "sv",
            "Minst 32 människor dödades och 110 skadades när två självmordsbombare sprängde sig.",
            32,
        ),
        ("fr", "Un soldat a été tué et deux autres blessés près de Kirkouk.", 1),
        ("ar", "قتل جندي وأصيب اثنان آخران بانفجار عبوة ناسفة.", 1),
        ("ar", "قتل متظاهران برصاص قوات الأمن في بغداد.", 2),
        ("ar", "أدت الغارات إلى مقتل ثلاثة جنود وشرطيين ومدني.", 6),
        ("ar", "هجوم أودى بحياة جنديين أمريكيين ومجندة بريطانية.", 3),
        ("ar", "أعلنت هيئة الحشد الشعبي مقتل عنصرين في هجوم لداعش.", 2),
        ("ar", "قتل عدد من المتظاهرين في بغداد.", None),
        ("ar", "أودى التفجير بحياة أحد عشر شخصا في تلعفر.", 11),
        ("ar", "استشهد ثلاثة عناصر من الحشد الشعبي في هجوم لداعش.", 3),
        ("fr", "L'attaque a coûté la vie à cinq soldats irakiens.", 5),
        ("de", "Der Anschlag kostete elf Menschen das Leben.", 11),
        ("en", "Seven members of the security forces died and nine were injured.", 7),
        ("en", "The strike killed three soldiers and two policemen.", 5),
        ("de", "Verletzt wurde niemand, als die Raketen einschlugen.", 0),
        ("sv", "Inga personer skadades när raketerna slog ned.", 0),
        ("de", "Ein Demonstrant wurde am Montag getötet, rund 20 wurden verletzt.", 1),
        ("en", "A soldier said the base was quiet.", None),
        ("en", "A police officer said several people were killed.", None),
        ("en", "The strike killed a senior PKK commander and his two bodyguards.", 3),
        ("en", "A roadside bomb hit their car, killing the driver.", 1),
        ("en", "The soldiers were killed.", None),
        ("fr", "Le chauffeur a été tué.", 1),
        ("de", "Zehn Menschen wurden getötet, fünf davon Iraker.", 10),
        ("en", "The strikes caused no American or Iraqi casualties.", 0),
        ("de", "Nach Angaben des Pentagons wurde niemand getötet.", 0),
        ("sv", "Ingen dödades, uppger militären.", 0),
        ("no", "Ingen av de rundt 70 norske soldatene på basen ble skadd.", 0),
        ("en", "None of the 70 Norwegian soldiers at the base was hurt.", 0),
        ("fr", "Aucun des 70 soldats norvégiens n'a été blessé.", 0),
        ("fr", "L'attaque n'a pas fait de morts.", 0),
        ("de", "Todesopfer gab es diesmal nicht.", 0),
        ("no", "Verken amerikanske eller irakiske myndigheter har meldt om dødsfall.", 0),
        ("sv", "En amerikansk soldat skadades.", None),  # "en" is an article, not one
        ("it", "Due soldati americani e un soldato britannico sono stati uccisi.", 3),
        ("it", "Almeno 246 persone sono state uccise, tra cui 135 civili.", 246),
        ("it", "Il raid non ha causato vittime americane o irachene.", 0),
    ],
)
def test_a_split_toll_adds_up_and_none_killed_is_zero(lang, text, expected):
    assert deaths_toll(text, lang) == expected
