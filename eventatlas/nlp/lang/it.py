"""Italian words for dates, numbers and events."""

CODE = "it"

# What may be written onto the front of a trigger word (none in this language).
WORD_PREFIX = ""

WEEKDAYS: dict[str, int] = {
    "lunedì": 0,
    "lunedi": 0,
    "martedì": 1,
    "martedi": 1,
    "mercoledì": 2,
    "mercoledi": 2,
    "giovedì": 3,
    "giovedi": 3,
    "venerdì": 4,
    "venerdi": 4,
    "sabato": 5,
    "sabati": 5,
    "domenica": 6,
    "domeniche": 6,
}

# No bare "gen" (the general, "gen. Graziano"), "mar" ("Mar Nero"), "set", "ago" or "giu":
# only the dotted forms, which match before a year.
MONTHS: dict[str, int] = {
    "gennaio": 1,
    "gen.": 1,
    "febbraio": 2,
    "feb": 2,
    "feb.": 2,
    "marzo": 3,
    "mar.": 3,
    "aprile": 4,
    "apr": 4,
    "apr.": 4,
    "maggio": 5,
    "mag.": 5,
    "magg.": 5,
    "giugno": 6,
    "giu.": 6,
    "luglio": 7,
    "lug": 7,
    "lug.": 7,
    "agosto": 8,
    "ago.": 8,
    "settembre": 9,
    "set.": 9,
    "sett.": 9,
    "ottobre": 10,
    "ott": 10,
    "ott.": 10,
    "novembre": 11,
    "nov": 11,
    "nov.": 11,
    "dicembre": 12,
    "dic": 12,
    "dic.": 12,
}
# Month names are written in lower case, so case tells nothing
MONTHS_CAPITALISED = False

RELATIVE_DAYS: dict[str, int] = {
    "oggi": 0,
    "stamattina": 0,
    "stamani": 0,
    "stamane": 0,
    "questa mattina": 0,
    "questo pomeriggio": 0,
    "oggi pomeriggio": 0,
    "stasera": 0,
    "questa sera": 0,
    "ieri": -1,
    "ieri mattina": -1,
    "ieri pomeriggio": -1,
    "ieri sera": -1,
    "ieri notte": -1,
    # the night just past, coded to the day it began, as "last night"
    "stanotte": -1,
    "questa notte": -1,
    "la scorsa notte": -1,
    "la notte scorsa": -1,
    "il giorno prima": -1,
    "il giorno precedente": -1,
    "la sera prima": -1,
    "l'altro ieri": -2,
    "l’altro ieri": -2,
    "l'altroieri": -2,
    "l’altroieri": -2,
    "ieri l'altro": -2,
    "ieri l’altro": -2,
    "avantieri": -2,
    "due giorni fa": -2,
    "tre giorni fa": -3,
}

# After a day word, these make it "that same day" of the event told before, not the day it
# names ("في اليوم نفسه" is not "today"); only Arabic's "today" is also "the day".
SAME_DAY_AFTER: list[str] = []

# Days ago, said in weeks: the report looks back on something past, never today's news.
WEEKS_AGO: dict[str, int] = {
    "una settimana fa": 7,
    "dieci giorni fa": 10,
    "due settimane fa": 14,
    "quindici giorni fa": 14,
    "tre settimane fa": 21,
}

NIGHT_BEFORE: dict[str, int] = {
    "nella notte tra": 0,
    "nella notte fra": 0,
    "la notte tra": 0,
    "la notte fra": 0,
    "nella notte di": 0,
    "la notte di": 0,
    "nella nottata di": 0,
    "nelle prime ore di": 0,
    "all'alba di": 0,
    "all’alba di": 0,
    "alla vigilia di": -1,
}

PREVIOUS_WEEK: list[str] = [
    "della settimana scorsa",
    "della scorsa settimana",
    "la settimana scorsa",
    "la scorsa settimana",
    "della settimana precedente",
    "la settimana precedente",
    "di una settimana fa",
]

