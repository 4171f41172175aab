"""Install the real clients the tests drive (OmegaT, xmllint) when they are missing.

Run by `make test` before pytest. Needs root (or sudo) and Debian's package registry; where
that is impossible it says so and the tests that need a client skip with that reason.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

PACKAGES = {"omegat": "/usr/share/omegat/OmegaT.jar", "libxml2-utils": "xmllint", "gettext": "msgfmt"}


def missing() -> list[str]:
    out = []
    for package, probe in PACKAGES.items():
        present = os.path.exists(probe) if probe.startswith("/") else shutil.which(probe)
        if not present:
            out.append(package)
    return out


def main() -> int:
    need = missing()
    if not need:
        return 0
    prefix = [] if os.geteuid() == 0 else (["sudo", "-n"] if shutil.which("sudo") else None)
    if prefix is None or not shutil.which("apt-get"):
        print(f"setup_clients: cannot install {' '.join(need)} here; tests needing them will skip", file=sys.stderr)
        return 0
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    print(f"setup_clients: installing {' '.join(need)}", file=sys.stderr)
    done = subprocess.run(prefix + ["apt-get", "install", "-y", "-q", "--no-install-recommends", *need],
                          env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        subprocess.run(prefix + ["apt-get", "update", "-q"], env=env, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        done = subprocess.run(prefix + ["apt-get", "install", "-y", "-q", "--no-install-recommends", *need],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        print(f"setup_clients: apt-get failed: {done.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
