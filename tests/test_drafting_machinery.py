"""The drafting machinery: templates as data, prefill, gaps, refresh, redaction,
and PDF/DOCX from the same text (read back with pypdf and python-docx)."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import stat
import subprocess
import zipfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dime_desktop.cases.model import CaseGround, Client, TimelineEvent
from dime_desktop.drafting import (
    document_kinds,
    export_document,
    gaps_in,
    missing_facts,
    new_document,
    notices,
    plain_text,
    redact,
    refresh,
    render,
    suggestions,
    template_for,
)
from dime_desktop.drafting.kinds import MACHINE_FACTS
from dime_desktop.drafting.templates import load_template
from dime_desktop.errors import OutputFileError, ReferenceDataError, UnknownDocumentKind
from dime_desktop.evidence.model import attachments
from dime_desktop.paths import resource_path
from tests.evidence_samples import (
    CLIENT,
    CONTACT,
    COUNTERPART,
    TODAY,
    URL,
    USER,
    WITNESS,
    WITNESS_CONTACT,
    docx_text,
    pdf_text,
    sample_case,
    sample_context,
    squash,
)

KINDS = ["tribunal", "police", "letter", "authorisation", "referral"]
TRIBUNAL_ELEMENTS = {
    "nb": [
        "1. Hva skjedde",
        "2. Hvorfor dette er diskriminering eller trakassering",
        "3. Når det skjedde (tidslinje)",
        "4. Hvor det skjedde",
        "5. Hvem som var involvert, og klagers tilknytning",
        "6. Vitner",
        "7. Diskrimineringsgrunnlag",
        "8. Vedlegg",
    ],
    "en": [
        "1. What happened",
        "2. Why this is discrimination or harassment",
        "3. When it happened (timeline)",
        "4. Where it happened",
        "5. Who was involved, and the complainant's connection",
        "6. Witnesses",
        "7. Ground(s) of discrimination",
        "8. Attachments",
    ],
}


def _options(kind: str) -> dict[str, Any]:
    return {"to": "konfliktradet", "consent": True} if kind == "referral" else {}


def test_every_kind_has_a_template_that_loads() -> None:
    kinds = list(document_kinds())
    assert kinds[: len(KINDS)] == KINDS  # the advice desk's, in menu order; other desks' after
    for kind in kinds:
        assert template_for(kind).kind == kind


def test_unknown_kind_is_a_clear_error() -> None:
    with pytest.raises(UnknownDocumentKind, match=r"complaint.*tribunal"):
        template_for("complaint")


@pytest.mark.parametrize("lang", ["nb", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_pdf_and_docx_say_the_same(kind: str, lang: str) -> None:
    doc = new_document(kind, sample_context(), lang, _options(kind))
    lines = plain_text(doc, TODAY)
    pdf = squash(pdf_text(render(doc, "pdf", TODAY)))
    docx = squash(docx_text(render(doc, "docx", TODAY)))
    for line in lines:
        assert squash(line) in pdf, (kind, lang, line)
        assert squash(line) in docx, (kind, lang, line)
    assert doc.title in pdf and doc.title in docx


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_tribunal_has_the_eight_elements_in_order(lang: str) -> None:
    doc = new_document("tribunal", sample_context(), lang)
    for fmt in ("pdf", "docx"):
        data = render(doc, fmt, TODAY)
        text = squash(pdf_text(data) if fmt == "pdf" else docx_text(data))
        positions = [text.find(h) for h in TRIBUNAL_ELEMENTS[lang]]
        assert all(p >= 0 for p in positions), (fmt, positions)
        assert positions == sorted(positions), fmt


def test_tribunal_facts_come_from_the_case() -> None:
    ctx = sample_context()
    text = squash(new_document("tribunal", ctx, "nb").all_text())
    assert CLIENT in text
    assert "3. mai 2024: Nektet adgang i døren ved 23-tiden" in text  # timeline, dated
    assert "etnisitet og religion" in text  # the grounds in the "why" sentence
    assert "Religion (klientens opplevelse; rådgivers vurdering)" in text
    assert f"{WITNESS}, {WITNESS_CONTACT}" in text  # consent given: with contact
    assert f"Klagen gjelder {COUNTERPART} (virksomhet)." in text
    assert "Samfunnsområde: Uteliv" in text


def test_attachments_are_numbered_as_the_evidence_list() -> None:
    ctx = sample_context()
    numbered = attachments(list(ctx.evidence))
    assert [n for n, _ in numbered] == [1, 2]  # the witness item has no file
    for lang, word in (("nb", "Vedlegg"), ("en", "Attachment")):
        doc = new_document("tribunal", ctx, lang)
        section = doc.section("attachments")
        assert section is not None
        for fmt in ("pdf", "docx"):
            data = render(doc, fmt, TODAY)
            text = squash(pdf_text(data) if fmt == "pdf" else docx_text(data))
            for n, item in numbered:
                assert f"{word} {n}: {item.description}" in text
            assert f"{word} 3:" not in text


def test_reordering_the_evidence_renumbers_the_attachments() -> None:
    ctx = sample_context()
    items = list(ctx.evidence)
    items[0].position, items[2].position = 3, 1
    doc = new_document("tribunal", sample_context(evidence=items), "nb")
    section = doc.section("attachments")
    assert section is not None
    assert section.text.startswith("Vedlegg 1: Kvittering fra garderoben")


def test_missing_facts_are_marked_and_listed_with_their_field() -> None:
    bare = sample_case(
        grounds=[], timeline=[], summary="", client=None, counterpart_name="", counterpart_type=None
    )
    ctx = sample_context(case=bare, evidence=[], answers={})
    doc = new_document("tribunal", ctx, "nb")
    facts = {(m.fact, m.field) for m in missing_facts(doc)}
    for expected in {
        ("client_name", "client_name"),
        ("what_happened", "summary"),
        ("why", "grounds"),
        ("timeline", "timeline"),
        ("who", "counterpart_type"),
        ("witnesses", "witnesses"),
        ("grounds", "grounds"),  # grounds_list has the same label
        ("attachments", "evidence"),
        ("place", "document"),
        ("reasoning", "document"),
    }:
        assert expected in facts, expected
    # the gaps are visible in both files
    for fmt in ("pdf", "docx"):
        data = render(doc, fmt, TODAY)
        text = squash(pdf_text(data) if fmt == "pdf" else docx_text(data))
        assert "[MANGLER: tidslinje med datoer]" in text
        assert "[MANGLER: diskrimineringsgrunnlag]" in text
        assert "[MANGLER: vedlegg (bevis)]" in text
    english = new_document("tribunal", ctx, "en")
    assert "[MISSING: a timeline with dates]" in english.all_text()


def test_gap_markers_are_highlighted_runs_in_docx() -> None:
    import docx

    ctx = sample_context(case=sample_case(timeline=[]))
    data = render(new_document("tribunal", ctx, "nb"), "docx", TODAY)
    runs = [r for p in docx.Document(io.BytesIO(data)).paragraphs for r in p.runs]
    gaps = [r for r in runs if r.text.startswith("[MANGLER:")]
    assert gaps and all(r.bold and r.font.highlight_color is not None for r in gaps)


def test_filling_a_fact_in_the_case_removes_its_gap_but_keeps_edits() -> None:
    ctx = sample_context(case=sample_case(timeline=[], summary=""))
    doc = new_document("tribunal", ctx, "nb")
    assert {"timeline", "what_happened"} <= {m.fact for m in missing_facts(doc)}
    what = doc.section("what")
    assert what is not None
    what.text = "Rådgiverens egen beskrivelse."  # the adviser writes it
    later = sample_context(
        case=sample_case(
            timeline=[TimelineEvent(date(2024, 5, 3), "Nektet adgang")], summary="Fra saken."
        )
    )
    fresh = refresh(doc, later)
    when, what2 = fresh.section("when"), fresh.section("what")
    assert when is not None and what2 is not None
    assert "3. mai 2024: Nektet adgang" in when.text  # unedited: follows the case
    assert what2.text == "Rådgiverens egen beskrivelse."  # edited: never overwritten
    assert what2.prefilled == "Fra saken."  # offered again by the editor
    assert "timeline" not in {m.fact for m in missing_facts(fresh)}


def test_a_gap_the_adviser_types_is_listed_too() -> None:
    doc = new_document("letter", sample_context(), "nb")
    section = doc.section("what")
    assert section is not None
    section.text += "\n[MANGLER: kvitteringen fra baren]"
    found = [m for m in missing_facts(doc) if m.label == "kvitteringen fra baren"]
    assert found and found[0].field == "document" and found[0].section_id == "what"


def test_language_of_the_document_is_its_own() -> None:
    ctx = sample_context()
    nb = new_document("tribunal", ctx, "nb")
    en = refresh(nb, ctx, lang="en")
    assert en.lang == "en" and en.title.startswith("Complaint")
    assert [s.heading for s in en.sections if s.id == "what"] == ["1. What happened"]


def test_three_year_warning_and_under_18_note() -> None:
    old = sample_case(timeline=[TimelineEvent(date(2021, 5, 1), "Oppsigelse")])
    ctx = sample_context(case=old)
    doc = new_document("tribunal", ctx, "nb")
    codes = {n.code: n for n in notices(doc, ctx)}
    assert codes["three_years"].level == "warning"
    assert "tre år" in codes["three_years"].text
    assert "§" not in codes["three_years"].text  # no section of law is cited
    assert "under_18" not in codes
    assert "tre år" not in doc.all_text()  # a warning for the adviser, not in the complaint
    recent = sample_context(case=sample_case(timeline=[TimelineEvent(date(2021, 6, 4), "x")]))
    assert "three_years" not in {n.code for n in notices(doc, recent)}

    minor = new_document("tribunal", ctx, "nb", {"under_18": True})
    assert "under_18" in {n.code for n in notices(minor, ctx)}
    note = minor.section("guardian_note")
    assert note is not None and "[MANGLER: navn på forelder eller verge]" in note.text
    assert ("guardian", "option:guardian") in {(m.fact, m.field) for m in missing_facts(minor)}
    named = refresh(minor, ctx, options={**minor.options, "guardian": "Leila Haddad"})
    note = named.section("guardian_note")
    assert note is not None and "Leila Haddad" in note.text


def test_police_suggestions_are_confirmed_or_removed_by_the_adviser() -> None:
    ctx = sample_context()
    doc = new_document("police", ctx, "nb")
    codes = [s.code for s in suggestions(doc, ctx)]
    assert codes == ["strl_185", "strl_186", "strl_263", "strl_264"]
    assert all(s.decision == "suggested" for s in suggestions(doc, ctx))
    assert all(s.reason for s in suggestions(doc, ctx))
    provisions = doc.section("provisions")
    assert provisions is not None and "§ 185" in provisions.text
    assert "[MANGLER: rådgivers vurdering]" in provisions.text
    decided = refresh(
        doc,
        ctx,
        options={"decisions": {c: "confirmed" for c in codes} | {"strl_264": "removed"}},
    )
    provisions = decided.section("provisions")
    assert provisions is not None
    assert "§ 185" in provisions.text and "§ 264" not in provisions.text
    assert not gaps_in(provisions.text)
    # the hate motive is stated clearly, and the online details are there
    text = decided.all_text()
    assert "hatmotivet blir etterforsket" in text
    for detail in (USER, URL, "Facebook", "4. mai 2024 01:12"):
        assert detail in text


def test_police_without_threats_suggests_no_threat_provisions() -> None:
    ctx = sample_context(answers={"safety.threats": False})
    codes = [s.code for s in suggestions(new_document("police", ctx, "en"), ctx)]
    assert "strl_263" not in codes and "strl_264" not in codes


def test_letter_asks_and_deadline() -> None:
    ctx = sample_context()
    doc = new_document("letter", ctx, "nb", {"asks": ["explanation", "apology"]})
    text = doc.all_text()
    assert "en unnskyldning" in text
    assert "17. juni 2024" in text  # two weeks after TODAY
    assert doc.recipient == COUNTERPART


def test_referral_to_the_mediation_desk_and_unknown_target() -> None:
    ctx = sample_context()
    doc = new_document("referral", ctx, "nb", {"to": "meglingsbenken", "consent": True})
    assert doc.recipient == "Meglingsbenken (DiMe)"
    assert "Fakta først" in doc.all_text()
    none = new_document("referral", ctx, "nb", {"to": "nowhere"})
    assert ("service_name", "option:to") in {(m.fact, m.field) for m in missing_facts(none)}


def test_authorisation_has_signature_lines_and_a_guardian_line_under_18() -> None:
    ctx = sample_context()
    doc = new_document("authorisation", ctx, "nb", {"under_18": True, "guardian": "Leila Haddad"})
    data = render(doc, "pdf", TODAY)
    text = squash(pdf_text(data))
    assert f"{CLIENT}, fullmaktsgiver" in text
    assert "Leila Haddad, forelder eller verge" in text
    assert "For DiMe – Diskrimineringshjelpen" in text


@pytest.mark.parametrize("kind", KINDS)
def test_redacted_copy_has_roles_not_names(kind: str) -> None:
    ctx = sample_context()
    doc = redact(new_document(kind, ctx, "nb", _options(kind) | {"guardian": "Leila Haddad"}), ctx)
    secrets = [CLIENT, "Samira", CONTACT, COUNTERPART, WITNESS, WITNESS_CONTACT, USER, URL,
               "DH-2024-017", "Leila"]  # fmt: skip
    for fmt in ("pdf", "docx"):
        data = render(doc, fmt, TODAY)
        text = pdf_text(data) if fmt == "pdf" else docx_text(data)
        for secret in secrets:
            assert secret not in text, (kind, fmt, secret)
        assert "ANONYMISERT KOPI" in text
    roles = doc.all_text()
    if kind in ("tribunal", "police", "letter", "authorisation", "referral"):
        assert "[klienten]" in roles


def test_redaction_replaces_whole_words_only() -> None:
    case = sample_case(client=Client(name="Ali Berg"), counterpart_name="", counterpart_type=None)
    ctx = sample_context(case=case, evidence=[])
    doc = new_document("letter", ctx, "nb")
    section = doc.section("what")
    assert section is not None
    section.text = "Ali fortalte at Bergen-turen og Alibaba ikke har noe med saken å gjøre."
    out = redact(doc, ctx).section("what")
    assert out is not None
    assert out.text == (
        "[klienten] fortalte at Bergen-turen og Alibaba ikke har noe med saken å gjøre."
    )


def test_document_properties_carry_no_personal_data() -> None:
    ctx = sample_context()
    doc = new_document("tribunal", ctx, "nb")
    data = render(doc, "docx", TODAY)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        props = z.read("docProps/core.xml").decode() + z.read("docProps/app.xml").decode()
        assert not [n for n in z.namelist() if "thumbnail" in n]
    for secret in (CLIENT, "Samira", COUNTERPART, "DH-2024-017", "python-docx"):
        assert secret not in props
    import docx

    core = docx.Document(io.BytesIO(data)).core_properties
    assert core.author == "DiMe Desktop" and core.last_modified_by == "DiMe Desktop"
    assert core.comments == "" and core.title == "Klage til Diskrimineringsnemnda"

    from pypdf import PdfReader

    meta = PdfReader(io.BytesIO(render(doc, "pdf", TODAY))).metadata
    assert meta is not None
    values = " ".join(str(v) for v in meta.values())
    for secret in (CLIENT, "Samira", COUNTERPART, "DH-2024-017"):
        assert secret not in values


def test_pdf_embeds_its_font() -> None:
    from pypdf import PdfReader

    data = render(new_document("police", sample_context(), "nb"), "pdf", TODAY)
    fonts = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("DejaVuSans" in f for f in fonts)


def test_export_writes_0600_and_returns_the_hash_of_the_file(tmp_path: Path) -> None:
    doc = new_document("tribunal", sample_context(), "nb")
    for name in ("klage.pdf", "klage.docx"):
        out = export_document(doc, tmp_path / name, made_on=TODAY)
        assert stat.S_IMODE(os.stat(out.path).st_mode) == 0o600
        assert out.sha256 == hashlib.sha256(out.path.read_bytes()).hexdigest()
        assert out.size == out.path.stat().st_size
    assert sorted(p.name for p in tmp_path.iterdir()) == ["klage.docx", "klage.pdf"]  # no temp
    with pytest.raises(OutputFileError, match=r"\.pdf or \.docx"):
        export_document(doc, tmp_path / "klage.txt")


def test_text_the_adviser_typed_is_printed_as_text_not_markup() -> None:
    doc = new_document("letter", sample_context(), "en")
    section = doc.section("what")
    assert section is not None
    section.text = 'He said <b>"go home"</b> & left {client_name} </w:t>'
    for fmt in ("pdf", "docx"):
        data = render(doc, fmt, TODAY)
        text = pdf_text(data) if fmt == "pdf" else docx_text(data)
        assert '<b>"go home"</b> & left {client_name} </w:t>' in squash(text)


# --- broken templates ---------------------------------------------------------------


def _broken(tmp_path: Path, change: Any) -> Path:
    raw = json.loads(resource_path("templates", "tribunal.json").read_text(encoding="utf-8"))
    change(raw)
    path = tmp_path / "tribunal.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


def _load(path: Path) -> None:
    kind = document_kinds()["tribunal"]
    load_template(path, facts_given=kind.facts | MACHINE_FACTS, phrases_needed=kind.phrases)


@pytest.mark.parametrize(
    ("change", "place", "problem"),
    [
        (
            lambda t: t["sections"][2]["body"].update(nb="{what_hapened}"),
            'sections[3] ("what").body',
            "unknown fact {what_hapened}",
        ),
        (
            lambda t: t["sections"][3]["heading"].pop("en"),
            'sections[4] ("why").heading',
            'missing its "en" version',
        ),
        (
            lambda t: t["sections"][4]["body"].update(en="{timeline} {area}"),
            'sections[5] ("when").body',
            "{area} is used only in the en text",
        ),
        (
            lambda t: t["notices"][0].update(when={"events_older_than_year": 3}),
            "notices[1].when",
            'unknown test "events_older_than_year"',
        ),
        (
            lambda t: t["sections"][1].update(when={"option": "under18", "is": True}),
            'sections[2] ("guardian_note").when',
            'unknown option "under18"',
        ),
        (
            lambda t: t["sections"][0].update(id="what"),
            "sections[3].id",
            'the name "what" appears twice',
        ),
        (lambda t: t.update(sektions=[]), "sektions", "unknown key"),
        (
            lambda t: t["facts"]["why"].update(field="grunds"),
            'facts."why".field',
            'unknown field "grunds"',
        ),
    ],
)
def test_a_broken_template_names_the_file_and_the_place(
    tmp_path: Path, change: Any, place: str, problem: str
) -> None:
    path = _broken(tmp_path, change)
    with pytest.raises(ReferenceDataError) as info:
        _load(path)
    message = str(info.value)
    assert message.startswith(str(path)), message
    assert place in message and problem in message, message


def test_template_that_is_not_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "tribunal.json"
    path.write_text('{\n  "format": 1,\n  "kind": "tribunal",\n}', encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"tribunal\.json: line 4"):
        _load(path)


# --- LibreOffice --------------------------------------------------------------------


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_docx_converts_with_libreoffice(tmp_path: Path) -> None:
    """Every kind, in one LibreOffice run (it starts slowly)."""
    docs = {kind: new_document(kind, sample_context(), "nb", _options(kind)) for kind in KINDS}
    sources = [
        str(export_document(doc, tmp_path / f"{kind}.docx", made_on=TODAY).path)
        for kind, doc in docs.items()
    ]
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "out"),
            *sources,
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for kind, doc in docs.items():
        converted = tmp_path / "out" / f"{kind}.pdf"
        assert converted.exists(), result.stdout + result.stderr
        text = squash(pdf_text(converted.read_bytes()))
        assert doc.title in text, kind
        assert CLIENT.split()[0] in text, kind  # the name may be broken at its hyphen


def test_sample_case_grounds_are_real_codes() -> None:
    from dime_desktop.reference import default_reference

    ref = default_reference()
    assert all(g.code in ref.grounds for g in sample_case().grounds)
    assert isinstance(sample_case().grounds[0], CaseGround)
