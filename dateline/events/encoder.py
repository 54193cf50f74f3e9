"""A frozen sentence encoder (all-MiniLM-L6-v2) run with onnxruntime: no torch, nothing fetched.

Why: the lexical classifier learns the words of its training sentences; a pretrained
encoder also knows their paraphrases ("stormed", "overran", "fell to").  The encoder
ships in ``dateline/data/models/minilm/`` (int8 weights, ~23 MB, Apache-2.0; made by
``scripts/convert_minilm.py``, which records where the weights came from and checks
the graph against a float32 reference).  ``tokenizers`` (Rust) does the WordPiece split.

Sentences are cut to ``max_tokens`` WordPieces (attention grows with the square of the
length, and an event is told early in its sentence), sorted by length and encoded in
batches, so a 10,000-word sentence costs no more than a 128-token one.
"""

from __future__ import annotations

import json
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

ENCODER_DIR = Path(__file__).resolve().parents[1] / "data" / "models" / "minilm"
FORMAT = "dateline-minilm-onnx-v1"


class EncoderError(RuntimeError):
    pass


def session_options(threads: int = 1):  # type: ignore[no-untyped-def]
    """onnxruntime's options for the encoder graph."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.intra_op_num_threads = threads  # spaCy and n_process already use the cores
    options.inter_op_num_threads = 1
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    # Keep the int8 matrices' dequantisation a constant, folded once: newer onnxruntime (1.2x-1.3x)
    # otherwise fuses DequantizeLinear + MatMul into MatMulNBits, which on CPUs without AVX-512/VNNI
    # ran the encoder 2.3 times slower and changed its vectors (up to 0.006) from the float32
    # arithmetic the classifier was trained on.
    options.add_session_config_entry("session.disable_quant_qdq", "1")
    return options


class SentenceEncoder:
    """``encode(texts) -> float32 array (n, dim)``, rows of unit length."""

    def __init__(self, directory: Path = ENCODER_DIR, max_tokens: int = 128, batch_size: int = 8,
                 threads: int = 1) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        paths = [directory / n for n in ("encoder.json", "encoder.onnx", "tokenizer.json")]
        for p in paths:
            if not p.exists():
                raise EncoderError(f"sentence encoder file missing: {p}; rebuild it with `python scripts/convert_minilm.py`")
        self.directory = directory
        self.meta = json.loads(paths[0].read_text(encoding="utf-8"))
        if self.meta.get("format") != FORMAT:
            raise EncoderError(f"{paths[0]}: unknown encoder format {self.meta.get('format')!r} (expected {FORMAT})")
        self.dim = int(self.meta["hidden_size"])
        self.identity = encoder_identity(self.meta)
        self.max_tokens = max_tokens
        self.batch_size = batch_size
        self.tokenizer = Tokenizer.from_file(str(paths[2]))
        self.tokenizer.enable_truncation(max_length=max_tokens)
        self.tokenizer.no_padding()
        self._lock = threading.Lock()  # the Rust tokenizer's settings are shared state
        self.session = ort.InferenceSession(str(paths[1]), session_options(threads), providers=["CPUExecutionProvider"])

    def token_ids(self, texts: list[str]) -> list[list[int]]:
        # Cut very long inputs before the tokenizer sees them: max_tokens WordPieces never
        # need more than ~10 characters each.
        cap = self.max_tokens * 10
        with self._lock:
            return [e.ids for e in self.tokenizer.encode_batch([t[:cap] for t in texts])]

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        ids = self.token_ids(texts)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        for start in range(0, len(order), self.batch_size):
            batch = order[start:start + self.batch_size]
            length = max(len(ids[i]) for i in batch)
            tokens = np.zeros((len(batch), length), dtype=np.int64)
            mask = np.zeros((len(batch), length), dtype=np.float32)
            for row, i in enumerate(batch):
                tokens[row, :len(ids[i])] = ids[i]
                mask[row, :len(ids[i])] = 1.0
            out[batch] = self.session.run(None, {"input_ids": tokens, "attention_mask": mask})[0]
        return out


def encoder_identity(meta: dict) -> str:
    """What the vectors depend on: the fine-tuned weights' hash when the encoder was fine-tuned
    (``scripts/finetune_encoder.py``), else the original weights' hash."""
    return (meta.get("fine_tuned") or {}).get("weights_sha256") or meta["source"]["sha256"]


def shipped_identity(directory: Path = ENCODER_DIR) -> str | None:
    """The identity of the encoder in ``directory`` from its encoder.json alone (no session), or None."""
    try:
        return encoder_identity(json.loads((directory / "encoder.json").read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError):
        return None


def get_encoder(directory: str | Path | None = None) -> SentenceEncoder:
    """Cached encoder (loaded once per process, read-only after); the shipped one by default."""
    return _cached_encoder(str(Path(directory or ENCODER_DIR).resolve()))


@lru_cache(maxsize=2)
def _cached_encoder(directory: str) -> SentenceEncoder:
    return SentenceEncoder(Path(directory))
