"""Spanish words for dates, numbers and events."""

CODE = "es"

# What may be written onto the front of a trigger word (none in this language).
WORD_PREFIX = ""

WEEKDAYS: dict[str, int] = {
    "lunes": 0,
    "martes": 1,
    "miércoles": 2,
    "miercoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sábado": 5,
    "sabado": 5,
    "sábados": 5,
    "sabados": 5,
    "domingo": 6,
    "domingos": 6,
}

MONTHS: dict[str, int] = {
    "enero": 1,
    "ene": 1,
    "ene.": 1,
    "febrero": 2,
    "feb": 2,
    "feb.": 2,
    "marzo": 3,
    "mar.": 3,
    "abril": 4,
    "abr": 4,
    "abr.": 4,
    "mayo": 5,
    "junio": 6,
    "jun": 6,
    "jun.": 6,
    "julio": 7,
    "jul": 7,
    "jul.": 7,
    "agosto": 8,
    "ago": 8,
    "ago.": 8,
    "septiembre": 9,
    "setiembre": 9,
    "sep": 9,
    "sep.": 9,
    "sept": 9,
    "sept.": 9,
    "octubre": 10,
    "oct": 10,
    "oct.": 10,
    "noviembre": 11,
    "nov": 11,
    "nov.": 11,
    "diciembre": 12,
    "dic": 12,
    "dic.": 12,
}
# Month names are written in lower case, so case tells nothing
MONTHS_CAPITALISED = False

RELATIVE_DAYS: dict[str, int] = {
    "hoy": 0,
    "esta mañana": 0,
    "esta madrugada": 0,
    "esta tarde": 0,
    "esta noche": 0,
    "hoy temprano": 0,
    "más temprano hoy": 0,
    "ayer": -1,
    "ayer por la mañana": -1,
    "ayer por la tarde": -1,
    "ayer por la noche": -1,
    "anoche": -1,
    "la víspera": -1,
    "el día anterior": -1,
    "la noche anterior": -1,
    "anteayer": -2,
    "antier": -2,
    "antes de ayer": -2,
    "antes de anoche": -2,
    "hace dos días": -2,
    "hace tres días": -3,
}

# After a day word, these make it "that same day" of the event told before, not the day it
# names ("في اليوم نفسه" is not "today"); only Arabic's "today" is also "the day".
SAME_DAY_AFTER: list[str] = []

# Days ago, said in weeks: the report looks back on something past, never today's news.
WEEKS_AGO: dict[str, int] = {
    "hace una semana": 7,
    "hace diez días": 10,
    "hace dos semanas": 14,
    "hace quince días": 14,
    "hace tres semanas": 21,
}

NIGHT_BEFORE: dict[str, int] = {
    "en la noche del": 0,
    "la noche del": 0,
    "noche del": 0,
    "en la noche de": 0,
    "la noche de": 0,
    "en la madrugada del": 0,
    "madrugada del": 0,
    "en la madrugada de": 0,
    "en la víspera del": -1,
}

PREVIOUS_WEEK: list[str] = [
    "la semana pasada",
    "de la semana pasada",
    "la semana anterior",
    "de la semana anterior",
    "hace una semana",
]

YEAR_PREFIXES: list[str] = [
    "en",
    "desde",
    "hasta",
    "antes de",
    "después de",
    "durante",
    "de",
    "a finales de",
    "a principios de",
    "a mediados de",
    "finales de",
    "principios de",
    "mediados de",
    "el año",
    "del año",
    "en el año",
    "el verano de",
    "la primavera de",
    "el otoño de",
    "el invierno de",
]

NUMBER_WORDS: dict[str, int] = {
    "un": 1,
    "uno": 1,
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    "trece": 13,
    "catorce": 14,
    "quince": 15,
    "dieciséis": 16,
    "dieciseis": 16,
    "diecisiete": 17,
    "dieciocho": 18,
    "diecinueve": 19,
    "veinte": 20,
    "treinta": 30,
    "cuarenta": 40,
    "cincuenta": 50,
    "sesenta": 60,
    "setenta": 70,
    "ochenta": 80,
    "noventa": 90,
    "cien": 100,
    "ciento": 100,
    "mil": 1000,
    "docena": 12,
    "una docena": 12,
    "docenas": 12,
    "decenas": 12,
    "decena": 10,
    "una decena": 10,
    "quincena": 15,
    "una quincena": 15,
    "veintena": 20,
    "una veintena": 20,
    "treintena": 30,
    "una treintena": 30,
    "centenar": 100,
    "un centenar": 100,
    "centenares": 100,
    "cientos": 100,
    "millar": 1000,
    "un millar": 1000,
    "millares": 1000,
    "miles": 1000,
    "decenas de miles": 10000,
    "cientos de miles": 100000,
}

