"""The main window: account switcher, environment marker, the desks, and a status bar.

The window paints before anything slow happens: pages (which import the HTTP client and
its models) and the account list are loaded right after the first paint, so start-up
feels instant. For the same reason this module does not import asyncio (nor the task
runner and error presenter, which do) at import time: they load on first use, after the
window is on screen. Of the sections, the one on screen is built first; the others are
built once its account's first loads are done (or at once when their tab is chosen), so
the first page staff see does not wait for the rest.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QSignalBlocker, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import UserFacingError
from app.ui.app_icon import app_icon
from app.ui.environment_banner import EnvironmentBanner
from app.ui.when_quiet import when_quiet

if TYPE_CHECKING:
    import asyncio

    from app.accounts.models import Account
    from app.accounts.preferences import Preferences
    from app.desk.services import AppServices
    from app.desk.shared_database import Changes
    from app.ui.context import AccountContext, AccountPage
    from app.ui.errors import ErrorPresenter
    from app.ui.links.page import LinksPage
    from app.ui.notifications import Notification
    from app.ui.tasks import TaskRunner
    from app.ui.transactions.page import TransactionsPage

log = logging.getLogger(__name__)

CONNECTION_RECHECK_MS = 10 * 60 * 1000
LINKS, TRANSACTIONS = "links", "transactions"
"""The sections, in the order of their tabs."""


def window_title(account_part: str = "") -> str:
    """``Paydesk — …`` for a release; other builds show their version, so a screenshot or a
    support call tells at once that it is not the released app."""
    from app.core.version import build_info  # package metadata: read after the first paint

    info = build_info()
    name = "Paydesk" if info.release else f"Paydesk {info.label}"
    return f"{name} — {account_part}" if account_part else name


class MissingSecret(UserFacingError):
    """The account has no client secret in the keyring (yet)."""

    def __init__(self, account_name: str) -> None:
        super().__init__(account_name)
        self.user_message = QCoreApplication.translate(
            "MissingSecret",
            "No client secret is saved for “{account_name}”. Open Accounts › "
            "Manage accounts and enter it again.",
        ).format(account_name=account_name)


@runtime_checkable
class HoldsMoneyInFlight(Protocol):
    """A page that may be in the middle of a capture, refund or void."""

    def has_money_in_flight(self) -> bool: ...


class MainWindow(QMainWindow):
    """Top-level window: the account switcher, the environment band and the desks."""

    def __init__(self, services: AppServices | None = None) -> None:
        super().__init__()
        self._services = services
        self.setObjectName("mainWindow")
        # The version joins the title after the first paint (show_version_in_title): reading
        # it from the package metadata costs start-up time.
        self.setWindowTitle(self.tr("Paydesk"))
        self.setWindowIcon(app_icon())
        self.log_folder: Path | None = None
        """Shown in About; set at start-up (the log starts before the window)."""
        self.resize(1280, 800)
        self._errors: ErrorPresenter | None = None
        self._tasks: TaskRunner | None = None
        self.context: AccountContext | None = None
        self.accounts: list[Account] = []
        self.pages: list[AccountPage] = []
        self.links_page: LinksPage | None = None
        self.transactions_page: TransactionsPage | None = None
        self.first_section = LINKS
        """The section on screen at start."""
        self._waiting_sections: dict[str, QWidget] = {}  # section → its tab's stand-in
        self._closed = False
        self.probe_first_transactions = False
        """Start-up benchmark: open Transactions and report when its first rows are painted."""
        self._closing_contexts: set[asyncio.Task[None]] = set()
        self._leave_confirmed = False
        self._connection_timer = QTimer(self)
        self._connection_timer.setInterval(CONNECTION_RECHECK_MS)
        self._connection_timer.timeout.connect(lambda: self.refresh_connection(quiet=True))

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.central_layout = layout
        self.banner = EnvironmentBanner(central)
        layout.addWidget(self.banner)
        self.tabs = QTabWidget(central)
        self.tabs.setObjectName("sections")
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.loading = QLabel(self.tr("Loading…"), self.tabs)
        self.tabs.addTab(self.loading, self.tr("Loading"))
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.busy_label = QLabel(self.tr("Working…"))
        self.busy_label.setObjectName("busyState")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)  # indeterminate: "something is happening"
        self.busy_bar.setMaximumWidth(90)
        self.busy_bar.setMaximumHeight(14)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setAccessibleName(self.tr("Working"))
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.busy_bar)
        self._show_busy(False)
        self.connection_label = QLabel(self.tr("Not connected"))
        self.connection_label.setObjectName("connectionState")
        self.statusBar().addPermanentWidget(self.connection_label)
        self.database_label = QLabel("")
        self.database_label.setObjectName("databaseState")
        self.database_label.setContentsMargins(12, 0, 0, 0)
        self.database_label.hide()  # shown only on the shared database
        self.statusBar().addPermanentWidget(self.database_label)

        self.accounts_menu = QMenu(self.tr("&Accounts"), self)
        self.menuBar().addMenu(self._build_file_menu())
        self.menuBar().addMenu(self.accounts_menu)
        self.menuBar().addMenu(self._build_help_menu())
        self._rebuild_accounts_menu()

    @property
    def errors(self) -> ErrorPresenter:
        """The window's error presenter (created on first use, after the first paint)."""
        if self._errors is None:
            from app.ui.errors import ErrorPresenter

            self._errors = ErrorPresenter(self)
        return self._errors

    @property
    def tasks(self) -> TaskRunner:
        """The window's own task runner (created on first use, after the first paint)."""
        if self._tasks is None:
            from app.ui.tasks import TaskRunner

            self._tasks = TaskRunner(self.errors, self)
            self._tasks.busy_changed.connect(self._on_busy_changed)
        return self._tasks

    @property
    def busy(self) -> bool:
        """Work staff are waiting for is running (the window's or the account's)."""
        window_busy = self._tasks is not None and self._tasks.busy
        return window_busy or (self.context is not None and self.context.tasks.busy)

    def update_busy(self) -> None:
        self._show_busy(self.busy)

    def _quit_anyway(self) -> None:
        self._leave_confirmed = True
        self.close()

    def _on_busy_changed(self, _busy: bool) -> None:
        # A bound method (not a lambda): Qt drops the connection when the window goes,
        # so a task runner that outlives the window never touches deleted widgets.
        self.update_busy()

    def _show_notice(self, notice: Notification) -> None:
        self.statusBar().showMessage(f"{notice.title} — {notice.message}", 120_000)

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)

    @property
    def services(self) -> AppServices:
        if self._services is None:
            raise RuntimeError("MainWindow.set_services() has not been called yet")
        return self._services

    def set_services(self, services: AppServices) -> None:
        """Start-up paints the window before the services exist; they arrive here."""
        self._services = services

    # ----------------------------------------------------------------- start-up
    def start_loading(self) -> None:
        """Called once the window is visible: build the pages, then load the accounts."""
        QTimer.singleShot(0, self._load_pages)

    def _load_pages(self) -> None:
        """The saved preferences first (they say where the stores live), then the pages."""
        import asyncio

        if self.services.preferences is None:
            self._build_pages()
            return

        def loaded(saved: tuple[Preferences, str | None]) -> None:
            self.services.apply(*saved)
            self._build_pages()

        def failed(_error: BaseException) -> bool:
            self._build_pages()
            return False

        self.tasks.start(
            "load-preferences",
            asyncio.to_thread(self.services.read_saved),
            on_success=loaded,
            on_error=failed,
            error_context=self.tr("Could not read the preferences; the defaults are used"),
        )

    def _build_pages(self) -> None:
        """A tab for every section; only the one on screen is built now."""
        self.tabs.removeTab(self.tabs.indexOf(self.loading))
        self.loading.deleteLater()
        if self.probe_first_transactions:
            self.first_section = TRANSACTIONS
        titles = {LINKS: self.tr("Payment &links"), TRANSACTIONS: self.tr("&Transactions")}
        for section, title in titles.items():
            if section == self.first_section:
                self.tabs.addTab(self._make_page(section), title)
            else:
                self._waiting_sections[section] = stand_in = QLabel(self.tr("Loading…"))
                self.tabs.addTab(stand_in, title)
        self.tabs.setCurrentIndex(list(titles).index(self.first_section))
        self.tabs.currentChanged.connect(self._section_shown)
        if self.probe_first_transactions and self.transactions_page is not None:
            from app.ui.startup_probe import report_first_rows_painted

            report_first_rows_painted(self.transactions_page)
        self.reload_accounts()
        self._connection_timer.start()
        self._watch_shared_database()

    @property
    def sections_built(self) -> bool:
        """Every section's page exists (the ones not on screen come a moment later)."""
        return bool(self.pages) and not self._waiting_sections

    def build_section(self, section: str) -> None:
        """Build a section that is still waiting, in place of its tab's stand-in."""
        stand_in = self._waiting_sections.pop(section, None)
        if stand_in is None or self._closed:
            return
        page = self._make_page(section)
        index = self.tabs.indexOf(stand_in)
        shown = self.tabs.currentIndex() == index
        title = self.tabs.tabText(index)
        with QSignalBlocker(self.tabs):
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, title)
            if shown:
                self.tabs.setCurrentIndex(index)
        stand_in.deleteLater()

    def _build_waiting_sections(self) -> None:
        for section in list(self._waiting_sections):
            self.build_section(section)

    def _build_the_rest_later(self, context: AccountContext | None = None) -> None:
        """Build the waiting sections once ``context``'s first loads are done (without an
        account: at once) and the window has painted what they brought."""
        if not self._waiting_sections:
            return
        if context is None or not context.tasks.busy:
            when_quiet(self, self._build_waiting_sections)
            return

        def settled(busy: bool) -> None:
            if not busy:
                context.tasks.busy_changed.disconnect(settled)
                when_quiet(self, self._build_waiting_sections)

        context.tasks.busy_changed.connect(settled)

    def _make_page(self, section: str) -> LinksPage | TransactionsPage:
        """One section's page, wired to the window and to the other page once both exist,
        and bound to the account if one is open."""
        page: LinksPage | TransactionsPage
        if section == LINKS:
            from app.ui.links.page import LinksPage

            page = self.links_page = LinksPage(self.services, self.errors, self.tabs)
            # Paid / failed notices reach the status bar whichever section is open (and
            # whether or not the desktop has a system tray).
            page.notifier.requested.connect(self._show_notice)
            page.open_transaction_requested.connect(self.open_transaction)
            page.payment_authorized.connect(self._record_authorization)
            # The links page's notice bar sits above every section, so a paid link is seen
            # (and its payment opened with a click) wherever staff are working.
            self.central_layout.insertWidget(self.central_layout.indexOf(self.tabs), page.notice)
        else:
            from app.ui.transactions.page import TransactionsPage

            page = self.transactions_page = TransactionsPage(self.services, self.errors, self.tabs)
        links, transactions = self.links_page, self.transactions_page
        if links is not None and transactions is not None:
            links.link_paid.connect(transactions.payment_arrived)
            transactions.transaction_read.connect(links.payment_read)
        self.pages = [p for p in (links, transactions) if p is not None]
        if self.context is not None:
            page.bind(self.context)
        return page

    # ----------------------------------------------------------------- shared database
    def _watch_shared_database(self) -> None:
        """On the shared database: say whether it can be reached, and hear other desks."""
        server = self.services.stores.server()
        if server is None:
            return
        from app.desk.shared_database import ChangeWatch, DatabaseWatch

        self.database_label.setText(
            self.tr("Shared database {where}: connecting…").format(where=server.where)
        )
        self.database_label.show()
        self.tasks.start(
            "database-watch",
            DatabaseWatch(server, self).run(),
            background=True,
            error_context=self.tr("Stopped watching the shared database"),
        )
        self.tasks.start(
            "shared-changes",
            ChangeWatch(server, self).run(),
            background=True,
            error_context=self.tr("Stopped listening to the other desks"),
        )

    def database_status(self, online: bool, problem: str) -> None:
        server = self.services.stores.server()
        where = server.where if server is not None else ""
        if online:
            self.database_label.setText(self.tr("● Shared database {where}").format(where=where))
            self.database_label.setToolTip(self.tr("Every desk's links and journal are here."))
        else:
            self.database_label.setText(
                self.tr("○ Shared database unreachable — money moves and new links wait")
            )
            self.database_label.setToolTip(
                self.tr("{where}: {problem}\nPaydesk keeps trying.").format(
                    where=where, problem=problem
                )
            )

    def shared_changes(self, changes: Changes) -> None:
        if self.links_page is not None:
            self.links_page.shared_changes(changes)

    def open_transaction(self, transaction_id: str) -> None:
        """From a paid link to its transaction: switch section and show it."""
        self.build_section(TRANSACTIONS)
        if self.transactions_page is None:
            return
        self.tabs.setCurrentWidget(self.transactions_page)
        self.transactions_page.show_transaction_by_id(transaction_id)

    def _record_authorization(self, transaction_id: str) -> None:
        """A link seen paid: its authorization is recorded on the order (Orders API) even
        when the Transactions section was still waiting to be built."""
        self.build_section(TRANSACTIONS)
        if self.transactions_page is not None:
            self.transactions_page.record_authorization(transaction_id)

    def _section_shown(self, index: int) -> None:
        for section, stand_in in self._waiting_sections.items():
            if self.tabs.widget(index) is stand_in:  # chosen before its turn: build it now
                QTimer.singleShot(0, self, functools.partial(self.build_section, section))
                return
        # The list may predate links paid since; page one is re-read when it is old.
        page = self.transactions_page
        if page is not None and self.tabs.widget(index) is page:
            page.refresh_if_stale()

    def reload_accounts(self, select_key: str | None = None) -> None:
        """Re-read the account list (after the accounts dialog saved) and keep or pick one."""

        def loaded(accounts: list[Account]) -> None:
            self.accounts = accounts
            self._rebuild_accounts_menu()
            keep = select_key or (self.context.account.key if self.context else None)
            chosen = next((a for a in accounts if a.key == keep), None)
            if chosen is None and accounts:
                chosen = accounts[0]
            if chosen is None:
                self._switch_when_safe(None, self.tr("Close the account"))
            elif self.context is None or chosen != self.context.account or select_key is not None:
                self._switch_when_safe(chosen, self.tr("Apply the account changes"))

        def failed(_error: BaseException) -> bool:
            self._build_the_rest_later()
            return False

        import asyncio

        self.tasks.start(
            "load-accounts",
            asyncio.to_thread(self.services.accounts.load),
            on_success=loaded,
            on_error=failed,
            error_context=self.tr("Could not read the saved accounts"),
        )

    # ----------------------------------------------------------------- accounts
    def _build_file_menu(self) -> QMenu:
        menu = QMenu(self.tr("&File"), self)
        preferences = QAction(self.tr("&Preferences…"), self)
        preferences.setObjectName("preferences")
        # setShortcuts(StandardKey): the platform's keys, without the overload of
        # setShortcut that builds every enum of Qt's namespace before the first paint.
        preferences.setShortcuts(QKeySequence.StandardKey.Preferences)
        preferences.triggered.connect(self.open_preferences)
        menu.addAction(preferences)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        return menu

    def _build_help_menu(self) -> QMenu:
        menu = QMenu(self.tr("&Help"), self)
        about = QAction(self.tr("&About Paydesk"), self)
        about.setObjectName("about")
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.open_about)
        menu.addAction(about)
        return menu

    def open_about(self) -> QDialog:
        from app.diagnostics import folders
        from app.ui.about_dialog import AboutDialog

        data_folder = self._services.data_dir if self._services else folders.data_dir()
        dialog = AboutDialog(data_folder, self.log_folder or folders.log_dir(), self)
        dialog.open()
        return dialog

    def show_version_in_title(self) -> None:
        if self.context is None:
            self.setWindowTitle(window_title())

    def bring_to_front(self) -> None:
        """Another start of Paydesk asked for this window."""
        log.info("Bringing the window to the front")
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _rebuild_accounts_menu(self) -> None:
        menu = self.accounts_menu
        menu.clear()
        for index, account in enumerate(self.accounts):
            action = QAction(_account_label(account), self)
            action.setCheckable(True)
            action.setChecked(self.context is not None and self.context.account.key == account.key)
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(_bind_switch(self, account))
            menu.addAction(action)
        if self.accounts:
            menu.addSeparator()
        manage = QAction(self.tr("&Manage accounts…"), self)
        manage.setObjectName("manageAccounts")
        manage.triggered.connect(self.open_accounts_dialog)
        menu.addAction(manage)

    def open_accounts_dialog(self) -> None:
        from app.ui.accounts_dialog import AccountsDialog

        dialog = AccountsDialog(self.services, self.errors, self)
        dialog.accounts_changed.connect(lambda: self.reload_accounts())
        dialog.open()

    def money_in_flight(self) -> bool:
        """A capture, refund or void of the current account is still sending or settling."""
        return any(
            isinstance(page, HoldsMoneyInFlight) and page.has_money_in_flight()
            for page in self.pages
        )

    def request_switch(self, account: Account) -> None:
        """The user picked an account: ask first while a money move is unconfirmed."""
        if self.context is not None and self.context.account.key == account.key:
            return
        if self.money_in_flight():
            self._ask_to_leave(
                self.tr("Switch to “{name}”").format(name=account.name),
                lambda: self.switch_account(account),
            )
        else:
            self.switch_account(account)

    def _switch_when_safe(self, account: Account | None, action: str) -> None:
        """Rebinding after the accounts dialog saved also cancels work: ask first then too."""
        if self.context is not None and self.money_in_flight():
            self._ask_to_leave(action, lambda: self.switch_account(account))
        else:
            self.switch_account(account)

    def _ask_to_leave(self, action: str, proceed: Callable[[], None]) -> QMessageBox:
        """Non-modal question (``open()``): leaving stops waiting for Dintero's answer."""
        box = QMessageBox(self)
        box.setObjectName("moneyInFlight")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("A money move is not confirmed yet"))
        box.setText(self.tr("A capture, refund or void is still being confirmed with Dintero."))
        box.setInformativeText(
            self.tr(
                "If you leave now, Paydesk stops waiting for the answer. Nothing is sent again: "
                "the audit journal keeps the move as not confirmed, and Paydesk checks it with "
                "Dintero the next time this account is opened."
            )
        )
        leave = box.addButton(
            self.tr("{action} anyway").format(action=action), QMessageBox.ButtonRole.DestructiveRole
        )
        stay = box.addButton(self.tr("Keep waiting"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.setEscapeButton(stay)
        box.buttonClicked.connect(lambda button: proceed() if button is leave else None)
        box.open()
        return box

    def switch_account(self, account: Account | None) -> None:
        """Cancel the old account's work, close its client, and bind the pages anew."""
        old = self.context
        self.context = None
        if old is not None:
            self._close_later(old)
        # A notice about the old account must not be read as one about the new one.
        self.statusBar().clearMessage()
        for page in self.pages:
            page.bind(None)
        self.update_busy()
        if account is None:
            self.tasks.cancel("open-account")
            self._build_the_rest_later()
            self.banner.show_none()
            self.setWindowTitle(window_title())
            self.connection_label.setText(self.tr("No account"))
            self._rebuild_accounts_menu()
            return
        self.banner.show_environment(
            production=account.is_production, account_label=_account_label(account)
        )
        marker = self.tr("PRODUCTION — ") if account.is_production else ""
        self.setWindowTitle(window_title(f"{marker}{account.name} ({account.account_id})"))
        self.connection_label.setText(self.tr("Connecting…"))
        self.tasks.start(
            "open-account",
            self._open_account(account),
            on_success=self._bind_context,
            on_error=self._account_failed,
            error_context=self.tr("Could not open “{name}”").format(name=account.name),
        )

    async def _open_account(self, account: Account) -> AccountContext:
        import asyncio

        from app.desk.connection_check import client_config_for
        from app.dintero import DinteroClient
        from app.ui.context import AccountContext

        secret = await asyncio.to_thread(self.services.secrets.get_secret, account)
        if not secret:
            raise MissingSecret(account.name)
        client = await DinteroClient.open(client_config_for(account, secret))
        return AccountContext(account, client, self.services, self.errors)

    def _bind_context(self, context: AccountContext) -> None:
        self.context = context
        context.tasks.busy_changed.connect(self._on_busy_changed)
        # The connection check first: the pages' first requests then wait for its token
        # (one token request, not two at once).
        self.refresh_connection()
        for page in self.pages:
            page.bind(context)
        self._rebuild_accounts_menu()
        self._build_the_rest_later(context)

    def _account_failed(self, error: BaseException) -> bool:
        self._build_the_rest_later()
        self.connection_label.setText(self.tr("Not connected"))
        self._rebuild_accounts_menu()
        return False

    def open_preferences(self) -> None:
        from app.ui.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.services, self.errors, self)
        dialog.open()

    def refresh_connection(self, *, quiet: bool = False) -> None:
        """Fetch a token to show whether the account's credentials work right now.

        Re-checked every few minutes (``quiet``: the status bar changes, no message box),
        so the token time shown is always that of a token Dintero really issued.
        """
        context = self.context
        if context is None:
            return

        def connected(expires_at: datetime) -> None:
            local = expires_at.astimezone().strftime("%H:%M")
            self.connection_label.setText(
                QCoreApplication.translate(
                    "MainWindow", "● Connected · token valid until {local}"
                ).format(local=local)
            )

        def failed(error: BaseException) -> bool:
            message = (
                error.user_message
                if isinstance(error, UserFacingError)
                else self.tr("connection failed")
            )
            self.connection_label.setText(
                QCoreApplication.translate("MainWindow", "○ Not connected — {message}").format(
                    message=message
                )
            )
            # A quiet re-check keeps its expected failures to the status bar; anything
            # unexpected is still logged and shown.
            return quiet and isinstance(error, UserFacingError)

        context.tasks.start(
            "connection",
            _token_expiry(context),
            on_success=connected,
            on_error=failed,
            error_context=self.tr("Could not connect to Dintero"),
        )

    def _close_later(self, context: AccountContext) -> None:
        import asyncio

        task = asyncio.get_event_loop().create_task(context.aclose())
        self._closing_contexts.add(task)
        task.add_done_callback(self._closing_contexts.discard)

    async def aclose(self) -> None:
        """Quit: cancel every task and close the current client."""
        import asyncio

        self._closed = True  # no section is built any more
        self.tasks.cancel_all()
        if self.context is not None:
            context, self.context = self.context, None
            await context.aclose()
        if self._closing_contexts:
            await asyncio.gather(*self._closing_contexts, return_exceptions=True)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leave_confirmed and self.money_in_flight():
            event.ignore()
            self._ask_to_leave(self.tr("Quit"), self._quit_anyway)
            return
        self.tasks.cancel_all()
        if self.context is not None:
            self.context.tasks.cancel_all()
        super().closeEvent(event)


async def _token_expiry(context: AccountContext) -> datetime:
    token = await context.client.fetch_token()
    return datetime.now(UTC) + timedelta(seconds=token.expires_in)


def _account_label(account: Account) -> str:
    return f"{account.name} ({account.account_id})"


def _bind_switch(window: MainWindow, account: Account) -> Callable[[], None]:
    return lambda: window.request_switch(account)
