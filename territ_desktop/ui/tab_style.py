"""Tab labels that keep their accents under Qt's Fusion style."""

from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget


class UnshiftedTabs(QProxyStyle):
    """Fusion without the 2-pixel drop of unselected tab labels.

    Fusion (Qt's style on Linux) lowers the label of every tab but the current one and clips
    it, which cuts the accent off a capital: « État », « À faire » read « Etat », « A faire ».
    ``uiloader.load_ui`` gives it to the tab bars of every form, and to them only: a Python
    style for the whole application would be asked for every metric of every widget, which
    costs start-up time (docs/startup.md).
    """

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        if metric == QStyle.PixelMetric.PM_TabBarTabShiftVertical:
            return 0
        return super().pixelMetric(metric, option, widget)
