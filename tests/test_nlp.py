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
