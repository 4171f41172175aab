"""yakugo's command line: thin click commands over the `glossary` and `tm` libraries.

Commands parse arguments, call one library function, and print. Errors the user can fix
(`YakugoError`) become one line on stderr and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import functools
import sys
from importlib import metadata

import click

from glossary.fileio import YakugoError, not_utf8_message, os_error_message
from glossary.model import TRANSLIT_ORIGINS

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
        except OSError as exc:  # a folder not writable, a disk full, a path that is a folder: not a bug
            click.echo(f"yakugo: error: {os_error_message(exc)}", err=True)
            sys.exit(1)

    return wrapper


def stdin_lines():
    """Lines of standard input read as UTF-8 (a BOM dropped, line ends stripped), one at a time as they come;
    bytes that are not UTF-8 stop the command with a one-line error naming the line."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # a text-only stdin (an embedding program): it decoded already
        yield from (line.rstrip("\r\n") for line in sys.stdin)
        return
    for number, raw in enumerate(stream, 1):
        try:
            line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            raise YakugoError(not_utf8_message(raw), "<stdin>", number) from None
        yield line.rstrip("\r\n")


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

    with TMStore.open(memory, readonly=True) as store:
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

    with TMStore.open(memory, readonly=True) as store:
        stats = store.stats()
    if as_json:
        click.echo(json.dumps(stats.to_dict(), ensure_ascii=False))
        return
    click.echo(f"{stats.path}: {stats.units} units, {stats.size_bytes / 1e6:.1f} MB, last change "
               f"{stats.last_change.isoformat() if stats.last_change else 'never'}")
    click.echo("  by origin: " + (", ".join(f"{k} {v}" for k, v in stats.by_origin.items()) or "none"))
    click.echo("  by pair:   " + (", ".join(f"{k} {v}" for k, v in stats.by_pair.items()) or "none"))


@tm.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--memory", "-m", "memory", required=True, type=click.Path(dir_okay=False),
              help="The TM store to add to (created if missing).")
@click.option("--format", "fmt", type=click.Choice(["tmx", "tsv", "po", "xliff"]), default=None,
              help="Read every file as this format (default: by extension, else by content).")
@click.option("--srclang", default="ja", show_default=True, help="Source language to read from TMX/TSV.")
@click.option("--tgtlang", default="en", show_default=True, help="Target language to read from TMX/TSV.")
@friendly_errors
def tm_import(files: tuple[str, ...], memory: str, fmt: str | None, srclang: str, tgtlang: str) -> None:
    """Add the units of FILES (TMX 1.1–1.4b, XLIFF 1.2, PO, source<TAB>target) to a TM store.

    Identical units are merged. All files are imported in one transaction: if one is bad, the
    error names file and line and the store is left as it was.
    """
    from tm.importer import import_files
    from tm.store import TMStore

    with TMStore.open(memory, discard_if_new=True) as store:
        summary = import_files(store, files, fmt=fmt, srclang=srclang, tgtlang=tgtlang)
        total = len(store)
    click.echo(summary.describe())
    click.echo(f"{memory} now holds {total} units.")


@tm.command("lookup")
@click.argument("text", required=False)
@click.option("--memory", "-m", "memory", required=True, type=click.Path(exists=True, dir_okay=False),
              help="A TM store or a TMX file.")
@click.option("--min-score", default=75.0, show_default=True, type=click.FloatRange(0, 100),
              help="Lowest score (0–100, character edit-distance similarity) to show.")
