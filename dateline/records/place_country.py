"""The article's country evidence: which countries its places, groups and dateline support.

``prior_signals`` gives the places stage the article's country prior; ``country_support`` counts
each country's signals (places, demonyms, named groups' homes in the actor dictionary, a country's
forces, the dateline) and ``_plausibility`` tests a toponym against them, so that a namesake abroad
or a misread word is passed over.  A country named as the owner of forces or as the far side of a
border is no place of the event (``owner_country``, ``across_border``), and across a border no
support either.  The dateline's place (``dateline_toponym``) is read here: a country signal first,
and the last fallback of ``place.py``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

from spacy.tokens import Doc, Token

from dateline.actors.matcher import attacker_demonym
from dateline.places.normalize import name_key
from dateline.records.context import Context
from dateline.records.place_phrases import BORDER_WORDS, INSTITUTION_NOUNS, PLACE_KINDS, _is_country, _kind
from dateline.types import Toponym


def prior_signals(ctx: Context) -> list[tuple[str, str]]:
    """What the article says about its country, as the places stage's (kind, ISO) signals:
    the dateline, countries named outright, named groups' home countries, demonyms, places."""
    signals: list[tuple[str, str]] = []
    for t in ctx.every_toponym or []:
        if t.place is None or not t.place.iso:
            continue
        if t.role == "demonym":
            signals.append(("demonym", t.place.iso))
        elif t.role in ("location", "modifier"):
            signals.append(("country" if (t.place.feature_code or "").startswith("PCL") else "place", t.place.iso))
    for a in ctx.actors or []:
        if a.iso and a.key and ":" not in a.key and (home := group_country(a.key, a.iso)):
            signals.append(("actor", home))
    hint = dateline_toponym(ctx.dateline)
    if hint is not None and hint.place is not None and hint.place.iso:
        signals.append(("dateline", hint.place.iso))
    return signals


@functools.lru_cache(maxsize=1)
def _group_homes() -> dict[str, frozenset[str]]:
    """Each named group's home countries in the actor dictionary: its ``country``, the countries
    it is limited to, and those whose ``by_country`` names it (Islamic State in Mozambique)."""
    from dateline.actors.dictionary import load_dictionary

    groups = load_dictionary().groups
    homes: dict[str, set[str]] = {k: {g.country} if g.country else set() for k, g in groups.items()}
    for key, g in groups.items():
        homes[key].update(g.countries)
        for iso, target in g.by_country.items():
            homes.setdefault(target, set()).add(iso)
    return {k: frozenset(v) for k, v in homes.items()}


def group_homes(key: str) -> frozenset[str]:
    """Where a named group of the dictionary acts (``_group_homes``); empty for a generic or state
    actor, whose country is its sentence's, read from the places there."""
    return _group_homes().get(key, frozenset())


def group_country(key: str, iso: str | None) -> str | None:
    """The country a named group's mention says the article is about. The actors stage gives a
    group the country of its sentence, which is the place's own country when that place is a
    namesake abroad ("insurgents ... near Chai" read as Turkey's Çey); the dictionary's home
    country does not follow the namesake.  A group the dictionary gives no home (it acts in
    many countries) says nothing of the article's country."""
    homes = _group_homes().get(key)
    if homes is None or iso in homes:
        return iso
    if not homes:  # a group of many countries (Islamic State, LRA, MS-13): its sentence's country is no evidence
        return None
    return next(iter(homes)) if len(homes) == 1 else None


def names_country(text: str, iso: str) -> bool:
    """The words name the country themselves ("CAR troops", "Yemen's army"). A country actor with
    no such word ("civilians", "police") has its sentence's country, which is the place's own
    country even when that place is a namesake abroad, so it is no support for that place."""
    from dateline.actors.dictionary import load_dictionary

    d = load_dictionary()
    words = re.findall(r"[\w-]+", text.replace("'s", ""))
    return any((c := d.lookup(" ".join(words[i:j]))) is not None and c.iso == iso
               for i in range(len(words)) for j in range(i + 1, min(i + 4, len(words) + 1)))


