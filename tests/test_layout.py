"""The layout rules the code relies on: evaluation imports stages, never the reverse, and only
``dateline/nlp.py`` touches the Doc's extension slots (everything else uses the accessors)."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "dateline"
STAGES = ("places", "times", "actors", "counts", "events", "records")


def sources(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (PACKAGE / folder).rglob("*.py"))


def test_stage_packages_do_not_import_evaluation() -> None:
    offenders = [str(p.relative_to(PACKAGE)) for p in sources(*STAGES)
                 if re.search(r"^\s*(from|import)\s+dateline\.evaluation", p.read_text(encoding="utf-8"), re.M)]
    assert offenders == []


def test_only_nlp_reads_doc_extension_slots() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "nlp.py" and path.parent == PACKAGE:
            continue
        code = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                         if not line.lstrip().startswith(("#", '"', "assigns=", "requires=")))
        if re.search(r"\b\w+\._\.\w+", code):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []



def test_a_thread_s_first_post_ending_in_an_emoji_is_body_not_head():
    from dateline.records.layout import head_block_end

    text = ("Thread by @desk - posted Tue 4 Jun 2024\n\n"
            "1/ Tense night in the capital. Police detained the student leader at his home on Monday. \U0001f9f5\n\n"
            "2/ More later.")
    assert head_block_end(text) == text.index("1/")


def test_a_numbered_title_over_its_own_text_is_a_section_heading():
    from dateline.records.layout import section_heads

    text = ("INCIDENT SUMMARY\n\n1. Kisumu - police post torched\nOn Friday, youths set fire to a police post in "
            "Kondele after a man died in custody.\n\n2. Nakuru - roads blocked\nTraders blocked the highway with "
            "burning tyres on Saturday.")
    assert [text[a:b] for a, b, _ in section_heads(text)] == ["1. Kisumu - police post torched", "2. Nakuru - roads blocked"]
    points = "HIGHLIGHTS\n1. Clinic looted in Kaga Bandoro.\n2. Convoy attacked near Bambari.\n\nDetails follow below in full."
    assert section_heads(points) == []
