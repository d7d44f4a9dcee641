"""One spelling per name: what the index stores and what text is looked up by.

Latin script: case-folded, accents off, apostrophes and ʿ/ʾ dropped inside words, hyphens as
spaces. Arabic script: short vowels and tatweel off, alef/yeh/teh marbuta variants unified.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’ʼʻʿʾ‘`´](?=[^\W\d_]))*")
_QUOTES = re.compile(r"['’ʼʻʿʾ‘`´]")
_ARABIC_MARKS = re.compile(r"[\u064b-\u065f\u0670\u0640]")
_ARABIC_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"}
)
ARABIC_PROCLITICS = ("و", "ف", "ب", "ل", "ك")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    key: str  # normalised
    text: str  # as written

    @property
    def arabic(self) -> bool:
        return "\u0600" <= self.text[0] <= "\u06ff"

    @property
    def capitalised(self) -> bool:
        return self.text[0].isupper()


@lru_cache(maxsize=1 << 16)  # a text's words repeat, and the gazetteers fold every one
def fold(word: str) -> str:
    if "\u0600" <= word[:1] <= "\u06ff":
        return _ARABIC_MARKS.sub("", unicodedata.normalize("NFC", word)).translate(_ARABIC_FOLD)
    decomposed = unicodedata.normalize("NFKD", _QUOTES.sub("", word).casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ß", "ss")


_ELISION = re.compile(r"^(?:[ldjsnmtc]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
# Lower-case particles that open Arabic and French names: al-Qaim, ad-Dawr, de Gaulle
NAME_PARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "ibn", "bin", "abu"}


@lru_cache(maxsize=4)  # places and actors are looked for in the same text, one after the other
def tokenize(text: str) -> tuple[Token, ...]:
    tokens = []
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        if elision := _ELISION.match(word):  # French l'EI, d'Irak: the name is after the quote
            start, word = start + elision.end(), word[elision.end() :]
        tokens.append(Token(start, start + len(word), fold(word), word))
    return tuple(tokens)


def name_key(name: str) -> str:
    """The index key of a whole name: its folded words joined by single spaces."""
    return " ".join(token.key for token in tokenize(name))