def country_support(ctx: Context) -> tuple[Counter[str], Counter[str]]:
    """Signals in the article for each country: (all of them, the strong ones).

    All: places, demonyms, modifiers ("a UAE officer"), named groups, the dateline.
    Strong: where things happened (location toponyms, 1 each), named groups' countries
    (2: the dictionary knows them) and the dateline (2); a nationality ("a Jordanian
    engineer") says little about where."""
    cache = ctx.memo
    found = cache.get("country_support")
    if found is None:
        every: Counter[str] = Counter()
        strong: Counter[str] = Counter()
        located: set[tuple[str, str]] = set()  # (name, country) of the places counted strong: two places, not one twice
        for t in ctx.every_toponym or []:
            if t.place is not None and t.place.iso and t.role in ("location", "modifier", "demonym") \
                    and not across_border(ctx.doc, t) and not attacker_demonym(ctx.doc, t):
                every[t.place.iso] += 1
                if t.role == "location" and (name_key(t.text), t.place.iso) not in located:
                    located.add((name_key(t.text), t.place.iso))
                    # a country named outright ("gunned down at a wake in Mexico") counts like a dateline
                    strong[t.place.iso] += 2 if (t.place.feature_code or "").startswith("PCL") else 1
        for a in ctx.actors or []:
            if a.iso and a.key and ":" not in a.key:  # a named group or force: its country is the dictionary's
                home = group_country(a.key, a.iso)
                # a group that fights in several countries (Hezbollah in Syria) supports a place in each
                every.update(_group_homes().get(a.key, frozenset()) - {home})
                if home:
                    every[home] += 1
                    strong[home] += 2
            elif a.iso and a.key and not a.key.startswith("unidentified:") and names_country(a.text, a.iso):
                every[a.iso] += 1  # "CAR troops": a country's forces
        hint = dateline_toponym(ctx.dateline)
        if hint is not None and hint.place is not None and hint.place.iso:
            every[hint.place.iso] += 2
            strong[hint.place.iso] += 2
        found = cache["country_support"] = (every, strong)
    return found


SMALL_TOWN = 20_000  # a namesake abroad this small needs support of its own (the places stage's NAMESAKE_POP)


def sizeable_town(t: Toponym) -> bool:
    """A national capital, a town of at least ``SMALL_TOWN`` people or a province: read after "in" or
    "near" in the event's own clause, a namesake of it is unlikely enough that a country named in passing
    does not outweigh it ("marched in Niamey, chanting for Russia")."""
    return t.place is not None and (t.place.feature_class == "P" and (
        t.place.feature_code == "PPLC" or (t.place.population or 0) >= SMALL_TOWN) or t.place.feature_code == "ADM1")


def _plausibility(ctx: Context):  # type: ignore[no-untyped-def]
    """A test for toponyms: does anything else in the article imply its country, or at least
    nothing imply another one strongly (a named group, the dateline, or two places)?"""
    every, strong = country_support(ctx)
    names: Counter[tuple[str, str]] = Counter()
    regions: Counter[tuple[str, str]] = Counter()  # (country, admin1) of the places named, by name
    named_in: dict[tuple[str, str], set[str]] = {}
    spots: dict[str, list[tuple[str, object]]] = {}  # per country, (name, place id) of each toponym counted
    for t in ctx.every_toponym or []:
        if t.place is not None and t.place.iso and t.role in ("location", "modifier", "demonym"):
            names[(name_key(t.text), t.place.iso)] += 1
            spots.setdefault(t.place.iso, []).append((name_key(t.text), t.place.geonameid))
            if t.role != "demonym" and t.place.admin1 and not _is_country(t):
                named_in.setdefault((t.place.iso, t.place.admin1), set()).add(name_key(t.text))
    for key, found in named_in.items():
        regions[key] = len(found)

    def other_region(t: Toponym) -> bool:
        """A village whose province nothing else in the article names, in a text whose other places
        of that country lie in one other province, named by two places or more ("in Kanbalu
        Township, Sagaing Region ... in X village", X read as a namesake hundreds of km away)."""
        p = t.place
        if p is None or p.feature_class != "P" or (p.population or 0) >= SMALL_TOWN or not p.admin1:
            return False
        own = name_key(t.text)
        if named_in.get((p.iso, p.admin1), set()) - {own}:
            return False
        others = [n for (iso, a1), n in regions.items() if iso == p.iso and a1 != p.admin1]
        return len(others) >= 1 and max(others) >= 2

    def plausible(t: Toponym) -> bool:
        if t.place is None:
            return False
        if not t.place.iso:  # a lake or sea of several countries (Lake Chad, the Red Sea) is where; a region is too vague
            return t.place.feature_class == "H"
        # the name itself, however often repeated, and longer or shorter forms of it read as the same place ("West
        # Guji" and "Guji" both read as one village abroad are no support for it; "Mvita", Mombasa's district read as
        # Mombasa, is)
        key, gid = name_key(t.text), t.place.geonameid
        # (a kind word referring back, "in the same province", is the place named before: its mentions are its own)
        back = t.text.islower()
        own = sum(1 for name, place in spots.get(t.place.iso, ())
                  if name == key or gid is not None and place == gid and (back or key in name or name in key))
        if every[t.place.iso] - own > 0:
            return not other_region(t)
        if t.place.feature_class == "P" and (t.place.population or 0) < SMALL_TOWN and \
                any(n for iso, n in every.items() if iso != t.place.iso):
            return False  # a village abroad that nothing supports, in a text that points elsewhere at all
        return not any(n >= 2 for iso, n in strong.items() if iso != t.place.iso)

    return plausible


