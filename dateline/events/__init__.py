"""Events stage: the ontology, the classifier, the dateline_events component, and its output on a Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.nlp import load, store
from dateline.types import EventMention


def event_mentions(doc: Doc) -> list[EventMention]:
    """The event mentions the events stage found in ``doc`` (empty when it has not run)."""
    return load(doc, "events", EventMention)


def set_event_mentions(doc: Doc, found: list[EventMention]) -> None:
    """Keep mentions on the Doc: ``doc.spans["dateline_events"]`` (triggers) labelled by sub-event type."""
    store(doc, "events", found, label=lambda m: m.sub_event_type, kb_id=lambda m: m.modality)
