"""Which place locates an event mention.

ACLED codes the most specific place the report gives for the event itself.  In order:

1. **The event's own place phrase**: a locative phrase the trigger governs in its
   clause ("in X", "at X", "near X", "outside X", "on the outskirts of X", "north of
   X"), read with the admin context written with it: "in X, Y", "X village (District,
   Region)", "X's Y district", "the X district of Y province".  The named place is the
   event's; when it did not resolve, or resolved to a namesake outside the units the
   text names, the most specific named unit stands in for it (district: geo_precision
   2, province: 3).  "near", "outside", "outskirts" give geo_precision 2.
2. Else a location or modifier toponym ("Aden police") in the trigger's clause, then in
   its sentence, then in the nearest earlier sentence of the same paragraph (the most
   specific, then the nearest), and finally the article's dateline, for an event of the
   headline or the paragraph the dateline opens, or one whose sentence writes the dateline's name.
   A side place of the story (where the wounded were taken or treated, where an official
   spoke, where the victims came from) comes last: only when no other place of its sentence,
   paragraph or, for a paragraph it opens, the paragraph before places the event, and then
   only by its province (geo_precision 3).

A town or unit named by its kind that the gazetteer cannot place ("in neighbouring X Township") moves
the story: neither that event nor the undated ones after it borrow the town of the sentences before,
only its province (geo_precision 3).  A small village whose province nothing else in the article
names, while the article's other places of that country lie in one other province, is a namesake.

A street the event's sentence names that the text wrote before with its town ("X Road in north Y")
places the event in that town before any place borrowed from the sentences before.

A strategic development (an arrest by a state's intelligence service) that nothing in the article
places, in an article that points to one country, is coded at that country's capital (geo_precision 3).

Demonyms and organisation uses ("Washington said") say who acted, not where, so they
never locate an event.  A place whose country nothing else in the article implies (no
other place, demonym, named group's country or dateline), while another country is
implied, is a namesake or a misread word ("SNA" read as Sanaa in a report on Al
Shabaab): it is passed over, and no place is better than a guessed country.

This module picks the mention; the places stage has already resolved every mention
to a gazetteer entry (``dateline.places``).  ``place_phrases.py`` reads the clause's place
phrases and ``place_country.py`` weighs the article's country evidence (the check above).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from dateline.actors.matcher import ARMED_INTERS, attacker_demonym
from dateline.events.ontology import DEMONSTRATION_TYPES, get_ontology
from dateline.nlp import doc_text
from dateline.places.geocode import ADM1_WORDS, ADM2_WORDS, SEAT_KM, beyond_district_reach
from dateline.places.normalize import bare_key, fold, name_key
from dateline.places.resolve import BEARING_OF, SEAT_OFFICES, destination, haversine
from dateline.places.recognize import ADMIN_SUFFIXES, DIRECTION_ADJECTIVES, PART_WORDS, STREET_CLOSERS
from dateline.events.clauses import clause_before_conjuncts
from dateline.events.triggers import taken_after_leaving
from dateline.records.clause import Clause, clause_head, clause_of, happening, is_participle_clause, occurred, token_at
from dateline.records.context import Context
from dateline.records.layout import entry_start, with_heading
from dateline.records.place_country import (_plausibility, across_border, country_support, dateline_toponym,
                                           names_country, owner_country, sizeable_town)
from dateline.records.place_phrases import (LOCATING_ROLES, ROUTE_WORDS, SETTLEMENT_KINDS, STRONG_LOCATIVE, PlacePhrase, behind_event,
                                            headed_toward, named_as_cause, names_other_event, _aside, _gone_to, _is_country,
                                            _landmark, _origin, _rank, _side, offset_of, place_phrases, place_words, road_ends)
from dateline.types import ActorMention, EventMention, Timex, Toponym

if TYPE_CHECKING:
    from dateline.places.geocode import Resolution


def _best(toponyms: list[Toponym], lo: int, hi: int, anchor: int, doc: Doc | None = None) -> Toponym | None:
    """The most specific, then the nearest, toponym in [lo, hi); of equally specific ones, a
    landmark another place is placed by ("Sinjil, north of Ramallah") comes last.  Where something
    was launched or sent from ("drones launched from X", "missiles from X") is never the place."""
    inside = [t for t in toponyms if lo <= t.start and t.end <= hi and not (doc is not None and _origin(doc, t, launched=True))]
    if not inside:
        return None
    # where someone came from ("workers from X ... at a site in Y") only when nothing else is named,
    # and a side place of the story (a hospital's town, where an official spoke) after any other
    return min(inside, key=lambda t: (doc is not None and _origin(doc, t), doc is not None and _side(doc, t, anchor), _rank(t),
                                      doc is not None and _landmark(doc, t, inside), abs(t.start - anchor)))


def _a_side_of(doc: Doc, t: Toponym) -> bool:
    """"In eastern Sokoto, ...": a name after a word of direction is a side of it, as likely the province as
    the town of its name; a place the clause names inside it is where."""
    if t.end <= t.start:
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in DIRECTION_ADJECTIVES - {"central"}


def _within_side(doc: Doc, found: Toponym | None, here: Toponym) -> bool:
    """``here`` is a place inside the province whose side ``found`` names ("in eastern Sokoto, ... in the
    Sabon Birni area")."""
    return found is not None and found.place is not None and here.place is not None and _a_side_of(doc, found) \
        and here.place.iso == found.place.iso and here.place.admin1 == found.place.admin1 \
        and here.place.geonameid != found.place.geonameid and here.start != found.start


def _paragraph_start(text: str, pos: int) -> int:
    """Where the line holding ``pos`` starts, or the heading over it does."""
    cut = text.rfind("\n", 0, pos)
    return with_heading(text, cut + 1 if cut >= 0 else 0)


def locating(t: Toponym) -> bool:
    """A place that can say where an event happened.

    "Aden police" (a town as modifier) points at Aden, but "a UAE officer" names
    the victim's nationality, not the scene: country-level modifiers do not locate.
    """
    if t.place is None or t.role not in LOCATING_ROLES:
        return False
    return not (t.role == "modifier" and (t.place.feature_code or "").startswith("PCL"))


def names_the_scene(ctx: Context, t: Toponym) -> bool:
    """A country set before an event's own word ("Mali violence", "Iraq bombings", "Sudan fighting")
    says where it happened, as "in Mali" would; before a force or a weapon ("US drone strike") it
    says whose it was (``attacker_demonym``)."""
    if t.place is None or t.role != "modifier" or not (t.place.feature_code or "").startswith("PCL"):
        return False
    span = ctx.doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("compound", "nmod", "amod") or attacker_demonym(ctx.doc, t):
        return False
    head = span.root.head
    words = [head]
    if head.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in get_ontology().event_heads:
        words.append(head.head)  # "Iraq violence kills 22" (not "a UAE officer was killed": a person's nationality)
    return any(m.start <= w.idx < m.end for w in words for m in ctx.mentions or [])


def in_group_name(actors: list[ActorMention] | None, t: Toponym) -> bool:
    """The toponym is part of a named armed group's name ("Sinaloa Cartel", "Benghazi Revolutionaries", "Fano
    militiamen"): the name tells where the group comes from, not where it fought; a state force's unit ("Kandahar
    police") and people named by their town ("Kibera residents") still point at the place."""
    return any(a.key and a.inter in ARMED_INTERS and a.start <= t.start and t.end <= a.end
               and (a.start, a.end) != (t.start, t.end) for a in actors or ())


def _force_unit_beside_town(ctx: Context, t: Toponym, mention: EventMention) -> bool:
    """A province or district in the name of a state force ("Shabwa Defence Forces") in the event's sentence, which
    also names a town of that unit ("a checkpoint near Nisab turned into a gunfight between Shabwa Defence Forces
    and tribesmen"): the force's name says where it serves; the town says where it fought."""
    if t.place is None or t.place.feature_code not in ("ADM1", "ADM2") or not mention.sentence_start <= t.start < mention.sentence_end \
            or not any(a.inter == "State forces" and a.start <= t.start and t.end <= a.end and (a.start, a.end) != (t.start, t.end)
                       for a in ctx.actors or ()):
        return False
    return any(o is not t and o.place is not None and (o.place.feature_class or "") == "P" and locating(o)
               and mention.sentence_start <= o.start < mention.sentence_end and o.place.iso == t.place.iso
               and o.place.admin1 == t.place.admin1 for o in ctx.toponyms or ())


@functools.cache
def _alias_targets() -> dict[tuple[str, str], str]:
    """(name key of an alias, ISO country or "") -> the canonical name our alias file gives."""
    from dateline.places.build import DATA_DIR, read_tsv

    targets: dict[tuple[str, str], str] = {}
    for row in read_tsv(DATA_DIR / "aliases.tsv"):
        if len(row) >= 2 and (len(row) < 4 or row[3] in ("", "name")):
            targets[(name_key(row[0]), row[2] if len(row) > 2 else "")] = row[1]
    return targets


def place_name(t: Toponym) -> str | None:
    """The name to report for a resolved place: our alias file's spelling when the text used
    one of its aliases ("Houta" -> "Al Hawtah", GeoNames' alternate name for the town it
    calls Laḩij), else GeoNames' own name."""
    if t.place is None:
        return None
    key = name_key(t.text)
    if key == name_key(t.place.name):
        return t.place.name
    targets = _alias_targets()
    return targets.get((key, t.place.iso or "")) or targets.get((key, "")) or t.place.name


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


def _resolved_where(ctx: Context, where: tuple[int, int], resolver: Resolver) -> Toponym | None:
    """The name a "where" clause stands for, given to the places stage when it read no place there: a capitalised
    name, with its unit word ("Tsafe Local Government Area"), at most a few words long."""
    at = where[0]
    for part in ctx.text[where[0]:where[1]].split(","):  # "X, in Y Local Government Area, where": X, then Y
        lead = re.match(r"\s*(?:(?:in|near|at)\s+)?", part)
        start, name = at + lead.end(), part[lead.end():].strip()  # type: ignore[union-attr]
        at += len(part) + 1
        if not name[:1].isupper() or len(name.split()) > 5 or not re.fullmatch(r"[\w' -]+", name):
            continue
        if (found := resolver(name, [])).place is not None:
            return Toponym(start=start, end=start + len(name), text=name, place=found.place, score=0.5, role="location",
                           geo_precision=found.geo_precision or 1)
    return None


def _with_precision(t: Toponym, precision: int) -> Toponym:
    return t.model_copy(update={"geo_precision": max(precision, t.geo_precision or 1)})


def with_offset(doc: Doc, t: Toponym) -> Toponym:
    """A place the text sets a distance and a direction from a town ("about 75 km south of X") stands at
    that point: the town's name, the point the text gives, geo_precision 2.  A map of events should not
    pile a village's clash onto the town it is measured from."""
    if t.place is None or (offset := offset_of(doc, t)) is None:
        return t
    lat, lon = destination((t.place.latitude, t.place.longitude), *offset)
    return _with_precision(t.model_copy(update={"place": t.place.model_copy(update={"latitude": lat, "longitude": lon})}), 2)


def conjoined_places(ctx: Context, mention: EventMention, place: Toponym | None) -> list[Toponym]:
    """The other places of the event's own place phrase, conjoined with the one it stands at ("marches
    in Mombasa and Nakuru", "rallies in Lagos, Abuja and Kano"), of the same kind (towns with towns):
    ACLED codes a demonstration in each place as an event of its own."""
    if place is None or place.place is None or not mention.sentence_start <= place.start < place.end <= mention.sentence_end:
        return []
    span = ctx.doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return []
    conjuncts = {c.i for c in span.root.conjuncts if c.i > span.root.i}
    out = []
    for t in ctx.toponyms or []:
        other = ctx.doc.char_span(t.start, t.end, alignment_mode="expand") if t.place is not None else None
        if other is None or other.root.i not in conjuncts or t.role != "location":
            continue
        t = as_town(ctx.doc, t)  # read as the event's own place was
        if t.place is not None and t.place.feature_class == place.place.feature_class \
                and t.place.geonameid != place.place.geonameid:
            out.append(t)
    return out


# The places stage's answer for a name and the units written with it: (place, geo_precision,
# level), level "place", "adm2", "adm1", "country" or "none" (``PlacesComponent.resolve_in_context``).
Resolver = Callable[[str, Sequence[str]], "Resolution"]


def _from_phrase(phrase: PlacePhrase, plausible, text: str, resolver: Resolver | None,  # type: ignore[no-untyped-def]
                 doc: Doc | None = None) -> Toponym | None:
    """The place a phrase gives: the named place if it fits the units named with it, else
    the most specific of those units.  A name the places stage did not read, or read as a
    namesake outside those units, goes back to it with the units (``resolver``); so does every
    name written with its units in brackets, which then decide between namesakes."""
    # (a sea or a lake beside the name describes it, "the Black Sea city of Batumi"; it holds no town)
    units = [u for u in phrase.context if locating(u) and plausible(u) and not (u.place is not None and u.place.feature_class == "H")]
    if phrase.street and not phrase.route:  # the street's town is the place itself ("in Calle X,
        # Madrid"), not a stand-in for it; a road named only for the towns it joins is near them
        town = next((u for u in units if u.place is not None and not (u.place.feature_code or "").startswith("PCL")), None)
        return as_town(doc, town) if town is not None and doc is not None else town
    if phrase.part:  # only a gazetteer entry for a section of a town is a neighbourhood's point
        named = [t for t in phrase.named if t.place is not None and (t.place.feature_code or "").startswith("PPLX")]
        if named:
            return _with_precision(named[0], 2)
        # ... or the city the text names it a part of ("the X district of Kherson city", "the X neighbourhood
        # of <a town>": a town's part is in that town, the point ACLED gives it)
        return next((_named_city(doc, u, text) for u in units if _CITY_AFTER.match(text, u.end)
                     or u.place is not None and u.place.feature_class == "P"), None)
    span = (phrase.named[0].start, phrase.named[0].end) if phrase.named else phrase.unread
    if phrase.admin and resolver is not None and span is not None and (found := _resolved(phrase, span, text, resolver)) \
            and plausible(found):  # units read as namesakes abroad ("Sharon" in Pennsylvania) decide nothing
        return _named_city(doc, found, text)
    ends = phrase.named if phrase.route else _road_ends(doc, phrase.named)
    if ends and not phrase.admin and not _units_follow(text, ends) and (between := _between(ends, plausible)) is not None:
        return between  # "on the road between Maiduguri and Damboa": somewhere along it, told by no town of its own
    for named in phrase.named:
        if (locating(named) or phrase.route) and plausible(named) and all(_inside(named, u) or _unit_named(named, u) for u in units) \
                and not _abroad_of(named, phrase.context):
            named = as_town(doc, named) if doc is not None else named
            return _with_precision(named, 2) if phrase.near else named
    if not phrase.admin and resolver is not None and span is not None and (found := _resolved(phrase, span, text, resolver)) \
            and plausible(found) and all(_inside(found, u) or u.place is not None and found.place is not None
                                         and u.place.geonameid == found.place.geonameid for u in units):
        # (a namesake outside the units written with it, "the Kyivskyi district of Kharkiv" read in Donetsk, is none)
        return _named_city(doc, found, text)
    for unit in units:
        if any(_outside_unit(unit, other, text) for other in units if other is not unit):
            continue  # "the outskirts of X (municipality of Y)": a namesake X of another district is not the place
        code = unit.place.feature_code or "" if unit.place else ""
        if doc is not None and code in ("ADM1", "ADM2") and (_CITY_AFTER.match(text, unit.end) or _PART_OF.search(text, 0, unit.start)):
            # "the X district of Kherson city"; "the X district of Kharkiv": a part of the city, not of its province
            town = as_town(doc, unit)
            return town if town is not unit else _with_precision(unit, 3 if code == "ADM1" else 2)
        level = 3 if code in ("ADM1", "PCLI") or code.startswith("PCL") else 2
        return _with_precision(unit, level)
    return None


# Farther apart than this, a road's two ends say too little for a point between them.
ROUTE_SPAN_KM = 200


def _road_ends(doc: Doc | None, named: list[Toponym]) -> list[Toponym]:
    """The towns a "between" phrase names as a road's ends ("on the road between X and Y"), first town first."""
    if doc is None or not named or (span := doc.char_span(named[0].start, named[0].end, alignment_mode="expand")) is None:
        return []
    tok = span.root
    if not (tok.dep_ == "pobj" and tok.head.lower_ == "between" and tok.head.head.lemma_.lower() in ROUTE_WORDS):
        return []
    from dateline.places import toponyms

    return road_ends(tok.head.head, toponyms(doc))[0]


def _units_follow(text: str, ends: list[Toponym]) -> bool:
    """A coder's units in brackets follow the road's towns ("between Baidoa and Burhakaba (Baidoa district, Bay
    region)"): a coder's note, which codes a road to its first town."""
    return len(ends) >= 2 and text[ends[1].end:ends[1].end + 3].lstrip().startswith("(")


def _between(ends: list[Toponym], plausible) -> Toponym | None:  # type: ignore[no-untyped-def]
    """The middle of a road between two towns of one country the text names as its ends ("Maiduguri-Damboa
    road"), at geo_precision 2 in the first town's units: nearer the event, on average, than either end."""
    from dateline.places.resolve import haversine

    towns = [t for t in ends if t.place is not None and t.place.feature_class == "P" and plausible(t)]
    if len(towns) < 2 or towns[0].place.iso != towns[1].place.iso:  # type: ignore[union-attr]
        return None
    a, b = towns[0].place, towns[1].place
    if haversine((a.latitude, a.longitude), (b.latitude, b.longitude)) > ROUTE_SPAN_KM:  # type: ignore[union-attr]
        return None
    middle = a.model_copy(update={"latitude": round((a.latitude + b.latitude) / 2, 5),  # type: ignore[union-attr]
                                  "longitude": round((a.longitude + b.longitude) / 2, 5), "geonameid": None,  # type: ignore[union-attr]
                                  "name": f"{a.name}-{b.name} road", "feature_code": "RD", "population": 0})  # type: ignore[union-attr]
    return towns[0].model_copy(update={"place": middle, "geo_precision": 2})


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


def _after_locative(doc: Doc, t: Toponym) -> bool:
    """The name follows a locative preposition ("in Niamey"), not a word that may be a capital's
    namesake in lower case or at a sentence's start ("Male students")."""
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].lower_ in STRONG_LOCATIVE


