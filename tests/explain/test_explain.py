"""--explain: the spec-step narration.  Goldens on small programs (regenerate with
``SCOPEJS_UPDATE_GOLDENS=1 python3 -m pytest tests/explain``), spec names checked against the
pinned biblio, lazy and eager compilation narrating the same steps."""
from __future__ import annotations

import gc
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scopejs.api import Engine
from scopejs.modules.loader import PathLoader
from scopejs.errors import ScopeJSError
from scopejs.inspect.explain import NOTATION, SPEC_OPERATIONS, SPEC_TERMS, Explaining
from tests.bytecode.golden_options import update_requested

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
PROGRAMS = sorted((HERE / "programs").glob("*.js"))
BIBLIO = ROOT / ".corpora" / "node_modules" / "@tc39" / "ecma262-biblio" / "biblio.json"
SEEDS = ROOT / "tests" / "programs" / "seeds"


def explain(source: str, name: str = "t.js", lazy: bool = True) -> str:
    """The narration interleaved with the program's own output, as the CLI prints it."""
    out = io.StringIO()
    engine = Engine(stdout=out, lazy=lazy)
    # Python's cyclic collector would free cyclic contexts at times that depend on whatever ran
    # before; off, a context is reported collected exactly when its last reference goes.
    gc.collect()
    gc.disable()
    try:
        with Explaining(engine, out):
            engine.run_script(source, name)
            engine.run_jobs()
    except ScopeJSError as exc:   # seeds that end in an error (as the article shows)
        out.write(f"uncaught: {exc}\n")
    finally:
        gc.enable()
    return out.getvalue()


def explain_module(path: Path) -> str:
    out = io.StringIO()
    engine = Engine(stdout=out, module_loader=PathLoader())
    with Explaining(engine, out, main_name=str(path)):
        engine.run_module_file(str(path))
        engine.run_jobs()
    return out.getvalue()


MODULE = HERE / "modules" / "main.mjs"


def test_golden_module(request):
    text = explain_module(MODULE)
    golden = MODULE.with_suffix(".explain")
    if update_requested(request.config):
        golden.write_text(text)
    assert text == golden.read_text()
    assert text.splitlines()[0].startswith("b.mjs:1:1 InitializeEnvironment")


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.stem)
def test_golden(path, request):
    text = explain(path.read_text(), path.name)
    golden = path.with_suffix(".explain")
    if update_requested(request.config):
        golden.write_text(text)
    assert golden.exists(), f"missing {golden.name}: run with SCOPEJS_UPDATE_GOLDENS=1"
    assert text == golden.read_text()


def spec_part(line: str) -> str:
    return line.split("  => engine:", 1)[0]


_PASCAL = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]*)+\b")
_NARRATION_LINE = re.compile(r"^(?:\S*:)?\d+:\d+\s|^-\s")


def printed_spec_names(text: str, source: str = "") -> set[str]:
    """PascalCase names in the spec part of the narration lines, without internal slot names
    ([[OuterEnv]] ...) and without the program's own identifiers."""
    identifiers = set(re.findall(r"[A-Za-z_$][\w$]*", source))
    names = set()
    for line in text.splitlines():
        if not _NARRATION_LINE.match(line):
            continue   # the program's own output
        spec = re.sub(r"\[\[\w+\]\]", "", spec_part(line))
        names.update(n for n in _PASCAL.findall(spec) if n not in identifiers)
        first = re.match(r"^\S+\s+([A-Z][A-Za-z]*):", spec)   # the line's operation (`Await:`)
        if first:
            names.add(first.group(1))
    return names


def all_outputs() -> list[tuple[str, str]]:
    """(narration, source) of the golden programs and of seed 003's examples."""
    paths = PROGRAMS + sorted(SEEDS.glob("s003_*.js"))
    texts = [(explain(p.read_text(), p.name), p.read_text()) for p in paths]
    sources = "".join(p.read_text() for p in MODULE.parent.glob("*.mjs"))
    return texts + [(explain_module(MODULE), sources)]


