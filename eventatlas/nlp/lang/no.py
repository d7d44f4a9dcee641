"""Norwegian (bokmål) words for dates, numbers and events."""

CODE = "no"

# What may be written onto the front of a trigger word (none in this language).
WORD_PREFIX = ""

WEEKDAYS: dict[str, int] = {
    "mandag": 0,
    "mandagen": 0,
    "mandags": 0,
    "mandagens": 0,
    "mandager": 0,
    "måndag": 0,
    "tirsdag": 1,
    "tirsdagen": 1,
    "tirsdags": 1,
    "tirsdagens": 1,
    "tirsdager": 1,
    "tysdag": 1,
    "onsdag": 2,
    "onsdagen": 2,
    "onsdags": 2,
    "onsdagens": 2,
    "onsdager": 2,
    "torsdag": 3,
    "torsdagen": 3,
    "torsdags": 3,
    "torsdagens": 3,
    "torsdager": 3,
    "fredag": 4,
    "fredagen": 4,
    "fredags": 4,
    "fredagens": 4,
    "fredager": 4,
    "lørdag": 5,
    "lørdagen": 5,
    "lørdags": 5,
    "lørdagens": 5,
    "lørdager": 5,
    "laurdag": 5,
    "søndag": 6,
    "søndagen": 6,
    "søndags": 6,
    "søndagens": 6,
    "søndager": 6,
    "sundag": 6,
}

MONTHS: dict[str, int] = {
    "januar": 1,
    "jan": 1,
    "jan.": 1,
    "februar": 2,
    "feb": 2,
    "feb.": 2,
    "febr.": 2,
    "mars": 3,
    "mar": 3,
    "mar.": 3,
    "april": 4,
    "apr": 4,
    "apr.": 4,
    "mai": 5,
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
    "desember": 12,
    "des": 12,
    "des.": 12,
}
# Month names are written in lower case, so case tells nothing
MONTHS_CAPITALISED = False

RELATIVE_DAYS: dict[str, int] = {
    "i dag": 0,
    "idag": 0,
    "i morges": 0,
    "i formiddag": 0,
    "i ettermiddag": 0,
    "i kveld": 0,
    "tidligere i dag": 0,
    "i dag tidlig": 0,
    "i går": -1,
    "igår": -1,
    "i går morges": -1,
    "i går ettermiddag": -1,
    "i går kveld": -1,
    "igår kveld": -1,
    "i natt": -1,
    "inatt": -1,
    "natt til i dag": -1,
    "natten til i dag": -1,
    "gjennom natten": -1,
    "dagen før": -1,
    "dagen i forveien": -1,
    "i forgårs": -2,
    "i forrigårs": -2,
    "natt til i går": -2,
    "for to dager siden": -2,
    "for tre dager siden": -3,
}

# After a day word, these make it "that same day" of the event told before, not the day it
# names ("في اليوم نفسه" is not "today"); only Arabic's "today" is also "the day".
SAME_DAY_AFTER: list[str] = []

# Days ago, said in weeks: the report looks back on something past, never today's news.
WEEKS_AGO: dict[str, int] = {
    "for en uke siden": 7,
    "for halvannen uke siden": 10,
    "for ti dager siden": 10,
    "for to uker siden": 14,
    "for tre uker siden": 21,
}

NIGHT_BEFORE: dict[str, int] = {
    "natt til": -1,
    "natten til": -1,
    "i natt til": -1,
    "natt mot": -1,
    "natten mot": -1,
    "natt mellom": 0,
    "natten mellom": 0,
}

PREVIOUS_WEEK: list[str] = [
    "i forrige uke",
    "forrige uke",
    "i forrige veke",
    "forrige veke",
    "uken før",
    "for en uke siden",
]

