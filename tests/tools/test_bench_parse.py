"""bench/parse.py keeps working (a smoke run on a tiny file; no timing is asserted)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("bench_parse", ROOT / "bench" / "parse.py")
bench_parse = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_parse)


def test_bench_parse_prints_a_row_per_parser(tmp_path, capsys):
    source = tmp_path / "small.js"
    source.write_text("var a = function (x) { return x * 2; };\nfor (var i = 0; i < 3; i++) a(i);\n")
    assert bench_parse.main(["--file", str(source), "--runs", "1", "--json", str(tmp_path / "t.json")]) == 0
    out = capsys.readouterr().out
    assert "small.js" in out
    for label in ("scopejs lazy", "scopejs eager", "pyjsparser"):
        assert label in out
    assert (tmp_path / "t.json").is_file()


def test_bench_parse_reports_a_missing_file(tmp_path, capsys):
    assert bench_parse.main(["--file", str(tmp_path / "none.js")]) == 2
