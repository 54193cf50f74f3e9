"""Load and validate the event ontology (``dateline/data/ontology.yaml``).

The ontology is data so that a newcomer adds a trigger word or a sub-type by
editing YAML, not code; this module turns mistakes in that file (a sub-type
under an unknown event type, a duplicate CASE code) into clear errors.
"""

from __future__ import annotations

from functools import cached_property, lru_cache
from pathlib import Path

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator, model_validator

from dateline.datafiles import load_yaml

ONTOLOGY_PATH = Path(__file__).resolve().parents[1] / "data" / "ontology.yaml"
MODALITY_KINDS = ("planned", "threatened", "denied", "negation", "hypothetical", "simulation", "likening", "false_claim",
                  "claiming", "unverified", "hearsay", "doubt_labels", "doubting", "acting_out", "slogans", "announcing", "gatherings")
# The event types that count as political violence in every measure and rule (ACLED's violent types).
VIOLENT_EVENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
# A demonstration told on in one report is one event, coded its highest way (a protest that turns
# violent is a Riots event): the linking stage merges them, the snippet scorer reads them so.
DEMONSTRATION_TYPES = frozenset({"Protests", "Riots"})


class OntologyError(ValueError):
    pass


def _clean_terms(terms: list[str]) -> list[str]:
    out: list[str] = []
    for term in terms:
        term = " ".join(str(term).lower().split())
        if not term:
            raise ValueError("empty trigger/cue")
        out.append(term)
    return out


class EventType(BaseModel):
    name: str
    disorder_type: str
    definition: str


class SubEventType(BaseModel):
    name: str
    event_type: str
    code: str = Field(pattern=r"^[A-Z_]+$")
    plover: str
    cameo: list[str]
    definition: str
    triggers: list[str] = Field(min_length=1)
    # A change of territory is told with words of taking or handing over a place: the classifier's
    # runner-up vote for these sub-types does not outrank its first choice without one of their triggers.
    needs_own_trigger: bool = False
    # A change of territory is coded by who took the place: "state" or "nonstate" (an
    # ``actor_classes`` key).  The subject of the taking decides between such sub-types
    # ("militants recaptured the village" is not Government regains territory).
    taken_by: str | None = None
    # Words one of which the sentence must hold for this sub-type to be told at all (lemmas or
    # lower-cased words): a weapons disruption names a weapon ("300 migrants intercepted" is none).
    needs_words: list[str] = Field(default_factory=list)
    # ... or the report holds one anywhere ("Jets hit the ministry. Three people were killed."; a headline's
    # "drone strike" over "a strike hit the minibus"): for sub-types whose means a report names once.
    needs_words_in_report: bool = False
    # Told only with one of its own triggers: "a gas released from a pest control chemical" is no
    # chemical weapon, whatever the classifier makes of its words.
    needs_own_words: bool = False
    # The sub-type (code) this one becomes when the same report tells of arrests made at it: ACLED
    # codes a peaceful protest whose demonstrators are detained as a protest with intervention.
    with_arrests: str | None = None
    # Verbs of a weapon going off: an explosive attack whose clause "before ... could <verb>" says it was
    # stopped ("shot the bomber before she could detonate her vest") is this sub-type instead.
    stopped_before: list[str] = Field(default_factory=list)

    _clean = field_validator("triggers", "needs_words", "stopped_before")(classmethod(lambda cls, v: _clean_terms(v)))


class OutOfScope(BaseModel):
    code: str = Field(pattern=r"^[A-Z_]+$")
    definition: str
    cues: list[str] = Field(default_factory=list)

    _clean = field_validator("cues")(classmethod(lambda cls, v: _clean_terms(v)))