YEAR_PREFIXES: list[str] = [
    "i",
    "siden",
    "fra",
    "før",
    "etter",
    "til",
    "innen",
    "i løpet av",
    "året",
    "sommeren",
    "våren",
    "høsten",
    "vinteren",
    "i slutten av",
    "i begynnelsen av",
    "tidlig i",
    "sent i",
    "allerede i",
]

NUMBER_WORDS: dict[str, int] = {
    "en": 1,
    "én": 1,
    "ei": 1,
    "et": 1,
    "ett": 1,
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "sju": 7,
    "syv": 7,
    "åtte": 8,
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
    "tjue": 20,
    "tyve": 20,
    "tretti": 30,
    "tredve": 30,
    "førti": 40,
    "femti": 50,
    "seksti": 60,
    "sytti": 70,
    "åtti": 80,
    "nitti": 90,
    "hundre": 100,
    "ett hundre": 100,
    "etthundre": 100,
    "tusen": 1000,
    "ett tusen": 1000,
    "dusin": 12,
    "et dusin": 12,
    "dusinvis": 12,
    "titalls": 12,
    "titall": 10,
    "et titall": 10,
    "hundrevis": 100,
    "hundretalls": 100,
    "tusenvis": 1000,
    "titusenvis": 10000,
    "titusener": 10000,
    "titusen": 10000,
    "hundretusenvis": 100000,
}

LOWER_BOUND: list[str] = [
    "minst",
    "over",
    "mer enn",
    "flere enn",
    "i overkant av",
    "ikke mindre enn",
    "godt over",
    "drøyt",
    "drøye",
    "vel over",
]

APPROXIMATE: list[str] = [
    "nærmere",
    "nesten",
    "omkring",
    "rundt",
    "cirka",
    "ca",
    "ca.",
    "om lag",
    "omtrent",
    "anslagsvis",
    "opptil",
    "i underkant av",
    "knapt",
    "henimot",
    "oppunder",
]

# Of APPROXIMATE, those meaning a little fewer: "nearly a dozen" killed are at most eleven.
SHORT_OF: list[str] = [
    "nærmere",
    "nesten",
    "i underkant av",
    "knapt",
    "henimot",
    "oppunder",
]

# Words setting one source's figure against another's: "the PMF put the toll at 11, while an
# official said eight had died". ACLED then keeps the lowest.
CONTRAST_WORDS: list[str] = [
    "mens",
    "men",
]

DEATH_WORDS: list[str] = [
    "drept",
    "drepe",
    "døde",
    "død",
    "omkom",
    "livet",
    "drap",
    "dødsfall",
    "dødstall",
    "henrettet",
    "massakrert",
    "falne",
    "mistet livet",
    "omkommet",
]

INJURY_WORDS: list[str] = [
    "såret",
    "sårede",
    "såra",
    "skadet",
    "skadd",
    "skadde",
    "lettere skadd",
    "hardt skadd",
]

SIZE_WORDS: list[str] = [
    "soldat",
    "krigere",
    "kriger",
    "demonstrant",
    "opprører",
    "militsfolk",
    "militsmedlem",
    "militsmann",
    "politim",
    "politifolk",
    "politibetjent",
    "jihadist",
    "islamist",
    "terrorist",
    "spesialsoldat",
    "sikkerhetsfolk",
    "offiser",
    "deltaker",
    "geriljasoldat",
    "militante",
]

# "No one was killed": a reported toll of zero, which ACLED codes as 0, not as unknown;
# " * " stands for up to three words ("no American or Iraqi casualties").
NO_CASUALTIES: list[str] = [
    "ingen * ble drept",
    "ingen * omkom",
    "ingen ble drept",
    "ingen omkom",
    "ingen ble skadd",
    "ingen ble såret",
    "ingen skadde",
    "ingen døde",
    "ingen tap",
    "verken * eller * meldt om dødsfall",
    "ikke meldt om dødsfall",
    "ingen * ble skadet",
    "ingen ble skadet",
    "ingen * ble såret",
]

