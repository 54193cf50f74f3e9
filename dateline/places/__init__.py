"""Places stage: the gazetteer, the dateline_places component, and its output on a Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.nlp import load, store
from dateline.types import Toponym


def toponyms(doc: Doc) -> list[Toponym]:
    """The place names the places stage found in ``doc`` (empty when it has not run)."""
    return load(doc, "places", Toponym)


def set_toponyms(doc: Doc, found: list[Toponym]) -> None:
    """Keep toponyms on the Doc: ``doc.spans["dateline_places"]`` labelled by role, kb_id the GeoNames id."""
    store(doc, "places", found, label=lambda t: t.role,
          kb_id=lambda t: str(t.place.geonameid) if t.place is not None and t.place.geonameid else "")
