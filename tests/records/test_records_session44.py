"""Rules found on the read halves' leftovers and the w39 reading.  Our own sentences.

Each fails on the session-start code (f66907b) unless its docstring calls it a guard."""

from __future__ import annotations

import datetime as dt


def kinds(found) -> list[tuple[str, str | None]]:
    return [(r.sub_event_type, r.location) for r in found]


def test_property_burned_in_a_protest_s_paragraph_makes_it_a_riot(rows):
    """"traders shut the market road in protest ... A minibus was torched and police fired tear gas": the crowd's
    own violence, one violent demonstration, not a protest and a separate arson."""
    found = rows("On Monday morning, traders in Gombe closed the main market road in protest against the new levy. "
                 "A minibus was set on fire after its passengers were ordered out. Police fired tear gas to reopen "
                 "the road.", published=dt.date(2024, 6, 4))
    assert [(r.sub_event_type, r.location) for r in found] == [("Violent demonstration", "Gombe")]


def test_property_burned_elsewhere_later_is_no_riot_of_the_protest(rows):
    """Guard: an arson set apart from the march ("Separately") stays its own event, and the march peaceful."""
    found = rows("On Monday, traders in Gombe marched to the governor's office in protest against the new levy. "
                 "Separately, gunmen set fire to a church in Billiri on Monday night.", published=dt.date(2024, 6, 4))
    assert ("Peaceful protest", "Gombe") in kinds(found)
    assert all(r.sub_event_type != "Violent demonstration" for r in found)


def test_a_name_told_short_after_its_longer_form_is_not_a_namesake_town(rows):
    """"the Complexo do Salgueiro, in Sao Goncalo ... residents of the Salgueiro": the short form is the favela complex, not the
    town of Salgueiro 1,500 km away in Pernambuco."""
    found = rows("Police raided the Complexo do Salgueiro, in Sao Goncalo, on Thursday, and two suspects were shot dead. "
                 "On Friday, residents of the Salgueiro held a march against the killings.", published=dt.date(2022, 8, 19))
    assert found and all(r.admin1 == "Rio de Janeiro" for r in found)
    # (a longer name the gazetteer lacks: its short form is no town of its own either)
    found = rows("Police raided the Comunidade do Salgueiro, in Sao Goncalo, on Thursday, and two suspects were shot "
                 "dead. On Friday, residents of the Salgueiro held a march against the killings.", published=dt.date(2022, 8, 19))
    assert found and all(r.admin1 == "Rio de Janeiro" for r in found)


def test_the_entrance_to_a_town_places_the_event_at_it(rows):
    """"blocked the road at the entrance to X": a part of the town, reached by "to" as by "of"; the crowd's own
    village ("residents of Y") is where they come from, not where the road was blocked."""
    found = rows("On Thursday, residents of Maseno blocked the main highway at the entrance to Kisumu with rocks.",
                 published=dt.date(2023, 7, 21))
    assert kinds(found) == [("Peaceful protest", "Kisumu")]


def test_a_road_blocked_since_a_day_is_one_protest_going_on(rows):
    """"since Thursday, residents have blocked the road": one blockade going on since its first day, not a count over
    the period (the events stage knew it; the linking stage's tally reading did not)."""
    found = rows("Since Thursday, villagers from the hills have blocked the main road into Kisumu with rocks and "
                 "burning tyres.", published=dt.date(2023, 7, 21))
    assert len(found) == 1 and found[0].event_type in ("Protests", "Riots")  # (burning tyres may make it a riot)
    assert found[0].event_date == dt.date(2023, 7, 20)


def test_a_name_after_the_market_of_is_a_place_whatever_the_tagger_said(rows):
    """"the weekly market of X": a part of a town and "of" make the name a place, though the small model calls it a
    person; the arrests told next are there."""
    found = rows("On Sunday, an attack being planned against the weekly market of Kantchari was foiled. Soldiers "
                 "detained three suspects there.", published=dt.date(2023, 5, 18))
    assert [(r.sub_event_type, r.location) for r in found if r.modality == "asserted"] == [("Arrests", "Kantchari")]


def test_things_beside_the_people_arrested_are_no_one(rows):
    """"arrested two suspects in possession of a motorcycle, a bag of X and two phones": the parse hangs the things on
    the verb as more objects; once people are named, a thing is no one arrested."""
    found = rows("Troops arrested two suspects in possession of a motorcycle, a bag of ammunition and two phones in "
                 "Kantchari on Sunday.", published=dt.date(2023, 5, 18))
    assert [(r.sub_event_type, r.counts.arrested) for r in found] == [("Arrests", 2)]