# What stands between a place and the unit that holds it when the unit is a phrase of its own: " in the ".
_UNIT_NEXT = re.compile(r",?\s+in\s+(?:the\s+)?", re.I)


def _with_clause_units(phrases: list[PlacePhrase], head_at: int, text: str,
                       toponyms: Sequence[Toponym] = ()) -> list[PlacePhrase]:
    """A unit one phrase of the clause names is context for a town another names when that town was read
    abroad ("attacked X village in Y county (Z)", the parser hanging "in Y county" on the verb), or when
    the unit frames the clause from before its verb ("In Donetsk Oblast, shelling killed two in X"): the
    town is then read within that unit, as it is when the units follow the town itself."""
    units = [t for p in phrases for t in (*p.named, *p.context) if t.place is not None and t.place.iso
             and (t.place.feature_code or "") in ("ADM1", "ADM2")]
    named = [t for p in phrases for t in p.named if t.place is not None and t.place.iso]
    for phrase in phrases:
        if phrase.context or phrase.admin or phrase.route or phrase.street or not phrase.named:
            continue
        given = [u for u in units if u not in phrase.named and (all(
            t.place is not None and t.place.iso not in (None, u.place.iso) for t in phrase.named)  # type: ignore[union-attr]
            or u.start < head_at < phrase.named[0].start and not any(_inside(t, u) for t in phrase.named))]
        if not given:  # "near X in Sumy oblast", the parser hanging "in Sumy oblast" on the trigger
            last = max(phrase.named, key=lambda t: t.end)
            given = [u for u in named if u not in phrase.named and _UNIT_NEXT.fullmatch(text, last.end, u.start)
                     and ((u.place.feature_code or "") in ("ADM1", "ADM2") or _KIND_AFTER.match(text, u.end))  # type: ignore[union-attr]
                     and not any(_inside(t, u) for t in phrase.named)]
        if given:
            phrase.context = given
    for phrase in phrases:  # "at Amaraku, Isiala Mbano LGA", the parser hanging the unit on the verb: the unread village's unit
        unplaced = phrase.named and all(t.place is None for t in phrase.named)
        end = phrase.named[-1].end if unplaced else phrase.unread[1] if phrase.unread is not None and not phrase.named else None
        if end is not None and not phrase.context and not phrase.admin:
            phrase.context = [u for u in toponyms if u.place is not None and (u.place.feature_code or "") in ("ADM1", "ADM2")
                              and _UNIT_AFTER_VILLAGE.fullmatch(text, end, u.start)][:1]
    return phrases


