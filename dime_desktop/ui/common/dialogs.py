"""File and message dialogs every screen uses: non-blocking, Qt's own, private.

* **Non-blocking** (``open()``, window-modal, never ``exec()``): the event loop
  keeps running, so the idle lock still fires behind a dialog and a journey test
  drives the dialog with keys and clicks like any other window.
* **Qt's own widgets** (``DontUseNativeDialog``): translated with the rest of the
  app, and a desktop's native dialog would add the file to its "recently used"
  list (GTK writes ``recently-used.xbel``), a record of client documents outside
  the vault.
* **No trail**: Qt's file dialog remembers visited folders in its own settings
  file (``QtProject.conf``: ``FileDialog/history``, ``lastVisited``); a folder can
  be named after a client, so those keys are removed when a dialog goes away.
* Save dialogs start in the user's Documents folder (never the working folder),
  or where the user last saved something in this session (kept in memory only).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

_last_folder: Path | None = None

#: The keys of Qt's file dialog settings that name folders the user visited.
_TRAIL_KEYS = ("FileDialog/history", "FileDialog/lastVisited", "FileDialog/shortcuts")


def documents_folder() -> Path:
    """The user's Documents folder (or home), where save dialogs start."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_folder() -> Path:
    return (
        _last_folder if _last_folder is not None and _last_folder.is_dir() else documents_folder()
    )


def remember_folder(folder: Path) -> None:
    """Start the next dialog of this session here (never written to disk)."""
    global _last_folder
    _last_folder = folder


def forget_folder() -> None:
    """On lock: the next dialog starts in Documents again."""
    global _last_folder
    _last_folder = None


def scrub_qt_file_dialog_trail() -> None:
    """Remove the folders Qt's file dialog remembered in ``QtProject.conf``."""
    qt_settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in _TRAIL_KEYS:
        qt_settings.remove(key)
    qt_settings.sync()


def _prepared(dialog: QFileDialog) -> QFileDialog:
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.destroyed.connect(lambda *_: scrub_qt_file_dialog_trail())
    return dialog


def ask_save_path(
    parent: QWidget | None,
    title: str,
    suggested_name: str,
    name_filter: str,
    on_chosen: Callable[[Path], None],
    *,
    default_suffix: str = "",
) -> QFileDialog:
    """Ask where to save; ``on_chosen(path)`` runs when the user accepts."""
    dialog = _prepared(QFileDialog(parent, title, str(start_folder()), name_filter))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if default_suffix:
        dialog.setDefaultSuffix(default_suffix)
    dialog.selectFile(suggested_name)

    def chosen(name: str) -> None:
        path = Path(name)
        remember_folder(path.parent)
        on_chosen(path)

    dialog.fileSelected.connect(chosen)
    dialog.open()
    return dialog


def ask_open_paths(
    parent: QWidget | None,
    title: str,
    name_filter: str,
    on_chosen: Callable[[list[Path]], None],
    *,
    many: bool = True,
) -> QFileDialog:
    """Ask for one or more existing files; ``on_chosen(paths)`` when accepted."""
    dialog = _prepared(QFileDialog(parent, title, str(start_folder()), name_filter))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(
        QFileDialog.FileMode.ExistingFiles if many else QFileDialog.FileMode.ExistingFile
    )

    def chosen(names: Sequence[str]) -> None:
        paths = [Path(n) for n in names]
        if paths:
            remember_folder(paths[0].parent)
            on_chosen(paths)

    dialog.filesSelected.connect(chosen)
    dialog.open()
    return dialog


def ask_folder(
    parent: QWidget | None,
    title: str,
    on_chosen: Callable[[Path], None],
    *,
    start: Path | None = None,
) -> QFileDialog:
    """Ask for a folder; ``on_chosen(folder)`` when accepted."""
    dialog = _prepared(QFileDialog(parent, title, str(start or start_folder())))
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    dialog.fileSelected.connect(lambda name: on_chosen(Path(name)))
    dialog.open()
    return dialog


def show_message(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> QMessageBox:
    """A window-modal message with one OK button that does not block."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    box.setAccessibleName(title)
    box.open()
    return box


def bring_forward(window: QWidget) -> None:
    """Raise and activate a window (the offscreen platform of tests cannot raise)."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() != "offscreen":
        window.raise_()
    window.activateWindow()
