"""spaCy component ``dateline_events``: sentence-level event mentions.

Keeps a list of EventMention on the Doc (``dateline.events.event_mentions(doc)``; (trigger span, ACLED
event/sub-event type, disorder type, score, modality with its evidence), as plain data and as
the span group ``doc.spans["dateline_events"]``.  The
ontology, lexicon and model are loaded once per process and shared read-only.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from dateline.events import event_mentions, set_event_mentions
from dateline.events.detect import DetectConfig, Detector
from dateline.events.features import get_lexicon
from dateline.events.model import get_models
from dateline.events.ontology import DEMONSTRATION_TYPES, get_ontology
from dateline.events.score import NONE, classification_scores
from dateline.nlp import Reparser, doc_article, register_extensions


class EventsComponent:
    def __init__(self, nlp: Language, name: str, min_score: float, secondary_min: float,
                 max_per_sentence: int, precedence_ratio: float, model_dir: str | None,
                 ontology_path: str | None, encode_min: float = 0.5, encode_short: int = 3) -> None:
        register_extensions()
        if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
            raise ValueError("dateline_events needs sentence boundaries and a dependency parse: "
                             "add it to a pipeline with spaCy's 'parser'")
        self.name = name
        ontology = get_ontology(ontology_path)
        self.detector = Detector(ontology, get_lexicon(ontology_path), get_models(model_dir, ontology_path),
                                 DetectConfig(min_score=min_score, secondary_min=secondary_min,
                                              max_per_sentence=max_per_sentence, precedence_ratio=precedence_ratio,
                                              encode_min=encode_min, encode_short=encode_short), Reparser(nlp))

    def __call__(self, doc: Doc) -> Doc:
        set_event_mentions(doc, self.detector(doc))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def score(self, examples: Iterable[Example], asserted_only: bool = True,
              errors: list[dict[str, Any]] | None = None, **kwargs: Any) -> dict[str, Any]:
        """Sentence-level sub-type P/R/F and modality accuracy against gold mentions, and,
        for reference Docs whose ``cats`` give a snippet's class (CASE 2021 style), the
        snippet classification scores (``events_snippet_*``, ``dateline/events/score.py``).

        A predicted mention matches a gold one when their sentences overlap and
        the sub-event types agree.
        """
        examples = list(examples)
        out: dict[str, Any] = self._mention_scores([eg for eg in examples if not eg.reference.cats])
        snippets = [eg for eg in examples if eg.reference.cats]
        if snippets:
            out.update(self._snippet_scores(snippets, asserted_only, errors))
        return out

    def _snippet_scores(self, examples: list[Example], asserted_only: bool,
                        errors: list[dict[str, Any]] | None) -> dict[str, Any]:
        code_of = {s.name: s.code for s in self.detector.ontology.sub_event_types}
        gold, pred, scores = [], [], []
        for eg in examples:
            gold.append(max(eg.reference.cats, key=lambda c: eg.reference.cats[c]))
            # A snippet's label is what it reports: references and ambiguous mentions are evidence
            # the linking stage weighs across an article, not the snippet's class.
            mentions = [m for m in event_mentions(eg.predicted)
                        if m.kind == "report" and (not asserted_only or m.modality == "asserted")]
            best = max(mentions, key=lambda m: m.score) if mentions else None
            told = [m for m in mentions if m.event_type in DEMONSTRATION_TYPES]
            arrests = any(m.sub_event_type == "Arrests" for m in mentions)
            if told and (best.event_type in DEMONSTRATION_TYPES or arrests):
                # one demonstration told on, with any arrests made at it: its highest reading, as
                # the linking stage merges it
                best = min(told, key=lambda m: self.detector.ontology.rank(code_of[m.sub_event_type]))
            name = best.sub_event_type if best else None
            if name is not None and best.event_type in DEMONSTRATION_TYPES and arrests:
                name = self.detector.ontology.with_arrests(name)
            pred.append(code_of[name] if name else NONE)
            scores.append(best.score if best else 0.0)
        codes = self.detector.ontology.codes
        if errors is not None:
            for eg, g, p, sc in zip(examples, gold, pred, scores):
                if p != (g if g in codes else NONE):
                    article = doc_article(eg.predicted)
                    errors.append({"id": article.id if article else None, "gold": g, "predicted": p, "score": round(sc, 4)})
        return {f"events_snippet_{k}": v for k, v in classification_scores(gold, pred, codes).items()}

    @staticmethod
    def _mention_scores(examples: list[Example]) -> dict[str, float]:
        tp = fp = fn = 0
        mod_ok = mod_n = 0
        for eg in examples:
            gold = event_mentions(eg.reference)
            pred = event_mentions(eg.predicted)
            matched: set[int] = set()
            for m in pred:
                hit = next((i for i, g in enumerate(gold) if i not in matched
                            and g.sub_event_type == m.sub_event_type
                            and m.sentence_start < g.sentence_end and g.sentence_start < m.sentence_end), None)
                if hit is None:
                    fp += 1
                    continue
                matched.add(hit)
                tp += 1
                mod_n += 1
                mod_ok += int(gold[hit].modality == m.modality)
            fn += len(gold) - len(matched)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"events_p": p, "events_r": r, "events_f": f,
                "events_modality_acc": mod_ok / mod_n if mod_n else 0.0}


@Language.factory(
    "dateline_events",
    assigns=["doc._.dateline_events", "doc.spans"],
    requires=["token.dep", "token.lemma", "doc.sents"],
    default_config={"min_score": 0.35, "secondary_min": 0.25, "max_per_sentence": 2, "precedence_ratio": 0.5,
                    "model_dir": None, "ontology_path": None, "encode_min": 0.5, "encode_short": 3},
)
def make_events(nlp: Language, name: str, min_score: float, secondary_min: float, max_per_sentence: int,
                precedence_ratio: float, model_dir: str | None, ontology_path: str | None,
                encode_min: float, encode_short: int) -> EventsComponent:
    return EventsComponent(nlp, name, min_score, secondary_min, max_per_sentence, precedence_ratio,
                           model_dir, ontology_path, encode_min, encode_short)