YEAR_PREFIXES: list[str] = [
    "nel",
    "dal",
    "fino al",
    "sino al",
    "entro il",
    "prima del",
    "dopo il",
    "durante il",
    "del",
    "il",
    "tra il",
    "a partire dal",
    "alla fine del",
    "all'inizio del",
    "all’inizio del",
    "a metà del",
    "a fine",
    "a inizio",
    "fine",
    "inizio",
    "nel corso del",
    "nell'anno",
    "nell’anno",
    "nell'estate del",
    "nell’estate del",
    "nella primavera del",
    "nell'autunno del",
    "nell’autunno del",
    "nell'inverno del",
    "nell’inverno del",
]

NUMBER_WORDS: dict[str, int] = {
    "un": 1,
    "uno": 1,
    "una": 1,
    "due": 2,
    "un paio di": 2,
    "tre": 3,
    "quattro": 4,
    "cinque": 5,
    "sei": 6,
    "sette": 7,
    "otto": 8,
    "nove": 9,
    "dieci": 10,
    "undici": 11,
    "dodici": 12,
    "tredici": 13,
    "quattordici": 14,
    "quindici": 15,
    "sedici": 16,
    "diciassette": 17,
    "diciotto": 18,
    "diciannove": 19,
    "venti": 20,
    "trenta": 30,
    "quaranta": 40,
    "cinquanta": 50,
    "sessanta": 60,
    "settanta": 70,
    "ottanta": 80,
    "novanta": 90,
    "cento": 100,
    "mille": 1000,
    "dozzina": 12,
    "una dozzina": 12,
    "dozzine": 12,
    "decine": 12,
    "decina": 10,
    "una decina": 10,
    "quindicina": 15,
    "una quindicina": 15,
    "ventina": 20,
    "una ventina": 20,
    "trentina": 30,
    "una trentina": 30,
    "quarantina": 40,
    "una quarantina": 40,
    "cinquantina": 50,
    "una cinquantina": 50,
    "centinaio": 100,
    "un centinaio": 100,
    "centinaia": 100,
    "migliaio": 1000,
    "un migliaio": 1000,
    "migliaia": 1000,
    "decine di migliaia": 10000,
    "centinaia di migliaia": 100000,
}

LOWER_BOUND: list[str] = [
    "almeno",
    "più di",
    "oltre",
    "non meno di",
    "un minimo di",
    "minimo",
    "poco più di",
    "ben oltre",
    "più di un",
    "più di una",
]

APPROXIMATE: list[str] = [
    "circa",
    "quasi",
    "intorno a",
    "intorno ai",
    "intorno alle",
    "attorno ai",
    "attorno alle",
    "all'incirca",
    "all’incirca",
    "approssimativamente",
    "fino a",
    "sino a",
    "poco meno di",
    "una stima di",
    "più o meno",
]

# Of APPROXIMATE, those meaning a little fewer: "nearly a dozen" killed are at most eleven.
SHORT_OF: list[str] = [
    "quasi",
    "poco meno di",
]

# Words setting one source's figure against another's: "the PMF put the toll at 11, while an
# official said eight had died". ACLED then keeps the lowest.
CONTRAST_WORDS: list[str] = [
    "mentre",
    "ma",
]

# Not "mort" or "morta": "mortaio", "mortai" are mortars.
DEATH_WORDS: list[str] = [
    "morti",
    "morto",
    "morte",
    "è morta",
    "sono morte",
    "morirono",
    "uccis",
    "uccid",
    "decedut",
    "decess",
    "vittime",
    "hanno perso la vita",
    "ha perso la vita",
    "perso la vita",
    "senza vita",
    "cadaveri",
    "giustiziat",
    "ammazzat",
    "trucidat",
    "massacr",
    "strage",
]

# Not "feri": "ferie" are holidays.
INJURY_WORDS: list[str] = [
    "ferit",
    "ferim",
    "ferend",
    "ferir",
    "feris",
    "contus",
    "lesion",
    "ricoverat",
    "ustionat",
    "mutilat",
]

SIZE_WORDS: list[str] = [
    "soldat",
    "militar",
    "combattent",
    "milizian",
    "guerriglier",
    "insort",
    "ribell",
    "manifestant",
    "dimostrant",
    "poliziott",
    "agenti",
    "carabinier",
    "jihadist",
    "terrorist",
    "paramilitar",
    "mercenar",
    "uomini",
    "truppe",
    "effettivi",
    "commando",
    "militant",
    "partecipant",
]

