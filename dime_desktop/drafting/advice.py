"""The documents of the advice desk (Diskrimineringshjelpen), REFERENCE.md §2:

* ``tribunal``: Klage til Diskrimineringsnemnda (the eight elements),
* ``police``: Anmeldelse til politiet (with suggested provisions),
* ``letter``: a letter to the other party,
* ``authorisation``: Fullmakt (the client authorises DiMe),
* ``referral``: a referral letter to another service or the mediation desk.

Here are only the facts each document is made from; every word of the
documents is in ``resources/templates`` (nb and en).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from dime_desktop.documents.checklist import format_date
from dime_desktop.drafting.kinds import DocumentKind, PrefillInput
from dime_desktop.evidence.model import attachments, evidence_kinds, parse_posted_at
from dime_desktop.intake.loader import default_intake

Facts = dict[str, str | None]

COMMON_FACTS = frozenset(
    {
        "client_name",
        "client_contact",
        "counterpart",
        "counterpart_name",
        "area",
        "grounds",
        "grounds_list",
        "incident_types",
        "timeline",
        "incident_date",
        "what_happened",
        "witnesses",
        "attachments",
        "evidence_list",
        "online_details",
        "place",
    }
)
COMMON_PHRASES = frozenset(
    {
        "and",
        "timeline_line",
        "ground_perceived",
        "ground_assessed",
        "ground_association",
        "witness_line",
        "witness_line_no_contact",
        "attachment_line",
        "evidence_line",
        "evidence_file",
        "online_platform",
        "online_url",
        "online_user",
        "online_posted",
        "online_context",
        "place_online",
        "counterpart_with_type",
    }
)


def join_words(words: list[str], and_word: str) -> str:
    """``a``, ``a og b``, ``a, b og c``."""
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {and_word} {words[-1]}"


def _lower_first(text: str) -> str:
    """Labels inside a sentence: "Etnisitet" → "etnisitet" (all-caps words stay)."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def common_facts(inp: PrefillInput) -> Facts:
    """The facts every document of a case can use."""
    ctx, lang = inp.ctx, inp.lang
    case, ref = ctx.case, ctx.reference
    ph = inp.phrase
    facts: Facts = {}

    client = case.client
    name = client.name.strip() if client is not None else ""
    facts["client_name"] = name or None
    contact = client.contact.strip() if client is not None else ""
    facts["client_contact"] = contact or None

    cp_name = case.counterpart_name.strip()
    cp_type = (
        ref.counterpart_types.label(case.counterpart_type, lang) if case.counterpart_type else ""
    )
    facts["counterpart_name"] = cp_name or None
    if cp_name and cp_type:
        facts["counterpart"] = ph("counterpart_with_type", name=cp_name, type=_lower_first(cp_type))
    else:
        facts["counterpart"] = cp_name or cp_type or None

    facts["area"] = ref.areas.label(case.area, lang) if case.area else None

    labels = [_lower_first(ref.grounds.label(g.code, lang)) for g in case.grounds]
    facts["grounds"] = join_words(labels, ph("and")) or None
    lines = []
    for g in case.grounds:
        how = []
        if g.perceived:
            how.append(ph("ground_perceived"))
        if g.assessed:
            how.append(ph("ground_assessed"))
        if g.by_association:
            how.append(ph("ground_association"))
        label = ref.grounds.label(g.code, lang)
        lines.append(f"- {label}" + (f" ({'; '.join(how)})" if how else ""))
    facts["grounds_list"] = "\n".join(lines) or None

    kinds = [_lower_first(ref.incident_types.label(c, lang)) for c in case.incident_types]
    facts["incident_types"] = join_words(kinds, ph("and")) or None

    events = sorted(case.timeline, key=lambda e: e.event_date)
    facts["timeline"] = (
        "\n".join(
            ph("timeline_line", date=format_date(e.event_date, lang), text=e.description.strip())
            for e in events
            if e.description.strip()
        )
        or None
    )
    first = ctx.earliest_event()
    facts["incident_date"] = format_date(first, lang) if first is not None else None

    notes = ctx.answers.get("what.notes")
    what = case.summary.strip() or (notes.strip() if isinstance(notes, str) else "")
    facts["what_happened"] = what or None

    items = sorted(ctx.evidence, key=lambda i: (i.position, i.id or 0))
    witnesses = []
    for item in items:
        for w in item.witnesses:
            if not w.name.strip():
                continue
            if w.contact.strip() and w.consent:
                witnesses.append(ph("witness_line", name=w.name.strip(), contact=w.contact.strip()))
            else:
                witnesses.append(ph("witness_line_no_contact", name=w.name.strip()))
    facts["witnesses"] = "\n".join(witnesses) or None

    kinds_list = evidence_kinds()
    numbered = attachments(list(items))
    facts["attachments"] = (
        "\n".join(
            ph(
                "attachment_line",
                n=n,
                description=item.description.strip(),
                kind=_lower_first(kinds_list.label(item.kind, lang)),
                received=format_date(item.received, lang) if item.received else "–",
            )
            for n, item in numbered
        )
        or None
    )
    number_of = {id(item): n for n, item in numbered}
    evidence_lines = []
    online_lines = []
    for item in items:
        line = ph(
            "evidence_line",
            description=item.description.strip(),
            kind=_lower_first(kinds_list.label(item.kind, lang)),
        )
        if id(item) in number_of:
            line += " " + ph("evidence_file", n=number_of[id(item)])
        details = _online_lines(inp, item.online)
        evidence_lines.append("\n".join([line, *[f"  {d}" for d in details]]))
        if details:
            online_lines.append(
                "\n".join([f"- {item.description.strip()}", *[f"  {d}" for d in details]])
            )
    facts["evidence_list"] = "\n".join(evidence_lines) or None
    facts["online_details"] = "\n".join(online_lines)

    online = [i for i in items if i.is_online]
    if online:
        places = [i.online.platform.strip() or i.online.url.strip() for i in online]
        facts["place"] = ph(
            "place_online", where=join_words(sorted(set(p for p in places if p)), ph("and"))
        )
    else:
        facts["place"] = None
    return facts


