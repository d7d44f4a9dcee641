"""French words for dates, numbers and events."""

CODE = "fr"

# What may be written onto the front of a trigger word (none in this language).
WORD_PREFIX = ""

WEEKDAYS: dict[str, int] = {
    "lundi": 0,
    "lundis": 0,
    "mardi": 1,
    "mardis": 1,
    "mercredi": 2,
    "mercredis": 2,
    "jeudi": 3,
    "jeudis": 3,
    "vendredi": 4,
    "vendredis": 4,
    "samedi": 5,
    "samedis": 5,
    "dimanche": 6,
    "dimanches": 6,
}

MONTHS: dict[str, int] = {
    "janvier": 1,
    "janv": 1,
    "janv.": 1,
    "février": 2,
    "fevrier": 2,
    "févr": 2,
    "févr.": 2,
    "fevr": 2,
    "fév": 2,
    "fév.": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "avr.": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "juil.": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "sept.": 9,
    "octobre": 10,
    "oct": 10,
    "oct.": 10,
    "novembre": 11,
    "nov": 11,
    "nov.": 11,
    "décembre": 12,
    "decembre": 12,
    "déc": 12,
    "déc.": 12,
    "dec": 12,
    "dec.": 12,
}
# Month names are written in lower case, so case tells nothing
MONTHS_CAPITALISED = False

RELATIVE_DAYS: dict[str, int] = {
    "aujourd'hui": 0,
    "aujourd’hui": 0,
    "ce matin": 0,
    "cet après-midi": 0,
    "ce soir": 0,
    "plus tôt dans la journée": 0,
    "hier": -1,
    "hier matin": -1,
    "hier après-midi": -1,
    "hier soir": -1,
    "la veille": -1,
    "cette nuit": -1,
    "la nuit dernière": -1,
    "dans la nuit": -1,
    "avant-hier": -2,
    "avant hier": -2,
    "il y a deux jours": -2,
    "il y a trois jours": -3,
}

# After a day word, these make it "that same day" of the event told before, not the day it
# names ("في اليوم نفسه" is not "today"); only Arabic's "today" is also "the day".
SAME_DAY_AFTER: list[str] = []

# Days ago, said in weeks: the report looks back on something past, never today's news.
WEEKS_AGO: dict[str, int] = {
    "il y a une semaine": 7,
    "il y a dix jours": 10,
    "il y a deux semaines": 14,
    "il y a quinze jours": 14,
    "il y a trois semaines": 21,
}

NIGHT_BEFORE: dict[str, int] = {
    "dans la nuit de": 0,
    "nuit de": 0,
    "dans la nuit du": 0,
    "la nuit de": 0,
    "la nuit du": 0,
    "aux premières heures de": 0,
}

PREVIOUS_WEEK: list[str] = [
    "la semaine dernière",
    "de la semaine dernière",
    "la semaine passée",
    "de la semaine passée",
    "de la semaine précédente",
    "il y a une semaine",
]

YEAR_PREFIXES: list[str] = [
    "en",
    "depuis",
    "dès",
    "avant",
    "après",
    "jusqu'en",
    "jusqu’en",
    "de",
    "fin",
    "début",
    "mi",
    "courant",
    "à la fin de",
    "au début de",
    "l'été",
    "l’été",
    "l'automne",
    "l’automne",
    "l'hiver",
    "l’hiver",
    "au printemps",
    "l'année",
    "l’année",
    "année",
]

NUMBER_WORDS: dict[str, int] = {
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "dix-sept": 17,
    "dix sept": 17,
    "dix-huit": 18,
    "dix huit": 18,
    "dix-neuf": 19,
    "dix neuf": 19,
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "soixante-dix": 70,
    "soixante dix": 70,
    "septante": 70,
    "quatre-vingt": 80,
    "quatre-vingts": 80,
    "quatre vingts": 80,
    "huitante": 80,
    "octante": 80,
    "quatre-vingt-dix": 90,
    "quatre vingt dix": 90,
    "nonante": 90,
    "cent": 100,
    "mille": 1000,
    "douzaine": 12,
    "une douzaine": 12,
    "des douzaines": 12,
    "douzaines": 12,
    "dizaine": 10,
    "une dizaine": 10,
    "des dizaines": 12,
    "dizaines": 12,
    "quinzaine": 15,
    "une quinzaine": 15,
    "vingtaine": 20,
    "une vingtaine": 20,
    "trentaine": 30,
    "une trentaine": 30,
    "cinquantaine": 50,
    "une cinquantaine": 50,
    "soixantaine": 60,
    "une soixantaine": 60,
    "centaine": 100,
    "une centaine": 100,
    "des centaines": 100,
    "centaines": 100,
    "millier": 1000,
    "un millier": 1000,
    "des milliers": 1000,
    "milliers": 1000,
    "des dizaines de milliers": 10000,
    "des centaines de milliers": 100000,
}