# "No one was killed": a reported toll of zero, which ACLED codes as 0, not as unknown;
# " * " stands for up to three words ("no American or Iraqi casualties").
NO_CASUALTIES: list[str] = [
    "nessuna vittima",
    "nessun morto",
    "nessun ferito",
    "nessun * è rimasto ucciso",
    "nessun * è stato ucciso",
    "nessuno è rimasto ucciso",
    "nessuno è stato ucciso",
    "nessuno è morto",
    "nessuno è rimasto ferito",
    "non ci sono state vittime",
    "non ci sono vittime",
    "non si registrano vittime",
    "non si segnalano vittime",
    "non risultano vittime",
    "senza causare vittime",
    "non ha causato vittime",
    "non hanno causato vittime",
    "non ha provocato vittime",
    "senza vittime",
]

# "None of the 70 soldiers was hurt": a toll of zero.
NONE_OF: list[str] = [
    "nessuno dei",
    "nessuna delle",
    "nessuno degli",
]

# "the death toll has risen to 15", "le bilan s'élève à": the figure the toll reaches is of
# the dead.
TOLL_WORDS: list[str] = [
    "bilancio",
    "numero dei morti",
    "numero delle vittime",
]

# "Four of the attackers were also killed": a figure that adds to the toll told before.
ALSO_WORDS: list[str] = [
    "anche",
]

# One person named by a noun ("a soldier was killed", "en soldat dödades", "قتل جندي"); in
# Arabic the noun's dual ("جنديان", "متظاهران") is two.
PERSON_WORDS: list[str] = [
    "soldato",
    "civile",
    "poliziotto",
    "combattente",
    "bambino",
    "uomo",
    "donna",
    "membro",
    "manifestante",
    "militante",
    "lavoratore",
    "guardia",
    "giornalista",
    "autista",
    "pastore",
    "agricoltore",
    "passante",
    "ragazzo",
    "ragazza",
    "funzionario",
]

# "killing the driver", "le chauffeur a été tué": a singular article before a person's noun
# (languages that put "the" on the noun itself have none).
SINGULAR_ARTICLES: list[str] = [
    "il",
    "lo",
    "la",
]

# A figure of a measure ("dozens of metres", "three days") counts no people.
MEASURE_WORDS: list[str] = [
    "metri",
    "chilometri",
    "km",
    "ore",
    "giorni",
    "minuti",
    "anni",
]

# A sentence that opens "at the same time" or "elsewhere" tells another happening.
SIMULTANEOUS_WORDS: list[str] = [
    "contemporaneamente",
    "allo stesso tempo",
    "nel frattempo",
    "altrove",
]

# "The attack", "this strike": an event word after these points back to a happening told
# before.
REFERRING_WORDS: list[str] = [
    "il",
    "lo",
    "la",
    "l'",
    "questo",
    "questa",
    "quel",
    "quella",
]

# Event nouns in their definite form ("attacken", "angrepet", "الهجوم"): the happening told
# before, as "the attack" is.
DEFINITE_EVENT_WORDS: list[str] = []

# "Nine other people died besides Soleimani": a figure of the dead beside those named.
OTHERS_WORDS: list[str] = [
    "altri",
    "altre",
]

# "claimed, without evidence, that 80 died", "which the US denies": a toll nobody stands by.
UNSUPPORTED_WORDS: list[str] = [
    "senza prove",
    "senza fornire prove",
    "smentito",
    "smentisce",
    "ha negato",
]

# "withdrew toward the Hamrin mountains", "fled toward Erbil": where people went, not where it
# happened.
DIRECTION_WORDS: list[str] = [
    "verso",
    "in direzione di",
]

# "Fighting still goes on in the old city": after a place was taken, fighting that goes on is
# another event.
STILL_WORDS: list[str] = [
    "ancora",
    "continuano",
    "proseguono",
]

# "opposition from the government in Baghdad": the place stands for who governs there, not for
# where it happened.
GOVERNMENT_WORDS: list[str] = [
    "governo di",
    "autorità di",
    "regime di",
]

