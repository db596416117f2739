"""npm test262-parser-tests: every pass/ file parses, every fail/ and early/ file is a SyntaxError,
and each pass-explicit/ file gives the same ESTree as its pass/ twin (minus positions).

The corpus (0.0.5, 2017) predates ES2019-ES2022, so a few of its fail/ and early/ files are valid
ECMAScript 2023; they are listed in SPEC_CHANGED with the edition that made them valid, and are
required to parse.  Module goal for *.module.js.  Skips cleanly when the npm corpora or the parser
are absent (install with sh tools/install_corpora.sh).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / ".corpora" / "node_modules" / "test262-parser-tests"
sys.path.insert(0, str(ROOT / "tools"))

# fail/ and early/ files that ECMAScript 2023 accepts (node 20 and acorn 8.19 accept them too).
SPEC_CHANGED = {
    "fail/0d5e450f1da8a92a.js": "ES2021: \\9 is a NonOctalDecimalEscapeSequence, valid in sloppy strings",
    "fail/748656edbfb2d0bb.js": "ES2021: \\8 is a NonOctalDecimalEscapeSequence, valid in sloppy strings",
    "fail/79f882da06f88c9f.js": "ES2021: \\8 is a NonOctalDecimalEscapeSequence, valid in sloppy strings",
    "fail/92b6af54adef3624.js": "ES2021: \\9 is a NonOctalDecimalEscapeSequence, valid in sloppy strings",
    "fail/647e21f8f157c338.js": "ES2019 JSON superset: U+2029 is allowed in string literals",
    "fail/8af69d8f15295ed2.js": "ES2019 JSON superset: U+2028 is allowed in string literals",
    "fail/98204d734f8c72b3.js": "ES2022 class fields: class {a}",
    "fail/ef81b93cf9bdb4ec.js": "ES2022 class fields: class {a=0}",
    "fail/e3fbcf63d7e43ead.js": "Annex B.3.5 (ES2017+): for (var x = 1 in o) in sloppy mode",
    "early/0f5f47108da5c34e.js": "Annex B.3.4 (ES2020): catch (a) { for (var a of ...) } is allowed",
    "early/12a74c60f52a60de.js": "Annex B.3.2.4: duplicate function declarations in a sloppy block",
    "early/1aff49273f3e3a98.js": "Annex B.3.2.4: duplicate function declarations in a sloppy block",
    "early/be7329119eaa3d47.js": "Annex B.3.2.4: duplicate function declarations in a sloppy block",
    "early/ec31fa5e521c5df4.js": "Annex B.3.2.4: duplicate function declarations in a sloppy block",
    "fail/a8beb1480f385441.js": "Annex B web compatibility (as node/V8 and test262 annexB/language/"
                                "expressions/assignmenttargettype): `f() = 4` in sloppy code is a "
                                "runtime ReferenceError, not an early error",
}
# Kept as errors although acorn 8.19 accepts them (acorn-vs-spec differences; node rejects them):
#   early/84ef3bbaa772075f.js (class eval {}), early/987442878ab414e7.js (class arguments {}):
#       class code is strict, so eval/arguments cannot be the class's BindingIdentifier (13.1.1).
#   fail/c060a3014ad24dfd.js: U+2B81E is not ID_Start in the Unicode data node 20 and Python 3.11
#       use (acorn's newer Unicode tables accept it).

# pass/ files whose pass-explicit/ twin is NOT the same ESTree (found with acorn 8.19 through
# tools/acorn_json.js): the corpus was made for the Shift AST, which has other equivalences.
# Every other pair must give equal ESTree minus positions, `raw` and `directive`; both files of
# every pair are also compared with acorn in test_acorn_parity.py.
TWIN_REASONS = {
    'KEY': (
        "a string-literal property key ('a': 1) is an identifier key (a: 1) in the twin: equal in the Shift AST the corpus was made for, Literal vs Identifier in ESTree"),
    'SEQ': (
        'a flat sequence (a, b, c) is nested pairs ((a, b), c) in the twin: equal in the Shift AST, nested SequenceExpressions in ESTree'),
    'VALUE': (
        "the twin has a different literal value (make-explicit.js rewrote 1 as 0, '10' as 10, 09.5 as 9 ...): the corpus's own data"),
    'RENAME': (
        "the twin renames identifiers (a -> x ...): the corpus's own data"),
}
TWINS_DIFFER_IN_ESTREE = {
    **dict.fromkeys((
        "0426f15dac46e92d.js", "06f7278423cef571.js", "0813adc754c82a98.js", "12ea3bf0653f8409.js",
        "23869c020fc2cb0f.js", "3793ec99f844de1c.js", "4014ec6c7931de54.js", "40766161d96ac708.js",
        "4a56cf2dea99fcd6.js", "4b346e8c85a29408.js", "4f21a4e88694c0d8.js", "513275ce0e3c7ef3.js",
        "55b74de671f60184.js", "6e5fe0c2bb20b016.js", "7055b45fe7f74d94.js", "7f88f149f16fe97a.js",
        "85d6723f13f33101.js", "8d7d59e5d573ca84.js", "a8b6c3139974f6e1.js", "aaf1be6cd60a9ac9.js",
        "afa63b136c835723.js", "b2e6c124e2822117.js", "c4a57a72e25e042c.js", "c963ac653b30699b.js",
        "ce349e20cf388e87.js", "d038789ad15922ff.js", "d37653c5aedf3d46.js", "d767138e133ad239.js",
        "ff03d6d14c3f4007.js", "ff215f966bed2b85.js",
    ), 'KEY'),
    **dict.fromkeys((
        "04b26d042948d474.js", "0b2804600405dbf6.js", "0da4b57d03d33129.js", "0eb53d0e06cd5417.js",
        "1223609b0f7a2129.js", "1c055d256ec34f17.js", "1f988cc22167927b.js", "24557730b5076325.js",
        "366585381e4610b4.js", "3b5d1fb0e093dab8.js", "446ffc8afda7e47f.js", "46173461e93df4c2.js",
        "4deb8938d7b36024.js", "4ed17e0e2686e5e5.js", "55c15fe174790fb2.js", "5665da18579dd006.js",
        "589dc8ad3b9aa28f.js", "5f1e0eff7ac775ee.js", "7bdcce70c382a9a4.js", "7da12349ac9f51f2.js",
        "7ebaa39b4a9b5b5b.js", "87a9b0d1d80812cc.js", "90ad0135b905a622.js", "93cac77bbf2242ab.js",
        "95520bedf0fdd4c9.js", "a6cb605b66ef0eb5.js", "aac70baa56299267.js", "ae700e3f8ff82c6c.js",
        "ae9667ad0d837abc.js", "aec65a9745669870.js", "aeca992c7be882ba.js", "b8403938b1ddd626.js",
        "d4c979f1a92a8cac.js", "d57a361bc638f38c.js", "d88992e07614f506.js", "e877f5e6753dc7e4.js",
    ), 'SEQ'),
    **dict.fromkeys((
        "0339fa95c78c11bd.js", "0b4d61559ccce0f9.js", "0f88c334715d2489.js", "1450a897a4ba83a7.js",
        "2179895ec5cc6276.js", "441a92357939904a.js", "5829d742ab805866.js", "598a5cedba92154d.js",
        "7788d3c1e1247da9.js", "7b72d7b43bedc895.js", "7dab6e55461806c9.js", "82c827ccaecbe22b.js",
        "8c80f7ee04352eba.js", "988e362ed9ddcac5.js", "a8a03a88237c4e8f.js", "ad06370e34811a6a.js",
        "b0fdc038ee292aba.js", "b62c6dd890bef675.js", "c1319833fc139cf8.js", "cb211fadccb029c7.js",
        "ce968fcdf3a1987c.js", "e71c1d5f0b6b833c.js",
    ), 'VALUE'),
    **dict.fromkeys((
        "1093d98f5fc0758d.js", "15d9592709b947a0.js", "247a3a57e8176ebd.js", "47f974d6fc52e3e4.js",
        "4e1a0da46ca45afe.js", "72d79750e81ef03d.js", "96f5d93be9a54573.js", "9bcae7c7f00b4e3c.js",
        "db3c01738aaf0b92.js", "e1387fe892984e2b.js", "e8ea384458526db0.js",
    ), 'RENAME'),
}


def _files(sub: str) -> list[str]:
    folder = CORPUS / sub
    if not folder.is_dir():
        return []
    return sorted(f"{sub}/{name}" for name in os.listdir(folder) if name.endswith(".js"))


def _params(sub: str):
    files = _files(sub)
    if not files:
        return [pytest.param(None, marks=pytest.mark.skip(reason="npm corpora not installed"))]
    return files


@pytest.fixture(scope="module")
def parse():
    parser = pytest.importorskip("scopejs.parsing.parser")
    return parser.parse


def _read(rel: str) -> str:
    return (CORPUS / rel).read_bytes().decode("utf-8")  # keep \r\n as written


def _parse(parse, rel: str, lazy: bool = True):
    return parse(_read(rel), module=rel.endswith(".module.js"), name=rel, lazy=lazy)


_EAGER_ESTREE: dict[str, object] = {}


def _eager_estree(parse, rel: str):
    """ESTree of the eager parse (cached: the twin test reuses the pass test's parse)."""
    from estree_diff import to_estree
    if rel not in _EAGER_ESTREE:
        _EAGER_ESTREE[rel] = _strip(to_estree(_parse(parse, rel, lazy=False)))
    return _EAGER_ESTREE[rel]


@pytest.mark.parametrize("rel", _params("pass"))
def test_pass_parses_lazily_and_eagerly(parse, rel):
    _parse(parse, rel, lazy=True)
    _eager_estree(parse, rel)


@pytest.mark.parametrize("rel", _params("fail") + _params("early"))
def test_fail_and_early_are_syntax_errors_lazily_and_eagerly(parse, rel):
    """The preparser (lazy) must find the same early errors as the full parser (eager)."""
    from scopejs.errors import JSSyntaxError
    for lazy in (True, False):
        if rel in SPEC_CHANGED:
            _parse(parse, rel, lazy)   # valid ES2023: see SPEC_CHANGED for the edition
            continue
        with pytest.raises(JSSyntaxError):
            _parse(parse, rel, lazy)


def _strip(value):
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in ("raw", "directive")}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


@pytest.mark.parametrize("rel", _params("pass"))
def test_pass_explicit_twin_gives_the_same_estree(parse, rel):
    from estree_diff import diff
    name = rel.split("/", 1)[1]
    if name in TWINS_DIFFER_IN_ESTREE:
        pytest.skip(TWIN_REASONS[TWINS_DIFFER_IN_ESTREE[name]])
    ours = _eager_estree(parse, rel)
    twin = _eager_estree(parse, "pass-explicit/" + name)
    assert diff(ours, twin, positions=False) == []


def test_expectation_lists_name_existing_files():
    if not CORPUS.is_dir():
        pytest.skip("npm corpora not installed")
    for rel in SPEC_CHANGED:
        assert (CORPUS / rel).is_file(), rel
    for name in TWINS_DIFFER_IN_ESTREE:
        assert (CORPUS / "pass" / name).is_file(), name
