"""Build the dateline pipeline and run it over articles.

The stages are spaCy components registered with ``@Language.factory`` in each
stage package (``dateline/<stage>/component.py``); each declares what it
assigns, its default config, and a ``score()`` against gold examples.  This
module chooses which stages to add, in flow order, and holds the run loop:

- ``process`` / ``extract``: Docs or records for code and tests; errors raise.
- ``run``: what the ``extract`` command runs.  Each article on its own, under
  a time limit; one that fails or runs over becomes an ``Outcome`` with a
  problem, and the batch goes on.  ``jobs > 1`` runs the same ``run_one`` in a
  pool of worker processes (pool.py); ``engine="dask"`` on a Dask cluster
  (scale.py).  ``extract`` and ``ingest`` both run it.  Outcomes come back in input order, one by one, so the caller
  can write each record as soon as its article is done.
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from dateline.limits import DEFAULT_SECONDS, TimeLimitExceeded, deadline
from dateline.nlp import doc_article, doc_text, load_base, register_extensions, set_article
from dateline.types import Article, EventRecord, InputProblem
from dateline.places.context import report_head
from dateline.records.layout import CLOCK_HEADING, section_heads

# stage name -> (module that registers the factory, factory name), in flow order.
STAGES: dict[str, tuple[str, str]] = {
    "places": ("dateline.places.component", "dateline_places"),
    "times": ("dateline.times.component", "dateline_times"),
    "actors": ("dateline.actors.component", "dateline_actors"),
    "counts": ("dateline.counts.component", "dateline_counts"),
    "events": ("dateline.events.component", "dateline_events"),
    "records": ("dateline.records.component", "dateline_records"),
}
ALL_STAGES: tuple[str, ...] = tuple(STAGES)


@Language.component("dateline_body", assigns=["token.is_sent_start"])
def mark_body(doc: Doc) -> Doc:
    """Start a sentence where the report's body starts, after a headline or dateline kept in the text
    (the reader's mark, or ``report_head``'s when the reader made none).

    "Al Mukalla: Fifty-seven operatives surrendered" stays as the user wrote
    it; the parser (which respects sentence starts set before it) then does
    not read "Al Mukalla" as the subject of the first sentence.
    """
    run_on = _run_on_words(doc)
    if len(run_on):
        starts = doc.to_array("SENT_START").astype(numpy.int64)
        starts[run_on] = -1
        doc.from_array(["SENT_START"], starts.reshape(-1, 1).astype(numpy.uint64))  # (spaCy stores -1 wrapped)
    start = report_head(doc_article(doc))[1]
    if start > 0:
        for token in doc:
            if token.idx >= start:
                if not token.is_space:
                    token.is_sent_start = True
                    break
    # A paragraph starts a sentence: a heading standing alone ("SITUATION OVERVIEW", "10:15 GMT - Clashes
    # near the dam") fused with the next paragraph becomes its subject, and a sentence run on across
    # the break takes the places and people of the paragraph before.
    for s in numpy.flatnonzero(doc.to_array("IS_SPACE")):  # paragraph breaks are space tokens
        i = int(s) + 1
        if i < len(doc) and doc[i - 1].text.count("\n") >= 2 and not doc[i].is_space:
            doc[i].is_sent_start = True
    for i in _source_tails(doc):
        doc[i].is_sent_start = True
    text = doc_text(doc)
    for start, end, _ in section_heads(text):  # "09:30 GMT - Car bomb\nResidents are clearing ...": the entry's heading alone
        # (so is a report's dated heading, "Tuesday 10 June\nA second night of ...", and a log entry's label of fields
        # set apart by bars: "#2 | 5 Mar 2024 | Konduga")
        if (i := _token_from(doc, end)) is not None:
            doc[i].is_sent_start = True
        if (CLOCK_HEADING.match(text, start) or " | " in text[start:end]) and (k := _token_from(doc, start)) is not None and k > 0:
            doc[k].is_sent_start = True  # (and the label starts one: "... still missing.\n[5] 26 Oct | X")
    items = _list_items(doc)
    for i in items:
        doc[i].is_sent_start = True
        if i + 1 < len(doc) and not doc[i + 1].is_space:
            # the marker alone: parsed with its item, a bullet becomes a verb or the item's subject
            # ("• Police post in X attacked overnight" read with "•" as the clause's head)
            doc[i + 1].is_sent_start = True
    for i in _item_labels(doc, items):
        doc[i].is_sent_start = False
    return doc


ITEM_LABEL_TOKENS = 6


def _item_labels(doc: Doc, items: list[int]) -> list[int]:
    """The words of a list item's short label up to its colon and the word after it ("- 10 Sept: A truck ...",
    "- Kidal (north): ..."): the parser splits "10", "Sept" and the rest into sentences of their own, and the
    item's day is lost to its report."""
    out = []
    for i in items:
        for j in range(i + 1, min(i + 1 + ITEM_LABEL_TOKENS, len(doc) - 1)):
            if "\n" in doc[j].text:
                break
            if doc[j].text == ":":
                out += [k for k in range(i + 1, j + 2) if not doc[k].is_space]
                break
    return out


