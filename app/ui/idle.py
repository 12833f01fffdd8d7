"""Auto-lock: notices when nobody has touched keyboard or mouse for a while."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    idle = Signal()  # emitted once when the idle time has passed

    def __init__(self, minutes: float, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(max(1, int(minutes * 60_000)))

    def set_interval_ms(self, ms: int) -> None:
        self._timer.setInterval(ms)

    def interval_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        """Watch for activity (only while a profile is open: every Qt event passes through
        this filter, which is not free, and the locked screen needs no watching)."""
        QCoreApplication.instance().installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        QCoreApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False
