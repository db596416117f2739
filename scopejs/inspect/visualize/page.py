"""The visualizer's one self-contained HTML file: markup, the inlined stylesheet and script
(page_assets.py) and the recorded run as JSON in <script id="data"> (no network at all)."""
from __future__ import annotations

import html

from scopejs.inspect.visualize.page_assets import CSS, JS

__all__ = ["render_page"]

_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>scopejs visualizer: {title}</title>
<style>{css}</style>
</head>
<body>
<header>
  <h1>scopejs visualizer: {title}</h1>
  <button id="first" title="first step (Home)">|&#x25C0;</button>
  <button id="prev" title="previous step (&#x2190;)">&#x25C0; Prev</button>
  <input id="slider" type="range" min="0" max="0" value="0" aria-label="step">
  <button id="next" title="next step (&#x2192;)">Next &#x25B6;</button>
  <button id="last" title="last step (End)">&#x25B6;|</button>
  <span id="where"></span>
  <span id="capnote" hidden></span>
</header>
<main>
  <section>
    <h2>Source</h2>
    <div id="code"></div>
    <div id="retval" class="mono"></div>
    <h2 style="margin-top:10px">Console output so far</h2>
    <pre id="out"></pre>
    <div id="queues"></div>
  </section>
  <section>
    <h2>Execution context stack (running context first)</h2>
    <div id="frames"></div>
    <div class="legend mono"><span class="e">&#x2192; [[Environment]]</span><span class="r">&#x2192; reference</span><span class="p">&#x2192; previous context</span></div>
  </section>
  <section id="objects"></section>
  <section id="contexts"></section>
  <svg id="arrows"></svg>
</main>
<script id="data" type="application/json">{data}</script>
<script>{js}</script>
</body>
</html>
"""


def _json_for_script(text: str) -> str:
    """JSON safe inside <script>: no `</` sequence, no U+2028/9 surprises."""
    return text.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render_page(data: dict, blobs_json: list[str], title: str) -> str:
    import json
    body = json.dumps({k: v for k, v in data.items() if k != "blobs"}, ensure_ascii=False,
                      separators=(",", ":"))
    # the blobs are already JSON texts: splice them in as an array without re-encoding
    payload = body[:-1] + ',"blobs":[' + ",".join(blobs_json) + "]}"
    return _TEMPLATE.format(title=html.escape(title), css=CSS, js=JS,
                            data=_json_for_script(payload))
