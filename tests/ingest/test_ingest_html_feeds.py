"""HTML pages (trafilatura + htmldate) and RSS/Atom feeds (feedparser)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from dateline.ingest import read_inputs
from dateline.ingest.html import decode_html, html_to_text
from dateline.types import Article, InputProblem

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
PAGE = FIXTURES / "page.html"


def only(items: list[Article | InputProblem]) -> Article:
    [article] = items
    assert isinstance(article, Article), article
    return article


def test_html_page_text_title_date_and_dateline() -> None:
    article = only(list(read_inputs([str(PAGE)])))
    assert article.title == "Checkpoint attack in Lahij"
    assert article.published == dt.date(2016, 5, 11)  # from the page's meta tag
    assert article.dateline == "AL HAWTAH, Yemen"
    assert article.text.startswith("AL HAWTAH, Yemen — Gunmen attacked an army checkpoint")  # the dateline stays in the text
    assert article.text[article.body_start:].startswith("Gunmen attacked")
    assert "Home" not in article.text and "Copyright" not in article.text  # boilerplate dropped
    assert "\n\nThe attackers fled" in article.text  # paragraphs kept apart
    assert article.source == "Example Gazette"
    assert article.origin == str(PAGE)


def test_callers_published_wins_for_html() -> None:
    article = only(list(read_inputs([str(PAGE)], published=dt.date(2016, 5, 20))))
    assert article.published == dt.date(2016, 5, 20)


def test_html_charset_declared_by_the_page(tmp_path: Path) -> None:
    page = tmp_path / "latin.htm"
    body = "<p>Gunmen attacked a café in Taiz on Monday, killing two guards, residents said.</p>" * 2
    page.write_bytes(f'<html><head><meta charset="iso-8859-1"></head><body>{body}</body></html>'.encode("latin-1"))
    article = only(list(read_inputs([str(page)])))
    assert "café" in article.text


def test_undecodable_and_empty_pages_are_problems(tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"<html><body><p>Caf\xe9 attack</p></body></html>")
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><title>Nothing</title></head><body></body></html>", encoding="utf-8")
    items = list(read_inputs([str(bad), str(empty), str(PAGE)]))
    assert isinstance(items[0], InputProblem) and items[0].input == str(bad) and "not valid utf-8" in items[0].problem
    assert isinstance(items[1], InputProblem) and items[1].input == str(empty) and "no article text" in items[1].problem
    assert isinstance(items[2], Article)


def test_decode_html_prefers_declared_charset() -> None:
    assert decode_html("é".encode("cp1252"), "windows-1252") == "é"


def test_html_to_text_keeps_paragraphs() -> None:
    assert html_to_text("<p>One &amp; two.</p><p>Three<br>four</p><script>x()</script>") == "One & two.\n\nThree\n\nfour"


def test_rss_feed_entries() -> None:
    feed = FIXTURES / "feed.rss"
    items = list(read_inputs([str(feed)], published=dt.date(2016, 5, 12)))
    assert all(isinstance(i, Article) for i in items)
    first, second = items
    assert isinstance(first, Article) and isinstance(second, Article)
    assert first.title == "Militants ambush patrol in Shabwa"
    assert first.url == "https://monitor.example.net/2016/05/shabwa-ambush"
    assert first.published == dt.date(2016, 5, 9)  # the entry's own date wins
    assert first.dateline == "ATAQ, Yemen"
    assert first.text == "ATAQ, Yemen — Militants ambushed an army patrol near Ataq on Monday, wounding four soldiers, a local official said.\n\nThe patrol was returning from a nearby village."
    assert first.body_start == len("ATAQ, Yemen — ")
    assert first.source == "Example Security Monitor"
    assert first.origin == f"{feed}#entry 1"
    assert second.published == dt.date(2016, 5, 12)  # no date of its own: --published fills it


def test_atom_feed_prefers_full_content_and_published_date() -> None:
    article = only(list(read_inputs([str(FIXTURES / "feed.atom")])))
    assert article.text.startswith("ADEN (AFP) - Police raided a house in the Crater district")
    assert article.dateline == "ADEN"
    assert article.published == dt.date(2016, 5, 11)  # published, not updated
    assert article.url == "https://field.example.com/reports/crater-raid"


def test_broken_feed_reads_what_it_can() -> None:
    feed = FIXTURES / "broken-feed.rss"
    items = list(read_inputs([str(feed)]))
    problems = [i for i in items if isinstance(i, InputProblem)]
    articles = [i for i in items if isinstance(i, Article)]
    assert problems[0].input == str(feed) and "not well-formed" in problems[0].problem and "read 2 entries anyway" in problems[0].problem
    assert [a.title for a in articles] == ["Clashes reported in Marib"]
    # the unfinished second entry has no text: one problem naming it
    assert problems[1].input == f"{feed}#entry 2" and "empty" in problems[1].problem


def test_hopeless_feed_is_one_problem() -> None:
    feed = FIXTURES / "hopeless-feed.rss"
    problem, *good = read_inputs([str(feed), str(FIXTURES / "feed.atom")])
    assert isinstance(problem, InputProblem)
    assert problem.input == str(feed) and "not a readable RSS/Atom feed" in problem.problem
    assert [type(g) for g in good] == [Article]


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "data.xml"
    path.write_text("<?xml version='1.0'?><records><r>1</r></records>", encoding="utf-8")
    problem, good = read_inputs([str(path), str(PAGE)])
    assert isinstance(problem, InputProblem) and problem.input == str(path) and "not an RSS or Atom feed" in problem.problem
    assert isinstance(good, Article)


def test_short_page_drops_menu_and_repeated_headline(tmp_path: Path) -> None:
    page = tmp_path / "short.html"
    page.write_text(
        "<html><head><title>Blast in Zinjibar</title></head><body><nav>Home | News</nav>"
        "<article><h1>Blast in Zinjibar</h1><p>A blast hit Zinjibar market.</p></article></body></html>",
        encoding="utf-8",
    )
    article = only(list(read_inputs([str(page)])))
    assert (article.title, article.text) == ("Blast in Zinjibar", "A blast hit Zinjibar market.")
