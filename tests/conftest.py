"""Shared test set-up: every test runs offline (sockets blocked), with paths to the shared data."""
from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
# The shared data sits beside the checkout; a clone elsewhere finds it through YAKUGO_SHARED or /work/shared.
SHARED = next((p for p in (Path(os.environ.get("YAKUGO_SHARED", ROOT.parent / "shared")), Path("/work/shared"))
               if p.is_dir()), ROOT.parent / "shared")


class NetworkBlocked(RuntimeError):
    pass


def _blocked(*args, **kwargs):
    raise NetworkBlocked("tests run offline: network access is blocked")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """Block every outgoing connection and name lookup made from Python during a test."""
    monkeypatch.setattr(socket.socket, "connect", _blocked)
    monkeypatch.setattr(socket.socket, "connect_ex", _blocked)
    monkeypatch.setattr(socket, "create_connection", _blocked)
    monkeypatch.setattr(socket, "getaddrinfo", _blocked)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED}")
    return SHARED
