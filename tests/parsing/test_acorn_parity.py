"""ESTree parity with acorn 8.19 (ecmaVersion 2023) on real code and on the parser corpus.

For each file, acorn's JSON (tools/acorn_json.js, run by node, cached in .corpora/acorn-cache/)
and our tree (scopejs.parsing.parser.parse, eager, turned into ESTree dicts by tools/estree_diff.py)
are compared node by node: type, start, end, loc (our line/column come from SourceText) and every
field.  A difference is allowed only when it matches ALLOWED_DIFFERENCES below, with its reason.
Skips cleanly without node, the npm corpora or the parser.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = ROOT / ".corpora" / "node_modules"
CACHE = ROOT / ".corpora" / "acorn-cache"
sys.path.insert(0, str(ROOT / "tools"))

# (package-relative path, module goal?)
REAL_CODE = [
    ("lodash/lodash.js", False),
    ("acorn/dist/acorn.js", False),
    ("jquery/dist/jquery.js", False),
    ("moment/moment.js", False),
    ("underscore/underscore-esm.js", True),
]

# Regexes on a difference line ("<path>: ours != acorn's"), each with why it is acceptable.
ALLOWED_DIFFERENCES: list[tuple[str, str]] = [
]

# test262-parser-tests pass/ files where acorn is known to differ from the spec (none so far).
CORPUS_SKIP: dict[str, str] = {
}


def _acorn_version() -> str:
    try:
        return json.loads((MODULES / "acorn" / "package.json").read_text())["version"]
    except OSError:
        return "none"


def _cached_acorn(node: str, files: list[Path], key: str, module: bool = False) -> list[dict]:
    """acorn's normalised ESTree for each file, cached by file content and acorn version."""
    from estree_diff import acorn_json, normalize_acorn
    digest = hashlib.sha1(_acorn_version().encode())
    digest.update((ROOT / "tools" / "acorn_json.js").read_bytes())
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    cache = CACHE / f"{key}-{digest.hexdigest()[:16]}.jsonl"
    if cache.is_file():
        return [normalize_acorn(json.loads(line)) for line in cache.read_text(encoding="utf-8").split("\n") if line]
    results = acorn_json([str(p) for p in files], node=node, module=module)
    CACHE.mkdir(parents=True, exist_ok=True)
    with open(cache, "w", encoding="utf-8") as fh:
        for item in results:
            fh.write(json.dumps(item, ensure_ascii=True) + "\n")
    return results


def _unexplained(differences: list[str]) -> list[str]:
    return [d for d in differences if not any(re.search(p, d) for p, _ in ALLOWED_DIFFERENCES)]


@pytest.fixture(scope="module")
def parse():
    return pytest.importorskip("scopejs.parsing.parser").parse


def _ours(parse, path: Path, module: bool):
    from estree_diff import to_estree
    from scopejs.source.text import SourceText
    text = path.read_bytes().decode("utf-8")  # keep \r\n: offsets count it
    program = parse(text, module=module, lazy=False, name=str(path))
    return to_estree(program, SourceText.from_str(text, str(path)))


@pytest.mark.parametrize("rel, module", REAL_CODE, ids=[r for r, _ in REAL_CODE])
def test_real_code_matches_acorn(node_path, corpora, parse, rel, module):
    from estree_diff import diff
    path = MODULES / rel
    [theirs] = _cached_acorn(node_path, [path], re.sub(r"\W", "_", rel), module)
    assert "error" not in theirs, theirs
    assert theirs["sourceType"] == ("module" if module else "script")
    differences = _unexplained(diff(_ours(parse, path, module), theirs, limit=50))
    assert differences == [], "\n".join(differences)


@pytest.mark.parametrize("folder_name", ["pass", "pass-explicit"])
def test_parser_corpus_files_match_acorn(node_path, corpora, parse, folder_name):
    """Every test262-parser-tests pass/ and pass-explicit/ file: same ESTree as acorn, positions
    included (this also covers the explicit twins whose ESTree differs from their pass/ file)."""
    from estree_diff import diff
    folder = MODULES / "test262-parser-tests" / folder_name
    files = sorted(folder.glob("*.js"))
    acorn_results = _cached_acorn(node_path, files, f"parser-tests-{folder_name}")
    failures = []
    for path, theirs in zip(files, acorn_results):
        if path.name in CORPUS_SKIP or "error" in theirs:
            continue
        try:
            ours = _ours(parse, path, path.name.endswith(".module.js"))
        except Exception as exc:  # noqa: BLE001 - reported below with the file name
            failures.append(f"{path.name}: {type(exc).__name__}: {exc}")
            continue
        differences = _unexplained(diff(ours, theirs, limit=3))
        if differences:
            failures.append(f"{path.name}: {differences[0]}")
    assert failures == [], f"{len(failures)} files differ:\n" + "\n".join(failures[:40])


def test_estree_json_dump_is_what_we_compare(parse):
    """The CLI's --print-ast=json output is the same ESTree the parity tests compare."""
    ast_dump = pytest.importorskip("scopejs.inspect.ast_dump")
    from estree_diff import diff, to_estree
    source = "var a = [1, 'two', /3/g, 4n, `t${a}`]; async function* f({x = 1}, ...r) { yield* await x; }"
    program = parse(source, lazy=False, name="t.js")
    dumped = json.loads(ast_dump.dump_ast(program, fmt="json"))
    assert diff(to_estree(program), dumped, positions=False) == []
