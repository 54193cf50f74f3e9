"""The ``dateline_records`` spaCy component: the linking stage.

The earlier stages each answer one question about a Doc (places, times, actors,
counts, event mentions).  This stage links them to each event mention through the
trigger's clause (``clause.py``): where (``place.py``), when (``date.py``), who
(``actors.py``) and how many (``counts.py``); fills the ACLED columns (``row.py``) and
merges mentions of one event (``merge.py``).  Its output, one EventRecord per event,
is kept on the Doc as plain data: ``dateline.records.event_records(doc)``.
"""

from __future__ import annotations

import re

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.training import Example

from dateline.counts.numbers import harm_words
from dateline.nlp import register_extensions
from dateline.records import event_records, set_event_records
from dateline.events.background import one_thing_held
from dateline.events.modality import after_publication
from dateline.events.ontology import DEMONSTRATION_TYPES, VIOLENT_EVENT_TYPES
from dateline.records.actors import air_power, event_actors, in_row_country, later_blamed, later_claimant
from dateline.records.aspect import burned_alone, by_accident, counted_events, in_care, is_tally, long_stretch
from dateline.records.clause import clause_of, token_at, trigger_token
from dateline.records.context import Context
from dateline.records.counts import crowd_size, event_counts, fatalities_for, revised_toll, with_suicide_bombers
from dateline.records.date import date_event
from dateline.records.date_expressions import from_timex
from dateline.records.date_fallbacks import carry, headline_date
from dateline.records.layout import (entry_start, head_block_end, in_point, navigation_start, section_heads, summary_block,
                                     timed_paragraph_start)
from dateline.records.merge import Candidate, Coreference
from dateline.records.mention import as_attack, describe, forget_borrowed, names_unread_place, one_sided_battle
from dateline.records.place import conjoined_places, locate_event
from dateline.records.place_units import as_town
from dateline.records.place_candidates import Resolver, with_offset
from dateline.records.place_fallbacks import (home_town, later_scene, narrative_place, previous_event_place, retold_target, sides_country,
                                              story_capital)
from dateline.records.place_country import prior_signals
from dateline.records.place_phrases import CARE_PLACES
from dateline.records.row import (
    ascii_name,
    compose_notes,
    countries,
    headline_figures,
    iso2,
    set_actors,
    set_counts,
    set_date,
    set_place,
    span,
)
from dateline.records.score import match_records
from dateline.places.geocode import Resolution
from dateline.types import Article, EventActors, EventDate, EventMention, EventRecord, Evidence, Toponym


