"""What every article-reading command shares: its options, and reading with problems reported.

Stage commands (`geoparse`, `timex`, `actors`, `read`, `extract`) all take the
same inputs and must treat bad input the same way: one line per problem, the
batch goes on, exit code 2 only when nothing at all could be read.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer

from dateline.types import Article, EventRecord, InputProblem

if TYPE_CHECKING:
    from spacy.language import Language

    from dateline.pipeline import Outcome
    from dateline.problems import ProblemLog

InputsArg = Annotated[list[str], typer.Argument(help="Files, directories, or - for standard input.")]
FormatOpt = Annotated[Optional[str], typer.Option("--input-format", help="txt, jsonl, html, feed, warc (default: by file type).")]
PublishedOpt = Annotated[Optional[str], typer.Option("--published", help="Publication date YYYY-MM-DD for inputs that lack one.")]
ErrorsOpt = Annotated[Optional[Path], typer.Option("--errors", help="Also write input problems to this JSONL file.")]
# How a batch runs: the same options for `extract` and `ingest`.
ModelOpt = Annotated[Optional[str], typer.Option("--model", help="spaCy model to load by name.")]
ModelDirOpt = Annotated[Optional[Path], typer.Option("--model-dir", help="Event model directory written by `dateline train events` (default: the shipped model).")]
JobsOpt = Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Worker processes (default: the machine's cores).")]
TimeLimitOpt = Annotated[float, typer.Option("--time-limit", min=0, help="Seconds one document may take to parse and process; 0 for none.")]
EngineOpt = Annotated[str, typer.Option("--engine", help="local (this machine's processes) or dask.")]
SchedulerOpt = Annotated[Optional[str], typer.Option("--scheduler", help="Dask scheduler address (default: a local cluster sized to this machine).")]


def parse_published(value: Optional[str]) -> Optional[dt.date]:
    """YYYY-MM-DD, or a clear error naming the bad value."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"'{value}' is not a real date in YYYY-MM-DD form (e.g. 2016-05-12).") from None


def check_writable(path: Optional[Path], option: str) -> None:
    """Refuse an output path that cannot be written, before any work is done (not after it)."""
    if path is None:
        return
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise typer.BadParameter(f"{option} {path} is a directory; give a file name.")
    if not parent.is_dir():
        raise typer.BadParameter(f"{option} {path}: the folder {parent} does not exist; create it first.")
    if not os.access(parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise typer.BadParameter(f"{option} {path}: no permission to write there.")


class Reading:
    """The articles of a batch, and the log every problem of the batch goes to."""

    def __init__(self, articles: Iterator[Article], log: "ProblemLog") -> None:
        self.articles = articles
        self.log = log


@contextlib.contextmanager
def reading(
    inputs: list[str],
    input_format: Optional[str] = None,
    published: Optional[str] = None,
    errors: Optional[Path] = None,
    **reader_options: object,
) -> Iterator[Reading]:
    """Readable articles and the problem log; exit 2 if nothing at all was readable."""
    from dateline.ingest import FORMATS, ReadOptions, read_inputs
    from dateline.problems import ProblemLog

    if input_format is not None and input_format not in FORMATS:
        raise typer.BadParameter(f"--input-format must be one of {', '.join(FORMATS)}, not '{input_format}'.")
    check_writable(errors, "--errors")
    pub = parse_published(published)
    options = ReadOptions(published=pub, **reader_options)  # type: ignore[arg-type]
    problems = ProblemLog(errors)
    try:
        yield Reading(problems.filter(read_inputs(inputs, input_format=input_format, options=options)), problems)
    finally:
        problems.close()
    if problems.n_read == 0:
        typer.echo("dateline: nothing could be read from the inputs given.", err=True)
        raise typer.Exit(code=2)


@contextlib.contextmanager
def read_articles(
    inputs: list[str],
    input_format: Optional[str] = None,
    published: Optional[str] = None,
    errors: Optional[Path] = None,
    **reader_options: object,
) -> Iterator[Iterator[Article]]:
    """Yield the readable articles; report the rest; exit 2 if nothing was readable."""
    with reading(inputs, input_format, published, errors, **reader_options) as batch:
        yield batch.articles


def mark_outcomes(outcomes: Iterable["Outcome | InputProblem"]) -> Iterator["Outcome | InputProblem"]:
    """Outcomes as they stream by, each record given the cross-source cluster id of the store's
    duplicate marker (``dateline.dedup``), one Deduplicator for the whole batch."""
    from dateline.dedup import Deduplicator, mark_duplicates

    dedup = Deduplicator()
    for outcome in outcomes:
        if not isinstance(outcome, InputProblem) and outcome.problem is None and outcome.records:
            for _ in mark_duplicates([(outcome.article, outcome.records)], dedup):
                pass
        yield outcome


def write_outcomes(outcomes: Iterable["Outcome | InputProblem"], write: Callable[[list[EventRecord]], None], log: "ProblemLog") -> int:
    """Write each article's records as it finishes; its problem, if any, goes to the log. Returns records written."""
    n = 0
    for outcome in outcomes:
        if isinstance(outcome, InputProblem):  # an input problem found where the inputs were read (Dask workers)
            log.report(outcome)
            continue
        if outcome.problem is not None:
            log.report(outcome.problem)
            continue
        if outcome.records:
            write(outcome.records)
            n += len(outcome.records)
    return n


def build_pipeline(**options: Any) -> "Language":
    """``pipeline.build`` with a clear message, not a traceback, when the model or gazetteer is missing."""
    from dateline import pipeline
    from dateline.events.model import ModelError
    from dateline.nlp import ModelNotFound
    from dateline.places.gazetteer import GazetteerError

    try:
        return pipeline.build(**options)
    except (GazetteerError, ModelNotFound, ModelError) as exc:
        typer.echo(f"dateline: {exc}", err=True)
        raise typer.Exit(code=2) from None
