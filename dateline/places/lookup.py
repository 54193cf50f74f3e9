"""From a name to its gazetteer candidates, and what the candidates say of it.

``lookup_span`` tries the exact name, a dotted abbreviation, the name without its Arabic article, its
transliteration skeleton and the place a missing feature is named after (``near_candidates``).  Beside
it: nationality words (``demonyms``, ``demonym_candidates``), the words that are no place
(``not_places``, ``never_places``), acronyms and abbreviations of offices, and units looked up with
the unit word written after them ("North Wollo Zone").  ``_settled``, ``_strong`` and ``_big_place``
say how sure a place the candidates make.  Below the matcher and its cues; ``geocode.py`` and the
linking stage look names up here too.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from dateline.places.gazetteer import Candidate, Gazetteer
from dateline.places.normalize import bare_key, name_key
from dateline.nlp import doc_text
from dateline.places.name_words import ADMIN_UNIT_WORDS, GENERIC_HEADS, PART_WORDS, PLACE_NOUNS, UNIT_WORDS

DATA_DIR = Path(__file__).resolve().parents[1] / "data"


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    rows = (line.rstrip("\n").split("\t") for line in (DATA_DIR / "demonyms.tsv").open(encoding="utf-8") if line.strip() and not line.startswith("#"))
    return {name_key(r[0]): r[1].strip() for r in rows}


@lru_cache(maxsize=1)
def _not_place_lists() -> tuple[frozenset[str], frozenset[str]]:
    lines = [w.strip() for w in (DATA_DIR / "not_places.txt").read_text(encoding="utf-8").splitlines()]
    words = [w for w in lines if w and not w.startswith("#")]
    never = frozenset(name_key(w[1:]) for w in words if w.startswith("!"))
    return frozenset(name_key(w.lstrip("!")) for w in words), never


def not_places() -> frozenset[str]:
    """Words that are a place only when spaCy's NER says so (see not_places.txt)."""
    return _not_place_lists()[0]


def never_places() -> frozenset[str]:
    """Words that are never a place, whatever NER says: news agencies, bare feature words ("Town")."""
    return _not_place_lists()[1]


def is_acronym(text: str) -> bool:
    """"SNA", "NISA", "MENA": two to five capitals, no dots (dotted "U.S." is an abbreviation)."""
    return 2 <= len(text) <= 5 and text.isalpha() and text.isupper()


BIG_PLACE = 100_000


def acronym_place_ok(doc: Doc, text: str, cands: tuple[Candidate, ...]) -> bool:
    """An all-caps acronym is a place only when it is a country's, a province's or a big city's own
    name or our alias ("UAE", "DRC", "IRAQ" in a headline), never through some alternate name
    ("SNA" is Sanaa's airport code), and never when the text spells it out as an organisation
    ("Somali National Army (SNA)")."""
    if not any(c.src != 1 and (c.is_country or c.fcode == "ADM1" or c.pop >= BIG_PLACE) for c in cands):
        return False
    return f"({text})" not in doc_text(doc) or any(c.is_country for c in cands if c.src != 1)


_DEMONYM_ENDINGS = (("ians", "ia"), ("ans", "a"), ("ians", "o"), ("ans", "o"), ("ans", ""), ("ns", ""), ("ian", "ia"),
                    ("an", "a"), ("an", "as"), ("ans", "as"), ("ean", "e"), ("eans", "e"), ("i", ""), ("is", ""),
                    ("ese", ""), ("ish", ""), ("ers", ""), ("er", ""), ("s", "")),


def demonym_candidates(gaz: Gazetteer, text: str) -> tuple[Candidate, ...]:
    """Countries and provinces behind a nationality word not in demonyms.tsv ("Ohioans", "Dagestani")."""
    for ending, repl in _DEMONYM_ENDINGS[0]:
        if text.endswith(ending) and len(text) - len(ending) >= 3:
            cands = tuple(c for c in gaz.lookup(text[: -len(ending)] + repl) if c.is_country or c.fcode in ("ADM1", "CONT"))
            if cands:
                return cands
    return ()


def near_candidates(gaz: Gazetteer, text: str) -> tuple[Candidate, ...]:
    """For a place the gazetteer lacks ("Readington Township", "Neches River", "South Los Angeles"),
    the town or unit it is named after, which is usually close by."""
    words = text.replace(".", " ").split()
    while words and words[-1].lower() in GENERIC_HEADS:
        words = words[:-1]
    while len(words) > 1 and words[0].lower() in PART_WORDS:
        words = words[1:]
    if not words or " ".join(words) == text or len(" ".join(words)) < 3:
        return ()
    if all(w.lower() in PART_WORDS or w.lower() in GENERIC_HEADS or w.lower() in UNIT_WORDS for w in words):
        return ()  # "Northern Town", "Central Area", "Eastern zone": a direction and a kind word name no place

    return gaz.lookup(" ".join(words))


