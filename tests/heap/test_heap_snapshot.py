"""--heap-snapshot writes V8's .heapsnapshot format (issue 6 part 6). The reader below is written
from the format's description (snapshot.meta names the fields; nodes and edges are flat arrays;
a node's edges follow those of the nodes before it; to_node is an index into nodes), not from
scopejs's writer, and walks closure -> context -> variable as DevTools' Memory panel does."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

HERE = Path(__file__).parent


class Snapshot:
    """An independent reader of the .heapsnapshot JSON format."""

    def __init__(self, data):
        meta = data["snapshot"]["meta"]
        self.node_fields = meta["node_fields"]
        self.edge_fields = meta["edge_fields"]
        self.node_types = meta["node_types"][0]
        self.edge_types = meta["edge_types"][0]
        self.strings = data["strings"]
        self.raw_nodes = data["nodes"]
        self.raw_edges = data["edges"]
        nf, ef = len(self.node_fields), len(self.edge_fields)
        assert len(self.raw_nodes) % nf == 0 and len(self.raw_edges) % ef == 0
        assert len(self.raw_nodes) // nf == data["snapshot"]["node_count"]
        assert len(self.raw_edges) // ef == data["snapshot"]["edge_count"]
        self.nodes = []
        edge_at = 0
        col = {name: i for i, name in enumerate(self.node_fields)}
        ecol = {name: i for i, name in enumerate(self.edge_fields)}
        for i in range(0, len(self.raw_nodes), nf):
            row = self.raw_nodes[i:i + nf]
            count = row[col["edge_count"]]
            edges = []
            for j in range(edge_at, edge_at + count * ef, ef):
                erow = self.raw_edges[j:j + ef]
                etype = self.edge_types[erow[ecol["type"]]]
                name = erow[ecol["name_or_index"]]
                if etype not in ("element", "hidden"):
                    name = self.strings[name]
                to = erow[ecol["to_node"]]
                assert to % nf == 0, "to_node must index the start of a node"
                edges.append((etype, name, to // nf))
            edge_at += count * ef
            self.nodes.append({"type": self.node_types[row[col["type"]]],
                               "name": self.strings[row[col["name"]]],
                               "id": row[col["id"]], "self_size": row[col["self_size"]],
                               "edges": edges})
        assert edge_at == len(self.raw_edges), "edge counts must cover every edge"

    def edge(self, node, etype, name):
        found = [to for t, n, to in node["edges"] if t == etype and n == name]
        assert found, f"no {etype} edge {name!r} from {node['type']} {node['name']!r}"
        return self.nodes[found[0]]

    def closures(self, name):
        return [n for n in self.nodes if n["type"] == "closure" and n["name"] == name]


def take_snapshot(tmp_path, program, *flags):
    out = tmp_path / "run.heapsnapshot"
    proc = subprocess.run([sys.executable, "-m", "scopejs", "--script", f"--heap-snapshot={out}", *flags,
                           str(program)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return Snapshot(json.loads(out.read_text()))


@pytest.fixture(scope="module")
def seed000(tmp_path_factory):
    return take_snapshot(tmp_path_factory.mktemp("snap"), HERE / "seed000_counters.js")


def test_meta_is_v8s(seed000):
    assert seed000.node_fields == ["type", "name", "id", "self_size", "edge_count",
                                   "trace_node_id", "detachedness"]
    assert seed000.edge_fields == ["type", "name_or_index", "to_node"]
    for t in ("hidden", "array", "string", "object", "code", "closure", "number", "synthetic"):
        assert t in seed000.node_types
    assert seed000.edge_types[:7] == ["context", "element", "property", "internal", "hidden",
                                      "shortcut", "weak"]


def test_root_and_gc_roots(seed000):
    root = seed000.nodes[0]
    assert root["type"] == "synthetic"
    assert any(seed000.nodes[to]["name"] == "(GC roots)" for _, _, to in root["edges"])
    ids = [n["id"] for n in seed000.nodes]
    assert len(set(ids)) == len(ids)
    # every node is reachable from the root (the writer only records what the roots keep)
    seen, stack = {0}, [0]
    while stack:
        for _, _, to in seed000.nodes[stack.pop()]["edges"]:
            if to not in seen:
                seen.add(to)
                stack.append(to)
    assert len(seen) == len(seed000.nodes)


def test_closure_context_variable_edges_of_create_counter(seed000):
    increments = seed000.closures("increment")
    assert len(increments) == 2                       # one per createCounter() call
    values = set()
    contexts = set()
    for closure in increments:
        context = seed000.edge(closure, "internal", "context")
        assert (context["type"], context["name"]) == ("object", "system / Context")
        counter = seed000.edge(context, "context", "counter")
        assert counter["type"] == "number"
        values.add(counter["id"])
        contexts.add(context["id"])
        script = seed000.edge(context, "internal", "previous")    # the script context
        assert seed000.edge(script, "context", "myCounter")["type"] == "object"
    assert len(contexts) == 2 and len(values) == 2     # two counters, two contexts
    # get shares its context with its sibling increment
    for closure in seed000.closures("get"):
        if any(t == "internal" and n == "context" for t, n, _ in closure["edges"]):
            ctx = seed000.edge(closure, "internal", "context")
            assert ctx["id"] in contexts


def test_objects_properties_and_globals(seed000):
    global_object = [seed000.nodes[to] for t, _, to in seed000.nodes[0]["edges"]
                     if t == "shortcut"][0]
    other = seed000.edge(global_object, "property", "otherCounter")
    assert other["type"] == "object" and other["name"] == "Object"
    assert seed000.edge(other, "property", "increment")["type"] == "closure"
    assert seed000.edge(global_object, "property", "createCounter")["type"] == "closure"


def test_snapshot_on_debugger(tmp_path):
    program = tmp_path / "dbg.js"
    program.write_text("function f() { let secret = {tag: 1}; debugger; return () => secret; }\n"
                       "var keep = f();\n")
    proc = subprocess.run([sys.executable, "-m", "scopejs", "--script",
                           f"--heap-snapshot-on-debugger={tmp_path / 'at'}", str(program)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    snap = Snapshot(json.loads((tmp_path / "at-1.heapsnapshot").read_text()))
    # paused in f: its frame is a stack root and its context holds `secret`
    frames = [n for n in snap.nodes if n["name"] == "system / Frame f"]
    assert len(frames) == 1
    context = snap.edge(frames[0], "internal", "context")
    assert snap.edge(context, "context", "secret")["name"] == "Object"


def test_snapshot_does_not_change_the_heap():
    """The walk never materialises a lazy closure's own properties."""
    from scopejs.api import Engine
    from scopejs.inspect.heap_snapshot import HeapGraph
    engine = Engine()
    engine.run_script("var f = (() => { let x = 1; return () => x; })();", "t.js")
    fn = engine.realm.global_object.props["f"]
    assert not fn.is_materialised()
    HeapGraph.build(engine.host).to_json()
    assert not fn.is_materialised()


