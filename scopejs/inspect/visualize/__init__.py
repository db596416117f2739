"""Step-through visualizer: ``scopejs --visualize OUT.html FILE``.

Runs a program under the shared execution hook (scopejs/inspect/debugger/hook.py) and writes one
self-contained HTML page that steps through the run, Python Tutor-style, showing what the engine
really does: the spec's Environment Records beside the registers and heap contexts the engine
allocated, function objects with their [[Environment]] arrows, `this` per frame, the heap, the
job and timer queues and the console output so far.

  heap_ids.py     weak numbering of contexts and objects (a collected context disappears)
  spec_view.py    the spec's records of a frame, read back from scope analysis
  snapshot.py     engine state -> JSON-able step descriptions
  recorder.py     the hook observer: one step per statement, function entry and exit
  page.py         the HTML page (page_assets.py: its inlined CSS and JS)
"""
from __future__ import annotations

from scopejs.inspect.visualize.recorder import DEFAULT_MAX_STEPS

__all__ = ["Visualizing", "DEFAULT_MAX_STEPS"]


class Visualizing:
    """Context manager around a run: records while inside, writes the page on exit (also when
    the run ends with an uncaught error: the page then shows the run up to it).  ``engine.stdout``
    must be an OutputTee (recorder.py), which gives the console output so far."""

    def __init__(self, engine, out_path: str, title: str, max_steps: int = DEFAULT_MAX_STEPS):
        from scopejs.inspect.visualize.recorder import StepRecorder
        self.engine = engine
        self.out_path = out_path
        self.title = title
        self.recorder = StepRecorder(engine.interpreter, engine.stdout, max_steps)

    def __enter__(self):
        from scopejs.inspect.debugger.hook import attach
        self.recorder.tracer = attach(self.engine.interpreter, self.recorder)
        return self.recorder

    def __exit__(self, *exc_info):
        from scopejs.inspect.debugger.hook import detach
        from scopejs.inspect.visualize.page import render_page
        if self.recorder.tracer is not None:   # (the step cap may have detached already)
            detach(self.engine.interpreter)
        data = self.recorder.data()
        page = render_page(data, data["blobs"], self.title)
        with open(self.out_path, "w", encoding="utf-8", errors="surrogatepass") as fh:
            fh.write(page)
        return False
