"""Rules found on the read halves' leftovers and the w37 reading.  Our own sentences.

Each fails on the session-start code (1c1386a) unless its docstring calls it a guard."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

NOTES = Path(__file__).parents[1] / "fixtures" / "notes"


def note(name: str, event_id: str) -> str:
    """The text of one of our blind coder-style notes (read half), by its id."""
    with open(NOTES / f"blind-{name}.csv", encoding="utf-8") as f:
        return next(r["notes"] for r in csv.DictReader(f) if r["event_id_cnty"] == event_id)


def test_a_capital_in_a_conjoined_clause_is_no_namesake_beside_a_country_named_in_passing(rows):
    """"marched to the embassy in X ..., set fire to its gate, waving flags of Y": X, the capital named in the
    clause the trigger's continues, stands though the only country the text names is Y."""
    found = rows("On 2 August 2023, hundreds of demonstrators marched to the Belgian consulate in Bamako, tore down its sign "
                 "and set fire to the guard post, waving the flags of Russia.", published=dt.date(2023, 8, 3))
    assert [(r.sub_event_type, r.location, r.country) for r in found] == [("Violent demonstration", "Bamako", "Mali")]


def test_a_district_with_its_province_in_brackets_is_the_event_s_place(rows):
    """"in X district (Y)": the bracket names the province holding X; the event is in X, not in Y's town."""
    found = rows("Soldiers defused a pressure-cooker bomb hidden beside a rubber plantation road in Bannang Sata "
                 "district (Yala) on Sunday morning, police said.", published=dt.date(2024, 10, 28))
    assert [(r.sub_event_type, r.location, r.admin1) for r in found] == [
        ("Disrupted weapons use", "Amphoe Bannang Sata", "Yala")]


def test_a_canal_is_not_the_town_it_is_named_after(rows):
    found = rows("On 3 June 2022, gunmen attacked an army checkpoint east of the Suez Canal near El Qantara and "
                 "exchanged fire with soldiers.", published=dt.date(2022, 6, 4))
    assert [(r.sub_event_type, r.location) for r in found] == [("Armed clash", "Al Qantarah")]


def test_a_fight_whose_toll_is_of_soldiers_stays_a_fight(rows):
    """"Militants attacked a checkpoint ... and exchanged fire with soldiers | Fatalities: 11 soldiers killed": the
    toll of forces does not turn the fight into an attack on civilians.  Guards: our own such sentence, and a toll
    of residents, which still does."""
    found = rows(note("n14", "A077"), published=dt.date(2022, 5, 8))
    assert [(r.event_type, r.fatalities) for r in found] == [("Battles", 11)]
    found = rows("On 3 June 2022, militants attacked a checkpoint outside Arish. Fatalities: 9 soldiers killed, "
                 "4 injured.", published=dt.date(2022, 6, 4))
    assert [(r.event_type, r.fatalities) for r in found] == [("Battles", 9)]
    found = rows("Gunmen attacked the Bulo Hawo neighbourhood of Beledweyne on Friday. At least nine residents "
                 "were killed.", published=dt.date(2022, 5, 8))
    assert [(r.sub_event_type, r.fatalities) for r in found] == [("Attack", 9)]
