"""Translated words of the handover screens (field names, consent, content)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from dime_desktop.handover.content import FULL
from dime_desktop.handover.merge import format_value


def field_label(field: str) -> str:
    labels = {
        "opened": QCoreApplication.translate("Handover", "Opened"),
        "closed": QCoreApplication.translate("Handover", "Closed"),
        "status": QCoreApplication.translate("Handover", "Status"),
        "channel": QCoreApplication.translate("Handover", "Channel"),
        "area": QCoreApplication.translate("Handover", "Area"),
        "track": QCoreApplication.translate("Handover", "Track"),
        "grounds": QCoreApplication.translate("Handover", "Grounds"),
        "incident_types": QCoreApplication.translate("Handover", "Incident types"),
        "counterpart_type": QCoreApplication.translate("Handover", "Counterpart type"),
        "counterpart_name": QCoreApplication.translate("Handover", "Counterpart"),
        "summary": QCoreApplication.translate("Handover", "Summary"),
        "mediation.referred": QCoreApplication.translate("Handover", "Sent to mediation"),
        "mediation.area": QCoreApplication.translate("Handover", "Mediation area"),
        "mediation.outcome": QCoreApplication.translate("Handover", "Mediation outcome"),
        "client.name": QCoreApplication.translate("Handover", "Client's name"),
        "client.contact": QCoreApplication.translate("Handover", "Client's contact details"),
        "client.preferred_language": QCoreApplication.translate("Handover", "Client's language"),
        "client.interpreter_needed": QCoreApplication.translate("Handover", "Interpreter needed"),
        "client.consent_to_store": QCoreApplication.translate("Handover", "Consent to store"),
        "client.notes": QCoreApplication.translate("Handover", "Notes on the client"),
        "intake": QCoreApplication.translate("Handover", "Intake answers"),
        "mediation": QCoreApplication.translate("Handover", "Mediation record"),
        "follow_up": QCoreApplication.translate("Handover", "Follow-up"),
        "evidence": QCoreApplication.translate("Handover", "Evidence item"),
        "consent": QCoreApplication.translate("Handover", "Consent"),
    }
    return labels.get(field, field)


def consent_text(source: str, given: bool) -> str:
    if source == "anonymous":
        return QCoreApplication.translate("Handover", "anonymous contact")
    if source == "consent_record":
        return (
            QCoreApplication.translate("Handover", "consent to share recorded")
            if given
            else QCoreApplication.translate("Handover", "no consent to share")
        )
    return (
        QCoreApplication.translate("Handover", "consent given (to store)")
        if given
        else QCoreApplication.translate("Handover", "no consent")
    )


def content_text(content: str) -> str:
    return (
        QCoreApplication.translate("Handover", "whole case")
        if content == FULL
        else QCoreApplication.translate("Handover", "referral summary")
    )


def added_text(added: dict[str, int]) -> str:
    parts = []
    words = {
        "journal": QCoreApplication.translate("Handover", "journal entries: {n}"),
        "follow_ups": QCoreApplication.translate("Handover", "follow-ups: {n}"),
        "timeline": QCoreApplication.translate("Handover", "timeline events: {n}"),
        "evidence": QCoreApplication.translate("Handover", "evidence items: {n}"),
        "drafts": QCoreApplication.translate("Handover", "documents: {n}"),
        "versions": QCoreApplication.translate("Handover", "document versions: {n}"),
        "intake": QCoreApplication.translate("Handover", "intake answers"),
        "mediation": QCoreApplication.translate("Handover", "mediation record"),
        "consents": QCoreApplication.translate("Handover", "consents: {n}"),
    }
    for key, n in added.items():
        if n and key in words:
            parts.append(words[key].format(n=n))
    return ", ".join(parts)


def value_text(key: str, value: Any, lang: str) -> str:
    return format_value(key, value, lang)
