"""CLI commands of the events stage: ``dateline eval events``, ``dateline eval everyday``,
``dateline eval articles`` and ``dateline train events``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

ModelDirOpt = Annotated[Optional[Path], typer.Option("--model-dir", help="Event model directory written by `dateline train events` (default: the shipped model).")]

train_app = typer.Typer(help="Retrain a stage on data you have coded.", no_args_is_help=True)


def _fail(command: str, exc: Exception) -> None:
    typer.echo(f"dateline {command}: {exc}", err=True)
    raise typer.Exit(code=2)


def _nlp_or_exit(command: str, stages: list[str] | None, model_dir: Optional[Path]):  # type: ignore[no-untyped-def]
    """The pipeline, or one clear line when the model directory is missing or does not fit the ontology."""
    from dateline import pipeline
    from dateline.evaluation.events import events_config
    from dateline.events.model import ModelError

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
    nlp = _nlp_or_exit("eval events", ["events"], model_dir)
    try:
        result = evaluate_case(file, nlp=nlp, asserted_only=not all_modalities)
    except ValueError as exc:
        _fail("eval events", exc)
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
    nlp = _nlp_or_exit("eval everyday", ["events"], model_dir)
    try:
        result = evaluate_everyday(file, nlp=nlp, examples=examples)
    except EverydayFormatError as exc:
        _fail("eval everyday", exc)
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
    try:
        gold_articles = read_gold(gold)
        if predictions is not None:
            rows = read_predictions(predictions)
        else:
            from dateline.cli_support import read_articles

            nlp = _nlp_or_exit("eval articles", None, model_dir)
            with read_articles([str(inputs)], "jsonl") as articles:
                rows = predict(nlp, articles)
    except ArticlesGoldError as exc:
        _fail("eval articles", exc)
    if output is not None:
        output.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = score_articles(gold_articles, rows)
    if not detail:
        result.pop("per_article")
        result["violations"] = result["violations"][:10]
    typer.echo(json.dumps(result, ensure_ascii=False))


@train_app.command("events")
def train_events(
    sources: Annotated[list[Path], typer.Option("--from", help="Coded data: ACLED export with notes (.csv), CASE-style TSV, LABEL<TAB>text TSV, or JSONL of {label, text}. Repeat to combine files.")],
    out: Annotated[Path, typer.Option("--out", help="Model directory to write (then use it with --model-dir).")],
    embeddings: Annotated[bool, typer.Option("--embeddings/--no-embeddings", help="Also read the sentence encoder's vectors (slower to train, generalises better).")] = True,
    C: Annotated[float, typer.Option("--C", help="Inverse regularisation strength of the logistic regression.")] = 32.0,
) -> None:
    """Train an event classifier on your own coded data and write a model directory."""
    from dateline.events.corpus import CorpusError, read_training_file
    from dateline.events.train import TrainingError, save_models, train_models

    pairs: list[tuple[str, str]] = []
    try:
        for src in sources:
            items = read_training_file(src)
            pairs.extend((it.label, it.text) for it in items)
            typer.echo(f"{src}: {len(items)} labelled texts", err=True)
        models = train_models(pairs, embeddings=embeddings, C=C,
                              meta={"corpus": [str(s) for s in sources]},
                              progress=lambda msg: typer.echo(msg, err=True))
    except (CorpusError, TrainingError) as exc:
        _fail("train events", exc)
    save_models(models, out)
    typer.echo(json.dumps({"out": str(out), "n": len(pairs), "labels": models.main.labels,
                           "embeddings": models.main.uses_embeddings}))


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    eval_app.command("events")(eval_events)
    eval_app.command("everyday")(eval_everyday)
    eval_app.command("articles")(eval_articles)
    app.add_typer(train_app, name="train")
