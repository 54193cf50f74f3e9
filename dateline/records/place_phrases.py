"""Reading the place phrases of an event's clause.

The locative phrases a trigger governs ("in X", "near X", "on the outskirts of X", "X village
(District, Region)", "X's Y district", "the village" for the last village named), each read as a
``PlacePhrase`` with the units written with it; and what the phrase a named place sits in says of
it: a reference point ("north of X"), a side place of the story (where the wounded were taken,
where someone spoke) or where someone came from ("fighters from X").  The place words are the
lists of ``data/linking.yaml``, read once, here.  ``place.py`` chooses the event's place from these
readings; prepositions and dependency labels are grammar and stay in this code.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from dateline.counts.numbers import load_vocabulary
from dateline.events.features import trigger_types
from dateline.events.ontology import VIOLENT_EVENT_TYPES
from dateline.datafiles import load_mapping, word_list
from dateline.nlp import doc_text
from dateline.places.normalize import name_key
from dateline.places.lookup import is_acronym
from dateline.places.name_words import ADMIN_SUFFIXES, ADMIN_UNIT_WORDS, COMMUNITY_NOUNS, STREET_CLOSERS, STREET_OPENERS
from dateline.places.resolve import destination
from dateline.records.clause import Clause, clause_head
from dateline.types import Toponym

LOCATING_ROLES = ("location", "modifier")
# Smaller rank = more specific place.
_FEATURE_RANK = {"P": 0, "ADM3": 1, "ADM2": 2, "ADM1": 3, "PCLI": 5, "CONT": 6}


def _rank(t: Toponym) -> int:
    p = t.place
    if p is None:
        return 9
    if p.feature_class == "P":
        return 0
    return _FEATURE_RANK.get(p.feature_code or "", 4)


def _landmark(doc: Doc, t: Toponym, toponyms: list[Toponym] | None = None) -> bool:
    """The toponym is the "of" object of a direction or distance ("north of X", "45 kilometres
    west of X", "20 miles from X"): a reference point, not where something is.  With ``toponyms``,
    not when the bearing says where an act was ("men cutting wood about 6 km west of X", hung on the
    verb) and sets no named place beside it: X is then the nearest the text comes to the spot; one
    set beside a name or a thing ("Sinjil, north of Ramallah", "the Kati camp, 15 km from Bamako")
    is still a reference point."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ == "appos" and root.head.pos_ in ("NOUN", "PROPN") and root.head.i != root.i:
        root = root.head  # "30 km south of the regional capital Bahir Dar": the name set beside the noun of the bearing
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("of", "from"):
        return False
    word = prep.head
    if not (word.lower_ in LANDMARK_NOUNS or word.lower_ in DISTANCE_WORDS):
        return False
    if toponyms is None or word.dep_ not in ("advmod", "npadvmod", "prep") or word.head.pos_ not in ("VERB", "AUX"):
        return True
    others = [o for o in toponyms if o is not t]
    text = doc_text(doc)
    # (the parser may hang on the verb what the comma sets beside a name: "in Qaryut, south of Nablus")
    return _on_named_place(word, others) or any(_BESIDE.fullmatch(text, o.end, word.left_edge.idx) for o in others)


# What may stand between a name and the bearing set beside it: ", ", ", about ".
_BESIDE = re.compile(r"\s*,\s*(?:(?:about|some|around|nearly|roughly|approximately|just)\s+)?", re.I)


# Compass bearings in degrees, and the length of a distance unit in km.
BEARING_DEGREES = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225,
                   "west": 270, "northwest": 315}
UNIT_KM = {"km": 1.0, "kms": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0, "kilometer": 1.0,
           "miles": 1.609, "mile": 1.609, "mi": 1.609}
_UNITS = "|".join(sorted(UNIT_KM, key=len, reverse=True))
_CONVERSION = r"(?:\([^()]{0,30}\)\s*)?"  # the same distance in other units: "130 km (80 miles)"
# A distance's figure, in digits or words ("30 km", "some thirty kilometres").
_FIGURE = r"(" + load_vocabulary().number + r")"
_OFFSET = re.compile(_FIGURE + r"\s*-?\s*(" + _UNITS + r")\.?\s+" + _CONVERSION + r"(?:to\s+the\s+)?((?:north|south)[-\s]?(?:east|west)|north|south|east|west"
                     r"|(?-i:[NS][EW]|[NSEW]))(?:ern)?\s+of\s+(?:the\s+\w+\s+of\s+|the\s+(?:(?:regional|provincial|state|district|county|"
                     r"departmental)\s+)?capital,?\s+)?$", re.I)  # ("... south of the regional capital X")
# A compass point written short ("15 km E of X", "20 km NE of Y"): its bearing.
_SHORT_BEARINGS = {"N": "north", "S": "south", "E": "east", "W": "west", "NE": "northeast", "NW": "northwest",
                   "SE": "southeast", "SW": "southwest"}


def offset_of(doc: Doc, t: Toponym) -> tuple[float, float] | None:
    """(km, bearing) when the text sets the event a distance and a direction from the toponym ("about 75
    kilometres south of X", "30 km north-east of Y"), else None."""
    before = doc_text(doc)[max(0, t.start - 60):t.start]
    m = _OFFSET.search(before)
    return _km_and_bearing(m) if m is not None else None


def _km_and_bearing(m: re.Match[str]) -> tuple[float, float]:
    """(km, degrees) of a match whose groups are the figure, the unit and the compass point."""
    bearing = _SHORT_BEARINGS.get(m.group(3)) or re.sub(r"[-\s]", "", m.group(3).lower())
    figure = m.group(1)
    km = float(figure) if re.fullmatch(r"\d+(?:\.\d+)?", figure) else float(load_vocabulary().value(figure) or 0)
    return km * UNIT_KM[m.group(2).lower()], float(BEARING_DEGREES[bearing])


# A name set beside the bearing that places it: "X, some 30 km north of Y", "X (about 40 km east of Y)".
_PLACED_BY = re.compile(r"\s*[,(]\s*"
                        # ("X, a village in the commune of Y located on the RN4 some forty kilometres east of Z")
                        r"(?:an?\s+(?:[\w'\u2019-]+\s+){0,2}?(?:village|town|locality|hamlet|settlement)\b[^.;:()]{0,100}?"
                        r"\b(?:located|situated|lying)\s+(?:(?:on|along|off)\s+[^.;:(),]{1,30}?\s+)?)?"
                        r"(?:(?:which|that)\s+(?:lies|is|sits|stands|is\s+located|is\s+situated)\s+)?"
                        r"(?:(?:about|some|around|nearly|roughly|approximately|just)\s+)?" + _FIGURE + r"\s*-?\s*("
                        + _UNITS + r")\.?\s+" + _CONVERSION + r"(?:to\s+the\s+)?((?:north|south)[-\s]?(?:east|west)|north|south|east|west"
                        r"|(?-i:[NS][EW]|[NSEW]))(?:ern)?\s+of\s+(?:the\s+(?:town|city|village)\s+of\s+)?", re.I)


# ... or from a capital the text names elsewhere: "X, which lies about 30 km east of the regional capital".
_CAPITAL = re.compile(r"the\s+(?:(regional|provincial|state|departmental|district|county)\s+)?capital\b", re.I)


