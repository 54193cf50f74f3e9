"""Find place-name mentions: spaCy NER plus a gazetteer matcher, with context filters.

NER alone misses many places (the small model tags "Al Mukalla" PERSON and
"Houta" ORG, and skips "Hadramout"), so every capitalised token sequence is
also looked up in the gazetteer.  Gazetteer-only hits pass filters that keep
out common words, parts of person names and dates.  Each mention gets a role:
"location", "modifier" ("Aden police"), "demonym" ("Yemeni") or
"organisation" ("Washington said").
"""

from __future__ import annotations

import re

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from dateline.places.gazetteer import Candidate, Gazetteer
from dateline.places.normalize import ARABIC_ARTICLES, bare_key, fold, name_key
from dateline.places.vocabulary import linking_words, words
from dateline.nlp import LOG_LABEL, doc_cache, doc_text
from dateline.times.lexicon import vocab

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
MAX_TOKENS = 6
CONNECTORS = words("connectors")
NAME_ARTICLES = words("name_articles")
# lower-case words inside one name: Arabic articles and the Romance "of" ("Vila do Conde", "Sao Jose dos Campos")
NAME_JOINERS = NAME_ARTICLES | words("name_links")
# Labels the small model often puts on foreign place names it does not know.
WEAK_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT"})
# Entities of dates and figures (which end at a spaced dash, ``_ent_at``).
FIGURE_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "ORDINAL", "MONEY", "PERCENT"})
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL", "QUANTITY", "WORK_OF_ART", "LAW", "EVENT", "LANGUAGE", "PRODUCT"})
SPEECH_VERBS = words("speech_verbs")
FIGHTING_VERBS = words("fighting_verbs")
# Unit words in the plural count too: "Greene counties" closes a list of counties ("Pike and Greene counties").
UNIT_OPENERS = words("unit_openers")
PLACE_NOUNS = words("place_nouns") | words("adm2_plurals") | words("adm1_plurals") | UNIT_OPENERS
COMMUNITY_NOUNS = words("community_nouns")
TOWN_SITES = words("town_sites")
RESIDENT_NOUNS = words("resident_nouns")
VILLAGE_OPENERS = words("village_openers")
TITLES = words("titles")
# Offices a town's name is written before ("Kharkiv mayor", "Kherson governor").
OFFICE_WORDS = frozenset({"mayor", "governor", "police"})
# Every word of a unit's kind ("zone", "woreda", "governorate"), singular or plural.
UNIT_WORDS = PLACE_NOUNS | words("adm2_suffixes") | words("adm1_suffixes")
# A unit word after a name and the feature code it asks for (as in ``resolve.ADMIN_WORDS``).
ADMIN_SUFFIXES = words("adm2_suffixes") | words("adm1_suffixes")
# Words for an administrative unit, not a settlement ("Danmusa LGA", "North Wollo zone"; not "X village", "X area").
ADMIN_UNIT_WORDS = ADMIN_SUFFIXES - words("settlement_suffixes")
UNIT_KINDS = {**dict.fromkeys(words("adm2_words"), "ADM2"), **dict.fromkeys(words("adm1_words"), "ADM1")}
# A unit's word written as a title before its name, the South Asian way ("District Bijapur", "Tehsil X").
UNIT_TITLES = words("adm2_words") | words("adm1_words") | words("unit_titles")


@dataclass
class Mention:
    """A span that may name a place, with its gazetteer candidates."""

    start: int  # character offsets
    end: int
    text: str
    tok_start: int
    tok_end: int
    candidates: tuple[Candidate, ...]
    label: str = ""  # NER label, if any
    role: str = "location"
    demonym_of: str | None = None  # ISO code for demonyms
    alias_name: str | None = None
    forced: bool = False
    extra: dict[str, float] = field(default_factory=dict)


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


LOCATIVE_PREPS = words("locative_preps")


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


def _capitalised(tok: Token) -> bool:
    t = tok.text
    return bool(t) and t[0].isupper() and any(ch.isalpha() for ch in t)


def _token_table(doc: Doc) -> tuple[list[str], list[str], list[bool]]:
    """Each token's text, lower-cased text and capital, read once per Doc: the matcher asks of
    every token several times, and each ``doc[i]`` builds a new Token."""
    cache = doc_cache(doc)
    table = cache.get("token_table")
    if table is None:
        toks = list(doc)
        # (an elided article joined to a name after a hyphen counts as the name's capital: "Saut-d'Eau")
        table = cache["token_table"] = ([t.text for t in toks], [t.lower_ for t in toks],
                                        [_capitalised(t) or k > 0 and toks[k - 1].text == "-" and bool(_ELIDED.match(t.text))
                                         for k, t in enumerate(toks)])
    return table


def _uncased_in_cased(doc: Doc, i: int, j: int) -> bool:
    """A span with no capital letter in a text that has capitals: written text capitalises names,
    so it is a common word, whatever the model's label ("near mosque in X").  A text written all in
    lower case (a social-media post) gives no such sign."""
    return not any(ch.isupper() for tok in doc[i:j] for ch in tok.text) and any(ch.isupper() for ch in doc_text(doc))


GENERIC_HEADS = words("generic_heads")
# Words that end the name of a feature ("Mosul Bridge", "Mosul Dam", "Tahrir Square").
FEATURE_WORDS = GENERIC_HEADS | words("feature_words")
PART_WORDS = words("part_words")
FEATURE_OPENERS = words("feature_openers")
SETTLEMENT_OPENERS = words("settlement_openers")
TAKING_VERBS = words("taking_verbs")
TAKING_NOUNS = words("taking_nouns")
SEAT_WORDS = words("seat_words")
NAME_LINKS = words("name_links")
ROMANCE_UNIT_WORDS = words("romance_unit_words")


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


def _person_words(doc: Doc) -> frozenset[str]:
    """Words of the multi-word person names in the doc (cached beside the doc, never serialised)."""
    cache = doc_cache(doc)
    cached = cache.get("person_words")
    if cached is None:
        cached = cache["person_words"] = frozenset(t.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e)
    return cached