_SENTENCE_ENDS = frozenset({".", "!", "?", "...", "\u2026"})
_CLOSERS = frozenset({'"', "'", "\u201d", "\u2019", ")", "]"})


def _run_on_words(doc: Doc) -> numpy.ndarray:
    """Words that go on the sentence before them: in lower case on the line of a word with no full stop after it
    ("NYALA: yesterday (Monday) afternoon | an SAF warplane bombed ..." split there drops the day from the bombing's
    sentence), and the word after an abbreviation's full stop (``_after_abbreviations``).  Read from the Doc's arrays,
    each distinct string looked at once: a Python pass over every token cost the pipeline 4 % of its speed."""
    if len(doc) < 2:
        return numpy.zeros(0, dtype=int)
    arr = doc.to_array(["ORTH", "IS_ALPHA", "IS_LOWER", "IS_SPACE", "SPACY", "LIKE_NUM"])
    uniq, inverse = numpy.unique(arr[:, 0], return_inverse=True)
    texts = [doc.vocab.strings[int(u)] for u in uniq]

    def flags(test: Callable[[str], bool]) -> numpy.ndarray:
        return numpy.array([test(t) for t in texts], dtype=bool)[inverse]

    ends = flags(lambda t: t in _SENTENCE_ENDS or t.endswith("."))
    closers = flags(lambda t: t in _CLOSERS)
    before = numpy.arange(-1, len(doc) - 1)  # the word a run of closing quotes and brackets follows
    for i in range(1, len(doc)):
        if closers[i - 1] and i - 1 > 0:
            before[i] = before[i - 1]
    words = numpy.flatnonzero((arr[:, 1] == 1) & (arr[:, 2] == 1))
    words = words[words > 0]
    lower_case = words[(arr[words - 1, 3] == 0) & ~ends[before[words]]]
    return numpy.concatenate([lower_case, _after_abbreviations(arr, flags)])


# Abbreviations that never end a sentence, written before a name or a place ("Insp. John Mwangi", "vill. Bhangai"), and
# those written before a number ("approx. 35 km", "ca. 200"): the small parser splits after their full stop and the
# rest of the sentence loses its verb.  (Those that may end one, "hrs." or "dist.", are not here.)  Lower case; spaCy's
# own exceptions ("Gen.", "Lt.") are one token and need no help.
NEVER_LAST = frozenset({"incl", "nr", "vill", "insp", "supt", "brig", "maj", "capt", "cpl", "sgt", "pvt", "cdr", "cmdr",
                        "lt", "col", "gen", "adm", "hon", "sr", "jr"})
BEFORE_NUMBER = frozenset({"approx", "appr", "apprx", "est", "ca"})


def _after_abbreviations(arr: numpy.ndarray, flags: Callable[[Callable[[str], bool]], numpy.ndarray]) -> numpy.ndarray:
    """The word after an abbreviation's full stop ("approx." then "35"), which no sentence starts with; ``arr`` holds
    ORTH, IS_ALPHA, IS_LOWER, IS_SPACE, SPACY and LIKE_NUM per token, ``flags`` a test per distinct string."""
    if len(arr) < 3:
        return numpy.zeros(0, dtype=int)
    before_any = flags(lambda t: t.lower() in NEVER_LAST)
    before_number = flags(lambda t: t.lower() in BEFORE_NUMBER)
    stop = flags(lambda t: t == ".")
    at = numpy.flatnonzero(stop[1:-1] & (before_any[:-2] | before_number[:-2] & (arr[2:, 5] == 1))
                           & (arr[:-2, 4] == 0) & (arr[1:-1, 4] == 1)) + 2
    return at[arr[at, 3] == 0]


def _token_from(doc: Doc, at: int) -> int | None:
    """The first token that is not space at or after character ``at``."""
    k = int(numpy.searchsorted(doc.to_array("IDX"), at))
    while k < len(doc) and doc[k].is_space:
        k += 1
    return k if k < len(doc) else None