# "None of the 70 soldiers was hurt": a toll of zero.
NONE_OF: list[str] = [
    "ingen av",
    "ingen blant",
]

# "the death toll has risen to 15", "le bilan s'élève à": the figure the toll reaches is of
# the dead.
TOLL_WORDS: list[str] = [
    "dødstallet",
    "antallet drepte",
    "antallet døde",
]

# "Four of the attackers were also killed": a figure that adds to the toll told before.
ALSO_WORDS: list[str] = [
    "også",
]

# One person named by a noun ("a soldier was killed", "en soldat dödades", "قتل جندي"); in
# Arabic the noun's dual ("جنديان", "متظاهران") is two.
PERSON_WORDS: list[str] = [
    "soldat",
    "sivil",
    "politimann",
    "politibetjent",
    "kriger",
    "barn",
    "mann",
    "kvinne",
    "medlem",
    "demonstrant",
    "militsmann",
    "arbeider",
    "vakt",
    "kommandant",
    "journalist",
    "sjåfør",
    "gjeter",
    "bonde",
    "forbipasserende",
    "gutt",
    "jente",
    "tjenestemann",
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
    "dager",
    "minutter",
    "år",
]

# A sentence that opens "at the same time" or "elsewhere" tells another happening.
SIMULTANEOUS_WORDS: list[str] = [
    "samtidig",
    "andre steder",
    "i mellomtiden",
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
    "angrepet",
    "angrepene",
    "anslaget",
    "kampene",
    "bombingen",
    "raidet",
    "aksjonen",
]

# "Nine other people died besides Soleimani": a figure of the dead beside those named.
OTHERS_WORDS: list[str] = [
    "andre",
]

# "claimed, without evidence, that 80 died", "which the US denies": a toll nobody stands by.
UNSUPPORTED_WORDS: list[str] = [
    "uten bevis",
    "uten å legge fram bevis",
    "avviser",
    "avviste",
    "benekter",
    "benektet",
]

# "withdrew toward the Hamrin mountains", "fled toward Erbil": where people went, not where it
# happened.
DIRECTION_WORDS: list[str] = [
    "tilbake mot",
    "i retning",
    "på vei mot",
]

# "Fighting still goes on in the old city": after a place was taken, fighting that goes on is
# another event.
STILL_WORDS: list[str] = [
    "fortsatt",
    "fortsetter",
    "fremdeles",
]

# "opposition from the government in Baghdad": the place stands for who governs there, not for
# where it happened.
GOVERNMENT_WORDS: list[str] = [
    "regjeringen i",
    "myndighetene i",
    "regimet i",
    "ledelsen i",
    "makthaverne i",
]

# "attacked three posts with grenades and snipers": weapons beside small arms are the means of
# a fight, not an event of their own kind.
SMALL_ARMS: list[str] = [
    "automatvåpen",
    "håndvåpen",
    "snikskyttere",
    "skarpskyttere",
    "lette våpen",
    "maskingevær",
]

# "the liberated areas", "les zones libérées": a place-changing word that describes areas is
# no event.
AREA_WORDS: list[str] = [
    "områder",
    "områdene",
    "området",
    "territorier",
    "regioner",
]

# "planned new attacks", "threatened to strike", "fighting could break out": what has not
# happened.
PLAN_WORDS: list[str] = [
    "planla",
    "planlegger",
    "truet med",
    "truer med",
    "kunne",
    "ville",
    "fryktet",
    "frykter",
    "forbereder",
]

# Joins the parts of a split toll ("two soldiers and one policeman"), which add up.
LIST_CONJUNCTIONS: list[str] = ["og"]

# Introduces a part of a toll already counted ("246 dead, including 135 civilians").
SUBSET_WORDS: list[str] = ["hvorav", "blant dem", "deriblant"]

