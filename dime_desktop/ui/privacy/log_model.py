"""The access log on screen (issue 12): a table model of entries with the
events and field names in words. Used by the case's "who saw this case" tab
and the coordinator's log view. Entries hold no content, only names of staff,
references and field names, so nothing here is hidden in discreet mode."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from dime_desktop.storage import access_log as audit
from dime_desktop.storage.access_log import LogEntry
from dime_desktop.ui.common.widgets import format_datetime

_Index = QModelIndex | QPersistentModelIndex

COL_WHEN, COL_WHO, COL_EVENT, COL_CASE, COL_FIELDS, COL_DETAIL = range(6)


def event_label(code: str) -> str:
    labels = {
        audit.OPENED: QCoreApplication.translate("AccessLog", "Case opened"),
        audit.CREATED: QCoreApplication.translate("AccessLog", "Case created"),
        audit.CHANGED: QCoreApplication.translate("AccessLog", "Changed"),
        audit.PRINTED: QCoreApplication.translate("AccessLog", "Printed"),
        audit.EXPORTED: QCoreApplication.translate("AccessLog", "Exported"),
        audit.SEALED: QCoreApplication.translate("AccessLog", "Marked as sent"),
        audit.HANDED_OVER: QCoreApplication.translate("AccessLog", "Handed over"),
        audit.DELETED: QCoreApplication.translate("AccessLog", "Deleted"),
        audit.SUBJECT_ACCESS: QCoreApplication.translate("AccessLog", "Own copy for the person"),
        audit.CONSENT_WITHDRAWN: QCoreApplication.translate("AccessLog", "Consent withdrawn"),
        audit.UNLOCK: QCoreApplication.translate("AccessLog", "Unlocked"),
        audit.LOCK: QCoreApplication.translate("AccessLog", "Locked"),
        audit.UNLOCK_FAILED: QCoreApplication.translate("AccessLog", "Failed unlock"),
        audit.BACKUP: QCoreApplication.translate("AccessLog", "Backup"),
        audit.RESTORE: QCoreApplication.translate("AccessLog", "Restored from a backup"),
        audit.PASSPHRASE_CHANGED: QCoreApplication.translate(
            "AccessLog", "Passphrase or key changed"
        ),
        audit.IMPORT: QCoreApplication.translate("AccessLog", "Earlier register imported"),
        audit.RETENTION: QCoreApplication.translate("AccessLog", "Retention rules"),
        audit.LOG_PRUNED: QCoreApplication.translate("AccessLog", "Old log entries removed"),
    }
    return labels.get(code, code)


def field_label(code: str, language: str) -> str:
    if code.startswith("consents."):
        from dime_desktop.privacy.consent import texts

        purpose = texts().label(code[9:], language).lower()
        return QCoreApplication.translate("AccessLog", "consent: {purpose}").format(purpose=purpose)
    labels = {
        "reference": QCoreApplication.translate("AccessLog", "reference"),
        "opened": QCoreApplication.translate("AccessLog", "opened"),
        "closed": QCoreApplication.translate("AccessLog", "closed"),
        "status": QCoreApplication.translate("AccessLog", "status"),
        "channel": QCoreApplication.translate("AccessLog", "channel"),
        "area": QCoreApplication.translate("AccessLog", "area"),
        "track": QCoreApplication.translate("AccessLog", "track"),
        "counterpart_type": QCoreApplication.translate("AccessLog", "counterpart type"),
        "counterpart_name": QCoreApplication.translate("AccessLog", "counterpart name"),
        "summary": QCoreApplication.translate("AccessLog", "summary"),
        "grounds": QCoreApplication.translate("AccessLog", "grounds"),
        "incident_types": QCoreApplication.translate("AccessLog", "incident types"),
        "journal": QCoreApplication.translate("AccessLog", "journal"),
        "follow_ups": QCoreApplication.translate("AccessLog", "follow-up"),
        "timeline": QCoreApplication.translate("AccessLog", "timeline"),
        "mediation": QCoreApplication.translate("AccessLog", "mediation"),
        "client": QCoreApplication.translate("AccessLog", "client"),
        "client_name": QCoreApplication.translate("AccessLog", "client's name"),
        "client_contact": QCoreApplication.translate("AccessLog", "client's contact"),
        "client_language": QCoreApplication.translate("AccessLog", "language"),
        "client_interpreter": QCoreApplication.translate("AccessLog", "interpreter"),
        "client_notes": QCoreApplication.translate("AccessLog", "client notes"),
        "evidence": QCoreApplication.translate("AccessLog", "evidence"),
        "documents": QCoreApplication.translate("AccessLog", "documents"),
        "intake": QCoreApplication.translate("AccessLog", "sorting conversation"),
    }
    return labels.get(code, code)


def _document_name(kind: str) -> str:
    names = {
        "tribunal": QCoreApplication.translate("AccessLog", "complaint to the tribunal"),
        "police": QCoreApplication.translate("AccessLog", "police report"),
        "letter": QCoreApplication.translate("AccessLog", "letter to the other party"),
        "authorisation": QCoreApplication.translate("AccessLog", "authorisation"),
        "referral": QCoreApplication.translate("AccessLog", "referral letter"),
        "mediation_agreement": QCoreApplication.translate("AccessLog", "mediation agreement"),
    }
    return names.get(kind, kind)


def _file_format(code: str) -> str:
    formats = {"pdf": "PDF", "docx": "DOCX", "zip": "ZIP"}
    return formats.get(code, code)


def detail_label(detail: str, language: str = "nb") -> str:
    """Every detail code the app writes (``storage/access_log.py`` and the
    modules that log), in words; an unknown one (a newer version's) as it is."""
    if not detail:
        return ""
    words = {
        # unlock, failed unlock, passphrase changed
        "passphrase": QCoreApplication.translate("AccessLog", "with the passphrase"),
        "recovery_key": QCoreApplication.translate("AccessLog", "with the recovery key"),
        "keychain": QCoreApplication.translate("AccessLog", "from this device's keychain"),
        "key": QCoreApplication.translate("AccessLog", "with the vault key"),
        "created": QCoreApplication.translate("AccessLog", "vault created"),
        "key_rotated": QCoreApplication.translate("AccessLog", "new key"),
        # deleted
        "keep_statistics": QCoreApplication.translate("AccessLog", "anonymised"),
        "all": QCoreApplication.translate("AccessLog", "completely"),
        # backups, restore
        "auto": QCoreApplication.translate("AccessLog", "automatic"),
        "manual": QCoreApplication.translate("AccessLog", "on request"),
        "daily": QCoreApplication.translate("AccessLog", "daily"),
        "before-restore": QCoreApplication.translate("AccessLog", "before a restore"),
        "to_new_folder": QCoreApplication.translate("AccessLog", "into a new folder"),
        "over": QCoreApplication.translate("AccessLog", "over this vault"),
        # evidence changed, exported
        "added": QCoreApplication.translate("AccessLog", "evidence added"),
        "updated": QCoreApplication.translate("AccessLog", "evidence changed"),
        "moved": QCoreApplication.translate("AccessLog", "evidence moved"),
        "removed": QCoreApplication.translate("AccessLog", "evidence removed"),
        "evidence": QCoreApplication.translate("AccessLog", "evidence"),
        "evidence_package": QCoreApplication.translate("AccessLog", "evidence package"),
        # the intake's documents, the mediation screen
        "checklist": QCoreApplication.translate("AccessLog", "checklist"),
        "takeaway": QCoreApplication.translate("AccessLog", "take-away sheet"),
        "mediation": QCoreApplication.translate("AccessLog", "mediation case"),
        # a document draft exported or marked as sent
        "pdf": "PDF",
        "docx": "DOCX",
        "pdf.redacted": QCoreApplication.translate("AccessLog", "PDF, anonymised copy"),
        "docx.redacted": QCoreApplication.translate("AccessLog", "DOCX, anonymised copy"),
        # handed over
        "full": QCoreApplication.translate("AccessLog", "whole case"),
        "summary": QCoreApplication.translate("AccessLog", "summary"),
    }
    if detail in words:
        return words[detail]
    head, _, rest = detail.partition(":")
    if head == "added" and rest:
        return QCoreApplication.translate("AccessLog", "{n} cases").format(n=rest)
    if head == "received" and rest:
        day = rest.split(":")[0]
        try:
            from datetime import date

            parsed = date.fromisoformat(day)
            day = parsed.isoformat() if language == "en" else parsed.strftime("%d.%m.%Y")
        except ValueError:
            pass
        return QCoreApplication.translate("AccessLog", "request received {date}").format(date=day)
    if head == "removed" and rest:
        return QCoreApplication.translate("AccessLog", "{n} removed").format(n=rest)
    if head in ("confirmed", "changed") and rest.count(".") == 2:
        advice, mediation, log = rest.split(".")
        text = (
            QCoreApplication.translate("AccessLog", "rules confirmed")
            if head == "confirmed"
            else QCoreApplication.translate("AccessLog", "rules changed")
        )
        years = QCoreApplication.translate(
            "AccessLog", "advice {advice} y, mediation {mediation} y, log {log} y"
        ).format(advice=advice, mediation=mediation, log=log)
        return f"{text}: {years}"
    if head in ("full", "summary") and rest:
        return QCoreApplication.translate("AccessLog", "{content}, bundle no. {n}").format(
            content=words[head], n=rest
        )
    if detail in _consent_codes():
        from dime_desktop.privacy.consent import texts

        return texts().label(detail, language).lower()
    kind, dot, what = detail.partition(".")
    if dot and kind in _DOCUMENT_KINDS:
        name = _document_name(kind)
        steps = {
            "created": QCoreApplication.translate("AccessLog", "{document}: draft started"),
            "version": QCoreApplication.translate("AccessLog", "{document}: new version"),
            "removed": QCoreApplication.translate("AccessLog", "{document}: draft removed"),
        }
        if what in steps:
            return steps[what].format(document=name)
        fmt, _, redacted = what.partition(".")
        if redacted == "redacted":
            return QCoreApplication.translate(
                "AccessLog", "{document}, {format}, anonymised copy"
            ).format(document=name, format=_file_format(fmt))
        return f"{name}, {_file_format(fmt)}"
    return detail


_DOCUMENT_KINDS = (
    "tribunal",
    "police",
    "letter",
    "authorisation",
    "referral",
    "mediation_agreement",
)


def _consent_codes() -> tuple[str, ...]:
    from dime_desktop.cases.model import CONSENT_PURPOSES

    return tuple(CONSENT_PURPOSES)


def when_text(entry: LogEntry, language: str) -> str:
    return format_datetime(entry.at, language)


class LogTableModel(QAbstractTableModel):
    def __init__(self, language: str, parent: Any = None) -> None:
        super().__init__(parent)
        self._language = language
        self._entries: list[LogEntry] = []

    def set_entries(self, entries: list[LogEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[LogEntry]:
        return list(self._entries)

    def clear(self) -> None:
        self.set_entries([])

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            QCoreApplication.translate("AccessLog", "When"),
            QCoreApplication.translate("AccessLog", "Who"),
            QCoreApplication.translate("AccessLog", "What"),
            QCoreApplication.translate("AccessLog", "Case"),
            QCoreApplication.translate("AccessLog", "Fields"),
            QCoreApplication.translate("AccessLog", "Detail"),
        ][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        e = self._entries[index.row()]
        col = index.column()
        if col == COL_WHEN:
            return when_text(e, self._language)
        if col == COL_WHO:
            return e.actor or QCoreApplication.translate("AccessLog", "(unknown)")
        if col == COL_EVENT:
            return event_label(e.event)
        if col == COL_CASE:
            return e.case_ref
        if col == COL_FIELDS:
            return ", ".join(field_label(f, self._language) for f in e.fields)
        return detail_label(e.detail, self._language)
