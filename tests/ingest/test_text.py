from eventatlas.ingest.text import parse_text


def test_day_header_title_and_body():
    raw = parse_text(" date 2019-03-23 Baghouz har fallit\n\nStyrkorna meddelade i dag.", "a.txt")
    assert (raw.published, raw.published_precision) == ("2019-03-23", "day")
    assert raw.title == "Baghouz har fallit"
    assert raw.text.strip() == "Styrkorna meddelade i dag."


def test_month_header_keeps_month_precision():
    raw = parse_text(" date 2018-12 Irak stärker gränsen\n\nTusentals soldater.", "a.txt")
    assert (raw.published, raw.published_precision) == ("2018-12", "month")


def test_header_followed_by_text_on_the_same_line_has_no_title():
    raw = parse_text(" date 2020-05-02 Ten fighters were killed near Samarra.\nMore text.", "a.txt")
    assert raw.published == "2020-05-02"
    assert raw.title is None
    assert raw.text.startswith("Ten fighters were killed near Samarra.")


def test_no_header_means_unknown_date():
    raw = parse_text("Angrep ved Samarra\n\nNatt til lørdag angrep IS.", "a.txt")
    assert raw.published is None and raw.published_precision is None
    assert raw.title == "Angrep ved Samarra"


def test_long_first_line_is_not_a_title():
    line = "word " * 40
    raw = parse_text(f"{line}\n\nsecond paragraph", "a.txt")
    assert raw.title is None


def test_first_line_without_blank_line_is_not_a_title():
    raw = parse_text("Short line\nstraight into the body.", "a.txt")
    assert raw.title is None
