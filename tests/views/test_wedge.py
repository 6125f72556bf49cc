"""The wedge filter: a fast burst (with Shift for capitals) is one scan, typing stays typing.

Key events are synthesised with controlled timestamps (QKeyEvent.setTimestamp) and sent
through the application, so the application-wide filter sees them as it would a keyboard's.
"""

from __future__ import annotations

import wave
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from app.views.support.feedback import ScanFeedback, _tone
from app.views.support.scan_field import ScanField
from app.views.support.wedge import attach_wedge
from tests.views.wedge_keys import NONE, Keys


class Station(QWidget):
    """A screen with a scan field and an ordinary input that has the focus."""

    def __init__(self) -> None:
        super().__init__()
        self.scan = ScanField(self)
        self.note = QLineEdit(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scan)
        layout.addWidget(self.note)
        self.codes: list[str] = []
        self.scan.scanned.connect(self.codes.append)


def station(qtbot: Any, **options: Any) -> Station:
    screen = Station()
    qtbot.addWidget(screen)
    screen.show()
    screen.wedge = attach_wedge(screen, screen.scan, **options)
    screen.note.setFocus()
    return screen


def test_fast_burst_with_shift_letters_is_one_scan(qtbot: Any) -> None:
    screen = station(qtbot)
    keys = Keys(screen.note)
    keys.type("LOT-Ab12X9", gap=4)
    keys.enter(gap=4)

    assert screen.codes == ["LOT-Ab12X9"]
    assert screen.note.text() == ""  # nothing leaked into the focused field
    assert screen.scan.text() == ""
    assert screen.wedge.scans == 1


def test_slow_typing_stays_typing(qtbot: Any) -> None:
    screen = station(qtbot)
    keys = Keys(screen.note)
    keys.type("Hello 42", gap=80)
    keys.enter(gap=80)

    assert screen.codes == []
    assert screen.note.text() == "Hello 42"
    assert screen.wedge.scans == 0


def test_a_lone_held_key_reaches_the_widget_after_the_hold_time(qtbot: Any) -> None:
    screen = station(qtbot, hold_ms=20)
    Keys(screen.note).char("a", gap=0)
    assert screen.note.text() == ""  # held: could be the start of a scan
    qtbot.waitUntil(lambda: screen.note.text() == "a", timeout=1_000)
    assert screen.codes == []


def test_a_short_fast_burst_is_typing(qtbot: Any) -> None:
    screen = station(qtbot)  # 3 chars < min_chars 4
    keys = Keys(screen.note)
    keys.type("ab1", gap=3)
    keys.enter(gap=3)
    assert screen.codes == []
    assert screen.note.text() == "ab1"


def test_typing_then_a_scan_keeps_both_apart(qtbot: Any) -> None:
    screen = station(qtbot)
    keys = Keys(screen.note)
    keys.type("ok", gap=120)
    keys.char("4", gap=200)  # the scan starts after a person's pause
    keys.type("710000000029", gap=5)
    keys.key(Qt.Key.Key_Tab, "\t", gap=5)
    keys.type("!", gap=150)
    qtbot.waitUntil(lambda: screen.note.text() == "ok!", timeout=1_000)
    assert screen.codes == ["4710000000029"]


def test_threshold_is_configurable(qtbot: Any) -> None:
    screen = station(qtbot, max_gap_ms=10, min_chars=6)
    keys = Keys(screen.note)
    keys.type("ABCDEF", gap=20)  # fast for a person, too slow for this setting
    keys.enter(gap=20)
    assert screen.codes == []
    assert screen.note.text() == "ABCDEF"

    screen.note.clear()
    keys.type("ABCDEF", gap=4)  # 4 + Shift 2 + releases 2: 8 ms between letter presses
    keys.enter(gap=4)
    assert screen.codes == ["ABCDEF"]


def test_a_slow_enter_after_a_fast_burst_is_typing(qtbot: Any) -> None:
    screen = station(qtbot)
    keys = Keys(screen.note)
    keys.type("12345", gap=3)
    keys.enter(gap=300)
    assert screen.codes == []
    assert screen.note.text() == "12345"


def test_outside_the_scope_nothing_is_caught(qtbot: Any) -> None:
    screen = station(qtbot)
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    keys = Keys(other)
    keys.type("ABCD1234", gap=3)
    keys.enter(gap=3)
    assert screen.codes == []
    assert other.text() == "ABCD1234"


def test_untimed_events_pass_straight_through(qtbot: Any) -> None:
    screen = station(qtbot)
    qtbot.keyClicks(screen.note, "12.50")  # QTest events carry no timestamp
    qtbot.keyClick(screen.note, Qt.Key.Key_Tab)
    assert screen.codes == []
    assert screen.note.text() == "12.50"


def test_feedback_flashes_and_records_the_sound(qtbot: Any) -> None:
    panel = QWidget()
    qtbot.addWidget(panel)
    feedback = ScanFeedback(panel, flash_ms=30)
    normal = panel.palette().color(panel.backgroundRole()).name()

    feedback.wrong()
    assert feedback.state == "wrong"
    assert panel.palette().color(panel.backgroundRole()).name() == "#b3261e"
    feedback.right()
    assert panel.palette().color(panel.backgroundRole()).name() == "#1b6e20"
    assert feedback.history == ["wrong", "right"]
    qtbot.waitUntil(lambda: feedback.state == "", timeout=1_000)
    assert panel.palette().color(panel.backgroundRole()).name() == normal


def test_the_tones_are_valid_wav_files(tmp_path: Path) -> None:
    right = _tone(tmp_path / "right.wav", [(1320.0, 0.09)])
    wrong = _tone(tmp_path / "wrong.wav", [(220.0, 0.18), (0.0, 0.06), (220.0, 0.25)])
    with wave.open(str(right)) as w:
        assert (w.getnchannels(), w.getsampwidth()) == (1, 2)
        assert w.getnframes() == int(w.getframerate() * 0.09)
    with wave.open(str(wrong)) as w:
        assert w.getnframes() > 4 * int(w.getframerate() * 0.09)  # the buzz lasts longer


def test_equal_keys_in_the_same_millisecond_all_count(qtbot: Any) -> None:
    screen = station(qtbot)
    keys = Keys(screen.note)
    for ch in "1111":  # a fast HID scanner: several keys share one timestamp
        keys._send(QEvent.Type.KeyPress, Qt.Key.Key_1, ch, NONE)
        keys._send(QEvent.Type.KeyRelease, Qt.Key.Key_1, ch, NONE)
    keys.enter(gap=0)
    assert screen.codes == ["1111"]
    assert screen.note.text() == ""


def test_a_key_the_widget_ignores_is_not_counted_twice(qtbot: Any) -> None:
    screen = station(qtbot)
    keys = Keys(screen.scan)  # Escape: ignored by the line edit, travels to the screen
    keys.type("AB12", gap=3)
    keys.key(Qt.Key.Key_Escape, "\x1b", gap=3)
    assert screen.scan.text() == "AB12"  # replayed once, in order
    assert screen.codes == []
