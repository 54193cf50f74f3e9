"""A row that nothing of its own places (no place in its clause, sentence or paragraph) stands where
the story was last told: a reader carries the place forward, and a coder codes it there."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline import pipeline
from dateline.types import Article, EventRecord

PUBLISHED = dt.date(2021, 3, 3)  # a Wednesday


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return pipeline.build()


def rows(nlp, text: str) -> dict[str, EventRecord]:  # type: ignore[no-untyped-def]
    ((_, records),) = list(pipeline.extract(nlp, [Article(text=text, published=PUBLISHED)]))
    return {r.sub_event_type: r for r in records}


def test_a_later_paragraph_without_a_place_stands_where_the_story_was(nlp) -> None:  # type: ignore[no-untyped-def]
    by_type = rows(nlp, "Gunmen attacked a police post in Kidal on Monday, killing two officers.\n\n"
                        "On Tuesday, hundreds of residents gathered in the main square of the town to denounce "
                        "the killings and burned tyres.")
    riot = by_type["Violent demonstration"]
    assert riot.location == "Kidal" and riot.country == "Mali"
    assert riot.event_date == dt.date(2021, 3, 2)


def test_the_carried_place_passes_over_a_side_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Militants ambushed an army convoy near Tessit on Sunday, killing four soldiers.\n\n"
            "The wounded were flown to a hospital in Gao.\n\n"
            "On Monday, troops pursuing the attackers caught up with them and killed six of them in a firefight.")
    ((_, records),) = list(pipeline.extract(nlp, [Article(text=text, published=PUBLISHED)]))
    monday = next(r for r in records if r.event_date == dt.date(2021, 3, 1))
    assert monday.location == "Tessit"  # where the fighting was, not the hospital's town


def test_no_place_anywhere_stays_unplaced(nlp) -> None:  # type: ignore[no-untyped-def]
    by_type = rows(nlp, "Unknown gunmen shot dead a trader on Monday.\n\nOn Tuesday, residents blocked a road to protest.")
    assert by_type and all(r.location is None and r.country is None for r in by_type.values())


def test_an_event_with_a_place_of_its_own_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    by_type = rows(nlp, "Police arrested four men in Peshawar on Monday.\n\n"
                        "On Tuesday, a roadside bomb exploded in Quetta, wounding two soldiers.")
    assert by_type["Remote explosive/landmine/IED"].location == "Quetta"
    assert by_type["Arrests"].location == "Peshawar"


# "the village", "the city", "the district" with no name of their own refer back to the last place of that kind.

def test_the_village_is_the_place_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    by_type = rows(nlp, "Militants ambushed a patrol near Tessit on Friday. On Saturday they came back and set fire "
                        "to houses in the village, killing two herders.")
    attack = by_type["Attack"]
    assert attack.location == "Tessit" and attack.evidence["location"][0].text == "village"


def test_the_city_skips_a_reference_point(nlp) -> None:  # type: ignore[no-untyped-def]
    by_type = rows(nlp, "Clashes broke out between two militias in Gharyan, 80 km south of Tripoli, on Monday. On Tuesday, "
                        "hundreds of residents marched through the city centre and set fire to a militia office.")
    assert by_type["Violent demonstration"].location == "Gharyan"


def test_a_village_never_named_is_not_the_town_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    by_type = rows(nlp, "Residents of Sevare said soldiers killed 15 civilians in a village in Mopti region on Sunday.\n\n"
                        "On Monday, the troops returned to the village and burned the granaries.")
    assert all(r.location != "Sevare" for r in by_type.values())


def test_a_past_bombing_in_the_city_is_placed_and_dated(nlp) -> None:  # type: ignore[no-untyped-def]
    ((_, records),) = list(pipeline.extract(nlp, [Article(
        text="A bomb went off in Peshawar on Monday. Residents of Kano said the man behind the February 20 market "
             "bombing in the city had been known to police.", published=PUBLISHED)]))
    past = next(r for r in records if r.event_date == dt.date(2021, 2, 20))
    assert past.location == "Kano"


def test_the_village_is_no_city_of_a_million(parse) -> None:  # type: ignore[no-untyped-def]
    from dateline.records.context import Context
    from dateline.records.place_phrases import _anaphor

    doc = parse("Police in Bamako said on Monday that gunmen had burned the village granary.")
    ctx = Context.of(doc)
    word = next(t for t in doc if t.lower_ == "village")
    assert _anaphor(word, list(ctx.toponyms or [])) is None
    doc = parse("Gunmen attacked Tessit on Monday and extended the state of emergency.")
    state = next(t for t in doc if t.lower_ == "state")
    assert _anaphor(state, list(Context.of(doc).toponyms or [])) is None


@pytest.mark.parametrize("hint, country", [("BUENOS AIRES", "AR"), ("MEXICO CITY", "MX"), ("KABUL", "AF")])
def test_a_dateline_is_the_town_it_was_filed_from(hint, country) -> None:
    from dateline.records.place_country import dateline_toponym

    found = dateline_toponym(hint)
    assert found is not None and found.place is not None
    assert found.place.iso == country and found.place.feature_class == "P" and found.geo_precision == 1


def test_an_event_noun_hung_on_a_speaker_label_takes_the_verbs_place(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser makes the drone an apposition of "Kursk region", the subject of "attacked"
    by_type = rows(nlp, "Governor of Kursk region (Telegram): Yesterday morning, an FPV drone of the Ukrainian army "
                        "attacked a delivery van in the village of Tetkino, Glushkovo district.")
    assert by_type["Air/drone strike"].location == "Tetkino"


# --- a country named as the owner of forces ("Niger's army") says whose they are, not where ---------

def test_a_countrys_army_does_not_place_the_event_the_story_placed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Gunmen killed 12 traders at a market in Tera on Tuesday.\n\n"
            "Niger's army said on Wednesday that troops had caught up with the attackers near the border with Mali, "
            "killing 19.")
    ((_, records),) = list(pipeline.extract(nlp, [Article(text=text, published=PUBLISHED)]))
    pursuit = next(r for r in records if r.event_date == dt.date(2021, 3, 3))
    assert pursuit.location == "Tera"


def test_a_country_holding_a_place_still_places_it(nlp) -> None:  # type: ignore[no-untyped-def]
    (r,) = rows(nlp, "Gunmen killed two soldiers in Mali's Mopti region on Tuesday.").values()
    assert r.location == "Mopti" and r.country == "Mali"


def test_owner_country_reads_possessives_and_names_of_forces(parse) -> None:  # type: ignore[no-untyped-def]
    from dateline.records.context import Context
    from dateline.records.place_country import owner_country

    doc = parse("Niger's army and soldiers of the South Sudan People's Defence Forces met in Mali's Mopti region.")
    found = {t.text: owner_country(doc, t) for t in Context.of(doc).toponyms or [] if t.place is not None}
    assert found.get("Niger") is True and found.get("Mali") is False


def test_a_sentence_listing_countries_does_not_place_a_later_event(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Boko Haram fighters attacked an army post near Bol on Sunday.\n\n"
            "The lake basin, where Chad, Nigeria, Niger and Cameroon meet, is dotted with islands.\n\n"
            "In 2020, jihadists killed 90 soldiers in an attack on a base on the peninsula.")
    ((_, records),) = list(pipeline.extract(nlp, [Article(text=text, published=PUBLISHED)]))
    past = next(r for r in records if r.event_date is not None and r.event_date.year == 2020)
    assert past.country == "Chad"


def test_a_town_in_an_identity_militia_s_name_is_not_the_town_of_the_story(rows):
    # "Fano" is also a town in Italy; "the town" is the one the story named
    text = ("Soldiers executed at least 12 civilians in the town of Merawi in Amhara region on January 29, 2024.\n\n"
            "Witnesses said soldiers went house to house after clashes with Fano militiamen on the outskirts of the "
            "town earlier that morning.")
    assert {r.country for r in rows(text, dt.date(2024, 4, 4))} == {"Ethiopia"}


def test_the_next_lines_saying_where_the_event_took_place_place_a_lead_told_by_country(nlp):
    text = ("A suicide bomber drove a car packed with explosives into an army post in central Mali on Saturday, "
            "killing four soldiers, the army said.\n\n"
            "The blast happened in Douentza, a market town on the road to Gao, residents said.")
    ((_, records),) = list(pipeline.extract(nlp, [Article(text=text, published=dt.date(2024, 3, 4))]))
    found = [r for r in records if r.event_type == "Explosions/Remote violence"]
    assert [(r.location, r.geo_precision) for r in found] == [("Douentza", 1)]


def test_the_story_place_of_a_clash_between_two_sides_of_one_country_is_in_that_country(rows, live_blog):
    clash = next(r for r in rows(live_blog) if r.sub_event_type == "Armed clash")
    assert clash.country == "Syria"


def test_where_people_were_carried_from_is_no_story_place(rows):
    # the earlier paragraph's towns are where the passengers set out from; the clash, at a place the
    # gazetteer lacks, stands where the story last stood (Baidoa), never at their home town
    text = ("Fighting flared around Baidoa on Friday, a local official said.\n\n"
            "The convoy was carrying residents from Mogadishu to a rally at the stadium.\n\n"
            "Clashes between clan militias near the Qoorqoor crossing on Saturday killed four men.")
    clash = next(r for r in rows(text, dt.date(2024, 5, 6)) if r.sub_event_type == "Armed clash" and r.fatalities == 4)
    assert clash.admin1 == "Bay" and clash.location != "Mogadishu"


def test_an_entry_of_a_live_blog_does_not_place_what_the_next_one_tells(rows):
    text = ("Somalia live: security updates\n\n"
            "14:10 - Police post attacked\n"
            "Al Shabaab fighters attacked a police post in Afmadow on Monday, killing two officers.\n\n"
            "13:05 - Minister's visit\n"
            "The interior minister is expected to visit the region next week, his office said.\n\n"
            "12:30 - Herders fight over a well\n"
            "Clashes between two clan militias near a disputed well on Wednesday killed three herders, elders said.")
    found = rows(text, dt.date(2024, 5, 10))
    assert [r.location for r in found if r.fatalities == 2] == ["Afmadow"]
    assert [r.location for r in found if r.fatalities == 3] != ["Afmadow"]


def test_a_crowd_named_by_its_commune_demonstrates_there(rows):
    # the clause's own phrase ("outside the territory office") names no town; the young people are Oicha's,
    # and "commune" after the name makes it a place whatever the tagger called it
    found = rows("Rebels killed five civilians in a village of Beni territory on Sunday.\n\n"
                 "On Monday, young people of the Oicha commune blocked the main road with barricades and set tyres "
                 "alight outside the territory office, demanding better protection.")
    (riot,) = [r for r in found if r.event_type in ("Riots", "Protests")]
    assert (round(riot.latitude, 1), round(riot.longitude, 1)) == (0.7, 29.5)
