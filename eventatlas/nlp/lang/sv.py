"""Swedish words for dates, numbers and events."""

CODE = "sv"

# What may be written onto the front of a trigger word (none in this language).
WORD_PREFIX = ""

WEEKDAYS: dict[str, int] = {
    "måndag": 0,
    "måndagen": 0,
    "måndags": 0,
    "måndagens": 0,
    "måndagar": 0,
    "tisdag": 1,
    "tisdagen": 1,
    "tisdags": 1,
    "tisdagens": 1,
    "tisdagar": 1,
    "onsdag": 2,
    "onsdagen": 2,
    "onsdags": 2,
    "onsdagens": 2,
    "onsdagar": 2,
    "torsdag": 3,
    "torsdagen": 3,
    "torsdags": 3,
    "torsdagens": 3,
    "torsdagar": 3,
    "fredag": 4,
    "fredagen": 4,
    "fredags": 4,
    "fredagens": 4,
    "fredagar": 4,
    "lördag": 5,
    "lördagen": 5,
    "lördags": 5,
    "lördagens": 5,
    "lördagar": 5,
    "söndag": 6,
    "söndagen": 6,
    "söndags": 6,
    "söndagens": 6,
    "söndagar": 6,
}

MONTHS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "jan.": 1,
    "februari": 2,
    "feb": 2,
    "feb.": 2,
    "mars": 3,
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
    "augusti": 8,
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
    "i morse": 0,
    "i förmiddags": 0,
    "i eftermiddag": 0,
    "i kväll": 0,
    "ikväll": 0,
    "tidigare i dag": 0,
    "i går": -1,
    "igår": -1,
    "i går morse": -1,
    "i går eftermiddag": -1,
    "i går kväll": -1,
    "igår kväll": -1,
    "i natt": -1,
    "inatt": -1,
    "under natten": -1,
    "natten till i dag": -1,
    "natten mot i dag": -1,
    "dagen innan": -1,
    "dagen före": -1,
    "i förrgår": -2,
    "i förrgårs": -2,
    "för två dagar sedan": -2,
    "för tre dagar sedan": -3,
}

# After a day word, these make it "that same day" of the event told before, not the day it
# names ("في اليوم نفسه" is not "today"); only Arabic's "today" is also "the day".
SAME_DAY_AFTER: list[str] = []

# Days ago, said in weeks: the report looks back on something past, never today's news.
WEEKS_AGO: dict[str, int] = {
    "för en vecka sedan": 7,
    "för en och en halv vecka sedan": 10,
    "för tio dagar sedan": 10,
    "för två veckor sedan": 14,
    "för tre veckor sedan": 21,
}

NIGHT_BEFORE: dict[str, int] = {
    "natten till": -1,
    "natten mot": -1,
    "natt till": -1,
    "natt mot": -1,
    "under natten till": -1,
    "under natten mot": -1,
    "natten mellan": 0,
    "natten efter": 0,
}

PREVIOUS_WEEK: list[str] = [
    "förra veckan",
    "i förra veckan",
    "veckan innan",
    "veckan före",
    "för en vecka sedan",
]

YEAR_PREFIXES: list[str] = [
    "i",
    "sedan",
    "från",
    "före",
    "efter",
    "till",
    "under",
    "år",
    "året",
    "sommaren",
    "våren",
    "hösten",
    "vintern",
    "i slutet av",
    "i början av",
    "i mitten av",
    "redan",
    "fram till",
]

