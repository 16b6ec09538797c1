"""The access log's Detail column says in words what every detail code the app
writes means (in bokmål and English), never the raw code."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from dime_desktop.ui.privacy.log_model import detail_label

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parent.parent

#: one of each shape the code writes (storage/, vault/, privacy/, drafting/, ui/)
CODES = [
    "passphrase", "recovery_key", "keychain", "key", "created", "key_rotated",
    "keep_statistics", "all", "auto", "manual", "daily", "before-restore",
    "to_new_folder", "over", "added", "updated", "moved", "removed", "evidence",
    "evidence_package", "checklist", "takeaway", "mediation", "pdf", "docx",
    "pdf.redacted", "added:12", "received:2026-11-30", "removed:40",
    "confirmed:5.10.5", "changed:3.10.5", "full:4", "summary:2", "store_identity",
    "contact_client", "share_tribunal", "police.created", "tribunal.created",
    "letter.version", "authorisation.removed", "referral.pdf", "police.docx.redacted",
    "mediation_agreement.pdf",
]  # fmt: skip


@pytest.fixture
def norwegian(qapp: object, tmp_path: Path) -> Iterator[None]:
    from PySide6.QtCore import QCoreApplication, QTranslator

    qm = tmp_path / "dime_nb.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    ts = ROOT / "i18n" / "dime_nb.ts"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _looks_like_a_code(text: str) -> bool:
    return "_" in text or re.match(r"^[a-z]+[.:][a-z0-9]", text) is not None


@pytest.mark.parametrize("code", CODES)
def test_every_detail_code_has_english_words(qapp: object, code: str) -> None:
    text = detail_label(code, "en")
    assert text and not _looks_like_a_code(text), (code, text)
    if not code.isalpha():  # a plain word ("evidence", "daily") is its own English
        assert text != code, (code, text)


@pytest.fixture
def english(qapp: object) -> dict[str, str]:
    return {code: detail_label(code, "en") for code in CODES}


def test_every_detail_code_has_norwegian_words(english: dict[str, str], norwegian: None) -> None:
    for code in CODES:
        text = detail_label(code, "nb")
        assert text != code and not _looks_like_a_code(text), (code, text)
        if code not in ("pdf", "docx"):
            assert text != english[code], f"{code!r} is not translated: {text!r}"
    assert detail_label("police.created", "nb") == "anmeldelse til politiet: utkast påbegynt"
    assert detail_label("received:2026-11-30", "nb") == "forespørsel mottatt 30.11.2026"
    assert detail_label("added", "nb") == "bevis lagt til"


def test_an_unknown_code_shows_as_it_is(qapp: object) -> None:
    assert detail_label("something_newer", "nb") == "something_newer"
