"""One worker thread owns the open book; the window submits small operations to it.

Like Anki's CollectionOp/QueryOp: an operation is a function of the Book that runs off
the GUI thread; its result (or error) comes back to a callback on the GUI thread. The
SQLite connection is made, used and closed on the worker thread only.
"""

from __future__ import annotations

import datetime
import itertools
import logging
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from koperasi.book import Book

log = logging.getLogger(__name__)

Operation = Callable[["WorkerContext"], Any]
SWITCH_INTERVAL_S = 0.0005


class NoBookOpen(RuntimeError):
    """An operation reached the worker after its book was closed (a screen still loading)."""


class WorkerContext:
    """What an operation sees on the worker thread: the open book, and a way to report progress."""

    def __init__(self, worker: _Worker) -> None:
        self._worker = worker
        self.book: Book | None = None
        self.op_id = 0

    def require_book(self) -> Book:
        if self.book is None:
            raise NoBookOpen("no book is open")
        return self.book

    def progress(self, done: int, total: int, label: str = "") -> None:
        self._worker.progress.emit(self.op_id, done, total, label)


class _Worker(QObject):
    # op id, result, error, the book's today, the areas the operation wrote to
    done = Signal(int, object, object, object, object)
    progress = Signal(int, int, int, str)  # op id, done, total, label

    def __init__(self) -> None:
        super().__init__()
        self.context = WorkerContext(self)

    @Slot(int, object)
    def run(self, op_id: int, fn: Operation) -> None:
        self.context.op_id = op_id
        try:
            result = fn(self.context)
        except Exception as exc:  # every failure goes back to the window, none kills the thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.done.emit(op_id, None, exc, self._today(), self._changes())
        else:
            self.done.emit(op_id, result, None, self._today(), self._changes())

    def _today(self) -> datetime.date | None:
        # The book is the one clock; the window keeps a copy of its answer after every op.
        book = self.context.book
        return book.today() if book is not None else None

    def _changes(self) -> frozenset[str]:
        # Taken after every operation, failed ones too: a refusal after one committed write
        # still changed the book, and a screen refreshed for nothing costs only a query.
        book = self.context.book
        return book.take_changes() if book is not None else frozenset()


@dataclass
class _Pending:
    on_done: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    dialog: QProgressDialog | None = None
    timer: QTimer | None = None


