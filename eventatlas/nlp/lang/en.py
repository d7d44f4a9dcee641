"""English words for dates, numbers and events."""

CODE = "en"

# What may be written onto the front of a trigger word (none in this language).
WORD_PREFIX = ""

WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "mondays": 0,
    "monday's": 0,
    "tuesday": 1,
    "tuesdays": 1,
    "tuesday's": 1,
    "wednesday": 2,
    "wednesdays": 2,
    "wednesday's": 2,
    "thursday": 3,
    "thursdays": 3,
    "thursday's": 3,
    "friday": 4,
    "fridays": 4,
    "friday's": 4,
    "saturday": 5,
    "saturdays": 5,
    "saturday's": 5,
    "sunday": 6,
    "sundays": 6,
    "sunday's": 6,
}

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "jan.": 1,
    "february": 2,
    "feb": 2,
    "feb.": 2,
    "march": 3,
    "mar": 3,
    "mar.": 3,
    "april": 4,
    "apr": 4,
    "apr.": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "jun.": 6,
    "july": 7,
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
    "october": 10,
    "oct": 10,
    "oct.": 10,
    "november": 11,
    "nov": 11,
    "nov.": 11,
    "december": 12,
    "dec": 12,
    "dec.": 12,
}
# Month names are written with a capital ("May" the month, "may" the verb)
MONTHS_CAPITALISED = True

RELATIVE_DAYS: dict[str, int] = {
    "today": 0,
    "earlier today": 0,
    "early today": 0,
    "this morning": 0,
    "earlier this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tonight": 0,
    "yesterday": -1,
    "yesterday morning": -1,
    "yesterday afternoon": -1,
    "yesterday evening": -1,
    "late yesterday": -1,
    "last night": -1,
    "overnight": -1,
    "the previous day": -1,
    "the day before": -1,
    "the day before yesterday": -2,
    "two days ago": -2,
    "three days ago": -3,
}

# After a day word, these make it "that same day" of the event told before, not the day it
# names ("في اليوم نفسه" is not "today"); only Arabic's "today" is also "the day".
SAME_DAY_AFTER: list[str] = []

# Days ago, said in weeks: the report looks back on something past, never today's news.
WEEKS_AGO: dict[str, int] = {
    "a week ago": 7,
    "one week ago": 7,
    "a week and a half ago": 10,
    "ten days ago": 10,
    "two weeks ago": 14,
    "three weeks ago": 21,
    "a fortnight ago": 14,
}

NIGHT_BEFORE: dict[str, int] = {
    "overnight into": -1,
    "in the night to": -1,
    "in the night into": -1,
    "during the night to": -1,
    "overnight on": 0,
    "on the night of": 0,
    "the night of": 0,
    "in the early hours of": 0,
    "on the night between": 0,
    "in the night between": 0,
    "overnight between": 0,
    "midnight between": 0,
    "in the night from": 0,
    "overnight from": 0,
}

PREVIOUS_WEEK: list[str] = [
    "last week",
    "of last week",
    "the previous week",
    "of the previous week",
    "the week before",
    "a week ago",
]

YEAR_PREFIXES: list[str] = [
    "in",
    "since",
    "by",
    "until",
    "till",
    "from",
    "during",
    "before",
    "after",
    "of",
    "in early",
    "in late",
    "in mid",
    "early",
    "late",
    "mid",
    "the end of",
    "the start of",
    "the summer of",
    "the spring of",
    "the autumn of",
    "the fall of",
    "the winter of",
    "the year",
]

NUMBER_WORDS: dict[str, int] = {
    "one": 1,
    "a single": 1,
    "a": 1,  # only after a list's "and": "three soldiers, two police officers and a civilian"
    "an": 1,
    "two": 2,
    "a couple of": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "half a dozen": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a hundred": 100,
    "one hundred": 100,
    "thousand": 1000,
    "a thousand": 1000,
    "one thousand": 1000,
    "dozen": 12,
    "a dozen": 12,
    "dozens": 12,
    "scores": 12,
    "tens": 12,
    "hundreds": 100,
    "thousands": 1000,
    "tens of thousands": 10000,
    "hundreds of thousands": 100000,
}

