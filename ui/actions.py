"""The main window's menu actions, kept out of the window itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop import __version__
from desktop.paths import log_dir

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Create the menu bar; returns the actions by name (tests trigger them)."""
    actions: dict[str, QAction] = {}
    bar = window.menuBar()

    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    actions["import"] = QAction(
        QCoreApplication.translate("MainWindow", "&Import participants…"), window
    )
    actions["import"].setShortcut(QKeySequence("Ctrl+I"))
    actions["import"].triggered.connect(window.import_participants)
    file_menu.addAction(actions["import"])
    file_menu.addSeparator()
    actions["quit"] = QAction(QCoreApplication.translate("MainWindow", "&Quit"), window)
    actions["quit"].setShortcut(QKeySequence.StandardKey.Quit)
    actions["quit"].triggered.connect(window.close)
    file_menu.addAction(actions["quit"])

    desk_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Desk"))
    actions["settings"] = QAction(QCoreApplication.translate("MainWindow", "&Settings…"), window)
    actions["settings"].setShortcut(QKeySequence("Ctrl+,"))
    actions["settings"].triggered.connect(lambda: open_settings(window))
    desk_menu.addAction(actions["settings"])
    actions["desk_name"] = QAction(QCoreApplication.translate("MainWindow", "Desk &name…"), window)
    actions["desk_name"].triggered.connect(lambda: rename_desk(window))
    desk_menu.addAction(actions["desk_name"])
    actions["operator"] = QAction(QCoreApplication.translate("MainWindow", "&Operator…"), window)
    actions["operator"].triggered.connect(lambda: set_operator(window))
    desk_menu.addAction(actions["operator"])

    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Go"))
    for index, (_key, title) in enumerate(window.page_titles()):
        action = QAction(title, window)
        action.setShortcut(QKeySequence(f"F{index + 1}"))
        action.triggered.connect(lambda _=False, i=index: window.show_page(i))
        view_menu.addAction(action)

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    actions["about"] = QAction(QCoreApplication.translate("MainWindow", "&About ForumDesk"), window)
    actions["about"].triggered.connect(lambda: about(window))
    help_menu.addAction(actions["about"])
    actions["kiosk"] = QAction(QCoreApplication.translate("MainWindow", "&Kiosk mode"), window)
    actions["kiosk"].triggered.connect(lambda: open_kiosk_mode(window))
    desk_menu.addSeparator()
    desk_menu.addAction(actions["kiosk"])
    return actions


def open_settings(window: MainWindow) -> None:
    from ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(window.ctx, window)
    if dialog.exec():
        window.refresh_status()
        if getattr(dialog, "language_changed", False):
            QMessageBox.information(
                window,
                QCoreApplication.translate("MainWindow", "Language"),
                QCoreApplication.translate(
                    "MainWindow", "The new language applies when ForumDesk starts again."
                ),
            )


def rename_desk(window: MainWindow) -> None:
    ctx = window.ctx
    name, ok = QInputDialog.getText(
        window,
        QCoreApplication.translate("MainWindow", "Desk name"),
        QCoreApplication.translate("MainWindow", "Name of this desk:"),
        text=ctx.forum.actor.desk,
    )
    if ok and name.strip():
        ctx.forum.rename_desk(name.strip())
        window.refresh_status()


def set_operator(window: MainWindow) -> None:
    ctx = window.ctx
    name, ok = QInputDialog.getText(
        window,
        QCoreApplication.translate("MainWindow", "Operator"),
        QCoreApplication.translate("MainWindow", "Who is working at this desk?"),
        text=ctx.settings.operator,
    )
    if ok:
        ctx.settings.operator = name.strip()
        ctx.forum.set_operator(name)
        window.refresh_status()


def open_kiosk_mode(window: MainWindow) -> None:
    from ui.dialogs.supervisor import ensure_supervisor_pin
    from ui.kiosk import open_kiosk

    # Only a supervisor with the PIN leaves the kiosk: none, no kiosk.
    if ensure_supervisor_pin(window.ctx, window):
        window.kiosk_window = open_kiosk(window.ctx)


def about(window: MainWindow) -> None:
    QMessageBox.about(
        window,
        QCoreApplication.translate("MainWindow", "About ForumDesk"),
        QCoreApplication.translate(
            "MainWindow",
            "<h3>ForumDesk {0}</h3><p>Registration, badges, check-in and bilateral meetings "
            "for international forums.</p><p>Fonts: Noto (SIL Open Font License), Droid Sans "
            "Fallback (Apache 2.0).</p><p>Log files: {1}</p>",
        ).format(__version__, log_dir()),
    )
