"""The statistics screen: a year picker, every table with its bar chart,
"Save summary as PDF", "Print", and CSV/XLSX export.

The chart (``ui/stats/bar_chart.py``) writes every category in full beside its
bars, also at 1280×720. CSV is offered with ";" (what Norwegian spreadsheet
programs expect, the default in bokmål) or "," (the default in English): the
file dialog's type list says which. File and message dialogs never block
(``ui/common/dialogs.py``).

The screen shows exact numbers (it is for the service itself); everything
that leaves the program (PDF, print, CSV, XLSX) is suppressed with the
threshold of the settings. PDF rendering runs in the background
(``ui/tasks.run_task``). A year's counts are read on the worker thread
(``ui/common/tasks.py``) when the year has more than SYNC_CASES cases (at
100,000 cases a year takes 60-200 ms; the screen shows "Counting…" and stays
usable; a newer year, or a lock, drops an older result), else at once; the
storage keeps each year's counts until the vault changes, so going back to a
year is instant (issue 14).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.cases.model import CaseFilter
from dime_desktop.documents.yearly_report import YearlyReport, texts_for
from dime_desktop.errors import DimeError
from dime_desktop.reference import default_reference
from dime_desktop.stats.export import write_export
from dime_desktop.stats.tables import (
    StatTable,
    YearStatistics,
    build_tables,
    row_label,
    year_statistics,
)
from dime_desktop.ui.common.dialogs import ask_save_path, show_message
from dime_desktop.ui.common.tasks import Task
from dime_desktop.ui.common.widgets import install_wheel_guard
from dime_desktop.ui.stats.bar_chart import BarChart, Series

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class StatTableModel(QAbstractTableModel):
    """One statistics table: category, this year, previous year (if any)."""

    COL_LABEL = 0
    COL_COUNT = 1
    COL_PREVIOUS = 2

    def __init__(self, lang: str = "nb", parent: Any = None) -> None:
        super().__init__(parent)
        self._table: StatTable | None = None
        self._lang = lang
        self._ref = default_reference()

    def set_table(self, table: StatTable | None) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    @property
    def table(self) -> StatTable | None:
        return self._table

    def rowCount(self, parent: _Index = _ROOT) -> int:
        if parent.isValid() or self._table is None:
            return 0
        return len(self._table.rows) + (1 if self._table.spec.partition else 0)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        if parent.isValid() or self._table is None:
            return 0
        return 3 if self._table.has_previous else 2

    def label(self, row: int) -> str:
        assert self._table is not None
        if row == len(self._table.rows):
            return self.tr("Total")
        code = self._table.rows[row].code
        return row_label(self._table, code, self._ref, self._lang, self.tr("Not recorded"))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        t = self._table
        if t is None or not index.isValid():
            return None
        row, col = index.row(), index.column()
        total_row = row == len(t.rows)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_LABEL:
                return self.label(row)
            if col == self.COL_COUNT:
                return str(t.total if total_row else t.rows[row].count)
            if col == self.COL_PREVIOUS:
                value = t.previous_total if total_row else t.rows[row].previous
                return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.COL_LABEL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole and not total_row:
            return t.rows[row].code
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        t = self._table
        if section == self.COL_LABEL:
            return self.tr("Category")
        if t is None:
            return None
        return str(self._year if section == self.COL_COUNT else self._year - 1)

    _year = 0

    def set_year(self, year: int) -> None:
        self._year = year


# A year of at most this many cases is counted at once (a few milliseconds);
# a larger one on the worker thread.
SYNC_CASES = 2000


def _count_year(queries: Any, year: int) -> tuple[YearStatistics, list[StatTable]]:
    """A year's statistics and its tables with rows (no widgets: worker-safe)."""
    stats = year_statistics(queries, year)
    return stats, [t for t in build_tables(stats) if t.rows]


CURRENT_COLOR = "#0f5c6e"
PREVIOUS_COLOR = "#a9cdd5"


