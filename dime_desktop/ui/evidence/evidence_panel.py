"""The evidence list of a case: a tab of the case form.

Files come in by the file dialog, by drag and drop, or pasted from the
clipboard (a screenshot of an online post). Each is added in the background
(``ui/common/tasks.py``) with its progress shown, so a 20 MB video never
freezes the window; the bytes go straight into the encrypted vault. Items are
viewed inside the app from memory only. Export of one item or of the whole
package says first that the files leave the vault.
"""

from __future__ import annotations

import weakref
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QBuffer,
    QIODevice,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from dime_desktop.errors import DimeError
from dime_desktop.evidence.export import export_item, export_package
from dime_desktop.evidence.files import human_size
from dime_desktop.evidence.model import EvidenceItem, attachments, evidence_kinds
from dime_desktop.ui.common.case_panel import CaseTabPanel
from dime_desktop.ui.common.dialogs import ask_folder, ask_open_paths, show_message
from dime_desktop.ui.common.discreet_cover import DiscreetCover
from dime_desktop.ui.common.error_text import error_text
from dime_desktop.ui.common.leaves_vault import ask_leaves_vault
from dime_desktop.ui.common.tasks import Task
from dime_desktop.ui.common.widgets import format_date
from dime_desktop.ui.evidence.item_editor import ItemEditor
from dime_desktop.ui.evidence.viewer import EvidenceViewer

_Index = QModelIndex | QPersistentModelIndex

COL_NUMBER, COL_ATTACHMENT, COL_KIND, COL_DESCRIPTION, COL_RECEIVED, COL_SIZE = range(6)


