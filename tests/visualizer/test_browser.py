"""The visualizer page in a real headless browser (Debian's chromium; skipped where absent):
the DOM at chosen steps, opened through the ``#step=N`` / ``#step=last`` fragment."""
from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.visualizer.support import SEEDS, Step, record, steps
from tests.visualizer.test_recording import two_counter_step

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium (apt-get install chromium)")


def dump_dom(page, fragment: str) -> str:
    result = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-extensions",
         "--virtual-time-budget=3000", "--window-size=1600,1000", "--dump-dom",
         f"file://{page}#{fragment}"],
        capture_output=True, text=True, timeout=120)
    assert "<body" in result.stdout, result.stderr[-2000:]
    return result.stdout


def attrs(tag: str) -> dict:
    return dict(re.findall(r'([\w-]+)="([^"]*)"', tag))


def context_boxes(dom: str) -> dict:
    """context number -> {slot name: shown value} of the drawn contexts."""
    out = {}
    for match in re.finditer(r'<div class="box ctx" id="ctx-(\d+)"(.*?)</table>', dom, re.S):
        slots = dict(re.findall(r'<tr data-slot="([^"]+)"><td class="n">[^<]*</td><td>'
                                r'<span class="v[^"]*"[^>]*>([^<]*)</span>', match.group(2)))
        out[int(match.group(1))] = slots
    return out


def function_boxes(dom: str) -> dict:
    """object number -> function name of the drawn function objects."""
    return {int(n): name for n, name in re.findall(
        r'<div class="box obj function" id="obj-(\d+)" data-name="([^"]+)"', dom)}


def arrows(dom: str, kind: str) -> list[tuple[str, str]]:
    out = []
    for tag in re.findall(r"<path [^>]*>", dom):
        a = attrs(tag)
        if a.get("class") == f"arrow {kind}":
            out.append((a["data-from"], a["data-to"]))
    return out


@pytest.fixture(scope="module")
def two_counters(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("vis")
    text, data, _ = record((SEEDS / "s000_two_counters.js").read_text(), tmp,
                           name="s000_two_counters.js")
    return tmp / "page.html", data


def test_two_counters_step_in_the_browser(two_counters):
    page, data = two_counters
    step = two_counter_step(data)
    dom = dump_dom(page, f"step={step.index}")
    assert f'<body data-step="{step.index}">' in dom
    # the current line is highlighted
    assert re.search(rf'<span class="ln cur" id="L{step.top["line"]}">', dom)
    contexts = context_boxes(dom)
    assert sorted(slots["counter"] for slots in contexts.values()) == ["100", "200"]
    by_value = {slots["counter"]: n for n, slots in contexts.items()}
    functions = function_boxes(dom)
    env_arrows = arrows(dom, "env")
    # every increment/get has exactly one [[Environment]] arrow, to its own counter's context
    targets = {}
    for number, name in functions.items():
        if name in ("increment", "get"):
            mine = [to for frm, to in env_arrows if frm == f"obj-{number}"]
            assert len(mine) == 1, (name, mine)
            targets.setdefault(name, set()).add(mine[0])
    expected = {f"ctx-{by_value['100']}", f"ctx-{by_value['200']}"}
    assert targets == {"increment": expected, "get": expected}
    # the two functions of one counter object point to the same context
    model = Step(data, step.index)
    for obj in (o for o in model.heap.values() if o["t"] == "object"):
        props = dict(obj["props"])
        pair = {to for frm, to in env_arrows
                if frm in (f"obj-{props['increment'][1]}", f"obj-{props['get'][1]}")}
        assert len(pair) == 1
    # the global record's myCounter1 / myCounter2 bindings point at the two counter objects
    refs = arrows(dom, "ref")
    for obj in (o for o in model.heap.values() if o["t"] == "object"):
        assert ("frame:(global)", f"obj-{obj['n']}") in refs


def test_step_last_and_output(two_counters):
    page, data = two_counters
    dom = dump_dom(page, "step=last")
    last = len(data["steps"]) - 1
    assert f'<body data-step="{last}">' in dom
    out = re.search(r'<pre id="out">(.*?)</pre>', dom, re.S).group(1)
    assert out.splitlines()[:2] == ["100 200", "103 205"]
    first = dump_dom(page, "step=0")
    assert '<body data-step="0">' in first
    assert re.search(r'<pre id="out"></pre>', first)


def test_collected_context_disappears_in_the_drawing(tmp_path):
    source = ("function make() { let x = {big: 1}; return () => x; }\n"
              "function use() { const g = make();\n  return g().big; }\n"
              "use();\n"
              "console.log('after');\n")
    _, data, _ = record(source, tmp_path)
    all_steps = steps(data)
    inside = next(s for s in all_steps if s.top["line"] == 3 and s.top["name"] == "use")
    after = next(s for s in all_steps if s.top["line"] == 5)
    page = tmp_path / "page.html"
    dom_inside = dump_dom(page, f"step={inside.index}")
    dom_after = dump_dom(page, f"step={after.index}")
    assert len(context_boxes(dom_inside)) == 1
    assert context_boxes(dom_after) == {}
    assert "collected since the previous step" in dom_after


def test_keyboard_buttons_and_slider(two_counters, tmp_path):
    """Arrow keys, the Prev/Next buttons and the slider move between steps (events dispatched
    by a script appended to a copy of the page, then the DOM is dumped)."""
    page, data = two_counters
    driver = """<script>
      function key(k) { document.dispatchEvent(new KeyboardEvent("keydown", {key: k})); }
      key("ArrowRight"); key("ArrowRight"); key("ArrowRight");
      document.getElementById("prev").click();
      var after_keys = document.body.dataset.step;
      var s = document.getElementById("slider"); s.value = "7";
      s.dispatchEvent(new Event("input"));
      document.getElementById("next").click();
      document.body.dataset.afterKeys = after_keys;
      document.body.dataset.hash = location.hash;
    </script></body>"""
    copy = tmp_path / "driven.html"
    copy.write_text(page.read_text(encoding="utf-8").replace("</body>", driver, 1),
                    encoding="utf-8")
    dom = dump_dom(copy, "step=2")
    body = attrs(re.search(r"<body[^>]*>", dom).group(0))
    assert body["data-after-keys"] == "4"          # 2 + 3 right - 1 prev
    assert body["data-step"] == "8"                # slider to 7, then next
    assert body["data-hash"] == "#step=8"


def test_the_page_says_when_the_step_cap_was_hit(tmp_path):
    source = "let n = 0;\nfor (let i = 0; i < 50; i++) { n += i; }\nconsole.log(n);\n"
    record(source, tmp_path, max_steps=6)
    dom = dump_dom(tmp_path / "page.html", "step=last")
    assert '<body data-step="5">' in dom
    assert re.search(r'<span id="capnote">recording stopped after 6 steps', dom)
