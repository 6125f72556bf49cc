"""Guards against the PySide6 6.12.0 + CPython 3.11 bug that drops a reference to None.

Every Python override of QAbstractItemModel.data() returning None to C++ (which every model
does for the roles it ignores) cost one reference to None; the process then aborted with
"Fatal Python error: none_dealloc" after a few thousand calls. Python 3.12 made None
immortal; on 3.11 the fix is a PySide6 without the bug (pyproject pins < 6.12 there).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import PySide6

CALLS = 20_000

PROBE = textwrap.dedent(f"""
    import sys
    from PySide6.QtCore import (QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt)
    from PySide6.QtWidgets import QApplication

    class NoneModel(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else 100

        def columnCount(self, parent=QModelIndex()):
            return 0 if parent.isValid() else 2

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return None

    app = QApplication([])
    model = NoneModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    before = sys.getrefcount(None)
    for n in range({CALLS}):
        # C++ (the proxy) calls the Python data() override and converts its None to QVariant.
        proxy.index(n % 100, n % 2).data(Qt.ItemDataRole.ToolTipRole)
    after = sys.getrefcount(None)
    print("refcount", before, after)
    sys.exit(0 if after >= before else 3)
""")


def test_a_model_returning_none_does_not_drain_references_to_none() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                          text=True, timeout=120)
    # A crash shows as -6 (SIGABRT, none_dealloc) and 3 as a leak caught before the crash.
    assert done.returncode == 0, f"exit {done.returncode}: {done.stdout}{done.stderr[-2000:]}"
    assert "refcount" in done.stdout


def test_python_3_11_gets_a_pyside6_without_the_bug() -> None:
    if sys.version_info < (3, 12):
        assert tuple(PySide6.__version_info__[:2]) < (6, 12), PySide6.__version__
