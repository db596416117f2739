"""tools/estree_diff.py and tools/acorn_json.js, the machinery of the acorn parity tests."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from estree_diff import acorn_json, diff, normalize_acorn, to_estree  # noqa: E402

from scopejs.source.text import SourceText  # noqa: E402
from scopejs.syntax.nodes import from_estree  # noqa: E402

SNIPPET = ("var s = '\U0001F600', r = /a+/gu, b = 12n, n = 1e400;\r\n"
           "// \u2028 comment\n`t${s}\\u{41}`; x => ({a, [b]: c, ...d});\r"
           "class C { static #p = 1; get q() { return this.#p; } }\n")


def test_diff_names_the_path_of_each_difference():
    a = {"type": "Program", "start": 0, "end": 3, "body": [{"type": "Identifier", "start": 0, "end": 1, "name": "a"}]}
    b = {"type": "Program", "start": 0, "end": 3, "body": [{"type": "Identifier", "start": 0, "end": 2, "name": "b"}]}
    assert diff(a, b) == ["Program.body[0].end: 1 != 2", "Program.body[0].name: 'a' != 'b'"]
    assert diff(a, b, positions=False) == ["Program.body[0].name: 'a' != 'b'"]
    assert diff({"type": "Literal", "value": 1.0}, {"type": "Literal", "value": 1}) == []
    assert diff({"type": "X", "f": 1}, {"type": "X"}) == ["Program.f: only in ours (1)"]


def test_normalize_acorn_makes_code_units_and_floats():
    assert normalize_acorn({"v": "\U0001F600", "n": 3, "inf": {"$number": "Infinity"}, "t": True}) == \
        {"v": "\ud83d\ude00", "n": 3.0, "inf": float("inf"), "t": True}


def test_round_trip_through_our_nodes_matches_acorn_with_locations(node_path, corpora, tmp_path):
    path = tmp_path / "snippet.js"
    path.write_bytes(SNIPPET.encode("utf-8"))
    [theirs] = acorn_json([str(path)], node=node_path)
    assert "error" not in theirs, theirs
    program = from_estree(theirs)
    ours = to_estree(program, SourceText.from_str(SNIPPET))
    assert diff(ours, theirs) == []
    theirs["body"][0]["declarations"][0]["init"]["value"] = "changed"
    assert diff(ours, theirs) == ["Program.body[0].declarations[0].init.value: '\\ud83d\\ude00' != 'changed'"]


def test_acorn_json_reports_parse_errors_as_data(node_path, corpora, tmp_path):
    path = tmp_path / "bad.js"
    path.write_text("var = ;", encoding="utf-8")
    [result] = acorn_json([str(path)], node=node_path)
    assert result["error"].startswith("Unexpected token") and result["pos"] == 4.0