NUMBER_WORDS: dict[str, int] = {
    "en": 1,
    "ett": 1,
    "två": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
    "elva": 11,
    "tolv": 12,
    "tretton": 13,
    "fjorton": 14,
    "femton": 15,
    "sexton": 16,
    "sjutton": 17,
    "arton": 18,
    "aderton": 18,
    "nitton": 19,
    "tjugo": 20,
    "trettio": 30,
    "fyrtio": 40,
    "femtio": 50,
    "sextio": 60,
    "sjuttio": 70,
    "åttio": 80,
    "nittio": 90,
    "hundra": 100,
    "etthundra": 100,
    "ett hundra": 100,
    "tusen": 1000,
    "ettusen": 1000,
    "ett tusen": 1000,
    "dussin": 12,
    "ett dussin": 12,
    "dussintals": 12,
    "tiotals": 12,
    "tiotal": 10,
    "ett tiotal": 10,
    "femtontal": 15,
    "ett femtontal": 15,
    "tjugotal": 20,
    "ett tjugotal": 20,
    "trettiotal": 30,
    "ett trettiotal": 30,
    "fyrtiotal": 40,
    "ett fyrtiotal": 40,
    "femtiotal": 50,
    "ett femtiotal": 50,
    "hundratal": 100,
    "ett hundratal": 100,
    "hundratals": 100,
    "tusentals": 1000,
    "tiotusentals": 10000,
    "hundratusentals": 100000,
}

LOWER_BOUND: list[str] = [
    "minst",
    "över",
    "mer än",
    "fler än",
    "drygt",
    "åtminstone",
    "inte mindre än",
    "långt över",
    "bortåt",
]

APPROXIMATE: list[str] = [
    "omkring",
    "nästan",
    "närmare",
    "cirka",
    "ca",
    "ca.",
    "runt",
    "ungefär",
    "kring",
    "uppemot",
    "upp till",
    "knappt",
    "uppskattningsvis",
    "i storleksordningen",
]

# Of APPROXIMATE, those meaning a little fewer: "nearly a dozen" killed are at most eleven.
SHORT_OF: list[str] = [
    "nästan",
    "närmare",
    "knappt",
    "uppemot",
]

# Words setting one source's figure against another's: "the PMF put the toll at 11, while an
# official said eight had died". ACLED then keeps the lowest.
CONTRAST_WORDS: list[str] = [
    "medan",
    "men",
]

DEATH_WORDS: list[str] = [
    "dödad",
    "dödade",
    "döda",
    "dödats",
    "dog",
    "omkom",
    "dödsoffer",
    "dödsfall",
    "stupade",
    "stupat",
    "livet",
    "ihjäl",
    "avrättade",
    "massakrerade",
    "döde",
]

INJURY_WORDS: list[str] = [
    "skadad",
    "skadade",
    "skadats",
    "sårad",
    "sårade",
    "sårats",
    "skadeoffer",
]

SIZE_WORDS: list[str] = [
    "soldat",
    "krigare",
    "milisman",
    "milismän",
    "demonstrant",
    "rebell",
    "polis",
    "jihadist",
    "stridande",
    "kombattant",
    "deltagare",
    "terrorist",
    "militant",
    "upprorsm",
    "elitsoldat",
    "trupp",
]

# "No one was killed": a reported toll of zero, which ACLED codes as 0, not as unknown;
# " * " stands for up to three words ("no American or Iraqi casualties").
NO_CASUALTIES: list[str] = [
    "ingen * dödades",
    "inga * dödsoffer",
    "inga dödsoffer",
    "ingen dödades",
    "ingen omkom",
    "ingen skadades",
    "inga skadade",
    "inga offer",
    "varken * eller * rapporterat om dödsfall",
    "inga rapporter om döda",
    "inga * skadades",
    "ingen * skadades",
    "inga * dödades",
    "ingen * omkom",
]

# "None of the 70 soldiers was hurt": a toll of zero.
NONE_OF: list[str] = [
    "ingen av",
    "inga av",
    "ingen utav",
]

# "the death toll has risen to 15", "le bilan s'élève à": the figure the toll reaches is of
# the dead.
TOLL_WORDS: list[str] = [
    "dödssiffran",
    "dödstalet",
    "antalet döda",
    "antalet dödade",
]

# "Four of the attackers were also killed": a figure that adds to the toll told before.
ALSO_WORDS: list[str] = [
    "också",
    "även",
]

