"""Which place locates an event, and the name it is reported under."""

from __future__ import annotations

from dateline.places import toponyms
from dateline.records.context import Context
from dateline.records.place import locate_event, place_name
from dateline.types import EventMention


def locate(doc, sentence_start: int, sentence_end: int, start: int, end: int):
    m = EventMention(start=start, end=end, text=doc.text[start:end], sentence_start=sentence_start,
                     sentence_end=sentence_end, event_type="Battles", sub_event_type="Armed clash")
    return locate_event(Context.of(doc), m)


def _event(doc, trigger: str):
    start = doc.text.index(trigger)
    sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
    return locate(doc, sent.start_char, sent.end_char, start, start + len(trigger))


def test_a_nationality_does_not_locate_the_event(parse):
    doc = parse("In Aden, police detained two men who had shot a Jordanian engineer and a UAE officer last year.")
    where = _event(doc, "shot")
    assert where is not None and where.place.name == "Aden"


def test_a_town_used_as_modifier_still_locates(parse):
    doc = parse("Kismayo police arrested three suspects on Friday.")
    where = _event(doc, "arrested")
    assert where is not None and where.place.name == "Kismayo"


def test_alias_spelling_names_the_place(parse):
    doc = parse("Soldiers arrested a senior militant on the outskirts of Houta, the capital of Lahej, on Monday.")
    where = _event(doc, "arrested")
    assert where is not None and where.place.admin1 == "Lahij"
    assert place_name(where) == "Al Hawtah"  # our alias file's spelling, one of the town's GeoNames names


def test_text_spelling_of_the_geonames_name_keeps_geonames_name(parse):
    doc = parse("Fighting spread across Hadramawt on Sunday, residents said.")
    (t,) = [t for t in toponyms(doc) if t.text == "Hadramawt"]
    assert place_name(t) == t.place.name


def test_locate_event_prefers_town_in_clause(parse):
    text = "Special forces arrested a suspect on the outskirts of Houta, the capital of Lahej province, officials said."
    doc = parse(text)
    start = text.index("arrested")
    sent = next(iter(doc.sents))
    place = locate(doc, sent.start_char, sent.end_char, start, start + len("arrested"))
    assert place is not None and place.text == "Houta"
    assert place.geo_precision == 2


def test_locate_event_province_only_and_previous_sentence(parse):
    text = "Clashes were reported across Hadramout.\nTwo soldiers were killed, the army said."
    doc = parse(text)
    sents = list(doc.sents)
    first = locate(doc, sents[0].start_char, sents[0].end_char, text.index("Clashes"), text.index("Clashes") + 7)
    assert first is not None and first.place.feature_code == "ADM1" and first.geo_precision == 3
    k = text.index("killed")
    second = locate(doc, sents[-1].start_char, sents[-1].end_char, k, k + 6)
    assert second is None  # a new paragraph does not inherit the previous one's place


def test_locate_event_falls_back_to_dateline(parse):
    text = "Two soldiers were killed in an ambush, the army said."
    doc = parse(text, dateline="ADEN, Yemen")
    k = text.index("killed")
    place = locate(doc, 0, len(text), k, k + 6)
    assert place is not None and place.place.iso == "YE"
