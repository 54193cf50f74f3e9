"""Choose a gazetteer entry for each mention.

Each candidate is scored by population and feature type, by cues in the
phrase ("X, Yemen", "X county", "the capital of Y", "Y's X province"), by the
article's dateline, and by coherence with the other places of the article:
their countries, provinces and distance.  Two passes: the first ranks by
prior and local cues only; its confident choices then form the context for
the second.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc

from dateline.places.context import CLEAR_READING, confident_country, country_prior, shares, signals_from_ranking
from dateline.places.build import SRC_SKELETON
from dateline.places.gazetteer import Candidate, Gazetteer
from dateline.places.cues import place_cue
from dateline.places.lookup import lookup_span
from dateline.places.name_words import UNIT_WORDS
from dateline.places.recognize import Mention
from dateline.places.vocabulary import place_words, words
from dateline.types import Toponym
from dateline.nlp import doc_text

MAX_CANDIDATES = 60
# Weights, tuned on the LGL and GeoVirus dev sets: population (per log10), country share of the other
# names, admin1 votes (and their cap), nearness of another name's place, the minimum probability a
# reading needs to vote, context for alternate-name readings, ADM2 read from a bare name ("Logan"),
# and the pull of list neighbours' feature type.
W: dict[str, float] = {"pop": 0.42, "vote_p": 0.05, "alt_ctx": 1.0, "adm2_alt": 0.5, "country": 2.5, "a1": 1.0, "a1cap": 3.0, "near": 0.8, "list": 1.0,
                      "county": 3.0, "prior": 0.5, "home": 1.0, "seat_km": 30.0, "state": 2.0,
                      "dateline_country": 3.0}
# A unit word beside a name and the feature code it asks for ("Orange County", "the province of Lahej").
ADMIN_WORDS = {**dict.fromkeys(place_words()["adm2_words"], "ADM2"), **dict.fromkeys(place_words()["adm1_words"], "ADM1")}
# A word after a name that makes it a populated place ("Sumy city"); fewer than the suffixes geocode strips.
TOWN_AFTER_WORDS = words("town_words")
SEAT_OFFICES = words("seat_offices")
# Words before a name that put the event near it, not in it.
NEAR_WORDS = words("near_words")
FEATURE_PRIOR = {"PCLI": 2.6, "CONT": 2.4, "ADM1": 1.9, "PPLC": 1.0, "ADM2": 0.3, "PPL": 0.0,
                 "RGN": 1.0, "SEA": 1.0, "OCN": 1.0, "GULF": 1.0, "ZN": 1.0, "ADMD": 1.0, "MTS": 0.5, "ISL": 0.5}
SOURCE_PRIOR = {0: 1.0, 1: 0.0, 2: 1.4, 3: 1.4, 4: -1.0, 5: 3.5}


def haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def destination(a: tuple[float, float], km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` from ``a`` on a compass ``bearing`` in degrees ("75 km south of X")."""
    lat, lon, d, b = math.radians(a[0]), math.radians(a[1]), km / 6371.0, math.radians(bearing)
    lat2 = math.asin(math.sin(lat) * math.cos(d) + math.cos(lat) * math.sin(d) * math.cos(b))
    lon2 = lon + math.atan2(math.sin(b) * math.sin(d) * math.cos(lat), math.cos(d) - math.sin(lat) * math.sin(lat2))
    return round(math.degrees(lat2), 5), round((math.degrees(lon2) + 540) % 360 - 180, 5)


def prior(c: Candidate) -> float:
    return W["pop"] * math.log10(c.pop + 10) + FEATURE_PRIOR.get(c.fcode, 0.0) + SOURCE_PRIOR.get(c.src, 0.0)


def _words_after(doc: Doc, m: Mention, k: int = 4) -> list[str]:
    return [t.lower_ for t in doc[m.tok_end : m.tok_end + k]]


def _words_before(doc: Doc, m: Mention, k: int = 4) -> list[str]:
    return [t.lower_ for t in doc[max(0, m.tok_start - k) : m.tok_start]]


def _contains(outer: Candidate, inner: Candidate) -> bool:
    """Is ``inner`` inside the country or admin unit ``outer``?"""
    if outer.id == inner.id or outer.cc is None or outer.cc != inner.cc:
        return False
    if outer.is_country:
        return True
    if outer.fcode == "ADM1":
        return inner.a1 == outer.a1
    if outer.fcode == "ADM2":
        return inner.a2 == outer.a2 and inner.fcode != "ADM1"
    return False


def _near_seat(outer: Candidate, inner: Candidate) -> bool:
    """"Tecalpulco, Taxco": a village named with the town (or district seat) it belongs to."""
    return (outer.fclass == "P" and inner.fclass == "P" and outer.id != inner.id and outer.cc == inner.cc
            and haversine((outer.lat, outer.lon), (inner.lat, inner.lon)) < W["seat_km"])


