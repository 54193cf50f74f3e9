"""Event coreference within an article: the mentions of one event become one row.

ACLED codes one event per type, actor pair, location and day.  A report tells an event
more than once: the lead, the details, the toll ("A local commander was also
killed", "They killed 23 soldiers"), and names it again later ("the attack").  Each
mention arrives here as a ``Candidate``: its row, and what its own sentence says about
it.  A candidate joins an earlier event

- when it is the same event: same event type, same day, same place (its own place, not
  one borrowed from an earlier sentence), no clash of named actors;
- when it only continues one: it has neither a date nor a place of its own and names
  no new event (not "a vehicle touched off a mine"), and either is of the same event
  type as the event just told, or tells only its outcome with no doer of its own
  ("was also reported killed", "they killed 23 soldiers"), which joins the violent
  event just told whatever the classifier called it.

Otherwise it starts an event of its own.  Fields the first mention lacks are taken
from the next; an outcome told with "also", "another" or "more" adds its dead to the
toll instead of restating it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dateline.records.actors import interaction
from dateline.types import EventDate, EventMention, EventRecord, Toponym

COUNT_KINDS = ("arrested", "surrendered", "injured", "abducted")
VIOLENT_EVENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
_KEPT_FIELDS = ("actor1", "inter1", "actor2", "inter2", "location", "latitude", "longitude", "geonameid",
                "admin1", "admin2", "admin3", "country", "iso", "region", "geo_precision", "event_date",
                "time_precision", "year")
# Actor names that say nothing about who acted: they never clash with a named one.
_VAGUE_ACTOR = ("Unidentified", "Civilians", "Protesters", "Rioters")


@dataclass
class Candidate:
    """One mention's row before merging, and what its own sentence says about the event."""

    mention: EventMention
    record: EventRecord
    when: EventDate
    place: Toponym | None
    own_date: bool = False  # dated by an expression of its own sentence
    own_place: bool = False  # its clause names a place, read or not, or a place of its sentence locates it
    new_event: bool = False  # it introduces an event ("a vehicle touched off a mine", "setting off an explosion")
    outcome: bool = False  # it tells only deaths or injuries, with no doer of its own
    additive: bool = False  # its toll adds to the one told before ("also", "another", "more")


@dataclass
class Event:
    """The row of one event and the candidates merged into it."""

    record: EventRecord
    members: list[Candidate] = field(default_factory=list)

    @property
    def first(self) -> Candidate:
        return self.members[0]


def _actors_clash(a: EventRecord, b: EventRecord) -> bool:
    """Both rows name their doer, and the doers differ (two attacks by two groups on one day)."""
    x, y = a.actor1, b.actor1
    if not x or not y or x == y:
        return False
    return not (x.startswith(_VAGUE_ACTOR) or y.startswith(_VAGUE_ACTOR))


def _place_key(r: EventRecord) -> object:
    return r.geonameid or r.location


def same_event(event: Event, c: Candidate) -> bool:
    """ACLED's key: one event type, day, place (of its own) and actor pair."""
    r, new = event.record, c.record
    return (r.event_type == new.event_type and r.modality == new.modality and r.event_date == new.event_date
            and c.own_place and _place_key(r) == _place_key(new) and _place_key(new) is not None
            and not _actors_clash(r, new))


def continues(event: Event, c: Candidate) -> bool:
    """Whether ``c`` tells more of ``event`` (the latest event of its kind) rather than a new one."""
    if c.own_date or c.own_place or c.new_event or event.record.modality != c.record.modality:
        return False
    if event.record.event_type == c.record.event_type:
        return not _actors_clash(event.record, c.record)
    return c.outcome and event.record.event_type in VIOLENT_EVENT_TYPES and c.record.event_type in VIOLENT_EVENT_TYPES


class Coreference:
    """Events of one article, built mention by mention in text order."""

    def __init__(self, merge_anaphora: bool = True) -> None:
        self.merge_anaphora = merge_anaphora
        self.events: list[Event] = []

    def add(self, c: Candidate) -> Event:
        """Join ``c`` to the event it belongs to, or start a new one; the event it is in."""
        target = next((e for e in self.events if same_event(e, c)), None)
        if target is None and self.merge_anaphora:
            target = self._continued(c)
        if target is None:
            target = Event(c.record)
            self.events.append(target)
        else:
            merge_into(target.record, c.record, add_deaths=c.outcome and c.additive)
        target.members.append(c)
        return target

    def _continued(self, c: Candidate) -> Event | None:
        """The latest event ``c`` continues: of its own type, or, for an outcome, any violent one."""
        return next((e for e in reversed(self.events) if continues(e, c)), None)

    @property
    def records(self) -> list[EventRecord]:
        return [e.record for e in self.events]


def merge_into(target: EventRecord, other: EventRecord, add_deaths: bool = False) -> None:
    """Fold a second mention of one event into its record: keep what is known, join evidence.

    ``add_deaths``: the second mention reports further victims ("another 15 were wounded"),
    so its figures add to the first's instead of restating them."""
    for name in _KEPT_FIELDS:
        if getattr(target, name) is None and getattr(other, name) is not None:
            setattr(target, name, getattr(other, name))
    if add_deaths and other.fatalities:
        target.fatalities = (target.fatalities or 0) + other.fatalities
        target.fatalities_low = (target.fatalities_low or 0) + (other.fatalities_low or other.fatalities)
        target.fatalities_high = (target.fatalities_high or 0) + (other.fatalities_high or other.fatalities)
    elif (other.fatalities or 0) > (target.fatalities or 0) and "fatalities" not in target.evidence:
        target.fatalities, target.fatalities_low, target.fatalities_high = other.fatalities, other.fatalities_low, other.fatalities_high
    for k in COUNT_KINDS:
        mine, theirs = getattr(target.counts, k), getattr(other.counts, k)
        if mine is None:
            setattr(target.counts, k, theirs)
        elif add_deaths and theirs:
            setattr(target.counts, k, mine + theirs)
    target.interaction = interaction(target.inter1, target.inter2)
    target.confidence = max(target.confidence, other.confidence)
    for name, spans in other.evidence.items():
        have = target.evidence.setdefault(name, [])
        have.extend(s for s in spans if s not in have)