_UNIT_AFTER_VILLAGE = re.compile(r",\s*")


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


def _resolved(phrase: PlacePhrase, span: tuple[int, int], text: str, resolver: Resolver) -> Toponym | None:
    """The places stage's answer for the phrase's name with its units, as a toponym whose evidence
    is the words that gave the point: the name, or the unit the text names."""
    found = resolver(_with_kind(text, span), phrase.admin or [u.text for u in phrase.context])
    if found.place is None:
        return None
    source = next((u for u in phrase.context if found.level in ("adm1", "adm2", "country") and u.place is not None
                   and (u.place.geonameid == found.place.geonameid or fold(u.place.name) == fold(found.place.name))), None)
    if source is None and found.level != "place" and phrase.admin:
        # a unit the places stage did not read ("Unity"): point at its words in the brackets
        after = text.find("(", span[1])
        for name in phrase.admin:
            at = text.find(name, after)
            if at >= 0 and fold(name) in (fold(found.place.name), fold(found.place.admin1 or ""), fold(found.place.admin2 or "")):
                span = (at, at + len(name))
                break
    start, end = (source.start, source.end) if source is not None else span
    if source is not None and source.place is not None and source.place.feature_class == "P" \
            and text.startswith(("'s ", "\u2019s "), source.end):
        # "in Kabul's X area": a part of the town the text names as its owner, not of the province named after it
        return _with_precision(source, 2)
    toponym = Toponym(start=start, end=end, text=text[start:end], place=found.place, score=0.5, role="location",
                      geo_precision=found.geo_precision or 1)
    return _with_precision(toponym, 2) if phrase.near and found.level == "place" else toponym


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


def _named_town(here: Toponym, found: Toponym | None) -> bool:
    """``here`` names a town of its own, another than the reference point ``found`` a bearing was taken from,
    and not one named as its province is ("near X, in Donetsk" may mean the region)."""
    a, b = here.place, found.place if found is not None else None
    return a is not None and b is not None and _rank(here) == 0 and a.geonameid != b.geonameid \
        and fold(a.name) != fold(a.admin1 or "")


def _town_told_before(found: Toponym, previous: Toponym | None) -> Toponym:
    """A province found outside the event's own clause ("the X health directorate said one protester was killed")
    gives way to the town of that province the event told just before stands at: no coarser place for the same scene."""
    if previous is None or previous.place is None or found.place is None or _rank(found) != 3 or _rank(previous) != 0:
        return found
    same = previous.place.iso == found.place.iso and previous.place.admin1 == found.place.admin1
    return previous if same else found


def _province_town(town: Toponym, unit: Toponym) -> bool:
    """A town named as its province is, said beside a district of that province ("in X District, in the
    eastern countryside of Hama"): the name stands for the province, which holds the district, and
    is no place inside the district."""
    a, u = town.place, unit.place
    return a is not None and u is not None and (u.feature_code or "") == "ADM2" and a.iso == u.iso \
        and bool(a.admin1) and fold(a.name) == fold(a.admin1 or "") == fold(u.admin1 or "")


WHEN_MARKS = frozenset({"when", "as", "while"})


def when_clauses(clause: Clause) -> list[Clause]:
    """The clause that says how the trigger's harm came about: "a soldier was wounded when troops
    opened fire near X", "two died as a bomb went off in X": its place is the event's."""
    return [Clause(c) for c in clause.head.children
            if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in WHEN_MARKS for m in c.children)]


def where_phrase(clause: Clause) -> tuple[int, int] | None:
    """The characters of the place phrase a clause opened by "where" stands for ("in Amuru district, Horo
    Guduru zone, where ..."): the noun it hangs from, with the nouns set beside that noun."""
    head = clause.head
    while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head  # "where youths threw stones and burned tyres": the clause "where" opens
    if head.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in head.children):
        return None
    noun = head.head
    while noun.dep_ in ("appos", "conj", "compound") and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "Amuru district, Horo Guduru zone, where": the first of the nouns set side by side
    start = noun.left_edge.idx
    prep, doc = noun.head, noun.doc
    if noun.dep_ == "pobj" and prep.lower_ == "in" and prep.i >= 2 and doc[prep.i - 1].text == "," \
            and doc[prep.i - 2].pos_ == "PROPN":
        start = doc[prep.i - 2].left_edge.idx  # "to X, in neighbouring Y province, where ...": the unit only places X
    return start, head.left_edge.idx  # up to the "where" clause itself


def argument_relatives(clauses: list[Clause]) -> list[Clause]:
    """The relative clauses of the people or things the event's verbs act on ("dispersed miners who had blocked
    the road in X"): where they were, which refines a province the clause itself gives ("In Y province, police
    dispersed ..."), read after the clause's own places (``phrased`` takes a town there only inside that unit).
    Read for demonstrations only: elsewhere such a clause tells another act (a hard negative's)."""
    verbs = [c.head for c in clauses]
    verbs += [v for h in list(verbs) for v in h.children if v.dep_ in ("advcl", "xcomp")
              and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)]  # "fired tear gas to disperse ..."
    nouns = [a for v in verbs for a in v.children if a.dep_ in ("dobj", "nsubj", "nsubjpass")]
    nouns += [p for n in list(nouns) for prep in n.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for p in prep.children if p.dep_ == "pobj"]  # "hundreds of miners who ..."
    return [Clause(r) for n in nouns for r in n.children if r.dep_ == "relcl"]


