"""What is read for one figure, and what its sentence and article offer it.

Plain data shared by `reading` (kind, actor, region) and `timing` (days): the
fields found so far (`Reading`), the words of the sentence found once
(`Sentence`), and what earlier sentences leave for later ones (`Context`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from frontline.extract.actors import ActorMention, RegionMention, SourceMention
from frontline.extract.dates import PeriodPhrase

NO_VERB = "no verb says the land changed hands or is held"


@dataclass(slots=True)
class Reading:
    """The fields read for one figure, with the words that set them."""

    kind: str = "change"
    actor: str = ""
    actor_words: str = ""
    region: str = ""
    region_words: str = ""
    start: date | None = None
    end: date | None = None
    source: str | None = None
    not_recorded: str = ""  # "size", "not control", ...: why it is no record
    lost: bool = False  # the verb is a loss: the side named is the loser
    subject: str = ""  # the side the clause names, before a loss turns it over
    own_subject: bool = False  # the clause names its side itself
    past_state: str = ""  # "at its peak Kyiv held": a holding of a day not named
    # "This is 6,000 km2": the sentence before, whose verb the figure takes.
    points_back: str = ""
    # "… would give Moscow the 3,500 sq mi still held by Kyiv": inside a
    # supposed gain, the side that holds the land now, and its words.
    held_by: tuple[str, str] | None = None
    why: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    periods: list[PeriodPhrase] = field(default_factory=list)


@dataclass(slots=True)
class Context:
    """What earlier sentences of the article leave for a figure that needs it."""

    actor: tuple[str, str] | None = None  # (slug, words): main figure's side
    region: tuple[str, str] | None = None
    oblast: tuple[str, str] | None = None  # the last oblast named, for "the region"
    paragraph_oblast: tuple[str, str] | None = None
    data_source: tuple[str, str] | None = None  # ISW or DeepState named earlier
    periods: list[PeriodPhrase] = field(default_factory=list)  # previous sentence
    period_words: str = ""  # what `periods` were read from, for `why`
    # The period the previous paragraph's last figure read, for a paragraph
    # that opens by elaborating on it ("In August … \nFor example, …").
    paragraph_before: list[PeriodPhrase] = field(default_factory=list)
    # Sentences read since a figure's own clause gave `periods` (0: the one
    # just before); -1 when a sentence without a record named them.
    periods_back: int = 0
    announced: bool = False  # `periods` are a figure-less sentence's gains' period
    # A figure-less sentence whose dates are read only if a figure asks for them:
    # (its folded text, the day its relative phrases count from, known events).
    pending: list[tuple[str, date | None, Mapping[str, date]]] = field(
        default_factory=list
    )
    paragraph: int = -1  # the paragraph `periods` and `speaker` belong to
    # who the paragraph quotes (read and set through `speaker`, below)
    quoted: tuple[str, str] | None = None
    # The last speaker an earlier paragraph named, kept when a new paragraph
    # clears `speaker`: "he said" or an unattributed quote in the new one
    # still speaks for that side.
    earlier_speaker: tuple[str, str] | None = None
    # The figure-less sentence before, read for its side only on "the army".
    named_side: str = ""
    # The one that ended the paragraph before, for "they" opening the next.
    earlier_side: str = ""
    # (actor, km2) of the last figures read, for a net figure that is their sum.
    recent: list[tuple[str, float]] = field(default_factory=list)
    # The day the sentence before was said on ("Syrskyi said on Sunday …"), for
    # "He said …" or "…, the commander added" in the next one.
    said_on: date | None = None
    # The days of the last figure read, for "The week before, …" in the next one.
    last_dates: tuple[date, date] | None = None
    # The sentence before in the paragraph, for "This is N km2" in the next one.
    last_sentence: str = ""
    # An axis of the paragraph named after a place no oblast is known for.
    axis: str = ""
    # The period of a list's heading line, for the items below it.
    heading: list[PeriodPhrase] = field(default_factory=list)
    heading_place: tuple[str, str] | None = None  # and the place it names
    published: date | None = None

    @property
    def speaker(self) -> tuple[str, str] | None:
        """Who the paragraph quotes."""
        return self.quoted

    @speaker.setter
    def speaker(self, value: tuple[str, str] | None) -> None:
        """Set who the paragraph quotes; clearing it (a new paragraph) keeps
        the one cleared as `earlier_speaker`, for `voice.carried_voice`."""
        if value is None and self.quoted is not None:
            self.earlier_speaker = self.quoted
        self.quoted = value


@dataclass(slots=True)
class Sentence:
    """One sentence's words, found once and shared by its figures."""

    folded: str
    periods: list[PeriodPhrase]
    actors: list[ActorMention]
    regions: list[RegionMention]
    sources: list[SourceMention]
    clauses: list[tuple[int, int]]  # the clause of each figure, in order
    spans: list[tuple[int, int]]  # each figure's own words
    speaker: tuple[str, str] | None
    stated: str = ""  # "Last week, X said that ...": the statement's day unknown
    opener: str = ""  # "Meanwhile,": a linking word read as blank (text.Sentence)