LOWER_BOUND: list[str] = [
    "au moins",
    "plus de",
    "plus d'",
    "plus d’",
    "plus d'un",
    "plus d'une",
    "pas moins de",
    "pas moins d'",
    "au minimum",
    "au bas mot",
    "bien plus de",
]

APPROXIMATE: list[str] = [
    "près de",
    "près d'",
    "près d’",
    "environ",
    "quelque",
    "presque",
    "pratiquement",
    "à peu près",
    "approximativement",
    "jusqu'à",
    "jusqu’à",
    "autour de",
    "aux alentours de",
    "quasiment",
    "un peu moins de",
]

# Of APPROXIMATE, those meaning a little fewer: "nearly a dozen" killed are at most eleven.
SHORT_OF: list[str] = [
    "près de",
    "près d'",
    "près d’",
    "presque",
    "pratiquement",
    "quasiment",
    "un peu moins de",
]

# Words setting one source's figure against another's: "the PMF put the toll at 11, while an
# official said eight had died". ACLED then keeps the lowest.
CONTRAST_WORDS: list[str] = [
    "tandis que",
    "alors que",
    "mais",
]

DEATH_WORDS: list[str] = [
    "tué",
    "tués",
    "tuée",
    "tuées",
    "tue",
    "tuant",
    "morts",
    "mort",
    "décès",
    "décédé",
    "péri",
    "trouvé la mort",
    "trouvent la mort",
    "martyrs",
    "exécuté",
    "massacré",
    "cadavres",
    "corps sans vie",
    "coûté la vie",
    "coûte la vie",
    "abattu",
    "abattus",
    "abattue",
    "abattues",
]

INJURY_WORDS: list[str] = [
    "blessé",
    "blessés",
    "blessée",
    "blessant",
    "blessure",
    "blesse",
]

SIZE_WORDS: list[str] = [
    "soldat",
    "militaire",
    "combattant",
    "jihadiste",
    "djihadiste",
    "manifestant",
    "policier",
    "gendarme",
    "rebelle",
    "insurgé",
    "milicien",
    "paramilitaire",
    "assaillant",
    "hommes",
    "membres",
    "troupes",
    "éléments",
    "terroriste",
    "protestataire",
]

# "No one was killed": a reported toll of zero, which ACLED codes as 0, not as unknown;
# " * " stands for up to three words ("no American or Iraqi casualties").
NO_CASUALTIES: list[str] = [
    "aucune * victime",
    "aucun * tué",
    "aucun * blessé",
    "aucune victime",
    "sans faire de victimes",
    "sans faire de victime",
    "n'a fait aucune victime",
    "n’a fait aucune victime",
    "aucun mort",
    "aucun blessé",
    "pas de victimes",
    "pas fait de morts",
    "pas fait de victimes",
    "aucun décès",
]

# "None of the 70 soldiers was hurt": a toll of zero.
NONE_OF: list[str] = [
    "aucun des",
    "aucune des",
    "aucun de ses",
    "aucun de leurs",
]

# "the death toll has risen to 15", "le bilan s'élève à": the figure the toll reaches is of
# the dead.
TOLL_WORDS: list[str] = [
    "bilan",
]

# "Four of the attackers were also killed": a figure that adds to the toll told before.
ALSO_WORDS: list[str] = [
    "également",
    "aussi",
]

# One person named by a noun ("a soldier was killed", "en soldat dödades", "قتل جندي"); in
# Arabic the noun's dual ("جنديان", "متظاهران") is two.
PERSON_WORDS: list[str] = [
    "soldat",
    "civil",
    "policier",
    "gendarme",
    "combattant",
    "enfant",
    "homme",
    "femme",
    "membre",
    "manifestant",
    "militant",
    "sous-traitant",
    "ouvrier",
    "garde",
    "commandant",
    "journaliste",
    "militaire",
    "chauffeur",
    "berger",
    "agriculteur",
    "passant",
    "garçon",
    "fillette",
    "responsable",
]

