"""test262 conformance runner: ``python -m scopejs.test262 --test262 DIR [paths or globs ...]``.

frontmatter.py reads test metadata, features.py says what is targeted (ES2025 + Annex B),
discovery.py expands files into sloppy/strict/module scenarios, host.py runs one scenario
(parse-only, or on the Engine of scopejs/api.py), pool.py runs them in parallel under timeouts,
report.py writes results, baselines and tables.
"""