def _ent_at(doc: Doc) -> list[Span | None]:
    """The entity over each token.  A date's or a number's entity ends at a spaced dash: in "14 June 2023 -
    Bunia" or a thread's "3/ 13:50 - Omdurman:" the small model runs the figure on into the place's name."""
    table: list[Span | None] = [None] * len(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            tok = doc[i]
            if ent.label_ in FIGURE_LABELS and i > ent.start and tok.text in ("-", "\u2013", "\u2014") \
                    and tok.whitespace_ and doc[i - 1].whitespace_:
                break
            table[i] = ent
    return table


def _after_named_village(doc: Doc, i: int) -> bool:
    """The name follows "<village word> <Name>," ("Barangay Dahile, X", "vereda La Palma, X", "Kampung Baru, X"): a
    village's name, then the town or municipality that holds it."""
    k = i - 1
    if k < 2 or doc[k].text != ",":
        return False
    k -= 1
    while k > 0 and _capitalised(doc[k]) and doc[k].lower_ not in VILLAGE_OPENERS:
        k -= 1
    return k < i - 2 and doc[k].lower_ in VILLAGE_OPENERS


def _town_site_follows(doc: Doc, j: int) -> bool:
    """A site named for the town it serves follows the name ("the Jamrud police station", "the X bus stand"): sites
    seldom named after a person, so the name is the town's whatever the small model called it."""
    after = " ".join(t.lower_ for t in doc[j: j + 3])
    return any(after == s or after.startswith(s + " ") for s in TOWN_SITES)


def _big_place(cands: tuple[Candidate, ...]) -> bool:
    """A country, a province, or a city of 100,000 known by its main name: too big to be a brand or a surname."""
    return any(c.is_country or c.fcode == "ADM1" or (c.fclass == "P" and c.pop >= 100_000 and c.src != 1) for c in cands)


def _unit_after_place(doc: Doc, i: int, j: int, cands: tuple[Candidate, ...], gaz: Gazetteer) -> bool:
    """The name closes "<town>, <name>" after a preposition of place, and the gazetteer has it as a
    district or province, or a town, of the town's own country: the unit the town is in."""
    if i < 3 or doc[i - 1].text != "," or j < len(doc) and (doc[j].pos_ in ("VERB", "AUX") or _capitalised(doc[j])):
        return False
    k = i - 2
    while k > 0 and _capitalised(doc[k - 1]) and i - 1 - k < 3:
        k -= 1
    if not _capitalised(doc[k]) or not _after_locative(doc, k):
        return False
    before = {c.cc for c in gaz.lookup(doc[k:i - 1].text) if c.fclass in ("P", "A")}
    return any(c.cc in before and (c.fclass == "A" and not c.is_country or c.fclass == "P" and c.pop >= 1000) for c in cands)


def _settled(cands: tuple[Candidate, ...], main_name: bool = False) -> bool:
    """A real place among the candidates: a town of 1,000 or more, or an admin unit (``main_name``: by
    a name that is not only an alternate one)."""
    return any((c.pop >= 1000 or c.fclass == "A") and not (main_name and c.src == 1) for c in cands)


def _accept_gazetteer_hit(doc: Doc, i: int, j: int, cands: tuple[Candidate, ...], ents: list[Span | None],
                          gaz: Gazetteer | None = None) -> bool:
    """Filters for spans that only the gazetteer found."""
    span = doc[i:j]
    key = name_key(span.text)
    if key in not_places() or len(key) < 3 and not span.text.endswith("."):
        return False
    if j - i == 1 and is_acronym(span.text) and not acronym_place_ok(doc, span.text, cands):
        return False
    if (log_field(doc, i) or _dated_heading(doc, i, j)) and _settled(cands) and any(c.fclass in ("P", "A") for c in cands):
        return True  # "[2] 5 Mar 2024 | Gazipur | Tongi, X area", "Kech - Wednesday, Nov 8:": a log's place fields
    if gaz is not None and not _name_goes_on_before(doc, i) and _held_by_bracketed_units(doc, j, cands, gaz):
        return True  # "Garowe (Nugaal)", "Wad Madani (Al Jazirah)": the coder's units after the name hold it
    if _opens_line(doc, i) and (k := _units_bracket_end(doc, j)) is not None and doc[k - 1].text.endswith(":") \
            and _settled(cands) and any(c.fclass in ("P", "A") for c in cands):
        return True  # "Mozogo (Mayo-Moskota arrondissement): On Monday, ...": an item's label, whatever the model called it
    if gaz is not None and _unit_after_place(doc, i, j, cands, gaz):
        return True  # "in Sherpur, Bogura": the unit a coder writes after a town, whatever the model called it
    if i > 0 and doc[i - 1].is_title and doc[i - 1].lower_ in UNIT_TITLES and _settled(cands) \
            and any(c.fclass in ("P", "A") for c in cands):
        return True  # "District Rajouri", "Tehsil Thanamandi": a unit's title before its name, never a person's
    if i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in RESIDENT_NOUNS and _strong(cands, 20_000):
        return True  # "residents of Mirebalais": a town's people (a village of that name may be another's namesake)
    if _after_named_village(doc, i) and _settled(cands, main_name=True) and any(c.fclass in ("P", "A") for c in cands):
        return True  # "in Barangay Dahile, Mabinay": the municipality written after a village the gazetteer lacks
    taken = _taken_place(doc, i, j)
    if j - i == 1 and all(c.src == 1 for c in cands) and not place_cue(doc, i, j) and not _label_opening(doc, i, j, cands) \
            and not taken:
        return False  # only an alternate (often historic) name: "Molotov" cocktails are not Perm (a town taken is a town)
    if j - i == 1 and doc[i].lower_ in FEATURE_WORDS and i > 0 and _capitalised(doc[i - 1]) and not _segment_start(doc, i) \
            and doc[i - 1].whitespace_ and not doc[i - 1].is_punct:
        return False  # "the Boni Forest", "Sambisa Forest": the kind word of a feature's name, not Forest in Brussels
    if _part_of_unknown_place(doc, i, j, ents) and not _big_place(cands) or _after_settlement_opener(doc, i):
        return False  # "Mai" of "Mai Kadra": a word of a longer place name the gazetteer lacks is not a town abroad
    ent_labels = {ents[k].label_ for k in range(i, j) if ents[k] is not None}
    if noun_after(doc, j) in PLACE_NOUNS and not _inside_longer_person(ents, i, j) \
            and _settled(cands, main_name=not _after_locative(doc, i) and j - i == 1):
        # "Aleppo city", "Lahej province": the small model calls some of these nationalities; with a
        # preposition of place before as well ("from Elwak town"), another spelling of the town will do,
        # as will a name of several words, which is seldom another's by chance ("traders of Lakki Marwat city")
        return True
    if described_as_place(doc[i:j]) and any(c.fclass in ("P", "A") for c in cands):
        return True  # "Kabo, a town in Ouham-Fafa", "Ndim, a farming village": the text says what the name is
    quarter = _quarter_follows(doc, j)
    if (_after_locative(doc, i) or _strike_target(doc, i) or taken) \
            and (quarter or not _inside_longer_person(ents, i, j)) \
            and _settled(cands, main_name=j - i == 1 and not quarter and not taken):
        # "killed in Cortazar": the small model calls many foreign names persons or nouns, but a
        # name the gazetteer knows right after a preposition of place is a place; a name of several
        # words may be one of its other spellings ("east of Wad Madani"), which a single word
        # ("in Molotov") is too easily by chance, unless it is ground a side took ("captured Harardhere").
        return True
    if in_unit_brackets(doc, i, j) and any(c.fclass in ("P", "A") for c in cands):
        # the coder's units after a place ("(Atarib, Aleppo)"): many seats have no population in GeoNames,
        # and the small model gives unfamiliar names any label ("Qa'tabah" a date)
        return True
    if ent_labels & NOT_PLACE_LABELS - WEAK_LABELS:
        return False
    if _label_opening(doc, i, j, cands):
        return True
    if _hashtag_label(doc, i, j) and _strong(cands, 1_000):
        return True  # "5/ #X, Mon 19 Sept: ...": whatever the tagger made of the hashtag's word
    if j - i == 1 and title_case(doc[i].sent) and not place_cue(doc, i, j) and not _big_place(cands):
        return False  # "Militias Kill During Clashes", "Grenade Attack Kills Three": every word is capitalised
    if ent_labels & WEAK_LABELS:
        # The small model calls unfamiliar names products or works ("across Hadramawt"):
        # trust the gazetteer only for places too big to be a brand or a title.
        return _big_place(cands)
    prev = doc[i - 1] if i > 0 else None
    if prev is not None and name_key(prev.text) in TITLES:
        return False
    if j - i == 1 and doc[i].lower_ in _person_words(doc):
        return False  # "Brown said" after "Gordon Brown": a surname, not Brown County
    if "PERSON" in ent_labels:
        ent = next(ents[k] for k in range(i, j) if ents[k] is not None and ents[k].label_ == "PERSON")
        if _name_end(ent) - ent.start > j - i:
            return False  # part of a person's name
        return _big_place(cands) or _route_end(doc, i, j) or _placed_by_distance(doc, j) and _strong(cands, 1_000) \
            or _town_site_follows(doc, j) and any(c.fclass == "P" and c.pop >= 5_000 and c.src != 1 for c in cands)
    if "ORG" in ent_labels:
        return _strong(cands, 20_000)
    if j - i == 1:
        tok = doc[i]
        if tok.is_title and _placed_by_distance(doc, j):
            return _strong(cands, 1_000) or any(c.fclass == "A" for c in cands)  # however the tagger read the name
        if tok.pos_ == "ADJ" and tok.is_title and j < len(doc) and doc[j].lower_ in SURROUNDS and _strong(cands, 1_000):
            return True  # "the Aleppo countryside": the tagger read the town as an adjective of the land around it
        if tok.is_title and j < len(doc) and name_key(doc[j].text) in OFFICE_WORDS and _strong(cands, 20_000):
            return True  # "Kharkiv mayor Ihor Terekhov says": the town whose office it is, whatever the tagger made of it
        if tok.pos_ != "PROPN" and not tok.text.endswith("."):
            return False
        if _segment_start(doc, i) and not _strong(cands, 5_000):
            return False
        return _strong(cands, 1_000) or any(c.fclass == "A" for c in cands)
    return all(t.pos_ in ("PROPN", "ADP", "DET", "PUNCT", "NOUN", "ADJ") for t in span)


def _name_goes_on_before(doc: Doc, i: int) -> bool:
    """The span is the end of a longer name: "Halab" of "Kafr Halab" (not Aleppo), "Ippy" of "Toko-Ippy"."""
    if i == 0 or _segment_start(doc, i):
        return False
    prev = doc[i - 1]
    if prev.text in ("-", "‐", "‑") and not prev.whitespace_ and i >= 2 and not doc[i - 2].whitespace_:
        return True
    return _capitalised(prev)


BRACKET_TOKENS = 12  # how far a coder's bracket of units may run


def _held_by_bracketed_units(doc: Doc, j: int, cands: tuple[Candidate, ...], gaz: Gazetteer) -> bool:
    """The name is followed by brackets naming a province or district that holds one of its places
    ("Garowe (Nugaal)", "Nasir town (Nasir county, Upper Nile)"): a coder's way of writing a place,
    whatever the tagger made of the name (it calls many such names persons)."""
    from dateline.places.geocode import split_kind

    k = j + 1 if j < len(doc) and doc[j].lower_ in PLACE_NOUNS else j  # "Nasir town (...)"
    if k >= len(doc) or doc[k].text != "(":
        return False
    end = next((e for e in range(k + 1, min(len(doc), k + BRACKET_TOKENS)) if doc[e].text == ")"), None)
    if end is None:
        return False
    towns = [c for c in cands if c.fclass == "P"]
    for part in doc[k + 1:end].text.split(","):
        for unit in gaz.lookup(split_kind(part)[0]):
            if unit.fcode == "ADM1" and any(c.cc == unit.cc and c.a1 == unit.a1 for c in towns) or \
                    unit.fcode == "ADM2" and any(c.cc == unit.cc and c.a2 and c.a2 == unit.a2 for c in towns):
                return True
    return False


def _route_end(doc: Doc, i: int, j: int) -> bool:
    """The name is an end of a road the text names ("on the road between X and Y", ``route_words`` of
    linking.yaml): a place, whatever the small model, which tags unfamiliar names after "between" as
    people, made of it."""
    end = doc[i:j].root
    if end.dep_ == "conj":  # "... and Y"
        end = end.head
    prep = end.head
    return end.dep_ == "pobj" and prep.lower_ == "between" and prep.head.lemma_.lower() in linking_words("route_words")


def _after_settlement_opener(doc: Doc, i: int) -> bool:
    """The name follows a word that opens a village's own name ("Kafr Halab", "Deir-Hafer"): the gazetteer
    lacks the village, and the town the rest names is another place."""
    k = i - 1
    if k >= 1 and doc[k].text in ("-", "–") and not doc[k - 1].whitespace_ and not doc[k].whitespace_:
        k -= 1
    return k >= 0 and doc[k].lower_ in SETTLEMENT_OPENERS and _capitalised(doc[k])


def _after_name_link(doc: Doc, i: int, j: int, gaz: Gazetteer, cands: tuple[Candidate, ...]) -> bool:
    """The name after "de" in a longer name the gazetteer lacks ("in Plan de Lima": not Lima in Peru): a
    capitalised word that is no unit or kind word, and no place, stands before the link ("Municipio de X"
    is X's own).
    Not a country ("Bancos de Venezuela" is no name of a place)."""
    k = i - 1
    if k >= 1 and doc[k].lower_ in ("la", "las", "los", "el", "le", "les"):
        k -= 1  # "de la", "de los"
    if k < 1 or doc[k].lower_ not in NAME_LINKS or not doc[k].is_lower or any(c.is_country for c in cands):
        return False
    opener = doc[k - 1]
    if not _capitalised(opener) or _segment_start(doc, k - 1) or opener.lower_ in KIND_WORDS \
            or fold(opener.lower_) in ROMANCE_UNIT_WORDS or opener.ent_type_ in ("PERSON", "DATE", "TIME"):
        return False
    # a name the gazetteer knows on both sides ("Real de Arandas") may be a quarter named for its town: kept
    return not lookup_span(gaz, doc[k - 1: j].text, ner=False) and not _settled(lookup_span(gaz, opener.text, ner=False), True)


def _after_unknown_name(doc: Doc, i: int, j: int, gaz: Gazetteer, cands: tuple[Candidate, ...],
                        ents: list[Span | None]) -> bool:
    """The last word of a longer name the gazetteer lacks: a capitalised word no gazetteer knows stands right
    before it, mid-sentence ("in Let Yet Kone village": Kone in New Caledonia is no part of it).  Not a
    country or a province, nor after a kind, direction or title word ("Greater Kabul", "President").
    However big the town, when the model calls the whole a group ("fighters attacked Tarhoun Dabou"): a
    group's name opens with its town ("Kabul Police", "Borno State Government") rather than ending with it."""
    ent = ents[i]
    if ent is not None and ent.label_ == "ORG" and ent.end == j and ent.start < i and all(
            t.pos_ == "PROPN" and _capitalised(t) and t.lower_ not in KIND_WORDS for t in ent[: i - ent.start]):
        return True
    if j - i != 1 or i == 0 or _big_place(cands):
        return False
    prev = doc[i - 1]
    if not _capitalised(prev) or prev.is_sent_start or not prev.whitespace_ or _segment_start(doc, i - 1):
        return False
    if prev.lower_ in KIND_WORDS or name_key(prev.text) in TITLES or prev.ent_type_ in ("NORP", "DATE", "TIME", "PERSON"):
        return False
    return not gaz.lookup(prev.text)


def _before_unknown_name(doc: Doc, i: int, j: int, limit: int, gaz: Gazetteer, cands: tuple[Candidate, ...],
                         ents: list[Span | None]) -> bool:
    """The first word of a longer name the gazetteer lacks: "Abu" of "Abu Gouta" is no town in India.  The
    capitalised run goes on (to ``limit``) with a word no gazetteer knows, in the same entity (or in none),
    which is no kind, unit or title word ("Kabul Province", "Mosul Dam" keep their town)."""
    if j - i != 1 or j >= limit or _big_place(cands):
        return False
    nxt = doc[j]
    if not _capitalised(nxt) or not doc[i].whitespace_ or nxt.lower_ in KIND_WORDS or name_key(nxt.text) in TITLES:
        return False
    if ents[i] is not ents[j] or nxt.ent_type_ in ("DATE", "TIME"):
        return False  # "in Goma Monday": the day is another name
    return not gaz.lookup(nxt.text)


def _part_of_unknown_place(doc: Doc, i: int, j: int, ents: list[Span | None]) -> bool:
    """Tokens i..j are part of a longer GPE/LOC entity whose other words include another name (not
    a direction, a unit or a kind of feature: "Djugu territory" is Djugu's)."""
    ent = ents[i]
    if ent is None or ent.label_ not in ("GPE", "LOC") or (ent.start, ent.end) == (i, j):
        return False
    seg = _name_segment(ent, i, j)  # "(Atarib, Aleppo)" is two names, each a place
    return any(_capitalised(t) and t.lower_ not in KIND_WORDS for t in (*doc[seg.start:i], *doc[j:seg.end]))


# Words that say what kind of place a name is, not which: directions, units, features, links.
KIND_WORDS = PART_WORDS | UNIT_WORDS | GENERIC_HEADS | FEATURE_WORDS | FEATURE_OPENERS | CONNECTORS | NAME_ARTICLES


def _placed_by_distance(doc: Doc, j: int) -> bool:
    """The name is followed by its distance from another place ("X, about 130 km northeast of Y,"): a
    place, though it opens the sentence."""
    window = doc[j: j + 5]
    return j < len(doc) and doc[j].text == "," and any(t.lower_ in linking_words("distance_words") for t in window) \
        and any(t.like_num for t in window)


def _segment_start(doc: Doc, i: int) -> bool:
    """The token opens a sentence or a segment the parser may not split ("Killed | Exchange of
    fire ...", a new line, a quote), where a capital marks no name."""
    if doc[i].is_sent_start or i == 0:
        return True
    prev = doc[i - 1]
    return prev.text in ("|", "•", '"', "“", "—", "–") or "\n" in prev.text or "\n" in prev.whitespace_


def title_case(sent: Span) -> bool:
    """A headline written in title case, where capitals do not mark names: words of four letters
    or more after the first are capitalised (at least three, and at most one in eight not)."""
    cache = doc_cache(sent.doc)
    key = ("title_case", sent.start)
    if key not in cache:
        words = [t for t in sent[1:] if t.is_alpha and len(t) >= 4]
        caps = sum(1 for t in words if t.text[0].isupper())
        # a sentence full of names still has lower-case verbs and nouns ("clashed on the outskirts of")
        cache[key] = caps >= 3 and len(words) - caps <= max(1, len(words) // 8)
    return bool(cache[key])


# "the countryside of X", "the outskirts of X": the land around a place.
SURROUNDS = words("surrounds")


# "east of X", "20 km north of X": a bearing from a name makes it a place.
DIRECTIONS = words("bearings")


# "in western X", "near northern X": a direction word between the preposition and the name.
DIRECTION_ADJECTIVES = words("direction_adjectives")
CONTROL_ADJECTIVES = words("control_adjectives")


def _after_locative(doc: Doc, i: int) -> bool:
    """"in X", "near X", "in western X", "in the town of X", "the countryside of X", "east of X", "near the X
    camp"."""
    k = i - 1
    if k >= 1 and doc[k].lower_ == "the" and _kind_follows(doc, i):
        k -= 1  # "near the Zemio displacement site" reads "near" once the kind follows the name
    if k >= 1 and doc[k].lower_ in DIRECTION_ADJECTIVES:
        k -= 1
    if k >= 1 and doc[k].lower_ in CONTROL_ADJECTIVES:
        k -= 1  # "in occupied X"; "in Russian-occupied X", "in rebel-held X": the holder joined by a hyphen
        if k >= 2 and doc[k].text in ("-", "\u2013") and not doc[k].whitespace_ and not doc[k - 1].whitespace_:
            k -= 2
    if k >= 1 and doc[k].lower_ == "of" and (doc[k - 1].lower_ in PLACE_NOUNS or doc[k - 1].lower_ in SURROUNDS
                                             or doc[k - 1].lower_ in DIRECTIONS or _compass_point_at(doc, k - 1)
                                             or doc[k - 1].lower_ == "out"  # "the road out of X", "just out of X"
                                             or doc[k - 1].lower_ in linking_words("part_nouns")):  # "the market of X"
        return True
    if k >= 1 and doc[k].lower_ in PLACE_NOUNS and _capitalised(doc[k]):
        k -= 1  # "in Distrik Ilaga", "in Kampung X": the local word for the unit, written before its name
    return k >= 0 and doc[k].lower_ in ("in", "near", "outside", "at") or _distance_from(doc, i)


def _kind_follows(doc: Doc, i: int) -> bool:
    """A word for a kind of place or site closes the noun phrase the name opens ("the Zemio displacement site")."""
    for tok in doc[i + 1: i + 4]:
        if tok.lower_ in PLACE_NOUNS or tok.lower_ in linking_words("site_words"):
            return True
        if tok.pos_ not in ("PROPN", "NOUN", "ADJ"):
            return False
    return False


def _distance_from(doc: Doc, i: int) -> bool:
    """"10 kilometres from X", "15 km away from X": a distance measured from a name makes it a place."""
    k = i - 1
    if k < 2 or doc[k].lower_ != "from":
        return False
    k -= 1 + (doc[k - 1].lower_ == "away")
    return doc[k].lower_ in linking_words("distance_words") and doc[k - 1].like_num


def _bearing_of(doc: Doc, i: int) -> bool:
    """The name follows a bearing or the land around a place and "of": "south of X", "the outskirts of X",
    or a note's distance and compass point ("~15 km E of X")."""
    return i >= 2 and doc[i - 1].lower_ == "of" and (doc[i - 2].lower_ in DIRECTIONS or doc[i - 2].lower_ in SURROUNDS
                                                      or _compass_point_at(doc, i - 2))


# A compass point written short, as notes write it after a distance: "15 km E of X", "20km NNW of Y".
COMPASS_POINTS = frozenset({"N", "S", "E", "W", "NE", "NW", "SE", "SW", "NNE", "ENE", "ESE", "SSE", "SSW", "WSW", "WNW", "NNW"})


def _compass_point_at(doc: Doc, k: int) -> bool:
    """Token k is a short compass point after a distance ("15 km E"), not a letter or an initial."""
    return doc[k].text in COMPASS_POINTS and k >= 2 and doc[k - 1].lower_ in linking_words("distance_words") \
        and any(ch.isdigit() for ch in doc[k - 2].text)


def _article_tail(doc: Doc, i: int) -> bool:
    """"Balad" of "Daraa al-Balad": a name after an Arabic article joined to the name before it ends that name (a
    quarter of the town, "the old town of Daraa"), however the gazetteer or the model split it; no place abroad."""
    return i >= 3 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ARABIC_ARTICLES and not doc[i - 2].whitespace_ \
        and not doc[i - 1].whitespace_ and _capitalised(doc[i - 3]) and bool(doc[i - 3].whitespace_)


def _inside_other_name(doc: Doc, i: int, j: int, ents: list[Span | None], cands: tuple[Candidate, ...]) -> bool:
    """One word of a longer name that is no place ("Victor" of a station named for a person, a town
    a hospital is named after), unless the place is too big to be anything else."""
    ent = ents[i]
    if j - i != 1 or ent is None or len(ent) < 2 or ent.label_ == "NORP":
        return False
    ent = _name_segment(ent, i, j)  # "Boni and Hombori (Douentza, Mopti": the model ran one name over several
    if len(ent) < 2:
        return False
    if all(doc[k].lower_ in ADMIN_SUFFIXES or doc[k].lower_ in PLACE_NOUNS for k in range(ent.start, ent.end) if not i <= k < j):
        return False  # "Bokkos LGA", "Distrik Ilaga" tagged as an organisation: the unit's own name and its kind
    if ent.label_ in ("ORG", "PERSON") and ent.start + (doc[ent.start].lower_ == "the") < i and j < _name_end(ent):
        return True  # "Amigos Para Sempre": a word in the middle of a group's or a person's name, however big the place
    if _big_place(cands):
        return False
    if ent.label_ not in ("GPE", "LOC"):
        return True
    # "Mosul Bridge", "Kandahar Airfield": the last word of a place's name the gazetteer lacks is
    # its kind of feature, not a village called Bridge (but "Wadi Hajr" is Hajr's valley)
    return i == ent.end - 1 and doc[i].lower_ in FEATURE_WORDS


SEGMENT_MARKS = frozenset({"(", ")", ",", ";"})


def _name_segment(ent: Span, i: int, j: int) -> Span:
    """The part of an entity around tokens i..j between brackets and commas, which no name spans."""
    lo, hi = i, j
    while lo > ent.start and ent.doc[lo - 1].text not in SEGMENT_MARKS:
        lo -= 1
    while hi < ent.end and ent.doc[hi].text not in SEGMENT_MARKS:
        hi += 1
    return Span(ent.doc, lo, hi, label=ent.label_)


def _quarter_follows(doc: Doc, j: int) -> bool:
    """An article-joined name follows ("Daraa al-Balad", a town's old quarter): the model calls the
    whole a person, but after a preposition of place the town is the place."""
    return j + 2 < len(doc) and doc[j].lower_ in ARABIC_ARTICLES and doc[j + 1].text in ("-", "–") \
        and _capitalised(doc[j + 2])


def _inside_longer_person(ents: list[Span | None], i: int, j: int) -> bool:
    return any(e is not None and e.label_ == "PERSON" and (e.start < i or _name_end(e) > j) for e in ents[i:j])


def _name_end(ent: Span) -> int:
    """Where the entity's name ends, without a possessive the model took into it ("Al Mukalla's") or a
    lower-case word after it."""
    end = ent.end
    while end - 1 > ent.start and (not ent.doc[end - 1].text[:1].isupper()  # "'s" and "overnight" alike
                                   or ent.doc[end - 1].lower_ in PLACE_NOUNS):  # "Faskari LGA" read as a person
        end -= 1
    return end


def noun_after(doc: Doc, j: int) -> str:
    """The word after a name at token ``j``, lower-cased, reading a unit written with "sub-" as its
    kind ("Koui sub-prefecture", "Nakapiripirit sub-county": the tokenizer cuts off "sub")."""
    if j >= len(doc):
        return ""
    if doc[j].lower_ == "sub" and j + 2 < len(doc) and doc[j + 1].text == "-" and not doc[j].whitespace_:
        return doc[j + 2].lower_
    return doc[j].lower_


def place_cue(doc: Doc, i: int, j: int) -> bool:
    """A preposition of place before the name or a place noun after it ("in X", "X province"),
    or the target of a strike ("airstrikes on X")."""
    prev = doc[i - 1].lower_ if i > 0 else ""
    return prev in LOCATIVE_PREPS or noun_after(doc, j) in PLACE_NOUNS or _strike_target(doc, i) or _after_locative(doc, i) \
        or in_unit_brackets(doc, i, j) or log_field(doc, i) or _hashtag_label(doc, i, j)


def _hashtag_label(doc: Doc, i: int, j: int) -> bool:
    """A hashtag that labels a post's line, "3/ #X, Mon 19 Sept: ...", "1/ URGENT - #X, Friday.": the place the post
    tells of."""
    return i > 0 and doc[i - 1].text == "#" and j < len(doc) and doc[j].text in (",", ":") \
        and (i < 2 or doc[i - 2].is_space or doc[i - 2].text.endswith("/") or doc[i - 2].like_num
             or doc[i - 2].text in ("-", "\u2013", "\u2014", ":"))


def log_field(doc: Doc, i: int) -> bool:
    """The name opens a field of a log entry's label, or a name listed in one ("[4] 27 Oct 2023 | X | Y, Z
    union"): a coder's place fields, which hold places."""
    prev = doc[i - 1] if i > 0 else None
    if prev is None or prev.text not in ("|", ","):
        return False
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, doc[i].idx) + 1
    line_end = text.find("\n", doc[i].idx)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if not LOG_LABEL.match(line):
        return False
    field = text[text.rfind("|", line_start, doc[i].idx) + 1:doc[i].idx]
    return prev.text == "|" or "|" in line[:doc[i].idx - line_start] and not re.search(r"\d", field)


def in_unit_brackets(doc: Doc, i: int, j: int) -> bool:
    """The name is one of the units written in brackets after a place, the coder's way of saying
    where it lies: "Nasib village (Markaz Daraa, Daraa)", "Kiwanja (Rutshuru, North Kivu)"."""
    def unit_word(tok: Token) -> bool:  # "(Eastern zone, Tigray)": a unit's kind may be written in lower case
        return tok.text == "," or _capitalised(tok) or tok.lower_ in CONNECTORS or tok.lower_ in NAME_ARTICLES \
            or tok.lower_ in UNIT_WORDS

    k = i - 1
    while k >= 0 and unit_word(doc[k]):
        k -= 1
    end = j
    while end < len(doc) and unit_word(doc[end]):
        end += 1
    if k < 1 or doc[k].text != "(" or end >= len(doc) or doc[end].text != ")":
        return False
    before = doc[k - 1]
    # after a feature a coder named in lower case ("military camp (Qa'tabah, Dali)"), two units or more
    listed = before.pos_ == "NOUN" and any(doc[x].text == "," for x in range(k + 1, end))
    return _capitalised(before) or before.lower_ in PLACE_NOUNS or listed


# Words whose "on X" is the place struck: "airstrikes on X", "shelling on X", "an assault on X".
STRIKE_WORDS = words("strike_words")
STRUCK_VERBS = words("struck_verbs")
STRUCK_OF_NOUNS = words("struck_of_nouns")


def _strike_target(doc: Doc, i: int) -> bool:
    """"airstrikes on X", "raids on X", "the assault on X" (with "the" or "al-" between); "the shelling of X";
    "artillery shelled X" (a verb of striking ground, ``struck_verbs``, right before the name)."""
    k = i - 1
    while k > 0 and doc[k].lower_ in ("the", "al", "-"):
        k -= 1
    if k >= 0 and k == i - 1 and doc[k].pos_ == "VERB" and doc[k].lemma_.lower() in STRUCK_VERBS:
        return True
    if k >= 1 and doc[k].lower_ == "of" and doc[k - 1].lower_ in STRUCK_OF_NOUNS:
        return True
    return k >= 1 and doc[k].lower_ == "on" and doc[k - 1].lemma_.lower().replace("-", "") in STRIKE_WORDS


def _taken_place(doc: Doc, i: int, j: int) -> bool:
    """"rebels captured X", "troops retook X", "took control of X": the object of a verb of taking ground
    (``taking_verbs``), which the small model often calls a person."""
    root = doc[i:j].root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in TAKING_NOUNS:
        return True  # "the recapture of X", "after the fall of X"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ == "control":
        root = root.head.head  # "seized control of X"
    # "captured Ali, a senior commander": a name with a description of its own is a person's
    return root.dep_ == "dobj" and root.head.lemma_.lower() in TAKING_VERBS \
        and not any(c.dep_ == "appos" for c in root.children) or described_as_place(doc[i:j])


def described_as_place(span: Span) -> bool:
    """The name's apposition says it is a place: "Kabo, a town in Ouham-Fafa", "Ndim, a locality of X", "Mota,
    the seat of X district"."""
    return any(c.dep_ == "appos" and (c.lemma_.lower() in PLACE_NOUNS or c.lower_ in SEAT_WORDS and any(
        p.dep_ == "prep" and p.lower_ == "of" for p in c.children)) for c in span.root.children)


def _label_opening(doc: Doc, i: int, j: int, cands: tuple[Candidate, ...]) -> bool:
    """"Aleppo: ...", "Sinaloa: ...": a big place opening the text, or a line (after a list's number:
    "6/ GEZIRA: ..."), before a colon labels where the report (or that item) is from, the way a dateline does.
    After the item's day ("5 November, Toumour: fighters raided the town ..."), a town of the gazetteer labels it
    whatever follows."""
    if j < len(doc) and doc[j].text == ":" and _after_dated_lead(doc, i):
        # (there any spelling of a town will do: "Friday 1 Nov – Tamboul: ..." is Tambul)
        return _settled(cands) and any(c.fclass in ("P", "A") for c in cands)
    if not (_opens_line(doc, i) and j < len(doc) and doc[j].text == ":"):
        return False
    # a smaller town labels its item too when what follows goes on in lower case, a telegraphic entry ("Qana: an
    # Israeli strike flattened a house"), not a speaker's words after a name ("Qana: We were asleep")
    return _big_place(cands) or j + 1 < len(doc) and doc[j + 1].is_lower and doc[j + 1].is_alpha and doc[j + 1].pos_ != "PRON" \
        and (_settled(cands, main_name=True) or any(c.pop >= 100_000 for c in cands)) and any(c.fclass in ("P", "A") for c in cands)


# A log item's day, then a comma or a spaced dash, before its place label: "- Night of Thursday 4 to Friday 5 November, ",
# "5 Nov 2021, ", "7/ Friday 1 Nov – ".
_DATED_LEAD = re.compile(r"^\s*(?:[-*\u2022\u2013\u2014]\s*)?[^\n,:;.]{0,60}?\b(?:" + vocab().month_re + "|" + vocab().weekday_re
                         + r")(?![a-z])[^\n,:;.]{0,20}(?:,|\s[-\u2013\u2014])\s*$", re.IGNORECASE)


def _after_dated_lead(doc: Doc, i: int) -> bool:
    """Nothing but the item's day, with a month or weekday and a digit, stands before token ``i`` on its line."""
    text = doc_text(doc)
    start = doc[i].idx
    line = text.rfind("\n", 0, start) + 1
    lead = text[line:start]
    return bool(re.search(r"\d", lead)) and _DATED_LEAD.match(lead) is not None


_HEADING_DATE = re.compile(r"\s*[-\u2013\u2014]\s*(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|"
                           r"\d{1,2}\s+[A-Za-z]{3}|[A-Za-z]{3,9}\.?\s+\d{1,2}\b)[^\n:]{0,40}:", re.I)


def _dated_heading(doc: Doc, i: int, j: int) -> bool:
    """"Kech - Wednesday, Nov 8: ...", "Gao – 14 March: ...": a round-up's item opens with its place, a dash
    and its day, the way a dateline does."""
    return _opens_line(doc, i) and j < len(doc) and _HEADING_DATE.match(doc_text(doc), doc[j - 1].idx + len(doc[j - 1])) is not None


_ITEM_NUMBER = re.compile(r"^(?:#?\d{1,3}[/.)]?|[/.)#\-\u2013\u2014]|\d{1,2}[:.h]\d\d)$")  # (a thread's "9/ 18:45 - X:")


def _names_in_brackets(doc: Doc, j: int) -> bool:
    """A bracket of capitalised names opens at ``j`` ("(Cooch Behar)", "(Mopti, Mali)"): the units a place is
    labelled with; a group is not."""
    if j >= len(doc) or doc[j].text != "(":
        return False
    k = j + 1
    while k < len(doc) and k - j <= BRACKET_TOKENS and (_capitalised(doc[k]) or doc[k].text in (",", "-")):
        k += 1
    return k > j + 1 and k < len(doc) and doc[k].text.startswith(")")


def _units_bracket_end(doc: Doc, j: int) -> int | None:
    """The token after a bracket of units that opens at ``j`` ("(Mayo-Moskota arrondissement)", "(Mokolo,
    Mayo-Tsanaga)": capitalised names and unit words only) and after a colon right behind it, or None: a label's
    colon is then ``doc[end - 1]``'s last character (the tokenizer may keep "):" as one token)."""
    if j >= len(doc) or doc[j].text != "(":
        return None
    k = j + 1
    while k < len(doc) and k - j <= BRACKET_TOKENS and not doc[k].text.startswith(")"):
        tok = doc[k]
        if not (_capitalised(tok) or tok.lower_ in UNIT_WORDS or tok.text in (",", "-") or tok.lower_ in CONNECTORS):
            return None
        k += 1
    closed = k < len(doc) and doc[k].text.startswith(")") and any(doc[x].lower_ in UNIT_WORDS for x in range(j + 1, k))
    if not closed:
        return None
    return k + 1 if doc[k].text != ")" or k + 1 >= len(doc) or doc[k + 1].text != ":" else k + 2


def _opens_line(doc: Doc, i: int) -> bool:
    """Nothing but a list item's number stands before token ``i`` on its line."""
    k = i - 1
    while k >= 0 and "\n" not in doc[k].text and "\n" not in doc[k].whitespace_ and _ITEM_NUMBER.match(doc[k].text):
        k -= 1
    return k < 0 or "\n" in doc[k].text or "\n" in doc[k].whitespace_


# "US-led raids", "Iran-backed fighters": the place names who led or backed, not where.
AGENT_PARTICIPLES = words("agent_participles")


def _agent_modifier(doc: Doc, j: int) -> bool:
    """"X-led", "X-backed", or without the hyphen before a noun ("U.S led coalition")."""
    if j + 1 < len(doc) and doc[j].text in ("-", "–") and not doc[j].whitespace_:
        return doc[j + 1].lower_ in AGENT_PARTICIPLES
    return j + 1 < len(doc) and doc[j].lower_ in AGENT_PARTICIPLES and doc[j + 1].pos_ in ("NOUN", "ADJ", "PROPN")


def is_mixed_abbreviation(text: str) -> bool:
    """"MoD", "DoD", "MoI": a short word with a capital after a small letter abbreviates an office
    (a ministry, a department), never a place's name ("McAllen", "DeKalb" are longer)."""
    return 2 < len(text) <= 5 and text.isalpha() and text[0].isupper() and \
        any(a.islower() and b.isupper() for a, b in zip(text, text[1:]))


# "Sinaloa Cartel", "Gulf Cartel": a place's name opening a group's name.
GROUP_HEADS = words("group_heads")


def _chain_length(doc: Doc, i: int, j: int) -> int:
    """How many capitalised names a run joined by hyphens holds, the name at [i, j) among them
    ("Kandhamal-Kalahandi-Boudh-Nayagarh": 4)."""
    parts = 1
    k = i
    while k >= 2 and doc[k - 1].text in ("-", "\u2013") and not doc[k - 1].whitespace_ and doc[k - 2].is_title:
        parts, k = parts + 1, k - 2
    k = j
    while k + 1 < len(doc) and doc[k].text in ("-", "\u2013") and not doc[k].whitespace_ and doc[k + 1].is_title:
        parts, k = parts + 1, k + 2
    return parts


def _role(doc: Doc, i: int, j: int, cands: tuple[Candidate, ...]) -> str:
    head_tok = doc[j - 1]
    nxt = doc[j] if j < len(doc) else None
    if _chain_length(doc, i, j) >= 3:
        return "name"  # "the Kandhamal-Kalahandi-Boudh-Nayagarh (KKBN) Division": a unit named for the districts it spans
    if _agent_modifier(doc, j) or nxt is not None and nxt.lower_ in GROUP_HEADS and _capitalised(nxt):
        return "organisation"
    if nxt is not None and nxt.lower_ == "time" and head_tok.dep_ in ("compound", "nmod", "amod", "poss"):
        return "name"  # "08:00 Moscow time": a time zone
    if head_tok.head.lower_ in PLACE_NOUNS or noun_after(doc, j) in PLACE_NOUNS:
        return "location"  # "Hadramawt province", "Aden city": the place itself
    if noun_after(doc, j) in COMMUNITY_NOUNS and any(c.fclass == "P" and c.pop >= 1000 and c.src != 1 for c in cands) \
            and not any(c.fclass == "A" for c in cands):
        return "location"  # "the Krasnopillia community" (a hromada named for its town); not "the Turkana community"
    if head_tok.dep_ == "compound" and head_tok.head.i >= j and head_tok.head.pos_ == "NOUN":
        return "modifier"
    owned = head_tok.head
    if head_tok.dep_ == "poss" and owned.pos_ == "PROPN" and owned.i >= j and not any(c.is_country for c in cands) \
            and not (owned.i + 1 < len(doc) and doc[owned.i + 1].lower_ in UNIT_WORDS):  # "Bogura's Sherpur upazila"
        return "organisation"  # "the Kurdistan Region's Counter-Terrorism Directorate said": an institution's owner
    if nxt is not None and nxt.pos_ == "NOUN" and nxt.i == head_tok.head.i and head_tok.dep_ in ("compound", "amod", "nmod"):
        return "modifier"
    if head_tok.dep_ in ("nsubj", "nsubjpass") and head_tok.head.lemma_ in SPEECH_VERBS and any(
        c.is_country or c.fcode in ("PPLC", "ADM1") for c in cands
    ):
        return "organisation"
    if _acting_country(head_tok, cands) and not _names_in_brackets(doc, j):
        return "organisation"  # (not a label with its units: "X (Y), Monday: workers clashed ...")
    if head_tok.dep_ == "nsubj" and head_tok.head.lemma_.lower() in GOVERNMENT_VERBS and any(c.fcode == "PPLC" for c in cands):
        return "organisation"  # "Ankara has made similar threats": the government that sits there
    return "location"


# What a country as subject can do as a place: "Syria has seen heavy fighting", "Mexico recorded 900 murders".
PLACE_SUBJECT_VERBS = words("place_subject_verbs")
GOVERNMENT_VERBS = words("government_verbs")


def _acting_country(token: Token, cands: tuple[Candidate, ...]) -> bool:
    """A country that is the subject of an act ("Turkey killed 12 fighters in X", "Russia and the
    regime shelled X") is a state acting, not where the act happened; any name that is the subject
    of a verb of fighting ("Mangal and Turi clashed") is a group's."""
    while token.dep_ == "conj" and token.head.i != token.i:  # "Russia and the regime struck X"
        token = token.head
    verb = token.head
    return token.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() not in PLACE_SUBJECT_VERBS \
        and (any(c.is_country for c in cands) or verb.lemma_.lower() in FIGHTING_VERBS)


# Words that open or close the name of a street or square ("rue de Lyon", "Calle Burgos",
# "Jaffa Road", "Kabul Street"): a town inside such a name is the street's namesake, not a place
# of the text (the street lies in some other town, named beside it or not at all).
STREET_OPENERS = words("street_openers")
STREET_CLOSERS = words("street_closers")


def _street_tokens(doc: Doc) -> frozenset[int]:
    """Tokens of the names of streets and squares ("rue X", "X Street", "X Road")."""
    out: set[int] = set()
    n = len(doc)
    for tok in doc:
        word = tok.lower_.rstrip(".")
        k = tok.i + 1
        while word in STREET_OPENERS and k + 1 < n and doc[k].lower_ in CONNECTORS and _capitalised(doc[k + 1]):
            k += 1  # "rue de Lyon", "Calle de Burgos"
        if word in STREET_OPENERS and k < n and _capitalised(doc[k]) and \
                (word not in ("avenue", "boulevard") or tok.text[0].isupper()):
            while k < n and (_capitalised(doc[k]) or doc[k].lower_ in CONNECTORS and k + 1 < n and _capitalised(doc[k + 1])):
                out.add(k)
                k += 1
        if word in STREET_CLOSERS and tok.i > 0 and _capitalised(doc[tok.i - 1]) and not tok.is_sent_start and \
                not title_case(tok.sent) and \
                not (word == "st" and tok.i + 1 < n and _capitalised(doc[tok.i + 1])):  # "St Louis" is a saint's town
            k = tok.i - 1
            while k >= 0 and _capitalised(doc[k]) and not doc[k].is_sent_start:
                out.add(k)
                k -= 1
            if k >= 0 and doc[k].text == "-":  # "the Kisii-Homa Bay road" joins two towns: a road between places
                out.difference_update(range(k + 1, tok.i))
    return frozenset(out)


def find_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """All place mentions in the doc, longest-first, non-overlapping."""
    ents = _ent_at(doc)
    taken = [False] * len(doc)
    streets = _street_tokens(doc)
    found: list[Mention] = []
    tails: set[str] = set()  # names read only as the end of a longer name the gazetteer lacks ("Complexo do Salgueiro")
    dem = demonyms()

    def add(i: int, j: int, cands: tuple[Candidate, ...], label: str, role: str | None = None, demonym_of: str | None = None) -> None:
        if _weekday_of_date(doc, i, j):
            return
        span = doc[i:j]
        if j < len(doc) and (kind := UNIT_KINDS.get(doc[j].lower_)) and not any(c.fcode == kind for c in cands):
            # "Hiran region": a unit of that kind under another spelling ("Hiiraan"), beside a namesake town
            cands = cands + tuple(c for c in gaz.lookup_skeleton(span.text) if c.fcode == kind and c not in cands)
        m = Mention(span.start_char, span.end_char, span.text, i, j, cands, label, demonym_of=demonym_of)
        m.role = role or _role(doc, i, j, cands)
        if m.role != "demonym" and not log_field(doc, i) and (
                all(k in streets for k in range(i, j)) or _inside_other_name(doc, i, j, ents, cands) or _article_tail(doc, i)):
            m.role = "name"  # "Jaffa Road", "rue de Lyon": a place's name inside another name
        found.append(m)
        for k in range(i, j):
            taken[k] = True

    # 0. Names with a lower-case article or link inside ("Deir ez Zor", "Ras al Ain", "Mocimboa da Praia",
    # "San Jose del Guaviare", "Petite Riviere de l'Artibonite"), which the small model cuts into two
    # places: the whole name, when the gazetteer has it.
    texts, lowers, caps = _token_table(doc)
    n = len(doc)

    def named(x: int) -> bool:
        return caps[x] or bool(_ELIDED.match(texts[x]))

    for i in range(n - 2):
        if taken[i] or not caps[i]:
            continue
        ends, k, linked = [], i + 1, False
        while k + 1 < n and k - i < MAX_TOKENS and not taken[k]:
            if caps[k] and linked:
                k += 1
            elif lowers[k] in NAME_JOINERS and named(k + 1):
                k, linked = k + 2, True
            elif caps[k] and k + 2 < n and lowers[k + 1] in NAME_JOINERS and named(k + 2):
                k += 1  # a capitalised word before the link: "San Jose" of "San Jose del Guaviare"
                continue
            else:
                break
            ends.append(k)
        for end in reversed(ends):
            cands = lookup_span(gaz, doc[i:end].text, ner=True)
            if _settled(cands) and \
                    not ({ents[x].label_ for x in range(i, end) if ents[x] is not None} & NOT_PLACE_LABELS - WEAK_LABELS):
                add(i, end, cands, "")
                break

    # 0a. A unit or a country named with "and" or "&" inside ("Jammu and Kashmir", "Trinidad and Tobago",
    # "Jammu & Kashmir"), which the small model may cut into a town and a region: the whole name, when the
    # gazetteer holds it as a unit or a country.
    for i in range(n - 2):
        if taken[i] or not caps[i] or lowers[i + 1] not in ("and", "&"):
            continue
        for end in (i + 4, i + 3):
            if end > n or any(taken[x] or not caps[x] for x in range(i + 2, end)):
                continue
            units = tuple(c for c in lookup_span(gaz, doc[i:end].text.replace("&", "and"), ner=True) if c.fclass == "A")
            if units:
                add(i, end, units, "")
                break

    # 0b. "Dara-i-Suf", "Pul-e-Khumri": one name joined by the Persian linking vowel, whether or not the
    # gazetteer has it ("Dara" alone, which the small model tags, is another place).
    for i in range(n - 4):
        if caps[i] and texts[i + 1] == "-" and (k := _ezafe_name_end(doc, i, taken)):
            cands = lookup_span(gaz, doc[i:k].text, ner=True)
            if cands:
                add(i, k, cands, "")
            for x in range(i, k):
                taken[x] = True

    # 1. NER places (GPE/LOC/FAC) and nationalities (NORP).
    for ent in _split_at_spaced_dashes(doc.ents):
        i, j = ent.start, ent.end
        if doc[i].lower_ == "the":
            i += 1
        label = ent.label_
        if j - i > 1 and doc[i].lower_ in UNIT_OPENERS and _capitalised(doc[i]) and label not in ("NORP", "DATE", "TIME"):
            i, label = i + 1, "GPE"  # "Distrik Ilaga" (read as a person): the unit's local word, then its name
        # the small model runs a name on into the coder's bracketed units ("Port-au-Prince (Ouest"): the name ends there
        j = next((k for k in range(i + 1, j) if doc[k].text in ("(", "[")), j)
        if i >= j or any(taken[k] for k in range(i, j)):
            continue
        if label == "NORP":
            cc = dem.get(name_key(doc[i:j].text))
            if cc and (country := gaz.country(cc)) is not None:
                add(i, j, (country,), "NORP", "demonym", cc)
            elif j - i == 1 and (cands := demonym_candidates(gaz, doc[i].text)):
                add(i, j, cands, "NORP", "demonym")
            continue
        if label == "PERSON" and j - i > 1 and _bearing_of(doc, i):
            # "south of Sheikh Zuweid": a bearing is taken from a place, never from a person, so the
            # name is looked up as a place, spelling variants and all (the tagger read a title in it)
            if cands := lookup_span(gaz, doc[i:j].text, ner=True):
                add(i, j, cands, "")
            continue
        if label not in ("GPE", "LOC", "FAC"):
            continue
        text = doc[i:j].text
        if _uncased_in_cased(doc, i, j):
            continue  # "near mosque in Kabul": the small model's GPE on a common noun, no name
        if doc[j - 1].text == "'s" and j - 1 > i:
            j -= 1
            text = doc[i:j].text
        if name_key(text) in never_places() or is_mixed_abbreviation(text) or _after_settlement_opener(doc, i):
            continue
        cands = lookup_span(gaz, text, ner=label != "FAC")
        if j - i == 1 and is_acronym(text) and not acronym_place_ok(doc, text, cands):
            continue
        if label == "FAC" and (name_key(text) in not_places() or not _strong(cands, 5_000)):
            continue  # facilities are mostly buildings and roads, not gazetteer places
        if j - i == 1 and cands and all(c.src == 1 for c in cands) and not _big_place(cands) and not place_cue(doc, i, j):
            continue  # "the Nova music festival": one word that is only another name of a small town abroad
        if j - i == 1 and j < len(doc) and doc[j].pos_ == "PROPN" and _capitalised(doc[j]) and doc[i].head.i >= j \
                and not _big_place(cands):
            continue  # "Las" of "Las Malvas": the model cut a longer name; the gazetteer matcher judges the word
        if not cands and (unit := _unit_with_its_word(doc, gaz, i, j)):
            add(i, j + 1, unit, label)  # "North Wollo zone": GeoNames writes the unit word into the name
            continue
        if cands or label in ("GPE", "LOC"):
            if not cands and j - i > 1:
                continue  # let the gazetteer matcher try the parts
            add(i, j, cands, label)

    # 1b. "Torreon Coahuila", "Celaya Guanajuato": a town and the unit holding it, written without a
    # comma, which the small model reads as one person's name.
    for ent in doc.ents:
        if ent.label_ in ("PERSON", "ORG", "GPE", "LOC") and 2 <= len(ent) <= 5 and not any(taken[k] for k in range(ent.start, ent.end)):
            pair = place_pair(doc, gaz, ent.start, ent.end)
            if pair is not None:
                (a, b, ca), (c, d, cc) = pair
                add(a, b, ca, "")
                add(c, d, cc, "")

    # 1c. "near Kfar Kila - Marjayoun": a town and its district set apart by a spaced dash, which the small model
    # may read as one person's name; both are places, after a word of place, when the gazetteer has them in one
    # province.
    for ent in doc.ents:
        dash = next((t.i for t in ent[1:-1] if _spaced_dash(t)), None)
        if dash is None or any(taken[k] for k in range(ent.start, ent.end)) or not _after_locative(doc, ent.start) \
                or not all(_capitalised(t) for t in doc[ent.start:ent.end] if t.i != dash and t.lower_ not in NAME_ARTICLES):
            continue
        left, right = lookup_span(gaz, doc[ent.start:dash].text, ner=False), lookup_span(gaz, doc[dash + 1:ent.end].text, ner=False)
        held = tuple(c for c in left if not c.is_country and any(r.cc == c.cc and r.a1 == c.a1 and r.id != c.id for r in right))
        if held:
            add(ent.start, dash, held, "")
            add(dash + 1, ent.end, tuple(r for r in right if any(r.a1 == c.a1 and r.cc == c.cc for c in held)), "")

    # 2. Gazetteer matcher over the rest: longest capitalised sequence first.
    i = 0
    while i < n:
        if not taken[i] and lowers[i] in ARABIC_ARTICLES and (k := _article_name_end(doc, i, taken)):
            cands = lookup_span(gaz, doc[i:k].text, ner=True)
            if _settled(cands, True) and \
                    not ({ents[x].label_ for x in range(i, k) if ents[x] is not None} & NOT_PLACE_LABELS - WEAK_LABELS):
                add(i, k, cands, "")  # "al-Bab", "el-Fasher": the article belongs to the name
                i = k
                continue
        if taken[i] or not caps[i]:
            i += 1
            continue
        tok = doc[i]
        key = name_key(tok.text)
        if key in dem and not (ents[i] is not None and ents[i].label_ in ("GPE", "LOC")):
            country = gaz.country(dem[key])
            if country is not None and tok.pos_ in ("ADJ", "PROPN", "NOUN"):
                add(i, i + 1, (country,), "", "demonym", dem[key])
                i += 1
                continue
        matched = False
        limit = i
        while limit < n and limit - i < MAX_TOKENS and not taken[limit] and (caps[limit] or (limit > i and (
                lowers[limit] in CONNECTORS or lowers[limit] in NAME_ARTICLES and limit + 1 < n and caps[limit + 1]
                or texts[limit].isdigit() and limit + 1 < n and caps[limit + 1]))):  # ("South 24 Parganas")
            hyphened = _hyphen_name_end(doc, limit)
            limit = hyphened if not any(taken[limit:hyphened]) else limit + 1
        whole: tuple[int, tuple[Candidate, ...]] | None = None  # the longest name here the gazetteer holds
        for j in range(limit, i, -1):
            if not caps[j - 1]:
                continue
            text = doc[i:j].text
            if j - i > 1 and (name_key(text) in not_places() or name_key(text) in never_places()):
                i, matched = j, True  # "Red Cross": a known name of no place; none of its words is one either
                break
            if name_key(text) in never_places() or j - i == 1 and is_mixed_abbreviation(text):
                continue
            cands = lookup_span(gaz, text, ner=False) or _unit_by_spelling(doc, gaz, i, j) or _kind_said_spelling(doc, gaz, i, text)
            tail = bool(cands) and _after_name_link(doc, i, j, gaz, cands)
            if tail:
                tails.add(text)
            if cands and not tail and _accept_gazetteer_hit(doc, i, j, cands, ents, gaz) and not _after_unknown_name(doc, i, j, gaz, cands, ents) \
                    and not _before_unknown_name(doc, i, j, limit, gaz, cands, ents):
                if whole is not None:
                    j, cands = whole  # "from the direction of Paso Hondo": the name written whole, not its first word
                label = ents[i].label_ if ents[i] is not None else ""
                add(i, j, cands, label)
                i = j
                matched = True
                break
            if cands and whole is None and j - i > 1:
                whole = (j, cands)
        if not matched:
            i += 1
    # 3. One name, one sense: a name read as a place where the text writes it once is a place where the
    # text repeats it ("the cabecera of X" after a headline's "... torched in X"), which neither the small
    # model nor the matcher's caution may see again.
    starts: dict[str, list[int]] = {}
    for x, word in enumerate(texts):
        starts.setdefault(word, []).append(x)
    for m in list(found):
        if m.role != "location" or not m.candidates:
            continue
        cued_only = m.label == "NORP"  # (a name the model took for a people's is repeated as a place only where cued)
        width = m.tok_end - m.tok_start
        for i in starts.get(texts[m.tok_start], ()):
            j = i + width
            if j > n or any(taken[i:j]) or doc[i:j].text != m.text or _after_name_link(doc, i, j, gaz, m.candidates) \
                    or j < n and caps[j] or i > 0 and caps[i - 1] and not _segment_start(doc, i) \
                    or name_key(m.text) in never_places() \
                    or _qualifies_people(doc[j - 1]) or cued_only and not place_cue(doc, i, j):
                continue
            add(i, j, m.candidates, ents[i].label_ if ents[i] is not None else "")
    # "the Complexo do Salgueiro ... residents of the Salgueiro": that place told short, not the town of the name
    longer = {doc[m.tok_end - 1].text: m.candidates for m in found if m.tok_end - m.tok_start >= 3 and m.candidates
              and doc[m.tok_end - 2].lower_ in NAME_LINKS}
    for m in found:
        if m.role != "location" or m.tok_end - m.tok_start != 1 or m.tok_start == 0 or doc[m.tok_start - 1].lower_ != "the":
            continue
        if m.text in longer:
            m.candidates = longer[m.text]
        elif m.text in tails:
            m.role = "name"  # (a longer name the gazetteer lacks: no place of its own)
    found = [_capital_of(doc, gaz, m) for m in found]
    found.sort(key=lambda m: m.start)
    return found



def _qualifies_people(tok: Token) -> bool:
    """The name's last word only says who people are ("young Amhara men", "X workers"): their origin, not
    where anything happened (a camp, a base or a road named after a town is still in or by that town)."""
    head = tok
    while head.dep_ in ("compound", "nmod", "amod") and head.head.i > head.i:
        head = head.head
    return head.i != tok.i and head.lemma_.lower() in _people_nouns()


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    from dateline.counts.numbers import load_vocabulary

    return frozenset(w.lower() for w in load_vocabulary().data.get("person_nouns") or [])


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


def _spaced_dash(tok: Token) -> bool:
    """A dash with a space on each side, between two names ("Brital - Baalbek"), not a hyphen inside one."""
    return tok.text in ("-", "\u2013") and tok.i > 0 and bool(tok.whitespace_) and bool(tok.doc[tok.i - 1].whitespace_)


def _split_at_spaced_dashes(ents: Iterable[Span]) -> Iterator[Span]:
    """Place entities cut at a dash with spaces on both sides: "Brital - Baalbek", "Alma al-Shaab - Tyre" is a
    town and the district that holds it (an army statement's way), two names, not one the gazetteer lacks."""
    for ent in ents:
        dashes = [t.i for t in ent[1:-1] if _spaced_dash(t)] if ent.label_ in ("GPE", "LOC") else []
        for start, end in zip([ent.start] + [d + 1 for d in dashes], dashes + [ent.end]):
            yield Span(ent.doc, start, end, label=ent.label_) if dashes else ent


WEEKDAY_ABBREVIATIONS = frozenset({"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"})


MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})


