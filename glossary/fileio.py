"""File helpers every stage shares: one error type for bad input, UTF-8 reading, atomic writes, SQLite stores."""
from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import IO, Iterator


class YakugoError(Exception):
    """Bad input or a failed operation the user can fix; the CLI prints it as one line and exits non-zero.

    The message names the file (and line, where there is one): ``"corpus/a.txt:12: not UTF-8"``.
    """

    def __init__(self, message: str, path: str | os.PathLike | None = None, line: int | None = None):
        where = ""
        if path is not None:
            where = f"{os.fspath(path)}:{line}: " if line else f"{os.fspath(path)}: "
        super().__init__(where + message)
        self.path = path
        self.line = line


def read_text(path: str | os.PathLike) -> str:
    """Return the text of a UTF-8 file (a BOM is dropped); YakugoError names the file and line if it is not UTF-8."""
    data = Path(path).read_bytes() if Path(path).is_file() else None
    if data is None:
        raise YakugoError("no such file", path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise YakugoError("not valid UTF-8", path, line) from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8",
                 newline: str | None = None) -> Iterator[IO]:
    """Open a temporary file beside `path` and rename it over `path` only if the block succeeds.

    A failure leaves any previous `path` untouched and no half-written file behind.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would have
        os.chmod(tmp, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_umask())
        if "b" in mode:
            handle = os.fdopen(fd, mode)
        else:
            handle = os.fdopen(fd, mode, encoding=encoding, newline=newline)
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def open_sqlite(path: str | os.PathLike) -> sqlite3.Connection:
    """Open (creating if needed) a SQLite store the way every yakugo store is opened: WAL, busy timeout, FKs on."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, timeout=30.0)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA busy_timeout=30000")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.DatabaseError as exc:
        raise YakugoError(f"not a yakugo store ({exc})", path) from None
    return conn
