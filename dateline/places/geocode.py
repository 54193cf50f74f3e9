"""Resolve one place name with the admin context and country hints the text gives.

This is the interface the linking stage (and ``dateline eval ged``) uses once it
knows which words name an event's place: the toponym, the admin names written
with it ("X village (Marka, Lower Shabelle)", "in X, Y", "X district of Y
province") and what the article implies about the country.  Coders place an
event at the most specific unit they can be sure of, so:

- a town inside the named district / province wins over a bigger namesake
  elsewhere; a hard country is never left;
- a village the gazetteer lacks falls back to the district (geo_precision 2) or
  the province (geo_precision 3) the text names, never to a namesake abroad;
- nothing resolvable gives no place at all (never a guessed country).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from dateline.places.gazetteer import SKELETON_COUNTRIES, Candidate, Gazetteer
from dateline.places.normalize import name_key
from dateline.places.lookup import demonyms, lookup_span
from dateline.places.resolve import haversine, prior
from dateline.places.vocabulary import words
from dateline.types import Place

# Trailing words that say what kind of unit a name is; stripped before the look-up.
SETTLEMENT_SUFFIXES = words("settlement_suffixes")
ADM2_WORDS = words("adm2_suffixes")
ADM1_WORDS = words("adm1_suffixes")
LEADING = re.compile(r"^(?:the|in|near|at|of|outside|around)\s+", re.I)
# How far a town may sit from a named district seat and still be "in" it (used when the
# district itself is not in the gazetteer but a town of its name is).
SEAT_KM = 60.0


@dataclass(frozen=True)
class Resolution:
    """The place a name resolves to, and how precisely (ACLED geo_precision)."""

    place: Place | None
    geo_precision: int | None
    # Which level of the text gave the point: "place", "adm2", "adm1", "country", or "none".
    level: str = "none"
    candidate: Candidate | None = field(default=None, compare=False, repr=False)


NONE = Resolution(None, None, "none")


def split_kind(name: str) -> tuple[str, str | None]:
    """("Marka", "ADM2") for "Marka district"; the core name and the unit kind its last word gives."""
    core = LEADING.sub("", " ".join(name.replace("(", " ").replace(")", " ").split())).strip(" ,.;")
    words = core.split()
    kind = None
    while len(words) > 1:
        # a unit word of several words ("Local Government Area") counts as one
        size = next((n for n in (3, 2) if len(words) > n and " ".join(words[-n:]).lower() in ADM2_WORDS), 1)
        if size > 1:
            kind, words = kind or "ADM2", words[:-size]
            continue
        last = words[-1].lower()
        if last in SETTLEMENT_SUFFIXES:
            kind = kind or "P"
        elif last in ADM2_WORDS:
            kind = kind or "ADM2"
        elif last in ADM1_WORDS:
            kind = kind or "ADM1"
        else:
            break
        words = words[:-1]
        if words and words[-1].lower() == "of":  # "the province of X" is handled by LEADING; "X of" is not a name
            break
    return " ".join(words), kind


def _candidates(gaz: Gazetteer, name: str) -> tuple[Candidate, ...]:
    cands = lookup_span(gaz, name, ner=True)
    if not cands and "-" in name:
        cands = lookup_span(gaz, name.replace("-", " "), ner=True)
    return cands


def country_code(gaz: Gazetteer, text: str | None) -> str | None:
    """ISO code for "SY", "Syria", "Syrian", "Central African Republic"; None if unknown."""
    if not text:
        return None
    text = text.strip()
    if "(" in text:  # UCDP writes "DR Congo (Zaire)", "Yemen (North Yemen)": the name before the brackets
        return country_code(gaz, text.split("(")[0]) or country_code(gaz, text.split("(")[1].rstrip(") "))
    if len(text) == 2 and text.isupper() and text in gaz.country_ids:
        return text
    dem = demonyms().get(name_key(text))
    if dem:
        return dem
    for c in gaz.lookup(text):
        if c.is_country:
            return c.cc
    return None


def _admin_choice(cands: tuple[Candidate, ...], kind: str | None, cc: str | None, inside: Candidate | None) -> Candidate | None:
    """The admin unit (or the town standing for it) a context name refers to."""
    pool = [c for c in cands if (cc is None or c.cc == cc) and not c.is_country]
    if inside is not None:
        held = [c for c in pool if _within(inside, c)]
        # (not a town of the same province far beyond the district named around it: a namesake, no unit of this text)
        pool = held or [c for c in pool if not _beyond_district(inside, c)]
    if not pool:
        return None

    def rank(c: Candidate) -> float:
        r = prior(c)
        if kind and (c.fcode == kind or kind == "P" and c.fclass == "P"):  # "(Gaza City)": the city, not a unit
            r += 4.0
        elif c.fclass == "A":
            r += 2.0  # an admin name in brackets is a unit more often than a town
        return r

    return max(pool, key=rank)


def _as_unit(town: Candidate, kind: str) -> Candidate:
    """The town standing for the unit of its name the text names with a kind word ("Niafunke cercle"), read as
    that unit: a district reaches farther than ``SEAT_KM`` from its seat, so a place of the seat's district (or,
    with no district code, of its province) is taken to lie in it, as for a district GeoNames holds (``_within``).
    The point stays the seat's."""
    return replace(town, fclass="A", fcode=kind)