LIST_MARKERS = "-\u2013\u2014\u2022*\u00b7\u25aa"
# A line that opens with a list marker, and the line it opens (found in the text: no walk over every token).
_LIST_ITEM = re.compile(r"(?m)^[ \t]*([" + re.escape(LIST_MARKERS) + r"])[ \t]+(.*)$")
_FULL_STOP = (".", "!", "?", '."', ".\u201d", ".'")
# The sources a coder's note ends with, after its last sentence ("... 3 killed. [local radio; Facebook]").
_SOURCE_BRACKET = re.compile(r"\s*\[[^\[\]\n]{1,80}\]$")


def _list_items(doc: Doc) -> list[int]:
    """Where the items of a bulleted list of sentences start ("...said.\n- Ukraine's General Staff said ..."):
    each is a report of its own, which the parser otherwise may fuse with the one before.  Only a list whose
    every item ends with a full stop is one of sentences: items written as headlines ("HIGHLIGHTS\n- Warehouse
    looted in X\n- ...") sum up the report's body, and items ending in semicolons ("The toll is as follows:\n
    - on our side: six soldiers killed;\n- ...") are parts of one sentence; both stay as they were read."""
    text = doc_text(doc)
    if "\n" not in text:
        return []
    runs: list[list[re.Match[str]]] = []
    for m in _LIST_ITEM.finditer(text):
        if m.start() == 0:
            continue
        if runs and "\n\n" not in text[runs[-1][-1].end():m.start()]:
            runs[-1].append(m)  # consecutive items: no blank line between them
        else:
            runs.append([m])
    out = []
    for run in runs:
        if all(_SOURCE_BRACKET.sub("", m.group(2).rstrip()).endswith(_FULL_STOP) for m in run):
            out += [span.start for m in run if (span := doc.char_span(m.start(1), m.end(1))) is not None]
    return out


SOURCE_TAIL_WORDS = 4


def _source_tails(doc: Doc) -> list[int]:
    """Where a headline's source, set after a spaced dash at the end of its line, starts ("... in
    Somalia - agency", "... - rights group says"): parsed with the clause, "Somalia" becomes the
    modifier of "agency" and no longer says where.  A tail is a few words of a source
    (``headline_words.source_words``) or names; "- scores wounded" is the headline's own."""
    from dateline.events.ontology import get_ontology

    text = doc_text(doc)
    if not any(f" {d} " in text for d in ("-", "–", "—")):
        return []  # no spaced dash: spare the walk over every token
    dashes = [t.i for t in doc if t.text in ("-", "–", "—") and t.whitespace_ and 3 <= t.i < len(doc) - 1]
    if not dashes:
        return []
    source = frozenset(get_ontology().headline_words.source_words)
    starts = []
    for i in dashes:
        if not doc[i - 1].whitespace_:
            continue
        tail = []
        for tok in doc[i + 1:]:
            if tok.is_space:
                break
            tail.append(tok)
            if "\n" in tok.whitespace_:
                break
        end = i + 1 + len(tail)
        words = [t for t in tail if not t.is_punct]
        if words and len(words) <= SOURCE_TAIL_WORDS and (end >= len(doc) or doc[end].is_space or "\n" in doc[end - 1].whitespace_) \
                and all(t.lower_ in source or (t.text[:1].isupper() and t.is_alpha) for t in words):
            starts.append(i)
    return starts


def build(
    stages: Iterable[str] = ALL_STAGES,
    model: str | None = None,
    config: dict[str, dict[str, Any]] | None = None,
    exclude: tuple[str, ...] = (),
    model_dir: str | None = None,
) -> Language:
    """A fresh spaCy Language with the requested dateline stages appended.

    ``model_dir``: an event model directory (``dateline train events``) instead of the shipped one;
    a plain string, so worker processes can be given it."""
    register_extensions()
    nlp = load_base(model, exclude)
    nlp.add_pipe("dateline_body", first=True)
    nlp.add_pipe("dateline_acronyms", after="dateline_body")
    config = dict(config or {})
    if model_dir:
        config["events"] = {**config.get("events", {}), "model_dir": str(model_dir)}
    for stage in stages:
        if stage not in STAGES:
            raise ValueError(f"unknown stage '{stage}'; the stages are {', '.join(STAGES)}")
        module, factory = STAGES[stage]
        importlib.import_module(module)
        if factory not in nlp.pipe_names:
            nlp.add_pipe(factory, config=config.get(stage, {}))
    return nlp


def make_doc(nlp: Language, article: Article) -> Doc:
    """A Doc of the article's text carrying the Article as plain data (``dateline.nlp.doc_article``)."""
    doc = nlp.make_doc(article.text)
    set_article(doc, article)
    return doc


