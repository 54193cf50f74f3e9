"""Review feeds back: reviewed events become training sentences, and a retrained model follows a correction.

The retraining test needs the events stage's trainer (dateline.events.train, issue #8); it skips in a
build without it.  Every sentence here is our own.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.store import Store
from dateline.store.feedback import FeedbackError, review_examples, review_pairs
from dateline.store.review import review_event
from dateline.types import Article, EventRecord, Evidence

# The reported sentence: the machine calls it an armed clash; the analyst knows the rebels took the town.
REPORTED = "Rebel fighters seized the district headquarters in Kolwara after a night assault."
PARAPHRASE = "Rebel fighters seized the army headquarters in Dunmara after a dawn assault."

# a tiny base corpus of our own: 'assault' and 'headquarters' lean towards a clash, 'seized' is never seen
BASE = [
    ("ARMED_CLASH", "Soldiers and rebels fought a long assault near the district headquarters."),
    ("ARMED_CLASH", "Troops repelled an assault by militants on an army post."),
    ("ARMED_CLASH", "Government forces clashed with insurgents outside the headquarters of the garrison."),
    ("ARMED_CLASH", "Militia fighters exchanged fire with police during a night assault on a checkpoint."),
    ("ARMED_CLASH", "An assault on a border post left both sides counting their wounded."),
    ("ARMED_CLASH", "Fighting broke out between two armed groups at dawn near the market."),
    ("NON_STATE_ACTOR_OVERTAKES_TER", "Insurgents took control of the town after the army withdrew."),
    ("NON_STATE_ACTOR_OVERTAKES_TER", "The armed group now controls the river crossing and two villages."),
    ("NON_STATE_ACTOR_OVERTAKES_TER", "Militants captured the district and raised their flag over the council building."),
    ("NON_STATE_ACTOR_OVERTAKES_TER", "A rebel faction took over the mining town without a fight."),
    ("PEACE_PROTEST", "Hundreds of teachers marched to demand unpaid salaries."),
    ("PEACE_PROTEST", "Students held a sit-in outside the ministry over fees."),
    ("PEACE_PROTEST", "Traders protested peacefully against a new market tax."),
    ("PEACE_PROTEST", "Nurses rallied in the capital to call for better pay."),
]


def reported_event(aid: str, text: str, trigger: str, sub: str = "Armed clash", event_type: str = "Battles",
                   day: int = 3, lat: float = 10.0) -> tuple[Article, list[EventRecord]]:
    start = text.index(trigger)
    rec = EventRecord(event_id_cnty=f"XXX-{aid}-1", article_id=aid, event_type=event_type, sub_event_type=sub,
                      event_date=dt.date(2024, 5, day), time_precision=1, latitude=lat, longitude=20.0, geo_precision=1,
                      country="Testland", admin1="North", location="Kolwara", fatalities=0, confidence=0.6,
                      evidence={"sub_event_type": [Evidence(start=start, end=start + len(trigger), text=trigger)]})
    return Article(id=aid, text=text, published=dt.date(2024, 5, day + 1), source="Outlet"), [rec]


@pytest.fixture
def store(tmp_path) -> Store:  # type: ignore[no-untyped-def]
    s = Store.open(str(tmp_path / "fb.db"))
    s.add_batch([
        reported_event("a", f"Residents were shaken. {REPORTED} Shops stayed shut.", "seized"),
        reported_event("b", "Hundreds of farmers marched to the governor's office over land.", "marched", "Peaceful protest", "Protests", 9, 30.0),
        reported_event("c", "Soldiers clashed with gunmen near a bridge at dawn.", "clashed", day=20, lat=-10.0),
    ])
    yield s
    s.close()


def test_reviews_become_labelled_sentences(store: Store) -> None:
    assert review_examples(store) == []  # nothing reviewed yet: nothing to teach
    review_event(store, "XXX-a-1", "edit", "amina", {"sub_event_type": "Non-state actor overtakes territory"})
    review_event(store, "XXX-b-1", "confirm", "amina")
    review_event(store, "XXX-c-1", "reject", "amina")
    examples = review_examples(store)
    assert [(e.event_id, e.label, e.status) for e in examples] == [
        ("XXX-a-1", "NON_STATE_ACTOR_OVERTAKES_TER", "edited"), ("XXX-b-1", "PEACE_PROTEST", "confirmed")]
    assert examples[0].text == REPORTED  # the event's own sentence, not the whole article
    assert len(review_pairs(store, weight=3)) == 6
    with pytest.raises(FeedbackError):
        review_pairs(store, weight=0)


def test_cli_says_what_is_missing(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from dateline.cli import app

    url = str(store.engine.url.database)
    result = CliRunner().invoke(app, ["train", "events", "--from-reviews", "--db", url, "--out", str(tmp_path / "m")])
    assert result.exit_code == 2 and "no confirmed or corrected events" in result.output


def test_a_corrected_sub_type_changes_the_prediction_for_a_paraphrase(store: Store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    train = pytest.importorskip("dateline.events.train", reason="needs the events stage's trainer (#8)")
    from dateline.cli import app
    from dateline.events.model import EventModel

    base = tmp_path / "base.tsv"
    base.write_text("".join(f"{label}\t{text}\n" for label, text in BASE), encoding="utf-8")

    def predict(model: EventModel, text: str) -> str:
        probs = model.predict_proba(train.featurise([text]))[0]
        return model.labels[int(probs.argmax())]

    before = train.train_models(BASE, embeddings=False, min_count=1).main
    assert predict(before, PARAPHRASE) == "ARMED_CLASH"  # what the machine said about the reported event

    review_event(store, "XXX-a-1", "edit", "amina", {"sub_event_type": "Non-state actor overtakes territory"})
    out = tmp_path / "model"
    url = str(store.engine.url.database)
    result = CliRunner().invoke(app, ["train", "events", "--from-reviews", "--db", url, "--from", str(base), "--out", str(out), "--no-embeddings"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert summary["edited"] == 1 and summary["reviewed_sentences"] == 1 and Path(summary["out"]) == out
    after = EventModel.load(out)
    assert predict(after, PARAPHRASE) == "NON_STATE_ACTOR_OVERTAKES_TER"
    assert predict(after, "Troops repelled an assault by militants near the river.") == "ARMED_CLASH"  # the rest still holds
    assert after.meta["reviews"]["sentences"] == 1
