"""Times stage: the TIMEX3 tagger, the dateline_times component, and its output on a Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.nlp import load, store
from dateline.types import Timex


def timexes(doc: Doc) -> list[Timex]:
    """The temporal expressions the times stage found in ``doc`` (empty when it has not run)."""
    return load(doc, "times", Timex)


def set_timexes(doc: Doc, found: list[Timex]) -> None:
    """Keep timexes on the Doc: ``doc.spans["dateline_times"]`` labelled by TIMEX3 type, kb_id the value."""
    store(doc, "times", found, label=lambda t: t.type, kb_id=lambda t: t.value or "")
