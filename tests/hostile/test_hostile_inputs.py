"""Hostile and careless inputs, each generated here: every one is read (or refused) with a clear
problem line, in under 10 s and 1 GB, and the batch goes on."""

from __future__ import annotations

import gzip
import io
import json
import os
import zlib
from pathlib import Path

import pytest
from hostile_helpers import measure, read_in_child

from dateline.ingest import ReadOptions, read_bytes, read_inputs, read_source
from dateline.ingest.sources import Source
from dateline.types import Article, InputProblem

SECONDS = 10.0
MB = 1024.0
GOOD = "Gunmen killed two soldiers at a checkpoint in Aden on Monday, officials said."


def kinds(items: list) -> list[str]:
    return [i["kind"] for i in items]


def gzip_of_zeros(n_bytes: int) -> bytes:
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    out = [comp.compress(block) for _ in range(n_bytes >> 20)]
    return b"".join(out) + comp.flush()


@pytest.mark.parametrize("n_bytes", [50 << 20, 1100 << 20])
def test_gzip_bomb_without_a_warc_header(tmp_path: Path, n_bytes: int) -> None:
    bomb = tmp_path / "bomb.warc.gz"
    bomb.write_bytes(gzip_of_zeros(n_bytes))
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    cost = read_in_child(bomb, good)
    problem, article = cost.json()
    assert problem["kind"] == "InputProblem" and "not a WARC or ARC file" in problem["problem"]
    assert len(problem["problem"]) < 300 and len(cost.stderr) < 1000  # the input is never quoted at length
    assert article["kind"] == "Article"
    assert cost.seconds < SECONDS and cost.peak_mb < MB, cost


def test_gzip_bomb_behind_a_valid_warc_header(tmp_path: Path) -> None:
    """A real first record, then a member of a gigabyte of newlines: the header budget stops it."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    page = f"<html><body><article><p>{GOOD}</p><p>{GOOD}</p></article></body></html>".encode()
    writer.write_record(writer.create_warc_record("https://example.org/a", "response", payload=io.BytesIO(page), http_headers=headers))
    comp = zlib.compressobj(9, zlib.DEFLATED, 31)
    newlines = b"".join(comp.compress(b"\n" * (1 << 20)) for _ in range(1024)) + comp.flush()
    path = tmp_path / "tail.warc.gz"
    path.write_bytes(buf.getvalue() + newlines)
    cost = read_in_child(path)
    article, problem = cost.json()
    assert article["kind"] == "Article" and problem["kind"] == "InputProblem"
    assert "record 2" in problem["problem"] and ("headers run over" in problem["problem"] or "decompresses more than" in problem["problem"])
    assert cost.seconds < SECONDS and cost.peak_mb < MB, cost


@pytest.mark.parametrize("compressed", [False, True])
def test_warc_record_with_a_1_2_gb_body_is_skipped_not_read_whole(compressed: bool) -> None:
    code = f"""
