"""Places rules of the forty-fourth session.  Our own sentences; each fails on f66907b unless called a guard."""

from __future__ import annotations


def test_a_feature_word_after_a_name_is_no_town_abroad(parse):
    """"escaped towards the Boni Forest": the kind word of a feature's name, not the Brussels commune Forest (nor a
    Guernsey parish); "in Forest, a district of Brussels" is the commune (guard)."""
    from dateline.places import toponyms

    doc = parse("Militants escaped towards the Boni Forest after the raid. He lives in Forest, a district of Brussels.")
    places = [(t.text, t.place.country if t.place else None) for t in toponyms(doc) if t.role == "location"]
    assert ("Forest", "Belgium") in places and sum(1 for name, _ in places if name == "Forest") == 1
