"""The command line describes what is really there."""
from __future__ import annotations

import subprocess
import sys

from click.testing import CliRunner

import yakugo


def test_version_is_the_installed_version():
    result = CliRunner().invoke(yakugo.main, ["--version"])
    assert result.exit_code == 0 and yakugo.__version__ in result.output


def test_every_command_has_help():
    runner = CliRunner()
    top = runner.invoke(yakugo.main, ["--help"])
    assert top.exit_code == 0

    def walk(group, path):
        for name, command in group.commands.items():
            result = runner.invoke(yakugo.main, [*path, name, "--help"])
            assert result.exit_code == 0, (path, name, result.output)
            assert command.help, f"{' '.join([*path, name])} has no help text"
            if hasattr(command, "commands"):
                walk(command, [*path, name])

    walk(yakugo.main, [])
    for name in ("build",):
        assert name in top.output


def test_console_script_starts_fast_without_heavy_imports():
    # `yakugo --help` must not import torch/argostranslate or build dictionaries
    code = "import sys, yakugo; yakugo.main(['--help'], standalone_mode=False); " \
           "print(sorted(m for m in ('torch', 'argostranslate', 'fugashi', 'jamdict') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("[]")
