"""CLI commands of the events stage: ``dateline eval events FILE.tsv``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer


def eval_events(
    file: Annotated[Path, typer.Argument(help="CASE 2021 task-2 TSV (id, EventSnippet, SubType).")],
    all_modalities: Annotated[bool, typer.Option("--all-modalities", help="Also count planned, threatened, denied and hypothetical mentions.")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="Also list the misclassified snippets (id, gold, predicted, score).")] = False,
) -> None:
    """Score event classification on a CASE-format file; prints one JSON object."""
    from dateline.evaluation.events import evaluate_case

    if not file.exists():
        raise typer.BadParameter(f"{file} does not exist")
    try:
        result = evaluate_case(file, asserted_only=not all_modalities)
    except ValueError as exc:
        typer.echo(f"dateline eval events: {exc}", err=True)
        raise typer.Exit(code=2) from None
    if not errors:
        result.pop("errors", None)
    typer.echo(json.dumps(result, ensure_ascii=False))


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    eval_app.command("events")(eval_events)
