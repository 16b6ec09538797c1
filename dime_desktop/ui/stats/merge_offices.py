"""The statistics screen's merged summary of several offices (issue 13): pick
the offices' signed count files, check them (trusted senders only), and save
the merged summary PDF of the year shown — this vault's counts are one column
(named by Handover → This office)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from dime_desktop.errors import DimeError
from dime_desktop.ui.common.dialogs import ask_open_paths, ask_save_path, show_message
from dime_desktop.ui.common.error_text import error_text

COUNTS_FILTER = "DiMe office counts (*.dimecounts);;All files (*)"


class MergeOffices:
    """One run of "Merged summary of several offices…" from ``view``."""

    def __init__(self, view: Any) -> None:
        self.view = view
        self.columns: list[Any] = []

    def start(self) -> QWidget | None:
        year = self.view.current_year()
        if year is None:
            return None
        return ask_open_paths(
            self.view,
            QCoreApplication.translate("MergeOffices", "The offices' count files"),
            COUNTS_FILTER,
            lambda paths: self.files_chosen(year, paths),
            many=True,
        )

    def files_chosen(self, year: int, paths: list[Path]) -> None:
        from dime_desktop.cli.stats_commands import merged_offices

        vault = self.view.vault
        try:
            self.columns = merged_offices(vault, year, paths, None)
        except DimeError as exc:
            show_message(
                self.view,
                QCoreApplication.translate("MergeOffices", "Merged summary"),
                error_text(exc),
            )
            return
        ask_save_path(
            self.view,
            QCoreApplication.translate("MergeOffices", "Save the merged summary"),
            QCoreApplication.translate("MergeOffices", "dime-statistics-{year}-offices.pdf").format(
                year=year
            ),
            "PDF (*.pdf)",
            lambda path: self.write(year, path),
            default_suffix="pdf",
        )

    def write(self, year: int, path: Path) -> None:
        from dime_desktop.documents.merged_report import write_merged_report
        from dime_desktop.stats.merge import publish_merged

        try:
            merged = publish_merged(self.columns, year, self.view.threshold)
            write_merged_report(merged, path, lang=str(self.view._lang))
        except DimeError as exc:
            show_message(
                self.view,
                QCoreApplication.translate("MergeOffices", "Merged summary"),
                error_text(exc),
            )
            return
        show_message(
            self.view,
            QCoreApplication.translate("MergeOffices", "Merged summary saved"),
            QCoreApplication.translate(
                "MergeOffices", "Saved {path}, made from the offices {offices}."
            ).format(path=path, offices=", ".join(merged.names)),
            icon=QMessageBox.Icon.Information,
        )
