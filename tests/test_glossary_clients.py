"""Real clients read our glossaries: OmegaT 3.6's own glossary readers, and Translate Toolkit's TBX store.

OmegaT's console mode never loads glossaries, so a tiny Java harness (written and run here, with
Java's single-file source launcher) calls `GlossaryReaderTSV.read` and `GlossaryReaderTBX.read` from
OmegaT.jar directly, with a stand-in project whose languages are ja → en, and prints each
(source, target) pair OmegaT would show in its glossary pane.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from glossary.formats import entries_with_english, write_glossary
from glossary.meta import build_info
from glossary.model import Entry, Source

OMEGAT_JAR = Path("/usr/share/omegat/OmegaT.jar")

HARNESS = r"""
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.util.List;
import org.omegat.core.Core;
import org.omegat.core.data.IProject;
import org.omegat.core.data.ProjectProperties;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryReaderTBX;
import org.omegat.gui.glossary.GlossaryReaderTSV;

/** Prints "file<TAB>source<TAB>target<TAB>comment" for every glossary pair OmegaT reads from each file. */
public class OmegatGlossary {
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
        ProjectProperties props = new ProjectProperties(new File(args[0]));
        props.setSourceLanguage("ja");
        props.setTargetLanguage("en");
        IProject project = (IProject) Proxy.newProxyInstance(IProject.class.getClassLoader(),
                new Class<?>[] {IProject.class}, (proxy, method, a) -> {
                    if (method.getName().equals("getProjectProperties")) return props;
                    if (method.getName().equals("isProjectLoaded")) return Boolean.TRUE;
                    throw new UnsupportedOperationException(method.getName());
                });
        Core.setProject(project);
        for (int i = 1; i < args.length; i++) {
            File file = new File(args[i]);
            List<GlossaryEntry> entries = file.getName().toLowerCase().endsWith(".tbx")
                    ? GlossaryReaderTBX.read(file, false) : GlossaryReaderTSV.read(file, false);
            for (GlossaryEntry entry : entries) {
                String[] terms = entry.getLocTerms(false);
                String[] comments = entry.getComments();
                for (int t = 0; t < terms.length; t++) {
                    String comment = t < comments.length ? comments[t] : "";
                    out.println(file.getName() + "\t" + entry.getSrcText() + "\t" + terms[t] + "\t"
                            + comment.replace("\n", "\\n"));
                }
            }
        }
    }
}
"""


def glossary() -> list[Entry]:
    """Entries with what real glossaries hold: variants, synonyms, deprecated forms, odd characters."""
    return [
        Entry(ja="ラヴロフ", variants=["ラブロフ"], en="Sergei Lavrov", en_alternatives=["Lavrov"],
              en_deprecated=["Lavrof"], type="person", origin="ru", confidence=0.9, count=3,
              sources=[Source("a.txt", 3, "ラヴロフ外相は「<&>」と述べた")], notes=['says "no" & <means> it']),
        Entry(ja="金正恩", variants=["キム・ジョンウン"], en="Kim Jong Un", type="person", origin="ko_north"),
        Entry(ja="平壌", en="Pyongyang", en_alternatives=["P'yŏngyang"], type="place", origin="ko_north"),
        Entry(ja="ＫＮ－２３", variants=["KN-23"], en="KN-23 🚀", type="weapon", origin="ko_north"),
        Entry(ja="朝鮮労働党中央委員会政治局常務委員会" * 4, en="Presidium of the Politburo " * 4, type="org"),
        Entry(ja="火星18", type="weapon", origin="ko_north", confidence=0.1),  # no English yet
    ]


def expected_pairs(entries: list[Entry], with_deprecated: bool = False) -> set[tuple[str, str]]:
    pairs = set()
    for e in entries:
        english = entries_with_english(e) or [""]
        if with_deprecated and e.en:
            english += e.en_deprecated
        for variant in e.variants:
            for en in english:
                pairs.add((variant.strip(), en.strip()))
    return pairs


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("clients")
    entries = glossary()
    meta = build_info()
    write_glossary(entries, folder / "glossary.utf8", meta=meta)
    write_glossary(entries, folder / "glossary.tbx", meta=meta)
    return folder, entries


@pytest.fixture(scope="module")
def omegat_pairs(written):
    if shutil.which("java") is None:
        pytest.skip("java is not installed (tests/setup_clients.py installs OmegaT and its Java)")
    if not OMEGAT_JAR.is_file():
        pytest.skip(f"OmegaT is not installed at {OMEGAT_JAR} (tests/setup_clients.py installs it)")
    folder, _ = written
    source = folder / "OmegatGlossary.java"
    source.write_text(HARNESS, encoding="utf-8")
    project = folder / "project"
    project.mkdir()
    done = subprocess.run(["java", "-cp", str(OMEGAT_JAR), str(source), str(project),
                           str(folder / "glossary.utf8"), str(folder / "glossary.tbx")],
                          capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-2000:]
    pairs: dict[str, set[tuple[str, str]]] = {"glossary.utf8": set(), "glossary.tbx": set()}
    comments: dict[tuple[str, str, str], str] = {}
    for line in done.stdout.decode("utf-8").splitlines():
        name, src, target, comment = line.split("\t", 3)
        pairs[name].add((src, target))
        comments[(name, src, target)] = comment
    return pairs, comments


def test_omegat_reads_the_same_pairs_from_our_tab_separated_and_tbx_glossaries(written, omegat_pairs):
    _, entries = written
    pairs, _ = omegat_pairs
    assert pairs["glossary.utf8"] == expected_pairs(entries)
    # OmegaT 3.6 lists a TBX entry's deprecated English too (its status shows in the comment);
    # the tab-separated file cannot mark a term deprecated, so it leaves them out.
    assert pairs["glossary.tbx"] == expected_pairs(entries, with_deprecated=True)
    assert pairs["glossary.tbx"] - expected_pairs(entries) == {("ラヴロフ", "Lavrof"), ("ラブロフ", "Lavrof")}


def test_omegat_shows_type_origin_and_status_in_its_comments(omegat_pairs):
    _, comments = omegat_pairs
    assert comments[("glossary.utf8", "ラヴロフ", "Sergei Lavrov")].startswith("person (ru)")
    assert comments[("glossary.utf8", "ラブロフ", "Lavrov")].endswith("variant of ラヴロフ")
    tbx = comments[("glossary.tbx", "ラヴロフ", "Lavrof")]
    assert "entityType: person" in tbx and "deprecatedTerm-admn-sts" in tbx


def test_translate_toolkit_reads_the_same_pairs_from_our_tbx(written):
    tbx = pytest.importorskip("translate.storage.tbx", reason="translate-toolkit (test extra) is not installed")
    folder, entries = written
    store = tbx.tbxfile.parsestring((folder / "glossary.tbx").read_bytes(), sourcelanguage="ja",
                                    targetlanguage="en")
    pairs = set()
    deprecated = set()
    for unit in store.units:
        targets = unit.get_target_terms("en")
        for source in unit.get_source_terms():
            for target in targets or []:
                (deprecated if target.deprecated else pairs).add((source.text, target.text))
            if not any(t.text for t in targets):
                pairs.add((source.text, ""))
    assert pairs == expected_pairs(entries)
    assert deprecated == {("ラヴロフ", "Lavrof"), ("ラブロフ", "Lavrof")}
    assert [u.source for u in store.units] == [e.ja for e in entries]
