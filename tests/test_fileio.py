"""The shared file helpers: UTF-8 reading errors name file and line; atomic writes never leave half a file."""
from __future__ import annotations

import pytest

from glossary.fileio import YakugoError, atomic_write, open_sqlite, read_text


def test_read_text_drops_bom(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffプーチン".encode("utf-8"))
    assert read_text(path) == "プーチン"


def test_read_text_names_file_and_line_of_bad_bytes(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes("一行目\n二行目\n".encode("utf-8") + "三行目".encode("shift_jis"))
    with pytest.raises(YakugoError) as err:
        read_text(path)
    assert str(err.value).startswith(f"{path}:3: not valid UTF-8")  # then a guess of the encoding, if any


def test_atomic_write_replaces_only_on_success(tmp_path):
    path = tmp_path / "out.txt"
    path.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with atomic_write(path) as handle:
            handle.write("half")
            raise RuntimeError("boom")
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
    with atomic_write(path) as handle:
        handle.write("new")
    assert path.read_text(encoding="utf-8") == "new"


def test_open_sqlite_rejects_a_file_that_is_not_a_database(tmp_path):
    path = tmp_path / "store.db"
    path.write_text("this is not sqlite " * 100, encoding="utf-8")
    with pytest.raises(YakugoError) as err:
        open_sqlite(path).execute("select 1")
    assert str(path) in str(err.value)


def test_atomic_write_gives_new_files_the_usual_mode(tmp_path):
    import os
    path = tmp_path / "fresh.txt"
    with atomic_write(path) as handle:
        handle.write("x")
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask
