"""The actor dictionary (``dateline/data/actors.yaml``) as typed, read-only objects.

Kept apart from matching so the rules for naming an actor (regime periods, a
group's country branch) can be used and tested without spaCy.
"""

from __future__ import annotations

import datetime as dt

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any


from dateline.datafiles import load_mapping
from dateline.types import INTER_CATEGORIES

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "actors.yaml"
UNKNOWN_COUNTRY = "Unknown"


class ActorDictionaryError(ValueError):
    """The actor dictionary file is malformed; the message names the entry."""


@dataclass(frozen=True)
class Country:
    iso: str
    name: str  # ACLED's spelling
    names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    # ACLED's regime periods: (first day, day it ended or None); a period given by years starts on 1 January
    regimes: tuple[tuple[dt.date, dt.date | None], ...] = ()
    article: str = ""  # "the" for names ACLED writes with it after "of": "Military Forces of the United States"

    def period(self, when: int | dt.date | None) -> str:
        """ACLED's regime suffix, " (2012-2022)", for the period covering ``when``: a day (the
        event's: "Military Forces of Afghanistan (2004-2021)" until 15 August 2021) or, when only a
        year is known, that year (a year of change counts for the new period).

        Without either the latest period is used; before the first period we know, none (no
        suffix rather than a wrong one).
        """
        if not self.regimes:
            return ""
        chosen = self.regimes[-1]
        if when is not None:
            if isinstance(when, dt.date):
                inside = [(a, b) for a, b in self.regimes if a <= when and (b is None or when < b)]
                if when < self.regimes[0][0]:
                    return ""
            else:
                inside = [(a, b) for a, b in self.regimes if a.year <= when and (b is None or when < b.year)]
                if when < self.regimes[0][0].year:
                    return ""
            chosen = inside[0] if inside else chosen
        start, end = chosen
        return f" ({start.year}-{end.year if end is not None else ''})"


