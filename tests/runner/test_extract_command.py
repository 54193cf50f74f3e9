"""`dateline extract` as a user runs it: paths checked first, records streamed, bad input never ends the batch."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.cli_support import write_outcomes
from dateline.pipeline import Outcome
from dateline.problems import ProblemLog
from dateline.types import Article, EventRecord, InputProblem

GOOD = "Gunmen killed two soldiers at a checkpoint in Aden on Monday, officials said."


@pytest.mark.parametrize("option", ["-o", "--errors"])
def test_output_into_a_missing_folder_is_refused_before_any_work(tmp_path: Path, option: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import dateline.pipeline

    def no_work(*args: object, **kwargs: object) -> None:
        raise AssertionError("the pipeline was built before the output path was checked")

    monkeypatch.setattr(dateline.pipeline, "build", no_work)
    monkeypatch.setattr(dateline.pipeline, "run", no_work)
    report = tmp_path / "r.txt"
    report.write_text(GOOD, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(report), option, str(tmp_path / "missing" / "out.jsonl"), "--jobs", "1"])
    assert result.exit_code == 2
    said = " ".join(result.output.replace("│", " ").split())
    assert "does not exist" in said and "missing" in said


def test_records_are_written_as_each_article_finishes() -> None:
    written: list[list[EventRecord]] = []

    def outcomes():  # type: ignore[no-untyped-def]
        yield Outcome(Article(text="a"), [EventRecord(article_id="a1")])
        assert len(written) == 1, "the first article's record was held back"
        yield Outcome(Article(text="b"), problem=InputProblem(input="b.txt", problem="the pipeline failed"))
        yield Outcome(Article(text="c"), [EventRecord(article_id="c1"), EventRecord(article_id="c2")])

    import io

    log = ProblemLog(stream=io.StringIO())
    assert write_outcomes(outcomes(), written.append, log) == 3
    assert [len(w) for w in written] == [1, 2]
    assert [p.input for p in log.problems] == ["b.txt"]


def test_a_bad_url_in_one_jsonl_line_does_not_end_the_batch(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [
        {"id": "bad-url", "text": GOOD, "url": "http://[x", "published": "2024-03-04"},
        {"id": "bad-date", "text": GOOD, "published": "x" * 5000},
        {"id": "good", "text": GOOD.replace("Aden", "Taiz"), "published": "2024-03-04"},
    ]
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(app, ["extract", str(path), "--jobs", "1", "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert {r["article_id"] for r in rows} == {"bad-url", "good"}  # the bad url is dropped, not the article
    [problem] = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert problem["line"] == 2 and "not an ISO date" in problem["problem"] and len(problem["problem"]) < 300