class NotNews(BaseModel):
    """Cues for sentences and mentions that report no new event (see background.py)."""

    captions: list[str] = Field(default_factory=list)
    since: list[str] = Field(default_factory=list)
    since_today: list[str] = Field(default_factory=list)
    trend_verbs: list[str] = Field(default_factory=list)
    escalation_verbs: list[str] = Field(default_factory=list)
    lasting_verbs: list[str] = Field(default_factory=list)
    agreement_nouns: list[str] = Field(default_factory=list)
    framework_preps: list[str] = Field(default_factory=list)
    framework_nouns: list[str] = Field(default_factory=list)
    mediation_verbs: list[str] = Field(default_factory=list)
    execution_words: list[str] = Field(default_factory=list)
    judicial_words: list[str] = Field(default_factory=list)
    share_verbs: list[str] = Field(default_factory=list)
    spate_nouns: list[str] = Field(default_factory=list)
    backref_preps: list[str] = Field(default_factory=list)
    reaction_verbs: list[str] = Field(default_factory=list)
    # A charge laid, tried or proven: the event word it names is an offence, no event told (``is_charge``).
    charge_words: list[str] = Field(default_factory=list)
    charge_nouns: list[str] = Field(default_factory=list)
    handling_verbs: list[str] = Field(default_factory=list)
    handling_nouns: list[str] = Field(default_factory=list)
    alarm_nouns: list[str] = Field(default_factory=list)
    recall_verbs: list[str] = Field(default_factory=list)
    recall_nouns: list[str] = Field(default_factory=list)
    lift_verbs: list[str] = Field(default_factory=list)
    lift_nouns: list[str] = Field(default_factory=list)
    rescue_verbs: list[str] = Field(default_factory=list)
    deal_words: list[str] = Field(default_factory=list)

    _clean = field_validator("*")(classmethod(lambda cls, v: _clean_terms(v)))


class HeadlineWords(BaseModel):
    """Words of headline grammar (see ``Detector._headline_event``): a headline drops its
    auxiliaries and actors and names a killing by its verb, its dead or the bodies found."""

    # Verbs of killing: as a headline's predicate they report a killing however unsure the classifier.
    lethal: list[str] = Field(default_factory=list)
    # Verbs an event noun is the subject of when a headline reports that event ("shelling hits ...").
    event_subject_verbs: list[str] = Field(default_factory=list)
    # Verbs whose subject is the dead ("fighters perished in ...").
    dying: list[str] = Field(default_factory=list)
    # Nouns of the dead or of a killing, as the headline's head ("casualties in ...").
    death_nouns: list[str] = Field(default_factory=list)
    # Nouns of one killing, in the singular only ("double homicide in ..."; "12 homicides" is a tally).
    killing_nouns: list[str] = Field(default_factory=list)
    # Verbs whose object "lives" counts the dead ("the raid claimed 12 lives").
    life_verbs: list[str] = Field(default_factory=list)
    # Dead bodies, and the marks on them that say they were killed.
    body_nouns: list[str] = Field(default_factory=list)
    violence_signs: list[str] = Field(default_factory=list)
    disposal_verbs: list[str] = Field(default_factory=list)
    # Words that set two sides against each other ("soldiers vs rebels").
    versus: list[str] = Field(default_factory=list)
    disposal_verbs_finite: list[str] = Field(default_factory=list)
    # Words that make a death violent when told by a verb of dying or lives claimed.
    violence_words: list[str] = Field(default_factory=list)
    # Verbs of a result with no doer ("attack leaves 4 dead") and the tolls they leave ("dead", "injured").
    result_verbs: list[str] = Field(default_factory=list)
    toll_words: list[str] = Field(default_factory=list)
    # Verbs that wound a person ("man shot in the leg"): said of a person, a non-fatal attack.
    wounding: list[str] = Field(default_factory=list)
    # Where killers hide bodies ("bodies found in clandestine graves").
    grave_nouns: list[str] = Field(default_factory=list)
    # Verbs of finding: a person found with marks of violence is a body ("man found bound and shot").
    finding_verbs: list[str] = Field(default_factory=list)
    # Adjectives that make a person a body ("a lifeless man").
    lifeless: list[str] = Field(default_factory=list)
    # Participles said only of a person killed: whoever is found or left so is a body ("found slain").
    killed_states: list[str] = Field(default_factory=list)
    # Parts of a body: found, a killing ("human head found in X").
    body_parts: list[str] = Field(default_factory=list)
    # Nouns of killings counted on one day ("three murders on Monday").
    day_killings: list[str] = Field(default_factory=list)
    # Participles of people harmed, and the prepositions that name the event that harmed them
    # ("policeman injured in attack on checkpoint").
    harmed: list[str] = Field(default_factory=list)
    harmed_preps: list[str] = Field(default_factory=list)
    # Nouns of a claim ("claims responsibility for attack on X"): the claimed event happened.
    claim_nouns: list[str] = Field(default_factory=list)
    # Verbs of lasting: an event noun their subject reports that event only in a headline naming a place.
    lasting_verbs: list[str] = Field(default_factory=list)
    # Words of a source set after a headline's dash ("... - agency", "... - rights group says"); a
    # capitalised word (a name: "Reuters", "General Staff") is one too.
    source_words: list[str] = Field(default_factory=list)

    _clean = field_validator("*")(classmethod(lambda cls, v: _clean_terms(v)))