DISTRICT_REACH_KM = 250  # farther than any district's towns lie from its point, even in deserts and large zones


def beyond_district_reach(town: tuple[float, float], district: tuple[float, float]) -> bool:
    """A town lies farther from a district's point than any of the district's towns do."""
    return haversine(town, district) > DISTRICT_REACH_KM


def _beyond_district(unit: Candidate, c: Candidate) -> bool:
    """``c``, a town of the district's province whose own district GeoNames does not give, lies farther from the
    district named with it than any of its towns: a namesake elsewhere in the province."""
    return unit.fcode == "ADM2" and c.fclass == "P" and not c.a2 and c.cc == unit.cc and c.a1 == unit.a1 \
        and beyond_district_reach((c.lat, c.lon), (unit.lat, unit.lon))


def _within(outer: Candidate, c: Candidate) -> bool:
    """Is ``c`` inside the unit ``outer`` (or near the town that stands for it)?"""
    if outer.cc != c.cc or outer.id == c.id:
        return False
    if outer.fcode == "ADM1":
        return c.a1 == outer.a1
    if outer.fcode == "ADM2":
        # a town GeoNames gives no district (most of Africa's and the Middle East's) is in any district of its
        # province: the text that names the two together is the better witness than a unit's point, which in
        # those countries GeoNames often sets far from the seat (or at another unit's)
        return c.a2 == outer.a2 if c.a2 else c.a1 == outer.a1 and not _beyond_district(outer, c)
    if outer.fclass == "P":
        return haversine((c.lat, c.lon), (outer.lat, outer.lon)) < SEAT_KM
    return False


# Words too common in unit names to tie two units together ("North Kivu", "Baja California Sur").
_GENERIC_UNIT_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
                                 "upper", "lower", "middle", "haute", "haut", "bas", "basse", "norte", "sur", "nord", "sud",
                                 "est", "ouest", "centre", "new", "san", "santa", "saint", "sainte", "del", "des", "rif"})


def _split_from(outer: Candidate, c: Candidate, gaz: Gazetteer) -> bool:
    """Is ``c`` in a province that shares a distinctive word of its name with ``outer``, in the same country
    ("Batangafo" in Ouham-Fafa, written "Ouham province")?  A province split in two keeps its name in one
    half and lends it to the other; coders and older sources name the province as it was."""
    if outer.fcode != "ADM1" or c.cc != outer.cc or not c.a1 or c.a1 == outer.a1:
        return False
    other = gaz.admin(c.a1)
    if other is None:
        return False

    def distinctive(name: str) -> set[str]:
        return {w for w in name_key(name).split() if len(w) >= 4 and w not in _GENERIC_UNIT_WORDS}

    return bool(distinctive(outer.name) & distinctive(other.name))


