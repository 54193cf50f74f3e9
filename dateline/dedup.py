"""Cross-source dedup: is this report the same real event as one already seen?

Precision first. A pair of reports is compared on six signals: compatible
sub-event types, a date window, a place distance that depends on
geo_precision, compatible actors, similar wording of the event sentences
(rapidfuzz) and agreeing fatality figures.  Any signal out of its limits vetoes the pair; otherwise a
weighted score must reach the threshold.  Every decision carries its score and
a reason a reviewer can read.

A report joins a cluster only when it matches *every* report already in it
(complete linkage), so A~B and B~C never pull C into A's event: no chains.
The rules live in ``dateline/data/dedup.yaml``.

``Deduplicator`` clusters a stream in memory (``extract`` uses it to mark
likely duplicates; it never drops a row); the store runs the same
``best_cluster`` over candidates it reads from the database.  ``combine`` makes
one event from the reports of a cluster.
"""

from __future__ import annotations

import functools
import math
import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rapidfuzz import fuzz, utils

from dateline.datafiles import load_mapping
from dateline.places.resolve import haversine
from dateline.types import Article, EventRecord

COUNT_FIELDS = ("arrested", "surrendered", "injured", "abducted")
ACTOR_FIELDS = ("actor1", "inter1", "actor2", "inter2", "assoc_actor_1", "assoc_actor_2")
# Actors that say nothing about who it was: they never conflict with a named actor.
GENERIC_ACTORS = re.compile(r"^(unidentified|civilians|protesters|rioters)\b", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?]\s|\n")


@dataclass(frozen=True)
class Rules:
    threshold: float
    max_km: dict[int, float]
    same_place_km: float
    fatality_ratio: float
    fatality_gap: int
    wording_floor: float
    wording_full: float
    busy_step: float
    max_days: dict[int, int]
    weights: dict[str, float]
    compatible: dict[str, frozenset[str]]

    @classmethod
    def load(cls, path: str | Path | None = None) -> "Rules":
        path = path or resources.files("dateline").joinpath("data/dedup.yaml")
        data = load_mapping(str(path), what="dedup rules")
        compatible: dict[str, set[str]] = {}
        for group in data.get("compatible", []):
            for name in group:
                compatible.setdefault(name, set()).update(group)
        return cls(
            threshold=float(data["threshold"]),
            max_km={int(k): float(v) for k, v in data["max_km"].items()},
            same_place_km=float(data.get("same_place_km", 3)),
            fatality_ratio=float(data.get("fatalities_disagree", {}).get("ratio", 2.0)),
            fatality_gap=int(data.get("fatalities_disagree", {}).get("min_gap", 4)),
            wording_floor=float(data.get("wording", {}).get("floor", 40)),
            wording_full=float(data.get("wording", {}).get("full", 80)),
            busy_step=float(data.get("busy_step", 0.03)),
            max_days={int(k): int(v) for k, v in data["max_days"].items()},
            weights={k: float(v) for k, v in data["weights"].items()},
            compatible={k: frozenset(v) for k, v in compatible.items()},
        )

    def types_for(self, sub_event_type: str | None) -> set[str | None]:
        """The sub-types a report of this sub-type may merge with (itself included)."""
        return {sub_event_type, *self.compatible.get(sub_event_type or "", ())}

    def widest_km(self) -> float:
        return max(self.max_km.values())

    def widest_days(self) -> int:
        return max(self.max_days.values())


@functools.cache
def default_rules() -> Rules:
    return Rules.load()


@dataclass
class Report:
    """One article's record of an event, with the sentence that tells it."""

    record: EventRecord
    text: str = ""


@dataclass
class Match:
    ok: bool
    score: float
    reason: str
    vetoed: bool = False


def _veto(reason: str) -> Match:
    return Match(False, 0.0, "no: " + reason, vetoed=True)