# Words that may stand between a place and the unit holding it: "X village (Marka, ...)", "X district of Y".
_KIND_BETWEEN = re.compile(r"^(?:village|town|city|hamlet|settlement|neighbou?rhood|suburb|area|camp|district|sub-district|"
                           r"subdistrict|municipality|county|region|province|governorate|state|department|prefecture|commune|locality)\b\s*")
CONTAINER_SEPARATORS = (",", "in", ", in", "of", "(", ", (", "in the", "of the")
# "X, a small farming town in Y", "X, the main village of Y": a description set beside the name says what holds it.
_DESCRIBED_IN = re.compile(r"^,\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?(?:village|town|city|hamlet|settlement|locality|"
                           r"district|area|camp|municipality|commune|community)\s+(?:in|of)(?:\s+the)?$")


def container_between(between: str) -> bool:
    """Does the text between two names say the second holds the first ("X, Y", "X village (Y", "X district of Y",
    "X, a town in Y")?"""
    core = _KIND_BETWEEN.sub("", between).strip()
    return core in CONTAINER_SEPARATORS or core.startswith(", the capital of") or core.startswith(", capital of") \
        or _DESCRIBED_IN.match(core) is not None


# A unit word in the plural closing a list of names: each name of the list is such a unit.
PLURAL_KINDS = {**dict.fromkeys(place_words()["adm2_plurals"], "ADM2"), **dict.fromkeys(place_words()["adm1_plurals"], "ADM1")}
LIST_SEPARATORS = (",", "and", ", and", "or", ", or", "&")


def list_unit(doc: Doc, mentions: Sequence[Mention], index: int) -> tuple[str, Mention | None] | None:
    """"Barrow, Jackson and Madison counties (in Georgia)": the kind of unit a plural word after a list gives
    each of its names, and the name after the plural that holds them all, if the text names one.

    One name before a plural ("Indiana counties") is no list: there the name says where the units are."""
    text = doc_text(doc)

    def sep(a: int, b: int) -> str:
        return text[mentions[a].end : mentions[b].start].strip().lower()

    first = last = index
    while first > 0 and sep(first - 1, first) in LIST_SEPARATORS:
        first -= 1
    while last + 1 < len(mentions) and sep(last, last + 1) in LIST_SEPARATORS:
        last += 1
    if last == first or sep(last - 1, last) == ",":
        return None  # "Dublin, Ohio" is a container; a list ends with "and" or "or"
    after = _words_after(doc, mentions[last], 1)
    kind = PLURAL_KINDS.get(after[0]) if after else None
    if kind is None:
        return None
    holder = None
    if last + 1 < len(mentions):
        between = text[mentions[last].end : mentions[last + 1].start].strip().lower()
        if container_between(between[len(after[0]) :].strip()):
            holder = mentions[last + 1]
    return kind, holder


def _paired_before(doc: Doc, mentions: Sequence[Mention], index: int) -> bool:
    """"Louisville, Ky., New Haven, Conn.": the name before the comma holds the name before it, or this
    name has its own holder after a comma, so the comma before it starts a new pair and holds nothing."""
    text = doc_text(doc)
    before = index >= 2 and text[mentions[index - 2].end : mentions[index - 1].start].strip() == ","
    after = index + 1 < len(mentions) and text[mentions[index].end : mentions[index + 1].start].strip() == ","
    return text[mentions[index - 1].end : mentions[index].start].strip() == "," and (before or after)


# "Sagaing Region's Kani Township": a unit's kind between the container's name and its possessive.
_POSSESSIVE_CONTAINER = re.compile(r"^(?:[A-Z][a-z]+ )?(?:'s|’s|'|’)$")


def container_candidates(doc: Doc, mentions: Sequence[Mention], index: int,
                         listed: tuple[str, Mention | None] | None = None, strict: bool = False) -> list[tuple[Candidate, ...]]:
    """The readings of the names the text says hold mention ``index``: "X, Y" / "X in Y" / "Y's X" /
    "Y Region's X" / "X, the capital of Y" / a unit it is listed with.  ``strict``: only the possessive
    ("Sagaing Region's Kani Township"), which says outright that Y holds X; a name after a comma may be
    the next of a list, and one before it may hold nothing ("PORTLAND, Ore."): those only hint."""
    m = mentions[index]
    containers: list[tuple[Candidate, ...]] = []
    if listed is not None and listed[1] is not None and not strict:
        containers.append(listed[1].candidates)
    nxt = mentions[index + 1] if index + 1 < len(mentions) else None
    if nxt is not None:
        between = doc_text(doc)[m.end : nxt.start].strip().lower()
        # ("X, a farming village in Y district" says it outright too)
        if strict and _DESCRIBED_IN.match(_KIND_BETWEEN.sub("", between).strip()) or not strict and container_between(between):
            containers.append(nxt.candidates)
    prv = mentions[index - 1] if index > 0 else None
    if prv is not None and not _paired_before(doc, mentions, index):
        between = doc_text(doc)[prv.end : m.start].strip()
        if between == "," and not strict or _POSSESSIVE_CONTAINER.match(between) and (
                between[:1] in "'’" or between.split()[0].lower() in ADMIN_WORDS):
            containers.append(prv.candidates)
    return containers


