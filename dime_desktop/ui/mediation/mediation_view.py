"""The mediator's own screen: the mediation cases by stage, the next meetings
and the terms due or overdue, with filters by stage and area.

It opens mediation cases (:class:`MediationCaseScreen`) as tabs of the main
window's ``case_tabs``, like case forms, and looks after them: closing a tab
(asking about unsaved changes), discreet mode (the main window's Discreet
action), and the lock: ``clear()`` keeps each unsaved screen as a draft in
the vault (``vault.mediation`` unsaved forms) and closes it; the next unlock opens it
again. Lists are read on a worker thread (``ui.common.tasks``).
"""

from __future__ import annotations

import contextlib
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.errors import DimeError
from dime_desktop.mediation import rules
from dime_desktop.mediation.areas import counted_area
from dime_desktop.mediation.model import STAGE_REFERRED, STAGES, MediationRecord, record_from_dict
from dime_desktop.reference import default_reference
from dime_desktop.storage.mediation import MediationFilter
from dime_desktop.ui.common.error_text import error_text
from dime_desktop.ui.common.tasks import Task
from dime_desktop.ui.common.widgets import format_date, install_wheel_guard
from dime_desktop.ui.mediation.case_screen import MediationCaseScreen
from dime_desktop.ui.mediation.widgets import RowsModel

DUE_DAYS = 14  # terms whose follow-up falls within two weeks are "due"


def _language(settings: Any) -> str:
    return "en" if getattr(settings, "language", "nb") == "en" else "nb"


