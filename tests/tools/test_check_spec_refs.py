"""tools/check_spec_refs.py: the citation checker, on a tiny biblio, and on scopejs/ itself."""
from __future__ import annotations

import importlib.util
import io
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("check_spec_refs", ROOT / "tools" / "check_spec_refs.py")
check_spec_refs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_spec_refs)

CLAUSES = [
    ("7.1.4", "ToNumber ( argument )"),
    ("7.3.13", "Call ( F, V [ , argumentsList ] )"),
    ("10.1.2", "[[SetPrototypeOf]] ( V )"),
    ("24.1", "Map Objects"),
    ("24.2", "Set Objects"),
    ("24.1.3.6", "Map.prototype.get ( key )"),
    ("24.1.3.12", "get Map.prototype.size"),
    ("24.1.3.13", "Map.prototype [ %Symbol.iterator% ] ( )"),
    ("22.2.3.4", "Static Semantics: ParsePattern ( patternText, u, v )"),
    ("6.1.6.2.1", "BigInt::unaryMinus ( x )"),
    ("13.10.1", "Runtime Semantics: Evaluation"),
    ("B.3.4", "VariableStatements in Catch Blocks"),
]

SOURCE = '''"""24.1 Map Objects."""
# 7.1.4 ToNumber
# 7.1.4 ToNumber ( arg ) -- parameter names may differ
# 7.3.13 Call ( F, V )
# 10.1.2 [[SetPrototypeOf]] ( V )
# 24.1.3.12 get Map.prototype.size
# 24.1.3.13 Map.prototype [ @@iterator ] ( )
# 22.2.3.4 ParsePattern
# 6.1.6.2.1 BigInt::unaryMinus ( x )
# 13.10.1 RelationalExpression : RelationalExpression in ShiftExpression
# Annex B.3.4 VariableStatements in Catch Blocks
# 3. If x is undefined, then  (a step comment, not a citation)
# 13.10.1 SuperCall: a production, checked by number only
# 24.1 RegExp String Iterator prose is accepted after a valid number


def f():
    """24.1.3.6 Map.prototype.get ( key )"""


# 7.1.5 ToIntegerOrInfinity
# 24.1.3.6 Map.prototype.set ( key, value )
# 24.1.3.10 get Map.prototype.size
# 24.1 Set Objects
# 24.1.3.6 Map.prototype.delete ( key )  spec-ref: ignore
'''


@pytest.fixture
def tree(tmp_path):
    biblio = tmp_path / "biblio.json"
    entries = [{"type": "clause", "id": f"sec-{n}", "aoid": None, "title": t, "number": n} for n, t in CLAUSES]
    entries += [{"type": "op", "aoid": "ToNumber", "refId": "sec-tonumber"},
                {"type": "op", "aoid": "ToIntegerOrInfinity", "refId": "sec-tointegerorinfinity"}]
    biblio.write_text(json.dumps({"location": "x", "entries": entries}))
    src = tmp_path / "src"
    src.mkdir()
    (src / "mod.py").write_text(SOURCE, encoding="utf-8")
    return biblio, src


def _run(tree, **kwargs):
    biblio, src = tree
    out = io.StringIO()
    status = check_spec_refs.run(str(src), str(biblio), out=out, **kwargs)
    return status, out.getvalue()


def test_checker_accepts_good_and_reports_each_wrong_citation(tree):
    status, text = _run(tree)
    assert status == 1
    problems = [line for line in text.splitlines() if ": " in line and not line.startswith(" ")
                and "citations checked" not in line]
    assert len(problems) == 4, text
    assert "7.1.5 does not exist; no clause is titled ToIntegerOrInfinity" in text
    assert "24.1.3.6 is 'Map.prototype.get ( key )'; no clause is titled Map.prototype.set" in text
    assert "24.1.3.10 does not exist; get Map.prototype.size is 24.1.3.12" in text
    assert "24.1 is 'Map Objects', but the heading cited is 24.2" in text
    assert "18 citations checked, 4 wrong" in text


def test_fix_rewrites_unambiguous_numbers(tree):
    status, _ = _run(tree, fix=True)
    assert status == 1   # 7.1.5 and Map.prototype.set cannot be fixed
    text = (tree[1] / "mod.py").read_text()
    assert "# 24.1.3.12 get Map.prototype.size\n# 24.1 Set Objects" not in text
    assert "# 24.2 Set Objects" in text and text.count("# 24.1.3.12 get Map.prototype.size") == 2


def test_known_wrong_list_is_a_ratchet(tree, tmp_path):
    known = tmp_path / "known.txt"
    status, _ = _run(tree, known_path=str(known), write_known=True)
    assert status == 0 and len(known.read_text().splitlines()) == 2 + 4
    status, text = _run(tree, known_path=str(known))
    assert status == 0 and "4 known-wrong tolerated" in text
    (tree[1] / "mod.py").write_text(SOURCE + "# 7.1.4 ToIntegerOrInfinity\n", encoding="utf-8")
    status, text = _run(tree, known_path=str(known))
    assert status == 1 and "7.1.4 is 'ToNumber ( argument )'" in text


def test_scopejs_citations_match_the_pinned_spec():
    biblio = Path(check_spec_refs.DEFAULT_BIBLIO)
    if not biblio.is_file():
        pytest.skip("@tc39/ecma262-biblio not installed (sh tools/install_corpora.sh)")
    out = io.StringIO()
    status = check_spec_refs.run(str(ROOT / "scopejs"), str(biblio), out=out,
                                 known_path=str(ROOT / "tools" / "spec_refs_known_wrong.txt"))
    assert status == 0, out.getvalue()