LOWER_BOUND: list[str] = [
    "al menos",
    "por lo menos",
    "más de",
    "no menos de",
    "como mínimo",
    "un mínimo de",
    "más de un",
    "más de una",
    "mínimo",
]

APPROXIMATE: list[str] = [
    "cerca de",
    "casi",
    "alrededor de",
    "unos",
    "unas",
    "aproximadamente",
    "hasta",
    "en torno a",
    "poco menos de",
    "un estimado de",
    "más o menos",
    "aproximadamente unos",
]

# Of APPROXIMATE, those meaning a little fewer: "nearly a dozen" killed are at most eleven.
SHORT_OF: list[str] = [
    "cerca de",
    "casi",
    "poco menos de",
]

# Words setting one source's figure against another's: "the PMF put the toll at 11, while an
# official said eight had died". ACLED then keeps the lowest.
CONTRAST_WORDS: list[str] = [
    "mientras que",
    "pero",
]

DEATH_WORDS: list[str] = [
    "muert",
    "murió",
    "murieron",
    "fallec",
    "asesinad",
    "mató",
    "mataron",
    "matando",
    "perdieron la vida",
    "perdió la vida",
    "sin vida",
    "cadáveres",
    "víctimas mortales",
    "ejecutad",
]

INJURY_WORDS: list[str] = [
    "herid",
    "lesionad",
    "lesiones",
    "lesionó",
    "hiriendo",
]

SIZE_WORDS: list[str] = [
    "soldado",
    "militar",
    "combatiente",
    "guerriller",
    "insurgente",
    "manifestante",
    "policía",
    "policias",
    "agente",
    "rebelde",
    "milician",
    "paramilitar",
    "yihadista",
    "efectivos",
    "uniformados",
    "hombres",
    "tropas",
    "terrorista",
    "sicario",
]

# "No one was killed": a reported toll of zero, which ACLED codes as 0, not as unknown;
# " * " stands for up to three words ("no American or Iraqi casualties").
NO_CASUALTIES: list[str] = [
    "ningún * muerto",
    "ninguna * víctima",
    "sin causar víctimas",
    "no hubo víctimas",
    "ninguna víctima",
    "no causó víctimas",
    "sin víctimas",
]

# "None of the 70 soldiers was hurt": a toll of zero.
NONE_OF: list[str] = [
    "ninguno de",
    "ninguna de",
]

# "the death toll has risen to 15", "le bilan s'élève à": the figure the toll reaches is of
# the dead.
TOLL_WORDS: list[str] = [
    "balance",
    "cifra de muertos",
    "número de muertos",
]

# "Four of the attackers were also killed": a figure that adds to the toll told before.
ALSO_WORDS: list[str] = [
    "también",
]

# One person named by a noun ("a soldier was killed", "en soldat dödades", "قتل جندي"); in
# Arabic the noun's dual ("جنديان", "متظاهران") is two.
PERSON_WORDS: list[str] = [
    "soldado",
    "civil",
    "policía",
    "combatiente",
    "niño",
    "hombre",
    "mujer",
    "miembro",
    "manifestante",
    "militante",
    "trabajador",
    "guardia",
    "periodista",
    "conductor",
    "pastor",
    "agricultor",
    "transeúnte",
    "niña",
    "funcionario",
]

# "killing the driver", "le chauffeur a été tué": a singular article before a person's noun
# (languages that put "the" on the noun itself have none).
SINGULAR_ARTICLES: list[str] = [
    "el",
    "la",
]

# A figure of a measure ("dozens of metres", "three days") counts no people.
MEASURE_WORDS: list[str] = [
    "metros",
    "kilómetros",
    "km",
    "horas",
    "días",
    "minutos",
    "años",
]

# A sentence that opens "at the same time" or "elsewhere" tells another happening.
SIMULTANEOUS_WORDS: list[str] = [
    "al mismo tiempo",
    "simultáneamente",
    "mientras tanto",
    "en otro lugar",
]

# "The attack", "this strike": an event word after these points back to a happening told
# before.
REFERRING_WORDS: list[str] = [
    "el",
    "la",
    "los",
    "las",
    "este",
    "esta",
    "ese",
    "esa",
]

# Event nouns in their definite form ("attacken", "angrepet", "الهجوم"): the happening told
# before, as "the attack" is.
DEFINITE_EVENT_WORDS: list[str] = []

# "Nine other people died besides Soleimani": a figure of the dead beside those named.
OTHERS_WORDS: list[str] = [
    "otros",
    "otras",
]