def _weekday_of_date(doc: Doc, i: int, j: int) -> bool:
    """"compiled Mon 30 Oct", "30 Oct 2023 (Mon)", "Wednesday, Nov 8": a weekday's or a month's short form
    before a day of the month, or a weekday's in brackets after a date, is no place (Mon State, Nov)."""
    if j - i != 1 or j >= len(doc):
        return False
    word = doc[i].lower_.rstrip(".")
    if word in MONTH_ABBREVIATIONS:
        after = doc[j + (doc[j].text == ".")] if j + 1 < len(doc) else doc[j]
        return after.text.isdigit() and 1 <= int(after.text) <= 31 or i > 0 and doc[i - 1].text.isdigit() and 1 <= int(doc[i - 1].text) <= 31
    if word not in WEEKDAY_ABBREVIATIONS:
        return False
    if i >= 2 and doc[i - 1].text == "(" and doc[j].text == ")" and (doc[i - 2].ent_type_ == "DATE" or doc[i - 2].like_num):
        return True
    k = j + (doc[j].text in (",", "."))
    if k >= len(doc):
        return False
    after = doc[k].text
    return after.isdigit() and 1 <= int(after) <= 31 or re.match(r"\d{1,2}(?:st|nd|rd|th)$", after) is not None


def _capital_of(doc: Doc, gaz: Gazetteer, m: Mention) -> Mention:
    """"the Somali capital", "Kenya's capital": wire copy's name for a country's capital, which is the
    place (not the country) when no name of it follows ("the Afghan capital, Kabul" names it itself)."""
    k = m.tok_end + (m.tok_end < len(doc) and doc[m.tok_end].text in ("'s", "’s"))
    if k >= len(doc) or doc[k].lower_ != "capital" or k + 1 < len(doc) and (
            _capitalised(doc[k + 1]) or doc[k + 1].lower_ == "of"
            or doc[k + 1].text == "," and k + 2 < len(doc) and _capitalised(doc[k + 2])):
        return m
    if m.role == "demonym":
        cc = m.demonym_of or next((c.cc for c in m.candidates if c.is_country), None)
    else:
        cc = next((c.cc for c in m.candidates if c.is_country), None)
    capital = gaz.capital(cc)
    if capital is None or doc[k].dep_ in ("compound", "amod", "nmod") or m.role == "demonym" and (
            m.tok_start == 0 or doc[m.tok_start - 1].lower_ != "the"):
        return m  # (a demonym needs its article: "the Somali capital", and "capital markets" are no place)
    end = doc[k].idx + len(doc[k].text)
    return Mention(m.start, end, doc_text(doc)[m.start:end], m.tok_start, k + 1, (capital,), "", role="location")