LOWER_BOUND: list[str] = [
    "at least",
    "more than",
    "over",
    "upwards of",
    "upward of",
    "in excess of",
    "no fewer than",
    "no less than",
    "not less than",
    "a minimum of",
    "well over",
]

APPROXIMATE: list[str] = [
    "about",
    "around",
    "nearly",
    "almost",
    "some",
    "roughly",
    "up to",
    "approximately",
    "an estimated",
    "estimated",
    "close to",
    "as many as",
    "just under",
    "more or less",
    "somewhere around",
]

# Of APPROXIMATE, those meaning a little fewer: "nearly a dozen" killed are at most eleven.
SHORT_OF: list[str] = [
    "nearly",
    "almost",
    "just under",
    "close to",
]

# Words setting one source's figure against another's: "the PMF put the toll at 11, while an
# official said eight had died". ACLED then keeps the lowest.
CONTRAST_WORDS: list[str] = [
    "while",
    "whereas",
    "but",
]

DEATH_WORDS: list[str] = [
    "kill",
    "dead",
    "death",
    "died",
    "die",
    "lives",
    "bodies",
    "fatalit",
    "slain",
    "perished",
    "massacr",
    "executed",
    "shot dead",
    "lost their lives",
]

INJURY_WORDS: list[str] = [
    "wound",
    "injur",
    "hurt",
    "maimed",
    "hospitalised",
    "hospitalized",
]

SIZE_WORDS: list[str] = [
    "soldier",
    "troop",
    "fighter",
    "militant",
    "protester",
    "protestor",
    "demonstrator",
    "police",
    "officer",
    "rebel",
    "gunm",
    "insurgent",
    "jihadist",
    "commando",
    "paramilitar",
    "militiam",
    "personnel",
    "service member",
    "combatant",
    "guerrilla",
    "marcher",
    "rioter",
    "participant",
]

# "No one was killed": a reported toll of zero, which ACLED codes as 0, not as unknown;
# " * " stands for up to three words ("no American or Iraqi casualties").
NO_CASUALTIES: list[str] = [
    "no * casualties",
    "no * deaths",
    "no * were killed",
    "no * was killed",
    "no casualties",
    "no one was killed",
    "nobody was killed",
    "no one was hurt",
    "no deaths",
    "no fatalities",
    "without casualties",
    "caused no casualties",
    "no injuries",
    "no one was injured",
]

# "None of the 70 soldiers was hurt": the figure is of those unharmed; the toll is zero.
NONE_OF: list[str] = [
    "none of",
    "not one of",
    "neither of",
]

# "the death toll has risen to 15", "le bilan s'élève à": the figure the toll reaches is of
# the dead.
TOLL_WORDS: list[str] = [
    "death toll",
    "toll",
]

# "Four of the attackers were also killed": a figure that adds to the toll told before.
ALSO_WORDS: list[str] = [
    "also",
]

# One person named by a noun ("a soldier was killed", "en soldat dödades", "قتل جندي"); in
# Arabic the noun's dual ("جنديان", "متظاهران") is two.
PERSON_WORDS: list[str] = [
    "soldier",
    "civilian",
    "policeman",
    "police officer",
    "officer",
    "fighter",
    "child",
    "man",
    "woman",
    "member",
    "protester",
    "demonstrator",
    "militant",
    "contractor",
    "worker",
    "guard",
    "commander",
    "journalist",
    "driver",
    "shepherd",
    "farmer",
    "passer-by",
    "boy",
    "girl",
    "official",
]

# "killing the driver", "le chauffeur a été tué": a singular article before a person's noun
# (languages that put "the" on the noun itself have none).
SINGULAR_ARTICLES: list[str] = [
    "the",
]

