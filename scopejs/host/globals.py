"""Host-defined globals: what the host adds to a realm's global object beyond ECMAScript's
(timers; test262's `print` and `$262` when asked for)."""
from __future__ import annotations

from scopejs.host.test262 import install_test262_host
from scopejs.host.timers import install_timers


def install_host_globals(host, realm):
    install_timers(host, realm)
    if host.engine.test262_host:
        install_test262_host(host, realm)