def chain_country(gaz: Gazetteer, core: str, admin: Sequence[str], priors: Mapping[str, float] | None = None) -> str | None:
    """The one country where a name and the units written with it can all be ("Ouahigouya (Yatenga,
    Nord)": Burkina Faso, not Haiti's Nord).  Each name votes for the countries it has places in,
    its vote split among them: a name found in one country is strong evidence, a common one
    ("Central", found in a score of countries) almost none, so "Netanya (Sharon, Central)" stays in
    Israel though "Sharon" and "Central" are both found in the United States.  The country with the
    most weight wins when two names agree on it, or when it alone holds the place itself and
    outweighs every other; the number of names, then the document prior, break ties."""
    # (a unit written as a town, "(Gaza City)", votes only with towns of its name)
    towns = {name_key(k[0]) for k in (split_kind(a) for a in admin if a and a.strip()) if k[1] == "P"}
    names = list(dict.fromkeys(name_key(n) for n in (core, *(split_kind(a)[0] for a in admin if a and a.strip())) if n))
    if len(names) < 2:  # "Akobo (Akobo, Jonglei)": a name repeated as its district is one name
        return None
    weight: Counter[str] = Counter()
    votes: Counter[str] = Counter()
    head: set[str] = set()
    for k, name in enumerate(names):
        stated = country_code(gaz, name)
        isos = {stated} if stated is not None else {c.cc for c in _candidates(gaz, name) if c.cc and (
            k == 0 or name not in towns or c.fclass == "P")}
        if k == 0 and name == name_key(core):
            head = isos
        for iso in isos:
            votes[iso] += 1
            weight[iso] += 1.0 / len(isos)
    if not votes:
        return None
    shares = priors or {}
    # sorted: the same answer in every process
    best = max(sorted(votes), key=lambda iso: (round(weight[iso], 6), votes[iso], shares.get(iso, 0.0)))
    if votes[best] >= 2:
        return best
    # one name alone: the place itself, found in that country only, and outweighing the units' other readings
    runner = max((w for iso, w in weight.items() if iso != best), default=0.0)
    return best if head == {best} and weight[best] > runner + 1e-6 else None


SEATS = frozenset({"PPLC", "PPLA", "PPLA2"})


def town_of_unit(unit: Candidate, cands: Sequence[Candidate], name: str) -> Candidate | None:
    """The town a province or district is named after, among ``cands``: in the same unit, and
    called by that name itself or its seat or a city under its main name ("Sumy" the city in Sumy
    oblast, "Madrid" the capital of its community; not Oklahoma City, whose alternate name
    "Oklahoma" is the state's; "Sanaa" the capital, which GeoNames puts in a unit apart from Sanaa governorate).
    Coders write a bare name for the town and "X province" for the unit."""
    key = name_key(name)
    towns = [c for c in cands if c.fclass == "P" and c.cc == unit.cc and c.pop >= 1000
             and (c.a1 == unit.a1 or c.fcode == "PPLC" and name_key(c.name) == key)  # (Sanaa: a capital in a unit of its own)
             and (unit.fcode == "ADM1" or _within(unit, c))  # (a town GeoNames gives no district: by distance)
             and (name_key(c.name) == key or c.src != 1 and (c.fcode in SEATS or c.pop >= 100_000))]
    return max(towns, key=lambda c: (c.fcode in SEATS, c.pop)) if towns else None


_BRACKETED = re.compile(r"^(?P<before>[^()]*?)\s*\((?P<inside>[^(),]+)\)\s*(?P<after>[^()]*)$")