def all_names() -> set[str]:
    names = set()
    for text, source in all_outputs():
        names |= printed_spec_names(text, source)
    return names


def test_every_printed_spec_name_is_known():
    names = all_names()
    unknown = names - set(SPEC_OPERATIONS) - SPEC_TERMS - NOTATION
    assert not unknown, f"spec names printed but not in SPEC_OPERATIONS: {sorted(unknown)}"
    # the table has no dead entries either (every operation is narrated by some program)
    assert set(SPEC_OPERATIONS) <= names, sorted(set(SPEC_OPERATIONS) - names)


@pytest.mark.skipif(not BIBLIO.exists(), reason="no pinned biblio (sh tools/install_corpora.sh)")
def test_spec_operation_names_exist_in_the_spec():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from check_spec_refs import Biblio, title_name
    finally:
        sys.path.pop(0)
    biblio = Biblio(str(BIBLIO))
    for name, number in SPEC_OPERATIONS.items():
        assert number in biblio.titles, f"{name}: clause {number} does not exist"
        assert title_name(biblio.titles[number]) == name, \
            f"{number} is {biblio.titles[number]!r}, not {name}"
    # and the names the narration prints are exactly spelled as those clause titles
    for name in all_names() - SPEC_TERMS - NOTATION:
        assert name in biblio.by_name, name


def test_lazy_and_eager_narrate_the_same_steps():
    source = (SEEDS / "s003_trimmed_scopes.js").read_text()
    strip = re.compile(r"; (bytecode not compiled yet \(lazy\)|compiled now: first call of a "
                       r"lazily parsed function)")
    lazy = strip.sub("", explain(source, lazy=True))
    eager = strip.sub("", explain(source, lazy=False))
    assert lazy == eager
    assert "compiled now" in explain(source, lazy=True)


def test_this_binding_kinds():
    text = explain((HERE / "programs" / "this_kinds.js").read_text())
    binds = [spec_part(line) for line in text.splitlines() if "OrdinaryCallBindThis" in line]
    kinds = ["method call", "arrow function's [[ThisMode]] is lexical", "plain call",
             "Function.prototype.call/apply", "bound function", "new: OrdinaryCreateFromConstructor",
             "callback from the built-in map"]
    for kind in kinds:
        assert any(kind in b for b in binds), kind


def test_closures_point_to_their_own_record_and_context():
    text = explain((HERE / "programs" / "counters.js").read_text())
    creates = [line for line in text.splitlines() if "OrdinaryFunctionCreate increment" in line]
    assert len(creates) == 2
    assert "[[Environment]] = FunctionEnv(counter#1)" in creates[0]
    assert "[[Environment]] = FunctionEnv(counter#2)" in creates[1]
    contexts = [re.search(r"context #(\d+) Closure \(counter\) \{count\}", c).group(1)
                for c in creates]
    assert contexts[0] != contexts[1]
    fdi = next(line for line in text.splitlines() if "FunctionDeclarationInstantiation" in line
               and "count (let" in line)
    assert "count -> context slot [0]" in fdi and "increment -> r" in fdi


def test_per_iteration_copies_and_register_loops():
    text = explain((HERE / "programs" / "loop.js").read_text())
    copies = [line for line in text.splitlines()
              if "CreatePerIterationEnvironment: a new record" in line]
    assert len(copies) >= 5 and all("CreatePerIterationContext" in c for c in copies)
    text = explain("for (let i = 0; i < 2; i++) { console.log(i) }\n")
    line = next(line for line in text.splitlines() if "CreatePerIterationEnvironment" in line)
    assert "nothing is copied: i stay in registers" in line


def test_cli_explain(tmp_path):
    result = subprocess.run([sys.executable, "-m", "scopejs", "--explain",
                             str(SEEDS / "s003_greet.js")], capture_output=True, text=True,
                            cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split(None, 1)[1].startswith("ScriptEvaluation")
    assert "hi david" in lines
    assert any("NewFunctionEnvironment: FunctionEnv(greet#1)" in line for line in lines)


def test_docs_explain_md_is_current():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "explain_docs.py"), "--check"],
                            capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