# A bearing written after a place, up to its "of": "(about) (20 km) (to the) south-west of" (the linking stage reads
# the same words: ``records.place._UNIT_GAP``).
BEARING_OF = (r"(?:(?:about|some|around|nearly|roughly|just)\s+)?(?:(?P<km>\d+(?:\.\d+)?)\s*(?:km|kms|kilometres|kilometers)\s+)?"
              r"(?:to\s+the\s+)?(?:north|south|east|west)(?:[-\s]?(?:east|west))?(?:ern)?\s+of")
# "X, 20 km south-west of Y", "X, north of Y": Y is the reference point X was placed from.
_BEARING_BETWEEN = re.compile(rf",\s*{BEARING_OF}(?:\s+the\s+(?:town|city|village)\s+of)?\s*$", re.IGNORECASE)
BEARING_SLACK_KM = 60.0  # how far beyond the stated distance (or with none stated) X may lie from Y


def bearing_reach(doc: Doc, mentions: Sequence[Mention], index: int) -> float | None:
    """How far from the next mention the text puts mention ``index`` ("Pishchane, south-west of Pokrovsk": the
    slack; "X, 20 km north of Y": 20 km plus it), or None when no bearing joins them."""
    if index + 1 >= len(mentions):
        return None
    m = _BEARING_BETWEEN.fullmatch(doc_text(doc), mentions[index].end, mentions[index + 1].start)
    if m is None:
        return None
    return float(m["km"] or 0.0) + BEARING_SLACK_KM


def _within_reach(c: Candidate, refs: Sequence[Candidate], reach: float) -> bool:
    return any(o.fclass == "P" and haversine((c.lat, c.lon), (o.lat, o.lon)) <= reach for o in refs)


def local_cues(doc: Doc, m: Mention, mentions: list[Mention], index: int, gaz: Gazetteer,
               listed: tuple[str, Mention | None] | None = None) -> dict[int, float]:
    """Bonuses from the phrase around the mention, per candidate id; ``listed``: what :func:`list_unit` says of it."""
    bonus: dict[int, float] = {}
    after = _words_after(doc, m)
    text_words = m.text.lower().split()
    kind = ADMIN_WORDS.get(text_words[-1]) if len(text_words) > 1 else None
    before = _words_before(doc, m, 2)
    if not kind and len(before) == 2 and before[1] == "of" and before[0] in ADMIN_WORDS:
        kind = ADMIN_WORDS[before[0]]  # "the state of Washington", "the province of Lahej"
    if not kind and before and before[-1] in ADMIN_WORDS and m.tok_start > 0 and doc[m.tok_start - 1].is_title:
        kind = ADMIN_WORDS[before[-1]]  # "District Bijapur": the unit's title before its name
    nxt_toks = doc[m.tok_end : m.tok_end + 2]
    # "Lahej province" is a cue; "Woodstock District Chamber" is an organisation's name.
    if after and not kind and (nxt_toks[0].is_lower or len(nxt_toks) < 2 or not nxt_toks[1].is_title) \
            and not (len(after) > 1 and after[1] in SEAT_OFFICES):  # "the X governorate building" is in X the town
        kind = ADMIN_WORDS.get(after[0])
    if listed is not None and not kind:
        kind = listed[0]
    # "DINHATA (Cooch Behar)": a name in brackets right after a place is the unit holding it, when it names one
    bracketed = not kind and index > 0 and doc_text(doc)[mentions[index - 1].end : m.start].strip() == "(" \
        and any(c.fclass == "A" and not c.is_country for c in m.candidates)
    containers = container_candidates(doc, mentions, index, listed)
    reach = bearing_reach(doc, mentions, index)
    nxt = mentions[index + 1] if index + 1 < len(mentions) else None
    if nxt is not None and container_between(between := doc_text(doc)[m.end : nxt.start].strip().lower()) and "capital" in between:
        for c in m.candidates:
            if c.fclass == "P" and any(_contains(o, c) for o in nxt.candidates):
                bonus[c.id] = bonus.get(c.id, 0.0) + 2.0
    prv = mentions[index - 1] if index > 0 else None
    # A city named like its own province ("Aden", "Aleppo") is the city unless the text says "province".
    city_pop = {o.a1: o.pop for o in m.candidates if o.fclass == "P" and o.cc != "US"} if not kind and not bracketed else {}
    for c in m.candidates:
        b = bonus.get(c.id, 0.0)
        if bracketed and c.fclass == "A" and not c.is_country:
            b += 2.5
        if c.fcode in ("ADM1", "ADM2") and c.a1 in city_pop and city_pop[c.a1] >= max(1000, 0.25 * c.pop):
            b -= 2.0
        if not kind and c.fcode == "ADM2" and c.src != 0:
            b -= W["adm2_alt"]  # "Logan" is the town more often than Logan County
        if kind and c.fcode == kind:
            b += 3.0
        elif kind == "ADM2" and c.fclass == "P":
            b -= 1.5
        if (after and after[0] in TOWN_AFTER_WORDS or len(before) == 2 and before[1] == "of" and before[0] in TOWN_AFTER_WORDS) \
                and c.fclass == "P":
            b += 1.0  # "Sumy city", "the port city of Chittagong": the town, not the division named after it
        for outer in containers:
            # A town stands for its district only when the container name has no admin reading.
            units = [o for o in outer if o.fclass != "P"]
            if any(_contains(o, c) for o in units) or not units and any(_near_seat(o, c) for o in outer):
                b += 4.0
                break
        if reach is not None and _within_reach(c, mentions[index + 1].candidates, reach):
            b += CONTAINER_CUE  # "X, south-west of Y": the X near Y
        if b:
            bonus[c.id] = b
    # The container itself is confirmed by what it contains.
    if prv is not None and container_between(doc_text(doc)[prv.end : m.start].strip().lower()):
        for c in m.candidates:
            if any(_contains(c, o) for o in prv.candidates):
                bonus[c.id] = bonus.get(c.id, 0.0) + 1.5
    return bonus


