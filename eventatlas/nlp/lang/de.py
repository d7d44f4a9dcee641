"""German words for dates, numbers and events."""

CODE = "de"

# What may be written onto the front of a trigger word (none in this language).
WORD_PREFIX = ""

WEEKDAYS: dict[str, int] = {
    "montag": 0,
    "montags": 0,
    "dienstag": 1,
    "dienstags": 1,
    "mittwoch": 2,
    "mittwochs": 2,
    "donnerstag": 3,
    "donnerstags": 3,
    "freitag": 4,
    "freitags": 4,
    "samstag": 5,
    "samstags": 5,
    "sonnabend": 5,
    "sonnabends": 5,
    "sonntag": 6,
    "sonntags": 6,
}

MONTHS: dict[str, int] = {
    "januar": 1,
    "januars": 1,
    "jänner": 1,
    "jänners": 1,
    "jan": 1,
    "jan.": 1,
    "jän": 1,
    "jän.": 1,
    "februar": 2,
    "februars": 2,
    "feber": 2,
    "feb": 2,
    "feb.": 2,
    "febr.": 2,
    "märz": 3,
    "maerz": 3,
    "mär": 3,
    "mär.": 3,
    "mrz": 3,
    "mrz.": 3,
    "april": 4,
    "aprils": 4,
    "apr": 4,
    "apr.": 4,
    "mai": 5,
    "juni": 6,
    "junis": 6,
    "juno": 6,
    "jun": 6,
    "jun.": 6,
    "juli": 7,
    "julis": 7,
    "julei": 7,
    "jul": 7,
    "jul.": 7,
    "august": 8,
    "augusts": 8,
    "aug": 8,
    "aug.": 8,
    "september": 9,
    "septembers": 9,
    "sep": 9,
    "sep.": 9,
    "sept": 9,
    "sept.": 9,
    "oktober": 10,
    "oktobers": 10,
    "okt": 10,
    "okt.": 10,
    "november": 11,
    "novembers": 11,
    "nov": 11,
    "nov.": 11,
    "dezember": 12,
    "dezembers": 12,
    "dez": 12,
    "dez.": 12,
}
# Month names are written with a capital ("May" the month, "may" the verb)
MONTHS_CAPITALISED = True

RELATIVE_DAYS: dict[str, int] = {
    "heute": 0,
    "heute früh": 0,
    "heute morgen": 0,
    "heute vormittag": 0,
    "heute nachmittag": 0,
    "heute abend": 0,
    "am heutigen tag": 0,
    "gestern": -1,
    "gestern früh": -1,
    "gestern morgen": -1,
    "gestern vormittag": -1,
    "gestern nachmittag": -1,
    "gestern abend": -1,
    "am vortag": -1,
    "heute nacht": -1,
    "in der nacht": -1,
    "in der vergangenen nacht": -1,
    "vergangene nacht": -1,
    "letzte nacht": -1,
    "in der letzten nacht": -1,
    "über nacht": -1,
    "vorgestern": -2,
    "vor zwei tagen": -2,
    "vor drei tagen": -3,
}

# After a day word, these make it "that same day" of the event told before, not the day it
# names ("في اليوم نفسه" is not "today"); only Arabic's "today" is also "the day".
SAME_DAY_AFTER: list[str] = []

# Days ago, said in weeks: the report looks back on something past, never today's news.
WEEKS_AGO: dict[str, int] = {
    "vor einer woche": 7,
    "vor anderthalb wochen": 10,
    "vor eineinhalb wochen": 10,
    "vor zehn tagen": 10,
    "vor zwei wochen": 14,
    "vor drei wochen": 21,
}

NIGHT_BEFORE: dict[str, int] = {
    "in der nacht zum": -1,
    "in der nacht zu": -1,
    "nacht zum": -1,
    "nacht zu": -1,
    "in der nacht auf": -1,
    "nacht auf": -1,
    "in der nacht vor": -1,
    "in der nacht von": 0,
    "nacht von": 0,
    "in den frühen morgenstunden des": 0,
}