def continued(clause: Clause) -> list[Clause]:
    """The clause, then the clauses it continues: "raided Kolofata, killing six" and "raided
    Kolofata and abducted six" happened where the raid did (a subjectless -ing clause, or a verb
    conjoined to the one before it), and "gathered in X to protest" where they gathered."""
    out, verb = [clause], clause.head
    for _ in range(3):
        # ("gathered at the square in X to protest against sanctions imposed on Y": the purpose is told where they gathered)
        purpose = verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        if not (is_participle_clause(verb) or verb.dep_ == "conj" or purpose) or verb.head.pos_ not in ("VERB", "AUX"):
            break
        verb = verb.head
        out.append(Clause(verb))
    return out


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
    from dateline.places.recognize import lookup_span

    gaz = shared(None)
    cands = lookup_span(gaz, t.text, ner=True)
    unit = next((c for c in cands if c.id == p.geonameid), None) or (gaz.by_id(p.geonameid) if p.geonameid else None)
    town = town_of_unit(unit, cands, t.text) if unit is not None else None
    if town is None:
        return t
    return t.model_copy(update={"place": gaz.place(town), "geo_precision": 2 if (t.geo_precision or 1) == 2 else 1})


def _occurred_over(clause: Clause) -> Token | None:
    """The verb of taking place whose "when" clause holds the trigger ("The clash took place on the outskirts of X, when
    an army patrol came under fire"): its place is the event's, after any the trigger's own clauses give."""
    head = clause.head
    if head.dep_ == "advcl" and any(m.dep_ in ("advmod", "mark") and m.lower_ in ("when", "as") for m in head.children) \
            and occurred(head.head):
        return head.head
    return None


def locate_event(ctx: Context, mention: EventMention, resolver: Resolver | None = None,
                 previous: Toponym | None = None) -> Toponym | None:
    """The toponym (with place and geo_precision) that locates the event, or None (``_locate_event``);
    in a line a place labels ("- Kherson city: on 26 November artillery shelled the X district"), a place
    outside the label's province is a namesake, and the label stands for it."""
    if resolver is not None and (coded := coded_to(ctx, mention, resolver)) is not None:
        return coded
    found = _locate_event(ctx, mention, resolver, previous)
    if found is not None and not _is_country(found) and _spread_over_country(ctx, mention, found):
        return _country_of(found)
    label = line_label(ctx, mention)
    if label is not None and found is not None and found.start < label.start and not _is_country(found):
        return as_town(ctx.doc, label)  # "KANDAHAR / \u2022 18 Sep - Panjwayi district: ...": the line's label, not the heading above
    if label is None or (found is not None and found.place is not None and label.place is not None
                         and (found.place.admin1, found.place.country) == (label.place.admin1, label.place.country)):
        return found
    if found is None or found.place is None or _is_country(found):
        return found
    return as_town(ctx.doc, label)


# An event told over a whole land: "protests were held across the country", "in various parts of the country".
_SPREAD_OVER = re.compile(r"\b(?:across|throughout|all\s+over|(?:various|several|many|different|most)\s+parts\s+of)\s+the\s+"
                          r"(?:country|nation)\b|\b(?:nationwide|countrywide)\b", re.IGNORECASE)


def _spread_over_country(ctx: Context, mention: EventMention, found: Toponym) -> bool:
    """The event's own clause spreads it over the country and names no place of its own: a place elsewhere in the
    sentence ("... and operations against raiders in X district") says nothing of where it was, only the country."""
    trigger = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand") if ctx.doc.has_annotation("DEP") else None
    if trigger is None:
        return False
    head = trigger.root
    # (a noun's own phrase, "protests held on Friday in ..."; a verb's clause without the clauses joined after it)
    if head.pos_ in ("NOUN", "PROPN"):
        end = next((t.i for t in ctx.doc[head.i + 1:head.right_edge.i + 1] if t.dep_ in ("cc", "conj")), head.right_edge.i + 1)
        own = ctx.doc[head.left_edge.i:end]
    else:
        own = clause_before_conjuncts(head)
    if not _SPREAD_OVER.search(ctx.text, own.start_char, own.end_char):
        return False
    if head.dep_ == "pobj" and head.head.lower_ in TIME_FRAME_PREPS:
        return False  # "police fired on a crowd in Nairobi during nationwide protests": the protests frame the event
    return not (own.start_char <= found.start < own.end_char and found.end > found.start)


# A coder's own note of the stand-in point: "(coded to Tera)", "Village not located; coded to X, Y region".
_CODED_TO = re.compile(r"\b[Cc]oded\s+(?:to|at)\s+(?:the\s+)?((?:[A-Z][\w'\u2019-]*)(?:[ -](?:[A-Z][\w'\u2019-]*|al|el|de|du|la))*)"
                       r"(?:\s+(?:town|city|village|district|county|province|region|state|LGA|department))?"
                       r"(?:\s*(?:,\s*|\()([^().;\n]{2,80}))?")


_BRACKETED = re.compile(r"\(([^()\[\]]{2,80})\)")


def coded_to(ctx: Context, mention: EventMention, resolver: Resolver) -> Toponym | None:
    """The point a note says the event is coded to, when its paragraph says so after the event's own
    sentence begins: the writer has chosen the stand-in for a place the gazetteer may lack, so it is
    taken as written (geo_precision 2 for a town, the unit's level for a unit)."""
    end = ctx.text.find("\n", mention.sentence_start)
    for m in _CODED_TO.finditer(ctx.text, mention.sentence_start, len(ctx.text) if end < 0 else end):
        admin = [a.strip() for a in (m.group(2) or "").split(",") if a.strip() and a.strip()[0].isupper()]
        if not admin:  # the units the note gave in brackets before ("in X village (Y, Z). ... Coded to Y town.")
            admin = [a.strip() for b in _BRACKETED.findall(ctx.text, _paragraph_start(ctx.text, mention.sentence_start), m.start())
                     for a in b.split(",") if a.strip() and a.strip()[0].isupper()]
        found = resolver(m.group(1), admin)
        if found.place is None:
            continue
        toponym = Toponym(start=m.start(1), end=m.end(1), text=m.group(1), place=found.place, score=0.5, role="location",
                          geo_precision=found.geo_precision or 1)
        return _with_precision(toponym, 2) if found.level == "place" else toponym
    return None


# A line opened by a place and a colon, after a list mark, a thread's number and time, or a word for a part of
# the place: "- Kherson city:", "Bilozerka:", "* Pokrovsk direction:", "4/ 14:30 - Downtown Khartoum:".
_LABEL_END = re.compile(r"\s*(?:(?:city|town|region|oblast|province|district|direction|area|front|village)\s*)?"
                        r"(?-i:,\s*[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}\s*)?:", re.I)  # (or "Mlolongo, Machakos County:")
_LIST_MARK = re.compile(r"^\s*(?:[-*\u2022\u2013]|#?\d{1,3}[.)/])?\s*(?:\d{1,2}[:.h]\d\d\s*[-\u2013\u2014]?\s*)?"
                        r"(?:(?:\d{1,2}\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2})\s*[-\u2013\u2014]\s*)?"  # "\u2022 21 Sep - X:"
                        r"(?:(?:" + "|".join(sorted(PART_WORDS | {"old"})) + r")\s+)?$", re.I)  # (and "Old Mosul:")


def line_label(ctx: Context, mention: EventMention) -> Toponym | None:
    """The place that labels the mention's line ("- Kherson city: ..."), or None."""
    line = ctx.text.rfind("\n", 0, mention.start) + 1
    for t in ctx.toponyms or []:
        if line <= t.start < mention.start and t.place is not None and (
                _LIST_MARK.match(ctx.text[line:t.start]) and _LABEL_END.match(ctx.text, t.end) is not None
                or _DATED_MARK.match(ctx.text[line:t.start]) and _DATED_LABEL_END.match(ctx.text, t.end) is not None):
            return t
    return None


# A line opened by its day and a dash, then the place, then a full stop: "Wednesday 7 June — Kandahar city. A day after ...".
_DATED_MARK = re.compile(r"^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+[A-Za-z]{3,9}\.?|[A-Za-z]{3,9}\.?\s+\d{1,2})"
                         r"(?:,?\s+\d{4})?\s*[-\u2013\u2014]\s*$", re.I)
_DATED_LABEL_END = re.compile(r"\s*(?:(?:city|town|region|oblast|province|district|area|village)\s*)?[.:]", re.I)