def _capital(towns: list[Toponym], regional: bool, before: int) -> Toponym | None:
    """The capital the text means: a national capital it names, or for "the regional capital" the seat of a
    first-order unit (GeoNames PPLA) named last before ``before`` (else first after it)."""
    def seat(p: Any) -> bool:  # (GeoNames marks some regions' seats only by their name: Diffa in Diffa; some not at all)
        if p.feature_code == "PPLA" or bool(p.admin1) and name_key(p.name) == name_key(p.admin1):
            return True
        from dateline.places.gazetteer import shared

        gaz = shared()
        own = gaz.by_id(p.geonameid)
        return own is not None and (main := gaz.seat(own.a1)) is not None and main.id == own.id

    found = [t for t in towns if t.place is not None and (seat(t.place) if regional else t.place.feature_code == "PPLC")]
    earlier = [t for t in found if t.start < before]
    return earlier[-1] if earlier else (found[0] if found else None)


def placed_by_bearing(doc: Doc, toponyms: list[Toponym]) -> list[Toponym]:
    """Names the gazetteer lacks that the text itself places, by a distance and a bearing from a town it
    holds ("Nassoumbou, some 30 km north of Djibo"): every mention of the name stands at that point, with
    geo_precision 2, as a coder measuring from the town would put it, not at its province's middle."""
    text = doc_text(doc)
    points: dict[str, Toponym] = {}
    towns = [t for t in toponyms if t.place is not None and t.place.feature_class == "P"]
    for u in toponyms:
        if u.place is not None or u.role != "location" or name_key(u.text) in points:
            continue
        # (wherever the text names it: the parser may not call it a place where the bearing is set)
        ends = [m.end() for m in re.finditer(r"\b" + re.escape(u.text) + r"\b", text)]
        tried = [(t, end, t.start) for end in ends for t in towns if end < t.start <= end + 80]
        for end in ends:  # "... east of the regional capital": the capital the text names elsewhere
            if (m := _PLACED_BY.match(text, end)) is not None and (c := _CAPITAL.match(text, m.end())) is not None \
                    and (capital := _capital(towns, c.group(1) is not None, m.end())) is not None:
                tried.append((capital, end, m.end()))
        for t, end, at in tried:
            m = _PLACED_BY.fullmatch(text, end, at)
            if m is None:
                continue
            lat, lon = destination((t.place.latitude, t.place.longitude), *_km_and_bearing(m))
            place = t.place.model_copy(update={"geonameid": None, "name": u.text, "latitude": lat, "longitude": lon,
                                               "feature_code": "PPL", "population": 0})
            points[name_key(u.text)] = u.model_copy(update={"place": place, "geo_precision": 2})
            break
    if not points:
        return toponyms
    return [points[k].model_copy(update={"start": u.start, "end": u.end, "text": u.text, "score": u.score})
            if u.place is None and u.role == "location" and (k := name_key(u.text)) in points else u for u in toponyms]


# Verbs whose object is who was spoken to ("told reporters in X", "briefed journalists in Y").
ADDRESSING_VERBS = frozenset({"tell", "brief", "inform", "address"})
# Verbs of appeal and the preposition before those appealed to ("call on the government in X", "appealed to
# leaders in X"): the addressee sits elsewhere, and its place is not where the appeal was made.
APPEAL_PREPS = {"call": "on", "appeal": "to", "plead": "with"}


def _side(doc: Doc, t: Toponym, anchor: int) -> bool:
    """The toponym is a side place of the story, not where the event happened: where the wounded
    were treated or taken ("died on the way to a hospital in X", "rushed to X General Hospital"),
    or where someone spoke or a statement came from ("the minister, speaking in X", "a spokesman
    in X said", "according to a union in X"; not "police in X said").  Read up the parse from the
    name to the first verb; a path through the event's own trigger is the event's."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    tok, last = span.root, span.root
    for _ in range(8):
        if tok.idx == anchor:
            return False
        lemma = tok.lemma_.lower()
        if lemma in CARE_PLACES or tok.lower_ in CARE_PLACES:  # "on the way to a hospital in X", "treated at
            # X hospital"; not "a strike on a hospital in X", "hostages held in a hospital in X"
            prep = tok.head
            return prep.dep_ == "prep" and (prep.lower_ == "to" or prep.head.lemma_.lower() in TRANSFER_VERBS)
        if tok.pos_ in ("VERB", "AUX"):  # "taken to X" (not "took part in a march to X"), "speaking in X"
            adjunct = last.dep_ == "prep"  # not "police in X said": the speaker's own place may be the event's
            told_of = any(c.dep_ == "nsubjpass" and any(w.idx == anchor for w in c.subtree) for c in tok.children)
            if adjunct and lemma in SPEAKING_WORDS and last.i > tok.i and not told_of:  # "X killed two, the ministry said in
                return True  # Beirut": the report hangs from the same verb, but the place is where it was said
                # (a place before the verb, "In Peshawar, police said ...", sets the scene of what is said;
                # "fighting was reported in X" tells where the fighting was)
            if adjunct and lemma in APPEAL_PREPS and any(c.dep_ == "prep" and c.lower_ == APPEAL_PREPS[lemma]
                                                         and c.i < last.i for c in tok.children):
                return True  # "call on the government in X", the parser hanging "in X" on "call": the addressee's seat
            if any(w.idx == anchor for w in tok.subtree):  # "took part in a march to X": the event's own verb
                return False
            if adjunct and tok.dep_ == "acl" and tok.head.lemma_.lower() in SPEAKING_WORDS:
                return True  # "said in a statement issued in X", "a communique released in X": where it was issued
            if tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN"):
                last, tok = tok, tok.head  # "into the forest bordering X": the thing's place, read on up
                continue
            return adjunct and lemma in TRANSFER_VERBS and (last.lower_ == "to" or last.lower_ == "into" and not any(
                c.dep_ == "prt" for c in tok.children))  # ("carried out incursions into X": X is where they were done)
        if lemma in SPEAKING_WORDS:  # "a statement from X", "a spokesman in X", "a military source in X"
            return True
        if tok.dep_ in ("dobj", "dative") and tok.head.lemma_.lower() in ADDRESSING_VERBS:
            return True  # "told reporters in X": those told are where the telling was (not "reported strikes in X")
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and APPEAL_PREPS.get(tok.head.head.lemma_.lower()) == tok.head.lower_:
            return True  # "gathered to ... call on the federal government in X": the addressee's seat
        if tok.head.i == tok.i:
            return False
        last, tok = tok, tok.head
    return False


def named_as_cause(doc: Doc, t: Toponym) -> bool:
    """The place is what people stood with or for ("in solidarity with Gaza", "in support of Ukraine"),
    not where they stood."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    prep = span.root.head
    if span.root.dep_ != "pobj" or prep.lower_ not in ("with", "of", "for", "to"):
        return False
    # (the parser may hang "with Gaza" on the march beside "in solidarity")
    return prep.head.lemma_.lower() in CAUSE_NOUNS or prep.lower_ == "with" and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.lemma_.lower() in CAUSE_NOUNS for g in c.children) for c in prep.head.children)


