"""Per-computer settings of the app (``QSettings``) and the settings dialog.

Only preferences live here – language, idle time, discreet-mode default, the
vault's folder, the suppression threshold. Never personal data.

Language changes take effect the next time the app starts (the dialog says
so); the other settings apply at once.

``--lang`` on the command line is for this session only and is NOT stored:
``AppSettings.language`` then answers the session's language (every screen and
document reads it), while ``stored_language`` and the settings dialog keep the
language this computer starts in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dime_desktop import APP_NAME, APP_ORG

LANGUAGES = ("nb", "en")
DEFAULT_LANGUAGE = "nb"
DEFAULT_IDLE_MINUTES = 5
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 120
DEFAULT_THRESHOLD = 3
MIN_THRESHOLD = 1
MAX_THRESHOLD = 100


def _as_bool(value: object, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        if value.lower() in ("true", "1", "yes"):
            return True
        if value.lower() in ("false", "0", "no"):
            return False
    if isinstance(value, int):
        return bool(value)
    return default


def _as_int(value: object, default: int, lo: int, hi: int) -> int:
    try:
        number = int(str(value))
    except (TypeError, ValueError):
        return default
    return min(max(number, lo), hi)


class AppSettings:
    """Typed access to ``QSettings``; pass a ``QSettings`` on an ini file in tests."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings if qsettings is not None else QSettings(APP_ORG, APP_NAME)
        self._session_language: str | None = None

    @classmethod
    def from_file(cls, path: Path) -> AppSettings:
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    @property
    def qsettings(self) -> QSettings:
        return self._s

    # --- language ------------------------------------------------------------
    @property
    def language(self) -> str:
        """The language of this session: ``--lang`` if given, else the stored one."""
        if self._session_language is not None:
            return self._session_language
        return self.stored_language

    @language.setter
    def language(self, value: str) -> None:
        self.stored_language = value

    @property
    def stored_language(self) -> str:
        """The language this computer starts in (the settings dialog's choice)."""
        value = str(self._s.value("ui/language", DEFAULT_LANGUAGE))
        return value if value in LANGUAGES else DEFAULT_LANGUAGE

    @stored_language.setter
    def stored_language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._s.setValue("ui/language", value)

    def use_language_for_session(self, value: str | None) -> None:
        """``--lang``: every screen and document of this session speaks ``value``;
        nothing is written to the settings file."""
        if value is not None and value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._session_language = value

    # --- idle lock -------------------------------------------------------------
    @property
    def idle_minutes(self) -> int:
        return _as_int(
            self._s.value("security/idle_minutes", DEFAULT_IDLE_MINUTES),
            DEFAULT_IDLE_MINUTES,
            MIN_IDLE_MINUTES,
            MAX_IDLE_MINUTES,
        )

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        self._s.setValue(
            "security/idle_minutes", min(max(int(value), MIN_IDLE_MINUTES), MAX_IDLE_MINUTES)
        )

    # --- discreet mode -----------------------------------------------------------
    @property
    def discreet_default(self) -> bool:
        return _as_bool(self._s.value("security/discreet_default", True), True)

    @discreet_default.setter
    def discreet_default(self, value: bool) -> None:
        self._s.setValue("security/discreet_default", bool(value))

    # --- vault location ------------------------------------------------------------
    @property
    def vault_path(self) -> Path | None:
        value = self._s.value("vault/path", "")
        return Path(str(value)) if value else None

    @vault_path.setter
    def vault_path(self, value: Path | None) -> None:
        if value is None:
            self._s.remove("vault/path")
        else:
            self._s.setValue("vault/path", str(value))

    # --- who works on this laptop (issue 12) -----------------------------------------
    @property
    def adviser_name(self) -> str:
        """The name the access log records for this laptop's user (typed on the
        unlock screen; the name of a staff member, never a client's)."""
        return " ".join(str(self._s.value("privacy/adviser_name", "") or "").split())[:100]

    @adviser_name.setter
    def adviser_name(self, value: str) -> None:
        self._s.setValue("privacy/adviser_name", " ".join(value.split())[:100])

    # --- keychain ------------------------------------------------------------------
    @property
    def remember_on_device(self) -> bool:
        """Whether the adviser chose "remember on this device" (try the keychain at start)."""
        return _as_bool(self._s.value("security/remember_on_device", False), False)

    @remember_on_device.setter
    def remember_on_device(self, value: bool) -> None:
        self._s.setValue("security/remember_on_device", bool(value))

    # --- statistics ------------------------------------------------------------------
    @property
    def suppression_threshold(self) -> int:
        return _as_int(
            self._s.value("stats/suppression_threshold", DEFAULT_THRESHOLD),
            DEFAULT_THRESHOLD,
            MIN_THRESHOLD,
            MAX_THRESHOLD,
        )

    @suppression_threshold.setter
    def suppression_threshold(self, value: int) -> None:
        self._s.setValue(
            "stats/suppression_threshold", min(max(int(value), MIN_THRESHOLD), MAX_THRESHOLD)
        )

    # --- the main window's place (issue: lock care §5) ----------------------------
    @property
    def window_geometry(self) -> tuple[int, int, int, int] | None:
        """Where the main window was last (x, y, width, height of its frame), or
        None: never placed on this computer (or the value is unreadable)."""
        value = self._s.value("window/geometry", "")
        parts = str(value or "").split(",")
        if len(parts) != 4:
            return None
        try:
            x, y, w, h = (int(p) for p in parts)
        except ValueError:
            return None
        return (x, y, w, h) if w > 0 and h > 0 else None

    @window_geometry.setter
    def window_geometry(self, value: tuple[int, int, int, int] | None) -> None:
        if value is None:
            self._s.remove("window/geometry")
        else:
            self._s.setValue("window/geometry", ",".join(str(int(v)) for v in value))

    @property
    def window_maximized(self) -> bool:
        return _as_bool(self._s.value("window/maximized", False), False)

    @window_maximized.setter
    def window_maximized(self, value: bool) -> None:
        self._s.setValue("window/maximized", bool(value))

    def sync(self) -> None:
        self._s.sync()


