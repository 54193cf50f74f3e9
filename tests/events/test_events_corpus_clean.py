"""No training text repeats six words in a row from the development data.

Dev text in the training corpus teaches the model the dev set and inflates every
dev number (issue #8).  This reads ``../shared/data`` at run time and checks every
sentence the trainer reads and every sentence a template can produce.  A failure
lists the offending lines: drop them (do not reword them after reading the dev text).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from dateline.evaluation import shared_data_dir
from dateline.evaluation.overlap import RUN, DevIndex, runs

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dev_index() -> DevIndex:
    data = shared_data_dir()
    if not data.is_dir():
        pytest.skip("../shared/data not available")
    return DevIndex.from_folder(data, prefixes=True)


def test_index_finds_a_shared_run():
    index = DevIndex([("dev", "The quick brown fox jumps over the lazy dog.")])
    assert index.shared("Yesterday a QUICK, brown fox jumps over the fence.") == [("quick brown fox jumps over the", "dev")]
    assert index.shared("A quick brown fox jumped over the lazy dog.") == []
    assert list(runs("Él dijo: one two three four five")) == ["el dijo one two three four", "dijo one two three four five"]


def test_training_corpus_shares_no_run_with_dev(dev_index):
    sys.path.insert(0, str(ROOT / "scripts"))
    sys.path.insert(0, str(ROOT / "training" / "events"))
    import train_events

    corpus = train_events.read_corpus("corpus+templates+handwritten")  # every part, shipped or not
    bad = [f"{label}\t{text}  <- '{run}' ({where})"
           for label, text in corpus
           for run, where in dev_index.shared(text)[:1]]
    assert not bad, f"{len(bad)} training sentences repeat {RUN} dev words in a row:\n" + "\n".join(bad[:30])


def test_no_template_can_produce_a_dev_run(dev_index):
    sys.path.insert(0, str(ROOT / "training" / "events"))
    import generate

    bad = [f"{label}: {tpl!r} <- {sorted(found)[:2]}"
           for label, templates in generate.T.items() for tpl in templates
           if (found := generate.template_runs(tpl, dev_index))]
    assert not bad, f"{len(bad)} templates can produce {RUN} dev words in a row:\n" + "\n".join(bad[:30])