NEAR_WORDS: list[str] = [
    "nær",
    "nærheten av",
    "i nærheten av",
    "utenfor",
    "like utenfor",
    "rundt",
    "omkring",
    "like ved",
    "ikke langt fra",
    "i utkanten av",
    "utkanten av",
    "i området rundt",
    "nord for",
    "sør for",
    "øst for",
    "vest for",
    "nordøst for",
    "nordvest for",
    "sørøst for",
    "sørvest for",
]

# A sentence with one of these speaks of a period or a trend ("attacks have increased in recent
# weeks"), not of one happening: it makes no event unless it names an exact day.
TREND_WORDS: list[str] = [
    "de siste ukene",
    "i de siste ukene",
    "de siste månedene",
    "i de siste månedene",
    "siden nyttår",
    "siden begynnelsen av året",
    "tidligere i år",
    "to uker tidligere",
    "en uke tidligere",
    "uker tidligere",
    "har økt",
    "har trappet opp",
    "trappet opp",
    "blitt stadig vanligere",
    "jevnlig",
    "ofte",
    "hver uke",
    # comparisons with the past: commentary on an event, not another one
    "det dødeligste",
    "den dødeligste",
    "det blodigste",
    "det verste angrepet",
    "tidligere angrep",
    "lignende angrep",
]

