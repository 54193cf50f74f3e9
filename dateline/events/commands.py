"""CLI command of the events stage: ``dateline train events --from FILE --out DIR``.

(Scoring commands live in ``dateline/evaluation/commands.py``: evaluation imports the
stages, never the reverse.)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

train_app = typer.Typer(help="Retrain a stage on data you have coded.", no_args_is_help=True)


@train_app.command("events")
def train_events(
    out: Annotated[Path, typer.Option("--out", help="Model directory to write (then use it with --model-dir).")],
    sources: Annotated[Optional[list[Path]], typer.Option("--from", help="Coded data: ACLED export with notes (.csv), CASE-style TSV, LABEL<TAB>text or six-column TSV, or JSONL of {label, text}. Repeat to combine files.")] = None,
    from_reviews: Annotated[bool, typer.Option("--from-reviews", help="Also learn from the events reviewers confirmed or corrected in a store (with --db).")] = False,
    db: Annotated[Optional[str], typer.Option("--db", help="The store for --from-reviews (SQLite path or database URL).")] = None,
    weight: Annotated[int, typer.Option("--review-weight", min=1, help="How many times each reviewed sentence counts.")] = 10,
    embeddings: Annotated[bool, typer.Option("--embeddings/--no-embeddings", help="Also read the sentence encoder's vectors (slower to train, generalises better).")] = True,
    C: Annotated[float, typer.Option("--C", help="Inverse regularisation strength of the logistic regression.")] = 32.0,
) -> None:
    """Train an event classifier on your own coded data (and reviewed events) and write a model directory."""
    from dateline.events.corpus import CorpusError, read_training_file
    from dateline.events.train import TrainingError, save_models, train_models

    if from_reviews:  # the store's reviewed events, added to --from (or to the shipped corpus): dateline/store/feedback.py
        from dateline.store.commands import train_events as train_from_reviews

        train_from_reviews(out=out, from_reviews=True, sources=sources, db=db, weight=weight, embeddings=embeddings, C=C)
        return
    if not sources:
        raise typer.BadParameter("give --from FILE (coded data), or --from-reviews --db STORE")
    pairs: list[tuple[str, str]] = []
    try:
        for src in sources:
            items = read_training_file(src)
            pairs.extend((it.label, it.text) for it in items)
            typer.echo(f"{src}: {len(items)} labelled texts", err=True)
        models = train_models(pairs, embeddings=embeddings, C=C, meta={"corpus": [str(s) for s in sources]},
                              progress=lambda msg: typer.echo(msg, err=True))
    except (CorpusError, TrainingError) as exc:
        typer.echo(f"dateline train events: {exc}", err=True)
        raise typer.Exit(code=2) from None
    save_models(models, out)
    typer.echo(json.dumps({"out": str(out), "n": len(pairs), "labels": models.main.labels,
                           "embeddings": models.main.uses_embeddings}))


def register(app: typer.Typer, eval_app: typer.Typer) -> None:
    app.add_typer(train_app, name="train")