def place_pair(doc: Doc, gaz: Gazetteer, i: int, j: int) -> tuple[tuple[int, int, tuple[Candidate, ...]], ...] | None:
    """Split tokens i..j into a place and a unit that holds it ("Torreon Coahuila"), or None."""
    if not all(_capitalised(t) for t in doc[i:j]):
        return None
    whole = lookup_span(gaz, doc[i:j].text, ner=False)
    if whole:
        return None
    for k in range(j - 1, i, -1):
        inner, outer = lookup_span(gaz, doc[i:k].text, ner=False), lookup_span(gaz, doc[k:j].text, ner=False)
        units = [o for o in outer if o.is_country or o.fcode in ("ADM1", "ADM2")]
        held = tuple(c for c in inner if any(_holds(u, c) for u in units))
        if held:
            return (i, k, held), (k, j, tuple(units))
    return None


def _holds(unit: Candidate, c: Candidate) -> bool:
    if unit.cc != c.cc or unit.id == c.id or c.is_country:
        return False
    if unit.is_country:
        return True
    return c.a1 == unit.a1 if unit.fcode == "ADM1" else c.a2 == unit.a2 and c.fcode != "ADM1"


# The Persian linking vowel written between hyphens: "Mazar-i-Sharif", "Pul-e-Khumri", "Qala-e-Naw".
EZAFE = frozenset({"i", "e", "ye", "yi"})
# A French article elided onto the name it opens ("l'Artibonite", "d'Ivoire"): part of a longer name.
_ELIDED = re.compile(r"^[ldLD]['’][A-Z]")


