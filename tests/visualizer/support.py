"""Helpers: record a run with the visualizer and read the page's data back."""
from __future__ import annotations

import io
import json
import re
from pathlib import Path

from scopejs.api import Engine
from scopejs.inspect.visualize import Visualizing
from scopejs.inspect.visualize.recorder import OutputTee

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "tests" / "programs" / "seeds"


def record(source: str, tmp_path, *, name="t.js", max_steps=3000, lazy=True):
    """Run ``source`` under the visualizer; -> (page text, data dict, console output)."""
    out = io.StringIO()
    engine = Engine(stdout=OutputTee(out), lazy=lazy)
    page = tmp_path / "page.html"
    with Visualizing(engine, str(page), name, max_steps):
        engine.run_script(source, name)
        engine.run_jobs()
    text = page.read_text(encoding="utf-8")
    return text, page_data(text), out.getvalue()


def page_data(text: str) -> dict:
    match = re.search(r'<script id="data" type="application/json">(.*?)</script>', text, re.S)
    return json.loads(match.group(1).replace("<\\/", "</"))


class Step:
    """One recorded step with its interned descriptions resolved."""

    def __init__(self, data, index):
        self.index = index
        raw = data["steps"][index]
        blobs = data["blobs"]
        self.kind = raw["k"]
        self.frames = [blobs[i] for i in raw["fr"]]
        self.contexts = [blobs[i] for i in raw["cx"]]
        self.heap = {o["n"]: o for o in (blobs[i] for i in raw["hp"])}
        self.gone = raw.get("gone", [])
        self.output = data["output"][:raw["o"]]
        self.queues = blobs[raw["q"]]

    @property
    def top(self):
        return self.frames[0]

    def functions(self, name):
        return [o for o in self.heap.values() if o["t"] == "function" and o["name"] == name]

    def context_slots(self, context):
        return {slot[0]: slot[1] for slot in context["slots"]}


def steps(data):
    return [Step(data, i) for i in range(len(data["steps"]))]
