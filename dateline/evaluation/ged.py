"""``dateline eval ged FILE.csv``: score dateline on UCDP GED events (real conflict events).

Two measures, per file:

- **geocoding**: the coder's place text (``where_coordinates``, "Xoxocotla
  town") with its ``adm_1`` and the country, resolved by the places stage's
  context resolver; accuracy within 25 km on ``where_prec`` 1 rows (the exact
  place was named) and within 161 km; also how often we fell back to a named
  unit.  Gold is read into spaCy Examples and scored by the places component's
  own ``score()``.
- **coder-style notes end to end** (``--notes N``): a one-sentence note in the
  style of an ACLED coder's ("On 3 May 2016, A and B clashed in X village
  (District, Region). 4 people were killed."), written by our frames from the
  row's own fields, runs through the whole pipeline; the records component's
  ``score()`` compares the record with the row (type from ``type_of_violence``,
  exact date, place within 25 km, country, deaths, actor1).  The frames are
  ours and few, so this measures place, date and country reading on the
  coder's place text, not event detection on real wording.
- **headlines end to end**: each single English ``source_headline`` runs
  through the whole pipeline with ``source_date`` as the publication date.  One
  headline can stand for several GED rows (one per place or dyad), so a
  prediction fits when it fits *one* of the rows sharing the headline: event
  found, place within 50 km, date within ``date_start``-``date_end``, deaths
  within ``low``-``high``, and actor1/actor2 named like ``side_a``/``side_b``.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dateline.actors.dictionary import load_dictionary
from dateline.types import EventRecord

REQUIRED = ("country", "where_coordinates", "adm_1", "latitude", "longitude", "where_prec")
HEADLINE_COLUMNS = ("source_headline", "source_date", "date_start", "date_end", "low", "high", "side_a", "side_b")


class GedFormatError(ValueError):
    """The file is not a UCDP GED CSV dateline can score."""


@dataclass(frozen=True)
class GedRow:
    line: int
    country: str
    where: str
    adm_1: str
    lat: float
    lon: float
    where_prec: int
    headline: str = ""
    source_date: dt.date | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    low: int | None = None
    high: int | None = None
    side_a: str = ""
    side_b: str = ""
    adm_2: str = ""
    violence: int | None = None
    best: int | None = None


def _date(value: str | None) -> dt.date | None:
    value = (value or "").strip()[:10]
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value not in (None, "") else None
    except ValueError:
        return None


def read_ged(path: Path) -> list[GedRow]:
    """Rows of a UCDP GED CSV; a clear error naming the file when it is not one."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            header = reader.fieldnames or []
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                raise GedFormatError(f"{path}: not a UCDP GED CSV, missing column(s) {', '.join(missing)}")
            rows = []
            for k, r in enumerate(reader, 2):
                try:
                    lat, lon = float(r["latitude"]), float(r["longitude"])
                except (TypeError, ValueError):
                    continue  # a row without coordinates cannot be scored
                rows.append(GedRow(
                    line=k, country=r["country"].strip(), where=(r["where_coordinates"] or "").strip(),
                    adm_1=(r["adm_1"] or "").strip(), lat=lat, lon=lon, where_prec=_int(r["where_prec"]) or 0,
                    headline=(r.get("source_headline") or "").strip(), source_date=_date(r.get("source_date")),
                    date_start=_date(r.get("date_start")), date_end=_date(r.get("date_end")),
                    low=_int(r.get("low")), high=_int(r.get("high")),
                    side_a=(r.get("side_a") or "").strip(), side_b=(r.get("side_b") or "").strip(),
                    adm_2=(r.get("adm_2") or "").strip(), violence=_int(r.get("type_of_violence")), best=_int(r.get("best")),
                ))
    except (OSError, UnicodeDecodeError) as exc:
        raise GedFormatError(f"{path}: cannot read the CSV ({exc})") from exc
    if not rows:
        raise GedFormatError(f"{path}: no rows with coordinates; expected a UCDP GED export")
    return rows


# -- geocoding ------------------------------------------------------------------------------