def behind_event(doc: Doc, token: Token, trigger: Token) -> bool:
    """``token`` hangs under the object of "after", "following", "since" or "before" that is another
    event than the trigger ("tried to march after the blast at a hospital in X"), or under a clause they
    open ("hours after rockets were fired towards X"): that event's place."""
    for a in (token, *token.ancestors):
        if a.i == trigger.i or any(x.i == trigger.i for x in a.subtree):
            return False
        if a.dep_ == "pobj" and a.pos_ == "NOUN" and a.head.lower_ in BEHIND_PREPS:
            return True
        if a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in BEHIND_PREPS for c in a.children):
            return True  # "..., hours after rockets were fired towards X"
    return False


def names_other_event(token: Token, trigger: Token) -> bool:
    """The place word names people by another violent event they lived through ("suspects identified by the Oguta
    attack survivors"): it places that event, not the trigger's.  (Not "over the Kabul bombing": arrests over an
    attack are often made where it was.)"""
    return token.i != trigger.i and token.head.i != trigger.i and token.dep_ in ("compound", "amod") \
        and token.head.pos_ == "NOUN" and not _violence_noun(token.head) and any(
            c.dep_ == "compound" and c.i != token.i and c.i != trigger.i and _violence_noun(c) for c in token.head.children)


def _violence_noun(token: Token) -> bool:
    """A noun the ontology's lexicon reads as a violent event ("attack", "massacre", "bombing")."""
    return bool(trigger_types(token) & VIOLENT_EVENT_TYPES)


def _aside(doc: Doc, t: Toponym, anchor: int) -> bool:
    """A side place of the story or where people came from: not the event's place while the
    paragraph names another."""
    return _side(doc, t, anchor) or _origin(doc, t) or _gone_to(doc, t, anchor)


def road_ends(road: Token, toponyms: list[Toponym]) -> tuple[list[Toponym], tuple[int, int] | None]:
    """The towns a road's phrase names as its ends ("the road between Jowhar and Mahaday", "from X to Y"),
    first town first, and the span of the first end no toponym covers, if any."""
    ends = [g for c in road.children if c.dep_ == "prep" and c.lower_ in ("between", "from", "to")
            for g in c.children if g.dep_ == "pobj"]
    found: list[Toponym] = []
    unread = None
    for x in (x for g in ends for x in (g, *g.conjuncts) if x.pos_ == "PROPN"):
        if (t := _covering(toponyms, x)) is not None:
            found.append(t)
        elif unread is None:
            unread = (x.idx, x.idx + len(x))
    return sorted({t.start: t for t in found}.values(), key=lambda t: t.start), unread


def _gone_to(doc: Doc, t: Toponym, anchor: int) -> bool:
    """Where people went, by the words before the name, when the parse misses it ("a resident who has
    since fled to the provincial capital Pemba told AFP", with "Pemba" read as the subject of "told"):
    a verb of taking or fleeing, "to", and at most a few words of kind."""
    start = max(0, t.start - 80)
    sent = doc.char_span(t.start, t.end, alignment_mode="expand")
    if sent is None or sent.sent.start_char > start and sent.sent.start_char >= t.start - 1:
        return False
    before = doc_text(doc)[max(start, sent.sent.start_char):t.start]
    if anchor >= max(start, sent.sent.start_char) and anchor < t.start \
            and not _ATTRIBUTION.search(doc_text(doc), anchor, t.start):
        return False  # the event's own trigger stands between: "fighters marched to X"
    # (not when the going is the speaker's, after the event's words: "'they burned the market,' said a trader
    # who reached X")
    return _GONE_TO.search(before) is not None


# A speaker's words after a quotation or a clause of saying: the rest of the sentence is the speaker's.
_ATTRIBUTION = re.compile(r"[\"”],?\s+(?:said|says|told|added)\b|,\s+(?:said|says|told|added|according\s+to)\b", re.I)


# The past forms a text writes a verb of taking or fleeing in before "to X" ("fled to", "was flown to").
TRANSFER_FORMS = frozenset({"taken", "took", "rushed", "evacuated", "transferred", "flown", "flew", "airlifted",
                            "brought", "carried", "moved", "admitted", "referred", "driven", "fled", "escaped",
                            "fleeing", "escaping", "relocated"})
# ... or arrived: "residents who reached X told partners", "displaced families arriving in X".
ARRIVAL_FORMS = frozenset({"reached", "reaching", "arrived in", "arrived at", "arriving in", "arriving at", "arrive in"})
_GONE_TO = re.compile(r"\b(?:(?:" + "|".join(sorted(TRANSFER_FORMS)) + r")\s+(?:back\s+)?to|"
                      + "|".join(sorted(ARRIVAL_FORMS)) + r")\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$", re.I)


def _origin(doc: Doc, t: Toponym, launched: bool = False) -> bool:
    """The toponym says where someone or something came from ("fighters from X", "a missile fired
    from X"), which is no place of the event ("rebels withdrew from X" is: a verb of leaving).
    ``launched``: only where a verb sent something or someone ("launched from X", "arrived from X")
    or a projectile came from ("two missiles from X"); people's home ("elders from X") may stand
    for the place when nothing else is named."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    obj = span.root
    if obj.dep_ in ("compound", "amod", "nmod") and _kind(obj.head) in PLACE_KINDS:  # "from the X region"
        obj = obj.head
    while obj.dep_ == "conj" and obj.head.i != obj.i:  # "from X and Y"
        obj = obj.head
    prep = obj.head
    if obj.dep_ != "pobj" or prep.lower_ != "from" or prep.head.i == prep.i:
        return False
    head = prep.head
    if head.lower_ in DISTANCE_WORDS or head.lower_ in NEAR_NOUNS or _near_from(prep):
        return False  # "20 km from X" is a landmark (``_landmark``); "a bomb 10 km from X" near X
    if launched:
        return head.lemma_.lower() in ORIGIN_VERBS or head.lemma_.lower() in PROJECTILES
    # "men from X", "both from X", "three from X", "all from X": people and where they came from
    return head.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or head.lower_ in ("both", "all", "each") \
        or head.pos_ == "ADJ" and head.dep_ in ("nsubj", "nsubjpass", "dobj") or head.lemma_.lower() in ORIGIN_VERBS


def headed_toward(doc: Doc, t: Toponym) -> bool:
    """The toponym is where someone moved towards ("pursued the raiders towards the X border", "fled toward X"):
    a direction, no place the story stood at."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    obj = span.root
    if obj.dep_ in ("compound", "amod", "nmod") and obj.head.pos_ == "NOUN":  # "towards the X border"
        obj = obj.head
    while obj.dep_ == "conj" and obj.head.i != obj.i:
        obj = obj.head
    return obj.dep_ == "pobj" and obj.head.lower_ in ("towards", "toward")


LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "around", "inside", "across", "along", "within", "throughout", "through",
                            "into", "on", "off", "nearby", "close", "between", "by"})
NEAR_PREPS = frozenset({"near", "outside", "around", "nearby", "close", "by"})
PLACE_WORDS = Path(__file__).resolve().parents[1] / "data" / "linking.yaml"