def _regime_bound(value: Any) -> dt.date | None:
    """A period's bound as written in actors.yaml: a year (1 January), a day "2021-08-15", or null."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return dt.date(value, 1, 1)
    if isinstance(value, dt.date):  # YAML reads an unquoted 2021-08-15 as a date
        return value
    return dt.date.fromisoformat(str(value))


@dataclass(frozen=True)
class CountryActor:
    """An actor named after a country: its military, police, civilians, protesters..."""

    key: str
    template: str
    inter: str
    aliases: tuple[str, ...]
    # Words that are this actor only right after a country word: "Israeli forces", "English artillery".
    with_country: tuple[str, ...] = ()

    def name(self, country: Country | None, year: int | None) -> str:
        if country is None:  # no country known: "Military Forces", "Civilians", not "... of Unknown"
            bare = self.template.replace(" of {country}", "").replace(" ({country})", "")
            return bare.format(country=UNKNOWN_COUNTRY, period="")
        template = self.template.replace(" of {country}", f" of {country.article} {{country}}") if country.article else self.template
        return template.format(country=country.name, period=country.period(year))


@dataclass(frozen=True)
class Group:
    """A named armed group, movement or external force."""

    key: str
    name: str
    inter: str
    aliases: tuple[str, ...]
    country: str | None = None  # home country ISO code
    countries: tuple[str, ...] = ()  # only applies in these countries (empty: anywhere)
    by_country: dict[str, str] = field(default_factory=dict)
    # A state force's own name ("SNA", "FARDC", "Tatmadaw"): the country actor it stands for
    # (a key of country_actors, e.g. "military"), named for ``country`` with its regime period.
    state: str | None = None
    # ... from this day only: a movement that became the state ("Taliban" from 15 August 2021, when ACLED
    # codes it "Military Forces of Afghanistan (2021-)"); before it, the group's own name.
    state_since: dt.date | None = None
    # ... and the names ACLED gives it as the state, each from its day on, where the template does not
    # ("Military Forces of Yemen (2015-2017) Houthi-Saleh", then "... (2017-) Houthi").
    state_names: tuple[tuple[dt.date, str], ...] = ()
    # A militia that fights alongside the state (VDP, CJTF, NDF): never the foe the state's
    # words for its enemies ("terrorists", "insurgents") refer back to.
    sides_with_state: bool = False


@dataclass(frozen=True)
class ActorDictionary:
    countries: dict[str, Country]
    country_actors: dict[str, CountryActor]
    groups: dict[str, Group]
    anaphors: tuple[str, ...]
    anaphor_blockers: frozenset[str]
    association_verbs: frozenset[str] = frozenset()
    association_preps: frozenset[str] = frozenset()
    military_action_nouns: frozenset[str] = frozenset()
    generic_people: frozenset[str] = frozenset()
    movement_people: frozenset[str] = frozenset()  # a movement's unarmed people ("Houthi supporters"): never its forces
    former_words: frozenset[str] = frozenset()  # "a former soldier", "retired policemen": civilians now
    foe_words: frozenset[str] = frozenset()  # anaphors a state uses of its enemies only
    force_assets: frozenset[str] = frozenset()
    arrested_groups: frozenset[str] = frozenset()
    ethnic_militia_heads: tuple[str, ...] = ()
    not_ethnic_names: frozenset[str] = frozenset()
    clash_words: frozenset[str] = frozenset()
    air_powers: dict[str, str] = field(default_factory=dict)  # event's country -> the one air force's country
    manned_aircraft: tuple[str, ...] = ()
    by_word: dict[str, str] = field(default_factory=dict)  # lowercased country name/demonym -> ISO

    def lookup(self, word: str) -> Country | None:
        """The country a name or demonym denotes ("Yemeni", "DR Congo"), if any.

        Acronyms match only in capitals: "CAR" is a country, "car" is not."""
        word = " ".join(word.split())
        iso = self.by_word.get(word) if _acronym(word) else self.by_word.get(word.lower())
        return self.countries.get(iso) if iso else None

    def group_for(self, key: str, country_iso: str | None) -> Group | None:
        """The group entry to use for ``key`` in an article about ``country_iso``.

        Follows ``by_country`` ("Al Qaida" in Yemen is AQAP) and drops a group
        restricted to other countries (the "Saudi-led coalition" outside Yemen).
        """
        group = self.groups[key]
        if country_iso and country_iso in group.by_country:
            group = self.groups[group.by_country[country_iso]]
        if group.countries and country_iso and country_iso not in group.countries:
            return None
        return group

    def country(self, iso: str | None) -> Country | None:
        return self.countries.get(iso) if iso else None

    def as_state(self, group: Group, when: dt.date | None) -> tuple[str, str] | None:
        """The state force's name and inter a movement is coded as on ``when`` (the Taliban since
        15 August 2021, the Houthis since 2015), or None while it is its own group.  Without a day,
        a group that is a state at all counts as one only when it always was (no ``state_since``)."""
        if not group.state or group.state_since is not None and (when is None or when < group.state_since):
            return None
        actor = self.country_actors[group.state]
        named = [name for since, name in group.state_names if since <= when] if when is not None else []
        return (named[-1] if named else actor.name(self.country(group.country), when.year if when else None)), actor.inter


def _acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return 0 < len(letters) <= 4 and all(c.isupper() for c in letters)


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise ActorDictionaryError(f"{where}: expected a list of strings, got {value!r}")
    return tuple(str(v) for v in value)


def _inter(value: Any, where: str) -> str:
    if value not in INTER_CATEGORIES:
        raise ActorDictionaryError(f"{where}: inter {value!r} is not one of {', '.join(INTER_CATEGORIES)}")
    return str(value)


def parse_dictionary(data: dict[str, Any], source: str = "actors.yaml") -> ActorDictionary:
    """Validate the raw YAML mapping; every error names the entry at fault."""
    countries: dict[str, Country] = {}
    for i, raw in enumerate(data.get("countries") or []):
        where = f"{source}: countries[{i}]"
        if not isinstance(raw, dict) or "iso" not in raw or "name" not in raw:
            raise ActorDictionaryError(f"{where}: needs 'iso' and 'name'")
        regimes = []
        for period in raw.get("regimes") or []:
            try:
                if not (isinstance(period, list) and len(period) == 2 and period[0] is not None):
                    raise ValueError
                start, end = _regime_bound(period[0]), _regime_bound(period[1])
            except ValueError:
                raise ActorDictionaryError(f"{where}: a regime period is [start, end or null], each a year or a day "
                                           f"(2021-08-15), got {period!r}") from None
            regimes.append((start, end))
        countries[raw["iso"]] = Country(
            iso=raw["iso"], name=raw["name"], names=_strings(raw.get("names"), where),
            demonyms=_strings(raw.get("demonyms"), where), regimes=tuple(regimes), article=str(raw.get("article") or ""),
        )
    country_actors = {
        key: CountryActor(key=key, template=str(raw["template"]), inter=_inter(raw.get("inter"), f"{source}: country_actors.{key}"),
                          aliases=_strings(raw.get("aliases"), f"{source}: country_actors.{key}"),
                          with_country=_strings(raw.get("with_country"), f"{source}: country_actors.{key}"))
        for key, raw in (data.get("country_actors") or {}).items()
    }
    groups: dict[str, Group] = {}
    for key, raw in (data.get("groups") or {}).items():
        where = f"{source}: groups.{key}"
        if not isinstance(raw, dict) or not raw.get("name"):
            raise ActorDictionaryError(f"{where}: needs a 'name'")
        groups[key] = Group(
            key=key, name=str(raw["name"]), inter=_inter(raw.get("inter"), where), aliases=_strings(raw.get("aliases"), where),
            country=raw.get("country"), countries=_strings(raw.get("countries"), where), by_country=dict(raw.get("by_country") or {}),
            state=raw.get("state"), sides_with_state=bool(raw.get("sides_with_state", False)),
            state_since=_regime_bound(raw.get("state_since")),
            state_names=tuple(sorted((_regime_bound(since), str(name)) for since, name in raw.get("state_names") or ())),
        )
    for key, group in groups.items():
        if group.state is not None and (group.state not in country_actors or not group.country):
            raise ActorDictionaryError(f"{source}: groups.{key}: 'state' must name a country_actors entry "
                                       f"(military, police, ...) and the group needs a 'country'")
        for iso, target in group.by_country.items():
            if target not in groups:
                raise ActorDictionaryError(f"{source}: groups.{key}.by_country.{iso} points to unknown group {target!r}")
    for required in ("military", "police", "civilians", "protesters", "rioters", "unidentified"):
        if required not in country_actors:
            raise ActorDictionaryError(f"{source}: country_actors needs an entry '{required}'")
    if not countries:
        raise ActorDictionaryError(f"{source}: no countries listed")
    by_word: dict[str, str] = {}  # acronyms as written, other names lowercased
    for iso, country in countries.items():
        for word in (country.name, *country.names, *country.demonyms):
            word = " ".join(word.split())
            by_word.setdefault(word if _acronym(word) else word.lower(), iso)
    return ActorDictionary(
        by_word=by_word,
        countries=countries, country_actors=country_actors, groups=groups,
        anaphors=_strings(data.get("anaphors"), f"{source}: anaphors"),
        anaphor_blockers=frozenset(s.lower() for s in _strings(data.get("anaphor_blockers"), f"{source}: anaphor_blockers")),
        association_verbs=frozenset(s.lower() for s in _strings(data.get("association_verbs"), f"{source}: association_verbs")),
        association_preps=frozenset(s.lower() for s in _strings(data.get("association_preps"), f"{source}: association_preps")),
        military_action_nouns=frozenset(s.lower() for s in _strings(data.get("military_action_nouns"), f"{source}: military_action_nouns")),
        generic_people=frozenset(s.lower() for s in _strings(data.get("generic_people"), f"{source}: generic_people")),
        movement_people=frozenset(s.lower() for s in _strings(data.get("movement_people"), f"{source}: movement_people")),
        former_words=frozenset(s.lower() for s in _strings(data.get("former_words"), f"{source}: former_words")),
        foe_words=frozenset(s.lower() for s in _strings(data.get("foe_words"), f"{source}: foe_words")),
        force_assets=frozenset(s.lower() for s in _strings(data.get("force_assets"), f"{source}: force_assets")),
        arrested_groups=frozenset(s.lower() for s in _strings(data.get("arrested_groups"), f"{source}: arrested_groups")),
        ethnic_militia_heads=tuple(s.lower() for s in _strings(data.get("ethnic_militia_heads"), f"{source}: ethnic_militia_heads")),
        not_ethnic_names=frozenset(s.lower() for s in _strings(data.get("not_ethnic_names"), f"{source}: not_ethnic_names")),
        clash_words=frozenset(s.lower() for s in _strings(data.get("clash_words"), f"{source}: clash_words")),
        air_powers={str(k): str(v) for k, v in (data.get("air_powers") or {}).items()},
        manned_aircraft=tuple(s.lower() for s in _strings(data.get("manned_aircraft"), f"{source}: manned_aircraft")),
    )


_PERIOD = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")


def same_actor(a: str | None, b: str | None) -> bool:
    """Whether two ACLED actor names denote the same actor, ignoring case, spacing and the
    regime period ("Military Forces of Yemen (2012-)" = "... (2012-2022)"): ACLED renames
    a period when the regime ends, so older exports and hand-written gold differ there."""
    if not a or not b:
        return not a and not b

    def norm(name: str) -> str:
        return " ".join(_PERIOD.sub("", name).lower().split())

    return norm(a) == norm(b)


def as_of(name: str, inter: str, key: str | None, iso: str | None, when: int | dt.date | None) -> tuple[str, str]:
    """An actor's ACLED name and inter on the event's day rather than the report's: a movement that
    became the state is the state from that day and its own group before it ("Taliban" fighters in a
    2019 ambush told in 2023), and a state force takes its regime period (``in_period``)."""
    d = load_dictionary()
    group = d.groups.get(key or "")
    if group is not None and group.state_since is not None:
        if when is None:
            return name, inter
        if not isinstance(when, dt.date):  # a year alone: a year of change counts for the new name
            when = dt.date(when, 12, 31)
        state = d.as_state(group, when)
        return state if state is not None else (group.name, group.inter)
    return in_period(name, iso, when), inter


def in_period(name: str, iso: str | None, when: int | dt.date | None) -> str:
    """The actor's name with the regime period of ``when``: the event's day (or year), not the
    report's ("Military Forces of Syria (2000-2024)" for a 2021 clash told in a 2025 article)."""
    if when is None or not iso or not _PERIOD.search(name):
        return name
    country = load_dictionary().country(iso)
    return _PERIOD.sub(country.period(when), name, count=1) if country is not None else name


@lru_cache(maxsize=4)
def load_dictionary(path: str | Path = DEFAULT_PATH) -> ActorDictionary:
    """Read and validate the dictionary once per process (read-only afterwards)."""
    data = load_mapping(path, ActorDictionaryError, "actor dictionary")
    return parse_dictionary(data, source=Path(path).name)
