"""Paragraphs that crawled news carries around the report itself, in our languages.

Each pattern matches a whole paragraph (after whitespace is normalised). Kept as data, apart from
the code that applies it, so that adding a language or an outlet's habit is adding a line.
"""

import re
import unicodedata

_SHORT = r".{0,160}"

PHOTO_CREDITS = [
    rf"(foto|photo|bild|kuva|image|illustration|صورة|الصورة)\s*:{_SHORT}",
    rf"{_SHORT}(/|\|)\s*(AFP|Reuters|AP|NTB|TT|EPA|dpa|Scanpix|Getty Images|ANP)\s*(photo)?\.?",
    r"\(?(AFP|Reuters|AP|EPA|dpa|Getty Images)( photo)?\)?\s*[.\u00b7-]?",
]
SHARE_WIDGETS = [
    r"(del|dela|deel|share|partager|teilen|compartir|condividi|شارك)"
    r"( (artikkelen|artikeln|this article|l'article|cet article|den artikel|المقال|on \w+))?\s*:?",
    r"(expand|utvid|visa mer|vis mer|lire la suite|mehr anzeigen|show more|copy link|"
    r"kopiera länk|kopier lenke|copier le lien|link kopieren|facebook|twitter|x|linkedin|e-?mail)",
    r"(share|partager|teilen|del|dela)(\s*[|·•]\s*\w+){1,6}",
]
READ_ALSO = [
    rf"(les også|läs också|lire aussi|à lire aussi|lesen sie auch|read more|read also|see also|"
    rf"se også|se även|mehr zum thema|related|relaterte saker|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا)"
    rf"\s*[:：»>|-]{_SHORT}",
]
PAYWALL = [
    r"(you have|il vous reste|du har|sie haben|لديك|تبقّى لك|تبقى لك)\s*\d+\s*[%٪].{0,120}",
    r".{0,120}(réservée? aux abonnés|reserved for subscribers|subscribers only|"
    r"forbeholdt abonnenter|endast för prenumeranter|nur für abonnenten|"
    r"for abonnenter|för prenumeranter|abonnez-vous|subscribe to (read|continue)|"
    r"bli abonnent|bli prenumerant|jetzt abonnieren|للمشتركين فقط).{0,120}",
]
COMMENT_FORMS = [
    r"(leave a (comment|reply)|write a comment|post a comment|\d* ?comments?|"
    r"kommentarer|kommentera|kommenter|laisser un commentaire|réagir|\d* ?commentaires?|"
    r"kommentieren|\d* ?kommentare|اترك تعليقا|التعليقات|أضف تعليق)\s*:?",
    r"your email address will not be published.{0,200}",
    r"(name|nom|namn|navn)\s*\*?\s*(e-?mail|e-?post)\s*\*?.{0,80}",
]
NAVIGATION = [
    r"(skip to (main )?content|skip to navigation|jump to (main )?content)(\s*skip to \w+)*",
    r"(advertisement|anzeige|publicidad|pubblicità|annonse|annons|reklam|إعلان|реклама)",
    r"(sign up (to|for) (our|the) [\w ]{0,40}newsletter.{0,80}|"
    r"abonnez-vous à (notre|la) newsletter.{0,80}|newsletter abonnieren.{0,80})",
    r"this article is more than \d+ (years?|months?) old",
    r"(fil d'ariane|breadcrumb|загрузить ещ[её]|load more|mehr laden|cargar más)",
]
COOKIE_NOTICES = [
    r".{0,200}(we use cookies|nous utilisons des cookies|vi bruker informasjonskapsler|"
    r"vi använder cookies|wir verwenden cookies|نستخدم ملفات تعريف الارتباط).{0,300}",
]

# A reader's comment under the report ("At 16:28 3rd Mar 2012, BluesBerry wrote:") starts the
# comment section: from that line on, nothing is the report (and its dates would count as news).
COMMENT_HEADERS = [
    r"(x\s+)?(at|le|am|den|på|kl\.?)?\s*\d{1,2}\s*[:.h]\s*\d{2}\b.{0,80}?"
    r"\b(wrote|a écrit|schrieb|skrev|escribió|ha scritto|كتب)\s*:.*",
]
COMMENT_SECTION = [
    re.compile(unicodedata.normalize("NFC", rf"^(?:{pattern})$"), re.IGNORECASE)
    for pattern in COMMENT_HEADERS
]

ALL = [
    re.compile(unicodedata.normalize("NFC", rf"^(?:{pattern})$"), re.IGNORECASE)
    for group in (
        PHOTO_CREDITS,
        SHARE_WIDGETS,
        READ_ALSO,
        PAYWALL,
        COMMENT_FORMS,
        NAVIGATION,
        COOKIE_NOTICES,
    )
    for pattern in group
]