@functools.cache
def place_words(path: str | Path = PLACE_WORDS) -> dict[str, tuple[str, ...]]:
    """The place-word lists of ``linking.yaml`` (``place_kinds``, ``near_nouns``...), read once:
    words a newcomer edits without touching this module."""
    data = load_mapping(path, ValueError, "linking vocabulary")
    keys = ("place_kinds", "unit_kinds", "town_parts", "part_nouns", "settlement_kinds", "surround_nouns",
            "landmark_nouns", "distance_words", "origin_verbs", "projectiles", "care_places", "transfer_verbs",
            "speaking_words", "site_words", "settlement_anaphors", "district_anaphors", "province_anaphors",
            "border_words", "scene_verbs", "route_words", "whereabouts_verbs", "cause_nouns", "control_nouns",
            "neighbour_words", "institution_nouns")
    return {key: word_list(data, key, path) for key in keys}


PLACE_KINDS = frozenset(place_words()["place_kinds"])
# A state's bodies named "of" their country ("the Police of the Republic of X"): the country owns them.
INSTITUTION_NOUNS = frozenset(place_words()["institution_nouns"])
# A part of a town: the name is a neighbourhood's, and a town of that name elsewhere is not it.
TOWN_PARTS = frozenset(place_words()["town_parts"])
# Parts of a town that stand for it: "through the streets of X", "at the entrance of X", "in the centre of X".
PART_NOUNS = frozenset(place_words()["part_nouns"])
SETTLEMENT_KINDS = frozenset(place_words()["settlement_kinds"])
UNIT_KINDS = frozenset(place_words()["unit_kinds"])
# "on the outskirts of X", "north of X": near X (geo_precision 2); "north of X" also makes X a landmark.
LANDMARK_NOUNS = frozenset(place_words()["landmark_nouns"])
NEAR_NOUNS = frozenset(place_words()["surround_nouns"]) | LANDMARK_NOUNS
DISTANCE_WORDS = frozenset(place_words()["distance_words"])
# Verbs whose "from X" is where something came from ("drones launched from X"); a noun's "from X"
# is its origin too ("workers from X").
ORIGIN_VERBS = frozenset(place_words()["origin_verbs"])
PROJECTILES = frozenset(place_words()["projectiles"])
# Verbs whose subject is the scene of their object: "Daraa city witnessed an explosion".
SCENE_VERBS = frozenset(place_words()["scene_verbs"])
CONTROL_NOUNS = frozenset(place_words()["control_nouns"])
# Side places: where the wounded were treated or taken, where someone spoke ("taken to a hospital in X",
# "speaking in X", "a spokesman in X said").
CARE_PLACES = frozenset(place_words()["care_places"])
TRANSFER_VERBS = frozenset(place_words()["transfer_verbs"])
SPEAKING_WORDS = frozenset(place_words()["speaking_words"])
SITE_WORDS = frozenset(place_words()["site_words"])
# Sites named after places they lead to or lie between, not the one they stand in ("the Dhaka-Sylhet highway").
NAMED_FOR_ELSEWHERE = frozenset({"road", "highway", "border", "valley", "mountain", "river", "lake", "forest", "hill",
                                 "sector", "crossing", "junction", "bridge"})
BORDER_WORDS = frozenset(place_words()["border_words"])
CAUSE_NOUNS = frozenset(place_words()["cause_nouns"])
# A time preposition whose object, an event noun, has a place of its own ("marched after the blast at a
# hospital in X": the blast's place, not the march's).
BEHIND_PREPS = frozenset({"after", "following", "since", "before"})
ROUTE_WORDS = frozenset(place_words()["route_words"])
WHEREABOUTS_VERBS = frozenset(place_words()["whereabouts_verbs"])
# "the village", "the district", "the province": the last place of that kind the text named (``_anaphor``).
ANAPHOR_KINDS = {**{w: "P" for w in place_words()["settlement_anaphors"]},
                 **{w: "ADM2" for w in place_words()["district_anaphors"]},
                 **{w: "ADM1" for w in place_words()["province_anaphors"]}}
# The largest place each settlement word can stand for (GeoNames population).
ANAPHOR_SIZE = {"village": 50_000, "hamlet": 50_000, "town": 1_000_000}


@dataclass
class PlacePhrase:
    """A locative phrase of the event: the place it names and the units written with it."""

    named: list[Toponym] = field(default_factory=list)  # the place itself (usually one)
    unread: tuple[int, int] | None = None  # a proper name there the places stage did not take as a place
    context: list[Toponym] = field(default_factory=list)  # the units it sits in, most specific first
    near: bool = False
    part: bool = False  # "in the San Antonio neighborhood": a part of some town, not the town of that name
    street: bool = False  # "in Calle X, Madrid", "on rue X in Lyon": the units written with it are the place
    depth: int = 0  # how far up the parse the phrase hangs from the trigger
    route: bool = False  # "on the Jos-Bauchi highway": the names are where the road leads, near the event at best
    admin: list[str] = field(default_factory=list)  # the unit names written in brackets after it, as written
    behind: bool = False  # "after the blast at a hospital in X": another event's place, the event's only if nothing else is
    bearing: bool = False  # "north of X", "30 km south of X": X is only the reference point a bearing is taken from


def _kind(token: Token) -> str:
    """The word as the place-word lists spell it: "outskirts" (whose lemma the tagger gives as
    "outskirt"), "villages" -> "village"."""
    lower = token.lower_
    return lower if lower in NEAR_NOUNS or lower in PLACE_KINDS else token.lemma_.lower()


def _is_country(t: Toponym) -> bool:
    return t.place is not None and ((t.place.feature_code or "").startswith("PCL") or t.role == "demonym")


def _covering(toponyms: list[Toponym], token: Token) -> Toponym | None:
    return next((t for t in toponyms if t.start <= token.idx < t.end), None)


# Prepositions whose object is a place even when the places stage did not read it as one.
STRONG_LOCATIVE = frozenset({"in", "at", "near", "outside", "around", "inside", "into"})
# (NER's ORG or PERSON on a name after "in" is often a town it does not know: "countryside of Hama".)
NOT_PLACE_ENTITIES = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL", "CARDINAL"})


def _sited(site: Token, toponyms: list[Toponym]) -> bool:
    """A site that says where it stands ("the San Mateo church in Chilpancingo"): named for a saint or a
    person as often as for its town, so the town it stands in is the place, not the name it bears. A
    settlement's name is its own ("Elwak town in Mandera County")."""
    return site.lemma_.lower() in SITE_WORDS - SETTLEMENT_KINDS and any(
        c.dep_ == "prep" and c.lower_ in ("in", "at") and any(
            g.dep_ == "pobj" and (t := _covering(toponyms, g)) is not None and t.place is not None for g in c.children)
        for c in site.children)


# A place measured this close to a named one ("a village 15 km from X") is coded at the named one.
NEAR_DISTANCE_KM = 30.0


def _measured_from(obj: Token, toponyms: list[Toponym]) -> list[Toponym]:
    """The place a settlement is measured from when the distance is short ("a village about 15 km from X"):
    at most ``NEAR_DISTANCE_KM`` away, the named place stands for it."""
    found = []
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "from"):
        if _near_from(prep):
            found += [t for g in prep.children if g.dep_ == "pobj" and (t := _covering(toponyms, g)) is not None]
    return found


