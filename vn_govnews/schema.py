"""The contract in one place: entity labels, event types, their slots and enums.

Everything here mirrors ../shared/spec/ANNOTATION.md and EVENTS.md. It is
plain data, importable without spaCy, so the record reader, the corpus
validator and the event layer all agree on one definition.
"""

LABELS = ("PERSON", "POSITION", "ORG", "TERM", "RATIO", "AWARD", "RATING")

# slots per event type (besides the common "type", "evidence", "warnings")
EVENT_SLOTS = {
    "official": ("name", "role", "body"),
    "award": (
        "award",
        "award_kind",
        "giver",
        "presenter",
        "recipient",
        "recipient_type",
        "recipient_count",
        "recipients_named",
        "criterion",
        "period",
    ),
    "ratio": ("numerator", "denominator", "percent", "subject", "rating", "at_least", "year"),
    "term": ("start", "end", "ordinal", "body"),
    "appointment": ("name", "action", "role", "body", "term", "date"),
}
EVENT_TYPES = tuple(EVENT_SLOTS)
COMMON_SLOTS = ("type", "evidence", "warnings")

# slots scored by the reference scorer (shared/tools/score.py)
SCORED_SLOTS = {
    "official": ("role", "body"),
    "award": (
        "award_kind",
        "giver",
        "presenter",
        "recipient_type",
        "recipient_count",
        "recipients_named",
        "criterion",
        "period",
    ),
    "ratio": ("percent", "subject", "rating", "at_least", "year"),
    "term": ("body",),
    "appointment": ("role", "body", "term", "date"),
}

AWARD_KINDS = (
    "order",
    "medal",
    "honorary_title",
    "prize",
    "commemorative_medal",
    "certificate_of_merit",
    "commendation",
    "emulation_flag",
    "emulation_title",
    "party_badge",
    "other",
)
RECIPIENT_TYPES = ("collective", "individual")
ACTIONS = (
    "elected",
    "appointed",
    "reappointed",
    "confirmed",
    "assigned",
    "dismissed",
    "resigned",
    "retired",
    "disciplined",
)
RATINGS = (
    "Hoàn thành xuất sắc nhiệm vụ",
    "Hoàn thành tốt nhiệm vụ",
    "Hoàn thành nhiệm vụ",
    "Không hoàn thành nhiệm vụ",
    "Trong sạch, vững mạnh",
    "Yếu kém",
)
WARNINGS = ("percent_mismatch", "numerator_exceeds_total", "implausible_term")
