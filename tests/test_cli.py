"""The extract command's contract for bad input: one clear line per problem, the batch goes on."""

import json
from pathlib import Path

from typer.testing import CliRunner

from dateline.cli import app

runner = CliRunner()


def test_nothing_readable_exits_non_zero_naming_the_input(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-report.txt"
    result = runner.invoke(app, ["extract", str(missing)])
    assert result.exit_code == 2
    assert "no-such-report.txt" in result.stderr


def test_bad_lines_are_reported_and_good_ones_processed(tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    good = {"id": "r1", "text": "Police arrested four protesters in Nairobi on Monday, officials said.", "published": "2023-07-12"}
    batch.write_text(json.dumps(good) + "\n{not json\n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["extract", str(batch), "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    assert "batch.jsonl" in result.stderr
    problems = [json.loads(line) for line in errors.read_text().splitlines()]
    assert problems and problems[0]["line"] == 2
    events = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert any(e["article_id"] == "r1" for e in events)


def test_unknown_output_format_is_refused() -> None:
    result = runner.invoke(app, ["extract", "examples/al-mukalla.txt", "--format", "xml"])
    assert result.exit_code != 0
    assert "xml" in result.output


def test_missing_model_is_a_clear_error_not_a_traceback() -> None:
    result = runner.invoke(app, ["extract", "examples/al-mukalla.txt", "--model", "no_such_model"])
    assert result.exit_code == 2
    assert "no_such_model" in result.stderr and "Traceback" not in result.output


def test_unknown_input_format_is_refused_before_reading() -> None:
    result = runner.invoke(app, ["extract", "examples/al-mukalla.txt", "--input-format", "xml"])
    assert result.exit_code == 2
    assert "--input-format" in result.output and "xml" in result.output