CONTAINER_CUE = 4.0  # the local cue of a place the text puts inside a unit it names ("X, a town in Y region")


def _apart_by_container(keys: list[str], cues: list[dict[int, float]]) -> list[str]:
    """One sense per discourse, unless the text puts two mentions of a name in different units itself ("shelled
    Zolochiv, a town in Kharkiv region ... (not to be confused with Zolochiv in Lviv region)"): each such mention is
    read by its own container, and each other mention of the name by the last of them before it (else the first)."""
    inside: dict[str, dict[int, int]] = {}
    for k, (key, cue) in enumerate(zip(keys, cues)):
        held = [cid for cid, b in cue.items() if b >= CONTAINER_CUE]
        if len(held) == 1:
            inside.setdefault(key, {})[k] = held[0]
    out = list(keys)
    for key, by_mention in inside.items():
        if len(set(by_mention.values())) > 1:
            for k in (k for k, other in enumerate(keys) if other == key):
                # a mention with no unit of its own goes with the last one the text placed before it, else with the
                # first after it (a live blog's heading over its entry)
                near = max((j for j in by_mention if j <= k), default=min(by_mention))
                out[k] = f"#{by_mention[near]} {key}"  # (the name's words stay last: unit words are read from the end)
    return out


@dataclass
class Context:
    """What the rest of the article says about where it is: soft votes per name group."""

    countries: dict[str, Counter[str]]  # group key -> country votes from the OTHER groups
    admin1: dict[str, Counter[str]]
    points: dict[str, list[tuple[float, float]]]
    dateline: Candidate | None = None
    prior: dict[str, dict[str, float]] = field(default_factory=dict)  # group key -> country prior shares (context.py)
    home_prior: dict[str, float] = field(default_factory=dict)  # shares from the dateline and the actors only
    country_names: set[str] = field(default_factory=set)  # groups whose first reading is a country: the prior leaves them be
    states: dict[str, dict[str, float]] = field(default_factory=dict)  # group key -> shares of the states the OTHER names name


def _softmax(scored: list[tuple[float, Candidate]]) -> list[tuple[float, Candidate]]:
    top = scored[0][0]
    weights = [(math.exp(s - top), c) for s, c in scored]
    z = sum(w for w, _ in weights)
    return [(w / z, c) for w, c in weights]


def build_context(groups: dict[str, list[tuple[float, Candidate]]], dateline: Candidate | None) -> Context:
    """Each name group votes for countries (by probability) and admin1 units (by presence)."""
    votes_cc: dict[str, Counter[str]] = {}
    votes_a1: dict[str, Counter[str]] = {}
    pts: dict[str, list[tuple[float, float]]] = {}
    for key, scored in groups.items():
        probs = _softmax(scored)
        cc: Counter[str] = Counter()
        for p, c in probs:
            if c.cc:
                cc[c.cc] += p
        a1s = {c.a1 for p, c in probs[:25] if c.a1 and not c.is_country and p > W["vote_p"]}
        a1: Counter[str] = Counter({code: 1.0 / math.sqrt(len(a1s)) for code in a1s})
        votes_cc[key], votes_a1[key] = cc, a1
        best = probs[0][1]
        pts[key] = [(c.lat, c.lon) for p, c in probs[:10] if c.fclass == "P" or c.fcode == "ADM2"] if probs[0][0] < 0.9 else (
            [(best.lat, best.lon)] if best.fclass == "P" or best.fcode == "ADM2" else [])
    ctx_cc, ctx_a1, ctx_pts = {}, {}, {}
    for key in groups:
        cc_sum: Counter[str] = Counter()
        a1_sum: Counter[str] = Counter()
        plist: list[tuple[float, float]] = []
        for other in groups:
            if other != key:
                cc_sum.update(votes_cc[other])
                a1_sum.update(votes_a1[other])
                plist.extend(pts[other])
        if dateline is not None:
            if dateline.cc:
                cc_sum[dateline.cc] += 2.0
            if dateline.a1:
                a1_sum[dateline.a1] += 2.0
        ctx_cc[key], ctx_a1[key], ctx_pts[key] = cc_sum, a1_sum, plist
    return Context(ctx_cc, ctx_a1, ctx_pts, dateline)


