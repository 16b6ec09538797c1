"""A person at the keyboard: find what is on screen by the name a screen reader
would say or the text an eye would read, then press keys and click on it.

Journey tests use only this (and read files the app wrote): never a form's
methods, never a widget reached through attributes. Everything found must be
visible, enabled where it is to be used, and inside its window (a control
pushed out of the window or hidden is a defect a person would meet).

Names are matched, in this order, against: the accessible name; the visible
text of buttons, labels, check boxes, group boxes and tabs (``&`` mnemonics
removed); a line edit's placeholder; and the text of the label whose buddy the
widget is ("Passphrase:" finds the passphrase field, as a person reads it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QStatusBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

W = TypeVar("W", bound=QWidget)

WAIT_MS = 10_000


def plain(text: str) -> str:
    """Visible text as a person reads it: mnemonics and trailing colons/ellipses off."""
    text = re.sub(r"&(.)", r"\1", text.replace("&&", "\0")).replace("\0", "&")
    return text.strip().rstrip(":").rstrip("…").rstrip(".").strip()


def visible_text(widget: QWidget) -> str:
    """The text a person sees on a widget (empty for widgets without text)."""
    if isinstance(widget, QAbstractButton | QLabel):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, QLineEdit):
        return widget.text() or widget.placeholderText()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return ""


def _scroll_into_view(widget: QWidget) -> None:
    """Scroll every scroll area around ``widget`` so that it shows."""
    if not widget.isVisible():
        return
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None:
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()


def _really_visible(widget: QWidget) -> bool:
    if not widget.isVisible():
        return False
    window = widget.window()
    if not window.isVisible():
        return False
    # inside its window: a person cannot use what is drawn outside it
    top_left = widget.mapTo(window, QPoint(0, 0))
    if not window.rect().intersects(widget.rect().translated(top_left)):
        return False
    # and inside the visible part of every scroll area around it
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea) and parent.viewport().isAncestorOf(widget):
            viewport = parent.viewport()
            corner = widget.mapTo(viewport, QPoint(0, 0))
            if not viewport.rect().intersects(widget.rect().translated(corner)):
                return False
        parent = parent.parentWidget()
    return True


def _names(widget: QWidget) -> list[str]:
    names = [widget.accessibleName()]
    if isinstance(widget, QAbstractButton | QLabel | QGroupBox | QCheckBox):
        names.append(visible_text(widget))
    if isinstance(widget, QLineEdit):
        names.append(widget.placeholderText())
    return [plain(n) for n in names if n]


class Clock:
    """A clock for the app's idle lock that a test moves on (``start_app(clock=)``):
    the minutes of the settings pass without waiting for them."""

    def __init__(self, start: float = 1_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float = 0, *, minutes: float = 0) -> None:
        """Let time pass (a negative value sets the clock back)."""
        self.now += seconds + minutes * 60


class DayClock:
    """The app's wall clock (``start_app(now=)``: the daily backup) that a test
    moves on: it runs with the real time, and a day passes without waiting for
    it (``advance(hours=25)``)."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, *, hours: float = 0, days: float = 0) -> None:
        self.offset += timedelta(hours=hours, days=days)


