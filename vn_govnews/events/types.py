"""Event types: one dataclass per type of ../shared/spec/EVENTS.md.

Every event keeps its `evidence` (character ranges of the original text it
was read from), the `rule` that made it and its `warnings`.

>>> Term(start=2020, end=2025, evidence=[(10, 28)], rule="term").to_dict()
{'type': 'term', 'start': 2020, 'end': 2025, 'ordinal': None, 'body': None, 'evidence': [[10, 28]], 'warnings': []}
"""

from dataclasses import dataclass, field, fields
from typing import List, Optional, Tuple


@dataclass
class Event:
    """Common part: provenance and warnings (neither is scored)."""

    evidence: List[Tuple[int, int]] = field(default_factory=list, repr=False)
    rule: str = field(default="", repr=False)
    warnings: List[str] = field(default_factory=list)

    type = "event"

    def to_state(self):
        """Plain data (with the rule), as kept on the `Doc` and sent between processes."""
        state = self.to_dict()
        state["rule"] = self.rule
        return state

    @staticmethod
    def from_state(state):
        """The typed event of `to_state` data (or of a record's event dict)."""
        cls = EVENT_CLASSES[state["type"]]
        kwargs = {k: v for k, v in state.items() if k != "type"}
        kwargs["evidence"] = [tuple(r) for r in kwargs.get("evidence") or []]
        if isinstance(kwargs.get("period"), list):
            kwargs["period"] = tuple(kwargs["period"])
        return cls(**kwargs)

    def to_dict(self):
        """The event in the record format (the rule name is not part of it)."""
        out = {"type": self.type}
        for f in fields(self):
            if f.name in ("evidence", "rule", "warnings"):
                continue
            value = getattr(self, f.name)
            out[f.name] = list(value) if isinstance(value, tuple) else value
        out["evidence"] = [list(r) for r in sorted(set(map(tuple, self.evidence)))]
        out["warnings"] = list(self.warnings)
        return out


@dataclass
class Official(Event):
    name: Optional[str] = None
    role: Optional[str] = None
    body: Optional[str] = None
    type = "official"


@dataclass
class Award(Event):
    award: Optional[str] = None
    award_kind: Optional[str] = None
    giver: Optional[str] = None
    presenter: Optional[str] = None
    recipient: Optional[str] = None
    recipient_type: Optional[str] = None
    recipient_count: Optional[int] = None
    recipients_named: List[str] = field(default_factory=list)
    criterion: Optional[str] = None
    period: Optional[Tuple[int, int]] = None
    type = "award"


@dataclass
class Ratio(Event):
    numerator: Optional[int] = None
    denominator: Optional[int] = None
    percent: Optional[float] = None
    subject: Optional[str] = None
    rating: Optional[str] = None
    at_least: Optional[bool] = None
    year: Optional[int] = None
    type = "ratio"


@dataclass
class Term(Event):
    start: Optional[int] = None
    end: Optional[int] = None
    ordinal: Optional[int] = None
    body: Optional[str] = None
    type = "term"


@dataclass
class Appointment(Event):
    name: Optional[str] = None
    action: Optional[str] = None
    role: Optional[str] = None
    body: Optional[str] = None
    term: Optional[str] = None
    date: Optional[str] = None
    type = "appointment"


EVENT_CLASSES = {cls.type: cls for cls in (Official, Award, Ratio, Term, Appointment)}
