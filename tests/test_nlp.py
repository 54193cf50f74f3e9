"""The NLP backbone: the pinned model is intact and loads, and --version names it."""


from typer.testing import CliRunner

from dateline.cli import app
from dateline.nlp import load_base, model_description, pinned_model_problems


def test_pinned_model_weights_match_recorded_hashes() -> None:
    assert pinned_model_problems() == []


def test_model_loads_and_parses_english() -> None:
    nlp = load_base()
    doc = nlp("Police arrested two men in Aden on Wednesday.")
    assert [t.dep_ for t in doc if t.text == "arrested"] == ["ROOT"]
    assert model_description(nlp).startswith("en_core_web_sm")


def test_version_names_the_model() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0, result.output
    assert "dateline 0.1.0" in result.output and "core_web_sm" in result.output


def test_unknown_model_name_gives_clear_error() -> None:
    import pytest

    from dateline.nlp import ModelNotFound

    with pytest.raises(ModelNotFound, match="no_such_model"):
        load_base("no_such_model")


def test_a_corrupt_model_directory_is_one_clear_line(tmp_path) -> None:
    import spacy
    from typer.testing import CliRunner

    from dateline.cli import app

    model = tmp_path / "broken-model"
    spacy.blank("en").to_disk(model)
    (model / "config.cfg").write_text("[nlp\nlang = ", encoding="utf-8")  # a truncated file
    text = tmp_path / "report.txt"
    text.write_text("Gunmen attacked a police post on Monday.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(text), "--model", str(model)])
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "broken-model" in lines[0] and "cannot be read" in lines[0]
    assert "Traceback" not in result.output
