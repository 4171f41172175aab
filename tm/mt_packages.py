"""Argos Translate model packages on disk: where they live, installing one from a file, listing them.

This module never imports argostranslate (which imports torch): `yakugo mt install` and `yakugo mt list`
stay fast and work without the `mt` extra.

- yakugo's own folder: `$YAKUGO_MODELS_DIR`, else `$XDG_DATA_HOME/yakugo/argos-packages`
  (`~/.local/share/yakugo/argos-packages`). `yakugo mt install` writes here.
- argostranslate's global folder (`--global`): the folder argostranslate itself would use, computed the
  way argostranslate 1.11 computes it (`ARGOS_PACKAGES_DIR`, else the same key in
  `$XDG_CONFIG_HOME/argos-translate/settings.json`, else `$XDG_DATA_HOME/argos-translate/packages`).

Both are read from the environment at call time, not at import time.
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from glossary.fileio import YakugoError

SOURCE_LANG, TARGET_LANG = "ja", "en"
MODELS_DIR_ENV = "YAKUGO_MODELS_DIR"


@dataclass(frozen=True)
class PackageInfo:
    """An installed argos package: its folder and what its metadata.json says."""

    path: Path
    from_code: str
    to_code: str
    version: str
    type: str
    description: str = ""

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def is_ja_en(self) -> bool:
        return self.type == "translate" and self.from_code == SOURCE_LANG and self.to_code == TARGET_LANG

    def version_key(self) -> tuple:
        """Sortable version: numeric parts compare as numbers ("1.10" > "1.9")."""
        return tuple((0, int(p)) if p.isdigit() else (1, p) for p in self.version.replace("-", ".").split("."))


def _home() -> Path:
    return Path(os.environ["SNAP_USER_DATA"]) if "SNAP" in os.environ else Path.home()


def _xdg(var: str, *default: str) -> Path:
    value = os.environ.get(var)
    return Path(value) if value else _home().joinpath(*default)


def yakugo_models_dir() -> Path:
    """yakugo's own model folder (may not exist yet)."""
    value = os.environ.get(MODELS_DIR_ENV)
    return Path(value) if value else _xdg("XDG_DATA_HOME", ".local", "share") / "yakugo" / "argos-packages"


def argos_global_dir() -> Path:
    """The package folder argostranslate itself uses (may not exist yet)."""
    value = os.environ.get("ARGOS_PACKAGES_DIR")
    if value:
        return Path(value)
    settings = _xdg("XDG_CONFIG_HOME", ".config") / "argos-translate" / "settings.json"
    try:
        configured = json.loads(settings.read_text(encoding="utf-8")).get("ARGOS_PACKAGES_DIR")
    except (OSError, ValueError, AttributeError):
        configured = None
    if configured:
        return Path(configured)
    return _xdg("XDG_DATA_HOME", ".local", "share") / "argos-translate" / "packages"


def search_dirs(models_dir: str | os.PathLike | None = None) -> list[Path]:
    """Folders searched for a model: only `models_dir` when given, else yakugo's folder then argostranslate's."""
    if models_dir is not None:
        return [Path(models_dir)]
    dirs = [yakugo_models_dir(), argos_global_dir()]
    return [d for i, d in enumerate(dirs) if d not in dirs[:i]]


def read_metadata(folder: Path) -> PackageInfo | None:
    """The PackageInfo of an installed package folder, or None when it is not one."""
    try:
        meta = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(meta, dict):
        return None
    return PackageInfo(path=folder, from_code=str(meta.get("from_code") or ""), to_code=str(meta.get("to_code") or ""),
                       version=str(meta.get("package_version") or ""), type=str(meta.get("type") or "translate"),
                       description=str(meta.get("description") or ""))