def geocoding_examples(nlp: Any, rows: Iterable[GedRow]) -> Iterator[tuple[GedRow, Any, str]]:
    """One spaCy Example per row: the place text as the doc, gold and predicted toponym over it,
    and the level (place, adm2, adm1, none) the resolution came from."""
    from spacy.training import Example

    from dateline.places import set_toponyms
    from dateline.places.geocode import resolve_in_context
    from dateline.types import Place, Toponym

    places = nlp.get_pipe("dateline_places")
    cache: dict[tuple[str, str, str], Any] = {}
    for row in rows:
        if not row.where:
            continue
        key = (row.where, row.adm_1, row.country)
        res = cache.get(key)
        if res is None:
            res = cache[key] = resolve_in_context(places.gazetteer, row.where, [row.adm_1], row.country)
        pred_doc, gold_doc = nlp.make_doc(row.where), nlp.make_doc(row.where)
        end = len(row.where)
        set_toponyms(pred_doc, [Toponym(start=0, end=end, text=row.where, place=res.place, geo_precision=res.geo_precision)])
        gold_place = Place(name=row.where, latitude=row.lat, longitude=row.lon)
        set_toponyms(gold_doc, [Toponym(start=0, end=end, text=row.where, place=gold_place, geo_precision=row.where_prec)])
        yield row, Example(pred_doc, gold_doc), res.level


def score_geocoding(nlp: Any, rows: list[GedRow]) -> dict[str, Any]:
    places = nlp.get_pipe("dateline_places")
    exact: list[Any] = []
    every: list[Any] = []
    levels: dict[str, int] = {}
    for row, example, level in geocoding_examples(nlp, rows):
        every.append(example)
        if row.where_prec == 1:
            exact.append(example)
            levels[level] = levels.get(level, 0) + 1
    s1, sall = places.score(exact, gold_spans=False), places.score(every, gold_spans=False)
    return {
        "where_prec_1": {"acc25": s1["places_acc25"], "acc161": s1["places_acc161"], "n": len(exact), "resolved_at": levels},
        "all_rows": {"acc25": sall["places_acc25"], "acc161": sall["places_acc161"], "n": len(every)},
    }


def spread(items: list[Any], n: int) -> list[Any]:
    """``n`` items spread evenly over the list (all of them when there are no more)."""
    if len(items) <= n:
        return items
    step = len(items) / n
    return [items[int(k * step)] for k in range(n)]


# -- coder-style notes end to end ---------------------------------------------------------

_CLASH_FRAMES = ("On {day}, {a} and {b} clashed in {place}. {n} people were killed.",
                 "On {day}, fighting between {a} and {b} in {place} left {n} dead.")
_ONE_SIDED_FRAMES = ("On {day}, {a} killed {n} civilians in {place}.",
                     "On {day}, {n} civilians were killed by {a} in {place}.")


def _unit(name: str) -> str:
    """ "Ar Rastan district" → "Ar Rastan": ACLED's notes name the units bare."""
    from dateline.places.geocode import split_kind

    return split_kind(name)[0] if name else ""


def coder_note(row: GedRow, k: int = 0) -> str | None:
    """The note a coder might write for a GED row, or None when the row cannot give one
    (no exact place, a date range, or no named sides)."""
    if row.where_prec != 1 or not row.where or not row.date_start or row.date_end not in (None, row.date_start) \
            or not row.side_a or row.violence not in (1, 2, 3):
        return None
    units = ", ".join(u for u in (_unit(row.adm_2), _unit(row.adm_1)) if u)
    place = f"{row.where} ({units})" if units else row.where
    day = f"{row.date_start.day} {row.date_start:%B %Y}"
    frames = _ONE_SIDED_FRAMES if row.violence == 3 else _CLASH_FRAMES
    return frames[k % len(frames)].format(day=day, a=_side(row.side_a), b=_side(row.side_b) if row.side_b else "unidentified gunmen",
                                          place=place, n=row.best if row.best is not None else "several")


def _side(name: str) -> str:
    """UCDP's "Government of Mexico" is what a note calls government forces (the place gives the country)."""
    return "government forces" if name.startswith("Government of ") else name


def _published(row: GedRow) -> dt.date | None:
    """The report's date, unless the file puts it before the event (then it is unknown)."""
    return row.source_date if row.source_date and row.date_start and row.source_date >= row.date_start else None


def gold_of(row: GedRow, country: str | None = None) -> EventRecord:
    """What the row says, as a record: one-sided violence is an attack on civilians, the rest a clash.
    ``country``: the row's country as a record names it (UCDP writes "DR Congo (Zaire)")."""
    one_sided = row.violence == 3
    return EventRecord(
        event_type="Violence against civilians" if one_sided else "Battles",
        sub_event_type="Attack" if one_sided else "Armed clash",
        event_date=row.date_start, fatalities=row.best, actor1=row.side_a,
        latitude=row.lat, longitude=row.lon, geo_precision=1, country=country or row.country or None,
    )