PREVIOUS_WEEK: list[str] = [
    "letzte woche",
    "letzter woche",
    "der letzten woche",
    "vergangene woche",
    "vergangener woche",
    "der vergangenen woche",
    "der vorwoche",
    "in der vorwoche",
    "vor einer woche",
]

YEAR_PREFIXES: list[str] = [
    "im jahr",
    "im jahre",
    "jahr",
    "seit",
    "bis",
    "ab",
    "vor",
    "nach",
    "von",
    "anfang",
    "ende",
    "mitte",
    "im sommer",
    "im frühjahr",
    "im frühling",
    "im herbst",
    "im winter",
    "sommer",
    "frühjahr",
    "herbst",
    "winter",
    "bereits",
]

NUMBER_WORDS: dict[str, int] = {
    "ein": 1,
    "eine": 1,
    "einen": 1,
    "einem": 1,
    "einer": 1,
    "eines": 1,
    "eins": 1,
    "zwei": 2,
    "zwo": 2,
    "zweier": 2,
    "drei": 3,
    "dreier": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
    "dreizehn": 13,
    "vierzehn": 14,
    "fünfzehn": 15,
    "sechzehn": 16,
    "siebzehn": 17,
    "achtzehn": 18,
    "neunzehn": 19,
    "zwanzig": 20,
    "dreißig": 30,
    "dreissig": 30,
    "vierzig": 40,
    "fünfzig": 50,
    "sechzig": 60,
    "siebzig": 70,
    "achtzig": 80,
    "neunzig": 90,
    "hundert": 100,
    "einhundert": 100,
    "tausend": 1000,
    "eintausend": 1000,
    "dutzend": 12,
    "ein dutzend": 12,
    "dutzende": 12,
    "dutzenden": 12,
    "hunderte": 100,
    "hunderten": 100,
    "tausende": 1000,
    "tausenden": 1000,
    "tausender": 1000,
    "zehntausende": 10000,
    "zehntausenden": 10000,
    "hunderttausende": 100000,
    "hunderttausenden": 100000,
}

LOWER_BOUND: list[str] = [
    "mindestens",
    "mehr als",
    "über",
    "wenigstens",
    "zumindest",
    "nicht weniger als",
    "gut",
    "weit über",
    "deutlich mehr als",
    "mindestens noch",
]

APPROXIMATE: list[str] = [
    "rund",
    "etwa",
    "fast",
    "knapp",
    "nahezu",
    "bis zu",
    "ungefähr",
    "circa",
    "zirka",
    "ca.",
    "ca",
    "annähernd",
    "gegen",
    "schätzungsweise",
    "beinahe",
    "an die",
    "um die",
]

# Of APPROXIMATE, those meaning a little fewer: "nearly a dozen" killed are at most eleven.
SHORT_OF: list[str] = [
    "fast",
    "knapp",
    "nahezu",
    "beinahe",
    "annähernd",
]

# Words setting one source's figure against another's: "the PMF put the toll at 11, while an
# official said eight had died". ACLED then keeps the lowest.
CONTRAST_WORDS: list[str] = [
    "während",
    "wohingegen",
    "aber",
    "doch",
]

DEATH_WORDS: list[str] = [
    "getötet",
    "tote",
    "toten",
    "starb",
    "tötet",
    "ums leben",
    "todesopfer",
    "gestorben",
    "erschossen",
    "hingerichtet",
    "umgekommen",
    "leichen",
    "massakriert",
    "verstorben",
    "leben verloren",
    "das leben",
]

INJURY_WORDS: list[str] = [
    "verletzt",
    "verwundet",
    "verletzte",
    "verletzten",
    "verwundete",
    "verletzungen",
]