# "claimed, without evidence, that 80 died", "which the US denies": a toll nobody stands by.
UNSUPPORTED_WORDS: list[str] = [
    "sin pruebas",
    "sin aportar pruebas",
    "desmintió",
    "desmiente",
    "negó",
]

# "withdrew toward the Hamrin mountains", "fled toward Erbil": where people went, not where it
# happened.
DIRECTION_WORDS: list[str] = [
    "hacia",
    "en dirección a",
    "rumbo a",
]

# "Fighting still goes on in the old city": after a place was taken, fighting that goes on is
# another event.
STILL_WORDS: list[str] = [
    "todavía",
    "aún",
    "continúan",
    "siguen",
]

# "opposition from the government in Baghdad": the place stands for who governs there, not for
# where it happened.
GOVERNMENT_WORDS: list[str] = [
    "gobierno de",
    "autoridades de",
    "régimen de",
]

# "attacked three posts with grenades and snipers": weapons beside small arms are the means of
# a fight, not an event of their own kind.
SMALL_ARMS: list[str] = [
    "armas ligeras",
    "francotiradores",
    "ametralladoras",
    "fusiles",
    "armas automáticas",
]

# "the liberated areas", "les zones libérées": a place-changing word that describes areas is
# no event.
AREA_WORDS: list[str] = [
    "zonas",
    "áreas",
    "territorios",
    "regiones",
]

# "planned new attacks", "threatened to strike", "fighting could break out": what has not
# happened.
PLAN_WORDS: list[str] = [
    "planeaba",
    "planeaban",
    "amenazó con",
    "amenaza con",
    "podría",
    "podrían",
    "teme",
    "temen",
]

# Joins the parts of a split toll ("two soldiers and one policeman"), which add up.
LIST_CONJUNCTIONS: list[str] = ["y", "e"]

# Introduces a part of a toll already counted ("246 dead, including 135 civilians").
SUBSET_WORDS: list[str] = ["entre ellos", "de los cuales", "incluidos"]

NEAR_WORDS: list[str] = [
    "cerca de",
    "cerca del",
    "en las afueras de",
    "a las afueras de",
    "afueras de",
    "en las inmediaciones de",
    "inmediaciones de",
    "en los alrededores de",
    "alrededores de",
    "no lejos de",
    "junto a",
    "próximo a",
    "en las proximidades de",
    "en las cercanías de",
    "al norte de",
    "al sur de",
    "al este de",
    "al oeste de",
    "al noreste de",
    "al noroeste de",
    "al sureste de",
    "al suroeste de",
]

# A sentence with one of these speaks of a period or a trend ("attacks have increased in recent
# weeks"), not of one happening: it makes no event unless it names an exact day.
TREND_WORDS: list[str] = [
    "en las últimas semanas",
    "en los últimos meses",
    "desde principios de año",
    "desde comienzos de año",
    "a principios de este año",
    "dos semanas antes",
    "una semana antes",
    "semanas antes",
    "han aumentado",
    "ha aumentado",
    "ha intensificado",
    "han intensificado",
    "se han multiplicado",
    "regularmente",
    "con frecuencia",
    "cada semana",
    # comparisons with the past: commentary on an event, not another one
    "el más mortífero",
    "el más sangriento",
    "el peor ataque",
    "ataques anteriores",
    "ataques similares",
]

