"""JSON Lines: good lines come through, each bad line is one problem with its line number."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from dateline.ingest import read_inputs
from dateline.types import Article, InputProblem

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
JSONL = FIXTURES / "articles.jsonl"
FALLBACK = dt.date(2016, 5, 12)


def test_good_lines_come_through_and_bad_lines_are_named() -> None:
    items = list(read_inputs([str(JSONL)], published=FALLBACK))
    articles = [i for i in items if isinstance(i, Article)]
    problems = {i.line: i for i in items if isinstance(i, InputProblem)}
    assert [a.id for a in articles] == ["j1", "j2", "j4"]
    assert set(problems) == {3, 6, 7, 8}
    assert all(p.input == str(JSONL) for p in problems.values())
    assert "malformed JSON" in problems[3].problem
    assert "no 'text' key" in problems[6].problem
    assert "'12/05/2016' is not an ISO date" in problems[7].problem
    assert "expected a JSON object" in problems[8].problem
    assert str(problems[3]).startswith(f"{JSONL}:3: ")


def test_fields_and_date_precedence() -> None:
    articles = {a.id: a for a in read_inputs([str(JSONL)], published=FALLBACK) if isinstance(a, Article)}
    first = articles["j1"]
    assert first.title == "Shelling kills two near Sanaa"
    assert first.url == "https://news.example.org/yemen/shelling"
    assert first.source == "Example Wire"
    assert first.dateline == "SANAA, Yemen"
    assert first.text == json.loads(JSONL.read_text(encoding="utf-8").splitlines()[0])["text"]  # exactly as given
    assert first.text[first.body_start:].startswith("Houthi fighters shelled")
    assert first.origin == f"{JSONL}:1"
    # the line's own date wins over --published; --published fills the gap
    assert first.published == dt.date(2016, 5, 10)
    assert articles["j2"].published == dt.date(2016, 5, 7)  # from an ISO datetime
    assert articles["j4"].published == FALLBACK


def test_json_array_file_and_explicit_dateline(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(
        json.dumps(
            [
                {"id": 7, "text": "Militants stormed a prison in Mukalla, freeing dozens.", "dateline": "Mukalla"},
                {"text": "Rockets hit an airbase near Lahij, a source said.", "url": "https://wire.example.com/x"},
            ]
        ),
        encoding="utf-8",
    )
    first, second = read_inputs([str(path)])
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.id, first.dateline, first.origin) == ("7", "Mukalla", f"{path}[0]")
    assert second.source == "wire.example.com" and second.id.startswith("a")


def test_non_english_and_oversized_lines(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    lines = [
        {"id": "fr", "text": "Les forces de sécurité ont arrêté trois hommes dans la ville mardi, selon un responsable local."},
        {"id": "big", "text": "Troops moved through the valley. " * 40},
        {"id": "ok", "text": "Two soldiers died in a clash near Ataq on Monday."},
        {"id": "empty", "text": "  "},
    ]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    items = list(read_inputs([str(path)], max_chars=500))
    problems = {i.line: i.problem for i in items if isinstance(i, InputProblem)}
    assert "not in English" in problems[1] and "French" in problems[1]
    assert "too long" in problems[2]
    assert "empty" in problems[4]
    assert [a.id for a in items if isinstance(a, Article)] == ["ok"]


def test_undecodable_line_is_skipped_alone(tmp_path: Path) -> None:
    path = tmp_path / "bytes.jsonl"
    path.write_bytes(
        b'{"id": "a", "text": "Caf\xe9 bombing in Aden."}\n{"id": "b", "text": "A patrol was ambushed near Ataq."}\n'
    )
    items = list(read_inputs([str(path)]))
    assert isinstance(items[0], InputProblem) and items[0].line == 1 and "not UTF-8" in items[0].problem
    assert isinstance(items[1], Article) and items[1].id == "b"


def test_empty_jsonl_file(tmp_path: Path) -> None:
    path = tmp_path / "none.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    [problem] = read_inputs([str(path)])
    assert isinstance(problem, InputProblem) and "empty JSON Lines file" in problem.problem


def test_pretty_printed_json_object(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"id": "p1", "text": "Troops shelled a village near Sirwah.", "published": "2016-05-02"}, indent=2), encoding="utf-8")
    [article] = read_inputs([str(path)])
    assert isinstance(article, Article) and (article.id, article.published) == ("p1", dt.date(2016, 5, 2))
