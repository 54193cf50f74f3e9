"""Every data type dateline passes between stages, in one module.

Stages talk to each other only through these models, so a newcomer can read
this file and know the whole contract of the pipeline.  Offsets are always
character offsets into ``Article.text`` (end exclusive), so evidence can be
shown and checked against the original report.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Modality = Literal["asserted", "planned", "threatened", "denied", "hypothetical"]
MentionKind = Literal["report", "reference", "ambiguous"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
Granularity = Literal["day", "week", "weekend", "month", "season", "quarter", "year", "decade", "century", "range", "time", "unknown"]
CountKind = Literal["fatalities", "injured", "arrested", "surrendered", "abducted"]

# ACLED's inter categories (the named form ACLED uses since 2023).
INTER_CATEGORIES = (
    "State forces",
    "Rebel group",
    "Political militia",
    "Identity militia",
    "Rioters",
    "Protesters",
    "Civilians",
    "External/Other forces",
)


class Evidence(BaseModel):
    """A character span of the article that a value came from."""

    start: int
    end: int
    text: str
    # Set when a record merges several reports: which article these offsets point into.
    article_id: str | None = None


class Article(BaseModel):
    """One news report, as read from any input format."""

    id: str = ""
    url: str | None = None
    title: str | None = None
    text: str
    published: dt.date | None = None
    source: str | None = None
    language: str = "en"
    # A leading dateline ("AL MUKALLA, Yemen —") as a place hint; it stays in ``text``.
    dateline: str | None = None
    # Offset in ``text`` where the report itself starts, after any headline, byline and dateline
    # (all of which stay in ``text``, so evidence offsets index the text as the user gave it).
    body_start: int = 0
    # Where the article came from (file path, "path:line", WARC record); for error messages.
    origin: str | None = None

    @model_validator(mode="after")
    def _stable_id(self) -> "Article":
        if not self.id:
            digest = hashlib.sha1(self.text.encode("utf-8")).hexdigest()[:16]
            self.id = f"a{digest}"
        return self


class InputProblem(BaseModel):
    """One input that could not be read; the batch goes on without it."""

    input: str
    problem: str
    line: int | None = None

    @model_validator(mode="after")
    def _short(self) -> "InputProblem":
        """A message is one readable line, whatever a library put in its exception."""
        if len(self.input) > 300:
            self.input = self.input[:299] + "…"
        if len(self.problem) > 600:
            self.problem = self.problem[:599] + "…"
        return self

    def __str__(self) -> str:
        where = f"{self.input}:{self.line}" if self.line is not None else self.input
        return f"{where}: {self.problem}"


class Place(BaseModel):
    """A gazetteer entry (GeoNames-based)."""

    geonameid: int | None = None
    name: str
    latitude: float
    longitude: float
    country: str | None = None
    iso: str | None = None  # ISO 3166-1 alpha-2 country code
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    feature_class: str | None = None  # GeoNames class: P, A, H, L, T, ...
    feature_code: str | None = None  # GeoNames code: PPLA, ADM1, PCLI, ...
    population: int = 0


class Toponym(BaseModel):
    """A place name found in the text and what it was resolved to."""

    start: int
    end: int
    text: str
    place: Place | None = None
    score: float = 0.0
    # "location" = where something happened; "modifier" = "Aden police"; "demonym" = "Yemeni";
    # "organisation" = "Washington said", "US-led"; "name" = inside another name ("Jaffa Road").
    role: Literal["location", "modifier", "demonym", "organisation", "name"] = "location"
    # ACLED geo_precision the mention supports: 1 town, 2 near town / part of region, 3 province.
    geo_precision: int | None = None


class Timex(BaseModel):
    """A TIMEX3-style temporal expression with its normalised value."""

    start: int
    end: int
    text: str
    type: TimexType = "DATE"
    value: str | None = None  # TIMEX3 value: 2016-08-03, 2015-07, 2016-W30, P2W, PRESENT_REF ...
    granularity: Granularity = "unknown"
    # Calendar interval the value covers, when it resolves to one (inclusive).
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    # ACLED time_precision this expression supports (1 day, 2 week, 3 month); None if coarser/none.
    precision: int | None = None


class ActorMention(BaseModel):
    """An actor mentioned in the text, normalised through the actor dictionary."""

    start: int
    end: int
    text: str
    name: str  # normalised ACLED-style actor name, e.g. "Police Forces of Yemen (2012-)"
    inter: str | None = None  # one of INTER_CATEGORIES
    country: str | None = None
    key: str | None = None  # dictionary entry id
    # ISO 3166 alpha-2 of the actor's country ("Al Shabaab", "SNA" -> SO): the linking stage
    # uses it to keep the event's place in the country its actors imply.
    iso: str | None = None


class CountMention(BaseModel):
    """A number of people killed / injured / arrested / surrendered / abducted."""

    start: int
    end: int
    text: str
    kind: CountKind
    low: int
    high: int


class EventMention(BaseModel):
    """A sentence-level mention of an event, before it becomes a record."""

    start: int  # trigger span
    end: int
    text: str
    sentence_start: int
    sentence_end: int
    event_type: str
    sub_event_type: str
    disorder_type: str | None = None
    score: float = 0.0
    modality: Modality = "asserted"
    modality_evidence: Evidence | None = None
    # "report": the sentence reports the event.  "reference": a noun phrase names an event the
    # sentence is not about ("after Saturday's attack in X"); a row only with its own day and
    # place, else it joins the event it names.  "ambiguous": the sentence reads as an accident
    # or a crime but holds an event's words ("an explosion killed 30"); a row only when another
    # mention of the article names the same event as conflict.
    kind: MentionKind = "report"


class EventDate(BaseModel):
    """The date chosen for one event, and why."""

    date: dt.date | None = None
    precision: int | None = None  # ACLED time_precision: 1 day, 2 week, 3 month
    historical: bool = False
    timex: Timex | None = None  # the expression that dated it; None = publication date fallback
    # Where the date came from: the event's own expression, the dated event just before it
    # in the narrative, an "Nth anniversary", or the publication day; "none" = undated.
    basis: Literal["expression", "narrative", "anniversary", "publication", "none"] = "none"
    # Why the event is background to the report ("since", "legal", "remembrance", "past perfect").
    background: str | None = None


class EventActors(BaseModel):
    """Who did it (actor1) to whom (actor2; the victim for violence against civilians)."""

    actor1: ActorMention | None = None
    assoc_actor_1: list[ActorMention] = Field(default_factory=list)
    actor2: ActorMention | None = None
    assoc_actor_2: list[ActorMention] = Field(default_factory=list)


class Counts(BaseModel):
    arrested: int | None = None
    surrendered: int | None = None
    injured: int | None = None
    abducted: int | None = None


ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)


class EventRecord(BaseModel):
    """One event, one row: ACLED's export columns plus dateline's own keys.

    This model is the single definition of the output; ``docs/event-record.md``
    is generated from it (``python scripts/document_record.py``).
    """

    model_config = ConfigDict(extra="forbid")

    # --- ACLED columns -------------------------------------------------------
    event_id_cnty: str | None = Field(None, description="Event id: ISO3 country code, article id and event number, e.g. YEM-a1b2c3-1.")
    event_date: dt.date | None = Field(None, description="The event's own date (YYYY-MM-DD), not the report's.")
    year: int | None = Field(None, description="Year of event_date.")
    time_precision: int | None = Field(None, description="1 exact day, 2 week or weekend (middle day), 3 month (mid-month or stated edge).")
    disorder_type: str | None = Field(None, description="Political violence, Demonstrations, or Strategic developments.")
    event_type: str | None = Field(None, description="One of ACLED's 6 event types.")
    sub_event_type: str | None = Field(None, description="One of ACLED's 25 sub-event types.")
    actor1: str | None = Field(None, description="The actor who carried out the event, normalised.")
    assoc_actor_1: str | None = Field(None, description="Actors acting with actor1, '; '-separated.")
    inter1: str | None = Field(None, description="actor1's ACLED inter category.")
    actor2: str | None = Field(None, description="The actor the event was done to; the victim in violence against civilians.")
    assoc_actor_2: str | None = Field(None, description="Actors with actor2, '; '-separated.")
    inter2: str | None = Field(None, description="actor2's ACLED inter category.")
    interaction: str | None = Field(None, description="inter1 and inter2 joined, e.g. 'State forces-Rebel group'.")
    civilian_targeting: str | None = Field(None, description="'Civilian targeting' when civilians were the target.")
    iso: int | None = Field(None, description="ISO 3166-1 numeric country code.")
    region: str | None = Field(None, description="ACLED world region, e.g. Middle East.")
    country: str | None = Field(None, description="Country name.")
    admin1: str | None = Field(None, description="First-level administrative unit (province, governorate, state).")
    admin2: str | None = Field(None, description="Second-level administrative unit.")
    admin3: str | None = Field(None, description="Third-level administrative unit, where the gazetteer has it.")
    location: str | None = Field(None, description="Place name (GeoNames' name).")
    latitude: float | None = Field(None, description="Latitude of the location (WGS84).")
    longitude: float | None = Field(None, description="Longitude of the location (WGS84).")
    geo_precision: int | None = Field(None, description="1 the town itself, 2 near a town or part of a region, 3 only the province.")
    source: str | None = Field(None, description="Source of the report.")
    source_scale: str | None = Field(None, description="Scale of the source (National, International, ...), when known.")
    notes: str | None = Field(None, description="One-sentence summary composed from the extracted fields.")
    fatalities: int | None = Field(None, description="Fatalities by ACLED's rules: the lowest reported figure, 0 when none is reported.")
    tags: str | None = Field(None, description="ACLED-style tags, e.g. 'crowd size=...'.")
    timestamp: int | None = Field(None, description="Unix time the row was made.")

    # --- dateline's own keys ---------------------------------------------------
    article_id: str | None = Field(None, description="Id of the article the event came from.")
    geonameid: int | None = Field(None, description="GeoNames id of the location.")
    modality: Modality = Field("asserted", description="asserted, planned, threatened, denied or hypothetical.")
    historical: bool = Field(False, description="True when the event's date lies clearly before the report's news window.")
    counts: Counts = Field(default_factory=Counts, description="arrested, surrendered, injured, abducted.")
    fatalities_low: int | None = Field(None, description="Lowest fatality figure reported.")
    fatalities_high: int | None = Field(None, description="Highest fatality figure reported.")
    confidence: float = Field(0.0, ge=0.0, le=1.0, description="How sure dateline is of the event (0-1).")
    evidence: dict[str, list[Evidence]] = Field(default_factory=dict, description="Field name -> character spans of the article it came from.")
    cluster_id: str | None = Field(None, description="Cross-source dedup: id of the event this row reports (its own id when it is the first report).")
    cluster_score: float | None = Field(None, description="Cross-source dedup: how sure the match to cluster_id is (0-1); empty for a first report.")
    cluster_reason: str | None = Field(None, description="Cross-source dedup: why this row was matched to cluster_id.")

    def acled_row(self) -> dict[str, object]:
        """The ACLED columns only, in ACLED's order (for CSV export)."""
        data = self.model_dump(mode="json")
        return {col: data.get(col) for col in ACLED_COLUMNS}