def _locate_event(ctx: Context, mention: EventMention, resolver: Resolver | None = None,
                  previous: Toponym | None = None) -> Toponym | None:
    """The toponym (with place and geo_precision) that locates the event, or None.

    ``previous``: where the event told just before stands (``previous_event_place``); an event
    whose own sentence places nothing stands there rather than at a side place an earlier
    sentence names ("two wounded were flown to X for surgery. Police took 11 men in").

    ``resolver`` (the places stage) resolves a name of the event's place phrase with the
    units written with it, when the places stage did not read it as a place ("near Kidal,
    Mali" with "Kidal" tagged a language) or read a namesake outside those units."""
    clause = clause_of(ctx.doc, mention.start, mention.end) if ctx.doc.has_annotation("DEP") else None
    article_plausible = _plausibility(ctx)
    # the clauses the trigger's own continues ("marched to the embassy in X ... and set fire to its gate")
    own_clauses = continued(clause) if clause is not None else []
    own_spans = [(c.start_char, c.end_char) for c in own_clauses]

    def plausible(t: Toponym) -> bool:
        # "gathered in Niamey, chanting for Russia": a town in the event's own clause is no namesake when
        # only countries named in passing point elsewhere (elsewhere it may be where someone only spoke; a
        # text whose towns lie in another country may have a district of that town's name)
        return article_plausible(t) or any(lo <= t.start < hi for lo, hi in own_spans) \
            and sizeable_town(t) and _after_locative(ctx.doc, t) and not any(
                o.place is not None and o.place.iso != t.place.iso and not _is_country(o) and locating(o)  # type: ignore[union-attr]
                for o in ctx.toponyms or [])

    named = [t for t in ctx.toponyms or [] if not in_group_name(ctx.actors, t) and not named_as_cause(ctx.doc, t)
             and not _force_unit_beside_town(ctx, t, mention)]
    toponyms = _event_places(ctx, named, plausible)
    times = frozenset(tok.idx for t in ctx.timexes for tok in ctx.doc.char_span(t.start, t.end, alignment_mode="expand") or ()) \
        if clause is not None else frozenset()

    behind_found: Toponym | None = None  # the place of another event the clause names ("after the blast in X")
    unread_own = False  # the event's own clause names a place the gazetteer does not place
    unread_name: str | None = None
    unread_country: Toponym | None = None  # the country a nationality word gives that place ("a Lebanese village")
    unread_part = False  # ... or names a part of a town the gazetteer lacks ("in the X neighbourhood", "colonia X")

    def phrased(scopes: list[Clause], own: bool = False) -> Toponym | None:
        nonlocal toponyms, unread_own, unread_name, unread_country, behind_found, unread_part
        coarse: Toponym | None = None  # a province or a country an earlier scope gave: a later one may name a place in it
        for scope in scopes:
            found, bearing = None, False  # bearing: found is only a reference point's bearing ("north of X")
            for phrase in _with_clause_units(place_phrases(scope, [t for t in named if t.role != "name"], times), scope.head.idx,
                                             ctx.text, named):
                here = _from_phrase(phrase, plausible, ctx.text, resolver, ctx.doc)
                if here is not None and phrase.unread is not None and not phrase.named \
                        and _other_province(ctx, mention, here, named):
                    here = None  # "the hamlet of Linda Vista" read as a namesake in another state than the sentence's
                if own and here is None and (phrase.unread or any(t.place is None for t in phrase.named)):
                    span = (phrase.named[0].start, phrase.named[0].end) if phrase.named else phrase.unread
                    unread_name = unread_name or (ctx.text[span[0]:span[1]] if span is not None else None)
                    unread_own = unread_own or _unread_settlement(ctx.text, phrase)
                    unread_part = unread_part or phrase.part
                    unread_country = unread_country or (_nationality_of(ctx, span) if span is not None else None)
                if here is not None and here.end > here.start and _side(ctx.doc, here, mention.start):
                    continue  # "died on the way to a hospital in X": weighed below with the other side places
                if here is not None and phrase.route and found is not None and _rank(found) < 2:
                    continue  # "near X on the Y-Z highway": the road's towns refine only a district or a province
                if here is not None and phrase.behind:
                    behind_found = behind_found or here  # used only when nothing else in the sentence places it
                    continue
                if here is not None:
                    if bearing and not phrase.near and _named_town(here, found):
                        found, bearing = here, False  # "north of X, a bomb hit a patrol in Y": Y is the spot
                    elif found is None or _more_specific(found, here) is here or _within_side(ctx.doc, found, here):
                        found, bearing = here, phrase.bearing or not phrase.named  # (or only the units it sits in)
                    if _rank(found) == 0 and not bearing and not _a_side_of(ctx.doc, found):
                        return found
                if phrase.part:  # a neighbourhood's name read as a town elsewhere locates nothing
                    toponyms = [t for t in toponyms if t not in phrase.named]
                    unread_part = unread_part or own and here is None
            if coarse is not None:
                if found is not None and _more_specific(coarse, found) is found:
                    return found  # "in the north of the province, one was killed when forces shelled X district"
            elif found is not None and _rank(found) >= 2 and not bearing:
                coarse = found
            elif found is not None:
                return found
        return coarse

    if clause is not None:
        scopes = list(own_clauses)
        scopes[1:1] = when_clauses(clause)
        if (taking := taken_after_leaving(clause.trigger)) is not None:
            scopes.insert(1, Clause(taking))  # "entered X after the militia withdrew": the ground left is where it was taken
        if (took_place := _occurred_over(clause)) is not None:
            scopes.append(Clause(took_place))  # "the clash took place on the outskirts of X when a patrol came under fire"
        if mention.event_type in DEMONSTRATION_TYPES:  # (a crowd's own place; not what an arrested man had done)
            triggers = {m.start for m in ctx.mentions or [] if m is not mention}
            scopes += [r for r in argument_relatives(own_clauses) if r.head.idx not in triggers]
        if (found := phrased(scopes, own=True)) is not None:
            return _framed(ctx, mention, found, named)
        # (or the sentence opens with it: "In the capital, calm returned after clashes ...")
        fronted = _THE_CAPITAL.match(ctx.text, mention.sentence_start, clause.end_char)
        if (said := fronted or _THE_CAPITAL.search(ctx.text, clause.start_char, clause.end_char)) \
                and (capital := story_capital(ctx)) is not None:
            # "In the capital, police detained an editor": the country's capital itself
            return capital.model_copy(update={"start": said.start(1), "end": said.end(1), "text": said.group(1), "geo_precision": 1})
        if mention.event_type in DEMONSTRATION_TYPES and not unread_own \
                and (home := _crowd_home(ctx.doc, clause, toponyms)) is not None:
            return home
    if clause is not None and (where := where_phrase(clause)) is not None:
        # "... in Amuru district, Horo Guduru zone, where the gunmen murdered nine civilians": the place "where" stands for
        if found := _best(toponyms, where[0], where[1], mention.start, ctx.doc):
            return as_town(ctx.doc, found)
        if resolver is not None and (named_unit := _resolved_where(ctx, where, resolver)) is not None:
            return named_unit  # "..., also in Tsafe Local Government Area, where a gun duel ensued": a unit the places stage missed
        # a name the gazetteer has only abroad, or a named unit it lacks ("Qwertzu district, where ...")
        unread_own = unread_own or any(where[0] <= t.start < where[1] for t in named) \
            or _UNIT_NAMED.search(ctx.text, where[0], where[1]) is not None
    # a side place (a hospital's town, where an official spoke, the victims' home) is the event's
    # only when no earlier sentence of the paragraph says where it happened
    aside = None
    scopes = [(clause.start_char, clause.end_char)] if clause is not None else []
    # "... after the blast at a hospital in X": X is the blast's place, the event's only if the sentence names no other
    front = [t for t in toponyms if clause is None or not (mention.sentence_start <= t.start < mention.sentence_end and (
        (span := ctx.doc.char_span(t.start, t.end, alignment_mode="expand")) is not None
        and behind_event(ctx.doc, span.root, clause.trigger)))]
    # "In Zawiya, about 45 km west of X, residents blocked the road ... protesting the fighting in Y": a place the
    # sentence opens on frames it, before any place its clauses name in passing
    frame = next((t for t in front if mention.sentence_start <= t.start < mention.start and t.place is not None
                  and _FRAME.fullmatch(ctx.text, mention.sentence_start, t.start) and ctx.text[t.end:t.end + 1] == ","
                  and not _is_country(t) and not _aside(ctx.doc, t, mention.start)), None)
    if frame is not None:
        return as_town(ctx.doc, frame)
    if clause is not None:  # ("identified by the Oguta attack survivors": the place of another event, never this one's)
        others = {t.start for t in toponyms if mention.sentence_start <= t.start < mention.sentence_end
                  and (span := ctx.doc.char_span(t.start, t.end, alignment_mode="expand")) is not None
                  and names_other_event(span.root, clause.trigger)}
        front, toponyms = [t for t in front if t.start not in others], [t for t in toponyms if t.start not in others]
    for places in (front, toponyms):  # then another event's place, as nothing else in the sentence places it
        for start, end in [*scopes, (mention.sentence_start, mention.sentence_end)]:  # the clause, then the sentence
            if found := _best(places, start, end, mention.start, ctx.doc):
                if not _aside(ctx.doc, found, mention.start):
                    return _town_told_before(as_town(ctx.doc, found), previous) if (start, end) not in scopes else as_town(ctx.doc, found)
                aside = aside or found
        if behind_found is not None and aside is None:
            return behind_found  # "the attack came after a week of fighting in rural X": nothing else says where
    if not unread_own and (town := _street_town(ctx, mention.sentence_start, mention.sentence_end, toponyms)) is not None:
        return town  # "at the X Road bomb", the text having written "X Road in north Y" before
    # "In neighbouring X Township, fighters took the police station": a place the gazetteer does not
    # hold moves the story; a place borrowed from before it gives only its province (geo_precision 3)
    moved = unread_own and aside is None
    if moved and unread_name and (unit := _unit_told_elsewhere(ctx, unread_name, toponyms, mention)) is not None:
        return unit  # "Sadung (Waingmaw Township). ... KIA troops took the town of Sadung": the unit written with it
    para = _paragraph_start(ctx.text, mention.sentence_start)
    if aside is not None and para > 0:  # a side place opening a paragraph: the paragraph before says where
        para = _paragraph_start(ctx.text, len(ctx.text[:para].rstrip()))
    # (not the report's head: a wire dateline, "BAMAKO, Aug 9 -", is where it was filed)
    earlier = [s for s in ctx.doc.sents if max(para, ctx.body_start) <= s.start_char and s.end_char <= mention.sentence_start]
    for sent in reversed(earlier):
        # "The protest ended peacefully": the event the sentence before reported, where its own main
        # clause puts it, before any place named in passing there ("... from checkpoints in X")
        if clause is not None and sent.root.pos_ in ("VERB", "AUX") and (found := phrased([Clause(sent.root)])) is not None:
            if previous is not None and not moved and _side(ctx.doc, found, mention.start):
                aside = aside or found  # "... were flown to X for surgery": where the wounded went
                continue
            return _borrowed(ctx, found, unread_name, mention) if moved else found
        if found := _best(toponyms, sent.start_char, sent.end_char, sent.end_char, ctx.doc):
            if previous is not None and not moved and _aside(ctx.doc, found, mention.start):
                aside = aside or found
                continue
            return _borrowed(ctx, found, unread_name, mention) if moved else _town_told_before(as_town(ctx.doc, found), previous)
        moved = moved or unread_place(ctx, sent)
    if aside is not None and previous is not None and not moved:
        return previous
    if aside is not None and unread_own and not _gone_to(ctx.doc, aside, mention.start):
        # "strikes on the village of X killed two, the ministry said in Beirut": where someone spoke or
        # came from is no stand-in for a village the gazetteer lacks (a hospital's town, near it, may be);
        # only its country is sure
        return _country_of(aside)
    if aside is not None:
        # where someone spoke, was treated or came from, and nothing else places it: that place's province
        # ("troops fought the militants on Sunday, a military source in Pemba said")
        return _province_of(aside) or as_town(ctx.doc, aside)
    if unread_part and previous is not None and _MOVES_ON.match(ctx.text, mention.sentence_start) \
            and (town := dateline_toponym(ctx.dateline)) is not None and town.place is not None and town.place.feature_class == "P":
        # "Also on Sunday night, ... from their home in the X neighbourhood": another incident, in a part of the town
        # the report is filed from, not of the town the paragraph before told of ("bodies were found 25 km south of it")
        return town
    if unread_name and (unit := _unit_told_elsewhere(ctx, unread_name, toponyms, mention)) is not None:
        # "the town of Lere" ... "Lere, a trading town in the Timbuktu region"; "in the Sidakan area" ...
        # "outside the Sidakan sub-district in the Soran administration"
        return unit
    if moved:
        found = narrative_place(ctx, mention)
        if unread_country is not None and (found is None or found.start < _paragraph_start(ctx.text, mention.sentence_start)
                                           or _is_dateline(ctx, found)):
            return unread_country  # the place's own nationality word over a dateline or an earlier paragraph's town
        if found is not None and _is_dateline(ctx, found):
            # "YANGON - KIA troops took the town of X": where the report was filed says nothing of the province of
            # a town the gazetteer lacks; only its country is sure
            return _country_of(found)
        return _borrowed(ctx, found, unread_name, mention) if found is not None else None
    if unread_country is not None:
        return unread_country  # "the southern Lebanese village of X": Lebanon, not the dateline's city
    if mention.start < _lede_end(ctx) or _names_dateline(ctx, mention):
        return dateline_toponym(ctx.dateline)
    return None


