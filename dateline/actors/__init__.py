"""Actors stage: the actor dictionary, the dateline_actors component, and its output on a Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.nlp import load, store
from dateline.types import ActorMention


def actor_mentions(doc: Doc) -> list[ActorMention]:
    """The actors the actors stage found in ``doc`` (empty when it has not run)."""
    return load(doc, "actors", ActorMention)


def set_actor_mentions(doc: Doc, found: list[ActorMention]) -> None:
    """Keep actors on the Doc: ``doc.spans["dateline_actors"]`` labelled by inter category, kb_id the name."""
    store(doc, "actors", found, label=lambda a: a.inter or "", kb_id=lambda a: a.name)