def _near_from(prep: Token) -> bool:
    """"from" after a short distance ("about 15 km from X", "10 kilometres away from X"): at most
    ``NEAR_DISTANCE_KM``, so the place it names stands for where the event was."""
    unit = next((c for c in (*prep.children, *prep.head.children) if c.lower_ in UNIT_KM), None)
    number = next((c for c in unit.children if c.dep_ == "nummod" and c.like_num), None) if unit is not None else None
    # (spelled out too: "about five kilometres from X")
    value = next((e.low for e in load_vocabulary().find(number.text)), None) if number is not None else None
    return value is not None and value * UNIT_KM[unit.lower_] <= NEAR_DISTANCE_KM  # type: ignore[union-attr]


def _phrase(obj: Token, toponyms: list[Toponym], strong: bool = True, times: frozenset[int] = frozenset()) -> PlacePhrase:
    """Read "X", "X, Y", "X village (A, B)", "X's Y district", "the X district of Y province"."""
    phrase = PlacePhrase()
    carriers = [obj]  # the words the phrase passed through to its name ("the village of X"), which may hold "in <unit>"
    while (obj.lower_ in NEAR_NOUNS or obj.lower_ in PART_NOUNS) and not any(  # "on the outskirts of X", "the streets of X"
            c.dep_ == "compound" and (_covering(toponyms, c) is not None or c.pos_ == "PROPN" and obj.text[:1].isupper())
            for c in obj.children):
        # (not "the X area of Y", nor "Tsafe Local Government Area of Y": a unit's proper name, not an area of Y)
        # ("the entrance to X": a part of a town reached by "to")
        links = ("of", "to") if obj.lower_ in PART_NOUNS else ("of",)
        inner = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ in links for g in c.children
                      if g.dep_ == "pobj"), None)
        if inner is None:
            break
        strong = strong or obj.lower_ in PART_NOUNS  # "the streets of X": X is a town, known or not
        phrase.near, obj = phrase.near or obj.lower_ in NEAR_NOUNS, inner
        carriers.append(obj)
    outer: list[Toponym] = []  # "the Lebanon town of X": the unit written before the kind word
    if _kind(obj) in PLACE_KINDS - NEAR_NOUNS:
        named_before = [c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        before = [t for c in named_before if (t := _covering(toponyms, c)) is not None]
        # "the city of Douma", "the town of Meda'a": the name itself; so is "the south Lebanon town
        # of X" (a settlement, or a country before the kind word, holds the place), but "the Mosul
        # district of Nineveh" is held by Nineveh
        if not named_before or _kind(obj) in SETTLEMENT_KINDS or before and all(_is_country(t) for t in before):
            inner = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                          if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
            if inner is not None:
                obj, strong, outer = inner, True, before  # the kind word says it is a place, known or not
                carriers.append(obj)
    if _kind(obj) in SETTLEMENT_KINDS | {"capital"} and obj.pos_ == "NOUN" and not any(
            c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in obj.children):
        # "in the capital Kabul", "in the town, Gao": the name in apposition is the place itself (not
        # the units in brackets after "X village (A, B)", nor a name after one the text gave: "X town, Y")
        name = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > obj.i
                     and not any(t.text in ("(", "[") for t in obj.doc[obj.i + 1:c.i])
                     and _covering(toponyms, c) is not None), None)
        if name is not None:
            obj, strong = name, True
    after = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    phrase.part = obj.lower_ in TOWN_PARTS or (after is not None and after.lower_ in TOWN_PARTS)
    # The name is the head itself, or a name compounded with a word for a kind of place ("Bulo
    # Mareer village", "the Arghandab district"); "the Christmas market" names a market, not a town.
    sited = _sited(obj, toponyms)
    # (and "the X community", a town's hromada, whose name the places stage read as the town's)
    own = [obj, *(c for c in obj.children if c.dep_ in ("compound", "amod", "nmod") and not sited
                  and (obj.pos_ == "PROPN" or obj.lemma_.lower() in PLACE_KINDS | SITE_WORDS | COMMUNITY_NOUNS))]
    # ("Sokoto's Gudu local government area": the name hangs from "government", the kind word's own compound)
    own += [g for c in own[1:] if c.dep_ == "compound" and c.pos_ == "NOUN"
            for g in c.children if g.dep_ in ("compound", "nmod") and g.pos_ == "PROPN"]
    for token in own:
        if (t := _covering(toponyms, token)) is not None and t not in phrase.named:
            phrase.named.append(t)
    if phrase.named and obj.pos_ == "NOUN" and _kind(obj) in NEAR_NOUNS - {"area", "areas", "parts", "part"}:
        phrase.near = True  # "in Aleppo countryside", "on the Kabul outskirts": around the place
    road = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.lemma_.lower() in ROUTE_WORDS
                 and not any(t.text == "," for t in obj.doc[obj.i + 1:c.i])), None) if obj.pos_ == "PROPN" else None
    if road is not None:  # "on the Fada N'Gourma-Pama axis", parsed as the first town with the road beside it: a road
        for token in (c for c in road.subtree if c.i < road.i and c.pos_ == "PROPN"):
            if (t := _covering(toponyms, token)) is not None and t not in phrase.named:
                phrase.named.append(t)
        phrase.near = phrase.route = True
    if obj.pos_ == "NOUN" and obj.lemma_.lower() in ROUTE_WORDS:
        found, unread = road_ends(obj, toponyms)
        if unread is not None and phrase.unread is None and not phrase.named and not found:
            phrase.unread = unread  # a town the places stage took for a person
        phrase.named = found + [t for t in phrase.named if t not in found]
        phrase.near = phrase.route = bool(phrase.named or phrase.unread)
    if not phrase.named and _kind(obj) in SETTLEMENT_KINDS:
        for near in _measured_from(obj, toponyms):  # "in a village about 15 km from X": near X
            phrase.named.append(near)
            phrase.near = True
    context_heads = [c for c in obj.children if c.dep_ in ("appos", "poss", "npadvmod")]
    context_heads += [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    if obj.pos_ == "PROPN" or len(carriers) > 1:  # a name's units; "a village in X state" leaves X to its own phrase
        context_heads += _units_in(carriers, toponyms)
    for head in context_heads:
        if _sited(head, toponyms):
            continue  # "in front of the San Mateo church in Chilpancingo": the town's own phrase tells it
        for token in sorted(_unit_words(head), key=lambda x: x.i):
            if (t := _covering(toponyms, token)) is not None and t not in phrase.named and t not in phrase.context:
                phrase.context.append(t)
    first = obj.left_edge if obj.left_edge.pos_ == "PROPN" or obj.left_edge.lower_ in STREET_OPENERS else obj
    phrase.street = first.lower_.rstrip(".") in STREET_OPENERS or obj.lower_.rstrip(".") in STREET_CLOSERS or \
        any(c.lower_ in STREET_OPENERS for c in obj.children if c.dep_ == "compound")
    if not phrase.named and strong and not phrase.street:  # "near Kidal" (a name the places stage missed), "in Bulo Mareer village"
        name = sorted([*([obj] if obj.pos_ == "PROPN" else []),
                       *(t for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                         and (obj.pos_ == "PROPN" or obj.lemma_.lower() in PLACE_KINDS)
                         for t in c.subtree if t.pos_ == "PROPN" and t.dep_ == "compound")], key=lambda x: x.i)
        if name and name[-1].i - name[0].i == len(name) - 1 and _covering(toponyms, name[0]) is None \
                and not any(t.ent_type_ in NOT_PLACE_ENTITIES or t.idx in times for t in name) \
                and not (len(name) == 1 and is_acronym(name[0].text)):  # "in CAR": an acronym the places stage passed over
            phrase.unread = (name[0].idx, name[-1].idx + len(name[-1]))
    phrase.context += [t for t in outer if t not in phrase.context and t not in phrase.named]
    if not phrase.named and not phrase.context and not phrase.unread and not phrase.street \
            and (back := _anaphor(obj, toponyms)) is not None:
        phrase.named.append(back)
    _read_brackets(phrase, doc_text(obj.doc), toponyms)
    phrase.named.sort(key=lambda t: (_rank(t), t.start))  # "in Torreon Coahuila": the town, then its state
    phrase.context.sort(key=_rank)
    return phrase


def _names_what_is_placed(doc: Doc, t: Toponym, word: Token) -> bool:
    """The name modifies a noun of the noun phrase that holds ``word``: "the X market in the south of the
    city", "an attack on the X market in the south of the city" (the parser hanging "in" on the attack)."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("compound", "nmod", "amod"):
        return False
    below, head = span.root, span.root.head
    for _ in range(3):
        if head.i == word.i:
            return False
        if head.pos_ in ("VERB", "AUX"):  # "a shell hit the X market in the north of the city": the site hit
            return below.dep_ == "dobj" and clause_head(word).i == head.i
        if any(x.i == word.i for x in head.subtree):
            return True
        below, head = head, head.head
    return False


NEIGHBOUR_WORDS = frozenset(place_words()["neighbour_words"])


def _named_as_neighbour(doc: Doc, t: Toponym) -> bool:
    """The name follows "neighbouring" (or "adjacent", "nearby"): "Shabwa and neighbouring Abyan"."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in NEIGHBOUR_WORDS


def _in_own_description(doc: Doc, t: Toponym, others: list[Toponym], word: Token) -> bool:
    """Is ``t`` named inside the apposition that describes another place ("Kawlin, a district town on the
    railway line to Myitkyina ... in the town")?  The place described is the one the story stands at."""
    for other in others:
        span = doc.char_span(other.start, other.end, alignment_mode="expand")
        if span is None or other is t:
            continue
        # (or by any noun: "Kadugli, the capital of the state and a hub on the road linking X to Y ... in the city")
        # (a unit's word only by its own: "Jani Khel, a restive area of Bannu district ... the same district" is Bannu)
        settlement = ANAPHOR_KINDS.get(word.lower_) == "P"
        for called in (c for c in span.root.children
                       if c.dep_ == "appos" and (c.lower_ == word.lower_ or settlement and c.pos_ == "NOUN")):
            if called.left_edge.idx <= t.start and t.end <= called.right_edge.idx + len(called.right_edge):
                return True
    return False


def _anaphor(obj: Token, toponyms: list[Toponym]) -> Toponym | None:
    """A kind word with "the" and no name of its own ("stormed the village", "in the city centre",
    "the north of the district") refers back: the nearest place of that kind named before it.  The
    toponym keeps that place with the kind word's own span as its evidence."""
    word = obj
    if obj.lower_ in PART_NOUNS or obj.lower_ in NEAR_NOUNS:  # "in the city centre", "the town outskirts"
        word = next((c for c in obj.children if c.dep_ == "compound" and c.lower_ in ANAPHOR_KINDS), obj)
    kind = ANAPHOR_KINDS.get(word.lower_)
    if kind is None or word.tag_ in ("NNS", "NNPS") or any(c.dep_ in ("compound", "poss", "amod") and c.pos_ == "PROPN"
                                                             or c.dep_ == "prep" and c.lower_ == "of" for c in word.children):
        return None  # "villages", "the Gao town", "the state of emergency"
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in (*word.children, *obj.children)):
        return None  # "a village", "villages": not one named before
    after = obj.doc[word.i + 1:word.i + 3]
    if len(after) == 2 and after[0].lower_.replace("-", "") in BEARING_DEGREES and after[1].lower_ == "of":
        return None  # "raided the town east of Diffa": a town the phrase places by another, not one named before

    def fits(t: Toponym) -> bool:
        p = t.place
        if p is None or t.role not in LOCATING_ROLES:
            return False
        if kind == "P":
            return p.feature_class == "P"
        return (p.feature_code or "") == kind or kind == "ADM2" and (p.feature_code or "") == "ADM3"

    doc = obj.doc
    # a reference point ("45 km west of X"), a side place (a hospital's town) or where people came
    # from is not the place the story stands at
    # (but "villages east of X after the army retook the city": a city the sentence measured from is that city)
    earlier = [t for t in toponyms if t.end <= word.idx and fits(t) and not _aside(doc, t, word.idx) and (
        not _landmark(doc, t) or word.lower_ == "city" and t.start >= word.sent.start_char)]
    # "a drone hit the X market in the south of the city": a name given to the thing the phrase
    # places is that thing's name, when another place of the kind was named before for the city to be
    earlier = [t for t in earlier if not _names_what_is_placed(doc, t, word)] or earlier
    earlier = [t for t in earlier if not _in_own_description(doc, t, earlier, word)]
    # "attacks in Shabwa and neighbouring Abyan ... in the north-west of the province": a place named as the
    # neighbour of another is an aside, not the one the story goes on in
    earlier = [t for t in earlier if not _named_as_neighbour(doc, t)] or earlier
    if not earlier:
        return None
    # (a namesake abroad the places stage settled for, "near Sangha" read in Congo in a Burkinabe report, is not what
    # "the same province" refers back to: the article's own country's places first)
    ranked = Counter(t.place.iso for t in toponyms if t.place is not None and t.place.iso).most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]):  # a clear main country
        earlier = [t for t in earlier if t.place is not None and t.place.iso == ranked[0][0]] or earlier
    # the one the text called by that word ("X, a trading town in Y ... the road to Z ... 30 km east of the town")
    back = max(earlier, key=lambda t: t.start)
    first = doc.char_span(back.end, word.idx, alignment_mode="expand")
    if first is not None and any(x.lower_ == word.lower_ and x.i != word.i and not any(
            c.dep_ in ("compound", "poss") for c in x.children) and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another")
                                                                       for c in x.children) for x in first):
        return None  # "killed 15 in a village in Mopti region ... arrived in the village": one never named
    size = back.place.population or 0 if back.place is not None else 0
    if size > ANAPHOR_SIZE.get(word.lower_, size):
        return None  # "the village" is no city of a million
    return back.model_copy(update={"start": word.idx, "end": word.idx + len(word), "text": word.text})


