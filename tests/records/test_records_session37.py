"""Rules found on the first read of w32: a claim the text could not confirm, "opened heavy fire", a bulleted line
whose capitalised first word is no name.  Our own sentences."""

from __future__ import annotations

import datetime as dt


def test_a_claim_the_report_could_not_confirm_is_no_event(rows):
    found = rows("Videos shared online on Monday claimed an air strike on a market near Shwebo; our monitors found no "
                 "evidence of any strike.", published=dt.date(2024, 3, 6))
    assert not [r for r in found if r.modality == "asserted" and r.event_type == "Explosions/Remote violence"]
    found = rows("Messages circulating on Telegram claim that fighters overran an outpost near Kalay on Sunday. We "
                 "could not verify them.", published=dt.date(2024, 3, 6))
    assert not [r for r in found if r.modality == "asserted" and r.event_type == "Battles"]


def test_a_confirmed_claim_stays_an_event(rows):
    found = rows("The group claimed an ambush on an army convoy near Kalay on Sunday that killed four soldiers; the "
                 "army confirmed the losses on Monday.", published=dt.date(2024, 3, 6))
    assert [r.modality for r in found if r.event_type == "Battles"] == ["asserted"]


def test_a_trigger_phrase_may_hold_an_adjective(hit_words):
    assert "opened random fire" in hit_words("The insurgents opened random fire on the convoy near Sukma.")
    assert hit_words("The rebels opened the gates of the market in Sukma.") == []


def test_a_capitalised_word_after_a_colon_or_dash_is_read_as_a_word(hit_words):
    assert "Shootout" in hit_words("2/ SATURDAY (9/3): Shootout near the market in Sittwe between police and a gang.")


def test_fire_opened_with_an_adjective_between_is_still_fire(rows):
    found = rows("On Tuesday morning, rebels opened heavy fire on a police patrol near the town of Jaffna, a police "
                 "statement said.", published=dt.date(2024, 3, 6))
    assert [r.event_type for r in found if r.modality == "asserted"] == ["Battles"]


def test_a_capitalised_word_after_a_colon_is_no_name(rows):
    found = rows("2/ SATURDAY (9/3): Shootout near the market in #Sittwe between police and an armed gang. Two "
                 "policemen hurt.", published=dt.date(2024, 3, 11))
    assert [r.event_type for r in found] == ["Battles"]


def test_troops_who_capture_a_person_make_an_arrest_not_ground_taken(rows):
    found = rows("Separately, the army's regional command reported that on Monday, in the municipality of Tame, troops "
                 "captured alias 'El Mono', presumed head of finances of an ELN front, in a joint operation with prosecutors.",
                 published=dt.date(2024, 8, 9))
    assert [r.sub_event_type for r in found] == ["Arrests"]


def test_a_day_by_which_something_was_not_yet_done_dates_no_event(rows):
    found = rows("Clashes broke out on Tuesday between two armed groups near the village of Paimadó, residents said. The "
                 "fighting lasted five hours and left four gunmen dead, whose bodies had not been collected by Thursday "
                 "evening.", published=dt.date(2025, 3, 14))
    assert [r.event_date for r in found if r.event_type == "Battles"] == [dt.date(2025, 3, 11)]


def test_a_fronted_distance_from_a_named_event_dates_from_that_event(rows):
    text = ("Block B, Kutupalong - On 3 March, gunmen of two rival groups exchanged fire in Block B of the camp. One "
            "volunteer was killed.\n\nTeknaf - On 5 March, four fishermen were abducted by armed men near Teknaf.\n\n"
            "Block D, Kutupalong - Two days after the Block B shooting, police raided shelters in Block D and arrested "
            "four suspected gang members.")
    found = rows(text, published=dt.date(2025, 3, 10))
    assert [r.event_date for r in found if r.sub_event_type == "Arrests"] == [dt.date(2025, 3, 5)]