class RecordsComponent:
    """Turns a Doc's event mentions into merged EventRecords."""

    def __init__(self, name: str = "dateline_records", merge_anaphora: bool = True, nlp: Language | None = None) -> None:
        register_extensions()
        self.name = name
        self.merge_anaphora = merge_anaphora
        self.nlp = nlp  # to ask the places stage to resolve a name the event's place phrase holds

    def __call__(self, doc: Doc) -> Doc:
        set_event_records(doc, self.link(Context.of(doc)))
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    def link(self, ctx: Context) -> list[EventRecord]:
        article = ctx.article or Article(text=ctx.text)
        events = Coreference(self.merge_anaphora)
        dated: list[tuple[EventMention, EventDate]] = []
        placed: list[tuple[int, Toponym]] = []  # where each event the body placed stands, by trigger
        # The headline sums up the report: its events are read after the body's and fold into its story.
        end = navigation_start(ctx.text)  # "See also", "References": links to other pages, not this report
        mentions = [m for m in ctx.mentions or [] if m.start < end]
        # So does a summary's list of points ("HIGHLIGHTS"), which the report's sections then tell.
        summary = summary_block(ctx.text)
        top = max(ctx.body_start, head_block_end(ctx.text))
        def in_summary(m: EventMention) -> bool:
            return summary[0] <= m.start < summary[1]

        def heads(m: EventMention) -> bool:
            return m.start < top or in_summary(m)
        # A section's heading ("09:30 GMT - Car bomb in the market") is read once its section has been.
        sections = section_heads(ctx.text, top)

        def section_of(m: EventMention) -> tuple[int, int, int] | None:
            return next((s for s in sections if s[0] <= m.start < s[1]), None)
        body = [m for m in mentions if not heads(m)]
        for m in _after_sections(body, section_of) + [m for m in mentions if heads(m)]:
            own = date_event(ctx, m)
            if (section := section_of(m)) is not None:
                told = [r for r in events.records if any(section[1] <= e.start < section[2] for e in r.evidence.get("event_type", []))]
                if (lead := _headline_story(ctx, told, m)) is not None:
                    lead.evidence.setdefault("event_type", []).append(span(m))  # the section's own event, headed
                if told:
                    continue  # a heading's few words read as another event than its section tells: the section knows
            # (a point that gives its own day is told as the body tells events, and merges as they do;
            # one over a span of days sums several up)
            point = in_summary(m)
            # (a point's later sentence goes on telling the point's event: "... marched. Police fired tear gas")
            later = point and _later_in_point(ctx.text, m)
            headline = heads(m) and not (point and (later or own.basis == "expression" and own.precision == 1))
            when = headline_date(ctx, own, dated) if headline else carry(ctx, m, own, dated)
            m = after_publication(m, when, ctx.published)  # dated after the report: not done yet
            if headline:
                events.fold_shootings()  # (the body's rows, as the headline is weighed against them)
            if headline and (lead := _headline_story(ctx, events.records, m)) is not None:
                lead.evidence.setdefault("event_type", []).append(span(m))  # the report's own event, headlined
                if len(mentions) - len(body) == 1 and events.records and lead is events.records[0]:
                    # a headline of one event over the report's first: its figures are that event's
                    headline_figures(lead, fatalities_for(ctx, m), event_counts(ctx, m))
                continue
            if point and not headline and not later and (lead := _summary_story(events.records, m, when)) is not None:
                lead.evidence.setdefault("event_type", []).append(span(m))  # a point of the summary, told below
                town = locate_event(ctx, m, self._resolver(ctx), None)
                if _finer_place(town, lead):
                    set_place(lead, with_offset(ctx.doc, town), lead.evidence)
                continue
            if headline and _doubted_in_body(events, m):
                continue  # the body tells it only as an accident's or a crime's; the headline's few words cannot say more
            dated.append((m, when))
            if not self.is_event(ctx, m, when):
                continue
            previous = previous_event_place(ctx.text, m, placed) if not headline else None
            place = locate_event(ctx, m, self._resolver(ctx), previous)
            if place is not None and place.place is not None:
                place = with_offset(ctx.doc, place)
                placed.append((m.start, place))
            elif previous is not None and not (names_unread_place(ctx, m) and _other_point(ctx.text, previous, m)):
                place = previous  # a follow-up of the event just told, which the story then carries on from
                placed.append((m.start, place))
            facts = describe(ctx, m, when, place)
            actors = event_actors(ctx, m)
            if m.kind != "report" and facts.get("generic") and one_sided_battle(m, actors):
                m = as_attack(m)
                actors = event_actors(ctx, m)
            if place is not None and place.place is not None:
                actors = air_power(ctx, m, in_row_country(ctx, actors, place.place.iso), place.place.iso)
            record = self.build(article, m)
            evidence = record.evidence
            set_place(record, place, evidence)
            set_date(record, when, evidence)
            set_actors(record, actors, evidence)
            old = when.background is not None or m.kind == "reference"  # only the counts its trigger governs
            deaths = with_suicide_bombers(ctx, m, fatalities_for(ctx, m, old))
            set_counts(record, event_counts(ctx, m, old), deaths, evidence)
            record.tags = crowd_size(ctx, m)
            own_timex = facts.pop("own_timex", None)
            if own_timex is not None and (when.timex is None or when.timex.start != own_timex.start):
                set_date(record, from_timex(own_timex, ctx.published) or when, evidence)  # the reference's own day
            if m.kind != "report":
                forget_borrowed(record, facts["own_date"] or facts.get("reacted", False), facts["own_place"])
                if facts.get("reacted") and record.time_precision == 1:
                    record.time_precision = 2  # the statement's day: the event then or shortly before
            events.add(Candidate(m, record, when, place, section=entry_start(ctx.text, m.start),
                                 timed=timed_paragraph_start(ctx.text, m.start), **facts))
            if m.event_type in DEMONSTRATION_TYPES:
                for other in conjoined_places(ctx, m, place):  # "marches in Mombasa and Nakuru": one in each
                    twin = record.model_copy(update={"evidence": {k: list(v) for k, v in evidence.items()}})
                    set_place(twin, other, twin.evidence)
                    events.add(Candidate(m, twin, when, other, **facts))
        events.fold_shootings()
        events.fold_undated()
        records = events.records
        for e in events.events:  # "... Al Shabaab claimed the attack": an unnamed doer is the claimant
            if e.record in records and (e.record.actor1 or "").startswith("Unidentified") \
                    and (claimant := later_claimant(ctx, max(c.mention.sentence_end for c in e.members))) is not None:
                set_actors(e.record, EventActors(actor1=claimant), e.record.evidence)
        for e in events.events:  # "... Residents blamed the RSF": a strike or an attack without its doer, or an unnamed one
            if e.record in records and e.record.event_type in ATTRIBUTED_TYPES \
                    and (not e.record.actor1 or e.record.actor1.startswith("Unidentified")) \
                    and (blamed := next(filter(None, (later_blamed(ctx, end) for end in
                                                      sorted({c.mention.sentence_end for c in e.members}))), None)) \
                    and blamed.name != e.record.actor2:
                actors = EventActors(actor1=blamed)
                if iso2(e.record):
                    actors = in_row_country(ctx, actors, iso2(e.record))  # "the army": the event's country's
                set_actors(e.record, actors, e.record.evidence)
        for e in events.events:  # "... killing five soldiers. The attack took place in X": the lead placed by the next lines
            if e.record in records and (e.record.geo_precision or 0) >= 3 and e.record.country is not None:
                scenes = (later_scene(ctx, end, self._resolver(ctx)) for end in sorted({c.mention.sentence_end for c in e.members}))
                scene = next((t for t in scenes if t is not None and t.place.iso == iso2(e.record)
                              and (e.record.admin1 is None or t.place.admin1 == e.record.admin1)), None)
                if scene is not None:
                    set_place(e.record, scene, e.record.evidence)
        for e in events.events:  # "... a police station in X province this week | The charges hit the station in Y on Tuesday"
            if e.record in records and e.record.country is not None and ((e.record.geo_precision or 0) >= 3
                                                                         or (e.record.time_precision or 1) >= 2
                                                                         or _filed_from(e.record)):
                _refine_by_retelling(ctx, e.record, e.members[0].mention, self._resolver(ctx))
        for e in events.events:  # "... killing eight people. Later the death toll rose to 12": the update is the toll
            if e.record in records and e.record.event_type in VIOLENT_EVENT_TYPES and not e.record.historical:
                tolls = [t for c in e.members if c.mention.kind == "report" and (t := revised_toll(ctx, c.mention)) is not None]
                if tolls:
                    last = max(tolls, key=lambda t: t.start)
                    e.record.fatalities, e.record.fatalities_low, e.record.fatalities_high = last.low, last.low, last.high
                    e.record.evidence["fatalities"] = [span(last)]
        for e in events.events:  # a row nothing of its own places stands where the story was last told
            if e.record in records and e.record.location is None and e.record.country is None:
                mention = e.members[0].mention
                place = narrative_place(ctx, mention) or sides_country(ctx, mention)
                if place is not None and place.place is not None and names_unread_place(ctx, mention) \
                        and _other_point(ctx.text, place, mention) and (home := home_town(ctx)) is not None \
                        and home.place is not None and home.place.iso == place.place.iso:
                    place = as_town(ctx.doc, home)  # a place of its own the gazetteer lacks: likelier the story's home town
                set_place(e.record, place, e.record.evidence)
                if place is not None and place.place is not None and len(e.members) == 1:
                    set_actors(e.record, in_row_country(ctx, event_actors(ctx, mention), place.place.iso), e.record.evidence)
            if e.record in records and e.record.location is None and e.record.country is None \
                    and e.record.event_type == "Strategic developments":
                set_place(e.record, story_capital(ctx), e.record.evidence)
        for k, r in enumerate(records, start=1):
            iso3 = (countries().get(iso2(r) or "", {}) or {}).get("iso3", "XXX")
            r.event_id_cnty = f"{iso3}-{article.id}-{k}"
            r.notes = compose_notes(r)
        return records

    def _resolver(self, ctx: Context) -> Resolver | None:
        """The places stage's context resolver, with this article's country prior."""
        if self.nlp is None or "dateline_places" not in self.nlp.pipe_names:
            return None
        from dateline.places.context import country_prior

        places = self.nlp.get_pipe("dateline_places")
        cache = ctx.memo
        if "country_prior" not in cache:
            cache["country_prior"] = country_prior(prior_signals(ctx))
        prior = cache["country_prior"]
        answers = cache.setdefault("resolved_phrases", {})

        def resolve(name: str, admin: Sequence[str]) -> Resolution:
            key = (name, tuple(admin))
            if key not in answers:
                answers[key] = places.resolve_in_context(name, admin, country_prior=prior)
            return answers[key]

        return resolve

    @staticmethod
    def is_event(ctx: Context, m: EventMention, when: EventDate) -> bool:
        """Whether a mention becomes a row: not undated background (a coder cannot date it),
        not a tally over time or over a month or more unless it names its own day."""
        if when.background is not None and when.date is None:
            return False
        clause = clause_of(ctx.doc, m.start, m.end) if ctx.doc.has_annotation("DEP") else None
        if clause is None:
            return True
        if m.event_type != "Explosions/Remote violence" and by_accident(clause) and not (
                m.event_type in DEMONSTRATION_TYPES and clause.trigger.lemma_.lower() not in harm_words("transitive", "intransitive")):
            # "killed in a road accident"; a bomb gone off early is still an explosion, and people who
            # "protested against power cuts during the heatwave" did so for their own cause
            return False
        if m.sub_event_type in ("Arrests", "Attack") and _no_political_motive(ctx):
            return False  # "prosecutors said they had no indication of a political motive": a crime, which ACLED leaves out
        if m.sub_event_type == "Arrests" and in_care(clause, CARE_PLACES):
            return False  # "96 people were detained in hospital": patients, not prisoners
        if m.sub_event_type == "Looting/property destruction" and burned_alone(clause) \
                and not any(m.sentence_start <= a.start < m.sentence_end and a.inter != "Civilians" for a in ctx.actors or ()):
            return False  # "whose house burned down": a thing that burned, by no one's hand the sentence names
        trigger = trigger_token(ctx.doc, m.start, m.end)
        # acts counted over a month or more ("40 attacks were recorded in the first quarter") sum up many events;
        # counted with no such span ("four raids on X") they are the day's news
        counted = trigger is not None and counted_events(trigger) and when.basis == "expression" and (when.precision or 1) >= 3
        day = when.basis == "expression" and when.precision == 1
        # ("since Thursday, residents have blocked the road": one act going on since its first day, no running total)
        return not (is_tally(clause) or long_stretch(clause, ctx.timexes, trigger) or counted) or \
            day and (not _tally_start(ctx, when) or one_thing_held(clause.head))

    @staticmethod
    def build(article: Article, m: EventMention) -> EventRecord:
        """The row's own fields: type, modality, source, confidence and the trigger as evidence."""
        evidence: dict[str, list[Evidence]] = {"event_type": [span(m)], "sub_event_type": [span(m)]}
        if m.modality_evidence:
            evidence["modality"] = [m.modality_evidence]
        return EventRecord(
            article_id=article.id,
            disorder_type=m.disorder_type,
            event_type=m.event_type,
            sub_event_type=m.sub_event_type,
            modality=m.modality,
            source=article.source,
            timestamp=int(time.time()),
            confidence=round(max(0.0, min(1.0, m.score)), 3),
            evidence=evidence,
        )

    def score(self, examples: Iterable[Example], all_modalities: bool = False, **kwargs: Any) -> dict[str, float | int]:
        """Field accuracy of the predicted records against gold records (``records/score.py``).

        Gold records are read from ``event_records(example.reference)``; only asserted
        predictions count unless ``all_modalities``.
        """
        return match_records(
            (event_records(ex.reference),
             [r for r in event_records(ex.predicted) if all_modalities or r.modality == "asserted"])
            for ex in examples
        )


