"""Event coreference within an article: one real event gives one row, two events two rows.

Sentences are ours.  The unit tests build candidates by hand, so they pin the merge rules
whatever the classifier says; the end-to-end ones run the whole pipeline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dateline import pipeline
from dateline.records.merge import Candidate, Coreference, continues, same_event
from dateline.types import Article, EventDate, EventMention, EventRecord

DAY = dt.date(2021, 3, 1)


def cand(event_type: str = "Explosions/Remote violence", *, date: dt.date | None = DAY, location: str | None = "Gao",
         fatalities: int = 0, actor1: str | None = None, start: int = 0, **flags: bool) -> Candidate:
    record = EventRecord(event_type=event_type, sub_event_type="x", event_date=date, location=location,
                         fatalities=fatalities, actor1=actor1)
    mention = EventMention(start=start, end=start + 4, text="x", sentence_start=start, sentence_end=start + 10,
                           event_type=event_type, sub_event_type="x")
    return Candidate(mention, record, EventDate(date=date), None, **flags)


def test_same_type_day_and_own_place_is_one_event() -> None:
    events = Coreference()
    events.add(cand(own_date=True, own_place=True))
    events.add(cand(own_date=True, own_place=True, start=50))
    assert len(events.records) == 1


def test_a_place_borrowed_from_an_earlier_sentence_does_not_make_two_mentions_one() -> None:
    # Both rows say "Gao", but the second only inherited it, and it brings a new event ("a mine went off").
    events = Coreference()
    events.add(cand(own_date=True, own_place=True))
    events.add(cand(own_place=False, new_event=True, start=50))
    assert len(events.records) == 2


def test_named_doers_that_differ_are_two_events() -> None:
    events = Coreference()
    events.add(cand("Battles", own_date=True, own_place=True, actor1="Al Shabaab"))
    events.add(cand("Battles", own_date=True, own_place=True, actor1="Islamic State (Somalia)", start=50))
    assert len(events.records) == 2


def test_an_unidentified_doer_does_not_clash() -> None:
    first = Coreference()
    first.add(cand("Battles", own_date=True, own_place=True, actor1="Al Shabaab"))
    assert same_event(first.events[0], cand("Battles", own_place=True, actor1="Unidentified Armed Group (Somalia)"))


def test_an_outcome_without_a_doer_continues_the_violent_event_of_another_type() -> None:
    events = Coreference()
    events.add(cand(own_date=True, own_place=True, fatalities=1))
    events.add(cand("Battles", location=None, outcome=True, additive=True, fatalities=1, start=50))
    (record,) = events.records
    assert record.event_type == "Explosions/Remote violence"
    assert record.fatalities == 2  # "was also killed": one more


def test_an_outcome_restated_takes_the_higher_figure_not_the_sum() -> None:
    events = Coreference()
    events.add(cand(own_date=True, own_place=True, fatalities=2))
    events.add(cand("Battles", location=None, outcome=True, fatalities=23, start=50))
    (record,) = events.records
    assert record.fatalities == 23


def test_a_non_outcome_of_another_type_is_its_own_event() -> None:
    events = Coreference()
    events.add(cand(own_date=True, own_place=True))
    events.add(cand("Strategic developments", location=None, start=50))
    assert len(events.records) == 2


def test_an_event_with_its_own_date_does_not_continue_another() -> None:
    event = Coreference()
    event.add(cand(own_date=True, own_place=True))
    assert not continues(event.events[0], cand(own_date=True, location=None))


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return pipeline.build()


def run(nlp, text: str) -> list[EventRecord]:  # type: ignore[no-untyped-def]
    article = Article(text=text, published=dt.date(2021, 3, 3))
    ((_, records),) = list(pipeline.extract(nlp, [article]))
    return records


def run_on(nlp, text: str, published: dt.date) -> list[EventRecord]:  # type: ignore[no-untyped-def]
    ((_, records),) = list(pipeline.extract(nlp, [Article(text=text, published=published)]))
    return records


def test_a_toll_told_by_pronoun_joins_the_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    records = run(nlp, "Gunmen and suicide bombers stormed a police academy in Kandahar on Monday. They killed 14 cadets.")
    assert len(records) == 1
    assert records[0].fatalities >= 14


def test_two_groups_attacking_in_one_town_on_one_day_are_two_rows(nlp) -> None:  # type: ignore[no-untyped-def]
    records = run(nlp, "Al Shabaab fighters attacked a police post in Baidoa on Monday. "
                       "Also on Monday, Islamic State militants attacked an army base in Baidoa.")
    assert len(records) == 2
    assert {r.actor1 for r in records} == {"Al Shabaab", "Islamic State (Somalia)"}


def test_a_count_of_the_same_crowd_tells_more_of_the_riot(nlp) -> None:  # type: ignore[no-untyped-def]
    # "two rioters" names people, not a new event the way "two blasts" does
    records = run(nlp, "Youths set fire to a police station and stoned passing cars in Mombasa on Tuesday. "
                       "Officers fired live rounds; three rioters were wounded.")
    assert len(records) == 1
    assert records[0].event_type == "Riots"


def test_a_second_blast_in_a_named_district_is_its_own_row(nlp) -> None:  # type: ignore[no-untyped-def]
    records = run(nlp, "Three militants were killed on Friday night when the mine they were planting on a road in "
                       "Panjwai district went off. Two more militants died in neighbouring Zhari district when their "
                       "car hit a mine.")
    assert len(records) == 2


# --- references and ambiguous mentions -------------------------------------------------------


def kinded(kind: str, event_type: str = "Explosions/Remote violence", **kw) -> Candidate:  # type: ignore[no-untyped-def]
    c = cand(event_type, **kw)
    c.mention = c.mention.model_copy(update={"kind": kind})
    return c


def test_a_reference_with_its_own_day_and_place_is_a_row() -> None:
    events = Coreference()
    events.add(kinded("reference", own_date=True, own_place=True))
    assert len(events.records) == 1


def test_a_reference_without_its_own_place_is_no_row() -> None:
    events = Coreference()
    events.add(kinded("reference", own_date=True, location=None))
    assert events.records == []


def test_a_later_paragraphs_placed_reference_does_not_place_an_unplaced_event() -> None:
    # "Six people were killed overnight." ... three paragraphs on: "the same gang behind the Y massacre in Z"
    events = Coreference()
    events.add(cand("Violence against civilians", location=None, paragraph=1))
    events.add(kinded("reference", "Violence against civilians", date=None, location="Z", own_place=True, paragraph=4))
    assert len(events.events) == 2 and events.records[0].location is None
    near = Coreference()  # the next paragraph's "the attack in Z" is still that event
    near.add(cand("Violence against civilians", location=None, paragraph=1))
    near.add(kinded("reference", "Violence against civilians", date=None, location="Z", own_place=True, paragraph=2))
    assert len(near.events) == 1


def test_an_ambiguous_mention_alone_is_no_row() -> None:
    events = Coreference()
    events.add(kinded("ambiguous", own_date=True, own_place=True))
    assert events.records == []


def test_a_dated_reference_and_a_placed_ambiguous_mention_make_one_row() -> None:
    # "the 3 May bombing ... A blast tore through the market in Gao": the day from one, the place from the other.
    events = Coreference()
    events.add(kinded("reference", own_date=True, location=None))
    events.add(kinded("ambiguous", date=None, own_place=True, start=80))
    (record,) = events.records
    assert record.event_date == DAY and record.location == "Gao"


def test_a_report_without_its_own_day_does_not_join_an_unconfirmed_accident() -> None:
    # "A lorry crashed on Saturday ... Police arrested six people.": the arrests are not dated by the crash.
    events = Coreference()
    events.add(kinded("ambiguous", "Strategic developments", date=DAY - dt.timedelta(days=3), own_date=True,
                      own_place=True))
    events.add(cand("Strategic developments", date=DAY, own_place=True, start=80))
    (record,) = events.records
    assert record.event_date == DAY


def test_a_report_dated_by_the_publication_day_does_not_join_an_old_reference() -> None:
    # Today's bombing in a town is not "the 2017 bombing" of the same town named later.
    events = Coreference()
    events.add(cand(date=dt.date(2021, 3, 3), own_place=True))
    events.add(kinded("reference", date=dt.date(2017, 5, 20), own_date=True, own_place=True, start=80))
    assert len(events.records) == 2


def test_a_reference_a_day_off_joins_the_event() -> None:
    # A statement's "today's attack", published the day after the bombing it names.
    events = Coreference()
    events.add(cand(own_date=True, own_place=True))
    ref = kinded("reference", "Battles", date=DAY + dt.timedelta(days=1), own_date=True,
                 own_place=True, start=80)
    ref.generic = True  # "attack" names a clash or an attack on civilians
    events.add(ref)
    assert len(events.records) == 1


def test_an_ambiguous_mention_tied_to_a_conflict_event_in_its_sentence_is_a_row() -> None:
    # "Police arrested four men on Tuesday in connection with Saturday's bombing in Kano."
    events = Coreference()
    arrest = kinded("ambiguous", "Strategic developments", own_date=True, own_place=True)
    bombing = kinded("reference", date=DAY - dt.timedelta(days=3), own_date=True, own_place=True)
    events.add(arrest)
    events.add(bombing)
    assert {r.event_type for r in events.records} == {"Strategic developments", "Explosions/Remote violence"}


def test_an_arrest_over_an_earlier_bombing_gives_both_rows(nlp) -> None:  # type: ignore[no-untyped-def]
    records = run(nlp, "Police arrested four men on Tuesday in connection with Saturday's bombing of a bus "
                       "station in Kano.")
    by_type = {r.sub_event_type: r for r in records}
    assert set(by_type) == {"Arrests", "Remote explosive/landmine/IED"}
    assert by_type["Remote explosive/landmine/IED"].event_date == dt.date(2021, 2, 27)
    assert by_type["Arrests"].event_date == dt.date(2021, 3, 2)


def test_a_reference_with_no_day_of_its_own_is_no_row(nlp) -> None:  # type: ignore[no-untyped-def]
    records = run(nlp, "Police arrested four men on Tuesday in connection with the bombing.")
    assert [r.event_type for r in records if r.event_type != "Strategic developments"] == []


def test_a_named_day_is_no_date(nlp) -> None:  # type: ignore[no-untyped-def]
    assert run(nlp, "A court heard that the accused had planned the Black Tuesday shootings in the port.") == []


def test_a_one_sided_attack_named_as_a_clash_is_an_attack_on_civilians() -> None:
    from dateline.records.mention import as_attack, one_sided_battle
    from dateline.types import ActorMention, EventActors

    m = EventMention(start=0, end=6, text="attack", sentence_start=0, sentence_end=40, event_type="Battles",
                     sub_event_type="Armed clash")
    assert one_sided_battle(m, EventActors())
    soldiers = ActorMention(start=0, end=8, text="soldiers", name="Military Forces of Mali", inter="State forces")
    assert not one_sided_battle(m, EventActors(actor2=soldiers))
    assert as_attack(m).event_type == "Violence against civilians" and as_attack(m).sub_event_type == "Attack"


def placed(location: str, admin1: str | None = None, **kw) -> Candidate:  # type: ignore[no-untyped-def]
    c = cand(location=location, **kw)
    c.record.admin1 = admin1
    return c


def test_a_retelling_on_the_same_day_in_a_town_of_the_province_is_the_same_event() -> None:
    events = Coreference()
    events.add(placed("Kassala", own_date=True, own_place=True))
    events.add(placed("Aroma", admin1="Kassala", own_date=True, own_place=True, start=50))
    (r,) = events.records
    assert r.location == "Aroma"  # the finer place wins


def test_a_town_of_the_province_on_another_day_is_another_event() -> None:
    events = Coreference()
    events.add(placed("Kassala", own_date=True, own_place=True))
    events.add(placed("Aroma", admin1="Kassala", date=DAY + dt.timedelta(days=1), own_date=True, own_place=True, start=50))
    assert len(events.records) == 2


def test_an_unplaced_retelling_that_names_the_same_day_is_the_same_event() -> None:
    events = Coreference()
    events.add(cand(own_date=True, own_place=True))
    events.add(cand(location=None, own_date=True, own_place=True, start=50))
    assert len(events.records) == 1
    # ... but not one that only borrowed the day, which may be a new event told after it
    events = Coreference()
    events.add(cand(own_date=True, own_place=True))
    events.add(cand(location=None, own_place=True, new_event=True, start=50))
    assert len(events.records) == 2


def _typed(event_type: str, sub: str, **kw) -> Candidate:  # type: ignore[no-untyped-def]
    c = cand(event_type, **kw)
    c.record.sub_event_type = sub
    return c


def test_an_outcome_without_a_doer_joins_the_violent_event_whatever_its_type() -> None:
    # "Two shepherds were wounded." after a shelling, read by the classifier as a protest sub-type
    events = Coreference()
    events.add(cand(own_date=True, own_place=True))
    events.add(_typed("Protests", "Excessive force against protesters", location=None, outcome=True, start=50))
    assert len(events.records) == 1


def test_arrests_told_after_a_demonstration_are_its_arrests() -> None:
    events = Coreference()
    events.add(_typed("Riots", "Violent demonstration", own_date=True, own_place=True))
    events.add(_typed("Strategic developments", "Arrests", location=None, start=50))
    assert len(events.records) == 1
    # ... but not after a bombing, nor arrests with a day of their own
    events = Coreference()
    events.add(cand(own_date=True, own_place=True))
    events.add(_typed("Strategic developments", "Arrests", location=None, start=50))
    assert len(events.records) == 2
    events = Coreference()
    events.add(_typed("Riots", "Violent demonstration", own_date=True, own_place=True))
    events.add(_typed("Strategic developments", "Arrests", location=None, own_date=True, date=DAY + dt.timedelta(days=2),
                      start=50))
    assert len(events.records) == 2


def test_people_fleeing_after_a_violent_event_are_its_outcome() -> None:
    events = Coreference()
    events.add(placed("Kassala", own_date=True, own_place=True))
    events.add(_typed("Strategic developments", "Other", location="Aroma", own_place=True, lemma="flee", start=50))
    (r,) = events.records
    assert r.location == "Kassala"  # where they fled to is not where the event was
    # a flight after no violence does not join the protest, and is no row of its own: ACLED codes no displacement
    events = Coreference()
    events.add(_typed("Protests", "Peaceful protest", own_date=True, own_place=True))
    events.add(_typed("Strategic developments", "Other", location="Aroma", own_place=True, lemma="flee", start=50))
    assert [r.event_type for r in events.records] == ["Protests"]


def test_a_toll_dated_to_the_same_day_joins_that_days_violence() -> None:
    # "Eleven people were killed that day alone." after the day's clashes
    events = Coreference()
    events.add(cand("Battles", own_date=True, own_place=True))
    events.add(cand("Violence against civilians", location=None, own_date=True, outcome=True, fatalities=11, start=50))
    (r,) = events.records
    assert r.fatalities == 11
    # a toll of another day is another event
    events = Coreference()
    events.add(cand("Battles", own_date=True, own_place=True))
    events.add(cand("Violence against civilians", location=None, own_date=True, outcome=True, fatalities=11,
                    date=DAY + dt.timedelta(days=1), start=50))
    assert len(events.records) == 2


@pytest.mark.parametrize("text", [
    "Soldiers and rebels clashed near Beni on Monday, killing three. Shooting went on from about 6 a.m. "
    "until noon, forcing hundreds of families to flee.",
    "Gunmen fought a police patrol in Lafia on Tuesday. At around 5 p.m. dozens of residents fled their homes.",
])
def test_a_clock_time_alone_does_not_set_a_mention_apart_from_the_day_told(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert [r.sub_event_type for r in run(nlp, text)] == ["Armed clash"]


@pytest.mark.parametrize("text, clock", [
    ("at around 7 a.m.", True), ("in the afternoon", True), ("at dawn", True),
    ("Monday night", False), ("at 9 p.m. on 4 May", False), ("last night", False), ("this morning", False),
])
def test_clock_only(text: str, clock: bool) -> None:
    from dateline.records.mention import clock_only
    from dateline.types import Timex

    assert clock_only(Timex(start=0, end=len(text), text=text, type="TIME")) is clock


@pytest.mark.parametrize("text, sub_event_type", [
    ("On Monday, hundreds of teachers marched through Kisumu over unpaid salaries. Some protesters later set fire "
     "to tyres and stoned police vehicles.", "Violent demonstration"),
    ("Thousands rallied in Harare on Monday against the new tax. Police later fired tear gas to disperse them.",
     "Protest with intervention"),
    ("Hundreds of nurses marched to the health ministry in Lusaka on Tuesday over unpaid wages. Police detained "
     "twelve of the marchers.", "Protest with intervention"),
])
def test_a_demonstration_told_on_is_one_event_coded_at_its_highest(nlp, text, sub_event_type) -> None:  # type: ignore[no-untyped-def]
    assert [r.sub_event_type for r in run(nlp, text)] == [sub_event_type]


def test_escalates_follows_the_hierarchy() -> None:
    from dateline.records.merge import escalates

    def rec(event_type: str, sub: str) -> EventRecord:
        return EventRecord(event_type=event_type, sub_event_type=sub)

    assert escalates(rec("Protests", "Peaceful protest"), rec("Riots", "Violent demonstration"))
    assert escalates(rec("Protests", "Peaceful protest"), rec("Protests", "Protest with intervention"))
    assert not escalates(rec("Riots", "Violent demonstration"), rec("Protests", "Peaceful protest"))
    assert not escalates(rec("Battles", "Armed clash"), rec("Riots", "Violent demonstration"))


def test_an_event_dated_by_its_telling_joins_the_same_event_told_with_its_own_earlier_day(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Police in Kano said on Wednesday they had arrested four suspected members of a kidnapping gang. "
            "The four were detained in Kano on Monday night.")
    article = Article(text=text, published=dt.date(2024, 3, 14))
    ((_, records),) = list(pipeline.extract(nlp, [article]))
    assert [(r.sub_event_type, r.event_date) for r in records] == [("Arrests", dt.date(2024, 3, 11))]


def test_told_later_needs_the_own_day_before_the_telling_and_within_a_week() -> None:
    from dateline.records.merge import Event, told_later

    told = Event(cand(date=DAY).record, own_date=True, said_day=True)
    assert told_later(told, cand(date=DAY - dt.timedelta(days=2), own_date=True))
    assert not told_later(told, cand(date=DAY + dt.timedelta(days=2), own_date=True))  # after it was told of
    assert not told_later(told, cand(date=DAY - dt.timedelta(days=20), own_date=True))
    plain = Event(cand(date=DAY).record, own_date=True)
    assert not told_later(plain, cand(date=DAY - dt.timedelta(days=2), own_date=True))


def test_a_dated_event_named_as_an_object_is_a_reference_not_a_new_row(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("A bomb tore through a minibus in Herat on Monday evening, killing four passengers. On Tuesday, police "
            "shot dead two suspects in a raid. A spokesman said one of those killed had been involved in planning "
            "Monday's attack.")
    records = run_on(nlp, text, dt.date(2023, 11, 15))
    # two events: the bombing (which "Monday's attack" names) and the shooting of the suspects
    assert sorted((r.event_type, r.event_date.day) for r in records) == [
        ("Explosions/Remote violence", 13), ("Violence against civilians", 14)]


def test_a_dated_event_noun_as_subject_is_still_the_report(nlp) -> None:  # type: ignore[no-untyped-def]
    records = run(nlp, "Monday's attack in Herat killed four passengers.")
    assert [r.sub_event_type for r in records] == ["Attack"]


def test_the_day_of_an_event_named_in_a_phrase_is_not_the_reports(nlp) -> None:  # type: ignore[no-untyped-def]
    records = run_on(nlp, "Police arrested two men in Herat over Sunday's bombing of a bus station.", dt.date(2023, 11, 15))
    arrests = [r for r in records if r.sub_event_type == "Arrests"]
    assert arrests and arrests[0].event_date != dt.date(2023, 11, 12)


def test_a_day_of_a_noun_that_is_no_event_still_dates_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    records = run_on(nlp, "In Herat, hundreds of people took part in a march after Friday prayers last week.",
                     dt.date(2023, 11, 15))
    assert [(r.sub_event_type, r.event_date) for r in records] == [("Peaceful protest", dt.date(2023, 11, 10))]


# --- a summary placed only by its country or province, told again with its town ---------------

def test_a_country_level_telling_and_the_town_level_one_are_one_event(nlp) -> None:  # type: ignore[no-untyped-def]
    records = run(nlp, "A roadside bomb killed a senior army officer in Mali on Monday. The device exploded under "
                       "his vehicle near Gao as his convoy passed, the army said.")
    assert len(records) == 1 and records[0].location == "Gao"


def test_a_province_level_telling_takes_the_town(nlp) -> None:  # type: ignore[no-untyped-def]
    records = run(nlp, "Gunmen killed ten villagers in Mali's Mopti region on Sunday. The attackers opened fire on "
                       "a market in Bandiagara, residents said.")
    assert [r.location for r in records] == ["Bandiagara"]


def test_a_country_level_event_of_another_day_stays_apart() -> None:
    events = Coreference()
    coarse = cand(own_date=True, own_place=True, location="Mali")
    coarse.record.country = "Mali"
    events.add(coarse)
    town = cand(own_place=True, date=DAY + dt.timedelta(days=1), start=50)
    town.record.country = "Mali"
    events.add(town)
    assert len(events.records) == 2


# --- "Separately, ...": a sentence that sets its event apart never merges into an earlier one ----

@pytest.mark.parametrize("text", [
    "Gunmen attacked a police post in Kidal on Monday. In a separate attack, gunmen attacked a police post in Kidal "
    "on Monday night.",
    "A roadside bomb wounded two soldiers in Mali on Monday. Separately, a roadside bomb exploded near Gao on Monday, "
    "killing a herder.",
])
def test_a_sentence_set_apart_is_its_own_event(nlp, text) -> None:  # type: ignore[no-untyped-def]
    assert len(run(nlp, text)) == 2


def test_set_apart_candidates_neither_match_nor_continue() -> None:
    events = Coreference()
    events.add(cand(own_date=True, own_place=True))
    assert same_event(events.events[0], cand(own_date=True, own_place=True, start=50))
    assert not same_event(events.events[0], cand(own_date=True, own_place=True, apart=True, start=50))
    assert not continues(events.events[0], cand(location=None, outcome=True, apart=True, start=50))


def test_opening_words_that_set_a_sentence_apart() -> None:
    from dateline.records.mention import opens_apart

    assert opens_apart("Separately, police said three men were held.")
    assert opens_apart("In a separate incident on Sunday, a mine went off.")
    assert opens_apart("Elsewhere in the province, two soldiers died.")
    assert not opens_apart("Separatists attacked a checkpoint.")
    assert not opens_apart("Police said the attack was separate from Monday's.")


def test_a_report_of_the_day_a_reference_named_tells_that_event() -> None:
    # "Two men were killed in a clash at Ansongo on Sunday ... The groups clashed with machetes at 5 p.m. on Sunday."
    events = Coreference()
    events.add(kinded("reference", "Battles", own_date=True, own_place=True))
    events.add(cand("Battles", own_date=True, start=80))
    (record,) = events.records
    assert record.location == "Gao" and len(events.events[0].members) == 2


def test_a_report_of_another_day_or_its_own_place_stays_apart_from_a_reference() -> None:
    events = Coreference()
    events.add(kinded("reference", "Battles", own_date=True, own_place=True))
    events.add(cand("Battles", own_date=True, date=DAY + dt.timedelta(days=1), location=None, start=80))
    events.add(cand("Battles", own_date=True, own_place=True, location="Kidal", start=160))
    assert len(events.records) == 3


# --- a bare participle's toll ("reports four soldiers killed") is the outcome of the event just told -----

def test_a_toll_in_a_bare_participle_joins_the_attack(nlp) -> None:  # type: ignore[no-untyped-def]
    records = run(nlp, "JNIM militants attacked an army position near Tessit on Sunday morning. An army communique "
                       "of Tuesday reports four soldiers killed and several assailants killed.")
    assert len(records) == 1 and records[0].location == "Tessit"


def test_an_outcome_continues_the_event_whatever_actor_its_victims_suggest() -> None:
    events = Coreference()
    events.add(cand("Battles", own_date=True, own_place=True, actor1="Al Shabaab"))
    toll = cand("Battles", location=None, outcome=True, actor1="Military Forces of Somalia", start=50)
    assert continues(events.events[0], toll)
    assert not continues(events.events[0], cand("Battles", location=None, actor1="Military Forces of Somalia", start=50))


# --- a loosely joined reference does not move a reported event to its own place ------------------

def test_a_reference_does_not_lend_its_place_to_a_report_placed_by_the_sentence_before() -> None:
    # "Near Tessit. Gunmen abducted four herders on Monday. ... the reported attack on Gao on Monday"
    events = Coreference()
    events.add(cand("Violence against civilians", own_date=True, own_place=False, location="Tessit"))
    ref = kinded("reference", "Violence against civilians", own_date=True, own_place=True, location="Gao", start=80)
    ref.generic = True
    events.add(ref)
    (record,) = events.records
    assert record.location == "Tessit"


def test_a_reference_still_places_a_report_with_no_place() -> None:
    events = Coreference()
    events.add(cand("Violence against civilians", own_date=True, location=None))
    ref = kinded("reference", "Violence against civilians", own_date=True, own_place=True, location="Gao", start=80)
    ref.generic = True
    events.add(ref)
    (record,) = events.records
    assert record.location == "Gao"


def test_evidence_of_a_place_not_taken_is_dropped() -> None:
    from dateline.records.merge import merge_into
    from dateline.types import Evidence

    target = EventRecord(event_type="Battles", sub_event_type="Armed clash", location="Tessit",
                         evidence={"location": [Evidence(start=0, end=6, text="Tessit")]})
    other = EventRecord(event_type="Battles", sub_event_type="Armed clash", location="Gao",
                        evidence={"location": [Evidence(start=50, end=53, text="Gao")]})
    merge_into(target, other)
    assert [e.text for e in target.evidence["location"]] == ["Tessit"]


def test_a_battle_s_other_side_is_filled_from_a_mention_against_an_unnamed_foe():
    # "ISSP and the army clashed near X" | "the army said it killed twenty assailants", merged
    from dateline.records.merge import merge_into

    row = EventRecord(event_type="Battles", sub_event_type="Armed clash", actor1="Islamic State Sahel Province")
    merge_into(row, EventRecord(event_type="Battles", sub_event_type="Armed clash", actor1="Military Forces of Niger",
                                actor2="Unidentified Armed Group (Niger)"))
    assert (row.actor1, row.actor2) == ("Islamic State Sahel Province", "Military Forces of Niger")


def test_a_bare_plural_names_a_kind_of_event_not_one(parse) -> None:  # type: ignore[no-untyped-def]
    from dateline.events.background import bare_plural

    doc = parse("Abductions made up half of the incidents, and the two bombings in Gao shocked residents.")
    assert bare_plural(doc[0]) and not bare_plural(next(t for t in doc if t.text == "bombings"))


def test_people_fleeing_in_the_sentence_of_the_attack_are_its_outcome(rows):
    found = rows("Gunmen stormed the village before dawn on Sunday, shooting farmers as they fled, residents said.")
    assert [r.event_type for r in found] == ["Violence against civilians"]


def test_arrests_told_in_the_sentence_of_a_rally_are_that_rallys(rows):
    found = rows("Riot police broke up a march in Lusaka on Saturday afternoon, detaining 45 people.")
    assert [r.event_type for r in found] == ["Protests"] and found[0].counts.arrested == 45


def test_the_day_and_town_of_a_retelling_replace_a_day_of_saying_and_a_province(rows):
    text = ("Troops have killed nine bandits in Zamfara State, the army said on Thursday.\n\n"
            "The soldiers fought the bandits in a forest near Maru on Tuesday, the army said.")
    found = [r for r in rows(text, dt.date(2024, 7, 18)) if r.event_type == "Battles"]
    assert [(r.location, r.event_date) for r in found] == [("Maru", dt.date(2024, 7, 16))]


# --- events known only from a statement reacting to them ---------------------------------------


def test_a_killing_a_statement_condemns_is_a_row_dated_by_the_statement(rows):
    found = rows("The provincial governor on Tuesday condemned the killing of five nurses in Tillaberi.",
                 dt.date(2023, 10, 12))
    assert [(r.event_type, r.location, r.fatalities) for r in found] == [("Violence against civilians", "Tillaberi", 5)]
    assert found[0].event_date == dt.date(2023, 10, 10) and found[0].time_precision == 2  # that day or shortly before


def test_a_condemned_killing_told_later_with_its_day_is_one_row_on_that_day(rows):
    text = ("The regional council condemned the killing of four herders near Bambari. "
            "The herders were shot dead by gunmen on Saturday while grazing cattle, a council member said.")
    found = rows(text, dt.date(2023, 10, 12))
    assert len(found) == 1 and found[0].event_date == dt.date(2023, 10, 7) and found[0].fatalities == 4


def test_a_condemned_event_with_no_place_of_its_own_or_of_no_violence_is_no_row(rows):
    assert rows("The senator condemned the killing of the journalist and called for an inquiry.", dt.date(2023, 10, 12)) == []
    assert rows("The regional bloc condemned the coup in Conakry.", dt.date(2023, 10, 12)) == []


# --- weapons taken in a violent event -----------------------------------------------------------


@pytest.mark.parametrize("text, published, expected", [
    # weapons seized on the day and at the place of the clash
    ("Soldiers fought off an assault by insurgents on their post in Kidal on Monday, killing six of the attackers, "
     "the army said. The troops seized eight rifles and a machine gun in Kidal after the fighting.",
     dt.date(2023, 3, 8), [("Battles", "Kidal", 6)]),
    # the attackers pulling back
    ("On 3 March 2024, militants attacked the gendarmerie post in Pissila (Pissila, Sanmatenga, Centre-Nord). "
     "At least 6 gendarmes killed. The assailants withdrew at nightfall.", dt.date(2024, 3, 8), [("Battles", "Pissila", 6)]),
    # the weapons the fighters fired
    ("Soldiers repelled an assault on their camp in Dikwa on Monday, killing seven insurgents, the army said. "
     "The insurgents fired mortar rounds and rocket-propelled grenades at the camp.", dt.date(2024, 3, 6), [("Battles", "Dikwa", 7)]),
    # what the attackers burned, told with no doer (and no riot: no crowd did it)
    ("Gunmen attacked a camp for displaced people near Bunia on Monday night, killing 12 people. "
     "Dozens of huts were set on fire.", dt.date(2023, 6, 14), [("Violence against civilians", "Bunia", 12)]),
])
def test_what_a_violent_event_just_told_brings_with_it_is_part_of_it_not_a_second_row(rows, text, published, expected):
    """ACLED codes the clash or attack, not the weapons taken or fired, the withdrawal or the burning that came with it."""
    assert [(r.event_type, r.location, r.fatalities) for r in rows(text, published)] == expected



def test_a_bomb_defused_beside_a_blast_stays_an_event_of_its_own(rows):
    text = ("A roadside bomb exploded near a bus station in Kirkuk on Monday, wounding four passengers, police said. "
            "Police defused a second bomb near the same station in Kirkuk on Monday.")
    found = rows(text, dt.date(2023, 3, 8))
    assert sorted(r.sub_event_type for r in found) == ["Disrupted weapons use", "Remote explosive/landmine/IED"]


def test_a_raid_followed_by_a_fight_is_one_armed_clash(rows):
    text = ("Police raided a hideout in Kisumu on Tuesday. Two suspects were killed in the exchange of fire, "
            "a police commander said.")
    found = rows(text, dt.date(2023, 3, 9))
    assert [(r.event_type, r.location, r.fatalities) for r in found] == [("Battles", "Kisumu", 2)]
    assert found[0].event_date == dt.date(2023, 3, 7)


def test_a_lead_told_after_an_act_of_its_day_joins_the_retelling_that_dates_and_places_it(rows):
    # the day of "closed" is not the killing's: the killing came before it, and the next sentence says when
    text = ("Schools across the district closed on Wednesday after gunmen killed six pupils at a boarding school. "
            "The attack took place on Sunday night in the town of Mubi, in Adamawa state, police said.")
    found = rows(text, dt.date(2024, 5, 16))
    assert [(r.event_type, r.location, r.event_date, r.fatalities) for r in found] == [
        ("Violence against civilians", "Mubi", dt.date(2024, 5, 12), 6)]


def test_no_one_claiming_an_attack_denies_who_did_it_not_that_it_happened(rows):
    found = rows("No group has claimed the attack, which killed five soldiers near Dikwa on Monday.", dt.date(2024, 3, 6))
    assert [(r.modality, r.location, r.fatalities) for r in found] == [("asserted", "Dikwa", 5)]


def test_people_fleeing_with_no_violent_event_to_join_are_no_row(rows):
    # ACLED does not code displacement; the flight of a violent event just told joins it instead
    assert rows("Thousands of people fled Tongo on Sunday.", dt.date(2023, 6, 14)) == []
    assert rows("Some 3,000 people have fled the camp towards the river.", dt.date(2023, 6, 14)) == []


def test_fighting_said_to_go_on_over_a_period_is_the_fight_the_next_paragraph_dates(rows):
    text = ("Fighting between the army and the rebels in and around Kidal went on throughout the week, "
            "with heavy losses among civilians.\n\n"
            "On 9 and 10 March, ground fighting between the army and the rebels was reported in the eastern "
            "quarters of Kidal.")
    found = rows(text, dt.date(2024, 3, 14))
    assert [(r.sub_event_type, r.event_date) for r in found] == [("Armed clash", dt.date(2024, 3, 9))]


def test_a_relative_s_they_took_him_is_the_arrest_just_told(rows):
    text = ("Federal police detained at least 20 young men in a night-time sweep through Kombolcha on Friday, relatives "
            "said. \"They took my cousin from our house at midnight. No one will tell us where he is held,\" said a man "
            "outside the central police station.")
    found = [(r.sub_event_type, r.actor1) for r in rows(text, "2024-03-12") if r.modality == "asserted"]
    assert found and [s for s, _ in found] == ["Arrests"]
    # an abduction a named doer carried out stays an event of its own
    text = ("Police detained four traders in Kismayo on Monday. Al-Shabaab fighters abducted two of their drivers "
            "near Afmadow, a relative said.")
    assert {r.sub_event_type for r in rows(text, "2024-03-12")} == {"Arrests", "Abduction/forced disappearance"}


def test_a_battle_told_again_from_the_other_side_on_the_statement_s_day_is_one_row(rows) -> None:  # type: ignore[no-untyped-def]
    """"insurgents stormed the post on Sunday ... the army said on Monday soldiers had killed seven": the army's
    account of the same fight, its sides the other way round, dated by the statement."""
    text = ("Fighters of ISWAP, which broke away from Boko Haram in 2016, stormed an army post in Damasak late on "
            "Sunday, residents said. The army said in a statement on Monday that soldiers had killed seven "
            "terrorists and lost one man.")
    found = [r for r in rows(text, dt.date(2024, 6, 11)) if r.modality == "asserted"]
    assert [(r.event_date, r.location) for r in found] == [(dt.date(2024, 6, 9), "Damasak")]
