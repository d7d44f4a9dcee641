"""Danish words for dates, numbers and events."""

CODE = "da"

# What may be written onto the front of a trigger word (none in this language).
WORD_PREFIX = ""

WEEKDAYS: dict[str, int] = {
    "mandag": 0,
    "mandagen": 0,
    "mandags": 0,
    "mandagens": 0,
    "mandage": 0,
    "tirsdag": 1,
    "tirsdagen": 1,
    "tirsdags": 1,
    "tirsdagens": 1,
    "tirsdage": 1,
    "onsdag": 2,
    "onsdagen": 2,
    "onsdags": 2,
    "onsdagens": 2,
    "onsdage": 2,
    "torsdag": 3,
    "torsdagen": 3,
    "torsdags": 3,
    "torsdagens": 3,
    "torsdage": 3,
    "fredag": 4,
    "fredagen": 4,
    "fredags": 4,
    "fredagens": 4,
    "fredage": 4,
    "lørdag": 5,
    "lørdagen": 5,
    "lørdags": 5,
    "lørdagens": 5,
    "lørdage": 5,
    "søndag": 6,
    "søndagen": 6,
    "søndags": 6,
    "søndagens": 6,
    "søndage": 6,
}

MONTHS: dict[str, int] = {
    "januar": 1,
    "jan": 1,
    "jan.": 1,
    "februar": 2,
    "feb": 2,
    "feb.": 2,
    "febr.": 2,
    "marts": 3,
    "mar": 3,
    "mar.": 3,
    "april": 4,
    "apr": 4,
    "apr.": 4,
    "maj": 5,
    "juni": 6,
    "jun": 6,
    "jun.": 6,
    "juli": 7,
    "jul": 7,
    "jul.": 7,
    "august": 8,
    "aug": 8,
    "aug.": 8,
    "september": 9,
    "sep": 9,
    "sep.": 9,
    "sept": 9,
    "sept.": 9,
    "oktober": 10,
    "okt": 10,
    "okt.": 10,
    "november": 11,
    "nov": 11,
    "nov.": 11,
    "december": 12,
    "dec": 12,
    "dec.": 12,
}
# Month names are written in lower case, so case tells nothing
MONTHS_CAPITALISED = False

RELATIVE_DAYS: dict[str, int] = {
    "i dag": 0,
    "idag": 0,
    "i morges": 0,
    "i formiddags": 0,
    "i eftermiddag": 0,
    "i aften": 0,
    "tidligere i dag": 0,
    "i går": -1,
    "igår": -1,
    "i går morges": -1,
    "i går eftermiddag": -1,
    "i går aftes": -1,
    "i aftes": -1,
    "i nat": -1,
    "inat": -1,
    "natten til i dag": -1,
    "dagen før": -1,
    "dagen forinden": -1,
    "i forgårs": -2,
    "for to dage siden": -2,
    "for tre dage siden": -3,
}

# After a day word, these make it "that same day" of the event told before, not the day it
# names ("في اليوم نفسه" is not "today"); only Arabic's "today" is also "the day".
SAME_DAY_AFTER: list[str] = []

# Days ago, said in weeks: the report looks back on something past, never today's news.
WEEKS_AGO: dict[str, int] = {
    "for en uge siden": 7,
    "for halvanden uge siden": 10,
    "for ti dage siden": 10,
    "for to uger siden": 14,
    "for tre uger siden": 21,
}

NIGHT_BEFORE: dict[str, int] = {
    "natten til": -1,
    "nat til": -1,
    "i nat til": -1,
    "natten mod": -1,
    "natten mellem": 0,
    "nat mellem": 0,
}

PREVIOUS_WEEK: list[str] = [
    "i sidste uge",
    "sidste uge",
    "i forrige uge",
    "forrige uge",
    "ugen før",
    "for en uge siden",
]

YEAR_PREFIXES: list[str] = [
    "i",
    "siden",
    "fra",
    "før",
    "efter",
    "til",
    "indtil",
    "inden",
    "i løbet af",
    "året",
    "sommeren",
    "foråret",
    "efteråret",
    "vinteren",
    "i slutningen af",
    "i begyndelsen af",
    "allerede i",
]