# "attacked three posts with grenades and snipers": weapons beside small arms are the means of
# a fight, not an event of their own kind.
SMALL_ARMS: list[str] = [
    "armi leggere",
    "cecchini",
    "mitragliatrici",
    "fucili",
    "armi automatiche",
]

# "the liberated areas", "les zones libérées": a place-changing word that describes areas is
# no event.
AREA_WORDS: list[str] = [
    "zone",
    "aree",
    "territori",
    "regioni",
]

# "planned new attacks", "threatened to strike", "fighting could break out": what has not
# happened.
PLAN_WORDS: list[str] = [
    "pianificava",
    "minacciato di",
    "minaccia di",
    "potrebbe",
    "potrebbero",
    "teme",
    "temono",
]

# Joins the parts of a split toll ("two soldiers and one policeman"), which add up.
LIST_CONJUNCTIONS: list[str] = ["e", "ed"]

# Introduces a part of a toll already counted ("246 dead, including 135 civilians").
SUBSET_WORDS: list[str] = [
    "tra cui",
    "fra cui",
    "tra i quali",
    "tra le quali",
    "fra i quali",
    "fra le quali",
    "di cui",
    "tra loro",
    "inclusi",
    "incluse",
    "compresi",
    "comprese",
]

NEAR_WORDS: list[str] = [
    "nei pressi di",
    "nei pressi del",
    "nei pressi della",
    "presso",
    "vicino a",
    "vicino al",
    "vicino alla",
    "alla periferia di",
    "nella periferia di",
    "periferia di",
    "alle porte di",
    "nelle vicinanze di",
    "in prossimità di",
    "non lontano da",
    "poco lontano da",
    "a pochi chilometri da",
    "fuori",
    "appena fuori",
    "nei dintorni di",
    "a nord di",
    "a sud di",
    "a est di",
    "a ovest di",
    "a nord-est di",
    "a nordest di",
    "a nord-ovest di",
    "a nordovest di",
    "a sud-est di",
    "a sudest di",
    "a sud-ovest di",
    "a sudovest di",
]

# A sentence with one of these speaks of a period or a trend ("attacks have increased in recent
# weeks"), not of one happening: it makes no event unless it names an exact day.
TREND_WORDS: list[str] = [
    "nelle ultime settimane",
    "negli ultimi mesi",
    "nelle scorse settimane",
    "nei mesi scorsi",
    "negli ultimi tempi",
    "dall'inizio dell'anno",
    "dall’inizio dell’anno",
    "da inizio anno",
    "all'inizio dell'anno",
    "all’inizio dell’anno",
    "settimane prima",
    "una settimana prima",
    "due settimane prima",
    "giorni prima",
    "sono aumentati",
    "sono aumentate",
    "è aumentato",
    "sono in aumento",
    "in aumento",
    "ha intensificato",
    "hanno intensificato",
    "si sono moltiplicati",
    "si sono intensificati",
    "regolarmente",
    "frequentemente",
    "di frequente",
    "ogni settimana",
    "ogni giorno",
    "sempre più frequenti",
    # comparisons with the past: commentary on an event, not another one
    "il più sanguinoso",
    "il più letale",
    "il peggiore attacco",
    "attacchi precedenti",
    "attacchi simili",
]