def named_states(groups: dict[str, list[tuple[float, Candidate]]], dateline: Candidate | None) -> dict[str, dict[str, float]]:
    """Per name group, the shares of the provinces or states the other names clearly are ("Kentucky", "Ky.",
    "Idlib") and the dateline's: a namesake in the named state beats a bigger one elsewhere."""
    named: dict[str, str] = {}
    for key, scored in groups.items():
        if scored:
            prob, top = _softmax(scored)[0]
            if top.fcode == "ADM1" and top.a1 and prob >= CLEAR_READING:
                named[key] = top.a1
    out: dict[str, dict[str, float]] = {}
    for key in groups:
        votes = Counter(a1 for k, a1 in named.items() if k != key)
        if dateline is not None and dateline.a1:
            votes[dateline.a1] += 1
        total = sum(votes.values())
        if total:
            out[key] = {a1: n / total for a1, n in votes.items()}
    return out


def context_bonus(c: Candidate, ctx: Context, key: str) -> float:
    b = 0.0
    countries = ctx.countries[key]
    total = sum(countries.values())
    if total and c.cc:
        b += W["country"] * countries[c.cc] / max(total, 1.0)
    elif c.cc is None:
        b += W["country"] * 0.4  # continents, seas and regions belong to no country: a neutral share
    prior_shares = ctx.prior.get(key)
    if c.cc and prior_shares and not c.is_country and key not in ctx.country_names:
        b += W["prior"] * prior_shares.get(c.cc, 0.0)
    if c.cc and ctx.home_prior and not c.is_country:
        b += W["home"] * ctx.home_prior.get(c.cc, 0.0)  # the dateline's and the armed groups' countries
    if c.a1 and not c.is_country:
        b += W["a1"] * min(ctx.admin1[key][c.a1], W["a1cap"])
        if c.fcode == "ADM2" and key in ctx.states:
            b += W["state"] * ctx.states[key].get(c.a1, 0.0)  # "... in Kentucky": the state the text names outright
    points = ctx.points[key]
    if points and (c.fclass == "P" or c.fcode == "ADM2"):
        # within 100 km of a place the text names (a degree of latitude is 111 km: most points fail cheaply)
        if any(abs(c.lat - p[0]) < 0.9 and haversine((c.lat, c.lon), p) < 100 for p in points):
            b += W["near"]
    return b


def county_pairs(groups: dict[str, tuple[Candidate, ...]]) -> dict[str, set[int]]:
    """Candidates that pair with a named county of another name: a town inside it, or the county holding that town.

    Local news names a town and its county ("Lebanon ... Boone County"); of the many Lebanons and Boone
    Counties only one pair fits together, and that pair is the reading.
    """
    counties: dict[str, dict[tuple[str | None, str | None, str | None], int]] = {}
    for key, cands in groups.items():
        if key.split()[-1] in ("county", "parish"):
            counties[key] = {(c.cc, c.a1, c.a2): c.id for c in cands if c.fcode == "ADM2" and c.a2}
    out: dict[str, set[int]] = {}
    for key, cands in groups.items():
        if key in counties:
            continue
        for ckey, units in counties.items():
            for c in cands:
                unit = units.get((c.cc, c.a1, c.a2)) if c.fclass == "P" else None
                if unit is not None:
                    out.setdefault(key, set()).add(c.id)
                    out.setdefault(ckey, set()).add(unit)
    return out


# A namesake abroad is dropped only when it is a village or small town: bigger places are named for themselves.
NAMESAKE_POP = 20_000
CONFIDENT_STATE = 0.75  # share of the named states that makes a text "about" one of them


def _foreign_namesake(c: Candidate, home: str, m: Mention, prior: dict[str, float]) -> bool:
    """A small place in a country nothing else in the text points to, in a text clearly about ``home``."""
    if c.cc == home or c.cc is None or m.demonym_of is not None or prior.get(c.cc, 0.0) > 0:
        return False
    return c.fclass == "P" and c.pop < NAMESAKE_POP


