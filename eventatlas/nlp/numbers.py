"""The `numbers` stage: counts written in digits or words, with what they count.

Digits first, grouped as the press writes them ("20 000", "20,000", "37.000", Arabic-Indic "٥٠٠٠"),
then number words from `nlp/lang/` ("ten", "zehn", "عشرة"), with ACLED's conventions for vague
plurals ("dozens" 12, "hundreds" 100). A number right after "at least"/"over"/"minst" is a lower
bound; after "nearly"/"nærmere"/"نحو" an approximation. What it counts (deaths, injured, troops)
comes from the nearest cue word in the same clause. Years, percentages and decimals are not counts.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import cache

from eventatlas.document import Document, Span
from eventatlas.nlp.lang import alternation, every_language, table, word_value

DEATHS, INJURED, SIZE = "deaths", "injured", "size"
_ASIDE = re.compile(r"\([^()]{1,40}\)")
# not a day's dot: "am 3. Mai", "3. mai"
_CLAUSE_END = re.compile(
    rf"[;:()\[\]]|,\s+(?:{alternation(every_language('clause_conjunctions'))})\b|(?<!\d)\.\s"
)
_PERCENT_WORDS = alternation(every_language("percent_words"))
_DIGITS = r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?![.,]?\d)|\d+(?:[.,]\d+)?"


@dataclass(frozen=True)
class Count:
    value: int
    lower_bound: bool  # "at least 10", "over 70"
    approximate: bool  # "nearly 5000", "about 30"
    counts: str | None  # deaths | injured | size | None


@cache
def _patterns(lang: str) -> dict[str, re.Pattern]:
    t = table(lang)
    qualifier = alternation([*t.LOWER_BOUND, *t.APPROXIMATE])
    patterns = {
        "number": re.compile(
            rf"(?:(?P<qualifier>{qualifier})\s+)?"
            rf"(?P<number>{_DIGITS}|\b(?:{alternation(t.NUMBER_WORDS)})\b)"
            rf"(?P<percent>\s*(?:%|\u066a|{_PERCENT_WORDS}))?",
            re.IGNORECASE,
        ),
        "no_casualties": re.compile(
            rf"\b(?:{alternation(t.NO_CASUALTIES, gap=3)})\b", re.IGNORECASE
        ),
        # "a soldier was killed", "en soldat dödades": one person, the article their number
        "one_person": re.compile(rf"(?:^|(?<=\s)){_one_person(t)}", re.IGNORECASE),
        # "none of the 70 soldiers": up to two words between ("ingen av de rundt 70")
        "none_of": re.compile(
            rf"\b(?:{alternation(t.NONE_OF)})(?:\s+\S+){{0,2}}\s+$", re.IGNORECASE
        ),
        # "and one British soldier": after a list conjunction, the article is the number one
        "listed_one": re.compile(
            rf"(?:^|\s)(?:{alternation(t.LIST_CONJUNCTIONS)})\s+(?P<number>{alternation(_one(t))})\b",
            re.IGNORECASE,
        ),
        DEATHS: re.compile(rf"\b(?:{alternation(t.DEATH_WORDS)})", re.IGNORECASE),
        INJURED: re.compile(rf"\b(?:{alternation(t.INJURY_WORDS)})", re.IGNORECASE),
        SIZE: re.compile(rf"\b(?:{alternation(t.SIZE_WORDS)})", re.IGNORECASE),
        "says": re.compile(rf"\s+(?:\S+\s+)?(?:{alternation(t.REPORTING_WORDS)})\b", re.IGNORECASE),
        "conjunction": re.compile(rf"\b(?:{alternation(t.LIST_CONJUNCTIONS)})\b", re.IGNORECASE),
        # a list's items: after a comma or a conjunction, or one glued to it (Arabic "و")
        "list_break": re.compile(
            rf"(?:,|\b(?:{alternation(t.LIST_CONJUNCTIONS)})\b)", re.IGNORECASE
        ),
        "glued": re.compile(alternation(t.LIST_CONJUNCTIONS)),
        "subset": re.compile(rf"\b(?:{alternation(t.SUBSET_WORDS)})\b", re.IGNORECASE),
        "contrast": re.compile(rf"\b(?:{alternation(t.CONTRAST_WORDS)})\b", re.IGNORECASE),
        # "…, while an official said eight had died": a contrast, then another source's word
        "disputing": re.compile(
            rf"\b(?:{alternation(t.CONTRAST_WORDS)})\b.*\b(?:{alternation(t.REPORTING_WORDS)})\b",
            re.IGNORECASE | re.DOTALL,
        ),
        "toll": re.compile(rf"\b(?:{alternation(t.TOLL_WORDS)})\b", re.IGNORECASE),
        # "and at least five others": the dead or hurt named before, in the same sentence
        "others": re.compile(rf"^\s+(?:{alternation(t.OTHERS_WORDS)})\b", re.IGNORECASE),
        # "18 rockets", "33 raketter", "dizaines de mètres": a figure that counts weapons or
        # measures right after it
        "weapons": re.compile(
            rf"^\s+(?:\S+\s+)?(?:{alternation(_weapon_words(t))})", re.IGNORECASE
        ),
        "measures": re.compile(
            rf"^\s+(?:\S+\s+)?(?:{alternation(t.MEASURE_WORDS)})\b", re.IGNORECASE
        ),
    }
    if t.COUNTED_NOUN:  # a language whose nouns count themselves (Arabic's "جندي", one)
        patterns["counted_noun"] = re.compile(
            t.COUNTED_NOUN.replace("{person_words}", alternation(t.PERSON_WORDS)).replace(
                "{broken_plural_persons}", alternation(t.BROKEN_PLURAL_PERSONS)
            )
        )
    return patterns


def _one_person(t) -> str:
    """An article or "one", up to two words of its clause, then a person's noun; after a
    singular "the" the noun as it stands, without an ending ("the driver", not "the drivers").
    Not a noun that qualifies a toll ("the official death toll")."""
    people = alternation(t.PERSON_WORDS)
    words = r"(?:[^\s;:.]+\s+){0,2}"
    not_of_a_toll = rf"(?!\s+(?:{alternation(t.TOLL_WORDS)})\b)"
    # a compound's first part before a hyphen names whose: "ein US-Soldat", "en PMF-soldat"
    forms = [rf"(?:{alternation(_one(t))})\s+{words}(?:\w+-)?(?:{people})\w*{not_of_a_toll}"]
    if t.SINGULAR_ARTICLES:  # languages that put "the" on the noun itself have none
        articles = alternation(t.SINGULAR_ARTICLES)
        forms.append(rf"(?:{articles})\s+{words}(?:{people})(?![\w-]){not_of_a_toll}")
    return f"(?:{'|'.join(forms)})"


def _one(t) -> list[str]:
    """The words for one, articles among them ("a", "en", "un")."""
    return [word for word, value in t.NUMBER_WORDS.items() if value == 1]


def _weapon_words(t) -> list[str]:
    """The trigger words of strikes and shelling that name what was fired (they are the
    same words: rockets, missiles, drones, shells)."""
    return [
        word
        for sub_type in ("Shelling/artillery/missile attack", "Air/drone strike")
        for word in t.TRIGGERS.get(sub_type, [])
        if " " not in word
    ]


def find_counts(text: str, lang: str | None) -> list[Span]:
    t = table(lang)
    patterns = _patterns(t.CODE)
    lower_bounds = {w.lower() for w in t.LOWER_BOUND}
    short_of = {w.lower() for w in t.SHORT_OF}
    found = []
    for match in patterns["number"].finditer(text):
        value = _value(match.group("number"), t)
        if value is None or match.group("percent"):
            continue
        qualifier = (match.group("qualifier") or "").lower()
        counts = _what_it_counts(text, match.start("number"), match.end(), patterns)
        if counts in (DEATHS, INJURED) and patterns["none_of"].search(
            text[max(0, match.start() - 40) : match.start()]
        ):
            # the figure is of those unharmed, as "no one was hurt" is: no one died
            found.append(Span(match.start(), match.end(), "count", Count(0, False, False, DEATHS)))
            continue
        if qualifier in short_of and counts in (DEATHS, INJURED) and value > 1:
            # the most the words allow, as ACLED keeps the lowest credible figure
            value -= 1
        found.append(
            Span(
                match.start(),
                match.end(),
                "count",
                Count(
                    value,
                    qualifier in lower_bounds,
                    bool(qualifier) and qualifier not in lower_bounds,
                    counts,
                ),
            )
        )
    taken = {span.start for span in found}
    for match in patterns["listed_one"].finditer(text):
        start = match.start("number")
        listed = _count_before(found, start)
        if start in taken or listed is None:
            continue
        # the list's items are counted alike: "three soldiers, two police officers and a
        # civilian" were all killed
        counts = listed.value.counts or _what_it_counts(text, start, match.end(), patterns)
        found.append(Span(start, match.end(), "count", Count(1, False, False, counts)))
    found += _people_counted_by_their_noun(
        text, t, patterns, {(span.start, span.end) for span in found}
    )
    for match in patterns["no_casualties"].finditer(text):
        found.append(Span(match.start(), match.end(), "count", Count(0, False, False, DEATHS)))
    return sorted(found, key=lambda span: span.start)


def _people_counted_by_their_noun(
    text: str, t, patterns, taken: set[tuple[int, int]]
) -> list[Span]:
    """One killed or hurt person named by a noun and its article ("a soldier was killed",
    "un soldat a été tué"); in Arabic a bare noun is one and its dual two ("قتل جندي",
    "قتل متظاهران"). Only where words of death or injury say what happened to them."""
    found = []
    if "counted_noun" in patterns:
        matches = [
            (m, 2 if m.groupdict().get("dual") or m.groupdict().get("oblique") else 1)
            for m in patterns["counted_noun"].finditer(text)
        ]
    else:
        matches = [(m, 1) for m in patterns["one_person"].finditer(text)]
    for match, value in matches:
        start = match.start()
        if any(s < match.end() and start < e for s, e in taken):
            continue  # inside a figure already read ("nearly a dozen members")
        if patterns["says"].match(text, match.end()):
            continue  # "a police officer said three were killed": who told it
        counts = _what_it_counts(text, start, match.end(), patterns)
        if counts in (DEATHS, INJURED):
            found.append(Span(start, match.end(), "count", Count(value, False, False, counts)))
    return found


def tells_harm(text: str, lang: str | None) -> bool:
    """Whether words of death or injury stand in `text`."""
    patterns = _patterns(table(lang).CODE)
    return any(patterns[role].search(text) for role in (DEATHS, INJURED))


def opens_with_death(text: str, start: int, lang: str | None) -> bool:
    """Whether words of death stand at `start` ("drepte sivile")."""
    return _patterns(table(lang).CODE)[DEATHS].match(text, start) is not None


def death_cues(text: str, lang: str | None) -> list[tuple[int, int]]:
    """Where words of death stand ("killed", "ble drept", "قتل")."""
    return [m.span() for m in _patterns(table(lang).CODE)[DEATHS].finditer(text)]


def _count_before(found: list[Span], start: int) -> Span | None:
    """The count a list item follows, within 60 characters."""
    before = [span for span in found if 0 < start - span.end <= 60]
    return max(before, key=lambda span: span.end) if before else None


def toll(spans: list[Span], text: str, lang: str | None) -> Span | None:
    """The toll a sentence states for one role: the largest figure, where the parts of a split
    toll are first added up ("two US soldiers and one British soldier were killed": 3; but "246
    dead, including 135 civilians": 246; "ten killed, five of them Iraqis": 10); the lowest
    where sources' figures are set against each other ("the PMF put the toll at 11, while an
    official said eight had died": 8, as ACLED keeps). Returns a span over the figures used."""
    if not spans:
        return None
    patterns = _patterns(table(lang).CODE)
    groups = _listed_groups(spans, text, patterns)
    pick = min if _set_against_each_other(groups, text, patterns) else max
    best = pick(groups, key=lambda g: sum(s.value.value for s in g))
    total = sum(s.value.value for s in best)
    lower = any(s.value.lower_bound for s in best)
    approximate = any(s.value.approximate for s in best)
    return Span(
        best[0].start, best[-1].end, "count", Count(total, lower, approximate, best[0].value.counts)
    )


def disputed_toll(text: str, lang: str | None) -> bool:
    """Whether a sentence sets one source's death toll against another's."""
    patterns = _patterns(table(lang).CODE)
    if not patterns["contrast"].search(text):
        return False  # most sentences: no need to read their figures
    deaths = [s for s in find_counts(text, lang) if s.value.counts == DEATHS]
    return bool(deaths) and _set_against_each_other(
        _listed_groups(deaths, text, patterns), text, patterns
    )


def _listed_groups(spans: list[Span], text: str, patterns) -> list[list[Span]]:
    """The figures in order, those of one list ("two US soldiers and one British soldier")
    in one group."""
    groups: list[list[Span]] = [[spans[0]]]
    for span in spans[1:]:
        between = text[groups[-1][-1].end : span.start]
        listed = (
            len(between) <= 50
            # Arabic glues "و" (and) to the next word: "ثلاثة جنود وشرطيين ومدني"
            and (
                patterns["list_break"].search(between) or patterns["glued"].match(text, span.start)
            )
            and not patterns["subset"].search(between)
            # the parts of a list share one word of harm: "32 died and 110 were hurt when two
            # bombers blew themselves up" has told its dead before the two
            and not any(patterns[role].search(between) for role in (DEATHS, INJURED))
            and not patterns["subset"].match(
                text[span.end : span.end + 30].lstrip()
            )  # "ten killed, five of them Iraqis"
            and not _CLAUSE_END.search(between)
            and span.value.value > 0
        )
        if listed:
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups


def _set_against_each_other(groups: list[list[Span]], text: str, patterns) -> bool:
    """Figures sources set against each other: "…, while an official said eight had died"
    (not "two of the dead were soldiers, while the other two were contractors")."""
    return any(
        patterns["disputing"].search(text[a[-1].end : b[0].start])
        for a, b in itertools.pairwise(groups)
    )


# "one" is a number; "en", "un", "ein" are mostly articles ("en amerikansk operasjon")
_ONE = set(every_language("one_words"))


# Ten billion and more counts nobody in a war; a store holds no integer past 19 digits.
_MOST_DIGITS = 10


def _value(written: str, t) -> int | None:
    if written[0].isdigit():
        if re.fullmatch(r"\d+[.,]\d{1,2}", written):
            return None  # a decimal, "99,5"
        digits = re.sub(r"\D", "", written)
        if len(digits) > _MOST_DIGITS:
            return None  # no count: an identifier, a phone number, a typo
        value = int(digits)
        if len(digits) == 4 and 1900 <= value <= 2100 and written.isdigit():
            return None  # a year
        return value
    value = word_value(t.NUMBER_WORDS, written)
    if value == 1 and written.lower() not in _ONE:
        return None
    return value


def _what_it_counts(text: str, start: int, end: int, patterns) -> str | None:
    """The nearest death or injury cue in the clause (within 120 characters after, 40 before);
    a troop or participant noun only when there is neither: "killing ten fighters" counts
    deaths, "5000 soldiers" a size."""
    if patterns["weapons"].match(text[end : end + 40]) or patterns["measures"].match(
        text[end : end + 40]
    ):
        return None
    after = _clause(_without_asides(text[end : end + 120]), forward=True)
    if patterns["others"].match(text[end : end + 20]):
        # "one soldier was killed and two others wounded": what the others suffered follows;
        # "Soleimani died with al-Muhandis, deputy head of the PMF, and five others": it
        # stands anywhere before
        told = re.match(r"\s+\S+\s+(\S+)", text[end : end + 40])
        for role in (DEATHS, INJURED):
            if told and patterns[role].match(told.group(1)):
                return role
        sentence = re.split(r"[.!?]\s", text[max(0, start - 200) : start])[-1]
        before = _without_asides(sentence)
    else:
        before = _clause(_without_asides(text[max(0, start - 40) : start]), forward=False)

    def nearest(role: str, before: str = before, after: str = after) -> int | None:
        gaps = [m.start() for m in patterns[role].finditer(after)]
        gaps += [
            len(before) - _word_end(before, m.end())  # "killing", not its stem "kill"
            for m in patterns[role].finditer(before)
            if not _follows_a_figure(before[: m.start()], patterns)
        ]
        return min(gaps) if gaps else None

    # "seven died and nine were injured", "einer wurde getötet, 20 wurden verletzt": a word
    # before "and" or a comma tells the figure before it when the figure's own word follows
    # close by; else the nearest word ("killed three soldiers, two police officers and a
    # civilian and wounded 11")
    since_and = re.split(r",", patterns["conjunction"].split(before)[-1])[-1]
    for window, following in ((since_and, after[:30]), (before, after)):
        harm = {
            role: gap
            for role in (DEATHS, INJURED)
            if (gap := nearest(role, window, following)) is not None
        }
        if harm:
            return min(harm, key=harm.get)
    if nearest(SIZE) is not None:
        return SIZE
    # "the death toll from Monday's bombing has risen to 15": the toll, named earlier in the
    # sentence, reaches the figure
    sentence = re.split(r"[.!?]\s", text[max(0, start - 150) : start])[-1]
    return DEATHS if patterns["toll"].search(sentence) else None


def _word_end(text: str, end: int) -> int:
    return end + len(re.match(r"\w*", text[end:]).group())


def _follows_a_figure(head: str, patterns) -> bool:
    """Whether a word of harm comes right after another figure, whose word it is: in "de tre
    drepte ble 14 personer såret" the 14 were hurt."""
    head = head.rstrip()[-30:]
    return any(m.end() == len(head) for m in patterns["number"].finditer(head))


def _without_asides(window: str) -> str:
    """Short parentheses blanked out, so that "eight members of the PMF (Hashd) were killed"
    stays one clause; blanks keep every offset where it was."""
    return _ASIDE.sub(lambda m: " " * len(m.group()), window)


def _clause(window: str, forward: bool) -> str:
    parts = _CLAUSE_END.split(window)
    return parts[0] if forward else parts[-1]


class FindCounts:
    name = "numbers"
    requires = ("text", "lang", "dates")
    assigns = ("counts",)

    def __call__(self, doc: Document) -> Document:
        dates = doc.layers["dates"]
        # the day of a date counts no one: "To soldater ble drept 3. mai"
        doc.layers["counts"] = [
            count
            for count in find_counts(doc.text, doc.lang)
            if not any(d.start < count.end and count.start < d.end for d in dates)
        ]
        return doc
