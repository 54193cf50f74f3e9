"""Modality of an event mention: did it happen, or was it planned, threatened, denied, imagined?

We read the dependency parse: starting at the trigger we walk up its heads to
the top of its clause and look for cue words (``modality:`` in ontology.yaml) on
the way: a governing verb ("poised to carry out", "threatened to", "denied"),
a negation ("did not"), a modal or conditional ("could", "if"), or a modifier
on a noun trigger ("a planned attack").  A denial anywhere in the chain wins
(denying a plot is a denial); otherwise the nearest cue wins.
"""

from __future__ import annotations

from spacy.tokens import Token

from dateline.types import Evidence, Modality

# Crossing one of these relations leaves the trigger's clause: stop there.
CLAUSE_EDGES = frozenset({"relcl", "advcl", "parataxis", "acl"})
MODAL_DEPS = frozenset({"aux", "auxpass"})


def _cue_kind(tok: Token, cues: dict[str, list[str]], nxt: str) -> str | None:
    lemma = tok.lemma_.lower()
    pair = f"{lemma} {nxt}"
    for kind in ("denied", "threatened", "planned"):
        words = cues.get(kind, ())
        if lemma in words or pair in words:
            return kind
    return None


def _next_lower(tok: Token) -> str:
    return tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else ""


def modality_of(trigger: Token, cues: dict[str, list[str]]) -> tuple[Modality, Evidence | None]:
    """Modality of the event whose trigger head is ``trigger``, with the cue's span."""
    negation = set(cues.get("negation", ()))
    hypothetical = set(cues.get("hypothetical", ()))
    planned = set(cues.get("planned", ()))
    found: list[tuple[str, Token]] = []
    node = trigger
    steps = 0
    while True:
        if node.i != trigger.i:
            kind = _cue_kind(node, cues, _next_lower(node))
            if kind:
                found.append((kind, node))
        for child in node.children:
            low = child.lower_
            if child.dep_ == "neg" or (child.dep_ in ("det", "advmod") and low in ("no", "never") and node.pos_ == "VERB"):
                if low in negation or child.dep_ == "neg":
                    found.append(("denied", child))
            elif child.dep_ in MODAL_DEPS and (low in hypothetical or child.lemma_.lower() in hypothetical):
                found.append(("hypothetical", child))
            elif child.dep_ in MODAL_DEPS and low in planned:
                found.append(("planned", child))
            elif child.dep_ == "mark" and low in hypothetical:
                found.append(("hypothetical", child))
            elif child.dep_ in ("amod", "compound") and child.i < node.i:
                kind = _cue_kind(child, cues, "")
                if kind in ("planned", "threatened"):
                    found.append((kind, child))
        steps += 1
        if node.dep_ == "acl" and node.head.pos_ == "NOUN":
            # "a plot to attack", "plans to bomb", "a foiled plot": the noun the clause
            # completes, and its modifiers, can make the event planned or threatened.
            for tok in (node.head, *[c for c in node.head.children if c.dep_ in ("amod", "compound")]):
                kind = _cue_kind(tok, cues, "")
                if kind in ("planned", "threatened"):
                    found.append((kind, tok))
                    break
        if node.dep_ in CLAUSE_EDGES or node.head.i == node.i or steps > 12:
            break
        node = node.head
    if not found:
        return "asserted", None
    for kind, tok in found:
        if kind == "hypothetical" and tok.dep_ == "mark":
            return "hypothetical", _evidence(tok)  # "if ... not": a condition, not a denial
    for kind, tok in found:
        if kind == "denied":
            return "denied", _evidence(tok)
    kind, tok = found[0]
    return kind, _evidence(tok)  # type: ignore[return-value]


def _evidence(tok: Token) -> Evidence:
    return Evidence(start=tok.idx, end=tok.idx + len(tok.text), text=tok.text)
