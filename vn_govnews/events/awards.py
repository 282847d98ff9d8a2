"""`award` events: commendations conferred, with giver, presenter,
recipients, criterion and period. Proposals make no event.
"""

import re

from .canon import canonical_award, canonical_body, canonical_rating
from .numbers import parse_number
from .types import Award

_CONFER = re.compile(r"\b(?:trao tặng|truy tặng|trao|tặng|khen thưởng|đón nhận|nhận|được tặng|gắn)\b", re.IGNORECASE)
_PROPOSE = re.compile(r"\b(?:đề nghị|đề xuất|xét đề nghị|trình|hiệp y|dự kiến)\b", re.IGNORECASE)
_GIVE = re.compile(r"\b(?:trao tặng|truy tặng|tặng|khen thưởng|quyết định tặng|khen)\b", re.IGNORECASE)
_PRESENT = re.compile(r"\b(?:trao tặng|trao|gắn|trao tặng|đã trao|trao quyết định)\b", re.IGNORECASE)
_GROUP = re.compile(r"(?:^|,|:|\bvà\b|\bcho\b|\bgồm\b)\s*(\d{1,3}(?:\.\d{3})*)\s+")
_COLLECTIVE = re.compile(
    r"^(?:tập thể|chi bộ|đảng bộ|chi,|chi\b|đơn vị|tổ chức|cơ quan|xã|phường|thị trấn|khu phố|ấp|thôn|bản|hộ|gia đình|trường|phòng|ban|hội|doanh nghiệp|công ty|hợp tác xã|tổ|câu lạc bộ|địa phương|huyện|tỉnh)",
    re.IGNORECASE,
)
_INDIVIDUAL = re.compile(
    r"^(?:cá nhân|đảng viên|người|hội viên|đồng chí|công chức|viên chức|cán bộ|chiến sĩ|đoàn viên|học sinh|giáo viên|nhà giáo|bác sĩ|y bác sĩ|ông|bà|cựu chiến binh|thanh niên|phụ nữ|nông dân|công nhân|lao động|gương|điển hình|thầy thuốc|nghệ nhân|mẹ|em)",
    re.IGNORECASE,
)
_RANGE = re.compile(r"((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)")
_YEAR = re.compile(r"\bnăm\s+((?:19|20)\d\d)\b(?!\s*[-–])")


def recipient_type(phrase):
    """`collective` or `individual` from the recipient phrase, or None.

    >>> recipient_type("tập thể có thành tích"), recipient_type("đảng viên"), recipient_type("bạn")
    ('collective', 'individual', None)
    """
    phrase = phrase.strip()
    if _COLLECTIVE.match(phrase):
        return "collective"
    if _INDIVIDUAL.match(phrase):
        return "individual"
    return None


def _period(text):
    m = _RANGE.search(text)
    if m and "so với" not in text[max(0, m.start() - 10) : m.start()]:
        return (int(m.group(1)), int(m.group(2)))
    m = _YEAR.search(text)
    if m:
        return (int(m.group(1)), int(m.group(1)))
    return None


def _recipient_np(words):
    stop = {"đạt", "có", "được", "vì", "đã", "trong", "tiêu", "xuất", "hoàn", "năm", "thuộc", "tiêu biểu"}
    out = []
    for w in words.split():
        if w.lower() in stop and out:
            break
        out.append(w)
        if len(out) == 6:
            break
    return " ".join(out).strip(" ,")


