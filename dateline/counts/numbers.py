"""Number expressions in running text: "57", "1,200", "Fifty-seven", "a dozen",
"between 10 and 15", "at least 5", "dozens".

Vocabulary comes from ``dateline/data/numbers.yaml``; this module only turns it
into one compiled regular expression and a parser, built once per process.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from dateline.datafiles import load_mapping

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "numbers.yaml"


class NumberVocabularyError(ValueError):
    """numbers.yaml is malformed; the message says which key."""


@dataclass(frozen=True)
class NumberExpr:
    start: int  # character offsets into the text (end exclusive)
    end: int
    text: str
    low: int
    high: int
    vague: bool = False  # "dozens", "several"
    bound: str | None = None  # "lower" (at least), "upper" (up to), "approximate" (about)


def _alternation(words: list[str]) -> str:
    """Longest first, spaces matching any run of whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


class NumberVocabulary:
    """The compiled vocabulary: a finder for number expressions and their values."""

    def __init__(self, data: dict[str, Any]) -> None:
        for key in ("units", "scales", "fixed", "vague", "kinds", "non_person", "person_nouns"):
            if key not in data:
                raise NumberVocabularyError(f"numbers.yaml: missing key '{key}'")
        self.data = data
        self.units: dict[str, int] = {k.lower(): int(v) for k, v in data["units"].items()}
        self.scales: dict[str, int] = {k.lower(): int(v) for k, v in data["scales"].items()}
        self.fixed: dict[str, int] = {" ".join(k.lower().split()): int(v) for k, v in data["fixed"].items()}
        self.vague: dict[str, int] = {" ".join(k.lower().split()): int(v) for k, v in data["vague"].items()}
        self.bounds: dict[str, str] = {}
        for bound in ("approximate", "upper_bound", "lower_bound"):  # later wins: "some" is a lower bound
            for word in data.get(bound) or []:
                self.bounds[" ".join(word.lower().split())] = bound.replace("_bound", "")
        word = _alternation([*self.units, *self.scales])
        digits = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
        number = (rf"(?:{digits})(?:\s+(?:{_alternation(list(self.scales))})\b)?"
                  rf"|(?:{_alternation(list(self.fixed))})\b"
                  rf"|(?:a\s+)?(?:{word})\b(?:(?:\s+|\s*-\s*)(?:and\s+)?(?:{word})\b)*")
        self.number = number  # one figure, digits or words ("30", "thirty", "twenty-five"), for other readers
        bound = _alternation(list(self.bounds))
        self.pattern = re.compile(
            rf"\b(?:(?P<between>between)\s+|(?P<bound>{bound})\s+)?"
            rf"(?P<a>{number})"
            rf"(?:\s*(?:-|–|\bto\b|\bor\b|(?(between)\band\b|(?!)))\s*(?P<b>{number}))?"
            rf"|\b(?P<vague>{_alternation(list(self.vague))})\b",
            re.IGNORECASE,
        )

    def value(self, text: str) -> int | None:
        """The integer a number phrase denotes, or None when it is not one."""
        t = " ".join(text.lower().replace("-", " ").split())
        if t in self.fixed:
            return self.fixed[t]
        if re.fullmatch(r"[\d,]+(?:\.\d+)?(?: \w+)?", t):
            head, _, scale = t.partition(" ")
            try:
                base = float(head.replace(",", ""))
            except ValueError:
                return None
            if scale and scale not in self.scales:
                return None
            return int(base * self.scales.get(scale, 1))
        if t.startswith("a "):  # "a hundred" is one hundred; "a six-man cell" is six
            rest = t[2:]
            t = ("one " + rest) if rest.split()[0] in self.scales else rest
        total = current = 0
        seen = False
        for w in t.split():
            if w == "and":
                continue
            if w in self.units:
                current += self.units[w]
            elif w == "hundred":
                current = max(current, 1) * 100
            elif w in self.scales:
                total += max(current, 1) * self.scales[w]
                current = 0
            else:
                return None
            seen = True
        return total + current if seen else None

    def find(self, text: str) -> list[NumberExpr]:
        """Every number expression in ``text``, left to right."""
        out: list[NumberExpr] = []
        for m in self.pattern.finditer(text):
            if m.group("vague"):
                value = self.vague[" ".join(m.group("vague").lower().split())]
                out.append(NumberExpr(m.start(), m.end(), m.group(0), value, value, vague=True))
                continue
            a = self.value(m.group("a"))
            if a is None:
                continue
            b = self.value(m.group("b")) if m.group("b") else None
            if b is not None and not m.group("between") and (m.group("a")[:1].isdigit() != m.group("b")[:1].isdigit()
                                                             or b < a and " " in text[m.end("a"):m.start("b")]):
                # a figure and a word, or a smaller figure after a spaced dash, are no range: "KYIV, July 20 - Two people
                # were killed", "July 20 - 12 people": a date, then a count
                out += [NumberExpr(m.start("a"), m.end("a"), m.group("a"), a, a),
                        NumberExpr(m.start("b"), m.end("b"), m.group("b"), b, b)]
                continue
            low, high = (a, b) if b is not None and b >= a else (a, a)
            if b is not None and b < a:  # "10-15" fine; "2015-16" is a year span, not a range
                continue
            bound = self.bounds.get(" ".join(m.group("bound").lower().split())) if m.group("bound") else None
            out.append(NumberExpr(m.start(), m.end(), m.group(0), low, high, bound=bound))
        return out


