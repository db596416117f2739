"""python3 -m scopejs.interpreter.cases [--check]: regenerate (or check) the generated files."""
from __future__ import annotations

import sys

from scopejs.interpreter.cases.generate import stale_files, write_all


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--check" in argv:
        stale = stale_files()
        for path in stale:
            print(f"stale: {path} (run python3 -m scopejs.interpreter.cases)")
        return 1 if stale else 0
    for path in write_all():
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