# "killing the driver", "le chauffeur a été tué": a singular article before a person's noun
# (languages that put "the" on the noun itself have none).
SINGULAR_ARTICLES: list[str] = [
    "le",
    "la",
]

# A figure of a measure ("dozens of metres", "three days") counts no people.
MEASURE_WORDS: list[str] = [
    "mètres",
    "kilomètres",
    "km",
    "heures",
    "jours",
    "minutes",
    "ans",
]

# A sentence that opens "at the same time" or "elsewhere" tells another happening.
SIMULTANEOUS_WORDS: list[str] = [
    "au même moment",
    "simultanément",
    "parallèlement",
    "dans le même temps",
    "ailleurs",
]

# "The attack", "this strike": an event word after these points back to a happening told
# before.
REFERRING_WORDS: list[str] = [
    "l'",
    "l’",
    "la",
    "le",
    "les",
    "cette",
    "ce",
    "cet",
    "ces",
]

# Event nouns in their definite form ("attacken", "angrepet", "الهجوم"): the happening told
# before, as "the attack" is.
DEFINITE_EVENT_WORDS: list[str] = []

# "Nine other people died besides Soleimani": a figure of the dead beside those named.
OTHERS_WORDS: list[str] = [
    "autres",
]

# "claimed, without evidence, that 80 died", "which the US denies": a toll nobody stands by.
UNSUPPORTED_WORDS: list[str] = [
    "sans preuve",
    "sans preuves",
    "sans apporter de preuve",
    "démenti",
    "dément",
    "démentent",
]

# "withdrew toward the Hamrin mountains", "fled toward Erbil": where people went, not where it
# happened.
DIRECTION_WORDS: list[str] = [
    "vers",
    "en direction de",
    "en direction du",
]

# "Fighting still goes on in the old city": after a place was taken, fighting that goes on is
# another event.
STILL_WORDS: list[str] = [
    "toujours",
    "se poursuivent",
    "se poursuivaient",
    "encore",
]

# "opposition from the government in Baghdad": the place stands for who governs there, not for
# where it happened.
GOVERNMENT_WORDS: list[str] = [
    "gouvernement de",
    "gouvernement d'",
    "autorités de",
    "pouvoir de",
    "régime de",
    "dirigeants de",
]

# "attacked three posts with grenades and snipers": weapons beside small arms are the means of
# a fight, not an event of their own kind.
SMALL_ARMS: list[str] = [
    "armes légères",
    "tireurs d'élite",
    "tireurs embusqués",
    "mitrailleuses",
    "fusils",
    "kalachnikovs",
]

# "the liberated areas", "les zones libérées": a place-changing word that describes areas is
# no event.
AREA_WORDS: list[str] = [
    "zones",
    "zone",
    "territoires",
    "régions",
    "secteurs",
    "localités",
]

# "planned new attacks", "threatened to strike", "fighting could break out": what has not
# happened.
PLAN_WORDS: list[str] = [
    "préparait",
    "préparaient",
    "projetait",
    "projetaient",
    "menace de",
    "menacé de",
    "pourrait",
    "pourraient",
    "craint",
    "craignent",
    "redoute",
]

# Joins the parts of a split toll ("two soldiers and one policeman"), which add up.
LIST_CONJUNCTIONS: list[str] = ["et"]

# Introduces a part of a toll already counted ("246 dead, including 135 civilians").
SUBSET_WORDS: list[str] = ["dont", "parmi lesquels", "parmi eux"]

NEAR_WORDS: list[str] = [
    "près de",
    "près d'",
    "près d’",
    "aux abords de",
    "aux abords d'",
    "non loin de",
    "non loin d'",
    "à proximité de",
    "à proximité d'",
    "dans les environs de",
    "aux environs de",
    "en périphérie de",
    "à la périphérie de",
    "autour de",
    "aux portes de",
    "à la sortie de",
    "près de la ville de",
    "près du village de",
    "au nord de",
    "au nord d'",
    "au sud de",
    "au sud d'",
    "à l'est de",
    "à l'est d'",
    "à l'ouest de",
    "à l'ouest d'",
    "au nord-est de",
    "au nord-ouest de",
    "au sud-est de",
    "au sud-ouest de",
]