@click.option("-n", "limit", default=5, show_default=True, type=click.IntRange(1), help="Matches per query.")
@click.option("--json", "as_json", is_flag=True, help="One JSON line per query: {query, matches}.")
@click.option("--include-mt", is_flag=True, help="Also match machine-translated units (ranked below human ones).")
@friendly_errors
def tm_lookup(text: str | None, memory: str, min_score: float, limit: int, as_json: bool, include_mt: bool) -> None:
    """Fuzzy matches for TEXT, exact ones first; without TEXT, one query per line from stdin."""
    import json

    from tm.match import Matcher

    matcher = Matcher.open(memory, include_mt=include_mt)
    queries = [text] if text is not None else stdin_lines()
    for query in queries:
        matches = matcher.lookup(query, min_score=min_score, n=limit)
        if as_json:
            click.echo(json.dumps({"query": query, "matches": [m.to_dict() for m in matches]}, ensure_ascii=False))
        else:
            if text is None:
                click.echo(f"> {query}")
            if not matches:
                click.echo(f"  (no match at or above {min_score:g})")
            for m in matches:
                click.echo(f"  {m.score:5.1f}  {m.origin:<8}  {m.source}\n{'':17}→ {m.target}")
        sys.stdout.flush()


# ----------------------------------------------------------------------------- glossary
@main.group()
def glossary() -> None:
    """The termbase: import a user's glossary, look terms up, export to CAT-tool formats.

    A glossary G is the store a build writes (OUT/glossary.db) or any glossary file
    (.tbx, .utf8/.txt/.tab for OmegaT, .csv, .po, .json).
    """


@glossary.command("import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--glossary", "-g", "store", required=True, type=click.Path(dir_okay=False),
              help="The glossary store (e.g. build/glossary.db); created if missing.")
@click.option("--format", "fmt", default=None, help="Format of FILES when their extension does not say it "
              "(json, tbx, omegat, csv, po).")
@click.option("--lock/--no-lock", default=True, show_default=True,
              help="Lock imported entries so later builds never change their English.")
@friendly_errors
def glossary_import(files: tuple[str, ...], store: str, fmt: str | None, lock: bool) -> None:
    """Import FILES (TBX, OmegaT, CSV, PO, JSON) into a store; the user's entries win over extraction.

    Every file is read before anything is written, in one transaction: a malformed file changes
    nothing. Entries whose English replaces different English already in the store are listed.
    """
    from glossary.store import import_files

    report = import_files(store, files, lock=lock, fmt=fmt)
    click.echo(f"Imported into {store}: {report.describe()}.")
    for line in report.conflicts:
        click.echo(f"  conflict: {line}")


@glossary.command("lookup")
@click.argument("term", required=False)
@click.option("--glossary", "-g", "source", required=True, type=click.Path(exists=True, dir_okay=False),
              help="A glossary store or glossary file.")
@click.option("--text", "text_file", type=click.Path(exists=True, dir_okay=False),
              help="List every glossary term in this Japanese text file, with its position.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("-n", "limit", default=5, show_default=True, type=click.IntRange(1),
              help="At most this many fuzzy matches.")
@friendly_errors
def glossary_lookup(term: str | None, source: str, text_file: str | None, as_json: bool, limit: int) -> None:
    """Find TERM by any Japanese spelling, by English, or fuzzily; or scan a text with --text FILE.

    Exit status 1 when TERM is not found.
    """
    import json

    from glossary.fileio import read_text
    from glossary.lookup import Glossary, describe_entry

    if (term is None) == (text_file is None):
        raise click.UsageError("give either TERM or --text FILE")
    found_glossary = Glossary.load(source)
    if text_file is not None:
        text = read_text(text_file)
        hits = found_glossary.scan(text)
        if as_json:
            click.echo(json.dumps([dict(h.to_dict(), line=text.count("\n", 0, h.start) + 1) for h in hits],
                                  ensure_ascii=False, indent=1))
            return
        for hit in hits:
            line = text.count("\n", 0, hit.start) + 1
            click.echo(f"{line}:{hit.start}-{hit.end}\t{hit.surface}\t{hit.entry.en or '?'}\t({hit.entry.ja})")
        click.echo(f"{len(hits)} terms found.", err=True)
        return
    found = found_glossary.lookup(term, n=limit)
    if as_json:
        click.echo(json.dumps([f.to_dict() for f in found], ensure_ascii=False, indent=1))
    else:
        for f in found:
            how = {"ja": "Japanese spelling", "en": "English", "en-words": "English words"}.get(f.how, f"fuzzy, score {f.score:.0f}")
            click.echo(f"{describe_entry(f.entry)}\n  (found by {how})")
    if not found:
        if not as_json:
            click.echo(f"yakugo: {term!r} is not in {source}", err=True)
        sys.exit(1)


