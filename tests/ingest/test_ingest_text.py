"""Plain-text reading: datelines, headlines, encodings, empty and oversized files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dateline.ingest import article_from_text, read_inputs
from dateline.ingest.metadata import split_dateline, split_headline
from dateline.types import Article, InputProblem

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "al-mukalla.txt"
PUB = dt.date(2016, 5, 12)


def read(*paths: Path | str, **kwargs: object) -> list[Article | InputProblem]:
    return list(read_inputs([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "place", "rest"),
    [
        (
            "Al Mukalla: Fifty soldiers arrived at the port on Sunday to guard the fuel terminal, officials said.",
            "Al Mukalla",
            "Fifty soldiers arrived at the port on Sunday to guard the fuel terminal, officials said.",
        ),
        ("ADEN, Yemen (Reuters) - Police said.", "ADEN, Yemen", "Police said."),
        ("KABUL — Gunmen fired on a bus.", "KABUL", "Gunmen fired on a bus."),
        ("KABUL—Gunmen fired on a bus.", "KABUL", "Gunmen fired on a bus."),
        ("MOGADISHU, Somalia, May 3 (AP) — A bomb went off.", "MOGADISHU, Somalia", "A bomb went off."),
        ("BEIRUT/DAMASCUS (Reuters) - Shells fell.", "BEIRUT/DAMASCUS", "Shells fell."),
        ("Sanaa (AFP) -- Houthi fighters advanced.", "Sanaa", "Houthi fighters advanced."),
        ("WASHINGTON, D.C. — The envoy spoke.", "WASHINGTON, D.C.", "The envoy spoke."),
        (
            "Al-Mukalla, Hadramawt: Troops deployed along the coast road overnight after a week of attacks on checkpoints.",
            "Al-Mukalla, Hadramawt",
            "Troops deployed along the coast road overnight after a week of attacks on checkpoints.",
        ),
        ("TAIZ: Shelling hit two homes in the old city on Friday, killing a child and wounding three, medics said.", "TAIZ",
         "Shelling hit two homes in the old city on Friday, killing a child and wounding three, medics said."),
        # the South Asian wires' style: a date and an agency, no dash
        ("Quetta, Mar 9 (APP) Levies personnel arrested two men at a checkpoint.", "Quetta",
         "Levies personnel arrested two men at a checkpoint."),
        # local press dates its dateline in figures
        ("LIMA, 04/06/2025 - Police cleared a road block.", "LIMA", "Police cleared a road block."),
        ("Kayes, 12.05.2023. - Gendarmes detained two traders at the market on Friday after a quarrel over fees turned violent.",
         "Kayes", "Gendarmes detained two traders at the market on Friday after a quarrel over fees turned violent."),
    ],
)
def test_datelines_are_cut_from_the_text(text: str, place: str, rest: str) -> None:
    assert split_dateline(text) == (place, rest)


@pytest.mark.parametrize(
    "text",
    [
        "Update: The army said ten people died.",
        "The attack — which came at dawn — killed two.",
        "In Aden, police arrested four men.",
        "Police: three dead after a blast in Aden.",
        "Saudi Arabia — which leads the coalition — denied it.",
        "Breaking News: Troops entered the town.",
        "Yesterday — Troops entered the town.",
        # headline style "Speaker: claim." or "Topic: news." — too short to be a lead sentence
        "Hadi: No talks until the rebels withdraw. The president spoke in Riyadh on Monday.",
        "Football: Aden side wins the cup. The final was played in front of a small crowd.",
        "TAIZ: Two hurt in shelling.",
        "The African Union (AU) Peace and Security Council met in Addis Ababa on Monday to discuss Sudan.",
    ],
)
def test_sentences_are_not_mistaken_for_datelines(text: str) -> None:
    assert split_dateline(text) == (None, text)


def test_headline_only_when_clearly_one() -> None:
    assert split_headline("Troops retake port city\n\nAden: Yemeni troops moved in.") == (
        "Troops retake port city",
        "Aden: Yemeni troops moved in.",
    )
    # a full sentence, no blank line after it, or nothing after it: not a headline
    for text in ("Troops retook the port city.\n\nMore text.", "Troops retake port city\nMore text.", "Troops retake port city\n\n"):
        assert split_headline(text) == (None, text)


def test_worked_example_keeps_its_place_hint_and_text() -> None:
    [article] = read(EXAMPLE, published=PUB)
    assert isinstance(article, Article)
    assert article.dateline == "Al Mukalla"
    assert article.text == EXAMPLE.read_text(encoding="utf-8")  # the file, exactly: offsets index it
    assert article.text[article.body_start:].startswith("Fifty-seven junior Al Qaida operatives surrendered")
    assert article.title is None
    assert article.published == PUB
    assert article.source == "al-mukalla"
    assert article.origin == str(EXAMPLE)
    assert article.id.startswith("a") and len(article.id) == 17


def test_wire_story_headline_and_dateline() -> None:
    [article] = read(FIXTURES / "kabul-wire.txt")
    assert isinstance(article, Article)
    assert article.title == "Roadside bomb hits police convoy near Kabul"
    assert article.dateline == "KABUL, Afghanistan"
    assert article.text == (FIXTURES / "kabul-wire.txt").read_text(encoding="utf-8")
    assert article.text[article.body_start:].startswith("A roadside bomb struck a police convoy")
    assert article.published is None  # plain text has no date of its own


def test_latin1_file_is_reported_not_mojibaked(tmp_path: Path) -> None:
    bad = tmp_path / "taiz.txt"
    bad.write_bytes("Gunmen attacked a café in Taiz on Monday, residents said.".encode("latin-1"))
    good = tmp_path / "zinjibar.txt"
    good.write_text("Troops entered Zinjibar on Sunday, officials said.", encoding="utf-8")
    items = read(bad, good)
    [problem] = [i for i in items if isinstance(i, InputProblem)]
    assert problem.input == str(bad)
    assert "not UTF-8" in problem.problem and "0xe9" in problem.problem
    assert [a.text for a in items if isinstance(a, Article)] == ["Troops entered Zinjibar on Sunday, officials said."]


def test_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbfKABUL \xe2\x80\x94 Two rockets hit the city.\r\nNobody was hurt.\r\n")
    [article] = read(path)
    assert isinstance(article, Article)
    assert article.dateline == "KABUL"
    assert article.text == "KABUL \u2014 Two rockets hit the city.\r\nNobody was hurt.\r\n"  # BOM gone, CRLF kept
    assert article.text[article.body_start:].startswith("Two rockets")


@pytest.mark.parametrize("name", ["empty.txt", "blank.txt"])
def test_empty_files_are_problems(name: str) -> None:
    items = read(FIXTURES / name, FIXTURES / "no-dateline.txt")
    assert isinstance(items[0], InputProblem)
    assert items[0].input == str(FIXTURES / name) and "empty article" in items[0].problem
    assert isinstance(items[1], Article)


def test_oversized_document_is_a_problem(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Police patrolled the market in Aden on Friday. " * 100, encoding="utf-8")
    items = read(big, FIXTURES / "dateline-colon.txt", max_chars=2000)
    assert isinstance(items[0], InputProblem)
    assert items[0].input == str(big)
    assert "too long" in items[0].problem and "4,700" in items[0].problem and "2,000" in items[0].problem
    assert isinstance(items[1], Article) and items[1].dateline == "Al Mukalla"


def test_article_from_text_for_other_stages() -> None:
    article = article_from_text("ADEN, Yemen — Police arrested two men.", published=PUB)
    assert (article.dateline, article.text, article.published) == ("ADEN, Yemen", "ADEN, Yemen — Police arrested two men.", PUB)
    assert article.body_start == len("ADEN, Yemen — ")
    with pytest.raises(ValueError, match="empty"):
        article_from_text("   ")


def test_byline_between_headline_and_dateline(tmp_path: Path) -> None:
    path = tmp_path / "byline.txt"
    path.write_text("Clashes near Marib\n\nBy Sam Example and Lee Sample\n\nMARIB, Yemen — Tribal fighters clashed with rebels.\n", encoding="utf-8")
    [article] = read(path)
    assert isinstance(article, Article)
    assert (article.title, article.dateline) == ("Clashes near Marib", "MARIB, Yemen")
    assert article.text == path.read_text(encoding="utf-8")
    assert article.text[article.body_start:] == "Tribal fighters clashed with rebels.\n"


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_bytes(b"x" * 5000)
    [problem] = read(path, max_chars=1000)
    assert isinstance(problem, InputProblem) and "too large (5,000 bytes)" in problem.problem


@pytest.mark.parametrize("text", ["ISIS: The group claimed the attack.", "President Hadi: We will retake the city.", "Day 3: Troops advance."])
def test_labels_and_speakers_are_not_datelines(text: str) -> None:
    assert split_dateline(text)[0] is None


def test_windows_1252_dash_read_as_latin1_still_marks_a_dateline() -> None:
    text = "KABUL \x97 Police said the \x93attack\x94 was over."
    article = article_from_text(text)
    assert (article.dateline, article.text) == ("KABUL", text)  # the text is the user's, even its odd characters


@pytest.mark.parametrize("byline", ["By our correspondent in Kandi", "By a staff reporter"])
def test_a_byline_without_a_name_is_still_a_byline(tmp_path: Path, byline: str) -> None:
    path = tmp_path / "byline.txt"
    path.write_text(f"Gunmen raid border post\n\n{byline}\n\nTwo soldiers were killed overnight.\n", encoding="utf-8")
    [article] = read(path)
    assert article.text[article.body_start:] == "Two soldiers were killed overnight.\n"


def test_a_sentence_opening_with_by_is_no_byline(tmp_path: Path) -> None:
    path = tmp_path / "by.txt"
    path.write_text("Gunmen raid border post\n\nBy the time troops arrived, the post was empty.\n\nMore later.\n", encoding="utf-8")
    [article] = read(path)
    assert article.text[article.body_start:].startswith("By the time troops arrived")
