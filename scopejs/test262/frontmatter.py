"""test262 test metadata: the YAML frontmatter between ``/*---`` and ``---*/``.

test262 uses a tiny subset of YAML (see test262's INTERPRETING.md, "Metadata"): top-level
``key: value`` pairs, flow lists ``[a, b]``, block lists (``- item`` lines), one nested mapping
(``negative:`` with ``phase``/``type``) and block scalars (``|`` / ``>``) for prose.  This module
parses exactly that subset, so the runner needs no PyYAML.
"""
from __future__ import annotations

import re

__all__ = ["TestMeta", "parse_frontmatter", "FrontmatterError"]

_BLOCK = re.compile(r"/\*---(.*?)---\*/", re.S)
_KEY = re.compile(r"^([A-Za-z_][\w.-]*)\s*:(.*)$")


class FrontmatterError(ValueError):
    """The test file has no frontmatter, or one this parser cannot read."""


class TestMeta:
    """The metadata the runner acts on (other keys are kept in ``extra``)."""

    __slots__ = ("description", "includes", "flags", "features", "negative_phase",
                 "negative_type", "locale", "extra")
    __test__ = False  # not a pytest test class

    def __init__(self, description="", includes=(), flags=(), features=(),
                 negative_phase=None, negative_type=None, locale=(), extra=None):
        self.description = description
        self.includes = list(includes)
        self.flags = frozenset(flags)
        self.features = list(features)
        self.negative_phase = negative_phase
        self.negative_type = negative_type
        self.locale = list(locale)
        self.extra = extra or {}

    @property
    def is_negative(self) -> bool:
        return self.negative_phase is not None

    def __repr__(self) -> str:
        return (f"TestMeta(flags={sorted(self.flags)}, includes={self.includes}, "
                f"features={self.features}, negative={self.negative_phase}/{self.negative_type})")


def _scalar(text: str):
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def _flow_list(text: str) -> list[str]:
    inner = text.strip()[1:-1]
    return [_scalar(item) for item in inner.split(",") if item.strip()]


def _value(text: str):
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        return _flow_list(text)
    return _scalar(text)


def parse_yaml_subset(block: str) -> dict:
    """Parse test262's YAML subset into a dict of str -> str | list[str] | dict."""
    result: dict = {}
    lines = block.splitlines()
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if not line.strip() or line.lstrip().startswith("#"):
            i += 1
            continue
        if line[0] in " \t":   # stray indented line outside any key: ignore, like YAML prose
            i += 1
            continue
        match = _KEY.match(line)
        if match is None:
            raise FrontmatterError(f"cannot read frontmatter line: {line!r}")
        key, rest = match.group(1), match.group(2).strip()
        i += 1
        # Collect the indented continuation lines that belong to this key.
        body = []
        while i < n and (not lines[i].strip() or lines[i][0] in " \t"):
            body.append(lines[i])
            i += 1
        while body and not body[-1].strip():
            body.pop()
        if rest in ("|", ">", "|-", ">-", "|+", ">+"):
            texts = [b.strip() for b in body]
            result[key] = ("\n" if rest[0] == "|" else " ").join(texts).strip()
        elif rest:
            if body and not rest.startswith("["):   # a plain scalar folded over lines
                rest = " ".join([rest] + [b.strip() for b in body])
            elif body:                              # a flow list spread over lines
                rest = " ".join([rest] + [b.strip() for b in body])
            result[key] = _value(rest)
        else:
            items = [b.strip() for b in body if b.strip()]
            if items and all(item.startswith("-") for item in items):
                result[key] = [_scalar(item[1:]) for item in items]
            else:
                mapping = {}
                for item in items:
                    sub = _KEY.match(item)
                    if sub is None:
                        raise FrontmatterError(f"cannot read {key!r} entry: {item!r}")
                    mapping[sub.group(1)] = _value(sub.group(2))
                result[key] = mapping
    return result


def _as_list(value) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return value
    return [str(value)]


def parse_frontmatter(source: str) -> TestMeta:
    """Read the metadata of a test262 test file's text."""
    match = _BLOCK.search(source)
    if match is None:
        raise FrontmatterError("no /*--- ... ---*/ frontmatter")
    data = parse_yaml_subset(match.group(1))
    negative = data.pop("negative", None)
    phase = type_ = None
    if negative is not None:
        if not isinstance(negative, dict) or "phase" not in negative:
            raise FrontmatterError(f"malformed negative: {negative!r}")
        phase, type_ = negative.get("phase"), negative.get("type")
    description = data.pop("description", "")
    return TestMeta(
        description=description if isinstance(description, str) else " ".join(description),
        includes=_as_list(data.pop("includes", None)),
        flags=_as_list(data.pop("flags", None)),
        features=_as_list(data.pop("features", None)),
        negative_phase=phase,
        negative_type=type_,
        locale=_as_list(data.pop("locale", None)),
        extra=data,
    )
