"""`dateline eval acled` on an ACLED-format file we wrote, and its errors."""

import json
from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import app
from dateline.records.score import best_match, compare, summarise
from dateline.types import EventRecord

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "acled_sample.csv"
runner = CliRunner()


def test_scores_our_sample_export() -> None:
    result = runner.invoke(app, ["eval", "acled", str(FIXTURE)])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["n"] == 4 and scores["n_location"] == 4
    assert scores["event_type_acc"] >= 0.75
    assert scores["sub_event_type_acc"] >= 0.75
    assert scores["date_exact"] >= 0.75
    assert scores["location_25km"] >= 0.75


def test_missing_prediction_counts_as_wrong() -> None:
    hits = compare(EventRecord(event_type="Battles", sub_event_type="Armed clash", geo_precision=1), None)
    scores = summarise([hits])
    assert scores["event_type_acc"] == 0.0 and scores["location_25km"] == 0.0


def test_a_note_naming_a_second_event_is_matched_by_the_row_of_its_own() -> None:
    import datetime as dt

    day = dt.date(2022, 4, 21)
    gold = EventRecord(event_type="Explosions/Remote violence", sub_event_type="Remote explosive/landmine/IED",
                       event_date=day, latitude=36.71, longitude=67.11, geo_precision=1)
    own = gold.model_copy(update={"confidence": 0.6})
    other = gold.model_copy(update={"latitude": 36.73, "longitude": 68.86, "confidence": 0.9})  # the one "coded separately"
    assert best_match(gold, [other, own]) is own


def test_not_an_acled_file_is_named_in_the_error(tmp_path: Path) -> None:
    bad = tmp_path / "not-acled.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", "acled", str(bad)])
    assert result.exit_code == 2
    assert "not-acled.csv" in result.stderr and "notes" in result.stderr