def score_notes(nlp: Any, rows: list[GedRow], n: int) -> dict[str, Any]:
    """Coder-style notes for ``n`` rows spread over the file, scored by the records component."""
    from spacy.training import Example

    from dateline import pipeline
    from dateline.records import set_event_records
    from dateline.types import Article

    from dateline.places.geocode import country_code
    from dateline.records import event_records
    from dateline.records.row import country_name

    usable = spread([(row, note) for k, row in enumerate(rows) if (note := coder_note(row, k))], n)
    if not usable:
        return {"n": 0, "note": "no row with an exact place, a single day and named sides"}

    gaz = nlp.get_pipe("dateline_places").gazetteer
    articles = (Article(id=f"n{k}", text=note, published=_published(row)) for k, (row, note) in enumerate(usable))
    examples, sides, dyads = [], 0, 0
    for (row, note), predicted in zip(usable, pipeline.process(nlp, articles)):
        reference = nlp.make_doc(note)
        set_event_records(reference, [gold_of(row, country_name(country_code(gaz, row.country)))])
        examples.append(Example(predicted, reference))
        records = event_records(predicted)
        sides += any(actor_matches(r.actor1, s) for r in records for s in (row.side_a, row.side_b) if s)
        dyads += bool(row.side_b) and any(actor_matches(r.actor1, a) and actor_matches(r.actor2, b) for r in records
                                          for a, b in ((row.side_a, row.side_b), (row.side_b, row.side_a)))
    out = nlp.get_pipe("dateline_records").score(examples)
    # UCDP names sides its own way ("Government of Mexico", "Taleban"): matched as for headlines;
    # a dyad is both sides named, in either order (ACLED's actor1/actor2 carry no direction)
    out["actor1_side"] = _r(sides / len(examples))
    out["dyad"] = _r(dyads / len(examples))
    return out


# -- headlines end to end ------------------------------------------------------------------

@dataclass
class Headline:
    text: str
    published: dt.date | None
    rows: list[GedRow] = field(default_factory=list)


def single_english_headlines(rows: Iterable[GedRow]) -> list[Headline]:
    """Headlines that are one title (not several joined by ";") and read as English."""
    from dateline.ingest.language import detect_language

    grouped: OrderedDict[str, Headline] = OrderedDict()
    for row in rows:
        if not row.headline or ";" in row.headline:
            continue
        h = grouped.get(row.headline)
        if h is None:
            if detect_language(row.headline) != "en" or _looks_romance(row.headline):
                continue
            h = grouped[row.headline] = Headline(row.headline, row.source_date)
        h.rows.append(row)
    return list(grouped.values())


_ROMANCE = re.compile(r"\b(?:de|del|la|las|los|el|en|y|con|por|para|une?|les|des|du|au|aux|et|dans|sur|est|qui)\b", re.I)


_EN_BEFORE_NAME = re.compile(r"\ben [A-ZÁÉÍÓÚÑ]")


def _looks_romance(text: str) -> bool:
    """Short Spanish or French titles carry too few words for the language detector; two
    of their function words (that are not English words) are enough to tell, and so is "en"
    before a name ("Asesinan a dos hombres en Culiacán"), which English writes only in
    borrowed phrases ("en route")."""
    return len(_ROMANCE.findall(text)) >= 2 or _EN_BEFORE_NAME.search(text) is not None


_PERIOD = re.compile(r"\s*\([^)]*\)")


@functools.cache
def _group_names(side: str) -> frozenset[str]:
    """ACLED names (lower case) of the dictionary's groups that have ``side`` among their aliases."""
    key = " ".join(side.lower().replace("-", " ").split())
    return frozenset(_PERIOD.sub("", g.name).lower().strip() for g in load_dictionary().groups.values()
                     if key in {" ".join(a.lower().replace("-", " ").split()) for a in g.aliases})


def actor_matches(predicted: str | None, side: str) -> bool:
    """Whether an ACLED-style actor name denotes a UCDP side: "Military Forces of Mexico (2018-)"
    is UCDP's "Government of Mexico"; otherwise a fuzzy name match ("Sinaloa Cartel" ~ "Cartel de Sinaloa")."""
    from rapidfuzz import fuzz

    if not predicted or not side:
        return False
    p = _PERIOD.sub("", predicted).lower().strip()
    s = side.lower().strip()
    gov = re.match(r"government of (.+?)(?: \(.*\))?$", s)  # "Government of Russia (Soviet Union)": Russia
    if gov:
        country = load_dictionary().lookup(gov.group(1))  # UCDP's "Bosnia-Herzegovina", ACLED's "Bosnia and Herzegovina"
        names = {gov.group(1), *((country.name.lower(),) if country is not None else ())}
        # (ACLED writes "the" before some: "Military Forces of the Central African Republic")
        return any(re.match(rf"(?:(?:military|police) forces|government) of (?:the )?{re.escape(n)}", p) for n in names)
    if s == "civilians":
        return p.startswith("civilians")
    if any(p.startswith(name) for name in _group_names(side)):
        return True  # a name our dictionary gives the side ("IS" -> "Islamic State (Syria)", "CPI-Maoist")
    # ACLED writes "ELN: National Liberation Army": the acronym and the long name each stand for it
    names = [p, *(part.strip() for part in p.split(":", 1))] if ":" in p else [p]
    return any(fuzz.token_set_ratio(name, s) >= 85 for name in names if name)


