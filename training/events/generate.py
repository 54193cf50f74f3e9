"""Generate the templated part of the event-training corpus.

    python training/events/generate.py            # writes training/events/generated.tsv

Output lines are ``LABEL<TAB>sentence``.  The hand-written sentences live in
``handwritten.tsv`` beside this file; the trainer reads both.  The seeds are fixed
so the corpus (and the shipped model) can be rebuilt exactly.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import vocab  # noqa: E402
from templates import T  # noqa: E402
import templates_more  # noqa: E402,F401  (adds its templates to T)
import templates_extra  # noqa: E402,F401
import templates_none  # noqa: E402,F401
import templates_broad  # noqa: E402,F401

SLOT = re.compile(r"\{([^{}]*)\}")
PER_CLASS = 420
PER_CLASS_OVERRIDE = {"NONE": 1100, "ORG_CRIME": 560, "ARMED_CLASH": 480, "ATTACK": 480}


def fill(template: str, rng: random.Random, cap: bool = True) -> str:
    def pick(match: re.Match[str]) -> str:
        body = match.group(1)
        if "|" in body or not body.isupper():
            return rng.choice(body.split("|"))
        values = getattr(vocab, body, None)
        if values is None:
            raise KeyError(f"template slot {{{body}}} has no list in vocab.py")
        return rng.choice(values)

    text = SLOT.sub(pick, template)
    text = re.sub(r"\s+([,.])", r"\1", re.sub(r" {2,}", " ", text))
    if not cap:
        return text
    text = text.strip()
    return text[0].upper() + text[1:]


def decorate(sentence: str, rng: random.Random) -> str:
    """Sometimes wrap a sentence in neutral context (a dateline, a source, a clause)."""
    roll = rng.random()
    if roll < 0.25:
        prefix = fill(rng.choice(vocab.PREFIX), rng, cap=False)
        sentence = prefix + sentence[0].lower() + sentence[1:] if not sentence[1:2].isupper() else prefix + sentence
    elif roll < 0.5 and sentence.endswith("."):
        sentence = sentence[:-1] + fill(rng.choice(vocab.SUFFIX), rng, cap=False) + "."
    return sentence[0].upper() + sentence[1:]


SEEDS = (1, 2)  # two independent samples: a larger corpus and a less seed-dependent model


def generate(seeds: tuple[int, ...] = SEEDS) -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for seed in seeds:
        for row in generate_one(seed):
            if row not in seen:
                seen.add(row)
                rows.append(row)
    return rows


def generate_one(seed: int) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    rows: list[tuple[str, str]] = []
    for label, templates in T.items():
        n = PER_CLASS_OVERRIDE.get(label, PER_CLASS)
        seen: set[str] = set()
        tries = 0
        while len(seen) < n and tries < n * 20:
            tries += 1
            sent = decorate(fill(rng.choice(templates), rng), rng)
            if sent not in seen:
                seen.add(sent)
                rows.append((label, sent))
    return rows


def main() -> None:
    rows = generate()
    out = HERE / "generated.tsv"
    out.write_text("".join(f"{label}\t{text}\n" for label, text in rows), encoding="utf-8")
    print(f"wrote {len(rows)} sentences to {out}")


if __name__ == "__main__":
    main()


# --- checking every sentence a template can produce -------------------------------------

def _alternatives(body: str) -> list[str]:
    if "|" in body or not body.isupper():
        return body.split("|")
    values = getattr(vocab, body, None)
    if values is None:
        raise KeyError(f"template slot {{{body}}} has no list in vocab.py")
    return list(values)


def _segments(template: str) -> list[list[str]]:
    """A template as a sequence of choices: literal text is a choice of one."""
    out: list[list[str]] = []
    pos = 0
    for match in SLOT.finditer(template):
        out.append([template[pos:match.start()]])
        out.append(_alternatives(match.group(1)))
        pos = match.end()
    out.append([template[pos:]])
    return out


def template_runs(template: str, index, context: bool = True) -> set[str]:
    """Every run of words that some filling of ``template`` (with any decoration the
    generator may add) shares with a dev text (``index``: a DevIndex built with prefixes).

    Walks the template left to right keeping, for every partial filling, only its last
    words that could still begin a dev run, so all fillings are covered without listing
    them one by one.
    """
    from dateline.evaluation.overlap import words

    n = index.n
    found: set[str] = set()

    def shorten(seq: tuple[str, ...]) -> tuple[str, ...]:
        for k in range(min(n - 1, len(seq)), 0, -1):
            if index.is_start(" ".join(seq[-k:])):
                return seq[-k:]
        return ()

    def walk(segments: list[list[str]], tails: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
        for choices in segments:
            nxt: set[tuple[str, ...]] = set()
            for alt in choices:
                if SLOT.search(alt):  # a vocab entry with slots of its own (a prefix or suffix)
                    nxt |= walk(_segments(alt), tails)
                    continue
                w = tuple(words(alt))
                for tail in tails:
                    seq = tail + w
                    for i in range(0, len(seq) - n + 1):
                        run = " ".join(seq[i:i + n])
                        if index.is_run(run):
                            found.add(run)
                    nxt.add(shorten(seq))
            tails = nxt
        return tails

    walk(_segments(template), {()})
    if context:  # decorate(): a PREFIX before, or a SUFFIX before the final full stop
        walk([list(vocab.PREFIX)] + _segments(template), {()})
        if template.endswith("."):
            walk(_segments(template[:-1]) + [list(vocab.SUFFIX), ["."]], {()})
    return found
