"""The ``dateline actors`` command, registered on a bare Typer app."""

from __future__ import annotations

import json

import typer
from typer.testing import CliRunner

from dateline.actors.commands import register


def test_actors_command_prints_one_json_line_per_article(tmp_path):
    app, eval_app = typer.Typer(), typer.Typer()
    register(app, eval_app)

    @app.callback()
    def main() -> None:
        """test app"""

    story = tmp_path / "story.txt"
    story.write_text("Somali troops arrested twelve Al Shabaab fighters near Baidoa on Monday.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["actors", str(story), "--published", "2021-03-01"])
    assert result.exit_code == 0, result.output
    (line,) = [json.loads(x) for x in result.stdout.splitlines() if x.startswith("{")]
    assert {a["name"] for a in line["actors"]} == {"Military Forces of Somalia (2017-2022)", "Al Shabaab"}
    assert [(c["kind"], c["low"]) for c in line["counts"]] == [("arrested", 12)]