TRIGGERS: dict[str, list[str]] = {
    "Armed clash": [
        "offensiv",
        "angrep",
        "angrepet",
        "angrepene",
        "stormet",
        "kamper",
        "kampene",
        "sammenstøt",
        "skuddveksling",
        "ildkamp",
        "trefning",
        "bakhold",
        "slaget om",
        "kjempet",
        "kjemper mot",
        "slo tilbake",
        "angrep stillinger",
        "angrep flere stillinger",
    ],
    "Government regains territory": [
        "gjenerobret",
        "gjenerobring",
        "tatt tilbake",
        "tok tilbake",
        "befridd",
        "befriet",
        "frigjort",
        "gjenvunnet kontrollen",
        "gjenopprette føderal kontroll",
        "gjenvant",
        "erklært befridd",
        "seieren over",
        "seier over",
    ],
    "Non-state actor overtakes territory": [
        "inntatt",
        "inntok",
        "erobret",
        "tok kontroll over",
        "tatt kontroll over",
        "falt i hendene",
        "okkuperte",
        "rykket inn i",
        "tatt full kontroll",
        "full kontroll over",
        "fullstendig kontroll over",
    ],
    "Chemical weapon": [
        "kjemiske våpen",
        "kjemisk våpen",
        "kjemisk angrep",
        "kjemiske stridsmidler",
        "klorgass",
        "klor",
        "sarin",
        "giftgass",
        "sennepsgass",
        "nervegass",
        "giftig gass",
    ],
    "Air/drone strike": [
        "luftangrep",
        "flyangrep",
        "droneangrep",
        "drone",
        "kampfly",
        "bombefly",
        "bombet",
        "bombing",
        "helikopterangrep",
        "angrepshelikopter",
        "fra luften",
        "koalisjonsfly",
    ],
    "Suicide bomb": [
        "selvmordsbomber",
        "selvmordsangrep",
        "selvmordsaksjon",
        "selvmordsvest",
        "sprengstoffvest",
        "sprengte seg",
        "selvmordsbilbombe",
        "utløste sprengladningen",
    ],
    "Shelling/artillery/missile attack": [
        "artilleri",
        "beskutt",
        "beskyt",
        "granat",
        "rakett",
        "missil",
        "morter",
        "bombekaster",
        "katjusja",
        "ballistisk",
        "prosjektil",
        "granatkaster",
    ],
    "Remote explosive/landmine/IED": [
        "veibombe",
        "veibomber",
        "bilbombe",
        "landmine",
        "trampmine",
        "mineeksplosjon",
        "sprengladning",
        "hjemmelaget bombe",
        "improvisert",
        "eksplosiv innretning",
        "bombe gikk av",
        "fjernutløst",
        "minefelt",
        "udetonert",
        "bombe plantet",
    ],
    "Grenade": [
        "håndgranat",
        "håndgranater",
        "granatangrep",
        "kastet en granat",
        "granat kastet",
        "granat",
    ],
    "Attack": [
        "massakre",
        "henrettet",
        "myrdet",
        "skutt og drept",
        "skjøt folk",
        "drepte sivile",
        "angrep landsbyen",
        "gikk inn i landsbyer",
        "likvidert",
        "halshugget",
        "åpnet ild mot",
        "attentat",
        "bevæpnede menn",
        "væpnede menn",
        "angrep en landsby",
    ],
    "Abduction/forced disappearance": [
        "kidnapp",
        "bortfør",
        "gisler",
        "gissel",
        "tok med seg",
        "savnet",
        "forsvant",
        "tvangsforsvinning",
        "hentet av",
        "ikke sett siden",
    ],
    "Sexual violence": [
        "voldtekt",
        "voldtok",
        "voldtatt",
        "seksuell vold",
        "seksuelle overgrep",
        "seksuelt misbrukt",
        "sexslaveri",
    ],
    "Peaceful protest": [
        "protest",
        "demonstr",
        "markering",
        "fakkeltog",
        "sittestreik",
        "streik",
        "marsj",
        "samlet seg for å",
    ],
    "Protest with intervention": [
        "tåregass",
        "vannkanon",
        "spredte",
        "oppløste",
        "pepperspray",
        "gummikuler",
        "pågrep demonstranter",
        "slo ned demonstrasjonen",
        "båret bort",
        "uanmeldt",
    ],
    "Excessive force against protesters": [
        "skjøt mot demonstranter",
        "åpnet ild mot demonstranter",
        "skarp ammunisjon",
        "demonstranter ble drept",
        "drepte demonstranter",
        "skjøt inn i folkemengden",
        "skjøt mot folkemengden",
        "skjøt skarpt",
    ],
    "Violent demonstration": [
        "opptøyer",
        "opptøyene",
        "bråk",
        "stormet",
        "satte fyr",
        "steinkasting",
        "kastet stein",
        "molotovcocktail",
        "brannbomber",
        "vandaliserte",
        "gatekamper",
        "tente på",
    ],
    "Mob violence": [
        "lynsj",
        "mobb",
        "lynsjet",
        "sint folkemengde",
        "pøbel",
        "slått i hjel",
        "banket i hjel",
        "selvtekt",
        "braket sammen",
        "kjepper",
    ],
    "Arrests": [
        "pågrepet",
        "pågrep",
        "arrestert",
        "arrestasjon",
        "anholdt",
        "fengslet",
        "varetekt",
        "tatt i forvaring",
        "razzia",
    ],
    "Agreement": [
        "våpenhvile",
        "våpenhvilen",
        "avtale",
        "fredsavtale",
        "fangeutveksling",
        "enige om",
        "inngått en avtale",
        "overenskomst",
        "våpenstillstand",
        "utvekslet",
    ],
    "Change to group/activity": [
        "overgir seg",
        "overga seg",
        "overgitt seg",
        "overgivelse",
        "kapitulerte",
        "ny leder",
        "slo seg sammen",
        "sammenslåing",
        "oppløst",
        "brøt ut av",
        "sverget troskap",
        "la ned våpnene",
        "slår seg sammen",
        "brutt med",
    ],
    "Disrupted weapons use": [
        "desarmert",
        "uskadeliggj",
        "våpenlager",
        "beslaglagt",
        "beslagla",
        "skutt ned",
        "skjøt ned",
        "avverget",
        "forpurret",
        "minerydding",
        "rydding av miner",
        "udetonert",
    ],
    "Headquarters or base established": [
        "opprettet en base",
        "etablerte en base",
        "opprettet en leir",
        "nytt hovedkvarter",
        "hovedkvarter",
        "ny base",
        "ny utpost",
        "slo leir",
        "militærleir",
        "feltleir",
    ],
    "Looting/property destruction": [
        "plyndr",
        "plyndret",
        "satte fyr på",
        "brant ned",
        "brente ned",
        "brente hus",
        "ødela hus",
        "jevnet med jorden",
        "vandaliserte",
        "herjet",
    ],
    "Non-violent transfer of territory": [
        "uten kamp",
        "uten motstand",
        "uten nevneverdig motstand",
        "trakk seg tilbake",
        "trakk seg ut",
        "overlot",
        "overleverte",
        "overtok",
        "forlot stillingene",
        "ga fra seg",
    ],
    "Other": [
        "sender soldater",
        "sendt soldater",
        "forsterkninger",
        "utplassert",
        "stasjonert",
        "valget",
        "parlamentsvalg",
        "folkeavstemning",
        "portforbud",
        "kupp",
        "unntakstilstand",
        "rømte fra",
        "fengselsflukt",
        "flyttet",
    ],
}

