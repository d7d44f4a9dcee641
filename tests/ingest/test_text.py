from eventatlas.ingest.text import parse_text


def test_day_header_gives_the_date_and_leaves_the_rest():
    raw = parse_text(" date 2019-03-23 Baghouz har fallit\n\nStyrkorna meddelade i dag.", "a.txt")
    assert (raw.published, raw.published_precision) == ("2019-03-23", "day")
    assert raw.text == "Baghouz har fallit\n\nStyrkorna meddelade i dag."
    assert raw.title is None  # the title stage finds it


def test_month_header_keeps_month_precision():
    raw = parse_text(" date 2018-12 Irak stärker gränsen\n\nTusentals soldater.", "a.txt")
    assert (raw.published, raw.published_precision) == ("2018-12", "month")


def test_header_followed_by_text_on_the_same_line():
    raw = parse_text(" date 2020-05-02 Ten fighters were killed near Samarra.\nMore text.", "a.txt")
    assert raw.published == "2020-05-02"
    assert raw.text.startswith("Ten fighters were killed near Samarra.")


def test_no_header_means_unknown_date():
    raw = parse_text("Angrep ved Samarra\n\nNatt til lørdag angrep IS.", "a.txt")
    assert raw.published is None and raw.published_precision is None
