"""Rules found on the w33 read half's leftovers and the w34 reading.  Our own sentences."""

from __future__ import annotations

import datetime as dt


def test_a_protest_whose_grievance_is_a_disaster_is_still_a_protest(rows):
    found = rows("BEIRUT (Reuters) - Hundreds of villagers in the quake-hit town of Jableh marched on Saturday, demanding "
                 "answers over the collapse of apartment blocks that buried whole families last month, and later "
                 "pelted the municipal building with stones, witnesses said.\n\n"
                 "The earthquake of Feb. 6 killed more than 50,000 people in Turkey and Syria.\n\n"
                 "Aid groups say thousands remain homeless.", published=dt.date(2023, 3, 13))
    assert [(r.event_type, r.event_date) for r in found if r.event_type in ("Protests", "Riots")][:1] \
        in ([("Protests", dt.date(2023, 3, 11))], [("Riots", dt.date(2023, 3, 11))])


def test_a_disaster_told_alone_is_still_no_event(rows):
    found = rows("Floods that swept through the valley on Saturday destroyed hundreds of homes and killed 14 people, "
                 "the civil protection agency said.", published=dt.date(2023, 3, 13))
    assert not [r for r in found if r.modality == "asserted"]


def test_an_unplaced_arrest_after_a_flood_paragraph_is_not_at_sea(rows):
    found = rows("Hundreds of residents of Derna protested on Monday outside the main mosque, chanting against the "
                 "eastern parliament.\n\n"
                 "The storm last week pushed torrents of mud through the old town and swept cars into the "
                 "Mediterranean.\n\n"
                 "Overnight, security forces detained four men accused of organising the rally, relatives said.",
                 published=dt.date(2023, 9, 19))
    arrests = [r for r in found if r.sub_event_type == "Arrests"]
    assert [(r.location, r.admin1) for r in arrests] == [("Darnah", "Darnah")]
