"""The real client: the memory yakugo writes for the bundled corpus, checked by xmllint and OmegaT 3.6.

1. memory.tmx validates against the TMX 1.4 DTD shipped inside OmegaT.jar (any parser message fails).
2. OmegaT in console mode, given memory.tmx in the project's tm/auto/, pre-translates >= 90 % of the
   segments of corpus/003 (plain-text filter: one paragraph per line). OmegaT's own segment list comes
   from its pseudo-translation TMX, so the denominator is what OmegaT cuts, not what yakugo cuts.
3. yakugo's "srx" segmentation cuts exactly the segments OmegaT cuts, on the corpus and on real news.
"""
from __future__ import annotations

import importlib.util
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from conftest import CORPUS, ROOT

OMEGAT_JAR = Path("/usr/share/omegat/OmegaT.jar")
DOC = CORPUS / "003_e8dcd649e99094e2.txt"
DOC_EN = CORPUS / "003_e8dcd649e99094e2.en.txt"

pytestmark = pytest.mark.slow

PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
    <project version="1.0">
        <source_dir>__DEFAULT__</source_dir>
        <target_dir>__DEFAULT__</target_dir>
        <tm_dir>__DEFAULT__</tm_dir>
        <glossary_dir>__DEFAULT__</glossary_dir>
        <glossary_file>__DEFAULT__</glossary_file>
        <dictionary_dir>__DEFAULT__</dictionary_dir>
        <source_lang>{src}</source_lang>
        <target_lang>{tgt}</target_lang>
        <source_tok>org.omegat.tokenizer.LuceneJapaneseTokenizer</source_tok>
        <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
        <sentence_seg>true</sentence_seg>
        <support_default_translations>true</support_default_translations>
        <remove_tags>false</remove_tags>
    </project>
</omegat>
"""

# The plain-text filter with one paragraph per line (segmentOn=BREAKS, TextFilter.SEGMENT_BREAKS).
FILTERS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<filters removeTags="false" removeSpacesNonseg="false" preserveSpaces="false" ignoreFileContext="false">
    <filter className="org.omegat.filters2.text.TextFilter" enabled="true">
        <files sourceFilenameMask="*.txt" targetFilenamePattern="${filename}" sourceEncoding="UTF-8"
               targetEncoding="UTF-8"/>
        <option name="segmentOn" value="BREAKS"/>
    </filter>
</filters>
"""


def _need_java_omegat() -> None:
    if not shutil.which("java"):
        pytest.skip("java is not installed (tests/setup_clients.py installs OmegaT with its JRE)")
    if not OMEGAT_JAR.is_file():
        pytest.skip(f"OmegaT 3.6 is not installed ({OMEGAT_JAR} missing; tests/setup_clients.py installs it)")


def make_project(root: Path, sources: list[Path], src: str = "ja", tgt: str = "en",
                 tmx: Path | None = None) -> tuple[Path, Path]:
    """An OmegaT project folder (and a config folder with the one-paragraph-per-line text filter)."""
    project, config = root / "project", root / "config"
    for sub in ("source", "target", "tm/auto", "glossary", "omegat"):
        (project / sub).mkdir(parents=True, exist_ok=True)
    config.mkdir(parents=True, exist_ok=True)
    (project / "omegat.project").write_text(PROJECT.format(src=src, tgt=tgt), encoding="utf-8")
    (config / "filters.xml").write_text(FILTERS, encoding="utf-8")
    for path in sources:
        shutil.copy(path, project / "source" / path.name)
    if tmx is not None:
        shutil.copy(tmx, project / "tm" / "auto" / tmx.name)
    return project, config


def run_omegat(project: Path, config: Path, *mode: str) -> str:
    done = subprocess.run(
        ["java", "-Djava.awt.headless=true", "-jar", str(OMEGAT_JAR), str(project), *mode,
         f"--config-dir={config}", "--no-team"],
        capture_output=True, text=True, timeout=300)
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-2000:]
    return output


def omegat_segments(root: Path, sources: list[Path], src: str = "ja", tgt: str = "en") -> list[str]:
    """The source segments OmegaT cuts from `sources`, from its pseudo-translation TMX (unique, in its order)."""
    project, config = make_project(root, sources, src, tgt)
    pseudo = root / "pseudo.tmx"
    run_omegat(project, config, "--mode=console-createpseudotranslatetmx", f"--pseudotranslatetmx={pseudo}",
               "--pseudotranslatetype=equal")
    return [tu.find("tuv/seg").text or "" for tu in ET.parse(pseudo).getroot().iter("tu")]


def _build_available() -> bool:
    return all(importlib.util.find_spec(m) is not None for m in ("glossary.extract", "glossary.translit",
                                                                  "glossary.store", "tm.store"))