@dataclass
class Cluster:
    id: str
    members: list[Report] = field(default_factory=list)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (kept for callers; the one haversine lives in dateline.places.resolve)."""
    return haversine((lat1, lon1), (lat2, lon2))


def record_id(record: EventRecord, position: int = 0) -> str:
    return record.event_id_cnty or f"{record.article_id or 'x'}-{position + 1}"


def event_sentence(record: EventRecord, text: str | None, limit: int = 600) -> str:
    """The sentence around the event's trigger (its evidence), for the wording signal."""
    if not text:
        return ""
    spans = record.evidence.get("sub_event_type") or record.evidence.get("event_type") or []
    if not spans:
        return ""
    start, end = spans[0].start, spans[0].end
    if not 0 <= start <= end <= len(text):
        return spans[0].text
    left = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    found = SENTENCE_END.search(text, end)
    right = found.start() + 1 if found else len(text)
    return text[left:right].strip()[:limit]


def _actors(r: EventRecord) -> tuple[set[str], set[str]]:
    """(specific non-state actor names, every named actor) of a record."""
    names: set[str] = set()
    specific: set[str] = set()
    pairs = [(r.actor1, r.inter1), (r.actor2, r.inter2)]
    pairs += [(n.strip(), None) for n in (r.assoc_actor_1 or "").split(";") + (r.assoc_actor_2 or "").split(";")]
    for name, inter in pairs:
        if not name:
            continue
        names.add(name)
        if GENERIC_ACTORS.match(name) or inter == "State forces" or name.lower().startswith(("military forces", "police forces")):
            continue
        specific.add(name)
    return specific, names


def _reported_fatalities(r: EventRecord) -> int | None:
    """The fatality figure a report actually gives (None when it gives none)."""
    return r.fatalities if r.fatalities is not None and "fatalities" in r.evidence else None


def compare(a: Report, b: Report, rules: Rules | None = None) -> Match:
    """Are these two reports one event?  A veto or a weighted score, always with a reason."""
    rules = rules or default_rules()
    ra, rb = a.record, b.record
    if ra.article_id and ra.article_id == rb.article_id:
        return _veto("same article (its records are separate events)")
    if ra.modality != rb.modality:
        return _veto(f"modality {ra.modality} vs {rb.modality}")
    # type
    if ra.sub_event_type == rb.sub_event_type:
        s_type, why_type = 1.0, f"same sub-type {ra.sub_event_type}"
    elif rb.sub_event_type in rules.types_for(ra.sub_event_type):
        s_type, why_type = 0.6, f"compatible sub-types {ra.sub_event_type} / {rb.sub_event_type}"
    else:
        return _veto(f"sub-types {ra.sub_event_type} vs {rb.sub_event_type}")
    # date
    if ra.event_date is None or rb.event_date is None:
        return _veto("no event date")
    days = abs((ra.event_date - rb.event_date).days)
    tp = max(ra.time_precision or 1, rb.time_precision or 1)
    limit_days = rules.max_days.get(tp, rules.widest_days())
    if days > limit_days:
        return _veto(f"dates {days} days apart (limit {limit_days} at time_precision {tp})")
    s_date = 1.0 - days / (limit_days + 1)
    # place
    if ra.country and rb.country and ra.country != rb.country:
        return _veto(f"countries {ra.country} vs {rb.country}")
    gp = max(ra.geo_precision or 2, rb.geo_precision or 2)
    if ra.geonameid is not None and ra.geonameid == rb.geonameid:
        km, s_place, why_place = 0.0, 1.0, f"same place {ra.location}"
    else:
        if None in (ra.latitude, ra.longitude, rb.latitude, rb.longitude):
            return _veto("a report has no coordinates")
        km = haversine((ra.latitude, ra.longitude), (rb.latitude, rb.longitude))  # type: ignore[arg-type]
        limit_km = rules.max_km.get(gp, rules.widest_km())
        if gp == 1 and ra.geonameid is not None and rb.geonameid is not None:
            limit_km = rules.same_place_km  # two named towns: the same only if they are one town listed twice
            if km > limit_km:
                return _veto(f"different towns {ra.location} / {rb.location}, {km:.0f} km apart")
        if km > limit_km:
            return _veto(f"places {km:.0f} km apart (limit {limit_km:.0f} at geo_precision {gp})")
        s_place, why_place = 1.0 - km / limit_km * 0.8, f"places {km:.0f} km apart"
    if gp >= 3 and ra.admin1 and rb.admin1 and ra.admin1 != rb.admin1:
        return _veto(f"only provinces known and they differ ({ra.admin1} vs {rb.admin1})")
    # actors
    spec_a, names_a = _actors(ra)
    spec_b, names_b = _actors(rb)
    if spec_a and spec_b and not spec_a & spec_b:
        return _veto(f"different actors ({', '.join(sorted(spec_a))} vs {', '.join(sorted(spec_b))})")
    if spec_a & spec_b:
        s_act, why_act = 1.0, "shared actor " + sorted(spec_a & spec_b)[0]
    elif names_a & names_b:
        s_act, why_act = 0.5, "shared generic actor " + sorted(names_a & names_b)[0]
    elif names_a and names_b:
        s_act, why_act = 0.3, "actors named differently"
    else:
        s_act, why_act = 0.3, "actors unknown"
    # wording
    if a.text and b.text:
        ratio = fuzz.token_set_ratio(a.text, b.text, processor=utils.default_process)
        s_word = min(1.0, max(0.0, (ratio - rules.wording_floor) / (rules.wording_full - rules.wording_floor)))
        why_word = f"wording {ratio / 100:.2f}"
    else:
        s_word, why_word = 0.0, "wording unknown"
    # fatalities
    fa, fb = _reported_fatalities(ra), _reported_fatalities(rb)
    if fa is None or fb is None:
        s_fat, why_fat = 0.5, "fatalities unknown"
    else:
        low, high = min(fa, fb), max(fa, fb)
        if high - low >= rules.fatality_gap and high > rules.fatality_ratio * low:
            return _veto(f"fatality figures {fa} and {fb} disagree")
        # small figures agree by chance (most events kill one or two): they count as half
        s_fat = (1.0 if fa == fb else low / high) * (0.5 if high <= 2 else 1.0)
        why_fat = f"fatalities {fa} / {fb}"
    w = rules.weights
    score = round(w["type"] * s_type + w["date"] * s_date + w["place"] * s_place + w["actors"] * s_act
                  + w["wording"] * s_word + w.get("fatalities", 0.0) * s_fat, 3)
    when = "same day" if days == 0 else f"{days} day{'s' if days > 1 else ''} apart"
    reason = f"{why_type}; {when}; {why_place}; {why_act}; {why_word}; {why_fat}"
    return Match(score >= rules.threshold, score, reason)