TRIGGERS: dict[str, list[str]] = {
    "Armed clash": [
        "offensiv",
        "assalto",
        "hanno attaccato",
        "attaccato le postazioni",
        "attacco contro",
        "scontri",
        "scontro a fuoco",
        "conflitto a fuoco",
        "scambio di colpi",
        "scambio di fuoco",
        "fuoco incrociato",
        "combattimenti",
        "combattimento",
        "hanno combattuto",
        "battaglia",
        "sparatoria",
        "imboscata",
        "respinto l'attacco",
        "respinto un attacco",
        "si sono scontrati",
    ],
    "Government regains territory": [
        "riconquist",
        "ripreso il controllo",
        "ripreso la città",
        "ripreso il villaggio",
        "liberat",
        "liberazione",
        "tornata sotto il controllo",
        "tornato sotto il controllo",
        "sotto il controllo del governo",
        "sotto il controllo governativo",
        "cacciati da",
        "scacciat",
        "strappato ai",
        "vittoria sull",
        "vittoria contro",
    ],
    "Non-state actor overtakes territory": [
        "preso il controllo",
        "conquistat",
        "conquista di",
        "espugnat",
        "hanno occupato",
        "ha occupato",
        "caduta nelle mani",
        "caduto nelle mani",
        "in mano ai",
        "si sono impadroniti",
        "si è impadronito",
        "impossessat",
        "presa della città",
        "sono entrati in",
        "sono avanzati",
        "pieno controllo",
        "controllo totale",
    ],
    "Chemical weapon": [
        "arma chimica",
        "armi chimiche",
        "attacco chimico",
        "cloro",
        "sarin",
        "gas nervino",
        "agente nervino",
        "iprite",
        "gas mostarda",
        "gas tossic",
        "gas velenos",
        "sostanze chimiche",
        "sostanza tossica",
        "cloropicrina",
    ],
    "Air/drone strike": [
        "raid aere",
        "attacco aereo",
        "attacchi aerei",
        "bombardamento aereo",
        "bombardamenti aerei",
        "bombardat",
        "incursione aerea",
        "incursioni aeree",
        "drone",
        "droni",
        "aerei da guerra",
        "cacciabombardier",
        "aerei militari",
        "jet",
        "elicotteri da combattimento",
        "elicottero",
        "aviazione",
        "aeronautica",
    ],
    "Suicide bomb": [
        "kamikaze",
        "attentato suicida",
        "attacco suicida",
        "attentatore suicida",
        "attentatrice suicida",
        "si è fatto esplodere",
        "si è fatta esplodere",
        "si sono fatti esplodere",
        "farsi esplodere",
        "cintura esplosiva",
        "giubbotto esplosivo",
        "imbottito di esplosivo",
    ],
    "Shelling/artillery/missile attack": [
        "artiglieria",
        "bombardament",
        "cannoneggiament",
        "razzo",
        "lancio di razzi",
        "lanciarazzi",
        "missil",
        "mortai",
        "obic",
        "katyusha",
        "balistic",
        "colpi di cannone",
        "granate di mortaio",
        "proietti d'artiglieria",
    ],
    "Remote explosive/landmine/IED": [
        "ordign",
        "esplosivo improvvisato",
        "ied",
        "autobomb",
        "auto bomba",
        "camion bomba",
        "mina antiuomo",
        "mine antiuomo",
        "mina anticarro",
        "mine anticarro",
        "mina terrestre",
        "mine terrestri",
        "una mina",
        "su una mina",
        "ciglio della strada",
        "bomba artigianale",
        "telecomandat",
        "esplodere a distanza",
        "attentato dinamitardo",
        "trappola esplosiva",
    ],
    "Grenade": [
        "granata",
        "granate",
        "bomba a mano",
        "bombe a mano",
        "lanciato una granata",
        "lancio di una granata",
        "lanciato granate",
    ],
    "Attack": [
        "uomini armati",
        "sicari",
        "massacr",
        "strage",
        "giustiziat",
        "esecuzion",
        "assassin",
        "freddat",
        "civili uccisi",
        "uccisi dei civili",
        "hanno aperto il fuoco su",
        "aperto il fuoco contro",
        "decapitat",
        "accoltellat",
        "sgozzat",
        "trucidat",
        "agguato",
        "attentato",
        "attaccato il villaggio",
        "inermi",
    ],
    "Abduction/forced disappearance": [
        "rapit",
        "rapiment",
        "sequestro di persona",
        "ostagg",
        "presi in ostaggio",
        "sparizione forzata",
        "sparizioni forzate",
        "scomparsa forzata",
        "scomparsi nel nulla",
        "fatti sparire",
        "fatto sparire",
        "prelevat",
        "portati via",
        "portato via",
        "riscatto",
    ],
    "Sexual violence": [
        "stupr",
        "violentat",
        "violenza sessuale",
        "violenze sessuali",
        "abusi sessuali",
        "abuso sessuale",
        "aggressione sessuale",
        "schiavitù sessuale",
        "molestie sessuali",
    ],
    "Peaceful protest": [
        "protest",
        "manifestazion",
        "manifestant",
        "dimostrazion",
        "dimostranti",
        "corteo",
        "cortei",
        "sit-in",
        "presidio davanti",
        "scioper",
        "fiaccolata",
        "veglia",
        "una marcia",
        "marcia pacifica",
        "scesi in piazza",
        "scese in piazza",
        "scendono in piazza",
        "mobilitazion",
    ],
    "Protest with intervention": [
        "gas lacrimogen",
        "lacrimogeni",
        "idranti",
        "cannoni ad acqua",
        "disperder",
        "disperso la folla",
        "disperso i manifestanti",
        "proiettili di gomma",
        "pallottole di gomma",
        "cariche della polizia",
        "carica della polizia",
        "caricato i manifestanti",
        "sgomber",
        "manganell",
        "spray al peperoncino",
        "antisommossa",
        "manifestanti arrestati",
        "manifestanti fermati",
        "non autorizzat",
    ],
    "Excessive force against protesters": [
        "sparato sui manifestanti",
        "sparato contro i manifestanti",
        "aperto il fuoco sui manifestanti",
        "aperto il fuoco contro i manifestanti",
        "sparato sulla folla",
        "aperto il fuoco sulla folla",
        "proiettili veri",
        "munizioni vere",
        "pallottole vere",
        "manifestanti uccisi",
        "manifestante ucciso",
        "manifestanti morti",
        "manifestante morto",
        "candelotto lacrimogeno",
    ],
    "Violent demonstration": [
        "disordini",
        "sommoss",
        "tumult",
        "guerriglia urbana",
        "incendiat",
        "dato alle fiamme",
        "dato fuoco",
        "barricat",
        "sassaiol",
        "lancio di pietre",
        "lanciato pietre",
        "molotov",
        "assaltato",
        "fatto irruzione",
        "vetrine infrante",
        "devastat",
        "scontri con la polizia",
        "black bloc",
    ],
    "Mob violence": [
        "linciat",
        "linciaggio",
        "folla inferocita",
        "folla infuriata",
        "giustizia sommaria",
        "giustizia fai da te",
        "picchiato a morte",
        "pestato a morte",
        "bruciato vivo",
        "bruciati vivi",
        "spedizione punitiva",
        "pestaggio",
        "rissa",
        "bastonate",
        "tifosi rivali",
        "pietre e bastoni",
    ],
    "Arrests": [
        "arrest",
        "sono stati fermati",
        "è stato fermato",
        "in stato di fermo",
        "detenut",
        "catturat",
        "in manette",
        "retata",
        "blitz",
        "custodia cautelare",
        "in custodia",
    ],
    "Agreement": [
        "cessate il fuoco",
        "tregua",
        "accordo",
        "intesa",
        "accordo di pace",
        "scambio di prigionieri",
        "firmato",
        "patto",
        "armistizio",
        "concordat",
        "mediazione",
    ],
    "Change to group/activity": [
        "la resa",
        "resa incondizionata",
        "si sono arresi",
        "si è arreso",
        "arrendersi",
        "nuovo leader",
        "nuovo capo",
        "nuovo comandante",
        "successore",
        "fusione",
        "si sono fusi",
        "scioglimento",
        "scission",
        "giurato fedeltà",
        "giuramento di fedeltà",
        "deposto le armi",
        "deporre le armi",
        "disertor",
        "smobilit",
        "nuova coalizione",
        "alleanza",
    ],
    "Disrupted weapons use": [
        "disinnesc",
        "arsenale",
        "deposito di armi",
        "armi sequestrate",
        "sequestro di armi",
        "sequestrate armi",
        "nascondiglio di armi",
        "intercettat",
        "abbattut",
        "sventat",
        "artificieri",
        "sminament",
        "smantellat",
        "rinvenute armi",
    ],
    "Headquarters or base established": [
        "nuova base",
        "allestito una base",
        "installato una base",
        "stabilito una base",
        "allestito un campo",
        "campo di addestramento",
        "quartier generale",
        "base operativa",
        "nuovo avamposto",
        "posto di comando",
        "nuova postazione",
        "istituito un nuovo",
    ],
    "Looting/property destruction": [
        "saccheggi",
        "razzia",
        "razzie",
        "depredat",
        "rubat",
        "incendiat",
        "dato alle fiamme",
        "distrutt",
        "raso al suolo",
        "rase al suolo",
        "vandali",
        "case bruciate",
        "bruciato case",
        "devastat",
    ],
    "Non-violent transfer of territory": [
        "consegnato",
        "ceduto il controllo",
        "passato sotto il controllo",
        "passaggio di consegne",
        "si sono ritirati",
        "si è ritirato",
        "ritiro delle truppe",
        "senza combattere",
        "senza resistenza",
        "senza sparare un colpo",
        "senza colpo ferire",
        "pacificamente",
        "trasferito il controllo",
        "hanno lasciato la città",
    ],
    "Other": [
        "dispiegat",
        "dispiegament",
        "rinforzi",
        "inviato truppe",
        "invio di truppe",
        "elezion",
        "referendum",
        "coprifuoco",
        "colpo di stato",
        "golpe",
        "stato di emergenza",
        "stato d'emergenza",
        "legge marziale",
        "evasione dal carcere",
        "detenuti evasi",
        "sono evasi",
        "fuga dal carcere",
        "sospeso la costituzione",
        "sciolto il governo",
        "parata militare",
        "lockdown",
    ],
}