# A figure of a measure ("dozens of metres", "three days") counts no people.
MEASURE_WORDS: list[str] = [
    "metres",
    "meters",
    "kilometres",
    "kilometers",
    "km",
    "miles",
    "hours",
    "days",
    "minutes",
    "years",
]

# A sentence that opens "at the same time" or "elsewhere" tells another happening.
SIMULTANEOUS_WORDS: list[str] = [
    "at the same time",
    "simultaneously",
    "meanwhile",
    "elsewhere",
]

# "The attack", "this strike": an event word after these points back to a happening told
# before.
REFERRING_WORDS: list[str] = [
    "the",
    "this",
    "that",
    "the same",
    "these",
    "those",
]

# Event nouns in their definite form ("attacken", "angrepet", "الهجوم"): the happening told
# before, as "the attack" is.
DEFINITE_EVENT_WORDS: list[str] = []

# "Nine other people died besides Soleimani": a figure of the dead beside those named.
OTHERS_WORDS: list[str] = [
    "other",
    "others",
]

# "claimed, without evidence, that 80 died", "which the US denies": a toll nobody stands by.
UNSUPPORTED_WORDS: list[str] = [
    "without evidence",
    "without providing evidence",
    "could not be verified",
    "which was denied",
    "denied by",
    "denies",
    "denied",
]

# "withdrew toward the Hamrin mountains", "fled toward Erbil": where people went, not where it
# happened.
DIRECTION_WORDS: list[str] = [
    "toward",
    "towards",
    "in the direction of",
    "heading for",
]

# "Fighting still goes on in the old city": after a place was taken, fighting that goes on is
# another event.
STILL_WORDS: list[str] = [
    "still",
    "continue",
    "continued",
    "continuing",
]

# "opposition from the government in Baghdad": the place stands for who governs there, not for
# where it happened.
GOVERNMENT_WORDS: list[str] = [
    "government in",
    "government of",
    "authorities in",
    "officials in",
    "leadership in",
]

# "attacked three posts with grenades and snipers": weapons beside small arms are the means of
# a fight, not an event of their own kind.
SMALL_ARMS: list[str] = [
    "light weapons",
    "small arms",
    "machine guns",
    "machine-guns",
    "rifles",
    "snipers",
    "automatic weapons",
    "gunfire",
]

# "the liberated areas", "les zones libérées": a place-changing word that describes areas is
# no event.
AREA_WORDS: list[str] = [
    "areas",
    "area",
    "territories",
    "territory",
    "regions",
    "zones",
    "districts",
]

# "planned new attacks", "threatened to strike", "fighting could break out": what has not
# happened.
PLAN_WORDS: list[str] = [
    "planned",
    "planning",
    "plotting",
    "plotted",
    "threatened",
    "threatens",
    "threatening",
    "vowed",
    "could",
    "might",
    "would",
    "feared",
    "fears",
    "preparing",
]

# Joins the parts of a split toll ("two soldiers and one policeman"), which add up.
LIST_CONJUNCTIONS: list[str] = ["and"]

# Introduces a part of a toll already counted ("246 dead, including 135 civilians").
SUBSET_WORDS: list[str] = ["including", "among them", "among whom", "of whom", "of them"]

NEAR_WORDS: list[str] = [
    "near",
    "nearby",
    "outside",
    "just outside",
    "close to",
    "not far from",
    "on the outskirts of",
    "outskirts of",
    "on the edge of",
    "in the vicinity of",
    "vicinity of",
    "around",
    "near the town of",
    "near the city of",
    "near the village of",
    "north of",
    "south of",
    "east of",
    "west of",
    "northeast of",
    "north-east of",
    "northwest of",
    "north-west of",
    "southeast of",
    "south-east of",
    "southwest of",
    "south-west of",
]