# One person named by a noun ("a soldier was killed", "en soldat dödades", "قتل جندي"); in
# Arabic the noun's dual ("جنديان", "متظاهران") is two.
PERSON_WORDS: list[str] = [
    "soldat",
    "civil",
    "polis",
    "polisman",
    "krigare",
    "barn",
    "man",
    "kvinna",
    "medlem",
    "demonstrant",
    "milisman",
    "arbetare",
    "vakt",
    "befälhavare",
    "journalist",
    "chaufför",
    "herde",
    "bonde",
    "förbipasserande",
    "pojke",
    "flicka",
    "tjänsteman",
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
    "timmar",
    "dagar",
    "minuter",
    "år",
]

# A sentence that opens "at the same time" or "elsewhere" tells another happening.
SIMULTANEOUS_WORDS: list[str] = [
    "samtidigt",
    "på andra håll",
    "under tiden",
]

# "The attack", "this strike": an event word after these points back to a happening told
# before.
REFERRING_WORDS: list[str] = [
    "denna",
    "detta",
    "dessa",
    "den",
    "det",
    "samma",
]

# Event nouns in their definite form ("attacken", "angrepet", "الهجوم"): the happening told
# before, as "the attack" is.
DEFINITE_EVENT_WORDS: list[str] = [
    "attacken",
    "attackerna",
    "anfallet",
    "angreppet",
    "striden",
    "striderna",
    "bombningen",
    "dådet",
    "räden",
]

# "Nine other people died besides Soleimani": a figure of the dead beside those named.
OTHERS_WORDS: list[str] = [
    "andra",
]

# "claimed, without evidence, that 80 died", "which the US denies": a toll nobody stands by.
UNSUPPORTED_WORDS: list[str] = [
    "utan bevis",
    "utan att visa bevis",
    "tillbakavisar",
    "tillbakavisade",
    "förnekar",
    "förnekade",
]

# "withdrew toward the Hamrin mountains", "fled toward Erbil": where people went, not where it
# happened.
DIRECTION_WORDS: list[str] = [
    "tillbaka mot",
    "i riktning mot",
    "på väg mot",
]

# "Fighting still goes on in the old city": after a place was taken, fighting that goes on is
# another event.
STILL_WORDS: list[str] = [
    "fortfarande",
    "fortsätter",
    "alltjämt",
]

# "opposition from the government in Baghdad": the place stands for who governs there, not for
# where it happened.
GOVERNMENT_WORDS: list[str] = [
    "regeringen i",
    "myndigheterna i",
    "regimen i",
    "ledningen i",
    "makthavarna i",
]

# "attacked three posts with grenades and snipers": weapons beside small arms are the means of
# a fight, not an event of their own kind.
SMALL_ARMS: list[str] = [
    "prickskyttar",
    "automatvapen",
    "handeldvapen",
    "kulsprutor",
    "lätta vapen",
]

# "the liberated areas", "les zones libérées": a place-changing word that describes areas is
# no event.
AREA_WORDS: list[str] = [
    "områden",
    "områdena",
    "området",
    "territorier",
    "regioner",
]

# "planned new attacks", "threatened to strike", "fighting could break out": what has not
# happened.
PLAN_WORDS: list[str] = [
    "planerade",
    "planerar",
    "hotade",
    "hotar",
    "skulle",
    "befarade",
    "befarar",
    "fruktar",
    "förbereder",
]

# Joins the parts of a split toll ("two soldiers and one policeman"), which add up.
LIST_CONJUNCTIONS: list[str] = ["och"]

# Introduces a part of a toll already counted ("246 dead, including 135 civilians").
SUBSET_WORDS: list[str] = ["varav", "bland dem", "däribland", "bland annat"]

