"""The component's score(), its config, and triggers added to the ontology file alone."""

from __future__ import annotations

from pathlib import Path

import yaml
from spacy.training import Example

from dateline import pipeline
from dateline.events import event_mentions, set_event_mentions
from dateline.types import EventMention

ROOT = Path(__file__).resolve().parents[2]


def test_score_against_gold_mentions():
    nlp = pipeline.build(stages=["events"])
    text = "Police arrested the opposition leader at his home. Warplanes bombed a market, killing nine people."
    predicted = nlp(text)
    reference = nlp.make_doc(text)
    second = text.index("Warplanes")
    set_event_mentions(reference, [
        EventMention(start=7, end=15, text="arrested", sentence_start=0, sentence_end=second - 1,
                     event_type="Strategic developments", sub_event_type="Arrests"),
        EventMention(start=second + 10, end=second + 16, text="bombed", sentence_start=second, sentence_end=len(text),
                     event_type="Explosions/Remote violence", sub_event_type="Air/drone strike"),
    ])
    scores = nlp.get_pipe("dateline_events").score([Example(predicted, reference)])
    assert scores["events_p"] == 1.0 and scores["events_r"] == 1.0 and scores["events_modality_acc"] == 1.0


def test_new_trigger_counts_without_retraining(tmp_path):
    """A made-up weapon word becomes a trigger by editing the ontology file only."""
    text = "Militants fired a zorbalite at the army barracks overnight."
    raw = yaml.safe_load((ROOT / "dateline" / "data" / "ontology.yaml").read_text())
    for sub in raw["sub_event_types"]:
        if sub["code"] == "ART_MISS_ATTACK":
            sub["triggers"].append("zorbalite")
    edited = tmp_path / "ontology.yaml"
    edited.write_text(yaml.safe_dump(raw))
    before = event_mentions(pipeline.build(stages=["events"])(text))
    after = event_mentions(pipeline.build(stages=["events"], config={"events": {"ontology_path": str(edited)}})(text))
    assert not any(m.text == "zorbalite" for m in before)
    assert [m.text for m in after if m.sub_event_type == "Shelling/artillery/missile attack"] == ["zorbalite"]


def test_needs_a_parser():
    import pytest
    from dateline.nlp import load_base

    nlp = load_base(exclude=("parser",))
    import dateline.events.component  # noqa: F401

    with pytest.raises(ValueError, match="parse"):
        nlp.add_pipe("dateline_events")


class _SpyEncoder:
    """Records which sentences reach the sentence encoder, then encodes them for real."""

    def __init__(self, encoder) -> None:
        self.encoder, self.seen = encoder, []

    def encode(self, texts):
        self.seen.extend(texts)
        return self.encoder.encode(texts)


def _encoded(config: dict, text: str) -> list[str]:
    nlp = pipeline.build(stages=["events"], config={"events": config})
    detector = nlp.get_pipe("dateline_events").detector
    detector.encoder = spy = _SpyEncoder(detector.encoder)
    nlp(text)
    return spy.seen


QUIET = "The town council approved a new budget for the public library on Tuesday."
EVENT = "Gunmen shot dead two farmers in the village late on Monday."


def test_every_sentence_of_a_short_text_is_encoded():
    """A headline or a coder's note is read with its vector even when the words alone see no event;
    in a long article only the sentences the words point at are encoded (the encoder is the cost)."""
    short = f"{QUIET} {EVENT}"
    assert _encoded({}, short) == [QUIET, EVENT]
    assert _encoded({"encode_short": 0}, short) == [EVENT]
    long = " ".join([QUIET, EVENT, QUIET.replace("Tuesday", "Friday"), QUIET.replace("library", "park")])
    assert _encoded({}, long) == [EVENT]