TRIGGERS: dict[str, list[str]] = {
    "Armed clash": [
        "ofensiva",
        "asalto",
        "atacaron",
        "ataque contra",
        "enfrentamiento",
        "se enfrentaron",
        "combate",
        "combatieron",
        "choque armado",
        "intercambio de disparos",
        "tiroteo",
        "emboscada",
        "batalla",
        "repelieron",
        "balacera",
        "choques",
        "intercambiaron disparos",
    ],
    "Government regains territory": [
        "recuperaron el",
        "recuperó el",
        "recuperaron la",
        "recuperó la",
        "reconquist",
        "retomó",
        "retomaron",
        "liberó",
        "liberaron",
        "liberación",
        "recobró el control",
        "recuperó el control",
        "volvió a controlar",
        "victoria sobre",
        "victoria contra",
    ],
    "Non-state actor overtakes territory": [
        "tomaron el control",
        "tomó el control",
        "se apoderaron",
        "se apoderó",
        "capturaron",
        "conquistaron",
        "ocuparon",
        "cayó en manos",
        "tomaron la ciudad",
        "tomaron el pueblo",
        "control total de",
        "control completo de",
    ],
    "Chemical weapon": [
        "arma química",
        "armas químicas",
        "ataque químico",
        "cloro",
        "sarín",
        "gas tóxico",
        "gas mostaza",
        "agente nervioso",
        "gas venenoso",
        "cloropicrina",
        "sustancias químicas",
    ],
    "Air/drone strike": [
        "bombardeo aéreo",
        "ataque aéreo",
        "ataques aéreos",
        "ataque con dron",
        "dron",
        "drones",
        "aviones de combate",
        "avión de combate",
        "bombarde",
        "helicóptero artillado",
        "fuerza aérea",
        "aviación",
    ],
    "Suicide bomb": [
        "atentado suicida",
        "ataque suicida",
        "terrorista suicida",
        "suicida",
        "se inmoló",
        "chaleco explosivo",
        "cinturón explosivo",
        "coche bomba suicida",
        "hombre bomba",
        "se hizo estallar",
        "cinturón de explosivos",
    ],
    "Shelling/artillery/missile attack": [
        "artillería",
        "obús",
        "obuses",
        "cohete",
        "misil",
        "mortero",
        "proyectil",
        "katiusha",
        "balístico",
        "cañoneo",
        "bombardeo con artillería",
        "cilindro",
    ],
    "Remote explosive/landmine/IED": [
        "artefacto explosivo",
        "explosivo improvisado",
        "coche bomba",
        "carro bomba",
        "mina antipersona",
        "mina terrestre",
        "minas",
        "bomba al borde",
        "bomba casera",
        "una mina",
        "pisó una mina",
        "moto bomba",
        "detonado a distancia",
        "bomba adosada",
        "detonaron",
    ],
    "Grenade": [
        "granada",
        "granadas",
        "ataque con granada",
        "lanzó una granada",
        "arrojaron una granada",
    ],
    "Attack": [
        "masacre",
        "ejecutaron",
        "asesin",
        "mataron a civiles",
        "abrieron fuego contra",
        "atacaron la aldea",
        "atacaron el pueblo",
        "decapitad",
        "acribillad",
        "matanza",
        "sicarios",
        "pistoleros",
        "hombres armados",
    ],
    "Abduction/forced disappearance": [
        "secuestr",
        "rapt",
        "rehén",
        "rehenes",
        "desaparición forzada",
        "desaparecid",
        "privado de la libertad",
        "se llevaron a",
        "plagiad",
    ],
    "Sexual violence": [
        "violación",
        "violaciones",
        "violaron",
        "violada",
        "violencia sexual",
        "agresión sexual",
        "abuso sexual",
        "esclavitud sexual",
        "abusaron sexualmente",
        "violar",
    ],
    "Peaceful protest": [
        "protest",
        "manifestaci",
        "manifestante",
        "una marcha",
        "marcha pacífica",
        "marcharon",
        "concentración",
        "plantón",
        "huelga",
        "sentada",
        "movilización",
        "vigilia",
        "se concentraron",
    ],
    "Protest with intervention": [
        "gas lacrimógeno",
        "gases lacrimógenos",
        "dispers",
        "cañón de agua",
        "cañones de agua",
        "balas de goma",
        "desaloj",
        "antidisturbios",
    ],
    "Excessive force against protesters": [
        "dispararon contra manifestantes",
        "dispararon contra los manifestantes",
        "abrieron fuego contra manifestantes",
        "balas reales",
        "munición real",
        "manifestante muerto",
        "manifestantes muertos",
        "dispararon contra la multitud",
        "baleado por",
        "fuego contra una marcha",
    ],
    "Violent demonstration": [
        "disturbios",
        "motín",
        "saque",
        "incendiaron",
        "quemaron",
        "barricadas",
        "lanzaron piedras",
        "cóctel molotov",
        "cócteles molotov",
        "asaltaron",
        "irrumpieron",
        "prendió fuego",
        "apedre",
    ],
    "Mob violence": [
        "linch",
        "turba",
        "muchedumbre enfurecida",
        "justicia por mano propia",
        "golpeado hasta la muerte",
        "quemado vivo",
        "riña",
        "enfrentamiento entre vecinos",
        "golpearon",
        "palos",
    ],
    "Arrests": [
        "detuv",
        "detenid",
        "arrest",
        "captur",
        "aprehend",
        "redada",
        "bajo custodia",
    ],
    "Agreement": [
        "alto el fuego",
        "cese al fuego",
        "cese del fuego",
        "acuerdo",
        "tregua",
        "acuerdo de paz",
        "canje de prisioneros",
        "intercambio de prisioneros",
        "firmaron",
        "pacto",
    ],
    "Change to group/activity": [
        "rendición",
        "se rindieron",
        "nuevo líder",
        "nuevo jefe",
        "fusión",
        "se fusionaron",
        "disolución",
        "escisión",
        "disidencia",
        "juró lealtad",
        "depusieron las armas",
        "desmoviliz",
        "desertaron",
        "nuevo comandante",
        "alianza",
    ],
    "Disrupted weapons use": [
        "desactiv",
        "arsenal",
        "alijo de armas",
        "decomis",
        "incaut",
        "interceptó",
        "interceptaron",
        "derrib",
        "frustr",
        "desminado",
        "zulo",
        "depósito de",
    ],
    "Headquarters or base established": [
        "instalaron una base",
        "establecieron una base",
        "instalaron un campamento",
        "establecieron un campamento",
        "cuartel general",
        "nueva base",
        "nuevo puesto",
        "base de operaciones",
    ],
    "Looting/property destruction": [
        "saque",
        "pillaje",
        "incendiaron viviendas",
        "quemaron casas",
        "destruyeron",
        "arrasaron",
        "vandaliz",
        "robaron",
        "incendiaron",
    ],
    "Non-violent transfer of territory": [
        "entregó",
        "entregaron",
        "sin combate",
        "sin resistencia",
        "se retiraron de",
        "se replegaron",
        "traspaso",
        "cedieron",
        "sin disparar",
    ],
    "Other": [
        "despleg",
        "refuerzos",
        "envió tropas",
        "elecciones",
        "referéndum",
        "toque de queda",
        "golpe de estado",
        "estado de emergencia",
        "estado de excepción",
        "fuga de presos",
        "se fugaron",
        "ley marcial",
        "cierre de fronteras",
        "disolución del gobierno",
    ],
}