SIZE_WORDS: list[str] = [
    "soldat",
    "kämpfer",
    "truppen",
    "milizionär",
    "milizen",
    "demonstrant",
    "polizist",
    "rebell",
    "dschihadist",
    "extremist",
    "aufständisch",
    "terrorist",
    "angreifer",
    "sicherheitskräfte",
    "einsatzkräfte",
    "teilnehmer",
    "beamte",
    "islamist",
    "militante",
]

# "No one was killed": a reported toll of zero, which ACLED codes as 0, not as unknown;
# " * " stands for up to three words ("no American or Iraqi casualties").
NO_CASUALTIES: list[str] = [
    "wurde niemand getötet",
    "wurde niemand verletzt",
    "keine * Opfer",
    "keine * Toten",
    "keine Opfer",
    "keine Toten",
    "niemand wurde getötet",
    "niemand wurde verletzt",
    "ohne Opfer",
    "keine Verletzten",
    "forderte keine Opfer",
    "Todesopfer gab es * nicht",
    "keine Todesopfer",
    "verletzt wurde niemand",
    "getötet wurde niemand",
    "es gab keine verletzten",
]

# "None of the 70 soldiers was hurt": a toll of zero.
NONE_OF: list[str] = [
    "keiner der",
    "keine der",
    "keiner von",
    "niemand von",
]

# "the death toll has risen to 15", "le bilan s'élève à": the figure the toll reaches is of
# the dead.
TOLL_WORDS: list[str] = [
    "zahl der toten",
    "zahl der todesopfer",
    "opferzahl",
    "totenzahl",
]

# "Four of the attackers were also killed": a figure that adds to the toll told before.
ALSO_WORDS: list[str] = [
    "auch",
    "ebenfalls",
]

# One person named by a noun ("a soldier was killed", "en soldat dödades", "قتل جندي"); in
# Arabic the noun's dual ("جنديان", "متظاهران") is two.
PERSON_WORDS: list[str] = [
    "soldat",
    "zivilist",
    "polizist",
    "kämpfer",
    "kind",
    "mann",
    "frau",
    "mitglied",
    "demonstrant",
    "milizionär",
    "arbeiter",
    "wachmann",
    "kommandeur",
    "journalist",
    "us-zivilist",
    "fahrer",
    "hirte",
    "bauer",
    "passant",
    "junge",
    "mädchen",
    "beamter",
    "funktionär",
]

# "killing the driver", "le chauffeur a été tué": a singular article before a person's noun
# (languages that put "the" on the noun itself have none).
SINGULAR_ARTICLES: list[str] = [
    "der",
]

# A figure of a measure ("dozens of metres", "three days") counts no people.
MEASURE_WORDS: list[str] = [
    "meter",
    "metern",
    "kilometer",
    "kilometern",
    "km",
    "stunden",
    "tage",
    "tagen",
    "minuten",
    "jahre",
    "jahren",
]

# A sentence that opens "at the same time" or "elsewhere" tells another happening.
SIMULTANEOUS_WORDS: list[str] = [
    "zeitgleich",
    "gleichzeitig",
    "unterdessen",
    "währenddessen",
    "andernorts",
]

# "The attack", "this strike": an event word after these points back to a happening told
# before.
REFERRING_WORDS: list[str] = [
    "der",
    "die",
    "das",
    "den",
    "dem",
    "dieser",
    "diese",
    "diesen",
    "dieses",
]

# Event nouns in their definite form ("attacken", "angrepet", "الهجوم"): the happening told
# before, as "the attack" is.
DEFINITE_EVENT_WORDS: list[str] = []

# "Nine other people died besides Soleimani": a figure of the dead beside those named.
OTHERS_WORDS: list[str] = [
    "weitere",
    "weiteren",
    "andere",
]

# "claimed, without evidence, that 80 died", "which the US denies": a toll nobody stands by.
UNSUPPORTED_WORDS: list[str] = [
    "ohne belege",
    "ohne beweise",
    "dementiert",
    "dementierte",
    "zurückgewiesen",
    "weist zurück",
    "wies zurück",
]

# "withdrew toward the Hamrin mountains", "fled toward Erbil": where people went, not where it
# happened.
DIRECTION_WORDS: list[str] = [
    "in richtung",
    "richtung",
]

# "Fighting still goes on in the old city": after a place was taken, fighting that goes on is
# another event.
STILL_WORDS: list[str] = [
    "noch",
    "weiterhin",
    "dauern an",
    "gehen weiter",
]

# "opposition from the government in Baghdad": the place stands for who governs there, not for
# where it happened.
GOVERNMENT_WORDS: list[str] = [
    "regierung in",
    "regierung von",
    "behörden in",
    "führung in",
    "machthaber in",
]

# "attacked three posts with grenades and snipers": weapons beside small arms are the means of
# a fight, not an event of their own kind.
SMALL_ARMS: list[str] = [
    "leichten waffen",
    "leichte waffen",
    "handfeuerwaffen",
    "scharfschützen",
    "maschinengewehren",
    "sturmgewehren",
]

# "the liberated areas", "les zones libérées": a place-changing word that describes areas is
# no event.
AREA_WORDS: list[str] = [
    "gebiete",
    "gebieten",
    "gebiet",
    "regionen",
    "territorien",
    "zonen",
]

# "planned new attacks", "threatened to strike", "fighting could break out": what has not
# happened.
PLAN_WORDS: list[str] = [
    "plante",
    "planten",
    "geplant",
    "drohte",
    "drohen",
    "droht",
    "könnte",
    "könnten",
    "würde",
    "befürchtet",
    "befürchten",
]

# Joins the parts of a split toll ("two soldiers and one policeman"), which add up.
LIST_CONJUNCTIONS: list[str] = ["und"]

# Introduces a part of a toll already counted ("246 dead, including 135 civilians").
SUBSET_WORDS: list[str] = ["darunter", "unter ihnen", "davon"]

# Compass words: just before a place ("north of Baghdad", "nördlich von Bagdad", "شمال بغداد")
# they say the event was somewhere else, seen from that place.
COMPASS_WORDS: list[str] = [
    "nördlich",
    "südlich",
    "östlich",
    "westlich",
    "nordöstlich",
    "nordwestlich",
    "südöstlich",
    "südwestlich",
]

NEAR_WORDS: list[str] = [
    "nahe",
    "nahe der stadt",
    "nahe dem dorf",
    "nahe dem",
    "nahe der",
    "bei",
    "bei der stadt",
    "in der nähe von",
    "in der nähe der stadt",
    "in der nähe des dorfes",
    "nähe von",
    "unweit",
    "unweit von",
    "außerhalb",
    "außerhalb von",
    "am rande von",
    "am stadtrand von",
    "rund um",
    "vor den toren",
    "um",
    "nördlich von",
    "südlich von",
    "östlich von",
    "westlich von",
    "nordöstlich von",
    "nordwestlich von",
    "südöstlich von",
    "südwestlich von",
    *COMPASS_WORDS,
]

# A sentence with one of these speaks of a period or a trend ("attacks have increased in recent
# weeks"), not of one happening: it makes no event unless it names an exact day.
TREND_WORDS: list[str] = [
    "in den vergangenen Wochen",
    "in den letzten Wochen",
    "in den vergangenen Monaten",
    "in den letzten Monaten",
    "seit Jahresbeginn",
    "seit Anfang des Jahres",
    "Anfang des Jahres",
    "zwei Wochen zuvor",
    "eine Woche zuvor",
    "Tage zuvor",
    "Wochen zuvor",
    "haben zugenommen",
    "hat zugenommen",
    "verstärkt",
    "häufen sich",
    "immer häufiger",
    "regelmäßig",
    "häufig",
    "jede Woche",
    # comparisons with the past: commentary on an event, not another one
    "der folgenschwerste",
    "der schwerste Angriff",
    "der blutigste",
    "frühere Angriffe",
    "früheren Angriffe",
    "frühere Anschläge",
    "ähnliche Angriffe",
]

