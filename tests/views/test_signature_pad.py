"""The signature pad on its own: a finger on a touch screen draws as the mouse does."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.views.support.signature_pad import SignaturePad


def touch_stroke(pad: QWidget, points: list[tuple[int, int]]) -> None:
    """One finger stroke as a touch screen reports it. The widget must be passed to each
    press/move/release: without it PySide picks the QWindow overload and the points are
    taken as window coordinates."""
    finger = QTest.createTouchDevice()
    for index, point in enumerate(points):
        sequence = QTest.touchEvent(pad, finger)
        if index == 0:
            sequence.press(0, QPoint(*point), pad)
        elif index == len(points) - 1:
            sequence.release(0, QPoint(*point), pad)
        else:
            sequence.move(0, QPoint(*point), pad)
        sequence.commit()


def test_a_finger_stroke_becomes_ink_in_the_png_and_clear_empties_it(qtbot: QtBot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 150)
    pad.show()
    assert pad.is_empty()
    touch_stroke(pad, [(20, 100), (20, 100)])  # a tap (down, up) is not a signature
    assert pad.is_empty()
    touch_stroke(pad, [(x, 60 + (x % 50)) for x in range(20, 300, 10)])
    assert not pad.is_empty()
    image = QImage.fromData(pad.png(), "PNG")
    assert (image.width(), image.height()) == (400, 150)
    ink = sum(1 for x in range(image.width()) for y in range(image.height())
              if image.pixelColor(x, y).lightness() < 128)
    assert ink > 100
    pad.clear()
    assert pad.is_empty()
    blank = QImage.fromData(pad.png(), "PNG")
    assert all(blank.pixelColor(x, 75).lightness() > 200 for x in range(0, 400, 7))
