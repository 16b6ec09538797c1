"""The first thing ``dime-desktop`` runs: check that the system libraries Qt
needs are there, before anything imports Qt.

Without this, a computer that lacks libGL (a minimal Debian, a container, a
freshly installed bundle) shows a Python traceback ending in "libGL.so.1:
cannot open shared object file". Here it gets one sentence naming what is
missing and the Debian/Ubuntu package that brings it, and exit status 1.

This module imports nothing of Qt (a test checks that); the app is imported
only after the check.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Sequence

#: (shared library, Debian/Ubuntu package) that Qt's widgets need on Linux.
QT_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libGL.so.1", "libgl1"),
    ("libEGL.so.1", "libegl1"),
    ("libfontconfig.so.1", "libfontconfig1"),
    ("libxkbcommon.so.0", "libxkbcommon0"),
    ("libglib-2.0.so.0", "libglib2.0-0"),
    ("libdbus-1.so.3", "libdbus-1-3"),
)

#: What Qt's X11 (xcb) platform needs in addition, on a desktop session.
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxcb-randr.so.0", "libxcb-randr0"),
    ("libxcb-shape.so.0", "libxcb-shape0"),
    ("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    ("libxcb-xkb.so.1", "libxcb-xkb1"),
    ("libX11-xcb.so.1", "libx11-xcb1"),
)


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def uses_xcb(environ: dict[str, str] | None = None) -> bool:
    """Whether Qt will pick its X11 platform (a display and no other choice)."""
    env = os.environ if environ is None else environ
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0] == "xcb"
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def missing_libraries(
    libraries: Sequence[tuple[str, str]] | None = None,
) -> list[tuple[str, str]]:
    """The (library, package) pairs that cannot be loaded; [] off Linux."""
    if not sys.platform.startswith("linux"):
        return []
    wanted = list(QT_LIBRARIES if libraries is None else libraries)
    if libraries is None and uses_xcb():
        wanted += XCB_LIBRARIES
    return [(lib, package) for lib, package in wanted if not _loads(lib)]


def missing_message(missing: Sequence[tuple[str, str]]) -> str:
    libs = ", ".join(lib for lib, _ in missing)
    packages = " ".join(dict.fromkeys(package for _, package in missing))
    return (
        f"DiMe Desktop cannot start: this computer lacks system libraries that the "
        f"window system needs: {libs}. On Debian or Ubuntu install them with\n\n"
        f"    sudo apt-get install {packages}\n\n"
        f"and start DiMe Desktop again.\n"
        f"DiMe Desktop kan ikke starte: datamaskinen mangler systembiblioteker som "
        f"vindussystemet trenger: {libs}. Installer dem med kommandoen over."
    )


def main(argv: Sequence[str] | None = None) -> int:
    missing = missing_libraries()
    if missing:
        print(missing_message(missing), file=sys.stderr)
        return 1
    try:
        from dime_desktop.ui.shell.app import main as app_main
    except ImportError as exc:  # a library not in the lists above
        name = getattr(exc, "name", None) or str(exc)
        print(
            f"DiMe Desktop cannot start: a part of Qt could not be loaded ({name}: {exc}). "
            "Reinstall DiMe Desktop, or install the system libraries named here.",
            file=sys.stderr,
        )
        return 1
    return app_main(argv)


if __name__ == "__main__":
    sys.exit(main())
