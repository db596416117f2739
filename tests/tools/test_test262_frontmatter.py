"""The test262 runner's metadata reader, feature cut and scenario expansion."""
from __future__ import annotations

import pytest

from scopejs.test262.discovery import STRICT_PREFIX, find_tests, modes_for, scenarios_for
from scopejs.test262.features import UNSUPPORTED_FEATURES, skip_reason
from scopejs.test262.frontmatter import FrontmatterError, parse_frontmatter

FLOW = """// Copyright
/*---
description: Private Fields cannot be named constructor
esid: prod-ClassElement
features: [class-fields-private, class]
flags: [generated, onlyStrict]
includes: [compareArray.js, propertyHelper.js]
negative:
  phase: parse
  type: SyntaxError
info: |
    Class Definitions / Static Semantics: Early Errors

    It is a Syntax Error if ...
---*/
$DONOTEVALUATE();
"""

BLOCK = """/*---
description: >
  A description folded
  over two lines
includes:
  - asyncHelpers.js
  - 'compareArray.js'
features:
  - async-iteration
flags: [async, module]
---*/
"""


def test_frontmatter_flow_lists_and_negative():
    meta = parse_frontmatter(FLOW)
    assert meta.description == "Private Fields cannot be named constructor"
    assert meta.features == ["class-fields-private", "class"]
    assert meta.flags == {"generated", "onlyStrict"}
    assert meta.includes == ["compareArray.js", "propertyHelper.js"]
    assert (meta.negative_phase, meta.negative_type) == ("parse", "SyntaxError")
    assert meta.is_negative
    assert meta.extra["esid"] == "prod-ClassElement"
    assert meta.extra["info"].startswith("Class Definitions")


def test_frontmatter_block_lists_and_folded_scalars():
    meta = parse_frontmatter(BLOCK)
    assert meta.description == "A description folded over two lines"
    assert meta.includes == ["asyncHelpers.js", "compareArray.js"]
    assert meta.features == ["async-iteration"]
    assert meta.flags == {"async", "module"}
    assert not meta.is_negative


def test_frontmatter_missing_is_an_error():
    with pytest.raises(FrontmatterError):
        parse_frontmatter("var x = 1;")


def test_frontmatter_malformed_negative_is_an_error():
    with pytest.raises(FrontmatterError):
        parse_frontmatter("/*---\nnegative: SyntaxError\n---*/")


def test_features_cut_keeps_es2023_and_skips_later():
    assert skip_reason("language/x.js", ["change-array-by-copy", "hashbang", "symbols-as-weakmap-keys",
                                         "array-find-from-last"]) is None
    # ES2024/ES2025 features run once implemented; the others are still skipped.
    assert skip_reason("built-ins/x.js", ["array-grouping", "set-methods", "iterator-helpers",
                                          "promise-try", "RegExp.escape", "resizable-arraybuffer",
                                          "Float16Array"]) is None
    assert "proposal" in skip_reason("built-ins/x.js", ["Temporal"])
    assert "Intl" in skip_reason("built-ins/x.js", ["Intl.Segmenter"])
    assert skip_reason("intl402/DateTimeFormat/x.js", []).startswith("path intl402")
    assert skip_reason("staging/sm/x.js", []).startswith("path staging")
    assert skip_reason("annexB/built-ins/escape/x.js", []) is None   # Annex B is run
    assert skip_reason("built-ins/x.js", [], ["CanBlockIsTrue"]).startswith("flag")
    for name, reason in UNSUPPORTED_FEATURES.items():
        assert reason, name


@pytest.mark.parametrize("flags, modes", [
    ((), ("sloppy", "strict")),
    (("onlyStrict",), ("strict",)),
    (("noStrict",), ("sloppy",)),
    (("raw",), ("sloppy",)),
    (("module",), ("module",)),
    (("module", "async"), ("module",)),
])
def test_strict_and_sloppy_expansion(flags, modes):
    assert modes_for(frozenset(flags)) == modes


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_discovery_selects_by_dir_file_and_glob_and_ignores_fixtures(tmp_path):
    test = tmp_path / "test"
    plain = "/*---\ndescription: d\n---*/\n"
    _write(test / "language" / "a" / "one.js", plain)
    _write(test / "language" / "a" / "two.js", "/*---\nflags: [module]\n---*/\n")
    _write(test / "language" / "a" / "dep_FIXTURE.js", "export var x;")
    _write(test / "language" / "b" / "three.js", plain)
    _write(test / "intl402" / "four.js", plain)
    root, files = find_tests(str(tmp_path))
    rels = [f[len(root) + 1:] for f in files]
    assert rels == ["intl402/four.js", "language/a/one.js", "language/a/two.js", "language/b/three.js"]
    _, files = find_tests(str(tmp_path), ["language/a"])
    assert [f.rsplit("/", 1)[1] for f in files] == ["one.js", "two.js"]
    _, files = find_tests(str(tmp_path), ["language/*/three.js"])
    assert [f.rsplit("/", 1)[1] for f in files] == ["three.js"]
    _, files = find_tests(str(tmp_path), ["test/language/b/three.js"])
    assert len(files) == 1
    ids = [s.id for f in find_tests(str(tmp_path))[1] for s in scenarios_for(root, f)]
    assert ids == ["intl402/four.js#sloppy", "intl402/four.js#strict", "language/a/one.js#sloppy",
                   "language/a/one.js#strict", "language/a/two.js#module",
                   "language/b/three.js#sloppy", "language/b/three.js#strict"]
    skipped = scenarios_for(root, str(test / "intl402" / "four.js"))
    assert all(s.skip for s in skipped)


def test_unreadable_metadata_is_a_skip_not_a_crash(tmp_path):
    path = _write(tmp_path / "test" / "x.js", "no frontmatter here")
    [scenario] = scenarios_for(str(tmp_path / "test"), str(path))
    assert scenario.skip and "metadata" in scenario.skip
    assert STRICT_PREFIX == '"use strict";\n'