def test_a_dated_bullet_labelled_with_a_place_stands_there(rows):
    text = ("SECURITY MONITOR - Weekly Round-up No. 12/2024\nCovering 10-16 March 2024 | Published 18 March 2024 | Kabul\n\n"
            "OVERVIEW\nFewer incidents were verified this week. Targeted killings of former soldiers continued in Kandahar "
            "province, while ISKP claimed one attack in the west.\n\nHERAT\n"
            "• 12 Mar - Herat city: About 30 women gathered near a roundabout in the city centre to demand the reopening of "
            "schools. Taliban personnel dispersed the gathering.\n"
            "• 14 Mar - Kohsan district: Taliban border forces and Iranian border guards exchanged fire for about 20 minutes "
            "near the Islam Qala crossing. No casualties were reported.\n\nKANDAHAR\n"
            "• 13 Mar - Panjwayi district: Gunmen on a motorcycle shot dead a former soldier near his home.\n"
            "• 16 Mar - Kandahar city: The intelligence directorate said it had broken up an ISKP cell in the city and "
            "arrested four members.")
    found = rows(text, published=dt.date(2024, 3, 18))
    assert [r.location for r in found if r.sub_event_type == "Arrests"] == ["Kandahar"]


def test_a_former_policeman_killed_is_a_civilian(rows):
    found = rows("In Kunduz, gunmen shot dead an ex-policeman outside his shop on Thursday, relatives said.",
                 published=dt.date(2024, 9, 21))
    assert [(r.sub_event_type, r.actor2) for r in found] == [("Attack", "Civilians (Afghanistan)")]


def test_serving_policemen_attacked_still_make_a_battle(rows):
    found = rows("In Kunduz, gunmen opened fire on policemen at a checkpoint on Thursday, killing two of them.",
                 published=dt.date(2024, 9, 21))
    assert [r.sub_event_type for r in found] == ["Armed clash"]


def test_a_march_remembering_a_shooting_of_another_year_is_peaceful(rows):
    found = rows("Hundreds of people marched through Kisumu on Saturday to mark two years since the day when police "
                 "shot dead nine demonstrators outside the county offices on 12 July 2023.", published=dt.date(2025, 7, 14))
    today = [r for r in found if r.event_date == dt.date(2025, 7, 12)]
    assert [(r.sub_event_type, r.fatalities) for r in today] == [("Peaceful protest", 0)]


def test_a_device_safely_detonated_by_troops_is_disrupted(rows):
    found = rows("On Tuesday, soldiers safely detonated an IED planted along the national highway in Malabang after "
                 "villagers reported a suspicious bag beside a culvert.", published=dt.date(2024, 6, 20))
    assert [r.sub_event_type for r in found] == ["Disrupted weapons use"]


def test_a_firefight_that_ensued_is_more_of_the_encounter(rows):
    text = ("Three rebels were killed in an encounter with soldiers near Talakag, Bukidnon, on Sunday morning, the army said.\n\n"
            "The patrol was responding to reports of armed men collecting extortion money when it came upon about ten "
            "fighters. A half-hour gunfight ensued. Two soldiers were slightly wounded.")
    found = rows(text, published=dt.date(2024, 6, 20))
    assert [(r.sub_event_type, r.fatalities, r.counts.injured) for r in found] == [("Armed clash", 3, 2)]


def test_deaths_told_across_a_region_are_a_tally(rows):
    found = rows("The Kharkiv region has been shelled almost every night. Regional officials said 41 civilians were killed "
                 "across the region in October.", published=dt.date(2025, 11, 4))
    assert not [r for r in found if r.fatalities]


def test_the_city_is_not_a_capital_named_for_its_government(rows):
    found = rows("Russian drones struck the city of Konotop overnight, killing two people, officials said on Wednesday, as "
                 "Moscow pressed an offensive in the border region. At least eight drones hit the city between 1 a.m. and "
                 "3 a.m., damaging a school.", published=dt.date(2025, 6, 4))
    assert {r.location for r in found} == {"Konotop"}


def test_control_of_a_place_named_for_a_person_is_still_ground(rows):
    found = rows("By Tuesday noon, government units announced that they had taken full control of Abu Salim, including "
                 "the militia's main compound.", published=dt.date(2025, 5, 14))
    assert [r.event_type for r in found] == ["Battles"]


def test_a_sides_claim_the_wire_could_not_verify_is_still_an_event(rows):
    found = rows("Russia's defence ministry said on Monday its drones had destroyed a Ukrainian command post near "
                 "Vasylivka. The claim could not be independently verified.", published=dt.date(2024, 11, 19))
    assert [r.modality for r in found if r.event_type == "Explosions/Remote violence"] == ["asserted"]


