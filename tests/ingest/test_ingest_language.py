"""The light language check: rejects other languages, never short or name-heavy English."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.ingest import read_inputs
from dateline.ingest.language import detect_language
from dateline.types import InputProblem

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les forces de sécurité ont arrêté trois hommes dans la ville mardi soir, selon un responsable local.", "fr"),
        ("Las fuerzas de seguridad detuvieron a tres hombres en la ciudad el martes, según un funcionario local.", "es"),
        ("Die Polizei hat am Dienstag drei Männer in der Stadt festgenommen, wie ein Sprecher sagte.", "de"),
        ("La polizia ha arrestato tre uomini nella città martedì sera, secondo un funzionario locale.", "it"),
        ("A polícia prendeu três homens na cidade na terça-feira, segundo um responsável local, e não deu mais detalhes.", "pt"),
        ("De politie heeft dinsdag drie mannen in de stad gearresteerd, zei een woordvoerder van de gemeente.", "nl"),
        ("اعتقلت قوات الأمن ثلاثة رجال في المدينة مساء الثلاثاء بحسب مسؤول محلي", "ar"),
        ("Силы безопасности задержали трех мужчин в городе во вторник вечером", "ru"),
        # a French headline: "à" is French's own function word
        ("Nord-Kivu : quatre civils tués à Beni par des hommes armés", "fr"),
        # short titles with one or two function words: their numbers and news words tell
        ("Ouham : trois gendarmes tués à 40 km de Bocaranga", "fr"),
        ("Kaga-Bandoro, cinq civils abattus, deux autres blessés", "fr"),
    ],
)
def test_other_languages_are_recognised(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    "text",
    [
        "Two killed.",
        "Kabul: 3 dead.",
        "El Fasher shelled again",
        "Gunmen from Al Qaida in the Arabian Peninsula attacked Al Mukalla and Ash Shihr, said Abd al-Rahman bin Ali.",
        "Troops of the 2nd Brigade clashed with Ansar Allah near Sirwah de facto lines, a local source said.",
        "Los Angeles police said the suspect, a member of La Familia, was arrested in San Diego on Tuesday.",
    ],
)
def test_english_is_never_rejected(text: str) -> None:
    assert detect_language(text) == "en"


def test_french_file_is_a_problem_and_batch_goes_on() -> None:
    items = list(read_inputs([str(FIXTURES / "french.txt"), str(FIXTURES / "no-dateline.txt")]))
    problem = items[0]
    assert isinstance(problem, InputProblem)
    assert problem.input == str(FIXTURES / "french.txt") and "not in English" in problem.problem and "French" in problem.problem
    assert not isinstance(items[1], InputProblem)


def _shared_data() -> Path | None:
    from dateline.evaluation import shared_data_dir

    path = shared_data_dir()
    return path if path.is_dir() else None


def test_no_english_dev_document_is_rejected() -> None:
    """Every English document in the shared dev sets must pass the check (measured: 1304 of 1304)."""
    data = _shared_data()
    if data is None:
        pytest.skip("shared data folder not present")
    from dateline.ingest.bench import dev_texts

    texts = dev_texts(data)
    if not texts:
        pytest.skip("no English dev documents found")
    rejected = [t[:80] for t in texts if detect_language(t) != "en"]
    assert rejected == []
