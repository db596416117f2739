"""Every ```python example of docs/embedding.md runs (each in a fresh namespace)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "embedding.md"
EXAMPLES = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def test_the_doc_has_an_example_per_section():
    assert len(EXAMPLES) >= 9


@pytest.mark.parametrize("index", range(len(EXAMPLES)))
def test_doc_example_runs(index):
    exec(compile(EXAMPLES[index], f"docs/embedding.md example {index + 1}", "exec"), {})