def test_an_axis_between_two_towns_is_a_road_and_near_x_places_the_blast(rows):
    """"on the A-B axis, near X": the road's end towns are no place of the blast; the village near which it went off is
    (and the axis alone stands on the road between them)."""
    found = rows("On Monday, a supply convoy struck a mine on the Fada N'Gourma-Pama axis, near Natiaboani.",
                 published=dt.date(2023, 5, 18))
    assert kinds(found) == [("Remote explosive/landmine/IED", "Natiaboani")]
    found = rows("On Monday, a supply convoy struck a mine on the Fada N'Gourma-Pama axis.", published=dt.date(2023, 5, 18))
    assert len(found) == 1 and found[0].location != "Fada N'gourma" and found[0].geo_precision == 2


def test_a_village_described_by_its_distance_from_the_regional_capital_stands_there(rows):
    """"X, a hamlet of the Y commune situated about 40 km east of the regional capital": the village the gazetteer
    lacks stands at that point from the capital, which GeoNames marks as no seat in some countries (the region's
    largest town is its seat)."""
    found = rows("Gunmen stormed Koulbouli, a hamlet of the commune of Fada N'Gourma situated about 40 km east of the "
                 "regional capital, on Saturday and killed five herders.", published=dt.date(2023, 5, 18))
    assert len(found) == 1 and found[0].location == "Koulbouli" and found[0].admin1 == "Est"
    assert abs(found[0].longitude - 0.72) < 0.1 and found[0].geo_precision == 2


def test_armed_men_who_attacked_a_displacement_site_attacked_civilians(rows):
    """"armed men believed to be X attacked the camp for displaced people": the parser makes "believed" the main verb
    and the classifier reads no event; an armed doer and a place of civilians tell an attack on civilians.  A camp of
    the army is a battle's target (guard)."""
    found = rows("On Friday night, armed men presumed to be CODECO attacked the Rhoe displacement site, near Drodro.",
                 published=dt.date(2023, 2, 13))
    assert [(r.sub_event_type, r.actor2) for r in found] == [("Attack", "Civilians (Democratic Republic of Congo)")]
    found = rows("On Friday night, gunmen attacked a displacement site near Bunia.", published=dt.date(2023, 2, 13))
    assert [r.sub_event_type for r in found] == ["Attack"]
    found = rows("On Friday night, gunmen attacked an army camp near Bunia, killing 12 people.", published=dt.date(2023, 2, 13))
    assert [r.sub_event_type for r in found] == ["Armed clash"]


def test_a_region_after_a_unit_is_the_first_order_unit(rows):
    """"near X, in the cercle of Niono (Segou region)": "region" names Segou's first-order unit, in which Niono lies,
    not the Segou cercle beside it (which holds no Niono and sent the row to the region's middle)."""
    found = rows("On Wednesday, the air force struck a gathering of fighters near Dogofry, in the cercle of Niono (Segou "
                 "region), killing ten.", published=dt.date(2022, 7, 29))
    assert [(r.sub_event_type, r.location, r.admin1) for r in found] == [("Air/drone strike", "Niono", "Segou")]


def test_a_siege_entering_its_seventh_week_takes_no_ground(rows):
    """"the siege of X by Y entered its seventh week": a stretch of time entered, no change of territory nor any new
    development, whatever the classifier made of "entered"; the toll since a month's day is a total (guard)."""
    for town in ("Babanusa", "El Fasher"):
        found = rows(f"The siege of {town} by the Rapid Support Forces (RSF) entered its seventh week. Since the shelling "
                     "grew heavier on 2 May, at least 90 people have died in the town.", published=dt.date(2024, 6, 21))
        assert found == []


def test_a_note_s_denied_by_after_a_claim_denies_it(rows):
    """A coder's "X claims the group captured Y. Denied by the district commissioner.": the claim is denied, no row."""
    found = rows("Militant media claim that the fighters captured the Bulo Burte airstrip on Sunday. Denied by the "
                 "district commissioner; no corroboration.", published=dt.date(2024, 6, 21))
    assert found == []