def _country_root(doc: Doc, t: Toponym) -> Token | None:
    """The head token of a toponym that names a country, else None."""
    if t.place is None or not (t.place.feature_code or "").startswith("PCL") or t.end <= t.start:
        return None
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    return span.root if span is not None else None


def owner_country(doc: Doc, t: Toponym) -> bool:
    """A country named as the owner or maker of someone ("Niger's army said ...", "the South Sudan
    People's Defence Forces"): whose forces they are, not where the event was.  Not a country that
    holds a place ("Mali's Mopti region", "Syria's Idlib")."""
    root = _country_root(doc, t)
    if root is not None and root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ in ("NOUN", "PROPN"):
        # "the Police of the Republic of Mozambique", "the Armed Forces of Ukraine": a state's body (not "the north of X")
        return root.head.head.lemma_.lower() in INSTITUTION_NOUNS
    if root is None or root.dep_ not in ("poss", "compound", "nmod") or root.head.i == root.i:
        return False
    head = root.head
    while head.dep_ == "compound" and head.head.i != head.i:  # "South Sudan People's Defence Forces"
        head = head.head
    return head.pos_ in ("NOUN", "PROPN") and _kind(head) not in PLACE_KINDS and head.ent_type_ not in ("GPE", "LOC", "FAC")


def across_border(doc: Doc, t: Toponym) -> bool:
    """A country named as the far side of a border ("near the border with Mali", "the borders with
    Mali and Burkina Faso", "a district bordering Afghanistan"): the event is near that border, on the side the story stands on, not
    inside the neighbour."""
    root = _country_root(doc, t)
    if root is None:
        return False
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    prep = root.head
    if root.dep_ == "dobj" and prep.lemma_.lower() in BORDER_WORDS:
        return True  # "a district bordering Afghanistan"
    return root.dep_ == "pobj" and prep.lower_ == "with" and prep.head.lemma_.lower() in BORDER_WORDS


def dateline_toponym(hint: str | None) -> Toponym | None:
    """The article's dateline place ("AL MUKALLA, Yemen"), resolved in the gazetteer."""
    if not hint:
        return None
    from dateline.places.gazetteer import shared
    from dateline.places.lookup import lookup_span
    from dateline.places.resolve import prior

    gaz = shared(None)
    parts = [p.strip() for p in hint.split(",") if p.strip()]
    if not parts:
        return None
    cands = lookup_span(gaz, parts[0].title() if parts[0].isupper() else parts[0], ner=True)
    if len(parts) > 1:
        outer = lookup_span(gaz, parts[1], ner=True)
        inside = [c for c in cands if any(o.cc == c.cc for o in outer)]
        cands = tuple(inside) or cands
    if not cands:
        return None
    # a dateline names the town the report was filed from: "BUENOS AIRES -" is the city, not the province
    cands = tuple(c for c in cands if c.fclass == "P") or cands
    best = max(cands, key=prior)
    precision = 1 if best.fclass == "P" else 3 if best.fcode in ("ADM1", "PCLI") else 2
    return Toponym(start=0, end=0, text=hint, place=gaz.place(best), score=0.5, role="location", geo_precision=precision)