def extract(ctx):
    """Awards of a document.

    ctx (DocContext): the document.
    RETURNS (list): `Award` events, before document-level merging.
    """
    out = []
    for sent in range(len(ctx.sentences)):
        s, e, _ = ctx.sentences[sent]
        sentence = ctx.norm[s:e]
        awards = ctx.sentence_ents(sent, "AWARD")
        if not awards or not _CONFER.search(sentence) or _PROPOSE.search(sentence):
            continue
        ents = ctx.sentence_ents(sent)
        for n, award_ent in enumerate(awards):
            if re.search(r"\d\s+$", ctx.norm[max(s, award_ent.start - 6) : award_ent.start]):
                continue  # "9 chiến sĩ thi đua": holders named by their title
            region_end = awards[n + 1].start if n + 1 < len(awards) else e
            if n + 1 < len(awards) and re.match(r"^\s*(?:và|,|hoặc)\s*$", ctx.norm[award_ent.end : awards[n + 1].start]):
                region_end = e  # "Bằng khen và Giấy khen cho ...": the recipients are shared
            name, kind = canonical_award(award_ent.text)
            base = dict(award=name, award_kind=kind, rule="award")
            base["giver"] = _giver(ctx, ents, award_ent, s)
            base["presenter"] = _presenter(ctx, ents, award_ent, s)
            region = ctx.norm[award_ent.end : region_end]
            rating = next((x for x in ents if x.label == "RATING" and award_ent.end <= x.start < region_end), None)
            named = [
                x.value
                for x in ents
                if x.label == "PERSON" and award_ent.end <= x.start < region_end and x.value != base["presenter"]
            ]
            groups = _groups(region) or [(None, None, 0)]
            for g, (count, phrase, at) in enumerate(groups):
                ev = Award(**base, evidence=[(award_ent.start, award_ent.end)])
                ev.recipient_count = count
                ev.recipient = phrase or None
                ev.recipient_type = recipient_type(phrase or "") if phrase else None
                sub = region[at : groups[g + 1][2]] if g + 1 < len(groups) else region[at:]
                if named and len(groups) == 1:
                    ev.recipients_named = named
                    ev.recipient_type = ev.recipient_type or "individual"
                if ev.recipient_type is None:
                    ev.recipient_type = _subject_type(ctx, s, award_ent)
                # a qualifier after the last group applies to all groups when theirs is missing
                ev.criterion = _rating_in(ctx, ents, award_ent.end, region_end, sub) or (
                    canonical_rating(rating.text) if rating is not None else None
                )
                ev.period = _period(sub) or _period(region)
                out.append(ev)
    return out


def _rating_in(ctx, ents, start, end, sub):
    for x in ents:
        if x.label == "RATING" and start <= x.start < end and ctx.norm[x.start : x.end] in sub:
            return canonical_rating(x.text)
    return None


def _groups(region):
    """Recipient groups after "cho": `(count, phrase, start)` with `start` in region."""
    m = re.search(r"\bcho\b", region)
    offset = m.end() if m else 0
    text = region[offset:]
    groups = []
    for g in _GROUP.finditer(text):
        count = parse_number(g.group(1))
        phrase = _recipient_np(text[g.end() :])
        if isinstance(count, int) and phrase and recipient_type(phrase):
            groups.append((count, phrase, offset + g.start()))
    if not groups and m:
        phrase = _recipient_np(text.strip().lstrip(":"))
        if phrase:
            groups.append((None, re.sub(r"^(?:các|những)\s+", "", phrase), offset))
    return groups


def _subject_type(ctx, s, award_ent):
    before = ctx.norm[s : award_ent.start]
    m = re.search(r"(\S+(?:\s+\S+)?)\s+(?:được|vinh dự|đã được|vừa được)\b", before)
    if m:
        return recipient_type(m.group(1))
    return None


def _subject_before_verb(ctx, ents, award_ent, s, verb_re, labels):
    """The entities (of `labels`) before the last `verb_re` match ahead of the award, and that match's offset."""
    verb = None
    for m in verb_re.finditer(ctx.norm[s : award_ent.start]):
        verb = m
    if verb is None:
        return [], None
    at = s + verb.start()
    return [x for x in ents if x.end <= at and x.label in labels], at


def _giver(ctx, ents, award_ent, s):
    after = ctx.norm[award_ent.end : award_ent.end + 8]
    if re.match(r"^\s+của\s+", after):
        nxt = next((x for x in ents if x.start >= award_ent.end), None)
        if nxt is not None and nxt.label in ("ORG", "POSITION") and nxt.start - award_ent.end <= 8:
            return canonical_body(nxt.text, ctx.places)
    cands, at = _subject_before_verb(ctx, ents, award_ent, s, _GIVE, ("ORG", "POSITION", "PERSON"))
    if cands and cands[-1].label == "ORG":
        return canonical_body(cands[-1].text, ctx.places)
    if cands and cands[-1].label == "POSITION" and (at - cands[-1].end) <= 12:
        return canonical_body(cands[-1].text, ctx.places)
    return None


def _presenter(ctx, ents, award_ent, s):
    persons, _ = _subject_before_verb(ctx, ents, award_ent, s, _PRESENT, ("PERSON",))
    return persons[-1].value if persons else None
