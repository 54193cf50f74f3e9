"""The worked example from DEVELOPERS.md, run end to end on our bundled article.

Published Thursday 2016-05-12, datelined Al Mukalla.  Five events must come
out, and three mistakes must not happen.
"""

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline import pipeline
from dateline.cli import app
from dateline.types import Article, EventRecord

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "al-mukalla.txt"
PUBLISHED = dt.date(2016, 5, 12)


@pytest.fixture(scope="module")
def records() -> list[EventRecord]:
    from dateline.ingest import read_inputs

    (article,) = [a for a in read_inputs([str(EXAMPLE)], published=PUBLISHED) if isinstance(a, Article)]
    nlp = pipeline.build()
    ((_, found),) = list(pipeline.extract(nlp, [article], all_modalities=True))
    return found


def asserted(records: list[EventRecord]) -> list[EventRecord]:
    return [r for r in records if r.modality == "asserted"]


def one(records: list[EventRecord], **want: object) -> EventRecord:
    hits = [r for r in asserted(records) if all(getattr(r, k) == v for k, v in want.items())]
    assert hits, f"no asserted record with {want}: {[(r.sub_event_type, r.location, r.event_date) for r in records]}"
    return hits[0]


def test_surrender_of_57_in_hadramawt(records: list[EventRecord]) -> None:
    # ACLED's codebook lists surrenders under Agreement (see dateline/data/ontology.yaml).
    r = one(records, sub_event_type="Agreement")
    assert r.counts.surrendered == 57
    assert r.admin1 == "Hadramawt"


def test_arrest_of_8_in_aden(records: list[EventRecord]) -> None:
    hits = [r for r in asserted(records) if r.sub_event_type == "Arrests" and r.counts.arrested == 8]
    assert hits and hits[0].location == "Aden" and hits[0].country == "Yemen"


def test_killing_in_aden_is_dated_october_2015_and_historical(records: list[EventRecord]) -> None:
    hits = [r for r in asserted(records) if r.event_type == "Violence against civilians" or r.sub_event_type == "Armed clash"]
    assert hits, [(r.sub_event_type, r.event_date) for r in records]
    r = hits[0]
    assert (r.event_date.year, r.event_date.month) == (2015, 10)
    assert r.time_precision == 3 and r.historical
    assert r.location == "Aden"  # where the cell operated, not the officer's nationality


def test_arrest_at_al_hawtah_lahij_the_day_before(records: list[EventRecord]) -> None:
    hits = [r for r in asserted(records) if r.sub_event_type == "Arrests" and r.location and "Hawtah" in r.location]
    assert hits, [(r.sub_event_type, r.location, r.admin1) for r in records]
    r = hits[0]
    assert r.admin1 == "Lahij"
    assert r.event_date == dt.date(2016, 5, 11) and r.time_precision == 1


def test_mukalla_retaken_on_24_april(records: list[EventRecord]) -> None:
    r = one(records, sub_event_type="Government regains territory")
    assert r.event_date == dt.date(2016, 4, 24)
    assert r.location and "Mukalla" in r.location


def test_planned_assassinations_are_not_asserted_attacks(records: list[EventRecord]) -> None:
    spans = [s.text.lower() for r in asserted(records) for s in r.evidence.get("sub_event_type", [])]
    assert not any("assassination" in s for s in spans)
    planned = [r for r in records if r.modality == "planned"]
    assert planned, "the plotted assassinations should be kept as a planned event with --all-modalities"


def test_no_old_event_dated_to_publication_day(records: list[EventRecord]) -> None:
    for r in asserted(records):
        if r.event_type == "Violence against civilians":
            assert r.event_date != PUBLISHED


def test_every_record_has_evidence_that_matches_the_text(records: list[EventRecord]) -> None:
    from dateline.ingest import read_inputs

    (article,) = [a for a in read_inputs([str(EXAMPLE)], published=PUBLISHED) if isinstance(a, Article)]
    for r in records:
        assert r.evidence.get("sub_event_type")
        for spans in r.evidence.values():
            for s in spans:
                assert article.text[s.start:s.end] == s.text


def test_cli_extract_prints_jsonl_with_evidence() -> None:
    result = CliRunner().invoke(app, ["extract", str(EXAMPLE), "--published", "2016-05-12"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) >= 5
    assert all(line["evidence"]["sub_event_type"] for line in lines)


def test_cli_rejects_impossible_published_date() -> None:
    result = CliRunner().invoke(app, ["extract", str(EXAMPLE), "--published", "2016-13-45"])
    assert result.exit_code != 0
    assert "2016-13-45" in result.output
