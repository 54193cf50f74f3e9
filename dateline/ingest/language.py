"""Is this report in English?  A light, offline function-word check.

dateline's NLP only reads English, so a French or Arabic report should be
reported as an input problem rather than produce nonsense events.  A full
language identifier (fastText, lingua) is heavy; counting frequent function
words per language (``dateline/data/ingest/function_words.yaml``) is fast and
good enough to tell a whole article apart.  Texts too short to judge are
treated as English: we never reject a short English snippet for lack of
evidence.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from dateline.datafiles import load_yaml

WORDS_FILE = Path(__file__).resolve().parents[1] / "data" / "ingest" / "function_words.yaml"
LANGUAGE_NAMES = {
    "en": "English", "fr": "French", "es": "Spanish", "de": "German", "it": "Italian",
    "pt": "Portuguese", "nl": "Dutch", "id": "Indonesian", "tr": "Turkish",
    "ar": "Arabic", "ru": "Cyrillic-script (Russian?)", "zh": "Chinese", "ja": "Japanese",
    "ko": "Korean", "he": "Hebrew", "hi": "Devanagari-script (Hindi?)", "fa": "Persian/Arabic-script",
    "el": "Greek", "und": "non-Latin-script",
}
# How many function-word hits we need before we dare call a text non-English.
MIN_HITS = 3
# How clearly the other language must beat English (hits ratio).
MARGIN = 1.5
MAX_WORDS = 3000
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    data = load_yaml(WORDS_FILE.read_text(encoding="utf-8"))
    return {lang: frozenset(str(w).lower() for w in words) for lang, words in data.items()}


def _script(ch: str) -> str:
    """The script family of one letter, by its Unicode name (only what we need)."""
    code = ord(ch)
    if code < 0x250 or 0x1E00 <= code <= 0x1EFF:
        return "latin"
    name = unicodedata.name(ch, "")
    for prefix, lang in (("ARABIC", "ar"), ("CYRILLIC", "ru"), ("CJK", "zh"), ("HIRAGANA", "ja"), ("KATAKANA", "ja"),
                         ("HANGUL", "ko"), ("HEBREW", "he"), ("DEVANAGARI", "hi"), ("GREEK", "el")):
        if name.startswith(prefix):
            return lang
    return "und"


def detect_language(text: str) -> str:
    """A language code ("en", "fr", "ar", ...); "en" when the evidence is too thin."""
    sample = text[:20000]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) >= 20:
        scripts: dict[str, int] = {}
        for ch in letters:
            s = _script(ch)
            scripts[s] = scripts.get(s, 0) + 1
        if scripts.get("latin", 0) < 0.5 * len(letters):
            return max((s for s in scripts if s != "latin"), key=scripts.__getitem__)
    words = _WORD.findall(sample.lower())[:MAX_WORDS]
    hits = {lang: 0 for lang in function_words()}
    for word in words:
        for lang, vocab in function_words().items():
            if word in vocab:
                hits[lang] += 1
    english = hits.pop("en", 0)
    if not hits:
        return "en"
    best = max(hits, key=hits.__getitem__)
    if hits[best] >= MIN_HITS and hits[best] > MARGIN * english:
        return best
    return "en"


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, code)
