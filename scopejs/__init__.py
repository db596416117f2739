"""scopejs: a JavaScript engine in pure Python that implements closures as the spec and V8 do.

Pipeline (one package per stage, dependencies flow downward):
  source -> parsing (scanner, parser, preparser) -> syntax (ESTree nodes) -> scopes (analysis,
  allocation) -> bytecode (generator, BytecodeArray) -> interpreter (frames, contexts) ->
  runtime (object model, abstract operations, realm) <- builtins; inspect/ reads them all.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["parse_script", "parse_module", "__version__"]


def parse_script(source: str, *, lazy: bool = True, name: str = "<input>"):
    """Parse a Script and return its ESTree ``Program`` (like ``acorn.parse``)."""
    from scopejs.parsing.parser import parse_script as _parse
    return _parse(source, lazy=lazy, name=name)


def parse_module(source: str, *, lazy: bool = True, name: str = "<input>"):
    """Parse a Module and return its ESTree ``Program`` with ``sourceType == 'module'``."""
    from scopejs.parsing.parser import parse_module as _parse
    return _parse(source, lazy=lazy, name=name)
