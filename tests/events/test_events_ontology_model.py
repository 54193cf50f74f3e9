"""The ontology file validates, and the shipped model agrees with it and with the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dateline.events.model import EventModel, ModelError, get_model
from dateline.events.ontology import OntologyError, get_ontology, load_ontology

ROOT = Path(__file__).resolve().parents[2]


def shared_data() -> Path:
    from dateline.evaluation import shared_data_dir

    return shared_data_dir()


def test_ontology_shape():
    onto = get_ontology()
    assert onto.disorder_types == ["Political violence", "Demonstrations", "Strategic developments"]
    assert len(onto.event_types) == 6
    assert len(onto.sub_event_types) == 25
    assert all(s.triggers and s.plover and s.cameo for s in onto.sub_event_types)
    assert set(onto.oos_codes) >= {"NATURAL_DISASTER", "MAN_MADE_DISASTER", "DIPLO", "ORG_CRIME", "ATTRIB"}
    assert onto.by_name("Agreement").code == "AGREEMENT"
    assert onto.merges("Battles", "Explosions/Remote violence")
    assert not onto.merges("Strategic developments", "Violence against civilians")


def test_case_labels_match_ontology():
    labels = shared_data() / "case2021-task2" / "labels.txt"
    if not labels.exists():
        pytest.skip("shared CASE data not available")
    codes = {ln.strip() for ln in labels.read_text().splitlines() if ln.strip().replace("_", "").isalpha() and ln.strip().isupper()}
    onto = get_ontology()
    assert codes <= set(onto.codes) | set(onto.oos_codes)


def test_bad_ontology_gives_clear_error(tmp_path):
    raw = yaml.safe_load((ROOT / "dateline" / "data" / "ontology.yaml").read_text())
    raw["sub_event_types"][0]["event_type"] = "Skirmishes"
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(raw))
    with pytest.raises(OntologyError, match="unknown event_type 'Skirmishes'"):
        load_ontology(bad)
    bad.write_text("version: [1\n")
    with pytest.raises(OntologyError, match="not valid YAML"):
        load_ontology(bad)


def test_shipped_model_matches_ontology_and_corpus():
    model = get_model()
    onto = get_ontology()
    assert model.labels == onto.codes + onto.oos_codes
    assert all(f"lex={c}" in model.vocab for c in onto.codes)
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    sys.path.insert(0, str(ROOT / "training" / "events"))
    import train_events

    assert model.meta["corpus_spec"] == train_events.SHIPPED
    assert model.meta["n_sentences"] == len(train_events.read_corpus(train_events.SHIPPED, model.meta["label_mapping"]))


def test_model_round_trip(tmp_path):
    from dateline.events.encoder import get_encoder
    from dateline.events.model import get_models

    models = get_models()
    feats = [["w=airstrike", "lex=AIR_STRIKE"], ["w=earthquake", "cue=NATURAL_DISASTER"], []]
    texts = ["Jets carried out an airstrike on the village.", "An earthquake shook the coast.", ""]
    vectors = get_encoder().encode(texts)
    for name, model, args in (("lexical", models.lexical, ()), ("events", models.main, (vectors,))):
        model.save(tmp_path, name)
        again = EventModel.load(tmp_path, name)
        a, b = model.predict_proba(feats, *args), again.predict_proba(feats, *args)
        assert abs(a - b).max() < 1e-3  # weights are stored as float16
        assert again.labels[a[0].argmax()] == "AIR_STRIKE"
        assert (a.argmax(1) == b.argmax(1)).all()
    assert models.main.uses_embeddings and not models.lexical.uses_embeddings
    with pytest.raises(ModelError, match="reads sentence embeddings"):
        models.main.predict_proba(feats)
    with pytest.raises(ModelError, match="not found"):
        EventModel.load(tmp_path / "missing")
