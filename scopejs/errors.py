"""Host-facing exceptions: what a Python caller of scopejs can catch.

Inside the engine a JavaScript ``throw`` is a ``ThrowCompletion`` (runtime/completion.py).  At the
public API boundary it becomes one of these, so no Python traceback ever reaches a user.
"""
from __future__ import annotations


def code_frame_lines(source, offset) -> list:
    """node's code frame of an error report: `file:line` (no column), the source line, and a
    caret line under ``offset`` (SourceText.code_frame)."""
    line, _ = source.position(offset)
    return [f"{source.name}:{line}", source.code_frame(offset)]


class ScopeJSError(Exception):
    """Base of every exception scopejs raises to its host."""


class JSSyntaxError(ScopeJSError):
    """An early error (SyntaxError, or a RangeError-like resource limit met while parsing).

    ``kind`` is the JavaScript error constructor's name; ``source`` is the SourceText and
    ``offset`` the code-unit offset of the offending token.
    """

    def __init__(self, message: str, source=None, offset: int = 0, kind: str = "SyntaxError"):
        super().__init__(message)
        self.message = message
        self.source = source
        self.offset = offset
        self.kind = kind

    @property
    def line(self) -> int:
        return self.source.position(self.offset)[0] if self.source is not None else 0

    @property
    def column(self) -> int:
        return self.source.position(self.offset)[1] if self.source is not None else 0

    def format(self) -> str:
        """node's layout: `file:line`, source line with caret, then `Kind: message`."""
        if self.source is None:
            return f"{self.kind}: {self.message}"
        return "\n".join([*code_frame_lines(self.source, self.offset), "",
                          f"{self.kind}: {self.message}"])

    def __str__(self) -> str:
        if self.source is None:
            return f"{self.kind}: {self.message}"
        return f"{self.kind}: {self.message} ({self.source.location(self.offset)})"


class JSError(ScopeJSError):
    """An uncaught JavaScript exception; ``value`` is the thrown JS value."""

    def __init__(self, value, message: str, stack: str | None = None):
        super().__init__(message)
        self.value = value
        self.message = message
        self.stack = stack
        self.name = "Error"
        self.engine = None     # the Engine whose code threw
        self.origin = None     # (frame, pc) where it was thrown, for the uncaught report
        self.location = None   # (SourceText, offset) of the report's code frame, if known

    def __str__(self) -> str:
        return f"{self.name}: {self.message}" if self.message else str(self.name)


class ResourceLimitError(ScopeJSError):
    """A configured limit (steps, time, memory) stopped the program."""


class EngineInternalError(ScopeJSError):
    """A bug in scopejs: names the stage and the node or bytecode offset where it happened."""


class ModuleLoadError(ScopeJSError):
    """A host module loader refused or could not find a module.  Its message is what JS sees
    (the rejection of ``import()``, or the error of a static import), so a loader must put
    nothing in it that the host wants to keep from scripts.  ``kind`` is the JS error's
    constructor name and ``code`` its ``code`` property (node's ERR_* codes), if any."""

    def __init__(self, message, kind: str = "Error", code: str | None = None):
        super().__init__(message)
        self.kind = kind
        self.code = code


class ConversionError(ScopeJSError, TypeError):
    """A Python value that cannot cross into JavaScript (scopejs.host.convert.to_js)."""
