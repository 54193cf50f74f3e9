"""Record assembly: one row per event, back-references merged, notes composed, evidence exact."""

import datetime as dt

import pytest

from dateline import pipeline
from dateline.records.row import ascii_name, compose_notes
from dateline.types import Article, EventRecord

PUBLISHED = dt.date(2021, 3, 3)  # a Wednesday


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return pipeline.build()


def run(nlp, text: str) -> list[EventRecord]:  # type: ignore[no-untyped-def]
    ((_, records),) = list(pipeline.extract(nlp, [Article(text=text, published=PUBLISHED)], all_modalities=True))
    return records


def test_back_reference_joins_the_event_it_refers_to(nlp) -> None:  # type: ignore[no-untyped-def]
    records = run(nlp, "Taliban fighters attacked a police checkpoint in Kandahar on Monday. "
                       "Two officers were killed in the attack, which lasted an hour.")
    assert len(records) == 1
    r = records[0]
    assert r.event_date == dt.date(2021, 3, 1) and r.fatalities == 2
    assert r.location == "Kandahar" and r.country == "Afghanistan"
    assert len(r.evidence["sub_event_type"]) == 2


def test_two_events_on_two_days_in_two_places_are_two_rows(nlp) -> None:  # type: ignore[no-untyped-def]
    records = run(nlp, "Government troops clashed with Al Shabaab fighters near Baidoa on Sunday, leaving five dead. "
                       "Separately, a roadside bomb exploded in Mogadishu on Saturday.")
    by_type = {r.sub_event_type: r for r in records}
    assert set(by_type) == {"Armed clash", "Remote explosive/landmine/IED"}
    assert by_type["Armed clash"].fatalities == 5 and by_type["Armed clash"].actor2 == "Al Shabaab"
    assert by_type["Remote explosive/landmine/IED"].location == "Mogadishu"
    assert by_type["Remote explosive/landmine/IED"].event_date == dt.date(2021, 2, 27)


def test_out_of_scope_report_gives_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    assert run(nlp, "A strong earthquake struck eastern Turkey on Friday, killing 12 people.") == []


def test_notes_are_composed_not_copied(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Thousands of teachers marched peacefully through Nairobi on Tuesday to demand higher pay."
    (r,) = run(nlp, text)
    assert r.notes and r.notes.startswith("On 2 March 2021, Peaceful protest (Protests) in Nairobi")
    assert "teachers marched" not in r.notes


def test_row_ids_carry_the_country_code(nlp) -> None:  # type: ignore[no-untyped-def]
    (r,) = run(nlp, "Thousands of teachers marched peacefully through Nairobi on Tuesday to demand higher pay.")
    assert r.event_id_cnty and r.event_id_cnty.startswith("KEN-")
    assert r.region == "Eastern Africa" and r.iso == 404


def test_ascii_names_like_acled() -> None:
    assert ascii_name("Ḩaḑramawt") == "Hadramawt"
    assert ascii_name("Kandahār") == "Kandahar"


def test_compose_notes_flags_modality_and_background() -> None:
    r = EventRecord(event_type="Violence against civilians", sub_event_type="Attack", modality="planned",
                    event_date=dt.date(2015, 10, 15), time_precision=3, historical=True, location="Aden")
    notes = compose_notes(r)
    assert notes.startswith("In October 2015, Attack")
    assert "planned" in notes and "Background" in notes


def test_sentence_without_a_verb_still_gets_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    # A headline-style sentence has no verb on the path to its root: the clause search must stop there.
    records = run(nlp, "Heavy clashes between rival militias near Tripoli, with three fighters dead.")
    assert records and records[0].location == "Tripoli"


def test_unknown_stage_is_named() -> None:
    with pytest.raises(ValueError, match="unknown stage 'geocode'"):
        pipeline.build(stages=["geocode"])


def test_an_event_dated_after_publication_is_planned_with_its_date_as_evidence(nlp) -> None:  # type: ignore[no-untyped-def]
    # No word says "planned": the date alone (a week after the report) does.
    (r,) = run(nlp, "Teachers in Nairobi stage a protest outside parliament on March 10 over unpaid salaries.")
    assert r.event_date == dt.date(2021, 3, 10)
    assert r.modality == "planned"
    assert [e.text for e in r.evidence["modality"]] == ["March 10"]


def test_an_event_dated_before_publication_stays_asserted(nlp) -> None:  # type: ignore[no-untyped-def]
    (r,) = run(nlp, "Gunmen shot dead a village chief near Kandahar on Monday.")
    assert r.event_date == dt.date(2021, 3, 1) and r.modality == "asserted"
