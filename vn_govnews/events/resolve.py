"""Document-level resolution: several mentions of one real-world event become one.

Awards retold (a photo caption and the paragraph that tells it again) merge
when they name the same award and their slots do not contradict each other.
"""

from ..normalize import fold

_AWARD_SLOTS = ("giver", "presenter", "recipient", "recipient_type", "recipient_count", "criterion", "period")


def _compatible(a, b):
    if fold(a.award) != fold(b.award):
        return False
    for slot in ("giver", "recipient_type", "recipient_count", "criterion", "period", "presenter"):
        x, y = getattr(a, slot), getattr(b, slot)
        if x is not None and y is not None and (fold(str(x)) != fold(str(y))):
            return False
    if a.recipients_named and b.recipients_named and set(a.recipients_named) != set(b.recipients_named):
        return False
    return True


def merge_awards(events):
    """Merge compatible award events, filling each other's missing slots.

    events (list): `Award` events in text order.
    RETURNS (list): the merged events.
    """
    merged = []
    for ev in events:
        target = next((m for m in merged if _compatible(m, ev)), None)
        if target is None:
            merged.append(ev)
            continue
        for slot in _AWARD_SLOTS:
            if getattr(target, slot) is None:
                setattr(target, slot, getattr(ev, slot))
        if not target.recipients_named:
            target.recipients_named = ev.recipients_named
        target.evidence += ev.evidence
    return merged
