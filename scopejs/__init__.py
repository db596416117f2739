"""scopejs: a JavaScript engine in pure Python that implements closures as the spec and V8 do.

Pipeline (one package per stage, dependencies flow downward):
  source -> parsing (scanner, parser, preparser) -> syntax (ESTree nodes) -> scopes (analysis,
  allocation) -> bytecode (generator, BytecodeArray) -> interpreter (frames, contexts) ->
  runtime (object model, abstract operations, realm) <- builtins; inspect/ reads them all.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["parse_script", "parse_module", "__version__",
           "Engine", "JSError", "JSSyntaxError", "ResourceLimitError", "EngineInternalError",
           "ScopeJSError", "ModuleLoadError", "UNDEFINED", "FileLoader", "ModuleSource",
           "JSObject", "JSArray", "JSFunction", "JSMap", "JSSet", "JSPromise"]

from scopejs.api import Engine  # noqa: E402
from scopejs.errors import (  # noqa: E402
    EngineInternalError, JSError, JSSyntaxError, ModuleLoadError, ResourceLimitError,
    ScopeJSError,
)
from scopejs.host.convert import (  # noqa: E402
    JSArray, JSFunction, JSMap, JSObject, JSPromise, JSSet,
)
from scopejs.modules.loader import FileLoader, ModuleSource  # noqa: E402
from scopejs.runtime.values import UNDEFINED  # noqa: E402


def parse_script(source: str, *, lazy: bool = True, name: str = "<input>"):
    """Parse a Script and return its ESTree ``Program`` (like ``acorn.parse``)."""
    from scopejs.parsing.parser import parse_script as _parse
    return _parse(source, lazy=lazy, name=name)


def parse_module(source: str, *, lazy: bool = True, name: str = "<input>"):
    """Parse a Module and return its ESTree ``Program`` with ``sourceType == 'module'``."""
    from scopejs.parsing.parser import parse_module as _parse
    return _parse(source, lazy=lazy, name=name)
