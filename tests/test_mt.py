"""tm.mt: argostranslate packages, offline loading, glossary placeholders, through argostranslate's real path.

The model is the tiny copy model built by tests/tiny_argos.py (a real CTranslate2 model, sentencepiece
and MiniSBD ONNX splitter, made here): what goes in comes out, so placeholders and the restored English
can be checked exactly. Sockets are blocked by conftest.py in every test.
"""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, _blocked
from tm import mt
from tm.mt import MTUnavailable, PLACEHOLDER_FORMS, PlaceholderForm, Slot, load_backend, mask, restore
from tm.mt_packages import argos_global_dir, install_package, list_packages
from yakugo import main

pytest.importorskip("argostranslate", reason="the mt extra (argostranslate) is not installed")
pytest.importorskip("onnx", reason="onnx is needed to build the test model's MiniSBD splitter")
from tiny_argos import PACKAGE_NAME, build_package  # noqa: E402

WHITE = PLACEHOLDER_FORMS[0]


@pytest.fixture(scope="module")
def isolated_env(tmp_path_factory):
    """yakugo's and argostranslate's folders (and HOME) inside a temporary folder, for the whole module.

    Sockets are blocked here too: module-scoped fixtures (installing, loading and probing the model) are
    set up before conftest's per-test blocking applies.
    """
    base = tmp_path_factory.mktemp("mt_env")
    env = {"HOME": base / "home", "XDG_DATA_HOME": base / "data", "XDG_CONFIG_HOME": base / "config",
           "XDG_CACHE_HOME": base / "cache", "YAKUGO_MODELS_DIR": base / "yakugo-models",
           "ARGOS_PACKAGES_DIR": base / "argos-global"}
    with pytest.MonkeyPatch.context() as mp:
        for name in ("connect", "connect_ex"):
            mp.setattr(socket.socket, name, _blocked)
        mp.setattr(socket, "create_connection", _blocked)
        mp.setattr(socket, "getaddrinfo", _blocked)
        for key, value in env.items():
            value.mkdir(parents=True, exist_ok=True)
            mp.setenv(key, str(value))
        yield env


@pytest.fixture(scope="module")
def tiny_package(isolated_env, tmp_path_factory) -> Path:
    return build_package(tmp_path_factory.mktemp("pkg") / "tiny.argosmodel")


@pytest.fixture(scope="module")
def installed(isolated_env, tiny_package) -> Path:
    """The tiny package installed through `yakugo mt install` into yakugo's folder."""
    result = CliRunner().invoke(main, ["mt", "install", str(tiny_package)])
    assert result.exit_code == 0, result.output
    assert "Installed translate-ja_en-tiny_copy" in result.output
    return isolated_env["YAKUGO_MODELS_DIR"] / PACKAGE_NAME


@pytest.fixture(scope="module")
def backend(installed):
    return load_backend("argos")


# ----------------------------------------------------------------------------- packages

def test_install_puts_package_in_yakugo_folder_and_list_shows_it(installed, isolated_env):
    assert (installed / "model" / "model.bin").is_file()
    assert (installed / "minisbd" / "ja.onnx").is_file()
    assert not any(isolated_env["ARGOS_PACKAGES_DIR"].iterdir()), "nothing goes to argostranslate's folder"
    result = CliRunner().invoke(main, ["mt", "list"])
    assert result.exit_code == 0
    assert f"* {PACKAGE_NAME}\tja→en\t0.1\t{isolated_env['YAKUGO_MODELS_DIR']}" in result.output


