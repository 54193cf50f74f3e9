"""Docs carry every stage's output as plain data: they serialise and run in worker processes.

Checks ``Doc.to_bytes``, a ``DocBin`` round trip with every slot, and that
``nlp.pipe(n_process=2)`` gives the same records as one process.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.tokens import Doc, DocBin

from dateline import pipeline
from dateline.actors import actor_mentions
from dateline.counts import count_mentions
from dateline.events import event_mentions
from dateline.nlp import DATA_SLOTS, doc_article, has_slot
from dateline.places import toponyms
from dateline.records import event_records
from dateline.times import timexes
from dateline.types import Article

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "al-mukalla.txt"

# Our own sentences, one kind of event each, plus one with none.
TEXTS = [
    "Soldiers clashed with Al Shabaab fighters near Baidoa on Sunday, leaving five dead.",
    "Police arrested twelve protesters in Nairobi on Tuesday after a march on parliament.",
    "A roadside bomb struck a minibus outside Kandahar on Monday, killing three civilians.",
    "The finance ministry published its quarterly budget figures on Friday.",
    "Gunmen abducted two aid workers from a clinic in Maiduguri last week, officials said.",
]


def articles() -> list[Article]:
    published = dt.date(2021, 3, 3)
    out = [Article(id=f"t{k}", text=t, published=published, source="ours") for k, t in enumerate(TEXTS)]
    out.append(Article(id="mukalla", text=EXAMPLE.read_text(encoding="utf-8"), published=dt.date(2016, 5, 12),
                       dateline="AL MUKALLA, Yemen"))
    return out


@pytest.fixture(scope="module")
def nlp():
    return pipeline.build()


@pytest.fixture(scope="module")
def docs(nlp) -> list[Doc]:
    return list(pipeline.process(nlp, articles()))


def outputs(doc: Doc) -> dict[str, object]:
    """Everything the stages left on a Doc, through the public accessors."""
    return {
        "article": doc_article(doc),
        "places": toponyms(doc),
        "times": timexes(doc),
        "actors": actor_mentions(doc),
        "counts": count_mentions(doc),
        "events": event_mentions(doc),
        "records": event_records(doc),
        "spans": {key: [(s.start_char, s.end_char, s.label_, s.kb_id_) for s in group] for key, group in doc.spans.items()},
    }


def test_every_slot_is_filled_and_plain(docs) -> None:
    mukalla = docs[-1]
    for slot in DATA_SLOTS:
        assert has_slot(mukalla, slot), slot
    assert event_records(mukalla) and toponyms(mukalla) and timexes(mukalla)
    assert set(mukalla.spans) >= {"dateline_places", "dateline_times", "dateline_actors", "dateline_counts", "dateline_events"}
    assert {s.label_ for s in mukalla.spans["dateline_events"]} & {"Arrests", "Government regains territory"}
    plain = (str, int, float, bool, type(None))

    def check(value: object) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                assert isinstance(k, str)
                check(v)
        elif isinstance(value, list):
            for v in value:
                check(v)
        else:
            assert isinstance(value, plain), type(value)

    for doc in docs:
        for slot in DATA_SLOTS:
            check(getattr(doc._, f"dateline_{slot}"))


def test_doc_to_bytes_round_trip(nlp, docs) -> None:
    for doc in docs:
        again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        assert outputs(again) == outputs(doc)


def test_docbin_round_trip_keeps_every_field(nlp, docs) -> None:
    box = DocBin(store_user_data=True)
    for doc in docs:
        box.add(doc)
    restored = list(DocBin().from_bytes(box.to_bytes()).get_docs(nlp.vocab))
    assert len(restored) == len(docs)
    for before, after in zip(docs, restored):
        assert after.text == before.text
        assert outputs(after) == outputs(before)
    records = event_records(restored[-1])
    assert any(r.sub_event_type == "Arrests" and r.counts.arrested == 8 for r in records)
    assert all(r.evidence["sub_event_type"] for r in records)


def _without_timestamps(doc: Doc) -> list[dict[str, object]]:
    return [r.model_dump(exclude={"timestamp"}) for r in event_records(doc)]


def test_two_processes_give_the_same_output_as_one(nlp, docs) -> None:
    two = list(pipeline.process(nlp, articles(), batch_size=2, n_process=2))
    assert [d.text for d in two] == [d.text for d in docs]
    for one_doc, two_doc in zip(docs, two):
        assert _without_timestamps(two_doc) == _without_timestamps(one_doc)
        got, want = outputs(two_doc), outputs(one_doc)
        got.pop("records"), want.pop("records")
        assert got == want
