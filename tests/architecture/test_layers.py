"""The folder tree is the pipeline: lower stages never import higher ones.

Parses every module of the package with Python's ``ast`` and checks each ``scopejs.*`` import
against the allowed-dependency table below (conventions.md B).  Imports inside functions count
too: a lazy import is still a dependency.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "scopejs"

# layer -> layers it may import (besides itself).  The top-level tools (api, cli, __main__,
# inspect, test262, the package root) may import anything.
ALLOWED: dict[str, set[str]] = {
    "errors": set(),
    "source": {"errors"},
    "syntax": {"source", "errors"},
    "parsing": {"syntax", "source", "errors"},
    "scopes": {"parsing", "syntax", "source", "errors"},
    "bytecode": {"scopes", "parsing", "syntax", "source", "errors"},
    "runtime": {"source", "syntax", "errors"},
    "builtins": {"runtime", "source", "syntax", "errors"},
    "interpreter": {"bytecode", "scopes", "parsing", "syntax", "source", "errors", "runtime", "builtins"},
    # the optimizing tier generates Python from bytecode and patches the interpreter's decoded code
    "tiering": {"interpreter", "bytecode", "scopes", "parsing", "syntax", "source", "errors",
                 "runtime", "builtins"},
    # ES modules link and run module graphs (above the interpreter, which reaches them only
    # through agent.modules); the host builds engines and drives jobs and timers, and prints
    # uncaught errors with the inspector's util.inspect.
    "modules": {"interpreter", "bytecode", "scopes", "parsing", "syntax", "source", "errors",
                "runtime", "builtins"},
    "host": {"modules", "interpreter", "bytecode", "scopes", "parsing", "syntax", "source",
             "errors", "runtime", "builtins", "inspect"},
}
TOP = {"api", "cli", "__main__", "inspect", "test262", "__init__"}

# Named exceptions, each with its reason.
EXCEPTIONS: dict[tuple[str, str], str] = {
    # The regexp matcher reuses the one Pattern grammar of the early-error validator.
    ("runtime", "parsing.regexp_syntax"): "one RegExp grammar for early errors and the matcher",
    # console is the host's window onto values: it formats them with the inspector's views.
    ("builtins", "inspect"): "console.log/console.dir use inspect's value and [[Scopes]] views",
    # node's util.inspect/util.format are the console formatter, exposed to the node host's JS.
    ("host", "inspect"): "util.inspect and util.format print with the console formatter",
}


def layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def scopejs_imports(path: Path, module: str):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package_parts = module.split(".")[:-1] if path.name != "__init__.py" else module.split(".")
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("scopejs."):
                    yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package_parts[: len(package_parts) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            if name.startswith("scopejs.") or name == "scopejs":
                if name == "scopejs":
                    for alias in node.names:
                        yield node.lineno, f"scopejs.{alias.name}"
                else:
                    yield node.lineno, name


def modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        yield path, ".".join(rel.parts)


def violations():
    found = []
    for path, module in modules():
        layer = layer_of(module)
        if layer in TOP:
            continue
        allowed = ALLOWED.get(layer)
        if allowed is None:
            found.append(f"{module}: layer '{layer}' is not in the dependency table")
            continue
        for lineno, target in scopejs_imports(path, module):
            target_rest = target.split(".", 1)[1] if "." in target else ""
            target_layer = target_rest.split(".")[0]
            if target_layer == layer or target_layer in allowed:
                continue
            if any(layer == src and (target_rest == dst or target_rest.startswith(dst + "."))
                   for (src, dst) in EXCEPTIONS):
                continue
            found.append(f"{path.relative_to(PACKAGE.parent)}:{lineno}: {layer} imports {target}")
    return found


def test_no_upward_imports():
    assert violations() == []


def test_every_layer_is_declared():
    layers = {p.name for p in PACKAGE.iterdir() if p.is_dir() and not p.name.startswith("__")}
    layers |= {p.stem for p in PACKAGE.glob("*.py")}
    undeclared = layers - set(ALLOWED) - TOP
    assert not undeclared, f"add these to the dependency table: {sorted(undeclared)}"


@pytest.mark.parametrize("source,expected", [
    ("from scopejs.runtime import values", [(1, "scopejs.runtime")]),
    ("import scopejs.interpreter.frame", [(1, "scopejs.interpreter.frame")]),
])
def test_import_scanner(tmp_path, source, expected):
    path = tmp_path / "m.py"
    path.write_text(source)
    assert list(scopejs_imports(path, "scopejs.parsing.m")) == expected


def test_no_print_in_core():
    """The engine's stages report through return values and the Tracer, never print()."""
    core = {"source", "syntax", "parsing", "scopes", "bytecode", "runtime"}
    offenders = []
    for path, module in modules():
        if layer_of(module) not in core:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "print":
                offenders.append(f"{module}:{node.lineno}")
    assert offenders == []