# Just before an actor's name, these make it the side acted upon (actor2) or the one acting
# (actor1): "an attack against the PMF", "claimed by Islamic State".
TARGET_WORDS: list[str] = [
    "contro",
    "vittoria sull",
    "vittoria contro",
    "liberata da",
    "liberato da",
    "strappata a",
    "strappato a",
]
AGENT_WORDS: list[str] = [
    "da parte di",
    "rivendicato da",
    "attaccato da",
    "attaccata da",
    "attaccati da",
    "ucciso da",
    "uccisi da",
    "rapito da",
    "rapiti da",
]

# Just before a strike or shelling trigger, these make it fire in support of another side's
# operation ("backed by air strikes"): part of that operation, not an event of its own.
SUPPORT_WORDS: list[str] = [
    "appoggiato da",
    "appoggiati da",
    "sostenuto da",
    "sostenuti da",
    "con il supporto",
    "con l'appoggio",
    "con l’appoggio",
    "con il sostegno",
    "sostiene",
    "sostengono",
    "sotto la copertura",
]

# A time distance to another happening ("three days after an attack … killed two"), or the
# happening this one answers ("in retaliation for a rocket attack that killed two"): the toll
# and places after it are that happening's, not this one's (regular expressions).
EARLIER_EVENT: list[str] = [r"\w+ giorni? dopo", r"\w+ settimane? dopo"]

