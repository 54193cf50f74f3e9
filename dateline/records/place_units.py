"""Places and the admin units that hold them: the hierarchy ``place.py``'s choices are checked against.

Whether a named place lies in the province or district the text names with it (``_inside``,
``_other_district``, ``_outside_unit``, ``_unit_named``, ``_abroad_of``), which of two places is the more
specific (``_more_specific``), a unit's name read as its seat town ("shelling in Sumy": ``as_town``) or
with the kind word written beside it (``_with_kind``), and the unit or country holding a place as a
stand-in at geo_precision 3 (``_province_of``, ``_country_of``, ``_borrowed``).  They weigh the
gazetteer's units, not the clause's grammar; every other place module uses them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from dateline.nlp import doc_text
from dateline.places.geocode import ADM1_WORDS, ADM2_WORDS, SEAT_KM, beyond_district_reach
from dateline.places.normalize import fold
from dateline.places.resolve import SEAT_OFFICES, haversine
from dateline.records.context import Context
from dateline.records.place_phrases import _is_country, _rank, place_words
from dateline.types import EventMention, Toponym


def _inside(place: Toponym, unit: Toponym) -> bool:
    """Is ``place`` in the unit the text names with it (same country and, for a province or
    district, the same admin name)?"""
    a, u = place.place, unit.place
    if a is None or u is None or a.iso != u.iso:
        return False
    code = u.feature_code or ""
    if code == "ADM1":
        return a.admin1 is None or fold(a.admin1) == fold(u.admin1 or u.name)
    if code == "ADM2":
        if a.admin2 is None and a.feature_class == "P" \
                and beyond_district_reach((a.latitude, a.longitude), (u.latitude, u.longitude)):
            return False  # a town whose district is unknown, far beyond the district named with it: a namesake
        return a.admin2 is None or fold(a.admin2) == fold(u.admin2 or u.name) or fold(a.admin1 or "") == fold(u.admin1 or "")
    if u.feature_class == "P" and a.feature_class in ("P", None):
        # a town named as the unit ("Bogura's Sherpur", "Sherpur, Bogura") is its district's seat: a namesake
        # in another province is not the place, however big
        return a.admin1 is None or u.admin1 is None or fold(a.admin1) == fold(u.admin1) \
            or haversine((a.latitude, a.longitude), (u.latitude, u.longitude)) <= SEAT_KM
    return True


def _other_district(place: Toponym, unit: Toponym) -> bool:
    """``place`` lies in another district than ``unit``, by the district both are known in (``_inside`` lets a town
    of the province pass, as many towns' districts are unknown)."""
    a, u = place.place, unit.place
    return a is not None and u is not None and (u.feature_code or "") == "ADM2" and bool(a.admin2) \
        and fold(a.admin2 or "") != fold(u.admin2 or u.name)


def _outside_unit(place: Toponym, unit: Toponym, text: str) -> bool:
    """``unit`` names a district or province (as one, or as a seat town with its kind word: "municipality of
    Y", "Y district") that ``place``, a town, lies outside."""
    a, u = place.place, unit.place
    if a is None or u is None or a.feature_class != "P":
        return False
    code = u.feature_code or ""
    if code in ("ADM1", "ADM2"):
        return _other_district(place, unit) or not _inside(place, unit)
    kind = _KIND_AFTER.match(text, unit.end) or _KIND_BEFORE.search(text, max(0, unit.start - 30), unit.start)
    return kind is not None and u.feature_class == "P" and bool(a.admin2) and fold(u.name) == fold(u.admin2 or "") \
        and fold(a.admin2 or "") != fold(u.admin2 or "")


def _unit_named(place: Toponym, unit: Toponym) -> bool:
    """The unit's words name the place's own province or district ("X in Baluchestan" for a town of Sistan va
    Baluchestan), whatever namesake unit the places stage took them for."""
    a = place.place
    words = fold(unit.text).lower()
    return a is not None and len(words) > 3 and any(words in fold(n or "").lower() for n in (a.admin1, a.admin2))


def _with_precision(t: Toponym, precision: int) -> Toponym:
    return t.model_copy(update={"geo_precision": max(precision, t.geo_precision or 1)})


_CITY_AFTER = re.compile(r"\s+(?:city|town)\b", re.I)
# A named part of a place just before it: "the Kyivskyi district of " (then the place is a city).
_PART_OF = re.compile(r"\b[A-Z][\w'\u2019-]+\s+(?:district|neighbourhood|neighborhood|quarter|suburb|area)\s+of\s+(?:the\s+)?$")


def _named_city(doc: Doc | None, found: Toponym, text: str) -> Toponym:
    """A unit the text writes as a city ("the X district of Kherson city") is the city, not the province
    named after it."""
    code = found.place.feature_code or "" if found.place else ""
    if doc is None or code not in ("ADM1", "ADM2") or not _CITY_AFTER.match(text, found.end):
        return found
    return as_town(doc, found.model_copy(update={"geo_precision": 1}))


def _abroad_of(named: Toponym, context: list[Toponym]) -> bool:
    """The name was read as a place in another country than a unit written with it ("X district of
    Bokkos LGA" read as a town in Algeria): a namesake, whatever role the unit's words were given."""
    country = named.place.country if named.place is not None else None
    return country is not None and any(u.place is not None and u.place.country not in (None, country)
                                       and not _is_country(u) and not _unit_named(named, u) for u in context)


_UNIT_KINDS = "|".join(map(re.escape, place_words()["unit_kinds"]))
_KIND_AFTER = re.compile(rf"\s+({_UNIT_KINDS})\b", re.I)
_KIND_BEFORE = re.compile(rf"\b({_UNIT_KINDS})\s+of\s+$", re.I)


def _with_kind(text: str, span: tuple[int, int]) -> str:
    """The name with the unit word the text writes with it ("Sumy region", "the province of Sumy"
    -> "Sumy province"), so a bare name and a named unit resolve apart."""
    name = text[span[0]:span[1]]
    if (m := _KIND_AFTER.match(text, span[1])) is not None:
        return f"{name} {m.group(1).lower()}"
    if (m := _KIND_BEFORE.search(text, max(0, span[0] - 30), span[0])) is not None:
        return f"{name} {m.group(1).lower()}"
    return name


def _more_specific(found: Toponym | None, here: Toponym) -> Toponym:
    """Of two places the event's phrases give, the first, unless it is a unit that holds the
    second ("a unit operating in X province dismantled a camp near Y", "attacked a base in Y in
    X state"): a coder codes the most specific place the report gives."""
    if found is None:
        return here
    if _rank(here) < _rank(found) and _rank(found) >= 2 and _inside(here, found) and not _province_town(here, found) \
            and not _other_district(here, found):
        return here
    return found


def _province_town(town: Toponym, unit: Toponym) -> bool:
    """A town named as its province is, said beside a district of that province ("in X District, in the
    eastern countryside of Hama"): the name stands for the province, which holds the district, and
    is no place inside the district."""
    a, u = town.place, unit.place
    return a is not None and u is not None and (u.feature_code or "") == "ADM2" and a.iso == u.iso \
        and bool(a.admin1) and fold(a.name) == fold(a.admin1 or "") == fold(u.admin1 or "")


def _plural(word: str) -> str:
    if word.endswith("y"):
        return word[:-1] + "ies"
    return word + "es" if word.endswith(("sh", "s", "ch")) else word + "s"


# A word that names an admin unit, singular or plural ("the province of X", "X and Y districts"):
# the places stage's kind words for ADM1 and ADM2, and a few that only name a part of one.
UNIT_WORDS = frozenset(w for base in ADM1_WORDS | ADM2_WORDS | {"area", "zone", "division", "countryside", "krai", "republic"}
                       for w in (base, _plural(base))) | {"regional"}


def as_town(doc: Doc, t: Toponym) -> Toponym:
    """The town, when the text writes a bare name that the places stage read as the province or
    district named after it ("shelling in Sumy", "a bomb in Madrid"): coders take the city, and the
    unit only when the text says "X province", "the region of X", "X oblast"; "X city" is the city whatever
    comes before ("the Y district of X city")."""
    p = t.place
    if p is None or p.feature_code not in ("ADM1", "ADM2") or t.end <= t.start:
        return t
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return t
    words = [x.lower_ for x in span]
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = [x.lower_ for x in doc[max(0, span.start - 2):span.start]]
    # ("the region of X" is the unit; "the Kyivskyi district of X" names a part of the city X)
    part = _PART_OF.search(doc_text(doc), 0, t.start) is not None
    # ("outside the X governorate building": the unit's offices stand in its seat, the town)
    office = after in UNIT_WORDS and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in SEAT_OFFICES
    if not _CITY_AFTER.match(doc_text(doc), t.end) and not office and (after in UNIT_WORDS or words[-1] in UNIT_WORDS or len(before) == 2 and before[1] == "of"
                     and before[0] in UNIT_WORDS and not part):
        return t
    from dateline.places.gazetteer import shared
    from dateline.places.geocode import town_of_unit
    from dateline.places.lookup import lookup_span

    gaz = shared(None)
    cands = lookup_span(gaz, t.text, ner=True)
    unit = next((c for c in cands if c.id == p.geonameid), None) or (gaz.by_id(p.geonameid) if p.geonameid else None)
    town = town_of_unit(unit, cands, t.text) if unit is not None else None
    if town is None:
        return t
    return t.model_copy(update={"place": gaz.place(town), "geo_precision": 2 if (t.geo_precision or 1) == 2 else 1})


# A city this big holds districts of its own: "the X district" of a story told there is one of them.
CITY_OF_DISTRICTS = 300_000
_CITY_PART = re.compile(r"\s+(?:" + "|".join(sorted({"district", "area", *place_words()["town_parts"]})) + r")\b", re.I)


def _city_holding(ctx: Context, found: Toponym, unread_name: str | None, mention: EventMention) -> Toponym | None:
    """The big city the story is told in, for a district or neighbourhood of it the gazetteer lacks
    ("fighters stormed positions in the Abu Salim district", in a story from Tripoli): the city, near
    (geo_precision 2), not its province.  None when the place is no big city or the name no part of one."""
    p = found.place
    if p is None or p.feature_class != "P" or (p.population or 0) < CITY_OF_DISTRICTS or not unread_name:
        return None
    at = ctx.text.find(unread_name, mention.sentence_start, mention.sentence_end)
    if at < 0 or _CITY_PART.match(ctx.text, at + len(unread_name)) is None:
        return None
    return found.model_copy(update={"end": found.start, "geo_precision": 2})


def _borrowed(ctx: Context, found: Toponym, unread_name: str | None, mention: EventMention) -> Toponym | None:
    """What a place told before stands for when the event's own place is one the gazetteer lacks: the big
    city for one of its districts, else its province (geo_precision 2 or 3)."""
    return _city_holding(ctx, found, unread_name, mention) or _province_of(found)


def _province_of(t: Toponym) -> Toponym | None:
    """The first-order unit holding a place, as a stand-in with no text of its own (geo_precision 3)."""
    from dateline.places.gazetteer import shared

    if t.place is None or t.place.geonameid is None:
        return None  # (a town we added has no GeoNames entry: the later fallbacks place the event, which measured better)
    gz = shared()
    c = gz.by_id(t.place.geonameid)
    if c is None:
        return None
    if c.fclass == "A" and c.fcode == "ADM1":
        unit = c
    elif (unit := gz.admin(c.a1)) is None:
        return None
    return Toponym(start=t.start, end=t.start, text=t.text, place=gz.place(unit), role=t.role, geo_precision=3)


def _country_of(t: Toponym) -> Toponym | None:
    """The country holding a place, as a stand-in with no text of its own (geo_precision 3)."""
    from dateline.places.gazetteer import shared

    gz = shared()
    c = gz.by_id(t.place.geonameid) if t.place is not None and t.place.geonameid is not None else None
    country = gz.country(c.cc) if c is not None else None
    if country is None:
        return None
    return Toponym(start=t.start, end=t.start, text=t.text, place=gz.place(country), role=t.role, geo_precision=3)
