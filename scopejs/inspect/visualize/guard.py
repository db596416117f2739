"""A view's bug must name the view: observer methods wrapped so that an unexpected Python
exception becomes EngineInternalError("visualizer: ...") instead of being reported as an error
of the interpreter instruction that happened to be running.  (A view never runs JavaScript, so
a ThrowCompletion escaping one is a bug of the view too.)"""
from __future__ import annotations

import functools

from scopejs.errors import EngineInternalError, ScopeJSError

__all__ = ["guarded"]


def guarded(view: str):
    def wrap(method):
        @functools.wraps(method)
        def run(self, *args):
            try:
                return method(self, *args)
            except (ScopeJSError, KeyboardInterrupt, BrokenPipeError):
                raise   # BrokenPipeError: the reader went away (`| head`); the CLI stops quietly
            except Exception as exc:
                raise EngineInternalError(
                    f"{view}: {type(exc).__name__}: {exc} in {method.__name__}") from exc
        return run
    return wrap