@Language.factory(
    "dateline_records",
    assigns=["doc._.dateline_records"],
    requires=["doc._.dateline_events", "doc._.dateline_places", "doc._.dateline_times", "doc._.dateline_actors",
              "doc._.dateline_counts"],
    default_config={"merge_anaphora": True},
    default_score_weights={"event_type_acc": 0.2, "sub_event_type_acc": 0.2, "date_exact": 0.2, "location_25km": 0.2,
                           "fatalities_exact": 0.1, "actor1_match": 0.1, "country_acc": None, "n": None, "n_location": None,
                           "n_country": None},
)
def make_records(nlp: Language, name: str, merge_anaphora: bool) -> RecordsComponent:
    return RecordsComponent(name, merge_anaphora, nlp)


# Events one side does to others, which a report may lay at a side after telling them.
ATTRIBUTED_TYPES = frozenset({"Explosions/Remote violence", "Violence against civilians"})


# The report says the act had no political motive ("no indication of a political motive", "not politically
# motivated", "ruled out terrorism"): a crime for a coder, however violent.
_APOLITICAL = re.compile(r"\b(?:no|not|nothing|without)\b(?:\W+\w+){0,5}?\W+political(?:ly)?\s+motiv\w*"
                         r"|\brul(?:ed|es|e)\s+out\s+(?:\w+\s+){0,2}terror", re.IGNORECASE)