def _ezafe_name_end(doc: Doc, i: int, taken: list[bool]) -> int:
    """End of a name joined by a hyphenated linking vowel ("Dara-i-Suf"), or 0."""
    if i + 4 >= len(doc) or not _capitalised(doc[i]) or any(taken[i:i + 5]):
        return 0
    a, v, b, last = doc[i + 1], doc[i + 2], doc[i + 3], doc[i + 4]
    if a.text == "-" and v.lower_ in EZAFE and _capitalised(b) and v.whitespace_ and not doc[i].whitespace_ \
            and not a.whitespace_:
        return i + 4  # "Mazar-e Sharif": the vowel hyphened to the first word only
    if a.text != "-" or b.text != "-" or v.lower_ not in EZAFE or not _capitalised(last) \
            or any(t.whitespace_ for t in doc[i:i + 4]):
        return 0
    return i + 5


def _hyphen_name_end(doc: Doc, i: int) -> int:
    """End of a capitalised name whose words are joined by hyphens with no space ("Port-au-Prince",
    "Petion-Ville", "Croix-des-Bouquets"), which the tokenizer splits; ``i + 1`` when none starts at ``i``."""
    end = i + 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and (doc[end + 1].is_alpha or _ELIDED.match(doc[end + 1].text)):
        end += 2
    last = doc[end - 1]
    return end if end > i + 1 and _capitalised(doc[i]) and (_capitalised(last) or _ELIDED.match(last.text)) else i + 1