def alternative_names(toponym: str) -> list[str]:
    """"Tadmur/Palmyra town", "Al-Rai town (Choban Bey)", "Izz ad-Din (Ezzeddin) village": each name the text
    gives for one place, the first first, each with the kind word the whole name ends in.  Brackets holding
    a comma are admin context ("X (Marka, Lower Shabelle)"), not another name."""
    names: list[str] = []
    main = toponym
    if (m := _BRACKETED.match(toponym)) is not None and m["before"].strip():
        main = f"{m['before']} {m['after']}".strip()
        names.append(m["inside"].strip())
    parts = [p.strip() for p in main.split("/") if p.strip()] + names
    if len(parts) < 2:
        return [toponym]
    tail = main.split()[-1] if split_kind(main)[1] else ""
    return [p if not tail or split_kind(p)[1] else f"{p} {tail}" for p in parts]


def peer_unit(ranked: Sequence[Candidate], units: Sequence[Candidate], kind: str | None) -> Candidate | None:
    """"in Ghazni, Logar": a name whose own reading (not a spelling variant) is a unit of the same rank as the
    innermost unit written after it, beside it in the same country (a district in the same province),
    is that unit's neighbour in a list, not a place inside it; its best such reading, or None."""
    unit = units[-1]
    if unit.fcode not in ("ADM1", "ADM2") or kind not in (None, unit.fcode):
        return None
    return next((c for c in ranked if c.fcode == unit.fcode and c.cc == unit.cc and c.id != unit.id and c.src in (0, 2, 3, 5)
                 and (unit.fcode == "ADM1" or c.a1 == unit.a1) and all(_within(u, c) for u in units[:-1])), None)


def resolve_in_context(
    gaz: Gazetteer,
    toponym: str,
    admin: Sequence[str] = (),
    country: str | None = None,
    country_prior: Mapping[str, float] | None = None,
    allow_country: bool = False,
) -> Resolution:
    """The best place for ``toponym`` given the admin names written with it.

    ``admin``: the names of the units the text puts it in, most specific first
    ("Marka", "Lower Shabelle"); a trailing kind word ("district", "province")
    is read.  ``country``: a country the text states (ISO code, name or demonym):
    the result never leaves it.  ``country_prior``: soft weights per ISO code
    (see :func:`dateline.places.context.country_prior`).  ``allow_country``:
    fall back to the stated country itself (geo_precision 3) when nothing more
    specific resolves; off by default, so nothing is placed in a country the
    text did not name.
    """
    alternatives = alternative_names(toponym)
    if len(alternatives) > 1:
        # The whole as written first (the gazetteer has some names with their brackets), then each name.
        for k, name in enumerate([toponym, *alternatives]):
            found = _resolve_one(gaz, name, admin, country, country_prior)
            if found.level == "place" and (k < 2 or _only_one(gaz, name, found)):
                return found
    return _resolve_one(gaz, toponym, admin, country, country_prior, allow_country)


def _only_one(gaz: Gazetteer, name: str, found: Resolution) -> bool:
    """A second name ("Las Tinajas (El Pilar)") is trusted only when its country has one place of that name:
    such names are often a hamlet's or an estate's, common across the country."""
    core = split_kind(name)[0]
    c = found.candidate
    return c is not None and sum(1 for o in _candidates(gaz, core) if o.cc == c.cc and o.fclass == c.fclass) == 1