class StatisticsView(QWidget):
    pdf_saved = Signal(str)
    exported = Signal(str)  # path of a CSV or XLSX file just written

    def __init__(self, vault: Any, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_wheel_guard()
        self.vault = vault
        self.settings = settings
        self.stats: YearStatistics | None = None
        self.tables: list[StatTable] = []
        self._generation = 0
        self._lang = getattr(settings, "language", "nb")

        self.year_combo = QComboBox()
        self.year_combo.setObjectName("year")
        self.year_combo.setAccessibleName(self.tr("Year"))
        self.year_label = QLabel(self.tr("&Year:"))
        self.year_label.setBuddy(self.year_combo)
        self.summary_label = QLabel()
        self.save_pdf_button = QPushButton(self.tr("Save summary as PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.xlsx_button = QPushButton(self.tr("Export XLSX…"))
        # issue 13: the merged summary of several offices (ui/stats/merge_offices.py)
        self.merge_button = QPushButton(self.tr("Several offices…"))
        self.merge_button.setToolTip(self.tr("A merged summary with the offices' count files"))
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year_combo)
        top.addWidget(self.summary_label, 1)
        for b in (
            self.save_pdf_button,
            self.print_button,
            self.csv_button,
            self.xlsx_button,
            self.merge_button,
        ):
            top.addWidget(b)

        self.table_list = QListWidget()
        self.table_list.setAccessibleName(self.tr("Tables"))
        self.table_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.model = StatTableModel(self._lang, self)
        self.table_view = QTableView()
        self.table_view.setModel(self.model)
        self.table_view.verticalHeader().hide()
        self.table_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.table_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.table_view.setWordWrap(False)
        self.table_view.setTabKeyNavigation(False)
        self.table_view.setAccessibleName(self.tr("Table"))
        self.chart = BarChart()
        self.chart_scroll = QScrollArea()
        self.chart_scroll.setWidgetResizable(True)
        self.chart_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.chart_scroll.setWidget(self.chart)
        self.chart_scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        top_right = QWidget()
        tl = QVBoxLayout(top_right)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.table_view, 1)
        tl.addWidget(self.note_label)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(top_right)
        right.addWidget(self.chart_scroll)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        right.setChildrenCollapsible(False)
        line = self.fontMetrics().lineSpacing()
        right.setSizes([line * 10, line * 16])  # the chart gets the larger part
        split = QSplitter()
        split.addWidget(self.table_list)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(split, 1)

        self.year_combo.currentIndexChanged.connect(self._year_changed)
        self.table_list.currentRowChanged.connect(self._show_table)
        self.save_pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_summary)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.merge_button.clicked.connect(self.merge_offices)
        self.reload_years()

    # --- data ---------------------------------------------------------------
    @property
    def threshold(self) -> int:
        return int(getattr(self.settings, "suppression_threshold", 3) or 3)

    def reload_years(self) -> None:
        years = self.vault.cases.years()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for y in years:
            self.year_combo.addItem(str(y), y)
        self.year_combo.blockSignals(False)
        if years:
            self.load_year(years[0])
        else:
            self.clear()
            self.summary_label.setText(self.tr("No cases yet."))
        self._enable()

    def current_year(self) -> int | None:
        y = self.year_combo.currentData()
        return int(y) if y is not None else None

    def _year_changed(self, _index: int) -> None:
        y = self.current_year()
        if y is not None:
            self.load_year(y)

    def load_year(self, year: int) -> None:
        i = self.year_combo.findData(year)
        if i >= 0 and i != self.year_combo.currentIndex():
            self.year_combo.setCurrentIndex(i)  # calls back into load_year
            return
        self._generation += 1
        generation = self._generation
        queries = self.vault.statistics
        if self.vault.cases.count(CaseFilter(year=year)) <= SYNC_CASES:
            self._show_year(_count_year(queries, year))
            return
        self.summary_label.setText(self.tr("Counting…"))

        def counted(result: tuple[YearStatistics, list[StatTable]]) -> None:
            if generation == self._generation:
                self._show_year(result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._failed(exc)

        Task(lambda: _count_year(queries, year)).success(counted).failure(failed).run()

    def _show_year(self, result: tuple[YearStatistics, list[StatTable]]) -> None:
        self.stats, self.tables = result
        year = self.stats.year
        texts = texts_for(self._lang)
        self.model.set_year(year)
        self.table_list.blockSignals(True)
        self.table_list.clear()
        for t in self.tables:
            self.table_list.addItem(str(texts["tables"][t.key]))
        self.table_list.blockSignals(False)
        c = self.stats.current
        cases = self.tr("1 case") if c.cases == 1 else self.tr("{n} cases").format(n=c.cases)
        self.summary_label.setText(
            self.tr("{cases}, {referred} sent to mediation").format(
                cases=cases, referred=c.mediation.referred
            )
        )
        self.table_list.setMinimumWidth(self.table_list.sizeHintForColumn(0) + 24)
        self.table_list.setCurrentRow(0 if self.tables else -1)
        if not self.tables:
            self._show_table(-1)
        self._enable()

    def _enable(self) -> None:
        on = self.stats is not None and self.stats.current.has_data
        for b in (self.save_pdf_button, self.print_button, self.csv_button, self.xlsx_button):
            b.setEnabled(on)

    def _show_table(self, row: int) -> None:
        table = self.tables[row] if 0 <= row < len(self.tables) else None
        self.model.set_table(table)
        if self.model.columnCount() > 0:
            # the category column takes the room left by the number columns
            self.table_view.horizontalHeader().setSectionResizeMode(
                0, QHeaderView.ResizeMode.Stretch
            )
        texts = texts_for(self._lang)
        note = texts["table_notes"].get(table.key, "") if table else ""
        self.note_label.setText(str(note).format(total=table.total) if table else "")
        self._draw_chart(table)

    def _draw_chart(self, table: StatTable | None) -> None:
        if table is None or self.stats is None:
            self.chart.clear()
            return
        labels = [self.model.label(i) for i in range(len(table.rows))]
        series = [
            Series(str(self.stats.year), tuple(r.count for r in table.rows), QColor(CURRENT_COLOR))
        ]
        if table.has_previous:
            series.append(
                Series(
                    str(self.stats.year - 1),
                    tuple(r.previous or 0 for r in table.rows),
                    QColor(PREVIOUS_COLOR),
                )
            )
        self.chart.set_data(labels, series)

    def clear(self) -> None:
        """Forget everything shown (on lock); counts still being read are dropped."""
        self._generation += 1
        self.stats = None
        self.tables = []
        self.model.set_table(None)
        self.table_list.clear()
        self.note_label.clear()
        self.summary_label.clear()
        self._draw_chart(None)
        self._enable()

    # --- outputs ------------------------------------------------------------
    def report(self) -> YearlyReport:
        assert self.stats is not None
        activities = self.vault.outreach.list(self.stats.year)
        return YearlyReport(self.stats, activities, lang=self._lang, threshold=self.threshold)

    def merge_offices(self) -> None:
        from dime_desktop.ui.stats.merge_offices import MergeOffices

        self._merge = MergeOffices(self)
        self._merge.start()

    def save_pdf(self) -> QFileDialog | None:
        if self.stats is None:
            return None
        return ask_save_path(
            self,
            self.tr("Save summary as PDF"),
            self.tr("dime-statistics-{year}.pdf").format(year=self.stats.year),
            self.tr("PDF files (*.pdf)"),
            self.write_pdf,
            default_suffix="pdf",
        )

    def write_pdf(self, path: Path) -> None:
        from dime_desktop.documents.pdf import write_pdf
        from dime_desktop.ui.common.tasks import run_task

        report = self.report()  # reads the vault here, renders in the background

        def done(data: bytes) -> None:
            write_pdf(path, data)
            self.pdf_saved.emit(str(path))

        run_task(
            self,
            report.render,
            success=done,
            failure=self._failed,
            progress_label=self.tr("Making the summary…"),
        )

    def csv_filters(self) -> tuple[str, str]:
        """The two CSV kinds of the file dialog: semicolon first, then comma."""
        return (
            self.tr("CSV with semicolons, for Norwegian spreadsheets (*.csv)"),
            self.tr("CSV with commas (*.csv)"),
        )

    def export(self, fmt: str) -> QFileDialog | None:
        """Ask where (and for CSV which separator), then write."""
        if self.stats is None:
            return None
        semicolon, comma = self.csv_filters()
        xlsx = self.tr("Excel files (*.xlsx)")
        filters = ";;".join((semicolon, comma)) if fmt == "csv" else xlsx
        name = self.tr("dime-statistics-{year}").format(year=self.stats.year) + f".{fmt}"
        holder: list[QFileDialog] = []

        def chosen(path: Path) -> None:
            delimiter = ","
            if fmt == "csv" and holder and holder[0].selectedNameFilter() == semicolon:
                delimiter = ";"
            self.export_to(path, fmt, delimiter=delimiter)

        dialog = ask_save_path(
            self, self.tr("Export tables"), name, filters, chosen, default_suffix=fmt
        )
        holder.append(dialog)
        if fmt == "csv":
            dialog.selectNameFilter(comma if self._lang == "en" else semicolon)
        return dialog

    def export_to(self, path: Path, fmt: str, *, delimiter: str = ",") -> None:
        assert self.stats is not None
        try:
            write_export(
                path,
                self.stats,
                fmt=fmt,
                lang=self._lang,
                threshold=self.threshold,
                delimiter=delimiter,
            )
        except Exception as exc:
            self._failed(exc)
            return
        self.exported.emit(str(path))

    def print_summary(self) -> None:
        """Print the summary exactly as "Save summary as PDF" writes it."""
        from dime_desktop.ui.common.printing import print_pdf

        if self.stats is None:
            return
        try:
            print_pdf(self, self.report().render(), self.tr("Print the summary"))
        except DimeError as exc:
            self._failed(exc)

    def print_to(self, printer: QPrinter) -> None:
        from dime_desktop.ui.common.printing import render_pdf_to_printer

        render_pdf_to_printer(self.report().render(), printer)

    def _failed(self, exc: BaseException) -> None:
        from dime_desktop.ui.common.error_text import error_text

        show_message(self, self.tr("Statistics"), error_text(exc))
