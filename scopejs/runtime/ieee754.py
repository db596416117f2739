"""Narrowing a Number to the IEEE 754-2019 binary32 and binary16 formats (roundTiesToEven, in one
step from the double, so there is no double rounding): the one definition behind Math.fround /
Math.f16round (21.3.2.17-18) and the Float32 / Float16 element types (NumericToRawBytes,
25.1.3.17). CPython's struct module implements the rounding ('f' and 'e' formats); it refuses to
pack a finite double that rounds to infinity, whose IEEE result is that infinity."""
from __future__ import annotations

import math
import struct

__all__ = ["FLOAT32", "FLOAT16", "round_to_format", "float16_to_bits", "float16_from_bits"]

FLOAT32 = struct.Struct("<f")
FLOAT16 = struct.Struct("<e")
_BITS16 = struct.Struct("<H")


def round_to_format(n: float, fmt: struct.Struct) -> float:
    """The Number ``n`` rounded to the format of ``fmt`` (FLOAT32 or FLOAT16)."""
    try:
        return fmt.unpack(fmt.pack(n))[0]
    except OverflowError:
        return math.copysign(math.inf, n)


def float16_to_bits(n: float) -> int:
    """The binary16 encoding of ``n`` (roundTiesToEven) as an unsigned 16-bit integer."""
    try:
        return _BITS16.unpack(FLOAT16.pack(n))[0]
    except OverflowError:
        return 0xFC00 if n < 0 else 0x7C00


def float16_from_bits(bits: int) -> float:
    """The Number a binary16 encoding stands for (exact: every binary16 value is a double)."""
    return FLOAT16.unpack(_BITS16.pack(bits))[0]