_STREET = re.compile(r"\b((?:[A-Z][\w'-]+\s+){1,3}(?:" + "|".join(w.capitalize() for w in STREET_CLOSERS) + r"))\.?\b")
# What joins a street to its town: "X Road in north Y", "X Street, Y", "X Avenue of Y".
_TO_TOWN = re.compile(r"\s*(?:,|in|of)\s+(?:the\s+)?(?:(?:north|south|east|west|central|downtown|northern|southern|eastern|"
                      r"western|the\s+centre\s+of|the\s+center\s+of)\s+)?", re.I)


def _crowd_home(doc: Doc, clause: Clause, toponyms: list[Toponym]) -> Toponym | None:
    """The place a demonstration's crowd is named by ("the youths of the Oicha commune erected barricades",
    "residents of X blocked the road"), when the clause names no place of its own: people of a town take to
    its streets.  Not a crowd's origin told with "from" (``_origin``), nor anyone else's town."""
    classes = get_ontology().actor_classes
    people = {w.lower() for w in (*classes.get("crowd", ()), *classes.get("civilian", ()))}
    heads = [clause.head, *([clause.head.head] if clause.head.dep_ == "conj" else [])]
    for subject in (c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lemma_.lower() not in people:
            continue
        for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"):
            for tok in prep.subtree:
                t = next((x for x in toponyms if x.start <= tok.idx < x.end and locating(x)), None)
                if t is not None:
                    return as_town(doc, t)
    return None


def _street_town(ctx: Context, lo: int, hi: int, toponyms: list[Toponym]) -> Toponym | None:
    """The town of a street the sentence names, from where the text wrote that street before with its
    town ("outside shops in X Road in north Y ... At the X Road bomb, ..."): a street is where it was."""
    for m in _STREET.finditer(ctx.text, lo, hi):
        name = m.group(1)
        for earlier in re.finditer(re.escape(name), ctx.text[:lo]):
            if (join := _TO_TOWN.match(ctx.text, earlier.end())) is None:
                continue
            town = next((t for t in toponyms if t.start == join.end() and t.place is not None
                         and t.place.feature_class == "P"), None)
            if town is not None:
                return as_town(ctx.doc, town)
    return None


def unread_place(ctx: Context, sent: Span) -> bool:
    """The sentence's main clause names a place the gazetteer does not hold (or holds only as a
    namesake): the story has moved somewhere no earlier place says."""
    cache = ctx.memo.setdefault("unread_place", {})
    if sent.start_char not in cache:
        plausible = _plausibility(ctx)
        named = [t for t in ctx.toponyms or [] if t.role != "name" and not in_group_name(ctx.actors, t)]
        cache[sent.start_char] = sent.root.pos_ in ("VERB", "AUX") and any(
            _unread_settlement(ctx.text, phrase) and _from_phrase(phrase, plausible, ctx.text, None, ctx.doc) is None
            for phrase in place_phrases(Clause(sent.root), named))
    return cache[sent.start_char]


# "the town of X", "the village of X": the kind written before the name.
_SETTLEMENT_BEFORE = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(SETTLEMENT_KINDS))) + r")\s+of\s+$", re.I)
_SETTLEMENT_AFTER = re.compile(r"\s+(?:" + "|".join(map(re.escape, sorted(SETTLEMENT_KINDS | set(place_words()["unit_kinds"])
                                                                          | set(place_words()["district_anaphors"])))) + r")\b", re.I)
# A capitalised name before a word of its kind ("Qwertzu district", "Amuru woreda").
_UNIT_NAMED = re.compile(r"\b[A-Z][\w'-]+" + _SETTLEMENT_AFTER.pattern.replace("(?:", "(?i:", 1))


# An administrative unit named after a place and its own kind word, if any ("X area, Y sub-county"): the unit holding it.
_UNIT_NAMED_AFTER = re.compile(r"(?:\s+[a-z]+)?\s*,\s*(?:in\s+)?(?:the\s+)?[A-Z][\w'-]+\s+(?i:"
                               + "|".join(map(re.escape, sorted(ADMIN_SUFFIXES, key=len, reverse=True))) + r")\b")