def _table(name: str, model: RowsModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class MediationView(QWidget):
    """The mediation desk's screen in the main window's navigation."""

    loaded = Signal()  # the lists were (re)read
    screen_opened = Signal(object)

    def __init__(self, vault: Any, settings: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MediationView")
        self._vault = vault
        self._settings = settings
        self._lang = _language(settings)
        self._ref = default_reference()
        self._main = parent  # the main window: case_tabs, show_form, open_case, discreet
        self._discreet = bool(getattr(parent, "discreet", True))
        self.screens: list[MediationCaseScreen] = []
        self._generation = 0
        install_wheel_guard()
        self._build()
        tabs = getattr(parent, "case_tabs", None)
        if tabs is not None:
            tabs.tabCloseRequested.connect(self._close_tab)
        action = getattr(parent, "discreet_action", None)
        if action is not None:
            action.toggled.connect(self.set_discreet)
        if parent is not None:
            parent.installEventFilter(self)  # keep unsaved forms when the window closes
        if vault is not None and vault.is_open:
            QTimer.singleShot(0, self.restore_unsaved_forms)

    # --- building ------------------------------------------------------------------
    def _build(self) -> None:
        heading = QLabel(self.tr("Mediation desk (Meglingsbenken)"), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Cases referred from the advice desk, from referral to a fulfilled agreement. "
                "Refer a case with “Refer to mediation” on its Mediation tab."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.stage_filter = QComboBox(self)
        self.stage_filter.setAccessibleName(self.tr("Filter by stage"))
        self.stage_filter.addItem(self.tr("All stages"), None)
        for code in STAGES:
            self.stage_filter.addItem(self._ref.mediation_stages.label(code, self._lang), code)
        self.area_filter = QComboBox(self)
        self.area_filter.setAccessibleName(self.tr("Filter by mediation area"))
        self.area_filter.addItem(self.tr("All areas"), None)
        for entry in self._ref.mediation_areas:
            self.area_filter.addItem(entry.label(self._lang), entry.code)
        self.stage_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.area_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.open_button = QPushButton(self.tr("&Open mediation case"), self)
        self.open_button.clicked.connect(self.open_current)
        filters = QHBoxLayout()
        for combo, caption in (
            (self.stage_filter, self.tr("S&tage:")),
            (self.area_filter, self.tr("A&rea:")),
        ):
            label = QLabel(caption, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.open_button)

        self.cases_model = RowsModel(
            [
                self.tr("Reference"),
                self.tr("Client"),
                self.tr("Stage"),
                self.tr("Area"),
                self.tr("Referred"),
                self.tr("Next meeting"),
                self.tr("Open terms"),
                self.tr("Next follow-up"),
            ],
            self,
        )
        self.cases = _table(self.tr("Mediation cases"), self.cases_model, self)
        self.cases.doubleClicked.connect(self._open_index)
        self.cases.activated.connect(self._open_index)
        self.meetings_model = RowsModel(
            [self.tr("Date"), self.tr("Time"), self.tr("Place"), self.tr("Case")], self
        )
        self.meetings = _table(self.tr("Next meetings"), self.meetings_model, self)
        self.meetings.doubleClicked.connect(self._open_index)
        self.terms_model = RowsModel(
            [self.tr("Follow up on"), self.tr("Case"), self.tr("Term"), self.tr("By")], self
        )
        self.terms = _table(self.tr("Terms due or overdue"), self.terms_model, self)
        self.terms.doubleClicked.connect(self._open_index)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Mediation desk status"))

        def boxed(title: str, view: QTableView) -> QWidget:
            box = QWidget(self)
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            caption = QLabel(title, self)
            caption.setBuddy(view)
            font = caption.font()
            font.setBold(True)
            caption.setFont(font)
            v.addWidget(caption)
            v.addWidget(view, 1)
            return box

        below = QSplitter(Qt.Orientation.Horizontal, self)
        below.addWidget(boxed(self.tr("Next &meetings"), self.meetings))
        below.addWidget(boxed(self.tr("Terms &due or overdue"), self.terms))
        below.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(boxed(self.tr("&Cases by stage"), self.cases))
        split.addWidget(below)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        self._apply_discreet()

    # --- lists -----------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def current_filter(self) -> MediationFilter:
        return MediationFilter(
            stage=self.stage_filter.currentData(), area=self.area_filter.currentData()
        )

    def reload(self) -> None:
        """Read the three lists again (on a worker thread)."""
        vault = self._vault
        if vault is None or not vault.is_open:
            return
        self._generation += 1
        generation = self._generation
        flt = self.current_filter()
        today = date.today()

        def work() -> tuple[Any, Any, Any, Any]:
            rows = vault.mediation.list_rows(flt)
            rows.sort(key=lambda r: (rules.stage_order(r.stage), r.referred_on, r.reference))
            register = []
            if flt.stage in (None, STAGE_REFERRED):
                # ticked "referred" on an open advice case, never taken up here yet
                register = [
                    r
                    for r in vault.mediation.register_referrals()
                    if r.case_status == "open"
                    and (flt.area is None or counted_area(r.area, r.case_area) == flt.area)
                ]
            return (
                rows,
                register,
                vault.mediation.upcoming_meetings(today),
                vault.mediation.due_terms(today + timedelta(days=DUE_DAYS)),
            )

        def done(result: tuple[Any, Any, Any, Any]) -> None:
            if generation != self._generation:
                return
            self._fill(*result, today=today)
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.status.setText(error_text(exc))

        Task(work).success(done).failure(failed).run()

    def _fill(self, rows: Any, register: Any, meetings: Any, terms: Any, *, today: date) -> None:
        ref, lang = self._ref, self._lang
        self._rows = rows
        table = [
            [
                r.reference,
                r.client_name,
                ref.mediation_stages.label(r.stage, lang),
                ref.mediation_areas.label(r.area, lang),
                format_date(r.referred_on, lang),
                format_date(r.next_meeting, lang),
                str(r.open_terms) if r.open_terms else "",
                format_date(r.next_follow_up, lang),
            ]
            for r in rows
        ]
        table += [
            [
                r.reference,
                r.client_name,
                self.tr("Ticked as referred, not taken up yet"),
                ref.mediation_areas.label(counted_area(r.area, r.case_area), lang),
                "",
                "",
                "",
                "",
            ]
            for r in register
        ]
        self.cases_model.set_rows(
            table, [str(r.case_id) for r in rows] + [str(r.case_id) for r in register]
        )
        self.meetings_model.set_rows(
            [
                [
                    format_date(m.meeting_date, lang),
                    m.start.strftime("%H:%M") if m.start else "",
                    ref.meeting_places.label(m.place, lang) if m.place else m.place_text,
                    m.reference,
                ]
                for m in meetings
            ],
            [str(m.case_id) for m in meetings],
        )
        self._terms = terms
        self._fill_terms(today)
        for view in (self.cases, self.meetings):
            view.resizeColumnsToContents()
            view.horizontalHeader().setStretchLastSection(True)
        self._fit_terms()
        overdue = sum(1 for t in terms if t.follow_up < today)
        self.status.setText(
            self.status_text(len(rows), len(register), len(meetings), len(terms), overdue)
        )
        self._apply_discreet()

    def status_text(self, cases: int, register: int, meetings: int, due: int, overdue: int) -> str:
        """What the lists hold, in words with their numbers (no "case(s)"): the
        mediation cases, the referrals ticked in the register and not taken up
        (they are in the list too), the meetings ahead and the terms due."""
        parts = [
            self.tr("1 mediation case")
            if cases == 1
            else self.tr("{n} mediation cases").format(n=cases)
        ]
        if register:
            parts.append(
                self.tr("1 referral not taken up yet")
                if register == 1
                else self.tr("{n} referrals not taken up yet").format(n=register)
            )
        parts.append(
            self.tr("1 meeting ahead")
            if meetings == 1
            else self.tr("{n} meetings ahead").format(n=meetings)
        )
        terms = self.tr("1 term due") if due == 1 else self.tr("{n} terms due").format(n=due)
        if due:
            terms += ", " + self.tr("{n} overdue").format(n=overdue)
        parts.append(terms)
        return " · ".join(parts)

    def _fit_terms(self) -> None:
        """The terms list fits its half of the screen: the dates and the case as
        wide as they need, the term (free text) takes what is left, cut with
        "…" (the whole text in its tooltip), so "By" is never pushed off."""
        header = self.terms.horizontalHeader()
        header.setStretchLastSection(False)
        for col in range(self.terms_model.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if col == 2
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(col, mode)

    def _fill_terms(self, today: date | None = None) -> None:
        now = today or date.today()
        ref, lang = self._ref, self._lang
        terms = getattr(self, "_terms", [])
        rows = []
        for t in terms:
            what = ref.term_kinds.label(t.kind, lang)
            if not self._discreet:
                what = f"{what}: {t.what}"
            when = format_date(t.follow_up, lang)
            if t.follow_up < now:
                when = self.tr("{date} (overdue)").format(date=when)
            rows.append([when, t.reference, what, format_date(t.due, lang)])
        self.terms_model.set_rows(rows, [str(t.case_id) for t in terms])

    def clear_lists(self) -> None:
        self._generation += 1
        self._rows = []
        self._terms = []
        for model in (self.cases_model, self.meetings_model, self.terms_model):
            model.set_rows([])
        self.status.clear()

    # --- discreet mode ---------------------------------------------------------------
    def set_discreet(self, on: bool) -> None:
        self._discreet = bool(on)
        self._apply_discreet()
        for screen in self.screens:
            screen.set_discreet(self._discreet)
            self._update_tab(screen)

    def _apply_discreet(self) -> None:
        self.cases.setColumnHidden(1, self._discreet)  # the client's name
        self._fill_terms()

    # --- mediation case screens ----------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        key = index.data(Qt.ItemDataRole.UserRole)
        if key is not None:
            self.open_case(int(key))

    def open_current(self) -> MediationCaseScreen | None:
        index = self.cases.currentIndex()
        if not index.isValid() and self.cases_model.rowCount() == 1:
            index = self.cases_model.index(0, 0)
        if not index.isValid():
            return None
        key = self.cases_model.key(index.row())
        return self.open_case(int(key)) if key is not None else None

    def screen_for(self, case_id: int) -> MediationCaseScreen | None:
        return next((s for s in self.screens if s.case_id == case_id), None)

    def open_case(self, case_id: int) -> MediationCaseScreen | None:
        """Open the advice case's mediation case; a case with none yet opens as a
        new referral (prefilled from the advice case)."""
        screen = self.screen_for(case_id)
        if screen is not None:
            self._show(screen)
            return screen
        try:
            case = self._vault.cases.get_by_id(case_id)
            record = self._vault.mediation.find(case_id)
        except DimeError as exc:
            self.status.setText(error_text(exc))
            return None
        if record is None:
            # the referral is noted as made by the person at the keyboard
            record = rules.new_record_for_case(case, date.today(), by=self._vault.actor)
        return self._track(
            MediationCaseScreen(
                self._vault,
                self._settings,
                record,
                case,
                discreet=self._discreet,
                open_advice_case=getattr(self._main, "open_case", None),
                parent=self._main,
            )
        )

    refer_case = open_case  # "Refer to mediation" on an advice case

    def _track(self, screen: MediationCaseScreen) -> MediationCaseScreen:
        self.screens.append(screen)
        from dime_desktop.storage import access_log as audit

        if self._vault is not None and self._vault.is_open:  # opened on screen (issue 12)
            self._vault.log(audit.OPENED, case_id=screen.case_id, detail="mediation")
        screen.saved.connect(lambda _id: self.reload())
        screen.screen_closed.connect(self._on_screen_closed)
        screen.windowTitleChanged.connect(lambda _t, s=screen: self._update_tab(s))
        screen.dirty_changed.connect(lambda _d, s=screen: self._update_tab(s))
        tabs = getattr(self._main, "case_tabs", None)
        if tabs is not None:
            tabs.addTab(screen, "")
            self._update_tab(screen)
        self._show(screen)
        self.screen_opened.emit(screen)
        return screen

    def _show(self, screen: MediationCaseScreen) -> None:
        show = getattr(self._main, "show_form", None)
        if callable(show):
            show(screen)  # the register screen, then this tab
        else:
            screen.show()

    def _update_tab(self, screen: MediationCaseScreen) -> None:
        tabs = getattr(self._main, "case_tabs", None)
        if tabs is None:
            return
        index = tabs.indexOf(screen)
        if index < 0:
            return
        title = screen.windowTitle().replace("[*]", "*" if screen.isWindowModified() else "")
        tabs.setTabText(index, title)
        tabs.setTabToolTip(index, "")  # never a name in a tooltip

    def _close_tab(self, index: int) -> None:
        tabs = getattr(self._main, "case_tabs", None)
        widget = tabs.widget(index) if tabs is not None else None
        if isinstance(widget, MediationCaseScreen):
            widget.close()  # asks about unsaved changes; screen_closed removes the tab

    def _on_screen_closed(self, screen: MediationCaseScreen) -> None:
        if screen in self.screens:
            self.screens.remove(screen)
        tabs = getattr(self._main, "case_tabs", None)
        if tabs is not None:
            index = tabs.indexOf(screen)
            if index >= 0:
                tabs.removeTab(index)
        screen.hide()
        screen.setParent(None)
        screen.deleteLater()

    # --- lock -----------------------------------------------------------------------
    def save_unsaved_forms(self) -> int:
        """Unsaved screens → the vault (encrypted); returns how many."""
        n = 0
        if self._vault is None or not self._vault.is_open:
            return 0
        for screen in self.screens:
            if screen.is_dirty():
                self._vault.mediation.save_unsaved_form(screen.form_key, screen.to_unsaved_form())
                n += 1
            else:
                self._vault.mediation.delete_unsaved_form(screen.form_key)
        return n

    def clear(self) -> None:
        """On lock: keep unsaved screens in the vault, close every screen, empty the lists."""
        with contextlib.suppress(DimeError):
            self.save_unsaved_forms()
        for screen in list(self.screens):
            screen.close_without_asking()
        self.screens.clear()
        self.clear_lists()

    def restore_unsaved_forms(self) -> list[MediationCaseScreen]:
        """Reopen the screens that were unsaved when the vault was locked."""
        opened: list[MediationCaseScreen] = []
        if self._vault is None or not self._vault.is_open:
            return opened
        try:
            drafts = self._vault.mediation.load_unsaved_forms()
        except DimeError:
            return opened
        for key, draft in drafts.items():
            data = draft.get("record")
            case_id = draft.get("case_id")
            if not isinstance(data, dict) or not isinstance(case_id, int):
                continue
            if self.screen_for(case_id) is not None:
                continue
            try:
                case = self._vault.cases.get_by_id(case_id)
                record: MediationRecord = record_from_dict(data)
            except (DimeError, ValueError):
                self._vault.mediation.delete_unsaved_form(key)
                continue
            screen = self._track(
                MediationCaseScreen(
                    self._vault,
                    self._settings,
                    record,
                    case,
                    discreet=self._discreet,
                    open_advice_case=getattr(self._main, "open_case", None),
                    parent=self._main,
                )
            )
            screen.from_unsaved_form(draft)
            opened.append(screen)
        return opened

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._main and event.type() == QEvent.Type.Close:
            with contextlib.suppress(DimeError):
                self.save_unsaved_forms()  # quitting keeps unsaved screens, as a lock does
        return False