class SettingsDialog(QDialog):
    """Language (on restart), idle minutes, discreet-mode default, vault folder,
    the suppression threshold of shared statistics.

    Opened with ``open()`` (window-modal, never a nested event loop); emits
    ``applied`` after OK, and ``vault_path_chosen(path)`` when the vault folder was
    changed here (the app opens it after the next lock)."""

    applied = Signal()
    vault_path_chosen = Signal(object)

    def __init__(
        self,
        settings: AppSettings,
        current_vault: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("SettingsDialog")
        self.setAccessibleName(self.tr("Settings"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.language = QComboBox()
        self.language.addItem("Norsk bokmål", "nb")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.stored_language)))
        self.language.setAccessibleName(self.tr("Language"))
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        self.language_note = QLabel(self.tr("A new language is used the next time you start."))
        self.language_note.setWordWrap(True)
        self.language_note.setObjectName("note")
        form.addRow("", self.language_note)

        self.idle = QSpinBox()
        self.idle.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle.setValue(settings.idle_minutes)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(self.tr("Lock after minutes without use"))
        idle_label = QLabel(self.tr("Lock &after no use for:"))
        idle_label.setBuddy(self.idle)
        form.addRow(idle_label, self.idle)

        self.discreet = QCheckBox(self.tr("Start in &discreet mode (hide client names)"))
        self.discreet.setChecked(settings.discreet_default)
        self.discreet.setAccessibleName(self.tr("Start in discreet mode"))
        form.addRow("", self.discreet)

        self.threshold = QSpinBox()
        self.threshold.setRange(MIN_THRESHOLD, MAX_THRESHOLD)
        self.threshold.setValue(settings.suppression_threshold)
        self.threshold.setAccessibleName(self.tr("Hide counts below"))
        threshold_label = QLabel(self.tr("&Hide counts below:"))
        threshold_label.setBuddy(self.threshold)
        form.addRow(threshold_label, self.threshold)
        self.threshold_note = QLabel(
            self.tr("In statistics that leave the program (PDF, print, CSV, XLSX).")
        )
        self.threshold_note.setWordWrap(True)
        self.threshold_note.setObjectName("note")
        form.addRow("", self.threshold_note)

        self._shown_path = str(settings.vault_path or current_vault or "")
        self.vault_path = QLineEdit(self._shown_path)
        self.vault_path.setAccessibleName(self.tr("Vault folder"))
        self.browse = QPushButton(self.tr("&Choose…"))
        self.browse.setAccessibleName(self.tr("Choose vault folder"))
        self.browse.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.vault_path, 1)
        row.addWidget(self.browse)
        vault_label = QLabel(self.tr("&Vault folder:"))
        vault_label.setBuddy(self.vault_path)
        form.addRow(vault_label, row)
        self.vault_note = QLabel(self.tr("A different vault folder is opened after the next lock."))
        self.vault_note.setWordWrap(True)
        self.vault_note.setObjectName("note")
        form.addRow("", self.vault_note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setTabOrder(self.language, self.idle)
        self.setTabOrder(self.idle, self.discreet)
        self.setTabOrder(self.discreet, self.threshold)
        self.setTabOrder(self.threshold, self.vault_path)
        self.setTabOrder(self.vault_path, self.browse)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

    def _choose_folder(self) -> None:
        from dime_desktop.ui.common.dialogs import ask_folder

        text = self.vault_path.text().strip()
        start = Path(text).expanduser().parent if text else None
        ask_folder(
            self,
            self.tr("Choose vault folder"),
            lambda folder: self.vault_path.setText(str(folder)),
            start=start if start is not None and start.is_dir() else None,
        )

    def accept(self) -> None:
        self.apply()
        super().accept()

    def apply(self) -> None:
        self._settings.stored_language = str(self.language.currentData())
        self._settings.idle_minutes = self.idle.value()
        self._settings.discreet_default = self.discreet.isChecked()
        self._settings.suppression_threshold = self.threshold.value()
        text = self.vault_path.text().strip()
        changed = text != self._shown_path
        if changed:
            self._settings.vault_path = Path(text).expanduser() if text else None
        self._settings.sync()
        self.applied.emit()
        if changed and text:
            self.vault_path_chosen.emit(Path(text).expanduser())
