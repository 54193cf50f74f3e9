"""A headline and a dateline stay in the text (offsets index what the user gave) but are not the report:
no event from a headline alone, and the parser starts a sentence where the body starts."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline import pipeline
from dateline.ingest import article_from_text


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return pipeline.build()


def test_a_headline_alone_reports_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Bomb kills five soldiers in Kabul\n\nThe weather in Kabul was mild on Sunday and markets were busy, officials said.\n"
    article = article_from_text(text, published=dt.date(2024, 3, 4))
    assert article.title == "Bomb kills five soldiers in Kabul" and article.text == text
    [(_, records)] = pipeline.extract(nlp, [article], all_modalities=True)
    assert records == []


def test_the_same_words_in_the_body_do_report_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kabul news\n\nA bomb killed five soldiers in Kabul on Sunday, officials said.\n"
    [(_, records)] = pipeline.extract(nlp, [article_from_text(text, published=dt.date(2024, 3, 4))])
    assert records and all(text[s.start:s.end] == s.text for r in records for spans in r.evidence.values() for s in spans)


def test_the_body_starts_a_sentence_after_a_colon_dateline(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Al Mukalla: Fifty soldiers arrived at the port on Sunday to guard the fuel terminal, officials said."
    article = article_from_text(text)
    doc = nlp(pipeline.make_doc(nlp, article))
    starts = [s.start_char for s in doc.sents]
    assert article.body_start in starts and article.dateline == "Al Mukalla"


def test_a_word_in_lower_case_going_on_a_line_starts_no_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    # Split after "afternoon", the bombing's sentence lost the day that dates it.
    text = "5/ KASSALA: yesterday (Monday) afternoon an SAF warplane bombed the area around the cattle market."
    [(_, records)] = pipeline.extract(nlp, [article_from_text(text, published=dt.date(2024, 9, 3))])
    doc = nlp(pipeline.make_doc(nlp, article_from_text(text)))
    assert len(list(doc.sents)) == 1
    assert [r.event_date for r in records] == [dt.date(2024, 9, 2)]


def test_a_dated_heading_over_a_paragraph_is_a_sentence_of_its_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Police statement on the weekend's unrest in two towns.\n\n"
            "Saturday 7 June\nStone throwing broke out near the market square after a march and lasted for hours. "
            "Nine officers were hurt.\n\n"
            "Sunday 8 June\nYouths set two cars alight on the ring road. Three people were arrested.\n")
    doc = nlp(pipeline.make_doc(nlp, article_from_text(text)))
    starts = {s.start_char for s in doc.sents}
    assert text.index("Stone throwing") in starts and text.index("Youths set") in starts


@pytest.mark.parametrize("text", [
    "A drone hit a convoy approx. 30 km west of the town on Friday, killing four fighters.",
    "Police Insp. Peter Kamau said officers held two men at a roadblock.",
    "Gunmen raided vill. Khoda of the district late on Sunday.",
])
def test_no_sentence_ends_at_an_abbreviation_that_never_closes_one(nlp, text) -> None:  # type: ignore[no-untyped-def]
    """Forty-sixth session: the parser split "approx. | 30 km west of ..." and the strike lost its place."""
    assert len(list(nlp(text).sents)) == 1


def test_a_unit_abbreviation_may_still_close_a_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    """Guard: "hrs." and "dist." can end a sentence, so the next one still starts."""
    assert len(list(nlp("The firing stopped at 0400 hrs. Troops then searched the area.").sents)) == 2
