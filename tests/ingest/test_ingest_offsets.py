"""Every evidence span indexes the text the user sees: the file itself for txt and JSONL,
the text ``dateline read`` prints for HTML, feeds and WARC.  Headlines, bylines, wire
datelines, "Place:" openings, leading blank lines and CRLF line ends all stay in the text."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app

LEAD = "Gunmen killed two soldiers at a checkpoint in Aden on Monday, officials said."
MORE = "Police arrested four men in Taiz on Tuesday after a bomb damaged the market."


def run(*args: str) -> list[dict]:
    result = CliRunner().invoke(app, [*args, "--published", "2024-03-06"] + (["--jobs", "1", "--all-modalities"] if args[0] == "extract" else []))
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def assert_spans_index(texts: dict[str, str], records: list[dict]) -> None:
    assert records, "no event came out: the test would prove nothing"
    n = 0
    for record in records:
        text = texts[record["article_id"]]
        for field, spans in record["evidence"].items():
            for span in spans:
                assert text[span["start"]:span["end"]] == span["text"], (field, span)
                n += 1
    assert n >= 4


TXT = {
    "blank-lines.txt": f"\n\n   {LEAD}\n\n{MORE}\n",
    "wire.txt": f"Soldiers killed in Aden\n\nBy A. Writer\n\nADEN, Yemen (AP) _ {LEAD}\n\n{MORE}\n",
    "colon.txt": f"Al Mukalla: {LEAD} {MORE}",
    "crlf.txt": f"KABUL \u2014 {LEAD}\r\n\r\n{MORE}\r\n",
}


@pytest.mark.parametrize("name", sorted(TXT))
def test_txt_spans_index_the_file_as_written(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(TXT[name].encode("utf-8"))
    records = run("extract", str(path))
    [article] = run("read", str(path))
    assert article["text"] == TXT[name]
    assert_spans_index({article["id"]: TXT[name]}, records)


def test_jsonl_spans_index_the_text_field_as_given(tmp_path: Path) -> None:
    items = [
        {"id": "j1", "text": f"\n  NAIROBI, Kenya (AP) _ {LEAD}\n\n{MORE}"},
        {"id": "j2", "text": f"Al Mukalla: {LEAD}\r\n{MORE}"},
    ]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(i) for i in items) + "\n", encoding="utf-8")
    assert_spans_index({i["id"]: i["text"] for i in items}, run("extract", str(path)))
    hints = {a["id"]: a["dateline"] for a in run("read", str(path))}
    assert hints == {"j1": "NAIROBI, Kenya", "j2": "Al Mukalla"}


def page(title: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><nav>Home | World</nav><article><h1>{title}</h1>"
            f"<p>ADEN, Yemen \u2014 {LEAD}</p><p>{MORE}</p></article><footer>About us</footer></body></html>")


def read_and_extract(path: Path) -> None:
    texts = {a["id"]: a["text"] for a in run("read", str(path))}
    assert all(t.startswith("ADEN, Yemen \u2014 ") for t in texts.values())  # the dateline stays in the text
    assert_spans_index(texts, run("extract", str(path)))


def test_html_spans_index_the_text_read_prints(tmp_path: Path) -> None:
    path = tmp_path / "p.html"
    path.write_text(page("Soldiers killed in Aden"), encoding="utf-8")
    read_and_extract(path)


def test_feed_spans_index_the_text_read_prints(tmp_path: Path) -> None:
    import html

    path = tmp_path / "f.rss"
    body = html.escape(f"<p>ADEN, Yemen \u2014 {LEAD}</p><p>{MORE}</p>")
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>http://[x</link>'
        f"<item><title>Soldiers killed</title><link>https://example.org/a</link><description>{body}</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    read_and_extract(path)


def test_warc_spans_index_the_text_read_prints(tmp_path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://example.org/aden", "response", payload=io.BytesIO(page("Aden").encode()), http_headers=headers))
    path = tmp_path / "c.warc.gz"
    path.write_bytes(buf.getvalue())
    read_and_extract(path)