def _outside_its_container(c: Candidate, containers: list[tuple[Candidate, ...]]) -> bool:
    """The text says which province or district holds the place ("Sagaing Region's Kani Township")
    and no reading of that unit is in the candidate's country: a namesake abroad."""
    if c.is_country or c.fcode == "ADM1":
        return False
    # a province or district that holds it ("Sagaing Region's"); a country's possessive leaves the
    # choice to the country prior ("Congo's" names two countries)
    units = [o for outer in containers for o in outer if o.fcode in ("ADM1", "ADM2")]
    return bool(units) and c.cc not in {o.cc for o in units}


def bracketed_units(doc: Doc, mentions: Sequence[Mention], index: int) -> list[tuple[Candidate, ...]]:
    """"Bore (Douentza cercle, Mopti region)", "X village (Marka, Lower Shabelle)": the readings of the names in
    a bracket right after a place, when the bracket is a chain of units (two names, or one with its unit word).
    Such a bracket says outright which units hold the place, as a possessive does."""
    text = doc_text(doc)
    m = mentions[index]
    inner: list[Mention] = []
    worded: list[bool] = []  # whether a unit word follows each name ("Kati cercle", "Koulikoro region")
    for nxt in mentions[index + 1:]:
        between = text[(inner[-1] if inner else m).end : nxt.start].strip().lower()
        if not inner:
            if _KIND_BETWEEN.sub("", between).strip() != "(":
                return []
        else:
            head, _, rest = between.partition(" ")
            if head.rstrip(",") in UNIT_WORDS:
                worded[-1], between = True, (("," if head.endswith(",") else "") + " " + rest).strip()
            if between not in (",", ", in", "in"):
                break
        inner.append(nxt)
        worded.append(False)
    if not inner or ")" not in text[inner[-1].end : inner[-1].end + 30]:
        return []
    worded[-1] = text[inner[-1].end : text.find(")", inner[-1].end)].strip().lower() in UNIT_WORDS
    if len(inner) < 2 and not any(worded):
        return []
    # a name its unit word follows is that unit: its admin readings, when it has any (Koulikoro the Malian region,
    # not the Ivorian village)
    return [tuple(c for c in x.candidates if c.fclass == "A") or x.candidates if w else x.candidates
            for x, w in zip(inner, worded)]


def _outside_its_brackets(c: Candidate, bracket: list[tuple[Candidate, ...]]) -> bool:
    """A reading in a country none of the bracketed units can be in: a namesake abroad, whatever its size
    (a report's foreign actors, "Africa Corps" in Mali, give the namesake's country a vote of its own)."""
    countries = [{o.cc for o in readings if o.cc} for readings in bracket if readings]
    if c.is_country or not any(countries):
        return False
    # (the names of one bracket share a country; when the gazetteer's readings do not, any of them will do)
    held_in = set.intersection(*countries) or set.union(*countries)
    return c.cc not in held_in


def _stray_spelling(c: Candidate, prior: dict[str, float], cued: bool) -> bool:
    """A name matched only by its transliteration skeleton ("Mathare" for Marsa Matruh) in a country
    nothing else in the text points to, while other names point elsewhere or nothing in the sentence
    says it is a place (a foreign word at the head of a line): a lookalike, not the place."""
    return c.src == SRC_SKELETON and c.cc is not None and prior.get(c.cc, 0.0) == 0 \
        and (any(v > 0 for v in prior.values()) or not cued)


def _dateline_reading(cands: Sequence[Candidate], own_signals: dict[str, list[tuple[str, str]]], dateline: str | None,
                      actor_countries: Sequence[str]) -> Candidate | None:
    """The dateline's place: its likeliest reading, with the countries the text's other names and actors point to
    ("DERNA - ... this eastern Libyan city": Darnah in Libya, not the Romanian village whose main name it is)."""
    if not cands:
        return None
    name = (dateline or "").split(",")[0].strip().lower()
    support = shares(country_prior([sig for key, sigs in own_signals.items() if key != name for sig in sigs]
                                   + [("actor", cc) for cc in actor_countries]))
    return max(cands, key=lambda c: prior(c) + W["dateline_country"] * support.get(c.cc or "", 0.0))


def _home_state_namesake(best: Candidate, scored: list[tuple[float, Candidate]],
                         states: dict[str, float]) -> tuple[float, Candidate] | None:
    """The state-level namesake check: in a text clearly about one state or province (the states it names
    outright, the dateline's), a small town in another one of the same country is a namesake when the name
    has a reading at home; that reading, or None."""
    if not states:
        return None
    home, share = max(states.items(), key=lambda kv: kv[1])
    if share < CONFIDENT_STATE or best.a1 == home or best.fclass != "P" or best.pop >= NAMESAKE_POP or best.cc != home.split(".")[0]:
        return None
    return next(((s, c) for s, c in scored if c.a1 == home and (c.fclass == "P" or c.fcode == "ADM2")), None)