# A sentence with one of these speaks of a period or a trend ("attacks have increased in recent
# weeks"), not of one happening: it makes no event unless it names an exact day.
TREND_WORDS: list[str] = [
    "ces dernières semaines",
    "ces derniers mois",
    "au cours des dernières semaines",
    "au cours des derniers mois",
    "depuis le début de l'année",
    "depuis le début de l’année",
    "plus tôt cette année",
    "deux semaines plus tôt",
    "quelques jours plus tôt",
    "une semaine plus tôt",
    "se sont multipliées",
    "se multiplient",
    "a intensifié",
    "ont intensifié",
    "ont augmenté",
    "en hausse",
    "régulièrement",
    "fréquemment",
    "chaque semaine",
    # comparisons with the past: commentary on an event, not another one
    "le plus meurtrier",
    "la plus meurtrière",
    "attaques précédentes",
    "précédentes attaques",
    "attaques similaires",
    "attaques semblables",
]

TRIGGERS: dict[str, list[str]] = {
    "Armed clash": [
        "offensive",
        "assaut",
        "attaqué",
        "attaque contre",
        "une attaque de",
        "attaque près",
        "ont attaqué",
        "combats",
        "affrontement",
        "se sont affrontés",
        "accrochage",
        "échange de tirs",
        "échanges de tirs",
        "échangé des tirs",
        "embuscade",
        "bataille",
        "ont repoussé",
        "heurts armés",
        "fusillade",
    ],
    "Government regains territory": [
        "repris",
        "reprise",
        "reprennent",
        "reprend",
        "reconquis",
        "reconquête",
        "libéré",
        "libérée",
        "libération",
        "repris le contrôle",
        "reprendre le contrôle",
        "chassés de",
        "victoire sur",
        "victoire contre",
    ],
    "Non-state actor overtakes territory": [
        "se sont emparés",
        "s'est emparé",
        "s’est emparé",
        "s'étaient emparés",
        "emparé",
        "pris le contrôle",
        "pris la ville",
        "conquis",
        "occupé la",
        "tombée aux mains",
        "tombé aux mains",
        "investi la ville",
        "prise de",
        "contrôle total",
        "contrôle complet",
        "pris le contrôle total",
    ],
    "Chemical weapon": [
        "arme chimique",
        "armes chimiques",
        "attaque chimique",
        "bombardement chimique",
        "chlore",
        "sarin",
        "gaz toxique",
        "gaz moutarde",
        "agent neurotoxique",
        "gaz irritant",
        "chloropicrine",
        "intoxication",
    ],
    "Air/drone strike": [
        "frappe aérienne",
        "frappes aériennes",
        "frappe de drone",
        "frappes de drone",
        "raid aérien",
        "raids aériens",
        "bombardement aérien",
        "avions de combat",
        "avion de chasse",
        "hélicoptère de combat",
        "drone",
        "aviation",
        "frappes de la coalition",
        "avions de chasse",
        "avions de guerre",
        "avion de guerre",
        "avions militaires",
        "avions * bombardé",
        "avions * ont frappé",
    ],
    "Suicide bomb": [
        "attentat-suicide",
        "attentats-suicides",
        "attentat suicide",
        "kamikaze",
        "s'est fait exploser",
        "s’est fait exploser",
        "se sont fait exploser",
        "ceinture d'explosifs",
        "ceinture explosive",
        "gilet explosif",
        "s'est fait sauter",
    ],
    "Shelling/artillery/missile attack": [
        "obus",
        "artillerie",
        "roquette",
        "missile",
        "mortier",
        "pilonn",
        "bombardement",
        "tirs de roquettes",
        "katioucha",
        "lance-roquettes",
        "balistique",
        "projectile",
    ],
    "Remote explosive/landmine/IED": [
        "engin explosif",
        "ied",
        "bombe artisanale",
        "voiture piégée",
        "mine",
        "mine antipersonnel",
        "bombe placée",
        "bombe en bord de route",
        "sauté sur une mine",
        "colis piégé",
        "engin piégé",
        "bord d'une route",
        "moto piégée",
        "bord de la route",
    ],
    "Grenade": [
        "grenade",
        "grenades",
        "attaque à la grenade",
        "lancé une grenade",
        "jeté une grenade",
    ],
    "Attack": [
        "massacr",
        "exécuté",
        "assassin",
        "tué des civils",
        "tué par balles",
        "ouvert le feu",
        "attaque contre des civils",
        "attaqué un village",
        "égorgé",
        "décapité",
        "à coups de machette",
        "hommes armés",
        "inconnus armés",
    ],
    "Abduction/forced disappearance": [
        "enlev",
        "enlèvement",
        "kidnapp",
        "rapt",
        "otage",
        "séquestr",
        "disparition forcée",
        "emmené avec eux",
        "ont emmené",
        "porté disparu",
    ],
    "Sexual violence": [
        "viols",
        "violée",
        "violé",
        "ont violé",
        "violences sexuelles",
        "agression sexuelle",
        "agressée sexuellement",
        "esclavage sexuel",
        "abus sexuels",
    ],
    "Peaceful protest": [
        "manifest",
        "rassemblement",
        "se sont rassemblés",
        "une marche",
        "la marche",
        "défilé",
        "sit-in",
        "protest",
        "ont défilé",
        "veillée",
        "grève",
        "pacifique",
    ],
    "Protest with intervention": [
        "gaz lacrymogène",
        "gaz lacrymogènes",
        "grenades lacrymogènes",
        "dispersé",
        "disperser",
        "canon à eau",
        "canons à eau",
        "balles en caoutchouc",
        "interpellé des manifestants",
        "évacués par",
    ],
    "Excessive force against protesters": [
        "tiré sur des manifestants",
        "tiré sur les manifestants",
        "ouvert le feu sur des manifestants",
        "ouvert le feu sur la foule",
        "tiré sur la foule",
        "balles réelles",
        "manifestant tué",
        "manifestants tués",
        "tiré à balles réelles",
        "sur une foule",
    ],
    "Violent demonstration": [
        "émeute",
        "émeutier",
        "incendié",
        "saccag",
        "barricades",
        "jets de pierres",
        "lancé des pierres",
        "cocktail molotov",
        "cocktails molotov",
        "pris d'assaut",
        "pris d’assaut",
    ],
    "Mob violence": [
        "lynch",
        "foule en colère",
        "vindicte populaire",
        "justice populaire",
        "brûlé vif",
        "passé à tabac",
        "battu à mort",
        "à coups de bâtons",
        "affrontements communautaires",
    ],
    "Arrests": [
        "arrestation",
        "arrêté",
        "interpell",
        "appréhend",
        "placé en garde à vue",
        "garde à vue",
        "détenu",
        "écroué",
        "rafle",
        "mis aux arrêts",
    ],
    "Agreement": [
        "cessez-le-feu",
        "cessez le feu",
        "accord",
        "trêve",
        "échange de prisonniers",
        "accord de paix",
        "négocié",
        "armistice",
        "protocole d'accord",
        "pacte",
    ],
    "Change to group/activity": [
        "reddition",
        "se sont rendus",
        "se rendre",
        "nouveau chef",
        "nouvel émir",
        "fusion",
        "dissolution",
        "dissous",
        "faction dissidente",
        "prêté allégeance",
        "allégeance",
        "rallié",
        "déposé les armes",
    ],
    "Disrupted weapons use": [
        "désamorcé",
        "neutralisé un engin",
        "cache d'armes",
        "cache d’armes",
        "saisi des armes",
        "armes saisies",
        "démantelé",
        "intercepté",
        "abattu",
        "déjoué",
        "déminage",
        "démineurs",
    ],
    "Headquarters or base established": [
        "installé une base",
        "établi une base",
        "établi un camp",
        "installé un camp",
        "quartier général",
        "nouveau poste",
        "implanté",
        "nouvelle base",
    ],
    "Looting/property destruction": [
        "pillé",
        "pillage",
        "pillent",
        "incendié des maisons",
        "brûlé des maisons",
        "saccagé",
        "détruit des maisons",
        "rasé",
        "incendié",
        "brûlé l'école",
        "vandalis",
    ],
    "Non-violent transfer of territory": [
        "remis à",
        "remis aux",
        "remise à",
        "rétrocédé",
        "sans combat",
        "sans combattre",
        "sans résistance",
        "se sont retirés",
        "évacuées sans",
        "passés sous contrôle",
        "abandonnées par",
        "se retirer",
        "a remis",
    ],
    "Other": [
        "déploy",
        "renforts",
        "élection",
        "référendum",
        "couvre-feu",
        "confinement",
        "coup d'état",
        "coup d’état",
        "état d'urgence",
        "évadés",
        "évasion",
        "loi martiale",
        "scrutin",
        "législatives",
        "fermeture des frontières",
    ],
}