class BookRunner(QObject):
    """The GUI thread's handle on the worker: submit operations, get callbacks.

    Signals:
      book_changed(object): a book was opened (its path) or closed (None).
      failed(object): an operation failed and had no error callback of its own.
      changed(frozenset): an operation wrote to these areas of the book ("deliveries",
        "members", ...: see Book.note_changes); emitted on the GUI thread after the
        operation's own callback, so screens showing those areas can reload.

    `today` is the open book's today as of the last operation (None before a book is
    open): the GUI's only clock, so that widgets never read the system date.
    """

    _submit = Signal(int, object)
    book_changed = Signal(object)
    failed = Signal(object)
    changed = Signal(object)
    idle = Signal()

    BUSY_DELAY_MS = 500

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The worker is a Python thread sharing the GIL with the window. While it computes,
        # every call Qt makes into Python on the GUI thread (a cell's data(), a slot) waits
        # for the GIL up to the switch interval, 5 ms by default: painting one table of a few
        # hundred cells could then freeze the window for seconds. At 0.5 ms the window gets
        # the GIL back quickly; the worker loses a little throughput to the extra switches.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._thread = QThread()
        self._thread.setObjectName("koperasi-book-worker")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.run)
        self._worker.done.connect(self._on_done)
        self._worker.progress.connect(self._on_progress)
        self._thread.start()
        self.book_path: Path | None = None
        self.today: datetime.date | None = None
        # Asked when an opened book has users: login_gate(path, proceed, cancel) (issue 9).
        self.login_gate: Callable[[Path, Callable[[], None], Callable[[], None]], None] | None
        self.login_gate = None

    # -- submitting -----------------------------------------------------------------

    def run(
        self,
        fn: Operation,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        busy: str | None = None,
        parent: QWidget | None = None,
    ) -> int:
        """Run fn(context) on the worker. With `busy`, a progress dialog appears if it takes
        longer than half a second, so the window never looks frozen."""
        op_id = next(self._ids)
        pending = _Pending(on_done, on_error)
        if busy:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda: self._show_busy(op_id, busy, parent))
            timer.start(self.BUSY_DELAY_MS)
            pending.timer = timer
        self._pending[op_id] = pending
        self._submit.emit(op_id, fn)
        return op_id

    def book_op(
        self, fn: Callable[[Book], Any], on_done=None, on_error=None, busy=None, parent=None
    ) -> int:
        """Run fn(book) on the worker."""
        return self.run(lambda ctx: fn(ctx.require_book()), on_done, on_error, busy, parent)

    def call(self, fn: Callable[[Book], Any], timeout_ms: int = 60_000) -> Any:
        """Run fn(book) and wait for it, keeping the event loop going (scripts and tests)."""
        return self._wait(self.book_op, fn, timeout_ms)

    def _wait(self, submit, fn, timeout_ms: int) -> Any:
        loop = QEventLoop()
        box: dict[str, Any] = {}

        def done(result: Any) -> None:
            box["result"] = result
            loop.quit()

        def error(exc: BaseException) -> None:
            box["error"] = exc
            loop.quit()

        error.wants_no_book = True  # type: ignore[attr-defined]  # a waiting caller must hear it

        submit(fn, done, error)
        if "result" not in box and "error" not in box:
            QTimer.singleShot(timeout_ms, loop.quit)
            loop.exec()
        if "error" in box:
            raise box["error"]
        if "result" not in box:
            raise TimeoutError("the book worker did not answer in time")
        return box["result"]

    # -- opening and closing the book -------------------------------------------------

    def open_book(
        self,
        path: str | Path,
        on_done=None,
        on_error=None,
        create: dict | None = None,
        busy: str | None = None,
        parent: QWidget | None = None,
    ) -> int:
        """Open (or, with `create` = profile fields, create) a book on the worker thread."""
        path = Path(path)

        def op(ctx: WorkerContext) -> Path:
            if ctx.book is not None and ctx.book.path.resolve() == path.resolve():
                ctx.book.close()  # reopening the same book: our own lock would refuse us
                ctx.book = None
            # Open the new book before closing the old one, so a refusal (locked, not a
            # book) leaves the treasurer in the book they were working in.
            new = Book.create(path, **create) if create is not None else Book.open(path)
            if ctx.book is not None:
                ctx.book.close()
            ctx.book = new
            try:
                needs_login = new.users.enabled() and new.user is None
            except Exception:  # a damaged book (read-only, refuses writes) shows without one
                log.exception("could not read the users of %s", path)
                needs_login = False
            return path, needs_login

        def opened(result: tuple[Path, bool]) -> None:
            path, needs_login = result
            if needs_login and self.login_gate is not None:
                # A book with users shows nothing until someone has logged in (issue 9):
                # the window closes what it showed and asks; Batal closes the new book.
                if self.book_path is not None:
                    self.book_path = None
                    self.book_changed.emit(None)
                self.login_gate(path, lambda: shown(path), lambda: self.close_book())
                return
            shown(path)

        def shown(path: Path) -> None:
            self.book_path = path
            self.book_changed.emit(path)
            if on_done:
                on_done(path)

        return self.run(op, opened, on_error, busy, parent)

    def open_book_sync(self, path: str | Path, create: dict | None = None) -> Path:
        return self._wait(
            lambda _fn, done, error: self.open_book(path, done, error, create), None, 60_000
        )

    def close_book(self, on_done=None) -> int:
        def op(ctx: WorkerContext) -> None:
            if ctx.book is not None:
                ctx.book.close()
                ctx.book = None

        def closed(_: object) -> None:
            self.book_path = None
            self.book_changed.emit(None)
            if on_done:
                on_done(None)

        return self.run(op, closed)

    def shutdown(self) -> None:
        """Close the book on its own thread and stop the worker."""
        if not self._thread.isRunning():
            return
        try:
            self._wait(lambda _fn, done, error: self.close_book(done), None, 10_000)
        except Exception:  # closing is best effort at exit; the lock dies with the process anyway
            log.exception("closing the book at shutdown failed")
        self._thread.quit()
        self._thread.wait(10_000)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    # -- results ----------------------------------------------------------------------

    def _show_busy(self, op_id: int, text: str, parent: QWidget | None) -> None:
        pending = self._pending.get(op_id)
        if pending is None:
            return
        dialog = QProgressDialog(text, "", 0, 0, parent)
        dialog.setCancelButton(None)
        dialog.setWindowTitle(QCoreApplication.translate("BookRunner", "Please wait"))
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.show()
        pending.dialog = dialog

    @Slot(int, int, int, str)
    def _on_progress(self, op_id: int, done: int, total: int, label: str) -> None:
        pending = self._pending.get(op_id)
        if pending and pending.dialog:
            pending.dialog.setMaximum(total)
            pending.dialog.setValue(done)
            if label:
                pending.dialog.setLabelText(label)

    @Slot(int, object, object, object, object)
    def _on_done(
        self,
        op_id: int,
        result: Any,
        error: BaseException | None,
        today: datetime.date | None,
        changes: frozenset[str],
    ) -> None:
        if today is not None:
            self.today = today
        pending = self._pending.pop(op_id, None)
        if pending is not None:
            self._finish(pending, result, error)
        if changes:
            self.changed.emit(changes)
        if not self._pending:
            self.idle.emit()

    def _finish(self, pending: _Pending, result: Any, error: BaseException | None) -> None:
        if pending.timer:
            pending.timer.stop()
        if pending.dialog:
            pending.dialog.close()
            pending.dialog.deleteLater()
        if isinstance(error, NoBookOpen) and not getattr(pending.on_error, "wants_no_book", False):
            # A load that outlived its book: nothing to show, nothing to change.
            log.info("dropped an operation that reached the worker after the book closed")
        elif error is not None:
            if pending.on_error:
                pending.on_error(error)
            else:
                log.error("operation failed: %s", getattr(error, "__traceback_text__", error))
                self.failed.emit(error)
        elif pending.on_done:
            pending.on_done(result)
