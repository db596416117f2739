"""Print the escape suite's count (tests/embedding/escapes.py): attempts and escapes.

    python3 bench/embedding/escapes.py
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

from tests.embedding.escapes import run_all  # noqa: E402

out = run_all()
print(f"{out.attempts} attempts / {len(out.escapes)} escapes")
for line in out.escapes:
    print("  ESCAPE", line)
