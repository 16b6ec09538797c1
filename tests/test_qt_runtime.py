"""Guards against known-bad Qt bindings.

PySide6 6.12.0 lowers the reference count of ``True`` on every signal emitted
from Python; after a few hundred emits the interpreter aborts with
"bool_dealloc". The app emits signals all the time, so this would crash it
after some minutes of use. pyproject.toml pins PySide6 below 6.12; this test
fails if an upgrade brings the bug back.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal

pytestmark = pytest.mark.gui


class _Emitter(QObject):
    plain = Signal()
    flag = Signal(bool)


def test_signal_emit_keeps_reference_counts(qapp) -> None:  # type: ignore[no-untyped-def]
    emitter = _Emitter()
    received: list[object] = []
    emitter.plain.connect(lambda: received.append(None))
    emitter.flag.connect(received.append)
    before_true = sys.getrefcount(True)
    before_none = sys.getrefcount(None)
    for _ in range(50):
        emitter.plain.emit()
        emitter.flag.emit(True)
    received.clear()
    # a little slack for unrelated references; the bug loses 100 here
    assert sys.getrefcount(True) >= before_true - 5
    assert sys.getrefcount(None) >= before_none - 5
