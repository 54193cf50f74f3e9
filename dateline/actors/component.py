"""The ``dateline_actors`` spaCy component: actor mentions (``dateline.actors.actor_mentions(doc)``).

It only finds and names actors; deciding which actor did what to whom in an
event the linking stage's (``dateline.records.actors``), once events are known.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from dateline.actors import actor_mentions, set_actor_mentions
from dateline.actors.dictionary import DEFAULT_PATH, load_dictionary
from dateline.actors.matcher import ActorMatcher
from dateline.nlp import register_extensions
from dateline.scoring import match_spans, prf
from dateline.types import ActorMention


class ActorsComponent:
    def __init__(self, nlp: Language, name: str, dictionary_path: str) -> None:
        register_extensions()
        self.name = name
        self.dictionary = load_dictionary(dictionary_path or DEFAULT_PATH)
        self.matcher = ActorMatcher(nlp, self.dictionary)

    def __call__(self, doc: Doc) -> Doc:
        set_actor_mentions(doc, self.matcher(doc))
        return doc

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, float]:
        """Span P/R/F (overlap match) and the share of matched spans with the gold name."""
        return score_actors(examples)


def score_actors(examples: Iterable[Example]) -> dict[str, float]:
    n_pred = n_gold = n_hit = n_name = 0
    for example in examples:
        gold: list[ActorMention] = actor_mentions(example.reference)
        pred: list[ActorMention] = actor_mentions(example.predicted)
        n_pred += len(pred)
        n_gold += len(gold)
        pairs = match_spans(gold, pred)
        n_hit += len(pairs)
        n_name += sum(p.name == g.name for g, p in pairs)
    return {**prf(n_hit, n_pred, n_gold, "actors"), "actors_name_acc": n_name / n_hit if n_hit else 0.0}


@Language.factory(
    "dateline_actors",
    assigns=["doc._.dateline_actors", "doc.spans"],
    requires=["token.dep", "token.pos"],
    default_config={"dictionary_path": ""},
    default_score_weights={"actors_f": 1.0, "actors_name_acc": 0.0, "actors_p": 0.0, "actors_r": 0.0},
)
def make_actors(nlp: Language, name: str, dictionary_path: str) -> ActorsComponent:
    return ActorsComponent(nlp, name, dictionary_path)
