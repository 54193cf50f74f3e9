"""Which place locates an event, and the name it is reported under."""

from __future__ import annotations

from dateline.places.assign import locate_event, place_name


def _event(doc, trigger: str):
    start = doc.text.index(trigger)
    sent = next(s for s in doc.sents if s.start_char <= start < s.end_char)
    return locate_event(doc, sent.start_char, sent.end_char, start, start + len(trigger))


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
    (t,) = [t for t in doc._.toponyms if t.text == "Hadramawt"]
    assert place_name(t) == t.place.name
