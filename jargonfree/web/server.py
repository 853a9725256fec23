"""``jargonfree serve``: the page on a local socket, served by uvicorn.

Bound to loopback unless told otherwise, and then with a warning: whoever can reach the
port can read what is pasted into the page. The access log is off, because a URL such as
``/api/explain/...`` carries words the user typed; nothing else here logs a request.
"""

from __future__ import annotations

import ipaddress
import socket
import sys
from typing import Sequence

import uvicorn

from .app import LOOPBACK_HOSTS, create_app

#: At most this many requests are handled at once; more get "503 Service Unavailable".
MAX_CONCURRENT = 32


def is_loopback(host: str) -> bool:
    """True if ``host`` names this computer only (127.0.0.0/8, ::1 or localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def host_warning(host: str) -> str | None:
    """The warning to print when the page will be reachable from other computers, else None."""
    if is_loopback(host):
        return None
    return (
        f"serving on {host}, so other computers that can reach this one can open the page and read "
        "what is pasted into it; leave out --host to keep it on this computer only"
    )


def listen(host: str, port: int) -> socket.socket:
    """A listening socket (port 0 picks a free port); OSError if it cannot be had."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    return sock


def config(app: object, host: str) -> uvicorn.Config:
    """uvicorn's settings: no access log, no server banner, a bound on concurrent requests."""
    return uvicorn.Config(
        app,  # type: ignore[arg-type]
        host=host,
        access_log=False,
        log_level="warning",
        server_header=False,
        limit_concurrency=MAX_CONCURRENT,
        lifespan="off",
    )


def serve(host: str, port: int, *, open_browser: bool = False, glossaries: Sequence[str] = ()) -> None:
    """Serve until stopped (Ctrl-C). Raises OSError if the address cannot be used."""
    warning = host_warning(host)
    if warning:
        print(f"jargonfree: warning: {warning}", file=sys.stderr)
    app = create_app(glossaries, allowed_hosts=LOOPBACK_HOSTS if is_loopback(host) else None)
    sock = listen(host, port)
    bound_port = sock.getsockname()[1]
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    url = f"http://{f'[{shown}]' if ':' in shown else shown}:{bound_port}/"
    print(f"jargonfree: the page is at {url} (Ctrl-C to stop)", file=sys.stderr, flush=True)
    if open_browser:
        import webbrowser

        webbrowser.open(url)  # the socket already listens, so the browser's request waits for it
    uvicorn.Server(config(app, host)).run(sockets=[sock])