class Person:
    """One person using the app through ``qtbot`` (keyboard and mouse)."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot

    # --- looking -----------------------------------------------------------------
    def windows(self) -> list[QWidget]:
        """Top-level windows on screen, the active one first."""
        shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        active = QApplication.activeWindow()
        shown.sort(key=lambda w: w is not active)
        return shown

    def active_window(self) -> QWidget:
        active = QApplication.activeModalWidget() or QApplication.activeWindow()
        if active is None or not active.isVisible():
            shown = self.windows()
            assert shown, "no window is on screen"
            return shown[0]
        return active

    def _widgets(self, within: QWidget | None) -> Iterable[QWidget]:
        roots = [within] if within is not None else self.windows()
        for root in roots:
            yield root
            yield from root.findChildren(QWidget)

    def _buddies(self, within: QWidget | None) -> dict[int, list[str]]:
        out: dict[int, list[str]] = {}
        for label in self._widgets(within):
            if isinstance(label, QLabel) and label.buddy() is not None and label.isVisible():
                out.setdefault(id(label.buddy()), []).append(plain(label.text()))
        return out

    def find_all(
        self, name: str, kind: type[W] = QWidget, *, within: QWidget | None = None
    ) -> list[W]:  # type: ignore[assignment]
        wanted = plain(name)
        buddies = self._buddies(within)
        found: list[W] = []
        seen: set[int] = set()
        for widget in self._widgets(within):
            if not isinstance(widget, kind) or id(widget) in seen:
                continue
            named = wanted in _names(widget) or wanted in buddies.get(id(widget), [])
            if named and not _really_visible(widget):
                _scroll_into_view(widget)  # a person scrolls to what is further down
            if not _really_visible(widget):
                continue
            if named:
                found.append(widget)
                seen.add(id(widget))
        # "Passphrase:" and the field it labels are one thing to a person: the field
        return [
            w
            for w in found
            if not (isinstance(w, QLabel) and w.buddy() is not None and id(w.buddy()) in seen)
        ]

    def find(self, name: str, kind: type[W] = QWidget, *, within: QWidget | None = None) -> W:  # type: ignore[assignment]
        """The one visible widget of ``kind`` called ``name`` (the active window's
        first when several windows have one)."""
        found = self.find_all(name, kind, within=within)
        if not found:
            raise AssertionError(
                f"nothing visible called {name!r} ({kind.__name__}); on screen: "
                + "; ".join(self.names_on_screen(kind)[:60])
            )
        if len(found) > 1:
            active = self.active_window()
            in_active = [w for w in found if w.window() is active]
            if len(in_active) == 1:
                return in_active[0]
            raise AssertionError(f"{len(found)} visible widgets are called {name!r}")
        return found[0]

    def sees(self, name: str, kind: type[QWidget] = QWidget) -> bool:
        return bool(self.find_all(name, kind))

    def names_on_screen(self, kind: type[QWidget] = QWidget) -> list[str]:
        out: list[str] = []
        for widget in self._widgets(None):
            if isinstance(widget, kind) and _really_visible(widget):
                out += _names(widget)
        return sorted(set(out))

    def text_on_screen(self, within: QWidget | None = None) -> str:
        """Everything written on the visible windows: texts, titles, tabs, table cells."""
        parts: list[str] = []
        for widget in self._widgets(within):
            if not _really_visible(widget):
                continue
            if widget.isWindow():
                parts.append(widget.windowTitle())
            parts.append(visible_text(widget))
            if isinstance(widget, QTabBar):
                parts += [widget.tabText(i) for i in range(widget.count())]
            if isinstance(widget, QStatusBar):
                parts.append(widget.currentMessage())
            if isinstance(widget, QAbstractItemView) and widget.model() is not None:
                parts += _view_texts(widget)
        return "\n".join(p for p in parts if p)

    def wait_for(self, name: str, kind: type[W] = QWidget, *, timeout: int = WAIT_MS) -> W:  # type: ignore[assignment]
        self.qtbot.waitUntil(lambda: bool(self.find_all(name, kind)), timeout=timeout)
        return self.find(name, kind)

    def wait_until_gone(
        self, name: str, kind: type[QWidget] = QWidget, *, timeout: int = WAIT_MS
    ) -> None:
        """Wait until nothing visible is called ``name`` any more (a busy bar, a
        progress message): e.g. "Sikkerhetskopi pågår" on the lock screen while
        the vault closes behind it."""
        self.qtbot.waitUntil(lambda: not self.find_all(name, kind), timeout=timeout)

    def wait_until(self, condition: Callable[[], bool], *, timeout: int = WAIT_MS) -> None:
        self.qtbot.waitUntil(condition, timeout=timeout)

    def wait_for_text(self, text: str, *, timeout: int = WAIT_MS) -> None:
        self.qtbot.waitUntil(lambda: text in self.text_on_screen(), timeout=timeout)

    # --- doing -------------------------------------------------------------------
    def click(self, name: str, kind: type[QWidget] = QAbstractButton) -> QWidget:
        widget = self.find(name, kind)
        assert widget.isEnabled(), f"{name!r} is disabled"
        self.click_widget(widget)
        return widget

    def bring_to_front(self, window: QWidget) -> None:
        """What a window manager does when a window is clicked or newly shown."""
        window = window.window()
        if QApplication.activeWindow() is not window:
            window.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=WAIT_MS)

    def _front_window(self) -> QWidget:
        """The window keys go to: the active one, else the only one on screen (a
        window manager activates a window when it appears)."""
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            self.bring_to_front(modal)
            return modal
        active = QApplication.activeWindow()
        if active is not None and active.isVisible():
            return active
        shown = self.windows()
        assert len(shown) == 1, f"which window is in front? {[w.windowTitle() for w in shown]}"
        self.bring_to_front(shown[0])
        return shown[0]

    def click_widget(self, widget: QWidget, pos: QPoint | None = None) -> None:
        assert _really_visible(widget), f"{widget!r} is not on screen"
        assert widget.isEnabled(), f"{widget!r} is disabled"
        self.bring_to_front(widget)
        if pos is None:
            pos = widget.rect().center()
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)

    def right_click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        """A right click: the button, and the context-menu request the platform sends."""
        from PySide6.QtGui import QContextMenuEvent

        self.bring_to_front(widget)
        pos = widget.rect().center() if pos is None else pos
        QTest.mousePress(widget, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, pos)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos))
        QApplication.sendEvent(widget, event)
        QTest.mouseRelease(widget, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, pos)

    def popup_menu(self) -> QMenu:
        """The context or drop-down menu that is open."""
        self.qtbot.waitUntil(
            lambda: isinstance(QApplication.activePopupWidget(), QMenu), timeout=WAIT_MS
        )
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        return menu

    def click_menu_item(self, menu: QMenu, item: str) -> None:
        wanted = plain(item)
        actions = [a for a in menu.actions() if plain(a.text()) == wanted and a.isVisible()]
        assert actions, f"no item {item!r} in {[a.text() for a in menu.actions()]}"
        QTest.mouseClick(
            menu,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
            menu.actionGeometry(actions[0]).center(),
        )

    def double_click_widget(self, widget: QWidget, pos: QPoint) -> None:
        QTest.mouseDClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)

    def focus(self, name: str, kind: type[W] = QWidget) -> W:  # type: ignore[assignment]
        """Click into a field (as a person does before typing)."""
        widget = self.find(name, kind)
        assert widget.isEnabled(), f"{name!r} is disabled"
        self.click_widget(widget)
        widget.setFocus(Qt.FocusReason.MouseFocusReason)
        return widget

    def type(
        self, name: str, text: str, kind: type[QWidget] = QWidget, *, clear: bool = True
    ) -> QWidget:
        """Click into the field called ``name`` and type ``text`` (select-all first)."""
        widget = self.focus(name, kind)
        target = _typing_target(widget)
        if clear:
            QTest.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClick(target, Qt.Key.Key_Delete)
        key_clicks(target, text)
        return widget

    def type_here(self, text: str) -> None:
        """Type into whatever has the keyboard focus."""
        self._front_window()
        key_clicks(self.focus_widget(), text)

    def focus_widget(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, keys: str, widget: QWidget | None = None) -> None:
        """Press a key or a shortcut ("Tab", "Return", "Ctrl+L", "Alt+F") where the
        focus is (or on ``widget``): shortcuts reach the app as from a keyboard."""
        if widget is None:
            window = self._front_window()
            focus = QApplication.focusWidget()
            widget = focus if focus is not None and focus.window() is window else window
        if "+" in keys:
            QTest.keySequence(widget, QKeySequence(keys))
        else:
            QTest.keyClick(widget, _key(keys))

    def tick(self, name: str, on: bool = True) -> None:
        box = self.find(name, QAbstractButton)
        if box.isChecked() != on:
            # on its box, at the left (a wide check box is empty on its right)
            pos = (
                QPoint(box.height() // 2, box.height() // 2) if isinstance(box, QCheckBox) else None
            )
            self.click_widget(box, pos)
        assert box.isChecked() == on, f"{name!r} did not change"

    def choose(self, name: str, item: str) -> None:
        """Open the combo box called ``name`` with a click and pick ``item`` in its list."""
        combo = self.find(name, QComboBox)
        self.click_widget(combo)
        view = combo.view()
        self.qtbot.waitUntil(view.isVisible, timeout=WAIT_MS)
        model = combo.model()
        rows = [model.index(r, combo.modelColumn()) for r in range(model.rowCount())]
        wanted = plain(item)
        matches = [i for i in rows if plain(str(i.data())) == wanted]
        assert matches, f"{name!r} has no item {item!r}: {[i.data() for i in rows]}"
        index = matches[0]
        # In the open list, go to the item with the arrow keys and press Enter
        # (Qt ignores a mouse release right after the list opened – a click
        # there would need a pause, and journeys never sleep).
        QTest.keyClick(view, Qt.Key.Key_Home)
        for _ in range(index.row()):
            QTest.keyClick(view, Qt.Key.Key_Down)
        assert view.currentIndex().row() == index.row(), f"{name!r}: cannot reach {item!r}"
        QTest.keyClick(view, Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: not view.isVisible(), timeout=WAIT_MS)
        assert combo.currentText() == index.data(), f"{name!r} shows {combo.currentText()!r}"

    def click_any_item(self, text: str) -> None:
        """Click the item (list entry, table cell) showing ``text`` in whichever
        visible list or table has exactly one such item."""
        wanted = plain(text)
        hits: list[tuple[QAbstractItemView, Any]] = []
        seen: set[int] = set()
        for view in self._widgets(None):
            if not isinstance(view, QAbstractItemView) or not _really_visible(view):
                continue
            if id(view) in seen or isinstance(view, QHeaderView):  # a header shares the model
                continue
            seen.add(id(view))
            model = view.model()
            if model is None:
                continue
            for r in range(min(model.rowCount(), 500)):
                for c in range(_columns(model)):
                    index = model.index(r, c)
                    if plain(str(index.data() or "")) == wanted:
                        hits.append((view, index))
        assert len(hits) == 1, f"{len(hits)} visible items show {text!r}"
        view, index = hits[0]
        view.scrollTo(index)
        self.click_widget(view.viewport(), view.visualRect(index).center())

    def rows(self, name: str) -> list[list[str]]:
        """The texts of the table or list called ``name``, row by row."""
        view = self.find(name, QAbstractItemView)
        model = view.model()
        root = QModelIndex()
        return [
            [str(model.index(r, c).data() or "") for c in range(_columns(model))]
            for r in range(model.rowCount(root))
        ]

    def click_row(self, name: str, text: str, *, double: bool = False) -> None:
        """Click the row of the table or list called ``name`` that shows ``text``."""
        view = self.find(name, QAbstractItemView)
        model = view.model()
        root = QModelIndex()
        for r in range(model.rowCount(root)):
            for c in range(_columns(model)):
                index = model.index(r, c)
                if plain(str(index.data() or "")) == plain(text):
                    view.scrollTo(index)
                    rect = view.visualRect(index)
                    self.click_widget(view.viewport(), rect.center())
                    if double:
                        self.double_click_widget(view.viewport(), rect.center())
                    return
        raise AssertionError(f"{name!r} has no row showing {text!r}: {self.rows(name)}")

    def toggle_item(self, name: str, text: str) -> None:
        """Tick or untick the item ``text`` of the checkable list called ``name``
        (click it, then Space, as a person does with the keyboard)."""
        self.click_row(name, text)
        view = self.find(name, QAbstractItemView)
        QTest.keyClick(view, Qt.Key.Key_Space)

    def item(self, view_name: str, text: str) -> tuple[QAbstractItemView, Any]:
        """The view called ``view_name`` and the index of its first cell showing ``text``."""
        view = self.find(view_name, QAbstractItemView)
        model = view.model()
        wanted = plain(text)
        for r in range(model.rowCount()):
            for c in range(_columns(model)):
                index = model.index(r, c)
                if plain(str(index.data() or "")) == wanted and not (
                    hasattr(view, "isColumnHidden") and view.isColumnHidden(c)
                ):
                    return view, index
        raise AssertionError(f"{view_name!r} shows no {text!r}: {_view_texts(view)[:40]}")

    def click_item(self, view_name: str, text: str, *, double: bool = False) -> None:
        """Click (or double-click) the cell showing ``text`` in the list or table
        called ``view_name``."""
        view, index = self.item(view_name, text)
        view.scrollTo(index)
        centre = view.visualRect(index).center()
        self.bring_to_front(view)
        QTest.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
        )
        if double:
            QTest.mouseDClick(
                view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre
            )

    def click_header(self, view_name: str, column_title: str) -> None:
        """Click a table's column header (sorts by it)."""
        from PySide6.QtWidgets import QTableView

        view = self.find(view_name, QTableView)
        header = view.horizontalHeader()
        model = view.model()
        for c in range(model.columnCount()):
            title = model.headerData(c, Qt.Orientation.Horizontal)
            if plain(str(title or "")) == plain(column_title) and not view.isColumnHidden(c):
                x = header.sectionViewportPosition(c) + header.sectionSize(c) // 2
                QTest.mouseClick(
                    header.viewport(),
                    Qt.MouseButton.LeftButton,
                    Qt.KeyboardModifier.NoModifier,
                    QPoint(x, header.height() // 2),
                )
                return
        raise AssertionError(f"{view_name!r} has no column {column_title!r}")

    def sort_arrow(self, view_name: str) -> str:
        """Which way the sort arrow in the header of the table called
        ``view_name`` points, as an eye sees it: "up" or "down". (The header is
        drawn again with the other order: the pixels darker in this drawing than
        in that one are this arrow; counted row by row, an arrow pointing up is
        narrow at the top.)"""
        from PySide6.QtGui import QColor
        from PySide6.QtWidgets import QTableView

        header = self.find(view_name, QTableView).horizontalHeader()
        assert header.isSortIndicatorShown(), f"{view_name!r} shows no sort arrow"
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        other = (
            Qt.SortOrder.DescendingOrder
            if order == Qt.SortOrder.AscendingOrder
            else Qt.SortOrder.AscendingOrder
        )
        header.blockSignals(True)
        try:
            this = header.grab().toImage()
            header.setSortIndicator(column, other)
            that = header.grab().toImage()
            header.setSortIndicator(column, order)
        finally:
            header.blockSignals(False)
        left = header.sectionViewportPosition(column)
        widths: list[int] = []
        for y in range(this.height()):
            n = sum(
                1
                for x in range(max(left, 0), min(left + header.sectionSize(column), this.width()))
                if QColor(this.pixel(x, y)).lightness() < QColor(that.pixel(x, y)).lightness()
            )
            if n:
                widths.append(n)
        assert len(widths) >= 2 and widths[0] != widths[-1], f"no arrow drawn: {widths}"
        return "down" if widths[0] > widths[-1] else "up"

    def column(self, view_name: str, column_title: str) -> list[str]:
        """The texts of one column of a table, top to bottom as shown."""
        from PySide6.QtWidgets import QTableView

        view = self.find(view_name, QTableView)
        model = view.model()
        for c in range(model.columnCount()):
            if plain(str(model.headerData(c, Qt.Orientation.Horizontal) or "")) == plain(
                column_title
            ):
                return [str(model.index(r, c).data() or "") for r in range(model.rowCount())]
        raise AssertionError(f"{view_name!r} has no column {column_title!r}")

    def select_tab(self, name: str) -> None:
        """Click the tab called ``name`` in whichever visible tab bar has it."""
        wanted = plain(name)
        for bar in self._widgets(None):
            if isinstance(bar, QTabBar) and _really_visible(bar):
                for i in range(bar.count()):
                    if plain(bar.tabText(i)) == wanted:
                        self.click_widget(bar, bar.tabRect(i).center())
                        assert bar.currentIndex() == i
                        return
        raise AssertionError(f"no visible tab called {name!r}")

    def menu(self, *path: str) -> None:
        """Open a menu of the active window's menu bar with the mouse and click
        through ``path`` ("File", "Settings…")."""
        window = self.active_window()
        bar = window.findChild(QMenuBar)
        assert bar is not None and bar.isVisible(), "the window has no menu bar"
        first = plain(path[0])
        actions = [a for a in bar.actions() if plain(a.text()) == first and a.isVisible()]
        assert actions, f"no menu {path[0]!r}: {[a.text() for a in bar.actions()]}"
        self.click_widget(bar, bar.actionGeometry(actions[0]).center())
        menu = actions[0].menu()
        assert isinstance(menu, QMenu)
        for step in path[1:]:
            self.qtbot.waitUntil(menu.isVisible, timeout=WAIT_MS)
            wanted = plain(step)
            items = [a for a in menu.actions() if plain(a.text()) == wanted and a.isVisible()]
            assert items, f"no item {step!r} in {[a.text() for a in menu.actions()]}"
            action = items[0]
            assert action.isEnabled(), f"{step!r} is disabled"
            QTest.mouseClick(
                menu,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
                menu.actionGeometry(action).center(),
            )
            if action.menu() is not None:
                menu = action.menu()
                assert isinstance(menu, QMenu)

    # --- dialogs -----------------------------------------------------------------
    def file_dialog(self) -> QFileDialog:
        self.qtbot.waitUntil(
            lambda: any(isinstance(w, QFileDialog) for w in self.windows()), timeout=WAIT_MS
        )
        return next(w for w in self.windows() if isinstance(w, QFileDialog))

    def save_file_as(self, path: Path) -> None:
        """In the file dialog on screen, as a person does: type the folder and
        press Enter (the dialog goes there), type the file name, click the
        dialog's Save (or Open) button."""
        from PySide6.QtWidgets import QDialogButtonBox

        dialog = self.file_dialog()
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None and name.isVisible()

        def type_in(text: str) -> None:
            self.click_widget(name)  # the dialog comes to the front, the field gets the keys
            name.setFocus(Qt.FocusReason.MouseFocusReason)
            assert name.hasFocus()
            QTest.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
            QTest.keyClicks(name, text)
            completer = name.completer()
            if completer is not None and completer.popup().isVisible():
                QTest.keyClick(completer.popup(), Qt.Key.Key_Escape)  # the list closes

        folder = Path(path).parent
        if Path(dialog.directory().absolutePath()) != folder:
            type_in(str(folder))
            QTest.keyClick(name, Qt.Key.Key_Return)
            self.qtbot.waitUntil(
                lambda: Path(dialog.directory().absolutePath()) == folder, timeout=WAIT_MS
            )
        type_in(Path(path).name)
        buttons = dialog.findChild(QDialogButtonBox, "buttonBox")
        assert buttons is not None
        accept = next(
            b
            for b in buttons.buttons()
            if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.qtbot.waitUntil(accept.isEnabled, timeout=WAIT_MS)
        self.click_widget(accept)
        self.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    choose_file = save_file_as  # an existing file is picked the same way

    def choose_folder(self, folder: Path) -> None:
        """In a folder dialog on screen: type the folder's full path, press Enter."""
        dialog = self.file_dialog()
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None and name.isVisible()
        self.click_widget(name)
        name.setFocus(Qt.FocusReason.MouseFocusReason)
        QTest.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(name, str(folder))
        completer = name.completer()
        if completer is not None and completer.popup().isVisible():
            QTest.keyClick(completer.popup(), Qt.Key.Key_Escape)
        QTest.keyClick(name, Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)

    def message_box(self) -> QMessageBox:
        self.qtbot.waitUntil(
            lambda: any(isinstance(w, QMessageBox) for w in self.windows()), timeout=WAIT_MS
        )
        return next(w for w in self.windows() if isinstance(w, QMessageBox))

    def answer(self, button: str) -> str:
        """Click ``button`` in the message box on screen; returns the box's text."""
        box = self.message_box()
        text = box.text()
        self.click_widget(self.find(button, QAbstractButton, within=box))
        return text

    # --- errands every journey starts with -----------------------------------------
    def unlock(self, running: Any, passphrase: str) -> None:
        """On the unlock screen (bokmål): type the passphrase, press Enter, and
        wait until the vault is open."""
        self.wait_for("Lås opp")
        self.type("Passordfrase", passphrase)
        self.press("Return")
        self.wait_until(lambda: running.controller.state == "unlocked")

    def open_only_case(self) -> None:
        """Open the one case of the list ("Saker") from its row, by the keyboard."""
        from PySide6.QtWidgets import QTableView

        table = self.wait_for("Saker", QTableView)
        self.wait_until(lambda: table.model().rowCount() == 1)
        self.click_widget(table.viewport(), table.visualRect(table.model().index(0, 0)).center())
        self.press("Return", table)

    def dialog(self, title: str | None = None) -> QDialog:
        def match() -> QDialog | None:
            for w in self.windows():
                if isinstance(w, QDialog) and (
                    title is None or plain(w.windowTitle()) == plain(title)
                ):
                    return w
            return None

        self.qtbot.waitUntil(lambda: match() is not None, timeout=WAIT_MS)
        found = match()
        assert found is not None
        return found


def key_clicks(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key. QTest knows keys for Latin-1
    only; any other character («», –, €, ...) comes as a key event carrying
    the character, as a keyboard layout or an input method sends it."""
    for ch in text:
        if ord(ch) < 256:
            QTest.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _typing_target(widget: QWidget) -> QWidget:
    """Where typed keys go: a spin box's or date's line edit, a combo's editor."""
    if isinstance(widget, QComboBox) and widget.isEditable() and widget.lineEdit() is not None:
        return widget.lineEdit()
    return widget


def _key(name: str) -> Qt.Key:
    aliases = {"Enter": "Return", "Esc": "Escape", "Del": "Delete", "PgDown": "PageDown"}
    name = aliases.get(name, name)
    key = getattr(Qt.Key, f"Key_{name}", None)
    assert key is not None, f"unknown key {name!r}"
    return key


def _columns(model: Any) -> int:
    """Columns of any model (a list model's columnCount is private in Qt)."""
    try:
        return int(model.columnCount(QModelIndex()))
    except TypeError:
        return 1


def _view_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    out: list[str] = []
    root = QModelIndex()
    rows = min(model.rowCount(root), 200)
    for r in range(rows):
        for c in range(_columns(model)):
            value = model.index(r, c).data()
            if value not in (None, ""):
                out.append(str(value))
    return out
