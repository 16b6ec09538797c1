"""The documents table model and stored times shown as local time, without a widget."""

from __future__ import annotations

from datetime import timedelta, timezone
from typing import Any

from PySide6.QtCore import Qt

from dime_desktop.ui.drafting.models import (
    COL_SAVED,
    DraftIdRole,
    DraftsTableModel,
    local_time_text,
)

OSLO_WINTER = timezone(timedelta(hours=1))


def test_a_stored_utc_time_is_shown_in_local_time_and_the_uis_format() -> None:
    stored = "2026-12-02T01:26:09+00:00"
    assert local_time_text(stored, "nb", tz=OSLO_WINTER) == "02.12.2026 02:26"
    assert local_time_text(stored, "en", tz=OSLO_WINTER) == "2026-12-02 02:26"
    assert local_time_text("2026-12-02T23:30:00", "nb", tz=OSLO_WINTER) == "03.12.2026 00:30"
    assert local_time_text("not a time", "nb") == "not a time"


def test_drafts_model(qapp: Any) -> None:
    model = DraftsTableModel()
    model.set_rows([(4, ("Klage", "bokmål", "2", "02.12.2026 02:26", ""))])
    assert model.rowCount() == 1 and model.columnCount() == 5
    assert model.data(model.index(0, COL_SAVED)) == "02.12.2026 02:26"
    assert model.data(model.index(0, 0), DraftIdRole) == 4
    assert model.headerData(COL_SAVED, Qt.Orientation.Horizontal) == "Saved"


def test_an_export_in_the_mark_as_sent_list_says_local_time_not_utc(monkeypatch: Any) -> None:
    import time

    from dime_desktop.storage.document_drafts import ExportRecord
    from dime_desktop.ui.drafting.mark_sent import export_text

    monkeypatch.setenv("TZ", "Europe/Oslo")
    time.tzset()
    try:
        record = ExportRecord(1, 1, "2026-12-02T01:26:09+00:00", "pdf", "ab" * 32, 100, False)
        nb, en = export_text(record, "nb"), export_text(record, "en")
    finally:
        monkeypatch.undo()
        time.tzset()
    assert nb == "PDF · 02.12.2026 02:26 · SHA-256 abababababababab…"
    assert en.startswith("PDF · 2026-12-02 02:26 · ")
    assert "UTC" not in nb + en