@glossary.command("export")
@click.option("--glossary", "-g", "source", required=True, type=click.Path(exists=True, dir_okay=False),
              help="The glossary store (or any glossary file, to convert it).")
@click.option("--output", "-o", "output", required=True, type=click.Path(dir_okay=False),
              help="The file to write (replaced atomically).")
@click.option("--format", "fmt", default=None,
              type=click.Choice(["tbx", "tbx2019", "omegat", "csv", "po", "json"]),
              help="Output format; default: from the extension (.tbx, .utf8/.txt/.tab, .csv, .po, .json).")
@friendly_errors
def glossary_export(source: str, output: str, fmt: str | None) -> None:
    """Write the glossary as TBX (TBX-Basic, or TBX 2019), OmegaT tab-separated, CSV, PO or JSON."""
    from glossary.formats import write_glossary
    from glossary.meta import build_info
    from glossary.store import load_entries

    entries = load_entries(source)
    write_glossary(entries, output, fmt=fmt, meta=build_info())
    click.echo(f"Wrote {len(entries)} entries to {output}.")


# ----------------------------------------------------------------------------- tm align
@tm.command("align")
@click.argument("ja_file", type=click.Path(exists=True, dir_okay=False))
@click.argument("en_file", type=click.Path(exists=True, dir_okay=False))
@click.option("--memory", "-m", "memory", required=True, type=click.Path(dir_okay=False),
              help="The TM store to add the aligned units to (created if missing).")
@click.option("--glossary", "-g", "glossary_path", type=click.Path(exists=True, dir_okay=False),
              help="A glossary store or file whose names (Japanese and English) anchor the alignment.")
@click.option("--document", default=None, help="Document name stored with each unit (default: JA_FILE's name).")
@click.option("--max-cost", type=float, default=None,
              help="Leave out pairs the aligner is unsure of (bead cost above this; about 3 is doubtful).")
@click.option("--show", is_flag=True, help="Also print the pairs: shape, cost, Japanese, English (tab-separated).")
@friendly_errors
def tm_align(ja_file: str, en_file: str, memory: str, glossary_path: str | None, document: str | None,
             max_cost: float | None, show: bool) -> None:
    """Align JA_FILE with its English translation EN_FILE into sentence pairs and add them to the memory.

    Paragraphs are paired first, then sentences inside them (1:1, 1:2, 2:1, 1:0...), from length,
    anchors (numbers, Latin strings, the glossary's names) and order. Japanese is cut as OmegaT cuts it,
    so the units match the segments a CAT tool sees.
    """
    from collections import Counter
    from pathlib import Path

    from glossary.text import read_paragraphs
    from tm.align import align_documents
    from tm.store import TMStore

    entries = []
    if glossary_path:
        from glossary.store import load_entries

        entries = load_entries(glossary_path)
    units = align_documents(read_paragraphs(ja_file), read_paragraphs(en_file), glossary=entries,
                            document=document or Path(ja_file).name, max_cost=max_cost)
    if show:
        for unit in units:
            click.echo(f"{unit.props['x-alignment']}\t{unit.props['x-alignment-cost']}\t{unit.source}\t{unit.target}")
    with TMStore.open(memory, discard_if_new=True) as store:
        report = store.import_units(units)
        total = len(store)
    shapes = ", ".join(f"{shape} {n}" for shape, n in Counter(u.props["x-alignment"] for u in units).most_common())
    click.echo(f"Aligned {len(units)} pairs ({shapes or 'none'}); added {report.added} new units to {memory} "
               f"({report.merged} already there); it now holds {total} units.")