def _no_political_motive(ctx: Context) -> bool:
    """Whether the report says so (read once per report)."""
    if "apolitical" not in ctx.memo:
        ctx.memo["apolitical"] = _says_apolitical(ctx.text)
    return ctx.memo["apolitical"]


def _says_apolitical(text: str) -> bool:
    # (but "have not ruled out a political motive" leaves one possible)
    return any(not re.search(r"\b(?:not|n't|never)\b(?:\W+\w+){0,2}?\W+rul(?:ed|es|e)\s+out", text[max(0, m.start() - 20):m.end()],
                             re.IGNORECASE) for m in _APOLITICAL.finditer(text))


def _tally_start(ctx: Context, when: EventDate) -> bool:
    """The day is where a running total starts ("killed ... since 1 January"), no day of one event."""
    if when.timex is None:
        return False
    root = token_at(ctx.doc, when.timex.start, when.timex.end)
    if root is None:
        return False
    if root.dep_ == "pobj" and root.head.lower_ == "since":
        return True
    # "killed ... since violence began on 3 May": the day the "since" clause's own verb gives
    verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)


def _refine_by_retelling(ctx: Context, record: EventRecord, mention: EventMention, resolver: Resolver | None) -> None:
    """A lead placed only by its province, or dated only by its week, takes the town and the day of the
    sentence that retells it by the thing it struck (``place_fallbacks.retold_target``), when they fall inside them."""
    scene, day = retold_target(ctx, mention, resolver)
    if scene is not None and scene.place is not None and scene.place.iso == iso2(record) and (
            (record.geo_precision or 0) >= 3 and (record.admin1 is None or ascii_name(scene.place.admin1) == record.admin1)
            or _filed_from(record)):
        set_place(record, scene, record.evidence)
    when = from_timex(day, ctx.published) if day is not None else None
    if when is not None and when.date is not None and (record.time_precision or 1) >= 2 and record.event_date is not None \
            and ctx.published is not None and 0 <= (ctx.published - when.date).days <= 7 \
            and abs((when.date - record.event_date).days) <= 7:
        set_date(record, when, record.evidence)


