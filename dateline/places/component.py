"""The ``dateline_places`` spaCy component: ``doc._.toponyms`` from NER + gazetteer.

It needs the NER and parser of the base pipeline (they run before it) and the
gazetteer file, which it opens (building it on first use) when created.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from dateline.nlp import register_extensions
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

    def actor_countries(self, doc: Doc) -> list[str]:
        """Home countries of the armed groups the text names ("Al Shabaab" -> SO), from the actor dictionary."""
        if self._actors is None:
            from dateline.actors.dictionary import load_dictionary
            from dateline.actors.matcher import GROUP, ActorMatcher

            self._actors = (ActorMatcher(self._nlp, load_dictionary()), GROUP)
        matcher, group_kind = self._actors
        groups = matcher.dictionary.groups
        return [groups[key].country for kind, key, _, _ in matcher.spans(doc) if kind == group_kind and groups[key].country]

    def __call__(self, doc: Doc) -> Doc:
        mentions = find_mentions(doc, self.gazetteer)
        doc._.toponyms = resolve(doc, mentions, self.gazetteer, _dateline(doc), self.actor_countries(doc))
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

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, float]:
        """Recognition P/R/F (span overlap), and accuracy within 25 and 161 km on recognised gold toponyms.

        Gold toponyms are read from ``example.reference._.toponyms``; the distances are also
        the metric of ``dateline eval geo`` and ``dateline eval ged``.
        """
        tp = n_pred = n_gold = hit25 = hit161 = 0
        for ex in examples:
            pred = list(ex.predicted._.toponyms or [])
            gold = list(ex.reference._.toponyms or [])
            n_pred += len(pred)
            n_gold += len(gold)
            for g in gold:
                match = next((p for p in pred if p.start < g.end and g.start < p.end), None)
                if match is None:
                    continue
                tp += 1
                if match.place and g.place:
                    km = haversine((match.place.latitude, match.place.longitude), (g.place.latitude, g.place.longitude))
                    hit25 += km <= 25
                    hit161 += km <= 161
        p = tp / n_pred if n_pred else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"places_p": p, "places_r": r, "places_f": f, "places_acc25": hit25 / tp if tp else 0.0,
                "places_acc161": hit161 / tp if tp else 0.0}


def _dateline(doc: Doc) -> str | None:
    article = doc._.article
    return getattr(article, "dateline", None) if article is not None else None


@Language.factory(
    "dateline_places",
    assigns=["doc._.toponyms"],
    requires=["doc.ents", "token.dep", "token.pos"],
    default_config={"gazetteer_path": None},
)
def make_places(nlp: Language, name: str, gazetteer_path: str | None) -> PlacesComponent:
    return PlacesComponent(nlp, name, gazetteer_path)


def shared_path(path: str | None) -> Path | None:
    return Path(path) if path else None
