"""Finding test262 tests and expanding each into the runs (scenarios) it asks for.

A scenario is one execution of one file: ``sloppy`` (as written), ``strict`` (``"use strict";``
prepended) or ``module`` (module goal, never a prefix), following test262's INTERPRETING.md:
- no flags: run twice, sloppy and strict;
- ``onlyStrict``: strict only; ``noStrict`` and ``raw``: sloppy only (``raw``: no harness either);
- ``module``: once, as a module.
"""
from __future__ import annotations

import os
from fnmatch import fnmatchcase

from scopejs.test262.features import skip_reason
from scopejs.test262.frontmatter import FrontmatterError, TestMeta, parse_frontmatter

__all__ = ["Scenario", "find_tests", "scenarios_for", "STRICT_PREFIX"]

STRICT_PREFIX = '"use strict";\n'


class Scenario:
    """One run of one test file.  ``id`` is ``<path relative to test/>#<mode>``."""

    __slots__ = ("rel", "path", "mode", "meta", "skip")

    def __init__(self, rel: str, path: str, mode: str, meta: TestMeta | None, skip: str | None = None):
        self.rel = rel
        self.path = path
        self.mode = mode
        self.meta = meta
        self.skip = skip

    @property
    def id(self) -> str:
        return f"{self.rel}#{self.mode}"

    def __repr__(self) -> str:
        return f"Scenario({self.id}{', skip' if self.skip else ''})"


def modes_for(flags) -> tuple[str, ...]:
    if "module" in flags:
        return ("module",)
    if "onlyStrict" in flags:
        return ("strict",)
    if "noStrict" in flags or "raw" in flags:
        return ("sloppy",)
    return ("sloppy", "strict")


def read_test(path: str) -> str:
    with open(path, encoding="utf-8", errors="surrogatepass", newline="") as fh:
        return fh.read()


def scenarios_for(test_root: str, path: str) -> list[Scenario]:
    """The scenarios of one file (skipped ones included, with their reason)."""
    rel = os.path.relpath(path, test_root).replace(os.sep, "/")
    try:
        meta = parse_frontmatter(read_test(path))
    except (FrontmatterError, UnicodeDecodeError, OSError) as exc:
        return [Scenario(rel, path, "sloppy", None, skip=f"unreadable metadata: {exc}")]
    reason = skip_reason(rel, meta.features, meta.flags)
    return [Scenario(rel, path, mode, meta, reason) for mode in modes_for(meta.flags)]


def _is_test_file(name: str) -> bool:
    return name.endswith(".js") and "_FIXTURE" not in name


def find_tests(test262_dir: str, selectors=()) -> tuple[str, list[str]]:
    """Return (test root, sorted test file paths) selected by paths or globs relative to test/.

    A selector is a file or directory (relative to test/, to the test262 directory, or absolute),
    or a glob on paths relative to test/ (``language/expressions/class/*``).  No selector: all.
    """
    root = os.path.join(test262_dir, "test")
    if not os.path.isdir(root):
        root = test262_dir  # already the test/ directory
    selected: set[str] = set()
    globs = []
    for sel in selectors or ("",):
        candidates = [sel, os.path.join(root, sel), os.path.join(test262_dir, sel)]
        hit = next((c for c in candidates if c and os.path.exists(c)), None) if sel else root
        if hit is None:
            globs.append(sel.rstrip("/"))
            continue
        if os.path.isdir(hit):
            for dirpath, dirnames, filenames in os.walk(hit):
                dirnames.sort()
                selected.update(os.path.join(dirpath, n) for n in filenames if _is_test_file(n))
        elif _is_test_file(os.path.basename(hit)):
            selected.add(hit)
    if globs:
        for dirpath, dirnames, filenames in os.walk(root):
            for name in filenames:
                if not _is_test_file(name):
                    continue
                full = os.path.join(dirpath, name)
                rel = os.path.relpath(full, root).replace(os.sep, "/")
                if any(fnmatchcase(rel, g) or fnmatchcase(rel, g + "/*") for g in globs):
                    selected.add(full)
    return root, sorted(os.path.normpath(p) for p in selected)
