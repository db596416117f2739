"""The visualizer page's stylesheet and script, inlined into every generated HTML file (the page
needs no network).  The script reads the recorded run from <script id="data">, draws one step
into the DOM and the SVG arrows over it, and handles prev/next, the slider, arrow keys and the
``#step=N`` / ``#step=last`` fragment."""

CSS = r"""
* { box-sizing: border-box; }
body { font: 13px/1.35 system-ui, sans-serif; margin: 0; color: #1d2430; background: #f6f7f9; }
header { position: sticky; top: 0; z-index: 5; background: #1d2430; color: #fff; padding: 6px 12px;
         display: flex; gap: 10px; align-items: center; flex-wrap: wrap; }
header h1 { font-size: 14px; margin: 0 8px 0 0; font-weight: 600; }
header button { font: inherit; padding: 2px 10px; }
header input[type=range] { width: 260px; }
#where { font-family: ui-monospace, monospace; }
#capnote { background: #ffd24d; color: #222; padding: 1px 6px; border-radius: 3px; }
main { display: grid; grid-template-columns: minmax(260px, 1fr) minmax(330px, 1.35fr) minmax(230px, .9fr) minmax(250px, 1fr);
       gap: 14px; padding: 12px; position: relative; align-items: start; }
section h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .05em; color: #5a6475;
             margin: 0 0 6px; }
pre, code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12px; }
#code { background: #fff; border: 1px solid #d7dbe2; border-radius: 4px; overflow: auto; }
#code .ln { display: block; white-space: pre; padding: 0 6px; }
#code .ln .no { color: #9aa3b2; display: inline-block; width: 3.2em; text-align: right; margin-right: 8px; }
#code .ln.cur { background: #fff1a8; }
#code .ln.cur .no::before { content: "\25B6 "; color: #d14; }
.box { background: #fff; border: 1px solid #c9ced8; border-radius: 4px; margin-bottom: 8px; }
.box > .hd { padding: 3px 6px; font-weight: 600; border-bottom: 1px solid #e3e6eb; background: #eef1f5; }
.frame.top > .hd { background: #dff0ff; }
.frame .cols { display: grid; grid-template-columns: 1.25fr 1fr; gap: 6px; padding: 6px; }
.frame .cols > div > .sub { font-size: 11px; color: #5a6475; text-transform: uppercase; margin-bottom: 3px; }
.rec { border: 1px dashed #9fb0c8; border-radius: 3px; margin-bottom: 4px; padding: 2px 4px; }
.rec .rk { font-size: 11px; color: #33507a; }
table.b { border-collapse: collapse; width: 100%; }
table.b td { padding: 1px 4px; vertical-align: top; border-top: 1px solid #f0f1f4; }
table.b td.n { font-family: ui-monospace, monospace; color: #6b2d8f; white-space: nowrap; }
table.b td.w { color: #7b8494; font-size: 11px; white-space: nowrap; }
.v { font-family: ui-monospace, monospace; }
.v.u { color: #b00; font-style: italic; }
.v.x { color: #999; font-style: italic; }
.v.ref { color: #0a58ca; }
.ctx { border-color: #7aa7d6; }
.ctx > .hd { background: #e4efff; }
.ctx .dropped td { color: #9aa3b2; text-decoration: line-through; }
.ctx .dropped td.w { text-decoration: none; }
.obj.function > .hd { background: #e8f6e8; }
.this { padding: 2px 6px; font-size: 12px; }
.gone { color: #b00; font-size: 12px; margin-bottom: 6px; }
#queues ul { margin: 0; padding-left: 18px; }
#out { background: #111; color: #eee; padding: 6px; border-radius: 4px; min-height: 2em; white-space: pre-wrap; }
svg#arrows { position: absolute; left: 0; top: 0; pointer-events: none; overflow: visible; z-index: 3; }
svg#arrows path { fill: none; stroke-width: 1.4; opacity: .8; }
svg#arrows path.ref { stroke: #0a58ca; }
svg#arrows path.env { stroke: #d9480f; stroke-width: 2; }
svg#arrows path.prev { stroke: #6f42c1; stroke-dasharray: 4 3; }
.legend span { margin-right: 10px; }
.legend .e { color: #d9480f; } .legend .r { color: #0a58ca; } .legend .p { color: #6f42c1; }
"""

