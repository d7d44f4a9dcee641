from eventatlas.nlp.sentences import split_sentences


def test_sentence_ends_and_false_ends():
    text = (
        "Am 1. Mai griffen IS-Kämpfer an. Zehn Tote, sagte Dr. Müller.\n\nNeuer Absatz! "
        "قتل عشرة. Iraqi forces (U.S.-backed) said so."
    )
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Am 1. Mai griffen IS-Kämpfer an.",
        "Zehn Tote, sagte Dr. Müller.",
        "Neuer Absatz!",
        "قتل عشرة.",
        "Iraqi forces (U.S.-backed) said so.",
    ]


def test_quotes_closing_and_opening_around_a_break():
    text = (
        "Ten died, he said. '' Joe Stork of HRW said so . `` Pay was never extreme . '' "
        "Then more. „Das reicht“, sagte er. «Assez.» Fin."
    )
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Ten died, he said. ''",
        "Joe Stork of HRW said so .",
        "`` Pay was never extreme . ''",
        "Then more.",
        "„Das reicht“, sagte er.",
        "«Assez.»",
        "Fin.",
    ]
