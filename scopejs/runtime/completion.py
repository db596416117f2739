"""6.2.4 The Completion Record Specification Type, the Python way.

A throw completion is the Python exception ``ThrowCompletion`` carrying the thrown JS value;
normal completions are plain return values; ``?`` is implicit (the exception propagates).
``must(thunk)`` is the spec's ``!``; ``unreachable(step)`` marks impossible steps.

Throwing a JS error from Python (in the current realm):

    throw_type_error("Cannot convert a Symbol value to a string")

or ``throw_error("RangeError", "Invalid array length")``.
"""
from __future__ import annotations

from scopejs.errors import EngineInternalError
from scopejs.runtime import execution

__all__ = [
    "ThrowCompletion", "must", "unreachable", "throw_error", "throw_type_error",
    "throw_range_error", "throw_reference_error", "throw_syntax_error", "throw_eval_error",
    "throw_uri_error",
]


class ThrowCompletion(Exception):
    """A JavaScript exception in flight; ``value`` is the thrown JS value (any JS value)."""

    __slots__ = ("value",)

    def __init__(self, value):
        super().__init__()
        self.value = value

    def __str__(self) -> str:
        try:
            from scopejs.runtime.objects.ordinary import describe_thrown
            return describe_thrown(self.value)
        except Exception:  # noqa: BLE001 - diagnostics only
            return repr(self.value)


def must(thunk, step: str = "an infallible step"):
    """The spec's ``!``: call ``thunk()``; a throw here is an engine bug naming ``step``."""
    try:
        return thunk()
    except ThrowCompletion as exc:
        raise EngineInternalError(f"{step} threw {exc}") from None


def unreachable(step: str):
    """Raise EngineInternalError for a step the spec says cannot be reached."""
    raise EngineInternalError(f"unreachable: {step}")


def throw_error(kind: str, message: str):
    """Create a ``kind`` error (e.g. 'TypeError') in the current realm and throw it."""
    realm = execution.current_realm()
    if realm is None:
        raise EngineInternalError(f"{kind}: {message} (thrown with no current realm)")
    raise ThrowCompletion(realm.new_error(kind, message))


def throw_type_error(message: str):
    throw_error("TypeError", message)


def throw_range_error(message: str):
    throw_error("RangeError", message)


def throw_reference_error(message: str):
    throw_error("ReferenceError", message)


def throw_syntax_error(message: str):
    throw_error("SyntaxError", message)


def throw_eval_error(message: str):
    throw_error("EvalError", message)


def throw_uri_error(message: str):
    throw_error("URIError", message)