def test_a_model_directory_with_its_own_encoder_is_read_with_it(tmp_path):
    """A model trained on a fine-tuned encoder's vectors is run with that encoder, not the shipped one."""
    import shutil

    from dateline.events.encoder import ENCODER_DIR

    shipped = ROOT / "dateline" / "data" / "models"
    for f in shipped.glob("*.*"):
        shutil.copy(f, tmp_path / f.name)
    shutil.copytree(ENCODER_DIR, tmp_path / "minilm")
    nlp = pipeline.build(stages=["events"], model_dir=str(tmp_path))
    assert nlp.get_pipe("dateline_events").detector.encoder.directory == (tmp_path / "minilm").resolve()


def test_a_protest_class_without_a_protest_word_leaves_the_rest_renormalised():
    """The vector may call arrested activists a protest; with no protest word the sentence is read
    by the other classes given that it is no demonstration, not by their raw leftovers."""
    import numpy as np

    nlp = pipeline.build(stages=["events"])
    detector = nlp.get_pipe("dateline_events").detector
    doc = nlp("Police arrested twenty activists at a party office.")
    sent = next(iter(doc.sents))
    hits = detector.lexicon.find(*_keys_and_names(sent))
    p = np.zeros(len(detector.labels), dtype=np.float32)
    p[detector.labels.index("PROTEST_WITH_INTER")] = 0.69
    p[detector.labels.index("ARREST")] = 0.30
    p[detector.labels.index("NONE")] = 0.01
    (mention,) = detector._sentence(sent, hits, p)
    assert mention.sub_event_type == "Arrests" and mention.score > 0.9


def test_an_event_type_sure_of_itself_passes_the_gate_its_split_sub_types_miss():
    """Probability spread over sibling sub-types (air strike, shelling, IED) is still one sure
    event type: the sentence reports it, as the likeliest sibling.  Not so for Strategic
    developments, whose sub-types are unlike acts, nor without a trigger of the type."""
    import numpy as np

    nlp = pipeline.build(stages=["events"])
    detector = nlp.get_pipe("dateline_events").detector
    doc = nlp("A bombing in the market town wounded nine traders on Friday.")
    sent = next(iter(doc.sents))
    hits = detector.lexicon.find(*_keys_and_names(sent))
    p = np.zeros(len(detector.labels), dtype=np.float32)
    for code, prob in [("AIR_STRIKE", 0.28), ("ART_MISS_ATTACK", 0.22), ("REM_EXPLOS", 0.2), ("NONE", 0.27), ("ORG_CRIME", 0.03)]:
        p[detector.labels.index(code)] = prob
    (mention,) = detector._sentence(sent, hits, p)
    assert mention.event_type == "Explosions/Remote violence" and mention.sub_event_type == "Air/drone strike"
    assert detector._sentence(sent, [h for h in hits if h.oos], p) == []  # no word of the type
    # A protest word makes Protests sure, but the close runner-up is a riot, told with no riot's word: nothing.
    doc = nlp("The movement grew stronger after the crackdown on protesters in the capital.")
    sent = next(iter(doc.sents))
    hits = detector.lexicon.find(*_keys_and_names(sent))
    assert any(h.code == "PEACE_PROTEST" for h in hits) and not any(h.code == "VIOL_DEMONSTR" for h in hits)
    p = np.zeros(len(detector.labels), dtype=np.float32)
    for code, prob in [("FORCE_AGAINST_PROTEST", 0.3), ("VIOL_DEMONSTR", 0.2), ("PEACE_PROTEST", 0.1), ("NONE", 0.25),
                       ("ORG_CRIME", 0.15)]:
        p[detector.labels.index(code)] = prob
    assert detector._sentence(sent, hits, p) == []
    q = np.zeros(len(detector.labels), dtype=np.float32)
    for code, prob in [("AGREEMENT", 0.3), ("CHANGE_TO_GROUP_ACT", 0.25), ("NONE", 0.2), ("ARREST", 0.25)]:
        q[detector.labels.index(code)] = prob
    assert not detector._type_holds(q, detector.labels.index("AGREEMENT"), hits)


def _keys_and_names(sent):
    from dateline.events.features import proper_nouns, token_keys

    return token_keys(sent), proper_nouns(sent)