# Just before an actor's name, these make it the side acted upon (actor2) or the one acting
# (actor1): "an attack against the PMF", "claimed by Islamic State".
TARGET_WORDS: list[str] = [
    "contre",
    "visant",
    "ciblant",
    "victoire sur",
    "victoire contre",
    "libérée de",
    "libéré de",
    "libérée du",
    "libéré du",
    "reprise à",
    "repris à",
]
AGENT_WORDS: list[str] = [
    "menée par",
    "revendiquée par",
    "revendiqué par",
    "attaqué par",
    "attaquée par",
    "attaqués par",
    "attaquées par",
    "visé par",
    "visée par",
    "visés par",
    "ciblé par",
    "ciblée par",
    "tué par",
    "tués par",
    "enlevé par",
    "enlevés par",
    "lancée par",
    "tirés par",
]

# Just before a strike or shelling trigger, these make it fire in support of another side's
# operation ("backed by air strikes"): part of that operation, not an event of its own.
SUPPORT_WORDS: list[str] = [
    "appuyé par",
    "appuyés par",
    "appuyées par",
    "appuie",
    "appuient",
    "avec l'appui",
    "avec l’appui",
    "avec le soutien",
    "soutenu par",
    "soutenus par",
    "soutient",
    "soutiennent",
    "sous la couverture",
    "sous couvert",
]

