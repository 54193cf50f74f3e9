"""Choosing readers: file types, --input-format, directories, standard input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from dateline.ingest import read_inputs, sniff
from dateline.types import Article, InputProblem

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def test_directory_is_read_recursively_sorted_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Troops entered Zinjibar on Sunday.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Police arrested a man in Aden on Monday.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden files are not news.", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("Neither are files in hidden folders.", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert [i.origin for i in items if isinstance(i, Article)] == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "two.txt")]
    [problem] = [i for i in items if isinstance(i, InputProblem)]
    assert problem.input == str(tmp_path / "notes.csv") and "unknown file type '.csv'" in problem.problem


def test_missing_file_and_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    items = list(read_inputs([str(tmp_path / "gone.txt"), str(tmp_path / "empty"), str(FIXTURES / "no-dateline.txt")]))
    assert isinstance(items[0], InputProblem) and "no such file" in items[0].problem
    assert isinstance(items[1], InputProblem) and "no files to read" in items[1].problem
    assert isinstance(items[2], Article)


def test_input_format_overrides_the_file_type(tmp_path: Path) -> None:
    path = tmp_path / "export.dat"
    path.write_text(json.dumps({"id": "x", "text": "Rockets hit Marib on Friday."}) + "\n", encoding="utf-8")
    [article] = read_inputs([str(path)], input_format="jsonl")
    assert isinstance(article, Article) and article.id == "x"
    with pytest.raises(ValueError, match="input format must be one of"):
        list(read_inputs([str(path)], input_format="pdf"))


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b'{"text": "x"}\n', "jsonl"),
        (b'[{"text": "x"}]', "jsonl"),
        (b"[Update] Troops moved in.", "txt"),
        (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', "feed"),
        (b"WARC/1.0\r\n", "warc"),
        (b"filedesc://crawl.arc 0.0.0.0 20160512000000 text/plain 76", "warc"),
        (b"KABUL - Two rockets hit the city.", "txt"),
    ],
)
def test_sniffing_standard_input(data: bytes, fmt: str) -> None:
    assert sniff(data) == fmt


def test_standard_input(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = b'{"id": "s1", "text": "Gunmen killed a guard in Taiz."}\nnot json\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines)))
    article, problem = read_inputs(["-"])
    assert isinstance(article, Article) and article.id == "s1" and article.origin == "<stdin>:1"
    assert isinstance(problem, InputProblem) and problem.input == "<stdin>" and problem.line == 2


def test_standard_input_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("ADEN — Police closed the port road.".encode())))
    [article] = read_inputs(["-"])
    assert isinstance(article, Article) and article.dateline == "ADEN" and article.text == "ADEN — Police closed the port road."


def test_gzipped_standard_input_is_decompressed_and_sniffed(monkeypatch: pytest.MonkeyPatch) -> None:
    import gzip

    data = gzip.compress(b'{"id": "z1", "text": "Gunmen killed a guard in Taiz."}\n')
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [article] = read_inputs(["-"])
    assert isinstance(article, Article) and article.id == "z1"


def test_heavy_readers_are_not_imported_with_the_package() -> None:
    code = "import sys, dateline.ingest; print(sorted(m for m in ('trafilatura', 'feedparser', 'warcio', 'htmldate') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"


def test_read_command_prints_articles_and_reports_problems() -> None:
    import typer
    from typer.testing import CliRunner

    from dateline.ingest.commands import register

    app, eval_app = typer.Typer(), typer.Typer()
    register(app, eval_app)

    @app.command("noop")
    def _noop() -> None:  # a second command keeps typer from collapsing the app into `read`
        pass

    runner = CliRunner()
    result = runner.invoke(app, ["read", str(FIXTURES / "kabul-wire.txt"), str(FIXTURES / "french.txt"), "--published", "2016-05-12"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [(r["dateline"], r["published"]) for r in rows] == [("KABUL, Afghanistan", "2016-05-12")]
    assert "french.txt: article is not in English" in result.stderr
    bad = runner.invoke(app, ["read", str(FIXTURES / "empty.txt")])
    assert bad.exit_code == 2


def test_damaged_inputs_never_crash_the_batch() -> None:
    """Bytes flipped, cut or inserted anywhere: always Articles or InputProblems, never an exception."""
    import random

    from dateline.ingest import read_bytes

    seeds = {name: (FIXTURES / name).read_bytes() for name in ("kabul-wire.txt", "articles.jsonl", "page.html", "feed.rss", "feed.atom")}
    formats = {".txt": "txt", ".jsonl": "jsonl", ".html": "html", ".rss": "feed", ".atom": "feed"}
    rng = random.Random(7)
    for _ in range(150):
        name = rng.choice(sorted(seeds))
        data = bytearray(seeds[name])
        for _ in range(rng.randint(1, 6)):
            pos = rng.randrange(len(data))
            choice = rng.random()
            if choice < 0.4:
                data[pos] = rng.randrange(256)
            elif choice < 0.7:
                del data[pos : pos + rng.randint(1, 40)]
            else:
                data[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 12)))
        fmt = rng.choice([formats[Path(name).suffix], None])
        items = list(read_bytes(bytes(data), name="damaged", input_format=fmt))
        assert all(isinstance(i, (Article, InputProblem)) for i in items)
