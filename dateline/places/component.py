"""The ``dateline_places`` spaCy component: toponyms from NER + gazetteer (``dateline.places.toponyms(doc)``).

It needs the NER and parser of the base pipeline (they run before it) and the
gazetteer file, which it opens (building it on first use) when created.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from dateline.nlp import doc_article, register_extensions
from dateline.places import set_toponyms, toponyms
from dateline.places.context import report_head
from dateline.places.gazetteer import Gazetteer, shared
from dateline.places.geocode import Resolution, resolve_in_context
from dateline.places.recognize import find_mentions, forced_mention
from dateline.places.resolve import haversine, resolve
from dateline.types import Toponym


class PlacesComponent:
    """Finds and resolves place names; see recognize.py and resolve.py."""

    def __init__(self, nlp: Language, name: str, gazetteer_path: str | None = None) -> None:
        register_extensions()
        self.name = name
        self.gazetteer: Gazetteer = shared(gazetteer_path)
        self._nlp = nlp
        self._actors: Any = None

    def _group_spans(self, doc: Doc) -> list[tuple[str, int, int]]:
        """(key, start token, end token) of the armed groups the actor dictionary names in the text."""
        if self._actors is None:
            from dateline.actors.dictionary import load_dictionary
            from dateline.actors.matcher import GROUP, ActorMatcher

            self._actors = (ActorMatcher(self._nlp, load_dictionary()), GROUP)
        matcher, group_kind = self._actors
        return [(key, s, e) for kind, key, s, e in matcher.spans(doc) if kind == group_kind]

    def actor_countries(self, doc: Doc, groups: list[tuple[str, int, int]] | None = None) -> list[str]:
        """Home countries of the armed groups the text names ("Al Shabaab" -> SO), from the actor dictionary."""
        groups = self._group_spans(doc) if groups is None else groups
        known = self._actors[0].dictionary.groups
        return [known[key].country for key, _, _ in groups if known[key].country]

    def __call__(self, doc: Doc) -> Doc:
        groups = self._group_spans(doc)
        mentions = find_mentions(doc, self.gazetteer)
        for m in mentions:
            if m.role == "location" and m.label not in ("GPE", "LOC") and any(s <= m.tok_start and m.tok_end <= e for _, s, e in groups):
                m.role = "organisation"  # a word of a group's name the NER did not take for a place ("Boko" of "Boko Haram")
        set_toponyms(doc, resolve(doc, mentions, self.gazetteer, _dateline(doc), self.actor_countries(doc, groups)))
        return doc

    def resolve_spans(self, doc: Doc, spans: Iterable[tuple[int, int]]) -> list[Toponym]:
        """Resolve given character spans (gold spans) in their document context."""
        mentions = [forced_mention(doc, self.gazetteer, s, e) for s, e in spans]
        order = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
        ordered = [mentions[k] for k in order]
        resolved = resolve(doc, ordered, self.gazetteer, _dateline(doc), self.actor_countries(doc))
        out: list[Toponym] = [Toponym(start=0, end=0, text="")] * len(mentions)
        for k, t in zip(order, resolved):
            out[k] = t
        return out

    def resolve_in_context(self, toponym: str, admin: Sequence[str] = (), country: str | None = None,
                           country_prior: Mapping[str, float] | None = None, allow_country: bool = False) -> Resolution:
        """The event's place mention plus the admin context the text gives -> Place and geo_precision.

        See :func:`dateline.places.geocode.resolve_in_context`."""
        return resolve_in_context(self.gazetteer, toponym, admin, country, country_prior, allow_country)

    def score(self, examples: Iterable[Example], gold_spans: bool = True, **kwargs: Any) -> dict[str, float | int | None]:
        """The geoparsing scores, against gold toponyms in ``toponyms(example.reference)``.

        End to end: our toponyms matched one-to-one to gold by span overlap (gold offsets
        drift in news corpora); recognition P/R/F and acc@161 km over matched gold
        toponyms that have coordinates (an unresolved match counts as wrong).  Gold spans:
        each gold span resolved in its document context; acc@161 km, median error and
        exact GeoNames id (where gold has ids).  Gold toponyms without a place count for
        recognition only.  Accuracy within 25 km is given beside 161 km (``dateline eval ged``);
        ``gold_spans=False`` skips re-resolving gold spans when the predictions already are
        resolutions of the gold spans.
        """
        gold_err: list[float] = []
        e2e_err: list[float] = []
        gold_ids = gold_id_hits = tp = n_pred = n_gold = 0
        for ex in examples:
            pred, gold = toponyms(ex.predicted), toponyms(ex.reference)
            n_pred += len(pred)
            n_gold += len(gold)
            resolved = self.resolve_spans(ex.predicted, [(g.start, g.end) for g in gold]) if gold_spans else gold
            used: set[int] = set()
            for g, r in zip(gold, resolved):
                match = next((k for k, p in enumerate(pred) if k not in used and p.start < g.end and g.start < p.end), None)
                if match is not None:
                    used.add(match)
                    tp += 1
                if g.place is None:
                    continue
                if gold_spans:
                    gold_err.append(_error_km(g, r))
                if gold_spans and g.place.geonameid is not None:
                    gold_ids += 1
                    gold_id_hits += int(r.place is not None and r.place.geonameid == g.place.geonameid)
                if match is not None:
                    e2e_err.append(_error_km(g, pred[match]))
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        return {
            "places_p": round(p, 4), "places_r": round(r, 4), "places_f": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "places_acc161": _acc(e2e_err), "places_acc25": _acc(e2e_err, 25.0), "places_n": len(e2e_err),
            "places_gold_acc161": _acc(gold_err), "places_gold_acc25": _acc(gold_err, 25.0),
            "places_gold_median_km": round(statistics.median(gold_err), 1) if gold_err else None,
            "places_gold_exact_id": round(gold_id_hits / gold_ids, 4) if gold_ids else None,
            "places_gold_n": len(gold_err),
        }


UNRESOLVED_KM = 20038.0  # an unresolved place counts as half the earth's circumference away


def _error_km(gold: Toponym, found: Toponym) -> float:
    assert gold.place is not None
    if found.place is None:
        return UNRESOLVED_KM
    return haversine((gold.place.latitude, gold.place.longitude), (found.place.latitude, found.place.longitude))


def _acc(errors: list[float], km: float = 161.0) -> float | None:
    return round(sum(e <= km for e in errors) / len(errors), 4) if errors else None


def _dateline(doc: Doc) -> str | None:
    return report_head(doc_article(doc))[0]


@Language.factory(
    "dateline_places",
    assigns=["doc._.dateline_places", "doc.spans"],
    requires=["doc.ents", "token.dep", "token.pos"],
    default_config={"gazetteer_path": None},
    default_score_weights={"places_f": 0.5, "places_acc161": 0.5, "places_p": 0.0, "places_r": 0.0, "places_n": None,
                           "places_gold_acc161": 0.0, "places_gold_median_km": None,
                           "places_acc25": None, "places_gold_acc25": None, "places_gold_exact_id": None,
                           "places_gold_n": None},
)
def make_places(nlp: Language, name: str, gazetteer_path: str | None) -> PlacesComponent:
    return PlacesComponent(nlp, name, gazetteer_path)


def shared_path(path: str | None) -> Path | None:
    return Path(path) if path else None