def _filed_from(record: EventRecord) -> bool:
    """The row stands at the place the report was filed from (its dateline, no words of the text placing
    it): "BAMAKO, Jan 17 - ... ambushed a convoy in the centre of the country | The convoy was hit near X"."""
    return record.location is not None and not record.evidence.get("location")


def _after_sections(mentions: list[EventMention],
                    section_of: Callable[[EventMention], tuple[int, int, int] | None]) -> list[EventMention]:
    """The mentions in reading order, each section heading's after the mentions of its section."""
    out: list[EventMention] = []
    waiting: list[tuple[int, EventMention]] = []
    for m in mentions:
        while waiting and waiting[0][0] <= m.start:
            out.append(waiting.pop(0)[1])
        if (section := section_of(m)) is not None:
            waiting.append((section[2], m))
        else:
            out.append(m)
    return out + [m for _, m in waiting]


def _headline_story(ctx: Context, records: list[EventRecord], m: EventMention) -> EventRecord | None:
    """The body's first record of a headline event's type and modality: "Three killed in Zawiya
    clashes" headlines the clash the report dates and places, and is no event of the publication day.
    A violent headline read as another violent type headlines the record whose event words it shares
    ("US strike kills militants" over the body's "air strike")."""
    same = next((r for r in records if r.event_type == m.event_type and r.modality == m.modality), None)
    if same is not None or m.event_type not in VIOLENT_EVENT_TYPES:
        return same
    words = _event_words(ctx, m.start, m.end)
    violent = [r for r in records if r.event_type in VIOLENT_EVENT_TYPES and r.modality == m.modality]
    shared = next((r for r in violent if words & {w for e in r.evidence.get("event_type", [])
                                                  for w in _event_words(ctx, e.start, e.end)}), None)
    if shared is not None:
        return shared
    # "Israeli raid kills three" over "forces killed three Palestinians ...": the same dead, the same event
    dead = fatalities_for(ctx, m).fatalities
    return next((r for r in violent if dead and r.fatalities == dead), None)


