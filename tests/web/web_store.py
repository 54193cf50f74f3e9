"""A small store for the page tests, from reports we wrote ourselves, with evidence spans into each text.

36 events in Yemen, Nigeria and Mali over January-March 2024 in four sub-types,
plus one event told by two outlets (merged, two sources).
"""

from __future__ import annotations

import datetime as dt

from dateline.store import Store
from dateline.types import Article, Counts, EventRecord, Evidence

TOWNS = [
    # name, admin1, country, lat, lon, iso3
    ("Aden", "Aden", "Yemen", 12.7794, 45.0367, "YEM"),
    ("Al Mukalla", "Hadramawt", "Yemen", 14.5425, 49.1242, "YEM"),
    ("Lahij", "Lahij", "Yemen", 13.0582, 44.8838, "YEM"),
    ("Maiduguri", "Borno", "Nigeria", 11.8469, 13.1571, "NGA"),
    ("Kano", "Kano", "Nigeria", 12.0001, 8.5167, "NGA"),
    ("Mopti", "Mopti", "Mali", 14.4843, -4.1830, "MLI"),
    ("Gao", "Gao", "Mali", 16.2717, -0.0447, "MLI"),
]

# sub-type, type, disorder, the report (with {town}, {n}, {day}), and the words each field came from
KINDS = [
    ("Armed clash", "Battles", "Political violence",
     "Soldiers fought militants near {town} on {day}, and {n} fighters were killed in the exchange of fire, a local official told reporters.",
     {"sub_event_type": "fought", "actor1": "Soldiers", "actor2": "militants", "fatalities": "{n} fighters were killed"}),
    ("Attack", "Violence against civilians", "Political violence",
     "Gunmen opened fire on villagers at a market in {town} on {day}, leaving {n} people dead, residents said.",
     {"sub_event_type": "opened fire on villagers", "actor1": "Gunmen", "actor2": "villagers", "fatalities": "leaving {n} people dead"}),
    ("Peaceful protest", "Protests", "Demonstrations",
     "Hundreds of traders marched through {town} on {day} to demand lower fuel prices; organisers said {n} people were hurt when the crowd was pushed back.",
     {"sub_event_type": "marched", "actor1": "traders", "counts.injured": "{n} people were hurt"}),
    ("Shelling/artillery/missile attack", "Explosions/Remote violence", "Political violence",
     "Artillery shells fired by the army struck homes on the edge of {town} on {day}, killing {n} residents, according to a health worker.",
     {"sub_event_type": "Artillery shells fired", "actor1": "the army", "actor2": "residents", "fatalities": "killing {n} residents"}),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
START = dt.date(2024, 1, 2)


def _span(text: str, words: str) -> Evidence:
    start = text.index(words)
    return Evidence(start=start, end=start + len(words), text=words)


def report(aid: str, kind: int, town: int, day: dt.date, n: int, outlet: str, title: str | None = None,
           text: str | None = None, evidence: dict[str, str] | None = None) -> tuple[Article, list[EventRecord]]:
    sub, etype, disorder, template, fields = KINDS[kind]
    name, admin1, country, lat, lon, iso3 = TOWNS[town]
    weekday = WEEKDAYS[day.weekday()]
    text = text or template.format(town=name, n=n, day=weekday)
    fields = evidence or {k: v.format(n=n) for k, v in fields.items()}
    ev = {k: [_span(text, v)] for k, v in fields.items()}
    ev["location"] = [_span(text, name)]
    ev["event_date"] = [_span(text, weekday)] if weekday in text else []
    injured = n if "counts.injured" in fields else None
    fatalities = 0 if injured is not None else n
    record = EventRecord(
        event_id_cnty=f"{iso3}-{aid}-1", article_id=aid, event_date=day, year=day.year, time_precision=1,
        disorder_type=disorder, event_type=etype, sub_event_type=sub, actor1=fields.get("actor1", "").capitalize() or None,
        actor2=fields.get("actor2", "").capitalize() or None, country=country, admin1=admin1, location=name,
        latitude=lat, longitude=lon, geo_precision=1, source=outlet, notes=f"On {day.isoformat()}, {sub.lower()} in {name} ({admin1}, {country}).",
        fatalities=fatalities, fatalities_low=fatalities, fatalities_high=fatalities, counts=Counts(injured=injured),
        confidence=0.8, evidence={k: v for k, v in ev.items() if v},
    )
    article = Article(id=aid, text=text, title=title or f"{sub} reported in {name}", published=day + dt.timedelta(days=1),
                      source=outlet, url=f"https://news.example.org/{aid}")
    return article, [record]


def items() -> list[tuple[Article, list[EventRecord]]]:
    out = []
    for i in range(36):
        town = i % len(TOWNS)
        kind = (i // 2) % len(KINDS)
        day = START + dt.timedelta(days=(i * 61) // 36 + (i % 3))  # spread over about nine weeks
        out.append(report(f"r{i:02d}", kind, town, day, n=(i * 7) % 11, outlet=f"Outlet {i % 5}"))
    # one event told twice in other words: merged into one event with two sources
    day = dt.date(2024, 3, 20)
    first = "Security forces clashed with insurgents outside Gao on Wednesday; four insurgents died, the regional governor said."
    second = "Four insurgents died on Wednesday when security forces and insurgents clashed on the road outside Gao, according to the governor."
    fields = {"sub_event_type": "clashed", "actor1": "Security forces", "actor2": "insurgents", "fatalities": "four insurgents died"}
    out.append(report("m1", 0, 6, day, 4, "Outlet A", title="Clash outside Gao", text=first, evidence=fields))
    fields2 = {**fields, "actor1": "security forces", "fatalities": "Four insurgents died"}
    out.append(report("m2", 0, 6, day, 4, "Outlet B", title="Insurgents die in Gao clash", text=second, evidence=fields2))
    return out


def build(url: str) -> dict[str, int]:
    with Store.open(url) as store:
        store.add_batch(items())
        return store.counts()


if __name__ == "__main__":  # python tests/web/web_store.py /tmp/web.db
    import sys

    print(build(sys.argv[1]))
