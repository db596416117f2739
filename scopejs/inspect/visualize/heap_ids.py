"""Stable small numbers for engine objects (contexts, JS objects), held only weakly.

The visualizer and the narration name a context ``#3`` across many steps; they must never keep it
alive (that would change when the program's WeakRefs and FinalizationRegistry callbacks fire, and
the point of the drawing is to show when a context goes away). Each numbered object is held by a
``weakref.ref`` whose callback records the number as collected: Python's reference counting frees
a context the moment the last frame or closure referring to it lets go, and the callback fires
then, which is how the visualizer learns at which step a context disappeared.
"""
from __future__ import annotations

import weakref

__all__ = ["HeapIds"]


class HeapIds:
    __slots__ = ("_by_id", "_refs", "next_number", "collected", "__weakref__")

    def __init__(self):
        self._by_id: dict = {}        # id(obj) -> number (only while obj is alive)
        self._refs: dict = {}         # number -> weakref.ref
        self.next_number = 1
        self.collected: list = []     # numbers whose object was freed, in order, not yet taken

    def number(self, obj) -> int:
        """The number of ``obj`` (a new one the first time it is seen)."""
        key = id(obj)
        n = self._by_id.get(key)
        if n is not None:
            ref = self._refs.get(n)
            if ref is not None and ref() is obj:
                return n
        n = self.next_number
        self.next_number = n + 1
        this = weakref.ref(self)

        def gone(_ref, key=key, n=n, this=this):
            ids = this()
            if ids is None:
                return
            if ids._by_id.get(key) == n:
                del ids._by_id[key]
            ids._refs.pop(n, None)
            ids.collected.append(n)

        self._by_id[key] = n
        self._refs[n] = weakref.ref(obj, gone)
        return n

    def known(self, obj) -> int | None:
        """The number of ``obj`` if it has one, without numbering it."""
        n = self._by_id.get(id(obj))
        if n is not None:
            ref = self._refs.get(n)
            if ref is not None and ref() is obj:
                return n
        return None

    def get(self, n):
        """The live object numbered ``n``, or None once it was collected."""
        ref = self._refs.get(n)
        return ref() if ref is not None else None

    def live_numbers(self) -> list[int]:
        return [n for n, ref in self._refs.items() if ref() is not None]

    def take_collected(self) -> list[int]:
        out = self.collected
        self.collected = []
        return out
