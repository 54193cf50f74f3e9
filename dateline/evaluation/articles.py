"""``dateline eval articles``: the whole job on whole articles against hand-coded gold.

Gold (e.g. ``../shared/data/articles/wikievents-dev.gold.json``) lists per article the
events a careful coder records (``must``) or might record (``may``), each with an
event type (and alternatives), a date window, a point and radius (and alternative
points), optional fatalities and a count; and ``must_not`` rules that no asserted
row may break (a planned act coded as done, background dated to the publication
day, any violence in an article that reports none).

A predicted row *fits* a gold event when its event type is allowed, it lies within
the radius of a gold point, and its date falls in the window (a month-precision
date fits when its month overlaps the window).  Rows and gold events are paired
one to one per article by maximum weight (must events first, then may events, then
the most fields agreeing).  Only asserted rows count.  Reported:
- must recall: paired must events / must events;
- row precision: asserted rows that fit some gold event of their article / asserted rows;
- must-not violations: (rule, row) pairs where the row breaks the rule;
- field accuracy on paired must events: sub-event type, fatalities, one-day dates,
  location within 25 km, counts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

MUST_WEIGHT, MAY_WEIGHT = 100_000, 1_000
NEAR_KM = 25.0


class ArticlesGoldError(ValueError):
    pass


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    from dateline.places.resolve import haversine  # the project's one great-circle distance

    return haversine((lat1, lon1), (lat2, lon2))


def read_gold(path: Path) -> list[dict[str, Any]]:
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ArticlesGoldError(f"{path}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
    articles = doc.get("articles") if isinstance(doc, dict) else None
    if not isinstance(articles, list):
        raise ArticlesGoldError(f"{path}: expected an object with a list 'articles'")
    for n, art in enumerate(articles):
        for key in ("id", "events", "must_not"):
            if key not in art:
                raise ArticlesGoldError(f"{path}: article {n} ({art.get('id', '?')}) has no '{key}'")
        for ev in art["events"]:
            missing = [k for k in ("id", "must", "event_type", "date_window", "lat", "lon", "max_km") if k not in ev]
            if missing:
                raise ArticlesGoldError(f"{path}: event {ev.get('id', '?')} of article {art['id']} lacks {missing}")
            _type_of_sub_type(ev)
    return articles


def _type_of_sub_type(ev: dict[str, Any]) -> None:
    """Allow the event type the gold's sub-type belongs to.

    In ACLED a sub-type has one event type, so a gold event labelled "Strategic developments /
    Non-state actor overtakes territory" names the coder's sub-type under the wrong type: the sub-type
    is the more specific word, and a Battles row for it fits.
    """
    from dateline.events.ontology import get_ontology

    owner = {sub.name: sub.event_type for sub in get_ontology().sub_event_types}.get(ev.get("sub_event_type", ""))
    if owner and owner != ev["event_type"] and owner not in ev.get("alt_event_types", []):
        ev["alt_event_types"] = [*ev.get("alt_event_types", []), owner]


def _coords(row: dict[str, Any]) -> tuple[float, float] | None:
    try:
        lat, lon = row.get("latitude"), row.get("longitude")
        return (float(lat), float(lon)) if lat is not None and lon is not None else None
    except (TypeError, ValueError):
        return None


def _date(row: dict[str, Any]) -> tuple[str, bool]:
    """(date, month precision); ('', False) without a usable date."""
    d = str(row.get("event_date") or "")
    if len(d) < 7:
        return "", False
    if len(d) < 10 or row.get("time_precision") == 3:
        return d[:7], True
    return d[:10], False


def _in_window(row: dict[str, Any], window: list[str]) -> bool:
    d, month = _date(row)
    if not d:
        return False
    lo, hi = (window[0][:7], window[1][:7]) if month else (window[0], window[1])
    return lo <= d <= hi


def _points(ev: dict[str, Any]) -> Iterable[tuple[float, float, float]]:
    yield ev["lat"], ev["lon"], ev["max_km"]
    for alt in ev.get("alt_locations", []):
        yield alt["lat"], alt["lon"], alt["max_km"]


def _distance(ev: dict[str, Any], row: dict[str, Any]) -> float | None:
    c = _coords(row)
    return None if c is None else min(_haversine_km(lat, lon, *c) for lat, lon, _ in _points(ev))


def fits(ev: dict[str, Any], row: dict[str, Any]) -> bool:
    if row.get("event_type") not in {ev["event_type"], *ev.get("alt_event_types", [])}:
        return False
    c = _coords(row)
    if c is None or not any(_haversine_km(lat, lon, *c) <= r for lat, lon, r in _points(ev)):
        return False
    return _in_window(row, ev["date_window"])


def agreement(ev: dict[str, Any], row: dict[str, Any]) -> int:
    """How many fields agree (0-9): breaks ties between equally good pairings."""
    sub = row.get("sub_event_type")
    score = 3 if sub == ev.get("sub_event_type") else (1 if sub in ev.get("alt_sub_event_types", []) else 0)
    window = ev["date_window"]
    score += 2 if window[0] == window[1] and _date(row)[0] == window[0] else 0
    dist = _distance(ev, row)
    score += 2 if dist is not None and dist <= NEAR_KM else 0
    score += 1 if "fatalities" in ev and row.get("fatalities") == ev["fatalities"] else 0
    score += 1 if "count" in ev and (row.get("counts") or {}).get(ev.get("count_kind")) == ev["count"] else 0
    return score


def pair(events: list[dict[str, Any]], rows: list[dict[str, Any]]) -> dict[int, int]:
    """Maximum-weight one-to-one pairing of gold events and fitting rows: {event index: row index}."""
    from scipy.optimize import linear_sum_assignment

    if not events or not rows:
        return {}
    weight = np.full((len(events), len(rows)), -1e12)
    for i, ev in enumerate(events):
        base = MUST_WEIGHT if ev["must"] else MAY_WEIGHT
        for j, row in enumerate(rows):
            if fits(ev, row):
                weight[i, j] = base + agreement(ev, row)
    gi, rj = linear_sum_assignment(weight, maximize=True)
    return {int(i): int(j) for i, j in zip(gi, rj) if weight[i, j] > 0}


def breaks(rule: dict[str, Any], row: dict[str, Any]) -> bool:
    if "event_types" in rule and row.get("event_type") not in rule["event_types"]:
        return False
    if "sub_event_types" in rule and row.get("sub_event_type") not in rule["sub_event_types"]:
        return False
    if "date_window" in rule and not _in_window(row, rule["date_window"]):
        return False
    if "near" in rule:
        c = _coords(row)
        lat, lon, radius = rule["near"]
        if c is None or _haversine_km(lat, lon, *c) > radius:
            return False
    return True


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def _brief(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row.get(k) for k in ("event_type", "sub_event_type", "event_date", "location", "fatalities")}


def score_articles(gold: list[dict[str, Any]], predictions: list[dict[str, Any]]) -> dict[str, Any]:
    by_article: dict[str, list[dict[str, Any]]] = {}
    for row in predictions:
        by_article.setdefault(str(row.get("article_id")), []).append(row)
    must_found = must_total = may_found = may_total = n_rows = fitting = not_asserted = 0
    fields = {k: [0, 0] for k in ("sub_event_type_exact", "sub_event_type_ok", "fatalities_exact", "date_exact",
                                  "location_25km", "count_exact")}
    violations: list[dict[str, Any]] = []
    per_article = []
    for art in gold:
        everything = by_article.get(art["id"], [])
        rows = [r for r in everything if (r.get("modality") or "asserted") == "asserted"]
        not_asserted += len(everything) - len(rows)
        events = art["events"]
        pairs = pair(events, rows)
        must = [i for i, ev in enumerate(events) if ev["must"]]
        found = [i for i in must if i in pairs]
        must_total += len(must)
        must_found += len(found)
        may_total += len(events) - len(must)
        may_found += sum(1 for i in pairs if not events[i]["must"])
        n_rows += len(rows)
        fit_rows = [any(fits(ev, r) for ev in events) for r in rows]
        fitting += sum(fit_rows)
        for i in found:
            ev, row = events[i], rows[pairs[i]]
            sub = row.get("sub_event_type")
            for key, ok in (("sub_event_type_exact", sub == ev.get("sub_event_type")),
                            ("sub_event_type_ok", sub == ev.get("sub_event_type") or sub in ev.get("alt_sub_event_types", []))):
                fields[key][0] += ok
                fields[key][1] += 1
            if "fatalities" in ev:
                fields["fatalities_exact"][0] += row.get("fatalities") == ev["fatalities"]
                fields["fatalities_exact"][1] += 1
            window = ev["date_window"]
            if window[0] == window[1]:
                fields["date_exact"][0] += _date(row)[0] == window[0]
                fields["date_exact"][1] += 1
            dist = _distance(ev, row)
            fields["location_25km"][0] += dist is not None and dist <= NEAR_KM
            fields["location_25km"][1] += 1
            if "count" in ev:
                fields["count_exact"][0] += (row.get("counts") or {}).get(ev.get("count_kind")) == ev["count"]
                fields["count_exact"][1] += 1
        art_violations = [{"article": art["id"], "rule": rule.get("what"), **_brief(row)}
                          for rule in art["must_not"] for row in rows if breaks(rule, row)]
        violations.extend(art_violations)
        per_article.append({
            "id": art["id"], "must_found": len(found), "must_total": len(must),
            "missed_must": [events[i]["id"] for i in must if i not in pairs],
            "rows": len(rows), "rows_fitting": sum(fit_rows), "violations": len(art_violations),
            "unmatched_rows": [_brief(r) for r, ok in zip(rows, fit_rows) if not ok][:8],
        })
    return {
        "articles": len(gold),
        "must_recall": _ratio(must_found, must_total), "must_found": must_found, "must_total": must_total,
        "may_found": may_found, "may_total": may_total,
        "precision": _ratio(fitting, n_rows), "rows": n_rows, "rows_fitting": fitting,
        "rows_not_asserted": not_asserted,
        "must_not_violations": len(violations),
        "field_accuracy": {k: {"correct": c, "n": n, "acc": _ratio(c, n)} for k, (c, n) in fields.items()},
        "violations": violations,
        "per_article": per_article,
    }


def read_predictions(path: Path) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ArticlesGoldError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
    return rows


def predict(nlp, articles) -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    """Run the whole pipeline (all modalities kept: the scorer counts only asserted rows)."""
    from dateline import pipeline

    return [json.loads(r.model_dump_json()) for _, records in pipeline.extract(nlp, articles, all_modalities=True)
            for r in records]
