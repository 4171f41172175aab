"""yakugo's command line: thin click commands over the `glossary` and `tm` libraries.

Commands parse arguments, call one library function, and print. Errors the user can fix
(`YakugoError`) become one line on stderr and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import functools
import sys
from importlib import metadata

import click

from glossary.fileio import YakugoError

try:
    __version__ = metadata.version("yakugo")
except metadata.PackageNotFoundError:  # running from a checkout that is not installed
    __version__ = "0.0.0+unknown"

EXIT_USAGE = 2


def friendly_errors(func):
    """Turn YakugoError (and broken pipes, Ctrl-C) into a one-line message and an exit code."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except YakugoError as exc:
            click.echo(f"yakugo: error: {exc}", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("yakugo: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.exit(0)

    return wrapper


class Progress:
    """Progress on stderr for runs that take longer than a moment; silent when stderr is not a terminal."""

    def __init__(self, enabled: bool | None = None, delay: float = 1.0):
        import time

        self._time = time.monotonic
        self._start = self._time()
        self._delay = delay
        self._enabled = sys.stderr.isatty() if enabled is None else enabled
        self._shown = False

    def __call__(self, stage: str, done: int | None = None, total: int | None = None) -> None:
        if not self._enabled or self._time() - self._start < self._delay:
            return
        count = f" {done}/{total}" if done is not None and total else ""
        click.echo(f"\r\033[K{stage}{count}", err=True, nl=False)
        self._shown = True

    def close(self) -> None:
        if self._shown:
            click.echo("\r\033[K", err=True, nl=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="yakugo")
def main() -> None:
    """yakugo: Japanese→English glossaries and translation memories for texts on Korea and Russia.

    Start with `yakugo build corpus/ --out build/`: it extracts names and terms, gives them
    English, and writes a termbase (TBX, OmegaT, CSV, PO, JSON) and a translation memory (TMX).
    """


# ----------------------------------------------------------------------------- build
@main.command()
@click.argument("corpus", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for the glossary, the memory and the stores (created if missing).")
@click.option("--progress/--no-progress", default=None, help="Show progress on stderr (default: on a terminal).")
@friendly_errors
def build(corpus: tuple[str, ...], out_dir: str, progress: bool | None) -> None:
    """Run the whole pipeline on CORPUS (UTF-8 .txt/.md files or folders).

    Reads and segments the Japanese texts, extracts names and terms, transliterates them,
    aligns any English translation (NAME.en.txt beside NAME.txt), and writes into OUT:
    glossary.json, glossary.tbx, glossary.utf8 (OmegaT), glossary.csv, glossary.po,
    memory.tmx, and the stores glossary.db and memory.db that other commands use.
    Outputs are replaced atomically; a failed run leaves the previous ones intact.
    """
    from tm.build import build_corpus

    bar = Progress(progress)
    try:
        summary = build_corpus(list(corpus), out_dir, progress=bar)
    finally:
        bar.close()
    click.echo(summary.describe())


# ----------------------------------------------------------------------------- tm
@main.group()
def tm() -> None:
    """Translation memory: import, export, fuzzy lookup, statistics, alignment.

    A memory is a store file (`memory.db`, SQLite) that `yakugo build` writes and these commands read and
    extend; `lookup` also reads a TMX file directly.
    """


@tm.command("export")
@click.option("--memory", "-m", "memory", required=True, type=click.Path(exists=True, dir_okay=False),
              help="The TM store to export.")
@click.option("--output", "-o", "output", required=True, type=click.Path(dir_okay=False),
              help="The TMX file to write (TMX 1.4b, replaced atomically).")
@friendly_errors
def tm_export(memory: str, output: str) -> None:
    """Export every unit of the store as TMX 1.4b (streamed: flat memory for any size)."""
    from glossary.meta import build_info
    from tm.formats.tmx import write_tmx
    from tm.store import TMStore

    with TMStore.open(memory) as store:
        count = write_tmx(store.iter_units(), output, meta=build_info())
    click.echo(f"Wrote {count} units to {output}.")


@tm.command("stats")
@click.option("--memory", "-m", "memory", required=True, type=click.Path(exists=True, dir_okay=False),
              help="The TM store.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@friendly_errors
def tm_stats(memory: str, as_json: bool) -> None:
    """Units by origin and language pair, file size and last change of a TM store."""
    import json

    from tm.store import TMStore

    with TMStore.open(memory) as store:
        stats = store.stats()
    if as_json:
        click.echo(json.dumps(stats.to_dict(), ensure_ascii=False))
        return
    click.echo(f"{stats.path}: {stats.units} units, {stats.size_bytes / 1e6:.1f} MB, last change "
               f"{stats.last_change.isoformat() if stats.last_change else 'never'}")
    click.echo("  by origin: " + (", ".join(f"{k} {v}" for k, v in stats.by_origin.items()) or "none"))
    click.echo("  by pair:   " + (", ".join(f"{k} {v}" for k, v in stats.by_pair.items()) or "none"))