def best_cluster(new: Report, clusters: Iterable[Cluster], rules: Rules | None = None) -> tuple[Cluster | None, Match | None]:
    """The cluster whose every report matches ``new`` best (complete linkage), if it is clearly the one.

    In a busy place several stored events pass every limit; each one beyond the first raises the bar
    by ``busy_step``, since "same type, town and day" then says little on its own.
    """
    rules = rules or default_rules()
    passing: list[tuple[float, Cluster, Match]] = []
    for cluster in clusters:
        matches = [compare(new, member, rules) for member in cluster.members]
        if not matches or any(m.vetoed for m in matches):
            continue
        mean = round(sum(m.score for m in matches) / len(matches), 3)
        top = max(matches, key=lambda m: m.score)
        suffix = f" (mean of {len(matches)} reports)" if len(matches) > 1 else ""
        passing.append((mean, cluster, Match(True, mean, top.reason + suffix)))
    if not passing:
        return None, None
    passing.sort(key=lambda p: -p[0])
    mean, cluster, match = passing[0]
    bar = rules.threshold + rules.busy_step * min(5, len(passing) - 1)
    if mean < bar:
        return None, None
    if len(passing) > 1:
        match.reason += f"; best of {len(passing)} possible events (bar {bar:.2f})"
    return cluster, match


@dataclass
class Assignment:
    cluster_id: str
    score: float | None = None
    reason: str | None = None

    @property
    def joined(self) -> bool:
        return self.score is not None