def _units_in(carriers: list[Token], toponyms: list[Toponym]) -> list[Token]:
    """The unit an "in" phrase of the place's own words names ("the village of X in the Sumy region",
    "X in Y province"): a unit word or a unit the places stage read, which then holds the place."""
    heads = [g for w in carriers for c in w.children if c.dep_ == "prep" and c.lower_ == "in"
             for g in c.children if g.dep_ == "pobj"]
    return [g for g in heads if g.lemma_.lower() in UNIT_KINDS or (
        (t := _covering(toponyms, g)) is not None and t.place is not None and (t.place.feature_code or "") in ("ADM1", "ADM2"))]


def _unit_words(head: Token) -> list[Token]:
    """The words of a unit written with a place ("X, Y province", "the X district of Y"): the head's
    phrase without the phrases hung on it by another preposition ("fighting between A and the
    House of Representatives in X": X is no unit of the fighters' names)."""
    out, stack = [], [head]
    while stack:
        token = stack.pop()
        out.append(token)
        stack.extend(c for c in token.children if not (c.dep_ == "prep" and c.lower_ != "of") and c.dep_ not in ("relcl", "acl"))
    return out


# "X village (Marka, Lower Shabelle)", "X oil field (Al Jufrah)": the coder's convention of naming a
# place with its units, the units in brackets after the name, a kind word or a site between them.
_SITE = "|".join(map(re.escape, SITE_WORDS))
_MODIFIER = r"(?!(?:on|in|at|of|the|and|or|to|by|for|with|from|after|before|during|near|last|this|that|local)\b)[\w'-]+"
_BRACKETS = re.compile(r"\s*(?:(?:village|town|city|locality|area|settlement|camp|hamlet|neighbou?rhood|district|"
                       r"sub-?district|municipality|commune|center|centre|headquarters)\s*){0,2}"
                       rf"(?:(?:{_MODIFIER}\s+){{0,2}}(?:{_SITE})\s*)?\(([^()]{{2,120}})\)", re.I)