# "In X, ..." opening a sentence (after a live blog's clock time, "10:15 - In X, ...").
_FRAME = re.compile(r"(?:\d{1,2}[:.]\d{2}\s*[-\u2013\u2014:]\s*)?(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)


def _other_province(ctx: Context, mention: EventMention, found: Toponym, named: list[Toponym]) -> bool:
    """A name the places stage did not read, resolved alone, lies in another province of the country than
    every place the sentence itself names ("residents of the X area, in Guerrero's Y region, said drones hit
    the hamlet of Z": a Z in Veracruz is a namesake)."""
    if found.place is None or not found.place.admin1:
        return False
    # (not where someone came from: "a driver originally from South Sulawesi was shot dead on the road ...")
    others = [t for t in named if mention.sentence_start <= t.start < mention.sentence_end and t.place is not None
              and locating(t) and t.place.iso == found.place.iso and t.place.admin1
              and not (t.place.feature_code or "").startswith("PCL") and not _aside(ctx.doc, t, mention.start)]
    return bool(others) and all(t.place.admin1 != found.place.admin1 for t in others)  # type: ignore[union-attr]


def _framed(ctx: Context, mention: EventMention, found: Toponym, named: list[Toponym]) -> Toponym:
    """The event's place, unless the sentence opens on another place that frames all its clauses ("In Kherson, a
    woman was killed when artillery shelled the X district") and the place found lies outside that frame's province:
    a namesake of a part of the framing town (Kyiv's X district), and the frame stands for it."""
    frame = next((t for t in named if mention.sentence_start <= t.start < mention.start and t.place is not None
                  and _FRAME.fullmatch(ctx.text, mention.sentence_start, t.start)
                  and ctx.text[t.end:t.end + 1] == ","), None)
    if frame is None or found.place is None or frame.start == found.start or _is_country(frame) \
            or found.place.iso != frame.place.iso or not found.place.admin1 or found.place.admin1 == frame.place.admin1:
        return found
    return as_town(ctx.doc, frame)


# A sentence that opens on another incident ("Also on Sunday, ...", "Separately, ...", "In another incident, ...").
_MOVES_ON = re.compile(r"\s*(?:also|separately|meanwhile|elsewhere|in\s+(?:another|a\s+separate)\s+(?:incident|attack|development))\b",
                       re.IGNORECASE)


def _unread_settlement(text: str, phrase: PlacePhrase) -> bool:
    """The phrase names a town or unit by its kind ("in X Township", "in X village", "at X area, Y sub-county") that
    the gazetteer could not place; a neighbourhood, street or area ("in the X area") stays in its town."""
    if phrase.part or phrase.street or phrase.near:
        return False
    span = (phrase.named[0].start, phrase.named[0].end) if phrase.named else phrase.unread
    return span is not None and (_SETTLEMENT_AFTER.match(text, span[1]) is not None
                                 or _UNIT_NAMED_AFTER.match(text, span[1]) is not None
                                 or _SETTLEMENT_BEFORE.search(text, max(0, span[0] - 40), span[0]) is not None)


def _is_dateline(ctx: Context, t: Toponym) -> bool:
    """The toponym is the wire dateline's place name ("BEIRUT, Dec 5 (Reuters) -"), where the report was filed."""
    return bool(ctx.dateline) and name_key(t.text) == name_key(ctx.dateline.split(",")[0]) and t.start < ctx.body_start + 80


def _nationality_of(ctx: Context, span: tuple[int, int]) -> Toponym | None:
    """The country of a nationality word in the noun phrase that holds an unread place name ("the
    southern Lebanese village of X", "a Syrian border town, X"), as a stand-in (geo_precision 3)."""
    tok = ctx.doc.char_span(span[0], span[1], alignment_mode="expand")
    if tok is None:
        return None
    noun = tok.root
    for _ in range(3):  # "X" -> "of" -> "village"
        if noun.dep_ not in ("pobj", "prep", "appos", "compound") or noun.head.i == noun.i:
            break
        noun = noun.head
    lo, hi = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
    for t in ctx.toponyms or []:
        if t.role == "demonym" and lo <= t.start < hi and t.place is not None and (t.place.feature_code or "").startswith("PCL"):
            return Toponym(start=t.start, end=t.start, text=t.text, place=t.place, role="location", geo_precision=3)
    return None


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


def sides_country(ctx: Context, mention: EventMention) -> Toponym | None:
    """The country of an event nothing places whose every side belongs to that one country (a clash
    of two Syrian factions "near the bridge"): sure of the country, of nothing finer (geo_precision 3)."""
    from dateline.places.gazetteer import shared
    from dateline.records.actors import event_actors, sides_countries

    sides = event_actors(ctx, mention)
    isos = sides_countries(sides)
    if len(isos) > 1:  # a group of two countries (Al Shabaab: Somalia, Kenya) in the one the actors stage read for it
        isos = frozenset({a.iso for a in (sides.actor1, sides.actor2) if a is not None and a.iso in isos}) or isos
    if not isos and mention.event_type != "Explosions/Remote violence":
        # "Afghan army kills 25 insurgents": a state's forces named by their country's word act at home when
        # nothing else places the event; not a strike or shelling, which reaches across borders ("Israeli drone
        # strike kills four fishermen" is no event in Israel)
        isos = frozenset({a.iso for a in (sides.actor1, sides.actor2) if a is not None and a.iso and a.key
                          and ":" in a.key and not a.key.startswith("unidentified:") and names_country(a.text, a.iso)})
    if len(isos) != 1:
        return None
    gz = shared()
    country = gz.country(next(iter(isos)))
    if country is None:
        return None
    place = gz.place(country)
    return Toponym(start=0, end=0, text=place.name, place=place, role="location", geo_precision=3)


# "in the capital" with no name after it: the national capital of the country the story is about.
_THE_CAPITAL = re.compile(r"\b(?:[Ii]n|at|near|outside|around|across)\s+(the\s+(?:national\s+)?capital)\b(?!\s*,?\s*(?:city\s+)?(?:of\s+)?[A-Z])")


def story_capital(ctx: Context) -> Toponym | None:
    """The national capital, for a strategic development (an arrest by the intelligence service, a
    decree) that the article places nowhere, when the article's places and groups point to one country
    (three signals or more, twice any other's, one of them where something happened): what a coder
    assumes for a state's act with no place, at geo_precision 3.  None when the country is not clear:
    no guessed country."""
    from dateline.places.gazetteer import shared
    from dateline.records.row import countries

    every, strong = country_support(ctx)
    ranked = every.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and 2 * ranked[1][1] > ranked[0][1]) \
            or strong[ranked[0][0]] < 1:
        return None
    iso = ranked[0][0]
    capital = (countries().get(iso) or {}).get("capital")
    if not capital:
        return None
    gz = shared()
    seat = next((c for c in gz.lookup(capital) if c.cc == iso and c.fcode == "PPLC"), None)
    if seat is None:
        return None
    return Toponym(start=0, end=0, text=capital, place=gz.place(seat), role="location", geo_precision=3)


def _event_places(ctx: Context, named: list[Toponym], plausible: Callable[[Toponym], bool]) -> list[Toponym]:
    """The toponyms that may say where an event was: locating ones, in a country the article makes
    plausible, not a country named as the owner of forces or as the far side of a border (``named``:
    already without the places inside armed groups' names)."""
    return [t for t in named if (names_the_scene(ctx, t) or locating(t) and not owner_country(ctx.doc, t))
            and plausible(t) and not across_border(ctx.doc, t) and not _frames_time(ctx.doc, t)]


# "during the Gaza truce", "since the Ukraine war began": a place naming another event that frames the time
TIME_FRAME_PREPS = frozenset({"during", "since", "after", "before", "amid", "following", "throughout"})


def _frames_time(doc: Doc, t: Toponym) -> bool:
    """A place used as the modifier of a noun that a preposition of time governs ("as hostilities picked
    up after a lull during the Gaza truce"): it names when, by another event, not where."""
    if t.role != "modifier":
        return False
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("compound", "amod", "nmod", "poss"):
        return False
    noun = span.root.head
    return noun.dep_ == "pobj" and noun.head.lower_ in TIME_FRAME_PREPS


def previous_event_place(text: str, mention: EventMention, placed: list[tuple[int, Toponym]]) -> Toponym | None:
    """Where the event told just before stands, when it was told in this paragraph or the one
    before ("... an attack on a military position near Karimama. | The assailants opened fire on
    the post at 2 a.m."): the follow-up continues that story, whatever other place (a byline's
    town, a hospital's) the sentences between name."""
    earlier = [(start, t) for start, t in placed if start < mention.start]
    if not earlier:
        return None
    start, place = max(earlier, key=lambda x: x[0])
    para = _paragraph_start(text, mention.sentence_start)
    before = _paragraph_start(text, len(text[:para].rstrip())) if para > 0 else 0
    before = max(before, entry_start(text, mention.sentence_start))  # (not another entry of a live blog)
    return place if start >= before else None


