"""spaCy component ``dateline_events``: sentence-level event mentions.

Sets ``doc._.event_mentions`` to a list of EventMention (trigger span, ACLED
event/sub-event type, disorder type, score, modality with its evidence).  The
ontology, lexicon and model are loaded once per process and shared read-only.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from dateline.events.detect import DetectConfig, Detector
from dateline.events.features import get_lexicon
from dateline.events.model import get_models
from dateline.events.ontology import get_ontology
from dateline.nlp import register_extensions


class EventsComponent:
    def __init__(self, nlp: Language, name: str, min_score: float, secondary_min: float,
                 max_per_sentence: int, precedence_ratio: float, model_dir: str | None,
                 ontology_path: str | None, encode_min: float = 0.05) -> None:
        register_extensions()
        if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names:
            raise ValueError("dateline_events needs sentence boundaries and a dependency parse: "
                             "add it to a pipeline with spaCy's 'parser'")
        self.name = name
        ontology = get_ontology(ontology_path)
        self.detector = Detector(ontology, get_lexicon(ontology_path), get_models(model_dir, ontology_path),
                                 DetectConfig(min_score, secondary_min, max_per_sentence, precedence_ratio, encode_min))

    def __call__(self, doc: Doc) -> Doc:
        doc._.event_mentions = self.detector(doc)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, float]:
        """Sentence-level sub-type P/R/F and modality accuracy against gold mentions.

        A predicted mention matches a gold one when their sentences overlap and
        the sub-event types agree.
        """
        tp = fp = fn = 0
        mod_ok = mod_n = 0
        for eg in examples:
            gold = list(eg.reference._.event_mentions or [])
            pred = list(eg.predicted._.event_mentions or [])
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
    assigns=["doc._.event_mentions"],
    requires=["token.dep", "token.lemma", "doc.sents"],
    default_config={"min_score": 0.35, "secondary_min": 0.25, "max_per_sentence": 2, "precedence_ratio": 0.5,
                    "model_dir": None, "ontology_path": None, "encode_min": 0.05},
)
def make_events(nlp: Language, name: str, min_score: float, secondary_min: float, max_per_sentence: int,
                precedence_ratio: float, model_dir: str | None, ontology_path: str | None,
                encode_min: float) -> EventsComponent:
    return EventsComponent(nlp, name, min_score, secondary_min, max_per_sentence, precedence_ratio,
                           model_dir, ontology_path, encode_min)
