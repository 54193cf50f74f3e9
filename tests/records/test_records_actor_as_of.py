"""A movement that became the state is named as ACLED names it on the event's own day, not the report's."""

from __future__ import annotations

import datetime as dt


def _one(rows, text, published):
    found = [r for r in rows(text, published) if r.modality == "asserted"]
    assert len(found) == 1, found
    return found[0]


def test_houthi_forces_are_the_de_facto_state_after_2017(rows):
    r = _one(rows, "Houthi fighters fired mortar rounds at a market in Hays on Sunday, killing three civilians.",
             dt.date(2022, 3, 9))
    assert (r.actor1, r.inter1) == ("Military Forces of Yemen (2017-) Houthi", "State forces")
    assert r.actor2 == "Civilians (Yemen)"


def test_houthi_forces_with_saleh_before_december_2017(rows):
    r = _one(rows, "Houthi fighters fired mortar rounds at a market in Hays on Sunday, killing three civilians.",
             dt.date(2016, 3, 9))
    assert r.actor1 == "Military Forces of Yemen (2015-2017) Houthi-Saleh"


def test_a_note_without_publication_date_takes_the_name_of_its_own_day(rows):
    r = _one(rows, "On 3 May 2023, Taliban fighters shot dead a former police officer in Andar district (Ghazni).", None)
    assert (r.actor1, r.inter1) == ("Military Forces of Afghanistan (2021-)", "State forces")


def test_an_old_ambush_told_today_keeps_the_group_name_of_its_day(rows):
    text = ("The court heard on Tuesday that Taliban insurgents had ambushed a police convoy in Andar district of "
            "Ghazni in June 2019, killing six officers.")
    found = [r for r in rows(text, dt.date(2024, 2, 6)) if r.event_date and r.event_date.year == 2019]
    assert found and all(r.actor1 == "Taliban" for r in found)


def test_the_movements_supporters_are_not_its_forces(rows):
    r = _one(rows, "Police arrested four Houthi supporters in Marib on Tuesday.", dt.date(2021, 6, 3))
    assert r.sub_event_type == "Arrests"
    assert r.actor2 == "Houthi Movement - Ansar Allah"