def _summary_story(records: list[EventRecord], m: EventMention, when: EventDate) -> EventRecord | None:
    """The body's record a dated summary point sums up: its type, modality and day."""
    return next((r for r in records if r.event_type == m.event_type and r.modality == m.modality
                 and when.date is not None and r.event_date == when.date), None)


def _later_in_point(text: str, m: EventMention) -> bool:
    """The mention's sentence is not the first of its line (a summary point of several sentences)."""
    line_start = text.rfind("\n", 0, m.start) + 1
    return m.sentence_start > line_start and any(c.isalnum() for c in text[line_start:m.sentence_start])


def _finer_place(point: Toponym | None, r: EventRecord) -> bool:
    """The summary point names a town where the body gave only the record's district or province
    ("beheaded in X on 8 June" over "entered X, a village of Y district" with X unknown): a town, at
    any precision, over a unit's point."""
    if point is None or point.place is None or (r.geo_precision or 9) <= 1 or point.place.feature_class != "P":
        return False
    if (point.geo_precision or 1) != 1 and not _unit_row(r):
        return False
    return point.place.iso == iso2(r) and (r.admin1 is None or ascii_name(point.place.admin1) == r.admin1)


def _unit_row(r: EventRecord) -> bool:
    """The row stands at an administrative unit's point (a district, a province), not at a town."""
    from dateline.places.gazetteer import shared

    c = shared().by_id(r.geonameid) if r.geonameid is not None else None
    return c is not None and c.fclass == "A"


def _other_point(text: str, place: Toponym, m: EventMention) -> bool:
    """The mention is told in a point of a list (a thread's post, "3/ ..."), and the place in another paragraph: each
    point is an item of its own, which the place of the one before does not reach when it names a place of its own
    (in a narrative, an unknown village after a paragraph on the fighting around it is likelier near there)."""
    return in_point(text, m.sentence_start) and _paragraph_of(text, place.start) != _paragraph_of(text, m.sentence_start)


def _paragraph_of(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts (after the last blank line before it)."""
    return text.rfind("\n\n", 0, pos) + 1


def _doubted_in_body(events: Coreference, m: EventMention) -> bool:
    """The body tells the headline's event (its sub-type and modality) only ambiguously: "vendors
    arrested" over police arresting vendors under a health ban, read as ordinary enforcement."""
    return any(e.record.sub_event_type == m.sub_event_type and e.record.modality == m.modality
               and all(c.kind == "ambiguous" for c in e.members) for e in events.events)


def _event_words(ctx: Context, start: int, end: int) -> set[str]:
    """Lemmas of the nouns and verbs of a trigger and of its subject ("strike" of "strike kills")."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    toks = [*span, *(c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass"))]
    return {t.lemma_.lower() for t in toks if t.pos_ in ("NOUN", "VERB", "PROPN")} - {"kill"}  # shared by every killing
