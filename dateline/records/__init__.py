"""The linking stage: event mentions + places, times, actors and counts -> one ACLED row per event.

``component.py`` is the spaCy component; ``clause.py`` the one syntax helper (trigger ->
clause -> arguments) every linker uses; ``place.py`` (reading the clause's place phrases in
``place_phrases.py``, the article's country evidence in ``place_country.py``, the clauses that
speak for the event in ``place_clauses.py``, the toponyms that may place it in
``place_candidates.py``, the admin hierarchy in ``place_units.py``, the fallbacks in
``place_fallbacks.py``), ``date.py``
(the parse tests of its first rules in ``date_governing.py``, the narrative's fallbacks in
``date_fallbacks.py``, distances and anniversaries in ``date_offsets.py``, what one time
expression gives in ``date_expressions.py``), ``actors.py`` and ``counts.py`` answer where,
when, who and how many for one mention;
``merge.py`` merges mentions of one event; ``row.py`` fills the ACLED columns; ``score.py``
is the metric.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.nlp import load, store
from dateline.types import EventRecord


def event_records(doc: Doc) -> list[EventRecord]:
    """The event records the linking stage made for ``doc``, every modality (empty when it has not run)."""
    return load(doc, "records", EventRecord)


def set_event_records(doc: Doc, records: list[EventRecord]) -> None:
    """Keep event records on the Doc as plain data (``doc._.dateline_records``)."""
    store(doc, "records", records)