def _read_brackets(phrase: PlacePhrase, text: str, toponyms: list[Toponym]) -> None:
    """The units in brackets after the phrase's name are its context, in the order written (most
    specific first), whether or not the places stage read them ("Leer (Leer, Unity)": "Unity" is a
    common word to it); a name the parse put in the phrase that lies inside the brackets is a unit."""
    ordered = sorted(phrase.named, key=lambda t: t.start)
    end = ordered[0].end if ordered else phrase.unread[1] if phrase.unread else None
    if end is None or (m := _BRACKETS.match(text, end)) is None:
        return
    lo, hi = m.start(1), m.end(1)
    phrase.named = [t for t in ordered if not lo <= t.start < hi]
    phrase.context = [t for t in toponyms if lo <= t.start < hi and t.place is not None] + \
        [t for t in phrase.context if not lo <= t.start < hi]
    phrase.admin = [_kind_last(name.strip()) for name in m.group(1).split(",") if name.strip()]


# (the places stage's own unit words, the ones it reads after a name)
_KIND_OF = re.compile(rf"(?:the\s+)?({'|'.join(map(re.escape, sorted(ADMIN_SUFFIXES, key=len, reverse=True)))})\s+of\s+(.+)", re.I)


def _kind_last(unit: str) -> str:
    """A bracketed unit written kind first ("municipality of X", translated as "commune de X" is) in the
    order the places stage reads a kind ("X municipality")."""
    m = _KIND_OF.fullmatch(unit)
    return f"{m.group(2)} {m.group(1).lower()}" if m is not None and m.group(2)[:1].isupper() else unit


def _place_object(token: Token, clause: Clause, toponyms: list[Toponym]) -> bool:
    """The event verb's object names the place it hit: "shelled Kiwanja", "raided Kolofata (Mayo-Sava,
    Far North)", "Orikhiv was shelled" (a place name, or a proper name with its units in brackets)."""
    if token.dep_ not in ("dobj", "nsubjpass") or token.head.i not in (clause.trigger.i, clause.head.i) \
            or token.head.pos_ != "VERB":
        return False
    if token.pos_ == "NOUN" and token.lemma_.lower() in SITE_WORDS - NAMED_FOR_ELSEWHERE:
        # "stormed the Kulachi police station": a site named after the town it stands in
        return any((t := _covering(toponyms, c)) is not None and t.place is not None and t.role in ("location", "modifier")
                   for c in token.children if c.dep_ == "compound")
    if token.pos_ != "PROPN":
        return False
    named = _covering(toponyms, token)
    if named is not None and named.place is not None:
        return named.role == "location"
    return any(c.dep_ == "appos" or c.text == "(" for c in token.children)


def _controlled(token: Token) -> bool:
    """The "of" object of a control noun the verb takes ("took control of X", "seized control of the town
    of X"): the ground a territorial verb took, as its own object would be."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in CONTROL_NOUNS \
        and prep.head.dep_ == "dobj" and prep.head.head.pos_ == "VERB"


def _on_argument(token: Token, clause: Clause) -> bool:
    """``token`` is in a participle telling where the trigger's victims were when the event found them
    (``WHEREABOUTS_VERBS``): "abducted passengers travelling on the road near X", "farmers working in fields
    outside X were shot"; not its doer ("forces stationed in X shelled Y": where the fire came from)."""
    for a in token.ancestors:
        if a.lemma_.lower() in WHEREABOUTS_VERBS and (
                a.dep_ == "acl" and a.tag_ in ("VBG", "VBN", "VBD") and not any(c.dep_.startswith("nsubj") for c in a.children)
                # (or a progressive relative clause: "five civilians, who were fishing near X, were abducted")
                or a.dep_ == "relcl" and a.tag_ == "VBG" and all(c.tag_ in _RELATIVE_TAGS for c in a.children if c.dep_.startswith("nsubj"))):
            trigger = clause.trigger
            # the trigger's victims, or those of the verb a noun trigger is the subject of ("a bomb hit a
            # truck carrying soldiers on the outskirts of X"), also a part of them ("six people, including
            # two children who were ...")
            victims = _whole_group(a.head)
            # (or those the fire was aimed at: "drones dropped explosives on crowds waiting outside X")
            aimed = victims.dep_ == "pobj" and victims.head.lower_ in _AIMED_AT
            owner = victims.head.head if aimed else victims.head
            struck = owner.i == trigger.i or trigger.dep_ in ("nsubj", "nsubjpass", "dobj") and owner.i == trigger.head.i
            if aimed and any(x.lemma_.lower() in ROUTE_WORDS for x in (token, *token.children)):
                return False  # ("fired on protesters sitting on the A-B highway": a road's end towns are no spot)
            return struck and (aimed or victims.dep_ in ("dobj", "nsubjpass")) and Clause(a).governs(token)
    return False


_RELATIVE_TAGS = frozenset({"WP", "WDT"})  # who, that, which
_AIMED_AT = frozenset({"on", "at", "upon"})  # "fired on", "shot at", "dropped bombs on"


def _whole_group(noun: Token) -> Token:
    """The people ``noun`` names a part or a second name of: "children" in "five civilians, including two
    children" (and "civilians, among them two children"), a conjunct or an apposition."""
    for _ in range(3):
        if noun.dep_ in ("conj", "appos"):
            noun = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ in ("including", "among") and noun.head.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head.head
        else:
            break
    return noun


