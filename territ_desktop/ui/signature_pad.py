"""A pad to sign on: strokes from a mouse, a pen (tablet events) or a finger (touch events)."""

from __future__ import annotations

import math
from itertools import pairwise

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

Point = tuple[float, float, float]  # x, y, pen width
Stroke = list[Point]

MAX_PNG_SIZE = QSize(600, 200)
"""The exported image fits in this size (a sign-in sheet box is about 4 × 1 cm)."""

MIN_INK = 12.0
"""Length of ink (pixels) below which the pad counts as empty: a tap is not a signature."""

INK = QColor("#1a237e")  # blue ink: an original stands out from a photocopy
_PAPER = QColor("#ffffff")
_GUIDE = QColor("#b0bec5")
_PEN_WIDTH = 3.0
_TOUCH_EVENTS = (
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.TouchCancel,
)


class SignaturePad(QWidget):
    """Captures a handwritten signature; ``changed`` fires whenever the ink changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._drawing = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(320, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Zone de signature"))

    def sizeHint(self) -> QSize:
        return QSize(900, 300)

    # -- state -----------------------------------------------------------------------------

    def clear(self) -> None:
        """Wipe the pad."""
        self._strokes.clear()
        self._drawing = False
        self.update()
        self.changed.emit()

    def ink_length(self) -> float:
        """Total length of the strokes, in pixels."""
        return sum(math.dist(a[:2], b[:2]) for stroke in self._strokes for a, b in pairwise(stroke))

    def is_empty(self) -> bool:
        """Whether there is too little ink to be a signature."""
        return self.ink_length() < MIN_INK

    # -- input -----------------------------------------------------------------------------

    def _begin(self, position: QPointF, width: float) -> None:
        self._drawing = True
        self._strokes.append([(position.x(), position.y(), width)])
        self.update()

    def _extend(self, position: QPointF, width: float) -> None:
        if not self._drawing:
            return
        stroke = self._strokes[-1]
        if (position.x(), position.y()) != stroke[-1][:2]:
            stroke.append((position.x(), position.y(), width))
            self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position(), _PEN_WIDTH)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), _PEN_WIDTH)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._extend(event.position(), _PEN_WIDTH)
            self._end()
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        # Accepted, so that Qt does not also send the same stroke as mouse events.
        width = _PEN_WIDTH * (0.4 + 1.2 * max(0.0, min(1.0, event.pressure())))
        kind = event.type()
        if kind == QEvent.Type.TabletPress:
            self._begin(event.position(), width)
        elif kind == QEvent.Type.TabletMove:
            self._extend(event.position(), width)
        elif kind == QEvent.Type.TabletRelease:
            self._extend(event.position(), width)
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() in _TOUCH_EVENTS and isinstance(event, QTouchEvent):
            # One finger signs; accepting the touch stops Qt from synthesising mouse events.
            points = event.points()
            if points:
                position = points[0].position()
                if event.type() == QEvent.Type.TouchBegin:
                    self._begin(position, _PEN_WIDTH)
                else:
                    self._extend(position, _PEN_WIDTH)
            if event.type() in (QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
                self._end()
            event.accept()
            return True
        return super().event(event)

    # -- drawing ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), _PAPER)
        painter.setPen(QPen(_GUIDE, 1.5, Qt.PenStyle.DashLine))
        baseline = self.height() * 0.75
        margin = min(40.0, self.width() * 0.05)
        painter.drawLine(QPointF(margin, baseline), QPointF(self.width() - margin, baseline))
        if not self._strokes:
            font = painter.font()
            font.setPointSizeF(font.pointSizeF() * 1.6)
            painter.setFont(font)
            area = QRectF(margin, 0, self.width() - 2 * margin, baseline - 8)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
            painter.drawText(area, flags, self.tr("Signez ici"))
        _draw(painter, self._strokes)
        painter.setPen(QPen(_GUIDE, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def to_png(self, *, white: bool = False) -> bytes:
        """The signature cropped to its ink and fitted in :data:`MAX_PNG_SIZE`, as PNG.

        The background is transparent unless ``white``; empty bytes when there is no ink.
        """
        points = [p for stroke in self._strokes for p in stroke]
        if not points:
            return b""
        margin = max(p[2] for p in points) + 4
        left = min(p[0] for p in points) - margin
        top = min(p[1] for p in points) - margin
        width = max(p[0] for p in points) + margin - left
        height = max(p[1] for p in points) + margin - top
        scale = min(1.0, MAX_PNG_SIZE.width() / width, MAX_PNG_SIZE.height() / height)
        size = QSize(max(1, math.ceil(width * scale)), max(1, math.ceil(height * scale)))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(_PAPER if white else QColor(Qt.GlobalColor.transparent))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        painter.translate(-left, -top)
        _draw(painter, self._strokes)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; PySide wants str
        buffer.close()
        return bytes(data.data())


def _draw(painter: QPainter, strokes: list[Stroke]) -> None:
    """Draw strokes as round-capped segments whose width follows the pen pressure."""
    for stroke in strokes:
        if len(stroke) == 1:
            x, y, width = stroke[0]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(INK)
            painter.drawEllipse(QPointF(x, y), width / 2, width / 2)
            continue
        for (x0, y0, w0), (x1, y1, w1) in pairwise(stroke):
            pen = QPen(INK, (w0 + w1) / 2)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.drawLine(QPointF(x0, y0), QPointF(x1, y1))