def test_a_place_the_sentence_opens_on_frames_it(rows):
    """"In X, about 45 km west of Y, youths blocked the road at the city's entrance ... protesting the fighting in Z":
    the sentence opens on X, which frames it; Z, where the fighting they protest was, is not the place."""
    found = rows("Armed groups clashed in Janzour, west of Tripoli, on Monday night, and two people were killed.\n\n"
                 "In Zawiya, about 45 km west of Tripoli, dozens of youths blocked the coastal road at the city's eastern "
                 "entrance with burning tyres on Tuesday afternoon, protesting against the closure of the road and the "
                 "fighting in Janzour.", published=dt.date(2024, 11, 19))
    assert [r.location for r in found if r.event_type != "Battles"] == ["Zawiya"]


def test_tajoura_is_the_tripoli_suburb(rows):
    """A spelling of Tripoli's eastern suburb the gazetteer lacked (an alias, aliases.tsv)."""
    found = rows("A member of the Tajoura municipal council was abducted by unidentified gunmen on Monday as he left his "
                 "office, his family said.", published=dt.date(2024, 11, 19))
    assert [(r.sub_event_type, r.country) for r in found] == [("Abduction/forced disappearance", "Libya")]


def test_a_day_after_dates_the_killing_told_by_its_when_clause(rows):
    """"MPs yesterday pressed ... | The debate came a day after three officers were killed when their vehicle ran over
    a device in X": the device's day is a day before the debate's, whose day the sentence before gave."""
    found = rows("Members of Parliament yesterday pressed the Treasury to raise the security budget.\n\nThe debate in the "
                 "National Assembly came a day after three police officers were killed when their vehicle ran over an "
                 "improvised explosive device in Mandera County.", published=dt.date(2023, 6, 7))
    assert [(r.sub_event_type, r.event_date) for r in found] == [("Remote explosive/landmine/IED", dt.date(2023, 6, 5))]


def test_a_figure_in_another_item_of_a_list_is_not_the_event_s(rows):
    """"Headlines: troops report fighting with insurgents in X district; three fishermen killed near Y": the
    fishermen's deaths are another item's, not the fight's toll."""
    found = rows("In the headlines: troops report fighting with insurgents in Mocimboa da Praia district on Wednesday; "
                 "three fishermen killed near Mucojo on Tuesday.", published=dt.date(2024, 9, 5))
    clash = [r for r in found if r.event_type == "Battles"]
    assert clash and clash[0].fatalities == 0


def test_police_dispersing_the_crowd_just_told_is_an_intervention(rows):
    """"Members of X blocked the road ... The police fired shots into the air to disperse them": the state's forces
    doing a word of intervention on the crowd make the protest one with intervention; "No one was hurt" counts no
    one injured."""
    found = rows("On Monday, members of the local militia blocked the N380 road at the entrance of Macomia town to demand "
                 "unpaid allowances. The police fired shots into the air to disperse them and the road was reopened after "
                 "about two hours. No one was hurt.", published=dt.date(2024, 9, 5))
    assert [(r.sub_event_type, r.counts.injured) for r in found] == [("Protest with intervention", None)]


BRIEF = ("SECURITY BRIEF\nThursday 9 May 2024 | Coverage: 6-9 MAY\n\n"
         "2.1 NINEWA - Sinjar district - Monday 6 MAY, approx. 2100L\n"
         "Militants attacked an army checkpoint near Sinuni with small arms. Two soldiers KIA, three WIA. The group claimed "
         "the attack through its news outlet on Tuesday.\n\n"
         "2.2 SALAH AL-DIN - Tuz Khurmatu district - Sunday 5 MAY\n"
         "Air Force jets struck militant hideouts in the hills north-east of Tuz Khurmatu, killing four fighters.\n")


def test_an_item_heading_dates_its_item_wherever_its_day_stands(rows):
    """"2.2 PROVINCE - district - Sunday 5 MAY" over an item: the item's day, though the heading opens with its number
    and places (not the day of the item before, nor the day a claim was made, "claimed the attack ... on Tuesday");
    a note's "two soldiers KIA, three WIA" are two killed and three wounded."""
    found = rows(BRIEF, published=dt.date(2024, 5, 9))
    assert [(r.event_type, r.event_date) for r in found] == [("Battles", dt.date(2024, 5, 6)),
                                                             ("Explosions/Remote violence", dt.date(2024, 5, 5))]
    assert (found[0].fatalities, found[0].counts.injured) == (2, 3)


