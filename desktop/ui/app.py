"""Application start-up: translators, choice of database, main window."""

from __future__ import annotations

import logging
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from desktop import __version__, config
from desktop.ui.i18n import install_translators, translate

if TYPE_CHECKING:  # the database layer is imported once the window has painted
    from desktop.storage.db import Database

DEMO_HOUSEHOLDS = 10_000


def open_demo(parent=None, households: int | None = None) -> Database:
    """Open the demo database, generating it (with a progress dialog) the first time."""
    from desktop.services.demo import ensure_demo_database

    households = households or DEMO_HOUSEHOLDS
    progress = QProgressDialog(
        translate("Startup", "Préparation de la base de démonstration…"), "", 0, 100, parent
    )
    progress.setWindowTitle(translate("Startup", "Parcours"))
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(300)

    def report(done: int, total: int) -> None:
        progress.setValue(int(done * 100 / max(total, 1)))
        QApplication.processEvents()

    path = config.demo_sqlite_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return ensure_demo_database(path, households=households, progress=report)
    finally:
        progress.close()


def offer_rescue(url: str, parent=None) -> bool | None:
    """When the SQLite base at ``url`` cannot be opened or fails its integrity check,
    offer the latest intact backup (the damaged file is set aside, not backed up).

    ``None``: nothing to do; ``True``: the backup is in place; ``False``: the user
    declined, or no intact backup exists (said in a message).
    """
    from desktop.domain.errors import UserError
    from desktop.services import backup
    from desktop.ui.i18n import translate_message

    path = backup.sqlite_file_of(url)
    problem = backup.base_problem(path) if path is not None else ""
    if not problem:
        return None
    latest = backup.latest_intact_backup(path.parent / backup.FOLDER)
    if latest is None:
        QMessageBox.critical(
            parent,
            translate("Startup", "Base de données endommagée"),
            translate(
                "Startup",
                "La base « {path} » est endommagée ({error}) et aucune sauvegarde intacte n'a "
                "été trouvée dans le dossier « sauvegardes » à côté d'elle. Adressez-vous à "
                "l'administrateur.",
            ).format(path=path, error=problem),
        )
        return False
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Startup", "Base de données endommagée"),
        translate(
            "Startup",
            "La base « {path} » est endommagée :\n{error}\n\nParcours peut la mettre de côté "
            "(sans la modifier) et reprendre la dernière sauvegarde intacte, du {when}. Les "
            "modifications faites depuis cette sauvegarde seront perdues.",
        ).format(path=path, error=problem, when=f"{latest.created_at:%d/%m/%Y %H:%M}"),
        parent=parent,
    )
    restore_button = box.addButton(
        translate("Startup", "Restaurer la sauvegarde"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(translate("Startup", "Quitter"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore_button:
        return False
    try:
        result = backup.rescue(path, latest.path)
    except UserError as exc:
        QMessageBox.critical(
            parent,
            translate("Startup", "Base de données endommagée"),
            translate_message(exc.message),
        )
        return False
    QMessageBox.information(
        parent,
        translate("Startup", "Sauvegarde restaurée"),
        translate(
            "Startup",
            "La sauvegarde du {when} a remplacé la base.\nLa base endommagée est conservée "
            "dans « {aside} ».\n\n{lost}",
        ).format(
            when=f"{result.backup.created_at:%d/%m/%Y %H:%M}",
            aside=result.damaged,
            lost=translate_message(result.lost.describe()),
        ),
    )
    return True


def open_migrated(url: str, parent=None) -> Database:
    """The database at ``url``, at the latest migration.

    A base already there is recognised with one query (``Database.at_head``, without
    loading Alembic). Otherwise (a new base, or one an update left behind) the
    migration runs off the GUI thread while a window says so and nothing else can be
    used: the user sees Parcours at once instead of nothing for the migration's length.
    An error of the migration is raised here, as ``open_database`` would."""
    from desktop.storage.db import open_database

    db = open_database(url, upgrade=False)
    if db.at_head():
        return db
    from PySide6.QtCore import QThread

    from desktop.ui.doc_worker import Task

    progress = QProgressDialog(
        translate("Startup", "Mise à jour de la base de données…"), "", 0, 0, parent
    )
    progress.setObjectName("schemaUpgrade")
    progress.setWindowTitle(translate("Startup", "Parcours"))
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.setMinimumDuration(0)
    progress.show()
    failed: list[BaseException] = []
    task = Task(lambda _progress, _cancelled: db.upgrade())
    task.failed.connect(failed.append, Qt.ConnectionType.DirectConnection)  # no widget
    task.start()
    try:
        while not task.thread.isFinished():
            QApplication.processEvents()  # the dialog paints; input elsewhere is blocked
            QThread.msleep(20)
        task.wait()
    finally:
        progress.close()
        progress.deleteLater()
    if failed:
        db.dispose()
        raise failed[0]
    return db


def choose_database(db_option: str | None, demo: bool) -> Database | None:
    """The database to work on, asking the user when none is configured."""
    if demo:
        return open_demo()
    url = config.configured_url(db_option)
    if url:
        rescued = offer_rescue(url)
        if rescued is False:
            return None
        return open_migrated(url)
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Startup", "Bienvenue dans Parcours"),
        translate(
            "Startup",
            "Aucune base de données n'est configurée sur ce poste.\n\n"
            "Vous pouvez découvrir Parcours sur une base de démonstration ({n} ménages "
            "fictifs), ou créer la base de l'agence sur ce poste.",
        ).format(n="10 000"),
    )
    demo_button = box.addButton(
        translate("Startup", "Ouvrir la démonstration"), QMessageBox.ButtonRole.AcceptRole
    )
    new_button = box.addButton(
        translate("Startup", "Créer une base vide"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(translate("Startup", "Quitter"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is demo_button:
        return open_demo()
    if box.clickedButton() is new_button:
        path = config.default_sqlite_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        db = open_migrated(str(path))
        from desktop.storage.db import sqlite_url

        config.remember_url(sqlite_url(path))
        return db
    return None


def _daily_backup(db: Database, actor) -> None:
    """The automatic daily backup of a SQLite base; a failure is shown, not fatal."""
    from desktop.domain.errors import UserError
    from desktop.services.backup import ensure_daily_backup
    from desktop.ui.i18n import translate_message
    from desktop.ui.widgets.messages import error_text

    try:
        ensure_daily_backup(db, actor)
    except UserError as exc:
        QMessageBox.warning(
            None,
            translate("Startup", "Sauvegarde automatique"),
            translate("Startup", "La sauvegarde automatique a échoué :\n{error}").format(
                error=translate_message(exc.message)
            ),
        )
    except OSError as exc:
        QMessageBox.warning(
            None,
            translate("Startup", "Sauvegarde automatique"),
            translate("Startup", "La sauvegarde automatique a échoué :\n{error}").format(
                error=error_text(exc)
            ),
        )


def check_audit_chain(db: Database, window, actor=None):
    """Verify the audit trail's hash chain off the GUI thread at start; a broken link
    is reported to the user in a warning (and in the status bar). For an ``actor`` who
    reads the whole trail (administrators, auditors), on a server, the writes made
    without the application (docs/server-roles.md) are reported too."""
    from PySide6.QtCore import QObject, Slot

    from desktop.domain.roles import Permission
    from desktop.services import audit
    from desktop.ui.doc_worker import Task
    from desktop.ui.i18n import translate_message

    class ChainWarning(QObject):
        """Lives in the GUI thread (a child of the window): the task's result is
        delivered here through a queued connection, never handled in the worker."""

        @Slot(object)
        def done(self, reports) -> None:
            report, trail = reports
            if not report.ok:
                text = translate_message(report.describe())
                window.statusBar().showMessage(text)
                QMessageBox.warning(
                    window,
                    translate("Startup", "Journal d'audit altéré"),
                    translate(
                        "Startup",
                        "{problem}\n\nDes événements du journal ont été modifiés ou supprimés "
                        "hors de Parcours. Prévenez l'administrateur : le détail figure dans "
                        "Administration > Journal d'audit.",
                    ).format(problem=text),
                )
            if trail is not None and not trail.ok:
                self.unaudited(trail)

        def unaudited(self, trail) -> None:
            text = translate_message(trail.describe())
            window.statusBar().showMessage(text)
            # those no review covers (« Marquer comme examinées » on the audit page)
            fresh = trail.fresh
            newest = [translate_message(audit.unaudited_line(c)) for c in fresh[-5:]]
            if max(len(fresh), trail.fresh_total) > len(newest):
                newest.insert(0, "…")
            QMessageBox.warning(
                window,
                translate("Startup", "Écritures faites hors de Parcours"),
                translate(
                    "Startup",
                    "{problem}\n\n{lines}\n\nCes données ont été écrites sur le serveur "
                    "avec les identifiants d'un compte, sans passer par Parcours : rien ne "
                    "les a vérifiées ni inscrites au journal. Le détail (table, n° des lignes, "
                    "compte) figure dans Administration > Journal d'audit.",
                ).format(problem=text, lines="\n".join(newest)),
            )

    def check(_progress, _cancelled):
        trail = None
        if actor is not None and actor.can(Permission.AUDIT_READ):
            trail = audit.trail_report(db, actor)
        return audit.chain_intact(db), trail

    receiver = ChainWarning(window)
    task = Task(check, receiver)
    receiver.task = task  # kept alive with the window
    task.succeeded.connect(receiver.done)
    task.start()
    return task


def install_database_error_hook() -> None:
    """A database failure that escapes a service (one not decorated with ``guarded``)
    is shown in French over the active window, which stays as it was (the user's input
    kept), instead of a traceback on the console."""
    import logging

    from sqlalchemy.exc import DBAPIError

    from desktop.storage.errors import database_error_message
    from desktop.ui.i18n import translate_message

    previous = sys.excepthook

    def hook(kind, value, tb) -> None:
        if isinstance(value, DBAPIError):
            logging.getLogger(__name__).error("database error", exc_info=(kind, value, tb))
            QMessageBox.warning(
                QApplication.activeWindow(),
                translate("Startup", "Base de données"),
                translate_message(database_error_message(value)),
            )
            return
        previous(kind, value, tb)

    sys.excepthook = hook


def uses_pyside(module) -> bool:
    """Whether ``module``'s source names PySide6: PySide6's own test (its
    ``__feature__`` support, ``shibokensupport.feature._mod_uses_pyside``) made
    cheaper. PySide's runs ``inspect.getsource`` on every module imported after it,
    which decodes the whole file, splits it and keeps it in ``linecache`` for the life
    of the process: 0.05 s of the start and the sources of ~270 modules (SQLAlchemy's
    included) held in memory, for an answer a search in the file's bytes gives alike
    (issue 19). A module without a source file does not use PySide, as in PySide's."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def _lighten_feature_check() -> None:
    """Give PySide6's ``__feature__`` support ``uses_pyside`` (done before anything
    else is imported after Qt); a PySide6 without that hook is left as it is."""
    try:
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:
        return
    if callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = uses_pyside


def create_application(argv: list[str] | None = None) -> QApplication:
    _lighten_feature_check()
    app = QApplication.instance() or QApplication(argv or sys.argv)
    app.setApplicationName("Parcours")
    app.setOrganizationName("Parcours")
    from PySide6.QtGui import QIcon

    from desktop.resources import resource

    icon = resource("icons", "parcours.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    install_translators(app)
    from desktop.ui import style

    style.install(app)
    return app


def run(db_option: str | None = None, demo: bool = False) -> int:
    started = time.perf_counter()
    app = create_application()
    # Before anything can fail: Qt's messages and uncaught errors go to the log file.
    from desktop.ui import crash

    crash.install(app)
    logging.getLogger("parcours").info("Démarrage de Parcours %s", __version__)
    from desktop.single_instance import InstanceLock

    instance = InstanceLock()
    if not instance.acquire():
        QMessageBox.information(
            None,
            translate("Startup", "Parcours est déjà ouvert"),
            translate(
                "Startup",
                "Parcours est déjà ouvert dans votre session : utilisez la fenêtre ouverte "
                "(barre des tâches).",
            ),
        )
        return 0
    try:
        return _run(app, started, db_option, demo)
    finally:
        instance.release()


def _run(app: QApplication, started: float, db_option: str | None, demo: bool) -> int:
    # The window's shell paints first, before the database layer is even imported
    # (SQLAlchemy and the models take longer to import than Qt takes to paint): the
    # user sees Parcours at once, then the base opens, he signs in, and the pages come.
    window = show_shell(app)
    try:
        db = choose_database(db_option, demo)
    except Exception as exc:  # the database cannot be opened or migrated
        from desktop.domain.errors import UserError
        from desktop.ui.i18n import translate_message

        logging.getLogger("parcours").exception("Base de données inaccessible")
        QMessageBox.critical(
            None,
            translate("Startup", "Base de données inaccessible"),
            translate("Startup", "La base de données n'a pas pu être ouverte :\n{error}").format(
                error=translate_message(exc.message) if isinstance(exc, UserError) else exc
            ),
        )
        window.close()
        return 1
    if db is None:
        window.close()
        return 0
    from desktop.domain.roles import Permission
    from desktop.services.agencies import list_agencies
    from desktop.ui.login_dialog import sign_in

    actor = sign_in(db)
    if actor is None:
        window.close()
        db.dispose()
        return 0
    db.identify(actor.username)
    install_database_error_hook()
    _daily_backup(db, actor)
    window.attach(db, actor)
    from desktop.services import settings as app_settings
    from desktop.ui.idle_lock import IdleLock

    window._idle_lock = IdleLock(
        db, actor, int(app_settings.current(db)[app_settings.IDLE_MINUTES])
    )
    if not list_agencies(db):
        window.statusBar().showMessage(
            translate(
                "Startup",
                "Base vide : importez la liste des locataires (Fichier > Importer) pour commencer.",
            )
        )
    # With login roles (PostgreSQL server), agency roles see part of the trail only:
    # the chain is checked by those who read it all (administrators, auditors).
    if not db.signed_in_as or actor.can(Permission.AUDIT_READ):
        window._audit_check = check_audit_chain(db, window, actor)
    window.statusBar().showMessage(
        translate("Startup", "Prêt en {s} s").format(
            s=f"{time.perf_counter() - started:.1f}".replace(".", ",")
        ),
        5000,
    )
    return app.exec()


# What the start needs after the first paint: imported in a thread while Qt paints.
PRELOAD = (
    "desktop.storage.db",
    "desktop.services.tenants",
    "desktop.services.agencies",
    "desktop.ui.login_dialog",
    "desktop.ui.tenant_list",
    "desktop.ui.letters_menu",
    "desktop.ui.admin_pages",
)


def _preload() -> None:
    import importlib

    try:
        for name in PRELOAD:
            importlib.import_module(name)
        from sqlalchemy.orm import configure_mappers

        configure_mappers()  # the ORM's one-time set-up
    except Exception:  # imported again where it is needed, which raises it there
        logging.getLogger("parcours").debug("preload failed", exc_info=True)


def show_shell(app: QApplication):
    """The main window's empty shell, shown and painted before the database layer is
    imported (issue 19); ``attach`` fills it. That layer (SQLAlchemy, the models, the
    ORM set-up: longer than Qt's own start) is imported meanwhile in a thread, on the
    other core while Qt paints; the shell stays responsive until it is there."""
    import gc
    import threading

    from PySide6.QtCore import QThread

    from desktop.ui.main_window import MainWindow

    # The start creates some 100,000 objects that live as long as the process (modules,
    # classes, the ORM's set-up). The collector, run again and again while they are
    # created, would walk them each time (0.05 s of the start; a full collection of
    # them takes 0.06 s): it waits until they are there, then they are set apart from
    # its walks for good (``gc.freeze``: nothing of them is garbage, 600-odd objects in
    # a measured start), which spares every later full collection the same walk.
    gc.disable()
    try:
        window = MainWindow()
        window.show()
        preload = threading.Thread(target=_preload, name="preload", daemon=True)
        preload.start()
        _wait_painted(app, window)
        # Nothing else is imported until the thread is done (no two threads import the
        # same modules at once).
        while preload.is_alive():
            app.processEvents()
            QThread.msleep(5)
        gc.freeze()
    finally:
        gc.enable()
    return window


def _wait_painted(app: QApplication, window, seconds: float = 2.0) -> None:
    """Return once ``window`` has been painted (or after ``seconds``: a platform that
    paints later than that is not waited for)."""
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

    loop = QEventLoop()

    class Painted(QObject):
        def eventFilter(self, _watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, loop.quit)  # once the paint is done
            return False

    watcher = Painted()
    window.installEventFilter(watcher)
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
    window.removeEventFilter(watcher)
