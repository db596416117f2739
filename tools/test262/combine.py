"""Combine results files of the test262 runner into one: later files override earlier ones
scenario by scenario (a directory re-run on a newer commit replaces its first results).

    python3 tools/test262/combine.py OUT.json FIRST.json [LATER.json ...]

The output keeps each input's provenance (file, date, commit) under "sources", so the docs can
say which scenarios were measured on which commit."""
from __future__ import annotations

import json
import sys


def combine(paths: list[str]) -> dict:
    results: dict = {}
    sources = []
    mode = None
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        if mode is not None and data["mode"] != mode:
            raise SystemExit(f"{path}: mode {data['mode']!r} differs from {mode!r}")
        mode = data["mode"]
        results.update(data["results"])
        sources.append({"file": path, "date": data.get("date"), "commit": data.get("commit"),
                        "scenarios": len(data["results"])})
    first = json.load(open(paths[0], encoding="utf-8"))
    return {"format": first["format"], "mode": mode, "test262": first["test262"],
            "sources": sources, "results": results}


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    out, *inputs = argv
    combined = combine(inputs)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(combined, fh, indent=0, sort_keys=True)
    print(f"{out}: {len(combined['results'])} scenarios from {len(inputs)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