# A sentence with one of these speaks of a period or a trend ("attacks have increased in recent
# weeks"), not of one happening: it makes no event unless it names an exact day.
TREND_WORDS: list[str] = [
    "in recent weeks",
    "in recent months",
    "over the past weeks",
    "over the past months",
    "over recent weeks",
    "in the past few weeks",
    "in the past few months",
    "so far this year",
    "since the start of the year",
    "since the beginning of the year",
    "earlier this year",
    "weeks earlier",
    "two weeks earlier",
    "days earlier",
    "a week earlier",
    "has increased",
    "have increased",
    "has stepped up",
    "have stepped up",
    "stepped up its attacks",
    "increased its attacks",
    "on the rise",
    "regularly",
    "frequently",
    "every week",
    "every day",
    "have become more frequent",
    # comparisons with the past: commentary on an event, not another one
    "the deadliest",
    "the bloodiest",
    "the worst attack",
    "earlier attacks",
    "previous attacks",
    "past attacks",
    "similar attacks",
]

TRIGGERS: dict[str, list[str]] = {
    "Armed clash": [
        "offensive",
        "assault",
        "stormed",
        "attacked",
        "attack on",
        "attack near",
        "attack in",
        "attack at",
        "attacks on",
        "clash",
        "fought",
        "fighting",
        "battle",
        "firefight",
        "gunfight",
        "exchange of fire",
        "exchanged fire",
        "exchanged gunfire",
        "traded fire",
        "ambush",
        "attacked positions",
        "attacked their positions",
        "skirmish",
        "repelled",
    ],
    "Government regains territory": [
        "retook",
        "recapture",
        "retake",
        "liberat",
        "regain",
        "took back",
        "back under government control",
        "reclaimed",
        "drove out",
        "driven out of",
        "re-entered",
        "pushed out",
        "cleared the last",
        "flushed out",
        "declared victory over",
        "victory over",
    ],
    "Non-state actor overtakes territory": [
        "seized",
        "seizing",
        "overran",
        "overrun",
        "captured",
        "took control of",
        "taken control of",
        "fell to",
        "took over",
        "advanced into",
        "swept across",
        "stormed the town",
        "full control of",
        "complete control of",
        "full control over",
    ],
    "Chemical weapon": [
        "chemical",
        "chlorine",
        "sarin",
        "nerve agent",
        "mustard gas",
        "toxic gas",
        "poison gas",
        "chloropicrin",
        "gas attack",
        "cs gas",
        "toxic smoke",
        "suffocation",
    ],
    "Air/drone strike": [
        "air strike",
        "airstrike",
        "air raid",
        "drone",
        "warplane",
        "fighter jet",
        "jets",
        "bombed",
        "bombing raid",
        "helicopter gunship",
        "aerial bombardment",
        "air attack",
        "air force",
        "aircraft",
    ],
    "Suicide bomb": [
        "suicide bomb",
        "suicide attack",
        "suicide car",
        "suicide vest",
        "suicide belt",
        "suicide truck",
        "blew himself up",
        "blew herself up",
        "blew themselves up",
        "explosive vest",
        "explosive belt",
        "svbied",
    ],
    "Shelling/artillery/missile attack": [
        "shell",
        "artillery",
        "rocket",
        "missile",
        "mortar",
        "katyusha",
        "howitzer",
        "bombardment",
        "barrage",
        "projectile",
        "ballistic",
    ],
    "Remote explosive/landmine/IED": [
        "roadside",
        "ied",
        "vbied",
        "improvised explosive",
        "landmine",
        "land mine",
        "a mine",
        "antipersonnel mine",
        "anti-tank mine",
        "car bomb",
        "explosive device",
        "booby",
        "bomb planted",
        "bomb attached",
        "remote-controlled bomb",
    ],
    "Grenade": [
        "grenade",
        "hand grenade",
        "hand-grenade",
        "threw a grenade",
        "lobbed a grenade",
        "hurled a grenade",
    ],
    "Attack": [
        "gunmen",
        "massacre",
        "executed",
        "assassinat",
        "shot dead",
        "killed civilians",
        "killed villagers",
        "hacked to death",
        "stabbed",
        "beheaded",
        "attacked a village",
        "raided a village",
        "murdered",
        "opened fire on",
        "unarmed",
    ],
    "Abduction/forced disappearance": [
        "kidnap",
        "abduct",
        "hostage",
        "taken hostage",
        "forcibly disappeared",
        "enforced disappearance",
        "whereabouts",
        "snatched",
        "carried off",
        "taken captive",
        "ransom",
        "taken from his home",
        "taken from their homes",
    ],
    "Sexual violence": [
        "rape",
        "raping",
        "sexual violence",
        "sexual assault",
        "sexually assault",
        "sexually abus",
        "sexual abuse",
        "gang-rape",
        "gang rape",
        "sexual slavery",
    ],
    "Peaceful protest": [
        "protest",
        "demonstrat",
        "rally",
        "rallied",
        "marched",
        "marchers",
        "a march",
        "peaceful march",
        "sit-in",
        "took to the streets",
        "vigil",
        "picket",
        "gathered in front of",
    ],
    "Protest with intervention": [
        "tear gas",
        "teargas",
        "dispersed",
        "water cannon",
        "rubber bullets",
        "broke up",
        "pepper spray",
        "baton charge",
        "arrested protesters",
        "detained protesters",
        "unauthorised",
        "unauthorized",
    ],
    "Excessive force against protesters": [
        "fired on protesters",
        "opened fire on protesters",
        "fired on demonstrators",
        "opened fire on demonstrators",
        "shot protesters",
        "killed protesters",
        "live ammunition",
        "live rounds",
        "fired into the crowd",
        "shot into a crowd",
        "shot at crowds",
        "opened fire on a crowd",
        "protester died",
        "protesters were killed",
        "tear gas canister",
    ],
    "Violent demonstration": [
        "riot",
        "torched",
        "stormed",
        "set fire",
        "set ablaze",
        "stones",
        "rocks",
        "threw bottles",
        "molotov",
        "petrol bomb",
        "rampag",
        "burning barricades",
        "burned tyres",
        "clashed with police",
        "ransacked",
    ],
    "Mob violence": [
        "angry mob",
        "a mob of",
        "mob attack",
        "mob violence",
        "mob justice",
        "lynch",
        "vigilante",
        "angry crowd",
        "to death",
        "burned alive",
        "set upon",
        "communal clash",
        "rival supporters",
        "sticks and stones",
        "land dispute",
    ],
    "Arrests": [
        "arrest",
        "detained",
        "detain",
        "apprehend",
        "taken into custody",
        "rounded up",
        "nabbed",
        "in custody",
    ],
    "Agreement": [
        "ceasefire",
        "cease-fire",
        "agreement",
        "truce",
        "peace deal",
        "under a deal",
        "signed a deal",
        "reached a deal",
        "prisoner exchange",
        "prisoner swap",
        # not a bare "accord": it opens "according to"
        "peace accord",
        "an accord",
        "the accord",
        "accords",
        "brokered",
        "pact",
        "agreed to",
    ],
    "Change to group/activity": [
        "surrender",
        "new leader",
        "successor",
        "merged",
        "merger",
        "disband",
        "splinter",
        "defect",
        "pledged allegiance",
        "split from",
        "break away",
        "breaking away",
        "new coalition",
        "laid down their arms",
        "handed themselves over",
    ],
    "Disrupted weapons use": [
        "defused",
        "seized weapons",
        "cache",
        "arsenal",
        "dismantled",
        "intercepted",
        "shot down",
        "foiled",
        "thwarted",
        "bomb disposal",
        "weapons depot",
        "demining",
        "recovered weapons",
    ],
    "Headquarters or base established": [
        "set up a base",
        "set up a camp",
        "set up a headquarters",
        "established a base",
        "established a camp",
        "established a new",
        "new base",
        "new military base",
        "new camp",
        "training camp",
        "forward operating base",
        "command post",
        "new outpost",
        "new military position",
        "opened a new",
    ],
    "Looting/property destruction": [
        "looted",
        "loot",
        "pillag",
        "plunder",
        "ransack",
        "stealing",
        "stole",
        "made off with",
        "torched",
        "burned down",
        "burned houses",
        "destroyed",
        "razed",
        "set fire to",
        "vandalis",
    ],
    "Non-violent transfer of territory": [
        "handed over",
        "handed control",
        "withdrew from",
        "without a fight",
        "without resistance",
        "little resistance",
        "pulled out of",
        "pulled back",
        "hand over",
        "handover",
        "without firing a shot",
        "peacefully",
        "took over from",
        "transferred control",
        "under an arrangement",
    ],
    "Other": [
        "deploy",
        "reinforcement",
        "sent troops",
        "election",
        "referendum",
        "curfew",
        "lockdown",
        "coup",
        "state of emergency",
        "martial law",
        "escaped from",
        "inmates",
        "suspended the constitution",
        "dissolved the government",
        "paraded",
    ],
}

