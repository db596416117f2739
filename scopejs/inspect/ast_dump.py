"""AST dumps: a readable indented tree (like d8 --print-ast in spirit) or ESTree JSON (acorn's).

``dump_ast(program, fmt="tree")`` shows each node's type, its key scalar fields and its position
(line:column, 1-based column like node's messages); a lazily parsed function shows
``(lazy: preparsed, free: [a, b])`` instead of its body.

``dump_ast(program, fmt="json")`` is ESTree JSON exactly as
``JSON.stringify(acorn.parse(src, {ecmaVersion: 2023, sourceType, locations: true}))`` gives it
(bigint values as decimal strings, regex values as ``{}``); lazy functions are forced first.
"""
from __future__ import annotations

import json
import math
import re
import sys

from scopejs.errors import JSSyntaxError
from scopejs.syntax.nodes import OPTIONAL_ESTREE_FIELDS, Node

_SCALAR_SUMMARY = ("name", "operator", "kind", "sourceType", "raw", "prefix", "computed",
                   "static", "optional", "generator", "async", "delegate", "await", "shorthand",
                   "method", "tail", "directive")
_NAMED_KINDS = frozenset({"FunctionDeclaration", "FunctionExpression", "ClassDeclaration",
                          "ClassExpression"})
_HIDE_FALSE = frozenset({"prefix", "computed", "static", "optional", "generator", "async",
                         "delegate", "await", "shorthand", "method", "tail"})


def dump_ast(program, fmt: str = "tree") -> str:
    old = sys.getrecursionlimit()
    if old < 20000:
        sys.setrecursionlimit(20000)
    try:
        if fmt == "json":
            from scopejs.parsing.parser import ensure_parsed_all
            ensure_parsed_all(program)
            text = json.dumps(to_estree(program, program.source), ensure_ascii=False)
            return _SURROGATES.sub(_fix_surrogates, text)
        lines: list[str] = []
        _tree(program, program.source, 0, "", lines)
        return _SURROGATES.sub(_fix_surrogates, "\n".join(lines))
    except RecursionError:
        raise JSSyntaxError("Maximum call stack size exceeded (syntax tree too deep to dump)",
                            program.source, 0, "RangeError") from None
    finally:
        if old < 20000:
            sys.setrecursionlimit(old)


_SURROGATES = re.compile("[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]")


def _fix_surrogates(match) -> str:
    """Strings hold UTF-16 code units: join pairs, escape lone surrogates (as JSON.stringify)."""
    text = match.group()
    if len(text) == 2:
        return chr(0x10000 + ((ord(text[0]) - 0xD800) << 10) + (ord(text[1]) - 0xDC00))
    return "\\u%04x" % ord(text)


def _loc(source, offset: int) -> dict:
    line, column = source.position(offset)
    return {"line": line, "column": column}


def _json_number(value):
    """A Number as JSON.stringify writes it (6.1.6.1.20 Number::toString digits)."""
    if isinstance(value, float):
        if math.isinf(value) or math.isnan(value):
            return None
        if value.is_integer() and abs(value) < 1e21:
            text = repr(value)
            if "e" not in text:
                return int(value)
            # shortest round-trip digits, then zeros: 2.8823037615171174e+17 -> 288230376151711740
            mantissa, _, exponent = text.partition("e")
            digits = mantissa.replace(".", "").lstrip("-")
            sign = "-" if value < 0 else ""
            return int(sign + digits.ljust(int(exponent) + 1, "0"))
    return value


def to_estree(node, source):
    """The node as acorn's JSON object (dicts and lists)."""
    if isinstance(node, list):
        return [to_estree(item, source) for item in node]
    if not isinstance(node, Node):
        return node
    out = {"type": node.type, "start": node.start, "end": node.end}
    if source is not None:
        out["loc"] = {"start": _loc(source, node.start), "end": _loc(source, node.end)}
    node_type = node.type
    for attr, field in zip(node.fields, node.estree_fields):
        value = getattr(node, attr)
        if value is None and (node_type, field) in OPTIONAL_ESTREE_FIELDS:
            continue
        if node_type == "Literal" and field == "value":
            if node.regex is not None:
                value = {}
            elif node.bigint is not None:
                value = node.bigint
            else:
                value = _json_number(value)
        elif isinstance(value, (Node, list)):
            value = to_estree(value, source)
        out[field] = value
    return out


def _summary(node) -> str:
    parts = []
    fn_id = getattr(node, "id", None) if node.type in _NAMED_KINDS else None
    if fn_id is not None and fn_id.type == "Identifier":
        parts.append(fn_id.name)
    for field in _SCALAR_SUMMARY:
        if field not in node.estree_fields:
            continue
        value = getattr(node, field + "_" if field in ("async", "await") else field)
        if value is None or (field in _HIDE_FALSE and value is False):
            continue
        if field in _HIDE_FALSE:
            parts.append(field)
        elif field == "raw":
            parts.append(str(value))
        elif field == "name":
            parts.append(str(value))
        else:
            parts.append(f"{field}={value}")
    if node.type == "Literal" and node.regex is None and node.bigint is None and "raw" not in node.fields:
        parts.append(repr(node.value))
    return " ".join(parts)


def _tree(node, source, depth: int, label: str, lines: list) -> None:
    pad = "  " * depth
    if node is None:
        lines.append(f"{pad}{label}null")
        return
    line, column = source.position(node.start) if source is not None else (0, -1)
    summary = _summary(node)
    head = f"{pad}{label}{node.type}" + (f" {summary}" if summary else "") + f" @{line}:{column + 1}"
    lazy = getattr(node, "lazy", None) if node.type in ("FunctionDeclaration", "FunctionExpression",
                                                        "ArrowFunctionExpression") else None
    lines.append(head)
    for attr, field in zip(node.fields, node.estree_fields):
        if field in _SCALAR_SUMMARY or field in ("value",) and node.type == "Literal":
            continue
        if field in ("expression",) and node.type in ("FunctionDeclaration", "FunctionExpression",
                                                       "ArrowFunctionExpression"):
            continue
        value = getattr(node, attr)
        if field == "body" and lazy is not None and value is None:
            free = ", ".join(sorted(lazy.free_names))
            lines.append(f"{pad}  body: (lazy: preparsed, free: [{free}])")
            continue
        if isinstance(value, list):
            if not value:
                continue
            lines.append(f"{pad}  {field}: [{len(value)}]")
            for item in value:
                _tree(item, source, depth + 2, "", lines)
        elif isinstance(value, Node):
            _tree(value, source, depth + 1, f"{field}: ", lines)
        elif value is not None and field not in ("sourceType",):
            if node.type == "TemplateElement" and field == "value":
                lines.append(f"{pad}  cooked: {value['cooked']!r}")
            elif node.type == "Literal" and field == "regex":
                lines.append(f"{pad}  regex: /{value['pattern']}/{value['flags']}")