NUMBER_WORDS: dict[str, int] = {
    "en": 1,
    "én": 1,
    "et": 1,
    "ét": 1,
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "syv": 7,
    "otte": 8,
    "ni": 9,
    "ti": 10,
    "elleve": 11,
    "tolv": 12,
    "tretten": 13,
    "fjorten": 14,
    "femten": 15,
    "seksten": 16,
    "sytten": 17,
    "atten": 18,
    "nitten": 19,
    "tyve": 20,
    "tredive": 30,
    "fyrre": 40,
    "fyrretyve": 40,
    "halvtreds": 50,
    "halvtredsindstyve": 50,
    "tres": 60,
    "tresindstyve": 60,
    "halvfjerds": 70,
    "halvfjerdsindstyve": 70,
    "firs": 80,
    "firsindstyve": 80,
    "halvfems": 90,
    "halvfemsindstyve": 90,
    "hundrede": 100,
    "et hundrede": 100,
    "ethundrede": 100,
    "tusind": 1000,
    "et tusind": 1000,
    "ettusind": 1000,
    "dusin": 12,
    "et dusin": 12,
    "dusinvis": 12,
    "snesevis": 12,
    "titals": 12,
    "snes": 20,
    "en snes": 20,
    "hundredvis": 100,
    "hundreder": 100,
    "tusindvis": 1000,
    "tusinder": 1000,
    "titusinder": 10000,
    "titusindvis": 10000,
    "hundredtusinder": 100000,
}

LOWER_BOUND: list[str] = [
    "mindst",
    "over",
    "mere end",
    "flere end",
    "i hvert fald",
    "ikke mindre end",
    "godt",
    "godt over",
    "lidt over",
    "i overkanten af",
]

APPROXIMATE: list[str] = [
    "omkring",
    "næsten",
    "cirka",
    "ca.",
    "ca",
    "omtrent",
    "knap",
    "knapt",
    "op mod",
    "op til",
    "lidt under",
    "rundt regnet",
    "anslået",
    "tæt på",
    "henved",
]

# Of APPROXIMATE, those meaning a little fewer: "nearly a dozen" killed are at most eleven.
SHORT_OF: list[str] = [
    "næsten",
    "knap",
    "knapt",
    "lidt under",
    "tæt på",
    "henved",
    "op mod",
]

# Words setting one source's figure against another's: "the PMF put the toll at 11, while an
# official said eight had died". ACLED then keeps the lowest.
CONTRAST_WORDS: list[str] = [
    "mens",
    "men",
]

DEATH_WORDS: list[str] = [
    "dræbt",
    "dræbte",
    "dræbe",
    "død",
    "døde",
    "omkom",
    "livet",
    "mistede livet",
    "dødsfald",
    "dødstal",
    "henrettet",
    "massakreret",
    "faldne",
]

INJURY_WORDS: list[str] = [
    "såret",
    "sårede",
    "kvæstet",
    "kvæstede",
    "skadet",
    "skadede",
    "tilskadekomne",
    "kom til skade",
]

SIZE_WORDS: list[str] = [
    "soldat",
    "kriger",
    "krigere",
    "militant",
    "oprører",
    "demonstrant",
    "politibetjent",
    "politifolk",
    "betjent",
    "jihadist",
    "islamist",
    "terrorist",
    "militsfolk",
    "militsmedlem",
    "deltager",
    "specialsoldat",
    "officer",
]

# "No one was killed": a reported toll of zero, which ACLED codes as 0, not as unknown;
# " * " stands for up to three words ("no American or Iraqi casualties").
NO_CASUALTIES: list[str] = [
    "ingen * blev dræbt",
    "ingen blev dræbt",
    "ingen omkom",
    "ingen blev såret",
    "ingen døde",
    "ingen tab",
    "ingen * blev såret",
]

# "None of the 70 soldiers was hurt": a toll of zero.
NONE_OF: list[str] = [
    "ingen af",
    "ingen blandt",
]

# "the death toll has risen to 15", "le bilan s'élève à": the figure the toll reaches is of
# the dead.
TOLL_WORDS: list[str] = [
    "dødstallet",
    "antallet af dræbte",
    "antallet af døde",
]

# "Four of the attackers were also killed": a figure that adds to the toll told before.
ALSO_WORDS: list[str] = [
    "også",
]

# One person named by a noun ("a soldier was killed", "en soldat dödades", "قتل جندي"); in
# Arabic the noun's dual ("جنديان", "متظاهران") is two.
PERSON_WORDS: list[str] = [
    "soldat",
    "civil",
    "politimand",
    "politibetjent",
    "kriger",
    "barn",
    "mand",
    "kvinde",
    "medlem",
    "demonstrant",
    "militsmand",
    "arbejder",
    "vagt",
    "journalist",
    "chauffør",
    "hyrde",
    "landmand",
    "forbipasserende",
    "dreng",
    "pige",
    "embedsmand",
]