# Just before an actor's name, these make it the side acted upon (actor2) or the one acting
# (actor1): "an attack against the PMF", "claimed by Islamic State".
TARGET_WORDS: list[str] = [
    "contra",
    "victoria sobre",
    "victoria contra",
    "liberada de",
    "liberado de",
    "arrebatada a",
    "arrebatado a",
]
AGENT_WORDS: list[str] = [
    "llevado a cabo por",
    "reivindicado por",
    "atacado por",
    "atacada por",
    "atacados por",
    "atacadas por",
    "asesinado por",
    "asesinados por",
    "secuestrado por",
    "secuestrados por",
]

# Just before a strike or shelling trigger, these make it fire in support of another side's
# operation ("backed by air strikes"): part of that operation, not an event of its own.
SUPPORT_WORDS: list[str] = [
    "apoyado por",
    "apoyados por",
    "apoyadas por",
    "con el apoyo",
    "con apoyo",
    "respaldado por",
    "respaldados por",
    "apoya",
    "apoyan",
    "bajo la cobertura",
]

# A time distance to another happening ("three days after an attack … killed two"), or the
# happening this one answers ("in retaliation for a rocket attack that killed two"): the toll
# and places after it are that happening's, not this one's (regular expressions).
EARLIER_EVENT: list[str] = [r"\w+ días? después", r"\w+ semanas? después"]

# The units an EARLIER_EVENT phrase counts back in, as the start of the unit's word → days
# ("three days after" is 3 × 1 days before the event told; a phrase with no figure counts one).
EARLIER_BY: dict[str, int] = {
    "día": 1,
    "semana": 7,
}

# A toll counted over a whole campaign ("over 3,000 killed since the start of the offensive"):
# no one happening's toll.
CUMULATIVE: list[str] = [
    "desde el inicio",
    "desde el comienzo",
    "en la batalla por",
    "en los combates por",
    r"en represalia por",
    r"en respuesta a",
    r"para vengar",
]

# Compass words: just before a place ("north of Baghdad", "nördlich von Bagdad", "شمال بغداد")
# they say the event was somewhere else, seen from that place.
COMPASS_WORDS: list[str] = [
    "norte",
    "sur",
    "este",
    "oeste",
    "noreste",
    "noroeste",
    "sureste",
    "suroeste",
]

# Just before an event word, these make it a past happening the sentence dates from ("the
# first election since the victory over IS"), not one it reports.
SINCE_WORDS: list[str] = ["desde", "desde la", "desde el"]

# Next to a date, these make it the day something was said ("officials said on Monday"), which in
# a sentence with another date is not the day it happened.
REPORTING_WORDS: list[str] = [
    "dijo",
    "anunció",
    "informó",
    "declaró",
    "confirmó",
    "afirmó",
    "señaló",
]

# Who a report has its facts from ("according to the coalition"): the source, not the actor.
SOURCE_WORDS: list[str] = [
    "según",
]
