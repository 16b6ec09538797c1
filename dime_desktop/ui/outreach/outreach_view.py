"""The outreach log screen (annual report chapter 4): courses, talks, stands
at events, media coverage, for one year or all years.

The list is a :class:`OutreachTableModel` (testable without widgets) in a
table view; add and edit go through :class:`OutreachDialog`, which shows each
problem right under the field it concerns; delete asks first. Dialogs are
opened window-modal with ``open()`` (never a nested event loop), so the
screen can be locked while one is open and ``clear()`` closes it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.errors import DimeError, OutreachInvalid
from dime_desktop.outreach.model import OutreachActivity
from dime_desktop.reference import ReferenceData, default_reference
from dime_desktop.ui.common.dialogs import show_message
from dime_desktop.ui.common.error_text import error_text
from dime_desktop.ui.common.widgets import (
    DateEdit,
    ProblemLabel,
    format_date,
    install_wheel_guard,
)

_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
KEEP = object()  # reload(): keep the chosen year


def _language(settings: Any) -> str:
    lang = getattr(settings, "language", "nb")
    return "en" if lang == "en" else "nb"


class OutreachTableModel(QAbstractTableModel):
    """The logged activities: date, kind, title, organiser/audience, participants."""

    COL_DATE = 0
    COL_KIND = 1
    COL_TITLE = 2
    COL_AUDIENCE = 3
    COL_PARTICIPANTS = 4
    COLUMN_COUNT = 5

    def __init__(
        self, lang: str = "nb", reference: ReferenceData | None = None, parent: Any = None
    ) -> None:
        super().__init__(parent)
        self._lang = lang
        self._ref = reference if reference is not None else default_reference()
        self._items: list[OutreachActivity] = []

    # --- contents -------------------------------------------------------------
    def set_activities(self, activities: list[OutreachActivity]) -> None:
        self.beginResetModel()
        self._items = list(activities)
        self.endResetModel()

    def clear(self) -> None:
        self.set_activities([])

    def activities(self) -> list[OutreachActivity]:
        return list(self._items)

    def activity(self, row: int) -> OutreachActivity:
        return self._items[row]

    def row_of(self, activity_id: int | None) -> int:
        """Row of the activity with this id, -1 if it is not shown."""
        for row, a in enumerate(self._items):
            if a.id == activity_id:
                return row
        return -1

    def participants_text(self, a: OutreachActivity) -> str:
        if a.participants is None:
            return ""
        if a.participants_approx:
            return self.tr("ca. {n}").format(n=a.participants)
        return str(a.participants)

    def kind_label(self, code: str) -> str:
        try:
            return self._ref.outreach_kinds.label(code, self._lang)
        except Exception:
            return code

    # --- Qt model ----------------------------------------------------------------
    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        a = self._items[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == self.COL_DATE:
                return format_date(a.activity_date, self._lang)
            if col == self.COL_KIND:
                return self.kind_label(a.kind)
            if col == self.COL_TITLE:
                return a.title
            if col == self.COL_AUDIENCE:
                return a.audience
            if col == self.COL_PARTICIPANTS:
                return self.participants_text(a)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_TITLE and a.notes:
            return a.notes
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_PARTICIPANTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return a.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.COL_DATE:
            return self.tr("Date")
        if section == self.COL_KIND:
            return self.tr("Kind")
        if section == self.COL_TITLE:
            return self.tr("Title")
        if section == self.COL_AUDIENCE:
            return self.tr("Organiser or audience")
        if section == self.COL_PARTICIPANTS:
            return self.tr("Participants")
        return None


def parse_participants(text: str) -> tuple[bool, int | None]:
    """``(ok, number)``: empty is ``(True, None)``; only whole numbers ≥ 0 are ok."""
    t = text.strip().replace(" ", "")
    if not t:
        return True, None
    if t.isascii() and t.isdigit():
        return True, int(t)
    return False, None


class OutreachDialog(QDialog):
    """Add or edit one activity; saves through the vault and emits ``saved``."""

    saved = Signal(object)  # the stored OutreachActivity

    def __init__(
        self,
        vault: Any,
        settings: Any,
        activity: OutreachActivity | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("OutreachDialog")
        install_wheel_guard()
        # every problem label keeps its room while empty: no field moves when
        # a problem appears (issue 8, defect 18)
        self.vault = vault
        self._lang = _language(settings)
        self._ref = default_reference()
        self._activity = activity
        self.setWindowTitle(
            self.tr("New outreach activity") if activity is None else self.tr("Edit activity")
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.date_edit = DateEdit(self._lang, optional=True)
        self.date_edit.setAccessibleName(self.tr("Date"))  # DateEdit names its line edit
        # the frame (line edit + calendar + clear) gets a name of its own, and
        # "Dato:" labels the line edit (DateEdit sees to it): one "Dato"
        QWidget.setAccessibleName(self.date_edit, self.tr("Date with calendar"))
        self.date_problem = ProblemLabel(reserve_lines=1)
        self._row(form, self.tr("&Date:"), self.date_edit, self.date_problem)

        self.kind = QComboBox()
        for entry in self._ref.outreach_kinds:
            self.kind.addItem(self._ref.outreach_kinds.label(entry.code, self._lang), entry.code)
        self.kind.setAccessibleName(self.tr("Kind of activity"))
        self.kind_problem = ProblemLabel(reserve_lines=1)
        self._row(form, self.tr("&Kind:"), self.kind, self.kind_problem)

        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("e.g. Course on recognising discrimination"))
        self.title_problem = ProblemLabel(reserve_lines=1)
        self._row(form, self.tr("&Title:"), self.title, self.title_problem)

        self.audience = QLineEdit()
        self.audience.setAccessibleName(self.tr("Organiser or audience"))
        self.audience.setPlaceholderText(self.tr("An organisation or group, never a client"))
        self.audience_problem = ProblemLabel(reserve_lines=1)
        self._row(form, self.tr("&Organiser or audience:"), self.audience, self.audience_problem)

        self.participants = QLineEdit()
        self.participants.setAccessibleName(self.tr("Number of participants"))
        self.participants.setPlaceholderText(self.tr("Leave empty if not counted"))
        self.approx = QCheckBox(self.tr("&Approximate (ca.)"))
        self.approx.setAccessibleName(self.tr("The number of participants is approximate"))
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.participants, 1)
        row.addWidget(self.approx)
        box.setFocusProxy(self.participants)
        self.participants_problem = ProblemLabel(reserve_lines=2)
        self._row(form, self.tr("&Participants:"), box, self.participants_problem)

        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self._row(form, self.tr("&Notes:"), self.notes, None)

        self.general_problem = ProblemLabel(reserve_lines=1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save activity"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.general_problem)
        layout.addWidget(buttons)
        for a, b in (
            (self.date_edit, self.kind),
            (self.kind, self.title),
            (self.title, self.audience),
            (self.audience, self.participants),
            (self.participants, self.approx),
            (self.approx, self.notes),
            (self.notes, self.save_button),
            (self.save_button, self.cancel_button),
        ):
            self.setTabOrder(a, b)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 84)

        self._fields: dict[str, tuple[QWidget, ProblemLabel]] = {
            "activity_date": (self.date_edit, self.date_problem),
            "kind": (self.kind, self.kind_problem),
            "title": (self.title, self.title_problem),
            "audience": (self.audience, self.audience_problem),
            "participants": (self.participants, self.participants_problem),
        }
        self._load(activity)

    @staticmethod
    def _row(
        form: QFormLayout,
        text: str,
        field: QWidget,
        problem: ProblemLabel | None,
        buddy: QWidget | None = None,
    ) -> None:
        label = QLabel(text)
        label.setBuddy(buddy or field)
        if problem is None:
            form.addRow(label, field)
            return
        cell = QWidget()
        col = QVBoxLayout(cell)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(field)
        col.addWidget(problem)
        cell.setFocusProxy(field)
        form.addRow(label, cell)

    def _load(self, a: OutreachActivity | None) -> None:
        if a is None:
            self.date_edit.set_value(date.today())
            self.kind.setCurrentIndex(0)
            return
        self.date_edit.set_value(a.activity_date)
        i = self.kind.findData(a.kind)
        self.kind.setCurrentIndex(max(i, 0))
        self.title.setText(a.title)
        self.audience.setText(a.audience)
        self.participants.setText("" if a.participants is None else str(a.participants))
        self.approx.setChecked(a.participants_approx)
        self.notes.setPlainText(a.notes)

    # --- validation ----------------------------------------------------------------
    def _clear_problems(self) -> None:
        for _field, label in self._fields.values():
            label.show_problem("")
        self.general_problem.show_problem("")

    def problems(self) -> dict[str, str]:
        """Field name → message, for what can be checked before saving."""
        out: dict[str, str] = {}
        if self.date_edit.value() is None:
            out["activity_date"] = self.tr("Choose the date of the activity.")
        if not self.title.text().strip():
            out["title"] = self.tr("Write a title, e.g. the name of the course.")
        ok, number = parse_participants(self.participants.text())
        if not ok:
            out["participants"] = self.tr(
                "Write the number of participants as a whole number (0 or more), or leave it empty."
            )
        elif number is None and self.approx.isChecked():
            out["participants"] = self.tr("Write the approximate number, or untick “ca.”.")
        return out

    def _show(self, problems: dict[str, str]) -> None:
        first: QWidget | None = None
        for name, text in problems.items():
            field, label = self._fields.get(name, (None, self.general_problem))
            label.show_problem(text)
            if first is None and field is not None:
                first = field
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def activity(self) -> OutreachActivity:
        """The activity as entered (call after ``problems()`` came back empty)."""
        when = self.date_edit.value()
        assert when is not None
        _ok, number = parse_participants(self.participants.text())
        return OutreachActivity(
            activity_date=when,
            kind=str(self.kind.currentData()),
            title=self.title.text().strip(),
            audience=self.audience.text().strip(),
            participants=number,
            participants_approx=self.approx.isChecked() and number is not None,
            notes=self.notes.toPlainText().strip(),
            id=None if self._activity is None else self._activity.id,
        )

    def accept(self) -> None:
        self._clear_problems()
        problems = self.problems()
        if problems:
            self._show(problems)
            return
        activity = self.activity()
        try:
            if activity.id is None:
                stored = self.vault.outreach.add(activity)
            else:
                stored = self.vault.outreach.update(activity)
        except OutreachInvalid as exc:
            # Each problem next to its field, in the words of error_text.
            self._show({p.field: error_text(OutreachInvalid([p])) for p in exc.problems})
            return
        except DimeError as exc:
            self.general_problem.show_problem(error_text(exc))
            return
        self._activity = stored
        self.saved.emit(stored)
        super().accept()


class OutreachView(QWidget):
    """The outreach log: a year picker ("All years" too), the list, add/edit/delete."""

    changed = Signal()  # an activity was added, changed or deleted

    def __init__(self, vault: Any, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OutreachView")
        install_wheel_guard()
        self.vault = vault
        self.settings = settings
        self._lang = _language(settings)
        self.dialog: OutreachDialog | None = None
        self.confirm_box: QMessageBox | None = None

        self.heading = QLabel(self.tr("Outreach log"))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel(
            self.tr(
                "Courses, talks, stands at events and media coverage, for the yearly "
                "summary. Write organisations or groups, never clients."
            )
        )
        self.intro.setWordWrap(True)

        self.year_combo = QComboBox()
        self.year_combo.setObjectName("outreach_year")
        self.year_combo.setAccessibleName(self.tr("Year"))
        self.year_label = QLabel(self.tr("&Year:"))
        self.year_label.setBuddy(self.year_combo)
        self.summary_label = QLabel()
        self.summary_label.setAccessibleName(self.tr("Summary of the year"))
        self.add_button = QPushButton(self.tr("&New activity…"))
        self.add_button.setAccessibleName(self.tr("New outreach activity"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the chosen activity"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen activity"))
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year_combo)
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)

        self.model = OutreachTableModel(self._lang, parent=self)
        self.table = QTableView()
        self.table.setObjectName("outreach_table")
        self.table.setAccessibleName(self.tr("Outreach activities"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(OutreachTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        self.setTabOrder(self.year_combo, self.add_button)
        self.setTabOrder(self.add_button, self.edit_button)
        self.setTabOrder(self.edit_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.table)

        self.year_combo.currentIndexChanged.connect(self._year_changed)
        self.add_button.clicked.connect(self.add_activity)
        self.edit_button.clicked.connect(self.edit_activity)
        self.delete_button.clicked.connect(self.delete_activity)
        self.table.doubleClicked.connect(lambda _i: self.edit_activity())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        for key, slot in (
            (QKeySequence(Qt.Key.Key_Return), self.edit_activity),
            (QKeySequence(Qt.Key.Key_Enter), self.edit_activity),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_activity),
        ):
            shortcut = QShortcut(key, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.reload()

    # --- data ------------------------------------------------------------------------
    def current_year(self) -> int | None:
        """The chosen year; None for all years."""
        y = self.year_combo.currentData()
        return int(y) if y is not None else None

    def reload(self, year: object = KEEP, select_id: int | None = None) -> None:
        """Read years and activities again. ``year``: the year to show, None for
        all years, ``KEEP`` for the one chosen now (the newest at first)."""
        years: list[int] = self.vault.outreach.years()
        if year is KEEP:
            year = self.current_year() if self.year_combo.count() else (years[0] if years else None)
        wanted = year if isinstance(year, int) else None
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        for y in sorted(set(years) | ({wanted} if wanted is not None else set()), reverse=True):
            self.year_combo.addItem(str(y), y)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(wanted), 0))
        self.year_combo.blockSignals(False)
        self.add_button.setEnabled(True)
        self._load(select_id)

    def set_vault(self, vault: Any) -> None:
        """Work on a newly unlocked vault (after ``clear()`` on lock)."""
        self.vault = vault
        self.reload()

    def _year_changed(self, _index: int) -> None:
        self._load(None)

    def _load(self, select_id: int | None) -> None:
        year = self.current_year()
        items: list[OutreachActivity] = self.vault.outreach.list(year)
        self.model.set_activities(items)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            OutreachTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch
        )
        counted = sum(a.participants or 0 for a in items)
        self.summary_label.setText(
            self.tr("Activities: {count}   Participants: {participants}").format(
                count=len(items), participants=counted
            )
        )
        if items:
            self.empty_label.clear()
            self.empty_label.hide()
        else:
            self.empty_label.setText(
                self.tr("Nothing logged for this year yet. Choose “New activity…” to add one.")
                if year is not None
                else self.tr("Nothing logged yet. Choose “New activity…” to add one.")
            )
            self.empty_label.show()
        row = self.model.row_of(select_id) if select_id is not None else -1
        if row < 0 and items:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self._enable()

    def selected_activity(self) -> OutreachActivity | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.activity(rows[0].row())

    def _enable(self) -> None:
        has = self.selected_activity() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    # --- actions ------------------------------------------------------------------------
    def add_activity(self) -> OutreachDialog:
        return self._open_dialog(None)

    def edit_activity(self) -> OutreachDialog | None:
        a = self.selected_activity()
        if a is None:
            return None
        return self._open_dialog(a)

    def _open_dialog(self, activity: OutreachActivity | None) -> OutreachDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog = OutreachDialog(self.vault, self.settings, activity, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _r: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog: OutreachDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _saved(self, activity: OutreachActivity) -> None:
        year = self.current_year()
        # Show the saved activity: switch to its year unless all years are shown.
        self.reload(None if year is None else activity.year, select_id=activity.id)
        self.changed.emit()

    def delete_activity(self) -> QMessageBox | None:
        a = self.selected_activity()
        if a is None:
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete activity"))
        box.setText(
            self.tr("Delete “{title}” ({date}) from the outreach log?").format(
                title=a.title, date=format_date(a.activity_date, self._lang)
            )
        )
        box.setInformativeText(self.tr("This cannot be undone."))
        yes = box.addButton(self.tr("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
        no = box.addButton(self.tr("&Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        activity_id = a.id

        def answered(_result: int) -> None:
            if self.confirm_box is box:
                self.confirm_box = None
            if box.clickedButton() is yes and activity_id is not None:
                self._delete(activity_id)

        box.finished.connect(answered)
        self.confirm_box = box
        box.open()
        return box

    def _delete(self, activity_id: int) -> None:
        try:
            self.vault.outreach.delete(activity_id)
        except DimeError as exc:
            show_message(self, self.tr("Outreach log"), error_text(exc))
        self.reload()
        self.changed.emit()

    def clear(self) -> None:
        """Forget everything shown and close open dialogs (on lock)."""
        for w in (self.dialog, self.confirm_box):
            if w is not None:
                w.blockSignals(True)
                w.close()
        self.dialog = None
        self.confirm_box = None
        self.model.clear()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.blockSignals(False)
        self.summary_label.clear()
        self.empty_label.clear()
        self._enable()
        self.add_button.setEnabled(False)