def _online_lines(inp: PrefillInput, online: object) -> list[str]:
    from dime_desktop.evidence.model import OnlineDetails

    assert isinstance(online, OnlineDetails)
    ph = inp.phrase
    out = []
    if online.platform.strip():
        out.append(ph("online_platform", value=online.platform.strip()))
    if online.url.strip():
        out.append(ph("online_url", value=online.url.strip()))
    if online.user_name.strip():
        out.append(ph("online_user", value=online.user_name.strip()))
    if online.posted_at.strip():
        when = parse_posted_at(online.posted_at)
        if when is not None:
            text = format_date(when.date(), inp.lang)
            if len(online.posted_at.strip()) > 10:
                text += f" {when:%H:%M}"
        else:
            text = online.posted_at.strip()
        out.append(ph("online_posted", value=text))
    if online.context.strip():
        out.append(ph("online_context", value=online.context.strip()))
    return out


def _guardian(inp: PrefillInput) -> str | None:
    guardian = inp.options.get("guardian")
    return guardian.strip() if isinstance(guardian, str) and guardian.strip() else None


# --- Klage til Diskrimineringsnemnda -------------------------------------------------


def tribunal_facts(inp: PrefillInput) -> Facts:
    facts = common_facts(inp)
    ph = inp.phrase
    grounds, kinds = facts["grounds"], facts["incident_types"]
    if grounds and kinds:
        facts["why"] = ph("why_grounds_kinds", grounds=grounds, kinds=kinds)
    elif grounds:
        facts["why"] = ph("why_grounds", grounds=grounds)
    else:
        facts["why"] = None
    facts["reasoning"] = None  # the adviser's own words; always to be written
    cp = facts["counterpart"]
    facts["who"] = ph("who_counterpart", counterpart=cp) if cp else None
    facts["connection"] = None
    facts["guardian"] = _guardian(inp)
    return facts


# --- Anmeldelse til politiet -----------------------------------------------------------


