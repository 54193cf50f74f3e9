"""``dateline eval ...``: every scorer's command.  Each reads a gold format into spaCy Examples
and prints the stage component's own ``score()`` as one JSON object.

Evaluation imports the stages, never the reverse, so these commands live here and not
in the stage packages.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Optional

import typer

from dateline.cli_support import ModelDirOpt


def eval_times(
    directory: Annotated[Path, typer.Argument(help="Folder of TimeML .tml files (e.g. ../shared/data/timeml/TimeBank).")],
    errors_out: Annotated[Optional[Path], typer.Option("--errors-out", help="Write every miss and wrong value here (JSONL).")] = None,
) -> None:
    """Score the temporal tagger on TimeML files against their creation time (TempEval-3 style); prints one JSON object."""
    from dateline.evaluation.times import TimeMLError, evaluate, find_tml

    with _reported("eval times", TimeMLError):
        files = find_tml(directory)
        scores, errors = evaluate(files, keep_errors=errors_out is not None)
    if errors_out is not None:
        with errors_out.open("w", encoding="utf-8") as fh:
            for e in errors:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
    typer.echo(json.dumps(scores))




def _fail(command: str, exc: Exception) -> None:
    typer.echo(f"dateline {command}: {exc}", err=True)
    raise typer.Exit(code=2)


@contextlib.contextmanager
def _reported(command: str, *errors: type[Exception]) -> Iterator[None]:
    """A gold file or corpus the scorer cannot read is one line naming it and exit code 2, never a traceback."""
    try:
        yield
    except errors as exc:
        _fail(command, exc)


def _pipeline(command: str, stages: list[str] | None, model_dir: Optional[Path]):  # type: ignore[no-untyped-def]
    """The pipeline, or one clear line when the model directory is missing or does not fit the ontology."""
    from dateline import pipeline
    from dateline.events.model import ModelError, events_config

    if model_dir is not None and not model_dir.is_dir():
        _fail(command, FileNotFoundError(f"model directory {model_dir} does not exist"))
    try:
        return pipeline.build(**({"stages": stages} if stages else {}), config=events_config(model_dir))
    except ModelError as exc:
        _fail(command, exc)


def eval_events(
    file: Annotated[Path, typer.Argument(help="CASE 2021 task-2 TSV (id, EventSnippet, SubType).")],
    all_modalities: Annotated[bool, typer.Option("--all-modalities", help="Also count planned, threatened, denied and hypothetical mentions.")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="Also list the misclassified snippets (id, gold, predicted, score).")] = False,
    model_dir: ModelDirOpt = None,
) -> None:
    """Score event classification on a CASE-format file; prints one JSON object."""
    from dateline.evaluation.events import evaluate_case

    if not file.exists():
        raise typer.BadParameter(f"{file} does not exist")
    nlp = _pipeline("eval events", ["events"], model_dir)
    with _reported("eval events", ValueError):
        result = evaluate_case(file, nlp=nlp, asserted_only=not all_modalities)
    if not errors:
        result.pop("errors", None)
    typer.echo(json.dumps(result, ensure_ascii=False))


def eval_everyday(
    file: Annotated[Path, typer.Argument(help="JSONL of news items with 'text' and 'category' (e.g. Wikipedia Current Events).")],
    examples: Annotated[int, typer.Option("--examples", help="List up to N everyday items that yielded a violent event.")] = 0,
    model_dir: ModelDirOpt = None,
) -> None:
    """Share of non-conflict news items that yield an asserted violent event (lower is better)."""
    from dateline.evaluation.everyday import EverydayFormatError, evaluate_everyday

    if not file.exists():
        raise typer.BadParameter(f"{file} does not exist")
    nlp = _pipeline("eval everyday", ["events"], model_dir)
    with _reported("eval everyday", EverydayFormatError):
        result = evaluate_everyday(file, nlp=nlp, examples=examples)
    typer.echo(json.dumps(result, ensure_ascii=False))


def eval_articles(
    gold: Annotated[Path, typer.Argument(help="Hand-coded gold JSON (articles with must/may events and must_not rules).")],
    inputs: Annotated[Path, typer.Argument(help="The articles as JSONL ({id, text, published}); dateline extract runs on them.")],
    predictions: Annotated[Optional[Path], typer.Option("--predictions", help="Score this extract output (JSONL) instead of running the pipeline.")] = None,
    output: Annotated[Optional[Path], typer.Option("-o", "--output", help="Also write the predicted rows here (JSONL).")] = None,
    detail: Annotated[bool, typer.Option("--detail", help="Include per-article results and every violation.")] = False,
    model_dir: ModelDirOpt = None,
) -> None:
    """The whole job on whole articles: must-event recall, row precision, must-not violations, field accuracy."""
    from dateline.evaluation.articles import ArticlesGoldError, predict, read_gold, read_predictions, score_articles

    for path in (gold, inputs):
        if not path.exists():
            raise typer.BadParameter(f"{path} does not exist")
    with _reported("eval articles", ArticlesGoldError):
        gold_articles = read_gold(gold)
        if predictions is not None:
            rows = read_predictions(predictions)
        else:
            from dateline.cli_support import read_articles

            nlp = _pipeline("eval articles", None, model_dir)
            with read_articles([str(inputs)], "jsonl") as articles:
                rows = predict(nlp, articles)
    if output is not None:
        output.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = score_articles(gold_articles, rows)
    if not detail:
        result.pop("per_article")
        result["violations"] = result["violations"][:10]
    typer.echo(json.dumps(result, ensure_ascii=False))


def eval_geo(
    corpus: Annotated[Path, typer.Argument(help="Geoparsing corpus XML: LGL/TR-News layout or GeoVirus layout.")],
    limit: Annotated[Optional[int], typer.Option("--limit", help="Score only the first N articles.")] = None,
) -> None:
    """Score place recognition and resolution; prints one JSON object."""
    from dateline.evaluation.geo import CorpusFormatError, evaluate

    if not corpus.is_file():
        raise typer.BadParameter(f"{corpus} is not a file.")
    with _reported("eval geo", CorpusFormatError):
        result = evaluate(corpus, limit=limit)
    typer.echo(json.dumps(result))


def eval_ged(
    path: Annotated[Path, typer.Argument(help="A UCDP GED CSV (columns where_coordinates, adm_1, latitude, longitude, where_prec, ...).")],
    limit: Annotated[Optional[int], typer.Option("--limit", help="Score only the first N rows.")] = None,
    headlines: Annotated[Optional[int], typer.Option("--headlines", help="Score N headlines spread over the file (0: geocoding only).")] = None,
    no_geocoding: Annotated[bool, typer.Option("--no-geocoding", help="Skip the geocoding part.")] = False,
    notes: Annotated[int, typer.Option("--notes", help="Also score N coder-style notes written from the rows' fields (place, date, country, deaths, actor1).")] = 0,
) -> None:
    """Score geocoding and end-to-end extraction on UCDP GED events; prints one JSON object."""
    from dateline.evaluation.ged import GedFormatError, evaluate

    if not path.is_file():
        raise typer.BadParameter(f"{path} is not a file.")
    with _reported("eval ged", GedFormatError):
        result = evaluate(path, limit=limit, headlines=headlines, geocoding=not no_geocoding, notes=notes)
    typer.echo(json.dumps(result))


def eval_acled(
    path: Annotated[Path, typer.Argument(help="An ACLED export (CSV) with a notes column.")],
    published_from: Annotated[str, typer.Option("--published-from", help="Publication date per row: 'none' (dates must come from the notes) or 'event_date'.")] = "none",
    limit: Annotated[Optional[int], typer.Option("--limit", help="Score only the first N rows.")] = None,
) -> None:
    """Run the whole pipeline on each row's notes and score event type, date, place, fatalities and actor1."""
    from dateline.evaluation.acled import AcledFormatError, evaluate_acled

    if published_from not in ("none", "event_date"):
        raise typer.BadParameter("--published-from must be 'none' or 'event_date'.")
    with _reported("eval acled", AcledFormatError):
        result = evaluate_acled(path, published_from=published_from, limit=limit)
    typer.echo(json.dumps(result))


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    eval_app.command("times")(eval_times)
    eval_app.command("events")(eval_events)
    eval_app.command("everyday")(eval_everyday)
    eval_app.command("articles")(eval_articles)
    eval_app.command("geo")(eval_geo)
    eval_app.command("ged")(eval_ged)
    eval_app.command("acled")(eval_acled)