class Deduplicator:
    """Clusters a stream of records in memory; ``add`` says which event each report belongs to.

    Keeps the most recent ``max_clusters`` clusters, so memory stays bounded on long runs.
    """

    def __init__(self, rules: Rules | None = None, max_clusters: int = 50_000) -> None:
        self.rules = rules or default_rules()
        self.max_clusters = max_clusters
        self.clusters: OrderedDict[str, Cluster] = OrderedDict()
        # (day, grid cell) -> cluster ids; a cell is wider than the widest distance limit
        self._index: dict[tuple[int, int, int], set[str]] = {}
        self._cell = max(0.5, self.rules.widest_km() / 100.0)

    def _key(self, record: EventRecord) -> tuple[int, int, int] | None:
        if record.event_date is None or record.latitude is None or record.longitude is None:
            return None
        return (record.event_date.toordinal(), int(record.latitude // self._cell), int(record.longitude // self._cell))

    def _candidates(self, record: EventRecord) -> Iterator[Cluster]:
        key = self._key(record)
        if key is None:
            return
        day, y, x = key
        span = self.rules.widest_days()
        seen: set[str] = set()
        for d in range(day - span, day + span + 1):
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    for cid in self._index.get((d, y + dy, x + dx), ()):
                        if cid not in seen and cid in self.clusters:
                            seen.add(cid)
                            yield self.clusters[cid]

    def add(self, record: EventRecord, text: str | None = None, position: int = 0) -> Assignment:
        report = Report(record, event_sentence(record, text))
        cluster, match = best_cluster(report, self._candidates(record), self.rules)
        if cluster is None:
            cluster = Cluster(record_id(record, position))
            while cluster.id in self.clusters:
                cluster.id += "+"
            self.clusters[cluster.id] = cluster
            if len(self.clusters) > self.max_clusters:
                _, old = self.clusters.popitem(last=False)
                for member in old.members:
                    key = self._key(member.record)
                    if key is not None and key in self._index:
                        self._index[key].discard(old.id)
                        if not self._index[key]:
                            del self._index[key]
        cluster.members.append(report)
        key = self._key(record)
        if key is not None:
            self._index.setdefault(key, set()).add(cluster.id)
        return Assignment(cluster.id, match.score if match else None, match.reason if match else None)


def mark_duplicates(pairs: Iterable[tuple[Article, list[EventRecord]]], dedup: Deduplicator | None = None) -> Iterator[tuple[Article, list[EventRecord]]]:
    """Give every record its cluster id (its own when it is the first report); keep every row."""
    dedup = dedup or Deduplicator()
    for article, records in pairs:
        for i, record in enumerate(records):
            got = dedup.add(record, article.text, i)
            record.cluster_id, record.cluster_score, record.cluster_reason = got.cluster_id, got.score, got.reason
        yield article, records


def combine(group: list[EventRecord]) -> EventRecord:
    """One event from several reports: most precise place and date, lowest fatalities, every source."""
    if len(group) == 1:
        return group[0].model_copy(deep=True)
    best = max(group, key=lambda r: (-(r.time_precision or 9), -(r.geo_precision or 9), r.confidence))
    merged = best.model_copy(deep=True)
    merged.event_id_cnty = group[0].event_id_cnty
    for r in group:
        for name in ACTOR_FIELDS:
            if getattr(merged, name) is None and getattr(r, name) is not None:
                setattr(merged, name, getattr(r, name))
    reported = [r.fatalities for r in group if "fatalities" in r.evidence and r.fatalities is not None]
    merged.fatalities = min(reported) if reported else min((r.fatalities or 0) for r in group)
    merged.fatalities_low = min((r.fatalities_low if r.fatalities_low is not None else r.fatalities or 0) for r in group)
    merged.fatalities_low = min(merged.fatalities_low, merged.fatalities)
    merged.fatalities_high = max((r.fatalities_high if r.fatalities_high is not None else r.fatalities or 0) for r in group)
    for k in COUNT_FIELDS:
        values = [getattr(r.counts, k) for r in group if getattr(r.counts, k) is not None]
        setattr(merged.counts, k, min(values) if values else None)
    merged.source = "; ".join(dict.fromkeys(r.source for r in group if r.source)) or None
    scales = list(dict.fromkeys(s for r in group for s in (r.source_scale or "").split("-") if s))
    merged.source_scale = "-".join(scales) or None
    merged.confidence = round(1 - math.prod(1 - r.confidence for r in group), 3)
    evidence: dict[str, list] = {}
    for r in group:
        for name, spans in r.evidence.items():
            for s in spans:
                evidence.setdefault(name, []).append(s.model_copy(update={"article_id": s.article_id or r.article_id}))
    merged.evidence = evidence
    merged.article_id = "; ".join(dict.fromkeys(r.article_id for r in group if r.article_id))
    return merged