def test_meta_matches_node(tmp_path, node_path):
    out = tmp_path / "node.heapsnapshot"
    subprocess.run([node_path, "-e", f"require('v8').writeHeapSnapshot({str(out)!r})"],
                   check=True, timeout=120)
    node_meta = json.loads(out.read_text())["snapshot"]["meta"]
    from scopejs.inspect.heap_snapshot import META
    assert META == node_meta


V8_HEAPSNAPSHOT = "v8-heapsnapshot@1.3.1"   # npm: "Reads a v8 heapsnapshot" (SrTobi)

READ_WITH_PACKAGE = r"""
const { parseSnapshot } = require('v8-heapsnapshot');
const fs = require('fs');
parseSnapshot(fs.readFileSync(process.argv[2], 'utf8')).then((snap) => {
  const out = [];
  for (const node of snap.nodes) {
    if (node.type !== 'closure' || node.name !== 'increment') continue;
    const ctx = node.out_edges.find((e) => e.type === 'internal' && e.name === 'context').to;
    for (const e of ctx.out_edges) {
      out.push(`${node.name} -> ${ctx.name} -${e.type}-> ${e.name}: ${e.to.type} ${e.to.name}`);
    }
  }
  console.log(out.sort().join('\n'));
});
"""


@pytest.fixture(scope="module")
def heapsnapshot_package(node_path, tmp_path_factory):
    """npm's v8-heapsnapshot, installed for this run where npm (and the registry) is there."""
    import shutil
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip("npm is not installed")
    prefix = tmp_path_factory.mktemp("npm")
    proc = subprocess.run([npm, "install", "--silent", "--no-save", "--prefix", str(prefix),
                           V8_HEAPSNAPSHOT], capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        pytest.skip(f"npm install {V8_HEAPSNAPSHOT} failed: {proc.stderr.strip()[:200]}")
    return prefix


def test_third_party_reader_sees_closure_context_edges(tmp_path, heapsnapshot_package,
                                                      node_path):
    snap_path = tmp_path / "seed000.heapsnapshot"
    proc = subprocess.run([sys.executable, "-m", "scopejs", "--script", f"--heap-snapshot={snap_path}",
                           str(HERE / "seed000_counters.js")], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    script = heapsnapshot_package / "read.js"
    script.write_text(READ_WITH_PACKAGE)
    proc = subprocess.run([node_path, str(script), str(snap_path)], cwd=heapsnapshot_package,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines.count("increment -> system / Context -context-> counter: number heap number") \
        == 2
    assert lines.count("increment -> system / Context -internal-> previous: object "
                       "system / Context") == 2


def test_snapshot_written_after_an_uncaught_exception(tmp_path):
    out = tmp_path / "err.heapsnapshot"
    proc = subprocess.run([sys.executable, "-m", "scopejs", f"--heap-snapshot={out}", "-e",
                           "var keep = {tag: 1}; throw new Error('boom')"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "Error: boom" in proc.stderr
    snap = Snapshot(json.loads(out.read_text()))
    global_object = [n for n in snap.nodes if n["name"] == "global"][0]
    assert snap.edge(global_object, "property", "keep")["name"] == "Object"