def list_packages(models_dir: str | os.PathLike | None = None, ja_en_only: bool = True) -> list[PackageInfo]:
    """Installed packages in the searched folders, in search order (newest version first within a folder)."""
    found = []
    for folder in search_dirs(models_dir):
        if not folder.is_dir():
            continue
        here = [info for sub in sorted(folder.iterdir()) if sub.is_dir() and not sub.name.startswith(".")
                and (info := read_metadata(sub)) is not None]
        here.sort(key=PackageInfo.version_key, reverse=True)
        found.extend(info for info in here if info.is_ja_en or not ja_en_only)
    return found


def find_package(models_dir: str | os.PathLike | None = None) -> PackageInfo | None:
    """The ja→en package yakugo uses: the newest in the first folder that has one."""
    packages = list_packages(models_dir)
    return packages[0] if packages else None


def _check_archive(zf: zipfile.ZipFile, path: Path) -> tuple[str, dict]:
    """Validate a .argosmodel archive; return its single top folder and its metadata."""
    names = [n for n in zf.namelist() if n and not n.startswith("__MACOSX/")]
    tops = set()
    for name in names:
        parts = PurePosixPath(name).parts
        if name.startswith("/") or ".." in parts or "\\" in name or not parts:
            raise YakugoError(f"unsafe path in archive: {name!r}", path)
        tops.add(parts[0])
    if len(tops) != 1:
        raise YakugoError("not an argos package: expected one folder at the top of the archive", path)
    top = tops.pop()
    try:
        meta = json.loads(zf.read(f"{top}/metadata.json").decode("utf-8"))
    except KeyError:
        raise YakugoError(f"not an argos package: no {top}/metadata.json", path) from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise YakugoError(f"metadata.json is not valid JSON ({exc})", path) from None
    if not isinstance(meta, dict):
        raise YakugoError("metadata.json is not a JSON object", path)
    kind = meta.get("type", "translate")
    pair = f"{meta.get('from_code')}→{meta.get('to_code')}"
    if kind != "translate" or meta.get("from_code") != SOURCE_LANG or meta.get("to_code") != TARGET_LANG:
        raise YakugoError(f"this package is a {kind} package for {pair}; yakugo needs a ja→en translate package", path)
    members = set(names)
    if f"{top}/model/model.bin" not in members:
        raise YakugoError("not a CTranslate2 argos package: no model/model.bin", path)
    if f"{top}/sentencepiece.model" not in members and f"{top}/bpe.model" not in members:
        raise YakugoError("argos package without a tokenizer (sentencepiece.model or bpe.model)", path)
    return top, meta


def install_package(archive: str | os.PathLike, dest: str | os.PathLike | None = None) -> PackageInfo:
    """Install a `.argosmodel` file into `dest` (default: yakugo's folder); return what was installed.

    The archive is checked first (one top folder, ja→en translate metadata, a CTranslate2 model and a
    tokenizer, no path escaping the folder), unpacked beside its final place and renamed into it, so a
    failed install leaves any previous version of the package untouched.
    """
    archive = Path(archive)
    if not archive.is_file():
        raise YakugoError("no such file", archive)
    if not zipfile.is_zipfile(archive):
        raise YakugoError("not an argos package (a .argosmodel file is a zip archive)", archive)
    dest = Path(dest) if dest is not None else yakugo_models_dir()
    try:
        dest.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise YakugoError(f"cannot create the model folder ({exc.strerror})", dest) from None
    with zipfile.ZipFile(archive) as zf:
        top, _meta = _check_archive(zf, archive)
        staging = Path(tempfile.mkdtemp(prefix=f".{top}.", suffix=".part", dir=dest))
        try:
            try:
                zf.extractall(staging)
            except (OSError, zipfile.BadZipFile) as exc:
                raise YakugoError(f"cannot unpack the package ({exc})", archive) from None
            final = dest / top
            old = None
            if final.exists():
                old = dest / f".{top}.old"
                shutil.rmtree(old, ignore_errors=True)
                os.replace(final, old)
            os.replace(staging / top, final)
            if old is not None:
                shutil.rmtree(old, ignore_errors=True)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    info = read_metadata(final)
    assert info is not None  # checked above
    return info