# A separable verb's particle closes its clause: " * " stands for the words between
# ("nahmen am Mittwoch in Kirkuk einen IS-Kommandeur fest").
TRIGGERS: dict[str, list[str]] = {
    "Armed clash": [
        "offensive",
        "angriff",
        "großangriff",
        "angegriffen",
        "griffen",
        "gefecht",
        "gefechte",
        "kämpfe um",
        "kämpfe zwischen",
        "kämpfe mit",
        "kämpfe gegen",
        "kämpfe im",
        "kämpfe in",
        "die kämpfe",
        "schwere kämpfe",
        "heftige kämpfe",
        "kämpfen",
        "feuergefecht",
        "schusswechsel",
        "lieferten sich",
        "zusammenstöße",
        "zusammenstoß",
        "hinterhalt",
        "gefechte mit",
        "wehrten",
        "abgewehrt",
        "häuserkampf",
        "schlacht",
    ],
    "Government regains territory": [
        "zurückerobert",
        "zurückeroberten",
        "eroberte * zurück",
        "eroberten * zurück",
        "erobert zurück",
        "rückeroberung",
        "zurückgewonnen",
        "zurückerlangt",
        "befreit",
        "befreiung",
        "wieder unter kontrolle",
        "wieder unter ihre kontrolle",
        "unter kontrolle der regierung",
        "sieg über",
    ],
    "Non-state actor overtakes territory": [
        "eingenommen",
        "nahmen die stadt",
        "einnahme",
        "erobert",
        "eroberten",
        "eroberung",
        "überrannt",
        "überrannten",
        "unter ihre kontrolle gebracht",
        "unter seine kontrolle gebracht",
        "fiel an",
        "in die hände",
        "ist gefallen",
        "sind gefallen",
        "war gefallen",
        "volle kontrolle über",
        "vollständige kontrolle über",
        "die kontrolle über",
    ],
    "Chemical weapon": [
        "chemiewaffe",
        "chemiewaffen",
        "chemische waffen",
        "chemischen kampfstoffen",
        "chemischer kampfstoff",
        "giftgas",
        "chlorgas",
        "chlor",
        "sarin",
        "senfgas",
        "nervengift",
        "reizgas",
        "chlorpikrin",
    ],
    "Air/drone strike": [
        "luftangriff",
        "luftangriffe",
        "luftschlag",
        "drohnenangriff",
        "drohnenangriffe",
        "drohne",
        "drohnen",
        "kampfjet",
        "kampfflugzeug",
        "bombardiert",
        "bombardierten",
        "luftwaffe",
        "kampfhubschrauber",
        "luftschläge",
    ],
    "Suicide bomb": [
        "selbstmordanschlag",
        "selbstmordattentat",
        "selbstmordattentäter",
        "selbstmordangriff",
        "in die luft gesprengt",
        "sprengten sich",
        "sprengte sich",
        "sprengstoffgürtel",
        "sprengstoffweste",
        "attentäter",
        "selbstmordanschlägen",
        "selbstmordattentäterin",
    ],
    "Shelling/artillery/missile attack": [
        "rakete",
        "raketen",
        "raketenangriff",
        "artillerie",
        "beschuss",
        "beschossen",
        "beschießen",
        "granatbeschuss",
        "mörser",
        "haubitze",
        "geschoss",
        "katjuscha",
        "marschflugkörper",
        "ballistisch",
        "feuerten",
    ],
    "Remote explosive/landmine/IED": [
        "sprengsatz",
        "sprengfalle",
        "landmine",
        "mine",
        "autobombe",
        "bombe",
        "sprengladung",
        "straßenrandbombe",
        "improvisiert",
        "ferngezündet",
        "sprengkörper",
        "panzermine",
        "explodierte",
    ],
    "Grenade": [
        "handgranate",
        "handgranaten",
        "granate",
        "granatenangriff",
        "warf eine granate",
    ],
    "Attack": [
        "massaker",
        "hingerichtet",
        "ermordet",
        "erschossen",
        "töteten",
        "überfall",
        "überfälle",
        "angriff auf zivilisten",
        "mordanschlag",
        "attentat",
        "enthauptet",
        "eröffneten das feuer",
        "das feuer eröffnet",
    ],
    "Abduction/forced disappearance": [
        "entführ",
        "verschlepp",
        "geisel",
        "geiseln",
        "verschwinden lassen",
        "verschwunden",
        "fehlt jede spur",
        "jede spur",
        "verschleppung",
    ],
    "Sexual violence": [
        "vergewaltig",
        "sexuelle gewalt",
        "sexuell missbraucht",
        "sexueller missbrauch",
        "sexuelle übergriffe",
        "sexuellen übergriffen",
        "sexsklaverei",
    ],
    "Peaceful protest": [
        "protest",
        "demonstr",
        "kundgebung",
        "mahnwache",
        "gingen auf die straße",
        "auf die straße",
        "sitzblockade",
        "protestmarsch",
        "marschierten",
        "streik",
    ],
    "Protest with intervention": [
        "tränengas",
        "wasserwerfer",
        "pfefferspray",
        "aufgelöst",
        "zerstreut",
        "zerstreuten",
        "gummigeschosse",
        "demonstranten fest",
        "räumte",
    ],
    "Excessive force against protesters": [
        "auf demonstranten geschossen",
        "schossen auf demonstranten",
        "feuer auf demonstranten",
        "scharfe munition",
        "scharfer munition",
        "demonstranten getötet",
        "demonstranten erschossen",
        "in die menge geschossen",
    ],
    "Violent demonstration": [
        "krawall",
        "ausschreitungen",
        "randal",
        "gestürmt",
        "stürmten",
        "steinwürfe",
        "warfen steine",
        "molotowcocktail",
        "brandsätze",
        "in brand",
        "brandsätze geworfen",
        "pflastersteine",
        "straßenschlacht",
    ],
    "Mob violence": [
        "lynch",
        "aufgebrachter mob",
        "wütender mob",
        "ein mob",
        "menschenmenge",
        "aufgebrachte menge",
        "selbstjustiz",
        "zu tode geprügelt",
        "totgeprügelt",
        "aufeinander los",
    ],
    "Arrests": [
        "festgenommen",
        "festnahme",
        "nahm * fest",
        "nahmen * fest",
        "verhaftet",
        "verhaftung",
        "in gewahrsam",
        "gefasst",
        "razzia",
        "inhaftiert",
    ],
    "Agreement": [
        "waffenstillstand",
        "waffenruhe",
        "feuerpause",
        "abkommen",
        "vereinbarung",
        "vereinbarten",
        "friedensabkommen",
        "gefangenenaustausch",
        "tauschten",
        "unterzeichnet",
        "einigung",
        "einigten sich",
    ],
    "Change to group/activity": [
        "ergeben",
        "ergaben sich",
        "kapitulation",
        "kapituliert",
        "neuer anführer",
        "neuen anführers",
        "zusammenschluss",
        "fusion",
        "aufgelöst",
        "abgespalten",
        "treue geschworen",
        "sagte sich",
        "waffen niedergelegt",
        "übergelaufen",
    ],
    "Disrupted weapons use": [
        "entschärft",
        "sichergestellt",
        "waffenlager",
        "waffenversteck",
        "beschlagnahmt",
        "abgefangen",
        "abgeschossen",
        "vereitelt",
        "kampfmittelräumung",
        "minenräumung",
    ],
    "Headquarters or base established": [
        "stützpunkt errichtet",
        "errichtete",
        "eingerichtet",
        "feldlager",
        "hauptquartier",
        "neuen stützpunkt",
        "neues lager",
        "basis errichtet",
    ],
    "Looting/property destruction": [
        "plünder",
        "niedergebrannt",
        "brannten",
        "zündeten",
        "in brand gesetzt",
        "zerstört",
        "verwüstet",
        "geplündert",
        "abgefackelt",
        "brandstiftung",
    ],
    "Non-violent transfer of territory": [
        "kampflos",
        "übergab",
        "übergaben",
        "übergeben",
        "übergabe",
        "ohne kampf",
        "ohne widerstand",
        "zogen sich * zurück",
        "zog sich * zurück",
        "abgezogen",
        "räumten",
    ],
    "Other": [
        "verlegt",
        "verstärkung",
        "truppenverstärkung",
        "wahl",
        "parlamentswahl",
        "abgestimmt",
        "referendum",
        "abstimmung",
        "ausgangssperre",
        "putsch",
        "ausnahmezustand",
        "kriegsrecht",
        "gefängnisausbruch",
        "aus dem gefängnis",
        "häftlinge",
        "stationiert",
        "abgesetzt",
    ],
}

