"""Whether a span only the gazetteer found is a place, or a word of a longer name.

NER misses many places, so the matcher looks up every capitalised run; a hit passes
``_accept_gazetteer_hit`` only when the cues around it, the model's label and the candidates' size agree
that it is no common word, brand, title or part of a person's name.  The tests for a word of a longer
name the gazetteer lacks ("Halab" of "Kafr Halab", "Lima" of "Plan de Lima", "Kone" of "Let Yet Kone",
"Victor" of a station named for a person) are here too; ``find_mentions`` asks them of the names it
keeps as well.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from dateline.places.gazetteer import Candidate, Gazetteer
from dateline.places.normalize import ARABIC_ARTICLES, fold, name_key
from dateline.nlp import doc_cache
from dateline.places.cues import (_after_locative, _after_named_village, _capitalised, _dated_heading, _hashtag_label,
                                  _held_by_bracketed_units, _label_opening, _opens_line, _placed_by_distance,
                                  _quarter_follows, _route_end, _segment_start, _strike_target, _taken_place,
                                  _town_site_follows, _unit_after_place, _units_bracket_end, described_as_place,
                                  in_unit_brackets, log_field, noun_after, place_cue, title_case)
from dateline.places.lookup import _big_place, _settled, _strong, acronym_place_ok, is_acronym, lookup_span, not_places
from dateline.places.name_words import (ADMIN_SUFFIXES, FEATURE_WORDS, KIND_WORDS, NAME_LINKS, NOT_PLACE_LABELS,
                                        OFFICE_WORDS, PLACE_NOUNS, RESIDENT_NOUNS, ROMANCE_UNIT_WORDS, SETTLEMENT_OPENERS,
                                        SURROUNDS, TITLES, UNIT_TITLES, WEAK_LABELS)


def _person_words(doc: Doc) -> frozenset[str]:
    """Words of the multi-word person names in the doc (cached beside the doc, never serialised)."""
    cache = doc_cache(doc)
    cached = cache.get("person_words")
    if cached is None:
        cached = cache["person_words"] = frozenset(t.lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 for t in e)
    return cached


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
    # a name the gazetteer knows on both sides ("Real de Arandas") may be a quarter named for its town: kept (not when
    # the opener is a common word no place goes by: "Vila do Joao" is a quarter's name, not Vila in Andorra)
    return not lookup_span(gaz, doc[k - 1: j].text, ner=False) and (
        name_key(opener.text) in not_places() or not _settled(lookup_span(gaz, opener.text, ner=False), True))


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