# Just before an actor's name, these make it the side acted upon (actor2) or the one acting
# (actor1): "an attack against the PMF", "claimed by Islamic State".
TARGET_WORDS: list[str] = [
    "against",
    "targeting",
    "targeted",
    "victory over",
    "liberated from",
    "freed from",
    "retaken from",
    "recaptured from",
    "cleared of",
]
AGENT_WORDS: list[str] = [
    "claimed by",
    "carried out by",
    "attacked by",
    "attack by",
    "attacks by",
    "ambushed by",
    "targeted by",
    "shelled by",
    "bombed by",
    "struck by",
    "killed by",
    "kidnapped by",
    "abducted by",
    "launched by",
    "fired by",
]

# Just before a strike or shelling trigger, these make it fire in support of another side's
# operation ("backed by air strikes"): part of that operation, not an event of its own.
SUPPORT_WORDS: list[str] = [
    "backed by",
    "supported by",
    "with the support of",
    "with support from",
    "supports",
    "support",
    "supporting",
    "under the cover of",
    "under cover of",
    "air cover",
    "backing",
    "backs",
]

# A time distance to another happening ("three days after an attack … killed two"), or the
# happening this one answers ("in retaliation for a rocket attack that killed two"): the toll
# and places after it are that happening's, not this one's (regular expressions).
EARLIER_EVENT: list[str] = [
    r"\w+ days? (?:after|since)",
    r"(?:a|the) day (?:after|since)",
    r"\w+ weeks? after",
    r"(?:in )?retaliat(?:ing|ion) for",
    r"in (?:response|revenge) for",
    r"in response to",
    r"avenging",
]