# "killing the driver", "le chauffeur a été tué": a singular article before a person's noun
# (languages that put "the" on the noun itself have none).
SINGULAR_ARTICLES: list[str] = []

# A figure of a measure ("dozens of metres", "three days") counts no people.
MEASURE_WORDS: list[str] = [
    "meter",
    "kilometer",
    "km",
    "mil",
    "timer",
    "dage",
    "minutter",
    "år",
]

# A sentence that opens "at the same time" or "elsewhere" tells another happening.
SIMULTANEOUS_WORDS: list[str] = [
    "samtidig",
    "andre steder",
    "i mellemtiden",
]

# "The attack", "this strike": an event word after these points back to a happening told
# before.
REFERRING_WORDS: list[str] = [
    "denne",
    "dette",
    "disse",
    "den",
    "det",
    "samme",
]

# Event nouns in their definite form ("attacken", "angrepet", "الهجوم"): the happening told
# before, as "the attack" is.
DEFINITE_EVENT_WORDS: list[str] = [
    "angrebet",
    "angrebene",
    "kampene",
    "bombningen",
    "raidet",
]

# "Nine other people died besides Soleimani": a figure of the dead beside those named.
OTHERS_WORDS: list[str] = [
    "andre",
]

# "claimed, without evidence, that 80 died", "which the US denies": a toll nobody stands by.
UNSUPPORTED_WORDS: list[str] = [
    "uden beviser",
    "uden bevis",
    "afviser",
    "afviste",
    "benægter",
]

# "withdrew toward the Hamrin mountains", "fled toward Erbil": where people went, not where it
# happened.
DIRECTION_WORDS: list[str] = [
    "tilbage mod",
    "i retning af",
    "på vej mod",
]

# "Fighting still goes on in the old city": after a place was taken, fighting that goes on is
# another event.
STILL_WORDS: list[str] = [
    "fortsat",
    "stadig",
    "fortsætter",
]

# "opposition from the government in Baghdad": the place stands for who governs there, not for
# where it happened.
GOVERNMENT_WORDS: list[str] = [
    "regeringen i",
    "myndighederne i",
    "regimet i",
    "ledelsen i",
]

# "attacked three posts with grenades and snipers": weapons beside small arms are the means of
# a fight, not an event of their own kind.
SMALL_ARMS: list[str] = [
    "automatvåben",
    "håndvåben",
    "snigskytter",
    "skarpskytter",
    "lette våben",
    "maskingeværer",
]

# "the liberated areas", "les zones libérées": a place-changing word that describes areas is
# no event.
AREA_WORDS: list[str] = [
    "områder",
    "områderne",
    "området",
    "territorier",
    "regioner",
]

# "planned new attacks", "threatened to strike", "fighting could break out": what has not
# happened.
PLAN_WORDS: list[str] = [
    "planlagde",
    "planlægger",
    "truede med",
    "truer med",
    "kunne",
    "ville",
    "frygtede",
    "frygter",
]

# Joins the parts of a split toll ("two soldiers and one policeman"), which add up.
LIST_CONJUNCTIONS: list[str] = ["og"]

# Introduces a part of a toll already counted ("246 dead, including 135 civilians").
SUBSET_WORDS: list[str] = ["heraf", "blandt dem", "deriblandt"]

NEAR_WORDS: list[str] = [
    "nær",
    "nærheden af",
    "i nærheden af",
    "uden for",
    "udenfor",
    "lige uden for",
    "omkring",
    "rundt om",
    "ikke langt fra",
    "i udkanten af",
    "udkanten af",
    "tæt på",
    "nord for",
    "syd for",
    "øst for",
    "vest for",
    "nordøst for",
    "nordvest for",
    "sydøst for",
    "sydvest for",
]

# A sentence with one of these speaks of a period or a trend ("attacks have increased in recent
# weeks"), not of one happening: it makes no event unless it names an exact day.
TREND_WORDS: list[str] = [
    "de seneste uger",
    "i de seneste uger",
    "de seneste måneder",
    "i de seneste måneder",
    "siden nytår",
    "siden begyndelsen af året",
    "tidligere i år",
    "to uger tidligere",
    "en uge tidligere",
    "uger tidligere",
    "er steget",
    "har optrappet",
    "optrappet",
    "jævnligt",
    "ofte",
    "hver uge",
    # comparisons with the past: commentary on an event, not another one
    "det dødeligste",
    "den dødeligste",
    "det blodigste",
    "det værste angreb",
    "tidligere angreb",
    "lignende angreb",
]

