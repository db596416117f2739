"""ESTree comparison for the parser corpora tests: our nodes as ESTree dicts, acorn's JSON
normalised the same way, and a structural diff that names the path of every difference.

Used by tests/parsing/test_acorn_parity.py and tests/parsing/test_parser_tests_npm.py.
"""
from __future__ import annotations

import json
import math
import os
import subprocess

from scopejs.source.text import SourceText, to_code_units
from scopejs.syntax.nodes import OPTIONAL_ESTREE_FIELDS, Node

__all__ = ["to_estree", "normalize_acorn", "diff", "acorn_json", "POSITION_KEYS"]

POSITION_KEYS = frozenset({"start", "end", "loc", "range"})
TOOLS = os.path.dirname(os.path.abspath(__file__))


def to_estree(node, source: SourceText | None = None):
    """Our syntax tree as ESTree dicts (with ``loc`` when ``source`` is given), like acorn's."""
    if isinstance(node, list):
        return [to_estree(item, source) for item in node]
    if not isinstance(node, Node):
        return node
    out = {"type": node.type, "start": node.start, "end": node.end}
    if source is not None:
        sl, sc = source.position(node.start)
        el, ec = source.position(node.end)
        out["loc"] = {"start": {"line": sl, "column": sc}, "end": {"line": el, "column": ec}}
    for attr, field in zip(node.fields, node.estree_fields):
        value = getattr(node, attr)
        if value is None and (node.type, field) in OPTIONAL_ESTREE_FIELDS:
            continue
        out[field] = to_estree(value, source)
    return out


def normalize_acorn(value):
    """acorn JSON -> the value space of to_estree: strings as UTF-16 code units, numbers as float
    (non-finite ones arrive as {"$number": ...} from tools/acorn_json.js)."""
    if isinstance(value, dict):
        if len(value) == 1 and "$number" in value:
            return float(value["$number"])
        return {key: normalize_acorn(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalize_acorn(item) for item in value]
    if isinstance(value, str):
        return to_code_units(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def _same_scalar(a, b) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        if math.isnan(a) and math.isnan(b):
            return True
        return float(a) == float(b)
    return a == b


def _literal_value_matters(node: dict) -> bool:
    # RegExp and BigInt values are host objects: compare their `regex` / `bigint` fields instead.
    return not ("regex" in node or "bigint" in node)


def diff(ours, theirs, *, positions: bool = True, limit: int = 20, path: str = "Program") -> list[str]:
    """Differences between two ESTree values, as 'path: ours != theirs' strings (at most limit)."""
    out: list[str] = []
    _diff(ours, theirs, positions, limit, path, out)
    return out


def _short(value) -> str:
    text = json.dumps(value, ensure_ascii=True, default=str) if not isinstance(value, str) else repr(value)
    return text if len(text) < 80 else text[:77] + "..."


def _diff(a, b, positions, limit, path, out):
    if len(out) >= limit:
        return
    if isinstance(a, dict) and isinstance(b, dict):
        if a.get("type") != b.get("type"):
            out.append(f"{path}.type: {a.get('type')} != {b.get('type')}")
            return
        keys = list(a) + [k for k in b if k not in a]
        for key in keys:
            if not positions and key in POSITION_KEYS:
                continue
            if key == "value" and a.get("type") == "Literal" and not _literal_value_matters(b):
                continue
            if key not in a or key not in b:
                present = "ours" if key in a else "acorn's"
                out.append(f"{path}.{key}: only in {present} ({_short(a.get(key, b.get(key)))})")
                if len(out) >= limit:
                    return
                continue
            _diff(a[key], b[key], positions, limit, f"{path}.{key}", out)
        return
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            out.append(f"{path}: length {len(a)} != {len(b)}")
        for index, (x, y) in enumerate(zip(a, b)):
            _diff(x, y, positions, limit, f"{path}[{index}]", out)
        return
    if not _same_scalar(a, b):
        out.append(f"{path}: {_short(a)} != {_short(b)}")


def acorn_json(paths: list[str], *, node: str, module: bool = False) -> list[dict]:
    """Run tools/acorn_json.js on files; one parsed (normalised) result per file."""
    args = [node, os.path.join(TOOLS, "acorn_json.js")] + (["--module"] if module else []) + list(paths)
    proc = subprocess.run(args, capture_output=True, text=True, encoding="utf-8", check=True)
    return [normalize_acorn(json.loads(line)) for line in proc.stdout.split("\n") if line]