# Just before an actor's name, these make it the side acted upon (actor2) or the one acting
# (actor1): "an attack against the PMF", "claimed by Islamic State".
TARGET_WORDS: list[str] = [
    "mot",
    "seieren over",
    "seier over",
    "befridd fra",
    "befridd for",
    "gjenerobret fra",
]
AGENT_WORDS: list[str] = [
    "utført av",
    "gjennomført av",
    "som ble utført av",
    "angrepet av",
    "angrepne av",
    "drept av",
    "kidnappet av",
    "bortført av",
]

# Just before a strike or shelling trigger, these make it fire in support of another side's
# operation ("backed by air strikes"): part of that operation, not an event of its own.
SUPPORT_WORDS: list[str] = [
    "støtter",
    "støttet av",
    "med støtte fra",
    "med støtte av",
    "støtten",
    "flystøtte",
    "dekning fra",
]

# A time distance to another happening ("three days after an attack … killed two"), or the
# happening this one answers ("in retaliation for a rocket attack that killed two"): the toll
# and places after it are that happening's, not this one's (regular expressions).
EARLIER_EVENT: list[str] = [r"\w+ dager? etter", r"dagen etter", r"\w+ uker? etter"]

# The units an EARLIER_EVENT phrase counts back in, as the start of the unit's word → days
# ("three days after" is 3 × 1 days before the event told; a phrase with no figure counts one).
EARLIER_BY: dict[str, int] = {
    "dag": 1,
    "uke": 7,
}

# A toll counted over a whole campaign ("over 3,000 killed since the start of the offensive"):
# no one happening's toll.
CUMULATIVE: list[str] = [
    "siden starten",
    "siden offensiven",
    "i kampene om",
    "under kampene om",
    "i slaget om",
    r"som hevn for",
    r"som gjengjeldelse for",
    r"som svar på",
]

# Compass words: just before a place ("north of Baghdad", "nördlich von Bagdad", "شمال بغداد")
# they say the event was somewhere else, seen from that place.
COMPASS_WORDS: list[str] = [
    "nord",
    "sør",
    "øst",
    "vest",
    "nordøst",
    "nordvest",
    "sørøst",
    "sørvest",
]

# Just before an event word, these make it a past happening the sentence dates from ("the
# first election since the victory over IS"), not one it reports.
SINCE_WORDS: list[str] = ["siden", "helt siden"]

# Next to a date, these make it the day something was said ("officials said on Monday"), which in
# a sentence with another date is not the day it happened.
REPORTING_WORDS: list[str] = [
    "opplyser",
    "opplyste",
    "sa",
    "sier",
    "melder",
    "meldte",
    "bekreftet",
    "kunngjorde",
    "erklærte",
    "fortalte",
    "uttalte",
]

# Who a report has its facts from ("according to the coalition"): the source, not the actor.
SOURCE_WORDS: list[str] = [
    "ifølge",
]