# The units an EARLIER_EVENT phrase counts back in, as the start of the unit's word → days
# ("three days after" is 3 × 1 days before the event told; a phrase with no figure counts one).
EARLIER_BY: dict[str, int] = {
    "day": 1,
    "week": 7,
}

# A toll counted over a whole campaign ("over 3,000 killed since the start of the offensive"):
# no one happening's toll.
CUMULATIVE: list[str] = [
    "since the start of",
    "since the beginning of",
    "since the offensive began",
    "in the battle for",
    "during the battle for",
    "in the fighting for",
]

# Compass words: just before a place ("north of Baghdad", "nördlich von Bagdad", "شمال بغداد")
# they say the event was somewhere else, seen from that place.
COMPASS_WORDS: list[str] = [
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "north-east",
    "north-west",
    "south-east",
    "south-west",
]

# Just before an event word, these make it a past happening the sentence dates from ("the
# first election since the victory over IS"), not one it reports.
SINCE_WORDS: list[str] = ["since", "since the"]

# Next to a date, these make it the day something was said ("officials said on Monday"), which in
# a sentence with another date is not the day it happened.
REPORTING_WORDS: list[str] = [
    "said",
    "says",
    "announced",
    "reported",
    "told",
    "confirmed",
    "added",
    "stated",
    "declared",
    "tells",
]

# Who a report has its facts from ("according to the coalition"): the source, not the actor.
SOURCE_WORDS: list[str] = [
    "according to",
]
