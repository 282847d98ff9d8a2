"""`vn-govnews show`: one standalone HTML page of annotated documents.

Entities are highlighted by displaCy (spaCy's own renderer, which escapes
the text), with a legend; each document's events follow as a table, with
warnings highlighted. The page has no network assets: styles are inline.
"""

import html
import json

COLORS = {
    "PERSON": "#f6c4c4",
    "POSITION": "#c9e4ff",
    "ORG": "#d6f5d6",
    "TERM": "#ffe2a8",
    "RATIO": "#e3d1ff",
    "AWARD": "#ffd1ec",
    "RATING": "#d3f2f2",
}
_SLOT_ORDER = {
    "official": ("name", "role", "body"),
    "award": ("award", "award_kind", "giver", "presenter", "recipient", "recipient_type",
              "recipient_count", "recipients_named", "criterion", "period"),
    "ratio": ("numerator", "denominator", "percent", "subject", "rating", "at_least", "year"),
    "term": ("start", "end", "ordinal", "body"),
    "appointment": ("name", "action", "role", "body", "term", "date"),
}
_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}
h1{font-size:1.4rem} h2{font-size:1.1rem;margin-top:2.5rem;border-bottom:1px solid #ddd}
.legend span{display:inline-block;margin:0 .4rem .4rem 0;padding:.15rem .5rem;border-radius:.3rem;font-size:.8rem;font-weight:600}
.entities{line-height:2.4}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin-top:1rem}
th,td{border:1px solid #ddd;padding:.3rem .4rem;text-align:left;vertical-align:top}
th{background:#f4f4f4} tr.warning td{background:#fff3cd} .warn{color:#9a3412;font-weight:700}
.error{color:#b91c1c}
"""


def _event_rows(events):
    rows = []
    for ev in events:
        slots = _SLOT_ORDER.get(ev.get("type"), ())
        values = "; ".join(
            f"{k}: {json.dumps(ev.get(k), ensure_ascii=False) if isinstance(ev.get(k), (list, bool)) else ev.get(k)}"
            for k in slots if ev.get(k) not in (None, [])
        )
        warnings = ev.get("warnings") or []
        cls = ' class="warning"' if warnings else ""
        warn = f'<span class="warn">{html.escape(", ".join(warnings))}</span>' if warnings else ""
        rows.append(f"<tr{cls}><td>{html.escape(ev.get('type', ''))}</td><td>{html.escape(values)}</td><td>{warn}</td></tr>")
    return "".join(rows)


def render(records, title="vn_govnews"):
    """A standalone HTML page for annotated records.

    records (iterable): annotated records (dicts with text, spans, events).
    title (str): the page title.
    RETURNS (str): the HTML page.
    """
    from spacy import displacy

    legend = "".join(f'<span style="background:{c}">{label}</span>' for label, c in COLORS.items())
    parts = [
        f"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}</title>",
        f"<style>{_STYLE}</style></head><body><h1>{html.escape(title)}</h1><div class=\"legend\">{legend}</div>",
    ]
    for record in records:
        rid = html.escape(str(record.get("id")))
        parts.append(f'<section class="doc" data-id="{rid}"><h2>{rid}</h2>')
        if "error" in record:
            parts.append(f'<p class="error">{html.escape(str(record["error"]))}</p></section>')
            continue
        data = {
            "text": record["text"],
            "ents": [{"start": s["start"], "end": s["end"], "label": s["label"]} for s in record.get("spans") or []],
            "title": None,
        }
        markup = displacy.render(data, style="ent", manual=True, page=False, options={"colors": COLORS})
        parts.append(f'<div class="entities">{markup}</div>')
        events = record.get("events") or []
        parts.append(
            "<table><thead><tr><th>event</th><th>slots</th><th>warnings</th></tr></thead><tbody>"
            + _event_rows(events) + "</tbody></table></section>"
        )
    parts.append("</body></html>")
    return "".join(parts)