# The units an EARLIER_EVENT phrase counts back in, as the start of the unit's word → days
# ("three days after" is 3 × 1 days before the event told; a phrase with no figure counts one).
EARLIER_BY: dict[str, int] = {
    "giorn": 1,
    "settiman": 7,
}

# A toll counted over a whole campaign ("over 3,000 killed since the start of the offensive"):
# no one happening's toll.
CUMULATIVE: list[str] = [
    "dall'inizio",
    "dall’inizio",
    "nella battaglia per",
    "nei combattimenti per",
    r"per rappresaglia",
    r"in risposta a",
    r"per vendicare",
]

# Compass words: just before a place ("north of Baghdad", "nördlich von Bagdad", "شمال بغداد")
# they say the event was somewhere else, seen from that place.
COMPASS_WORDS: list[str] = [
    "nord",
    "sud",
    "est",
    "ovest",
    "nord-est",
    "nord-ovest",
    "sud-est",
    "sud-ovest",
]

# Just before an event word, these make it a past happening the sentence dates from ("the
# first election since the victory over IS"), not one it reports.
SINCE_WORDS: list[str] = ["da quando", "sin dalla", "sin dal", "fin dalla", "fin dal"]

# Next to a date, these make it the day something was said ("officials said on Monday"), which in
# a sentence with another date is not the day it happened.
REPORTING_WORDS: list[str] = [
    "ha detto",
    "ha annunciato",
    "ha dichiarato",
    "ha confermato",
    "ha riferito",
    "ha affermato",
]

# Who a report has its facts from ("according to the coalition"): the source, not the actor.
SOURCE_WORDS: list[str] = [
    "secondo",
]
