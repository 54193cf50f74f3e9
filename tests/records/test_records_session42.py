"""Rules found on the read halves' leftovers and the w37 reading.  Our own sentences.

Each fails on the session-start code (1c1386a) unless its docstring calls it a guard."""

from __future__ import annotations

import datetime as dt


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