TRIGGERS: dict[str, list[str]] = {
    "Armed clash": [
        "offensiv",
        "angreb",
        "angrebet",
        "kampe",
        "kampene",
        "sammenstød",
        "skudveksling",
        "ildkamp",
        "træfning",
        "baghold",
        "slaget om",
        "kæmpede",
        "kæmper mod",
        "slog angrebet tilbage",
        "angreb stillinger",
        "væbnede sammenstød",
    ],
    "Government regains territory": [
        "generobret",
        "generobring",
        "generobrede",
        "taget tilbage",
        "tog tilbage",
        "befriet",
        "befrielse",
        "genvandt kontrollen",
        "genvundet kontrollen",
        "tilbageerobret",
        "sejren over",
        "sejr over",
    ],
    "Non-state actor overtakes territory": [
        "indtog",
        "indtaget",
        "erobret",
        "erobrede",
        "tog kontrol over",
        "taget kontrol over",
        "faldt i hænderne",
        "besatte",
        "overtog byen",
        "rykkede ind i",
        "fuld kontrol over",
    ],
    "Chemical weapon": [
        "kemiske våben",
        "kemisk våben",
        "kemisk angreb",
        "kemiske kampstoffer",
        "klorgas",
        "klor",
        "sarin",
        "giftgas",
        "sennepsgas",
        "nervegas",
    ],
    "Air/drone strike": [
        "luftangreb",
        "flyangreb",
        "droneangreb",
        "drone",
        "kampfly",
        "bombefly",
        "bombede",
        "bombardement fra luften",
        "helikopterangreb",
        "kamphelikopter",
        "fra luften",
    ],
    "Suicide bomb": [
        "selvmordsbomber",
        "selvmordsangreb",
        "selvmordsaktion",
        "selvmordsvest",
        "sprængstofvest",
        "sprængte sig",
        "selvmordsbilbombe",
        "selvmordsattentat",
    ],
    "Shelling/artillery/missile attack": [
        "artilleri",
        "beskudt",
        "beskød",
        "granat",
        "raket",
        "missil",
        "morter",
        "katjusja",
        "ballistisk",
        "projektil",
        "granatkaster",
    ],
    "Remote explosive/landmine/IED": [
        "vejsidebombe",
        "bilbombe",
        "landmine",
        "sprængladning",
        "hjemmelavet bombe",
        "improviseret",
        "sprængstofanordning",
        "bombe eksploderede",
        "fjernudløst",
        "vejbombe",
        "trykmine",
    ],
    "Grenade": [
        "håndgranat",
        "håndgranater",
        "granatangreb",
        "kastede en granat",
    ],
    "Attack": [
        "massakre",
        "henrettede",
        "myrdede",
        "myrdet",
        "skudt og dræbt",
        "dræbte civile",
        "angreb landsbyen",
        "likvideret",
        "halshuggede",
        "åbnede ild mod",
        "attentat",
    ],
    "Abduction/forced disappearance": [
        "kidnap",
        "bortfør",
        "gidsler",
        "gidsel",
        "tog med sig",
        "savnet",
        "forsvandt",
        "tvungen forsvinding",
    ],
    "Sexual violence": [
        "voldtægt",
        "voldtog",
        "voldtaget",
        "seksuel vold",
        "seksuelle overgreb",
        "seksuelt misbrugt",
        "sexslaveri",
    ],
    "Peaceful protest": [
        "protest",
        "demonstr",
        "fakkeltog",
        "sitstrejke",
        "strejke",
        "march",
        "markering",
        "samledes for at",
    ],
    "Protest with intervention": [
        "tåregas",
        "vandkanon",
        "spredte",
        "opløste",
        "peberspray",
        "gummikugler",
        "anholdt demonstranter",
    ],
    "Excessive force against protesters": [
        "skød mod demonstranter",
        "åbnede ild mod demonstranter",
        "skarp ammunition",
        "demonstranter blev dræbt",
        "dræbte demonstranter",
        "skød ind i menneskemængden",
    ],
    "Violent demonstration": [
        "uroligheder",
        "optøjer",
        "stormede",
        "satte ild",
        "stenkast",
        "kastede sten",
        "molotovcocktail",
        "brandbomber",
        "vandaliserede",
        "gadekampe",
    ],
    "Mob violence": [
        "lynch",
        "pøbel",
        "vred menneskemængde",
        "slået ihjel",
        "tævet ihjel",
        "selvtægt",
        "pøbelvold",
    ],
    "Arrests": [
        "anholdt",
        "anholdelse",
        "arresteret",
        "arrestation",
        "fængslet",
        "varetægt",
        "tilbageholdt",
        "razzia",
        "pågrebet",
    ],
    "Agreement": [
        "våbenhvile",
        "våbenhvilen",
        "aftale",
        "fredsaftale",
        "fangeudveksling",
        "enige om",
        "indgået en aftale",
        "overenskomst",
        "våbenstilstand",
    ],
    "Change to group/activity": [
        "overgav sig",
        "overgivet sig",
        "overgivelse",
        "kapitulerede",
        "ny leder",
        "slog sig sammen",
        "sammenlægning",
        "opløst",
        "brød ud af",
        "svor troskab",
        "nedlagde våbnene",
        "hoppede af",
    ],
    "Disrupted weapons use": [
        "desarmeret",
        "uskadeliggjort",
        "våbenlager",
        "beslaglagt",
        "beslaglagde",
        "skudt ned",
        "skød ned",
        "afværget",
        "forpurret",
        "minerydning",
    ],
    "Headquarters or base established": [
        "oprettede en base",
        "etablerede en base",
        "oprettede en lejr",
        "nyt hovedkvarter",
        "hovedkvarter",
        "ny base",
        "ny forpost",
        "slog lejr",
    ],
    "Looting/property destruction": [
        "plyndr",
        "plyndrede",
        "satte ild til huse",
        "brændte ned",
        "nedbrændt",
        "brændte huse",
        "ødelagde huse",
        "jævnede med jorden",
        "hærgede",
    ],
    "Non-violent transfer of territory": [
        "uden kamp",
        "uden modstand",
        "trak sig tilbage",
        "trak sig ud",
        "overlod",
        "overdrog",
        "overtog",
        "forlod stillingerne",
        "overdragelse",
    ],
    "Other": [
        "sender soldater",
        "sendt soldater",
        "forstærkninger",
        "udstationeret",
        "valget",
        "parlamentsvalg",
        "folkeafstemning",
        "udgangsforbud",
        "kup",
        "undtagelsestilstand",
        "flygtede fra fængsel",
        "fængselsflugt",
    ],
}