def police_facts(inp: PrefillInput) -> Facts:
    facts = common_facts(inp)
    ph = inp.phrase
    grounds = facts["grounds"]
    facts["hate_motive"] = ph("hate_motive", grounds=grounds) if grounds else None
    violence = inp.ctx.answers.get("kind.violence")
    if violence is True:
        facts["injuries"] = None  # there were injuries: they must be described
    elif violence is False:
        facts["injuries"] = ph("no_injuries")
    else:
        facts["injuries"] = None
    facts["what_said"] = None
    return facts


# --- Brev til motparten -----------------------------------------------------------------


def letter_facts(inp: PrefillInput) -> Facts:
    facts = common_facts(inp)
    asks = inp.options.get("asks") or []
    spec = inp.template.option("asks")
    labels = dict((c, t.get(inp.lang)) for c, t in spec.choices) if spec else {}
    chosen = [f"- {labels[a]}" for a in asks if a in labels]
    facts["asks"] = "\n".join(chosen) or None
    deadline = inp.options.get("deadline")
    try:
        due = date.fromisoformat(str(deadline)) if deadline else None
    except ValueError:
        due = None
    facts["deadline"] = format_date(due, inp.lang) if due is not None else None
    return facts


def letter_default_deadline(today: date) -> str:
    return (today + timedelta(days=14)).isoformat()


# --- Fullmakt ------------------------------------------------------------------------------


def authorisation_facts(inp: PrefillInput) -> Facts:
    facts = common_facts(inp)
    ph = inp.phrase
    cp, area = facts["counterpart_name"] or facts["counterpart"], facts["area"]
    if cp and area:
        facts["matter"] = ph("matter_area_counterpart", area=_lower_first(area), counterpart=cp)
    elif area:
        facts["matter"] = ph("matter_area", area=_lower_first(area))
    else:
        facts["matter"] = None
    facts["guardian"] = _guardian(inp)
    return facts


# --- Henvisning --------------------------------------------------------------------------------


def referral_facts(inp: PrefillInput) -> Facts:
    facts = common_facts(inp)
    target = inp.options.get("to")
    name: str | None = None
    what: str | None = None
    for code, extra_name, extra_what in inp.template.extra_choices:
        if code == target:
            name, what = extra_name, extra_what.get(inp.lang)
    services = default_intake().services
    if name is None and isinstance(target, str) and target in services:
        service = services[target]
        name, what = service.name, service.what.get(inp.lang)
    facts["service_name"] = name
    facts["service_what"] = what or ""
    facts["referral_reason"] = None
    facts["consent"] = inp.phrase("consent_given") if inp.options.get("consent") else None
    return facts


def referral_targets(lang: str) -> list[tuple[str, str]]:
    """(code, name) of every service a referral letter can go to."""
    from dime_desktop.drafting.compose import option_choices

    return option_choices("referral", "to", lang)


def _kind(kind: str, prefill: object, extra: set[str], phrases: set[str]) -> DocumentKind:
    assert callable(prefill)
    return DocumentKind(kind, prefill, COMMON_FACTS | extra, COMMON_PHRASES | phrases)


KINDS: list[DocumentKind] = [
    _kind(
        "tribunal",
        tribunal_facts,
        {"why", "reasoning", "who", "connection", "guardian"},
        {"why_grounds_kinds", "why_grounds", "who_counterpart"},
    ),
    _kind(
        "police",
        police_facts,
        {"hate_motive", "injuries", "what_said"},
        {"hate_motive", "no_injuries"},
    ),
    DocumentKind(
        "letter",
        letter_facts,
        COMMON_FACTS | {"asks", "deadline"},
        COMMON_PHRASES,
        defaults=lambda ctx: {"deadline": letter_default_deadline(ctx.today)},
    ),
    _kind(
        "authorisation",
        authorisation_facts,
        {"matter", "guardian"},
        {"matter_area_counterpart", "matter_area"},
    ),
    _kind(
        "referral",
        referral_facts,
        {"service_name", "service_what", "referral_reason", "consent"},
        {"consent_given"},
    ),
]

# What a mapping of facts looks like to the type checker.
FactsMapping = Mapping[str, str | None]