NEAR_WORDS: list[str] = [
    "nära",
    "utanför",
    "strax utanför",
    "i närheten av",
    "närheten av",
    "inte långt från",
    "i utkanten av",
    "utkanten av",
    "kring",
    "runt",
    "i trakten av",
    "norr om",
    "söder om",
    "öster om",
    "väster om",
    "nordost om",
    "nordväst om",
    "sydost om",
    "sydväst om",
]

# A sentence with one of these speaks of a period or a trend ("attacks have increased in recent
# weeks"), not of one happening: it makes no event unless it names an exact day.
TREND_WORDS: list[str] = [
    "de senaste veckorna",
    "under de senaste veckorna",
    "de senaste månaderna",
    "under de senaste månaderna",
    "sedan årsskiftet",
    "sedan början av året",
    "tidigare i år",
    "två veckor tidigare",
    "en vecka tidigare",
    "veckor tidigare",
    "har ökat",
    "har trappat upp",
    "trappat upp",
    "blivit allt vanligare",
    "regelbundet",
    "ofta",
    "varje vecka",
    # comparisons with the past: commentary on an event, not another one
    "den dödligaste",
    "det dödligaste",
    "den blodigaste",
    "den värsta attacken",
    "tidigare attacker",
    "liknande attacker",
]

TRIGGERS: dict[str, list[str]] = {
    "Armed clash": [
        "offensiv",
        "anfall",
        "anföll",
        "attackerade",
        "angrep",
        "slutstrid",
        "strider",
        "striden",
        "sammandrabbning",
        "drabbade samman",
        "skottlossning",
        "eldstrid",
        "eldväxling",
        "bakhåll",
        "slaget om",
        "kämpade",
        "slogs",
        "slog tillbaka",
        "angrep ställningar",
    ],
    "Government regains territory": [
        "återtog",
        "återtagit",
        "återtagen",
        "återtaget",
        "återerövrat",
        "återerövrade",
        "befriad",
        "befriat",
        "befriades",
        "tagit tillbaka",
        "tog tillbaka",
        "återtagandet",
        "återfått kontrollen",
        "segern över",
        "seger över",
    ],
    "Non-state actor overtakes territory": [
        "erövrat",
        "erövrade",
        "erövrats",
        "intog",
        "intagit",
        "tog kontroll över",
        "tagit kontroll över",
        "föll i händerna",
        "har fallit",
        "ockuperade",
        "tog över",
        "tagit full kontroll",
        "full kontroll över",
        "fullständig kontroll över",
    ],
    "Chemical weapon": [
        "kemiska vapen",
        "kemvapen",
        "kemisk attack",
        "kemiskt vapen",
        "kemiska stridsmedel",
        "klorgas",
        "klor",
        "sarin",
        "giftgas",
        "senapsgas",
        "nervgas",
        "retgas",
    ],
    "Air/drone strike": [
        "flyganfall",
        "flyganfallen",
        "luftangrepp",
        "flygangrepp",
        "flygattack",
        "drönarattack",
        "drönare",
        "stridsflyg",
        "stridsflygplan",
        "bombade",
        "bombplan",
        "bombräd",
        "attackhelikopter",
    ],
    "Suicide bomb": [
        "självmordsbombare",
        "självmordsattack",
        "självmordsdåd",
        "självmordsattentat",
        "självmordsbombning",
        "sprängde sig",
        "sprängväst",
        "sprängbälte",
        "självmordsbilbomb",
    ],
    "Shelling/artillery/missile attack": [
        "artilleri",
        "beskjut",
        "besköt",
        "granat",
        "raket",
        "robot",
        "granatkastare",
        "mörsare",
        "katjusja",
        "ballistisk",
        "granatbeskjutning",
        "projektil",
    ],
    "Remote explosive/landmine/IED": [
        "vägbomb",
        "vägkantsbomb",
        "bilbomb",
        "landmina",
        "trampmina",
        "minexplosion",
        "körde på en mina",
        "landminor",
        "sprängladdning",
        "hemmagjord bomb",
        "improviserad",
        "sprängämne",
        "bomb exploderade",
        "fjärrutlöst",
        "mc-bomb",
    ],
    "Grenade": [
        "handgranat",
        "handgranater",
        "granatattack",
        "kastade en granat",
        "handgranatsattack",
        "granat",
        "granat kastades",
    ],
    "Attack": [
        "massaker",
        "avrättade",
        "mördade",
        "mördad",
        "sköts ihjäl",
        "sköt ihjäl",
        "dödade invånarna",
        "beväpnade män",
        "attackerade byn",
        "dödade civila",
        "halshögg",
        "öppnade eld mot",
        "sköt folk",
    ],
    "Abduction/forced disappearance": [
        "kidnapp",
        "bortför",
        "förde bort",
        "fördes bort",
        "gisslan",
        "tog gisslan",
        "tillfångatogs",
        "försvunnen",
        "försvann",
        "påtvingat försvinnande",
        "rövade bort",
    ],
    "Sexual violence": [
        "våldtäkt",
        "våldtog",
        "våldtagen",
        "våldtagna",
        "sexuellt våld",
        "sexuella övergrepp",
        "sexuellt ofredande",
        "sexslaveri",
    ],
    "Peaceful protest": [
        "protest",
        "demonstr",
        "manifestation",
        "protestmarsch",
        "sittstrejk",
        "strejk",
        "samlades för att",
        "manifesterade",
        "tågade",
        "fackeltåg",
    ],
    "Protest with intervention": [
        "tårgas",
        "vattenkanon",
        "skingrade",
        "skingra",
        "upplöste",
        "pepparsprej",
        "gummikulor",
        "grep demonstranter",
    ],
    "Excessive force against protesters": [
        "sköt mot demonstranter",
        "öppnade eld mot demonstranter",
        "sköt skarpt",
        "skarp ammunition",
        "demonstranter dödades",
        "dödade demonstranter",
        "sköt in i folkmassan",
        "sköt mot folkmassan",
    ],
    "Violent demonstration": [
        "upplopp",
        "kravaller",
        "stormade",
        "satte eld",
        "stenkastning",
        "kastade sten",
        "molotovcocktail",
        "brandbomber",
        "vandaliserade",
        "bränd",
    ],
    "Mob violence": [
        "lynch",
        "mobb",
        "lynchade",
        "uppretad folkmassa",
        "pöbel",
        "misshandlades till döds",
        "slogs ihjäl",
        "självrättvisa",
        "slog ihjäl",
    ],
    "Arrests": [
        "greps",
        "gripit",
        "gripen",
        "grep",
        "gripna",
        "arrester",
        "anhållen",
        "anhöll",
        "häktad",
        "frihetsberövad",
        "omhändertogs",
        "tillslag",
    ],
    "Agreement": [
        "vapenvila",
        "vapenvilan",
        "vapenstillestånd",
        "avtal",
        "överenskommelse",
        "fredsavtal",
        "fångutväxling",
        "fredsöverenskommelse",
        "kom överens",
        "fångutbyte",
    ],
    "Change to group/activity": [
        "kapitulerade",
        "kapitulation",
        "gav upp",
        "överlämnade sig",
        "ny ledare",
        "slog sig samman",
        "sammanslagning",
        "upplöstes",
        "upplöser",
        "bröt sig ur",
        "svor trohet",
        "lade ned vapnen",
        "hoppade av",
        "efterträdare",
        "utbryt",
    ],
    "Disrupted weapons use": [
        "desarmerade",
        "desarmerat",
        "vapengömma",
        "vapenlager",
        "beslagtog",
        "beslagtagna",
        "sköt ned",
        "skjutits ned",
        "avvärjde",
        "förhindrade",
        "minröjning",
        "oskadliggjorde",
        "sköt ner",
    ],
    "Headquarters or base established": [
        "upprättade en bas",
        "etablerade en bas",
        "upprättade ett läger",
        "nytt högkvarter",
        "högkvarter",
        "ny bas",
        "ny utpost",
        "slog läger",
        "nytt läger",
    ],
    "Looting/property destruction": [
        "plundr",
        "plundrade",
        "satte eld på",
        "brände ned",
        "brände ner",
        "brände hus",
        "förstörde hus",
        "jämnade med marken",
        "vandaliserade",
        "skövlade",
        "ödelade",
    ],
    "Non-violent transfer of territory": [
        "utan strid",
        "utan att möta",
        "utan motstånd",
        "drog sig tillbaka",
        "drog sig ur",
        "lämnade över",
        "överlämnade",
        "överlät",
        "tog över utan",
        "drog sig bort",
    ],
    "Other": [
        "skickar soldater",
        "skickade soldater",
        "skickade trupper",
        "förstärkningar",
        "utplacer",
        "valet",
        "valdeltagande",
        "parlamentsval",
        "folkomröstning",
        "utegångsförbud",
        "kupp",
        "undantagstillstånd",
        "rymde från",
        "fängelserymning",
        "flyttat",
    ],
}

