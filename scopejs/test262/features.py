"""What scopejs targets in test262: ECMAScript 2025 (ES16): every ES2024 and
ES2025 feature is in scope (array-grouping, promise-with-resolvers, arraybuffer-transfer,
resizable-arraybuffer, String.prototype.isWellFormed/toWellFormed, the RegExp v flag, set-methods,
iterator-helpers, promise-try, RegExp.escape, Float16Array, RegExp pattern modifiers, duplicate
named capture groups, import attributes and JSON modules), plus Annex B (reported separately).

One table per kind of exclusion, each entry with its reason, so the cut is decided once and read
by the runner, the docs and the tests.  A test is skipped when any of its ``features`` is in
``UNSUPPORTED_FEATURES`` (or starts with one of ``UNSUPPORTED_FEATURE_PREFIXES``), when its path
matches one of ``SKIP_PATHS``, or when it carries a flag in ``UNSUPPORTED_FLAGS``.

Feature names are test262's (its features.txt); the edition each one landed in comes from the
proposal's "finished proposals" entry (https://github.com/tc39/proposals/blob/main/finished-proposals.md).
"""
from __future__ import annotations

from fnmatch import fnmatchcase

TARGET_EDITION = "ES2025 (every ES2024 and ES2025 feature; the exclusions below are proposals, ES2026+ and shared memory)"

UNSUPPORTED_FEATURES: dict[str, str] = {
    # --- Not targeted at all (named in the brief) ---
    "Atomics": "shared memory and Atomics are out of scope (single-threaded agent)",
    "SharedArrayBuffer": "shared memory is out of scope (single-threaded agent)",
    "Atomics.waitAsync": "ES2024; shared memory is out of scope",
    "Atomics.pause": "ES2025+ ; shared memory is out of scope",
    "Temporal": "proposal (stage 3), not in ES2025",
    "ShadowRealm": "proposal (stage 2.7), not in ES2025",
    "decorators": "proposal (stage 3), not in ES2025",
    # --- ES2026 and later, and proposals ---
    "Error.isError": "ES2026 Error.isError",
    "Math.sumPrecise": "ES2026 Math.sumPrecise",
    "uint8array-base64": "ES2026 Uint8Array base64/hex",
    "upsert": "ES2026 Map.prototype.getOrInsert",
    "Array.fromAsync": "ES2026 Array.fromAsync",
    "explicit-resource-management": "ES2026 using / DisposableStack",
    "json-parse-with-source": "ES2026 JSON.parse source text access",
    "iterator-sequencing": "ES2026 Iterator.concat",
    "joint-iteration": "proposal Iterator.zip",
    "iterator-chunking": "proposal Iterator chunking",
    "Iterator.prototype.join": "proposal Iterator.prototype.join",
    "iterator-includes": "proposal Iterator.prototype.includes",
    "await-dictionary": "proposal Promise.allKeyed",
    "source-phase-imports": "proposal (stage 3) import source",
    "source-phase-imports-module-source": "proposal (stage 3) import source",
    "import-defer": "proposal (stage 3) import defer",
    "import-text": "proposal import text",
    "import-bytes": "proposal import bytes",
    "immutable-arraybuffer": "proposal immutable ArrayBuffer",
    "legacy-regexp": "proposal: legacy RegExp features (RegExp.$1 ...)",
    "error-stack-accessor": "proposal Error.prototype.stack accessor",
    "nonextensible-applies-to-private": "proposal: non-extensible objects reject private fields",
    "canonical-tz": "Temporal / Intl time-zone canonicalisation",
    "intl-normative-optional": "ECMA-402 (Intl) is out of scope",
    "Intl-enumeration": "ECMA-402 (Intl) is out of scope",
    # --- Part of ES2015 but implemented by no major engine's default config (V8 included) ---
    "tail-call-optimization": "proper tail calls: node/V8 do not implement them either",
}

UNSUPPORTED_FEATURE_PREFIXES: dict[str, str] = {
    "Intl.": "ECMA-402 (Intl) is out of scope",
}

# Directories skipped wholesale (globs on the path relative to test/).
SKIP_PATHS: dict[str, str] = {
    "intl402/*": "ECMA-402 (Intl) is out of scope",
    "staging/*": "staging tests are not yet reviewed, and mostly test proposals",
    "harness/*": "tests of test262's own harness files, not of the engine",
    "built-ins/Temporal/*": "proposal Temporal",
    "built-ins/Atomics/*": "shared memory is out of scope",
    "built-ins/SharedArrayBuffer/*": "shared memory is out of scope",
    "built-ins/ShadowRealm/*": "proposal ShadowRealm",
    "built-ins/Iterator/concat/*": "ES2026 Iterator.concat",
    "built-ins/AsyncDisposableStack/*": "ES2026 explicit resource management",
    "built-ins/DisposableStack/*": "ES2026 explicit resource management",
    "built-ins/SuppressedError/*": "ES2026 explicit resource management",
}

UNSUPPORTED_FLAGS: dict[str, str] = {
    "CanBlockIsTrue": "needs an agent that may block (Atomics.wait); ours may not",
}

# Reported as their own group: required for web engines (node has it), but not core ECMAScript.
SEPARATE_GROUPS = ("annexB",)


def skip_reason(rel_path: str, features, flags=()) -> str | None:
    """Why the test at ``rel_path`` (relative to test/) is skipped, or None to run it."""
    for pattern, reason in SKIP_PATHS.items():
        if fnmatchcase(rel_path, pattern):
            return f"path {pattern}: {reason}"
    for feature in features:
        reason = UNSUPPORTED_FEATURES.get(feature)
        if reason is not None:
            return f"feature {feature}: {reason}"
        for prefix, reason in UNSUPPORTED_FEATURE_PREFIXES.items():
            if feature.startswith(prefix):
                return f"feature {feature}: {reason}"
    for flag in flags:
        reason = UNSUPPORTED_FLAGS.get(flag)
        if reason is not None:
            return f"flag {flag}: {reason}"
    return None
