"""Score the times stage against TimeML (``.tml``) files, TempEval-3 style.

Only the ``<TEXT>`` part is tagged; its inline tags are stripped and the gold
TIMEX3 spans mapped onto the stripped text.  The document creation time
(``functionInDocument="CREATION_TIME"``) is the reference date.  Relaxed
matching is span overlap; a value counts as correct when spans overlap and
the values are equal.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dateline.types import Timex

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DCT = re.compile(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", re.S)


@dataclass
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str | None


@dataclass
class TimeMLDoc:
    name: str
    text: str
    dct: dt.date | None
    gold: list[GoldTimex] = field(default_factory=list)


class TimeMLError(ValueError):
    pass


def _unescape(raw: str) -> str:
    return html.unescape(raw)


def read_tml(path: Path) -> TimeMLDoc:
    """Parse one TimeML file: stripped TEXT, gold TIMEX3 with offsets into it, DCT date."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    dct_date: dt.date | None = None
    m = _DCT.search(raw)
    if m:
        attrs = dict(_ATTR.findall(m.group(0)))
        try:
            dct_date = dt.date.fromisoformat(attrs.get("value", "")[:10])
        except ValueError:
            dct_date = None
    start = raw.find("<TEXT>")
    stop = raw.find("</TEXT>")
    if start < 0 or stop < 0:
        raise TimeMLError(f"{path}: no <TEXT> element")
    body = raw[start + len("<TEXT>") : stop]
    out: list[str] = []
    pos = 0
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    gold: list[GoldTimex] = []
    for tm in _TAG.finditer(body):
        chunk = _unescape(body[pos : tm.start()])
        out.append(chunk)
        length += len(chunk)
        pos = tm.end()
        closing, name = tm.group(1) == "/", tm.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex.append((length, dict(_ATTR.findall(tm.group(3)))))
        elif open_timex:
            begin, attrs = open_timex.pop()
            gold.append(GoldTimex(begin, length, "", attrs.get("type", "DATE"), attrs.get("value") or None))
    tail = _unescape(body[pos:])
    out.append(tail)
    text = "".join(out)
    for g in gold:
        g.text = text[g.start : g.end]
    return TimeMLDoc(path.name, text, dct_date, gold)


def find_tml(directory: Path) -> list[Path]:
    if not directory.exists():
        raise TimeMLError(f"{directory}: no such directory")
    if directory.is_file() and directory.suffix == ".tml":
        return [directory]
    if not directory.is_dir():
        raise TimeMLError(f"{directory}: not a directory of .tml files")
    files = sorted(directory.rglob("*.tml"))
    if not files:
        raise TimeMLError(f"{directory}: no .tml files found")
    return files


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Tally:
    n_gold: int = 0
    n_sys: int = 0
    strict: int = 0
    relaxed_gold: int = 0
    relaxed_sys: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[dict[str, object]] = field(default_factory=list)

    def add(self, gold: list[GoldTimex], system: list[Timex], doc: str = "", keep_errors: bool = False) -> None:
        self.n_gold += len(gold)
        self.n_sys += len(system)
        used: set[int] = set()
        for g in gold:
            match = None
            for i, s in enumerate(system):
                if i not in used and _overlap((g.start, g.end), (s.start, s.end)):
                    match = i
                    if (s.start, s.end) == (g.start, g.end):
                        break
            if match is None:
                if keep_errors:
                    self.errors.append({"doc": doc, "kind": "missed", "gold": g.text, "type": g.type, "value": g.value})
                continue
            used.add(match)
            s = system[match]
            self.relaxed_gold += 1
            self.strict += (s.start, s.end) == (g.start, g.end)
            self.type_ok += s.type == g.type
            ok = s.value == g.value
            self.value_ok += ok
            if keep_errors and (not ok or s.type != g.type):
                self.errors.append({"doc": doc, "kind": "value", "gold": g.text, "sys": s.text, "gold_value": g.value,
                                    "value": s.value, "gold_type": g.type, "type": s.type})
        self.relaxed_sys += len(used)
        if keep_errors:
            for i, s in enumerate(system):
                if i not in used:
                    self.errors.append({"doc": doc, "kind": "spurious", "sys": s.text, "type": s.type, "value": s.value})

    def scores(self) -> dict[str, float | int]:
        p = self.relaxed_sys / self.n_sys if self.n_sys else 0.0
        r = self.relaxed_gold / self.n_gold if self.n_gold else 0.0
        sp = self.strict / self.n_sys if self.n_sys else 0.0
        sr = self.strict / self.n_gold if self.n_gold else 0.0
        vp = self.value_ok / self.n_sys if self.n_sys else 0.0
        vr = self.value_ok / self.n_gold if self.n_gold else 0.0
        return {
            "strict_f1": round(_f1(sp, sr), 4),
            "relaxed_f1": round(_f1(p, r), 4),
            "relaxed_precision": round(p, 4),
            "relaxed_recall": round(r, 4),
            "type_accuracy": round(self.type_ok / self.relaxed_gold, 4) if self.relaxed_gold else 0.0,
            "value_accuracy": round(self.value_ok / self.relaxed_gold, 4) if self.relaxed_gold else 0.0,
            "value_f1": round(_f1(vp, vr), 4),
            "n_gold": self.n_gold,
            "n_system": self.n_sys,
        }


Tagger = Callable[[str, "dt.date | None"], list[Timex]]


def evaluate(files: Iterable[Path], tagger: Tagger | None = None, keep_errors: bool = False) -> tuple[dict[str, float | int], Tally]:
    """Tag each TimeML file's TEXT against its DCT and score it.

    The TEXT goes through the same reader as a user's .txt file, and the
    tagger runs on the Article's text: the score is on the offsets a user
    sees, so a reader that moved them (stripping a dateline or blank lines)
    shows up here as lost strict matches.
    """
    if tagger is None:
        from dateline.times.tagger import tag as tagger
    from dateline.ingest import article_from_text

    tally = Tally()
    n_docs = 0
    for path in files:
        doc = read_tml(path)
        try:
            article = article_from_text(doc.text, published=doc.dct, origin=doc.name)
        except ValueError:  # nothing a user could extract from either
            tally.add(doc.gold, [], doc.name, keep_errors)
        else:
            tally.add(doc.gold, tagger(article.text, article.published), doc.name, keep_errors)
        n_docs += 1
    scores = tally.scores()
    scores["n_docs"] = n_docs
    return scores, tally