def process(nlp: Language, articles: Iterable[Article], batch_size: int = 32, n_process: int = 1) -> Iterator[Doc]:
    """Run the pipeline; every Doc carries its Article (``dateline.nlp.doc_article``).

    Docs hold only plain data, so ``n_process`` > 1 runs the pipeline in worker processes
    (spaCy's own ``nlp.pipe``) with the same output, in the same order.
    """
    docs = (make_doc(nlp, a) for a in articles)
    yield from nlp.pipe(docs, batch_size=batch_size, n_process=n_process)


def records_of(doc: Doc, all_modalities: bool = False) -> list[EventRecord]:
    """The Doc's event records: asserted ones unless ``all_modalities``, none from a headline alone.

    A headline or dateline stays in the text (offsets index what the user
    gave) but reports no event of its own: a record whose every trigger lies
    before ``Article.body_start`` is dropped.
    """
    from dateline.records import event_records

    records: list[EventRecord] = event_records(doc)
    if not all_modalities:
        records = [r for r in records if r.modality == "asserted"]
    article = doc_article(doc)
    body_start = getattr(article, "body_start", 0) if article is not None else 0
    if body_start:
        records = [r for r in records if any(s.end > body_start for s in r.evidence.get("sub_event_type", [])) or not r.evidence.get("sub_event_type")]
    return records


def extract(
    nlp: Language, articles: Iterable[Article], all_modalities: bool = False
) -> Iterator[tuple[Article, list[EventRecord]]]:
    """Articles in, (article, event records) out; an error in one article raises."""
    for doc in process(nlp, articles):
        article = doc_article(doc)
        assert article is not None  # make_doc attached it
        yield article, records_of(doc, all_modalities)


@dataclass
class Outcome:
    """One article's result: its records, or the problem that stopped it."""

    article: Article
    records: list[EventRecord] = field(default_factory=list)
    problem: InputProblem | None = None


def run_one(nlp: Language, article: Article, all_modalities: bool = False, time_limit: float | None = DEFAULT_SECONDS) -> Outcome:
    """One article through the pipeline; any failure, or running over ``time_limit``, is its problem."""
    from dateline.ingest.checks import quote

    name = article.origin or article.id
    try:
        with deadline(time_limit):
            doc = nlp(make_doc(nlp, article))
        return Outcome(article, records_of(doc, all_modalities))
    except TimeLimitExceeded:
        return Outcome(article, problem=InputProblem(input=name, problem=f"the pipeline took longer than the time limit of {time_limit:g} s on this article; skipped"))
    except Exception as exc:  # noqa: BLE001 - one article's failure must not end the batch
        return Outcome(article, problem=InputProblem(input=name, problem=f"the pipeline failed on this article ({exc.__class__.__name__}: {quote(str(exc))}); skipped"))


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def run(
    articles: Iterable[Article],
    *,
    jobs: int = 1,
    nlp: Language | None = None,
    build_options: dict[str, Any] | None = None,
    all_modalities: bool = False,
    time_limit: float | None = DEFAULT_SECONDS,
    engine: str = "local",
    scheduler: str | None = None,
    client: Any = None,
) -> Iterator[Outcome]:
    """Every article's Outcome, in input order, as each finishes.

    ``jobs == 1`` (or a batch of one article) runs here, in this process;
    more runs a pool of ``jobs`` worker processes that each load the pipeline
    once.  ``nlp`` may be given for ``jobs == 1``; otherwise it is built from
    ``build_options`` (the arguments of ``build``).  ``engine="dask"`` runs
    on the cluster at ``scheduler`` or of ``client`` (default: a LocalCluster
    of ``jobs`` workers), in partitions of articles (scale.py).
    """
    build_options = build_options or {}
    if engine == "dask":
        from dateline.scale import run_articles

        yield from run_articles(articles, scheduler=scheduler, client=client, n_workers=jobs, build_options=build_options,
                                all_modalities=all_modalities, time_limit=time_limit)
        return
    articles = iter(articles)
    if jobs > 1:
        head: list[Article] = []
        for article in articles:
            head.append(article)
            if len(head) >= 2:
                break
        if len(head) >= 2:  # worth starting workers for
            from dateline.pool import run_pool

            yield from run_pool(_chain(head, articles), jobs=jobs, build_options=build_options, all_modalities=all_modalities, time_limit=time_limit)
            return
        articles = iter(head)
    nlp = nlp or build(**build_options)
    for article in articles:
        yield run_one(nlp, article, all_modalities, time_limit)


def _chain(head: list[Article], rest: Iterator[Article]) -> Iterator[Article]:
    yield from head
    yield from rest