@lru_cache(maxsize=4)
def load_vocabulary(path: str | Path = DEFAULT_PATH) -> NumberVocabulary:
    return NumberVocabulary(load_mapping(path, NumberVocabularyError, "number vocabulary"))


def killed_by(noun: Any) -> list[Any]:
    """The objects of the verb of harm an event noun is the subject of ("the raid killed four officers":
    "officers"); empty when the noun is no such subject.  One reading for the events and linking stages."""
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in harm_words("transitive"):
        return []
    return [c for c in noun.head.children if c.dep_ == "dobj"]


@lru_cache(maxsize=8)
def harm_words(*groups: str) -> frozenset[str]:
    """The words of the bundled vocabulary that tell deaths and injuries ("kill", "die", "wound"), from
    the given groups of ``kinds`` (transitive, intransitive, adjectives): one list for every stage that asks."""
    kinds = load_vocabulary().data.get("kinds", {})
    return frozenset(str(w).lower() for kind in ("fatalities", "injured") for group in groups
                     for w in (kinds.get(kind) or {}).get(group) or [])


def told_first(verb: Any) -> bool:
    """The clause gives a figure as the first one, which a later one replaced ("initially put the toll at 20"):
    numbers.yaml ``first_report_words`` on its verb."""
    first = {w.lower() for w in load_vocabulary().data.get("first_report_words") or []}
    return any(c.dep_ == "advmod" and c.lower_ in first for c in verb.children)


def toll_told(verb: Any, rising_only: bool = False, updated_only: bool = False) -> bool:
    """The clause headed by ``verb`` tells a toll rising, revised or given ("the death toll rose to 12", "raised the
    toll to nine", "put the number of dead at eight"): an update of an event's figure (numbers.yaml ``toll_nouns``,
    ``rising_verbs``, ``revising_verbs``, ``figure_verbs``; a figure a source "later" or "now" gives,
    ``later_report_words`` with ``restating_verbs``; never one told as the first, ``first_report_words``).
    ``rising_only``: not a verb of revising.  ``updated_only``: a source's figure ("residents put the toll at five")
    only when given "later" or "now" (told after another source's, it is a rival figure, not an update)."""
    data = load_vocabulary().data
    lemma = verb.lemma_.lower()
    nouns = {w.lower() for w in data.get("toll_nouns") or []}
    told_when = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    if told_first(verb):
        return False  # "initially putting the toll at twenty": the figure a later one replaced
    if not rising_only and told_when & {w.lower() for w in data.get("later_report_words") or []} \
            and lemma in {w.lower() for w in data.get("restating_verbs") or []}:
        return True  # "the governor later confirmed six dead": a later figure for the event told
    if lemma in {w.lower() for w in data.get("rising_verbs") or []}:
        roles: tuple[str, ...] = ("nsubj", "nsubjpass")
    elif lemma in {w.lower() for w in data.get("figure_verbs") or []} and not updated_only:
        roles = ("dobj",)  # "put the number of dead at eight": a source's figure
    elif not rising_only and lemma in {w.lower() for w in data.get("revising_verbs") or []}:
        roles = ("dobj", "nsubjpass")
    else:
        return False
    return any(c.dep_ in roles and c.lemma_.lower() in nouns for c in verb.children)