# Terrain that covers a wide area, not a point: mountain ranges, valleys, plains, peninsulas, deserts.
WIDE_TERRAIN = frozenset({"MTS", "VAL", "VALS", "PLN", "PEN", "ISLS", "DSRT", "PLAT", "UPLD"})


def _out_of_reach(best: Candidate, doc: Doc, mentions: Sequence[Mention], k: int, keys: list[str],
                  final: dict[str, list[tuple[float, Candidate]]]) -> bool:
    """The name's reading is a village far from the place the text sets it by ("Pishchane, south-west of Pokrovsk"
    read in another province): a namesake; the gazetteer lacks the place meant.  (A sizeable town so read is more
    likely right than the reference point's own reading.)"""
    reach = bearing_reach(doc, mentions, k)
    ref = final.get(keys[k + 1]) if reach is not None else None
    return bool(ref) and best.pop < STRAY_VILLAGE_POP and ref[0][1].fclass == "P" \
        and not _within_reach(best, [ref[0][1]], reach)  # type: ignore[index,arg-type]


STRAY_VILLAGE_POP = 10_000


def geo_precision(doc: Doc, m: Mention, c: Candidate) -> int:
    if c.fclass == "A" and c.fcode in ("ADM1", "PCLI") or c.fcode == "CONT" or c.fclass in ("H", "L") \
            or c.fclass == "T" and c.fcode in WIDE_TERRAIN:
        return 3  # (a lake, a sea, a region, a mountain range: a wide area, as a province is)
    if c.fclass == "A":
        return 2
    before = _words_before(doc, m, 3)
    return 2 if any(w in NEAR_WORDS for w in before) else 1