# Just before an actor's name, these make it the side acted upon (actor2) or the one acting
# (actor1): "an attack against the PMF", "claimed by Islamic State".
TARGET_WORDS: list[str] = [
    "mot",
    "segern över",
    "seger över",
    "befriad från",
    "befriat från",
    "återtagen från",
    "återtaget från",
]
AGENT_WORDS: list[str] = [
    "utförd av",
    "genomförd av",
    "som utfördes av",
    "attackerades av",
    "angreps av",
    "angripen av",
    "dödades av",
    "kidnappades av",
]

# Just before a strike or shelling trigger, these make it fire in support of another side's
# operation ("backed by air strikes"): part of that operation, not an event of its own.
SUPPORT_WORDS: list[str] = [
    "stöder",
    "stödjer",
    "stöttar",
    "med stöd av",
    "med stöd från",
    "understödd",
    "understödda",
    "understöds",
    "stödet",
    "flygunderstöd",
]

# A time distance to another happening ("three days after an attack … killed two"), or the
# happening this one answers ("in retaliation for a rocket attack that killed two"): the toll
# and places after it are that happening's, not this one's (regular expressions).
EARLIER_EVENT: list[str] = [r"\w+ dagar? efter", r"dagen efter", r"\w+ veckor? efter"]

# The units an EARLIER_EVENT phrase counts back in, as the start of the unit's word → days
# ("three days after" is 3 × 1 days before the event told; a phrase with no figure counts one).
EARLIER_BY: dict[str, int] = {
    "dag": 1,
    "veck": 7,
}