# A time distance to another happening ("three days after an attack … killed two"), or the
# happening this one answers ("in retaliation for a rocket attack that killed two"): the toll
# and places after it are that happening's, not this one's (regular expressions).
EARLIER_EVENT: list[str] = [r"\w+ jours? après", r"au lendemain d", r"\w+ semaines? après"]

# The units an EARLIER_EVENT phrase counts back in, as the start of the unit's word → days
# ("three days after" is 3 × 1 days before the event told; a phrase with no figure counts one).
EARLIER_BY: dict[str, int] = {
    "jour": 1,
    "lendemain": 1,
    "semaine": 7,
}

# A toll counted over a whole campaign ("over 3,000 killed since the start of the offensive"):
# no one happening's toll.
CUMULATIVE: list[str] = [
    "depuis le début",
    "depuis le lancement",
    "au cours de la bataille",
    "dans la bataille de",
    "dans les combats pour",
    r"en représailles? (?:à|au|aux)",
    r"en riposte (?:à|au|aux)",
    r"pour venger",
]

# Compass words: just before a place ("north of Baghdad", "nördlich von Bagdad", "شمال بغداد")
# they say the event was somewhere else, seen from that place.
COMPASS_WORDS: list[str] = [
    "nord",
    "sud",
    "est",
    "ouest",
    "nord-est",
    "nord-ouest",
    "sud-est",
    "sud-ouest",
]

# Just before an event word, these make it a past happening the sentence dates from ("the
# first election since the victory over IS"), not one it reports.
SINCE_WORDS: list[str] = [
    "depuis",
    "depuis la",
    "depuis le",
    "depuis les",
    "depuis l'",
    "depuis l’",
]

# Next to a date, these make it the day something was said ("officials said on Monday"), which in
# a sentence with another date is not the day it happened.
REPORTING_WORDS: list[str] = [
    "a annoncé",
    "ont annoncé",
    "a indiqué",
    "ont indiqué",
    "a déclaré",
    "a affirmé",
    "a précisé",
    "a rapporté",
    "a confirmé",
    "annoncé",
    "indiqué",
    "ont affirmé",
    "ont déclaré",
    "ont précisé",
    "ont confirmé",
]

# Who a report has its facts from ("according to the coalition"): the source, not the actor.
SOURCE_WORDS: list[str] = [
    "selon",
    "d'après",
    "d’après",
]