# Just before an actor's name, these make it the side acted upon (actor2) or the one acting
# (actor1): "an attack against the PMF", "claimed by Islamic State".
TARGET_WORDS: list[str] = ["gegen", "sieg über", "befreit von", "zurückerobert von"]
AGENT_WORDS: list[str] = [
    "verübt von",
    "ausgeführt von",
    "angegriffen von",
]

# Just before a strike or shelling trigger, these make it fire in support of another side's
# operation ("backed by air strikes"): part of that operation, not an event of its own.
SUPPORT_WORDS: list[str] = [
    "unterstützt",
    "unterstützung",
    "rückendeckung",
    "luftunterstützung",
    "feuerschutz",
    "gedeckt von",
]

# A time distance to another happening ("three days after an attack … killed two"), or the
# happening this one answers ("in retaliation for a rocket attack that killed two"): the toll
# and places after it are that happening's, not this one's (regular expressions).
EARLIER_EVENT: list[str] = [
    r"\w+ tage? nach",
    r"\w+ tage?, nachdem",
    r"\w+ tage? nachdem",
    r"einen tag nach",
    r"\w+ wochen? nach",
    r"als vergeltung für",
    r"als reaktion auf",
    r"als antwort auf",
    r"um \w+ zu rächen",
]

# The units an EARLIER_EVENT phrase counts back in, as the start of the unit's word → days
# ("three days after" is 3 × 1 days before the event told; a phrase with no figure counts one).
EARLIER_BY: dict[str, int] = {
    "tag": 1,
    "woche": 7,
}

# A toll counted over a whole campaign ("over 3,000 killed since the start of the offensive"):
# no one happening's toll.
CUMULATIVE: list[str] = [
    "seit beginn",
    "seit dem beginn",
    "seit anfang",
    "im kampf um",
    "in den kämpfen um",
    "während der schlacht um",
]

# Just before an event word, these make it a past happening the sentence dates from ("the
# first election since the victory over IS"), not one it reports.
SINCE_WORDS: list[str] = ["seit", "seit dem", "seit der", "seit den"]

# Next to a date, these make it the day something was said ("officials said on Monday"), which in
# a sentence with another date is not the day it happened.
REPORTING_WORDS: list[str] = [
    "sagte",
    "sagten",
    "teilte",
    "teilten",
    "erklärte",
    "erklärten",
    "meldete",
    "meldeten",
    "berichtete",
    "bestätigte",
    "gab bekannt",
    "verkündet",
    "verkündete",
    "mitteilte",
    "mitteilten",
    "berichteten",
    "bestätigten",
    "erklärt",
]

# Who a report has its facts from ("according to the coalition"): the source, not the actor.
SOURCE_WORDS: list[str] = [
    "nach angaben",
    "laut",
    "zufolge",
]