def test_another_act_on_a_new_day_in_the_same_town_is_a_new_event(rows):
    """"On Thursday fighters and soldiers clashed near X ... | Then on Saturday, fighters entered X. Residents said the
    militiamen took over the offices": Saturday's taking of the town is its own event, not more of Thursday's fight."""
    found = rows("On Thursday, Fano fighters and soldiers fought for several hours on the outskirts of Debark, residents "
                 "said. Nine combatants were killed.\n\nThen on Saturday, Fano fighters entered Debark before dawn. "
                 "Residents said the militiamen took over the zonal administration offices and the police station.",
                 published=dt.date(2024, 3, 12))
    assert [(r.sub_event_type, r.event_date) for r in found] == [
        ("Armed clash", dt.date(2024, 3, 7)), ("Non-state actor overtakes territory", dt.date(2024, 3, 9))]


def test_a_day_told_on_before_the_doers_is_the_day_and_another_event_s_place_is_not_the_arrest_s(rows):
    """"Acting on intelligence, on 14/01/2024 operatives swooped on a hideout in X LGA. Two suspects, who were identified
    by the Y attack survivors, were arrested": the parser reads the day as a count of the operatives (it is still the
    day), and Y names the attack the survivors lived through, not where the arrest was (one raid, at X)."""
    found = rows("2. HIDEOUT IN ORSU RAIDED\nActing on intelligence, on 14/01/2024 operatives of the Command swooped on a "
                 "hideout of the gang in a forest in Orsu LGA. Two (2) suspects, who were identified by the Oguta attack "
                 "survivors, were arrested, while others fled into the bush.", published=dt.date(2024, 1, 16))
    assert [(r.sub_event_type, r.event_date, r.location, r.counts.arrested) for r in found] == [
        ("Arrests", dt.date(2024, 1, 14), "Orsu", 2)]


def test_a_village_the_gazetteer_lacks_stands_in_the_district_written_after_it(rows):
    """"abducted along the Owerri-Okigwe road at Amaraku, Isiala Mbano LGA": the parser hangs the LGA on the verb; the
    village stands in its LGA, not at Okigwe, a road's end town in another LGA."""
    found = rows("On 11/01/2024 at about 1930hrs, a Catholic priest was abducted by gunmen along the Owerri-Okigwe road at "
                 "Amaraku, Isiala Mbano LGA, while returning to his parish.", published=dt.date(2024, 1, 16))
    assert [(r.location, r.geo_precision) for r in found] == [("Isiala Mbano", 2)]


def test_killed_by_a_bullet_from_an_armed_side_is_an_attack(rows):
    """"A boy was killed yesterday by a bullet from a Houthi sniper": a passive killing whose agent names an armed side
    is an attack on civilians, whatever the classifier made of the sentence after a lead summing up the week."""
    found = rows("Taiz: boy killed by sniper fire\n\nTaiz - Our correspondent | Sunday 27/08/2023\n\nThe besieged city saw "
                 "a new escalation during the past week, with civilians wounded by shelling, local sources said.\n\n"
                 "A boy was killed yesterday, Saturday 26/08/2023, by a bullet from a Houthi sniper posted in the hills "
                 "above the al-Rawda neighbourhood, while he was playing outside his home.", published=dt.date(2023, 8, 27))
    assert ("Attack", dt.date(2023, 8, 26)) in [(r.sub_event_type, r.event_date) for r in found]


def test_a_lead_summing_up_the_week_folds_into_the_day_told_below(rows):
    """"The city saw a new escalation during the past week, with civilians killed by shelling ... | On Friday, shells
    fell on houses, wounding four civilians, among them two women": the lead's week is Friday's shelling, one row,
    with Friday's figures (four wounded: the two women are among them)."""
    found = rows("The besieged city of Taiz saw a new escalation during the past week, with civilians killed and wounded by "
                 "shelling, according to local sources.\n\nOn Friday evening, Houthi shells fell on houses in the "
                 "Osaifra neighbourhood, wounding four civilians, among them two women, the health office said.",
                 published=dt.date(2023, 8, 27))
    assert [(r.sub_event_type, r.event_date, r.fatalities, r.counts.injured) for r in found] == [
        ("Shelling/artillery/missile attack", dt.date(2023, 8, 25), 0, 4)]
