"""Move the blind-written corpus drafts into the repository, dropping lines we cannot use.

    python scripts/import_corpus_drafts.py DRAFTS_DIR [--out training/events/corpus] [--only w5]

DRAFTS_DIR holds one folder per writer (w1, w2, ...) of six-column TSV files
(label, modality, tag, register, country, text), each folder finished when a file
named DONE is in it.  Each writer's lines become ``OUT/<writer>.tsv``, unchanged,
except that lines are dropped when they are
- malformed (not six columns, an unknown label or modality, empty text),
- a repeat of an earlier line's text (same words, case and punctuation aside), also of a
  line already in OUT from a writer not being imported (``--only`` imports some writers),
- sharing a run of six words with any text in ../shared/data (dev text must never
  be training text; the dev folder is read at run time).
Nothing is reworded: the text of every kept line is the writer's.
Prints what was dropped and why, per writer.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dateline.evaluation import shared_data_dir  # noqa: E402
from dateline.evaluation.overlap import DevIndex, words  # noqa: E402
from dateline.events.corpus import MODALITIES, NONE  # noqa: E402
from dateline.events.ontology import get_ontology  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("drafts", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "training" / "events" / "corpus")
    parser.add_argument("--only", action="append", help="import only this writer's folder (repeatable)")
    args = parser.parse_args()
    data = shared_data_dir()
    if not data.is_dir():
        raise SystemExit(f"{data} not found: the dev-overlap check needs it")
    index = DevIndex.from_folder(data)
    onto = get_ontology()
    labels = set(onto.codes) | set(onto.oos_codes) | {NONE}
    seen: set[str] = set()
    args.out.mkdir(parents=True, exist_ok=True)
    folders = sorted(p for p in args.drafts.iterdir() if p.is_dir() and (not args.only or p.name in args.only))
    for done in sorted(args.out.glob("*.tsv")):  # writers already imported and not imported again now
        if done.stem not in {f.name for f in folders}:
            seen.update(" ".join(words(line.split("\t")[-1])) for line in done.read_text(encoding="utf-8").splitlines() if line.strip())
    for folder in folders:
        if not (folder / "DONE").exists():
            print(f"{folder.name}: not DONE, skipped")
            continue
        kept: list[str] = []
        dropped: Counter[str] = Counter()
        for path in sorted(folder.glob("*.tsv")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                cols = [c.strip() for c in line.split("\t")]
                if len(cols) != 6 or cols[0] not in labels or cols[1] not in MODALITIES or not cols[5]:
                    dropped["malformed"] += 1
                    continue
                key = " ".join(words(cols[5]))
                if key in seen:
                    dropped["duplicate"] += 1
                    continue
                if index.shared(cols[5]):
                    dropped["6-word run shared with dev data"] += 1
                    continue
                seen.add(key)
                kept.append("\t".join(cols))
        out = args.out / f"{folder.name}.tsv"
        out.write_text("\n".join(kept) + "\n", encoding="utf-8")
        print(f"{folder.name}: kept {len(kept)} -> {out.relative_to(ROOT)}; dropped {dict(dropped)}")


if __name__ == "__main__":
    main()