def headline_hits(h: Headline, records: list[EventRecord]) -> dict[str, bool | None]:
    """Whether an event was found and whether the best record fits one row of the headline."""
    from dateline.events.ontology import VIOLENT_EVENT_TYPES
    from dateline.places.resolve import haversine

    hits: dict[str, bool | None] = {"found": bool(records),
                                    "violent": any(r.modality == "asserted" and r.event_type in VIOLENT_EVENT_TYPES for r in records),
                                    "place50": False, "date": False, "deaths": False,
                                    "actor1": False, "actor2": False}
    if not records:
        return hits

    def fits(r: EventRecord, g: GedRow) -> tuple[bool, bool, bool]:
        place = r.latitude is not None and r.longitude is not None and haversine((r.latitude, r.longitude), (g.lat, g.lon)) <= 50
        date = r.event_date is not None and g.date_start is not None and g.date_start <= r.event_date <= (g.date_end or g.date_start)
        deaths = g.low is not None and g.high is not None and g.low <= int(r.fatalities or 0) <= g.high
        return place, date, deaths

    best = max(((fits(r, g), r, g) for r in records for g in h.rows), key=lambda x: sum(x[0]))
    (hits["place50"], hits["date"], hits["deaths"]), rec, _ = best
    sides = [s for g in h.rows for s in (g.side_a, g.side_b) if s]
    hits["actor1"] = any(actor_matches(r.actor1, s) for r in records for s in sides)
    hits["actor2"] = any(actor_matches(r.actor2, s) for r in records for s in sides)
    return hits


def score_headlines(nlp: Any, headlines: list[Headline]) -> dict[str, Any]:
    from dateline import pipeline
    from dateline.types import Article

    articles = (Article(id=f"h{k}", text=h.text, published=h.published) for k, h in enumerate(headlines))
    all_hits = [headline_hits(h, records) for h, (_, records) in zip(headlines, pipeline.extract(nlp, articles))]
    n = len(all_hits)
    found = [x for x in all_hits if x["found"]]
    out: dict[str, Any] = {"n": n, "event_found": _r(len(found) / n if n else 0.0),
                           "asserted_violent": _r(sum(bool(x["violent"]) for x in all_hits) / n if n else 0.0)}
    for key in ("place50", "date", "deaths", "actor1", "actor2"):
        out[key] = _r(sum(bool(x[key]) for x in found) / len(found)) if found else 0.0
        out[f"{key}_of_all"] = _r(sum(bool(x[key]) for x in all_hits) / n) if n else 0.0
    return out


def evaluate(path: Path, limit: int | None = None, headlines: int | None = None, geocoding: bool = True,
             notes: int = 0) -> dict[str, Any]:
    """The ``dateline eval ged`` numbers for one GED CSV file.

    ``limit`` scores the first N rows; ``headlines`` scores N headlines spread evenly
    over the file (0 skips the end-to-end part, which runs the whole pipeline);
    ``notes`` scores that many coder-style notes written from the rows."""
    from dateline import pipeline

    rows = read_ged(path)[:limit]
    out: dict[str, Any] = {"file": path.name, "rows": len(rows)}
    if geocoding:
        out["geocoding"] = score_geocoding(pipeline.build(stages=["places"]), rows)
    if headlines != 0:
        missing = [c for c in HEADLINE_COLUMNS if not any(getattr(r, _attr(c)) for r in rows[:50])]
        chosen = single_english_headlines(rows)
        if headlines is not None:
            chosen = spread(chosen, headlines)
        if chosen:
            out["headlines"] = score_headlines(pipeline.build(), chosen)
        else:
            out["headlines"] = {"n": 0, "note": f"no single English headlines ({', '.join(missing) or 'none'} empty)"}
    if notes:
        out["notes"] = score_notes(pipeline.build(), rows, notes)
    return out


def _attr(column: str) -> str:
    return {"source_headline": "headline"}.get(column, column)


def _r(x: float) -> float:
    return round(x, 4)
