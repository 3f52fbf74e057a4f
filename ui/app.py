"""Application start-up: Qt, fonts, translations, the forum database, the main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import weakref
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import __version__
from desktop.desk import Forum
from desktop.paths import data_dir, default_database_path, log_dir, resources_dir
from ui.context import AppContext, AppSignals
from ui.errors import describe
from ui.failsafe import FailSafe, UncleanExit, tell_unclean_exit
from ui.fonts import app_font, register_fonts
from ui.settings import DeskSettings
from ui.tasks import BackgroundRunner

log = logging.getLogger(__name__)


def demo_database() -> Path:
    """The demo forum's database, generated on first use."""
    path = data_dir() / "demo-forum.db"
    if not path.exists():
        from desktop.demo.generator import generate_demo

        forum = Forum.open(path)
        try:
            generate_demo(forum, participants=2000, seed=2026)
        finally:
            forum.close()
    return path


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Load ForumDesk's and Qt's own translations for the chosen (or system) language.

    The layout direction follows the language ForumDesk is shown in: right to left for
    Arabic, left to right otherwise (also when the system language is right to left but
    ForumDesk has no translation for it, so English text is not laid out mirrored).
    """
    locale = QLocale(language) if language else QLocale.system()
    installed = []
    ours = QTranslator(app)
    if _load_forumdesk(ours, locale):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    right_to_left = ours in installed and locale.textDirection() == Qt.LayoutDirection.RightToLeft
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
    )
    QLocale.setDefault(_display_locale(locale, translated=ours in installed))
    return installed


def _display_locale(locale: QLocale, *, translated: bool) -> QLocale:
    """The locale for day and month names and digits: the language the window is shown in.

    Without a ForumDesk translation the window is English, so are its dates. When the
    system speaks the chosen language, its region's conventions stay (an ``ar_AE`` laptop
    keeps Western digits where plain ``ar`` would mean Egypt's Arabic-Indic ones).
    """
    if not translated:
        return QLocale(QLocale.Language.English, locale.territory())
    system = QLocale.system()
    if system.language() == locale.language() and system.script() == locale.script():
        return system
    return locale


def _load_forumdesk(translator: QTranslator, locale: QLocale) -> bool:
    folder = resources_dir() / "translations"
    if translator.load(locale, "forumdesk", "_", str(folder)):
        return True
    # A desk in Portugal or Taiwan reads the pt_BR or zh_CN translation better than English.
    language = locale.name().split("_")[0]
    return any(translator.load(str(qm)) for qm in sorted(folder.glob(f"forumdesk_{language}_*.qm")))


def create_context(
    forum: Forum, settings: DeskSettings | None = None, *, kiosk: bool = False
) -> AppContext:
    settings = settings or DeskSettings()
    from desktop.printing.cups import cups_available

    if not cups_available():  # Windows: Qt paints the pages (see ui/qt_spooler.py)
        from ui.qt_spooler import QtSpooler

        forum.printing.spooler = QtSpooler()
    return AppContext(
        forum=forum,
        settings=settings,
        runner=BackgroundRunner(),
        signals=AppSignals(),
        kiosk=kiosk,
    )


def migrate_supervisor_pin(ctx: AppContext) -> None:
    """Move a PIN older versions kept in plain text in the settings into the desk's
    database, hashed (unless the database has a PIN already); the plain copy is removed
    either way."""
    plain = ctx.settings.take_plain_supervisor_pin()
    if plain is not None and ctx.forum.supervisor.adopt(plain):
        log.info("the supervisor PIN moved from the settings into the desk database, hashed")


def ask_first_pin(ctx: AppContext, parent: QWidget) -> None:
    """The first start's question for a supervisor PIN (window-modal, may be put off)."""
    from ui.dialogs.supervisor import SetPinDialog

    if ctx.forum.supervisor.is_set():
        return
    dialog = SetPinDialog(ctx.forum.supervisor, parent, first_start=True)
    parent.setProperty("first_pin_dialog", dialog)
    dialog.open()


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("ForumDesk")
    app.setOrganizationName("ForumDesk")
    app.setApplicationVersion(__version__)
    app.setFont(app_font(register_fonts()))
    return app


def run_app(args: argparse.Namespace) -> int:
    """Open the main window (or the kiosk) and run the event loop."""
    started = time.perf_counter()
    app = make_application()
    failsafe = FailSafe(log_dir())
    previous_run = failsafe.install()
    try:
        return _run_window(app, args, started, failsafe, previous_run)
    finally:
        failsafe.uninstall(clean=True)


def _run_window(
    app: QApplication,
    args: argparse.Namespace,
    started: float,
    failsafe: FailSafe,
    previous_run: UncleanExit | None,
) -> int:
    settings = DeskSettings()
    install_translations(app, settings.language)
    if args.demo:
        path = demo_database()
    else:
        path = Path(args.db).expanduser() if args.db else default_database_path()
    try:
        forum = Forum.open(path, operator=settings.operator)
        if not forum.has_event():
            forum.ensure_event("Forum")
    except Exception as exc:  # the operator gets words, the log gets the traceback
        log.exception("cannot open the database")
        QMessageBox.critical(
            None,
            app.translate("app", "ForumDesk"),
            app.translate("app", "The forum database {0} cannot be opened:\n{1}").format(
                path, describe(exc)
            ),
        )
        return 1
    ctx = create_context(forum, settings, kiosk=bool(args.kiosk))
    migrate_supervisor_pin(ctx)
    # The search index builds in the background; the check-in page is usable at once.
    ctx.runner.run(lambda state: forum.search.load())
    if args.kiosk:
        from ui.dialogs.supervisor import ensure_supervisor_pin
        from ui.kiosk import open_kiosk

        # Only a supervisor with the PIN leaves the kiosk: none, no kiosk.
        if not ensure_supervisor_pin(ctx):
            ctx.runner.wait(5000)
            forum.close()
            return 1
        window = open_kiosk(ctx)
    else:
        from ui.main_window import MainWindow

        main_window = MainWindow(ctx)
        main_window.show()
        window = main_window
        if not forum.supervisor.is_set():
            # First start: ask for the PIN over the window (never blocking the start).
            QTimer.singleShot(0, lambda: ask_first_pin(ctx, main_window))
    failsafe.parent_widget = weakref.ref(window)
    if previous_run is not None and not args.kiosk:
        # A delegate at the kiosk has no use for it; the log has the line already.
        tell_unclean_exit(window, previous_run)
    log.info("window shown %.0f ms after start", (time.perf_counter() - started) * 1000)
    if os.environ.get("FORUMDESK_EXIT_AFTER_START"):
        QTimer.singleShot(int(os.environ["FORUMDESK_EXIT_AFTER_START"]), app.quit)
    code = app.exec()
    ctx.runner.wait(5000)
    forum.close()
    del window
    return int(code)
