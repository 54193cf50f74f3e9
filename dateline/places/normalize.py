"""Name keys for gazetteer look-ups.

Two keys per name: ``name_key`` (case, accents and punctuation folded) finds
exact spellings; ``skeleton`` also folds the transliteration variants that
news writers use for Arabic and Persian names (al-/el-/ad- articles, ou/aw/u,
-ah/-a, e/i, doubled letters), so "Hadramout", "Hadramawt" and "Hadhramaut"
meet.  The skeleton is only a fallback: it is looked up when the exact key
finds nothing, because it merges names that are really different.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPECIAL = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
    "ß": "ss", "đ": "d", "Đ": "D", "ı": "i", "þ": "th", "ð": "d", "ħ": "h", "Ħ": "H",
    "ʿ": "", "ʾ": "", "‘": "", "’": "", "`": "", "'": "", "ʻ": "", "ʼ": "", "´": "",
})
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# The Arabic article as the press transliterates it ("al-Bab", "el-Fasher", "ash-Shihr").
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath"})
# Bare keys (and so skeletons) also drop a leading "ul"/"il".  In code, not a data file: the
# gazetteer cache's skeleton keys are built with this (edit it, then rebuild the cache).
_ARTICLE = re.compile(rf"^(?:{'|'.join(sorted(ARABIC_ARTICLES | {'ul', 'il'}))}) ")
_SKELETON_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?:dh|th)"), "d"),
    (re.compile(r"kh"), "k"),
    (re.compile(r"gh"), "g"),
    (re.compile(r"q"), "k"),
    (re.compile(r"(?:ou|au|aw|oo|ow|o)"), "u"),
    (re.compile(r"(?:ay|ai|ei|ey|ee|e|y)"), "i"),
    (re.compile(r"(?<=[a-z])h\b"), ""),  # -ah/-eh -> -a/-e
    (re.compile(r"([a-z])\1+"), r"\1"),  # doubled letters
    (re.compile(r"(?<=[a-z])[aiu]\b"), ""),  # final vowel
)


def fold(text: str) -> str:
    """Latin letters without accents; other scripts are left as they are."""
    if text.isascii():  # most names: only the apostrophes and backticks of _SPECIAL can apply
        return text.replace("'", "").replace("`", "")
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_EXPAND = {"mt": "mount", "mtn": "mountain", "ft": "fort", "st": "saint", "ste": "sainte", "twp": "township", "pt": "point",
           "cd": "ciudad"}  # "Cd. Juárez", "Cd Obregón": the Mexican press abbreviation


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """Lower-case, accent-free, punctuation-free form of a name ("Mt." -> "mount", "X Co." -> "x county")."""
    words = _NON_ALNUM.sub(" ", fold(text).lower()).split()
    words = [_EXPAND.get(w, w) for w in words]
    if len(words) > 1 and words[-1] == "co":
        words[-1] = "county"
    return " ".join(words)


def is_latin(text: str) -> bool:
    """True when the folded name is plain ASCII (we match English text only)."""
    return fold(text).isascii()


def bare_key(text: str) -> str:
    """``name_key`` without a leading Arabic article: "Al Mukalla" and "Mukalla" are one name."""
    return _ARTICLE.sub("", name_key(text))


def skeleton(text: str) -> str:
    """A key that merges common transliteration variants of one name."""
    key = bare_key(text).replace(" ", "")
    for pattern, repl in _SKELETON_RULES:
        key = pattern.sub(repl, key)
    return key


def abbreviation_key(text: str) -> str:
    """Key for dotted abbreviations ("Ky.", "B.C."), kept apart from words ("Miss")."""
    return name_key(text).replace(" ", "") + "."


_UA_VOWELS = "aeiouy"


def ukrainian_official(name: str) -> str:
    """A Ukrainian place's name in the official (2010) transliteration the English press uses, from the
    older one GeoNames mostly keeps: "Mykolayiv" -> "Mykolaiv", "Avdiyivka" -> "Avdiivka",
    "Kostyantynivka" -> "Kostiantynivka", "Zaporizhzhya" -> "Zaporizhzhia", "Kryvyy Rih" -> "Kryvyi Rih",
    "Pokrovs'k" -> "Pokrovsk".  Inside a word only (at its start ya/yu/ye/yi stay); the same name when
    nothing changes."""
    def word(w: str) -> str:
        w = w.replace("'", "").replace("\u2019", "")  # the soft sign is not written
        if len(w) < 3:
            return w
        head, rest = w[0], w[1:]
        rest = re.sub(rf"(?<=[{_UA_VOWELS}])yi", "i", rest)  # ї after a vowel: Mykolayiv, Avdiyivka, Kyyiv
        rest = re.sub(r"yy(?=$|[^aeiou])", "yi", rest)  # и + й: Kryvyy, Khmelnytskyy
        rest = re.sub(r"y([aeu])", r"i\1", rest)  # я, ю, є inside a word: Kostyantynivka, Yenakiyeve
        rest = re.sub(r"(?<=[aeiou])y(?=$|[^aeiouy])", "i", rest)  # й after a vowel: Pervomays'k
        return head + rest
    return re.sub(r"[A-Za-z'\u2019]+", lambda m: word(m.group(0)), name)
