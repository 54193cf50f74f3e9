"""Counts stage: number expressions, the dateline_counts component, and its output on a Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.nlp import load, store
from dateline.types import CountMention


def count_mentions(doc: Doc) -> list[CountMention]:
    """The counts of people the counts stage found in ``doc`` (empty when it has not run)."""
    return load(doc, "counts", CountMention)


def set_count_mentions(doc: Doc, found: list[CountMention]) -> None:
    """Keep counts on the Doc: ``doc.spans["dateline_counts"]`` labelled by kind."""
    store(doc, "counts", found, label=lambda c: c.kind)
