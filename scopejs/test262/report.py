"""Results: JSON files, the small committed baseline, comparisons, and the table by directory."""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from fnmatch import fnmatchcase

from scopejs.test262.features import SEPARATE_GROUPS

__all__ = ["group_skips", "write_results", "load_failing", "make_baseline", "compare", "Expectations",
           "table_by_directory", "group_causes", "directory_of"]


def write_results(path: str, results: dict, *, mode: str, extra: dict | None = None) -> None:
    """Full results: {id: {"status": ..., "reason": ...}} (reason omitted when empty)."""
    data = {"format": "scopejs-test262-results", "mode": mode, **(extra or {}),
            "results": {tid: ({"status": s, "reason": r} if r else {"status": s})
                        for tid, (s, r) in sorted(results.items())}}
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=0, ensure_ascii=False)
        fh.write("\n")


def make_baseline(results: dict, *, mode: str, depth: int = 2) -> dict:
    """The committed baseline: counts per directory and the sorted ids that fail (no passes)."""
    counts = {}
    for key, row in table_by_directory(results, depth).items():
        counts[key] = {"pass": row["pass"], "fail": row["fail"], "skip": row["skip"]}
    return {"format": "scopejs-test262-baseline", "mode": mode, "counts": counts,
            "failing": sorted(tid for tid, (s, _) in results.items() if s == "fail")}


def load_failing(path: str) -> tuple[set[str], set[str] | None]:
    """(failing ids, all known ids or None) from a baseline or a full results file."""
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    if "results" in data:
        res = data["results"]
        return {t for t, v in res.items() if v["status"] == "fail"}, set(res)
    return set(data.get("failing", ())), None


def compare(results: dict, baseline_path: str) -> tuple[list[str], list[str]]:
    """(regressions, new passes) of ``results`` against a saved baseline or results file.

    A regression is a test failing now that the baseline did not list as failing (and, when the
    baseline is a full results file, that it ran); a new pass is one it listed that passes now.
    """
    failing_before, known = load_failing(baseline_path)
    regressions = sorted(tid for tid, (s, _) in results.items()
                         if s == "fail" and tid not in failing_before and (known is None or tid in known))
    new_passes = sorted(tid for tid, (s, _) in results.items() if s == "pass" and tid in failing_before)
    return regressions, new_passes


class Expectations:
    """An expected-failures file: one glob per line (on ids or paths), ``# reason`` comments."""

    def __init__(self, patterns: list[tuple[str, str]]):
        self.patterns = patterns
        self._exact = {p for p, _ in patterns if not any(c in p for c in "*?[")}
        self._globs = [p for p, _ in patterns if p not in self._exact]

    @classmethod
    def load(cls, path: str) -> "Expectations":
        patterns = []
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                text, _, reason = line.partition("#")
                text = text.strip()
                if text:
                    patterns.append((text, reason.strip()))
        return cls(patterns)

    def expects_failure(self, tid: str) -> bool:
        rel = tid.partition("#")[0]
        if tid in self._exact or rel in self._exact:
            return True
        return any(fnmatchcase(tid, g) or fnmatchcase(rel, g) for g in self._globs)

    def check(self, results: dict) -> tuple[list[str], list[str]]:
        """(unexpected failures, unexpected passes)."""
        bad = sorted(t for t, (s, _) in results.items() if s == "fail" and not self.expects_failure(t))
        good = sorted(t for t, (s, _) in results.items() if s == "pass" and self.expects_failure(t))
        return bad, good


def directory_of(tid: str, depth: int) -> str:
    parts = tid.partition("#")[0].split("/")[:-1]
    return "/".join(parts[:depth]) or "."


def table_by_directory(results: dict, depth: int = 2) -> dict[str, dict]:
    rows: dict[str, dict] = defaultdict(lambda: {"pass": 0, "fail": 0, "skip": 0})
    for tid, (status, _) in results.items():
        rows[directory_of(tid, depth)][status] += 1
    return dict(sorted(rows.items()))


def _rate(row) -> str:
    ran = row["pass"] + row["fail"]
    return f"{100.0 * row['pass'] / ran:6.2f}%" if ran else "     - "


def format_table(results: dict, depth: int = 2) -> str:
    rows = table_by_directory(results, depth)
    width = max([len(k) for k in rows] + [34])
    lines = [f"{'directory':<{width}}  {'pass':>7} {'fail':>7} {'skip':>7}   rate",
             "-" * (width + 34)]
    for key, row in rows.items():
        lines.append(f"{key:<{width}}  {row['pass']:>7} {row['fail']:>7} {row['skip']:>7}  {_rate(row)}")
    lines.append("-" * (width + 34))
    groups: dict[str, dict] = defaultdict(lambda: {"pass": 0, "fail": 0, "skip": 0})
    for tid, (status, _) in results.items():
        top = tid.split("/", 1)[0]
        group = f"{top} (reported separately)" if top in SEPARATE_GROUPS else "ECMAScript (language, built-ins)"
        groups[group][status] += 1
        groups["all"][status] += 1
    for key, row in sorted(groups.items(), key=lambda kv: kv[0] == "all"):
        lines.append(f"{key:<{width}}  {row['pass']:>7} {row['fail']:>7} {row['skip']:>7}  {_rate(row)}")
    return "\n".join(lines)


_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|`[^`\n]*`")
_NUMBER = re.compile(r"\b\d+(\.\d+)?\b")
_LOCATION = re.compile(r"\s*\(?[\w./-]+\.js:\d+:\d+\)?")


def normalize_reason(reason: str) -> str:
    """A failure reason with its particulars (names, numbers, places) blanked, for grouping."""
    text = _LOCATION.sub("", reason)
    text = _QUOTED.sub("'…'", text)
    text = _NUMBER.sub("N", text)
    return text[:160]


def group_causes(results: dict, limit: int = 40) -> list[tuple[str, int, list[str]]]:
    """The most common failure causes: (normalized reason, count, up to 3 example ids)."""
    counter: Counter = Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for tid, (status, reason) in sorted(results.items()):
        if status != "fail":
            continue
        key = normalize_reason(reason)
        counter[key] += 1
        if len(examples[key]) < 3:
            examples[key].append(tid)
    return [(key, count, examples[key]) for key, count in counter.most_common(limit)]


def group_skips(results: dict) -> list[tuple[str, int]]:
    """Skipped scenarios by reason (the feature, path or flag that excluded them), most first."""
    counter: Counter = Counter()
    for status, reason in results.values():
        if status == "skip":
            counter[reason.split(":", 1)[0]] += 1
    return counter.most_common()
