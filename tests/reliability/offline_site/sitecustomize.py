"""Loaded first by every Python process of the offline proof (it is on PYTHONPATH).

Any attempt to reach a network (an IP socket connecting or sending, a name look-up) is
refused and written to $OFFLINE_ATTEMPTS; every file opened outside the allowed places
(the package, the Python installation, the test's own folder) is written to $OFFLINE_OPENS.
"""

from __future__ import annotations

import os
import socket
import sys

_ATTEMPTS = os.environ.get("OFFLINE_ATTEMPTS")
_OPENS = os.environ.get("OFFLINE_OPENS")
_ALLOWED = tuple(p for p in os.environ.get("OFFLINE_ALLOWED", "").split(os.pathsep) if p)


def _record(path: str | None, text: str) -> None:
    if path:
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(text + "\n")


def _refuse(what: str) -> None:
    _record(_ATTEMPTS, f"{os.getpid()} {what}")
    raise OSError(101, f"offline proof: no network ({what})")


_IP = (socket.AF_INET, socket.AF_INET6)
_Socket = socket.socket


class _OfflineSocket(_Socket):
    def connect(self, address: object) -> None:
        if self.family in _IP:
            _refuse(f"connect {address!r}")
        super().connect(address)  # type: ignore[arg-type]

    def connect_ex(self, address: object) -> int:
        if self.family in _IP:
            _refuse(f"connect_ex {address!r}")
        return super().connect_ex(address)  # type: ignore[arg-type]

    def sendto(self, *args: object) -> int:  # type: ignore[override]
        if self.family in _IP:
            _refuse(f"sendto {args[-1]!r}")
        return super().sendto(*args)  # type: ignore[arg-type,call-overload]


socket.socket = _OfflineSocket  # type: ignore[misc]
socket.create_connection = lambda address, *a, **k: _refuse(f"create_connection {address!r}")  # type: ignore[assignment]
socket.getaddrinfo = lambda host, *a, **k: _refuse(f"getaddrinfo {host!r}")  # type: ignore[assignment]
socket.gethostbyname = lambda host: _refuse(f"gethostbyname {host!r}")  # type: ignore[assignment]


def _audit(event: str, args: tuple[object, ...]) -> None:
    if event == "socket.connect" and getattr(args[0], "family", None) in _IP:
        _refuse(f"socket.connect {args[1]!r}")
    if event == "open" and _OPENS and args and isinstance(args[0], str):
        path = os.path.abspath(args[0])
        if not path.startswith(_ALLOWED):
            _record(_OPENS, path)


if _OPENS or _ATTEMPTS:
    sys.addaudithook(_audit)