def test_install_global_goes_to_argos_folder(isolated_env, tiny_package, tmp_path, monkeypatch):
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(tmp_path / "global"))
    result = CliRunner().invoke(main, ["mt", "install", "--global", str(tiny_package)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "global" / PACKAGE_NAME / "metadata.json").is_file()
    assert argos_global_dir() == tmp_path / "global"


def test_global_dir_follows_argos_settings_json(monkeypatch, tmp_path):
    monkeypatch.delenv("ARGOS_PACKAGES_DIR", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert argos_global_dir() == tmp_path / "data" / "argos-translate" / "packages"
    (tmp_path / "cfg" / "argos-translate").mkdir(parents=True)
    (tmp_path / "cfg" / "argos-translate" / "settings.json").write_text(
        json.dumps({"ARGOS_PACKAGES_DIR": str(tmp_path / "elsewhere")}))
    assert argos_global_dir() == tmp_path / "elsewhere"


def test_reinstall_replaces_and_newest_version_wins(tiny_package, tmp_path):
    dest = tmp_path / "models"
    install_package(tiny_package, dest)
    (dest / PACKAGE_NAME / "stale-file").write_text("x")
    install_package(tiny_package, dest)
    assert not (dest / PACKAGE_NAME / "stale-file").exists()
    with zipfile.ZipFile(tiny_package) as src, zipfile.ZipFile(tmp_path / "v2.argosmodel", "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            name = item.filename.replace(PACKAGE_NAME, "translate-ja_en-1_10")
            if name.endswith("metadata.json"):
                data = json.dumps(dict(json.loads(data), package_version="1.10")).encode()
            dst.writestr(name, data)
    install_package(tmp_path / "v2.argosmodel", dest)
    (dest / "translate-ja_en-1_9").mkdir()
    (dest / "translate-ja_en-1_9" / "metadata.json").write_text(
        json.dumps({"from_code": "ja", "to_code": "en", "package_version": "1.9"}))
    assert [p.version for p in list_packages(dest)] == ["1.10", "1.9", "0.1"]
    assert not [p for p in dest.iterdir() if p.name.startswith(".")], "no staging folders left behind"


def _zip(path: Path, files: dict[str, str | bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


@pytest.mark.parametrize("files, message", [
    ({"p/metadata.json": json.dumps({"from_code": "en", "to_code": "ja"}), "p/model/model.bin": b"",
      "p/sentencepiece.model": b""}, "needs a ja→en translate package"),
    ({"p/metadata.json": "{not json", "p/model/model.bin": b""}, "not valid JSON"),
    ({"p/metadata.json": json.dumps({"from_code": "ja", "to_code": "en"}), "p/sentencepiece.model": b""},
     "no model/model.bin"),
    ({"p/metadata.json": json.dumps({"from_code": "ja", "to_code": "en"}), "p/model/model.bin": b"",
      "p/../../evil": b"x", "p/sentencepiece.model": b""}, "unsafe path"),
    ({"a/metadata.json": "{}", "b/metadata.json": "{}"}, "one folder at the top"),
])
def test_install_rejects_bad_packages_in_one_line(tmp_path, files, message, isolated_env):
    bad = _zip(tmp_path / "bad.argosmodel", files)
    result = CliRunner().invoke(main, ["mt", "install", str(bad)])
    assert result.exit_code == 1
    assert message in result.output and result.output.count("\n") == 1
    assert not (tmp_path / "evil").exists()


def test_install_rejects_a_file_that_is_not_a_zip(tmp_path, isolated_env):
    (tmp_path / "x.argosmodel").write_text("hello")
    result = CliRunner().invoke(main, ["mt", "install", str(tmp_path / "x.argosmodel")])
    assert result.exit_code == 1 and "zip archive" in result.output


# ----------------------------------------------------------------------------- no model, no extra

def test_no_model_argos_raises_auto_and_none_give_none(tmp_path, isolated_env):
    empty = tmp_path / "empty"
    with pytest.raises(MTUnavailable) as info:
        load_backend("argos", models_dir=empty)
    assert "yakugo mt install" in str(info.value) and "\n" not in str(info.value)
    reasons: list[str] = []
    assert load_backend("auto", models_dir=empty, reasons=reasons) is None
    assert reasons and "no ja→en argos model" in reasons[0]
    assert load_backend("none", models_dir=empty) is None


def test_missing_extra_argos_raises_auto_gives_none(installed, monkeypatch):
    monkeypatch.setattr(mt, "_extra_missing", lambda: ["argostranslate"])
    with pytest.raises(MTUnavailable, match=r"pip install torch==2\.13\.0.*yakugo\[mt\]"):
        load_backend("argos")
    assert load_backend("auto") is None


def test_cli_translate_without_model_exits_2(tmp_path, monkeypatch, isolated_env):
    monkeypatch.setenv("YAKUGO_MODELS_DIR", str(tmp_path / "none"))
    result = CliRunner().invoke(main, ["mt", "translate", "金正恩"])
    assert result.exit_code == 2
    assert result.output.startswith("yakugo: error: no ja→en argos model installed")


def test_importing_tm_mt_and_the_cli_does_not_import_argostranslate():
    code = ("import sys, yakugo, tm.mt, tm.mt_packages; "
            "print(any(m.split('.')[0] in ('argostranslate', 'torch', 'stanza') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ----------------------------------------------------------------------------- placeholders (pure)

def test_mask_numbers_terms_and_skips_overlaps_and_bad_spans():
    text = "金正恩総書記は平壌で述べた。"
    masked, slots = mask(text, [(7, 9, "Pyongyang"), (0, 3, "Kim Jong Un"), (0, 6, "General Secretary Kim"),
                                (5, 40, "bad span"), (10, 12, "")], WHITE)
    assert masked == "⟦1⟧は⟦2⟧で述べた。"
    assert slots == [Slot(1, "金正恩総書記", "General Secretary Kim"), Slot(2, "平壌", "Pyongyang")]


def test_no_placeholder_form_uses_underscore():
    assert all("_" not in f.render(12) for f in PLACEHOLDER_FORMS)


def test_restore_reports_dropped_repeated_altered_unknown_and_stray():
    slots = [Slot(1, "金正恩", "Kim Jong Un"), Slot(2, "平壌", "Pyongyang"), Slot(3, "ソウル", "Seoul")]
    text, notes = restore("⟦1⟧ met ⟦ 2 ⟧ and ⟦1⟧ in ⟦9⟧ ⟧", slots, WHITE)
    assert text == "Kim Jong Un met Pyongyang and Kim Jong Un in  ⟧"
    joined = "\n".join(notes)
    assert "dropped placeholder ⟦3⟧" in joined and "ソウル → Seoul is missing" in joined
    assert "repeated placeholder ⟦1⟧ 2 times" in joined
    assert "altered placeholder ⟦2⟧ into '⟦ 2 ⟧'" in joined
    assert "not in the source: '⟦9⟧'" in joined
    assert "stray '⟧'" in joined


def test_restore_clean_round_trip_has_no_notes_and_spaces_words():
    slots = [Slot(1, "金正恩", "Kim Jong Un")]
    assert restore("Leader⟦1⟧said", slots, WHITE) == ("Leader Kim Jong Un said", [])
    assert restore("⟦1⟧'s visit.", slots, WHITE) == ("Kim Jong Un's visit.", [])


def test_restore_accepts_full_width_digits_as_altered():
    braces = PlaceholderForm("braces", "{", "}")
    text, notes = restore("{１} visited.", [Slot(1, "プーチン", "Putin")], braces)
    assert text == "Putin visited." and len(notes) == 1 and "altered" in notes[0]


# ----------------------------------------------------------------------------- the real path

@pytest.mark.slow
def test_glossary_english_lands_through_argostranslate(backend):
    segments = ["金正恩総書記は平壌で演説した。", "プーチン大統領とラブロフ外相が会談した。", "", "用語のない文。"]
    terms = [[(0, 6, "General Secretary Kim Jong Un"), (7, 9, "Pyongyang")],
             [(0, 4, "Vladimir Putin"), (8, 12, "Sergei Lavrov")], [], []]
    results = backend.translate_segments(segments, terms)
    assert [r.text for r in results] == ["General Secretary Kim Jong UnはPyongyangで演説した。",
                                         "Vladimir Putin大統領とSergei Lavrov外相が会談した。", "", "用語のない文。"]
    assert all(r.notes == [] and not r.needs_review for r in results)
    # The masked text really went through the model and came back with its placeholders intact.
    masked, _ = mask(segments[0], terms[0], backend.form)
    assert backend.translate_raw(masked) == masked


@pytest.mark.slow
def test_load_time_probe_picks_the_first_form_the_model_keeps(backend):
    assert backend.form == WHITE
    assert "⟦n⟧" in backend.describe() and "translate-ja_en-tiny_copy 0.1" in backend.describe()


@pytest.mark.slow
def test_segment_containing_the_form_uses_the_next_one(backend):
    [result] = backend.translate_segments(["⟦注⟧金正恩が述べた。"], [[(3, 6, "Kim Jong Un")]])
    assert result.text == "⟦注⟧Kim Jong Unが述べた。" and not result.needs_review


@pytest.mark.slow
def test_argos_decoder_turns_underscores_into_spaces(backend):
    # Why no placeholder form may contain "_": this is argostranslate's own decoding, not the model.
    assert backend.translate_raw("A_1_B") == "A 1 B"


@pytest.mark.slow
def test_model_that_mangles_the_first_form_makes_probe_choose_another(tmp_path, isolated_env):
    build_package(tmp_path / "mangle.argosmodel", drop_chars="⟦")
    install_package(tmp_path / "mangle.argosmodel", tmp_path / "models")
    mangled = load_backend("argos", models_dir=tmp_path / "models")
    assert mangled.form == PLACEHOLDER_FORMS[1]
    [result] = mangled.translate_segments(["金正恩が述べた。"], [[(0, 3, "Kim Jong Un")]])
    assert result.text == "Kim Jong Unが述べた。" and not result.needs_review
    # Forced back to the form the model mangles, the damage is reported and the segment flagged.
    mangled.forms = [WHITE]
    [result] = mangled.translate_segments(["金正恩が述べた。"], [[(0, 3, "Kim Jong Un")]])
    assert result.needs_review and "Kim Jong Un" not in result.text
    assert any("dropped placeholder ⟦1⟧" in n for n in result.notes)
    assert any("stray '⟧'" in n for n in result.notes)


@pytest.mark.slow
def test_model_that_keeps_no_form_translates_unmasked_and_flags(tmp_path, isolated_env):
    build_package(tmp_path / "nodigits.argosmodel", drop_chars="0123456789")
    install_package(tmp_path / "nodigits.argosmodel", tmp_path / "models")
    broken = load_backend("argos", models_dir=tmp_path / "models")
    assert broken.forms == [] and "glossary not enforced" in broken.describe()
    [with_term, without] = broken.translate_segments(["金正恩が述べた。", "述べた。"], [[(0, 3, "Kim Jong Un")], []])
    assert with_term.text == "金正恩が述べた。" and with_term.needs_review
    assert "glossary terms not enforced" in with_term.notes[0]
    assert not without.needs_review


@pytest.mark.slow
def test_argostranslate_own_path_uses_the_packaged_minisbd_offline(installed, backend):
    """argostranslate's default splitter on this package: the shipped rule-based ONNX, nothing fetched."""
    from argostranslate import package, sbd, translate

    pkg = package.Package(installed)
    splitter = sbd.MiniSBDSentencizer(pkg)
    assert splitter.split_sentences("北朝鮮が発射した。日本は抗議した！") == ["北朝鮮が発射した。", "日本は抗議した！"]
    own = translate.PackageTranslation(translate.Language("ja", "Japanese"), translate.Language("en", "English"), pkg)
    own.sentencizer = splitter
    assert own.translate("北朝鮮が発射した。日本は抗議した！") == "北朝鮮が発射した。 日本は抗議した！"


@pytest.mark.slow
def test_cli_translate_text_stdin_and_glossary(installed, tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["mt", "translate", "北朝鮮が発射した。日本は抗議した。"])
    assert result.exit_code == 0, result.output
    assert result.output == "北朝鮮が発射した。 日本は抗議した。\n"
    result = runner.invoke(main, ["mt", "translate"], input="一行目。\n\n二行目。\n")
    assert result.output == "一行目。\n\n二行目。\n"
    glossary = tmp_path / "g.csv"
    glossary.write_text("ja,en\n金正恩,Kim Jong Un\n平壌,Pyongyang\n", encoding="utf-8")
    result = runner.invoke(main, ["mt", "translate", "-g", str(glossary), "金正恩は平壌にいた。"])
    assert result.exit_code == 0, result.output
    assert result.output == "Kim Jong UnはPyongyangにいた。\n"