# A French article elided before a name, written as one word after a hyphen ("Saut-d'Eau", "Anse-d'Hainault").
_ELIDED = re.compile(r"^[dlDL]['\u2019][A-ZÀ-Ý]\w*$")


def _article_name_end(doc: Doc, i: int, taken: list[bool]) -> int:
    """End of an article joined to a name ("al-Bab", "el-Fasher"), or 0.  Capitalised ("Al-Raqqah")
    the article also opens names of groups and media ("Al-Shabaab", "Al-Jazeera"), so it must stand
    where a place does: after a preposition of place or before a place noun."""
    if doc[i].lower_ not in ARABIC_ARTICLES or i + 2 >= len(doc) or doc[i + 1].text != "-" \
            or doc[i].whitespace_ or doc[i + 1].whitespace_ or not _capitalised(doc[i + 2]) or taken[i + 2]:
        return 0
    if doc[i].text[0].isupper() and not place_cue(doc, i, i + 3):
        return 0
    if i > 0 and _capitalised(doc[i - 1]) and doc[i - 1].whitespace_:
        return 0  # "Daraa al-Balad": the article joins the name before it; "al-Balad" alone is no town of Iraq
    return i + 3


def forced_mention(doc: Doc, gaz: Gazetteer, start: int, end: int, text: str | None = None) -> Mention:
    """A mention at a given character span (gold-span evaluation, user-marked places)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        raise ValueError(f"characters {start}-{end} do not fall inside the document")
    text = text or doc_text(doc)[start:end]
    key = name_key(text)
    dem = demonyms()
    if key in dem and (country := gaz.country(dem[key])) is not None:
        m = Mention(start, end, text, span.start, span.end, (country,), "NORP", "demonym", dem[key], forced=True)
        return m
    cands = lookup_span(gaz, text, ner=True)
    if not cands and text.lower().startswith("the "):
        cands = lookup_span(gaz, text[4:], ner=True)
    if not cands:
        cands = demonym_candidates(gaz, text)
    m = Mention(start, end, text, span.start, span.end, cands, "", forced=True)
    m.role = _role(doc, span.start, span.end, cands)
    return m