import json
from dateline.ingest import ReadOptions, read_source
from dateline.ingest.sources import Source
src = Source("huge.warc", "warc", lambda: huge_warc(1200 << 20, gzip={compressed}))
items = list(read_source(src, ReadOptions()))
print(json.dumps([str(i)[:300] for i in items]))
"""
    cost = measure(code, timeout=120)
    problems = cost.json()
    assert len(problems) >= 1 and any("larger than" in p or "decompresses more than" in p for p in problems), problems
    assert cost.seconds < SECONDS and cost.peak_mb < MB, cost


def test_bad_urls_in_warc_and_feeds_are_dropped_not_fatal(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    page = f"<html><body><article><p>{GOOD}</p><p>{GOOD}</p></article></body></html>".encode()
    writer.write_record(writer.create_warc_record("http://[x", "response", payload=io.BytesIO(page), http_headers=headers))
    [article] = read_bytes(buf.getvalue(), "bad-uri.warc", "warc")
    assert isinstance(article, Article) and article.url is None

    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>http://[x</link>'
        f"<item><title>One</title><link>http://[x</link><description>&lt;![ {GOOD}</description></item>"
        f"<item><title>Two</title><description>&lt;![CDATA[ {GOOD} ]]&gt; &lt;![if x]&gt;</description></item>"
        "</channel></rss>"
    ).encode()
    items = list(read_bytes(feed, "bad.rss", "feed"))
    articles = [i for i in items if isinstance(i, Article)]
    assert len(articles) == 2, items
    assert all(GOOD in a.text for a in articles) and articles[0].url is None


def test_symlink_loops_are_followed_once(tmp_path: Path) -> None:
    root = tmp_path / "crawl"
    (root / "a").mkdir(parents=True)
    (root / "a" / "report.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(root, root / "a" / "loop")  # a/loop -> crawl: a loop
    os.symlink(root / "a", root / "again")  # a second way into a
    os.symlink(root / "a" / "report.txt", root / "link.txt")  # the same file by another name
    cost = read_in_child(root, timeout=30)
    items = cost.json()
    assert kinds(items) == ["Article"], items
    assert cost.seconds < SECONDS


def test_unreadable_directory_is_one_problem_and_the_batch_goes_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "x.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "open.txt").write_text(GOOD, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_inputs([str(tmp_path)]))
    problem, article = items
    assert isinstance(problem, InputProblem) and problem.input.endswith("locked") and "Permission denied" in problem.problem
    assert isinstance(article, Article)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any directory")
def test_unreadable_directory_for_real(tmp_path: Path) -> None:  # pragma: no cover - CI runs as root
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0)
    try:
        [problem] = read_inputs([str(tmp_path)])[:1]
        assert isinstance(problem, InputProblem)
    finally:
        locked.chmod(0o755)


def test_malformed_xml_declaration_and_huge_pages_parse_fast(tmp_path: Path) -> None:
    paragraphs = "".join(f"<p>{GOOD}</p>" for _ in range(3))
    decl = tmp_path / "decl.html"
    decl.write_text("<?xml " + " " * 200_000 + "x" + f"<html><body><article>{paragraphs}</article></body></html>", encoding="utf-8")
    doctype = tmp_path / "doctype.html"
    doctype.write_text("<!DOCTYPE " + "/" * 200_000 + f"<html><body><article>{paragraphs}</article></body></html>", encoding="utf-8")
    big = tmp_path / "big.html"
    rows = "".join(f"<div class='c{n}'><span>{n}</span><a href='/x/{n}'>more</a></div>" for n in range(4000))
    big.write_text(f"<html><body><nav>{rows}</nav><article>{paragraphs}</article></body></html>", encoding="utf-8")
    assert big.stat().st_size > 200_000
    cost = read_in_child(decl, doctype, big, timeout=60)
    items = cost.json()
    assert kinds(items) == ["Article", "Article", "Article"], items
    assert all(GOOD in i["text"] for i in items)
    assert cost.seconds < SECONDS and cost.peak_mb < MB, cost


def test_html_parsing_runs_under_the_time_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def endless(*args: object, **kwargs: object) -> None:
        while True:
            pass

    monkeypatch.setattr(trafilatura, "bare_extraction", endless)
    page = f"<html><body><p>{GOOD}</p></body></html>".encode()
    [problem] = read_source(Source("slow.html", "html", lambda: io.BytesIO(page)), ReadOptions(time_limit=0.5))
    assert isinstance(problem, InputProblem) and "time limit of 0.5 s" in problem.problem


def test_hidden_text_is_not_read() -> None:
    page = (
        "<html><body><article>"
        f"<p>{GOOD}</p><template><p>Rebels seized the airport in Mukalla on Friday.</p></template>"
        "<p hidden>Troops shelled the village of Zinjibar overnight.</p>"
        "<div aria-hidden='true'><p>Militants beheaded a hostage.</p></div>"
        "<div style='display: none'><p>A drone strike killed nine people.</p></div>"
        f"<p>{GOOD.replace('Aden', 'Taiz')}</p></article></body></html>"
    ).encode()
    [article] = read_bytes(page, "page.html", "html")
    assert isinstance(article, Article)
    for hidden in ("airport", "Zinjibar", "beheaded", "drone"):
        assert hidden not in article.text
    assert "Aden" in article.text and "Taiz" in article.text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_files_are_read(tmp_path: Path, encoding: str) -> None:
    text = f"ADEN, Yemen \u2014 {GOOD}\n\nPolice said the caf\u00e9 was closed."
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode(encoding))
    [article] = read_inputs([str(path)])
    assert isinstance(article, Article) and article.text == text and article.dateline == "ADEN, Yemen"
    lines = tmp_path / "lines.jsonl"
    lines.write_bytes((json.dumps({"id": "u1", "text": text}) + "\n").encode("utf-16"))
    [item] = read_inputs([str(lines)])
    assert isinstance(item, Article) and item.text == text
    page = tmp_path / "page.html"
    page.write_bytes(f"<html><body><article><p>{GOOD}</p><p>{GOOD}</p></article></body></html>".encode("utf-16"))
    [html_article] = read_inputs([str(page)])
    assert isinstance(html_article, Article) and GOOD in html_article.text


def test_latin1_is_still_refused_with_advice(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(f"{GOOD} The caf\u00e9 was shut.".encode("latin-1"))
    [problem] = read_inputs([str(path)])
    assert isinstance(problem, InputProblem) and "not UTF-8 or UTF-16" in problem.problem and "iconv" in problem.problem


def test_gzipped_jsonl_and_an_overlong_line(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl.gz"
    lines = [json.dumps({"id": "a", "text": GOOD}), json.dumps({"id": "long", "text": "x" * 5000}), json.dumps({"id": "b", "text": GOOD})]
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    items = list(read_inputs([str(path)], options=ReadOptions(max_record_bytes=1000)))
    assert [getattr(i, "id", None) for i in items] == ["a", None, "b"]
    assert isinstance(items[1], InputProblem) and items[1].line == 2 and "longer than 1,000 bytes" in items[1].problem
