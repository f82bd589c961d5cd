"""The application's style: the platform's own (Windows' on a workstation, Fusion on
Linux), with one correction of Qt's tab labels."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOptionTab, QTabBar

_HORIZONTAL = (
    QTabBar.Shape.RoundedNorth,
    QTabBar.Shape.RoundedSouth,
    QTabBar.Shape.TriangularNorth,
    QTabBar.Shape.TriangularSouth,
)


class AppStyle(QProxyStyle):
    """The style the application was started with, its tabs' labels drawn whole.

    Qt draws a tab's label clipped to the tab less its padding, and an unselected tab's
    label 2 px lower (``PM_TabBarTabShiftVertical``) without giving it that room: the
    line is shorter than the font, and the accent of a capital is cut (« Échéancier »
    read « Echéancier »), under Fusion and the Windows style alike. The label's rect is
    made as much taller at the bottom as its text lacks: the text stays where the style
    puts it, whole; the tab's size and shape do not change."""

    def drawControl(self, element, option, painter, widget=None) -> None:
        if element == QStyle.ControlElement.CE_TabBarTabLabel and isinstance(
            option, QStyleOptionTab
        ):
            option = _label_room(self, option, widget)
        super().drawControl(element, option, painter, widget)


def _label_room(style: QStyle, option: QStyleOptionTab, widget) -> QStyleOptionTab:
    if option.shape not in _HORIZONTAL or not option.text:
        return option
    text = style.subElementRect(QStyle.SubElement.SE_TabBarTabText, option, widget)
    short = option.fontMetrics.height() - text.height()
    if short <= 0:
        return option
    roomy = QStyleOptionTab(option)
    south = option.shape in (QTabBar.Shape.RoundedSouth, QTabBar.Shape.TriangularSouth)
    roomy.rect = option.rect.adjusted(0, -short if south else 0, 0, 0 if south else short)
    return roomy


def install(app: QApplication) -> None:
    """The application's widgets drawn by :class:`AppStyle` over the style it has (the
    platform's, or the one named by ``-style``)."""
    if not isinstance(app.style(), AppStyle):
        app.setStyle(AppStyle(app.style().name()))
