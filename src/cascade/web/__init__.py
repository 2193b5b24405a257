"""`cascade serve`: the web pages for planners and auditors (app.py), served by uvicorn.

uvicorn imports the app by name, so Starlette and Jinja2 are loaded only when the server
starts and the other commands start as fast as before."""

from __future__ import annotations

import socket
from pathlib import Path

LOOPBACK = "127.0.0.1"
CONFIG: dict = {}  # what app.from_config reads: the workspace root and the address served


def can_listen(host: str, port: int) -> bool:
    """Whether the server could bind host:port now (so that a busy port is one clear line)."""
    try:
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind((host, port))
    except OSError:
        return False
    return True


def serve(root: Path | None, host: str = LOOPBACK, port: int = 8000, log_level: str = "warning") -> None:
    import uvicorn  # the server, imported only by `cascade serve`

    CONFIG.update(root=root, host=host)
    uvicorn.run("cascade.web.app:from_config", factory=True, host=host, port=port, log_level=log_level,
                limit_concurrency=64, timeout_keep_alive=5, server_header=False)
