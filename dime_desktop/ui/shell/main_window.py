"""The main window: the case register, its search and filters, and the other
screens ("What is due", statistics, outreach) in a navigation list on the left.

The menu bar holds every action with its shortcut (File/Case/View/Tools/Help;
Fil/Sak/Vis/Verktøy/Hjelp); the toolbar is a convenience that View → Toolbar
shows again. Lock (Ctrl+L), discreet mode (Ctrl+D) and new case (Ctrl+N) work
from every window of the app, dialogs included: the window adds these actions
to each dialog as it is shown.

Discreet mode (on by default): no client names or summaries in the list, in
window titles or in tooltips – references only. Searching runs on a worker
thread (``ui.tasks``) after a short pause in typing, so the list follows the
search box without stalling on a large vault.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from dime_desktop import __version__
from dime_desktop.cases.model import DESK_ADVICE, DESK_MEDIATION, CaseFilter
from dime_desktop.errors import DimeError
from dime_desktop.reference import ReferenceList, default_reference
from dime_desktop.storage.case_list import COUNT_CAP, CancelToken, SearchCancelled
from dime_desktop.ui.cases.case_form import CaseForm
from dime_desktop.ui.cases.case_table_model import (
    COL_CLIENT,
    COL_GROUNDS,
    COL_REFERENCE,
    SORT_KEYS,
    CaseIdRole,
    CaseTableModel,
    FirstPage,
)
from dime_desktop.ui.common.error_text import error_text
from dime_desktop.ui.common.flow_layout import FlowLayout
from dime_desktop.ui.common.sort_arrow import sort_arrow_style
from dime_desktop.ui.common.tasks import Task
from dime_desktop.ui.common.widgets import unsaved_changes_box
from dime_desktop.ui.shell.case_columns import fit_columns, wanted_widths

SEARCH_DELAY_MS = 250
LICENCE = "GPL-3.0-or-later"

#: The main window's share of the screen's free area when it has no place yet.
SCREEN_SHARE = 0.9
#: A screen's free area below this: the main window starts maximised.
SMALL_SCREEN = QSize(1100, 650)
#: How much of a remembered window must be on a screen to put it there again.
ON_SCREEN_MIN = QSize(120, 80)


def _on_a_screen(frame: QRect) -> bool:
    """Whether enough of ``frame`` (its top, where the title bar is) lies on a screen."""
    top = QRect(frame.x(), frame.y(), frame.width(), min(frame.height(), ON_SCREEN_MIN.height()))
    for screen in QGuiApplication.screens():
        seen = top.intersected(screen.availableGeometry())
        if seen.width() >= ON_SCREEN_MIN.width() and seen.height() >= ON_SCREEN_MIN.height() // 2:
            return True
    return False


#: Windows that get the app-wide actions when shown (never menus, popups, tooltips).
_DIALOG_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet)


class CaseTableView(QTableView):
    """The register list: Enter opens the current case.

    The model holds a window of rows (``CaseTableModel``): at the top of the
    window the view asks for the page before it (``fetch_previous``), as Qt
    asks for the next one at the bottom (``fetchMore``); when rows come or go
    above the rows on screen (``rows_shifted``), the scroll position moves with
    them, so what is on screen stays in place. Ctrl+Home and Ctrl+End go to
    the first and the last case of the whole list."""

    open_requested = Signal(QModelIndex)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        self._anchor = 0
        shifted = getattr(model, "rows_shifted", None)
        if shifted is not None:
            model.rowsAboutToBeInserted.connect(self._before_change)
            model.rowsAboutToBeRemoved.connect(self._before_change)
            shifted.connect(self._rows_shifted)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    def _before_change(self, _parent: QModelIndex, first: int, _last: int) -> None:
        if first == 0:  # rows come or go above the rows on screen
            self._anchor = self.verticalScrollBar().value()

    def _rows_shifted(self, n: int) -> None:
        step = 1
        if self.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerPixel:
            step = self.verticalHeader().defaultSectionSize()
        self.verticalScrollBar().setValue(self._anchor + n * step)

    def _scrolled(self, value: int) -> None:
        model = self.model()
        if value != self.verticalScrollBar().minimum() or not isinstance(model, CaseTableModel):
            return
        if model.can_fetch_previous():
            model.fetch_previous()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        model = self.model()
        if control and event.key() in (Qt.Key.Key_End, Qt.Key.Key_Home):
            end = event.key() == Qt.Key.Key_End
            jump = getattr(model, "jump_to_end" if end else "jump_to_start", None)
            if jump is not None:
                jump()
                row = model.rowCount() - 1 if end else 0
                if row >= 0:
                    index = model.index(row, max(self.currentIndex().column(), 0))
                    self.setCurrentIndex(index)
                    self.scrollTo(index)
                return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    """The case register and the other screens of an unlocked vault."""

    lock_requested = Signal()
    search_started = Signal()
    search_finished = Signal()
    settings_applied = Signal()  # after OK in the settings dialog
    vault_path_chosen = Signal(object)  # another vault folder, opened after the next lock
    closed = Signal()  # the window really closed (quit)

    def __init__(
        self,
        vault: Any,
        settings: Any,
        parent: QWidget | None = None,
        *,
        kdf: Any = None,
        daily_backups: Any = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self._vault = vault
        # the session's daily backup (ui/backups/daily.py; the controller owns it):
        # the Backups screen, when built, shows what it made
        self.daily_backups = daily_backups
        if daily_backups is not None:
            daily_backups.finished.connect(self._daily_backup_done)
        self._settings = settings
        self._kdf = kdf  # key derivation for a changed passphrase (None: calibrate)
        self._dialogs: list[QWidget] = []
        self._spreading = False
        self._lang = str(getattr(settings, "language", "nb"))
        self._ref = default_reference()
        self._forms: list[CaseForm] = []
        self._views: list[QWidget] = []
        self._search_generation = 0
        self._search_task: Task[Any] | None = None
        self._search_token: CancelToken | None = None
        self._lazy_views: dict[str, tuple[QWidget, Any]] = {}
        self._built_views: dict[str, QWidget] = {}
        self._due_loaded = False  # the first showing of What is due needs no reload
        self._discreet = bool(getattr(settings, "discreet_default", True))
        self._close_confirmed = False
        self.unsaved_box: QMessageBox | None = None

        self.model = CaseTableModel(
            vault.cases if vault is not None else None,
            self._lang,
            discreet=self._discreet,
            parent=self,
        )
        self.model.modelReset.connect(self._update_status)
        self.model.rowsInserted.connect(self._update_status)

        self._screen_actions: list[QAction] = []
        self._build_actions()
        self._build_central()
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)

        self._add_optional_views()
        self._build_menus()
        self._apply_discreet()
        self.reload()
        self._start_spreading_actions()

    # --- building -----------------------------------------------------------------
    def _action(
        self, text: str, slot: Any, shortcut: str | QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # works while the toolbar is hidden
        return action

    def _build_actions(self) -> None:
        toolbar = QToolBar(self.tr("Toolbar"), self)
        toolbar.setObjectName("MainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

        self.new_action = self._action(self.tr("&New case"), lambda: self.new_case(), "Ctrl+N")
        self.new_action.setToolTip(self.tr("New case (Ctrl+N)"))
        toolbar.addAction(self.new_action)

        self.open_action = self._action(self.tr("&Open case"), self.open_current)
        self.open_action.setToolTip(self.tr("Open the selected case (Enter)"))
        toolbar.addAction(self.open_action)

        toolbar.addSeparator()
        self.discreet_action = QAction(self.tr("&Discreet mode"), self)
        self.discreet_action.setCheckable(True)
        self.discreet_action.setChecked(self._discreet)
        self.discreet_action.setShortcut(QKeySequence("Ctrl+D"))
        self.discreet_action.setToolTip(
            self.tr("Discreet mode: hide client names – show references only (Ctrl+D)")
        )
        self.discreet_action.toggled.connect(self.set_discreet)
        self.addAction(self.discreet_action)
        toolbar.addAction(self.discreet_action)

        toolbar.addSeparator()
        self.lock_action = self._action(self.tr("&Lock"), self.lock_requested, "Ctrl+L")
        self.lock_action.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        toolbar.addAction(self.lock_action)

        self.find_action = self._action(self.tr("&Find cases…"), self._focus_search, "Ctrl+F")
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.settings_action = self._action(self.tr("&Settings…"), self.open_settings)
        self.change_passphrase_action = self._action(
            self.tr("&Change passphrase…"), self.open_change_passphrase
        )
        self.new_recovery_key_action = self._action(
            self.tr("New &recovery key…"), self.open_new_recovery_key
        )
        self.rotate_key_action = self._action(
            self.tr("Change the &vault key…"), self.open_rotate_key
        )
        self.verify_action = self._action(self.tr("&Verify the vault…"), self.open_verify)
        self.subject_export_action = self._action(
            self.tr("The person's own &copy…"), self.open_subject_export
        )
        self.delete_case_action = self._action(self.tr("&Delete the case…"), self.open_delete_case)
        self.import_action = self._action(self.tr("&Import an earlier register…"), self.open_import)
        self.about_action = self._action(self.tr("&About DiMe Desktop"), self.open_about)
        self.toolbar_action = toolbar.toggleViewAction()
        self.toolbar_action.setText(self.tr("&Toolbar"))
        # these work from every window of the app, dialogs included
        self._global_actions = [self.lock_action, self.discreet_action, self.new_action]

        for action, name in (
            (self.new_action, self.tr("New case")),
            (self.open_action, self.tr("Open case")),
            (self.discreet_action, self.tr("Discreet mode")),
            (self.lock_action, self.tr("Lock")),
        ):
            button = toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(name)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setNativeMenuBar(False)  # in the window on every system (a journey clicks it)
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        case_menu = bar.addMenu(self.tr("&Case"))
        case_menu.addAction(self.new_action)
        case_menu.addAction(self.open_action)
        case_menu.addAction(self.find_action)
        case_menu.addSeparator()
        case_menu.addAction(self.subject_export_action)
        case_menu.addAction(self.delete_case_action)
        handover = getattr(self, "handover_view", None)
        if handover is not None:  # issue 13: hand over the open or selected cases
            case_menu.addSeparator()
            case_menu.addAction(handover.export_action)
            case_menu.addAction(handover.import_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.discreet_action)
        view_menu.addAction(self.toolbar_action)
        view_menu.addSeparator()
        for action in self._screen_actions:
            view_menu.addAction(action)
        tools_menu = bar.addMenu(self.tr("&Tools"))
        tools_menu.addAction(self.settings_action)
        tools_menu.addSeparator()
        for action in (
            self.change_passphrase_action,
            self.new_recovery_key_action,
            self.rotate_key_action,
            self.verify_action,
            self.import_action,
        ):
            tools_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self.menus = {
            "file": file_menu,
            "case": case_menu,
            "view": view_menu,
            "tools": tools_menu,
            "help": help_menu,
        }

    def createPopupMenu(self) -> QMenu:
        """The toolbar's context menu: only the toolbar can be hidden (and View →
        Toolbar shows it again); never the menu bar or the demo banner."""
        menu = QMenu(self)
        menu.addAction(self.toolbar_action)
        return menu

    def _filter_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    def _fill_from_reference(self, combo: QComboBox, values: ReferenceList, all_text: str) -> None:
        combo.addItem(all_text, None)
        for entry in values:
            combo.addItem(entry.label(self._lang), entry.code)

    def _build_central(self) -> None:
        # The register page: search, filters, list.
        page = QWidget(self)
        self.search = QLineEdit(page)
        self.search.setPlaceholderText(self.tr("Search summaries, journals and names…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.textChanged.connect(self._on_search_text)
        search_label = QLabel(self.tr("&Search:"), page)
        search_label.setBuddy(self.search)

        self.year_filter = self._filter_combo(self.tr("Filter by year"))
        self.status_filter = self._filter_combo(self.tr("Filter by status"))
        self._fill_from_reference(self.status_filter, self._ref.statuses, self.tr("All"))
        self.area_filter = self._filter_combo(self.tr("Filter by area"))
        self._fill_from_reference(self.area_filter, self._ref.areas, self.tr("All areas"))
        self.ground_filter = self._filter_combo(self.tr("Filter by ground"))
        self._fill_from_reference(self.ground_filter, self._ref.grounds, self.tr("All grounds"))
        self.desk_filter = self._filter_combo(self.tr("Filter by desk"))
        self.desk_filter.addItem(self.tr("Both desks"), None)
        self.desk_filter.addItem(self.tr("Advice desk"), DESK_ADVICE)
        self.desk_filter.addItem(self.tr("Mediation desk"), DESK_MEDIATION)

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        # the filters wrap into a second row when the window is narrow
        filters = FlowLayout(
            spacing=self.fontMetrics().averageCharWidth() * 2,
            row_spacing=self.fontMetrics().height() // 3,
        )
        self.filter_cells: list[QWidget] = []
        for combo, caption in (
            (self.year_filter, self.tr("&Year:")),
            (self.status_filter, self.tr("S&tatus:")),
            (self.area_filter, self.tr("&Area:")),
            (self.ground_filter, self.tr("&Ground:")),
            (self.desk_filter, self.tr("D&esk:")),
        ):
            cell = QWidget(page)
            row = QHBoxLayout(cell)
            row.setContentsMargins(0, 0, 0, 0)
            label = QLabel(caption, cell)
            label.setBuddy(combo)
            combo.setParent(cell)
            row.addWidget(label)
            row.addWidget(combo, 1)
            cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            filters.addWidget(cell)
            self.filter_cells.append(cell)
            combo.currentIndexChanged.connect(self._on_filter_changed)

        self.table = CaseTableView(page)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        # Sorting is a query on the worker thread (run_search), not the view's
        # synchronous sort: the header shows the order and asks for it.
        self.table.setSortingEnabled(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.fontMetrics().height() + self.fontMetrics().height() // 2
        )
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStyle(sort_arrow_style())  # the arrow points the way the list runs
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # _fit_columns shares out the width
        header.setMinimumSectionSize(self.fontMetrics().averageCharWidth() * 6)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.viewport().installEventFilter(self)
        header.moveSection(header.visualIndex(COL_CLIENT), 1)  # the name next to the reference
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        self._column_widths = wanted_widths(self.table, self.model, self._ref, self._lang)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        self.table.doubleClicked.connect(self.open_index)
        self.table.open_requested.connect(self.open_index)

        layout = QVBoxLayout(page)
        layout.addLayout(search_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        # Open cases are tabs beside the list, inside this window: the menu bar,
        # Lock and discreet mode are always on screen while a case is edited.
        self.case_tabs = QTabWidget(self)
        self.case_tabs.setObjectName("CaseTabs")
        self.case_tabs.setAccessibleName(self.tr("Open cases"))
        self.case_tabs.setDocumentMode(True)
        self.case_tabs.setTabsClosable(True)
        self.case_tabs.setMovable(True)
        self.case_tabs.addTab(page, self.tr("Case list"))
        self.case_tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.RightSide, None)
        self.case_tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.LeftSide, None)
        self.case_tabs.tabCloseRequested.connect(self._close_tab)

        # Navigation between screens.
        em = self.fontMetrics().averageCharWidth()
        self.navigation = QListWidget(self)
        self.navigation.setAccessibleName(self.tr("Screens"))
        self.navigation.setMaximumWidth(em * 28)
        self.stack = QStackedWidget(self)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        # only the screen shown counts for the window's smallest size (a wide
        # screen elsewhere in the list must not make the window wider than the display)
        self.stack.currentChanged.connect(self._fit_stack)
        splitter = QSplitter(self)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([em * 24, em * 170])
        self.setCentralWidget(splitter)
        self.register_page = page
        self.add_view(self.case_tabs, self.tr("Cases"))
        self.navigation.setCurrentRow(0)
        self.setTabOrder(self.search, self.year_filter)
        self.setTabOrder(self.year_filter, self.status_filter)
        self.setTabOrder(self.status_filter, self.area_filter)
        self.setTabOrder(self.area_filter, self.ground_filter)
        self.setTabOrder(self.ground_filter, self.desk_filter)
        self.setTabOrder(self.desk_filter, self.table)

    def _add_optional_views(self) -> None:
        """The other screens, in the order of the navigation list (Ctrl+2...):
        what is due, the mediation desk, statistics, outreach, backups.

        Only "What is due" is built now (it may be the first screen); the others
        are built when first shown or asked for (``statistics_view`` …), so the
        first screen after unlock never waits for a hidden one (issue 14)."""
        if self._vault is None:
            return
        from dime_desktop.ui.followups.due_view import DueView

        self.due_view = DueView(self._vault, self._settings, self, discreet=self._discreet)
        self.due_view.open_case_requested.connect(self.open_case)
        self.add_view(self.due_view, self.tr("What is due"))
        self.navigation.currentRowChanged.connect(self._screen_changed)
        self._add_lazy_view("mediation_view", self.tr("Mediation"), self._make_mediation_view)
        self._add_lazy_view("statistics_view", self.tr("Statistics"), self._make_statistics_view)
        self._add_lazy_view("outreach_view", self.tr("Outreach"), self._make_outreach_view)
        self._add_lazy_view("backups_view", self.tr("Backups"), self._make_backups_view)

        from dime_desktop.ui.handover.handover_view import HandoverView  # issue 13

        # built now: its actions are in the Case menu
        self.handover_view = HandoverView(self._vault, self._settings, self)
        self.add_view(self.handover_view, self.tr("Handover"))
        self._add_privacy_views()

    def _add_privacy_views(self) -> None:
        """Issue 12: the coordinator's access log and retention screens (built
        when first shown, like the others: the log view reads and lays out a
        page of entries), and the check of the log's chain (and its own
        retention) after every unlock."""
        self._log_chain: tuple[list[str], int | None] | None = None
        self._add_lazy_view("access_log_view", self.tr("Access log"), self._make_access_log_view)
        self._add_lazy_view("retention_view", self.tr("Retention"), self._make_retention_view)
        self._check_access_log()

    def _make_access_log_view(self) -> QWidget:
        from dime_desktop.ui.privacy.log_view import AccessLogView

        view = AccessLogView(self._vault, self._settings, self)
        if self._log_chain is not None:  # checked after unlock, before it was shown
            view.set_chain(*self._log_chain)
        return view

    def _make_retention_view(self) -> QWidget:
        from dime_desktop.ui.privacy.retention_view import RetentionView

        view = RetentionView(self._vault, self._settings, self)
        view.erased.connect(lambda _ids: self._after_erase())
        return view

    @property
    def access_log_view(self) -> Any:
        return self._view("access_log_view")

    @property
    def retention_view(self) -> Any:
        return self._view("retention_view")

    def _check_access_log(self) -> None:
        from datetime import date

        from dime_desktop.privacy.retention import apply_log_retention

        vault = self._vault
        if vault is None or not vault.is_open:
            return

        def work() -> Any:
            apply_log_retention(vault, date.today())
            return vault.access_log.verify()

        def show(problems: list[str], first_broken: int | None) -> None:
            self._log_chain = (problems, first_broken)
            view = self.built_view("access_log_view")
            if view is not None:
                view.set_chain(problems, first_broken)  # type: ignore[attr-defined]
            if problems:
                self.statusBar().showMessage(
                    self.tr("Warning: the access log is broken (see Access log).")
                )

        self._log_check = (
            Task(work)
            .success(lambda check: show(check.problems, check.first_broken))
            .failure(lambda exc: show([error_text(exc)], None))
            .run()
        )

    def _after_erase(self) -> None:
        self.reload()
        due = getattr(self, "due_view", None)
        if due is not None:
            due.reload()

    def _make_mediation_view(self) -> QWidget:
        from dime_desktop.ui.mediation.mediation_view import MediationView

        return MediationView(self._vault, self._settings, self)

    def _make_statistics_view(self) -> QWidget:
        from dime_desktop.ui.stats.statistics_view import StatisticsView

        return StatisticsView(self._vault, self._settings, self)

    def _make_outreach_view(self) -> QWidget:
        from dime_desktop.ui.outreach.outreach_view import OutreachView

        return OutreachView(self._vault, self._settings, self)

    def _make_backups_view(self) -> QWidget:
        from dime_desktop.ui.backups.backups_view import BackupsView

        return BackupsView(self._vault, self._settings, self, daily=self.daily_backups)

    def _daily_backup_done(self, outcome: object) -> None:
        """A failed daily backup is said in the status bar (the Backups screen,
        and the next unlock, say it too)."""
        if isinstance(outcome, BaseException) or getattr(outcome, "failures", None):
            self.statusBar().showMessage(
                self.tr("The daily backup failed; the earlier backups were kept (see Backups).")
            )

    def _add_lazy_view(self, name: str, title: str, make: Any) -> None:
        """A screen in the navigation list that is built when first shown
        (an empty placeholder holds its place in the stack until then)."""
        placeholder = QWidget(self)
        self._lazy_views[name] = (placeholder, make)
        self.add_view(placeholder, title)

    def built_view(self, name: str) -> QWidget | None:
        """The screen ``name`` if it has been built (None: not yet)."""
        return self._built_views.get(name)

    def _view(self, name: str) -> Any:
        """The screen ``name`` (``statistics_view`` …), built now if it was not yet."""
        view = self._built_views.get(name)
        if view is not None:
            return view
        if name not in self._lazy_views:
            raise AttributeError(name)
        placeholder, make = self._lazy_views.pop(name)
        view = make()
        index = self._views.index(placeholder)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, view)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._views[index] = view
        self.stack.setCurrentIndex(current)
        self._fit_stack(self.stack.currentIndex())
        self._built_views[name] = view
        return view

    @property
    def mediation_view(self) -> Any:
        return self._view("mediation_view")

    @property
    def statistics_view(self) -> Any:
        return self._view("statistics_view")

    @property
    def outreach_view(self) -> Any:
        return self._view("outreach_view")

    @property
    def backups_view(self) -> Any:
        return self._view("backups_view")

    def add_view(self, widget: QWidget, title: str) -> None:
        """Host another screen; it appears in the navigation list."""
        self.stack.addWidget(widget)
        self._fit_stack(self.stack.currentIndex())
        self.navigation.addItem(title)
        item = self.navigation.item(self.navigation.count() - 1)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
        self._views.append(widget)
        # Ctrl+1, Ctrl+2... go to a screen from anywhere; View lists them.
        index = self.navigation.count() - 1
        action = QAction(title, self)
        if index < 9:
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
        action.triggered.connect(lambda: self.navigation.setCurrentRow(index))
        self.addAction(action)
        self._screen_actions.append(action)
        view_menu = getattr(self, "menus", {}).get("view")
        if view_menu is not None:
            view_menu.addAction(action)
        fit = (
            max(self.navigation.sizeHintForColumn(0), 0) + self.fontMetrics().averageCharWidth() * 4
        )
        self.navigation.setMinimumWidth(fit)

    def _fit_stack(self, current: int) -> None:
        for index in range(self.stack.count()):
            page = self.stack.widget(index)
            if page is None:
                continue
            policy = page.sizePolicy()
            if index == current:
                kept = page.property("dimeSizePolicy")
                if isinstance(kept, QSizePolicy):
                    page.setSizePolicy(kept)
            elif policy.horizontalPolicy() != QSizePolicy.Policy.Ignored:
                page.setProperty("dimeSizePolicy", policy)
                page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def _screen_changed(self, row: int) -> None:
        if not 0 <= row < len(self._views):
            return
        widget = self._views[row]
        for name, (placeholder, _make) in list(self._lazy_views.items()):
            if placeholder is widget:
                self._view(name)  # first shown: build it now
                return
        if widget is getattr(self, "due_view", None) and self._due_loaded:
            self.due_view.reload()
        self._due_loaded = True

    def show_first_screen(self) -> None:
        """After unlock: a restored form stays in front; else "What is due" when
        something is overdue or due today; else the case list."""
        if self._forms:
            return
        due = getattr(self, "due_view", None)
        if due is not None and due.has_due_now():
            self.navigation.setCurrentRow(self._views.index(due))
            due.table.setFocus()
        else:
            self.navigation.setCurrentRow(self._views.index(self.case_tabs))
            self.case_tabs.setCurrentIndex(0)

    def show_view(self, widget: QWidget) -> None:
        self.navigation.setCurrentRow(self._views.index(widget))

    # --- filters and search -----------------------------------------------------------
    def _fill_years(self) -> None:
        current = self.year_filter.currentData()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.addItem(self.tr("All years"), None)
        years: list[int] = []
        if self._vault is not None and self._vault.is_open:
            try:
                years = list(self._vault.cases.years())
            except DimeError:
                years = []
        for y in years:
            self.year_filter.addItem(str(y), y)
        self.year_filter.setCurrentIndex(max(self.year_filter.findData(current), 0))
        self.year_filter.blockSignals(False)

    def current_filter(self) -> CaseFilter:
        text = self.search.text().strip()
        return CaseFilter(
            year=self.year_filter.currentData(),
            status=self.status_filter.currentData(),
            area=self.area_filter.currentData(),
            ground=self.ground_filter.currentData(),
            desk=self.desk_filter.currentData(),
            text=text or None,
        )

    def _on_search_text(self, _text: str) -> None:
        self.search_timer.start()  # restarts: the search runs after a pause in typing

    def _on_filter_changed(self, _index: int) -> None:
        self.search_timer.stop()
        self.run_search()

    def _focus_search(self) -> None:
        self.navigation.setCurrentRow(0)
        self.search.setFocus()
        self.search.selectAll()

    def run_search(self) -> None:
        """Query the register for the current search, filters and order on a
        worker thread. A newer search (or a lock) cancels the one under way:
        its SQL stops within a moment and its result is never shown."""
        self.search_timer.stop()
        if self._vault is None or not self._vault.is_open:
            return
        flt = self.current_filter()
        self._cancel_search()
        self._search_generation += 1
        generation = self._search_generation
        token = CancelToken()
        self._search_token = token
        sort, descending = self.model.sort_key, self.model.descending
        model = self.model

        def work() -> FirstPage:
            return model.fetch_first_page(flt, sort, descending, cancel=token)

        def done(result: FirstPage) -> None:
            if generation != self._search_generation:
                return  # a newer search (or a lock) came first
            self.model.set_rows(flt, result)
            self._show_sort_indicator()
            self.search_finished.emit()

        def failed(exc: BaseException) -> None:
            if generation != self._search_generation or isinstance(exc, SearchCancelled):
                return
            self.statusBar().showMessage(error_text(exc))
            self.search_finished.emit()

        self.search_started.emit()
        self._search_task = Task(work).success(done).failure(failed).run()

    def _cancel_search(self) -> None:
        token, self._search_token = self._search_token, None
        if token is not None:
            token.cancel()

    def reload(self) -> None:
        """Fill the year list and the register again (after a save or unlock)."""
        self._fill_years()
        if self._vault is None or not self._vault.is_open:
            self.model.clear()
            return
        self._search_generation += 1
        try:
            self.model.set_filter(self.current_filter())
        except DimeError as exc:
            self.statusBar().showMessage(error_text(exc))

    def _on_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        """A click on a column header (the header turns its indicator) sorts
        by it, as a query on the worker; a column the list cannot sort by
        puts the indicator back."""
        key = SORT_KEYS.get(column)
        if key is None or not self.model.set_sort_order(key, order == Qt.SortOrder.DescendingOrder):
            self._show_sort_indicator()
            return
        self.run_search()

    def _show_sort_indicator(self) -> None:
        header = self.table.horizontalHeader()
        order = (
            Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), order)
        header.blockSignals(False)

    def _update_status(self, *_args: object) -> None:
        n = self.model.total
        if not self.model.total_exact:
            # a search is counted up to COUNT_CAP (issue 14)
            shown = QLocale(self._locale_name()).toString(COUNT_CAP)
            self.statusBar().showMessage(self.tr("{n}+ cases").format(n=shown))
            return
        self.statusBar().showMessage(
            self.tr("1 case") if n == 1 else self.tr("{n} cases").format(n=n)
        )

    def _locale_name(self) -> str:
        return "en_GB" if self._lang == "en" else "nb_NO"

    # --- discreet mode ------------------------------------------------------------------
    @property
    def discreet(self) -> bool:
        return self._discreet

    def set_discreet(self, on: bool) -> None:
        self._discreet = bool(on)
        if self.discreet_action.isChecked() != self._discreet:
            self.discreet_action.setChecked(self._discreet)
            return
        self._apply_discreet()

    def _apply_discreet(self) -> None:
        self.model.set_discreet(self._discreet)
        self.table.setColumnHidden(COL_CLIENT, self._discreet)
        self.fit_columns()
        self._show_sort_indicator()  # discreet mode may have ended a sort by name
        for form in self._forms:
            form.set_discreet(self._discreet)
        due = getattr(self, "due_view", None)
        if due is not None:
            due.set_discreet(self._discreet)
        handover = getattr(self, "handover_view", None)
        if handover is not None:
            handover.set_discreet(self._discreet)
        # the platform adds " — DiMe Desktop" (the application display name)
        self.setWindowTitle(
            self.tr("Case register – discreet") if self._discreet else self.tr("Case register")
        )
        self.discreet_action.setText(
            self.tr("&Discreet mode: on") if self._discreet else self.tr("&Discreet mode: off")
        )

    # --- case forms -------------------------------------------------------------------------
    @property
    def forms(self) -> list[CaseForm]:
        return list(self._forms)

    def _track(self, form: CaseForm) -> CaseForm:
        """Put a form in a tab of its own and show it; a stored case opened on
        screen goes into the access log (issue 12: the one place that knows)."""
        self._forms.append(form)
        if form.case_id is not None and self._vault is not None and self._vault.is_open:
            from dime_desktop.storage import access_log as audit

            self._vault.log(audit.OPENED, case_id=form.case_id)
        form.saved.connect(self._on_case_saved)
        form.form_closed.connect(self._on_form_closed)
        form.windowTitleChanged.connect(lambda _title, f=form: self._update_tab_title(f))
        form.dirty_changed.connect(lambda _dirty, f=form: self._update_tab_title(f))
        self.case_tabs.addTab(form, "")
        self._update_tab_title(form)
        self.show_form(form)
        return form

    def show_form(self, form: CaseForm) -> None:
        """Bring a case's tab to the front (the register screen first)."""
        self.navigation.setCurrentRow(self._views.index(self.case_tabs))
        self.case_tabs.setCurrentWidget(form)

    def _update_tab_title(self, form: CaseForm) -> None:
        index = self.case_tabs.indexOf(form)
        if index < 0:
            return
        title = form.windowTitle().replace("[*]", "*" if form.isWindowModified() else "")
        self.case_tabs.setTabText(index, title)
        self.case_tabs.setTabToolTip(index, "")  # never a name in a tooltip

    def _close_tab(self, index: int) -> None:
        widget = self.case_tabs.widget(index)
        if isinstance(widget, CaseForm):
            widget.close()  # asks about unsaved changes; form_closed removes the tab

    def new_case(self) -> CaseForm:
        form = self._track(
            CaseForm(self._vault, self._settings, discreet=self._discreet, parent=self)
        )
        form.focus_first_field()
        return form

    def open_case(self, case_id: int) -> CaseForm | None:
        for form in self._forms:
            if form.case_id == case_id:
                self.show_form(form)
                return form
        try:
            case = self._vault.cases.get_by_id(case_id)
        except DimeError as exc:
            self.statusBar().showMessage(error_text(exc))
            return None
        return self._track(
            CaseForm(self._vault, self._settings, case, discreet=self._discreet, parent=self)
        )

    def open_index(self, index: QModelIndex) -> CaseForm | None:
        if not index.isValid():
            return None
        case_id = self.model.data(index, CaseIdRole)
        return self.open_case(int(case_id)) if case_id is not None else None

    def open_current(self) -> CaseForm | None:
        return self.open_index(self.table.currentIndex())

    def _on_case_saved(self, case_id: int) -> None:
        self._fill_years()
        self.run_search()
        due = getattr(self, "due_view", None)
        if due is not None:
            due.reload()

    def _on_form_closed(self, form: CaseForm) -> None:
        if form in self._forms:
            self._forms.remove(form)
        index = self.case_tabs.indexOf(form)
        if index >= 0:
            self.case_tabs.removeTab(index)
        form.hide()
        form.setParent(None)  # out of this window's children now; deleted on close
        form.deleteLater()

    # --- where the window is -------------------------------------------------------------
    def show_on_screen(self) -> None:
        """Show the window where it was last (the settings), if that is still on
        a screen; else sized to the screen: ``SCREEN_SHARE`` of the screen's
        free area, centred, or maximised on a small screen."""
        saved = getattr(self._settings, "window_geometry", None)
        maximized = bool(getattr(self._settings, "window_maximized", False))
        if saved is not None and _on_a_screen(QRect(*saved)):
            x, y, w, h = saved
            self.resize(w, h)
            self.move(x, y)
            if maximized:
                self.showMaximized()
            else:
                self.show()
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.show()
            return
        free = screen.availableGeometry()
        # the frame it gets when not maximised: centred (also under a maximised
        # window, so that un-maximising never leaves it in the top-left corner)
        size = QSize(int(free.width() * SCREEN_SHARE), int(free.height() * SCREEN_SHARE))
        size = size.expandedTo(self.minimumSizeHint()).boundedTo(free.size())
        self.resize(size)
        frame = QRect(QPoint(0, 0), size)
        frame.moveCenter(free.center())
        self.move(frame.topLeft())
        if (
            maximized
            or free.width() < SMALL_SCREEN.width()
            or free.height() < SMALL_SCREEN.height()
        ):
            self.showMaximized()
            return
        self.show()

    def remember_place(self) -> None:
        """Keep where the window is (and whether maximised) in the settings."""
        if not self.isVisible() or self.isMinimized():
            return
        settings = self._settings
        if not hasattr(settings, "window_geometry"):
            return
        settings.window_maximized = self.isMaximized()
        if not self.isMaximized():
            frame = self.frameGeometry()
            size = self.size()
            settings.window_geometry = (frame.x(), frame.y(), size.width(), size.height())
        sync = getattr(settings, "sync", None)
        if callable(sync):
            sync()

    def show_vault_notices(self, texts: list[str]) -> QWidget:
        """What the vault had to say after the unlock, in a message that does
        not block (closed by a lock like the other dialogs)."""
        from dime_desktop.ui.common.dialogs import show_message

        title = self.tr("About the vault")
        box = show_message(self, title, "\n\n".join(texts), icon=QMessageBox.Icon.Information)
        self._keep_dialog(box)
        return box

    # --- lock support ---------------------------------------------------------------------
    def save_unsaved_forms(self) -> int:
        """Unsaved forms → ``vault.unsaved_forms`` (encrypted); returns how many."""
        n = 0
        for form in self._forms:
            if form.is_dirty():
                self._vault.unsaved_forms.save(form.form_key, form.to_unsaved_form())
                n += 1
            else:
                self._vault.unsaved_forms.delete(form.form_key)
        return n

    def clear_personal_data(self) -> None:
        """Close every case form and dialog, empty the list, the search and every
        screen (on lock)."""
        self._stop_spreading_actions()
        self._cancel_search()
        self._search_generation += 1  # a search under way is dropped
        self.search_timer.stop()
        for dialog in list(self._dialogs):
            self._close_dialog_for_lock(dialog)
        self._dialogs.clear()
        if self.unsaved_box is not None:
            box, self.unsaved_box = self.unsaved_box, None
            box.finished.disconnect()
            box.close()
        for form in list(self._forms):
            form.close_without_asking()
        self._forms.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.clear()
        self.year_filter.blockSignals(True)
        self.year_filter.clear()
        self.year_filter.blockSignals(False)
        for view in self._views:
            # case_tabs is a QTabWidget: its clear() would remove the case list
            # tab too; only the open cases' tabs go (below)
            clear = getattr(view, "clear", None)
            if view is not self.register_page and view is not self.case_tabs and callable(clear):
                clear()
        self._close_case_tabs()
        self.statusBar().clearMessage()

    def _close_case_tabs(self) -> None:
        """Every tab but the case list (a screen another view left open)."""
        for index in reversed(range(self.case_tabs.count())):
            widget = self.case_tabs.widget(index)
            if widget is self.register_page:
                continue
            self.case_tabs.removeTab(index)
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.case_tabs.setCurrentWidget(self.register_page)

    def set_vault(self, vault: Any) -> None:
        """Work on a newly unlocked vault (the same window after a lock)."""
        self._vault = vault
        self.model.set_repository(vault.cases if vault is not None else None)
        self.reload()

    def restore_unsaved_forms(self) -> list[CaseForm]:
        """Reopen the forms that were unsaved when the vault was locked."""
        forms: list[CaseForm] = []
        for key, draft in sorted(self._vault.unsaved_forms.load_all().items()):
            if any(f.form_key == key for f in self._forms):
                continue
            draft = dict(draft)
            draft.setdefault("key", key)
            form = CaseForm.from_unsaved_form_data(
                self._vault, self._settings, draft, discreet=self._discreet, parent=self
            )
            self._track(form)
            forms.append(form)
        return forms

    def unsaved_forms(self) -> list[CaseForm]:
        return [f for f in self._forms if f.is_dirty()]

    def closeEvent(self, event: QCloseEvent) -> None:
        unsaved = self.unsaved_forms()
        if unsaved and not self._close_confirmed:
            # Ask without blocking: the window stays until the answer comes.
            event.ignore()
            if self.unsaved_box is None:
                self.unsaved_box = self._ask_unsaved(len(unsaved))
            self.unsaved_box.raise_()
            return
        self.remember_place()
        for form in list(self._forms):
            form.close_without_asking()
        event.accept()
        self._stop_spreading_actions()
        self.closed.emit()

    def _ask_unsaved(self, n: int) -> QMessageBox:
        box = unsaved_changes_box(
            self,
            self.tr("Unsaved changes"),
            self.tr("1 open case has changes that are not saved.")
            if n == 1
            else self.tr("{n} open cases have changes that are not saved.").format(n=n),
        )
        box.finished.connect(lambda _r: self._on_unsaved_answer(box))
        box.open()
        return box

    def _on_unsaved_answer(self, box: QMessageBox) -> None:
        self.unsaved_box = None
        clicked = box.clickedButton()
        answer = (
            box.standardButton(clicked)
            if clicked is not None
            else QMessageBox.StandardButton.Cancel
        )
        if answer == QMessageBox.StandardButton.Save:
            for form in self.unsaved_forms():
                if not form.save():
                    self.show_form(form)
                    return  # the form shows what is wrong; the window stays
        elif answer == QMessageBox.StandardButton.Discard:
            for form in self.unsaved_forms():
                form.discard()
        else:
            return
        self._close_confirmed = True
        self.close()

    # --- app-wide actions in every window -------------------------------------------------
    def _start_spreading_actions(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and not self._spreading:
            app.installEventFilter(self)
            self._spreading = True
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                self._give_actions(widget)

    def _stop_spreading_actions(self) -> None:
        app = QCoreApplication.instance()
        if app is not None and self._spreading:
            app.removeEventFilter(self)
            self._spreading = False

    def _give_actions(self, widget: QWidget) -> None:
        if widget is self or isinstance(widget, QMenu):
            return
        if widget.windowType() not in _DIALOG_TYPES:
            return
        present = widget.actions()
        for action in self._global_actions:
            if action not in present:
                widget.addAction(action)

    def fit_columns(self) -> None:
        """Every column of the case list within its width (``case_columns``)."""
        fit_columns(self.table, self._column_widths)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self.fit_columns()
            return False
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self._give_actions(watched)
        return False

    # --- dialogs of the menus -------------------------------------------------------------
    def _keep_dialog(self, dialog: QWidget) -> QWidget:
        self._dialogs.append(dialog)
        dialog.destroyed.connect(lambda *_a, d=dialog: self._forget_dialog(d))
        return dialog

    def _forget_dialog(self, dialog: QWidget) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)

    @staticmethod
    def _close_dialog_for_lock(dialog: QWidget) -> None:
        import shiboken6

        if not shiboken6.isValid(dialog):
            return
        close = getattr(dialog, "close_for_lock", None)
        if callable(close):
            close()
        else:
            dialog.close()

    def dialogs(self) -> list[QWidget]:
        """The menus' dialogs that are open."""
        return list(self._dialogs)

    def open_settings(self) -> QWidget:
        from dime_desktop.ui.shell.settings import SettingsDialog

        dialog = SettingsDialog(
            self._settings, self._vault.path if self._vault is not None else None, self
        )
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.applied.connect(self.settings_applied)
        dialog.vault_path_chosen.connect(self.vault_path_chosen)
        self._keep_dialog(dialog)
        dialog.open()
        return dialog

    def open_about(self) -> QMessageBox:
        title = self.tr("About DiMe Desktop")
        text = self.tr(
            "DiMe Desktop {version}\n\n"
            "An offline, encrypted case register for Diskrimineringshjelpen and "
            "Meglingsbenken.\n\n"
            "Licence: {licence} (GNU General Public License, version 3 or later).\n\n"
            "Vault: {path}"
        ).format(
            version=__version__,
            licence=LICENCE,
            path=self._vault.path if self._vault is not None else "",
        )
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self)
        ok = box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(ok)
        box.setEscapeButton(ok)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.setAccessibleName(title)
        self._keep_dialog(box)
        box.open()
        return box

    def open_change_passphrase(self) -> QWidget:
        from dime_desktop.ui.vault_care.dialogs import ChangePassphraseDialog

        dialog = ChangePassphraseDialog(self._vault, kdf=self._kdf, parent=self)
        self._keep_dialog(dialog)
        dialog.open()
        return dialog

    def open_new_recovery_key(self) -> QWidget:
        from dime_desktop.ui.vault_care.dialogs import NewRecoveryKeyDialog

        dialog = NewRecoveryKeyDialog(self._vault, language=self._lang, parent=self)
        self._keep_dialog(dialog)
        dialog.open()
        return dialog

    def open_rotate_key(self) -> QWidget:
        from dime_desktop.ui.vault_care.dialogs import RotateKeyDialog

        dialog = RotateKeyDialog(self._vault, language=self._lang, parent=self)
        self._keep_dialog(dialog)
        dialog.open()
        return dialog

    def open_verify(self) -> QWidget:
        from dime_desktop.ui.vault_care.dialogs import VerifyDialog

        dialog = VerifyDialog(self._vault, parent=self)
        self._keep_dialog(dialog)
        dialog.open()
        dialog.start()
        return dialog

    def open_import(self) -> QWidget:
        from dime_desktop.ui.vault_care.dialogs import ImportDialog

        dialog = ImportDialog(self._vault, parent=self)
        dialog.imported.connect(self._after_import)
        self._keep_dialog(dialog)
        dialog.open()
        return dialog

    def current_form(self) -> CaseForm | None:
        widget = self.case_tabs.currentWidget()
        return widget if isinstance(widget, CaseForm) else None

    def _privacy_panel(self) -> Any:
        from dime_desktop.ui.privacy.case_tab import AccessPanel

        form = self.current_form()
        if form is None:
            self.show_view(self.case_tabs)
            self.statusBar().showMessage(self.tr("Open a case first."))
            return None
        panel = next((t for t in form.extra_tabs if isinstance(t, AccessPanel)), None)
        if panel is not None:
            form.tabs.setCurrentWidget(panel)
        return panel

    def open_subject_export(self) -> QWidget | None:
        panel = self._privacy_panel()
        dialog = panel.open_subject_export() if panel is not None else None
        if dialog is not None:
            self._keep_dialog(dialog)
        return dialog

    def open_delete_case(self) -> QWidget | None:
        panel = self._privacy_panel()
        dialog = panel.open_delete() if panel is not None else None
        if dialog is not None:
            dialog.erased.connect(lambda _ids: self._after_erase())
            self._keep_dialog(dialog)
        return dialog

    def _after_import(self, _report: object) -> None:
        self.reload()
        due = getattr(self, "due_view", None)
        if due is not None:
            due.reload()
        stats = self.built_view("statistics_view")  # one not built yet reads the vault when it is
        reload_years = getattr(stats, "reload_years", None)
        if callable(reload_years):
            reload_years()


__all__ = ["COL_GROUNDS", "COL_REFERENCE", "MainWindow"]