def lookup_span(gaz: Gazetteer, text: str, ner: bool) -> tuple[Candidate, ...]:
    """Exact name, then dotted abbreviation, then (for NER places) the name with or without its Arabic
    article, the transliteration skeleton and the place a missing feature is named after."""
    cands = gaz.lookup_abbreviation(text) if text.endswith(".") else ()
    if not cands:
        cands = gaz.lookup(text)
    parts = text.split("-")
    if not cands and len(parts) > 1 and all(len(w) >= 3 and w.isalpha() and not w.isupper() for w in parts):
        # "Petion-Ville", which GeoNames writes "Pétionville"; by an alternate name only a city ("Der-Ezor"),
        # not a small town ("Tri-State" is an alternate name of one in Nevada)
        cands = tuple(c for c in gaz.lookup("".join(parts)) if c.src != 1 or c.pop >= 100_000)
    if not cands and ner:
        # "Al-Raqqah" where the gazetteer has "Raqqah" (the skeleton of so short a name is too loose to
        # look up): the name without its article, when that is a place's main name
        bare = gaz.lookup(key) if (key := bare_key(text)) != name_key(text) else ()
        cands = (bare if _settled(bare, True) else ()) or gaz.lookup_with_article(text) or gaz.lookup_skeleton(text) \
            or bare or near_candidates(gaz, text)
    return cands


def _strong(cands: tuple[Candidate, ...], pop: int = 20_000) -> bool:
    return any(c.is_country or c.fcode in ("ADM1", "CONT") or c.pop >= pop for c in cands)


def _big_place(cands: tuple[Candidate, ...]) -> bool:
    """A country, a province, or a city of 100,000 known by its main name: too big to be a brand or a surname."""
    return any(c.is_country or c.fcode == "ADM1" or (c.fclass == "P" and c.pop >= 100_000 and c.src != 1) for c in cands)


def _settled(cands: tuple[Candidate, ...], main_name: bool = False) -> bool:
    """A real place among the candidates: a town of 1,000 or more, or an admin unit (``main_name``: by
    a name that is not only an alternate one)."""
    return any((c.pop >= 1000 or c.fclass == "A") and not (main_name and c.src == 1) for c in cands)


def is_mixed_abbreviation(text: str) -> bool:
    """"MoD", "DoD", "MoI": a short word with a capital after a small letter abbreviates an office
    (a ministry, a department), never a place's name ("McAllen", "DeKalb" are longer)."""
    return 2 < len(text) <= 5 and text.isalpha() and text[0].isupper() and \
        any(a.islower() and b.isupper() for a, b in zip(text, text[1:]))


def _unit_with_its_word(doc: Doc, gaz: Gazetteer, i: int, j: int) -> tuple[Candidate, ...]:
    """The units GeoNames names with the unit word the text writes after the name ("North Wollo Zone")."""
    if j >= len(doc) or doc[j].lower_ not in ADMIN_UNIT_WORDS:
        return ()
    return tuple(c for c in gaz.lookup(doc[i : j + 1].text) if c.fclass == "A" and not c.is_country)


def _kind_said_spelling(doc: Doc, gaz: Gazetteer, i: int, text: str) -> tuple[Candidate, ...]:
    """"the western suburb of Janzour", "the town of Kidall": a name the text says is a place, in another spelling of a
    sizeable town's (the transliteration skeleton), which the small model's labels never offered the look-up."""
    if not (i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in PLACE_NOUNS) or len(text) < 5:
        return ()
    return tuple(c for c in gaz.lookup_skeleton(text) if c.fclass == "P" and c.pop >= 10_000)


def _unit_by_spelling(doc: Doc, gaz: Gazetteer, i: int, j: int) -> tuple[Candidate, ...]:
    """"Danmusa LGA" for GeoNames' "Dan Musa": a name the text calls a unit, read by its transliteration skeleton
    among units only (a unit word after it makes a looser spelling safe; a town of that spelling may be anything)."""
    if j >= len(doc) or doc[j].lower_ not in ADMIN_UNIT_WORDS:
        return ()
    return tuple(c for c in gaz.lookup_skeleton(doc[i:j].text) if c.fclass == "A" and not c.is_country)