JS = r"""
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("data").textContent);
  var steps = DATA.steps, blobs = DATA.blobs;
  var cur = 0;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function val(v) {
    // ["p", text] primitive, ["r", n] object, ["c", n] context, ["u"] TDZ, ["x", why] not held
    var s;
    switch (v[0]) {
      case "p": return el("span", "v", v[1]);
      case "u": return el("span", "v u", "<uninitialized>");
      case "x": return el("span", "v x", "(" + v[1] + ")");
      case "r": s = el("span", "v ref", "\u2192 #" + v[1]); s.dataset.ref = "obj-" + v[1]; return s;
      case "c": s = el("span", "v ref", "\u2192 context #" + v[1]); s.dataset.ref = "ctx-" + v[1]; return s;
    }
    return el("span", "v x", "?");
  }
  function row(tbl, name, v, where, cls) {
    var tr = el("tr", cls || "");
    tr.appendChild(el("td", "n", name));
    var td = el("td"); td.appendChild(val(v)); tr.appendChild(td);
    if (where !== undefined) tr.appendChild(el("td", "w", where));
    tbl.appendChild(tr);
    return tr;
  }
  function box(cls, title, id) {
    var b = el("div", "box " + cls);
    if (id) b.id = id;
    b.appendChild(el("div", "hd", title));
    return b;
  }

  function drawCode(step, top) {
    var pane = document.getElementById("code");
    var src = DATA.sources[step.s];
    if (pane.dataset.src !== String(step.s)) {
      pane.textContent = "";
      var lines = src.text.split("\n");
      for (var i = 0; i < lines.length; i++) {
        var ln = el("span", "ln"); ln.id = "L" + (i + 1);
        ln.appendChild(el("span", "no", String(i + 1)));
        ln.appendChild(document.createTextNode(lines[i]));
        pane.appendChild(ln);
      }
      pane.dataset.src = String(step.s);
    }
    var old = pane.querySelector(".ln.cur"); if (old) old.classList.remove("cur");
    var line = document.getElementById("L" + top.line);
    if (line) { line.classList.add("cur"); if (line.scrollIntoViewIfNeeded) line.scrollIntoViewIfNeeded(); }
  }

  function drawFrames(step) {
    var pane = document.getElementById("frames");
    pane.textContent = "";
    step.fr.forEach(function (bi, i) {
      var f = blobs[bi];
      if (f.skipped) pane.appendChild(el("div", "gone", "\u2026 " + f.skipped + " more frames not shown \u2026"));
      var b = box("frame" + (i === 0 ? " top" : ""), f.name + "  (line " + f.line + ":" + f.col + ")");
      b.dataset.name = f.name;
      if (f.this) { var t = el("div", "this"); t.appendChild(el("b", "", "this: ")); t.appendChild(val(f.this)); b.appendChild(t); }
      var cols = el("div", "cols");
      var spec = el("div"); spec.appendChild(el("div", "sub", "spec view: Environment Records"));
      f.spec.forEach(function (r) {
        var rec = el("div", "rec"); rec.dataset.kind = r.kind;
        rec.appendChild(el("div", "rk", r.kind + (r.label ? " \u2014 " + r.label : "")));
        var tbl = el("table", "b");
        r.bindings.forEach(function (bd) { row(tbl, bd[0], bd[1], bd[2]); });
        rec.appendChild(tbl);
        if (r.ctx !== null && r.ctx !== undefined) {
          var c = el("div", "w"); c.appendChild(document.createTextNode("engine: ")); c.appendChild(val(["c", r.ctx])); rec.appendChild(c);
        }
        spec.appendChild(rec);
      });
      if (f.outer) {
        var o = el("div", "w"); o.appendChild(document.createTextNode("[[OuterEnv]] of the function record: ")); o.appendChild(val(f.outer)); spec.appendChild(o);
      }
      var eng = el("div"); eng.appendChild(el("div", "sub", "engine view"));
      var regs = el("table", "b");
      f.regs.forEach(function (r) { row(regs, r[0], r[2], r[1]); });
      if (!f.regs.length) eng.appendChild(el("div", "v x", "(no variables in registers)"));
      eng.appendChild(regs);
      var chain = el("div", "mono", "context chain: " + (f.chain.length ? f.chain.map(function (n) { return "#" + n; }).join(" \u2192 ") + " \u2192 global" : "none (global)"));
      eng.appendChild(chain);
      cols.appendChild(spec); cols.appendChild(eng);
      b.appendChild(cols);
      pane.appendChild(b);
    });
  }

  function drawHeap(step) {
    var pane = document.getElementById("contexts");
    pane.textContent = "";
    if (step.gone && step.gone.length) {
      pane.appendChild(el("div", "gone", "collected since the previous step: " + step.gone.map(function (n) { return "context #" + n; }).join(", ")));
    }
    pane.appendChild(el("h2", "", "Contexts (heap scopes the engine allocated)"));
    if (!step.cx.length) pane.appendChild(el("div", "v x", "(none: every variable so far lives in registers or the global record)"));
    step.cx.forEach(function (bi) {
      var c = blobs[bi];
      var b = box("ctx", "context #" + c.n + "  " + c.label, "ctx-" + c.n);
      b.dataset.label = c.label;
      var tbl = el("table", "b");
      c.slots.forEach(function (s, i) { var tr = row(tbl, s[0], s[1], "[" + i + "]"); tr.dataset.slot = s[0]; });
      (c.dropped || []).forEach(function (s) {
        // shown as text only (no arrow): the engine no longer holds these
        var v = s[1][0] === "r" ? ["p", "#" + s[1][1]] : s[1];
        var tr = row(tbl, s[0], v, s[2].replace("register ", "") + ", spec only", "dropped");
        tr.title = "in the spec's record; the engine kept it in a register, dropped at return";
        tr.dataset.dropped = s[0];
      });
      var p = el("tr"); p.appendChild(el("td", "n", "previous"));
      var td = el("td"); td.appendChild(c.prev === null ? el("span", "v", "global") : val(["c", c.prev])); p.appendChild(td); tbl.appendChild(p);
      b.appendChild(tbl);
      pane.appendChild(b);
    });
    pane = document.getElementById("objects");
    pane.textContent = "";
    pane.appendChild(el("h2", "", "Objects and functions"));
    step.hp.forEach(function (bi) {
      var o = blobs[bi];
      var title = o.t === "function" ? "function " + o.name : (o.t === "builtin" ? "built-in " + o.name : (o.t === "bound" ? "bound " + o.name : o.cls));
      var b = box("obj " + o.t, "#" + o.n + "  " + title, "obj-" + o.n);
      var tbl = el("table", "b");
      if (o.t === "function") {
        b.dataset.name = o.name;
        var tr = el("tr"); tr.appendChild(el("td", "n", "[[Environment]]"));
        var td = el("td");
        var env = o.env === null ? el("span", "v", "global") : val(["c", o.env]);
        if (o.env !== null) env.dataset.kind = "env";
        td.appendChild(env); tr.appendChild(td); tbl.appendChild(tr);
        if (o.specEnv) {
          var sp = row(tbl, "spec record", ["p", o.specEnv[0]], o.specEnv[1] ? "" : "not allocated: nothing in it is captured");
          sp.className = "specenv";
        }
        row(tbl, "[[ThisMode]]", ["p", o.thisMode]);
        if (o.lazy) row(tbl, "bytecode", ["x", "not compiled yet (lazy)"]);
      } else if (o.t === "bound") {
        row(tbl, "[[BoundTargetFunction]]", o.target);
        row(tbl, "[[BoundThis]]", o.boundThis);
      } else if (o.props) {
        o.props.forEach(function (p) { row(tbl, p[0], p[1]); });
      }
      b.appendChild(tbl);
      pane.appendChild(b);
    });
    if (step.heapCut) pane.appendChild(el("div", "v x", "(more objects not shown)"));
  }

  function drawSide(step) {
    var q = blobs[step.q];
    var pane = document.getElementById("queues");
    pane.textContent = "";
    [["Microtasks (job queue)", q.jobs], ["Timers", q.timers]].forEach(function (pair) {
      pane.appendChild(el("h2", "", pair[0]));
      if (!pair[1].length) { pane.appendChild(el("div", "v x", "(empty)")); return; }
      var ul = el("ul");
      pair[1].forEach(function (t) { ul.appendChild(el("li", "mono", t)); });
      pane.appendChild(ul);
    });
    document.getElementById("out").textContent = DATA.output.slice(0, step.o);
    var rv = document.getElementById("retval");
    rv.textContent = "";
    if (step.v) {
      rv.appendChild(document.createTextNode(step.k === "throw" ? "throws: " : "returns: "));
      rv.appendChild(val(step.v));
    }
  }

  function center(r, side) {
    return side === "l" ? [r.left, r.top + r.height / 2] : [r.right, r.top + r.height / 2];
  }
  function drawArrows() {
    var svg = document.getElementById("arrows");
    while (svg.lastChild) svg.removeChild(svg.lastChild);
    var main = document.querySelector("main");
    var base = main.getBoundingClientRect();
    svg.setAttribute("width", main.scrollWidth); svg.setAttribute("height", main.scrollHeight);
    var NS = "http://www.w3.org/2000/svg";
    var marker = document.createElementNS(NS, "defs");
    marker.innerHTML = '<marker id="ah" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker>';
    svg.appendChild(marker);
    document.querySelectorAll("main [data-ref]").forEach(function (src) {
      var target = document.getElementById(src.dataset.ref);
      if (!target) return;
      var a = src.getBoundingClientRect(), b = target.getBoundingClientRect();
      if (!a.width && !a.height) return;
      var y1 = a.top + a.height / 2 - base.top, y2 = b.top + 11 - base.top;
      var d;
      if (b.left >= a.right - 2) {            // target column to the right
        var x1 = a.right - base.left, x2 = b.left - base.left, dx = Math.max(30, (x2 - x1) / 2);
        d = "M" + x1 + "," + y1 + " C" + (x1 + dx) + "," + y1 + " " + (x2 - dx) + "," + y2 + " " + x2 + "," + y2;
      } else if (b.right <= a.left + 2) {     // target column to the left
        var x1l = a.left - base.left, x2l = b.right - base.left, dxl = Math.max(30, (x1l - x2l) / 2);
        d = "M" + x1l + "," + y1 + " C" + (x1l - dxl) + "," + y1 + " " + (x2l + dxl) + "," + y2 + " " + x2l + "," + y2;
      } else {                                // same column: loop out on the right
        var col = src.closest("section").getBoundingClientRect();
        var xr = col.right - base.left, xs = a.right - base.left, xt = b.right - base.left;
        var out = xr + 18 + Math.min(40, Math.abs(y2 - y1) / 12);
        d = "M" + xs + "," + y1 + " C" + out + "," + y1 + " " + out + "," + y2 + " " + xt + "," + y2;
      }
      var p = document.createElementNS(NS, "path");
      p.setAttribute("d", d);
      var box = src.closest(".box");
      var kind = src.dataset.kind === "env" ? "env" : (src.closest("tr") && src.closest("tr").firstChild.textContent === "previous" ? "prev" : "ref");
      p.setAttribute("class", "arrow " + kind);
      p.setAttribute("marker-end", "url(#ah)");
      p.setAttribute("data-from", box && box.id ? box.id : (box && box.dataset.name ? "frame:" + box.dataset.name : "frame"));
      p.setAttribute("data-to", src.dataset.ref);
      svg.appendChild(p);
    });
  }

  function show(i) {
    if (!steps.length) return;
    cur = Math.max(0, Math.min(steps.length - 1, i));
    var step = steps[cur];
    var top = blobs[step.fr[0]];
    document.body.dataset.step = String(cur);
    drawCode(step, top);
    drawFrames(step);
    drawHeap(step);
    drawSide(step);
    var kinds = {call: "enter function", step: "statement", "return": "return", "throw": "throw"};
    document.getElementById("where").textContent = "step " + cur + " / " + (steps.length - 1) + ": " + (kinds[step.k] || step.k) + " in " + top.name + " at line " + top.line + ":" + top.col;
    document.getElementById("slider").value = String(cur);
    drawArrows();
    var want = "#step=" + cur;
    if (location.hash !== want && location.hash !== "#step=last" && history.replaceState) history.replaceState(null, "", want);
  }
  function fromHash() {
    var m = /step=(\d+|last)/.exec(location.hash);
    if (!m) return 0;
    return m[1] === "last" ? steps.length - 1 : parseInt(m[1], 10);
  }

  var slider = document.getElementById("slider");
  slider.max = String(Math.max(0, steps.length - 1));
  slider.addEventListener("input", function () { show(parseInt(slider.value, 10)); });
  document.getElementById("prev").addEventListener("click", function () { show(cur - 1); });
  document.getElementById("next").addEventListener("click", function () { show(cur + 1); });
  document.getElementById("first").addEventListener("click", function () { show(0); });
  document.getElementById("last").addEventListener("click", function () { show(steps.length - 1); });
  document.addEventListener("keydown", function (e) {
    if (e.key === "ArrowRight" || e.key === "ArrowDown") { show(cur + 1); e.preventDefault(); }
    else if (e.key === "ArrowLeft" || e.key === "ArrowUp") { show(cur - 1); e.preventDefault(); }
    else if (e.key === "Home") show(0); else if (e.key === "End") show(steps.length - 1);
  });
  window.addEventListener("hashchange", function () { show(fromHash()); });
  window.addEventListener("resize", drawArrows);
  if (DATA.truncated) {
    var cap = document.getElementById("capnote");
    cap.hidden = false;
    cap.textContent = "recording stopped after " + DATA.maxSteps + " steps (--visualize-max-steps); the program ran on";
  }
  show(fromHash());
})();
"""