def _on_named_place(token: Token, toponyms: list[Toponym]) -> bool:
    """The token is inside a distance or bearing set beside a place the gazetteer holds ("X, about 130 km
    northeast of Y,"): it says where X lies, not where the clause's event was."""
    bearing = token.lower_ in LANDMARK_NOUNS or token.lower_ in DISTANCE_WORDS
    for a in (token, *token.ancestors):
        named = _covering(toponyms, a.head) if a.dep_ in ("appos", "advmod", "npadvmod") else None
        # (also "X, a key junction 180 km southeast of Y": the bearing inside a description set beside X)
        if named is not None and named.place is not None and (a.lower_ in LANDMARK_NOUNS or a.lower_ in DISTANCE_WORDS
                                                              or bearing and a.dep_ == "appos"):
            return True
    # the same told with a unit conversion the parser loses it in ("X, about 130 km (80 miles) northeast of Y")
    text = doc_text(token.doc)
    m = _SET_BESIDE.search(text, max(0, token.idx - 80), token.idx)
    return m is not None and any(t.place is not None and t.end == m.start() for t in toponyms)


# ", about 130 km (80 miles) " before a bearing: a distance set beside the name the comma follows.
_SET_BESIDE = re.compile(r",\s*(?:about|some|around|nearly|roughly|approximately|just|over|more than)?\s*\d[\d.,]*\s*-?\s*"
                         r"(?:" + _UNITS + r")\.?\s*" + _CONVERSION + r"(?:to\s+the\s+)?$", re.I)


def _town_before(phrase: PlacePhrase, prep: Token, toponyms: list[Toponym]) -> None:
    """"on the outskirts of X, in the province of Y": a unit set off by a comma right after a town is that town's
    unit, however the parser hung it (on the people who went there, say); the town is the phrase's place."""
    if prep.lower_ != "in" or prep.i < 2 or prep.doc[prep.i - 1].text != "," or not phrase.named:
        return
    # (the unit by its kind word, "in X district", though the name alone found the district's seat)
    if any(t.place is None or t.place.feature_class != "A" for t in phrase.named) \
            and not any(w.lower_ in ADMIN_UNIT_WORDS for w in prep.subtree):
        return
    town = _covering(toponyms, prep.doc[prep.i - 2])
    if town is not None and town.place is not None and town.place.feature_class == "P" and town not in phrase.named:
        phrase.context = [*phrase.named, *(t for t in phrase.context if t not in phrase.named)]
        phrase.named = [town]


def place_phrases(clause: Clause, toponyms: list[Toponym], times: frozenset[int] = frozenset()) -> list[PlacePhrase]:
    """The locative phrases the trigger governs, nearest in the parse first.  ``times``: the
    character offsets of tokens inside temporal expressions ("in March" is no place)."""
    out = []
    verb = clause.head
    # A noun trigger that is the subject or object of its verb ("a drone hit a building in X", "a
    # bomber drove into a checkpoint at X"): the verb's own place phrases are the event's.
    noun = clause.trigger
    # "an exchange of fire and clashes cut off the road near X"; "Governor of X region (Telegram): Yesterday, a
    # drone attacked a car in Y" (the parser hangs the drone on the speaker label as an apposition)
    while noun.dep_ in ("conj", "appos") and noun.head.i != noun.i:
        noun = noun.head
    by_verb = Clause(verb) if clause.trigger.i != verb.i and noun.head.i == verb.i and \
        noun.dep_ in ("nsubj", "nsubjpass", "dobj") and (verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT") else None
    # (a root the tagger did not call a verb is still the sentence's predicate: "gunmen shot dead ...")

    def governs(token: Token) -> bool:
        return clause.governs(token) or by_verb is not None and by_verb.governs(token) or _on_argument(token, clause)

    def depth(token: Token) -> int:  # the phrase's heads above the trigger's clause: the nearest phrase first
        return sum(1 for a in token.ancestors if a.i != clause.trigger.i and any(x.i == clause.trigger.i for x in a.subtree))

    for token in clause.head.subtree:
        if token.dep_ == "dobj" and (_kind(token) in NEAR_NOUNS | PLACE_KINDS or token.lower_ in PART_NOUNS) \
                and governs(token):
            phrase = _phrase(token, toponyms, strong=True, times=times)  # "shelled areas of Hama countryside"
            if phrase.named or phrase.context or phrase.unread:
                phrase.near = _kind(token) in NEAR_NOUNS  # "captured Buthidaung town" is the town
                out.append(phrase)
            continue
        if _controlled(token) and governs(token):  # "took control of the town of X": X is the verb's object
            phrase = _phrase(token, toponyms, strong=True, times=times)
            if phrase.named or phrase.unread and phrase.context:
                phrase.depth = depth(token)
                out.append(phrase)
            continue
        if _place_object(token, clause, toponyms):  # "shelled Kiwanja" (Rutshuru, North Kivu)", "Ayorou was attacked"
            phrase = _phrase(token, toponyms, strong=True, times=times)
            if phrase.named or phrase.unread and phrase.context:  # an unknown name needs its units beside it
                out.append(phrase)
            continue
        if token.lower_ in LANDMARK_NOUNS and token.dep_ in ("advmod", "npadvmod") and governs(token):
            if _on_named_place(token, toponyms):
                continue  # "X, about 130 km northeast of Y, has changed hands": where X lies, not a place of the clause
            # "an ambush about 30 km south of X": a bearing the parser hangs on the event as an adverb, from a
            # place it names ("east of the town" leaves the town to the story's other readings)
            phrase = _phrase(token, toponyms, strong=True, times=times)
            if phrase.named and any(_covering(toponyms, x) is not None for c in token.children if c.lower_ == "of"
                                    for g in c.children if g.dep_ == "pobj"
                                    for x in (g, *(n for n in g.children if n.dep_ in ("compound", "nmod")))):
                # ("east of Djibo (Djibo department, ...)": the parser may hang the name on the unit word)
                phrase.near, phrase.bearing, phrase.depth = True, True, depth(token)
                out.append(phrase)
            continue
        near_from = token.dep_ == "prep" and token.lower_ == "from" and _near_from(token)  # "a bomb 10 km from X"
        if token.dep_ != "prep" or token.lower_ not in LOCATIVE_PREPS and not near_from or not governs(token) \
                or _on_named_place(token, toponyms):
            continue
        if token.lower_ == "by" and token.head.i == clause.trigger.i:
            continue  # "shelling by Sudan's paramilitary forces", "an attack by gunmen": the doer, not a place
        for obj in (c for c in token.children if c.dep_ == "pobj"):
            phrase = _phrase(obj, toponyms, strong=token.lower_ in STRONG_LOCATIVE, times=times)
            _town_before(phrase, token, toponyms)
            if phrase.named or phrase.context or phrase.unread:
                phrase.near = phrase.near or token.lower_ in NEAR_PREPS or near_from
                phrase.depth = depth(token)
                phrase.behind = behind_event(token.doc, token, clause.trigger)
                out.append(phrase)
    out.sort(key=lambda p: (p.behind, p.route, p.depth))
    if noun.dep_ == "dobj" and noun.head.i == verb.i and verb.lemma_.lower() in SCENE_VERBS:
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            phrase = _phrase(subject, toponyms, strong=False, times=times)  # "Daraa city witnessed an explosion"
            if phrase.named or phrase.context:
                out.insert(0, phrase)  # the scene the clause names outright comes first
    return out
