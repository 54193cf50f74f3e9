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
  event just told whatever the classifier called it; arrests told after a protest or
  riot are that demonstration's arrests (ACLED codes them with it), a riot after a protest is
  that protest turning violent (one Riots event, ACLED's aggregation), and people fleeing
  after a violent event ("families fled to the next town") its outcome.  Weapons seized on the
  day and at the place of a violent event are that event's (an attack prevented, a bomb defused or
  a drone shot down, stays an event of its own).

A **reference** ("after Saturday's attack in Kano") or an **ambiguous** mention (an
"explosion" the classifier took for an accident) joins any earlier event of its type whose
day and place do not contradict its own, and a report with no day of its own may join a
reference told before it ("the June 3 bombing ... Two bombs went off outside the
stadium").  Such an event becomes a row only with a report among its mentions, or with a
reference that, with the others, gives it its own day and a place: an ambiguous mention
alone, or a reference with no day of its own, is no row, unless it is a violent event a
statement reacts to ("condemned the killing of four teachers in X"), which the statement dates
(that day or before) and a later dated report of it joins.

Otherwise a mention starts an event of its own.  Fields the first mention lacks are taken
from the next, and a day or place of a mention's own replaces one the event only
borrowed; an outcome told with "also", "another" or "more" adds its dead to the toll
instead of restating it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from dateline.events.ontology import DEMONSTRATION_TYPES, VIOLENT_EVENT_TYPES, get_ontology
from dateline.places.resolve import haversine
from dateline.records.actors import interaction
from dateline.types import EventDate, EventMention, EventRecord, Toponym

DISRUPTED = "Disrupted weapons use"
# Weapons fired in a ground fight: told with no day or place of their own after a battle, part of it.
FIGHT_WEAPONS = frozenset({"Shelling/artillery/missile attack", "Grenade"})
# Security operations that become a fight when a toll follows them.
RAID_LEMMAS = frozenset({"raid", "storm", "swoop", "cordon", "search", "operation", "crackdown", "bust"})
# Disrupted weapons use that is an attack prevented, not weapons taken: an event of its own beside a violent one.
PREVENTING_LEMMAS = frozenset({"defuse", "intercept", "shoot", "detonate", "foil", "thwart", "disarm", "dismantle",
                               "neutralise", "neutralize", "down", "detect"})  # ("a second device was detected")
COUNT_KINDS = ("arrested", "surrendered", "injured", "abducted")
# People fleeing a violent event just told, or its attackers pulling back, are its outcome; the place
# named is where they went.
PEOPLE_FLIGHT = frozenset({"flee", "displace", "evacuate"})
FLIGHT_LEMMAS = PEOPLE_FLIGHT | {"withdraw", "retreat"}
# A security measure told alone ("a curfew was imposed", "the state of emergency declared in August"):
# the setting of the conflict, which a coder records only with the violence it answers.
MEASURES = frozenset({"curfew", "curfews", "state of emergency"})
DATE_FIELDS = ("event_date", "time_precision", "year", "historical")
PLACE_FIELDS = ("location", "latitude", "longitude", "geonameid", "admin1", "admin2", "admin3", "country", "iso",
                "region", "geo_precision")
_KEPT_FIELDS = ("actor1", "inter1", "actor2", "inter2", "event_date", "time_precision", "year")
_TURNED = {"actor1": "actor2", "inter1": "inter2", "actor2": "actor1", "inter2": "inter1"}
# A day of a mention's own and a day only borrowed (the publication day, the sentence before)
# name the same event only within this many days.
BORROWED_DAY_SLACK = 7
# Two rows at one place name this close are at one town.
SAME_SPOT_KM = 5.0
# A reference naming its own place joins an event with no place of its own only this many paragraphs on.
NEAR_PARAGRAPHS = 1
# A crowd's violence told after its demonstration is placed within this distance of it (the bus burned on the
# highway out of the town the march was in).
CROWD_REACH_KM = 30.0
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
    said_day: bool = False  # that expression dates the saying of it ("police said Wednesday they had arrested")
    own_place: bool = False  # its clause names a place, read or not, or a place of its sentence locates it
    new_event: bool = False  # it introduces an event ("a vehicle touched off a mine", "setting off an explosion")
    apart: bool = False  # its sentence sets it apart from what came before ("Separately, ...", "Elsewhere, ...")
    doubted: bool = False  # its sentence calls its claim unchecked ("claimed", "unverified")
    claimed: bool = False  # ... by a word of claiming or checking, not the law's "alleged" (``mention.claimed``)
    outcome: bool = False  # it tells only deaths or injuries, with no doer of its own
    additive: bool = False  # its toll adds to the one told before ("also", "another", "more")
    lemma: str = ""  # the trigger word's lemma
    generic: bool = False  # the trigger word can name events of several types ("attack")
    reacted: bool = False  # a reference a statement reacts to, placed by its own phrase ("condemned the killing of ... in X")
    paragraph: int = 0  # the paragraph (line) its sentence is in
    retold: bool = False  # "the attack took place in X": a definite event noun retold to say where or when
    revision: bool = False  # told in a toll's revision ("revised the toll to 31 killed"): its day is the revision's
    section: int = 0  # where its live blog entry starts: ``layout.entry_start``
    timed: int = 0  # where the inline live-blog entry ("09:30 - ...") holding it starts: ``layout.timed_paragraph_start``
    point: bool = False  # its line is a point of a list (``layout.in_point``)
    lead: bool = False  # it is told in the lead: the report's first sentence or first paragraph of events

    @property
    def kind(self) -> str:
        return self.mention.kind


@dataclass
class Event:
    """The row of one event and the candidates merged into it."""

    record: EventRecord
    members: list[Candidate] = field(default_factory=list)
    own_date: bool = False  # some mention dates it by an expression of its own
    own_place: bool = False  # some mention places it with a place of its own
    said_day: bool = False  # its day is only the day a source told of it: the event was then or before
    claimed_toll: bool = False  # its toll is only what a side claimed ("the PDF claimed it had killed 23 soldiers")

    @property
    def reported(self) -> bool:
        return any(c.kind == "report" for c in self.members)

    @property
    def is_row(self) -> bool:
        """A report among its mentions, or a reference that, with the others, gives it its own
        day and a place.  An ambiguous mention alone is no row."""
        if self.reported:
            return True
        return any(c.kind == "reference" for c in self.members) and (self.own_date or self.reacted) and self.own_place \
            and self.record.event_date is not None and (self.record.location or self.record.country) is not None

    @property
    def reacted(self) -> bool:
        """Known only from a statement reacting to it: dated by the statement, the event then or before."""
        return not self.own_date and any(c.reacted for c in self.members)


def _a_side_in_common(a: EventRecord, b: EventRecord) -> bool:
    """A battle's two sides are a pair, not a doer and a target: "the PDF ambushed a column" and
    "soldiers and PDF fighters died in the firefight" name one side in common."""
    x, y = {a.actor1, a.actor2} - {None}, {b.actor1, b.actor2} - {None}
    if x & y:
        return True
    # an unidentified group is no other side: "militants attacked a checkpost ... one attacker was killed in an
    # exchange of fire" is the named group's fight, told again
    return any(n.startswith("Unidentified") for n in x | y) and bool(x) and bool(y)


def _actors_clash(a: EventRecord, b: EventRecord) -> bool:
    """Both rows name their doer, and the doers differ (two attacks by two groups on one day)."""
    x, y = a.actor1, b.actor1
    if not x or not y or x == y:
        return False
    return not (x.startswith(_VAGUE_ACTOR) or y.startswith(_VAGUE_ACTOR))


def _sides_reversed(a: EventRecord, b: EventRecord) -> bool:
    """A battle's two sides told the other way round ("insurgents attacked the base" | "the army said troops
    neutralised nine insurgents"): one battle, as each side tells it."""
    return a.event_type == b.event_type == "Battles" and bool(a.actor1) and a.actor1 == b.actor2 and a.actor2 == b.actor1


def _place_key(r: EventRecord) -> object:
    return r.geonameid or r.location


def same_event(event: Event, c: Candidate) -> bool:
    """ACLED's key: one event type, day, place (of its own) and actor pair.  A retelling of the
    same sub-type on the same day that places it no finer or coarser than the first ("a drone
    strike in the region on Monday ... | The strike hit a minibus on the edge of Mota at 11
    a.m."), or does not place it at all, is the same event too when it names that day itself."""
    r, new = event.record, c.record
    if c.apart:
        return False  # "Separately, a bomb exploded near Gao on Monday": another event, however alike
    if c.own_place and c.own_date and not event.own_date and r.sub_event_type == new.sub_event_type and r.modality == new.modality \
            and r.event_date is not None and new.event_date is not None and _unit_only(r) and _inside(new, r) \
            and 0 < (r.event_date - new.event_date).days <= BORROWED_DAY_SLACK and not _actors_clash(r, new):
        # "Two passengers are killed by a roadside bomb in Bay region ... | two passengers were killed yesterday when a
        # roadside bomb hit a minibus near Baidoa": a summary's undated news, then told in full with its day and town
        return True
    if not (r.event_type == new.event_type and r.modality == new.modality
            and (r.event_date == new.event_date or told_later(event, c))
            and r.event_date is not None and not (_actors_clash(r, new) and not _sides_reversed(r, new))):
        return False
    if c.own_place and _place_key(r) == _place_key(new) and _place_key(new) is not None:
        return True
    if c.own_place and not event.own_place and event.said_day and r.sub_event_type == new.sub_event_type \
            and told_later(event, c):
        return True  # "officials said on Wednesday a drone strike had killed two" placed only by the dateline, then told in full
    if c.own_place and r.sub_event_type == new.sub_event_type and r.event_date == new.event_date \
            and _unit_only(r) and _finer(new, r):
        return True  # "an IED killed a general in Syria ... the IED went off near Deir ez-Zor": one bombing, told finer
    if r.sub_event_type != new.sub_event_type or not c.own_date:
        return False  # the same day only when the retelling names it itself
    if new.location is None and new.country is None:
        return True
    return _place_key(r) is not None and _place_key(new) is not None and (_contains(r, new) or _contains(new, r))


def told_later(event: Event, c: Candidate) -> bool:
    """One side's day is only the day a source told of the event, and the other names its own day
    up to ``BORROWED_DAY_SLACK`` days before it ("police said Wednesday they had arrested four
    men ... | They were detained on Monday night"): both may be the same event."""
    a, b = event.record.event_date, c.record.event_date
    if a is None or b is None or not c.own_date or not event.own_date:
        return False
    if event.said_day and not c.said_day:
        return 0 < (a - b).days <= BORROWED_DAY_SLACK
    if c.said_day and not event.said_day:
        return 0 < (b - a).days <= BORROWED_DAY_SLACK
    return False


def _lends_place(event: Event, c: Candidate) -> bool:
    """A reference or ambiguous mention joins a reported event loosely (its type and day only need
    not contradict): it does not move a reported event the text already placed, even by the
    sentence before ("near Mandouri. Armed men abducted four herders ... | the reported attack on
    Tanguieta"), to its own place."""
    return c.kind != "report" and event.reported and event.record.location is not None


def _unit_only(r: EventRecord) -> bool:
    """The row is placed only by a country or province: a summary of an event the report may tell
    again with its town."""
    return r.location is not None and r.location in (r.country, r.admin1)


def _inside(new: EventRecord, old: EventRecord) -> bool:
    """``new`` names a place inside ``old``'s (a town of its province)."""
    return _place_key(new) is not None and _place_key(new) != _place_key(old) and _contains(old, new)


# Developments of no named kind, or the classifier's fallback reading of an act it could not name.
_UNNAMED_DEVELOPMENTS = frozenset({"Change to group/activity", "Other"})


def _named_development(event: Event, c: Candidate) -> bool:
    """A development read only as a change to a group or "other" ("armed men stopped a convoy") takes the named kind a
    surer mention of it gives ("... the cargo was looted"): looting, an arrest, a base set up."""
    r, n = event.record, c.record
    return c.kind == "report" and r.event_type == n.event_type == "Strategic developments" \
        and r.sub_event_type in _UNNAMED_DEVELOPMENTS and n.sub_event_type not in _UNNAMED_DEVELOPMENTS \
        and (n.confidence or 0) > (r.confidence or 0)


def _finer(new: EventRecord, old: EventRecord) -> bool:
    """``new`` names a place inside ``old``'s, on the same day."""
    return _inside(new, old) and new.event_date == old.event_date


def _harms(r: EventRecord) -> bool:
    """The event can have a toll: violence, or force used on a demonstration ("security forces opened fire
    on demonstrators ... Around 50 people were killed in the capital", "police fired tear gas ... three died")."""
    return r.event_type in VIOLENT_EVENT_TYPES or r.sub_event_type in ("Excessive force against protesters", "Protest with intervention")


def continues(event: Event, c: Candidate) -> bool:
    """Whether ``c`` tells more of ``event`` (the latest event of its kind) rather than a new one."""
    if event.record.modality != c.record.modality or c.apart or c.section != event.members[-1].section:
        return False  # (another entry of a live blog tells another story)
    if c.point and c.paragraph != event.members[-1].paragraph and c.when.basis in ("narrative", "expression") \
            and c.record.event_date is not None and event.record.event_date is not None \
            and c.record.event_date != event.record.event_date:
        return False  # a later point's story of another day ("- On 14 November, police raided X. Exchanges of fire ...")
    told_with = any(m.mention.sentence_start == c.mention.sentence_start for m in event.members)
    if c.lemma in FLIGHT_LEMMAS and event.record.event_type in VIOLENT_EVENT_TYPES and (not c.own_date or told_with):
        # "families fled to the next town after the attack", "shooting residents as they fled": the
        # attack's outcome, not an event (a day of its own matters only in a sentence of its own)
        return True
    if told_with and c.record.sub_event_type == "Arrests" and event.record.event_type in DEMONSTRATION_TYPES:
        return True  # "police dispersed a rally on Sunday, arresting 30": the rally's arrests
    if c.outcome and c.own_date and not c.own_place and not c.new_event and _harms(event.record) \
            and c.record.event_date is not None and c.record.event_date == event.record.event_date:
        return True  # "23 people were killed on that day alone": the toll of the day's violence just told
    if c.outcome and c.said_day and not c.own_place and not c.new_event and _harms(event.record) \
            and c.record.event_date is not None and event.record.event_date is not None \
            and event.record.event_date <= c.record.event_date:
        return True  # "the ministry said on Wednesday that 27 had been killed": the toll, told later, of the violence just told
    if c.outcome and not c.own_date and not c.new_event and _harms(event.record) \
            and c.record.event_date == event.record.event_date and _place_key(c.record) is not None \
            and _place_key(c.record) == _place_key(event.record):
        return True  # "a senior officer in X said two soldiers had died": the toll of the blast just told there
    if c.new_event and not (c.own_date or c.own_place) \
            and event.record.sub_event_type == c.record.sub_event_type == "Armed clash" \
            and c.paragraph == event.members[-1].paragraph and _a_side_in_common(event.record, c.record):
        return True  # "a PDF unit ambushed a column. Seven were killed in a two-hour firefight": one fight, told twice
    if c.own_place and not (c.own_date or c.new_event) and c.paragraph == event.members[-1].paragraph \
            and c.record.sub_event_type == event.record.sub_event_type and _inside(event.record, c.record):
        return True  # "a bomb was found near X | It was defused by the Y district police": told again, placed coarser
    if c.own_date or c.own_place or c.new_event:
        return False
    if _new_day_told(event, c):
        return False
    if _raid_turned_violent(event, c):
        return True
    if c.record.sub_event_type == "Looting/property destruction" and not c.record.actor1 \
            and event.record.event_type in VIOLENT_EVENT_TYPES:
        return True  # "Dozens of shelters were set on fire": what the attack just told destroyed
    if event.record.event_type == "Battles" and c.record.sub_event_type in FIGHT_WEAPONS \
            and not _actors_clash(event.record, c.record):
        return True  # "The attackers fired rocket-propelled grenades at the base": the battle's own weapons
    if event.record.sub_event_type == "Arrests" and c.record.sub_event_type == "Abduction/forced disappearance" \
            and (c.record.actor1 or "Unidentified").startswith("Unidentified"):
        # "police detained 30 men ... | 'They took my brother from his bed'": the arrest, as a relative tells it
        return True
    if event.record.event_type == c.record.event_type:  # an outcome's actor is no doer of its own
        return c.outcome or not _actors_clash(event.record, c.record)
    if c.record.sub_event_type == "Arrests" and event.record.event_type in DEMONSTRATION_TYPES and not _timed_apart(event, c):
        return True  # "Six people were arrested": the arrests of the protest or riot just told
    if event.record.event_type in DEMONSTRATION_TYPES and c.record.event_type in DEMONSTRATION_TYPES:
        return True  # "Some protesters then burned tyres": the protest just told became a riot
    # a toll with no doer of its own is the toll of the violent event just told, whatever the
    # classifier made of its words ("Three civilians were wounded" after a shelling)
    return c.outcome and event.record.event_type in VIOLENT_EVENT_TYPES


def _new_day_told(event: Event, c: Candidate) -> bool:
    """A sentence after ``event`` set a new day, and ``c`` (no toll) is told on it: "On Friday it was the turn of X.
    A crowd looted a warehouse and set fire to the police post" is Friday's riot, not more of Thursday's."""
    timex, day, place = c.when.timex, c.record.event_date, c.place
    # (the sentence between names the new day and then the new place: the scene the text set, not a tally's day)
    return c.when.basis == "narrative" and not c.outcome and timex is not None and day is not None \
        and event.record.event_date is not None and day != event.record.event_date \
        and timex.start >= max(m.mention.sentence_end for m in event.members) \
        and (place is not None and timex.end <= place.start < c.mention.sentence_start
             and c.mention.sentence_start - timex.start <= SCENE_CHARS and _place_key(c.record) != _place_key(event.record)
             # ("Then on Saturday, fighters entered X. ... took over the offices": another act on another day, in
             # the same town)
             or c.record.sub_event_type != event.record.sub_event_type and c.mention.sentence_start - timex.start <= SCENE_CHARS)


SCENE_CHARS = 250  # how far before its sentence the day and place that set a new scene may stand (about a sentence)


def _moved_on(event: Event, later: list[Event], c: Candidate) -> bool:
    """The day ``c`` is carried to is that of another event told since ``event`` ("... kidnapped on Saturday. Troops
    went after them on Tuesday. In the exchange of fire two were killed"): the story has moved on, and ``c`` is no
    more of ``event``."""
    day = c.record.event_date
    return c.when.basis == "narrative" and day is not None and day != event.record.event_date \
        and c.record.sub_event_type != event.record.sub_event_type \
        and any(e.reported and e.record.event_date == day for e in later)


_AFTER_WORDS = re.compile(r"\b(?:overnight|next|following|later|after)\b", re.I)


def _timed_apart(event: Event, c: Candidate) -> bool:
    """Its own sentence tells it happened on another day than the demonstration, or after it ("Overnight,
    security forces detained five people accused of organising the protest"): arrests made apart from it,
    not at it."""
    timex = c.when.timex
    if timex is None or not c.mention.sentence_start <= timex.start < c.mention.sentence_end:
        return False
    return c.record.event_date != event.record.event_date or bool(_AFTER_WORDS.search(timex.text))


def _only_flight(event: Event) -> bool:
    """Told only as people fleeing ("some 3,000 people have fled the site"): displacement, which ACLED does not
    code, unless it joined the violent event it followed."""
    return event.record.event_type not in VIOLENT_EVENT_TYPES and all(m.lemma in PEOPLE_FLIGHT for m in event.members)


def _only_measure(event: Event) -> bool:
    """Told only as a security measure (a curfew, a state of emergency): no row of its own."""
    return event.record.event_type not in VIOLENT_EVENT_TYPES and all(m.mention.text.lower() in MEASURES for m in event.members)


def _own_row(event: Event) -> bool:
    """The event makes a row of its own: enough evidence, and more than people fleeing or a security measure."""
    return event.is_row and not _only_flight(event) and not _only_measure(event)


def _seized_in(event: Event, rows: list[EventRecord]) -> bool:
    """Weapons seized on the day and at the place of a violent event or of arrests of the same report
    ("troops repulsed the attack and recovered four rifles", "arrested three suspects. Recovered: a
    grenade") are that event's outcome: ACLED codes the clash, the attack or the arrests, not a second
    event of disrupted weapons use.  An attack prevented (a bomb
    defused, a drone shot down) stays an event of its own.  The violent row takes the seizure's
    evidence."""
    r = event.record
    if r.sub_event_type != DISRUPTED or r.event_date is None or any(m.lemma in PREVENTING_LEMMAS for m in event.members):
        return False
    host = next((v for v in rows if (v.event_type in VIOLENT_EVENT_TYPES or v.sub_event_type == "Arrests") and v.modality == r.modality
                 and v.event_date == r.event_date and (_contains(v, r) or _contains(r, v))), None)
    if host is not None:
        merge_into(host, r)
    return host is not None


def _raid_turned_violent(event: Event, c: Candidate) -> bool:
    """A toll or a fight told with no day or place of its own right after a raid read as arrests
    ("Police raided a hideout in X on Tuesday. Two suspects were killed in the exchange of fire"):
    the raid became a fight, one event of the violent type (ACLED codes a raid with deaths by them)."""
    return (c.outcome and c.record.event_type in VIOLENT_EVENT_TYPES or c.record.event_type == "Battles") \
        and event.record.sub_event_type == "Arrests" and any(m.lemma in RAID_LEMMAS for m in event.members)


def _one_sided_on_civilians(event: Event, c: Candidate) -> bool:
    """"Gunmen attacked the X neighbourhood. At least nine residents were killed": a fight read from a word of any
    attack ("attacked") with one side only, whose toll, told next, is of civilians, was an attack on them (ACLED:
    Attack, not Armed clash; "the army and the KLM clashed ... 3 killed" stays a clash)."""
    record = event.record
    return record.sub_event_type == "Armed clash" and not record.actor2 and all(m.generic for m in event.members) \
        and c.outcome and c.record.sub_event_type == "Attack" and (c.record.actor2 or "").startswith("Civilians") \
        and not _dead_sides(c.record) & {"state", "nonstate"}  # ("11 soldiers killed": the fight's own toll)


def _crowd_turned_violent(event: Event, c: Candidate) -> bool:
    """Property burned or wrecked by no one the sentence names, told in the paragraph of the demonstration
    just told and not set apart from it ("residents blocked the highway ... A bus was set on fire"): the
    crowd's own violence, which makes the demonstration a riot in ACLED's terms, not an event of its own."""
    r, new = event.record, c.record
    if new.sub_event_type != "Looting/property destruction" or not event.reported or c.apart \
            or r.event_type not in DEMONSTRATION_TYPES or r.modality != new.modality \
            or new.actor1 is not None and not new.actor1.startswith(("Protesters", "Rioters")):
        return False
    if c.paragraph != event.members[-1].paragraph or c.section != event.members[-1].section:
        return False
    if c.own_date and new.event_date != r.event_date:
        return False
    return not c.own_place or _place_key(new) == _place_key(r) or _contains(r, new) or _contains(new, r) or (
        None not in (r.latitude, r.longitude, new.latitude, new.longitude)
        and haversine((r.latitude, r.longitude), (new.latitude, new.longitude)) <= CROWD_REACH_KM)  # type: ignore[arg-type]


def escalates(before: EventRecord, after: EventRecord) -> bool:
    """A demonstration told on, higher in ACLED's hierarchy than the one just told: a riot after a
    protest is that protest turning violent (one Riots event), tear gas fired at a march makes it a
    protest with intervention.  The later reading wins."""
    if before.event_type not in DEMONSTRATION_TYPES or after.event_type not in DEMONSTRATION_TYPES:
        return False
    ontology = get_ontology()
    try:
        return ontology.rank(ontology.by_name(after.sub_event_type).code) < \
            ontology.rank(ontology.by_name(before.sub_event_type).code)
    except (KeyError, ValueError):
        return False


def _days_apart(a: dt.date | None, b: dt.date | None) -> int | None:
    return abs((a - b).days) if a is not None and b is not None else None


def _contains(a: EventRecord, b: EventRecord) -> bool:
    """``a``'s place is ``b``'s or holds it (``b`` lies in ``a``'s province or country)."""
    if _place_key(a) is not None and _place_key(a) == _place_key(b):
        return True
    if a.location is not None and a.location == b.location and a.iso == b.iso and a.latitude is not None \
            and b.latitude is not None and haversine((a.latitude, a.longitude), (b.latitude, b.longitude)) <= SAME_SPOT_KM:
        return True  # one town by two gazetteer entries (GeoNames' and a row added for it)
    return a.location is not None and a.location in (b.admin1, b.admin2, b.country)


def _types_fit(event: Event, c: Candidate) -> bool:
    """Same event type; or both violent, of types ACLED records as one event, and one of them
    told with a word of several types ("the attack" for a bombing), only by its outcome, or only
    by the name a statement reacting to it gives it ("condemned the killing" of soldiers ambushed)."""
    a, b = event.record.event_type, c.record.event_type
    if a == b:
        return True
    loose = c.generic or c.outcome or c.reacted or event.reacted or any(m.generic for m in event.members)
    return loose and a in VIOLENT_EVENT_TYPES and b in VIOLENT_EVENT_TYPES and get_ontology().merges(a, b)


def compatible(event: Event, c: Candidate) -> bool:
    """Whether a reference or an ambiguous mention (or a report joining one) can name ``event``:
    types that fit, and neither day nor place contradicting the other's.  A reference's own
    day may be a day off the event's (a statement's "today", published the next day)."""
    r, new = event.record, c.record
    if r.modality != new.modality or _actors_clash(r, new) or not _types_fit(event, c):
        return False
    apart = _days_apart(r.event_date, new.event_date)
    if event.own_date and c.own_date:
        slack = 1 if c.kind == "reference" or all(m.kind == "reference" for m in event.members) else 0
        if (apart is None or apart > slack) and not (c.retold and told_later(event, c)):
            # ("... after gunmen killed 44 | The attack took place on Friday": the retelling's day is the event's)
            return False
    elif (event.own_date or c.own_date) and apart is not None and apart > BORROWED_DAY_SLACK:
        return False
    if event.own_place and c.own_place and not (_contains(r, new) or _contains(new, r)) \
            and not (c.retold and r.admin1 is not None and r.admin1 == new.admin1):
        return False  # (a retelling may place the event by another reference point of its province)
    if c.kind == "reference" and c.own_place and not event.own_place \
            and c.paragraph - max(m.paragraph for m in event.members) > NEAR_PARAGRAPHS:
        return False  # a later paragraph's "the X massacre in Y" names another event, not an unplaced one told before
    return True


def _affinity(event: Event, c: Candidate) -> int:
    """How closely ``c`` is tied to a compatible event: the same trigger word, then the same type."""
    if any(m.lemma == c.lemma for m in event.members):
        return 2
    return 1 if event.record.event_type == c.record.event_type else 0


class Coreference:
    """Events of one article, built mention by mention in text order."""

    def __init__(self, merge_anaphora: bool = True) -> None:
        self.merge_anaphora = merge_anaphora
        self.events: list[Event] = []

    def add(self, c: Candidate) -> Event:
        """Join ``c`` to the event it belongs to, or start a new one; the event it is in."""
        target = self._target(c)
        if target is None:
            target = Event(c.record, own_date=c.own_date, own_place=c.own_place, said_day=c.said_day,
                           claimed_toll=c.claimed and bool(c.record.fatalities))
            self.events.append(target)
        else:
            self._weigh_claimed_toll(target, c)
            take_date = c.own_date and not c.revision and (not target.own_date or (target.said_day and not c.said_day))
            # a town inside the row's province: finer on the same day, or on the day that replaces a day of saying
            finer = _finer(c.record, target.record) or (take_date and _inside(c.record, target.record))
            merge_into(target.record, c.record,
                       add_deaths=c.outcome and c.additive or not c.doubted and _other_sides_dead(target.record, c.record),
                       take_date=take_date,
                       take_place=c.own_place and c.lemma not in FLIGHT_LEMMAS
                       and (not target.own_place or finer)
                       and not _inside(target.record, c.record)  # (a town over the province that holds it)
                       and not _lends_place(target, c),
                       take_type=self._better_type(target, c) or escalates(target.record, c.record)
                       or _named_development(target, c)
                       or _raid_turned_violent(target, c) or _one_sided_on_civilians(target, c))
            if c.record.sub_event_type == "Arrests" and target.record.event_type in DEMONSTRATION_TYPES:
                # "Police detained twelve of the marchers": a peaceful protest met with arrests
                target.record.sub_event_type = get_ontology().with_arrests(target.record.sub_event_type)
            if _crowd_turned_violent(target, c) and target.record.event_type == "Protests":
                # "residents blocked the highway ... A bus was set on fire": the protest turned into a riot
                target.record.event_type, target.record.sub_event_type = "Riots", "Violent demonstration"
                target.record.disorder_type = get_ontology().disorder_of("Riots")
            if c.outcome and target.record.sub_event_type == "Protest with intervention" and (target.record.fatalities or 0) > 0:
                # "police fired tear gas and live rounds at the crowd ... three people were killed": force that killed
                target.record.sub_event_type = "Excessive force against protesters"
            target.said_day = (target.said_day or not target.own_date) and c.said_day if c.own_date else target.said_day
            target.own_date = target.own_date or c.own_date
            target.own_place = target.own_place or c.own_place
        target.members.append(c)
        return target

    @staticmethod
    def _weigh_claimed_toll(event: Event, c: Candidate) -> None:
        """A side's claimed toll yields to a toll told as checked ("the PDF claimed it had killed 23 soldiers ... local
        sources confirmed that two PDF fighters died": 2, not 25): ACLED takes the most conservative source, and a
        belligerent's claim is the least.  A claim told after a checked toll adds nothing (``merge_into`` keeps a toll
        with evidence)."""
        record = event.record
        if event.claimed_toll and not c.claimed and c.record.fatalities:
            record.fatalities, record.fatalities_low, record.fatalities_high = 0, None, None
            record.evidence.pop("fatalities", None)
            event.claimed_toll = False
        elif c.claimed and c.record.fatalities and not record.fatalities:
            event.claimed_toll = True

    @staticmethod
    def _better_type(event: Event, c: Candidate) -> bool:
        """Whether ``c``'s sub-type should replace the event's: a report over references and
        ambiguous mentions, a reference over ambiguous ones, else the more confident reading."""
        if event.reported:
            return False
        if c.kind == "report":
            return True
        rank = {"reference": 1, "ambiguous": 0}
        best = max(rank[m.kind] for m in event.members)
        return rank[c.kind] > best or (rank[c.kind] == best and c.record.confidence > event.record.confidence)

    def _target(self, c: Candidate) -> Event | None:
        if self.merge_anaphora and self.events and _crowd_turned_violent(self.events[-1], c):
            return self.events[-1]
        if c.kind == "report" and c.retold and self.merge_anaphora:
            # "The blast happened in Douentza": the event just told, of a type that fits, said where it was
            # (the latest such event, told only by an unsure word included: "a patrol came under fire
            # near X on Sunday. In the ensuing gunfight a soldier was killed" is that Sunday's fight, not Friday's)
            retold = next((e for e in reversed(self.events) if (e.reported or all(m.kind == "ambiguous" for m in e.members))
                           and compatible(e, c) and e.members[-1].section == c.section), None)
            if retold is not None:
                return retold
        if c.kind == "report":
            target = next((e for e in self.events if e.reported and same_event(e, c)), None)
            if target is None and self.merge_anaphora:
                target = next((e for k, e in reversed(list(enumerate(self.events)))
                               if e.reported and continues(e, c) and not _moved_on(e, self.events[k + 1:], c)), None)
            if target is not None:
                return target
            named = [e for e in self.events if not e.reported and any(m.kind == "reference" for m in e.members)]
            if c.own_date:
                # a report of the very day a reference named ("killed in a clash at X on Sunday ... the two
                # groups clashed at around 4 p.m. on Sunday"), placed nowhere else, tells that event; so does a
                # dated report of an event a statement reacted to ("condemned the killing of ... | were shot on Sunday")
                return self._closest([e for e in named if e.reacted or (e.own_date and e.record.event_date == c.record.event_date
                                                                        and not c.own_place)], c)
            # A report with no day of its own may be the event a reference named before it.
            return self._closest(named, c)
        return self._closest(self.events, c)

    @staticmethod
    def _closest(events: list[Event], c: Candidate) -> Event | None:
        """The compatible event most closely tied to ``c`` (its own day, then its trigger word, then
        its type), the latest among equals."""
        fits = [(k, e) for k, e in enumerate(events) if compatible(e, c)]
        if not fits:
            return None
        # a reference's own day is the strongest tie: "planned Monday's attack" names Monday's
        # bombing, not Tuesday's shooting of the planners
        # (deaths told with no doer of their own are the toll of what the same paragraph just told, "a taxi struck a
        # mine. The driver and a passenger were killed", not of an event of their type in another point)
        return max(fits, key=lambda ke: (c.own_date and ke[1].record.event_date == c.record.event_date,
                                         c.outcome and ke[1].members[-1].paragraph == c.paragraph,
                                         _affinity(ke[1], c), ke[0]))[1]

    def fold_shootings(self) -> None:
        """Fold each attack by state forces into the demonstration they fired on (``_crowd_shot``): one
        event, the demonstration's, with the shooting's dead.  Run before the rows are read."""
        for shooting in [e for e in self.events if _own_row(e) and _state_shooting(e)]:
            crowd = next((e for e in self.events if e is not shooting and _own_row(e) and _crowd_shot(e, shooting)), None)
            if crowd is not None:
                _fold_shooting(crowd.record, shooting.record)
                crowd.members.extend(shooting.members)
                self.events.remove(shooting)

    def fold_undated(self) -> None:
        """Fold an event told first with no day of its own ("Hostilities around X continued during the
        reporting period") into the same fight the next paragraphs tell with its day ("On 9 and 10
        August, fighting was reported in X"): one event, that day's, not another on the report's day."""
        for early in [e for e in self.events if e.reported and (not e.own_date and _undated(e) or _week_in_lead(e))]:
            later = next((e for e in self.events if e is not early and e.reported and e.own_date
                          and _summed_up(early, e) and _within_stretch(early, e)), None)
            if later is not None:
                if _week_in_lead(early):  # (a stretch's summary: its figures are the stretch's, not this event's)
                    early.record.fatalities = early.record.fatalities_low = early.record.fatalities_high = 0
                    early.record.counts = type(early.record.counts)()
                merge_into(later.record, early.record)
                later.members.extend(early.members)
                self.events.remove(early)

    @property
    def records(self) -> list[EventRecord]:
        """The rows: events with enough evidence (``Event.is_row``), and ambiguous events whose
        sentence ties them to a violent event that is a row ("police arrested four men in
        connection with Saturday's bombing": the arrests belong to the conflict)."""
        rows = [e for e in self.events if _own_row(e)]
        conflict = {m.mention.sentence_start for e in rows if e.record.event_type in VIOLENT_EVENT_TYPES
                    for m in e.members if m.kind != "ambiguous"}
        seized = {id(e) for e in rows if _seized_in(e, [r.record for r in rows])}
        return [e.record for e in self.events if id(e) not in seized and _own_row(e) or (
            all(m.kind == "ambiguous" for m in e.members) and e.record.event_date is not None
            and any(m.mention.sentence_start in conflict for m in e.members))]


# An undated event is the one told with its day at most this many paragraphs on.
SUMMED_PARAGRAPHS = 2


def _week_in_lead(event: Event) -> bool:
    """The lead sums up a stretch ("witnessed a new escalation during the past week, with civilians killed by
    sniper fire, shelling and drones"): dated only by a week or so, its events are those the report tells by day."""
    r = event.record
    return all(c.lead for c in event.members) and (r.time_precision or 1) == 2 and r.event_date is not None


def _within_stretch(early: Event, later: Event) -> bool:
    """``later``'s day falls in the stretch ``early`` was dated by (any day, for an undated one)."""
    a, b = early.record.event_date, later.record.event_date
    if not _week_in_lead(early) or a is None or b is None:
        return True
    return abs((b - a).days) <= WEEK_SLACK_DAYS


WEEK_SLACK_DAYS = 10  # a week's stretch, told from its start or its middle


def _undated(event: Event) -> bool:
    """Every mention's day is only the report's (or none)."""
    return all(c.when.basis in ("publication", "none") for c in event.members)


def _summed_up(early: Event, later: Event) -> bool:
    """``later`` tells, with its day, the event ``early`` only summed up: the same sub-type and modality at
    the same place or one inside the other, no clash of sides, a paragraph or two on (anywhere on after the lead,
    which sums up the whole story: "... closed a week of violence with a massacre, a drone attack and a combat in X")."""
    a, b = early.record, later.record
    first, then = early.members[0], later.members[0]
    # (an inline entry of a live blog tells its own moment: an undated event there is no later entry's)
    return a.sub_event_type == b.sub_event_type and a.modality == b.modality and not _actors_clash(a, b) and first.timed == then.timed \
        and first.mention.start < then.mention.start \
        and 0 <= then.paragraph - first.paragraph and (first.lead or then.paragraph - first.paragraph <= SUMMED_PARAGRAPHS) \
        and _place_key(a) is not None and (_place_key(a) == _place_key(b) or _contains(a, b) or _contains(b, a))


def _dead_sides(r: EventRecord) -> frozenset[str]:
    """Which sides the row's dead were ("ten soldiers": state; "20 terrorists": nonstate), by the person
    nouns of its toll's evidence (``actor_classes`` of the ontology)."""
    classes = get_ontology().actor_classes
    words = {w.lower().strip(".,;:'\"") for e in r.evidence.get("fatalities", []) for w in e.text.split()}
    return frozenset(side for side in ("state", "nonstate", "civilian") if any(
        w in words or w + "s" in words or w.rstrip("s") in words for w in classes.get(side, ())))


def _other_sides_dead(target: EventRecord, other: EventRecord) -> bool:
    """Another side's dead told after one side's ("killed 10 soldiers ... | at least 20 terrorists were
    neutralised"): ACLED's toll counts both sides, so they add up."""
    if not target.fatalities or not other.fatalities:
        return False
    a, b = _dead_sides(target), _dead_sides(other)
    return bool(a) and bool(b) and not (a & b)


def _state_shooting(event: Event) -> bool:
    """Violence against civilians by state forces ("police opened fire, killing three")."""
    r = event.record
    return r.sub_event_type == "Attack" and r.inter1 == "State forces" and r.modality == "asserted"


def _crowd_shot(crowd: Event, shooting: Event) -> bool:
    """A demonstration of the same day and place, told in a paragraph the shooting is told in: the
    forces fired on that crowd, one event of it (ACLED records the dead of a demonstration with it)."""
    r, s = crowd.record, shooting.record
    return r.event_type in DEMONSTRATION_TYPES and r.modality == "asserted" and r.event_date == s.event_date \
        and (_contains(r, s) or _contains(s, r)) \
        and bool({m.paragraph for m in crowd.members} & {m.paragraph for m in shooting.members})


def _fold_shooting(crowd: EventRecord, shooting: EventRecord) -> None:
    """The crowd's event takes the shooting's dead, and a demonstration that met only force becomes one
    met with excessive force; rioters shot stay a riot.  The forces are the crowd's other side."""
    if crowd.event_type == "Protests":
        crowd.sub_event_type = "Excessive force against protesters"
    if crowd.actor2 is None or crowd.actor2.startswith(_VAGUE_ACTOR):
        crowd.actor2, crowd.inter2 = shooting.actor1, shooting.inter1
        crowd.interaction = interaction(crowd.inter1, crowd.inter2)
    if (shooting.fatalities or 0) > (crowd.fatalities or 0):
        crowd.fatalities, crowd.fatalities_low, crowd.fatalities_high = \
            shooting.fatalities, shooting.fatalities_low, shooting.fatalities_high
        if "fatalities" in shooting.evidence:
            crowd.evidence["fatalities"] = list(shooting.evidence["fatalities"])
    for name, spans in shooting.evidence.items():
        if name not in ("location", "fatalities", "actor2"):
            have = crowd.evidence.setdefault(name, [])
            have.extend(x for x in spans if x not in have)


def merge_into(target: EventRecord, other: EventRecord, add_deaths: bool = False, take_date: bool = False,
               take_place: bool = False, take_type: bool = False) -> None:
    """Fold a second mention of one event into its record: keep what is known, join evidence.

    ``add_deaths``: the second mention reports further victims ("another 15 were wounded"),
    so its figures add to the first's instead of restating them.  ``take_date`` /
    ``take_place``: the second mention's day / place is its own and the record's was only
    borrowed.  ``take_type``: the second mention's sub-type is better founded (a report
    joining a reference, anything joining an ambiguous mention)."""
    if take_date and other.event_date is not None:
        for name in DATE_FIELDS:
            setattr(target, name, getattr(other, name))
        if "event_date" in other.evidence:
            target.evidence["event_date"] = list(other.evidence["event_date"])
    if take_place and (other.location or other.country) is not None:
        for name in PLACE_FIELDS:
            setattr(target, name, getattr(other, name))
        if "location" in other.evidence:
            target.evidence["location"] = list(other.evidence["location"])
    if take_type:
        target.event_type, target.sub_event_type = other.event_type, other.sub_event_type
        target.disorder_type = other.disorder_type
    # "X and Y clashed. 3 people were killed.": the dead are the battle's toll; civilians are no side of it
    civilians_only = target.event_type == "Battles" and other.inter2 == "Civilians" and other.event_type != "Battles"
    # the other mention names the sides the other way round ("troops repelled an assault by JNIM" | "JNIM fighters
    # were neutralised by the army"): the row's actor1 is the other's actor2, and the other's actor1 its actor2
    turned = target.actor1 is not None and other.actor1 not in (None, target.actor1) and (
        other.actor2 == target.actor1
        or target.event_type == "Battles" and target.actor2 is None and (other.actor2 or "").startswith(_VAGUE_ACTOR))
    # (a battle's other side, named by a mention whose own foe is unnamed: "the army killed twenty assailants")
    if target.location is None and other.location is not None:
        for name in PLACE_FIELDS:  # a place is taken whole: a town's row with another town's district is no place
            setattr(target, name, getattr(other, name))
    elif target.location is None and target.country is None and other.country is not None:
        for name in PLACE_FIELDS:
            setattr(target, name, getattr(other, name))
    for name in _KEPT_FIELDS:
        if civilians_only and name in ("actor2", "inter2"):
            continue
        source = _TURNED.get(name, name) if turned else name
        if target.event_type == "Battles" and source in ("actor1", "inter1", "actor2", "inter2") \
                and getattr(other, "inter" + source[-1]) == "Civilians":
            continue  # "Clashes erupted ... Families fled": civilians are no side of a battle
        value = getattr(other, source)
        if getattr(target, name) is None and value is not None:
            setattr(target, name, value)
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
        if name == "location" and other.location != target.location:
            continue  # the words of a place the row did not take are no evidence for its place
        have = target.evidence.setdefault(name, [])
        have.extend(s for s in spans if s not in have)