class Ontology(BaseModel):
    version: int
    disorder_types: list[str]
    event_types: list[EventType]
    aggregation: list[tuple[str, str]] = Field(default_factory=list)
    sub_event_types: list[SubEventType]
    out_of_scope: list[OutOfScope]
    modality: dict[str, list[str]]
    actor_classes: dict[str, list[str]] = Field(default_factory=dict)
    not_news: NotNews = Field(default_factory=NotNews)
    # Verbs of a demonstrators' aim ("demanding the release ...", "to protest against ..."): people
    # who act for one of these are demonstrating (dateline/events/triggers.py, ``protest_purpose``).
    protest_purposes: list[str] = Field(default_factory=list)
    # Verbs of a crowd coming together: with "against" or "in solidarity", a demonstration (``gathered_against``).
    assembly_verbs: list[str] = Field(default_factory=list)
    # Verbs and ways of a crowd blocking a road: a blockade, a demonstration (``blocked_way``).
    blockade_verbs: list[str] = Field(default_factory=list)
    blocked_ways: list[str] = Field(default_factory=list)
    civilian_sites: list[str] = Field(default_factory=list)
    crowd_weapons: list[str] = Field(default_factory=list)
    deployment_words: list[str] = Field(default_factory=list)
    # Words of claiming or blaming: without one, a "claim" reading reports the act (checks.py).
    claim_words: list[str] = Field(default_factory=list)
    headline_words: HeadlineWords = Field(default_factory=HeadlineWords)
    # Verbs of a battle going on: a battle noun as their subject reports the battle ("fighting continued
    # around X"), with the headline's event_subject_verbs ("clashes erupted").
    battle_going_on: list[str] = Field(default_factory=list)
    battle_reported: list[str] = Field(default_factory=list)
    # Names of things that hold a trigger's word ("gold mine", "shell company"): no trigger inside one.
    false_triggers: list[str] = Field(default_factory=list)
    # Words that make an event noun a killing ("a deadly raid"): no arrest or other development is deadly.
    deadly_words: list[str] = Field(default_factory=list)
    # Words of a game: a story with several of them is a match report, whose fights are figures of speech.
    game_words: list[str] = Field(default_factory=list)
    game_crowd: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> "Ontology":
        etypes = {e.name for e in self.event_types}
        for e in self.event_types:
            if e.disorder_type not in self.disorder_types:
                raise ValueError(f"event type '{e.name}' has unknown disorder_type '{e.disorder_type}'")
        codes: set[str] = set()
        for s in self.sub_event_types:
            if s.event_type not in etypes:
                raise ValueError(f"sub-event type '{s.name}' names unknown event_type '{s.event_type}' (known: {sorted(etypes)})")
            if s.code in codes:
                raise ValueError(f"CASE code '{s.code}' is used twice")
            codes.add(s.code)
        for s in self.sub_event_types:
            if s.with_arrests is not None and s.with_arrests not in codes:
                raise ValueError(f"sub-event type '{s.name}': with_arrests names unknown code '{s.with_arrests}'")
            if s.taken_by is not None and s.taken_by not in self.actor_classes:
                raise ValueError(f"sub-event type '{s.name}': taken_by names unknown actor class '{s.taken_by}'")
        for o in self.out_of_scope:
            if o.code in codes:
                raise ValueError(f"out-of-scope code '{o.code}' clashes with a sub-event type code")
            codes.add(o.code)
        for a, b in self.aggregation:
            for name in (a, b):
                if name not in etypes:
                    raise ValueError(f"aggregation rule names unknown event type '{name}'")
        for kind in self.modality:
            if kind not in MODALITY_KINDS:
                raise ValueError(f"unknown modality cue list '{kind}' (expected one of {MODALITY_KINDS})")
        self.modality = {k: _clean_terms(v) for k, v in self.modality.items()}
        self.actor_classes = {k: _clean_terms(v) for k, v in self.actor_classes.items()}
        return self

    # --- lookups ---------------------------------------------------------------
    @property
    def codes(self) -> list[str]:
        """Sub-type codes in ACLED hierarchy order."""
        return [s.code for s in self.sub_event_types]

    @cached_property
    def event_heads(self) -> frozenset[str]:
        """The head word of every trigger ("bombing" of "suicide bombing"): the nouns an event is named by."""
        return frozenset(t.split()[-1] for s in self.sub_event_types for t in s.triggers)

    @property
    def oos_codes(self) -> list[str]:
        return [o.code for o in self.out_of_scope]

    def by_code(self, code: str) -> SubEventType:
        for s in self.sub_event_types:
            if s.code == code:
                return s
        raise KeyError(f"unknown sub-event code '{code}'")

    def by_name(self, name: str) -> SubEventType:
        for s in self.sub_event_types:
            if s.name == name:
                return s
        raise KeyError(f"unknown sub-event type '{name}'")

    def with_arrests(self, name: str) -> str:
        """The sub-type (name) an event of sub-type ``name`` is coded as when the report also tells of
        arrests made at it (``with_arrests``), else ``name``."""
        sub = self.by_name(name)
        return next((s.name for s in self.sub_event_types if s.code == sub.with_arrests), name)

    def disorder_of(self, event_type: str) -> str:
        for e in self.event_types:
            if e.name == event_type:
                return e.disorder_type
        raise KeyError(f"unknown event type '{event_type}'")

    def rank(self, code: str) -> int:
        """Position in ACLED's hierarchy (lower = higher precedence)."""
        return self.codes.index(code)

    def merges(self, type_a: str, type_b: str) -> bool:
        """True when two event types in one sentence are recorded as one event."""
        return type_a == type_b or (type_a, type_b) in self.aggregation or (type_b, type_a) in self.aggregation


def load_ontology(path: Path | str | None = None) -> Ontology:
    """Read and validate an ontology file; raises OntologyError with the reason."""
    path = Path(path) if path else ONTOLOGY_PATH
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OntologyError(f"ontology file not found: {path}") from None
    except yaml.YAMLError as exc:
        raise OntologyError(f"{path} is not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise OntologyError(f"{path} must hold a mapping at top level")
    try:
        return Ontology.model_validate(raw)
    except ValidationError as exc:
        raise OntologyError(f"{path} is not a valid ontology:\n{exc}") from None


@lru_cache(maxsize=4)
def get_ontology(path: str | None = None) -> Ontology:
    """Cached, read-only ontology (the default file unless a path is given)."""
    return load_ontology(path)
