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


def test_lemma_fixes_read_each_form_as_its_word() -> None:
    """Every form of data/lemmas.yaml gets its lemma, in a sentence the tagger reads as it says."""
    nlp = load_base()
    doc = nlp("Fighting raged for hours, and gunmen riding motorbikes raped two women; "
              "soldiers counted the corpses at three army bases and beside two graves.")
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert [lemmas[w] for w in ("raged", "riding", "raped", "corpses", "bases", "graves")] == \
        ["rage", "ride", "rape", "corpse", "base", "grave"]


def test_regular_forms_of_our_verbs_lemmatise_back() -> None:
    """A verb of our word lists, inflected the regular way, comes back as itself: a verb whose
    "-ed" or "-s" spaCy's rules read as another word ("raged" as "rag") needs a line in
    data/lemmas.yaml.  Irregular verbs (spaCy's own exceptions) are left out, and so are verbs
    whose forms truly are another word's too ("routed": rout)."""
    import re
    from importlib import resources

    import yaml
    from spacy.tokens import Doc

    nlp = load_base()
    lemmatizer = nlp.get_pipe("lemmatizer")
    index = set(lemmatizer.lookups.get_table("lemma_index")["verb"])
    irregular = {lemma for lemmas in lemmatizer.lookups.get_table("lemma_exc")["verb"].values() for lemma in lemmas}
    words: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, str):
            words.update(re.findall(r"[a-z]+", node))
        elif isinstance(node, list | dict):
            for child in (node.values() if isinstance(node, dict) else node):
                walk(child)

    for name in ("ontology.yaml", "linking.yaml", "actors.yaml"):
        walk(yaml.safe_load(resources.files("dateline").joinpath("data", name).read_text(encoding="utf-8")))
    shared_forms = {"route", "plane", "site", "company", "party"}

    def regular(verb: str) -> list[str]:
        if verb.endswith("ee"):
            return [verb + "s", verb + "d", verb + "ing"]
        if verb.endswith("e"):
            return [verb + "s", verb + "d", verb[:-1] + "ing"]
        if verb.endswith("y") and verb[-2] not in "aeiou":
            return [verb[:-1] + "ies", verb[:-1] + "ied", verb + "ing"]
        if re.search(r"(s|sh|ch|x|z)$", verb):
            return [verb + "es", verb + "ed", verb + "ing"]
        return [verb + "s", verb + "ed", verb + "ing"]

    wrong = []
    for verb in sorted(words & index - irregular - shared_forms):
        for form in regular(verb):
            doc = Doc(nlp.vocab, words=[form], pos=["VERB"])
            if (lemma := lemmatizer(doc)[0].lemma_) != verb:
                wrong.append((form, lemma))
    assert wrong == []


def test_the_stages_read_a_doc_s_text_through_the_cache() -> None:
    """spaCy's ``doc.text`` builds the whole text from every token on each access; a stage that
    reads it per mention turns extraction quadratic (the log-field cue once cost a quarter of the
    run).  Stages read ``doc_text(doc)``, which builds it once."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "dateline"
    offenders = [f"{p.relative_to(root)}:{n}" for p in root.rglob("*.py") if p.name != "nlp.py"
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(r"\bdoc\.text\b(?!_)", line) and not line.lstrip().startswith(("#", '"'))]
    assert offenders == [] or all(o.startswith("evaluation/") for o in offenders), offenders


def test_a_word_with_the_prefix_re_is_one_token_with_its_verb_s_lemma() -> None:
    """Split at the hyphen, "re-entered" parses as a verb "re" and the entry is lost; whole, its lemma
    carries the verb's ("re-took" is "retake", a word of retaking)."""
    nlp = load_base()
    doc = nlp("Soldiers re-entered the town and re-took the hill before a well-known pre-dawn raid.")
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert (lemmas.get("re-entered"), lemmas.get("re-took")) == ("reenter", "retake")
    assert "well" in lemmas and "pre" in lemmas  # other hyphenated words are split as before