# What stands between a name and the unit that holds it: ", a trading town in the", " sub-district in the",
# ", " (not "from X now sheltering in Y": where someone is, not where X lies).
# Or the place a bearing is taken from: ", south-west of ", ", 20 km north of " (the place near it, geo_precision 2).
_UNIT_GAP = re.compile(r"(?:,\s*(?:an?|the)\s+[\w' -]{1,40}?\s+(?:in|of)\s+|\s+[\w-]{1,20}\s+(?:in|of)\s+|,\s*(?:in\s+)?"
                       rf"|,\s*{BEARING_OF}\s+|\s*\()(?:the\s+)?", re.IGNORECASE)  # (or its unit in brackets: "X (Y Township)")


def _unit_told_elsewhere(ctx: Context, name: str, toponyms: list[Toponym], mention: EventMention) -> Toponym | None:
    """The unit or town the text places an unplaced name in where it names it again ("Lere, a trading
    town in the Timbuktu region", "the Sidakan sub-district in the Soran administration"), as a
    stand-in at that place's precision (2, or 3 for a province)."""
    key = name_key(name)
    for sent in ctx.doc.sents:
        if sent.start_char <= mention.start < sent.end_char:
            continue
        text = ctx.text[sent.start_char:sent.end_char]
        at = next((sent.start_char + m.start() for m in re.finditer(re.escape(name), text)), None)
        if at is None or name_key(ctx.text[at:at + len(name)]) != key:
            continue
        units = [t for t in toponyms if at + len(name) < t.start <= at + len(name) + 80
                 and sent.start_char <= t.start < sent.end_char and t.place is not None and not _is_country(t)
                 and _UNIT_GAP.fullmatch(ctx.text, at + len(name), t.start) is not None]
        if units:
            unit = min(units, key=lambda t: t.start)
            return _with_precision(unit, 3 if unit.place.feature_code == "ADM1" else 2)  # type: ignore[union-attr]
    return None


_SEAS = frozenset({"SEA", "OCN", "GULF", "BAY", "SD", "STRT", "BGHT"})


def _water(t: Toponym) -> bool:
    """A sea, a gulf or an ocean (not a lake or a river, which a story may stand by: "fighting on Lake X")."""
    return t.place is not None and (t.place.feature_code in _SEAS or t.place.feature_class == "U")


def narrative_place(ctx: Context, mention: EventMention) -> Toponym | None:
    """Where the story was last told before an event that no clause, sentence or paragraph of its
    own places ("A second device was defused further along the same road", "residents gathered in
    the city centre"): a reader takes the place the narrative stands at, the nearest earlier
    sentence's place, and a coder codes it there.  A side place (a hospital's town, where an
    official spoke) only when no earlier sentence names another.  When each side of the event has a
    country, a place outside them is no scene of theirs ("... blamed Turkey" before a clash of two
    Syrian sides)."""
    from dateline.records.actors import event_actors, sides_countries

    countries = sides_countries(event_actors(ctx, mention))
    # (where people came from, "a convoy carrying residents from X", or went, "pursued them towards X", is no place
    # the story stood at; nor is a sea another sentence names: "floods swept homes into the sea", then "police detained five")
    toponyms = [t for t in _event_places(ctx, [t for t in ctx.toponyms or [] if not in_group_name(ctx.actors, t)],
                                         _plausibility(ctx)) if not _origin(ctx.doc, t) and not _water(t)
                 and not headed_toward(ctx.doc, t)]
    aside = None
    moved = False  # a sentence between names a place no gazetteer entry holds: only the province carries
    top = entry_start(ctx.text, mention.sentence_start)  # (not another entry of a live blog)
    for sent in reversed([s for s in ctx.doc.sents if top <= s.start_char and s.end_char <= mention.sentence_start]):
        if found := _best(toponyms, sent.start_char, sent.end_char, sent.end_char, ctx.doc):
            named = {t.place.iso for t in ctx.toponyms or []
                     if sent.start_char <= t.start < sent.end_char and t.place is not None and _is_country(t)}
            if found.place is not None and found.place.feature_class != "P" and len(named) > 1:
                continue  # "the basin where Chad, Nigeria, Niger and Cameroon meet": a region, no place of the story
            if countries and found.place is not None and found.place.iso not in countries:
                continue
            if not _aside(ctx.doc, found, mention.start):
                return _province_of(found) if moved else as_town(ctx.doc, found)
            aside = aside or found
        moved = moved or unread_place(ctx, sent)
    return as_town(ctx.doc, aside) if aside is not None else None


def later_scene(ctx: Context, after: int, resolver: Resolver | None = None, sentences: int = 2) -> Toponym | None:
    """Where one of the next ``sentences`` says the event just told happened, naming it by a definite
    event noun ("... killing five soldiers. | The attack took place in Jani Khel, a restive area of Bannu
    district"): that clause's own place phrase, for a row the lead placed only by its country or province."""
    heads = get_ontology().event_heads
    following = [s for s in ctx.doc.sents if s.start_char >= after][:sentences]
    plausible = _plausibility(ctx)
    named = [t for t in ctx.toponyms or [] if t.role != "name" and not in_group_name(ctx.actors, t)]
    for sent in following:
        for subject in sent:
            if subject.lemma_.lower() not in heads or (verb := happening(subject)) is None:
                continue
            for phrase in place_phrases(Clause(verb), named, frozenset()):
                here = _from_phrase(phrase, plausible, ctx.text, resolver, ctx.doc)
                if here is not None and here.place is not None:
                    return with_offset(ctx.doc, here)
    return None


def retold_target(ctx: Context, mention: EventMention, resolver: Resolver | None = None,
                  sentences: int = 2) -> tuple[Toponym | None, Timex | None]:
    """Where and on which day one of the next ``sentences`` retells the event by the thing it struck
    ("drones dropped explosives on a police station in X province this week | The charges hit the
    station in the town of Y on Tuesday evening"): that sentence's own place and day, for a lead
    that placed the event only by its province or dated it only by its week."""
    clause = clause_of(ctx.doc, mention.start, mention.end) if ctx.doc.has_annotation("DEP") else None
    if clause is None:
        return None, None
    targets = {t.lemma_.lower() for t in clause.head.subtree if t.dep_ in ("dobj", "pobj") and t.pos_ == "NOUN"
               and not mention.start <= t.idx < mention.end and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)}
    if not targets:
        return None, None
    plausible = _plausibility(ctx)
    named = [t for t in ctx.toponyms or [] if t.role != "name" and not in_group_name(ctx.actors, t)]
    for sent in [s for s in ctx.doc.sents if s.start_char >= mention.sentence_end][:sentences]:
        for tok in sent:
            if tok.lemma_.lower() not in targets or tok.pos_ != "NOUN" or not any(
                    c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                continue
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            if verb.pos_ != "VERB" or tok.dep_ not in ("dobj", "pobj", "nsubjpass"):
                continue
            place = next((here for phrase in place_phrases(Clause(verb), named, frozenset())
                          if (here := _from_phrase(phrase, plausible, ctx.text, resolver, ctx.doc)) is not None
                          and here.place is not None), None)
            days = [t for t in ctx.timexes if sent.start_char <= t.start < sent.end_char and t.type in ("DATE", "TIME")
                    and t.precision == 1 and (root := token_at(ctx.doc, t.start, t.end)) is not None
                    and clause_head(root).i == verb.i]
            return (with_offset(ctx.doc, place) if place is not None else None), (days[0] if len(days) == 1 else None)
    return None, None


def _names_dateline(ctx: Context, mention: EventMention) -> bool:
    """The event's sentence writes the dateline's name ("retook Mukalla" under "Al Mukalla:"),
    even where the places stage did not read it as a place."""
    if not ctx.dateline:
        return False
    key = bare_key(ctx.dateline.split(",")[0])
    return bool(key) and f" {key} " in f" {name_key(ctx.text[mention.sentence_start:mention.sentence_end])} "


def _lede_end(ctx: Context) -> int:
    """Where the paragraph the dateline opens ends. The dateline is where the report was filed:
    it stands for the place of an event the headline or lede leaves unplaced ("KABUL - A bomb
    killed four on Monday"), but a later paragraph without a place has usually moved on (a
    spokesman's account, a strike elsewhere), and the filing city is no answer there."""
    end = ctx.text.find("\n", ctx.body_start)
    return end if end >= 0 else len(ctx.text)