# ----------------------------------------------------------------------------- mt
@main.group()
def mt() -> None:
    """Machine translation with argostranslate (the `mt` extra), offline: install and use ja→en models.

    Models go to yakugo's own folder ($YAKUGO_MODELS_DIR, default $XDG_DATA_HOME/yakugo/argos-packages)
    unless --global. Nothing is ever downloaded.
    """


@mt.command("install")
@click.argument("package_file", type=click.Path(dir_okay=False))
@click.option("--global", "to_global", is_flag=True,
              help="Install into argostranslate's own package folder instead of yakugo's.")
@friendly_errors
def mt_install(package_file: str, to_global: bool) -> None:
    """Install a ja→en argos package from PACKAGE_FILE (a .argosmodel file); replaces an older copy."""
    from tm.mt_packages import argos_global_dir, install_package

    info = install_package(package_file, argos_global_dir() if to_global else None)
    click.echo(f"Installed {info.name} (ja→en, version {info.version or '?'}) into {info.path.parent}")


@mt.command("list")
@friendly_errors
def mt_list() -> None:
    """List the installed ja→en packages, the one yakugo uses first."""
    from tm.mt import INSTALL_MODEL_HINT
    from tm.mt_packages import list_packages, search_dirs

    packages = list_packages()
    for i, info in enumerate(packages):
        mark = "*" if i == 0 else " "
        click.echo(f"{mark} {info.name}\t{info.from_code}→{info.to_code}\t{info.version or '?'}\t{info.path.parent}")
    if not packages:
        where = ", ".join(str(d) for d in search_dirs())
        click.echo(f"No ja→en model installed (looked in {where}); {INSTALL_MODEL_HINT}", err=True)


@mt.command("translate")
@click.argument("text", required=False)
@click.option("--glossary", "-g", "glossary_path", type=click.Path(exists=True, dir_okay=False),
              help="Enforce this glossary's English (store or glossary file) through placeholders.")
@click.option("--verbose", "-v", is_flag=True, help="Name the model on stderr.")
@friendly_errors
def mt_translate(text: str | None, glossary_path: str | None, verbose: bool) -> None:
    """Translate TEXT (or standard input) from Japanese to English with the installed model.

    Exit status 2 when no model or no argostranslate is installed.
    """
    from tm.mt import MTUnavailable, load_backend

    try:  # before reading stdin: without a model there is nothing to wait for
        backend = load_backend("argos")
    except MTUnavailable as exc:
        click.echo(f"yakugo: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    if text is None:
        text = "\n".join(stdin_lines())
    terms = None
    if glossary_path:
        from glossary.lookup import Glossary

        terms = Glossary.load(glossary_path)
    if verbose:
        click.echo(backend.describe(), err=True)
    click.echo(backend.translate_text(text.rstrip("\n"), terms))


# ----------------------------------------------------------------------------- apply
def _bar(done: int, total: int, width: int = 24) -> str:
    filled = int(width * done / total) if total else width
    return "[" + "#" * filled + "." * (width - filled) + "]"


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False),
              help="Folder for the pre-translated files (created if missing; a rerun resumes here).")
@click.option("--memory", "memory", type=click.Path(exists=True, dir_okay=False),
              help="TM store (memory.db) or TMX file.")
@click.option("--glossary", "glossary_path", type=click.Path(exists=True, dir_okay=False),
              help="Glossary store or any glossary file yakugo writes (JSON, TBX, OmegaT, CSV, PO).")
@click.option("--format", "fmt", type=click.Choice(["xliff", "po", "tmx", "tsv"]), default="xliff", show_default=True)
@click.option("--min-score", type=click.FloatRange(0, 100), default=75.0, show_default=True,
              help="Lowest fuzzy-match score used to fill a segment.")
@click.option("--mt", "mt_mode", type=click.Choice(["auto", "none", "argos"]), default="auto", show_default=True,
              help="Machine translation for segments the TM leaves empty (auto: when a model is installed).")