@pytest.fixture(scope="module")
def memory_tmx(tmp_path_factory) -> Path:
    """memory.tmx for the bundled corpus: from `yakugo build corpus/` (the product's path), or, while the
    build's other stages are not in the tree yet, from the same aligner + TMX writer the build calls."""
    out = tmp_path_factory.mktemp("build")
    if _build_available():
        done = subprocess.run([str(ROOT / ".venv" / "bin" / "yakugo"), "build", str(CORPUS), "--out", str(out)],
                              capture_output=True, text=True, timeout=1200)
        assert done.returncode == 0, done.stderr[-2000:]
        return out / "memory.tmx"
    from glossary.meta import build_info
    from glossary.text import read_paragraphs
    from tm.align import align_documents
    from tm.formats.tmx import write_tmx

    units = align_documents(read_paragraphs(DOC), read_paragraphs(DOC_EN), glossary=[], document=DOC.name)
    path = out / "memory.tmx"
    write_tmx(units, path, meta=build_info())
    return path


def test_memory_tmx_is_valid_against_the_tmx14_dtd(memory_tmx, tmp_path):
    if not shutil.which("xmllint"):
        pytest.skip("xmllint is not installed (Debian package libxml2-utils; tests/setup_clients.py installs it)")
    if not OMEGAT_JAR.is_file():
        pytest.skip(f"the TMX 1.4 DTD is read from OmegaT.jar, which is not installed ({OMEGAT_JAR})")
    dtd = tmp_path / "tmx14.dtd"
    with zipfile.ZipFile(OMEGAT_JAR) as jar:
        dtd.write_bytes(jar.read("schemas/tmx14.dtd"))
    done = subprocess.run(["xmllint", "--nonet", "--noout", "--dtdvalid", str(dtd), str(memory_tmx)],
                          capture_output=True, text=True)
    assert done.returncode == 0 and not done.stderr.strip() and not done.stdout.strip(), done.stderr[-2000:]


def test_omegat_pretranslates_at_least_90_percent_of_the_bilingual_article(memory_tmx, tmp_path):
    _need_java_omegat()
    segments = omegat_segments(tmp_path / "count", [DOC])
    assert len(segments) >= 50  # the article has ~60 segments; fewer means the filter options were ignored
    project, config = make_project(tmp_path / "translate", [DOC], tmx=memory_tmx)
    output = run_omegat(project, config, "--mode=console-translate")
    assert "TF_TM_LOAD_ERROR" not in output, output[-2000:]
    target = (project / "target" / DOC.name).read_text(encoding="utf-8")
    # An untranslated segment is copied verbatim into the target; a translated one is replaced by English.
    translated = [s for s in segments if s not in target]
    share = len(translated) / len(segments)
    untranslated = [s for s in segments if s in target]
    assert share >= 0.90, f"{len(translated)}/{len(segments)} pre-translated; left: {untranslated}"
    # and the translations are the aligned English, not something else
    assert "Vladimir Putin" in target and "Korean Central News Agency" in target


def test_srx_segmentation_cuts_what_omegat_cuts(tmp_path, shared_dir):
    """tm.segment's default mode against OmegaT itself: the corpus, real news in both languages, edge cases."""
    _need_java_omegat()
    from glossary.text import read_text
    from tm.segment import split_sentences

    edge_ja = tmp_path / "edge.txt"
    edge_ja.write_text("彼は「それはいい。」と述べた。次の文だ（注。）。終わり！本当？はい。\n"
                       "GDPは3.5%だった. Next sentence here. また、U.S. Army は「来る！」と。\n"
                       "1. はじめに\n　全角スペースで始まる文。　終わる文。　\n「質問？」「答え。」\n", encoding="utf-8")
    edge_en = tmp_path / "edge_en.txt"
    edge_en.write_text('Dr. Smith met Mr. Kim at 3 p.m. on Jan. 5. The U.S. Army said "no." Then it left... and '
                       "came back. e.g. this one.\n1. Introduction Here. U.K. officials agreed! Really? Yes. See fig. 3 "
                       "and No. 5 in St. Louis, approx. 5 km. J. R. Smith vs. Jones.\n", encoding="utf-8")
    news = shared_dir / "parallel_docs_wmt21"
    cases = [("ja", "en", [DOC, edge_ja, *sorted(news.glob("wmt21_*.ja.txt"))]),
             ("en", "ja", [DOC_EN, edge_en, *sorted(news.glob("wmt21_*.en.txt"))])]
    for src, tgt, files in cases:
        theirs = set(omegat_segments(tmp_path / src, files, src, tgt))
        ours = {s for f in files for line in read_text(f).split("\n") for s in split_sentences(line, src)}
        assert ours == theirs, (src, sorted(ours - theirs)[:5], sorted(theirs - ours)[:5])