def test_a_models_number_counts_no_one():
    from dateline import pipeline
    from dateline.counts import count_mentions
    from dateline.types import Article

    text = ("1. On 4 March 2024, a junta Yak-130 jet bombed Hnan Khar village (Gangaw township, Gangaw district, Magway "
            "region) at around 1:30 pm. 3 civilians killed, 6 injured; a monastery and 5 houses damaged.")
    doc = next(pipeline.process(pipeline.build(), [Article(text=text, published=dt.date(2024, 3, 11))]))
    assert 130 not in [c.low for c in count_mentions(doc)]


def test_killed_and_injured_told_side_by_side_count_apart(rows):
    found = rows("INCIDENT NOTES - Magway Region, 2-6 May 2024\n\n1. On 2 May 2024, an air force jet bombed Kyauk Sit "
                 "village (Gangaw township, Magway region) at about noon. 2 civilians killed, 5 injured.",
                 published=dt.date(2024, 5, 6))
    assert [(r.fatalities, r.counts.injured) for r in found] == [(2, 5)]


def test_years_ago_this_week_dates_that_week_years_back(rows):
    found = rows("Five years ago this week, protests over bread prices turned into riots in Khartoum, where crowds set "
                 "fire to party offices.", published=dt.date(2023, 12, 20))
    assert found and all(r.event_date.year == 2018 and r.historical for r in found)


def test_years_ago_today_is_one_day():
    from dateline.times.rules_relative import _years_back_same

    assert _years_back_same(dt.date(2024, 2, 29), 1, "today") == "2023-02-28"
    assert _years_back_same(dt.date(2026, 1, 5), 4, "week") == "2022-W01"


def test_damage_done_by_an_accidental_blast_is_no_destruction_of_its_own(rows):
    text = ("Gas cylinder explosion kills three at Kulob restaurant; police rule out an attack\n\n"
            "KULOB - Three people were killed when a gas cylinder exploded in the kitchen of a restaurant near the bus "
            "station on Monday evening, the emergencies committee said. The blast ripped off the roof of the building "
            "and set fire to neighbouring shops.")
    assert rows(text, published=dt.date(2025, 4, 16)) == []


def test_searches_executed_are_no_killing(rows):
    found = rows("At dawn on Thursday, police units executed searches at four addresses in Zvečan and arrested three "
                 "suspects.", published=dt.date(2024, 3, 15))
    assert [r.sub_event_type for r in found] == ["Arrests"]
    found = rows("Militants executed three hostages in Raqqa on Monday.", published=dt.date(2024, 3, 15))
    assert [r.sub_event_type for r in found] == ["Attack"]


def test_a_year_inside_the_event_nouns_own_phrase_dates_it(rows):
    text = ("On 11/03/2025, troops recovered a rifle near Lanjigarh.\n\nOne of the dead was identified as a commander "
            "who was wanted for the murder of a teacher on suspicion of being an informer in 2019 and for the burning of "
            "two trucks near Rayagada in May 2022.")
    found = rows(text, published=dt.date(2025, 3, 12))
    murder = next(r for r in found if r.sub_event_type == "Attack")
    assert murder.event_date.year == 2019 and murder.historical


def test_a_unit_named_for_the_districts_it_spans_places_nothing():
    from dateline import pipeline
    from dateline.places import toponyms
    from dateline.types import Article

    text = ("Cadres of the Koraput-Rayagada-Malkangiri-Gajapati (KRMG) Division of the banned CPI (Maoist) opened fire "
            "on a police party on Tuesday.")
    doc = next(pipeline.process(pipeline.build(), [Article(text=text, published=dt.date(2025, 2, 7))]))
    assert not [t.text for t in toponyms(doc) if t.role == "location"]


def test_the_target_named_again_retells_the_event_with_a_finer_place(rows):
    text = ("MEXICO CITY, Nov 14 (Reuters) - Gunmen ambushed a National Guard convoy on a highway south of Culiacan on "
            "Wednesday, killing two guardsmen and wounding three, authorities in the northwestern state of Sinaloa said.\n\n"
            "The convoy came under fire near the town of Costa Rica, about 25 km (15 miles) south of the state capital, "
            "from men shooting out of two pickup trucks, the state security secretariat said. Local news sites had "
            "initially reported four guardsmen dead; officials later said two of them were in serious condition.")
    found = rows(text, published=dt.date(2024, 11, 14))
    assert [(r.sub_event_type, r.fatalities) for r in found] == [("Armed clash", 2)]
