"""Implementation limits on the length of strings and arrays, thrown as node throws them.

6.1.4 allows Strings up to 2**53 - 1 code units; V8 caps them at ``String::kMaxLength`` and
throws ``RangeError: Invalid string length`` instead of allocating (an allocation bomb such as
``s += s`` stops at once, before it reaches gigabytes).  Every place that builds a string whose
length JS controls checks it here, BEFORE building it.  The array limit (2**32 - 1, 10.4.2) is
the spec's own; its message is node's.
"""
from __future__ import annotations

from scopejs.runtime.completion import throw_range_error

__all__ = ["MAX_STRING_LENGTH", "MAX_ARRAY_LENGTH", "INVALID_STRING_LENGTH",
           "INVALID_ARRAY_LENGTH", "check_string_length", "throw_invalid_string_length",
           "throw_invalid_array_length"]

# V8's String::kMaxLength on 64-bit hosts (node: require('buffer').constants.MAX_STRING_LENGTH).
MAX_STRING_LENGTH = (1 << 29) - 24
# 10.4.2 Array exotic objects: "length" is below 2**32.
MAX_ARRAY_LENGTH = (1 << 32) - 1

INVALID_STRING_LENGTH = "Invalid string length"
INVALID_ARRAY_LENGTH = "Invalid array length"


def throw_invalid_string_length():
    throw_range_error(INVALID_STRING_LENGTH)


def check_string_length(length: int) -> None:
    """Throw node's RangeError when a string of ``length`` code units is too long to build."""
    if length > MAX_STRING_LENGTH:
        throw_range_error(INVALID_STRING_LENGTH)


def throw_invalid_array_length():
    throw_range_error(INVALID_ARRAY_LENGTH)