@click.option("--overwrite", is_flag=True, help="PO input: replace existing translations too.")
@click.option("--jobs", "-j", type=click.IntRange(1), default=None, help="Worker processes (default: all cores).")
@click.option("--progress/--no-progress", default=None, help="Show progress on stderr (default: on a terminal).")
def pretranslate(inputs, out_dir, memory, glossary_path, fmt, min_score, mt_mode, overwrite, jobs, progress) -> None:
    """Pre-translate Japanese drafts (.txt, .md, PO with Japanese msgids; folders recursed) into OUT.

    Each segment gets an exact TM match, else the best fuzzy match at or above --min-score, else MT
    where asked for and available, else stays empty; its origin and glossary terms are recorded.
    Exit 0 when every file went well, 1 when some failed, 2 on bad usage.
    """
    from tm.pretranslate import Pretranslator, Settings, pretranslate_files

    settings = Settings(memory=memory, glossary=glossary_path, min_score=min_score, mt=mt_mode, format=fmt,
                        overwrite=overwrite)
    try:
        translator = Pretranslator(settings)
    except YakugoError as exc:  # bad memory/glossary, MT asked for but missing: nothing was started
        click.echo(f"yakugo: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    bar = Progress(progress)
    try:
        summary = pretranslate_files(list(inputs), out_dir, settings, workers=jobs, translator=translator,
                                     progress=lambda done, total: bar(f"pretranslating {_bar(done, total)}",
                                                                      done, total))
    except YakugoError as exc:
        bar.close()
        click.echo(f"yakugo: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    except OSError as exc:  # the output folder cannot be made or written
        bar.close()
        click.echo(f"yakugo: error: {os_error_message(exc)}", err=True)
        sys.exit(EXIT_USAGE)
    except KeyboardInterrupt:
        bar.close()
        click.echo("yakugo: interrupted; run the same command again to resume", err=True)
        sys.exit(130)
    bar.close()
    click.echo(summary.describe())
    sys.exit(0 if summary.ok else 1)


@main.command()
@click.argument("draft", type=click.Path(exists=True, dir_okay=False))
@click.option("--source", "source", required=True, type=click.Path(exists=True, dir_okay=False),
              help="The Japanese text the draft translates.")
@click.option("--glossary", "glossary_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Glossary store or any glossary file yakugo writes.")
@click.option("--json", "as_json", is_flag=True, help="The report as JSON.")
@click.option("--fix", "fix", is_flag=True, help="Write a corrected draft (non-preferred forms replaced) to -o.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Where --fix writes the corrected draft.")
def check(draft, source, glossary_path, as_json, fix, output) -> None:
    """Check the terminology of an English DRAFT against its Japanese --source and a glossary.

    Reports, per aligned segment, glossary terms whose English is missing, deprecated or non-preferred
    forms, and near-misses of a preferred form (likely misspellings). Exit 1 when problems are found,
    0 when clean, 2 on error.
    """
    import json

    from glossary.store import load_entries
    from tm.check import check_draft, fix_draft

    if fix and not output:
        click.echo("yakugo: error: --fix needs -o OUT (the draft itself is never overwritten)", err=True)
        sys.exit(EXIT_USAGE)
    try:
        report = check_draft(draft, source, load_entries(glossary_path))
        fixed = fix_draft(draft, report, output) if fix else None
    except YakugoError as exc:
        click.echo(f"yakugo: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    except OSError as exc:  # -o in a folder that cannot be written
        click.echo(f"yakugo: error: {os_error_message(exc)}", err=True)
        sys.exit(EXIT_USAGE)
    if as_json:
        data = report.to_dict()
        if fixed is not None:
            data["fixed"] = {"output": output, "replacements": fixed}
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for finding in report.findings:
            click.echo(finding.describe())
        counts = ", ".join(f"{k} {v}" for k, v in report.counts().items())
        click.echo(f"{report.segments} segments, {report.terms} glossary terms checked: "
                   f"{'clean' if report.clean else counts}.")
        if fixed is not None:
            click.echo(f"Wrote {output} ({fixed} replacements).")
    sys.exit(0 if report.clean else 1)


# ---- extract
@main.command("extract")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(["json", "tsv"]), default="tsv", show_default=True,
              help="json: the glossary.json entry shape; tsv: one line per entry.")
@click.option("--min-termhood", type=float, default=0.0, show_default=True,
              help="Drop compound terms whose termhood (0-1) is below this.")
@click.option("--names-only", is_flag=True, help="Only names (person, place, org, weapon, media, event), no terms.")
@friendly_errors
def extract_cmd(files: tuple[str, ...], fmt: str, min_termhood: float, names_only: bool) -> None:
    """Extract names, glossed terms and compound terms from Japanese FILES (files or folders).

    Prints candidates with type, origin, count, spellings, glosses and where they were seen.
    All files are read together, so spellings are grouped across files.
    """
    import json

    from glossary.extract import extract
    from glossary.meta import build_info, describe
    from glossary.text import iter_text_files, read_paragraphs

    paragraphs = [p for path in iter_text_files(files) for p in read_paragraphs(path)]
    entries = extract(paragraphs, min_termhood=min_termhood)
    if names_only:
        entries = [e for e in entries if e.type != "term"]
    info = build_info(min_termhood=min_termhood)
    if fmt == "json":
        click.echo(json.dumps({"meta": info, "entries": [e.to_dict() for e in entries]}, ensure_ascii=False, indent=1))
        return
    click.echo(f"# {describe(info)}")
    click.echo("# ja\ttype\torigin\tcount\tconfidence\tvariants\tglosses\treadings\tforeign\tsources")
    for e in entries:
        where = " ".join(f"{s.file}:{s.line}" for s in e.sources[:5]) + (" …" if len(e.sources) > 5 else "")
        click.echo("\t".join([e.ja, e.type, e.origin, str(e.count), f"{e.confidence:.2f}", "|".join(e.variants),
                              "|".join(e.glosses), "|".join(e.readings), "|".join(e.foreign), where]))


# ---- translit
@main.command("translit")
@click.argument("names", nargs=-1)
@click.option("--origin", type=click.Choice(TRANSLIT_ORIGINS), default="auto", show_default=True,
              help="Origin of the names; auto decides per name (Korean North/South from the evidence, else North); "
                   "zh reads Chinese names in pinyin, ja Japanese names from UniDic.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line, with the ranked alternatives.")
@click.option("-n", "n", type=click.IntRange(1, 50), default=5, show_default=True, help="Alternatives to give (--json).")
@friendly_errors
def translit_cmd(names: tuple[str, ...], origin: str, as_json: bool, n: int) -> None:
    """The English of Korean and Russian NAMEs (katakana, kanji, Hangul or Cyrillic).

    With no NAME, reads one name per line from stdin (dictionaries load once for the whole batch).
    A Korean name may carry its reading: 金与正（キム・ヨジョン）. Prints
    input, english, origin, confidence, source (gloss|dictionary|rule|model) separated by tabs.
    """
    import json

    from glossary.meta import build_info, describe
    from glossary.translit import Transliterator

    translit = Transliterator()
    if not as_json:
        click.echo(f"# {describe(build_info(origin=origin))}")
    source = names if names else stdin_lines()
    for name in source:
        if not name.strip():
            continue
        r = translit.transliterate(name.strip(), origin=origin, n=n)
        if as_json:
            click.echo(json.dumps({"input": r.input, "english": r.english, "origin": r.origin,
                                   "confidence": r.confidence, "source": r.source,
                                   "alternatives": r.alternatives[:n]}, ensure_ascii=False))
        else:
            click.echo(f"{r.input}\t{r.english or ''}\t{r.origin}\t{r.confidence:.2f}\t{r.source}")
        sys.stdout.flush()