def _resolve_one(
    gaz: Gazetteer,
    toponym: str,
    admin: Sequence[str] = (),
    country: str | None = None,
    country_prior: Mapping[str, float] | None = None,
    allow_country: bool = False,
) -> Resolution:
    """:func:`resolve_in_context` for one name."""
    cc = country_code(gaz, country)
    # shares only: the prior's "_weight" and "_strong" totals are not countries
    priors = {iso: share for iso, share in (country_prior or {}).items() if not iso.startswith("_")}
    core, kind = split_kind(toponym)
    if cc is None:
        cc = chain_country(gaz, core, admin, priors)
    # Admin context, outermost first, each read inside the one before it.
    units: list[Candidate] = []
    outer: Candidate | None = None
    for name in reversed([a for a in admin if a and a.strip()]):
        a_core, a_kind = split_kind(name)
        if country_code(gaz, a_core) and not a_kind:
            cc = cc or country_code(gaz, a_core)  # "in X, Syria": the country, not a unit
            continue
        choice = _admin_choice(_candidates(gaz, a_core), a_kind, cc, outer)
        if choice is not None and a_kind == "ADM1" and choice.fclass == "P" and not choice.fcode.startswith("PPLA"):
            choice = None  # "(Sierra region)": a town that seats no province is no unit "region" names
        if choice is not None:
            if a_kind in ("ADM1", "ADM2") and choice.fclass == "P":
                choice = _as_unit(choice, a_kind)  # "(Niafunke cercle)" with only the town in the gazetteer
            units.append(choice)
            outer = choice
            cc = cc or choice.cc
    if cc is None and priors:
        top, weight = max(priors.items(), key=lambda kv: kv[1])
        if weight >= 0.5:
            cc = top  # a clear document prior acts as the country
    cands = [c for c in _candidates(gaz, core) if not c.is_country or kind is None] if core else []
    if cc is not None:
        cands = [c for c in cands if c.cc == cc]
    if not cands and kind is not None:  # the gazetteer holds some units with their kind word ("Vedenskiy Rayon")
        cands = [c for c in _candidates(gaz, LEADING.sub("", toponym.strip())) if cc is None or c.cc == cc]
    if not cands and core and cc in SKELETON_COUNTRIES:
        cands = [c for c in gaz.lookup_skeleton(core) if c.cc == cc]
    best: Candidate | None = None
    if cands:
        # Only when nothing of the name lies in (or is) a named unit may a split-off province stand for it.
        split_ok = not any(_within(u, c) or u.id == c.id for u in units for c in cands)

        def score(c: Candidate) -> float:
            s = prior(c)
            for depth, unit in enumerate(reversed(units)):  # most specific unit counts most
                if _within(unit, c):
                    s += 6.0 - depth
                elif split_ok and _split_from(unit, c, gaz):
                    s += 5.0 - depth
            if kind == "P" and c.fclass == "P" or kind and c.fcode == kind:
                s += 2.0
            elif kind == "P" and c.fclass == "A":
                s -= 2.0
            if c.cc and priors:
                s += 3.0 * priors.get(c.cc, 0.0) / max(1.0, max(priors.values()))
            return s

        ranked = sorted(cands, key=score, reverse=True)
        best = ranked[0]
        if kind is None and best.fcode in ("ADM1", "ADM2") and (town := town_of_unit(best, ranked, core)) is not None:
            best = town  # "Sumy", "Madrid": a bare name is the town; the unit needs its kind word
        # A namesake outside every unit the text names is a different place: fall back instead.
        if units and not any(_within(u, best) or split_ok and _split_from(u, best, gaz) for u in units) \
                and best.id not in {u.id for u in units} or any(_beyond_district(u, best) for u in units):
            best = peer_unit(ranked, units, kind)
    if best is not None:
        precision = 1 if best.fclass == "P" else 3 if best.fcode == "ADM1" or best.is_country else 2
        return Resolution(gaz.place(best), precision, "place", best)
    for unit in reversed(units):  # most specific named unit
        level = "adm1" if unit.fcode == "ADM1" else "adm2"
        return Resolution(gaz.place(unit), 3 if level == "adm1" else 2, level, unit)
    if allow_country and cc is not None and (country_cand := gaz.country(cc)) is not None and country_code(gaz, country):
        return Resolution(gaz.place(country_cand), 3, "country", country_cand)
    return NONE

