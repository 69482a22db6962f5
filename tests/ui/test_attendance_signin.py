"""Live sign-in: search, pick a name, sign on the pad, validate; trainers; leaving; the pad."""

from __future__ import annotations

import io
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QPointingDeviceUniqueId, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from territ_desktop.domain.attendance import AttendanceStatus
from territ_desktop.services import Services
from territ_desktop.ui import messages
from territ_desktop.ui.attendance_tab import AttendanceTab
from territ_desktop.ui.main_window import MainWindow
from territ_desktop.ui.signature_pad import MAX_PNG_SIZE, SignaturePad
from territ_desktop.ui.signin_window import PAD_PAGE, SignInWindow

THIRD = 4  # the morning of the third study day: nothing recorded in the demo


@pytest.fixture
def signin(window: MainWindow, answers: list[str]) -> SignInWindow:
    page = window.session_page
    page.tabs.setCurrentWidget(page.attendance_tab.widget)
    tab = page.attendance_tab
    tab.view.setCurrentIndex(tab.model.index(0, THIRD))
    tab.buttons["signInButton"].click()
    assert tab.signin is not None and tab.signin.widget.isVisible()
    assert tab.signin.widget.isFullScreen()
    return tab.signin


def draw(pad: SignaturePad, *, width: float = 0.6) -> None:
    """A zigzag across the pad, as a mouse would draw it."""
    w, h = pad.width(), pad.height()
    left = int(w * (0.5 - width / 2))
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(left, h // 2))
    for step in range(1, 31):
        y = h // 2 + (h // 5 if step % 2 else -h // 5)
        QTest.mouseMove(pad, QPoint(left + int(w * width * step / 30), y))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(left + int(w * width), h // 2))


def test_participant_signs(
    qtbot: Any,
    window: MainWindow,
    signin: SignInWindow,
    demo: Services,
    demo_session_id: str,
) -> None:
    assert signin.count.text() == "0 / 41 ont signé"
    assert signin.names.count() == 41
    qtbot.keyClicks(signin.search, "lukasz")
    assert signin.names.count() == 1
    item = signin.names.item(0)
    assert item.text() == "KOWALSKI Łukasz"
    qtbot.mouseClick(
        signin.names.viewport(),
        Qt.MouseButton.LeftButton,
        pos=signin.names.visualItemRect(item).center(),
    )
    assert signin.pages.currentIndex() == PAD_PAGE
    assert signin.signer_label.text().startswith("KOWALSKI Łukasz")
    validate = signin.buttons["validateButton"]
    assert not validate.isEnabled()  # nothing drawn yet
    draw(signin.pad)
    assert validate.isEnabled()
    with qtbot.waitSignal(signin.signed, timeout=5000) as blocker:
        qtbot.mouseClick(validate, Qt.MouseButton.LeftButton)
    person_id = blocker.args[0]

    sheet = demo.attendance.sheet(demo_session_id)
    half = sheet.session.half_days[THIRD]
    record = sheet.record(person_id, half.id)
    assert record is not None and record.status is AttendanceStatus.PRESENT
    assert record.signature_png is not None and record.signed_at is not None
    image = Image.open(io.BytesIO(record.signature_png))
    assert image.width <= MAX_PNG_SIZE.width() and image.height <= MAX_PNG_SIZE.height()
    assert image.mode == "RGBA" and image.getpixel((0, 0))[3] == 0  # transparent, cropped

    assert signin.pages.currentIndex() == 0 and signin.search.text() == ""
    assert signin.count.text() == "1 / 41 ont signé"
    assert signin.names.count() == 40
    assert "Łukasz" in signin.instructions.text()
    tab = window.session_page.attendance_tab
    row = tab.model.row_of(person_id)
    assert row is not None and tab.model.index(row, THIRD).data() == "P ✎"

    window.undo_action.trigger()  # the trainer takes it back from the main window
    assert demo.attendance.sheet(demo_session_id).record(person_id, half.id) is None
    window.redo_action.trigger()
    again = demo.attendance.sheet(demo_session_id).record(person_id, half.id)
    assert again is not None and again.signature_png == record.signature_png


def test_back_to_the_list_and_clear(qtbot: Any, signin: SignInWindow) -> None:
    qtbot.keyClicks(signin.search, "vidal")
    qtbot.keyClick(signin.search, Qt.Key.Key_Return)  # one match: Enter picks it
    assert signin.pages.currentIndex() == PAD_PAGE
    draw(signin.pad)
    qtbot.mouseClick(signin.buttons["clearButton"], Qt.MouseButton.LeftButton)
    assert signin.pad.is_empty() and not signin.buttons["validateButton"].isEnabled()
    qtbot.mouseClick(signin.buttons["backButton"], Qt.MouseButton.LeftButton)
    assert signin.pages.currentIndex() == 0 and signin.names.count() == 41


def test_trainer_signs(
    qtbot: Any, signin: SignInWindow, demo: Services, demo_session_id: str
) -> None:
    sheet = demo.attendance.sheet(demo_session_id)
    trainer = sheet.session.trainers[0]
    button = signin.trainer_buttons[trainer.id]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signin.pages.currentIndex() == PAD_PAGE
    assert trainer.last_name.upper() in signin.signer_label.text()
    draw(signin.pad)
    with qtbot.waitSignal(signin.signed, timeout=5000):
        qtbot.mouseClick(signin.buttons["validateButton"], Qt.MouseButton.LeftButton)
    half = sheet.session.half_days[THIRD]
    signatures = demo.attendance.sheet(demo_session_id).trainer_signatures
    assert signatures[(trainer.id, half.id)].startswith(b"\x89PNG")
    assert "a signé" in signin.trainer_buttons[trainer.id].text()
    assert signin.count.text() == "0 / 41 ont signé"  # trainers are not counted


def test_escape_asks_before_leaving(
    qtbot: Any, signin: SignInWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def refuse(_parent: Any, text: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(messages, "confirm", refuse)
    qtbot.keyClick(signin.search, Qt.Key.Key_Escape)
    assert asked and signin.widget.isVisible()
    monkeypatch.setattr(messages, "confirm", lambda _parent, _text: True)
    with qtbot.waitSignal(signin.closed, timeout=5000):
        qtbot.keyClick(signin.widget, Qt.Key.Key_Escape)
    assert not signin.widget.isVisible()


# -- the pad alone -----------------------------------------------------------------------------


@pytest.fixture
def pad(qtbot: Any) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)
    widget.resize(900, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_pad_png_is_cropped_and_fits(pad: SignaturePad) -> None:
    assert pad.is_empty() and pad.to_png() == b""
    QTest.mouseClick(pad, Qt.MouseButton.LeftButton, pos=QPoint(100, 100))
    assert pad.is_empty()  # a tap is not a signature
    pad.clear()
    draw(pad, width=0.2)
    small = Image.open(io.BytesIO(pad.to_png(white=True)))
    assert small.width < 300 and small.height < 200  # cropped to the ink
    assert small.getpixel((0, 0)) == (255, 255, 255, 255)
    draw(pad, width=0.95)
    big = Image.open(io.BytesIO(pad.to_png()))
    assert big.width == MAX_PNG_SIZE.width() and big.height <= MAX_PNG_SIZE.height()


def test_pad_takes_touch(pad: SignaturePad) -> None:
    device = QTest.createTouchDevice()
    changes: list[bool] = []
    pad.changed.connect(lambda: changes.append(pad.is_empty()))
    QTest.touchEvent(pad, device).press(0, QPoint(100, 150), pad).commit()
    for x in range(120, 400, 20):
        QTest.touchEvent(pad, device).move(0, QPoint(x, 150 + x % 40), pad).commit()
    QTest.touchEvent(pad, device).release(0, QPoint(400, 150), pad).commit()
    assert not pad.is_empty() and changes[-1] is False


def test_pad_takes_a_pen(pad: SignaturePad) -> None:
    pen = QPointingDevice(
        "test pen",
        4242,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
        "",
        QPointingDeviceUniqueId(),
    )

    def send(kind: QEvent.Type, x: float, pressure: float) -> None:
        point = QPointF(x, 120)
        event = QTabletEvent(
            kind,
            pen,
            point,
            pad.mapToGlobal(point),
            pressure,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
        )
        QApplication.sendEvent(pad, event)
        assert event.isAccepted()

    send(QEvent.Type.TabletPress, 100, 0.2)
    for x in range(110, 300, 10):
        send(QEvent.Type.TabletMove, x, 0.9)
    send(QEvent.Type.TabletRelease, 300, 0.0)
    assert pad.ink_length() >= 190 and pad.to_png().startswith(b"\x89PNG")


def test_tab_opens_one_sign_in_at_a_time(
    window: MainWindow, signin: SignInWindow, answers: list[str]
) -> None:
    tab: AttendanceTab = window.session_page.attendance_tab
    tab.view.setCurrentIndex(tab.model.index(0, THIRD + 1))
    tab.open_sign_in()
    assert tab.signin is not signin and not signin.widget.isVisible()
    assert tab.signin is not None and tab.signin.half_day_id == tab.model.half_days[THIRD + 1].id
    tab.signin.dismiss()
