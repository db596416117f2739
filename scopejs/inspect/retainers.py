"""Retaining paths: why is this object still alive? (``--retainers EXPR``, ``console.retainers``)

On the heap graph of scopejs.inspect.heap_snapshot, the shortest path from the roots to each of
the object's direct retainers, printed in JavaScript's terms:

    global.myCounter -> increment -> [[Environment]] -> Context(createCounter).counter

Weak edges (WeakRef targets, WeakMap/WeakSet keys, FinalizationRegistry targets) never retain.
"""
from __future__ import annotations

from collections import deque

from scopejs.inspect.heap_snapshot import HeapGraph, context_label
from scopejs.runtime.environments import Context
from scopejs.runtime.objects.ordinary import JSObject
from scopejs.runtime.values import JSSymbol

MAX_PATHS = 8


def retaining_paths(host, target, max_paths: int = MAX_PATHS) -> list[list]:
    """Up to ``max_paths`` shortest root paths (lists of (from node, edge type, name, to node)),
    one per direct retainer of ``target``, shortest first; [] when nothing retains it."""
    graph = HeapGraph.build(host)
    goal = graph.node_for(target)
    if goal is None:
        return []
    parent = _shortest_path_tree(graph)
    paths = []
    for node in graph.nodes:
        for etype, name, child in node.edges:
            if child is goal and etype not in ("weak", "shortcut") and id(node) in parent \
                    and node is not goal:
                path = _path_to(parent, node)
                if path is not None and all(step[0] is not goal for step in path):
                    paths.append(path + [(node, etype, name, goal)])
    paths.sort(key=lambda path: (_via_stack(path), len(path)))
    unique, seen = [], set()
    for path in paths:
        key = format_path(path)
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique[:max_paths]


def _via_stack(path) -> bool:
    """Paths from the heap come first; the registers of running frames after them."""
    return any(src.name.startswith("system / Frame ") for src, _e, _n, _d in path)


def _shortest_path_tree(graph):
    """BFS from the root over strong edges: id(node) -> (parent node, edge type, name)."""
    root = graph.nodes[0]
    parent = {id(root): None}
    queue = deque([root])
    while queue:
        node = queue.popleft()
        for etype, name, child in node.edges:
            if etype in ("weak", "shortcut") or id(child) in parent:
                continue
            parent[id(child)] = (node, etype, name)
            queue.append(child)
    return parent


def _path_to(parent, node):
    steps = []
    while True:
        link = parent.get(id(node))
        if link is None:
            break
        src, etype, name = link
        steps.append((src, etype, name, node))
        node = src
    steps.reverse()
    return steps


def _edge_text(src, etype, name) -> str:
    if etype == "context":
        obj = src.obj
        label = context_label(obj) if obj.__class__ is Context else "Script"
        return f"{label}.{name}"
    if etype == "element":
        return f"[{name}]"
    if etype == "property":
        return str(name)
    if name == "context" and src.type == "closure":
        return "[[Environment]]"
    if src.name == "system / AccessorPair":
        return "[[Get]]" if name == "getter" else "[[Set]]"
    return f"[[{name}]]"


def format_path(path) -> str:
    """One path in JS terms, starting at the first labelled node (``global``, ``Script``, a
    stack frame) rather than at the synthetic roots."""
    start = 0
    for i, (src, _etype, _name, _dst) in enumerate(path):
        if src.label is not None or src.name.startswith("system / Frame"):
            start = i
            break
    parts = []
    for i, (src, etype, name, _dst) in enumerate(path[start:]):
        text = _edge_text(src, etype, name)
        if i == 0:
            if src.label is not None and etype == "property":
                text = f"{src.label}.{text}"
            elif src.name.startswith("system / Frame "):
                text = f"(stack: {src.name[len('system / Frame '):]}) {name}"
            elif src.label is None and etype != "context":
                text = f"({src.name}) {text}"
        parts.append(text)
    return " -> ".join(parts)


def describe_retainers(host, target) -> str:
    """The text ``--retainers`` and ``console.retainers`` print."""
    if not isinstance(target, (JSObject, JSSymbol)):
        return "(a primitive value: nothing retains it by reference)"
    paths = retaining_paths(host, target)
    if not paths:
        return "(no retaining path from the roots: the object is unreachable or not on the heap)"
    return "\n".join(format_path(p) for p in paths)
