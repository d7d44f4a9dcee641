from eventatlas.document import Document
from eventatlas.ingest.dedupe import DuplicateIndex, Fingerprint, Sketch
from eventatlas.records import RawDocument

REPORT = (
    "Islamic State fighters attacked several positions of the Popular Mobilization Forces near "
    "Samarra overnight, killing ten fighters and wounding several others, security officials said "
    "on Saturday. The attack began after midnight and lasted several hours before reinforcements "
    "arrived from the city. Officials said the group has stepped up attacks since March, using "
    "the desert and the lockdown to move between provinces."
)


def fingerprint(text):
    doc = Document(raw=RawDocument(text=text, locator="x", format="txt"), text=text)
    doc = Sketch()(Fingerprint()(doc))
    return doc.content_hash, doc.minhash


def test_exact_copy_ignores_case_punctuation_and_spacing():
    index = DuplicateIndex(0.5)
    index.add("a", *fingerprint(REPORT), None)
    copy = REPORT.upper().replace(",", "").replace(" ", "  ")
    assert index.original_of(*fingerprint(copy)) == "a"


def test_near_duplicate_with_an_edited_lead_and_an_added_sentence():
    index = DuplicateIndex(0.5)
    index.add("a", *fingerprint(REPORT), None)
    edited = REPORT.replace("Islamic State fighters attacked", "IS militants struck") + (
        " The government promised an inquiry."
    )
    assert index.original_of(*fingerprint(edited)) == "a"


def test_another_report_of_the_same_event_is_not_a_duplicate():
    index = DuplicateIndex(0.5)
    index.add("a", *fingerprint(REPORT), None)
    other = (
        "Ten paramilitary fighters died when jihadists stormed checkpoints close to Samarra, "
        "north of Baghdad, in the night to Saturday. The Hashd said it had sent reinforcements "
        "and that the militants fled into the desert. It was the deadliest attack this year."
    )
    assert index.original_of(*fingerprint(other)) is None


def test_copies_of_copies_point_to_the_first_original():
    index = DuplicateIndex(0.5)
    index.add("a", *fingerprint(REPORT), None)
    index.add("b", *fingerprint(REPORT + " Extra."), "a")
    assert index.original_of(*fingerprint(REPORT + " Extra.")) == "a"
