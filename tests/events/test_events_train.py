"""`dateline train events --from FILE`: our own small files in every format, bad files, bad model folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dateline.cli import app
from dateline.events.corpus import CorpusError, read_training_file
from dateline.events.model import ModelError, load_models
from dateline.events.ontology import get_ontology

ROOT = Path(__file__).resolve().parents[2]

# Our own sentences, a few per class: enough for a model that separates them.
MINI = [
    ("ARREST", "Police detained five activists outside the party office on Monday."),
    ("ARREST", "Officers picked up two suspects in a dawn raid on a safe house."),
    ("ARREST", "The gendarmerie held three men accused of helping the insurgents."),
    ("ARREST", "Security agents rounded up a dozen students after the rally."),
    ("ARMED_CLASH", "Soldiers and rebels exchanged fire for hours near the river crossing."),
    ("ARMED_CLASH", "Militiamen fought troops on the outskirts of the market town."),
    ("ARMED_CLASH", "An army patrol came under fire and fought back against the gunmen."),
    ("ARMED_CLASH", "Two rival armed groups battled for control of the road junction."),
    ("NONE", "The council approved a new budget for the schools of the district."),
    ("NONE", "The football club signed a new striker from a rival team."),
    ("NONE", "Farmers expect a good harvest after the spring rains."),
    ("NONE", "The museum opened an exhibition of old maps and photographs."),
]


def write_jsonl(path: Path, rows=MINI) -> Path:  # type: ignore[no-untyped-def]
    path.write_text("".join(json.dumps({"label": lab, "text": txt}) + "\n" for lab, txt in rows), encoding="utf-8")
    return path


def test_readers_agree_on_every_format(tmp_path):
    a = read_training_file(write_jsonl(tmp_path / "a.jsonl"))
    tsv = tmp_path / "b.tsv"
    tsv.write_text("".join(f"{lab}\t{txt}\n" for lab, txt in MINI), encoding="utf-8")
    case = tmp_path / "c.tsv"
    case.write_text("id\tEventSnippet\tSubType\n" + "".join(f"{i}\t{txt}\t{lab}\n" for i, (lab, txt) in enumerate(MINI)),
                    encoding="utf-8")
    six = tmp_path / "d.tsv"
    six.write_text("".join(f"{lab}\tasserted\tnews\twire\tKenya\t{txt}\n" for lab, txt in MINI), encoding="utf-8")
    for other in (tsv, case, six):
        assert [(i.label, i.text) for i in read_training_file(other)] == [(i.label, i.text) for i in a]


def test_acled_export_maps_sub_event_names(tmp_path):
    items = read_training_file(ROOT / "tests" / "fixtures" / "acled_sample.csv")
    codes = set(get_ontology().codes)
    assert items and all(i.label in codes for i in items)
    assert items[0].label == "ARREST" and "arrested" in items[0].text


@pytest.mark.parametrize("name, content, problem", [
    ("x.jsonl", '{"label": "ARREST", "text": "Police held two men."}\n{"label": "ARREST", "text": \n', r"x\.jsonl:2: not valid JSON"),
    ("x.jsonl", '{"label": "ARREST", "text": "Police held two men."}\n{"label": "BOMBING", "text": "A blast."}\n', r"x\.jsonl:2: unknown label 'BOMBING'"),
    ("x.jsonl", '{"label": "ARREST"}\n', r"x\.jsonl:1: expected string fields 'label' and 'text'"),
    ("x.tsv", "ARREST\tPolice held two men.\nARREST Police held two more.\n", r"x\.tsv:2: expected 2 tab-separated columns"),
    ("x.tsv", "ARREST\tmaybe\tnews\twire\tKenya\tPolice held two men.\n", r"x\.tsv:1: unknown modality 'maybe'"),
    ("x.tsv", "id\tEventSnippet\tSubType\n1\tPolice held two men.\n", r"x\.tsv:2: expected 3 tab-separated columns"),
    ("x.csv", "event_date,notes\n2020-01-01,Police held two men.\n", r"x\.csv:1: not an ACLED export with notes"),
    ("x.csv", "sub_event_type,notes\nArrests,Police held two men.\nArests,Police held two more.\n", r"x\.csv:3: unknown label 'Arests'"),
    ("x.xlsx", "whatever", r"unknown training file type"),
])
def test_malformed_file_names_file_line_and_problem(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=problem):
        read_training_file(path)
    result = CliRunner().invoke(app, ["train", "events", "--from", str(path), "--out", str(tmp_path / "m")])
    assert result.exit_code == 2
    assert str(path) in result.output and not (tmp_path / "m").exists()


@pytest.fixture(scope="module")
def trained(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("train")
    out = tmp / "model"
    result = CliRunner().invoke(app, ["train", "events", "--from", str(write_jsonl(tmp / "mini.jsonl")),
                                      "--out", str(out), "--no-embeddings"])
    assert result.exit_code == 0, result.output
    return out


def test_trained_model_directory_is_used_by_eval_and_extract(trained, tmp_path):
    models = load_models(trained, get_ontology().codes, get_ontology().oos_codes)
    assert models.main.labels == ["ARMED_CLASH", "ARREST", "NONE"]
    case = tmp_path / "mini.tsv"
    case.write_text("id\tEventSnippet\tSubType\n"
                    "1\tPolice detained four activists at the party office.\tARREST\n"
                    "2\tTroops and rebels exchanged fire near the river crossing.\tARMED_CLASH\n"
                    "3\tThe council approved a budget for the museum.\tDIPLO\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "events", str(case), "--model-dir", str(trained)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["accuracy"] == 1.0
    article = tmp_path / "a.txt"
    article.write_text("Police detained four activists at the party office in Nairobi on Monday.", encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(article), "--published", "2024-03-05", "--model-dir", str(trained)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert [r["sub_event_type"] for r in rows] == ["Arrests"]


def test_model_for_another_ontology_is_refused_with_a_fix(trained, tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    for f in trained.iterdir():
        (bad / f.name).write_bytes(f.read_bytes())
    doc = json.loads((bad / "events.json").read_text())
    doc["labels"][0] = "SKIRMISH"
    (bad / "events.json").write_text(json.dumps(doc))
    with pytest.raises(ModelError, match=r"labels the ontology does not define: \['SKIRMISH'\].*dateline train events"):
        load_models(bad, get_ontology().codes, get_ontology().oos_codes)
    doc["labels"][0] = "ARMED_CLASH"
    doc["meta"]["ontology_codes"] = get_ontology().codes[:-1]
    (bad / "events.json").write_text(json.dumps(doc))
    result = CliRunner().invoke(app, ["eval", "events", str(ROOT / "tests" / "fixtures" / "acled_sample.csv"),
                                      "--model-dir", str(bad)])
    assert result.exit_code == 2
    assert "trained for other sub-types" in result.output and "dateline train events" in result.output
    result = CliRunner().invoke(app, ["eval", "events", "x.tsv", "--model-dir", str(tmp_path / "nowhere")])
    assert result.exit_code != 0


def test_train_function_takes_label_text_pairs_with_embeddings(tmp_path, monkeypatch):
    """The entry point later fed by reviewed events from the store: (label, text) pairs in, models out."""
    from dateline.events.train import save_models, train_models

    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path / "cache"))  # leave the user's vector cache alone

    models = train_models(MINI, embeddings=True, C=8.0)
    assert models.main.uses_embeddings and not models.lexical.uses_embeddings
    assert (tmp_path / "cache" / "event-embeddings").is_dir()
    out = tmp_path / "model"
    save_models(models, out)
    again = load_models(out, get_ontology().codes, get_ontology().oos_codes)
    assert again.main.dense is not None and again.main.dense.shape == (384, 3)
    assert sorted(p.name for p in out.iterdir()) == ["events.json", "events.npz", "lexical.json", "lexical.npz"]