# A toll counted over a whole campaign ("over 3,000 killed since the start of the offensive"):
# no one happening's toll.
CUMULATIVE: list[str] = [
    "sedan starten",
    "sedan offensiven",
    "i striderna om",
    "under striderna om",
    "i slaget om",
    r"som hämnd för",
    r"som vedergällning för",
    r"som svar på",
]

# Compass words: just before a place ("north of Baghdad", "nördlich von Bagdad", "شمال بغداد")
# they say the event was somewhere else, seen from that place.
COMPASS_WORDS: list[str] = [
    "norr",
    "söder",
    "öster",
    "väster",
    "nordost",
    "nordväst",
    "sydost",
    "sydväst",
]

# Just before an event word, these make it a past happening the sentence dates from ("the
# first election since the victory over IS"), not one it reports.
SINCE_WORDS: list[str] = ["sedan", "alltsedan"]

# Next to a date, these make it the day something was said ("officials said on Monday"), which in
# a sentence with another date is not the day it happened.
REPORTING_WORDS: list[str] = [
    "meddelade",
    "sade",
    "sa",
    "uppger",
    "uppgav",
    "rapporterade",
    "bekräftade",
    "säger",
    "berättade",
]

# Who a report has its facts from ("according to the coalition"): the source, not the actor.
SOURCE_WORDS: list[str] = [
    "enligt",
]