# Just before an actor's name, these make it the side acted upon (actor2) or the one acting
# (actor1): "an attack against the PMF", "claimed by Islamic State".
TARGET_WORDS: list[str] = ["mod", "sejren over", "sejr over", "befriet fra", "generobret fra"]
AGENT_WORDS: list[str] = [
    "udført af",
    "gennemført af",
    "angrebet af",
    "dræbt af",
    "kidnappet af",
    "bortført af",
]

# Just before a strike or shelling trigger, these make it fire in support of another side's
# operation ("backed by air strikes"): part of that operation, not an event of its own.
SUPPORT_WORDS: list[str] = [
    "støtter",
    "støttet af",
    "med støtte fra",
    "med støtte af",
    "støtten",
    "luftstøtte",
]

# A time distance to another happening ("three days after an attack … killed two"), or the
# happening this one answers ("in retaliation for a rocket attack that killed two"): the toll
# and places after it are that happening's, not this one's (regular expressions).
EARLIER_EVENT: list[str] = [r"\w+ dage? efter", r"dagen efter", r"\w+ uger? efter"]

# The units an EARLIER_EVENT phrase counts back in, as the start of the unit's word → days
# ("three days after" is 3 × 1 days before the event told; a phrase with no figure counts one).
EARLIER_BY: dict[str, int] = {
    "dag": 1,
    "uge": 7,
}

# A toll counted over a whole campaign ("over 3,000 killed since the start of the offensive"):
# no one happening's toll.
CUMULATIVE: list[str] = [
    "siden starten",
    "siden offensiven",
    "i kampene om",
    "under kampene om",
    "i slaget om",
    r"som hævn for",
    r"som gengældelse for",
    r"som svar på",
]

# Compass words: just before a place ("north of Baghdad", "nördlich von Bagdad", "شمال بغداد")
# they say the event was somewhere else, seen from that place.
COMPASS_WORDS: list[str] = [
    "nord",
    "syd",
    "øst",
    "vest",
    "nordøst",
    "nordvest",
    "sydøst",
    "sydvest",
]

# Just before an event word, these make it a past happening the sentence dates from ("the
# first election since the victory over IS"), not one it reports.
SINCE_WORDS: list[str] = ["siden"]

# Next to a date, these make it the day something was said ("officials said on Monday"), which in
# a sentence with another date is not the day it happened.
REPORTING_WORDS: list[str] = [
    "oplyser",
    "oplyste",
    "sagde",
    "siger",
    "meddelte",
    "bekræftede",
    "erklærede",
]

# Who a report has its facts from ("according to the coalition"): the source, not the actor.
SOURCE_WORDS: list[str] = [
    "ifølge",
]
