"""File helpers every stage shares: one error type for bad input, UTF-8 reading, atomic writes, SQLite stores."""
from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
import tempfile
import urllib.parse
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
        raise YakugoError(not_utf8_message(data), path, line) from None


def not_utf8_message(data: bytes) -> str:
    """"not valid UTF-8", with the encoding the bytes look like and how to convert them when that can be told."""
    guess = None
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        guess = ("UTF-16", "UTF-16")
    elif b"\x00" in data[:4096]:
        return "not valid UTF-8 (binary data, not a text file)"
    else:
        # EUC-JP first: Japanese in Shift-JIS is rarely valid EUC-JP, while EUC-JP often decodes as Shift-JIS
        for name, codec, iconv in (("EUC-JP", "euc_jp", "EUC-JP"), ("Shift-JIS", "cp932", "CP932")):
            try:
                data[:65536].decode(codec)
            except UnicodeDecodeError as exc:
                if exc.start < min(len(data), 65536) - 4:  # a character cut at the end of the sample is no proof
                    continue
            guess = (name, iconv)
            break
    if guess is None:
        return "not valid UTF-8"
    return f"not valid UTF-8 (looks like {guess[0]}; convert it, e.g. iconv -f {guess[1]} -t UTF-8)"


def xml_encoding_error(path: str | os.PathLike) -> YakugoError:
    """The error for an XML file in an encoding the XML parser cannot read (expat: no multi-byte ones but UTF)."""
    with open(path, "rb") as handle:
        head = handle.read(200)
    found = re.search(rb"encoding\s*=\s*[\"']([A-Za-z0-9._-]+)", head)
    name = found.group(1).decode() if found else "a multi-byte encoding"
    return YakugoError(f"XML in {name} is not read, only UTF-8 or UTF-16; convert it, "
                       f"e.g. iconv -f {name} -t UTF-8 (and change its encoding declaration)", path, 1)


def os_error_message(exc: OSError) -> str:
    """One line for a failed file operation, naming the file: "out/x.tbx: Permission denied"."""
    where = exc.filename if exc.filename is not None else None
    reason = exc.strerror or str(exc)
    return f"{os.fspath(where)}: {reason}" if where is not None else reason


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
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:  # name the file the user asked for, not the temporary one
        if isinstance(exc, FileExistsError):  # mkdir met a file where a folder should be
            raise NotADirectoryError(errno.ENOTDIR, "a file is in the way of its folder", os.fspath(path)) from None
        raise OSError(exc.errno, exc.strerror, os.fspath(path)) from None
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


def open_sqlite(path: str | os.PathLike, readonly: bool = False) -> sqlite3.Connection:
    """Open (creating if needed) a SQLite store the way every yakugo store is opened: WAL, busy timeout, FKs on.

    `readonly=True` opens an existing store for reading only: nothing is created, no pragma is written, the
    store's bytes stay as they are and no -wal/-shm file is left beside it; a write raises sqlite3 errors
    (the stores turn them into YakugoError). A missing store is a YakugoError ("no such store").
    """
    path = Path(path)
    if path.is_dir():
        raise YakugoError("is a folder, not a store file", path)
    if readonly:
        return _open_readonly(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = "a file is in the way" if isinstance(exc, FileExistsError) else exc.strerror or exc
        raise YakugoError(f"cannot create the store's folder ({reason})", path) from None
    conn = None
    try:
        conn = sqlite3.connect(path, timeout=30.0)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA busy_timeout=30000")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        if isinstance(exc, sqlite3.OperationalError) and not _writable(path):
            # SQLite says "unable to open database file": a store is opened for writing (and WAL needs its folder)
            raise YakugoError("cannot open the store: it or its folder is not writable "
                              "(reading commands open it read-only)", path) from None
        raise YakugoError(f"not a yakugo store ({exc})", path) from None
    return conn


@contextlib.contextmanager
def store_connection(path: str | os.PathLike, readonly: bool = False,
                     discard_if_new: bool = False) -> Iterator[sqlite3.Connection]:
    """A store's connection for the length of a block, with explicit transactions (isolation_level None).

    The connection is always closed. With `discard_if_new`, a block that raises removes the store
    again if this call created it (a failed import leaves nothing behind); a store that existed is kept.
    """
    path = Path(path)
    existed = path.exists()
    conn = open_sqlite(path, readonly=readonly)
    conn.isolation_level = None
    try:
        yield conn
    except BaseException:
        conn.close()
        if discard_if_new and not existed and not readonly:
            remove_store_files(path)
        raise
    finally:
        conn.close()


def remove_store_files(path: str | os.PathLike) -> None:
    """Delete a store file and its -wal/-shm/-journal companions (for a store a failed command just created)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{os.fspath(path)}{suffix}")


def _is_wal(path: Path) -> bool:
    """True if the file's header says WAL mode (bytes 18 and 19 are 2); such a store needs -shm to be read."""
    with open(path, "rb") as handle:
        header = handle.read(20)
    return header[:16] == b"SQLite format 3\x00" and header[18:20] == b"\x02\x02"


def _open_readonly(path: Path) -> sqlite3.Connection:
    """Open an existing store for reading without creating or changing any file (see open_sqlite).

    SQLite reads a WAL store through its -shm index, and a `mode=ro` connection creates -wal/-shm when they
    are missing but cannot remove them when it closes. So: when they exist (another connection is open, or
    a crash left committed pages in -wal) `mode=ro` reads through them; when they do not, all committed data
    is in the file itself, and a writable folder gets a connection refusing writes (`query_only`) whose close,
    as the last one, removes what it made, while a read-only folder or file is opened `immutable=1`.
    """
    try:
        if not path.is_file():
            raise YakugoError("no such store", path)
        wal = _is_wal(path)
    except OSError as exc:
        raise YakugoError(f"cannot read the store ({exc.strerror or exc})", path) from None
    uri = "file:" + urllib.parse.quote(os.fspath(path.absolute()))
    if not wal or Path(f"{path}-wal").exists():
        attempts = [f"{uri}?mode=ro", f"{uri}?mode=ro&immutable=1"]
    elif _writable(path):
        attempts = [f"{uri}?mode=rw"]
    else:
        attempts = [f"{uri}?mode=ro&immutable=1"]
    error: sqlite3.DatabaseError | None = None
    for target in attempts:
        conn = sqlite3.connect(target, uri=True, timeout=30.0)
        try:
            conn.execute("PRAGMA query_only=ON")
            conn.execute("PRAGMA busy_timeout=30000")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # opens the file: errors show here
            return conn
        except sqlite3.DatabaseError as exc:
            conn.close()
            error = exc
            if not isinstance(exc, sqlite3.OperationalError):  # not a database: no second try will help
                break
    raise YakugoError(f"not a yakugo store, or unreadable ({error})", path) from None


def _writable(path: Path) -> bool:
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        return False
    if not os.access(folder, os.W_OK):
        return False
    try:  # root passes every access() test; a read-only file system still says no
        return not os.statvfs(folder).f_flag & os.ST_RDONLY
    except OSError:
        return True