class EvidenceModel(QAbstractTableModel):
    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = language
        self._items: list[EvidenceItem] = []
        self._numbers: dict[int, int] = {}

    def set_items(self, items: list[EvidenceItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._numbers = {id(i): n for n, i in attachments(self._items)}
        self.endResetModel()

    def items(self) -> list[EvidenceItem]:
        return list(self._items)

    def item(self, row: int) -> EvidenceItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: int | None) -> int:
        return next((r for r, i in enumerate(self._items) if i.id == item_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return [
            self.tr("#"),
            self.tr("Attachment"),
            self.tr("Kind"),
            self.tr("What it is"),
            self.tr("Received"),
            self.tr("Size"),
        ][section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item(index.row()) if index.isValid() else None
        if item is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if col == COL_NUMBER:
            return str(item.position)
        if col == COL_ATTACHMENT:
            n = self._numbers.get(id(item))
            return str(n) if n is not None else ""
        if col == COL_KIND:
            return evidence_kinds().label(item.kind, self._lang)
        if col == COL_DESCRIPTION:
            return item.description
        if col == COL_RECEIVED:
            return format_date(item.received, self._lang)
        return human_size(item.size, self._lang) if item.has_file else ""


class _Progress(QObject):
    """Carries progress from the worker thread to the window (queued)."""

    moved = Signal(int, int)


@dataclass
class _Pending:
    name: str
    run: Callable[[Callable[[int, int], None]], EvidenceItem]


def _kind_for_name(name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in (".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".heic"):
        return "screenshot"
    if suffix in (".mp3", ".m4a", ".ogg", ".opus", ".wav"):
        return "audio"
    if suffix in (".mp4", ".mov"):
        return "video"
    if suffix in (".eml", ".msg"):
        return "email"
    return "document"


class EvidencePanel(CaseTabPanel):
    """The evidence of one case (the case must be saved first)."""

    LIST_ROWS = 5  # the items the list shows without scrolling, at least
    evidence_changed = Signal()
    add_finished = Signal()  # a background add ended (success or not)

    def __init__(self, vault: Any, settings: Any, form: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("EvidencePanel")
        self._vault = vault
        self._settings = settings
        self._form_ref = weakref.ref(form)  # no cycle: the form owns this widget
        self._lang = str(getattr(settings, "language", "nb"))
        self._case_id: int | None = None
        self._queue: deque[_Pending] = deque()
        self._busy = False
        self._closed = False
        self._viewers: list[EvidenceViewer] = []
        self.setAcceptDrops(True)

        self.hint = QLabel(self.tr("Save the case first; then you can add evidence."), self)
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add file…"), self)
        self.add_button.setAccessibleName(self.tr("Add evidence file"))
        self.add_button.setToolTip(
            self.tr("Add files – or drag them here, or paste a screenshot (Ctrl+V)")
        )
        self.add_button.clicked.connect(self.open_add_dialog)
        self.paste_button = QPushButton(self.tr("&Paste screenshot"), self)
        self.paste_button.clicked.connect(self.paste)
        self.record_button = QPushButton(self.tr("Add &record without file"), self)
        self.record_button.setToolTip(self.tr("A witness, or something told without a file"))
        self.record_button.clicked.connect(self.add_record)
        self.view_button = QPushButton(self.tr("View"), self)
        self.view_button.setAccessibleName(self.tr("View evidence"))
        self.view_button.clicked.connect(self.view_selected)
        self.up_button = QPushButton(self.tr("Move &up"), self)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Move &down"), self)
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button = QPushButton(self.tr("&Remove…"), self)
        self.remove_button.setAccessibleName(self.tr("Remove evidence item"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.export_button = QPushButton(self.tr("&Export item…"), self)
        self.export_button.clicked.connect(self.export_selected)
        self.export_all_button = QPushButton(self.tr("Export &all…"), self)
        self.export_all_button.setToolTip(
            self.tr("All files, numbered as the attachments, with a list of the evidence")
        )
        self.export_all_button.clicked.connect(self.export_all)

        self.progress_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Adding evidence"))
        self.progress_label.hide()
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.model = EvidenceModel(self._lang, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Evidence"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in (COL_NUMBER, COL_ATTACHMENT, COL_KIND, COL_RECEIVED, COL_SIZE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.doubleClicked.connect(lambda _i: self.view_selected())

        self.editor = ItemEditor(self._lang, self)
        self.editor.save_requested.connect(self.save_item)
        editor_scroll = QScrollArea(self)
        editor_scroll.setWidgetResizable(True)
        editor_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        editor_scroll.setWidget(self.editor)

        top = QHBoxLayout()
        for b in (self.add_button, self.paste_button, self.record_button):
            top.addWidget(b)
        top.addStretch(1)
        for b in (self.export_button, self.export_all_button):
            top.addWidget(b)
        side = QHBoxLayout()
        for b in (self.view_button, self.up_button, self.down_button, self.remove_button):
            side.addWidget(b)
        side.addStretch(1)
        # the item's own Save / Undo stay in sight, above its fields
        side.addWidget(self.editor.problem, 2)
        side.addWidget(self.editor.revert_button)
        side.addWidget(self.editor.save_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        list_box = QWidget(self)
        ll = QVBoxLayout(list_box)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.table, 1)
        ll.addLayout(side)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(list_box)
        splitter.addWidget(editor_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        line = self.fontMetrics().height()
        # the list keeps room for five items at any window size (the fields
        # below scroll); the splitter gives it more when there is more
        rows = self.table.verticalHeader()
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height()
            + rows.defaultSectionSize() * self.LIST_ROWS
            + 2 * self.table.frameWidth()
        )
        splitter.setSizes([line * 20, line * 22])
        splitter.setChildrenCollapsible(False)
        inner = QWidget(self)
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addLayout(top)
        layout.addLayout(progress_row)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self.cover = DiscreetCover(
            inner,
            form,
            self.tr(
                "Discreet mode: the evidence is hidden (it can name people). Click "
                "“Show this case” above to see it."
            ),
            parent=self,
        )
        outer = QVBoxLayout(self)
        outer.addWidget(self.cover)

        paste = QShortcut(QKeySequence.StandardKey.Paste, self, self.paste)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._paste_shortcut = paste

        form.saved.connect(self._on_case_saved)
        form.form_closed.connect(lambda _f: self.close_panel())
        self.set_case(getattr(form, "case_id", None))

    # --- case -----------------------------------------------------------------
    @property
    def _form(self) -> Any:
        return self._form_ref()

    def set_case(self, case_id: int | None) -> None:
        self._case_id = case_id
        has_case = case_id is not None
        self.hint.setVisible(not has_case)
        for b in (self.add_button, self.paste_button, self.record_button):
            b.setEnabled(has_case)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        current = self._selected()
        keep = select_id if select_id is not None else (current.id if current else None)
        items: list[EvidenceItem] = []
        if self._case_id is not None and self._vault.is_open:
            try:
                items = self._vault.evidence.list_for_case(self._case_id)
            except DimeError as exc:
                self.status.setText(error_text(exc))
        self.model.set_items(items)
        row = self.model.row_of(keep)
        if row < 0 and items:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.editor.load(None)
        self._update_buttons()

    def items(self) -> list[EvidenceItem]:
        return self.model.items()

    def _selected(self) -> EvidenceItem | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _on_current(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self.editor.is_dirty():
            self._save_editor(quiet=True)
        item = self.model.item(current.row())
        self.editor.load(item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        item = self._selected()
        has = item is not None
        self.view_button.setEnabled(has and item is not None and item.has_file)
        self.export_button.setEnabled(has and item is not None and item.has_file)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has and item is not None and item.position > 1)
        self.down_button.setEnabled(has and item is not None and item.position < len(self.items()))
        self.export_all_button.setEnabled(any(i.has_file for i in self.items()))

    # --- adding ---------------------------------------------------------------
    def open_add_dialog(self) -> None:
        if self._case_id is None:
            return
        ask_open_paths(
            self,
            self.tr("Add evidence"),
            self.tr(
                "Evidence (*.png *.jpg *.jpeg *.gif *.webp *.bmp *.tif *.tiff *.heic *.pdf "
                "*.txt *.eml *.msg *.docx *.odt *.doc *.mp3 *.m4a *.ogg *.opus *.wav *.mp4 "
                "*.mov);;All files (*)"
            ),
            self.add_files,
        )

    def _new_item(self, description: str, kind: str) -> EvidenceItem:
        assert self._case_id is not None
        return EvidenceItem(self._case_id, description, kind=kind, received=date.today())

    def add_files(self, paths: list[Path]) -> None:
        """Add each file in turn, in the background."""
        vault = self._vault
        for path in paths:
            item = self._new_item(path.stem or path.name, _kind_for_name(path.name))

            def run(
                progress: Callable[[int, int], None], item: EvidenceItem = item, path: Path = path
            ) -> EvidenceItem:
                saved: EvidenceItem = vault.evidence.add_file(item, path, progress=progress)
                return saved

            self._queue.append(_Pending(path.name, run))
        self._next()

    def add_image(self, image: QImage, description: str) -> None:
        """Add a picture held in memory (pasted or dropped), as PNG."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6 wants the format as str here (its stubs say bytes)
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        data = bytes(buffer.data().data())
        buffer.close()
        item = self._new_item(description, "screenshot")
        vault = self._vault
        name = f"{description}.png"

        def run(progress: Callable[[int, int], None]) -> EvidenceItem:
            saved: EvidenceItem = vault.evidence.add_bytes(item, name, data, progress=progress)
            return saved

        self._queue.append(_Pending(name, run))
        self._next()

    def _next(self) -> None:
        if self._busy or not self._queue or self._closed:
            return
        pending = self._queue.popleft()
        self._busy = True
        relay = _Progress()  # no parent: it may outlive this panel (a lock mid-way)
        relay.moved.connect(self._on_progress)
        self.progress_label.setText(self.tr("Adding {name}…").format(name=pending.name))
        self.progress.setValue(0)
        self.progress_label.show()
        self.progress.show()
        self.status.setText("")

        def work() -> EvidenceItem:
            return pending.run(relay.moved.emit)

        def done(saved: EvidenceItem) -> None:
            self._busy = False
            if self._closed:
                return
            self.progress.setValue(100)
            self.status.setText(
                self.tr("Added {name} as item {n}.").format(name=pending.name, n=saved.position)
            )
            self.reload(select_id=saved.id)
            self.evidence_changed.emit()
            self._finish_one()

        def failed(exc: BaseException) -> None:
            self._busy = False
            if self._closed:
                return
            self.status.setText(error_text(exc))
            self._finish_one()

        Task(work).success(done).failure(failed).run()

    def _finish_one(self) -> None:
        if not self._queue:
            self.progress_label.hide()
            self.progress.hide()
        self.add_finished.emit()
        self._next()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0 and not self._closed:
            self.progress.setValue(int(100 * done / total))

    def paste(self) -> None:
        """Add the picture (or the files) on the clipboard."""
        if self._case_id is None or self.cover.covered():
            return
        data = QGuiApplication.clipboard().mimeData()
        if data is not None and data.hasImage():
            image = QImage(data.imageData())
            if not image.isNull():
                self.add_image(image, self.tr("Screenshot pasted {date}").format(
                    date=format_date(date.today(), self._lang)
                ))  # fmt: skip
                return
        if data is not None and data.hasUrls():
            paths = [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]
            if paths:
                self.add_files(paths)
                return
        self.status.setText(self.tr("The clipboard holds no picture or file to add."))

    def add_record(self) -> None:
        if self._case_id is None:
            return
        try:
            saved = self._vault.evidence.add(self._new_item(self.tr("Witness"), "witness"))
        except DimeError as exc:
            self.status.setText(error_text(exc))
            return
        self.reload(select_id=saved.id)
        self.evidence_changed.emit()
        self.editor.description.setFocus()
        self.editor.description.selectAll()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        data = event.mimeData()
        if (
            self._case_id is not None
            and not self.cover.covered()
            and (data.hasUrls() or data.hasImage())
        ):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        data = event.mimeData()
        paths = [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()]
        if paths:
            self.add_files(paths)
            event.acceptProposedAction()
        elif data.hasImage():
            self.add_image(QImage(data.imageData()), self.tr("Picture dropped {date}").format(
                date=format_date(date.today(), self._lang)
            ))  # fmt: skip
            event.acceptProposedAction()
        else:
            event.ignore()

    # --- editing ---------------------------------------------------------------
    def _save_editor(self, *, quiet: bool = False) -> bool:
        item = self.editor.item()
        if item is None:
            return True
        problems = self.editor.problems()
        if problems:
            if not quiet:
                self.editor.show_problems(problems)
            return False
        try:
            saved = self._vault.evidence.update(item)
        except DimeError as exc:
            self.editor.problem.show_problem(error_text(exc))
            return False
        self.editor.mark_saved(saved)
        if not quiet:
            self.reload(select_id=saved.id)
            self.status.setText(self.tr("Saved item {n}.").format(n=saved.position))
        self.evidence_changed.emit()
        return True

    def save_item(self) -> None:
        self._save_editor()

    def move_selected(self, offset: int) -> None:
        item = self._selected()
        if item is None or item.id is None:
            return
        if self.editor.is_dirty() and not self._save_editor():
            return
        self._vault.evidence.move(item.id, offset)
        self.reload(select_id=item.id)
        self.evidence_changed.emit()

    def remove_selected(self) -> None:
        item = self._selected()
        if item is None or item.id is None:
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Remove evidence"))
        box.setText(
            self.tr("Remove item {n} and its file from the vault? This cannot be undone.").format(
                n=item.position
            )
        )
        remove = box.addButton(self.tr("&Remove"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        item_id = item.id

        def answered(_r: int) -> None:
            if box.clickedButton() is remove and not self._closed:
                self._vault.evidence.delete(item_id)
                self.editor.load(None)
                self.reload()
                self.evidence_changed.emit()

        box.finished.connect(answered)
        box.open()

    # --- viewing and export ---------------------------------------------------------
    def _title(self, item: EvidenceItem) -> str:
        reference = getattr(self._form, "case_reference", None) or ""
        return self.tr("Evidence {n} – {reference}").format(n=item.position, reference=reference)

    def view_selected(self) -> EvidenceViewer | None:
        item = self._selected()
        if item is None or not item.has_file:
            return None
        viewer = EvidenceViewer(self._vault, item, self._title(item), self, language=self._lang)
        self._viewers.append(viewer)
        viewer.destroyed.connect(lambda *_: self._forget_viewer(viewer))
        viewer.show()
        viewer.load()
        return viewer

    def _forget_viewer(self, viewer: EvidenceViewer) -> None:
        if viewer in self._viewers:
            self._viewers.remove(viewer)

    def export_selected(self) -> None:
        item = self._selected()
        if item is None or not item.has_file:
            return

        def to_folder(folder: Path) -> None:
            try:
                written = export_item(self._vault.evidence, item, folder, lang=self._lang)
            except DimeError as exc:
                show_message(self, self.tr("Export evidence"), error_text(exc))
                return
            self.status.setText(self.tr("Saved {path}").format(path=written.path))

        ask_leaves_vault(
            self,
            self.tr("Export evidence"),
            lambda: ask_folder(self, self.tr("Export evidence to folder"), to_folder),
        )

    def export_all(self) -> None:
        case = None
        try:
            if self._case_id is not None:
                case = self._vault.cases.get_by_id(self._case_id)
        except DimeError as exc:
            self.status.setText(error_text(exc))
            return
        if case is None:
            return
        items = self.items()

        def to_folder(folder: Path) -> None:
            try:
                written = export_package(self._vault.evidence, case, items, folder, lang=self._lang)
            except DimeError as exc:
                show_message(self, self.tr("Export evidence"), error_text(exc))
                return
            self.status.setText(
                (
                    self.tr("Saved 1 file in {folder}")
                    if len(written) == 1
                    else self.tr("Saved {count} files in {folder}")
                ).format(count=len(written), folder=written[0].path.parent)
            )

        ask_leaves_vault(
            self,
            self.tr("Export all evidence"),
            lambda: ask_folder(self, self.tr("Export evidence to folder"), to_folder),
        )

    # --- lock --------------------------------------------------------------------------
    def focus_for(self, target: str) -> None:
        """Show the place where a missing fact is filled in (``evidence``,
        ``witnesses``, ``online``)."""
        if target == "witnesses":
            witness = next((i for i in self.items() if i.kind == "witness"), None)
            if witness is None:
                self.record_button.setFocus()
                return
            self.table.selectRow(self.model.row_of(witness.id))
            self.editor.witnesses.add_button.setFocus()
        elif target == "online":
            if self.items():
                self.editor.platform.setFocus()
            else:
                self.add_button.setFocus()
        else:
            self.add_button.setFocus()

    def close_panel(self) -> None:
        """The case form closes (also on lock): keep valid edits, drop the rest."""
        if self._closed:
            return
        if self.editor.is_dirty() and self._vault.is_open:
            self._save_editor(quiet=True)
        self._closed = True
        self._queue.clear()
        for viewer in list(self._viewers):
            viewer.close()
        self.clear()

    def clear(self) -> None:
        self.model.set_items([])
        self.editor.load(None)
        self.status.setText("")

    def set_discreet(self, _on: bool) -> None:
        """Nothing here shows a name outside the open case."""