def resolve(doc: Doc, mentions: list[Mention], gaz: Gazetteer, dateline: str | None = None,
            actor_countries: Sequence[str] = ()) -> list[Toponym]:
    """Toponyms for the mentions, best candidate each.

    ``actor_countries``: home countries of the armed groups the text names (a country prior)."""
    for m in mentions:
        if len(m.candidates) > MAX_CANDIDATES:
            m.candidates = tuple(sorted(m.candidates, key=prior, reverse=True)[:MAX_CANDIDATES])
    date_cands: tuple[Candidate, ...] = ()
    if dateline:
        date_cands = tuple(lookup_span(gaz, dateline.split(",")[0].strip(), ner=True))
    # A name a plural unit word makes a unit ("Kharkiv and Sumy regions") is read apart from the same name
    # elsewhere in the text, which is often the city; a state in such a list ("Georgia and Alabama
    # counties") has no reading of that kind and keeps its own.
    listed = [list_unit(doc, mentions, k) for k in range(len(mentions))]
    listed = [u if u is not None and any(c.fcode == u[0] for c in m.candidates) else None for u, m in zip(listed, mentions)]
    cues = [local_cues(doc, m, mentions, k, gaz, listed[k]) for k, m in enumerate(mentions)]
    # One sense per discourse: mentions with the same name share their cues.
    keys = [(m.text.lower() if u is None else f"{m.text.lower()} ({u[0]})") if m.demonym_of is None else f"demonym:{m.demonym_of}"
            for m, u in zip(mentions, listed)]
    keys = _apart_by_container(keys, cues)
    unit_kind = {key: u[0] for key, u in zip(keys, listed) if u is not None}
    group_cue: dict[str, dict[int, float]] = {}
    group_cands: dict[str, tuple[Candidate, ...]] = {}
    for key, m, cue in zip(keys, mentions, cues):
        if not m.candidates:
            continue
        pooled = group_cue.setdefault(key, {})
        for cid, b in cue.items():
            pooled[cid] = max(pooled.get(cid, b), b)
        group_cands.setdefault(key, m.candidates)
    # Pass 1: prior + local cues.
    first: dict[str, list[tuple[float, Candidate]]] = {}
    for key, cands in group_cands.items():
        first[key] = sorted(((prior(c) + group_cue[key].get(c.id, 0.0), c) for c in cands), key=lambda x: -x[0])
    # Lists ("Oregon, Utah, Washington and Wyoming") hold names of one kind: follow the neighbours' kind.
    for k, (key, m) in enumerate(zip(keys, mentions)):
        if key not in first:
            continue
        kinds, conj = [], False
        for nb in (k - 1, k + 1):
            if 0 <= nb < len(mentions) and keys[nb] in first and keys[nb] != key:
                a, b = (mentions[nb], m) if nb < k else (m, mentions[nb])
                sep = doc_text(doc)[a.end : b.start].strip().lower()
                if sep in (",", "and", ", and", "or", ", or"):
                    kinds.append(first[keys[nb]][0][1].fcode)
                    conj = conj or sep != ","
        # "Dublin, Ohio" is a container, not a list: a list needs "and"/"or" or commas on both sides.
        if kinds and (conj or len(kinds) == 2):
            bonus = {c.id: W["list"] * sum(c.fcode == fk for fk in kinds) for _, c in first[key]}
            first[key] = sorted(((sc + bonus[c.id], c) for sc, c in first[key]), key=lambda x: -x[0])
    own_signals: dict[str, list[tuple[str, str]]] = {}
    for key, m in zip(keys, mentions):
        if key in first:
            own_signals.setdefault(key, []).extend(signals_from_ranking(_softmax(first[key]), m.demonym_of, m.role))
    date_cand = _dateline_reading(date_cands, own_signals, dateline, actor_countries)
    ctx = build_context(first, date_cand)
    # The document country prior for each name comes from the OTHER names, the dateline and the actors.
    shared_signals = [("actor", cc) for cc in actor_countries]
    if date_cand is not None and date_cand.cc:
        shared_signals.append(("dateline", date_cand.cc))
    priors: dict[str, dict[str, float]] = {}
    for key in group_cands:
        others = [sig for k, sigs in own_signals.items() if k != key for sig in sigs]
        priors[key] = country_prior(others + shared_signals)
    ctx.prior = {key: shares(p) for key, p in priors.items()}
    ctx.home_prior = shares(country_prior(shared_signals))
    ctx.country_names = {key for key, ranked in first.items() if ranked and ranked[0][1].is_country}
    # Only a name that says it is a county ("Madison County", "Platte and Otoe counties") takes the named state:
    # county names repeat from state to state, while a town or a country is named for itself.
    # a state named only as a group's home ("Sinaloa Cartel") says nothing of where the text's places are
    homes_only = {key for key in first if all(m.role == "organisation" for k, m in zip(keys, mentions) if k == key)}
    states = named_states({key: v for key, v in first.items() if key not in homes_only}, date_cand)
    ctx.states = {key: shares_ for key, shares_ in states.items()
                  if ADMIN_WORDS.get(key.split()[-1]) == "ADM2" or unit_kind.get(key) == "ADM2"}
    paired = county_pairs({key: cands for key, cands in group_cands.items() if key not in unit_kind})  # units pair as no town
    final: dict[str, list[tuple[float, Candidate]]] = {}
    for key, cands in group_cands.items():
        # Context helps a reading the name really has; an alternate name (often an old or local one) gets less.
        final[key] = sorted(
            ((s + context_bonus(c, ctx, key) * (W["alt_ctx"] if c.src == 1 else 1.0)
              + (W["county"] if c.id in paired.get(key, ()) else 0.0), c) for s, c in first[key]),
            key=lambda x: -x[0],
        )
    # Whether the text is clearly about one country counts each name once: one name said twice
    # ("the Jordan resident" after "Jordan motorcyclist") is no more evidence than saying it once.
    once = {k: sorted(set(sigs)) for k, sigs in own_signals.items()}
    namesake_priors = {key: country_prior([sig for k, sigs in once.items() if k != key for sig in sigs] + shared_signals)
                       for key in group_cands}
    # a name the text sets by a bearing from another, read far from it, is that namesake wherever the text repeats it
    stray = {key for k, key in enumerate(keys) if final.get(key) and _out_of_reach(final[key][0][1], doc, mentions, k, keys, final)}
    out: list[Toponym] = []
    for k, (key, m, cue) in enumerate(zip(keys, mentions, cues)):
        if not m.candidates:
            out.append(Toponym(start=m.start, end=m.end, text=m.text, role=m.role))  # type: ignore[arg-type]
            continue
        scored = final[key]
        if any(c.id not in {x.id for x in m.candidates} for _, c in scored[:1]):
            scored = [x for x in scored if x[1] in m.candidates] or scored
        best_score, best = scored[0]
        home = confident_country(namesake_priors[key])
        if home is not None and _foreign_namesake(best, home, m, ctx.prior[key]) or _stray_spelling(best, ctx.prior[key], place_cue(doc, m.tok_start, m.tok_end)) \
                or _outside_its_container(best, container_candidates(doc, mentions, k, listed[k], strict=True)) \
                or _outside_its_brackets(best, bracketed_units(doc, mentions, k)) or key in stray:
            # A small place abroad in a report clearly about another country is a namesake, not the place.
            out.append(Toponym(start=m.start, end=m.end, text=m.text, role=m.role))  # type: ignore[arg-type]
            continue
        # (not over the unit the text itself put the place in: "Zolochiv, a town in Kharkiv region")
        at_home = _home_state_namesake(best, scored, states.get(key, {})) if group_cue[key].get(best.id, 0.0) < CONTAINER_CUE else None
        if at_home is not None:
            best_score, best = at_home
        z = sum(math.exp(s - best_score) for s, _ in scored)
        out.append(Toponym(
            start=m.start, end=m.end, text=m.text, place=gaz.place(best, m.alias_name), score=round(1.0 / z, 4),
            role=m.role, geo_precision=geo_precision(doc, m, best),  # type: ignore[arg-type]
        ))
    return out
